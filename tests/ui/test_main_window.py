"""The main window as a whole: first start, navigation, remembered layout, language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.preferences import PreferencesDialog
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs


@pytest.fixture
def window_factory(qtbot: QtBot, paths: AppPaths) -> Iterator[object]:
    made: list[MainWindow] = []

    def make(dialogs: FakeDialogs | None = None) -> MainWindow:
        i18n.install("fr")
        window = MainWindow(paths, UiSettings(paths), dialogs or FakeDialogs())
        qtbot.addWidget(window)
        window.open_store()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.services is not None:
            window.close()


def load_example(paths: AppPaths) -> None:
    from irev_desktop.sample_data.demo import load_demo

    with Services.open(paths, write=True) as services:
        load_demo(services)


def test_an_empty_store_opens_on_the_welcome_page(window_factory, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = window_factory()
    assert window.stack.currentWidget() is window.welcome
    assert not window.navigation.isEnabled()
    window.welcome.demo_button.click()
    assert window.current_page() == "meetings"
    assert window.pages["meetings"].proxy.rowCount() == 4  # type: ignore[attr-defined]


def test_creating_ones_own_organisation(window_factory) -> None:  # type: ignore[no-untyped-def]
    dialogs = FakeDialogs()
    window = window_factory(dialogs)

    def fill(dialog: QDialog) -> bool:
        dialog.name.setText("Groupement d'intérêt public Exemple")  # type: ignore[attr-defined]
        dialog.short_name.setText("GIPEX")  # type: ignore[attr-defined]
        dialog.city.setText("Amiens")  # type: ignore[attr-defined]
        return True

    dialogs.forms.append(fill)
    window.welcome.create_button.click()
    assert window.current_page() == "meetings"
    assert [b.short_name for b in window.services.registry.bodies()] == ["AG", "CA"]  # type: ignore[union-attr]


def test_the_window_remembers_page_meeting_and_splitters(
    window_factory,
    paths: AppPaths,  # type: ignore[no-untyped-def]
) -> None:
    load_example(paths)
    window = window_factory()
    assert window.current_page() == "meetings"
    meeting_id = window.services.meetings.meetings()[1].id  # type: ignore[union-attr]
    window.open_meeting(meeting_id)
    window.meeting_page.agenda.splitter.setSizes([150, 600])
    sizes = window.meeting_page.agenda.splitter.sizes()
    window.resize(760, 560)  # within the offscreen screen, which restoring clamps to
    window.close()
    again = window_factory()
    assert again.current_page() == "meeting"
    assert again.meeting_page.meeting_id == meeting_id
    assert again.meeting_page.agenda.splitter.sizes()[0] == pytest.approx(sizes[0], abs=2)
    assert again.size().width() == 760


def test_keyboard_shortcuts_and_about(window_factory, paths: AppPaths, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    load_example(paths)
    dialogs = FakeDialogs()
    window = window_factory(dialogs)
    # The menus are laid out with the frame; their keys are bound once the first page shows.
    assert window.menuBar().actions()
    qtbot.waitUntil(lambda: window.new_action.shortcut().toString() == "Ctrl+N", timeout=3000)
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.new_action))}
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+F", "Ctrl+Z", "F1", "Ctrl+1", "Ctrl+4"} <= shortcuts
    window.find_action.trigger()
    assert window.current_page() == "meetings"
    about = next(
        a for a in window.findChildren(type(window.new_action)) if a.shortcut().toString() == "F1"
    )
    about.trigger()
    assert dialogs.infos and "0.1.0" in dialogs.infos[-1][1]


def test_switching_language_to_english_and_back(window_factory, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    load_example(paths)
    dialogs = FakeDialogs()
    window = window_factory(dialogs)
    meeting_id = next(
        m.id
        for m in window.services.meetings.meetings()
        if m.date.isoformat() == "2021-03-08"  # type: ignore[union-attr]
    )
    window.open_meeting(meeting_id)

    def choose(language: str):  # type: ignore[no-untyped-def]
        def fill(dialog: QDialog) -> bool:
            assert isinstance(dialog, PreferencesDialog)
            dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
            return True

        return fill

    dialogs.forms.append(choose("en"))
    window.preferences_action.trigger()
    assert i18n.current() == "en"
    assert window.navigation.item(1).text() == "Meetings"
    assert window.current_page() == "meeting"
    assert "Monday 8 March 2021" in window.meeting_page.header.title.text()
    assert UiSettings(paths).language == "en"
    dialogs.forms.append(choose("fr"))
    window.preferences_action.trigger()
    assert window.navigation.item(1).text() == "Séances"
    assert "lundi 8 mars 2021" in window.meeting_page.header.title.text()


def test_qt_standard_buttons_are_in_french(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    i18n.install("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    box.deleteLater()
    i18n.install("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert (
        english.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    )
    english.deleteLater()
    i18n.install("fr")


def test_a_store_in_use_opens_read_only(window_factory, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    load_example(paths)
    with Services.open(paths, write=True):
        window = window_factory()
        assert "lecture seule" in window.store_label.text()
        assert not window.new_action.isEnabled()
        assert not window.pages["meetings"].new_button.isEnabled()  # type: ignore[attr-defined]


def test_a_corrupt_store_is_reported_and_the_window_closes(
    window_factory,
    paths: AppPaths,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
) -> None:
    paths.db.parent.mkdir(parents=True, exist_ok=True)
    paths.db.write_bytes(b"pas une base" * 300)
    dialogs = FakeDialogs()
    window = window_factory(dialogs)
    assert window.exit_code == 1
    assert dialogs.errors and str(paths.db) in dialogs.errors[0][1]
    assert paths.db.read_bytes() == b"pas une base" * 300


def test_an_unexpected_error_is_logged_and_shown_once(qapp, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    from irev_desktop.ui.errors import UnexpectedErrorHandler

    dialogs = FakeDialogs()
    handler = UnexpectedErrorHandler(paths, dialogs)
    for _ in range(2):
        try:
            raise RuntimeError("panne simulée")
        except RuntimeError as error:
            handler.handle(type(error), error, error.__traceback__)
    assert len(dialogs.errors) == 1
    log = (paths.logs_dir / "erreurs.log").read_text(encoding="utf-8")
    assert log.count("RuntimeError: panne simulée") == 2


def test_a_shown_window_binds_its_keys_after_the_first_page_is_painted(
    paths: AppPaths, qtbot: QtBot
) -> None:
    load_example(paths)
    i18n.install("fr")
    window = MainWindow(paths, UiSettings(paths), FakeDialogs())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_store()
    assert window.new_action.shortcut().isEmpty()  # not before the page is on screen
    qtbot.waitUntil(lambda: window.new_action.shortcut().toString() == "Ctrl+N", timeout=3000)
    assert window.pages["meetings"].model.rowCount() == 4  # type: ignore[attr-defined]
    window.close()


def test_an_error_in_a_background_thread_reaches_the_log(qapp, paths: AppPaths) -> None:  # type: ignore[no-untyped-def]
    import threading

    from irev_desktop.ui.errors import UnexpectedErrorHandler

    dialogs = FakeDialogs()
    previous = threading.excepthook
    UnexpectedErrorHandler(paths, dialogs).install()
    try:

        def fail() -> None:
            raise RuntimeError("panne du fil de préchargement")

        thread = threading.Thread(target=fail, name="irev-warm-up")
        thread.start()
        thread.join()
    finally:
        threading.excepthook = previous
        import sys

        sys.excepthook = sys.__excepthook__
    log = (paths.logs_dir / "erreurs.log").read_text(encoding="utf-8")
    assert "RuntimeError: panne du fil de préchargement" in log
    assert dialogs.errors == []  # no dialog from outside the interface's thread
