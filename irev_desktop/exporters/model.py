"""What an exporter is given: plain data only, read by the services beforehand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from irev_desktop.domain.enums import Civility
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_date_long
from irev_desktop.model.dto import DeliberationDTO, MeetingDetail

if TYPE_CHECKING:
    from irev_desktop.model.seal import SealCheck


@dataclass(frozen=True)
class ExportRequest:
    meeting: MeetingDetail
    # Civilities of the people named in the meeting, so words agree ("présidente").
    civilities: Mapping[int, Civility | None] = field(default_factory=dict)
    # For the extract: the deliberation number; None means the first one.
    deliberation: str | None = None
    # When the document is written (document properties); None means now.
    now: dt.datetime | None = None
    # The seal of the minutes, as checked before the export (exporters.seal_mark).
    seal: SealCheck | None = None


def pick_deliberation(meeting: MeetingDetail, number: str | None) -> DeliberationDTO:
    """The deliberation an extract certifies; a clear French error when there is none."""
    if not meeting.deliberations:
        raise ValidationError(
            "La séance du {date} n'a aucune délibération : il n'y a pas d'extrait à établir.",
            date=format_date_long(meeting.date),
        )
    if number is None or not number.strip():
        return meeting.deliberations[0]
    wanted = number.strip().removeprefix("n°").strip()
    for deliberation in meeting.deliberations:
        if deliberation.number == wanted:
            return deliberation
    known = ", ".join(d.number for d in meeting.deliberations)
    raise ValidationError(
        "La délibération n° {number} n'appartient pas à la séance du "
        "{date} (délibérations de la séance : {known}).",
        number=wanted,
        date=format_date_long(meeting.date),
        known=known,
    )
