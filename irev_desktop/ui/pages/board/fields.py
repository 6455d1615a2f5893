"""Small pieces shared by the board's dialogs, tables and page: dates, OK/Cancel, words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout

from irev_desktop.domain.enums import Representation
from irev_desktop.ui import i18n
from irev_desktop.ui.vocabulary import term

# Called with a literal context: pyside6-lupdate files a bare tr("…") call of a
# module-level helper under the empty context, where the translator never looks.
translate = QCoreApplication.translate


def representation_text(representation: Representation) -> str:
    return term(representation) or "—"


def date_edit(day: dt.date) -> QDateEdit:
    """A date field in the interface language: "8 mars 2021", with a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setLocale(i18n.locale())
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setDate(i18n.qdate(day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    day = edit.date().toPython()
    assert isinstance(day, dt.date)
    return day


def ok_cancel(dialog: QDialog, form: QFormLayout) -> QDialogButtonBox:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    form.addRow(box)
    return box
