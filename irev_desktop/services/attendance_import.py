"""Attendance from a videoconference report (Teams, Zoom, or a plain table): read and
matched to the register without writing (``plan``), then written as the user confirmed
it (``apply``), in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from irev_desktop.db import models
from irev_desktop.domain.conference_report import read_report
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import Interval
from irev_desktop.domain.report_matching import (
    DEFAULT_MIN_MINUTES,
    Candidate,
    Participant,
    participants,
)
from irev_desktop.model.conference_import import Choice, ImportPlan
from irev_desktop.services import convert
from irev_desktop.services.attendance import AttendanceService
from irev_desktop.services.base import ServiceBase

GUEST_QUALITY = "invité·e (visioconférence)"


class AttendanceImportService(ServiceBase):
    def plan(
        self, meeting_id: int, data: bytes, min_minutes: int = DEFAULT_MIN_MINUTES
    ) -> ImportPlan:
        """Read ``data`` (the report's bytes) for ``meeting_id`` and match each participant
        to the people of the register; writes nothing."""
        if not 0 <= min_minutes <= 240:
            raise ValidationError("Le seuil des connexions courtes va de 0 à 240 minutes.")
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            day = meeting.date
            candidates = [
                Candidate(p.id, convert.person_name(p), p.email)
                for p in session.scalars(select(models.Person).order_by(models.Person.id))
            ]
            listed = frozenset(
                session.scalars(
                    select(models.Attendance.person_id).where(
                        models.Attendance.meeting_id == meeting_id
                    )
                )
            )
        report = read_report(data, day)
        found = participants(report.joins, candidates, min_minutes)
        # People on the list first among equal proposals: they were convened.
        ordered = [_listed_first(participant, listed) for participant in found]
        return ImportPlan(meeting_id, report.kind, min_minutes, tuple(ordered), listed)

    def apply(self, meeting_id: int, choices: Sequence[Choice]) -> int:
        """Write the confirmed choices in one transaction; returns how many people."""
        people: dict[int, list[Interval]] = {}
        guests: list[tuple[str, str, Sequence[Interval]]] = []
        for choice in choices:
            if choice.person_id is not None:
                people.setdefault(choice.person_id, []).extend(choice.stretches)
            elif choice.guest_name.strip():
                guests.append((choice.guest_name, GUEST_QUALITY, choice.stretches))
        if not people and not guests:
            raise ValidationError("Aucune présence à enregistrer : rien n'a été modifié.")
        return AttendanceService(self._store).import_presence(
            meeting_id, list(people.items()), guests
        )


def _listed_first(participant: Participant, listed: frozenset[int]) -> Participant:
    proposals = sorted(
        participant.proposals,
        key=lambda p: (not p.by_email, -p.score, p.person_id not in listed, p.name),
    )
    return Participant(
        participant.name,
        participant.email,
        participant.stretches,
        participant.ignored,
        participant.guest,
        tuple(proposals),
    )
