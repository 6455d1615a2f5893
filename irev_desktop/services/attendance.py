"""Who is there, and when: attendance, its history of arrivals, departures and proxies.

Two kinds of writes. ``set_status`` declares a state for the whole meeting (present
throughout, represented throughout, excused…), as one corrects the list after the fact.
The acts of séance mode (``record_arrival``, ``record_departure``, ``give_proxy``,
``end_proxy``, ``roll_call``, ``add_guest``) add to the history at a moment: before the
séance is opened that moment is the opening itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain import french
from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import RowConflictError, ValidationError
from irev_desktop.domain.history_text import history_shown
from irev_desktop.domain.proxies import check_proxy
from irev_desktop.domain.quorum import Interval, check_history
from irev_desktop.domain.text import sanitise_line
from irev_desktop.model import dto
from irev_desktop.model.changes import Changes, Part
from irev_desktop.model.inputs import AttendanceSnapshot, SavedAttendance
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.changes import note
from irev_desktop.services.mandates import mandates_in_office
from irev_desktop.services.meeting_reader import (
    meeting_participants,
    quorum_dto,
    quorum_state,
    read_meeting,
)
from irev_desktop.services.versions import row_conflict

PRESENT = AttendanceStatus.PRESENT


class AttendanceService(ServiceBase):
    # Whole-meeting declarations ---------------------------------------------------------
    def add_attendee(self, meeting_id: int, person_id: int) -> dto.MeetingDetail:
        """Add someone who is not in office (an invited guest, staff)."""
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            person = self.get(session, models.Person, person_id)
            if self._row(session, meeting_id, person_id, missing_ok=True) is not None:
                raise ValidationError(
                    "{person} figure déjà dans la liste de présence.",
                    person=convert.person_name(person),
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
            if self._proxies_held(session, meeting_id, person_id, current_only=False):
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
        """Declare ``status`` for the whole meeting: present throughout, represented
        throughout by ``proxy_holder_id``, or excused, absent, expected (no history)."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            before = self._describe(session, row)
            if status is AttendanceStatus.REPRESENTED:
                if proxy_holder_id is None:
                    raise ValidationError("Indiquez à qui le pouvoir est donné.")
                self._check_proxy(session, meeting, person_id, proxy_holder_id)
            elif status in (
                AttendanceStatus.EXCUSED,
                AttendanceStatus.ABSENT,
            ) and self._proxies_held(session, meeting_id, person_id):
                raise ValidationError(
                    "Cette personne détient un pouvoir : elle ne peut être notée "
                    "absente ou excusée tant que le pouvoir n'est pas retiré."
                )
            keep_history = status is PRESENT and row.status is PRESENT
            if not keep_history:
                self._clear_history(session, row)
            if status is PRESENT and not self._stretches(session, row):
                session.add(models.Presence(attendance_id=row.id))
            if status is AttendanceStatus.REPRESENTED and proxy_holder_id is not None:
                session.add(models.Proxy(attendance_id=row.id, holder_id=proxy_holder_id))
            row.status = status
            if note is not None:
                row.note = sanitise_line(note, max_length=300)
            self.audit(
                session,
                "attendance.status",
                "attendance",
                row.id,
                before,
                self._describe(session, row),
            )
            return self._dto(session, meeting, row)

    # Acts of the séance, at a moment -----------------------------------------------------
    def record_arrival(
        self, meeting_id: int, person_id: int, at: dt.time | None
    ) -> dto.AttendanceDTO:
        """``person_id`` comes in (or back): a new stretch; their own proxy ends."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            moment = self._moment(meeting, at)
            stretches = self._stretches(session, row) if row.status is PRESENT else []
            whole = len(stretches) == 1 and stretches[0].arrived_at is None
            if whole and stretches[0].left_at is None and moment is not None:
                # Declared present, now the time they came is known.
                stretches[0].arrived_at = moment
                self.audit(session, "attendance.arrival", "attendance", row.id, after=str(moment))
                return self._dto(session, meeting, row)
            if stretches and stretches[-1].left_at is None:
                raise ValidationError(
                    "{person} est déjà présent·e : pour noter son "
                    "départ, pointez-le ou la à nouveau.",
                    person=self._name(session, person_id),
                )
            if stretches and moment is None:
                raise ValidationError(
                    "{person} est déjà venu·e : un retour se note après l'ouverture de la séance.",
                    person=self._name(session, person_id),
                )
            if row.status is not PRESENT:
                self._clear_presence(session, row)
            self._check_after(stretches, moment, person_id, session)
            session.add(models.Presence(attendance_id=row.id, arrived_at=moment))
            self._end_own_proxy(session, row, moment)
            before = row.status
            row.status = PRESENT
            self.audit(session, "attendance.arrival", "attendance", row.id, before, str(moment))
            return self._dto(session, meeting, row)

    def record_departure(
        self, meeting_id: int, person_id: int, at: dt.time | None
    ) -> dto.AttendanceDTO:
        """``person_id`` leaves: their stretch ends, and so do the proxies they hold.

        Before the opening, leaving undoes the pointing: they were not there after all.
        """
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id)
            stretches = self._stretches(session, row) if row.status is PRESENT else []
            if not stretches or stretches[-1].left_at is not None:
                raise ValidationError(
                    "{person} n'est pas en séance : seule une personne présente peut la quitter.",
                    person=self._name(session, person_id),
                )
            current = stretches[-1]
            moment = self._moment(meeting, at)
            if moment is None:
                session.delete(current)
                if len(stretches) == 1:
                    row.status = AttendanceStatus.EXPECTED
            else:
                if current.arrived_at is not None and moment < current.arrived_at:
                    raise ValidationError("Le départ ne peut précéder l'arrivée.")
                current.left_at = moment
            for proxy in self._proxies_held(session, meeting_id, person_id):
                self._end(session, proxy, moment)
            self.audit(session, "attendance.departure", "attendance", row.id, after=str(moment))
            return self._dto(session, meeting, row)

    def give_proxy(
        self, meeting_id: int, giver_id: int, holder_id: int, at: dt.time | None
    ) -> dto.AttendanceDTO:
        """``giver_id`` gives a proxy to ``holder_id`` from ``at``; if the giver was in
        the room, they leave at that moment."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, giver_id)
            moment = self._moment(meeting, at)
            self._check_proxy(session, meeting, giver_id, holder_id)
            stretches = self._stretches(session, row) if row.status is PRESENT else []
            if stretches and stretches[-1].left_at is None:
                if moment is None:
                    session.delete(stretches[-1])
                    stretches.pop()
                else:
                    stretches[-1].left_at = max(moment, stretches[-1].arrived_at or moment)
            self._end_own_proxy(session, row, moment)
            session.add(models.Proxy(attendance_id=row.id, holder_id=holder_id, given_at=moment))
            if not stretches:
                row.status = AttendanceStatus.REPRESENTED
            self.audit(
                session, "attendance.proxy", "attendance", row.id, after=f"{holder_id} {moment}"
            )
            return self._dto(session, meeting, row)

    def end_proxy(self, meeting_id: int, giver_id: int, at: dt.time | None) -> dto.AttendanceDTO:
        """The proxy of ``giver_id`` is revoked at ``at``."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, giver_id)
            proxy = self._current_proxy(session, row)
            if proxy is None:
                raise ValidationError(
                    "{person} n'a pas donné de pouvoir en cours.",
                    person=self._name(session, giver_id),
                )
            self._end(session, proxy, self._moment(meeting, at))
            if row.status is AttendanceStatus.REPRESENTED:
                row.status = (
                    AttendanceStatus.ABSENT
                    if self._proxies(session, row)
                    else AttendanceStatus.EXPECTED
                )
            self.audit(session, "attendance.proxy_end", "attendance", row.id, after=str(at))
            return self._dto(session, meeting, row)

    def roll_call(self, meeting_id: int, at: dt.time | None) -> list[int]:
        """Everyone still expected is present (« tous présents »); returns who was marked."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            moment = self._moment(meeting, at)
            expected = session.scalars(
                select(models.Attendance).where(
                    models.Attendance.meeting_id == meeting_id,
                    models.Attendance.status == AttendanceStatus.EXPECTED,
                )
            ).all()
            for row in expected:
                self._clear_history(session, row)
                session.add(models.Presence(attendance_id=row.id, arrived_at=moment))
                row.status = PRESENT
            marked = [row.person_id for row in expected]
            self.audit(session, "attendance.roll_call", "meeting", meeting_id, after=marked)
            return marked

    def add_guest(
        self, meeting_id: int, name: str, quality: str, at: dt.time | None
    ) -> dto.AttendanceDTO:
        """Someone not in the register comes in: kept in the register as a person whose
        function is ``quality``, in the meeting as an invité·e present from ``at``."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._new_guest(session, meeting, name, quality)
            session.add(models.Presence(attendance_id=row.id, arrived_at=self._moment(meeting, at)))
            return self._dto(session, meeting, row)

    def _new_guest(
        self, session: Session, meeting: models.Meeting, name: str, quality: str
    ) -> models.Attendance:
        """A person not in the register, added to it and to the meeting as an invité·e
        (present; the caller writes when)."""
        words = sanitise_line(name, max_length=200).split()
        if not words:
            raise ValidationError("Indiquez le nom de la personne invitée.")
        first, last = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", words[0])
        person = models.Person(
            first_name=first[:100],
            last_name=last[:100],
            function_title=sanitise_line(quality, max_length=300),
        )
        session.add(person)
        session.flush()
        row = models.Attendance(
            meeting_id=meeting.id, person_id=person.id, status=PRESENT, note="invité·e"
        )
        session.add(row)
        session.flush()
        self.audit(session, "person.create", "person", person.id, after=convert.person_name(person))
        self.audit(
            session, "attendance.guest", "meeting", meeting.id, after=convert.person_name(person)
        )
        return row

    def import_presence(
        self,
        meeting_id: int,
        people: Sequence[tuple[int, Sequence[Interval]]],
        guests: Sequence[tuple[str, str, Sequence[Interval]]] = (),
    ) -> int:
        """Presence read from a videoconference report, all in one transaction: each
        person's stretches (times of day) replace their presence, their proxies stay;
        someone not on the attendance list is added to it; ``guests`` (name, quality,
        stretches) join the register as invité·e·s. A stretch from before the opening
        reads as « from the opening », one past the close as « to the close »; one wholly
        outside the meeting is left out. Returns how many people were written."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            written = 0
            for person_id, own in people:
                presence = within(meeting, own)
                if not presence:  # a link test before the opening: nothing to change
                    continue
                row = self._row(session, meeting_id, person_id, missing_ok=True)
                if row is None:
                    self.get(session, models.Person, person_id)
                    row = models.Attendance(meeting_id=meeting_id, person_id=person_id)
                    session.add(row)
                    session.flush()
                proxies = proxies_until(
                    [
                        (p.holder_id, Interval(p.given_at, p.ended_at))
                        for p in self._proxies(session, row)
                    ],
                    presence[0].start,
                )
                self._replace_history(session, meeting, row, presence, proxies)
                written += 1
            for name, quality, own in guests:
                row = self._new_guest(session, meeting, name, quality)
                for stretch in within(meeting, own):
                    session.add(
                        models.Presence(
                            attendance_id=row.id, arrived_at=stretch.start, left_at=stretch.end
                        )
                    )
                written += 1
            self.audit(session, "attendance.import", "meeting", meeting_id, after=written)
            return written

    def set_history(
        self,
        meeting_id: int,
        person_id: int,
        presence: Sequence[Interval],
        proxies: Sequence[tuple[int, Interval]] = (),
        based_on: int | None = None,
    ) -> dto.AttendanceDTO:
        """Replace a person's history (a correction from the meeting page).

        ``based_on``: the version the correction started from (``AttendanceDTO.version``).
        If the history changed since (a pointing, someone else's correction), it is not
        overwritten: ``RowConflictError`` shows both histories."""
        check_history(list(presence))
        check_history([during for _, during in proxies])
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            row = self._row(session, meeting_id, person_id, touch=False)
            refused = self._stale_history(session, row, presence, proxies, based_on)
            if refused is not None:
                result = self._dto(session, meeting, row)
            else:
                result = self._replace_history(session, meeting, row, presence, proxies)
        if refused is not None:
            raise refused
        return result

    def _stale_history(
        self,
        session: Session,
        row: models.Attendance,
        presence: Sequence[Interval],
        proxies: Sequence[tuple[int, Interval]],
        based_on: int | None,
    ) -> RowConflictError | None:
        """The conflict when the history was typed from an older version and differs from
        the stored one; the refused history is kept in the audit log."""
        if based_on is None or based_on == row.row_version:
            return None
        theirs = history_shown(
            [Interval(s.arrived_at, s.left_at) for s in self._stretches(session, row)],
            [
                (self._name(session, p.holder_id), Interval(p.given_at, p.ended_at))
                for p in self._proxies(session, row)
            ],
        )
        mine = history_shown(
            presence, [(self._name(session, holder), during) for holder, during in proxies]
        )
        if mine == theirs:
            return None
        self.audit(session, "attendance.history.refused", "attendance", row.id, after=mine)
        return row_conflict(
            (("history", mine, theirs),),
            row.row_version,
            what="l'historique de présence de cette personne",
        )

    def _replace_history(
        self,
        session: Session,
        meeting: models.Meeting,
        row: models.Attendance,
        presence: Sequence[Interval],
        proxies: Sequence[tuple[int, Interval]],
    ) -> dto.AttendanceDTO:
        person_id = row.person_id
        before = self._describe(session, row)
        for holder, _ in proxies:
            self._check_proxy(session, meeting, person_id, holder)
        self._clear_history(session, row)
        for stretch in presence:
            session.add(
                models.Presence(attendance_id=row.id, arrived_at=stretch.start, left_at=stretch.end)
            )
        for holder, during in proxies:
            session.add(
                models.Proxy(
                    attendance_id=row.id,
                    holder_id=holder,
                    given_at=during.start,
                    ended_at=during.end,
                )
            )
        if presence:
            row.status = PRESENT
        elif proxies:
            row.status = AttendanceStatus.REPRESENTED
        elif row.status in (PRESENT, AttendanceStatus.REPRESENTED):
            row.status = AttendanceStatus.EXPECTED
        self.audit(
            session,
            "attendance.history",
            "attendance",
            row.id,
            before,
            self._describe(session, row),
        )
        return self._dto(session, meeting, row)

    # Undo --------------------------------------------------------------------------------
    def snapshot(self, meeting_id: int, person_ids: Sequence[int]) -> AttendanceSnapshot:
        """The attendance of these people as it is now, to put back with :meth:`restore`."""
        with self._store.reading() as session:
            saved = []
            for person_id in person_ids:
                row = self._row(session, meeting_id, person_id, missing_ok=True)
                if row is None:
                    saved.append(
                        SavedAttendance(person_id, False, AttendanceStatus.EXPECTED, "", (), ())
                    )
                    continue
                saved.append(
                    SavedAttendance(
                        person_id,
                        True,
                        row.status,
                        row.note,
                        tuple((s.arrived_at, s.left_at) for s in self._stretches(session, row)),
                        tuple(
                            (p.holder_id, p.given_at, p.ended_at)
                            for p in self._proxies(session, row)
                        ),
                    )
                )
            return AttendanceSnapshot(meeting_id, tuple(saved))

    def restore(self, snapshot: AttendanceSnapshot) -> None:
        """Put the attendance of a snapshot back, in one transaction."""
        with self._store.writing() as session:
            self.editable_meeting(session, snapshot.meeting_id)
            for saved in snapshot.people:
                row = self._row(session, snapshot.meeting_id, saved.person_id, missing_ok=True)
                if not saved.existed:
                    if row is not None:
                        session.delete(row)
                    continue
                if row is None:
                    row = models.Attendance(
                        meeting_id=snapshot.meeting_id, person_id=saved.person_id
                    )
                    session.add(row)
                    session.flush()
                self._clear_history(session, row)
                row.status, row.note = saved.status, saved.note
                for arrived, left in saved.presence:
                    session.add(
                        models.Presence(attendance_id=row.id, arrived_at=arrived, left_at=left)
                    )
                for holder, given, ended in saved.proxies:
                    session.add(
                        models.Proxy(
                            attendance_id=row.id, holder_id=holder, given_at=given, ended_at=ended
                        )
                    )
            self.audit(
                session,
                "attendance.undo",
                "meeting",
                snapshot.meeting_id,
                after=[s.person_id for s in snapshot.people],
            )

    def quorum(self, meeting_id: int, at: dt.time | None = None) -> dto.QuorumDTO:
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            body = session.get_one(models.Body, meeting.body_id)
            return quorum_dto(quorum_state(session, meeting, body, at), body)

    # Helpers --------------------------------------------------------------------------
    @staticmethod
    def _moment(meeting: models.Meeting, at: dt.time | None) -> dt.time | None:
        """The moment an act is written at; None is the opening (séance mode gives None
        until the séance is opened), and so is any moment up to the opening."""
        if at is None or (meeting.actual_start is not None and at <= meeting.actual_start):
            return None
        return at

    def _row(
        self,
        session: Session,
        meeting_id: int,
        person_id: int,
        missing_ok: bool = False,
        *,
        touch: bool = True,
    ) -> models.Attendance:
        """The person's attendance line. Fetched to be changed (not ``missing_ok``), its
        version goes up unless ``touch`` is False: an edit of the history opened before
        this act will not undo it unseen."""
        row = session.scalar(
            select(models.Attendance).where(
                models.Attendance.meeting_id == meeting_id,
                models.Attendance.person_id == person_id,
            )
        )
        if row is None and not missing_ok:
            raise ValidationError(
                "La personne n° {person} ne figure pas dans la liste de présence.", person=person_id
            )
        if row is not None and not missing_ok and touch:
            row.row_version += 1
        return row  # type: ignore[return-value]

    def _name(self, session: Session, person_id: int) -> str:
        return convert.person_name(session.get(models.Person, person_id)) or f"n° {person_id}"

    @staticmethod
    def _stretches(session: Session, row: models.Attendance) -> list[models.Presence]:
        session.flush()
        stretches = session.scalars(
            select(models.Presence).where(models.Presence.attendance_id == row.id)
        ).all()
        return sorted(stretches, key=lambda s: (s.arrived_at is not None, s.arrived_at, s.id))

    @staticmethod
    def _proxies(session: Session, row: models.Attendance) -> list[models.Proxy]:
        session.flush()
        proxies = session.scalars(
            select(models.Proxy).where(models.Proxy.attendance_id == row.id)
        ).all()
        return sorted(proxies, key=lambda p: (p.given_at is not None, p.given_at, p.id))

    def _current_proxy(self, session: Session, row: models.Attendance) -> models.Proxy | None:
        proxies = self._proxies(session, row)
        return proxies[-1] if proxies and proxies[-1].ended_at is None else None

    def _proxies_held(
        self, session: Session, meeting_id: int, holder_id: int, *, current_only: bool = True
    ) -> list[models.Proxy]:
        session.flush()
        query = (
            select(models.Proxy)
            .join(models.Attendance, models.Attendance.id == models.Proxy.attendance_id)
            .where(models.Attendance.meeting_id == meeting_id, models.Proxy.holder_id == holder_id)
        )
        if current_only:
            query = query.where(models.Proxy.ended_at.is_(None))
        return list(session.scalars(query).all())

    @staticmethod
    def _end(session: Session, proxy: models.Proxy, moment: dt.time | None) -> None:
        """End a proxy at ``moment``; ended at the opening, it never held: it goes."""
        session.get_one(models.Attendance, proxy.attendance_id).row_version += 1  # the giver's
        if moment is None:
            session.delete(proxy)
            return
        proxy.ended_at = max(moment, proxy.given_at or moment)

    def _end_own_proxy(
        self, session: Session, row: models.Attendance, moment: dt.time | None
    ) -> None:
        proxy = self._current_proxy(session, row)
        if proxy is not None:
            self._end(session, proxy, moment)

    def _clear_presence(self, session: Session, row: models.Attendance) -> None:
        session.flush()
        session.execute(delete(models.Presence).where(models.Presence.attendance_id == row.id))
        note(session, Changes({row.meeting_id: frozenset({Part.ATTENDANCE})}))

    def _clear_history(self, session: Session, row: models.Attendance) -> None:
        row.row_version += 1
        self._clear_presence(session, row)
        session.execute(delete(models.Proxy).where(models.Proxy.attendance_id == row.id))

    def _check_after(
        self,
        stretches: list[models.Presence],
        moment: dt.time | None,
        person_id: int,
        session: Session,
    ) -> None:
        last = stretches[-1].left_at if stretches else None
        if last is not None and (moment is None or moment < last):
            raise ValidationError(
                "{person} est parti·e à {time} : le retour ne peut précéder ce départ.",
                person=self._name(session, person_id),
                time=french.format_time(last),
            )

    def _describe(self, session: Session, row: models.Attendance) -> str:
        """The person's attendance in a line, for the audit log."""
        parts = [row.status.value]
        for s in self._stretches(session, row):
            parts.append(f"[{s.arrived_at or 'ouverture'} – {s.left_at or 'fin'}]")
        for p in self._proxies(session, row):
            parts.append(
                f"pouvoir {p.holder_id} [{p.given_at or 'ouverture'} – {p.ended_at or 'fin'}]"
            )
        return " ".join(parts)

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
        people = meeting_participants(session, meeting.id, in_office)
        voters = {p.person_id for p in people if p.votes}
        # The proxies in force now: each giver's latest proxy, if not ended.
        proxies = {
            p.person_id: p.proxies[-1].holder_id
            for p in people
            if p.proxies and p.proxies[-1].during.end is None and p.person_id != giver
        }
        names = {ident: self._name(session, ident) for ident in (giver, holder)}
        check_proxy(
            giver,
            holder,
            proxies=proxies,
            voters=voters,
            max_per_holder=body.max_proxies_per_holder,
            names=names,
        )

    @staticmethod
    def _dto(
        session: Session, meeting: models.Meeting, row: models.Attendance
    ) -> dto.AttendanceDTO:
        session.flush()
        detail = read_meeting(session, meeting.id)
        return next(a for a in detail.attendance if a.id == row.id)


def within(meeting: models.Meeting, stretches: Sequence[Interval]) -> list[Interval]:
    """Stretches of times of day as a history holds them: merged where they overlap, from
    the opening (None) when they began before it, to the close (None) when they ended
    after it; one wholly before the opening or after the close is left out."""
    opening, close = meeting.actual_start, meeting.actual_end
    kept: list[Interval] = []
    for stretch in sorted(stretches, key=lambda s: s.start or dt.time.min):
        start, end = stretch.start, stretch.end
        if opening is not None and end is not None and end <= opening:
            continue
        if close is not None and start is not None and start >= close:
            continue
        if opening is not None and (start is None or start <= opening):
            start = None
        if close is not None and (end is None or end >= close):
            end = None
        if kept and (kept[-1].end is None or start is None or start <= kept[-1].end):
            last = kept.pop()
            later = None if last.end is None or end is None else max(last.end, end)
            kept.append(Interval(last.start, later))
            continue
        kept.append(Interval(start, end))
    check_history(kept)
    return kept


def proxies_until(
    proxies: Sequence[tuple[int, Interval]], arrival: dt.time | None
) -> list[tuple[int, Interval]]:
    """A person's own proxies once they arrive, as ``record_arrival`` ends them: one
    running at the arrival ends there; one given from the opening to someone, for a
    person there from the opening, never held."""
    kept = []
    for holder, given in proxies:
        started_before = given.start is None or (arrival is not None and given.start < arrival)
        still_running = given.end is None or arrival is None or given.end > arrival
        if started_before and still_running:
            if arrival is None:
                continue  # there from the opening: the proxy never held
            kept.append((holder, Interval(given.start, arrival)))
        else:
            kept.append((holder, given))
    return kept
