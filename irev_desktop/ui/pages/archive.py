"""Archive."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from irev_desktop.ui.context import UiContext


class ArchivePage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        QVBoxLayout(self).addWidget(QLabel(self.tr("Archive")))

    def refresh(self) -> None:
        pass
