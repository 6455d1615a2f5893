"""« Importer un tableur… » on the board, and « Créer mon organisation » from a
spreadsheet: the preview, its errors highlighted, nothing written before « Importer »."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.pages.board import BoardPage
from irev_desktop.ui.register_import import RegisterImportDialog
from irev_desktop.ui.settings import UiSettings

from ..register_sheets import IREV_ROWS, row, write_csv, write_xlsx
from .fakes import FakeDialogs

NEW_ROWS = [
    row(
        member="Métropole Européenne de Lille",
        college="Collectivités",
        rights=5,
        civility="Mme",
        first_name="Claire",
        last_name="Vandamme",
        body="Bureau",
        role="secrétaire",
        start="01/09/2021",
    ),
    row(
        member="Métropole Européenne de Lille",
        first_name="Claire",
        last_name="Vandamme",
        body="CA",
        start="01/09/2021",
    ),
]


def state(services: Services) -> tuple[Any, ...]:
    registry = services.registry
    organisations = registry.organisations()
    return (
        [o.short_name for o in organisations],
        [m.name for o in organisations for m in registry.members(o.id)],
        [p.full_name for p in registry.people()],
        [(b.short_name, len(services.mandates.history(b.id))) for b in registry.bodies()],
    )


def column(model: Any, number: int) -> list[str]:
    return [model.index(r, number).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot: QtBot, context: UiContext) -> BoardPage:
    board = BoardPage(context)
    qtbot.addWidget(board)
    return board


def test_the_board_imports_a_spreadsheet_only_once_it_has_no_error(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    faulty = [NEW_ROWS[0], [*NEW_ROWS[1]]]
    faulty[1][2] = "cinq"  # the rights, on row 3
    bad = write_xlsx(tmp_path / "fautes.xlsx", faulty)
    good = write_xlsx(tmp_path / "bureau.xlsx", NEW_ROWS)
    before = state(context.services)
    seen: dict[str, Any] = {}

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, RegisterImportDialog)
        seen["enabled_empty"] = dialog.import_button.isEnabled()
        fake_dialogs.files.append([bad])
        dialog.choose_button.click()
        model = dialog.model
        seen["rows"] = column(model, 0)
        seen["headers"] = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        rights = seen["headers"].index("Droits\nstatutaires")
        background = Qt.ItemDataRole.BackgroundRole
        seen["cell"] = model.index(1, rights).data(background)
        seen["same_row"] = model.index(1, 1).data(background)
        seen["other_row"] = model.index(0, rights).data(background)
        seen["tooltip"] = model.index(1, rights).data(Qt.ItemDataRole.ToolTipRole)
        seen["errors"] = [
            dialog.errors_list.item(n).text() for n in range(dialog.errors_list.count())
        ]
        seen["enabled_bad"] = dialog.import_button.isEnabled()
        seen["status_bad"] = dialog.status_label.text()
        seen["written_bad"] = state(context.services)
        dialog.errors_list.setCurrentRow(0)
        seen["selected"] = [i.row() for i in dialog.table.selectionModel().selectedRows()]
        fake_dialogs.files.append([good])
        dialog.choose_button.click()
        seen["enabled_good"] = dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary_label.text()
        seen["written_good"] = state(context.services)
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    assert page.import_button.isEnabled()
    fake_dialogs.forms.append(drive)
    page.import_button.click()

    assert seen["enabled_empty"] is False
    assert seen["rows"] == ["2", "3"]
    assert seen["cell"].color().name() == "#ffa8a8"  # the cell at fault
    assert seen["same_row"].color().name() == "#ffe3e3"  # its row
    assert seen["other_row"] is None
    assert seen["tooltip"] == "« cinq » n'est pas un nombre de droits"
    assert seen["errors"] == ["ligne 3 : « cinq » n'est pas un nombre de droits"]
    assert seen["enabled_bad"] is False and "1 erreur(s)" in seen["status_bad"]
    assert seen["selected"] == [1]  # an error clicked: its row
    assert seen["written_bad"] == before and seen["written_good"] == before
    assert seen["enabled_good"] is True
    assert "À créer : 1 membre(s), 1 personne(s), 2 mandat(s)" in seen["summary"]
    assert "Instances créées : Bureau." in seen["summary"]
    assert fake_dialogs.errors == []
    # The board shows the new register at once.
    assert "Métropole Européenne de Lille" in column(page.member_model, 0)
    assert "Claire Vandamme" in [p.full_name for p in page.people_model.rows()]
    assert "Bureau (Bureau)" in [
        page.body_combo.itemText(i) for i in range(page.body_combo.count())
    ]
    after = state(context.services)
    assert len(after[1]) == len(before[1]) + 1 and len(after[2]) == len(before[2]) + 1


def test_a_preview_cancelled_writes_nothing(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    good = write_csv(tmp_path / "bureau.csv", NEW_ROWS)
    before = state(context.services)
    enabled: list[bool] = []

    def look_then_cancel(dialog: QDialog) -> bool:
        assert isinstance(dialog, RegisterImportDialog)
        fake_dialogs.files.append([good])
        dialog.choose_button.click()
        enabled.append(dialog.import_button.isEnabled())
        return False

    fake_dialogs.forms.append(look_then_cancel)
    page.import_button.click()
    assert enabled == [True]
    assert state(context.services) == before


def test_the_template_is_saved_from_the_preview(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    def save_template(dialog: QDialog) -> bool:
        assert isinstance(dialog, RegisterImportDialog)
        fake_dialogs.save_paths.append(tmp_path / "modele")
        dialog.template_button.click()
        return False

    fake_dialogs.forms.append(save_template)
    page.import_button.click()
    written = tmp_path / "modele.xlsx"
    assert written.exists()
    assert fake_dialogs.infos and str(written) in fake_dialogs.infos[-1][1]
    preview = Services.preview_register_file(written)
    assert preview.ok and preview.counts.mandates == 13


# « Créer mon organisation » ---------------------------------------------------------


@pytest.fixture
def window_factory(qtbot: QtBot, paths: AppPaths) -> Iterator[Any]:
    made: list[MainWindow] = []

    def make(dialogs: FakeDialogs) -> MainWindow:
        i18n.install("fr")
        window = MainWindow(paths, UiSettings(paths), dialogs)
        qtbot.addWidget(window)
        window.open_store()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.services is not None:
            window.close()


def fill_organisation(dialog: QDialog) -> bool:
    dialog.name.setText("IREV — Centre de ressources")  # type: ignore[attr-defined]
    dialog.short_name.setText("IREV")  # type: ignore[attr-defined]
    dialog.city.setText("Lille")  # type: ignore[attr-defined]
    dialog.from_spreadsheet.setChecked(True)  # type: ignore[attr-defined]
    return True


def test_my_organisation_created_from_a_spreadsheet_opens_on_the_board(
    window_factory: Any, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = window_factory(dialogs)
    path = write_xlsx(tmp_path / "irev.xlsx", IREV_ROWS)
    seen: dict[str, Any] = {}

    def import_it(dialog: QDialog) -> bool:
        assert isinstance(dialog, RegisterImportDialog)
        dialogs.files.append([path])
        dialog.choose_button.click()
        seen["before"] = window.services.registry.organisations()
        seen["summary"] = dialog.summary_label.text()
        dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    dialogs.forms.extend([fill_organisation, import_it])
    window.welcome.create_button.click()

    assert seen["before"] == []  # nothing created before « Importer »
    assert "Instances créées : AG, CA." in seen["summary"]
    assert dialogs.errors == []
    assert window.current_page() == "board"
    board = window.pages["board"]
    assert column(board.member_model, 0) == [
        "Région Hauts-de-France",
        "État",
        "Département du Nord",
        "Département du Pas-de-Calais",
    ]
    assert board.organisation_label.text() == "IREV — Centre de ressources"
    organisation = window.services.registry.organisations()[0]
    assert (organisation.short_name, organisation.city) == ("IREV", "Lille")


def test_my_organisation_is_not_created_if_the_import_is_cancelled(
    window_factory: Any, tmp_path: Path
) -> None:
    dialogs = FakeDialogs()
    window = window_factory(dialogs)
    path = write_xlsx(tmp_path / "irev.xlsx", IREV_ROWS)

    def look_then_cancel(dialog: QDialog) -> bool:
        dialogs.files.append([path])
        dialog.choose_button.click()  # type: ignore[attr-defined]
        return False

    dialogs.forms.extend([fill_organisation, look_then_cancel])
    window.welcome.create_button.click()
    assert window.services.registry.organisations() == []
    assert window.stack.currentWidget() is window.welcome
