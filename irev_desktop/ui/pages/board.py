"""Instances et bureau: the member organisations, who is in office in each body at a
given date (the presidency first), and the history of the mandates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain import french
from irev_desktop.domain.enums import Civility, Representation, Role
from irev_desktop.domain.errors import IrevError
from irev_desktop.services.dto import BodyDTO, MandateDTO, MemberDTO, PersonDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.models.table import Column, RowTableModel
from irev_desktop.ui.vocabulary import term

LEADING_ROLES = (Role.PRESIDENT, Role.VICE_PRESIDENT)


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


def ok_cancel(dialog: QDialog, form: QFormLayout) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    form.addRow(box)


# Forms --------------------------------------------------------------------------------
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


# Table models -------------------------------------------------------------------------
class MemberModel(RowTableModel[MemberDTO]):
    """The member organisations, with their share of the statutory rights."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(translate("BoardPage", "Membre"), lambda m: m.name),
                Column(translate("BoardPage", "Collège"), lambda m: m.college),
                Column(
                    translate("BoardPage", "Droits"),
                    lambda m: str(m.statutory_rights),
                    lambda m: m.statutory_rights,
                    align_right=True,
                ),
                Column(
                    translate("BoardPage", "Part"),
                    self.share,
                    lambda m: m.statutory_rights,
                    align_right=True,
                ),
            ],
            row_id=lambda m: m.id,
            parent=parent,
        )
        self.total = 0

    def share(self, member: MemberDTO) -> str:
        if not self.total:
            return "—"
        value = i18n.number(100 * member.statutory_rights / self.total, 1)
        if i18n.current() == "fr":
            return f"{value}{french.NBSP}%"
        return f"{value.replace(',', '.')}%"  # at most 100: no thousands separator

    def set_members(self, members: list[MemberDTO], total: int) -> None:
        self.total = total
        self.set_rows(members)


class PeopleModel(RowTableModel[PersonDTO]):
    """Everyone who holds or held a mandate, or attends: name and function."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(
                    translate("BoardPage", "Nom"),
                    lambda p: p.full_name,
                    lambda p: (p.last_name, p.first_name),
                ),
                Column(translate("BoardPage", "Fonction"), lambda p: p.function_title),
            ],
            row_id=lambda p: p.id,
            parent=parent,
        )


def role_text(mandate: MandateDTO) -> str:
    """ "membre", or "membre (suppléant·e)" where the quality column is not shown."""
    if mandate.representation is Representation.SUPPLEANT:
        return f"{term(mandate.role)} ({term(mandate.representation)})"
    return term(mandate.role)


def mandate_columns(history: bool) -> list[Column[MandateDTO]]:
    since: Column[MandateDTO] = Column(
        translate("BoardPage", "Du") if history else translate("BoardPage", "Depuis le"),
        lambda m: i18n.short_date(m.start_date),
        lambda m: m.start_date.isoformat(),
    )
    member: Column[MandateDTO] = Column(
        translate("BoardPage", "Membre représenté"), lambda m: m.member_name
    )
    if not history:
        return [
            Column(translate("BoardPage", "Nom"), lambda m: m.person_name),
            Column(translate("BoardPage", "Rôle"), lambda m: term(m.role), lambda m: m.role.rank),
            member,
            Column(
                translate("BoardPage", "Qualité"), lambda m: representation_text(m.representation)
            ),
            since,
        ]
    return [
        Column(translate("BoardPage", "Nom"), lambda m: m.person_name),
        Column(translate("BoardPage", "Rôle"), role_text, lambda m: m.role.rank),
        since,
        Column(
            translate("BoardPage", "Au"),
            lambda m: (
                i18n.short_date(m.end_date) if m.end_date else translate("BoardPage", "en cours")
            ),
            lambda m: m.end_date.isoformat() if m.end_date else "9999",
        ),
        member,
    ]


class InOfficeModel(RowTableModel[MandateDTO]):
    """Members in office at a date; the president and vice-presidents in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            mandate_columns(history=False),
            row_id=lambda m: m.id,
            bold=lambda m: m.role in LEADING_ROLES,
            parent=parent,
        )


class HistoryModel(RowTableModel[MandateDTO]):
    """Every mandate of a body, newest first; presidencies in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            mandate_columns(history=True),
            row_id=lambda m: m.id,
            bold=lambda m: m.role is Role.PRESIDENT,
            parent=parent,
        )


def rules_text(body: BodyDTO) -> str:
    """The body's rules of deliberation, one per line."""
    quorum = translate(
        "BoardPage", "Quorum : {fraction} des {basis} en fonction, présents ou représentés"
    ).format(
        fraction=f"{body.quorum_numerator}/{body.quorum_denominator}",
        basis=term(body.quorum_basis),
    )
    lines = [
        quorum,
        translate("BoardPage", "Vote : {weighting} ; {majority}").format(
            weighting=term(body.weighting), majority=term(body.majority)
        ),
        translate("BoardPage", "Pouvoirs : {n} au plus par mandataire").format(
            n=body.max_proxies_per_holder
        ),
        translate(
            "BoardPage", "Convocation : {days} jours avant ({urgent} en cas d'urgence)"
        ).format(days=body.notice_days, urgent=body.urgent_notice_days),
    ]
    if body.chair_casting_vote:
        lines.append(
            translate("BoardPage", "Voix prépondérante de la présidence en cas de partage")
        )
    return "\n".join(lines)


# The page -----------------------------------------------------------------------------
class BoardPage(QWidget):
    """Signals: mandateSelected(object) — the selected mandate (MandateDTO) or None."""

    mandateSelected = Signal(object)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("boardPage")
        self.organisation_id: int | None = None
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        title = QLabel(self.tr("Instances et bureau"))
        title.setObjectName("pageTitle")
        self.organisation_label = QLabel()
        self.organisation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation_label.setStyleSheet("color: #495057;")
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(self.organisation_label, 1)
        layout.addLayout(heading)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("boardSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_members())
        self.splitter.addWidget(self._build_mandates())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([350, 630])
        for splitter in (self.splitter, self.mandates_splitter):
            state = context.settings.bytes_value(f"splitters/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)

        context.bus.boardChanged.connect(self.refresh)
        context.bus.storeReplaced.connect(self.refresh)
        self.refresh()

    # Building --------------------------------------------------------------------------
    @staticmethod
    def _table(model: RowTableModel[Any], stretch: int) -> QTableView:
        """A read-only table; the ``stretch`` column takes the room left and wraps."""
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(22)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    @staticmethod
    def _cap_columns(table: QTableView, caps: dict[int, int]) -> None:
        """Fit these columns to their contents, but no wider than their cap: longer
        texts wrap onto a second line rather than squeezing the stretching column."""
        header = table.horizontalHeader()
        for column, cap in caps.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.resizeColumnToContents(column)
            if table.columnWidth(column) > cap:
                table.setColumnWidth(column, cap)

    def _build_members(self) -> QWidget:
        box = QGroupBox(self.tr("Membres du groupement"))
        layout = QVBoxLayout(box)
        self.member_model = MemberModel(self)
        self.member_table = self._table(self.member_model, stretch=0)
        self.member_table.setObjectName("memberTable")
        layout.addWidget(self.member_table, 1)
        self.total_label = QLabel()
        layout.addWidget(self.total_label)
        buttons = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("Ajouter un membre…"))
        self.edit_member_button = QPushButton(self.tr("Modifier le membre…"))
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.edit_member_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_member_button.clicked.connect(self.add_member)
        self.edit_member_button.clicked.connect(self.edit_member)
        self.member_table.activated.connect(lambda _index: self.edit_member())
        self.member_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(box, 2)
        side_layout.addWidget(self._build_people(), 3)
        return side

    def _build_people(self) -> QWidget:
        box = QGroupBox(self.tr("Personnes"))
        layout = QVBoxLayout(box)
        self.people_model = PeopleModel(self)
        self.people_table = self._table(self.people_model, stretch=1)
        self.people_table.setObjectName("peopleTable")
        layout.addWidget(self.people_table, 1)
        buttons = QHBoxLayout()
        self.add_person_button = QPushButton(self.tr("Nouvelle personne…"))
        self.edit_person_button = QPushButton(self.tr("Modifier la personne…"))
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.edit_person_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_person_button.clicked.connect(self.add_person)
        self.edit_person_button.clicked.connect(self.edit_person)
        self.people_table.activated.connect(lambda _index: self.edit_person())
        self.people_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        return box

    def _build_mandates(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        choose = QHBoxLayout()
        self.body_combo = QComboBox()
        self.body_combo.setMinimumContentsLength(18)
        self.date_edit = date_edit(dt.date.today())
        self.today_button = QPushButton(self.tr("Aujourd'hui"))
        body_caption = QLabel(self.tr("&Instance"))
        body_caption.setBuddy(self.body_combo)
        date_caption = QLabel(self.tr("&Situation au"))
        date_caption.setBuddy(self.date_edit)
        choose.addWidget(body_caption)
        choose.addWidget(self.body_combo, 1)
        choose.addSpacing(12)
        choose.addWidget(date_caption)
        choose.addWidget(self.date_edit)
        choose.addWidget(self.today_button)
        layout.addLayout(choose)

        self.mandates_splitter = QSplitter(Qt.Orientation.Vertical)
        self.mandates_splitter.setObjectName("boardMandatesSplitter")
        self.mandates_splitter.setChildrenCollapsible(False)

        office = QGroupBox(self.tr("En fonction"))
        office_layout = QVBoxLayout(office)
        self.presidency_label = QLabel()
        self.presidency_label.setObjectName("presidencyLine")
        self.presidency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.presidency_label.setWordWrap(True)
        self.presidency_label.setStyleSheet(
            "QLabel#presidencyLine { background: #e7f5ff; border: 1px solid #74c0fc;"
            " border-radius: 4px; padding: 6px; color: #0b3c66; }"
        )
        font = self.presidency_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.presidency_label.setFont(font)
        office_layout.addWidget(self.presidency_label)
        self.office_model = InOfficeModel(self)
        self.office_table = self._table(self.office_model, stretch=2)
        self.office_table.setObjectName("inOfficeTable")
        office_layout.addWidget(self.office_table, 1)
        self.mandates_splitter.addWidget(office)

        history = QGroupBox(self.tr("Historique des mandats"))
        history_layout = QVBoxLayout(history)
        self.presidency_only = QCheckBox(self.tr("Présidences seulement"))
        history_layout.addWidget(self.presidency_only)
        self.history_model = HistoryModel(self)
        self.history_table = self._table(self.history_model, stretch=4)
        self.history_table.setObjectName("historyTable")
        history_layout.addWidget(self.history_table, 1)
        self.mandates_splitter.addWidget(history)
        self.mandates_splitter.setSizes([330, 250])
        layout.addWidget(self.mandates_splitter, 1)

        buttons = QHBoxLayout()
        self.new_mandate_button = QPushButton(self.tr("Nouveau mandat…"))
        self.end_mandate_button = QPushButton(self.tr("Terminer le mandat…"))
        self.edit_mandate_button = QPushButton(self.tr("Modifier…"))
        for button in (self.new_mandate_button, self.end_mandate_button, self.edit_mandate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.body_combo.currentIndexChanged.connect(self._load_mandates)
        self.date_edit.dateChanged.connect(self._load_in_office)
        self.today_button.clicked.connect(lambda: self.date_edit.setDate(QDate.currentDate()))
        self.presidency_only.toggled.connect(self._load_history)
        self.office_table.selectionModel().selectionChanged.connect(
            lambda selected, _old: self._mandate_picked(self.office_table, selected)
        )
        self.history_table.selectionModel().selectionChanged.connect(
            lambda selected, _old: self._mandate_picked(self.history_table, selected)
        )
        self.office_table.activated.connect(lambda _index: self.edit_mandate())
        self.history_table.activated.connect(lambda _index: self.edit_mandate())
        self.new_mandate_button.clicked.connect(self.new_mandate)
        self.end_mandate_button.clicked.connect(self.end_mandate)
        self.edit_mandate_button.clicked.connect(self.edit_mandate)
        return side

    # Loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload everything the page shows, keeping the body, date and selections."""
        try:
            self._load_members()
            self._load_people()
            self._load_bodies()
        except IrevError as error:
            self.context.dialogs.error(self, self.tr("Instances et bureau"), error_text(error))
        self._update_buttons()

    def _load_members(self) -> None:
        registry = self.context.services.registry
        organisations = registry.organisations()
        self.organisation_id = organisations[0].id if organisations else None
        self.organisation_label.setText(organisations[0].name if organisations else "")
        selected = self.selected_member()
        if self.organisation_id is None:
            self.member_model.set_members([], 0)
            self.total_label.setText("")
            return
        members = registry.members(self.organisation_id)
        total = registry.total_rights(self.organisation_id)
        self.member_model.set_members(members, total)
        self.total_label.setText(
            self.tr("{count} membre(s) — {total} droits statutaires au total").format(
                count=len(members), total=total
            )
        )
        if selected is not None:
            self._select(self.member_table, self.member_model, selected.id)

    def _load_people(self) -> None:
        selected = self.selected_person()
        self.people_model.set_rows(self.context.services.registry.people())
        self.people_table.resizeColumnToContents(0)
        if selected is not None:
            self._select(self.people_table, self.people_model, selected.id)

    def _load_bodies(self) -> None:
        current = self.body_combo.currentData()
        self.body_combo.blockSignals(True)
        self.body_combo.clear()
        for body in self.context.services.registry.bodies():
            self.body_combo.addItem(f"{body.name} ({body.short_name})", body.id)
        self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(current)))
        self.body_combo.blockSignals(False)
        self._load_mandates()

    def _load_mandates(self) -> None:
        self._load_rules()
        self._load_in_office()
        self._load_history()

    def _load_rules(self) -> None:
        """The body's rules, where the body is chosen (as its tooltip)."""
        body_id = self.body_id()
        rules = rules_text(self.context.services.registry.body(body_id)) if body_id else ""
        self.body_combo.setToolTip(rules)

    def _load_in_office(self) -> None:
        body_id = self.body_id()
        day = self.day()
        selected = self._selected_in(self.office_table, self.office_model)
        rows: list[MandateDTO] = []
        if body_id is not None:
            with self.context.reporting(self, self.tr("Instances et bureau")):
                rows = self.context.services.mandates.in_office(body_id, day)
        self.office_model.set_rows(rows)
        self._cap_columns(self.office_table, {0: 160, 1: 120})
        self.presidency_label.setText(self.presidency_text(rows, day))
        if selected is not None:
            self._select(self.office_table, self.office_model, selected.id)
        self._update_buttons()

    def _load_history(self) -> None:
        body_id = self.body_id()
        selected = self._selected_in(self.history_table, self.history_model)
        rows: list[MandateDTO] = []
        if body_id is not None:
            role = Role.PRESIDENT if self.presidency_only.isChecked() else None
            with self.context.reporting(self, self.tr("Instances et bureau")):
                rows = self.context.services.mandates.history(body_id, role)
        rows.sort(key=lambda m: (-m.start_date.toordinal(), m.role.rank, m.person_name))
        self.history_model.set_rows(rows)
        self._cap_columns(self.history_table, {0: 160, 1: 150})
        if selected is not None:
            self._select(self.history_table, self.history_model, selected.id)
        self._update_buttons()

    def presidency_text(self, in_office: list[MandateDTO], day: dt.date) -> str:
        when = i18n.long_date(day)
        president = next((m for m in in_office if m.role is Role.PRESIDENT), None)
        if president is None:
            text = self.tr("Aucune présidence au {date}").format(date=when)
        else:
            function = president.function_title or president.member_name
            text = self.tr("Présidence au {date} : {name}").format(
                date=when, name=president.person_name
            )
            if function:
                text += f" ({function})"
        vice = [m.person_name for m in in_office if m.role is Role.VICE_PRESIDENT]
        if vice:
            text += "\n" + self.tr("Vice-présidence : {names}").format(names=", ".join(vice))
        return text

    # Selection -------------------------------------------------------------------------
    def body_id(self) -> int | None:
        value = self.body_combo.currentData()
        return int(value) if value is not None else None

    def day(self) -> dt.date:
        return date_of(self.date_edit)

    def set_day(self, day: dt.date) -> None:
        self.date_edit.setDate(i18n.qdate(day))

    def select_body(self, body_id: int) -> None:
        index = self.body_combo.findData(body_id)
        if index >= 0:
            self.body_combo.setCurrentIndex(index)

    @staticmethod
    def _selected_in(table: QTableView, model: RowTableModel[MandateDTO]) -> MandateDTO | None:
        rows = table.selectionModel().selectedRows()
        return model.row_at(rows[0].row()) if rows else None

    @staticmethod
    def _select(table: QTableView, model: RowTableModel[Any], ident: int) -> bool:
        row = model.row_of(ident)
        if row < 0:
            return False
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))
        return True

    def selected_member(self) -> MemberDTO | None:
        rows = self.member_table.selectionModel().selectedRows()
        return self.member_model.row_at(rows[0].row()) if rows else None

    def selected_person(self) -> PersonDTO | None:
        rows = self.people_table.selectionModel().selectedRows()
        return self.people_model.row_at(rows[0].row()) if rows else None

    def selected_mandate(self) -> MandateDTO | None:
        """The mandate picked in the table of those in office or in the history."""
        return self._selected_in(self.office_table, self.office_model) or self._selected_in(
            self.history_table, self.history_model
        )

    def select_mandate(self, mandate_id: int) -> bool:
        """Select a mandate, among those in office first, else in the history."""
        return self._select(self.office_table, self.office_model, mandate_id) or self._select(
            self.history_table, self.history_model, mandate_id
        )

    def _mandate_picked(self, table: QTableView, selected: QItemSelection) -> None:
        if not selected.isEmpty():
            other = self.history_table if table is self.office_table else self.office_table
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
            other.viewport().update()
        self._update_buttons()
        self.mandateSelected.emit(self.selected_mandate())

    def _update_buttons(self) -> None:
        writable = self.context.writable
        has_body = self.body_id() is not None
        mandate = self.selected_mandate()
        self.add_member_button.setEnabled(writable and self.organisation_id is not None)
        self.edit_member_button.setEnabled(writable and self.selected_member() is not None)
        self.add_person_button.setEnabled(writable)
        self.edit_person_button.setEnabled(writable and self.selected_person() is not None)
        self.new_mandate_button.setEnabled(writable and has_body)
        self.end_mandate_button.setEnabled(
            writable and mandate is not None and mandate.end_date is None
        )
        self.edit_mandate_button.setEnabled(writable and mandate is not None)

    # Members ---------------------------------------------------------------------------
    def _colleges(self) -> list[str]:
        return sorted({m.college for m in self.member_model.rows() if m.college})

    def add_member(self) -> None:
        if not self.context.writable or self.organisation_id is None:
            return
        dialog = MemberDialog(self, self._colleges())
        if not self.context.dialogs.run(dialog):
            return
        name, college, rights = dialog.values()
        with self.context.reporting(self, self.tr("Nouveau membre")):
            created = self.context.services.registry.add_member(
                self.organisation_id, name, rights, college
            )
            self.context.bus.boardChanged.emit()
            self._select(self.member_table, self.member_model, created.id)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None or not self.context.writable:
            return
        dialog = MemberDialog(self, self._colleges(), member)
        if not self.context.dialogs.run(dialog):
            return
        name, college, rights = dialog.values()
        with self.context.reporting(self, self.tr("Modifier le membre")):
            self.context.services.registry.update_member(
                member.id, name=name, statutory_rights=rights, college=college
            )
            self.context.bus.boardChanged.emit()
            self._select(self.member_table, self.member_model, member.id)

    # People ----------------------------------------------------------------------------
    def add_person(self) -> None:
        if not self.context.writable:
            return
        dialog = PersonDialog(self)
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Nouvelle personne")):
            created = self.context.services.registry.add_person(
                dialog.first_name_edit.text(),
                dialog.last_name_edit.text(),
                civility=dialog.civility(),
                email=dialog.email_edit.text(),
                function_title=dialog.function_edit.text(),
            )
            self.context.bus.boardChanged.emit()
            self._select(self.people_table, self.people_model, created.id)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None or not self.context.writable:
            return
        dialog = PersonDialog(self, person)
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Modifier la personne")):
            self.context.services.registry.update_person(
                person.id,
                first_name=dialog.first_name_edit.text(),
                last_name=dialog.last_name_edit.text(),
                civility=dialog.civility(),
                email=dialog.email_edit.text(),
                function_title=dialog.function_edit.text(),
            )
            self.context.bus.boardChanged.emit()
            self._select(self.people_table, self.people_model, person.id)

    # Mandates --------------------------------------------------------------------------
    def _members(self) -> list[MemberDTO]:
        return self.member_model.rows()

    def new_mandate(self) -> None:
        body_id = self.body_id()
        if body_id is None or not self.context.writable:
            return
        services = self.context.services
        dialog = MandateDialog(self, services.registry.people(), self._members(), self.day())
        if not self.context.dialogs.run(dialog):
            return
        values = dialog.values()
        created: MandateDTO | None = None
        person_added = False
        with self.context.reporting(self, self.tr("Nouveau mandat")):
            person_id = values.person_id
            if person_id is None:
                person_id = services.registry.add_person(
                    values.first_name, values.last_name, function_title=values.function_title
                ).id
                person_added = True
            created = services.mandates.add_mandate(
                person_id,
                body_id,
                values.role,
                values.start_date,
                member_id=values.member_id,
                representation=values.representation,
                end_date=values.end_date,
            )
        if created is not None or person_added:  # a refused mandate may leave a new person
            self.context.bus.boardChanged.emit()
        if created is not None:
            self.select_mandate(created.id)

    def end_mandate(self) -> None:
        mandate = self.selected_mandate()
        if mandate is None or not self.context.writable:
            return
        dialog = EndMandateDialog(self, mandate, self.day())
        if not self.context.dialogs.run(dialog):
            return
        with self.context.reporting(self, self.tr("Terminer le mandat")):
            self.context.services.mandates.end_mandate(mandate.id, dialog.end_date())
            self.context.bus.boardChanged.emit()
            self.select_mandate(mandate.id)

    def edit_mandate(self) -> None:
        mandate = self.selected_mandate()
        if mandate is None or not self.context.writable:
            return
        services = self.context.services
        dialog = MandateDialog(
            self, services.registry.people(), self._members(), self.day(), mandate
        )
        if not self.context.dialogs.run(dialog):
            return
        values = dialog.values()
        with self.context.reporting(self, self.tr("Modifier le mandat")):
            services.mandates.update_mandate(
                mandate.id,
                role=values.role,
                start_date=values.start_date,
                end_date=values.end_date,
                member_id=values.member_id,
                representation=values.representation,
            )
            self.context.bus.boardChanged.emit()
            self.select_mandate(mandate.id)
