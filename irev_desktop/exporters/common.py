"""Blocks several documents share: masthead, meeting facts, agenda, deliberations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from irev_desktop.domain.enums import AttendanceStatus, Representation
from irev_desktop.domain.quorum import Participant, seat_fillers
from irev_desktop.exporters import styles
from irev_desktop.exporters.writer import CellText, Signature, Writer
from irev_desktop.model import wording
from irev_desktop.model.dto import (
    AgendaItemDTO,
    AttachmentDTO,
    AttendanceDTO,
    DeliberationDTO,
    MeetingDetail,
)
from irev_desktop.model.participants import participants_of
from irev_desktop.model.wording import People

Section = Callable[[Writer], None]


@dataclass(frozen=True)
class Seat:
    """A voting titulaire's seat, and the suppléant who sat in it for them, if any."""

    titulaire: AttendanceDTO
    suppleant: AttendanceDTO | None = None

    @property
    def counted_as(self) -> AttendanceStatus:
        """A seat filled by a suppléant counts once, present, for its member."""
        return AttendanceStatus.PRESENT if self.suppleant is not None else self.titulaire.status


@dataclass(frozen=True)
class Context:
    meeting: MeetingDetail
    people: People

    # People ----------------------------------------------------------------------------
    def name(self, person_id: int | None, full_name: str) -> str:
        return self.people.name(person_id, full_name)

    def attendee_name(self, attendee: AttendanceDTO) -> str:
        return self.people.attendee_name(attendee)

    def chair(self) -> str:
        """ "Mme Milouda Ala, présidente"."""
        return wording.chair(self.meeting, self.people)

    def secretary(self) -> str:
        return wording.secretary(self.meeting, self.people)

    def chair_signature(self, *, of_meeting: bool = True) -> Signature:
        m = self.meeting
        caption = self.people.chair_caption(m.chair_id, of_meeting=of_meeting)
        return Signature(f"{caption},", self.name(m.chair_id, m.chair_name))

    def secretary_signature(self) -> Signature:
        m = self.meeting
        caption = self.people.secretary_caption(m.secretary_id)
        return Signature(f"{caption},", self.name(m.secretary_id, m.secretary_name))

    # Seats -----------------------------------------------------------------------------
    def participants(self) -> list[Participant]:
        """The attendance as the domain's quorum rules see it (as the services build it)."""
        return participants_of(self.meeting)

    @cached_property
    def seats(self) -> tuple[Seat, ...]:
        """The seats in office (voting titulaires), in the attendance order, each with
        the suppléant who filled it over the meeting.

        The domain (``quorum.seat_fillers``) says which suppléant fills which seat."""
        people = self.participants()
        filled_by = seat_fillers(people)
        by_id = {a.person_id: a for a in self.meeting.attendance}
        titulaires = {p.person_id for p in people if p.votes and p.titulaire}
        return tuple(
            Seat(a, by_id[filled_by[a.person_id]] if a.person_id in filled_by else None)
            for a in self.meeting.attendance
            if a.person_id in titulaires
        )

    def seats_in_office(self) -> int:
        """Members in office: the seats of the meeting, else those of the mandates."""
        return len(self.seats) or wording.seats_in_office(self.meeting)

    def seat_count(self, status: AttendanceStatus) -> int:
        return sum(1 for seat in self.seats if seat.counted_as is status)

    def idle_suppleants(self) -> list[AttendanceDTO]:
        """Suppléants present who sat for no one (their titulaire was there)."""
        seated = {s.suppleant.person_id for s in self.seats if s.suppleant is not None}
        return [
            a
            for a in self.voting()
            if a.representation is Representation.SUPPLEANT
            and a.status is AttendanceStatus.PRESENT
            and a.person_id not in seated
        ]

    def suppleant_of(self, seat: Seat) -> str:
        """ "suppléant de Mme Hélène Roussel"."""
        assert seat.suppleant is not None
        return wording.suppleant_of(seat.suppleant, seat.titulaire, self.people)

    # Quorum ----------------------------------------------------------------------------
    @property
    def carence(self) -> bool:
        return wording.carence(self.meeting)

    def quorum_at_vote(self, deliberation: DeliberationDTO) -> wording.QuorumFigures | None:
        """The quorum at this vote when it differs from the one last stated (at the
        opening, or at an earlier vote); None when it did not change or is not known."""
        opening = self.meeting.opening_quorum
        last = wording.quorum_figures(opening) if opening is not None else None
        for d in self.meeting.deliberations:  # in the order they were taken
            figures = wording.vote_figures(self.meeting, d)
            if d.id == deliberation.id:
                return None if figures is None or figures.same_count(last) else figures
            if figures is not None:
                last = figures
        return None

    def at_vote(self, deliberation: DeliberationDTO) -> tuple[wording.QuorumFigures, int, int, str]:
        """(quorum figures, present heads, represented heads, moment) for an extract: its
        vote's recorded voters; else the opening; else the meeting as a whole."""
        m = self.meeting
        figures = wording.vote_figures(m, deliberation)
        if figures is not None and deliberation.present_voters is not None:
            represented = deliberation.represented_voters or 0
            return figures, deliberation.present_voters, represented, "au moment du vote"
        if m.opening_quorum is not None:
            q = m.opening_quorum
            moment = "à l'ouverture de la séance"
            return wording.quorum_figures(q), q.present_heads, q.represented_heads, moment
        q = m.quorum
        return wording.quorum_figures(q), q.present_heads, q.represented_heads, ""

    # Attendance ------------------------------------------------------------------------
    def voting(self) -> list[AttendanceDTO]:
        """Attendees who sit with a deliberative voice (titulaires and suppléants)."""
        return [a for a in self.meeting.attendance if a.role is not None and a.role.votes]

    def others(self) -> list[AttendanceDTO]:
        """Consultative members (commissaire du Gouvernement), guests, staff."""
        return [a for a in self.meeting.attendance if a.role is None or not a.role.votes]

    def with_status(self, *statuses: AttendanceStatus) -> list[AttendanceDTO]:
        return [a for a in self.voting() if a.status in statuses]

    def presence(self, attendee: AttendanceDTO) -> str:
        """ "présente, arrivée à 10 h 15", "représenté, pouvoir à M. Laurent Buchaillat"."""
        return wording.presence(attendee, self.people)

    # Agenda ----------------------------------------------------------------------------
    def item_number(self, item_id: int | None) -> int | None:
        for number, item in enumerate(self.meeting.items, 1):
            if item.id == item_id:
                return number
        return None

    def deliberations_of(self, item: AgendaItemDTO | None) -> list[DeliberationDTO]:
        item_id = item.id if item else None
        if item is None:
            known = {i.id for i in self.meeting.items}
            return [d for d in self.meeting.deliberations if d.item_id not in known]
        return [d for d in self.meeting.deliberations if d.item_id == item_id]

    def attachments_of(self, item: AgendaItemDTO) -> list[tuple[int, AttachmentDTO]]:
        return [(n, a) for n, a in enumerate(self.meeting.attachments, 1) if a.item_id == item.id]


# Blocks ----------------------------------------------------------------------------------
def masthead(w: Writer, ctx: Context, title: str, subtitle: str | None = None) -> None:
    m = ctx.meeting
    w.paragraph(m.organisation.name, styles.ORGANISATION)
    w.paragraph(m.body.name, styles.BODY_LINE)
    w.paragraph(title, styles.TITLE)
    if subtitle is None:
        subtitle = wording.meeting_title(m)
    w.paragraph(subtitle, styles.SUBTITLE)


def minutes_status(w: Writer, ctx: Context) -> None:
    """Says whether these minutes are a draft or were approved, under the title."""
    text = wording.minutes_note(ctx.meeting)
    if text:
        w.paragraph(text, styles.NOTE, center=True).paragraph_format.space_after = Pt(12)


def facts(w: Writer, ctx: Context, *, secretary: bool = True) -> None:
    """Date, hours, place, chair and secretary as aligned label-value lines."""
    m = ctx.meeting
    w.field("Date", wording.date_long(m.date))
    w.field("Horaires", wording.hours(m))
    # Never the connection link (nor its code) in the minutes.
    w.field("Lieu", wording.place(m))
    w.field("Présidence", ctx.chair())
    if secretary:
        w.field("Secrétaire de séance", ctx.secretary())
    w.paragraph(style=styles.CELL)


def opening(w: Writer, ctx: Context) -> None:
    """ "Les membres de l'Assemblée générale se sont réunis le …, sous la présidence de …"."""
    m = ctx.meeting
    where = wording.assembly_phrase(m)
    text = (
        f"Les membres de {wording.with_article(m.body)}{wording.convened_phrase(m)} "
        f"se sont réunis le {wording.date_long(m.date)}{' ' + where if where else ''}"
    )
    if m.chair_name:
        text += f", sous la présidence de {ctx.name(m.chair_id, m.chair_name)}"
    text += "."
    if m.actual_start:
        text += f" La séance est ouverte à {wording.time(m.actual_start)}."
    w.paragraph(text)


def agenda(w: Writer, ctx: Context, *, details: bool = False) -> None:
    w.heading("Ordre du jour")
    if not ctx.meeting.items:
        w.paragraph("Aucun point n'est inscrit à l'ordre du jour.")
        return
    for number, item in enumerate(ctx.meeting.items, 1):
        detail = wording.item_details(item, ctx.people) if details else ""
        paragraph = w.numbered(number, item.title, detail)
        # A short agenda stays on one page.
        if number < len(ctx.meeting.items) <= 15:
            paragraph.paragraph_format.keep_with_next = True


def votes_table(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    """Heads, and the statutory rights when the body weighs votes by them."""
    rows: list[list[str | CellText]] = [
        [CellText(wording.HEADS_ROW, bold=True), *wording.vote_heads(deliberation)]
    ]
    if wording.weighted(ctx.meeting.body):
        rows.append([CellText(wording.RIGHTS_ROW, bold=True), *wording.vote_rights(deliberation)])
    w.table(
        ["Vote", *wording.VOTE_COLUMNS],
        rows,
        [3.2, 2, 2, 2, 3.4],
        centered=(1, 2, 3, 4),
    )


def deliberation_block(
    w: Writer, ctx: Context, deliberation: DeliberationDTO, *, votes: bool, text: bool = True
) -> None:
    keep_next(w.heading(wording.deliberation_heading(deliberation), 3))
    if text and deliberation.text.strip():
        w.paragraph(deliberation.text, styles.DELIBERATION)
    if votes:
        vote_quorum(w, ctx, deliberation)
        w.paragraph(f"Votants : {wording.voters(deliberation)}.", styles.NOTE, keep_next=True)
        votes_table(w, ctx, deliberation)
    w.paragraph(
        wording.result_sentence(deliberation, ctx.people, ctx.meeting.chair_id), styles.RESULT
    )


def attachment_line(number: int, attachment: AttachmentDTO, ctx: Context) -> str:
    """ "Annexe 1 : Rapport d'activités 2020 (point 3 de l'ordre du jour)": by its title,
    never by a file name or a size."""
    text = f"Annexe {number} : {attachment.shown_title}"
    item_number = ctx.item_number(attachment.item_id)
    if item_number is not None:
        text += f" (point {item_number} de l'ordre du jour)"
    return text


def attachments(w: Writer, ctx: Context) -> None:
    if not ctx.meeting.attachments:
        return
    keep_next(w.heading("Annexes"))
    for number, attachment in enumerate(ctx.meeting.attachments, 1):
        w.bullet(attachment_line(number, attachment, ctx))


def keep_next(paragraph: Paragraph) -> Paragraph:
    """Keep with the next paragraph, whatever the style says (a letterhead's own
    heading styles may not)."""
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def vote_quorum(w: Writer, ctx: Context, deliberation: DeliberationDTO) -> None:
    """ "Au moment du vote : 100 droits statutaires présents ou représentés sur 100 ; …",
    only where the quorum changed since it was last stated."""
    figures = ctx.quorum_at_vote(deliberation)
    if figures is not None:
        w.paragraph(wording.vote_quorum_line(figures), styles.NOTE, keep_next=True)


DRAFT_MARK = "PROJET"


def draft_mark(w: Writer, ctx: Context) -> None:
    """« PROJET » at the top of every page of minutes not held or not approved.

    A line added at the end of each header the document's sections use (the default
    one, the first page's and the even pages' when the layout has them), through
    python-docx's header API: a letterhead's own header content is kept above it; a
    header the template did not define is created (then holds only the mark)."""
    if not wording.minutes_are_draft(ctx.meeting):
        return
    document = w.document
    reason = wording.draft_reason(ctx.meeting)
    for section in document.sections:
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
        for header in headers:
            if header.is_linked_to_previous:
                header.is_linked_to_previous = False  # a header of its own, empty
                for empty in header.paragraphs:
                    if not empty.text.strip():
                        empty._p.getparent().remove(empty._p)
            paragraph = header.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(6)
            mark = paragraph.add_run(DRAFT_MARK)
            mark.bold = True
            mark.font.size = Pt(16)
            mark.font.color.rgb = RGBColor(0xC0, 0x1C, 0x28)
            note = paragraph.add_run(f" — {reason}")
            note.font.size = Pt(9)
            note.font.color.rgb = RGBColor(0xC0, 0x1C, 0x28)
