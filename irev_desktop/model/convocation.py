"""What a convocation sends besides the letter: the calendar invitation (.ics) and one
e-mail draft per member convened.

Pure functions over the plain data (``model.dto``) and the French wording
(``model.wording``): no Qt, no database, no file format. ``exporters.ics`` and
``exporters.eml`` turn what is computed here into bytes; ``services.convocations``
reads the meeting and the people's addresses and writes the files.

The invitation of a meeting keeps one UID for its whole life, derived from the
organisation and the meeting's number, and a SEQUENCE taken from the meeting's edit
version (``MeetingDetail.version``, raised by each edit of its header): an invitation
written after a change of date replaces the one already in a calendar.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from irev_desktop.domain.enums import Civility, MeetingMode, Representation
from irev_desktop.domain.errors import IrevError
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model import wording
from irev_desktop.model.dto import MeetingDetail
from irev_desktop.model.wording import People, of_body

TIMEZONE = "Europe/Paris"
UID_DOMAIN = "irev-desktop"
# A meeting whose agenda gives no planned durations is put down for two hours.
DEFAULT_MINUTES = 120

# RFC 5545 roles of the people convened.
CHAIR = "CHAIR"
REQUIRED = "REQ-PARTICIPANT"
OPTIONAL = "OPT-PARTICIPANT"

_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[^@\s<>()\[\],;:\"\\]+\.[^@\s<>()\[\],;:\"\\.]+")


def usable_address(text: str) -> str:
    """``text`` as an e-mail address a message can be sent to, or "" when it is not
    one (empty, several addresses, a name, a stray space or comma, an accented name
    before the @, which few mail servers accept). An accented domain is written in its
    ASCII form (``mairie-évreux.fr`` → ``xn--mairie-vreux-heb.fr``)."""
    address = text.strip()
    if not _ADDRESS.fullmatch(address):
        return ""
    local, _, domain = address.rpartition("@")
    if not local.isascii():
        return ""
    if not domain.isascii():
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    return f"{local}@{domain}"


@dataclass(frozen=True)
class Contact:
    """A person in office on the day of the meeting, as a convocation addresses them."""

    person_id: int
    name: str  # "Camille Lefebvre": the display name of an address
    formal: str  # "Mme Camille Lefebvre"
    civility: Civility | None
    email: str  # "" when the register has no usable address
    quality: str  # "membre suppléant", "commissaire du Gouvernement"
    member_id: int | None
    member_name: str
    representation: Representation
    votes: bool
    chair: bool

    @property
    def address_line(self) -> str:
        """ "Camille Lefebvre <c.lefebvre@example.org>", or the name alone."""
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class Invitee:
    """An ATTENDEE of the invitation."""

    name: str
    email: str
    role: str  # CHAIR, REQUIRED or OPTIONAL


@dataclass(frozen=True)
class Invitation:
    """The calendar event of a meeting, as a VEVENT states it."""

    uid: str
    sequence: int
    # REQUEST when an organiser's address is known; PUBLISH (no ORGANIZER, nobody to
    # answer to) otherwise.
    method: str
    summary: str
    description: str
    location: str
    url: str  # the connection link when it is a web address, else ""
    day: dt.date
    start: dt.datetime | None  # local time in TIMEZONE; None: an all-day event
    end: dt.datetime | None
    organiser_name: str
    organiser_email: str
    invitees: tuple[Invitee, ...]
    stamp: dt.datetime  # when it was written, in UTC


@dataclass(frozen=True)
class MailDraft:
    """The e-mail to one member: to its titular representatives, copied to its deputies."""

    label: str  # the member ("Département du Nord"), or the person who holds no seat of one
    to: tuple[Contact, ...]
    cc: tuple[Contact, ...]
    # People of this member the message cannot reach: no usable address.
    unreachable: tuple[Contact, ...]
    # The people whose letters the attached convocation holds.
    letters: tuple[int, ...]
    subject: str
    body: str

    @property
    def reachable(self) -> bool:
        return bool(self.to)


@dataclass(frozen=True)
class MailPlan:
    """Every draft of a meeting's convocation, before anything is written."""

    meeting_id: int
    meeting_title: str  # "Assemblée générale ordinaire du lundi 8 mars 2021"
    sender: Contact | None  # the secretary, else the chair, when they have an address
    drafts: tuple[MailDraft, ...]  # each with at least one address
    unreachable: tuple[MailDraft, ...]  # members none of whose people has an address
    convened_on: dt.date | None


# The people convened -----------------------------------------------------------------
def convened(meeting: MeetingDetail, emails: Mapping[int, str], people: People) -> list[Contact]:
    """Everyone in office on the day of the meeting, once each, highest role first (the
    chair among them, flagged)."""
    seen: set[int] = set()
    result: list[Contact] = []
    for mandate in meeting.in_office:
        if mandate.person_id in seen:
            continue
        seen.add(mandate.person_id)
        result.append(
            Contact(
                person_id=mandate.person_id,
                name=sanitise_line(mandate.person_name),
                formal=people.name(mandate.person_id, sanitise_line(mandate.person_name)),
                civility=people.civility(mandate.person_id),
                email=usable_address(emails.get(mandate.person_id, "")),
                quality=people.mandate(mandate.person_id, mandate.role, mandate.representation),
                member_id=mandate.member_id,
                member_name=sanitise_line(mandate.member_name),
                representation=mandate.representation,
                votes=mandate.role.votes,
                chair=mandate.person_id == meeting.chair_id,
            )
        )
    return result


def organiser(meeting: MeetingDetail, emails: Mapping[int, str], people: People) -> Contact | None:
    """Who sends the convocation: the secretary of the meeting, else its chair; the
    first of them with a usable address."""
    for person_id, name in (
        (meeting.secretary_id, meeting.secretary_name),
        (meeting.chair_id, meeting.chair_name),
    ):
        if person_id is None:
            continue
        email = usable_address(emails.get(person_id, ""))
        if email:
            clean = sanitise_line(name)
            return Contact(
                person_id=person_id,
                name=clean,
                formal=people.name(person_id, clean),
                civility=people.civility(person_id),
                email=email,
                quality="",
                member_id=None,
                member_name="",
                representation=Representation.NONE,
                votes=False,
                chair=person_id == meeting.chair_id,
            )
    return None


# The invitation --------------------------------------------------------------------------
def uid(meeting: MeetingDetail) -> str:
    """ "irev-seance-3@irev-desktop": one per meeting, for its whole life."""
    organisation = _slug(meeting.organisation.short_name, meeting.organisation.id)
    return f"{organisation}-seance-{meeting.id}@{UID_DOMAIN}"


def sequence(meeting: MeetingDetail) -> int:
    """0 for a meeting whose header was never edited, then one more at each edit."""
    return max(meeting.version - 1, 0)


def planned_minutes(meeting: MeetingDetail) -> int:
    """The planned length: the durations the agenda gives, or DEFAULT_MINUTES."""
    total = sum(item.planned_minutes or 0 for item in meeting.items)
    return total if total > 0 else DEFAULT_MINUTES


def summary(meeting: MeetingDetail) -> str:
    """ "IREV — Assemblée générale ordinaire"."""
    title = sanitise_line(meeting.title)
    short = sanitise_line(meeting.organisation.short_name)
    return f"{short} — {title}" if short else title


def location(meeting: MeetingDetail) -> str:
    """The place; by videoconference, the connection link (or the word)."""
    if meeting.mode is MeetingMode.VIDEO:
        return wording.video_link(meeting) or wording.place(meeting)
    if meeting.mode is MeetingMode.IN_PERSON and not meeting.place.strip():
        return ""
    return sanitise_line(wording.place(meeting))


def web_link(meeting: MeetingDetail) -> str:
    link = sanitise_line(wording.video_link(meeting))
    return link if link.lower().startswith(("https://", "http://")) and " " not in link else ""


def when_phrase(meeting: MeetingDetail) -> str:
    """ "le lundi 8 mars 2021 à 10 h 00 en visioconférence"."""
    start = wording.convened_time(meeting)
    at = f" à {wording.time(start)}" if start else ""
    where = wording.where_phrase(meeting)
    return f"le {wording.date_long(meeting.date)}{at}{' ' + where if where else ''}"


def agenda_lines(meeting: MeetingDetail, people: People) -> list[str]:
    """ "1. Bilan d'activité 2020 (pour délibération — rapporteure : Mme Anne Delmotte)"."""
    if not meeting.items:
        return ["Aucun point n'est inscrit à l'ordre du jour."]
    lines = []
    for number, item in enumerate(meeting.items, 1):
        details = wording.item_details(item, people)
        lines.append(f"{number}. {sanitise_line(item.title)} ({details})")
    return lines


def description(meeting: MeetingDetail, people: People) -> str:
    lines = [
        f"Séance {of_body(meeting.body)} {when_phrase(meeting)}.",
    ]
    link = wording.video_link(meeting)
    if link:
        lines.append(f"Connexion : {sanitise_line(link)}")
    lines += ["", "Ordre du jour :", *agenda_lines(meeting, people)]
    lines += ["", sanitise_line(meeting.organisation.name)]
    return "\n".join(lines)


def invitation(
    meeting: MeetingDetail,
    emails: Mapping[int, str],
    people: People,
    now: dt.datetime,
) -> Invitation:
    """The calendar event of ``meeting``: its people's addresses in ``emails`` (by person
    id), ``now`` the moment it is written (DTSTAMP)."""
    start_time = wording.convened_time(meeting)
    start = end = None
    if start_time is not None:
        start = dt.datetime.combine(meeting.date, start_time)
        end = start + dt.timedelta(minutes=planned_minutes(meeting))
    sender = organiser(meeting, emails, people)
    invitees = tuple(
        Invitee(
            contact.name,
            contact.email,
            CHAIR
            if contact.chair
            else OPTIONAL
            if contact.representation is Representation.SUPPLEANT
            else REQUIRED,
        )
        for contact in convened(meeting, emails, people)
        if contact.email
    )
    return Invitation(
        uid=uid(meeting),
        sequence=sequence(meeting),
        method="REQUEST" if sender is not None else "PUBLISH",
        summary=summary(meeting),
        description=description(meeting, people),
        location=location(meeting),
        url=web_link(meeting),
        day=meeting.date,
        start=start,
        end=end,
        organiser_name=sanitise_line(meeting.organisation.name),
        organiser_email=sender.email if sender is not None else "",
        invitees=invitees,
        stamp=now.astimezone(dt.UTC).replace(microsecond=0),
    )


# The e-mail drafts -----------------------------------------------------------------------
def subject(meeting: MeetingDetail) -> str:
    """ "Convocation — Assemblée générale du lundi 8 mars 2021"."""
    return f"Convocation — {sanitise_line(meeting.body.name)} du {wording.date_long(meeting.date)}"


def mail_plan(meeting: MeetingDetail, emails: Mapping[int, str], people: People) -> MailPlan:
    """One draft per member convened (the chair, who signs the letters, is not
    convened): to its titular representatives, copied to its deputies. A person who
    holds no member's seat (the commissaire du Gouvernement) has a draft of their own.
    Members are in alphabetical order; people without a member come last."""
    groups: dict[tuple[int, int], list[Contact]] = {}
    for contact in convened(meeting, emails, people):
        if contact.chair:
            continue
        key = (0, contact.member_id) if contact.member_id is not None else (1, contact.person_id)
        groups.setdefault(key, []).append(contact)
    ordered = sorted(
        ((key[0], _draft(meeting, people, contacts)) for key, contacts in groups.items()),
        key=lambda pair: (pair[0], _sort_key(pair[1].label)),
    )
    drafts = [draft for _, draft in ordered]
    sender = organiser(meeting, emails, people)
    return MailPlan(
        meeting_id=meeting.id,
        meeting_title=wording.meeting_title(meeting),
        sender=sender,
        drafts=tuple(d for d in drafts if d.reachable),
        unreachable=tuple(d for d in drafts if not d.reachable),
        convened_on=meeting.convened_on,
    )


def _draft(meeting: MeetingDetail, people: People, contacts: list[Contact]) -> MailDraft:
    titular = [c for c in contacts if c.representation is not Representation.SUPPLEANT]
    deputies = [c for c in contacts if c.representation is Representation.SUPPLEANT]
    to = [c for c in titular if c.email]
    cc = [c for c in deputies if c.email]
    if not to:  # no titular address: the deputies are written to
        to, cc = cc, []
    first = contacts[0]
    label = first.member_name or first.name
    return MailDraft(
        label=label,
        to=tuple(to),
        cc=tuple(cc),
        unreachable=tuple(c for c in contacts if not c.email),
        letters=tuple(c.person_id for c in contacts),
        subject=subject(meeting),
        body=mail_body(meeting, people, to, cc, votes=any(c.votes for c in contacts)),
    )


def salutation(to: list[Contact] | tuple[Contact, ...]) -> str:
    """ "Madame", "Monsieur", or "Madame, Monsieur" (several people, or unknown)."""
    if len(to) == 1 and to[0].civility is Civility.MADAME:
        return "Madame"
    if len(to) == 1 and to[0].civility is Civility.MONSIEUR:
        return "Monsieur"
    return "Madame, Monsieur"


def mail_body(
    meeting: MeetingDetail,
    people: People,
    to: list[Contact] | tuple[Contact, ...],
    cc: list[Contact] | tuple[Contact, ...],
    *,
    votes: bool = True,
) -> str:
    """The text of the message: the meeting, the link, the agenda, what is attached."""
    hello = salutation(to)
    lines = [
        f"{hello},",
        "",
        f"Je vous prie de trouver ci-joint la convocation à la séance {of_body(meeting.body)} "
        f"qui se tiendra {when_phrase(meeting)}.",
    ]
    link = wording.video_link(meeting)
    if link:
        lines += ["", f"Lien de connexion : {sanitise_line(link)}"]
    lines += ["", "Ordre du jour :", *agenda_lines(meeting, people)]
    limit = meeting.body.max_proxies_per_holder
    attached = ["- la convocation à votre nom ;"]
    if votes and limit > 0:
        attached = [
            "- la convocation à votre nom, suivie du formulaire de pouvoir à remplir en cas "
            "d'empêchement ;"
        ]
    attached.append(
        "- l'invitation d'agenda (fichier .ics), pour inscrire la séance à votre agenda."
    )
    lines += ["", "Pièces jointes :", *attached]
    if votes and limit > 0:
        lines += [
            "",
            "En cas d'empêchement, vous pouvez vous faire représenter en donnant pouvoir à un "
            f"autre membre {of_body(meeting.body)} ; nul ne peut détenir "
            f"{wording.proxy_cap(limit)}.",
        ]
    if cc:
        copied = ", ".join(f"{c.formal} ({c.quality})" for c in cc)
        lines += ["", f"En copie : {copied}."]
    lines += [
        "",
        f"Je vous prie d'agréer, {hello}, l'expression de mes salutations distinguées.",
        "",
    ]
    if meeting.chair_name:
        lines += [
            f"{people.chair_caption(meeting.chair_id, of_meeting=False)},",
            people.name(meeting.chair_id, sanitise_line(meeting.chair_name)),
        ]
    lines.append(sanitise_line(meeting.organisation.name))
    return "\n".join(lines)


def _slug(text: str, fallback: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or f"organisation-{fallback}"


def _sort_key(text: str) -> str:
    """Alphabetical order as a French reader expects it: accents do not come last."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


@dataclass(frozen=True)
class WrittenDraft:
    path: Path
    draft: MailDraft
    attachments: tuple[str, ...]  # the names of the files attached


@dataclass(frozen=True)
class MailReport:
    """What writing the drafts did."""

    folder: Path
    written: tuple[WrittenDraft, ...]
    unreachable: tuple[MailDraft, ...]  # members listed, with no draft: no address
    pdf: bool
    convened_on: dt.date | None  # the meeting's convocation date once the drafts are written
    marked: bool  # this run recorded it
    # The drafts are written but the date could not be recorded (why).
    mark_error: IrevError | None = None
