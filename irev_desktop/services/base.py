"""What every service shares: the store, lookups that fail in French, the audit log."""

from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.store import Store
from irev_desktop.domain import french
from irev_desktop.domain.errors import FrozenError, NotFoundError
from irev_desktop.domain.lifecycle import is_frozen
from irev_desktop.services import changes as _changes  # noqa: F401  (registers the listeners)

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
