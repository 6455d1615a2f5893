"""Small forms of the meeting page: an agenda item, a vote, an action item."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from irev_desktop.domain.enums import ItemKind, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.history_text import format_time, parse_time
from irev_desktop.domain.votes import ChairVote, VoteCount
from irev_desktop.model.dto import AgendaItemDTO, MeetingDetail, PersonDTO
from irev_desktop.model.inputs import Ballot, ItemFields
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.style import form_error_label
from irev_desktop.ui.vocabulary import term


def buttons(dialog: QDialog, form: QFormLayout) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    form.addRow(box)


def time_field(moment: dt.time | None) -> str:
    return format_time(moment) if moment is not None else ""


def people_combo(people: list[PersonDTO], selected: int | None) -> QComboBox:
    combo = QComboBox()
    combo.addItem("—", None)
    for person in people:
        combo.addItem(person.full_name, person.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class ItemDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, people: list[PersonDTO], item: AgendaItemDTO | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Point de l'ordre du jour"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.title_edit = QLineEdit(item.title if item else "")
        self.kind_combo = QComboBox()
        for kind in ItemKind:
            self.kind_combo.addItem(term(kind), kind.value)
        if item:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(item.kind.value))
        self.rapporteur_combo = people_combo(people, item.rapporteur_id if item else None)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSuffix(" min")
        self.minutes_spin.setValue(item.planned_minutes or 0 if item else 15)
        form.addRow(self.tr("&Intitulé"), self.title_edit)
        form.addRow(self.tr("&Nature"), self.kind_combo)
        form.addRow(self.tr("&Rapporteur"), self.rapporteur_combo)
        form.addRow(self.tr("&Durée prévue"), self.minutes_spin)
        # The times an item was taken up and closed: corrected afterwards, on an existing
        # item only (a new item has not been discussed yet).
        self.editing = item is not None
        self.start_edit = QLineEdit(time_field(item.started_at) if item else "")
        self.end_edit = QLineEdit(time_field(item.ended_at) if item else "")
        self.error_label = form_error_label("itemError")
        if self.editing:
            for edit in (self.start_edit, self.end_edit):
                edit.setPlaceholderText(self.tr("10:15"))
                edit.setToolTip(self.tr("10:15, 10h15 ou vide"))
            form.addRow(self.tr("Dé&but"), self.start_edit)
            form.addRow(self.tr("&Fin"), self.end_edit)
            form.addRow(self.error_label)
        self._initial_times = (item.started_at, item.ended_at) if item else (None, None)
        buttons(self, form)

    def times(self) -> tuple[dt.time | None, dt.time | None]:
        """(start, end) as typed; raises ValidationError on a time that is not one."""
        try:
            start = parse_time(self.start_edit.text())
        except ValidationError as error:
            raise ValidationError(
                self.tr("Début : {error}").format(error=error_text(error))
            ) from error
        try:
            end = parse_time(self.end_edit.text())
        except ValidationError as error:
            raise ValidationError(
                self.tr("Fin : {error}").format(error=error_text(error))
            ) from error
        if start is not None and end is not None and end < start:
            raise ValidationError(self.tr("La fin du point précède son début."))
        return start, end

    def times_changed(self) -> bool:
        return self.editing and self.times() != self._initial_times

    def accept(self) -> None:
        if self.editing:
            try:
                self.times()
            except ValidationError as error:
                self.error_label.setText(error.message)
                self.error_label.show()
                return
        super().accept()

    def fields(self) -> ItemFields:
        return ItemFields(
            title=self.title_edit.text(),
            kind=ItemKind(self.kind_combo.currentData()),
            rapporteur_id=self.rapporteur_combo.currentData(),
            planned_minutes=self.minutes_spin.value() or None,
        )


class VoteDialog(QDialog):
    """Record a deliberation: text, counts (and rights where the body weighs them)."""

    def __init__(self, parent: QWidget | None, meeting: MeetingDetail, number: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Délibération n° {number}").format(number=number))
        self.setMinimumWidth(520)
        self.weighted = meeting.body.weighting is Weighting.RIGHTS
        form = QFormLayout(self)
        self.item_combo = QComboBox()
        self.item_combo.addItem("—", None)
        for item in meeting.items:
            self.item_combo.addItem(f"{item.position}. {item.title}", item.id)
        self.title_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("L'Assemblée, après en avoir délibéré, …"))
        self.unanimous = QCheckBox(self.tr("À l'&unanimité des présents et représentés"))
        self.unanimous.setChecked(True)
        voters = meeting.quorum.present_heads + meeting.quorum.represented_heads
        self.heads = [QSpinBox() for _ in range(4)]
        for spin in self.heads:
            spin.setRange(0, max(voters, 0))
        self.rights = [QDoubleSpinBox() for _ in range(4)]
        for rights in self.rights:
            rights.setRange(0, max(meeting.quorum.present + meeting.quorum.represented, 0))
            rights.setDecimals(2)
        self.chair_combo = QComboBox()
        for value, label in (
            (ChairVote.NONE, "—"),
            (ChairVote.FOR, self.tr("pour")),
            (ChairVote.AGAINST, self.tr("contre")),
            (ChairVote.ABSTAINED, self.tr("abstention")),
        ):
            self.chair_combo.addItem(label, value.value)
        form.addRow(self.tr("&Point"), self.item_combo)
        form.addRow(self.tr("In&titulé"), self.title_edit)
        form.addRow(self.tr("Te&xte"), self.text_edit)
        form.addRow("", self.unanimous)
        labels = [self.tr("Pour"), self.tr("Contre"), self.tr("Abstention"), self.tr("NPPV")]
        row = QHBoxLayout()
        for label, spin in zip(labels, self.heads, strict=True):
            row.addWidget(QLabel(label))
            row.addWidget(spin)
        form.addRow(self.tr("Voix"), row)
        if self.weighted:
            weighted_row = QHBoxLayout()
            for label, rights in zip(labels, self.rights, strict=True):
                weighted_row.addWidget(QLabel(label))
                weighted_row.addWidget(rights)
            form.addRow(self.tr("Droits"), weighted_row)
        form.addRow(self.tr("Vote du président"), self.chair_combo)
        self.unanimous.toggled.connect(self._toggle)
        self._toggle(True)
        buttons(self, form)

    def _toggle(self, unanimous: bool) -> None:
        for spin in self.heads:
            spin.setEnabled(not unanimous)
        for weighted in self.rights:
            weighted.setEnabled(not unanimous)

    def item_id(self) -> int | None:
        value = self.item_combo.currentData()
        return int(value) if value is not None else None

    def ballot(self) -> Ballot:
        heads = [spin.value() for spin in self.heads]
        weighted = (
            VoteCount(*[Fraction(str(round(s.value(), 4))) for s in self.rights])
            if self.weighted
            else None
        )
        return Ballot(
            for_=heads[0],
            against=heads[1],
            abstention=heads[2],
            not_taking_part=heads[3],
            weighted=weighted,
            chair_vote=ChairVote(self.chair_combo.currentData()),
        )


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None, people: list[PersonDTO]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Action à mener"))
        form = QFormLayout(self)
        self.who = people_combo(people, None)
        self.what = QLineEdit()
        self.has_due = QCheckBox(self.tr("Échéance"))
        self.due = QDateEdit(QDate.currentDate().addDays(30))
        self.due.setCalendarPopup(True)
        form.addRow(self.tr("&Qui"), self.who)
        form.addRow(self.tr("&Quoi"), self.what)
        form.addRow(self.has_due, self.due)
        buttons(self, form)

    def due_date(self) -> dt.date | None:
        if not self.has_due.isChecked():
            return None
        value = self.due.date().toPython()
        assert isinstance(value, dt.date)
        return value
