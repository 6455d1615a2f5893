"""The one-purpose documents: extract of a deliberation, attendance sheet, notice."""

from __future__ import annotations

import datetime as dt
from functools import partial

from docx.shared import Pt

from irev_desktop.domain import french
from irev_desktop.domain.enums import AttendanceStatus, Civility, Representation, Weighting
from irev_desktop.exporters import styles, wording
from irev_desktop.exporters.common import Context, Section, agenda, masthead, votes_table
from irev_desktop.exporters.writer import CellText, Writer
from irev_desktop.services.dto import AttendanceDTO, DeliberationDTO

# Extrait du registre des délibérations ---------------------------------------------------


def extrait(ctx: Context, deliberation: DeliberationDTO) -> list[Section]:
    return [
        partial(_extract_header, ctx=ctx, deliberation=deliberation),
        partial(_extract_body, ctx=ctx, deliberation=deliberation),
        partial(_extract_certification, ctx=ctx),
    ]


def _extract_header(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    m = ctx.meeting
    q = m.quorum
    masthead(w, ctx, "Extrait du registre des délibérations")
    w.heading(f"Délibération n° {deliberation.number}")
    w.field("Membres en fonction", str(wording.seats_in_office(m)))
    # The voters recorded at the vote itself when séance mode took it, else the meeting's.
    present = deliberation.present_voters
    represented = deliberation.represented_voters
    w.field("Membres présents", str(q.present_heads if present is None else present))
    w.field("Membres représentés", str(q.represented_heads if represented is None else represented))
    w.field("Votants", str(wording.voters(deliberation)))
    if m.body.weighting is Weighting.RIGHTS:
        weight = deliberation.voting_weight
        counted = q.present + q.represented if weight is None else weight
        w.field(
            "Droits statutaires",
            f"{wording.number(counted)} présents ou représentés sur {wording.number(q.in_office)}",
        )
    w.paragraph(style=styles.CELL)


def _extract_body(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    m = ctx.meeting
    start = wording.opening_time(m)
    when = f"Le {wording.date_long(m.date)}"
    if start is not None:
        when += f", à {french.format_time(start)}"
    where = wording.where_phrase(m)
    text = (
        f"{when}, les membres de {wording.with_article(m.body)}, régulièrement convoqués, "
        f"se sont réunis{' ' + where if where else ''}"
    )
    if m.chair_name:
        text += f", sous la présidence de {ctx.chair()}"
    w.paragraph(text + ".")
    w.paragraph(wording.quorum_sentence(m))
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
    return [
        partial(_sheet_header, ctx=ctx),
        partial(_sheet_members, ctx=ctx),
        partial(_sheet_others, ctx=ctx),
    ]


def _sheet_header(w: Writer, ctx: Context) -> None:
    m = ctx.meeting
    masthead(w, ctx, "Feuille d'émargement")
    w.field("Date", wording.date_long(m.date))
    start = wording.convened_time(m)
    if start is not None:
        w.field("Heure", french.format_time(start))
    w.field("Lieu", wording.place(m))
    w.field("Présidence", ctx.chair())
    w.paragraph(style=styles.CELL)


def _proxy_note(ctx: Context, attendee: AttendanceDTO) -> str:
    notes = []
    if attendee.status is AttendanceStatus.REPRESENTED:
        holder = ctx.name(attendee.proxy_holder_id, attendee.proxy_holder_name)
        notes.append(f"Pouvoir donné à {holder}" if holder else "Représenté")
    elif attendee.status is AttendanceStatus.EXCUSED:
        notes.append(ctx.people.status(attendee.person_id, attendee.status).capitalize())
    holder = "Porteuse" if ctx.people.civility(attendee.person_id) is Civility.MADAME else "Porteur"
    for name in ctx.proxies_held(attendee):
        notes.append(f"{holder} du pouvoir de {name}")
    return "\n".join(notes)


def _sheet_members(w: Writer, ctx: Context) -> None:
    w.heading("Membres", 2)
    voting = ctx.voting()
    rows: list[list[str | CellText]]
    if voting:
        rows = [
            [
                CellText(ctx.attendee_name(a), a.function_title),
                CellText(ctx.people.quality(a), a.member_name),
                _proxy_note(ctx, a),
                "",
            ]
            for a in voting
        ]
    else:
        # No attendance recorded yet: the members in office are the ones expected.
        rows = [
            [
                ctx.name(m.person_id, m.person_name),
                CellText(
                    ctx.people.role(m.person_id, m.role)
                    + (" suppléant" if m.representation is Representation.SUPPLEANT else ""),
                    m.member_name,
                ),
                "",
                "",
            ]
            for m in ctx.meeting.in_office
            if m.role.votes
        ]
    w.table(
        ["Nom", "Qualité", "Pouvoir", "Signature"], rows, [4.6, 4.4, 3.4, 3.6], min_row_height=1.3
    )
    limit = ctx.meeting.body.max_proxies_per_holder
    if limit > 0:
        cap = "plus d'un pouvoir" if limit == 1 else f"plus de {limit} pouvoirs"
        w.paragraph(
            f"Un membre empêché peut donner pouvoir à un autre membre ; nul ne peut détenir {cap}.",
            styles.NOTE,
        )


def _sheet_others(w: Writer, ctx: Context) -> None:
    others = ctx.others()
    if not others:
        return
    w.heading("Autres participants", 2)
    rows: list[list[str | CellText]] = [
        # For a guest the quality is the function already: no second line under the name.
        [
            CellText(
                ctx.attendee_name(a),
                a.function_title if a.function_title != ctx.people.quality(a) else "",
            ),
            ctx.people.quality(a),
            "",
        ]
        for a in others
    ]
    w.table(["Nom", "Qualité", "Signature"], rows, [5.6, 6.8, 3.6], min_row_height=1.3)


# Convocation -----------------------------------------------------------------------------


def send_by(ctx: Context) -> dt.date:
    """The last day the notice may be sent, under the body's notice period."""
    return ctx.meeting.date - dt.timedelta(days=ctx.meeting.body.notice_days)


def convocation(ctx: Context) -> list[Section]:
    sections: list[Section] = [
        partial(_notice_letter, ctx=ctx),
        partial(agenda, ctx=ctx, details=True),
        partial(_notice_closing, ctx=ctx),
    ]
    if ctx.meeting.body.max_proxies_per_holder > 0:
        sections.append(partial(_proxy_form, ctx=ctx))
    return sections


def _notice_letter(w: Writer, ctx: Context) -> None:
    m = ctx.meeting
    masthead(w, ctx, "Convocation")
    days = m.body.notice_days
    w.paragraph(
        f"Convocation à adresser au plus tard le {wording.date_long(send_by(ctx))} "
        f"(délai de convocation : {days} jour{'s' if days > 1 else ''}).",
        styles.NOTE,
        center=True,
    ).paragraph_format.space_after = Pt(18)
    w.paragraph("Madame, Monsieur,")
    start = wording.convened_time(m)
    at = f" à {french.format_time(start)}" if start else ""
    where = wording.where_phrase(m)
    w.paragraph(
        f"J'ai l'honneur de vous convoquer à la séance de {wording.with_article(m.body)} "
        f"qui se tiendra le {wording.date_long(m.date)}{at}{' ' + where if where else ''}."
    )
    w.field("Date", wording.date_long(m.date))
    if start is not None:
        w.field("Heure", french.format_time(start))
    w.field("Lieu", wording.place(m))
    link = wording.video_link(m)
    if link:
        w.field("Connexion", link)


def _notice_closing(w: Writer, ctx: Context) -> None:
    m = ctx.meeting
    limit = m.body.max_proxies_per_holder
    if limit > 0:
        cap = "plus d'un pouvoir" if limit == 1 else f"plus de {limit} pouvoirs"
        text = (
            "En cas d'empêchement, vous pouvez vous faire représenter en donnant pouvoir à un "
            f"autre membre de {wording.with_article(m.body)} au moyen du formulaire ci-dessous ; "
            f"nul ne peut détenir {cap}."
        )
    else:
        text = "Les pouvoirs ne sont pas admis pour cette séance."
    w.paragraph(text).paragraph_format.space_before = Pt(12)
    w.paragraph(
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
    )
    w.signatures(wording.made_at(m, send_by(ctx)), [ctx.chair_signature(of_meeting=False)])


def _proxy_form(w: Writer, ctx: Context) -> None:
    m = ctx.meeting
    dots = "…" * 24
    heading = w.heading("Pouvoir", 2)
    heading.paragraph_format.space_before = Pt(24)
    w.paragraph(
        f"Je soussigné(e) {dots}, représentant(e) de {dots}, membre de "
        f"{wording.with_article(m.body)}, donne pouvoir à {dots} pour me représenter à la "
        f"séance du {wording.date_long(m.date)} et prendre part en mon nom aux votes "
        "inscrits à l'ordre du jour.",
        keep_next=True,
    )
    w.paragraph(f"Fait à {'…' * 12}, le {'…' * 12}\tSignature :", keep_next=True)
    w.paragraph("Pouvoir à remettre au président de séance avant l'ouverture.", styles.NOTE)
