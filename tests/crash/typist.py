"""Runs séance mode in its own process and types into it until it is killed.

Usage: python typist.py STORE MEETING_ID LOG. After each keystroke it appends
"<characters typed> <monotonic time>" to LOG, so the test that kills this process
knows what had been typed, and when.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.dialogs import Dialogs
from irev_desktop.ui.seance.window import SeanceWindow
from irev_desktop.ui.settings import UiSettings

TEXT = "La presidente ouvre la seance et rappelle l'ordre du jour. " * 200
INTERVAL_MS = 12  # a fast typist: about 80 characters a second


def main() -> None:
    store, meeting_id, log_path = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    app = QApplication([])
    paths = AppPaths(store)
    services = Services.open(paths, write=True)
    context = UiContext(services, Dialogs(), ChangeBus(), UiSettings(paths), QUndoStack())
    window = SeanceWindow(context, meeting_id)
    window.show()
    log = open(log_path, "a", buffering=1, encoding="ascii")  # noqa: SIM115 - until killed
    typed = 0

    def type_one() -> None:
        nonlocal typed
        QTest.keyClicks(window.editor, TEXT[typed])
        typed += 1
        log.write(f"{typed} {time.monotonic()}\n")

    timer = QTimer(interval=INTERVAL_MS)
    timer.timeout.connect(type_one)
    timer.start()
    app.exec()


if __name__ == "__main__":
    main()
