"""Meetings: creating, listing, reading, and the minutes lifecycle."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain import french
from irev_desktop.domain.enums import AttendanceStatus, ItemKind, MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.lifecycle import check_transition
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model import dto
from irev_desktop.model.changes import Part
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.model.rows import MeetingSummary
from irev_desktop.model.seal import SealCheck
from irev_desktop.model.signing import Signer
from irev_desktop.services.base import ServiceBase, changed_fields
from irev_desktop.services.listing import ListingService
from irev_desktop.services.mandates import mandates_in_office
from irev_desktop.services.meeting_reader import (
    SEAL_VERSION,
    content_digest,
    read_meeting,
    read_meeting_plain,
    refresh_plain,
)
from irev_desktop.services.pieces import pieces_of
from irev_desktop.services.registry import required
from irev_desktop.services.seal import check_seal, sealed_meeting_ids
from irev_desktop.services.seal_chain import (
    CHAIN_SEAL_VERSION,
    check_chained,
    seal_meeting,
    seal_of,
    signed_snapshot,
)
from irev_desktop.services.snapshot import Snapshot


def check_convened_on(convened_on: dt.date | None, meeting_date: dt.date) -> None:
    """A convocation is sent before the meeting (the same day at the latest)."""
    if convened_on is None:
        return
    if convened_on > meeting_date:
        raise ValidationError(
            "La date de convocation ({convened}) ne peut être postérieure à la séance ({date}).",
            convened=french.format_date_long(convened_on),
            date=french.format_date_long(meeting_date),
        )
    if convened_on < meeting_date - dt.timedelta(days=366):
        raise ValidationError(
            "La date de convocation précède la séance de plus d'un an : elle n'est pas plausible."
        )


def cleaned_header(header: MeetingHeader) -> dict[str, object]:
    if not dt.date(1900, 1, 1) <= header.date <= dt.date(2200, 12, 31):
        raise ValidationError("La date de la séance n'est pas plausible.")
    check_convened_on(header.convened_on, header.date)
    return {
        "title": required(header.title, "L'intitulé de la séance"),
        "date": header.date,
        "planned_start": header.planned_start,
        "mode": header.mode,
        "place": sanitise_line(header.place, max_length=300),
        "video_link": sanitise_line(header.video_link, max_length=500),
        "chair_id": header.chair_id,
        "secretary_id": header.secretary_id,
        "convened_on": header.convened_on,
    }


def approval_title(previous: dt.date) -> str:
    return f"Approbation du procès-verbal de la séance du {french.format_date_long(previous)}"


class MeetingService(ServiceBase):
    def create_meeting(self, body_id: int, header: MeetingHeader) -> dto.MeetingDetail:
        """Plan a meeting: its members in office are expected, and the previous
        minutes still in draft are proposed for approval as the first item."""
        values = cleaned_header(header)
        with self._store.writing() as session:
            self.get(session, models.Body, body_id)
            self._check_people(session, header)
            meeting = models.Meeting(body_id=body_id, **values)
            session.add(meeting)
            session.flush()
            self._expect_members(session, meeting)
            previous = session.scalars(
                select(models.Meeting)
                .where(
                    models.Meeting.body_id == body_id,
                    models.Meeting.date < header.date,
                    models.Meeting.status == MeetingStatus.MINUTES_DRAFT,
                )
                .order_by(models.Meeting.date.desc())
            ).first()
            if previous is not None:
                session.add(
                    models.AgendaItem(
                        meeting_id=meeting.id,
                        position=1,
                        title=approval_title(previous.date),
                        kind=ItemKind.DELIBERATION,
                    )
                )
            self.audit(session, "meeting.create", "meeting", meeting.id, after=meeting.title)
            session.flush()
            return read_meeting(session, meeting.id)

    def update_header(
        self, meeting_id: int, header: MeetingHeader, based_on: int | None = None
    ) -> dto.MeetingDetail:
        """``based_on``: the version the form was filled from (``MeetingDetail.version``);
        someone else's edit of the header since then is not overwritten
        (``RowConflictError``)."""
        values = cleaned_header(header)
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            self._check_people(session, header)
            refused = self.edit_row(
                session,
                meeting,
                values,
                based_on,
                what="l'en-tête de cette séance",
                action="meeting.update",
                entity="meeting",
            )
            session.flush()
            result = read_meeting(session, meeting.id)
        if refused is not None:
            raise refused
        return result

    def record_times(
        self,
        meeting_id: int,
        *,
        actual_start: dt.time | None,
        actual_end: dt.time | None,
    ) -> dto.MeetingDetail:
        if actual_start and actual_end and actual_end < actual_start:
            raise ValidationError("La séance ne peut se terminer avant d'avoir commencé.")
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            before, after = changed_fields(
                meeting, {"actual_start": actual_start, "actual_end": actual_end}
            )
            self.audit(session, "meeting.times", "meeting", meeting.id, before, after)
            session.flush()
            return read_meeting(session, meeting.id)

    def meetings(
        self,
        *,
        body_id: int | None = None,
        year: int | None = None,
        status: MeetingStatus | None = None,
    ) -> list[MeetingSummary]:
        """All meetings, newest first (a few short columns: never the notes)."""
        return ListingService(self._store).meetings(body_id=body_id, year=year, status=status)

    def years(self) -> list[int]:
        """The years that have meetings, newest first (for filters: one small query)."""
        return ListingService(self._store).years()

    def meeting(self, meeting_id: int) -> dto.MeetingDetail:
        with self._store.plain_reading() as connection:  # one snapshot, no ORM objects
            return read_meeting_plain(connection, meeting_id)

    def refreshed(self, current: dto.MeetingDetail, parts: frozenset[Part]) -> dto.MeetingDetail:
        """``current`` with only ``parts`` read again (what a write reported changed)."""
        with self._store.plain_reading() as connection:
            return refresh_plain(connection, current, parts)

    def delete_meeting(self, meeting_id: int) -> None:
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            title = f"{meeting.title} ({meeting.date.isoformat()})"
            session.execute(
                delete(models.Deliberation).where(models.Deliberation.meeting_id == meeting_id)
            )
            session.delete(meeting)
            self.audit(session, "meeting.delete", "meeting", meeting_id, before=title)

    def duplicate_meeting(self, meeting_id: int, new_date: dt.date) -> dto.MeetingDetail:
        """A new planned meeting of the same body, with the same header and agenda."""
        source = self.meeting(meeting_id)
        created = self.create_meeting(
            source.body.id,
            # A new meeting is convened anew: no convocation date is copied.
            dataclasses.replace(MeetingHeader.of(source), date=new_date, convened_on=None),
        )
        with self._store.writing() as session:
            position = len(created.items)
            for item in source.items:
                if item.title.startswith("Approbation du procès-verbal"):
                    continue
                position += 1
                session.add(
                    models.AgendaItem(
                        meeting_id=created.id,
                        position=position,
                        title=item.title,
                        kind=item.kind,
                        rapporteur_id=item.rapporteur_id,
                        planned_minutes=item.planned_minutes,
                    )
                )
            self.audit(session, "meeting.duplicate", "meeting", created.id, before=meeting_id)
        return self.meeting(created.id)

    # Lifecycle ----------------------------------------------------------------------
    def change_status(
        self,
        meeting_id: int,
        target: MeetingStatus,
        *,
        adopted_on: dt.date | None = None,
        adopted_in_meeting_id: int | None = None,
        convened_on: dt.date | None = None,
        signer: Signer | None = None,
    ) -> dto.MeetingDetail:
        """``convened_on``: with the status « convoquée », the convocation date to record
        when the meeting has none yet (an existing one is kept). ``signer``: the
        organisation's unlocked key, to sign the minutes when it has one."""
        with self._store.writing() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            check_transition(meeting.status, target)
            before = meeting.status.value
            if (
                target is MeetingStatus.CONVENED
                and convened_on is not None
                and meeting.convened_on is None
            ):
                check_convened_on(convened_on, meeting.date)
                meeting.convened_on = convened_on
                meeting.row_version += 1  # a header form opened before must not undo it
                self.audit(
                    session,
                    "meeting.update",
                    "meeting",
                    meeting.id,
                    {"convened_on": None},
                    {"convened_on": convened_on},
                )
            if target is MeetingStatus.MINUTES_ADOPTED:
                if adopted_on is None:
                    raise ValidationError("Indiquez la date de la séance qui a approuvé le PV.")
                if adopted_on < meeting.date:
                    raise ValidationError(
                        "Le procès-verbal ne peut être approuvé avant la séance qu'il relate."
                    )
                meeting.adopted_on = adopted_on
                meeting.adopted_in_meeting_id = adopted_in_meeting_id
            if target is MeetingStatus.MINUTES_DRAFT and meeting.status is not MeetingStatus.HELD:
                meeting.adopted_on = None
                meeting.adopted_in_meeting_id = None
            if target is MeetingStatus.MINUTES_SIGNED:
                meeting.signed_at = dt.datetime.now().replace(microsecond=0)
                meeting.status = target
                meeting.seal_version = SEAL_VERSION
                session.flush()
                # What is signed is snapshotted and chained (services.seal_chain).
                meeting.signed_digest = seal_meeting(session, meeting, signer)
            meeting.status = target
            self.audit(session, "meeting.status", "meeting", meeting.id, before, target.value)
            session.flush()
            detail = read_meeting(session, meeting.id)
            sealed = (meeting.signed_digest, meeting.signed_at, meeting.date)
        if target is MeetingStatus.MINUTES_SIGNED and signer is not None:
            digest, signed_at, day = sealed
            assert digest is not None and signed_at is not None
            # Written once the seal is stored: the journal lists seals that exist.
            try:
                signer.record(digest, signed_at, day)
            except OSError as error:
                raise ValidationError(
                    "Le procès-verbal est signé, mais le journal de la clé de signature n'a "
                    "pu être écrit ({reason}) : verify ne pourra pas signaler la suppression "
                    "de cette séance sur ce poste.",
                    reason=error.strerror or str(error),
                ) from error
        return detail

    def verify_signature(self, meeting_id: int) -> bool | None:
        """None if not signed; else whether the content is still the one signed."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            if meeting.signed_digest is None:
                return None
            version = meeting.seal_version or 1
            if version == CHAIN_SEAL_VERSION:
                findings = check_chained(session, meeting)
                return not (findings.record or findings.content)
            return content_digest(session, meeting, version) == meeting.signed_digest

    def check_seal(self, meeting_id: int) -> SealCheck:
        """The seal of the minutes: content digest, signature columns, attached files."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            return check_seal(session, meeting, pieces_of(self._store))

    def signed_snapshot(self, meeting_id: int) -> Snapshot | None:
        """The minutes as signed (seal version 3), or None: documents are drawn from it."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            return signed_snapshot(session, meeting)

    def keep_signed_pdf(self, meeting_id: int, content: bytes) -> bool:
        """Keep ``content``, the PDF of signed minutes whose seal holds, with the attached
        files and its SHA-256 beside the seal, unless one is kept already. True if kept."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            seal = seal_of(session, meeting_id)
            if seal is None or seal.pdf_sha256 is not None:
                return False
            check = check_seal(session, meeting, pieces_of(self._store))
            if check.failed:
                return False
        digest = pieces_of(self._store).put(content)
        with self._store.writing() as session:
            seal = seal_of(session, meeting_id)
            if seal is None or seal.pdf_sha256 is not None:
                return False
            seal.pdf_sha256 = digest
            self.audit(session, "seal.pdf", "meeting", meeting_id, after={"pdf_sha256": digest})
        return True

    def sealed_meetings(self) -> list[int]:
        """The meetings signed, or bearing any trace of a signature, by date."""
        with self._store.reading() as session:
            return sealed_meeting_ids(session)

    # Helpers --------------------------------------------------------------------------
    def _check_people(self, session: Session, header: MeetingHeader) -> None:
        for ident in (header.chair_id, header.secretary_id):
            if ident is not None:
                self.get(session, models.Person, ident)

    @staticmethod
    def _expect_members(session: Session, meeting: models.Meeting) -> None:
        seen: set[int] = set()
        for mandate in mandates_in_office(session, meeting.body_id, meeting.date):
            if mandate.person_id in seen:
                continue
            seen.add(mandate.person_id)
            session.add(
                models.Attendance(
                    meeting_id=meeting.id,
                    person_id=mandate.person_id,
                    status=AttendanceStatus.EXPECTED,
                )
            )
