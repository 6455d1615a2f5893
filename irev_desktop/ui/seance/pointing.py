"""The attendance acts of séance mode, typed in the pointing line, each one undoable.

The grammar of the line is in :mod:`irev_desktop.domain.point_line`. Every act returns
what undoes it, so the window keeps one stack of acts for Ctrl+Z.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from irev_desktop.domain.action_line import fold, match_people
from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import ServerUnreachableError, ValidationError
from irev_desktop.domain.point_line import PointKind, parse_point_line
from irev_desktop.domain.quorum import Interval
from irev_desktop.model.dto import AttendanceDTO, MeetingDetail
from irev_desktop.model.inputs import AttendanceSnapshot
from irev_desktop.model.journal import Kept
from irev_desktop.services.facade import Services
from irev_desktop.ui import i18n

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Act:
    """A séance act done: what to tell the secretary, and how to undo it (None: it is
    kept on this computer until the server answers, and cannot be undone before)."""

    done: str
    undo: Callable[[], None] | None
    # Kept on this computer: the meeting as the act leaves it, for the next acts to read
    # (the server cannot be read meanwhile).
    meeting: MeetingDetail | None = None


def kept_note() -> str:
    return translate("Pointing", "(gardé sur ce poste : envoyé au serveur dès qu'il répondra)")


def attendee(meeting: MeetingDetail, typed: str) -> AttendanceDTO:
    """The one person of the attendance list that ``typed`` names."""
    people = {a.person_id: a.person_name for a in meeting.attendance}
    matches = match_people(fold(typed), people)
    if len(matches) != 1:
        names = ", ".join(people[m] for m in matches[:5])
        raise ValidationError(
            translate("Pointing", "« {typed} » désigne plusieurs personnes : {names}.").format(
                typed=typed, names=names
            )
            if matches
            else translate("Pointing", "« {typed} » ne désigne personne de la liste.").format(
                typed=typed
            )
        )
    return next(a for a in meeting.attendance if a.person_id == matches[0])


def when(at: dt.time | None) -> str:
    if at is None:
        return translate("Pointing", "à l'ouverture")
    return translate("Pointing", "à {time}").format(time=i18n.time_text(at))


class Pointing:
    """Runs one pointing line against the services. ``at`` is the moment of the act, or
    None before the séance is opened (the act then holds from the opening)."""

    def __init__(self, services: Services, meeting_id: int) -> None:
        self.services = services
        self.meeting_id = meeting_id

    def run(self, line: str, meeting: MeetingDetail, at: dt.time | None) -> Act | None:
        act = parse_point_line(line)
        if act is None:
            return None
        attendance = self.services.attendance
        if act.kind is PointKind.ROLL_CALL:
            expected = [
                a.person_id for a in meeting.attendance if a.status is AttendanceStatus.EXPECTED
            ]
            saved = attendance.snapshot(self.meeting_id, expected)
            marked = attendance.roll_call(self.meeting_id, at)
            return Act(
                translate(
                    "Pointing", "Appel : {n} personne(s) notée(s) présente(s) {when}."
                ).format(n=len(marked), when=when(at)),
                lambda: attendance.restore(saved),
            )
        if act.kind is PointKind.GUEST:
            guest = attendance.add_guest(self.meeting_id, act.name, act.other, at)
            return Act(
                translate("Pointing", "Invité·e ajouté·e : {name}, présent·e {when}.").format(
                    name=guest.person_name, when=when(at)
                ),
                lambda: attendance.remove_attendee(self.meeting_id, guest.person_id),
            )
        person = attendee(meeting, act.name)
        holder = attendee(meeting, act.other) if act.kind is PointKind.PROXY else None
        before: AttendanceSnapshot | None = None
        # Unreachable server: the act is kept on this computer, with no undo until sent.
        with contextlib.suppress(ServerUnreachableError):
            people = [person.person_id] + ([holder.person_id] if holder else [])
            # Bounded as the acts are: a silent link holds the séance no longer.
            before = self.services.seance_journal.read(
                lambda: attendance.snapshot(self.meeting_id, people)
            )
        done, result = self._apply(act.kind, person, holder, at)
        if isinstance(result, Kept) or before is None:
            moved = act.kind not in (
                PointKind.PROXY,
                PointKind.END_PROXY,
                PointKind.EXCUSED,
                PointKind.ABSENT,
            )
            shown = _moved(meeting, person, at) if moved and at is not None else None
            return Act(f"{done} {kept_note()}", None, shown)
        snapshot = before
        return Act(done, lambda: attendance.restore(snapshot))

    def _apply(
        self,
        kind: PointKind,
        person: AttendanceDTO,
        holder: AttendanceDTO | None,
        at: dt.time | None,
    ) -> tuple[str, object]:
        """The act sent through the séance journal: what to say, and what it gave."""
        journal = self.services.seance_journal
        name = person.person_name
        if kind is PointKind.PROXY and holder is not None:
            result = journal.proxy(self.meeting_id, person.person_id, holder.person_id, at)
            return translate("Pointing", "Pouvoir de {name} à {holder} {when}.").format(
                name=name, holder=holder.person_name, when=when(at)
            ), result
        if kind is PointKind.END_PROXY:
            result = journal.end_proxy(self.meeting_id, person.person_id, at)
            return translate("Pointing", "Fin du pouvoir de {name} {when}.").format(
                name=name, when=when(at)
            ), result
        if kind in (PointKind.EXCUSED, PointKind.ABSENT):
            status = (
                AttendanceStatus.EXCUSED if kind is PointKind.EXCUSED else AttendanceStatus.ABSENT
            )
            result = journal.status(self.meeting_id, person.person_id, status)
            return translate("Pointing", "{name} : {status}.").format(
                name=name, status=status.label
            ), result
        if person.in_room:
            result = journal.departure(self.meeting_id, person.person_id, at)
            if at is None:
                return translate("Pointing", "{name} n'est plus pointé·e.").format(
                    name=name
                ), result
            return translate("Pointing", "Départ de {name} {when}.").format(
                name=name, when=when(at)
            ), result
        came_before = person.status is AttendanceStatus.PRESENT and bool(person.presence)
        result = journal.arrival(self.meeting_id, person.person_id, at)
        word = (
            translate("Pointing", "Retour de {name} {when}.")
            if came_before
            else translate("Pointing", "Arrivée de {name} {when}.")
        )
        return word.format(name=name, when=when(at)), result


def _moved(meeting: MeetingDetail, person: AttendanceDTO, at: dt.time) -> MeetingDetail:
    """``meeting`` with ``person`` gone out at ``at`` if in the room, else come in: what
    the server will record once it has the act kept."""
    stretches = person.presence
    if person.in_room:
        last = stretches[-1] if stretches else Interval(None, None)
        stretches = (*stretches[:-1], Interval(last.start, at))
        changed = replace(person, presence=stretches)
    else:
        changed = replace(
            person, status=AttendanceStatus.PRESENT, presence=(*stretches, Interval(at, None))
        )
    attendance = tuple(
        changed if a.person_id == person.person_id else a for a in meeting.attendance
    )
    return replace(meeting, attendance=attendance)
