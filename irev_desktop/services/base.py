"""What every service shares: the store, lookups that fail in French, the audit log."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.store import Store
from irev_desktop.domain import french
from irev_desktop.domain.errors import FrozenError, NotFoundError, RowConflictError
from irev_desktop.domain.lifecycle import is_frozen
from irev_desktop.services import changes as _changes  # noqa: F401  (registers the listeners)
from irev_desktop.services.versions import stale_edit

M = TypeVar("M", bound=models.Base)

_WHAT: dict[type[models.Base], str] = {
    models.Organisation: "L'organisation",
    models.Member: "Le membre",
    models.Person: "La personne",
    models.Body: "L'instance",
    models.Mandate: "Le mandat",
    models.Meeting: "La séance",
    models.Attendance: "La ligne de présence",
    models.AgendaItem: "Le point de l'ordre du jour",
    models.Deliberation: "La délibération",
    models.ActionItem: "L'action",
    models.Attachment: "La pièce jointe",
}


class ServiceBase:
    def __init__(self, store: Store) -> None:
        self._store = store

    @staticmethod
    def get(session: Session, model: type[M], ident: int) -> M:
        row = session.get(model, ident)
        if row is None:
            what = _WHAT.get(model, "L'élément")
            raise NotFoundError("{what} n° {ident} n'existe pas.", what=what, ident=ident)
        if isinstance(row, models.AgendaItem) and row.removed_at is not None:
            raise NotFoundError(
                "Le point « {title} » a été retiré de l'ordre du jour (Ctrl+Z le remet).",
                title=row.title,
            )
        return row

    def locked(self, session: Session, model: type[M], ident: int) -> M:
        """The row an edit changes, locked until the commit (FOR UPDATE on a server): two
        edits of it run one after the other, the second seeing the first's version."""
        # OF the row's own table: its eager joins (a mandate's person) stay unlocked.
        session.get(model, ident, with_for_update={"of": model})
        return self.get(session, model, ident)

    def edit_row(
        self,
        session: Session,
        row: models.Base,
        values: dict[str, Any],
        based_on: int | None,
        *,
        what: str,
        action: str,
        entity: str,
    ) -> RowConflictError | None:
        """Apply an edit form's ``values`` to ``row``, raise its version if anything
        changed, and audit it. Typed from an older version than the stored one
        (``based_on``), with values that differ: nothing is applied, the refused values
        are audited, and the conflict is returned, for the caller to raise once this
        transaction is committed (``services.versions``)."""
        ident: int = getattr(row, "id")  # noqa: B009 (every versioned model has one)
        conflict = stale_edit(session, row, values, based_on, what)
        if conflict is not None:
            refused = {name: values[name] for name, _, _ in conflict.fields}
            self.audit(session, f"{action}.refused", entity, ident, after=refused)
            return conflict
        before, after = changed_fields(row, values)
        if after:
            row.row_version += 1  # type: ignore[attr-defined]
        self.audit(session, action, entity, ident, before, after)
        return None

    @staticmethod
    def audit(
        session: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        before: Any = None,
        after: Any = None,
    ) -> None:
        text = audit_summary(before, after)
        session.add(
            models.AuditEntry(action=action, entity=entity, entity_id=entity_id, summary=text)
        )

    @staticmethod
    def ensure_editable(meeting: models.Meeting) -> None:
        if is_frozen(meeting.status):
            raise FrozenError(
                "Le procès-verbal de la séance du {date} "
                "est signé : la séance et son contenu ne peuvent plus être modifiés.",
                date=french.format_date_long(meeting.date),
            )

    def editable_meeting(self, session: Session, meeting_id: int) -> models.Meeting:
        """The meeting a write changes, locked until the commit (FOR UPDATE; SQLite's
        one writer needs no lock): on a team's server, two writes to one meeting run one
        after the other, each seeing the other's result, and never in a deadlock."""
        meeting = session.get(models.Meeting, meeting_id, with_for_update=True)
        if meeting is None:
            meeting = self.get(session, models.Meeting, meeting_id)  # its French refusal
        self.ensure_editable(meeting)
        return meeting


def audit_summary(before: Any = None, after: Any = None) -> str:
    """The JSON of an audit line: « avant » and « après », whichever are given; the one
    writing of it, for the ORM's writes and for Core's (the notes' autosave)."""
    summary: dict[str, Any] = {}
    if before is not None:
        summary["avant"] = before
    if after is not None:
        summary["après"] = after
    return json.dumps(summary, ensure_ascii=False, default=str) if summary else ""


def changed_fields(
    row: models.Base, values: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Apply ``values`` to ``row``; return (before, after) of what really changed."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            before[name] = old
            after[name] = value
            setattr(row, name, value)
    return before, after
