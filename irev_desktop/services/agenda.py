"""The agenda of a meeting and the notes taken on each item, with their history."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, func, insert, literal, select, update
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.models import utc_now
from irev_desktop.domain.errors import NotesConflictError, NotFoundError, ValidationError
from irev_desktop.domain.lifecycle import is_frozen
from irev_desktop.domain.text import sanitise
from irev_desktop.model import dto
from irev_desktop.model.changes import Changes, Part
from irev_desktop.model.inputs import ItemFields
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase, audit_summary, changed_fields
from irev_desktop.services.changes import publish
from irev_desktop.services.registry import required

# Generous: a long debate typed live is far below this; it keeps a paste accident bounded.
MAX_NOTES_LENGTH = 2_000_000
# While typing, one revision per minute is history enough.
REVISION_INTERVAL = dt.timedelta(seconds=60)


def starts_new_revision(
    last_saved: dt.datetime, last_length: int, now: dt.datetime, new_length: int
) -> bool:
    """Whether an autosave must keep a new revision rather than refresh the latest."""
    if now - last_saved >= REVISION_INTERVAL:
        return True
    removed = last_length - new_length
    return removed > 200 or (last_length > 0 and removed > last_length // 5)


class AgendaService(ServiceBase):
    def add_item(
        self, meeting_id: int, fields: ItemFields, position: int | None = None
    ) -> dto.AgendaItemDTO:
        """Add an item at ``position`` (1-based), at the end when None."""
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            values = self._clean(session, fields)
            items = self._items(session, meeting_id)
            index = len(items) if position is None else max(0, min(position - 1, len(items)))
            row = models.AgendaItem(meeting_id=meeting_id, position=0, **values)
            session.add(row)
            items.insert(index, row)
            renumber(items)
            session.flush()
            self.audit(session, "item.create", "agenda_item", row.id, after=row.title)
            return self._dto(session, row)

    def update_item(
        self, item_id: int, fields: ItemFields, based_on: int | None = None
    ) -> dto.AgendaItemDTO:
        """``based_on``: the version the form was filled from (``AgendaItemDTO.version``);
        someone else's edit of the item since then is not overwritten
        (``RowConflictError``). The notes are not part of it: they have their own check."""
        with self._store.writing() as session:
            row = self.get(session, models.AgendaItem, item_id)
            self.editable_meeting(session, row.meeting_id)  # locks the item's meeting
            # Read again under that lock: a write of the item that held it is now
            # committed, and its version is the one to compare with.
            session.refresh(row)
            refused = self.edit_row(
                session,
                row,
                self._clean(session, fields),
                based_on,
                what="ce point de l'ordre du jour",
                action="item.update",
                entity="agenda_item",
            )
            result = self._dto(session, row)
        if refused is not None:
            raise refused
        return result

    def remove_item(self, item_id: int) -> dto.AgendaItemDTO:
        """Take an item off the agenda; returns it as it was, for undo.

        Nothing is deleted: the item keeps its id, notes, revisions and links, and
        :meth:`restore_item` puts it back.
        """
        with self._store.writing() as session:
            row = self.get(session, models.AgendaItem, item_id)
            self.editable_meeting(session, row.meeting_id)
            removed = self._dto(session, row)
            row.removed_at = utc_now()
            session.flush()
            renumber(self._items(session, row.meeting_id))
            self.audit(session, "item.remove", "agenda_item", item_id, before=removed.title)
            return removed

    def restore_item(self, item_id: int, position: int) -> dto.AgendaItemDTO:
        """Put a removed item back on the agenda at ``position`` (1-based)."""
        with self._store.writing() as session:
            row = session.get(models.AgendaItem, item_id)
            if row is None:
                raise NotFoundError(
                    "Le point de l'ordre du jour n° {item} n'existe pas.", item=item_id
                )
            self.editable_meeting(session, row.meeting_id)
            if row.removed_at is None:
                raise ValidationError(
                    "Le point « {title} » figure déjà à l'ordre du jour.", title=row.title
                )
            items = self._items(session, row.meeting_id)
            row.removed_at = None
            items.insert(max(0, min(position - 1, len(items))), row)
            renumber(items)
            self.audit(session, "item.restore", "agenda_item", item_id, after=row.title)
            return self._dto(session, row)

    def move_item(self, item_id: int, new_position: int) -> list[dto.AgendaItemDTO]:
        """Move an item to ``new_position`` (1-based); returns the agenda in order."""
        with self._store.writing() as session:
            row = self.get(session, models.AgendaItem, item_id)
            self.editable_meeting(session, row.meeting_id)
            items = self._items(session, row.meeting_id)
            old = items.index(row)
            items.pop(old)
            items.insert(max(0, min(new_position - 1, len(items))), row)
            renumber(items)
            self.audit(session, "item.move", "agenda_item", row.id, old + 1, row.position)
            return [self._dto(session, item) for item in items]

    def items(self, meeting_id: int) -> list[dto.AgendaItemDTO]:
        with self._store.reading() as session:
            self.get(session, models.Meeting, meeting_id)
            return [self._dto(session, item) for item in self._items(session, meeting_id)]

    # Notes --------------------------------------------------------------------------
    def save_notes(
        self, item_id: int, text: str, *, checkpoint: bool = True, based_on: str | None = None
    ) -> bool:
        """Store the notes of an item; returns False when nothing changed.

        A checkpoint (item switch, Ctrl+S, leaving the editor, closing) always keeps a new
        revision. An autosave while typing refreshes the latest revision instead, unless
        that one is older than a minute or the change deletes a large part of the text:
        "select all, delete" then always leaves the full text in the history.

        ``based_on``: the text the editor started from. If the stored notes are no longer
        it (someone else saved meanwhile, on another computer or in another window), they
        are not overwritten: ``text`` is kept as a revision beside theirs, and
        ``NotesConflictError`` gives both, for the user to choose.
        """
        clean = sanitise(text, max_length=MAX_NOTES_LENGTH)
        tables = models.Base.metadata.tables
        item_table, revision_table = tables["agenda_item"], tables["note_revision"]
        # Core on a bare connection: this runs every second while someone types.
        with self._store.write_connection() as conn:
            base = None if based_on is None else sanitise(based_on, max_length=MAX_NOTES_LENGTH)
            row = conn.execute(
                # Compared in SQL: no need to bring 50 KB back to learn they are equal.
                select(
                    item_table.c.notes == clean,
                    models.Meeting.status,
                    models.Meeting.date,
                    item_table.c.meeting_id,
                    # No base: the caller overwrites whatever is there.
                    literal(True) if base is None else item_table.c.notes == base,
                )
                .join(tables["meeting"])
                .where(item_table.c.id == item_id)
                # The row stays ours until the commit: a save of another computer waits.
                .with_for_update(of=item_table)
            ).first()
            if row is None:
                raise NotFoundError(
                    "Le point de l'ordre du jour n° {item} n'existe pas.", item=item_id
                )
            unchanged, status, day, meeting_id, as_read = row
            if is_frozen(status):
                self.ensure_editable(models.Meeting(status=status, date=day))
            if unchanged:
                return False
            if not as_read:
                # Theirs stays; mine is kept beside it, in the same transaction.
                theirs = conn.execute(
                    select(item_table.c.notes).where(item_table.c.id == item_id)
                ).scalar_one()
                conn.execute(
                    insert(revision_table).values(item_id=item_id, text=clean, saved_at=utc_now())
                )
                conflict = NotesConflictError(
                    "Une autre personne a modifié les notes de ce point pendant que vous "
                    "écriviez : les deux textes sont gardés dans l'historique du point.",
                    clean,
                    theirs,
                )
            else:
                conflict = None
                self._write_notes(conn, item_id, clean, checkpoint)
        publish(self._store, Changes({meeting_id: frozenset({Part.NOTES})}))
        if conflict is not None:
            raise conflict
        return True

    @staticmethod
    def _write_notes(conn: Connection, item_id: int, clean: str, checkpoint: bool) -> None:
        tables = models.Base.metadata.tables
        item_table, revision_table = tables["agenda_item"], tables["note_revision"]
        conn.execute(update(item_table).where(item_table.c.id == item_id).values(notes=clean))
        latest = conn.execute(
            select(
                revision_table.c.id,
                revision_table.c.saved_at,
                func.length(revision_table.c.text),
            )
            .where(revision_table.c.item_id == item_id)
            .order_by(revision_table.c.id.desc())
            .limit(1)
        ).first()
        now = utc_now()
        if (
            latest is not None
            and not checkpoint
            and not starts_new_revision(latest[1], latest[2], now, len(clean))
        ):
            conn.execute(
                update(revision_table)
                .where(revision_table.c.id == latest[0])
                .values(text=clean, saved_at=now)
            )
        else:
            conn.execute(insert(revision_table).values(item_id=item_id, text=clean, saved_at=now))
            conn.execute(
                insert(tables["audit_entry"]).values(
                    at=now,
                    action="item.notes",
                    entity="agenda_item",
                    entity_id=item_id,
                    summary=audit_summary(after=f"{len(clean)} car."),
                )
            )

    def revisions(self, item_id: int) -> list[dto.NoteRevisionDTO]:
        """Saved states of an item's notes, newest first."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.NoteRevision)
                .where(models.NoteRevision.item_id == item_id)
                .order_by(models.NoteRevision.id.desc())
            )
            return [dto.NoteRevisionDTO(r.id, r.item_id, r.saved_at, r.text) for r in rows]

    def restore_revision(self, revision_id: int) -> dto.AgendaItemDTO:
        with self._store.reading() as session:
            revision = session.get(models.NoteRevision, revision_id)
            if revision is None:
                raise ValidationError(
                    "La version n° {revision} des notes n'existe pas.", revision=revision_id
                )
            item_id, text = revision.item_id, revision.text
        self.save_notes(item_id, text)
        with self._store.reading() as session:
            return self._dto(session, self.get(session, models.AgendaItem, item_id))

    def record_item_times(
        self, item_id: int, *, started_at: dt.time | None, ended_at: dt.time | None
    ) -> dto.AgendaItemDTO:
        if started_at and ended_at and ended_at < started_at:
            raise ValidationError("Un point ne peut se terminer avant d'avoir commencé.")
        with self._store.writing() as session:
            row = self.get(session, models.AgendaItem, item_id)
            self.editable_meeting(session, row.meeting_id)
            before, after = changed_fields(row, {"started_at": started_at, "ended_at": ended_at})
            self.audit(session, "item.times", "agenda_item", row.id, before, after)
            return self._dto(session, row)

    # Helpers --------------------------------------------------------------------------
    def _clean(self, session: Session, fields: ItemFields) -> dict[str, object]:
        if fields.planned_minutes is not None and not 0 <= fields.planned_minutes <= 24 * 60:
            raise ValidationError("La durée prévue doit être comprise entre 0 et 1 440 minutes.")
        if fields.rapporteur_id is not None:
            self.get(session, models.Person, fields.rapporteur_id)
        return {
            "title": required(fields.title, "L'intitulé du point", 500),
            "kind": fields.kind,
            "rapporteur_id": fields.rapporteur_id,
            "planned_minutes": fields.planned_minutes,
        }

    @staticmethod
    def _items(session: Session, meeting_id: int) -> list[models.AgendaItem]:
        return list(
            session.scalars(
                select(models.AgendaItem)
                .where(
                    models.AgendaItem.meeting_id == meeting_id,
                    models.AgendaItem.removed_at.is_(None),
                )
                .order_by(models.AgendaItem.position, models.AgendaItem.id)
            )
        )

    @staticmethod
    def _dto(session: Session, row: models.AgendaItem) -> dto.AgendaItemDTO:
        rapporteur = session.get(models.Person, row.rapporteur_id) if row.rapporteur_id else None
        return convert.agenda_item(row, convert.person_name(rapporteur))


def renumber(items: list[models.AgendaItem]) -> None:
    for index, item in enumerate(items, start=1):
        if item.position != index:
            item.position = index
