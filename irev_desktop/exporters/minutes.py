"""The minutes in three lengths: procès-verbal, compte rendu, relevé de décisions."""

from __future__ import annotations

from functools import partial

from docx.shared import Pt

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.exporters import styles
from irev_desktop.exporters.common import (
    Context,
    Seat,
    Section,
    agenda,
    attachments,
    deliberation_block,
    draft_mark,
    facts,
    keep_next,
    masthead,
    minutes_status,
    opening,
    vote_quorum,
)
from irev_desktop.exporters.writer import Cell, CellText, Writer
from irev_desktop.model import wording
from irev_desktop.model.dto import AgendaItemDTO, AttendanceDTO, DeliberationDTO

# Procès-verbal ---------------------------------------------------------------------------


def pv(ctx: Context) -> list[Section]:
    if ctx.carence:
        return [
            partial(_pv_header, ctx=ctx),
            partial(_attendance_table, ctx=ctx),
            partial(agenda, ctx=ctx),
            partial(_carence, ctx=ctx),
            partial(_carence_closing, ctx=ctx),
            partial(_pv_signatures, ctx=ctx),
        ]
    sections: list[Section] = [
        partial(_pv_header, ctx=ctx),
        partial(_attendance_table, ctx=ctx),
        partial(_quorum, ctx=ctx),
        partial(agenda, ctx=ctx),
        partial(_proceedings_heading, ctx=ctx),
    ]
    sections += _items(ctx, votes=True, full_text=True)
    sections += [
        partial(_actions_table, ctx=ctx),
        partial(attachments, ctx=ctx),
        partial(_closing, ctx=ctx),
        partial(_pv_signatures, ctx=ctx),
    ]
    return sections


def _pv_header(w: Writer, ctx: Context) -> None:
    draft_mark(w, ctx)
    masthead(w, ctx, "Procès-verbal de carence" if ctx.carence else "Procès-verbal")
    minutes_status(w, ctx)
    facts(w, ctx)
    opening(w, ctx)


def _counts(ctx: Context) -> str:
    """Seats, each counted once: present + represented + excused + absent (+ not
    recorded) = members in office; a seat a suppléant filled counts present."""

    count = ctx.seat_count
    return wording.attendance_counts(
        in_office=ctx.seats_in_office(),
        present=count(AttendanceStatus.PRESENT),
        through_suppleants=sum(1 for seat in ctx.seats if seat.suppleant is not None),
        represented=count(AttendanceStatus.REPRESENTED),
        excused=count(AttendanceStatus.EXCUSED),
        absent=count(AttendanceStatus.ABSENT),
        unmarked=count(AttendanceStatus.EXPECTED),
    )


def _seat_rows(ctx: Context) -> list[list[Cell]]:
    """One row per seat; a suppléant who sat for the titulaire right under them."""
    rows: list[list[Cell]] = []
    for seat in ctx.seats:
        a = seat.titulaire
        presence = ctx.presence(a)
        if seat.suppleant is not None:
            presence += f", {wording.replaced_by(a, seat.suppleant, ctx.people)}"
        rows.append(
            [
                CellText(ctx.attendee_name(a), a.function_title),
                ctx.people.quality(a),
                a.member_name,
                presence,
            ]
        )
        if seat.suppleant is not None:
            s = seat.suppleant
            rows.append(
                [
                    CellText(ctx.attendee_name(s), s.function_title),
                    ctx.suppleant_of(seat),
                    s.member_name,
                    ctx.presence(s),
                ]
            )
    return rows


def _attendance_table(w: Writer, ctx: Context) -> None:
    keep_next(w.heading("Présences"))
    w.paragraph(_counts(ctx), keep_next=True)
    rows = _seat_rows(ctx)
    if rows:
        w.table(["Nom", "Qualité", "Membre", "Présence"], rows, [4.7, 2.9, 3.9, 4.5])
    _also_present(w, ctx)


def _also_present(w: Writer, ctx: Context) -> None:
    present = ctx.idle_suppleants()
    present += [a for a in ctx.others() if a.status is AttendanceStatus.PRESENT]
    if not present:
        return
    names = " ; ".join(ctx.people.with_quality(a) for a in present)
    w.paragraph(f"Assistaient également à la séance, sans voix délibérative : {names}.")


def _quorum(w: Writer, ctx: Context) -> None:
    """The quorum at the opening (computed there from the attendance history)."""
    w.paragraph(wording.quorum_sentence(ctx.meeting)).paragraph_format.space_before = Pt(6)


def _carence(w: Writer, ctx: Context) -> None:
    """The quorum missed at the opening: nothing is deliberated."""
    keep_next(w.heading("Constat de carence"))
    w.paragraph(wording.quorum_sentence(ctx.meeting), keep_next=True)
    for sentence in wording.carence_sentences(ctx.meeting):
        w.paragraph(sentence, keep_next=True)


def _carence_closing(w: Writer, ctx: Context) -> None:
    text = wording.carence_closing(ctx.meeting, ctx.people)
    w.paragraph(text, keep_next=True).paragraph_format.space_before = Pt(12)


def _proceedings_heading(w: Writer, ctx: Context) -> None:
    w.heading("Déroulement de la séance")
    if not ctx.meeting.items and not ctx.meeting.deliberations:
        w.paragraph("Aucun point n'a été examiné.")


def _items(ctx: Context, *, votes: bool, full_text: bool) -> list[Section]:
    sections: list[Section] = [
        partial(_item, ctx=ctx, number=n, item=item, votes=votes, full_text=full_text)
        for n, item in enumerate(ctx.meeting.items, 1)
    ]
    loose = ctx.deliberations_of(None)
    if loose:
        sections.append(partial(_loose, ctx=ctx, loose=loose, votes=votes, full_text=full_text))
    return sections


def _item(
    w: Writer, ctx: Context, number: int, item: AgendaItemDTO, votes: bool, full_text: bool
) -> None:
    keep_next(w.heading(f"{number}. {item.title}", 2))
    w.paragraph(wording.item_line(item, ctx.people), styles.NOTE, keep_next=True)
    w.notes(item.notes)
    for annex, attachment in ctx.attachments_of(item):
        w.paragraph(f"Annexe {annex} : {attachment.shown_title}.", styles.NOTE)
    for deliberation in ctx.deliberations_of(item):
        deliberation_block(w, ctx, deliberation, votes=votes, text=full_text)


def _loose(
    w: Writer, ctx: Context, loose: list[DeliberationDTO], votes: bool, full_text: bool
) -> None:
    keep_next(w.heading("Autres délibérations", 2))
    for deliberation in loose:
        deliberation_block(w, ctx, deliberation, votes=votes, text=full_text)


def _action_rows(ctx: Context) -> list[list[str | CellText]]:
    rows: list[list[str | CellText]] = []
    for action in ctx.meeting.actions:
        number = ctx.item_number(action.item_id)
        rows.append(
            [
                action.description,
                ctx.name(action.person_id, action.person_name) or "—",
                wording.date_without_weekday(action.due_date) if action.due_date else "—",
                str(number) if number is not None else "—",
            ]
        )
    return rows


def _actions_table(w: Writer, ctx: Context) -> None:
    if not ctx.meeting.actions:
        return
    w.heading("Suites à donner")
    w.table(
        ["Action", "Responsable", "Échéance", "Point"],
        _action_rows(ctx),
        [7.4, 4, 3, 1.6],
        centered=(3,),
    )


def _closing(w: Writer, ctx: Context) -> None:
    # Kept with « Fait à … » and the signatures (kept together in turn).
    closing = w.paragraph(wording.closing_sentence(ctx.meeting), keep_next=True)
    closing.paragraph_format.space_before = Pt(12)
    closing.paragraph_format.keep_together = True


def _pv_signatures(w: Writer, ctx: Context) -> None:
    w.signatures(wording.made_at(ctx.meeting), [ctx.chair_signature(), ctx.secretary_signature()])


# Compte rendu ----------------------------------------------------------------------------


def compte_rendu(ctx: Context) -> list[Section]:
    if ctx.carence:
        return [
            partial(_cr_header, ctx=ctx),
            partial(_participants, ctx=ctx),
            partial(agenda, ctx=ctx),
            partial(_carence, ctx=ctx),
            partial(_carence_closing, ctx=ctx),
        ]
    sections: list[Section] = [
        partial(_cr_header, ctx=ctx),
        partial(_participants, ctx=ctx),
        partial(agenda, ctx=ctx),
        partial(_cr_heading, ctx=ctx),
    ]
    sections += _items(ctx, votes=False, full_text=False)
    sections += [
        partial(_actions_list, ctx=ctx),
        partial(attachments, ctx=ctx),
        partial(_cr_closing, ctx=ctx),
    ]
    return sections


def _cr_header(w: Writer, ctx: Context) -> None:
    draft_mark(w, ctx)
    masthead(w, ctx, "Compte rendu")
    facts(w, ctx)


def _names(ctx: Context, attendees: list[AttendanceDTO]) -> str:
    return ", ".join(ctx.attendee_name(a) for a in attendees)


def _seat_name(ctx: Context, seat: Seat) -> str:
    """ "M. Karim Benali, suppléant de Mme Hélène Roussel" for a seat a suppléant filled."""
    if seat.suppleant is None:
        return ctx.attendee_name(seat.titulaire)
    return f"{ctx.attendee_name(seat.suppleant)}, {ctx.suppleant_of(seat)}"


def _participants(w: Writer, ctx: Context) -> None:
    w.heading("Participants")

    def seats(status: AttendanceStatus) -> list[Seat]:
        return [seat for seat in ctx.seats if seat.counted_as is status]

    present = seats(AttendanceStatus.PRESENT)
    w.field(
        f"Présents ({len(present)})", " ; ".join(_seat_name(ctx, s) for s in present) or "aucun"
    )
    represented = [s.titulaire for s in seats(AttendanceStatus.REPRESENTED)]
    if represented:
        w.field(
            f"Représentés ({len(represented)})",
            " ; ".join(
                f"{ctx.attendee_name(a)} "
                f"({wording.proxy_words(ctx.name(a.proxy_holder_id, a.proxy_holder_name) or '—')})"
                for a in represented
            ),
        )
    for status, label in (
        (AttendanceStatus.EXCUSED, "Excusés"),
        (AttendanceStatus.ABSENT, "Absents"),
    ):
        group = [s.titulaire for s in seats(status)]
        if group:
            w.field(f"{label} ({len(group)})", " ; ".join(ctx.attendee_name(a) for a in group))
    others = ctx.idle_suppleants()
    others += [a for a in ctx.others() if a.status is AttendanceStatus.PRESENT]
    if others:
        w.field("Également présents", " ; ".join(ctx.people.with_quality(a) for a in others))
    _quorum(w, ctx)


def _cr_heading(w: Writer, ctx: Context) -> None:
    w.heading("Échanges et décisions")


def _actions_list(w: Writer, ctx: Context) -> None:
    if not ctx.meeting.actions:
        return
    w.heading("Suites à donner")
    for action in ctx.meeting.actions:
        details = wording.action_details(action, ctx.people)
        w.bullet(action.description + (f" ({details})" if details else ""))


def _cr_closing(w: Writer, ctx: Context) -> None:
    _closing(w, ctx)
    m = ctx.meeting
    if m.secretary_name:
        caption = ctx.people.secretary_caption(m.secretary_id).lower()
        w.paragraph(
            f"Compte rendu établi par {ctx.name(m.secretary_id, m.secretary_name)}, {caption}.",
            styles.NOTE,
        )


# Relevé de décisions ---------------------------------------------------------------------


def releve(ctx: Context) -> list[Section]:
    sections: list[Section] = [partial(_releve_header, ctx=ctx)]
    if ctx.carence:
        return [*sections, partial(_releve_signature, ctx=ctx)]
    sections += [partial(_decision, ctx=ctx, deliberation=d) for d in ctx.meeting.deliberations]
    sections.append(partial(_releve_signature, ctx=ctx))
    return sections


def _releve_header(w: Writer, ctx: Context) -> None:
    draft_mark(w, ctx)
    masthead(w, ctx, "Relevé de décisions")
    facts(w, ctx, secretary=False)
    w.paragraph(wording.quorum_sentence(ctx.meeting))
    if ctx.carence:
        for sentence in wording.carence_sentences(ctx.meeting):
            w.paragraph(sentence)
    elif not ctx.meeting.deliberations:
        w.paragraph("Aucune délibération n'a été prise au cours de cette séance.")


def _decision(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    keep_next(w.heading(wording.deliberation_heading(deliberation), 2))
    number = ctx.item_number(deliberation.item_id)
    if number is not None:
        line = wording.agenda_reference(number, ctx.meeting.items[number - 1].title)
        w.paragraph(line, styles.NOTE, keep_next=True)
    if deliberation.text.strip():
        w.paragraph(deliberation.text, styles.DELIBERATION)
    vote_quorum(w, ctx, deliberation)
    w.paragraph(
        wording.result_sentence(deliberation, ctx.people, ctx.meeting.chair_id), styles.RESULT
    )


def _releve_signature(w: Writer, ctx: Context) -> None:
    w.signatures(wording.made_at(ctx.meeting), [ctx.chair_signature()])
