"""Reading the audit log."""

from __future__ import annotations

from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.model import dto
from irev_desktop.services.base import ServiceBase


class AuditService(ServiceBase):
    def entries(
        self, *, entity: str | None = None, entity_id: int | None = None, limit: int = 200
    ) -> list[dto.AuditEntryDTO]:
        """The newest entries first."""
        with self._store.reading() as session:
            query = select(models.AuditEntry).order_by(models.AuditEntry.id.desc()).limit(limit)
            if entity is not None:
                query = query.where(models.AuditEntry.entity == entity)
            if entity_id is not None:
                query = query.where(models.AuditEntry.entity_id == entity_id)
            return [
                dto.AuditEntryDTO(r.id, r.at, r.action, r.entity, r.entity_id, r.summary)
                for r in session.scalars(query)
            ]
