"""From a meeting's plain data to a Word document of the chosen kind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from pathlib import Path

from docx.document import Document as DocumentObject

from irev_desktop.domain.enums import MeetingMode, MeetingStatus
from irev_desktop.exporters import minutes, sheets
from irev_desktop.exporters.common import Context, Section
from irev_desktop.exporters.document import Properties, open_base, set_properties, write_footer
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.model import ExportRequest, pick_deliberation
from irev_desktop.exporters.seal_mark import apply_seal
from irev_desktop.exporters.writer import Writer
from irev_desktop.model import wording
from irev_desktop.model.wording import People

Progress = Callable[[int, int], None]

_MINUTES = (DocumentKind.PV, DocumentKind.COMPTE_RENDU, DocumentKind.RELEVE)


def render(
    kind: DocumentKind,
    request: ExportRequest,
    *,
    template: Path | None = None,
    progress: Progress | None = None,
    per_member: bool = False,
    recipients: Collection[int] | None = None,
) -> DocumentObject:
    """Build the document in memory; the caller saves it. ``progress(done, total)`` is
    called after each section (one per agenda item in the minutes). ``per_member``: the
    convocation as one letter per member in office; ``recipients``: only the letters of
    these people."""
    meeting = request.meeting
    ctx = Context(meeting, People(request.civilities))
    deliberation = None
    if kind is DocumentKind.EXTRAIT:
        deliberation = pick_deliberation(meeting, request.deliberation)
        sections: list[Section] = sheets.extrait(ctx, deliberation)
    elif kind is DocumentKind.CONVOCATION:
        sections = sheets.convocation(ctx, per_member=per_member, recipients=recipients)
    else:
        sections = _BUILDERS[kind](ctx)
    base = open_base(template)
    writer = Writer(base.document, base.style_ids)
    total = len(sections) + 1
    for done, section in enumerate(sections, 1):
        section(writer)
        if progress is not None:
            progress(done, total)
    apply_seal(writer, kind, request)
    what = kind.heading if deliberation is None else f"Extrait n° {deliberation.number}"
    if kind is DocumentKind.EMARGEMENT and meeting.mode is MeetingMode.VIDEO:
        what = "Liste des participants"  # no sheet to sign by videoconference
    day = wording.date_without_weekday(meeting.date)
    write_footer(
        base, f"{meeting.organisation.short_name} — {what} — {meeting.body.short_name} du {day}"
    )
    status = ""
    if kind in _MINUTES:
        status = meeting.status.label
        if meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT):
            status = "projet"
    set_properties(
        base.document,
        Properties(
            title=f"{what} — {wording.meeting_title(meeting)}",
            subject=f"{meeting.organisation.name} — {meeting.body.name}",
            author=meeting.organisation.name,
            category=kind.heading,
            status=status,
            when=request.now or dt.datetime.now(dt.UTC).replace(microsecond=0),
        ),
    )
    if progress is not None:
        progress(total, total)
    return base.document


_BUILDERS: dict[DocumentKind, Callable[[Context], list[Section]]] = {
    DocumentKind.PV: minutes.pv,
    DocumentKind.COMPTE_RENDU: minutes.compte_rendu,
    DocumentKind.RELEVE: minutes.releve,
    DocumentKind.EMARGEMENT: sheets.emargement,
    DocumentKind.CONVOCATION: sheets.convocation,
}
