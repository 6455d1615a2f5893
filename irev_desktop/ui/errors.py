"""An unexpected exception is logged to a file and shown once; the program goes on."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from irev_desktop import __version__
from irev_desktop.paths import AppPaths
from irev_desktop.ui.dialogs import Dialogs


def write_log(
    log: Path, kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """Append the error to ``log``; a log that cannot be written is no reason to fail."""
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} {__version__}\n")
            handle.write("".join(traceback.format_exception(kind, error, trace)))
    except OSError:
        pass


def log_error(paths: AppPaths, error: BaseException) -> None:
    """Record an error handled where it happened (the user was told there)."""
    write_log(paths.logs_dir / "erreurs.log", type(error), error, error.__traceback__)


class UnexpectedErrorHandler:
    def __init__(self, paths: AppPaths, dialogs: Dialogs) -> None:
        self._log = paths.logs_dir / "erreurs.log"
        self._dialogs = dialogs
        self._shown = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self.handle_thread

    def handle_thread(self, failure: threading.ExceptHookArgs) -> None:
        """An error in a background thread (the warm-up): logged; no dialog outside the
        interface's thread."""
        if failure.exc_value is not None and not isinstance(failure.exc_value, SystemExit):
            write_log(self._log, failure.exc_type, failure.exc_value, failure.exc_traceback)

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        write_log(self._log, kind, error, trace)
        if self._shown:
            return  # once per session: a loop of dialogs helps nobody
        self._shown = True
        self._dialogs.error(
            None,
            QCoreApplication.translate("UnexpectedErrorHandler", "Erreur inattendue"),
            QCoreApplication.translate(
                "UnexpectedErrorHandler",
                "Une erreur inattendue s'est produite ; le programme continue. "
                "Les détails ont été enregistrés dans {log}.",
            ).format(log=self._log),
        )
