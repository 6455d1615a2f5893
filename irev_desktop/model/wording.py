"""The French words of a meeting's facts: one wording per fact.

The Word documents (``exporters``), the archive's reader (``ui.pages.archive_render``)
and ``irev-desktop show`` (``cli.show``) all take their sentences from here, so a date,
a time, an attendance line, the quorum or a vote result reads the same everywhere; the
procès-verbal being the legal record, its wording is the one kept. Words agree in gender
where the civility is known (« présente », « la présidente »), and fall back on the
inclusive form (« présent·e ») where it is not.

Pure functions over the plain data (``model.dto``) and the domain's helpers
(``domain.french``): no Qt, no SQLAlchemy, no python-docx. Layout (headings, tables,
HTML, terminal lines) belongs to the callers; only the words are here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

from irev_desktop.domain import french
from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.quorum import moves
from irev_desktop.model.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttendanceDTO,
    BodyDTO,
    DeliberationDTO,
    MeetingDetail,
    ProxyDTO,
    QuorumDTO,
)

# Agreement --------------------------------------------------------------------------------
# (masculine, feminine, unknown)
Words = tuple[str, str, str]

_ROLE_WORDS: dict[Role, Words] = {
    Role.PRESIDENT: ("président", "présidente", "président·e"),
    Role.VICE_PRESIDENT: ("vice-président", "vice-présidente", "vice-président·e"),
    Role.TREASURER: ("trésorier", "trésorière", "trésorier·ère"),
    Role.SECRETARY: ("secrétaire", "secrétaire", "secrétaire"),
    Role.MEMBER: ("membre", "membre", "membre"),
    Role.GOVERNMENT_COMMISSIONER: (
        "commissaire du Gouvernement",
        "commissaire du Gouvernement",
        "commissaire du Gouvernement",
    ),
    Role.GUEST: ("invité", "invitée", "invité·e"),
}

_STATUS_WORDS: dict[AttendanceStatus, Words] = {
    AttendanceStatus.PRESENT: ("présent", "présente", "présent·e"),
    AttendanceStatus.EXCUSED: ("excusé", "excusée", "excusé·e"),
    AttendanceStatus.ABSENT: ("absent", "absente", "absent·e"),
    AttendanceStatus.REPRESENTED: ("représenté", "représentée", "représenté·e"),
    AttendanceStatus.EXPECTED: ("non pointé", "non pointée", "non pointé·e"),
}

SUPPLEANT: Words = ("suppléant", "suppléante", "suppléant·e")
REPLACED: Words = ("suppléé", "suppléée", "suppléé·e")

_FEMININE_BODIES = ("assemblée", "commission", "conférence", "réunion", "délégation")


def agreed(words: Words, civility: Civility | None) -> str:
    """(masculine, feminine, unknown) agreed with a civility."""
    if civility is Civility.MONSIEUR:
        return words[0]
    if civility is Civility.MADAME:
        return words[1]
    return words[2]


def capitalised(text: str) -> str:
    """The first letter in capitals, the rest as written (unlike ``str.capitalize``)."""
    return text[:1].upper() + text[1:]


class People:
    """Names as a French document writes them: "Mme Milouda Ala" (the civilities of the
    people named in the meeting; none known: "Milouda Ala", "présent·e")."""

    def __init__(self, civilities: Mapping[int, Civility | None] | None = None) -> None:
        self._civilities: Mapping[int, Civility | None] = civilities or {}

    def civility(self, person_id: int | None) -> Civility | None:
        return self._civilities.get(person_id) if person_id is not None else None

    def name(self, person_id: int | None, full_name: str) -> str:
        civility = self.civility(person_id)
        if not full_name:
            return ""
        return f"{civility.value} {full_name}" if civility else full_name

    def attendee_name(self, attendee: AttendanceDTO) -> str:
        return self.name(attendee.person_id, attendee.person_name)

    def agreed(self, person_id: int | None, words: Words) -> str:
        return agreed(words, self.civility(person_id))

    def role(self, person_id: int | None, role: Role) -> str:
        return self.agreed(person_id, _ROLE_WORDS[role])

    def status(self, person_id: int | None, status: AttendanceStatus) -> str:
        return self.agreed(person_id, _STATUS_WORDS[status])

    def chair_caption(self, person_id: int | None, *, of_meeting: bool = True) -> str:
        """ "La présidente de séance" / "Le président"."""
        civility = self.civility(person_id)
        word = "La présidente" if civility is Civility.MADAME else "Le président"
        return f"{word} de séance" if of_meeting else word

    def secretary_caption(self, person_id: int | None) -> str:
        civility = self.civility(person_id)
        word = "La secrétaire" if civility is Civility.MADAME else "Le secrétaire"
        return f"{word} de séance"

    def mandate(
        self, person_id: int | None, role: Role, representation: Representation | None
    ) -> str:
        """ "présidente", "membre suppléante": a role in a body, as a mandate gives it."""
        words = self.role(person_id, role)
        if representation is Representation.SUPPLEANT:
            words = f"{words} {self.agreed(person_id, SUPPLEANT)}"
        return words

    def quality(self, attendee: AttendanceDTO) -> str:
        """ "présidente", "membre suppléant", "directrice de l'IREV" for a guest."""
        if attendee.role is None:
            return attendee.function_title or self.role(attendee.person_id, Role.GUEST)
        return self.mandate(attendee.person_id, attendee.role, attendee.representation)

    def with_quality(self, attendee: AttendanceDTO) -> str:
        """ "Mme Anne Delmotte, directrice de l'IREV"."""
        quality = self.quality(attendee)
        name = self.attendee_name(attendee)
        return f"{name}, {quality}" if quality else name


# Bodies -----------------------------------------------------------------------------------
def with_article(body: BodyDTO, *, capital: bool = False) -> str:
    """ "l'Assemblée générale", "le Conseil d'administration", "la Commission"."""
    name = body.name.strip() or body.short_name.strip() or "instance"
    first = name[0].lower()
    if first in "aeiouyhàâéèêëîïôûü":
        article = "l'"
    elif name.split()[0].lower() in _FEMININE_BODIES:
        article = "la "
    else:
        article = "le "
    if capital:
        article = article.capitalize()
    return f"{article}{name}"


def _contract(preposition: str, phrase: str) -> str:
    if phrase.startswith("le "):
        return ("au " if preposition == "à" else "du ") + phrase[3:]
    if phrase.startswith("les "):
        return ("aux " if preposition == "à" else "des ") + phrase[4:]
    return f"{preposition} {phrase}"


def to_body(body: BodyDTO) -> str:
    """ "à l'Assemblée générale", "au Conseil d'administration"."""
    return _contract("à", with_article(body))


def of_body(body: BodyDTO) -> str:
    """ "de l'Assemblée générale", "du Conseil d'administration"."""
    return _contract("de", with_article(body))


def proxy_cap(limit: int) -> str:
    """The body's rule on proxies: "plus d'un pouvoir", "plus de 2 pouvoirs" (as in
    "nul ne peut détenir …")."""
    return "plus d'un pouvoir" if limit == 1 else f"plus de {limit} pouvoirs"


def majority_words(rule: MajorityRule) -> str:
    """ "majorité simple des suffrages exprimés"."""
    return rule.label


# Dates and times --------------------------------------------------------------------------
def date_long(day: dt.date) -> str:
    """ "lundi 8 mars 2021"."""
    return french.format_date_long(day)


def date_without_weekday(day: dt.date) -> str:
    """ "8 mars 2021" (as in "Fait à Lille, le 8 mars 2021")."""
    return french.format_date_long(day).split(" ", 1)[1]


def time(moment: dt.time) -> str:
    """ "10 h 05"."""
    return french.format_time(moment)


def date_and_time(when: dt.datetime) -> str:
    """ "le lundi 8 mars 2021 à 14 h 30"."""
    return f"le {date_long(when.date())} à {time(when.time())}"


def meeting_title(detail: MeetingDetail) -> str:
    """ "Assemblée générale ordinaire du lundi 8 mars 2021"."""
    return f"{detail.title} du {date_long(detail.date)}"


def hours(detail: MeetingDetail, *, planned: bool = False) -> str:
    """ "de 10 h 05 à 11 h 45", "à partir de 10 h 05", "10 h 00 (heure prévue)".

    ``planned`` adds the planned time when the meeting opened at another one:
    "de 10 h 05 à 11 h 45 (heure prévue : 10 h 00)"."""
    start, end, expected = detail.actual_start, detail.actual_end, detail.planned_start
    if start and end:
        text = f"de {time(start)} à {time(end)}"
    elif start:
        text = f"à partir de {time(start)}"
    elif expected:
        return f"{time(expected)} (heure prévue)"
    else:
        return "non renseignés"
    if planned and expected and expected != start:
        text += f" (heure prévue : {time(expected)})"
    return text


def opening_time(detail: MeetingDetail) -> dt.time | None:
    """When the meeting opened (or was to open): for the minutes and the extract."""
    return detail.actual_start or detail.planned_start


def convened_time(detail: MeetingDetail) -> dt.time | None:
    """The time in the notice and on the attendance sheet: the planned one."""
    return detail.planned_start or detail.actual_start


# Place ------------------------------------------------------------------------------------
NO_PLACE = "lieu non précisé"


def place(detail: MeetingDetail) -> str:
    """ "visioconférence", "Lille", "Lille et visioconférence" (never the link)."""
    where = detail.place.strip()
    if detail.mode is MeetingMode.VIDEO:
        return "visioconférence"
    if detail.mode is MeetingMode.HYBRID:
        return f"{where} et visioconférence" if where else "hybride (présentiel et visioconférence)"
    return where or NO_PLACE


def where_phrase(detail: MeetingDetail) -> str:
    """ "en visioconférence", "à Lille", "à Lille et en visioconférence"."""
    where = detail.place.strip()
    if detail.mode is MeetingMode.VIDEO:
        return "en visioconférence"
    if detail.mode is MeetingMode.HYBRID:
        if not where:
            return "en présentiel et en visioconférence"
        return f"à {where} et en visioconférence"
    return f"à {where}" if where else ""


def video_link(detail: MeetingDetail) -> str:
    """The connection link, when one was recorded (not just the word "visioconférence")."""
    link = detail.video_link.strip()
    if detail.mode is MeetingMode.IN_PERSON or link.lower() in ("", "visioconférence", "visio"):
        return ""
    return link


def assembly_phrase(detail: MeetingDetail) -> str:
    """Where the members met, for the minutes: never the connection link.

    "par visioconférence, les participants ayant été identifiés et la transmission de la
    séance étant continue et simultanée"; "(lieu : Salle du Conseil)" — the place is free
    text, so it is quoted as such rather than put after a preposition."""
    where = detail.place.strip()
    remote = "la transmission de la séance étant continue et simultanée"
    if detail.mode is MeetingMode.VIDEO:
        return f"par visioconférence, les participants ayant été identifiés et {remote}"
    if detail.mode is MeetingMode.HYBRID:
        room = f"en présentiel (lieu : {where})" if where else "en présentiel"
        return (
            f"{room} et par visioconférence, les participants à distance ayant été "
            f"identifiés et {remote}"
        )
    return f"(lieu : {where})" if where else ""


def convened_phrase(detail: MeetingDetail, *, always: bool = False) -> str:
    """ ", régulièrement convoqués le 16 février 2021," (empty when the date is unknown,
    unless ``always``: then without a date)."""
    if detail.convened_on is not None:
        return f", régulièrement convoqués le {date_without_weekday(detail.convened_on)},"
    return ", régulièrement convoqués," if always else ""


# Status -----------------------------------------------------------------------------------
def not_held(detail: MeetingDetail) -> bool:
    """The meeting has not taken place, as far as the record says."""
    return (
        detail.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED)
        or detail.actual_start is None
    )


def minutes_are_draft(detail: MeetingDetail) -> bool:
    """Minutes of a meeting not held, or not yet approved: a « PROJET »."""
    return not_held(detail) or detail.status not in (
        MeetingStatus.MINUTES_ADOPTED,
        MeetingStatus.MINUTES_SIGNED,
    )


def status_words(detail: MeetingDetail) -> str:
    """ "prévue", "procès-verbal en projet", "procès-verbal approuvé le lundi 8 mars
    2021", "procès-verbal signé (approuvé le …)"."""
    words = detail.status.label
    if detail.adopted_on is None:
        return words
    approved = f"approuvé le {date_long(detail.adopted_on)}"
    if detail.status is MeetingStatus.MINUTES_ADOPTED:
        return f"{words} le {date_long(detail.adopted_on)}"
    if detail.status is MeetingStatus.MINUTES_SIGNED:
        return f"{words} ({approved})"
    return words


def minutes_note(detail: MeetingDetail) -> str:
    """What the minutes say of themselves under their title ("" when nothing): "Projet
    soumis à l'approbation de l'Assemblée générale.", "Approuvé par … le …"."""
    body = with_article(detail.body)
    if detail.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
        return "Projet établi avant la séance : la séance ne s'est pas encore tenue."
    if detail.actual_start is None:
        return "Projet : l'heure d'ouverture de la séance n'est pas renseignée."
    if detail.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        return f"Projet soumis à l'approbation de {body}."
    if detail.adopted_on is not None:
        return f"Approuvé par {body} le {date_long(detail.adopted_on)}."
    return ""


def minutes_state(detail: MeetingDetail) -> str:
    """The minutes in the register: "projet, non encore approuvé", "approuvé le lundi 8
    mars 2021, signé"."""
    if detail.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
        state = "projet, non encore approuvé"
    elif detail.adopted_on is not None:
        state = f"approuvé le {date_long(detail.adopted_on)}"
    else:
        state = "approuvé"
    if detail.status is MeetingStatus.MINUTES_SIGNED:
        state += ", signé"
    return state


def draft_reason(detail: MeetingDetail) -> str:
    """Why minutes are a « PROJET »."""
    return "séance non tenue" if not_held(detail) else "non approuvé"


# Chair and secretary ----------------------------------------------------------------------
def attendee(detail: MeetingDetail, person_id: int | None) -> AttendanceDTO | None:
    return next((a for a in detail.attendance if a.person_id == person_id), None)


def chair(detail: MeetingDetail, people: People) -> str:
    """ "Mme Milouda Ala, présidente", "non désignée"."""
    if not detail.chair_name:
        return "non désignée"
    found = attendee(detail, detail.chair_id)
    quality = people.quality(found) if found and found.role else ""
    name = people.name(detail.chair_id, detail.chair_name)
    return f"{name}, {quality}" if quality else name


def secretary(detail: MeetingDetail, people: People) -> str:
    """ "Mme Anne Delmotte, directrice de l'IREV", "non désigné"."""
    if not detail.secretary_name:
        return "non désigné"
    found = attendee(detail, detail.secretary_id)
    quality = found.function_title if found else ""
    name = people.name(detail.secretary_id, detail.secretary_name)
    return f"{name}, {quality}" if quality else name


def chair_recipient(detail: MeetingDetail, people: People) -> str:
    """ "à la présidente de séance" / "au président de séance", from the chair's civility."""
    civility = people.civility(detail.chair_id)
    if civility is Civility.MADAME:
        return "à la présidente de séance"
    if civility is Civility.MONSIEUR:
        return "au président de séance"
    return "à la présidence de séance"


# Attendance -------------------------------------------------------------------------------
def moves_words(attendee: AttendanceDTO) -> str:
    """ "arrivée à 10 h 15, départ à 11 h 02, retour à 11 h 20" (a present person's)."""
    if attendee.status is not AttendanceStatus.PRESENT:
        return ""
    return french.format_moves(moves(attendee.presence))


def proxy_words(
    holder: str, given_at: dt.time | None = None, ended_at: dt.time | None = None
) -> str:
    """ "pouvoir à M. Laurent Buchaillat", "… de 11 h 02 à 11 h 20"."""
    span = french.format_span(given_at, ended_at)
    return f"pouvoir à {holder}" + (f" {span}" if span else "")


def proxy_given(proxy: ProxyDTO, people: People) -> str:
    return proxy_words(
        people.name(proxy.holder_id, proxy.holder_name), proxy.given_at, proxy.ended_at
    )


def presence_events(attendee: AttendanceDTO, people: People) -> list[str]:
    """The moves of a present person and the proxies anyone gave, in the order they
    happened: ["arrivée à 10 h 15", "pouvoir à M. Laurent Buchaillat à partir de 11 h 02"]."""
    events: list[tuple[dt.time, str]] = []
    if attendee.status is AttendanceStatus.PRESENT:
        events += [(at, french.format_moves([(kind, at)])) for kind, at in moves(attendee.presence)]
    events += [(p.given_at or dt.time.min, proxy_given(p, people)) for p in attendee.proxies]
    events.sort(key=lambda event: event[0])
    return [text for _, text in events]


def presence(attendee: AttendanceDTO, people: People) -> str:
    """ "présente, arrivée à 10 h 15", "représenté, pouvoir à M. Laurent Buchaillat",
    the attendee's note last, in brackets."""
    words = people.status(attendee.person_id, attendee.status)
    words += "".join(f", {event}" for event in presence_events(attendee, people))
    if attendee.note.strip():
        words += f" ({attendee.note.strip()})"
    return words


def sheet_presence(attendee: AttendanceDTO, people: People, *, signed: bool) -> str:
    """The presence column of an attendance sheet: « Excusée », « Présente, arrivée à
    10 h 15 »; nothing while attendance is not taken. On a sheet to sign (``signed``),
    the signature says who was there: only the arrivals and departures are noted."""
    status = attendee.status
    if status is AttendanceStatus.EXPECTED:
        return ""
    words = capitalised(people.status(attendee.person_id, status))
    if status is AttendanceStatus.PRESENT:
        times = moves_words(attendee)
        if signed:
            return capitalised(times)
        words += f", {times}" if times else ""
    return words


def proxies_held(detail: MeetingDetail, holder: AttendanceDTO, people: People) -> list[str]:
    """The names of those who gave ``holder`` a proxy during the meeting."""
    return [
        people.attendee_name(a)
        for a in detail.attendance
        if any(p.holder_id == holder.person_id for p in a.proxies)
    ]


def proxy_notes(detail: MeetingDetail, attendee: AttendanceDTO, people: People) -> list[str]:
    """Proxies given or held, never an attendance word: "Pouvoir donné à M. X",
    "Porteuse du pouvoir de Mme Y"."""
    notes = []
    if attendee.status is AttendanceStatus.REPRESENTED:
        holder = people.name(attendee.proxy_holder_id, attendee.proxy_holder_name)
        if holder:
            notes.append(f"Pouvoir donné à {holder}")
    word = "Porteuse" if people.civility(attendee.person_id) is Civility.MADAME else "Porteur"
    notes += [f"{word} du pouvoir de {name}" for name in proxies_held(detail, attendee, people)]
    return notes


def suppleant_of(suppleant: AttendanceDTO, titulaire: AttendanceDTO, people: People) -> str:
    """ "suppléant de Mme Hélène Roussel"."""
    word = people.agreed(suppleant.person_id, SUPPLEANT)
    return f"{word} de {people.attendee_name(titulaire)}"


def replaced_by(titulaire: AttendanceDTO, suppleant: AttendanceDTO, people: People) -> str:
    """ "suppléée par M. Karim Benali"."""
    word = people.agreed(titulaire.person_id, REPLACED)
    return f"{word} par {people.attendee_name(suppleant)}"


def attendance_counts(
    in_office: int,
    present: int,
    through_suppleants: int,
    represented: int,
    excused: int,
    absent: int,
    unmarked: int,
) -> str:
    """ "Membres en fonction : 9. Présents : 7, dont 1 en la personne de son suppléant ;
    représentés : 1 ; excusés : 1 ; absents : 0." — seats, each counted once."""
    present_text = f"{present}"
    if through_suppleants:
        present_text += (
            f", dont {through_suppleants} en la personne de son suppléant"
            if through_suppleants == 1
            else f", dont {through_suppleants} en la personne de leur suppléant"
        )
    text = (
        f"Membres en fonction : {in_office}. "
        f"Présents : {present_text} ; "
        f"représentés : {represented} ; "
        f"excusés : {excused} ; "
        f"absents : {absent}"
    )
    if unmarked:
        text += f" ; présence non relevée : {unmarked}"
    return text + "."


def seats_in_office(detail: MeetingDetail) -> int:
    """Members in office: the voting titulaires whose mandate runs on the meeting date."""
    seats = {
        m.person_id
        for m in detail.in_office
        if m.role.votes and m.representation is not Representation.SUPPLEANT
    }
    if seats:
        return len(seats)
    return sum(
        1
        for a in detail.attendance
        if a.role is not None and a.role.votes and a.representation is not Representation.SUPPLEANT
    )


# Quorum -----------------------------------------------------------------------------------
def number(value: float) -> str:
    """ "66,67", "1 234" (French, two decimals at most)."""
    return french.format_number_fr(value)


@dataclass(frozen=True)
class QuorumFigures:
    """What is present or represented at one moment, against the quorum required."""

    basis: QuorumBasis
    fraction: str  # "2/3"
    counted: float  # present + represented (rights or heads)
    in_office: float
    required: float
    reached: bool

    @property
    def unit(self) -> str:
        return "droits statutaires" if self.basis is QuorumBasis.RIGHTS else "membres"

    @property
    def required_text(self) -> str:
        if self.basis is QuorumBasis.RIGHTS:
            return number(self.required)
        return str(math.ceil(self.required - 1e-9))

    def same_count(self, other: QuorumFigures | None) -> bool:
        return other is not None and abs(self.counted - other.counted) < 1e-6


def quorum_figures(q: QuorumDTO) -> QuorumFigures:
    return QuorumFigures(
        q.basis,
        q.required_fraction,
        q.present + q.represented,
        q.in_office,
        q.required,
        q.reached,
    )


def vote_figures(detail: MeetingDetail, deliberation: DeliberationDTO) -> QuorumFigures | None:
    """The quorum at the moment of a vote taken voter by voter, from its recorded voters
    (None when the vote was recorded as totals only)."""
    q = detail.quorum
    present, represented = deliberation.present_voters, deliberation.represented_voters
    if present is None:
        return None
    if q.basis is QuorumBasis.RIGHTS:
        # The recorded weights are statutory rights only when the body votes by rights.
        if detail.body.weighting is not Weighting.RIGHTS or deliberation.voting_weight is None:
            return None
        counted = float(deliberation.voting_weight)
    else:
        counted = float(present + (represented or 0))
    reached = q.in_office > 0 and counted >= q.required - 1e-9
    return QuorumFigures(q.basis, q.required_fraction, counted, q.in_office, q.required, reached)


def quorum_counts(figures: QuorumFigures) -> str:
    """ "100 droits statutaires présents ou représentés sur 100"."""
    return (
        f"{number(figures.counted)} {figures.unit} présents ou représentés sur "
        f"{number(figures.in_office)}"
    )


def _quorum_facts(figures: QuorumFigures) -> str:
    return (
        f"{quorum_counts(figures)} ; quorum requis : {figures.fraction}, "
        f"soit {figures.required_text}"
    )


def quorum_sentence(
    detail: MeetingDetail,
    figures: QuorumFigures | None = None,
    *,
    moment: str = "à l'ouverture de la séance",
    counts: bool = True,
) -> str:
    """ "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents
    ou représentés sur 100 ; quorum requis : 2/3, soit 66,67), l'Assemblée générale peut
    valablement délibérer." — by default the figures at the opening.

    Without figures at the opening (no opening time), says that the quorum is still to
    be established. ``counts=False`` leaves out the counts already given elsewhere."""
    body = with_article(detail.body)
    if figures is None:
        if detail.opening_quorum is None:
            if detail.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
                return "Le quorum sera constaté à l'ouverture de la séance."
            return (
                "L'heure d'ouverture de la séance n'étant pas renseignée, le quorum à "
                "l'ouverture n'est pas établi."
            )
        figures = quorum_figures(detail.opening_quorum)
    if counts:
        facts = _quorum_facts(figures)
    else:
        facts = f"quorum requis : {figures.fraction}, soit {figures.required_text}"
        if figures.basis is QuorumBasis.HEADS:
            facts += " membres"
    where = f" {moment}" if moment else ""
    if figures.reached:
        return f"Le quorum étant atteint{where} ({facts}), {body} peut valablement délibérer."
    return f"Le quorum n'étant pas atteint{where} ({facts}), {body} ne peut valablement délibérer."


def vote_quorum_line(figures: QuorumFigures) -> str:
    """ "Au moment du vote : 100 droits statutaires présents ou représentés sur 100 ; le
    quorum (2/3, soit 66,67) est atteint."."""
    state = "est atteint" if figures.reached else "n'est pas atteint"
    return (
        f"Au moment du vote : {quorum_counts(figures)} ; le quorum ({figures.fraction}, "
        f"soit {figures.required_text}) {state}."
    )


def register_quorum_line(
    figures: QuorumFigures, moment: str, present: int, represented: int, voters: int
) -> str:
    """The quorum and the voters of one deliberation, in the register: "Quorum au moment
    du vote : 100 droits statutaires présents ou représentés sur 100 ; quorum requis 2/3,
    soit 66,67 : atteint. Membres présents : 6 ; représentés : 1 ; votants : 7."."""
    state = "atteint" if figures.reached else "non atteint"
    when = f" {moment}" if moment else ""
    return (
        f"Quorum{when} : {quorum_counts(figures)} ; quorum requis "
        f"{figures.fraction}, soit {figures.required_text} : {state}. Membres présents : "
        f"{present} ; représentés : {represented} ; votants : {voters}."
    )


def carence(detail: MeetingDetail) -> bool:
    """The quorum was missed at the opening: a procès-verbal de carence."""
    return detail.opening_quorum is not None and not detail.opening_quorum.reached


def carence_sentences(detail: MeetingDetail) -> list[str]:
    body = with_article(detail.body)
    return [
        f"En conséquence, {body} n'a pu délibérer sur aucune des questions inscrites à "
        "l'ordre du jour : aucun point n'a été examiné ni mis aux voix.",
        f"Les membres de {body} seront convoqués à nouveau.",
    ]


def carence_closing(detail: MeetingDetail, people: People) -> str:
    """ "La présidente de séance prend acte de la carence et lève la séance à 10 h 20."."""
    text = f"{people.chair_caption(detail.chair_id)} prend acte de la carence et lève la séance"
    if detail.actual_end is not None:
        text += f" à {time(detail.actual_end)}"
    return text + "."


# Agenda -----------------------------------------------------------------------------------
KIND_WORDS = {
    ItemKind.INFORMATION: "pour information",
    ItemKind.DEBATE: "pour débat",
    ItemKind.DELIBERATION: "pour délibération",
}


def rapporteur(item: AgendaItemDTO, people: People) -> str:
    """ "rapporteure : Mme Anne Delmotte" ("" without a rapporteur)."""
    if not item.rapporteur_name:
        return ""
    word = "rapporteure" if people.civility(item.rapporteur_id) is Civility.MADAME else "rapporteur"
    return f"{word} : {people.name(item.rapporteur_id, item.rapporteur_name)}"


def item_details(item: AgendaItemDTO, people: People) -> str:
    """ "pour délibération — rapporteure : Mme Anne Delmotte" (the agenda of a notice)."""
    return " — ".join(part for part in (KIND_WORDS[item.kind], rapporteur(item, people)) if part)


def item_line(item: AgendaItemDTO, people: People, *, planned: bool = False) -> str:
    """ "Point pour délibération — rapporteure : Mme Anne Delmotte — de 10 h 35 à 11 h 05";
    ``planned`` adds "durée prévue : 20 min" to an item not timed."""
    parts = [f"Point {KIND_WORDS[item.kind]}", rapporteur(item, people)]
    if item.started_at and item.ended_at:
        parts.append(f"de {time(item.started_at)} à {time(item.ended_at)}")
    elif planned and item.planned_minutes:
        parts.append(f"durée prévue : {item.planned_minutes} min")
    return " — ".join(part for part in parts if part)


def agenda_reference(number: int, title: str = "") -> str:
    """ "Point 3 de l'ordre du jour", "Point 3 de l'ordre du jour : Rapport d'activités"."""
    text = f"Point {number} de l'ordre du jour"
    return f"{text} : {title}" if title else text


# Deliberations and votes ------------------------------------------------------------------
def deliberation_heading(deliberation: DeliberationDTO) -> str:
    """ "Délibération n° 2021-02 — Rapport d'activités 2020"."""
    title = f" — {deliberation.title}" if deliberation.title.strip() else ""
    return f"Délibération n° {deliberation.number}{title}"


# The columns of a vote, as the documents' tables head them.
VOTE_COLUMNS = ("Pour", "Contre", "Abstention", "Ne prend pas part au vote")
HEADS_ROW = "Voix"
RIGHTS_ROW = "Droits statutaires"


def vote_heads(deliberation: DeliberationDTO) -> tuple[str, str, str, str]:
    d = deliberation
    return (
        str(d.votes_for),
        str(d.votes_against),
        str(d.votes_abstention),
        str(d.votes_not_taking_part),
    )


def vote_rights(deliberation: DeliberationDTO) -> tuple[str, str, str, str]:
    d = deliberation
    return (
        number(d.weighted_for),
        number(d.weighted_against),
        number(d.weighted_abstention),
        number(d.weighted_not_taking_part),
    )


def weighted(body: BodyDTO) -> bool:
    """The body counts its votes in statutory rights too."""
    return body.weighting is Weighting.RIGHTS


def votes_line(deliberation: DeliberationDTO, body: BodyDTO) -> str:
    """The table of a vote in one line: "Voix — pour : 6, contre : 0, abstention : 0, ne
    prend pas part au vote : 0 ; droits statutaires — pour : 100, …"."""

    def row(label: str, values: tuple[str, str, str, str]) -> str:
        pairs = zip(VOTE_COLUMNS, values, strict=True)
        counts = ", ".join(f"{column.lower()} : {value}" for column, value in pairs)
        return f"{label} — {counts}"

    text = row(HEADS_ROW, vote_heads(deliberation))
    if weighted(body):
        text += " ; " + row(RIGHTS_ROW.lower(), vote_rights(deliberation))
    return text + "."


def voters(deliberation: DeliberationDTO) -> int:
    """Those who took part in the vote (abstentions included)."""
    return deliberation.votes_for + deliberation.votes_against + deliberation.votes_abstention


def result_words(deliberation: DeliberationDTO, people: People, chair_id: int | None) -> str:
    """ "adoptée à l'unanimité", "rejetée", "adoptée à la majorité, la voix de la
    présidente étant prépondérante"."""
    words = deliberation.result.label
    if deliberation.unanimous and deliberation.result is VoteResult.ADOPTED:
        words += " à l'unanimité"
    elif deliberation.result is VoteResult.ADOPTED:
        words += " à la majorité"
    if deliberation.casting_vote_used:
        feminine = people.civility(chair_id) is Civility.MADAME
        chair = "de la présidente" if feminine else "du président"
        words += f", la voix {chair} étant prépondérante"
    return words


def result_sentence(deliberation: DeliberationDTO, people: People, chair_id: int | None) -> str:
    """ "Mise aux voix, la délibération est adoptée à l'unanimité."."""
    return f"Mise aux voix, la délibération est {result_words(deliberation, people, chair_id)}."


# Actions ----------------------------------------------------------------------------------
def due_words(action: ActionItemDTO) -> str:
    """ "pour le 15 avril 2021" ("" without a due date)."""
    return f"pour le {date_without_weekday(action.due_date)}" if action.due_date else ""


def action_details(action: ActionItemDTO, people: People) -> str:
    """ "Mme Anne Delmotte, pour le 15 avril 2021": who, and by when."""
    parts = (people.name(action.person_id, action.person_name), due_words(action))
    return ", ".join(part for part in parts if part)


# Closing ----------------------------------------------------------------------------------
def closing_sentence(detail: MeetingDetail) -> str:
    if detail.actual_end is not None:
        return f"L'ordre du jour étant épuisé, la séance est levée à {time(detail.actual_end)}."
    return "L'ordre du jour étant épuisé, la séance est levée."


def made_at(detail: MeetingDetail, day: dt.date | None = None) -> str:
    """ "Fait à Lille, le 8 mars 2021" (the meeting date unless ``day`` is given)."""
    city = detail.organisation.city.strip()
    where = f"Fait à {city}, le" if city else "Fait le"
    return f"{where} {date_without_weekday(day or detail.date)}"
