"""The progress box of a long write (an export, a register): modal, without a cancel
button, shown only when the work lasts, and a step function to give to the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

Step = Callable[[int, int], None]


def work_progress(parent: QWidget | None, title: str, text: str) -> tuple[QProgressDialog, Step]:
    progress = QProgressDialog(text, "", 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QCoreApplication.processEvents()

    return progress, step
