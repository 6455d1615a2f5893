"""A séance on a team's server never waits on the network: the journal of its acts.

Every act of séance mode (the notes as typed, arrivals and departures, proxies, moving
from item to item, votes, opening and closing) is first appended to a file on this
computer and made durable (fsync), then sent to the server. When the server does not
answer, the act stays in the file and the séance goes on; the acts kept are sent, in
the order they were made, as soon as the server answers again, or at the next opening
of the séance after a crash or a restart.

Each act is sent exactly once: its id is inserted into the server's table
``journal_applied`` in the same transaction as the act itself
(``ServerStore.applying``), so an act whose commit reached the server but whose answer
was lost is recognised at the next try and not made twice. An act the server refuses
(the rules forbid it) leaves the journal with its refusal, which the window shows.

On a SQLite file nothing is journaled: the file is on this computer, and an act either
lands in it at once or is refused at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from irev_desktop.db.server_errors import AlreadyAppliedError
from irev_desktop.db.store import Store
from irev_desktop.domain.enums import AttendanceStatus, VoteChoice
from irev_desktop.domain.errors import (
    IrevError,
    ServerUnreachableError,
    StoreError,
    StoreWriteError,
    ValidationError,
)
from irev_desktop.model.journal import Kept, Replayed
from irev_desktop.services.agenda import AgendaService
from irev_desktop.services.attendance import AttendanceService
from irev_desktop.services.seance import SeanceService

JOURNAL_FOLDER = "journal-seance"
JOURNAL_FILE = "actes.jsonl"


def _time(value: str | None) -> dt.time | None:
    return None if value is None else dt.time.fromisoformat(value)


def _moment(value: str) -> dt.time:
    return dt.time.fromisoformat(value)


def _text(value: dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


# Each act: how it is sent (from its JSON arguments).
_Run = Callable[[Store, Mapping[str, Any]], object]
_ACTS: dict[str, _Run] = {
    "notes": lambda store, a: AgendaService(store).save_notes(
        a["item_id"], a["text"], checkpoint=a["checkpoint"], based_on=a.get("based_on")
    ),
    "arrival": lambda store, a: AttendanceService(store).record_arrival(
        a["meeting_id"], a["person_id"], _time(a["at"])
    ),
    "departure": lambda store, a: AttendanceService(store).record_departure(
        a["meeting_id"], a["person_id"], _time(a["at"])
    ),
    "proxy": lambda store, a: AttendanceService(store).give_proxy(
        a["meeting_id"], a["giver_id"], a["holder_id"], _time(a["at"])
    ),
    "end_proxy": lambda store, a: AttendanceService(store).end_proxy(
        a["meeting_id"], a["giver_id"], _time(a["at"])
    ),
    "status": lambda store, a: AttendanceService(store).set_status(
        a["meeting_id"], a["person_id"], AttendanceStatus(a["status"])
    ),
    "start": lambda store, a: SeanceService(store).start(a["meeting_id"], _moment(a["at"])),
    "switch_item": lambda store, a: SeanceService(store).switch_item(
        a["meeting_id"], a["from_item"], a["to_item"], _moment(a["at"])
    ),
    "close": lambda store, a: SeanceService(store).close(
        a["meeting_id"], _moment(a["at"]), a["current_item"]
    ),
    "vote": lambda store, a: SeanceService(store).record_vote(
        a["meeting_id"],
        a["title"],
        a["text"],
        {int(p): VoteChoice(c) for p, c in a["choices"].items()},
        at=_time(a["at"]),
        item_id=a["item_id"],
        number=a["number"],
    ),
}


class SeanceJournal:
    """The journal of the séance acts made on this computer for one server store."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.file = store.paths.data_dir / JOURNAL_FOLDER / JOURNAL_FILE
        self._lock = threading.RLock()  # the file and the maps below
        self._sending = threading.Lock()  # one sender at a time, in the file's order
        # Set when the server did not answer: acts are then kept at once, without
        # trying the network, until a replay (``replay``, in the background) gets through.
        self.down = False
        # What the acts sent by this program gave back, or why they were refused, until
        # the caller of ``act`` takes it.
        self._results: dict[str, object] = {}
        self._refusals: dict[str, IrevError] = {}
        self._unreported: list[str] = []  # refusals of kept acts, until the window says them

    @property
    def journaled(self) -> bool:
        """Only a server's acts go through the journal."""
        return self._store.paths.is_server

    # The acts ----------------------------------------------------------------------------
    def notes(
        self, item_id: int, text: str, checkpoint: bool, based_on: str | None = None
    ) -> object:
        return self.act(
            "notes", item_id=item_id, text=text, checkpoint=checkpoint, based_on=based_on
        )

    def arrival(self, meeting_id: int, person_id: int, at: dt.time | None) -> object:
        return self.act("arrival", meeting_id=meeting_id, person_id=person_id, at=_text(at))

    def departure(self, meeting_id: int, person_id: int, at: dt.time | None) -> object:
        return self.act("departure", meeting_id=meeting_id, person_id=person_id, at=_text(at))

    def proxy(self, meeting_id: int, giver_id: int, holder_id: int, at: dt.time | None) -> object:
        return self.act(
            "proxy", meeting_id=meeting_id, giver_id=giver_id, holder_id=holder_id, at=_text(at)
        )

    def end_proxy(self, meeting_id: int, giver_id: int, at: dt.time | None) -> object:
        return self.act("end_proxy", meeting_id=meeting_id, giver_id=giver_id, at=_text(at))

    def status(self, meeting_id: int, person_id: int, status: AttendanceStatus) -> object:
        return self.act("status", meeting_id=meeting_id, person_id=person_id, status=status.value)

    def start(self, meeting_id: int, at: dt.time) -> object:
        return self.act("start", meeting_id=meeting_id, at=_text(at))

    def switch_item(
        self, meeting_id: int, from_item: int | None, to_item: int, at: dt.time
    ) -> object:
        return self.act(
            "switch_item",
            meeting_id=meeting_id,
            from_item=from_item,
            to_item=to_item,
            at=_text(at),
        )

    def close(self, meeting_id: int, at: dt.time, current_item: int | None) -> object:
        return self.act("close", meeting_id=meeting_id, at=_text(at), current_item=current_item)

    def vote(
        self,
        meeting_id: int,
        title: str,
        text: str,
        choices: Mapping[int, VoteChoice],
        *,
        at: dt.time | None,
        item_id: int | None,
        number: str | None = None,
    ) -> object:
        return self.act(
            "vote",
            meeting_id=meeting_id,
            title=title,
            text=text,
            choices={str(p): c.value for p, c in choices.items()},
            at=_text(at),
            item_id=item_id,
            number=number,
        )

    # Sending ----------------------------------------------------------------------------
    def act(self, kind: str, **arguments: Any) -> object:
        """Make one act: its result, or ``Kept`` when the server did not answer. A
        refusal of the server is raised (``IrevError``), as on a file."""
        run = _ACTS[kind]
        if not self.journaled:
            return run(self._store, arguments)
        entry_id = uuid.uuid4().hex
        with self._lock:
            self._append({"id": entry_id, "act": kind, "args": arguments})
        # Server known down, or a replay under way (it will send this act too): the act
        # is kept without waiting for anything.
        if self.down or not self._sending.acquire(blocking=False):
            return Kept(entry_id, self.pending())
        try:
            replayed = self._send_waiting()
        finally:
            self._sending.release()
        if replayed.pending:
            return Kept(entry_id, replayed.pending)
        with self._lock:
            refusal = self._refusals.pop(entry_id, None)
            if refusal is not None:
                # Said by the caller, now: not again among the kept acts' refusals.
                if refusal.message in self._unreported:
                    self._unreported.remove(refusal.message)
                raise refusal
            return self._results.pop(entry_id, None)

    def take_refusals(self) -> tuple[str, ...]:
        """The refusals of acts kept then sent, not yet said (each said once)."""
        with self._lock:
            taken, self._unreported = tuple(self._unreported), []
            return taken

    def pending(self) -> int:
        with self._lock:
            return len(self._waiting())

    def replay(self) -> Replayed:
        """Send the acts kept, in order, until the server stops answering. Safe on a
        worker thread: acts made meanwhile are kept, and sent by this replay or the next."""
        with self._sending:
            return self._send_waiting()

    def _send_waiting(self) -> Replayed:
        sent = 0
        refused: list[str] = []
        while True:
            with self._lock:
                waiting = self._waiting()
            if not waiting:
                break
            for entry in waiting:
                try:
                    with self._store.applying(entry["id"]):
                        result = _ACTS[entry["act"]](self._store, entry["args"])
                except (ServerUnreachableError, StoreError):
                    # Not a refusal of the act: the server cannot take it now (down,
                    # restarting, read-only for a while, busy). It stays, in its place.
                    self.down = True
                    return Replayed(sent, tuple(refused), self.pending())
                except AlreadyAppliedError:
                    # Its commit reached the server before the answer got lost: done.
                    with self._lock:
                        self._results[entry["id"]] = None
                        self._append({"done": entry["id"]})
                    continue
                except ValidationError as error:  # the rules refuse it: said, not retried
                    with self._lock:
                        self._refusals[entry["id"]] = error
                        self._unreported.append(error.message)
                        self._append({"done": entry["id"], "refused": error.message})
                    refused.append(error.message)
                    continue
                with self._lock:
                    self._results[entry["id"]] = result
                    self._append({"done": entry["id"]})
                sent += 1
            with self._lock:  # acts made while these were sent go in the next round
                if not self._waiting():
                    self._start_afresh()
        self.down = False
        return Replayed(sent, tuple(refused), 0)

    # The file ---------------------------------------------------------------------------
    def _append(self, record: dict[str, Any]) -> None:
        """One line, on the disk before anything is sent (fsync)."""
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            if _ends_mid_line(self.file):  # a crash cut the last line: it stays apart
                line = "\n" + line
            with open(self.file, "a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            raise StoreWriteError(
                "Le journal de la séance {file} ne peut pas être écrit ({cause}) : l'acte "
                "n'a pas été fait.",
                file=self.file,
                cause=error.strerror or error,
            ) from error

    def _start_afresh(self) -> None:
        """Every act is sent: the file starts again empty, so it never grows for long."""
        # If it cannot be emptied, its lines all say « done »: it is only longer.
        with contextlib.suppress(OSError):
            self.file.write_bytes(b"")

    def _waiting(self) -> list[dict[str, Any]]:
        """The acts of the file not yet sent nor refused, in order. A last line cut by a
        crash mid-write is not an act: it was never acknowledged to the user."""
        if not self.file.is_file():
            return []
        entries: dict[str, dict[str, Any]] = {}
        with open(self.file, encoding="utf-8") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if "done" in record:
                    entries.pop(record["done"], None)
                elif record.get("act") in _ACTS:
                    entries[record["id"]] = record
        return list(entries.values())


def _ends_mid_line(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            if handle.tell() == 0:
                return False
            handle.seek(-1, os.SEEK_END)
            return handle.read(1) != b"\n"
    except OSError:
        return False
