"""Fixtures of the window tests: a UI context on a temporary store with fake dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QUndoStack

from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.settings import UiSettings

from .fakes import FakeDialogs


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def context(
    qapp: object, demo: Services, paths: AppPaths, fake_dialogs: FakeDialogs
) -> Iterator[UiContext]:
    i18n.install("fr")
    yield UiContext(demo, fake_dialogs, ChangeBus(), UiSettings(paths), QUndoStack())


@pytest.fixture
def main_meeting_id(demo: Services) -> int:
    return next(m.id for m in demo.meetings.meetings() if m.date.isoformat() == "2021-03-08")
