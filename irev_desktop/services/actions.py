"""Action items decided during a meeting: who does what, by when."""

from __future__ import annotations

import datetime as dt

from irev_desktop.db import models
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise
from irev_desktop.model import dto
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase, changed_fields

MAX_ACTION_LENGTH = 5000


class ActionService(ServiceBase):
    def add_action(
        self,
        meeting_id: int,
        description: str,
        *,
        person_id: int | None = None,
        due_date: dt.date | None = None,
        item_id: int | None = None,
    ) -> dto.ActionItemDTO:
        text = sanitise(description, max_length=MAX_ACTION_LENGTH).strip()
        if not text:
            raise ValidationError("Décrivez l'action à mener.")
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            person = self.get(session, models.Person, person_id) if person_id else None
            if item_id is not None:
                item = self.get(session, models.AgendaItem, item_id)
                if item.meeting_id != meeting_id:
                    raise ValidationError("Ce point n'appartient pas à cette séance.")
            row = models.ActionItem(
                meeting_id=meeting_id,
                item_id=item_id,
                person_id=person_id,
                description=text,
                due_date=due_date,
            )
            session.add(row)
            session.flush()
            self.audit(session, "action.create", "action_item", row.id, after=text[:200])
            return convert.action_item(row, convert.person_name(person))

    def set_done(self, action_id: int, done: bool = True) -> dto.ActionItemDTO:
        # Following up an action is allowed after signature: it is not part of the minutes.
        with self._store.writing() as session:
            row = self.get(session, models.ActionItem, action_id)
            before, after = changed_fields(row, {"done": done})
            self.audit(session, "action.done", "action_item", row.id, before, after)
            person = session.get(models.Person, row.person_id) if row.person_id else None
            return convert.action_item(row, convert.person_name(person))

    def remove_action(self, action_id: int) -> None:
        with self._store.writing() as session:
            row = self.get(session, models.ActionItem, action_id)
            self.editable_meeting(session, row.meeting_id)
            session.delete(row)
            self.audit(
                session, "action.delete", "action_item", action_id, before=row.description[:200]
            )
