"""The page « Instances et bureau »: members, people, and each body's rules and mandates."""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import Role
from irev_desktop.domain.errors import IrevError, RowConflictError, ValidationError
from irev_desktop.model.dto import MandateDTO, MemberDTO, PersonDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.pages.board.dialogs import (
    EndMandateDialog,
    MandateDialog,
    MemberDialog,
    PersonDialog,
)
from irev_desktop.ui.pages.board.fields import date_edit, date_of
from irev_desktop.ui.pages.board.models import HistoryModel, InOfficeModel, MemberModel, PeopleModel
from irev_desktop.ui.pages.board.rules import BodyRulesDialog, rules_of, rules_text
from irev_desktop.ui.pages.board.tables import cap_columns, select_in, selected_in, table_view
from irev_desktop.ui.row_conflict import save_from_version


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
        self.import_button = QPushButton(self.tr("Importer un tableur…"))
        self.import_button.setObjectName("importSpreadsheetButton")
        self.import_button.setToolTip(
            self.tr("Ajouter des membres, des personnes et des mandats depuis un tableur")
        )
        self.import_button.clicked.connect(self.import_spreadsheet)
        heading.addWidget(self.import_button)
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
    def _build_members(self) -> QWidget:
        box = QGroupBox(self.tr("Membres du groupement"))
        layout = QVBoxLayout(box)
        self.member_model = MemberModel(self)
        self.member_table = table_view(self.member_model, stretch=0)
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
        self.people_table = table_view(self.people_model, stretch=1)
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

        rules = QHBoxLayout()
        self.rules_label = QLabel()
        self.rules_label.setObjectName("bodyRules")
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_label.setWordWrap(True)
        self.rules_label.setStyleSheet("color: #495057;")
        self.edit_rules_button = QPushButton(self.tr("Modifier les règles…"))
        self.edit_rules_button.setObjectName("editRulesButton")
        rules.addWidget(self.rules_label, 1)
        rules.addWidget(self.edit_rules_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(rules)

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
        self.office_table = table_view(self.office_model, stretch=2)
        self.office_table.setObjectName("inOfficeTable")
        office_layout.addWidget(self.office_table, 1)
        self.mandates_splitter.addWidget(office)

        history = QGroupBox(self.tr("Historique des mandats"))
        history_layout = QVBoxLayout(history)
        self.presidency_only = QCheckBox(self.tr("Présidences seulement"))
        history_layout.addWidget(self.presidency_only)
        self.history_model = HistoryModel(self)
        self.history_table = table_view(self.history_model, stretch=4)
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
        self.edit_rules_button.clicked.connect(self.edit_rules)
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
            select_in(self.member_table, self.member_model, selected.id)

    def _load_people(self) -> None:
        selected = self.selected_person()
        self.people_model.set_rows(self.context.services.registry.people())
        self.people_table.resizeColumnToContents(0)
        if selected is not None:
            select_in(self.people_table, self.people_model, selected.id)

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
        """The body's rules, under the body chosen (and as its tooltip)."""
        body_id = self.body_id()
        rules = rules_text(self.context.services.registry.body(body_id)) if body_id else ""
        self.body_combo.setToolTip(rules)
        self.rules_label.setText(rules)

    def _load_in_office(self) -> None:
        body_id = self.body_id()
        day = self.day()
        selected = selected_in(self.office_table, self.office_model)
        rows: list[MandateDTO] = []
        if body_id is not None:
            with self.context.reporting(self, self.tr("Instances et bureau")):
                rows = self.context.services.mandates.in_office(body_id, day)
        self.office_model.set_rows(rows)
        cap_columns(self.office_table, {0: 160, 1: 120})
        self.presidency_label.setText(self.presidency_text(rows, day))
        if selected is not None:
            select_in(self.office_table, self.office_model, selected.id)
        self._update_buttons()

    def _load_history(self) -> None:
        body_id = self.body_id()
        selected = selected_in(self.history_table, self.history_model)
        rows: list[MandateDTO] = []
        if body_id is not None:
            role = Role.PRESIDENT if self.presidency_only.isChecked() else None
            with self.context.reporting(self, self.tr("Instances et bureau")):
                rows = self.context.services.mandates.history(body_id, role)
        rows.sort(key=lambda m: (-m.start_date.toordinal(), m.role.rank, m.person_name))
        self.history_model.set_rows(rows)
        cap_columns(self.history_table, {0: 160, 1: 150})
        if selected is not None:
            select_in(self.history_table, self.history_model, selected.id)
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

    def selected_member(self) -> MemberDTO | None:
        return selected_in(self.member_table, self.member_model)

    def selected_person(self) -> PersonDTO | None:
        return selected_in(self.people_table, self.people_model)

    def selected_mandate(self) -> MandateDTO | None:
        """The mandate picked in the table of those in office or in the history."""
        return selected_in(self.office_table, self.office_model) or selected_in(
            self.history_table, self.history_model
        )

    def select_mandate(self, mandate_id: int) -> bool:
        """Select a mandate, among those in office first, else in the history."""
        return select_in(self.office_table, self.office_model, mandate_id) or select_in(
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
        self.import_button.setEnabled(writable and self.organisation_id is not None)
        self.edit_member_button.setEnabled(writable and self.selected_member() is not None)
        self.add_person_button.setEnabled(writable)
        self.edit_person_button.setEnabled(writable and self.selected_person() is not None)
        self.edit_rules_button.setEnabled(writable and has_body)
        self.new_mandate_button.setEnabled(writable and has_body)
        self.end_mandate_button.setEnabled(
            writable and mandate is not None and mandate.end_date is None
        )
        self.edit_mandate_button.setEnabled(writable and mandate is not None)

    # Import ----------------------------------------------------------------------------
    def import_spreadsheet(self) -> None:
        """Members, people and mandates from a spreadsheet, after its preview."""
        if not self.context.writable or self.organisation_id is None:
            return
        from irev_desktop.ui.register_import import RegisterImportDialog

        self.context.dialogs.run(RegisterImportDialog(self, self.context, self.organisation_id))

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
            select_in(self.member_table, self.member_model, created.id)

    def edit_member(self) -> None:
        member = self.selected_member()
        if member is None or not self.context.writable:
            return
        dialog = MemberDialog(self, self._colleges(), member)
        if not self.context.dialogs.run(dialog):
            return
        name, college, rights = dialog.values()
        registry = self.context.services.registry
        with self.context.reporting(self, self.tr("Modifier le membre")):
            save_from_version(
                self.context.dialogs.run,
                self,
                lambda version: registry.update_member(
                    member.id,
                    name=name,
                    statutory_rights=rights,
                    college=college,
                    based_on=version,
                ),
                member.version,
            )
            select_in(self.member_table, self.member_model, member.id)

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
            select_in(self.people_table, self.people_model, created.id)

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None or not self.context.writable:
            return
        dialog = PersonDialog(self, person)
        if not self.context.dialogs.run(dialog):
            return
        registry = self.context.services.registry
        first_name, last_name = dialog.first_name_edit.text(), dialog.last_name_edit.text()
        civility, email = dialog.civility(), dialog.email_edit.text()
        function_title = dialog.function_edit.text()
        with self.context.reporting(self, self.tr("Modifier la personne")):
            save_from_version(
                self.context.dialogs.run,
                self,
                lambda version: registry.update_person(
                    person.id,
                    first_name=first_name,
                    last_name=last_name,
                    civility=civility,
                    email=email,
                    function_title=function_title,
                    based_on=version,
                ),
                person.version,
            )
            select_in(self.people_table, self.people_model, person.id)

    # Rules -----------------------------------------------------------------------------
    def edit_rules(self) -> None:
        """Change the chosen body's rules; a refusal reopens the dialog as typed."""
        body_id = self.body_id()
        if body_id is None or not self.context.writable:
            return
        registry = self.context.services.registry
        with self.context.reporting(self, self.tr("Règles de l'instance")):
            body = registry.body(body_id)
            dialog = BodyRulesDialog(self, body)
            while True:
                if not self.context.dialogs.run(dialog) or dialog.rules() == rules_of(body):
                    return
                rules = dialog.rules()
                try:
                    save_from_version(
                        self.context.dialogs.run,
                        self,
                        partial(registry.update_body_rules, body_id, rules),
                        body.version,
                    )
                    break
                except RowConflictError:
                    raise  # a third person meanwhile: said like any refusal
                except ValidationError as error:
                    dialog.show_error(error_text(error))

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
        with self.context.reporting(self, self.tr("Nouveau mandat")):
            person_id = values.person_id
            if person_id is None:
                person_id = services.registry.add_person(
                    values.first_name, values.last_name, function_title=values.function_title
                ).id
            created = services.mandates.add_mandate(
                person_id,
                body_id,
                values.role,
                values.start_date,
                member_id=values.member_id,
                representation=values.representation,
                end_date=values.end_date,
            )
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
            save_from_version(
                self.context.dialogs.run,
                self,
                lambda version: services.mandates.update_mandate(
                    mandate.id,
                    role=values.role,
                    start_date=values.start_date,
                    end_date=values.end_date,
                    member_id=values.member_id,
                    representation=values.representation,
                    based_on=version,
                ),
                mandate.version,
            )
            self.select_mandate(mandate.id)
