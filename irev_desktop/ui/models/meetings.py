"""The list of meetings: ids and a few short fields per row, never notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from irev_desktop.model.rows import MeetingSummary
from irev_desktop.ui import i18n
from irev_desktop.ui.models.table import Column, RowTableModel
from irev_desktop.ui.vocabulary import term

translate = QCoreApplication.translate


class MeetingListModel(RowTableModel[MeetingSummary]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                Column(
                    translate("MeetingListModel", "Date"),
                    lambda m: i18n.short_date(m.date),
                    lambda m: m.date.isoformat(),
                ),
                Column(translate("MeetingListModel", "Instance"), lambda m: m.body_short_name),
                Column(translate("MeetingListModel", "Intitulé"), lambda m: m.title),
                Column(translate("MeetingListModel", "Statut"), lambda m: status_label(m)),
            ],
            row_id=lambda m: m.id,
            parent=parent,
        )


def status_label(meeting: MeetingSummary) -> str:
    return term(meeting.status)
