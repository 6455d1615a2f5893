"""The board's forms: a member, a person, a mandate, and the end of a mandate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from irev_desktop.domain.enums import Civility, Representation, Role
from irev_desktop.model.dto import MandateDTO, MemberDTO, PersonDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.pages.board.fields import date_edit, date_of, ok_cancel, representation_text
from irev_desktop.ui.vocabulary import term


class MemberDialog(QDialog):
    """A member organisation: its name, college and statutory rights."""

    def __init__(
        self, parent: QWidget | None, colleges: list[str], member: MemberDTO | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Modifier le membre") if member else self.tr("Nouveau membre"))
        self.setMinimumWidth(440)
        form = QFormLayout(self)
        self.name_edit = QLineEdit(member.name if member else "")
        self.name_edit.setPlaceholderText(self.tr("Région, Département, État…"))
        self.college_combo = QComboBox()
        self.college_combo.setEditable(True)
        self.college_combo.addItems(colleges)
        self.college_combo.setCurrentText(member.college if member else "")
        self.rights_spin = QSpinBox()
        self.rights_spin.setRange(0, 1_000_000)
        self.rights_spin.setValue(member.statutory_rights if member else 0)
        form.addRow(self.tr("&Nom"), self.name_edit)
        form.addRow(self.tr("&Collège"), self.college_combo)
        form.addRow(self.tr("&Droits statutaires"), self.rights_spin)
        ok_cancel(self, form)

    def values(self) -> tuple[str, str, int]:
        """(name, college, statutory rights)."""
        return self.name_edit.text(), self.college_combo.currentText(), self.rights_spin.value()


class PersonDialog(QDialog):
    """A person: civility, names, function (as written in the minutes), e-mail."""

    def __init__(self, parent: QWidget | None, person: PersonDTO | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Modifier la personne") if person else self.tr("Nouvelle personne")
        )
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.civility_combo = QComboBox()
        self.civility_combo.addItem("—", None)
        for civility in Civility:
            self.civility_combo.addItem(term(civility), civility.value)
        if person is not None and person.civility is not None:
            self.civility_combo.setCurrentIndex(self.civility_combo.findData(person.civility.value))
        self.first_name_edit = QLineEdit(person.first_name if person else "")
        self.last_name_edit = QLineEdit(person.last_name if person else "")
        self.function_edit = QLineEdit(person.function_title if person else "")
        self.function_edit.setPlaceholderText(self.tr("conseillère régionale, sous-préfet…"))
        self.email_edit = QLineEdit(person.email if person else "")
        form.addRow(self.tr("&Civilité"), self.civility_combo)
        form.addRow(self.tr("&Prénom"), self.first_name_edit)
        form.addRow(self.tr("N&om"), self.last_name_edit)
        form.addRow(self.tr("&Fonction"), self.function_edit)
        form.addRow(self.tr("&Courriel"), self.email_edit)
        ok_cancel(self, form)

    def civility(self) -> Civility | None:
        value = self.civility_combo.currentData()
        return Civility(value) if value else None


@dataclass(frozen=True)
class MandateValues:
    person_id: int | None  # None: a new person, described by the three fields below
    first_name: str
    last_name: str
    function_title: str
    role: Role
    member_id: int | None
    representation: Representation
    start_date: dt.date
    end_date: dt.date | None


class MandateDialog(QDialog):
    """A mandate: who (an existing person or a new one), which role, for which member,
    titulaire or suppléant, from when and, optionally, until when."""

    def __init__(
        self,
        parent: QWidget | None,
        people: list[PersonDTO],
        members: list[MemberDTO],
        day: dt.date,
        mandate: MandateDTO | None = None,
    ) -> None:
        super().__init__(parent)
        self.mandate = mandate
        self.setWindowTitle(self.tr("Modifier le mandat") if mandate else self.tr("Nouveau mandat"))
        self.setMinimumWidth(500)
        form = QFormLayout(self)

        self.existing_radio = QRadioButton(self.tr("Personne &existante"))
        self.new_radio = QRadioButton(self.tr("&Nouvelle personne"))
        self.person_combo = QComboBox()
        for person in people:
            label = person.full_name
            if person.function_title:
                label += f" — {person.function_title}"
            self.person_combo.addItem(label, person.id)
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.function_edit = QLineEdit()
        self.function_edit.setPlaceholderText(self.tr("conseillère régionale, sous-préfet…"))
        if mandate is None:
            group = QButtonGroup(self)
            group.addButton(self.existing_radio)
            group.addButton(self.new_radio)
            form.addRow(self.existing_radio, self.person_combo)
            form.addRow(self.new_radio)
            form.addRow(self.tr("&Prénom"), self.first_name_edit)
            form.addRow(self.tr("N&om"), self.last_name_edit)
            form.addRow(self.tr("&Fonction"), self.function_edit)
            (self.existing_radio if people else self.new_radio).setChecked(True)
            self.existing_radio.setEnabled(bool(people))
            self.existing_radio.toggled.connect(self._person_mode)
            self._person_mode()
        else:
            who = QLabel(mandate.person_name)
            who.setTextFormat(Qt.TextFormat.PlainText)
            font = who.font()
            font.setBold(True)
            who.setFont(font)
            form.addRow(self.tr("Personne"), who)

        self.role_combo = QComboBox()
        for role in Role:
            self.role_combo.addItem(term(role), role.value)
        self.member_combo = QComboBox()
        self.member_combo.addItem(self.tr("— aucun —"), None)
        for member in members:
            self.member_combo.addItem(member.name, member.id)
        self.representation_combo = QComboBox()
        for representation in Representation:
            self.representation_combo.addItem(
                representation_text(representation), representation.value
            )
        self.start_edit = date_edit(mandate.start_date if mandate else day)
        self.end_check = QCheckBox(self.tr("Mandat terminé le"))
        end = mandate.end_date if mandate and mandate.end_date else day
        self.end_edit = date_edit(end)
        self.end_check.setChecked(bool(mandate and mandate.end_date))
        self.end_edit.setEnabled(self.end_check.isChecked())
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        if mandate is not None:
            self.role_combo.setCurrentIndex(self.role_combo.findData(mandate.role.value))
            self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(mandate.member_id)))
            self.representation_combo.setCurrentIndex(
                self.representation_combo.findData(mandate.representation.value)
            )
        else:
            self.role_combo.setCurrentIndex(self.role_combo.findData(Role.MEMBER.value))
        form.addRow(self.tr("&Rôle"), self.role_combo)
        form.addRow(self.tr("&Membre représenté"), self.member_combo)
        form.addRow(self.tr("&Qualité"), self.representation_combo)
        form.addRow(self.tr("&Début du mandat"), self.start_edit)
        form.addRow(self.end_check, self.end_edit)
        ok_cancel(self, form)

    def _person_mode(self) -> None:
        existing = self.existing_radio.isChecked()
        self.person_combo.setEnabled(existing)
        for edit in (self.first_name_edit, self.last_name_edit, self.function_edit):
            edit.setEnabled(not existing)

    def values(self) -> MandateValues:
        if self.mandate is not None:
            person_id: int | None = self.mandate.person_id
        elif self.existing_radio.isChecked():
            person_id = self.person_combo.currentData()
        else:
            person_id = None
        return MandateValues(
            person_id=person_id,
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            function_title=self.function_edit.text(),
            role=Role(self.role_combo.currentData()),
            member_id=self.member_combo.currentData(),
            representation=Representation(self.representation_combo.currentData()),
            start_date=date_of(self.start_edit),
            end_date=date_of(self.end_edit) if self.end_check.isChecked() else None,
        )


class EndMandateDialog(QDialog):
    """Asks the last day of a mandate."""

    def __init__(self, parent: QWidget | None, mandate: MandateDTO, day: dt.date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terminer le mandat"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        what = QLabel(
            self.tr("{name}, {role} depuis le {start}").format(
                name=mandate.person_name,
                role=term(mandate.role),
                start=i18n.long_date(mandate.start_date),
            )
        )
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        form.addRow(what)
        self.end_edit = date_edit(max(day, mandate.start_date))
        form.addRow(self.tr("&Dernier jour du mandat"), self.end_edit)
        ok_cancel(self, form)

    def end_date(self) -> dt.date:
        return date_of(self.end_edit)
