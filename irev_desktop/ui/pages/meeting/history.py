"""The saved versions of an item's notes, to read or bring one back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.model.dto import NoteRevisionDTO
from irev_desktop.ui import i18n


class HistoryDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, revisions: list[NoteRevisionDTO], editable: bool
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Historique des notes"))
        self.resize(760, 460)
        self.chosen: int | None = None
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.list = QListWidget()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        for revision in revisions:
            local = revision.saved_at.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC
            label = self.tr("{date} à {time} — {n} caractères").format(
                date=i18n.short_date(local.date()),
                time=i18n.time_text(local.time()),
                n=len(revision.text),
            )
            item = QListWidgetItem(label)
            item.setData(256, revision.id)
            item.setData(257, revision.text)
            self.list.addItem(item)
        body.addWidget(self.list, 1)
        body.addWidget(self.preview, 2)
        layout.addLayout(body)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = box.addButton(
            self.tr("Rétablir cette version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(editable and bool(revisions))
        box.accepted.connect(self._restore)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.list.currentItemChanged.connect(self._show)
        if revisions:
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.preview.setPlainText(str(item.data(257)) if item else "")

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = int(item.data(256))
            self.accept()
