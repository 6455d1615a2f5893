"""Who is there: attendance, proxies, arrivals and departures, and the quorum."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.proxies import check_proxy
from irev_desktop.domain.text import sanitise_line
from irev_desktop.services import convert, dto
from irev_desktop.services.base import ServiceBase, changed_fields
from irev_desktop.services.mandates import mandates_in_office
from irev_desktop.services.meeting_reader import (
    participants,
    quorum_dto,
    quorum_state,
    read_meeting,
)


class AttendanceService(ServiceBase):
    def add_attendee(self, meeting_id: int, person_id: int) -> dto.MeetingDetail:
        """Add someone who is not in office (an invited guest, staff)."""
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            person = self.get(session, models.Person, person_id)
            if self._row(session, meeting_id, person_id, missing_ok=True) is not None:
                raise ValidationError(
                    f"{convert.person_name(person)} figure déjà dans la liste de présence."
                )
            session.add(models.Attendance(meeting_id=meeting_id, person_id=person_id))
            self.audit(
                session, "attendance.add", "meeting", meeting_id, after=convert.person_name(person)
            )
            session.flush()
            return read_meeting(session, meeting_id)

    def remove_attendee(self, meeting_id: int, person_id: int) -> None:
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            holders = session.scalars(
                select(models.Attendance).where(
                    models.Attendance.meeting_id == meeting_id,
                    models.Attendance.proxy_holder_id == person_id,
                )
            ).all()
            if holders:
                raise ValidationError(
                    "Cette personne détient des pouvoirs : retirez-les avant de la retirer "
                    "de la liste de présence."
                )
            session.delete(row)
            self.audit(session, "attendance.remove", "meeting", meeting_id, before=person_id)

    def set_status(
        self,
        meeting_id: int,
        person_id: int,
        status: AttendanceStatus,
        *,
        proxy_holder_id: int | None = None,
        note: str | None = None,
    ) -> dto.AttendanceDTO:
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            if status is AttendanceStatus.REPRESENTED:
                if proxy_holder_id is None:
                    raise ValidationError("Indiquez à qui le pouvoir est donné.")
                self._check_proxy(session, meeting, person_id, proxy_holder_id)
            else:
                proxy_holder_id = None
                held = session.scalars(
                    select(models.Attendance).where(
                        models.Attendance.meeting_id == meeting_id,
                        models.Attendance.proxy_holder_id == person_id,
                    )
                ).first()
                if (
                    held is not None
                    and status is not AttendanceStatus.PRESENT
                    and (status is not AttendanceStatus.EXPECTED)
                ):
                    raise ValidationError(
                        "Cette personne détient un pouvoir : elle ne peut être notée "
                        "absente ou excusée tant que le pouvoir n'est pas retiré."
                    )
            values: dict[str, object] = {"status": status, "proxy_holder_id": proxy_holder_id}
            if note is not None:
                values["note"] = sanitise_line(note, max_length=300)
            before, after = changed_fields(row, values)
            self.audit(session, "attendance.status", "attendance", row.id, before, after)
            return self._dto(session, meeting, row)

    def record_arrival(self, meeting_id: int, person_id: int, at: dt.time) -> dto.AttendanceDTO:
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            if row.left_at is not None and row.left_at < at:
                # Coming back after leaving: the departure no longer holds.
                row.left_at = None
            before, after = changed_fields(
                row, {"status": AttendanceStatus.PRESENT, "arrived_at": at, "proxy_holder_id": None}
            )
            self.audit(session, "attendance.arrival", "attendance", row.id, before, after)
            return self._dto(session, meeting, row)

    def record_departure(self, meeting_id: int, person_id: int, at: dt.time) -> dto.AttendanceDTO:
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            if row.status is not AttendanceStatus.PRESENT:
                raise ValidationError("Seule une personne présente peut quitter la séance.")
            if row.arrived_at is not None and at < row.arrived_at:
                raise ValidationError("Le départ ne peut précéder l'arrivée.")
            before, after = changed_fields(row, {"left_at": at})
            self.audit(session, "attendance.departure", "attendance", row.id, before, after)
            return self._dto(session, meeting, row)

    def quorum(self, meeting_id: int, at: dt.time | None = None) -> dto.QuorumDTO:
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            body = session.get_one(models.Body, meeting.body_id)
            return quorum_dto(quorum_state(session, meeting, body, at), body)

    # Helpers --------------------------------------------------------------------------
    def _row(
        self, session: Session, meeting_id: int, person_id: int, missing_ok: bool = False
    ) -> models.Attendance:
        row = session.scalar(
            select(models.Attendance).where(
                models.Attendance.meeting_id == meeting_id,
                models.Attendance.person_id == person_id,
            )
        )
        if row is None and not missing_ok:
            raise ValidationError(
                f"La personne n° {person_id} ne figure pas dans la liste de présence."
            )
        return row  # type: ignore[return-value]

    def _check_proxy(
        self, session: Session, meeting: models.Meeting, giver: int, holder: int
    ) -> None:
        body = session.get_one(models.Body, meeting.body_id)
        rows = session.scalars(
            select(models.Attendance).where(models.Attendance.meeting_id == meeting.id)
        ).all()
        if not any(r.person_id == holder for r in rows):
            raise ValidationError("Le mandataire doit figurer dans la liste de présence.")
        in_office = mandates_in_office(session, body.id, meeting.date)
        voters = {p.person_id for p in participants(list(rows), in_office) if p.votes}
        proxies = {
            r.person_id: r.proxy_holder_id
            for r in rows
            if r.status is AttendanceStatus.REPRESENTED
            and r.proxy_holder_id
            and r.person_id != giver
        }
        people = session.scalars(
            select(models.Person).where(models.Person.id.in_([giver, holder]))
        ).all()
        check_proxy(
            giver,
            holder,
            proxies=proxies,
            voters=voters,
            max_per_holder=body.max_proxies_per_holder,
            names={p.id: convert.person_name(p) for p in people},
        )

    @staticmethod
    def _dto(
        session: Session, meeting: models.Meeting, row: models.Attendance
    ) -> dto.AttendanceDTO:
        session.flush()
        detail = read_meeting(session, meeting.id)
        return next(a for a in detail.attendance if a.id == row.id)
