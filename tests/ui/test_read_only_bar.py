"""The window's status bar says why a store opened read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import load_demo
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs


@pytest.fixture
def open_window(qtbot: QtBot, paths: AppPaths) -> Iterator[Callable[[], MainWindow]]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        i18n.install("fr")
        window = MainWindow(paths, UiSettings(paths), FakeDialogs())
        qtbot.addWidget(window)
        window.open_store()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def example(paths: AppPaths) -> AppPaths:
    with Services.open(paths, write=True) as services:
        load_demo(services)
    return paths


def test_a_read_only_file_is_shown_with_its_reason(
    open_window: Callable[[], MainWindow], example: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = (
        f"Le fichier {example.db} est en lecture seule : vous n'avez pas le droit de le modifier."
    )
    monkeypatch.setattr("irev_desktop.db.sqlite_files.write_denied", lambda _path: reason)
    window = open_window()
    assert window.services is not None and not window.services.store.writable
    assert window.store_label.text() == f"Base en lecture seule : {reason}"
    assert not window.new_action.isEnabled()
    assert window.exit_code != 1  # opened, not refused as damaged


def test_a_store_in_use_is_shown_with_the_in_use_reason(
    open_window: Callable[[], MainWindow], example: AppPaths
) -> None:
    with Services.open(example, write=True):
        window = open_window()
        assert "ouverte par une autre instance" in window.store_label.text()
        assert window.store_label.text().startswith("Base en lecture seule : ")


def test_a_writable_store_shows_its_path(
    open_window: Callable[[], MainWindow], example: AppPaths
) -> None:
    assert open_window().store_label.text() == str(example.db)
