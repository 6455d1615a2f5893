"""Instances et bureau."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from irev_desktop.ui.context import UiContext


class BoardPage(QWidget):
    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        QVBoxLayout(self).addWidget(QLabel(self.tr("Instances et bureau")))

    def refresh(self) -> None:
        pass
