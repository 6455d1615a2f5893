"""Acts of a séance kept on this computer while the server did not answer, left there by
a crash or by a window closed before they went: sent from the main window as soon as a
store on a server is open, on a thread of their own, and tried again every few seconds
while the server does not answer. They never wait for the next séance."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar

from irev_desktop.model.journal import Replayed
from irev_desktop.services.facade import Services

RETRY_MS = 10_000


class KeptActsSender(QObject):
    """One per opened store; séance mode sends its own, the journal makes each act once."""

    _done = Signal(object)  # a Replayed, or the exception of the replay

    def __init__(self, services: Services, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self._journal = services.seance_journal
        self._status_bar = status_bar
        self._running = False
        self._timer = QTimer(self, interval=RETRY_MS, singleShot=True)
        self._timer.timeout.connect(self.send)
        self._done.connect(self._said)

    def send(self) -> None:
        """Send what is kept, if anything, without waiting for it."""
        if self._running or not self._journal.journaled or not self._journal.pending():
            return
        self._running = True
        threading.Thread(target=self._replay, name="actes-gardes", daemon=True).start()

    def stop(self) -> None:
        self._timer.stop()

    def _replay(self) -> None:
        try:
            outcome: object = self._journal.replay()
        except Exception as error:  # said in the status bar; the acts stay kept
            outcome = error
        self._done.emit(outcome)

    def _said(self, outcome: object) -> None:
        self._running = False
        if not isinstance(outcome, Replayed):
            self._status_bar.showMessage(
                self.tr(
                    "Des actes de séance gardés sur ce poste n'ont pas pu être envoyés : "
                    "nouvel essai dans {seconds} s."
                ).format(seconds=RETRY_MS // 1000)
            )
            self._timer.start()
            return
        parts = []
        if outcome.sent:
            parts.append(
                self.tr(
                    "{count} acte(s) de séance gardé(s) sur ce poste envoyé(s) au serveur."
                ).format(count=outcome.sent)
            )
        if outcome.refused:
            parts.append(
                self.tr("Refusé(s) par le serveur : {reasons}").format(
                    reasons=" ; ".join(outcome.refused)
                )
            )
        if outcome.pending:
            parts.append(
                self.tr(
                    "{count} acte(s) encore gardé(s) : le serveur ne répond pas, nouvel essai "
                    "dans {seconds} s."
                ).format(count=outcome.pending, seconds=RETRY_MS // 1000)
            )
            self._timer.start()
        if parts:
            self._status_bar.showMessage(" ".join(parts))
