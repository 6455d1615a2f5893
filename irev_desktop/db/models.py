"""The SQLAlchemy models of a GIP's governance records.

Typed 2.0 models. Constraints follow a naming convention so that Alembic
migrations name them predictably. Who held which role on a date is always a query
over ``Mandate`` rows, never a copy.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum as PyEnum
from typing import Any, TypeVar

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

E = TypeVar("E", bound=PyEnum)


def enum_column(enum: type[E], **kwargs: Any) -> Any:
    """Store an enum by its value, as plain text: readable in the file and the archive."""
    return mapped_column(
        Enum(
            enum,
            native_enum=False,
            create_constraint=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
        ),
        **kwargs,
    )


def utc_now() -> dt.datetime:
    """Naive UTC: SQLite keeps no time zone, so every stored instant is UTC by convention."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(50), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    logo_mime: Mapped[str | None] = mapped_column(String(50), default=None)


def version_column() -> Mapped[int]:
    """A row's edit version: the services raise it on each edit a form makes, and refuse
    an edit based on an older one (``services.versions``). Not part of any seal."""
    return mapped_column(Integer, default=1, server_default=text("1"))


class Member(Base):
    """A member organisation of the GIP and its share of votes (droits statutaires)."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("organisation_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    college: Mapped[str] = mapped_column(String(100), default="")
    statutory_rights: Mapped[int] = mapped_column(Integer, default=0)
    row_version: Mapped[int] = version_column()


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[Civility | None] = enum_column(Civility, default=None)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    function_title: Mapped[str] = mapped_column(String(300), default="")
    row_version: Mapped[int] = version_column()


class Body(Base):
    """An instance that meets (AG, CA, Bureau) and its own rules."""

    __tablename__ = "body"
    __table_args__ = (UniqueConstraint("organisation_id", "short_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(20))
    quorum_basis: Mapped[QuorumBasis] = enum_column(QuorumBasis, default=QuorumBasis.RIGHTS)
    quorum_numerator: Mapped[int] = mapped_column(Integer, default=1)
    quorum_denominator: Mapped[int] = mapped_column(Integer, default=2)
    weighting: Mapped[Weighting] = enum_column(Weighting, default=Weighting.RIGHTS)
    majority: Mapped[MajorityRule] = enum_column(MajorityRule, default=MajorityRule.SIMPLE)
    max_proxies_per_holder: Mapped[int] = mapped_column(Integer, default=1)
    notice_days: Mapped[int] = mapped_column(Integer, default=15)
    urgent_notice_days: Mapped[int] = mapped_column(Integer, default=5)
    chair_casting_vote: Mapped[bool] = mapped_column(Boolean, default=True)
    row_version: Mapped[int] = version_column()


class Mandate(Base):
    """A person's role in a body, for a member organisation, over a period."""

    __tablename__ = "mandate"
    __table_args__ = (Index("ix_mandate_body_period", "body_id", "start_date", "end_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="CASCADE"))
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), default=None
    )
    role: Mapped[Role] = enum_column(Role)
    representation: Mapped[Representation] = enum_column(
        Representation, default=Representation.TITULAIRE
    )
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    row_version: Mapped[int] = version_column()

    person: Mapped[Person] = relationship(lazy="joined")


class Meeting(Base):
    """A séance of a body."""

    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_body_date", "body_id", "date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    planned_start: Mapped[dt.time | None] = mapped_column(Time, default=None)
    actual_start: Mapped[dt.time | None] = mapped_column(Time, default=None)
    actual_end: Mapped[dt.time | None] = mapped_column(Time, default=None)
    mode: Mapped[MeetingMode] = enum_column(MeetingMode, default=MeetingMode.IN_PERSON)
    place: Mapped[str] = mapped_column(String(300), default="")
    video_link: Mapped[str] = mapped_column(String(500), default="")
    chair_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    secretary_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[MeetingStatus] = enum_column(MeetingStatus, default=MeetingStatus.PLANNED)
    adopted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    adopted_in_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), default=None
    )
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    signed_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    # The day the members were convened (« régulièrement convoqués le … »).
    convened_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    # Which content the digest covers: 1 before attendance histories, 2 since.
    seal_version: Mapped[int | None] = mapped_column(Integer, default=None)
    row_version: Mapped[int] = version_column()


class Seal(Base):
    """A version 3 seal: the minutes as signed (a canonical JSON snapshot), their digest,
    and the digest of the organisation's previous version 3 seal (the chain)."""

    __tablename__ = "seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)
    digest: Mapped[str] = mapped_column(String(64))
    previous_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    sealed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The organisation's Ed25519 signature of ``digest``, when it had a signing key.
    signing_key_id: Mapped[int | None] = mapped_column(
        ForeignKey("signing_key.id", ondelete="RESTRICT"), default=None
    )
    signature: Mapped[str | None] = mapped_column(String(128), default=None)
    # The PDF of the signed minutes, kept with the attached files under its SHA-256.
    pdf_sha256: Mapped[str | None] = mapped_column(String(64), default=None)


class SigningKey(Base):
    """The public half of an organisation's Ed25519 signing key (the private half is kept
    outside the store). A new key retires the previous one; seals keep theirs."""

    __tablename__ = "signing_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="RESTRICT"))
    public_key: Mapped[str] = mapped_column(String(64), unique=True)  # 32 bytes, hex
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    retired_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    # The organisation's last seal when the key was made: every later seal is signed.
    after_seal_id: Mapped[int | None] = mapped_column(Integer, default=None)


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    status: Mapped[AttendanceStatus] = enum_column(
        AttendanceStatus, default=AttendanceStatus.EXPECTED
    )
    note: Mapped[str] = mapped_column(String(300), default="")
    row_version: Mapped[int] = version_column()


class Presence(Base):
    """One stretch of a present person in the room: arrived, then left (or stayed).

    ``arrived_at`` None is the opening (pointed before it); ``left_at`` None, the close.
    """

    __tablename__ = "presence"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(
        ForeignKey("attendance.id", ondelete="CASCADE"), index=True
    )
    arrived_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    left_at: Mapped[dt.time | None] = mapped_column(Time, default=None)


class Proxy(Base):
    """A proxy (pouvoir) given by the person of ``attendance_id`` to ``holder_id``.

    ``given_at`` None is the opening; ``ended_at`` None, the close. A proxy ends when it is
    revoked, when its giver arrives or when its holder leaves.
    """

    __tablename__ = "proxy"

    id: Mapped[int] = mapped_column(primary_key=True)
    attendance_id: Mapped[int] = mapped_column(
        ForeignKey("attendance.id", ondelete="CASCADE"), index=True
    )
    holder_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    given_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    ended_at: Mapped[dt.time | None] = mapped_column(Time, default=None)


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting_position", "meeting_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    kind: Mapped[ItemKind] = enum_column(ItemKind, default=ItemKind.INFORMATION)
    rapporteur_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    planned_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    ended_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    # Set when the item is removed from the agenda: the row, its notes, their revisions
    # and its links stay, so that undo brings back the same item.
    removed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=None)
    row_version: Mapped[int] = version_column()


class NoteRevision(Base):
    """Every saved state of an item's notes: nothing typed is ever overwritten for good."""

    __tablename__ = "note_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    text: Mapped[str] = mapped_column(Text)


class Deliberation(Base):
    __tablename__ = "deliberation"
    __table_args__ = (
        UniqueConstraint("organisation_id", "number"),
        UniqueConstraint("organisation_id", "year", "sequence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="")
    majority: Mapped[MajorityRule] = enum_column(MajorityRule, default=MajorityRule.SIMPLE)
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    votes_abstention: Mapped[int] = mapped_column(Integer, default=0)
    votes_not_taking_part: Mapped[int] = mapped_column(Integer, default=0)
    weighted_for: Mapped[float] = mapped_column(Float, default=0.0)
    weighted_against: Mapped[float] = mapped_column(Float, default=0.0)
    weighted_abstention: Mapped[float] = mapped_column(Float, default=0.0)
    weighted_not_taking_part: Mapped[float] = mapped_column(Float, default=0.0)
    result: Mapped[VoteResult] = enum_column(VoteResult)
    unanimous: Mapped[bool] = mapped_column(Boolean, default=False)
    casting_vote_used: Mapped[bool] = mapped_column(Boolean, default=False)


class DeliberationVoter(Base):
    """Who could vote on a deliberation at that moment, with their weight and their vote."""

    __tablename__ = "deliberation_voter"
    __table_args__ = (UniqueConstraint("deliberation_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deliberation_id: Mapped[int] = mapped_column(
        ForeignKey("deliberation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    represented_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    choice: Mapped[VoteChoice] = enum_column(VoteChoice)


class ActionItem(Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    description: Mapped[str] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    done: Mapped[bool] = mapped_column(Boolean, default=False)


class Attachment(Base):
    """A copy of a file kept in the store's folder, named by its SHA-256, never by the user."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), default=None
    )
    original_name: Mapped[str] = mapped_column(String(300))
    # The title the annex is listed under; empty, the file name stands for it.
    title: Mapped[str] = mapped_column(String(300), default="", server_default="")
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class AuditEntry(Base):
    """One line per change: when, what, and a summary of before and after."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, index=True)
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
