"""A séance on a team's server never waits on the network: the journal of its acts.

Every act of séance mode (the notes as typed, arrivals and departures, proxies, moving
from item to item, votes, opening and closing) is first appended to a file on this
computer and made durable (fsync), then sent to the server. When the server does not
answer, the act stays in the file and the séance goes on; the acts kept are sent, in
the order they were made, as soon as the server answers again, or at the next opening
of the séance after a crash or a restart.

An act waits at most ``SEND_WAIT_SECONDS`` for the server's answer: a link that stalls
(a frozen server, a proxy or VPN that holds the connection open without forwarding
anything, a lock held on the server) answers nothing and refuses nothing, and no
timeout of TCP or libpq ends the wait. The act is then kept, as if the server were down,
and its sending goes on, on the journal's own thread, until the server answers.

The reads of séance mode (``read``) are bounded the same way.

When the journal itself cannot be written (disk full, folder read-only), an act cannot
be kept on this computer: it goes straight to the server if the server answers, and
``unwritable`` says that the acts are no longer kept; if the server does not answer
either, the act is refused with an error that says both.

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
import queue
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

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
# An act waits this long at most for the server to take it; after that it is kept and
# the séance goes on (its sending goes on in the background).
SEND_WAIT_SECONDS = 2.0

T = TypeVar("T")


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


class _NoAnswerInTime(Exception):
    """The journal's thread did not finish within ``SEND_WAIT_SECONDS``."""


@dataclass
class _Request(Generic[T]):
    """One piece of sending, for the journal's thread, and what came of it."""

    work: Callable[[], T]
    done: threading.Event
    outcome: T | None = None
    error: BaseException | None = None


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
        self._awaited: set[str] = set()  # acts whose caller waits for the result
        # Acts the server has (sent, or found already made) whose « done » line could not
        # be written: the journal is not writable. Never sent again from this program.
        self._done_here: set[str] = set()
        # Set while the journal cannot be written and acts go straight to the server:
        # what to tell the user (an act made meanwhile cannot be kept if it stops answering).
        self.unwritable: StoreWriteError | None = None
        # Every sending of ``act`` runs on one thread of the journal's (one server
        # connection), so that the caller can stop waiting for it.
        self._requests: queue.SimpleQueue[_Request[Any]] = queue.SimpleQueue()
        self._sender: threading.Thread | None = None

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
        """Make one act: its result, or ``Kept`` when the server did not answer (or not
        within ``SEND_WAIT_SECONDS``). A refusal of the server is raised (``IrevError``),
        as on a file; so is an act that could be neither kept nor sent
        (``StoreWriteError``)."""
        run = _ACTS[kind]
        if not self.journaled:
            return run(self._store, arguments)
        entry_id = uuid.uuid4().hex
        try:
            with self._lock:
                self._append({"id": entry_id, "act": kind, "args": arguments})
        except StoreWriteError as unwritable:
            return self._act_unkept(entry_id, kind, arguments, unwritable)
        # Server known down, or a replay under way (it will send this act too): the act
        # is kept without waiting for anything.
        if self.down or self._sending.locked():
            return Kept(entry_id, self.pending())
        with self._lock:
            self._awaited.add(entry_id)
        try:
            replayed = self._on_sender(self._send_waiting)
        except _NoAnswerInTime:
            self.down = True  # the next acts are kept at once, until a replay gets through
            with self._lock:
                self._awaited.discard(entry_id)
                self._results.pop(entry_id, None)
                self._refusals.pop(entry_id, None)  # said with the kept acts' refusals
            return Kept(entry_id, self.pending())
        with self._lock:
            self._awaited.discard(entry_id)
            result = self._results.pop(entry_id, None)
            refusal = self._refusals.pop(entry_id, None)
            if replayed.pending:
                return Kept(entry_id, replayed.pending)
            if refusal is not None:
                # Said by the caller, now: not again among the kept acts' refusals.
                if refusal.message in self._unreported:
                    self._unreported.remove(refusal.message)
                raise refusal
            return result

    def _act_unkept(
        self, entry_id: str, kind: str, arguments: Mapping[str, Any], unwritable: StoreWriteError
    ) -> object:
        """The journal cannot be written, so the act cannot be kept here: it goes straight
        to the server if it answers (after the acts kept before it), else it is not made
        and the error says why."""
        if self._sending.locked():  # a sending waits on the server: this one would too
            raise unwritable
        cause = unwritable.arguments.get("cause")

        def send() -> tuple[bool, object]:
            if self._send_waiting().pending:  # the acts kept before it stay first
                return False, None
            try:
                with self._store.applying(entry_id):
                    return True, _ACTS[kind](self._store, arguments)
            except AlreadyAppliedError:  # its line reached the file, then the replay sent it
                return True, None
            except StoreError:  # not answering, or not taking writes for a while
                self.down = True
                return False, None

        try:
            sent, result = self._on_sender(send)
        except _NoAnswerInTime as late:
            self.down = True
            raise StoreWriteError(
                "Le journal de la séance {file} ne peut pas être écrit ({cause}) et le "
                "serveur ne répond pas à temps : l'acte n'a pas pu être gardé sur ce poste. "
                "Il lui a été envoyé et peut encore y être enregistré : vérifiez-le dès que "
                "le serveur répondra.",
                file=self.file,
                cause=cause,
            ) from late
        if not sent:
            raise StoreWriteError(
                "Le journal de la séance {file} ne peut pas être écrit ({cause}) et le "
                "serveur ne répond pas : l'acte n'a été ni gardé sur ce poste ni enregistré. "
                "Refaites-le quand le serveur répondra ou que le journal pourra être écrit.",
                file=self.file,
                cause=cause,
            ) from unwritable
        self.unwritable = StoreWriteError(
            "Le journal de la séance {file} ne peut pas être écrit ({cause}) : les actes "
            "sont envoyés directement au serveur, mais s'il cessait de répondre ils ne "
            "pourraient pas être gardés sur ce poste.",
            file=self.file,
            cause=cause,
        )
        return result

    def _on_sender(self, work: Callable[[], T]) -> T:
        """``work`` run on the journal's thread, while no one else sends; raises
        ``_NoAnswerInTime`` if it has not finished within ``SEND_WAIT_SECONDS`` (it goes
        on there: its acts are in the journal, or said by the caller as not kept)."""
        request: _Request[T] = _Request(work, threading.Event())
        with self._lock:
            if self._sender is None or not self._sender.is_alive():
                self._sender = threading.Thread(
                    target=self._send_requests, name="irev-journal-seance", daemon=True
                )
                self._sender.start()
        self._requests.put(request)
        if not request.done.wait(SEND_WAIT_SECONDS):
            raise _NoAnswerInTime()
        if request.error is not None:
            raise request.error
        return request.outcome  # type: ignore[return-value]  # set when there was no error

    def _send_requests(self) -> None:
        """The journal's thread: one request after the other, for the program's life."""
        while True:
            request = self._requests.get()
            try:
                with self._sending:
                    request.outcome = request.work()
            except BaseException as error:  # for the caller, who raises it
                request.error = error
            finally:
                request.done.set()

    def read(self, work: Callable[[], T]) -> T:
        """A read of séance mode (``work``), bounded as the acts are.

        While a sending waits on the server, the read would wait behind it: it raises
        ``ServerUnreachableError`` at once, and the window shows what it has. On a server
        known not to answer (it refused), it is tried here, on the caller's thread, where
        a refusal is said at once (a new connection waits ``CONNECT_TIMEOUT_SECONDS`` at
        most) and the broken link is dropped for the next read. Otherwise it runs on the
        journal's thread, and ``SEND_WAIT_SECONDS`` without an answer is said the same.
        """
        if not self.journaled:
            return work()
        if self._sending.locked():
            raise self._unreachable()
        if self.down:
            return work()

        def attempt() -> T:
            try:
                return work()
            except ServerUnreachableError:
                # A link the server broke earlier (it restarted) fails once and is
                # replaced: once more, on a new one; a server really down refuses again.
                return work()

        try:
            return self._on_sender(attempt)
        except _NoAnswerInTime:
            self.down = True  # it goes on there; the acts are kept meanwhile
            raise self._unreachable() from None

    def _unreachable(self) -> ServerUnreachableError:
        return ServerUnreachableError(
            "Le serveur de la base {db} ne répond pas : rien n'y a été lu ni écrit. "
            "Vérifiez le réseau, puis réessayez.",
            db=self._store.paths.label,
        )

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
                    self._mark_done({"done": entry["id"]})
                    continue
                except ValidationError as error:  # the rules refuse it: said, not retried
                    with self._lock:
                        if entry["id"] in self._awaited:
                            self._refusals[entry["id"]] = error
                        self._unreported.append(error.message)
                    self._mark_done({"done": entry["id"], "refused": error.message})
                    refused.append(error.message)
                    continue
                with self._lock:
                    if entry["id"] in self._awaited:
                        self._results[entry["id"]] = result
                self._mark_done({"done": entry["id"]})
                sent += 1
            with self._lock:  # acts made while these were sent go in the next round
                if not self._waiting():
                    self._start_afresh()
        self.down = False
        return Replayed(sent, tuple(refused), 0)

    # The file ---------------------------------------------------------------------------
    def _mark_done(self, record: dict[str, Any]) -> None:
        """The act is on the server: the file says so, or, if it cannot be written, this
        program remembers it (the server has the act's id: another program that sends it
        again is told it is made)."""
        with self._lock:
            try:
                self._append(record)
            except StoreWriteError:
                self._done_here.add(record["done"])

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
            self.unwritable = None
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
            self._done_here.clear()

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
                elif record.get("act") in _ACTS and record["id"] not in self._done_here:
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
