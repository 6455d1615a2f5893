"""The rows of every table, typed as the models type them: what the plain reads
(``db.plain_rows``) return. Written by ``python -m irev_desktop.db.row_types_gen`` from
the models; do not edit by hand (a test compares this file with what it writes)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

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


class ActionItemRow(NamedTuple):
    """A row of ``action_item``."""

    id: int
    meeting_id: int
    item_id: int | None
    person_id: int | None
    description: str
    due_date: dt.date | None
    done: bool


class AgendaItemRow(NamedTuple):
    """A row of ``agenda_item``."""

    id: int
    meeting_id: int
    position: int
    title: str
    kind: ItemKind
    rapporteur_id: int | None
    planned_minutes: int | None
    notes: str
    started_at: dt.time | None
    ended_at: dt.time | None
    removed_at: dt.datetime | None
    row_version: int


class AttachmentRow(NamedTuple):
    """A row of ``attachment``."""

    id: int
    meeting_id: int
    item_id: int | None
    original_name: str
    title: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime


class AttendanceRow(NamedTuple):
    """A row of ``attendance``."""

    id: int
    meeting_id: int
    person_id: int
    status: AttendanceStatus
    note: str
    row_version: int


class AuditEntryRow(NamedTuple):
    """A row of ``audit_entry``."""

    id: int
    at: dt.datetime
    action: str
    entity: str
    entity_id: int | None
    summary: str


class BodyRow(NamedTuple):
    """A row of ``body``."""

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
    row_version: int


class DeliberationRow(NamedTuple):
    """A row of ``deliberation``."""

    id: int
    organisation_id: int
    meeting_id: int
    item_id: int | None
    year: int
    sequence: int
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


class DeliberationVoterRow(NamedTuple):
    """A row of ``deliberation_voter``."""

    id: int
    deliberation_id: int
    person_id: int
    represented_by_id: int | None
    weight: float
    choice: VoteChoice


class MandateRow(NamedTuple):
    """A row of ``mandate``."""

    id: int
    person_id: int
    body_id: int
    member_id: int | None
    role: Role
    representation: Representation
    start_date: dt.date
    end_date: dt.date | None
    row_version: int


class MeetingRow(NamedTuple):
    """A row of ``meeting``."""

    id: int
    body_id: int
    title: str
    date: dt.date
    planned_start: dt.time | None
    actual_start: dt.time | None
    actual_end: dt.time | None
    mode: MeetingMode
    place: str
    video_link: str
    chair_id: int | None
    secretary_id: int | None
    status: MeetingStatus
    adopted_on: dt.date | None
    adopted_in_meeting_id: int | None
    signed_at: dt.datetime | None
    signed_digest: str | None
    convened_on: dt.date | None
    seal_version: int | None
    row_version: int


class MemberRow(NamedTuple):
    """A row of ``member``."""

    id: int
    organisation_id: int
    name: str
    college: str
    statutory_rights: int
    row_version: int


class NoteRevisionRow(NamedTuple):
    """A row of ``note_revision``."""

    id: int
    item_id: int
    saved_at: dt.datetime
    text: str


class OrganisationRow(NamedTuple):
    """A row of ``organisation``."""

    id: int
    name: str
    short_name: str
    address: str
    city: str
    logo: bytes | None
    logo_mime: str | None


class PersonRow(NamedTuple):
    """A row of ``person``."""

    id: int
    civility: Civility | None
    first_name: str
    last_name: str
    email: str
    function_title: str
    row_version: int


class PresenceRow(NamedTuple):
    """A row of ``presence``."""

    id: int
    attendance_id: int
    arrived_at: dt.time | None
    left_at: dt.time | None


class ProxyRow(NamedTuple):
    """A row of ``proxy``."""

    id: int
    attendance_id: int
    holder_id: int
    given_at: dt.time | None
    ended_at: dt.time | None


class SealRow(NamedTuple):
    """A row of ``seal``."""

    id: int
    meeting_id: int
    version: int
    snapshot: str
    digest: str
    previous_digest: str | None
    sealed_at: dt.datetime
    signing_key_id: int | None
    signature: str | None
    pdf_sha256: str | None


class SigningKeyRow(NamedTuple):
    """A row of ``signing_key``."""

    id: int
    organisation_id: int
    public_key: str
    created_at: dt.datetime
    retired_at: dt.datetime | None
    after_seal_id: int | None


# Each row type and the table it reads.
TABLES: dict[type[tuple[object, ...]], str] = {
    ActionItemRow: "action_item",
    AgendaItemRow: "agenda_item",
    AttachmentRow: "attachment",
    AttendanceRow: "attendance",
    AuditEntryRow: "audit_entry",
    BodyRow: "body",
    DeliberationRow: "deliberation",
    DeliberationVoterRow: "deliberation_voter",
    MandateRow: "mandate",
    MeetingRow: "meeting",
    MemberRow: "member",
    NoteRevisionRow: "note_revision",
    OrganisationRow: "organisation",
    PersonRow: "person",
    PresenceRow: "presence",
    ProxyRow: "proxy",
    SealRow: "seal",
    SigningKeyRow: "signing_key",
}
