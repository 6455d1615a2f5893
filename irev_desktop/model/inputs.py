"""What the interface hands to the services: a meeting's header, an agenda item's
fields, the count of a vote, an attendance to put back, a body's rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from irev_desktop.domain.enums import (
    AttendanceStatus,
    ItemKind,
    MajorityRule,
    MeetingMode,
    QuorumBasis,
    Weighting,
)
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.votes import ChairVote, VoteCount

if TYPE_CHECKING:
    from irev_desktop.model.dto import MeetingDetail


@dataclass(frozen=True)
class MeetingHeader:
    """What the user fills in to plan a meeting."""

    title: str
    date: dt.date
    planned_start: dt.time | None = None
    mode: MeetingMode = MeetingMode.IN_PERSON
    place: str = ""
    video_link: str = ""
    chair_id: int | None = None
    secretary_id: int | None = None
    # The day the members were convened (the date of the convocation), when known.
    convened_on: dt.date | None = None

    @classmethod
    def of(cls, meeting: MeetingDetail) -> MeetingHeader:
        """The header a meeting has now: what its form starts from."""
        return cls(
            title=meeting.title,
            date=meeting.date,
            planned_start=meeting.planned_start,
            mode=meeting.mode,
            place=meeting.place,
            video_link=meeting.video_link,
            chair_id=meeting.chair_id,
            secretary_id=meeting.secretary_id,
            convened_on=meeting.convened_on,
        )


@dataclass(frozen=True)
class ItemFields:
    title: str
    kind: ItemKind = ItemKind.INFORMATION
    rapporteur_id: int | None = None
    planned_minutes: int | None = None


@dataclass(frozen=True)
class Ballot:
    """The count of a vote: heads, and the weighted rights where the body weighs votes."""

    for_: int
    against: int = 0
    abstention: int = 0
    not_taking_part: int = 0
    weighted: VoteCount | None = None
    chair_vote: ChairVote = ChairVote.NONE

    @property
    def heads(self) -> VoteCount:
        return VoteCount(self.for_, self.against, self.abstention, self.not_taking_part)


@dataclass(frozen=True)
class SavedAttendance:
    """One person's attendance as it was, to put back (undo of a séance act)."""

    person_id: int
    existed: bool
    status: AttendanceStatus
    note: str
    presence: tuple[tuple[dt.time | None, dt.time | None], ...]
    proxies: tuple[tuple[int, dt.time | None, dt.time | None], ...]


@dataclass(frozen=True)
class AttendanceSnapshot:
    meeting_id: int
    people: tuple[SavedAttendance, ...]


@dataclass(frozen=True)
class BodyRules:
    """A body's own rules of deliberation."""

    quorum_basis: QuorumBasis = QuorumBasis.RIGHTS
    quorum_numerator: int = 1
    quorum_denominator: int = 2
    weighting: Weighting = Weighting.RIGHTS
    majority: MajorityRule = MajorityRule.SIMPLE
    max_proxies_per_holder: int = 1
    notice_days: int = 15
    urgent_notice_days: int = 5
    chair_casting_vote: bool = True

    def validate(self) -> None:
        if not 0 < self.quorum_numerator <= self.quorum_denominator:
            raise ValidationError(
                "Le quorum doit être une fraction comprise entre 0 (exclu) et 1, par exemple 2/3."
            )
        if self.max_proxies_per_holder < 0:
            raise ValidationError("Le nombre de pouvoirs par mandataire ne peut être négatif.")
        if self.notice_days < 0 or self.urgent_notice_days < 0:
            raise ValidationError("Le délai de convocation ne peut être négatif.")
