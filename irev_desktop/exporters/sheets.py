"""The one-purpose documents: extract of a deliberation, attendance sheet, notice."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from functools import partial

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from irev_desktop.domain.enums import Civility, MeetingMode, QuorumBasis
from irev_desktop.exporters import styles
from irev_desktop.exporters.common import Context, Section, agenda, masthead, votes_table
from irev_desktop.exporters.text import put_text
from irev_desktop.exporters.writer import CellText, Writer
from irev_desktop.model import wording
from irev_desktop.model.dto import AttendanceDTO, DeliberationDTO, MeetingDetail
from irev_desktop.model.wording import of_body, to_body

# Extrait du registre des délibérations ---------------------------------------------------


def extrait(ctx: Context, deliberation: DeliberationDTO) -> list[Section]:
    return [
        partial(_extract_header, ctx=ctx, deliberation=deliberation),
        partial(_extract_body, ctx=ctx, deliberation=deliberation),
        partial(_extract_certification, ctx=ctx),
    ]


def _extract_header(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    masthead(w, ctx, "Extrait du registre des délibérations")
    w.heading(f"Délibération n° {deliberation.number}")
    w.field("Membres en fonction", str(ctx.seats_in_office()))
    # The voters recorded at the vote itself when séance mode took it, else the opening's;
    # the rights present or represented are stated once, in the quorum sentence.
    _, present, represented, _ = ctx.at_vote(deliberation)
    w.field("Membres présents", str(present))
    w.field("Membres représentés", str(represented))
    away = max(ctx.seats_in_office() - present - represented, 0)
    w.field("Membres absents", str(away))
    w.field("Votants", str(wording.voters(deliberation)))
    w.paragraph(style=styles.CELL)


def _extract_body(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    m = ctx.meeting
    start = wording.opening_time(m)
    when = f"Le {wording.date_long(m.date)}"
    if start is not None:
        when += f", à {wording.time(start)}"
    where = wording.assembly_phrase(m)
    text = (
        f"{when}, les membres de {wording.with_article(m.body)}"
        f"{wording.convened_phrase(m, always=True)} se sont réunis{' ' + where if where else ''}"
    )
    if m.chair_name:
        text += f", sous la présidence de {ctx.chair()}"
    w.paragraph(text + ".")
    figures, _, _, moment = ctx.at_vote(deliberation)
    counts = figures.basis is QuorumBasis.RIGHTS  # heads are in the fields above
    w.paragraph(wording.quorum_sentence(m, figures, moment=moment, counts=counts))
    w.heading(f"Objet : {deliberation.title}", 2)
    if deliberation.text.strip():
        w.paragraph(deliberation.text, styles.DELIBERATION)
    votes_table(w, ctx, deliberation)
    w.paragraph(wording.result_sentence(deliberation, ctx.people, m.chair_id), styles.RESULT)


def _extract_certification(w: Writer, ctx: Context) -> None:
    paragraph = w.paragraph(
        "Pour extrait certifié conforme au registre des délibérations.", keep_next=True
    )
    paragraph.paragraph_format.space_before = Pt(12)
    w.signatures(wording.made_at(ctx.meeting), [ctx.chair_signature(of_meeting=False)])


# Feuille d'émargement --------------------------------------------------------------------


def emargement(ctx: Context) -> list[Section]:
    """A sheet to sign for a meeting in a room; for a videoconference, where nobody can
    sign, a list of the participants certified by the president and the secretary."""
    sections: list[Section] = [
        partial(_sheet_header, ctx=ctx),
        partial(_sheet_members, ctx=ctx),
        partial(_sheet_others, ctx=ctx),
    ]
    if ctx.meeting.mode is not MeetingMode.IN_PERSON:
        sections.append(partial(_sheet_certification, ctx=ctx))
    return sections


def _remote(ctx: Context) -> bool:
    """A videoconference: no one signs, the list is certified."""
    return ctx.meeting.mode is MeetingMode.VIDEO


def _sheet_header(w: Writer, ctx: Context) -> None:
    m = ctx.meeting
    if _remote(ctx):
        masthead(w, ctx, "Liste des participants")
        w.paragraph(
            "Séance tenue par visioconférence", styles.NOTE, center=True
        ).paragraph_format.space_after = Pt(12)
    else:
        masthead(w, ctx, "Feuille d'émargement")
    w.field("Date", wording.date_long(m.date))
    start = wording.convened_time(m)
    if start is not None:
        w.field("Heure", wording.time(start))
    w.field("Lieu", wording.place(m))
    w.field("Présidence", ctx.chair())
    if _remote(ctx) and m.secretary_name:
        w.field("Secrétaire de séance", ctx.secretary())
    w.paragraph(style=styles.CELL)


def _status_note(ctx: Context, attendee: AttendanceDTO) -> str:
    """The presence column (see ``wording.sheet_presence``)."""
    return wording.sheet_presence(attendee, ctx.people, signed=not _remote(ctx))


def _proxy_note(ctx: Context, attendee: AttendanceDTO) -> str:
    """The proxy column: proxies only (given or held), never an attendance word."""
    return "\n".join(wording.proxy_notes(ctx.meeting, attendee, ctx.people))


def _sheet_members(w: Writer, ctx: Context) -> None:
    w.heading("Membres", 2)
    voting = ctx.voting()
    remote = _remote(ctx)
    rows: list[list[str | CellText]]
    if voting:
        rows = [
            [
                CellText(ctx.attendee_name(a), a.function_title),
                CellText(ctx.people.quality(a), a.member_name),
                _status_note(ctx, a),
                _proxy_note(ctx, a),
            ]
            for a in voting
        ]
    else:
        # No attendance recorded yet: the members in office are the ones expected.
        rows = [
            [
                ctx.name(m.person_id, m.person_name),
                CellText(ctx.people.mandate(m.person_id, m.role, m.representation), m.member_name),
                "",
                "",
            ]
            for m in ctx.meeting.in_office
            if m.role.votes
        ]
    if remote:
        w.table(["Nom", "Qualité", "Présence", "Pouvoir"], rows, [4.6, 4.4, 3.8, 3.2])
    else:
        w.table(
            ["Nom", "Qualité", "Observations", "Pouvoir", "Signature"],
            [[*row, ""] for row in rows],
            [3.8, 3.4, 3.1, 2.9, 3.2],
            min_row_height=1.3,
        )
    limit = ctx.meeting.body.max_proxies_per_holder
    if limit > 0:
        cap = wording.proxy_cap(limit)
        w.paragraph(
            f"Un membre empêché peut donner pouvoir à un autre membre ; nul ne peut détenir {cap}.",
            styles.NOTE,
        )


def _sheet_others(w: Writer, ctx: Context) -> None:
    others = ctx.others()
    if not others:
        return
    w.heading("Autres participants", 2)
    remote = _remote(ctx)
    rows: list[list[str | CellText]] = [
        # For a guest the quality is the function already: no second line under the name.
        [
            CellText(
                ctx.attendee_name(a),
                a.function_title if a.function_title != ctx.people.quality(a) else "",
            ),
            ctx.people.quality(a),
            _status_note(ctx, a) if remote else "",
        ]
        for a in others
    ]
    if remote:
        w.table(["Nom", "Qualité", "Présence"], rows, [5.6, 6.2, 4.2])
    else:
        w.table(["Nom", "Qualité", "Signature"], rows, [5.6, 6.8, 3.6], min_row_height=1.3)


def _sheet_certification(w: Writer, ctx: Context) -> None:
    """Who took part from afar cannot sign: the chair and the secretary certify the list."""
    m = ctx.meeting
    chair = ctx.people.chair_caption(m.chair_id).lower()
    secretary = ctx.people.secretary_caption(m.secretary_id).lower()
    if _remote(ctx):
        text = (
            "Liste certifiée exacte par {chair} et {secretary} : les participants ont été "
            "identifiés et ont pris part à la séance par un moyen de visioconférence "
            "assurant une transmission continue et simultanée des débats."
        )
    else:
        text = (
            "Les membres ayant pris part à la séance par visioconférence, qui n'ont pu "
            "signer, ont été identifiés ; leur participation est certifiée par {chair} "
            "et {secretary}."
        )
    paragraph = w.paragraph(text.format(chair=chair, secretary=secretary), keep_next=True)
    paragraph.paragraph_format.space_before = Pt(12)
    w.signatures(wording.made_at(m), [ctx.chair_signature(), ctx.secretary_signature()])


# Convocation -----------------------------------------------------------------------------


def send_by(ctx: Context) -> dt.date:
    """The last day the notice may be sent, under the body's notice period."""
    return ctx.meeting.date - dt.timedelta(days=ctx.meeting.body.notice_days)


@dataclass(frozen=True)
class Addressee:
    """Whom a convocation letter is written to."""

    lines: tuple[str, ...]  # the address block
    salutation: str  # "Madame, Monsieur" (then a comma)
    person_id: int | None = None
    name: str = ""  # "Mme Milouda Ala", for the proxy form
    member_name: str = ""
    votes: bool = True  # False for the commissaire du Gouvernement: no proxy to give


def everyone(ctx: Context) -> Addressee:
    m = ctx.meeting
    return Addressee(
        lines=(f"Mesdames et Messieurs les membres {of_body(m.body)}",),
        salutation="Madame, Monsieur",
    )


_CIVILITY_WORDS = {Civility.MADAME: "Madame", Civility.MONSIEUR: "Monsieur"}


def addressees(ctx: Context) -> list[Addressee]:
    """One per person in office on the meeting day (titulaires, suppléants, the
    commissaire du Gouvernement), in the order of the register; not the chair, who
    signs the letters."""
    m = ctx.meeting
    seen: set[int] = set()
    result: list[Addressee] = []
    for mandate in m.in_office:
        if mandate.person_id in seen or mandate.person_id == m.chair_id:
            continue
        seen.add(mandate.person_id)
        civility = ctx.people.civility(mandate.person_id)
        word = _CIVILITY_WORDS[civility] if civility is not None else ""
        quality = ctx.people.mandate(mandate.person_id, mandate.role, mandate.representation)
        lines = [f"{word} {mandate.person_name}".strip(), wording.capitalised(quality)]
        if mandate.member_name:
            lines.append(mandate.member_name)
        result.append(
            Addressee(
                lines=tuple(lines),
                salutation=word or "Madame, Monsieur",
                person_id=mandate.person_id,
                name=ctx.name(mandate.person_id, mandate.person_name),
                member_name=mandate.member_name,
                votes=mandate.role.votes,
            )
        )
    return result


def convocation(
    ctx: Context, *, per_member: bool = False, recipients: Collection[int] | None = None
) -> list[Section]:
    """The letter, the agenda and the proxy form (on a page of its own). With
    ``per_member``, one such letter per person in office, each from a new page;
    ``recipients``: only the letters of these people (one member's, for its e-mail)."""
    letters = addressees(ctx) if per_member or recipients is not None else []
    if recipients is not None:
        letters = [a for a in letters if a.person_id in recipients]
    if not letters:
        letters = [everyone(ctx)]
    sections: list[Section] = []
    for index, addressee in enumerate(letters):
        sections += [
            partial(_notice_letter, ctx=ctx, addressee=addressee, new_page=index > 0),
            partial(agenda, ctx=ctx, details=True),
            partial(_notice_closing, ctx=ctx, addressee=addressee),
        ]
        if ctx.meeting.body.max_proxies_per_holder > 0 and addressee.votes:
            sections.append(partial(_proxy_form, ctx=ctx, addressee=addressee))
    return sections


_ADDRESS_INDENT = Cm(8.5)


def _notice_letter(
    w: Writer, ctx: Context, addressee: Addressee | None = None, new_page: bool = False
) -> None:
    m = ctx.meeting
    addressee = addressee or everyone(ctx)
    first = w.paragraph(m.organisation.name, styles.ORGANISATION)
    if new_page:
        first.paragraph_format.page_break_before = True
    w.paragraph(m.body.name, styles.BODY_LINE)
    w.paragraph("Convocation", styles.TITLE)
    # The address block, then the place and date of the letter, on the right.
    for number, line in enumerate(addressee.lines):
        block = w.paragraph(line, keep_next=True)
        block.paragraph_format.left_indent = _ADDRESS_INDENT
        block.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        block.paragraph_format.space_after = Pt(0)
        if number == 0:
            block.paragraph_format.space_before = Pt(12)
    dated = w.paragraph(_letter_date(m))
    dated.paragraph_format.left_indent = _ADDRESS_INDENT
    dated.paragraph_format.space_before = Pt(18)
    dated.paragraph_format.space_after = Pt(18)
    start = wording.convened_time(m)
    at = f" à {wording.time(start)}" if start else ""
    subject = w.paragraph()
    put_text(subject, "Objet :", bold=True)
    put_text(subject, f" Convocation {to_body(m.body)} du {wording.date_long(m.date)}")
    subject.paragraph_format.space_after = Pt(18)
    w.paragraph(f"{addressee.salutation},")
    where = wording.where_phrase(m)
    w.paragraph(
        f"J'ai l'honneur de vous convoquer à la séance {of_body(m.body)} "
        f"qui se tiendra le {wording.date_long(m.date)}{at}{' ' + where if where else ''}."
    )
    w.field("Date", wording.date_long(m.date))
    if start is not None:
        w.field("Heure", wording.time(start))
    w.field("Lieu", wording.place(m))
    link = wording.video_link(m)
    if link:
        w.field("Connexion", link)
    announce = w.paragraph("L'ordre du jour de la séance est le suivant.")
    announce.paragraph_format.space_before = Pt(12)


def _letter_date(m: MeetingDetail) -> str:
    """ "Lille, le 16 février 2021": the convocation date, or room to write it by hand."""
    city = m.organisation.city.strip()
    day = wording.date_without_weekday(m.convened_on) if m.convened_on else "…" * 12
    return f"{city}, le {day}" if city else f"Le {day}"


def _notice_closing(w: Writer, ctx: Context, addressee: Addressee | None = None) -> None:
    m = ctx.meeting
    addressee = addressee or everyone(ctx)
    limit = m.body.max_proxies_per_holder
    text = ""  # a consultative voice (commissaire du Gouvernement) gives no proxy
    if addressee.votes and limit > 0:
        cap = wording.proxy_cap(limit)
        text = (
            "En cas d'empêchement, vous pouvez vous faire représenter en donnant pouvoir à un "
            f"autre membre {of_body(m.body)} au moyen du formulaire joint ; "
            f"nul ne peut détenir {cap}."
        )
    elif addressee.votes:
        text = "Les pouvoirs ne sont pas admis pour cette séance."
    if text:
        w.paragraph(text).paragraph_format.space_before = Pt(12)
    regards = w.paragraph(
        f"Je vous prie d'agréer, {addressee.salutation}, l'expression de mes salutations "
        "distinguées.",
        keep_next=True,
    )
    if not text:
        regards.paragraph_format.space_before = Pt(12)
    # The letter is dated at its head: the signature block has no « Fait à » line.
    w.signatures("", [ctx.chair_signature(of_meeting=False)])


def _proxy_form(w: Writer, ctx: Context, addressee: Addressee | None = None) -> None:
    m = ctx.meeting
    addressee = addressee or everyone(ctx)
    dots = "…" * 24
    heading = w.heading("Pouvoir")
    # A page of its own, to be cut off, filled in and handed over or sent back.
    heading.paragraph_format.page_break_before = True
    w.paragraph(f"{m.organisation.name} — {m.body.name}", styles.NOTE)
    w.paragraph(f"Séance du {wording.date_long(m.date)}", styles.NOTE)
    civility = ctx.people.civility(addressee.person_id)
    if addressee.name:
        feminine = civility is Civility.MADAME
        signed = f"Je soussignée {addressee.name}" if feminine else f"Je soussigné {addressee.name}"
        if addressee.member_name:
            signed += f" ({addressee.member_name})"  # "(État)": no article to guess
    else:
        signed = f"Je soussigné(e) {dots}, représentant(e) de {dots}"
    start = wording.convened_time(m)
    at = f" à {wording.time(start)}" if start else ""
    body = w.paragraph(
        f"{signed}, membre {of_body(m.body)}, donne pouvoir à {dots}, membre "
        f"{of_body(m.body)}, pour me représenter à la séance du {wording.date_long(m.date)}"
        f"{at} et prendre part en mon nom aux votes inscrits à l'ordre du jour.",
        keep_next=True,
    )
    body.paragraph_format.space_before = Pt(18)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT  # dotted lines, not stretched
    made = w.paragraph(f"Fait à {'…' * 12}, le {'…' * 12}", keep_next=True)
    made.paragraph_format.space_before = Pt(18)
    w.paragraph("Signature, précédée de la mention « Bon pour pouvoir » :", keep_next=True)
    room = w.paragraph(keep_next=True)
    room.paragraph_format.space_after = Pt(54)
    verb = "à adresser" if m.mode is MeetingMode.VIDEO else "à remettre"
    recipient = wording.chair_recipient(m, ctx.people)
    w.paragraph(f"Pouvoir {verb} {recipient} avant l'ouverture de la séance.", styles.NOTE)
