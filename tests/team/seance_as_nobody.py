"""The séance journal and the séance window, run as another user and driven by a test.

Root ignores file modes: a test that makes the journal folder read-only for the user of
the program starts this script as ``nobody`` (``setpriv``, see ``AsNobody`` in
test_seance_journal_unwritable.py) and drives it: one JSON command a line on its
standard input, one JSON answer a line on its standard output. Not a test module.

Commands (``do``): ``open`` (url, data_dir), ``act`` (kind, args), ``pending``,
``replay``, ``window`` (meeting), ``type`` (text), ``point`` (name), ``wait`` (ms),
``advance`` (minutes), ``state``, ``quit``. Every answer carries ``exception`` when the
command raised something other than an ``IrevError`` an act may raise.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from irev_desktop.domain.errors import IrevError
from irev_desktop.model.journal import Kept
from irev_desktop.paths import AppPaths
from irev_desktop.services.facade import Services


class Clock:
    def __init__(self) -> None:
        self.moment = dt.datetime(2021, 11, 25, 10, 0)

    def now(self) -> dt.datetime:
        return self.moment


class Program:
    def __init__(self) -> None:
        self.services: Services | None = None
        self.window: Any = None
        self.keyboard: Any = None
        self.clock = Clock()

    @property
    def journal(self) -> Any:
        assert self.services is not None
        return self.services.seance_journal

    def run(self, command: dict[str, Any]) -> dict[str, Any]:
        handler = getattr(self, "do_" + command["do"])
        answer: dict[str, Any] = handler(command)
        return answer

    # The journal -------------------------------------------------------------------------
    def do_open(self, command: dict[str, Any]) -> dict[str, Any]:
        paths = AppPaths.for_server(command["url"], Path(command["data_dir"]))
        self.services = Services.open(paths, write=True)
        return {"journal": str(self.journal.file)}

    def do_act(self, command: dict[str, Any]) -> dict[str, Any]:
        began = time.monotonic()
        answer: dict[str, Any] = {"kept": False, "error": None, "error_class": None}
        try:
            result = self.journal.act(command["kind"], **command["args"])
        except IrevError as error:
            answer.update(error=error.message, error_class=type(error).__name__)
        else:
            answer["kept"] = isinstance(result, Kept)
        answer["seconds"] = time.monotonic() - began
        unwritable = self.journal.unwritable
        answer["unwritable"] = None if unwritable is None else unwritable.message
        answer["pending"] = self.journal.pending()
        return answer

    def do_pending(self, _command: dict[str, Any]) -> dict[str, Any]:
        return {"pending": self.journal.pending()}

    def do_replay(self, _command: dict[str, Any]) -> dict[str, Any]:
        replayed = self.journal.replay()
        return {"sent": replayed.sent, "refused": replayed.refused, "pending": replayed.pending}

    # The window --------------------------------------------------------------------------
    def do_window(self, command: dict[str, Any]) -> dict[str, Any]:
        from PySide6.QtGui import QUndoStack
        from PySide6.QtWidgets import QApplication

        from irev_desktop.ui import i18n
        from irev_desktop.ui.bus import ChangeBus
        from irev_desktop.ui.context import UiContext
        from irev_desktop.ui.seance.window import SeanceWindow
        from irev_desktop.ui.settings import UiSettings
        from tests.ui.fakes import FakeDialogs
        from tests.ui.keyboard import Keyboard

        assert self.services is not None
        self.app = QApplication.instance() or QApplication(["irev-desktop"])
        i18n.install("fr")
        self.dialogs = FakeDialogs()
        context = UiContext(
            self.services,
            self.dialogs,
            ChangeBus(),
            UiSettings(self.services.paths),
            QUndoStack(),
        )
        self.window = SeanceWindow(context, command["meeting"], self.clock)
        self.window.show()
        self.window.activateWindow()
        self.window.editor.setFocus()
        self.keyboard = Keyboard()
        return self.do_wait({"ms": 300})

    def do_type(self, command: dict[str, Any]) -> dict[str, Any]:
        self.keyboard.type(command["text"])
        return self.do_state(command)

    def do_point(self, command: dict[str, Any]) -> dict[str, Any]:
        from PySide6.QtCore import Qt

        self.keyboard.ctrl(Qt.Key.Key_P)
        self.keyboard.type(command["name"])
        self.keyboard.enter()
        self.keyboard.press(Qt.Key.Key_Escape)  # back to the notes
        return self.do_state(command)

    def do_wait(self, command: dict[str, Any]) -> dict[str, Any]:
        from PySide6.QtTest import QTest

        QTest.qWait(int(command["ms"]))
        return self.do_state(command)

    def do_advance(self, command: dict[str, Any]) -> dict[str, Any]:
        self.clock.moment += dt.timedelta(minutes=command["minutes"])
        return self.do_state(command)

    def do_state(self, _command: dict[str, Any]) -> dict[str, Any]:
        if self.window is None:
            return {}
        window = self.window
        return {
            "saved": window.saved_label.text(),
            "message": window.message.text(),
            "server_line": window.server_line.text() if window.server_line.isVisible() else None,
            "journal_line": (
                window.journal_line.text() if window.journal_line.isVisible() else None
            ),
            "editor": window.editor.toPlainText(),
            "unsaved": window.unsaved,
            "dialog_errors": list(self.dialogs.errors),
            "pending": self.journal.pending(),
        }

    def do_quit(self, _command: dict[str, Any]) -> dict[str, Any]:
        if self.window is not None:
            self.window.notes.stop()
            self.window.hide()
        if self.services is not None:
            self.services.close()
        return {"bye": True}


def main() -> None:
    program = Program()
    for line in sys.stdin:
        command = json.loads(line)
        try:
            answer = program.run(command)
        except BaseException as error:
            answer = {"exception": "".join(traceback.format_exception(error))}
        print(json.dumps(answer, ensure_ascii=False, default=str), flush=True)
        if command["do"] == "quit":
            return


if __name__ == "__main__":
    main()
