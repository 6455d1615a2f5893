"""Correct one person's attendance history as text: stretches of presence, proxies."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.history_text import (
    format_proxy_lines,
    format_stretches,
    parse_proxy_lines,
    parse_stretches,
)
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.dto import AttendanceDTO
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.style import form_error_label


def presence_lines(row: AttendanceDTO) -> str:
    """The stretches as text; someone present with no recorded move was there throughout."""
    if row.status is AttendanceStatus.PRESENT and not row.presence:
        return format_stretches([Interval()])
    return format_stretches(row.presence)


def proxy_lines(row: AttendanceDTO) -> str:
    return format_proxy_lines(
        [(p.holder_name, Interval(p.given_at, p.ended_at)) for p in row.proxies]
    )


class AttendanceHistoryDialog(QDialog):
    """Two plain texts, read on OK: a bad line is shown in red and the dialog stays open.

    ``holders``: who may hold a proxy (id -> name), the voters of the meeting.
    """

    def __init__(
        self, parent: QWidget | None, row: AttendanceDTO, holders: Mapping[int, str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("attendanceHistoryDialog")
        self.setWindowTitle(self.tr("Historique de {name}").format(name=row.person_name))
        self.setMinimumWidth(480)
        self.holders = dict(holders)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Une ligne par période : « 10:15 – 11:02 », « – 11:02 » depuis l'ouverture, "
                "« 10:15 – » jusqu'à la fin, « – » toute la séance."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.presence_edit = QPlainTextEdit(presence_lines(row))
        self.presence_edit.setObjectName("presenceLines")
        self.presence_edit.setTabChangesFocus(True)
        self.presence_edit.setFont(fixed)
        self.presence_edit.setPlaceholderText(self.tr("10:15 – 11:02\n11:20 –"))
        form.addRow(self.tr("&Présences"), self.presence_edit)
        self.proxies_edit = QPlainTextEdit(proxy_lines(row))
        self.proxies_edit.setObjectName("proxyLines")
        self.proxies_edit.setTabChangesFocus(True)
        self.proxies_edit.setFont(fixed)
        self.proxies_edit.setPlaceholderText(self.tr("Buchaillat, 11:02 – 11:20"))
        form.addRow(self.tr("P&ouvoirs"), self.proxies_edit)
        proxies_help = QLabel(
            self.tr(
                "Un pouvoir par ligne : le nom de la personne qui le détient, une virgule, "
                "la période ; le nom seul pour toute la séance."
            )
        )
        proxies_help.setWordWrap(True)
        form.addRow(proxies_help)
        self.error_label = form_error_label("historyError")
        form.addRow(self.error_label)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ok_button = box.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(box)
        self._initial = (self.presence_edit.toPlainText(), self.proxies_edit.toPlainText())

    def changed(self) -> bool:
        return (self.presence_edit.toPlainText(), self.proxies_edit.toPlainText()) != self._initial

    def presence(self) -> list[Interval]:
        try:
            return parse_stretches(self.presence_edit.toPlainText())
        except ValidationError as error:
            raise ValidationError(
                self.tr("Présences — {error}").format(error=error_text(error))
            ) from error

    def proxies(self) -> list[tuple[int, Interval]]:
        try:
            return parse_proxy_lines(self.proxies_edit.toPlainText(), self.holders)
        except ValidationError as error:
            raise ValidationError(
                self.tr("Pouvoirs — {error}").format(error=error_text(error))
            ) from error

    def accept(self) -> None:
        """Close only on texts that read well; otherwise say which line, keep everything."""
        for edit, read in (
            (self.presence_edit, self.presence),
            (self.proxies_edit, self.proxies),
        ):
            try:
                read()
            except ValidationError as error:
                self.show_error(error.message)
                edit.setFocus()
                return
        self.error_label.hide()
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
