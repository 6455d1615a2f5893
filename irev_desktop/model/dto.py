"""Plain frozen data returned by the services: no ORM object ever leaves them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteChoice,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.quorum import Interval

# A field that is bookkeeping, not content of the minutes: seal snapshots leave it out.
UNSEALED = {"sealed": False}


def version_field() -> int:
    """The edit version of the row a DTO was read from: what an edit form sends back so
    that an edit made meanwhile by someone else is not silently overwritten. Not
    compared: two reads of the same content are equal whatever their versions."""
    return field(default=1, compare=False, metadata=UNSEALED)


@dataclass(frozen=True)
class OrganisationDTO:
    id: int
    name: str
    short_name: str
    address: str
    city: str
    has_logo: bool


@dataclass(frozen=True)
class MemberDTO:
    id: int
    organisation_id: int
    name: str
    college: str
    statutory_rights: int
    version: int = version_field()


@dataclass(frozen=True)
class PersonDTO:
    id: int
    civility: Civility | None
    first_name: str
    last_name: str
    email: str
    function_title: str
    version: int = version_field()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class BodyDTO:
    id: int
    organisation_id: int
    name: str
    short_name: str
    quorum_basis: QuorumBasis
    quorum_numerator: int
    quorum_denominator: int
    weighting: Weighting
    majority: MajorityRule
    max_proxies_per_holder: int
    notice_days: int
    urgent_notice_days: int
    chair_casting_vote: bool
    version: int = version_field()


@dataclass(frozen=True)
class MandateDTO:
    id: int
    person_id: int
    person_name: str
    function_title: str
    body_id: int
    member_id: int | None
    member_name: str
    role: Role
    representation: Representation
    start_date: dt.date
    end_date: dt.date | None
    version: int = version_field()


@dataclass(frozen=True)
class ProxyDTO:
    """A proxy given, and the stretch of the meeting it held (None: opening, close)."""

    holder_id: int
    holder_name: str
    given_at: dt.time | None
    ended_at: dt.time | None


@dataclass(frozen=True)
class AttendanceDTO:
    """One person's attendance: the declared status, and its history.

    ``presence`` lists the stretches a present person was in the room (start None: from
    the opening; end None: to the close); ``proxies`` the proxies they gave, in order.
    ``arrived_at`` and ``left_at`` are the first arrival and the final departure;
    ``proxy_holder_*`` the holder of the latest proxy.
    """

    id: int
    person_id: int
    person_name: str
    function_title: str
    role: Role | None
    member_name: str
    representation: Representation | None
    status: AttendanceStatus
    proxy_holder_id: int | None
    proxy_holder_name: str
    arrived_at: dt.time | None
    left_at: dt.time | None
    note: str
    presence: tuple[Interval, ...] = ()
    proxies: tuple[ProxyDTO, ...] = ()
    version: int = version_field()

    @property
    def in_room(self) -> bool:
        """Present now: came, and has not left since."""
        return self.status is AttendanceStatus.PRESENT and (
            not self.presence or self.presence[-1].end is None
        )

    @property
    def current_proxy(self) -> ProxyDTO | None:
        """The latest proxy, while it has not ended."""
        last = self.proxies[-1] if self.proxies else None
        return last if last is not None and last.ended_at is None else None


@dataclass(frozen=True)
class AgendaItemDTO:
    id: int
    meeting_id: int
    position: int
    title: str
    kind: ItemKind
    rapporteur_id: int | None
    rapporteur_name: str
    planned_minutes: int | None
    notes: str
    started_at: dt.time | None
    ended_at: dt.time | None
    version: int = version_field()


@dataclass(frozen=True)
class NoteRevisionDTO:
    id: int
    item_id: int
    saved_at: dt.datetime
    text: str


@dataclass(frozen=True)
class DeliberationDTO:
    id: int
    meeting_id: int
    item_id: int | None
    number: str
    title: str
    text: str
    majority: MajorityRule
    votes_for: int
    votes_against: int
    votes_abstention: int
    votes_not_taking_part: int
    weighted_for: float
    weighted_against: float
    weighted_abstention: float
    weighted_not_taking_part: float
    result: VoteResult
    unanimous: bool
    casting_vote_used: bool
    # Who could vote at that moment, when the vote was taken voter by voter (séance mode).
    present_voters: int | None = None
    represented_voters: int | None = None
    voting_weight: float | None = None


@dataclass(frozen=True)
class ActionItemDTO:
    id: int
    meeting_id: int
    item_id: int | None
    person_id: int | None
    person_name: str
    description: str
    due_date: dt.date | None
    done: bool


@dataclass(frozen=True)
class AttachmentDTO:
    id: int
    meeting_id: int
    item_id: int | None
    original_name: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    title: str = ""

    @property
    def shown_title(self) -> str:
        """The annex's title, or its file name without the extension when it has none."""
        if self.title:
            return self.title
        stem = self.original_name.rsplit(".", 1)[0] if "." in self.original_name else ""
        return (stem or self.original_name).replace("_", " ")


@dataclass(frozen=True)
class QuorumDTO:
    basis: QuorumBasis
    required_fraction: str
    in_office: float
    present: float
    represented: float
    required: float
    reached: bool
    present_heads: int
    represented_heads: int
    consultative_present: int


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    organisation: OrganisationDTO
    body: BodyDTO
    title: str
    date: dt.date
    planned_start: dt.time | None
    actual_start: dt.time | None
    actual_end: dt.time | None
    mode: MeetingMode
    place: str
    video_link: str
    chair_id: int | None
    chair_name: str
    secretary_id: int | None
    secretary_name: str
    status: MeetingStatus
    adopted_on: dt.date | None
    signed_at: dt.datetime | None
    attendance: tuple[AttendanceDTO, ...]
    items: tuple[AgendaItemDTO, ...]
    deliberations: tuple[DeliberationDTO, ...]
    actions: tuple[ActionItemDTO, ...]
    attachments: tuple[AttachmentDTO, ...]
    quorum: QuorumDTO
    in_office: tuple[MandateDTO, ...] = field(default=())
    convened_on: dt.date | None = None
    # Signed, or bearing any trace of a signature (digest, date, version): worth a seal check.
    sealed: bool = False
    # The quorum at the opening (``actual_start``) from the attendance history; None
    # while the meeting has no opening time.
    opening_quorum: QuorumDTO | None = None
    version: int = version_field()

    @property
    def frozen(self) -> bool:
        return self.status is MeetingStatus.MINUTES_SIGNED


@dataclass(frozen=True)
class AuditEntryDTO:
    id: int
    at: dt.datetime
    action: str
    entity: str
    entity_id: int | None
    summary: str


@dataclass(frozen=True)
class VoterDTO:
    """Someone who may vote at a given moment: present, or represented by a proxy."""

    person_id: int
    name: str
    weight: float
    represented_by_id: int | None
    represented_by_name: str


@dataclass(frozen=True)
class VoterChoiceDTO:
    person_id: int
    name: str
    weight: float
    represented_by_name: str
    choice: VoteChoice
