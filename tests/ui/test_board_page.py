from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import Civility, Representation, Role
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.board import (
    BoardPage,
    EndMandateDialog,
    MandateDialog,
    MemberDialog,
    PersonDialog,
)
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs

MARCH_8 = dt.date(2021, 3, 8)


@pytest.fixture
def page(qtbot: QtBot, context: UiContext) -> BoardPage:
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.select_body(body_id(context, "AG"))
    board.set_day(MARCH_8)
    return board


def body_id(context: UiContext, short_name: str) -> int:
    return next(b.id for b in context.services.registry.bodies() if b.short_name == short_name)


def person_id(context: UiContext, full_name: str) -> int:
    return next(p.id for p in context.services.registry.people() if p.full_name == full_name)


def column(model: object, number: int) -> list[str]:
    return [model.index(r, number).data() for r in range(model.rowCount())]  # type: ignore[attr-defined]


def in_office(page: BoardPage) -> list[str]:
    return column(page.office_model, 0)


def select_row(page: BoardPage, table_name: str, name: str) -> None:
    table = getattr(page, table_name)
    model = table.model()
    row = column(model, 0).index(name)
    table.selectRow(row)


# Reading ---------------------------------------------------------------------------------
def test_the_president_comes_first_and_in_bold(page: BoardPage) -> None:
    model = page.office_model
    assert in_office(page)[:2] == ["Milouda Ala", "Laurent Buchaillat"]
    assert column(model, 1)[:3] == ["président·e", "vice-président·e", "trésorier·ère"]
    fonts = [model.index(r, 0).data(Qt.ItemDataRole.FontRole) for r in range(3)]
    assert isinstance(fonts[0], QFont) and fonts[0].bold()
    assert isinstance(fonts[1], QFont) and fonts[1].bold()
    assert fonts[2] is None  # the treasurer is not bold
    assert column(model, 2)[0] == "Région Hauts-de-France"
    assert column(model, 3)[0] == "titulaire"
    assert "suppléant·e" in column(model, 3)
    assert column(model, 4)[0] == "01/01/2019"


def test_the_presidency_line_names_the_president_at_the_date(page: BoardPage) -> None:
    line = page.presidency_label.text()
    assert line.startswith(
        "Présidence au lundi 8 mars 2021 : Milouda Ala (conseillère régionale Hauts-de-France)"
    )
    assert "Vice-présidence : Laurent Buchaillat" in line


def test_nobody_is_in_office_before_the_first_mandates(page: BoardPage) -> None:
    page.set_day(dt.date(2018, 12, 31))
    assert in_office(page) == []
    assert page.presidency_label.text() == "Aucune présidence au lundi 31 décembre 2018"


def test_the_date_is_shown_in_french(page: BoardPage) -> None:
    assert page.date_edit.text() == "8 mars 2021"


def test_members_with_their_rights_and_share(page: BoardPage) -> None:
    model = page.member_model
    assert column(model, 0) == [
        "Région Hauts-de-France",
        "État",
        "Département du Nord",
        "Département du Pas-de-Calais",
    ]
    assert column(model, 1)[0] == "Collectivités"
    assert column(model, 2) == ["40", "40", "10", "10"]
    assert column(model, 3) == ["40\u00a0%", "40\u00a0%", "10\u00a0%", "10\u00a0%"]
    assert "100 droits statutaires" in page.total_label.text()


def test_the_body_rules_are_told_where_the_body_is_chosen(
    page: BoardPage, context: UiContext
) -> None:
    assert "Quorum : 2/3 des droits statutaires" in page.body_combo.toolTip()
    page.select_body(body_id(context, "CA"))
    assert "Quorum : 1/2 des membres" in page.body_combo.toolTip()
    assert "Vote : un membre, une voix" in page.body_combo.toolTip()


def test_each_body_has_its_own_members_in_office(page: BoardPage, context: UiContext) -> None:
    assert "Camille Lefebvre" in in_office(page)
    page.select_body(body_id(context, "CA"))
    assert in_office(page)[0] == "Milouda Ala"
    assert "Camille Lefebvre" not in in_office(page)


def test_the_models_pass_qtmodeltester(page: BoardPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.history_model.rowCount() > 0
    for model in (page.member_model, page.people_model, page.office_model, page.history_model):
        qtmodeltester.check(model)


def test_history_newest_first_and_presidencies_only(page: BoardPage, context: UiContext) -> None:
    services = context.services
    ag = body_id(context, "AG")
    milouda = services.mandates.holder(ag, Role.PRESIDENT, MARCH_8)
    assert milouda is not None
    services.mandates.end_mandate(milouda.id, dt.date(2021, 6, 30))
    services.mandates.add_mandate(
        person_id(context, "Camille Lefebvre"),
        ag,
        Role.PRESIDENT,
        dt.date(2021, 7, 1),
        member_id=milouda.member_id,
    )
    context.bus.boardChanged.emit()
    assert page.history_model.rowCount() == 9
    assert column(page.history_model, 0)[0] == "Camille Lefebvre"
    page.presidency_only.setChecked(True)
    assert column(page.history_model, 0) == ["Camille Lefebvre", "Milouda Ala"]
    assert column(page.history_model, 2) == ["01/07/2021", "01/01/2019"]
    assert column(page.history_model, 3) == ["en cours", "30/06/2021"]
    page.presidency_only.setChecked(False)
    assert page.history_model.rowCount() == 9


# The presidency over time -------------------------------------------------------------
def test_the_presidency_line_follows_the_date(page: BoardPage, context: UiContext) -> None:
    services = context.services
    ag = body_id(context, "AG")
    milouda = services.mandates.holder(ag, Role.PRESIDENT, MARCH_8)
    assert milouda is not None
    services.mandates.end_mandate(milouda.id, dt.date(2021, 6, 30))
    hubert = services.registry.add_person("Hubert", "Vasseur", function_title="maire de Douai")
    services.mandates.add_mandate(hubert.id, ag, Role.PRESIDENT, dt.date(2021, 7, 1))
    context.bus.boardChanged.emit()

    page.date_edit.setDate(QDate(2021, 6, 30))
    assert "Milouda Ala" in page.presidency_label.text()
    page.date_edit.setDate(QDate(2021, 7, 1))
    assert page.presidency_label.text().startswith(
        "Présidence au jeudi 1er juillet 2021 : Hubert Vasseur (maire de Douai)"
    )
    assert in_office(page)[0] == "Hubert Vasseur"
    assert "Milouda Ala" not in in_office(page)
    page.date_edit.setDate(QDate(2021, 3, 8))
    assert "Milouda Ala" in page.presidency_label.text()


# Writing mandates -------------------------------------------------------------------------
def test_adding_a_mandate_for_an_existing_person(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MandateDialog)
        assert dialog.existing_radio.isChecked()
        dialog.person_combo.setCurrentIndex(
            dialog.person_combo.findText("Anne Delmotte", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.SECRETARY.value))
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("État"))
        dialog.representation_combo.setCurrentIndex(
            dialog.representation_combo.findData(Representation.SUPPLEANT.value)
        )
        dialog.start_edit.setDate(QDate(2021, 3, 1))
        return True

    fake_dialogs.forms.append(fill)
    page.new_mandate_button.click()
    assert fake_dialogs.errors == []
    assert "Anne Delmotte" in in_office(page)
    selected = page.selected_mandate()
    assert selected is not None and selected.person_name == "Anne Delmotte"
    assert selected.role is Role.SECRETARY
    assert selected.member_name == "État"
    assert selected.representation is Representation.SUPPLEANT
    page.set_day(dt.date(2021, 2, 28))
    assert "Anne Delmotte" not in in_office(page)


def test_adding_a_mandate_for_a_new_person(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    changes: list[bool] = []
    context.bus.boardChanged.connect(lambda: changes.append(True))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MandateDialog)
        dialog.new_radio.setChecked(True)
        assert not dialog.person_combo.isEnabled()
        dialog.first_name_edit.setText("Julie")
        dialog.last_name_edit.setText("Fontaine")
        dialog.function_edit.setText("adjointe au maire de Roubaix")
        dialog.member_combo.setCurrentIndex(dialog.member_combo.findText("Département du Nord"))
        dialog.start_edit.setDate(QDate(2021, 1, 15))
        return True

    fake_dialogs.forms.append(fill)
    page.new_mandate_button.click()
    assert fake_dialogs.errors == []
    assert changes
    assert "Julie Fontaine" in in_office(page)
    person = next(p for p in context.services.registry.people() if p.last_name == "Fontaine")
    assert person.function_title == "adjointe au maire de Roubaix"


def test_a_refused_mandate_is_reported(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MandateDialog)
        dialog.person_combo.setCurrentIndex(
            dialog.person_combo.findText("Karim Benali", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(Role.PRESIDENT.value))
        dialog.start_edit.setDate(QDate(2021, 1, 1))
        return True

    fake_dialogs.forms.append(fill)
    page.new_mandate_button.click()
    assert len(fake_dialogs.errors) == 1
    title, text = fake_dialogs.errors[0]
    assert title == "Nouveau mandat"
    assert "Milouda Ala est déjà président·e" in text
    assert in_office(page)[0] == "Milouda Ala"
    assert column(page.office_model, 0).count("Karim Benali") == 1


def test_a_cancelled_form_changes_nothing(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    before = in_office(page)
    fake_dialogs.forms.append(lambda dialog: False)
    page.new_mandate_button.click()
    assert in_office(page) == before
    assert len(context.services.mandates.history(body_id(context, "AG"))) == 8


def test_ending_a_mandate(page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs) -> None:
    select_row(page, "office_table", "Didier Caron")
    assert page.end_mandate_button.isEnabled()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, EndMandateDialog)
        assert dialog.end_date() == MARCH_8  # proposes the date being looked at
        dialog.end_edit.setDate(QDate(2021, 3, 31))
        return True

    fake_dialogs.forms.append(fill)
    page.end_mandate_button.click()
    assert fake_dialogs.errors == []
    assert "Didier Caron" in in_office(page)  # still in office on 8 March
    page.set_day(dt.date(2021, 3, 31))
    assert "Didier Caron" in in_office(page)  # the end date is the last day
    page.set_day(dt.date(2021, 4, 1))
    assert "Didier Caron" not in in_office(page)
    history = page.history_model
    row = column(history, 0).index("Didier Caron")
    assert history.index(row, 3).data() == "31/03/2021"


def test_an_ended_mandate_cannot_be_ended_again(page: BoardPage, context: UiContext) -> None:
    services = context.services
    didier = next(
        m
        for m in services.mandates.in_office(body_id(context, "AG"), MARCH_8)
        if m.person_name == "Didier Caron"
    )
    services.mandates.end_mandate(didier.id, dt.date(2021, 3, 31))
    context.bus.boardChanged.emit()
    select_row(page, "history_table", "Didier Caron")
    assert page.selected_mandate() is not None
    assert not page.end_mandate_button.isEnabled()
    assert page.edit_mandate_button.isEnabled()


def test_selecting_in_one_table_clears_the_other(page: BoardPage) -> None:
    select_row(page, "office_table", "Didier Caron")
    select_row(page, "history_table", "Hélène Roussel")
    assert not page.office_table.selectionModel().hasSelection()
    selected = page.selected_mandate()
    assert selected is not None and selected.person_name == "Hélène Roussel"


def test_editing_a_mandate(page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs) -> None:
    select_row(page, "office_table", "Karim Benali")

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MandateDialog)
        assert dialog.role_combo.currentData() == Role.MEMBER.value
        assert dialog.member_combo.currentText() == "Département du Nord"
        dialog.representation_combo.setCurrentIndex(
            dialog.representation_combo.findData(Representation.TITULAIRE.value)
        )
        dialog.start_edit.setDate(QDate(2020, 9, 1))
        return True

    fake_dialogs.forms.append(fill)
    page.edit_mandate_button.click()
    assert fake_dialogs.errors == []
    row = in_office(page).index("Karim Benali")
    assert page.office_model.index(row, 3).data() == "titulaire"
    assert page.office_model.index(row, 4).data() == "01/09/2020"


# Members ----------------------------------------------------------------------------------
def test_adding_a_member(page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MemberDialog)
        dialog.name_edit.setText("Métropole européenne de Lille")
        dialog.college_combo.setCurrentText("Collectivités")
        dialog.rights_spin.setValue(25)
        return True

    fake_dialogs.forms.append(fill)
    page.add_member_button.click()
    assert fake_dialogs.errors == []
    names = column(page.member_model, 0)
    row = names.index("Métropole européenne de Lille")
    assert page.member_model.index(row, 2).data() == "25"
    assert page.member_model.index(row, 3).data() == "20\u00a0%"  # 25 of 125
    assert "125 droits statutaires" in page.total_label.text()
    assert page.selected_member() is not None
    assert page.selected_member().name == "Métropole européenne de Lille"  # type: ignore[union-attr]


def test_editing_a_member(page: BoardPage, fake_dialogs: FakeDialogs) -> None:
    select_row(page, "member_table", "État")
    assert page.edit_member_button.isEnabled()

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MemberDialog)
        assert dialog.rights_spin.value() == 40
        dialog.rights_spin.setValue(30)
        dialog.college_combo.setCurrentText("Services de l'État")
        return True

    fake_dialogs.forms.append(fill)
    page.edit_member_button.click()
    assert fake_dialogs.errors == []
    row = column(page.member_model, 0).index("État")
    assert page.member_model.index(row, 1).data() == "Services de l'État"
    assert page.member_model.index(row, 2).data() == "30"
    assert "90 droits statutaires" in page.total_label.text()


def test_a_duplicate_member_is_refused_with_a_message(
    page: BoardPage, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MemberDialog)
        dialog.name_edit.setText("État")
        return True

    fake_dialogs.forms.append(fill)
    page.add_member_button.click()
    assert fake_dialogs.errors == [("Nouveau membre", "Le membre « État » existe déjà.")]
    assert column(page.member_model, 0).count("État") == 1


# People -------------------------------------------------------------------------------------
def test_adding_and_editing_a_person(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        dialog.civility_combo.setCurrentIndex(dialog.civility_combo.findData(Civility.MADAME.value))
        dialog.first_name_edit.setText("Nadia")
        dialog.last_name_edit.setText("Haddad")
        dialog.function_edit.setText("chargée de mission")
        return True

    fake_dialogs.forms.append(add)
    page.add_person_button.click()
    assert fake_dialogs.errors == []
    selected = page.selected_person()
    assert selected is not None and selected.full_name == "Nadia Haddad"
    assert selected.civility is Civility.MADAME
    assert page.edit_person_button.isEnabled()

    def edit(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        assert dialog.function_edit.text() == "chargée de mission"
        dialog.function_edit.setText("directrice adjointe de l'IREV")
        return True

    fake_dialogs.forms.append(edit)
    page.edit_person_button.click()
    row = column(page.people_model, 0).index("Nadia Haddad")
    assert page.people_model.index(row, 1).data() == "directrice adjointe de l'IREV"
    stored = next(p for p in context.services.registry.people() if p.last_name == "Haddad")
    assert stored.function_title == "directrice adjointe de l'IREV"
    assert stored.civility is Civility.MADAME


def test_a_person_needs_a_last_name(page: BoardPage, fake_dialogs: FakeDialogs) -> None:
    before = page.people_model.rowCount()

    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, PersonDialog)
        dialog.first_name_edit.setText("Sans")
        return True

    fake_dialogs.forms.append(add)
    page.add_person_button.click()
    assert fake_dialogs.errors == [("Nouvelle personne", "Le nom de famille est obligatoire.")]
    assert page.people_model.rowCount() == before


# Read-only ---------------------------------------------------------------------------------
@pytest.fixture
def read_only_context(qapp: object, demo: Services, paths: AppPaths) -> Iterator[UiContext]:
    with Services.open(paths, write=False) as reader:
        yield UiContext(reader, FakeDialogs(), ChangeBus(), UiSettings(paths), QUndoStack())


def test_write_buttons_are_disabled_when_read_only(
    qtbot: QtBot, read_only_context: UiContext
) -> None:
    assert not read_only_context.writable
    page = BoardPage(read_only_context)
    qtbot.addWidget(page)
    select_row(page, "office_table", "Milouda Ala")
    select_row(page, "member_table", "État")
    assert page.selected_mandate() is not None
    for button in (
        page.add_member_button,
        page.edit_member_button,
        page.new_mandate_button,
        page.end_mandate_button,
        page.edit_mandate_button,
        page.add_person_button,
        page.edit_rules_button,
    ):
        assert not button.isEnabled(), button.text()
    assert in_office(page)[0] == "Milouda Ala"


def test_an_empty_store_shows_an_empty_page(
    qtbot: QtBot, services: Services, paths: AppPaths
) -> None:
    context = UiContext(services, FakeDialogs(), ChangeBus(), UiSettings(paths), QUndoStack())
    page = BoardPage(context)
    qtbot.addWidget(page)
    assert page.member_model.rowCount() == 0
    assert page.office_model.rowCount() == 0
    assert not page.add_member_button.isEnabled()
    assert not page.new_mandate_button.isEnabled()
    assert not page.edit_rules_button.isEnabled()
    assert page.rules_label.text() == ""
    assert page.body_id() is None
