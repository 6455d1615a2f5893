"""The annual register of deliberations of a body: every deliberation of the year in
number order, grouped by meeting, with a table of contents, initials in the footer and a
closing statement signed by the chair."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips
from docx.text.paragraph import Paragraph

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.exporters import styles
from irev_desktop.exporters.common import Context, keep_next, votes_table
from irev_desktop.exporters.document import Properties, open_base, set_properties, write_footer
from irev_desktop.exporters.model import ExportRequest
from irev_desktop.exporters.ooxml import append_runs_xml, field_runs_xml
from irev_desktop.exporters.text import put_text
from irev_desktop.exporters.writer import Writer
from irev_desktop.model import wording
from irev_desktop.model.dto import BodyDTO, DeliberationDTO
from irev_desktop.model.wording import People, deliberation_heading

Progress = Callable[[int, int], None]

TITLE = "Registre des délibérations"
INITIALS = "Paraphe : ………………"
# Minutes whose deliberations the register holds; the first two are not yet adopted.
NOT_ADOPTED = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT)
INCLUDED = (*NOT_ADOPTED, MeetingStatus.MINUTES_ADOPTED, MeetingStatus.MINUTES_SIGNED)


@dataclass(frozen=True)
class RegisterRequest:
    """The body, the year and its meetings (each read whole beforehand)."""

    body: BodyDTO
    year: int
    meetings: Sequence[ExportRequest]
    # The day the register is closed and when it is written; None means today / now.
    closed_on: dt.date | None = None
    now: dt.datetime | None = None


@dataclass(frozen=True)
class Entry:
    ctx: Context
    deliberation: DeliberationDTO
    bookmark: str


def entries(request: RegisterRequest) -> list[Entry]:
    """The deliberations of the register, in number order (meeting date to break ties)."""
    found: list[tuple[DeliberationDTO, Context]] = []
    for meeting in request.meetings:
        if meeting.meeting.status not in INCLUDED:
            continue
        ctx = Context(meeting.meeting, People(meeting.civilities))
        found.extend((d, ctx) for d in meeting.meeting.deliberations)
    found.sort(key=lambda pair: (_sortable(pair[0].number), pair[1].meeting.date))
    return [Entry(ctx, d, f"_Deliberation_{d.id}") for d, ctx in found]


def _sortable(number: str) -> tuple[tuple[int, ...], str]:
    """ "2021-03" < "2021-10": the numbers in a number, compared as numbers."""
    parts = tuple(int(p) for p in re.findall(r"\d+", number))
    return parts, number


def groups(items: Sequence[Entry]) -> list[list[Entry]]:
    """Consecutive deliberations of the same meeting."""
    result: list[list[Entry]] = []
    for entry in items:
        if result and result[-1][0].ctx.meeting.id == entry.ctx.meeting.id:
            result[-1].append(entry)
        else:
            result.append([entry])
    return result


def register_file_name(body_short_name: str, year: int) -> str:
    """ "AG 2021 - registre des délibérations.docx"."""
    safe = re.sub(r'[<>:"/\\|?*\s]+', " ", body_short_name).strip(" .") or "instance"
    return f"{safe[:60]} {year} - registre des délibérations.docx"


def closing_sentence(items: Sequence[Entry]) -> str:
    count = len(items)
    word = "délibération" if count == 1 else "délibérations"
    first, last = items[0].deliberation.number, items[-1].deliberation.number
    numbered = f"numérotée {first}" if count == 1 else f"numérotées de {first} à {last}"
    return f"Le présent registre contient {count} {word}, {numbered}."


def render_register(
    request: RegisterRequest, *, template: Path | None = None, progress: Progress | None = None
) -> DocumentObject:
    """Build the register in memory; the caller saves it. ``progress(done, total)``
    after each meeting. Raises ValueError when there is no deliberation to register
    (the service says so in French before calling)."""
    items = entries(request)
    if not items:
        raise ValueError("no deliberation to register")
    blocks = groups(items)
    base = open_base(template)
    w = Writer(base.document, base.style_ids)
    total = len(blocks) + 2
    last = items[-1].ctx
    _front(w, request, last, blocks)
    if progress is not None:
        progress(1, total)
    for done, block in enumerate(blocks, 2):
        _meeting(w, block)
        if progress is not None:
            progress(done, total)
    _closing(w, request, items, last)
    body = request.body
    org = last.meeting.organisation
    write_footer(
        base, f"{org.short_name} — {TITLE} — {body.short_name} {request.year} — {INITIALS}"
    )
    set_properties(
        base.document,
        Properties(
            title=f"{TITLE} — {body.name} — {request.year}",
            subject=f"{org.name} — {body.name}",
            author=org.name,
            category=TITLE,
            status="",
            when=request.now or dt.datetime.now(dt.UTC).replace(microsecond=0),
        ),
    )
    if progress is not None:
        progress(total, total)
    return base.document


# Front page and table of contents -------------------------------------------------------
def _front(w: Writer, request: RegisterRequest, ctx: Context, blocks: list[list[Entry]]) -> None:
    w.paragraph(ctx.meeting.organisation.name, styles.ORGANISATION)
    w.paragraph(request.body.name, styles.BODY_LINE)
    w.paragraph(TITLE, styles.TITLE)
    w.paragraph(f"Année {request.year}", styles.SUBTITLE)
    drafts = [b for b in blocks if b[0].ctx.meeting.status in NOT_ADOPTED]
    if drafts:
        dates = ", ".join(wording.date_without_weekday(b[0].ctx.meeting.date) for b in drafts)
        w.paragraph(
            "Les délibérations des séances dont le procès-verbal n'est pas encore approuvé "
            f"({dates}) y figurent d'après le projet de procès-verbal ; elles sont signalées "
            "par la mention « procès-verbal non encore approuvé ».",
            styles.NOTE,
            center=True,
        ).paragraph_format.space_after = Pt(12)
    keep_next(w.heading("Sommaire"))
    right = Twips(w.text_width)
    for block in blocks:
        m = block[0].ctx.meeting
        line = f"Séance du {wording.date_long(m.date)}"
        if m.status in NOT_ADOPTED:
            line += " (procès-verbal non encore approuvé)"
        keep_next(w.paragraph(line, bold=True))
        for entry in block:
            p = w.paragraph(style=styles.LIST)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT  # a justified line spreads its words
            p.paragraph_format.tab_stops.add_tab_stop(
                right, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
            put_text(p, f"{deliberation_heading(entry.deliberation)}\t")
            # The page of the deliberation's heading: computed by Word and LibreOffice.
            append_runs_xml(p, field_runs_xml(f"PAGEREF {entry.bookmark} \\h", "…"))
    _page_break(w)  # the register itself starts on a page of its own


def _page_break(w: Writer) -> None:
    p = w.paragraph(style=styles.CELL)
    append_runs_xml(p, '<w:r><w:br w:type="page"/></w:r>')


# One meeting ----------------------------------------------------------------------------
def _meeting(w: Writer, block: list[Entry]) -> None:
    ctx = block[0].ctx
    m = ctx.meeting
    keep_next(w.heading(f"Séance du {wording.date_long(m.date)}"))
    w.field("Instance", m.body.name)
    w.field("Séance", m.title)
    w.field("Lieu", wording.place(m))
    w.field("Présidence", ctx.chair())
    w.field("Procès-verbal", wording.minutes_state(m))
    w.paragraph(style=styles.CELL)
    for entry in block:
        _deliberation(w, entry)


def _deliberation(w: Writer, entry: Entry) -> None:
    ctx, d = entry.ctx, entry.deliberation
    heading = keep_next(w.heading(deliberation_heading(d), 3))
    _bookmark(heading, entry)
    if ctx.meeting.status in NOT_ADOPTED:
        w.paragraph("Procès-verbal non encore approuvé.", styles.NOTE, keep_next=True)
    if d.text.strip():
        w.paragraph(d.text, styles.DELIBERATION)
    figures, present, represented, moment = ctx.at_vote(d)
    w.paragraph(
        wording.register_quorum_line(figures, moment, present, represented, wording.voters(d)),
        styles.NOTE,
        keep_next=True,
    )
    votes_table(w, ctx, d)
    w.paragraph(wording.result_sentence(d, ctx.people, ctx.meeting.chair_id), styles.RESULT)


def _bookmark(paragraph: Paragraph, entry: Entry) -> None:
    """A bookmark around the heading: the target of the contents' PAGEREF."""
    p = paragraph._p
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(entry.deliberation.id))
    start.set(qn("w:name"), entry.bookmark)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(entry.deliberation.id))
    ppr = p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)


# Closing --------------------------------------------------------------------------------
def _closing(w: Writer, request: RegisterRequest, items: list[Entry], ctx: Context) -> None:
    keep_next(w.heading("Clôture du registre"))
    w.paragraph(closing_sentence(items), keep_next=True)
    closed_on = request.closed_on or dt.date.today()
    made = wording.made_at(ctx.meeting, closed_on).replace("Fait", "Clos", 1)
    w.signatures(made, [ctx.chair_signature(of_meeting=False)])
