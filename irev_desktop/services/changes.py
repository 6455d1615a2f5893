"""What each write changed, read from the rows its session flushes, and told to the
store's listeners once the transaction is committed (never for a write rolled back).

The services write through ``Store.writing()`` sessions; every row added, changed or
deleted there is mapped here to the meeting and the part of it it belongs to, or to the
register. Writes that go round the ORM (the notes' autosave on a bare connection, an
archive import, a restore) say what they changed with ``publish``. ``batched`` merges the
changes of many writes into one report (loading the example).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.server_store import ServerStore
from irev_desktop.db.store import Store
from irev_desktop.model.changes import ALL_PARTS, Changes, Part

_KEY = "irev_changes"
_log = logging.getLogger(__name__)

# Rows that belong to a meeting through their own meeting_id.
_DIRECT: dict[type[models.Base], Part] = {
    models.Attendance: Part.ATTENDANCE,
    models.AgendaItem: Part.AGENDA,
    models.Deliberation: Part.DELIBERATIONS,
    models.ActionItem: Part.ACTIONS,
    models.Attachment: Part.ATTACHMENTS,
    models.Seal: Part.HEADER,
}
# Rows that belong to a meeting through a parent row: (parent model, link column, part).
_THROUGH: dict[type[models.Base], tuple[type[models.Base], str, Part]] = {
    models.Presence: (models.Attendance, "attendance_id", Part.ATTENDANCE),
    models.Proxy: (models.Attendance, "attendance_id", Part.ATTENDANCE),
    models.NoteRevision: (models.AgendaItem, "item_id", Part.NOTES),
    models.DeliberationVoter: (models.Deliberation, "deliberation_id", Part.DELIBERATIONS),
}
_REGISTER = (
    models.Organisation,
    models.Member,
    models.Person,
    models.Body,
    models.Mandate,
    models.SigningKey,
)
_ITEM_TEXT = frozenset({"notes"})


def _agenda_part(row: models.AgendaItem) -> Part:
    """An item whose notes alone changed is a change of notes, not of the agenda."""
    state = inspect(row)
    changed = {a.key for a in state.attrs if a.history.has_changes()}
    return Part.NOTES if changed and changed <= _ITEM_TEXT and state.persistent else Part.AGENDA


def _of_row(session: Session, row: object) -> Changes:
    kind = type(row)
    if isinstance(row, models.Meeting):
        return Changes({row.id: ALL_PARTS} if row.id else {}, meeting_list=True)
    if isinstance(row, _REGISTER):
        return Changes(board=True)
    if isinstance(row, models.AgendaItem):
        return Changes({row.meeting_id: frozenset({_agenda_part(row)})})
    part = _DIRECT.get(kind)  # type: ignore[arg-type]
    if part is not None:
        return Changes({getattr(row, "meeting_id"): frozenset({part})})  # noqa: B009
    through = _THROUGH.get(kind)  # type: ignore[arg-type]
    if through is not None:
        parent_model, link, part = through
        with session.no_autoflush:
            parent = session.get(parent_model, getattr(row, link))
        if parent is not None:
            return Changes({getattr(parent, "meeting_id"): frozenset({part})})  # noqa: B009
    return Changes()


def _collect(session: Session, _context: Any, _instances: Any) -> None:
    found: Changes = session.info.get(_KEY, Changes())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, models.AuditEntry) or (
            row in session.dirty and not session.is_modified(row)
        ):
            continue
        found = found.merged(_of_row(session, row))
    session.info[_KEY] = found


def note(session: Session, changes: Changes) -> None:
    """What a bulk statement of ``session`` changed (its rows never pass the flush)."""
    session.info[_KEY] = session.info.get(_KEY, Changes()).merged(changes)


def _committed(session: Session) -> None:
    found: Changes | None = session.info.pop(_KEY, None)
    store = session.info.get("store")
    if found and isinstance(store, Store):
        publish(store, found)


def _rolled_back(session: Session) -> None:
    session.info.pop(_KEY, None)


event.listen(Session, "before_flush", _collect)
event.listen(Session, "after_commit", _committed)
event.listen(Session, "after_soft_rollback", lambda session, _previous: _rolled_back(session))


# Publishing ---------------------------------------------------------------------------

_batches = threading.local()


def publish(store: Store, changes: Changes) -> None:
    """Tell the store's listeners, or keep it for the batch in progress on this thread;
    on a team's server, tell the other computers too."""
    pending: dict[int, Changes] | None = getattr(_batches, "pending", None)
    if pending is not None and id(store) in pending:
        pending[id(store)] = pending[id(store)].merged(changes)
        return
    if isinstance(store, ServerStore):
        store.notices.announce(changes.to_json())
    for listener in list(store.commit_listeners):
        try:
            listener(changes)
        except Exception:
            # The write is committed: a view that cannot hear of it must not make it
            # look failed. The view is wrong, not the record.
            _log.exception("Un abonné aux changements a échoué")


@contextmanager
def batched(store: Store) -> Iterator[None]:
    """The changes of every write made inside, told once at the end (merged)."""
    pending: dict[int, Changes] | None = getattr(_batches, "pending", None)
    if pending is None:
        pending = _batches.pending = {}
    if id(store) in pending:  # already batching: the outer batch tells
        yield
        return
    pending[id(store)] = Changes()
    try:
        yield
    finally:
        merged = pending.pop(id(store))
        if merged:
            publish(store, merged)
