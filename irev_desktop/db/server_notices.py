"""Live changes between the computers of a team: PostgreSQL's LISTEN and NOTIFY.

Each committed write is announced on the channel ``irev_changes`` with what it changed
(``model.changes.Changes`` as JSON) and the id of the program that wrote it. Every other
program connected to the same database listens on its own connection, in a thread, and
hands what it hears to the store's listeners, as its own writes are (the window's bus
queues them to the window's thread). A listener that loses the server reconnects, and
then tells its listeners that anything may have changed: what was announced meanwhile
was not heard.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable
from typing import Any

CHANNEL = "irev_changes"
# PostgreSQL refuses a payload of 8000 bytes or more: a larger report says « everything ».
MAX_PAYLOAD = 7900
RECONNECT_SECONDS = (0.5, 1, 2, 5)
_log = logging.getLogger(__name__)

Connect = Callable[[], Any]  # a new autocommit psycopg connection
Heard = Callable[[object, bool], None]  # (the report's JSON, whether some were missed)


class Notices:
    """Announces this program's writes, and hears the others'."""

    def __init__(self, connect: Connect) -> None:
        self.sender = os.urandom(16).hex()  # as random as uuid4, without its import
        self._connect = connect
        self._announcer: Any = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.listening = threading.Event()  # set while LISTEN is in force

    def announce(self, report: dict[str, object]) -> None:
        """Tell the others (after the commit). A failure is logged, never raised: the
        write is committed, and the others re-read when they next open the page."""
        payload = json.dumps({"from": self.sender, "changes": report}, separators=(",", ":"))
        if len(payload.encode("utf-8")) > MAX_PAYLOAD:
            payload = json.dumps({"from": self.sender, "changes": {"store": True}})
        with self._lock:
            try:
                if self._announcer is None or self._announcer.closed:
                    self._announcer = self._connect()
                self._announcer.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
            except Exception:
                _log.warning("Changement non annoncé aux autres postes", exc_info=True)
                self._close_announcer()

    def listen(self, heard: Heard) -> None:
        """Start hearing the others' writes (once; later calls do nothing)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._run, args=(heard,), name="irev-serveur-ecoute", daemon=True
        )
        self._thread.start()

    def _run(self, heard: Heard) -> None:
        failures = 0
        missed = False
        while not self._stop.is_set():
            try:
                connection = self._connect()
            except Exception:
                missed = True
                self._stop.wait(RECONNECT_SECONDS[min(failures, len(RECONNECT_SECONDS) - 1)])
                failures += 1
                continue
            try:
                connection.execute(f"LISTEN {CHANNEL}")
                self.listening.set()
                if missed:  # announcements made while deaf are lost: re-read everything
                    heard({"store": True}, True)
                    missed = False
                failures = 0
                while not self._stop.is_set():
                    for notice in connection.notifies(timeout=0.5, stop_after=100):
                        self._hear(notice.payload, heard)
            except Exception:
                if not self._stop.is_set():
                    _log.warning("Écoute du serveur interrompue", exc_info=True)
                missed = True
            finally:
                self.listening.clear()
                with contextlib.suppress(Exception):
                    connection.close()

    def _hear(self, payload: str, heard: Heard) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            heard({"store": True}, False)
            return
        if not isinstance(data, dict) or data.get("from") == self.sender:
            return  # our own: told already, at our commit
        heard(data.get("changes"), False)

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=3)
            self._thread = None
        with self._lock:
            self._close_announcer()

    def _close_announcer(self) -> None:
        if self._announcer is not None:
            with contextlib.suppress(Exception):
                self._announcer.close()
            self._announcer = None
