"""Reading a whole meeting in a few queries, and the facts derived from it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.columns import reader_of
from irev_desktop.db.plain_rows import plain, session_connection
from irev_desktop.db.plain_sql import PlainConnection, dialect_of, ids_in
from irev_desktop.db.row_types import (
    ActionItemRow,
    AgendaItemRow,
    AttachmentRow,
    AttendanceRow,
    BodyRow,
    DeliberationRow,
    MeetingRow,
    OrganisationRow,
    PersonRow,
)
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import NotFoundError
from irev_desktop.domain.quorum import (
    Interval,
    Participant,
    ProxySpan,
    QuorumRule,
    QuorumState,
    compute_quorum,
    compute_quorums,
)
from irev_desktop.model import dto
from irev_desktop.model.changes import Part
from irev_desktop.model.participants import first_mandates, participant
from irev_desktop.services import convert
from irev_desktop.services.mandates import mandates_in_office, mandates_in_office_plain


@dataclass(frozen=True)
class History:
    """The presence stretches and proxies of a meeting's attendance rows, in order."""

    presence: dict[int, tuple[Interval, ...]]
    proxies: dict[int, tuple[ProxySpan, ...]]


def read_history(connection: PlainConnection, meeting_id: int) -> History:
    """Every stretch and proxy of the meeting; times in order, the opening (None) first.

    Two plain queries on every opening of a meeting: the rows are few and small, so they
    are typed here rather than through ``db.plain_rows``.
    """

    moment = reader_of(models.Presence, "arrived_at", dialect_of(connection))

    presence: dict[int, list[Interval]] = {}
    for attendance_id, arrived, left in connection.execute(
        "SELECT p.attendance_id, p.arrived_at, p.left_at FROM presence p "
        "JOIN attendance a ON a.id = p.attendance_id WHERE a.meeting_id = ? "
        "ORDER BY p.arrived_at IS NOT NULL, p.arrived_at, p.id",
        (meeting_id,),
    ):
        presence.setdefault(attendance_id, []).append(Interval(moment(arrived), moment(left)))
    proxies: dict[int, list[ProxySpan]] = {}
    for attendance_id, holder, given, ended in connection.execute(
        "SELECT p.attendance_id, p.holder_id, p.given_at, p.ended_at FROM proxy p "
        "JOIN attendance a ON a.id = p.attendance_id WHERE a.meeting_id = ? "
        "ORDER BY p.given_at IS NOT NULL, p.given_at, p.id",
        (meeting_id,),
    ):
        proxies.setdefault(attendance_id, []).append(
            ProxySpan(holder, Interval(moment(given), moment(ended)))
        )
    return History(
        {k: tuple(v) for k, v in presence.items()}, {k: tuple(v) for k, v in proxies.items()}
    )


def participants(
    attendance: Sequence[AttendanceRow], in_office: list[dto.MandateDTO], history: History
) -> list[Participant]:
    """The meeting's attendance as the domain's quorum rules see it."""
    by_person = first_mandates(in_office)
    result = []
    for row in attendance:
        mandate = by_person.get(row.person_id)
        result.append(
            participant(
                row.person_id,
                mandate.member_id if mandate else None,
                mandate.role if mandate else None,
                mandate.representation if mandate else None,
                row.status,
                history.presence.get(row.id, ()),
                history.proxies.get(row.id, ()),
            )
        )
    return result


def meeting_participants(
    session: Session, meeting_id: int, in_office: list[dto.MandateDTO]
) -> list[Participant]:
    """The participants of a meeting as ``session`` sees it (pending changes included)."""
    session.flush()
    connection = session_connection(session)
    rows = plain(AttendanceRow).rows(connection, "WHERE meeting_id = ?", (meeting_id,))
    return participants(rows, in_office, read_history(connection, meeting_id))


def member_rights(session: Session, organisation_id: int) -> dict[int, int]:
    return member_rights_plain(session_connection(session), organisation_id)


def member_rights_plain(connection: PlainConnection, organisation_id: int) -> dict[int, int]:
    rows = connection.execute(
        "SELECT id, statutory_rights FROM member WHERE organisation_id = ?", (organisation_id,)
    )
    return dict(rows.fetchall())


def quorum_state(
    session: Session, meeting: models.Meeting, body: models.Body, at: Any = None
) -> QuorumState:
    in_office = mandates_in_office(session, body.id, meeting.date)
    rule = QuorumRule(body.quorum_basis, body.quorum_numerator, body.quorum_denominator)
    return compute_quorum(
        meeting_participants(session, meeting.id, in_office),
        member_rights(session, body.organisation_id),
        rule,
        at,
    )


def quorum_dto(state: QuorumState, body: models.Body | BodyRow | dto.BodyDTO) -> dto.QuorumDTO:
    return dto.QuorumDTO(
        basis=body.quorum_basis,
        required_fraction=f"{body.quorum_numerator}/{body.quorum_denominator}",
        in_office=float(state.in_office),
        present=float(state.present),
        represented=float(state.represented),
        required=float(state.required),
        reached=state.reached,
        present_heads=state.present_heads,
        represented_heads=state.represented_heads,
        consultative_present=state.consultative_present,
    )


def read_meeting(session: Session, meeting_id: int) -> dto.MeetingDetail:
    """The whole meeting as ``session`` sees it (its pending changes included)."""
    return read_meeting_plain(session_connection(session), meeting_id)


def read_meeting_plain(connection: PlainConnection, meeting_id: int) -> dto.MeetingDetail:
    """The whole meeting in a dozen plain queries (``db.plain_rows``): this runs on every
    opening of a meeting, and after a change of its header or of the register."""
    found = plain(MeetingRow).rows(connection, "WHERE id = ?", (meeting_id,))
    if not found:
        raise NotFoundError("La séance n° {meeting} n'existe pas.", meeting=meeting_id)
    meeting = found[0]
    body = plain(BodyRow).rows(connection, "WHERE id = ?", (meeting.body_id,))[0]
    organisation = plain(OrganisationRow).rows(connection, "WHERE id = ?", (body.organisation_id,))[
        0
    ]
    in_office = mandates_in_office_plain(connection, body.id, meeting.date)
    people = _People(connection)
    header_people = people.names({meeting.chair_id, meeting.secretary_id} - {None})
    attendance, quorum, opening = _attendance_part(
        connection, meeting_id, in_office, convert.body(body), meeting.actual_start, people
    )
    return dto.MeetingDetail(
        id=meeting.id,
        organisation=convert.organisation(organisation),
        body=convert.body(body),
        title=meeting.title,
        date=meeting.date,
        planned_start=meeting.planned_start,
        actual_start=meeting.actual_start,
        actual_end=meeting.actual_end,
        mode=meeting.mode,
        place=meeting.place,
        video_link=meeting.video_link,
        chair_id=meeting.chair_id,
        chair_name=header_people.get(meeting.chair_id, ""),
        secretary_id=meeting.secretary_id,
        secretary_name=header_people.get(meeting.secretary_id, ""),
        status=meeting.status,
        adopted_on=meeting.adopted_on,
        signed_at=meeting.signed_at,
        attendance=attendance,
        items=_items_part(connection, meeting_id, people),
        deliberations=_deliberations_part(connection, meeting_id),
        actions=_actions_part(connection, meeting_id, people),
        attachments=_attachments_part(connection, meeting_id),
        quorum=quorum,
        in_office=tuple(in_office),
        convened_on=meeting.convened_on,
        sealed=meeting.status is MeetingStatus.MINUTES_SIGNED
        or any(
            v is not None for v in (meeting.signed_digest, meeting.signed_at, meeting.seal_version)
        ),
        opening_quorum=opening,
        version=meeting.row_version,
    )


# Only what a write changed ---------------------------------------------------------------

# The parts that a new read of their own rows refreshes; the others (the header, which
# carries the date, the body and the mandates in office) need the whole meeting.
PARTIAL_PARTS = frozenset(
    {Part.ATTENDANCE, Part.AGENDA, Part.NOTES, Part.DELIBERATIONS, Part.ACTIONS, Part.ATTACHMENTS}
)


def refresh_plain(
    connection: PlainConnection, current: dto.MeetingDetail, parts: frozenset[Part]
) -> dto.MeetingDetail:
    """``current`` with ``parts`` read again, and only them (the whole meeting when one of
    them is not a part of its own)."""
    if not parts <= PARTIAL_PARTS:
        return read_meeting_plain(connection, current.id)
    people = _People(connection)
    changed: dict[str, object] = {}
    if Part.ATTENDANCE in parts:
        attendance, quorum, opening = _attendance_part(
            connection,
            current.id,
            list(current.in_office),
            current.body,
            current.actual_start,
            people,
        )
        changed.update(attendance=attendance, quorum=quorum, opening_quorum=opening)
    if parts & {Part.AGENDA, Part.NOTES}:
        changed["items"] = _items_part(connection, current.id, people)
    if Part.DELIBERATIONS in parts:
        changed["deliberations"] = _deliberations_part(connection, current.id)
    if Part.ACTIONS in parts:
        changed["actions"] = _actions_part(connection, current.id, people)
    if Part.ATTACHMENTS in parts:
        changed["attachments"] = _attachments_part(connection, current.id)
    return replace(current, **changed)  # type: ignore[arg-type]


class _People:
    """The names of the people a part names, read once per id."""

    def __init__(self, connection: PlainConnection) -> None:
        self.connection = connection
        self.rows: dict[int, PersonRow] = {}

    def read(self, ids: set[int]) -> dict[int, PersonRow]:
        missing = sorted(ids - self.rows.keys())
        if missing:
            condition, parameter = ids_in(self.connection, missing)
            for row in plain(PersonRow).rows(
                self.connection, f"WHERE id {condition}", (parameter,)
            ):
                self.rows[row.id] = row
        return self.rows

    def names(self, ids: set[int | None]) -> dict[int | None, str]:
        rows = self.read({i for i in ids if i})
        return {i: convert.person_name(rows.get(i)) if i else "" for i in ids}


def _attendance_part(
    connection: PlainConnection,
    meeting_id: int,
    in_office: list[dto.MandateDTO],
    body: dto.BodyDTO,
    actual_start: dt.time | None,
    people: _People,
) -> tuple[tuple[dto.AttendanceDTO, ...], dto.QuorumDTO, dto.QuorumDTO | None]:
    """The attendance with its history, the quorum of the whole meeting and at the
    opening (which the attendance decides)."""
    by_person = first_mandates(in_office)
    attendance_rows = plain(AttendanceRow).rows(connection, "WHERE meeting_id = ?", (meeting_id,))
    history = read_history(connection, meeting_id)
    ids = {a.person_id for a in attendance_rows} | {
        span.holder_id for spans in history.proxies.values() for span in spans
    }
    rows = people.read(ids)
    names = people.names(set(ids))
    attendance = []
    for row in attendance_rows:
        mandate = by_person.get(row.person_id)
        person = rows[row.person_id]
        presence = history.presence.get(row.id, ())
        proxies = tuple(
            dto.ProxyDTO(span.holder_id, names[span.holder_id], span.during.start, span.during.end)
            for span in history.proxies.get(row.id, ())
        )
        holder_id = proxies[-1].holder_id if proxies else None
        attendance.append(
            dto.AttendanceDTO(
                id=row.id,
                person_id=row.person_id,
                person_name=convert.person_name(person),
                function_title=person.function_title,
                role=mandate.role if mandate else None,
                member_name=mandate.member_name if mandate else "",
                representation=mandate.representation if mandate else None,
                status=row.status,
                proxy_holder_id=holder_id,
                proxy_holder_name=names.get(holder_id, "") if holder_id else "",
                arrived_at=presence[0].start if presence else None,
                left_at=presence[-1].end if presence else None,
                note=row.note,
                presence=presence,
                proxies=proxies,
                version=row.row_version,
            )
        )
    rank = {m.person_id: i for i, m in enumerate(in_office)}
    attendance.sort(key=lambda a: (rank.get(a.person_id, len(rank)), a.person_name))
    seated = participants(attendance_rows, in_office, history)
    rights = member_rights_plain(connection, body.organisation_id)
    rule = QuorumRule(body.quorum_basis, body.quorum_numerator, body.quorum_denominator)
    if actual_start is None:
        return tuple(attendance), quorum_dto(compute_quorum(seated, rights, rule), body), None
    # The whole meeting and its opening, the seats weighed once for both.
    state, at_opening = compute_quorums(seated, rights, rule, [None, actual_start])
    return tuple(attendance), quorum_dto(state, body), quorum_dto(at_opening, body)


def _items_part(
    connection: PlainConnection, meeting_id: int, people: _People
) -> tuple[dto.AgendaItemDTO, ...]:
    items = plain(AgendaItemRow).rows(
        connection,
        "WHERE meeting_id = ? AND removed_at IS NULL ORDER BY position, id",
        (meeting_id,),
    )
    names = people.names({i.rapporteur_id for i in items})
    return tuple(convert.agenda_item(i, names[i.rapporteur_id]) for i in items)


def _deliberations_part(
    connection: PlainConnection, meeting_id: int
) -> tuple[dto.DeliberationDTO, ...]:
    deliberations = plain(DeliberationRow).rows(
        connection, "WHERE meeting_id = ? ORDER BY year, sequence", (meeting_id,)
    )
    voter_counts = recorded_voters_plain(connection, [d.id for d in deliberations])
    return tuple(convert.deliberation(d, voter_counts.get(d.id)) for d in deliberations)


def _actions_part(
    connection: PlainConnection, meeting_id: int, people: _People
) -> tuple[dto.ActionItemDTO, ...]:
    actions = plain(ActionItemRow).rows(
        connection, "WHERE meeting_id = ? ORDER BY id", (meeting_id,)
    )
    names = people.names({a.person_id for a in actions})
    return tuple(convert.action_item(a, names[a.person_id]) for a in actions)


def _attachments_part(
    connection: PlainConnection, meeting_id: int
) -> tuple[dto.AttachmentDTO, ...]:
    attachments = plain(AttachmentRow).rows(
        connection, "WHERE meeting_id = ? ORDER BY id", (meeting_id,)
    )
    return tuple(convert.attachment(a) for a in attachments)


def recorded_voters_plain(
    connection: PlainConnection, ids: list[int]
) -> dict[int, tuple[int, int, float]]:
    """(present, represented, total weight) of each deliberation voted voter by voter."""
    if not ids:
        return {}
    condition, parameter = ids_in(connection, ids)
    rows = connection.execute(
        "SELECT deliberation_id, count(*) FILTER (WHERE represented_by_id IS NULL), "
        "count(*) FILTER (WHERE represented_by_id IS NOT NULL), sum(weight) "
        f"FROM deliberation_voter WHERE deliberation_id {condition} "
        "GROUP BY deliberation_id",
        (parameter,),
    )
    return {ident: (present, represented, weight) for ident, present, represented, weight in rows}


SEAL_VERSION = 3  # the seal a new signature gets (3: services.seal_chain)
ROWS_SEAL_VERSION = 2  # the newest content_digest, which a version 3 snapshot keeps


# The edit version: bookkeeping of who edited from what, never content of the minutes.
UNSEALED = "row_version"


def unsealed_out(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {name: value for name, value in row.items() if name != UNSEALED}


def content_digest(
    session: Session, meeting: models.Meeting, version: int = ROWS_SEAL_VERSION
) -> str:
    """SHA-256 of the meeting's own recorded content, as signed.

    Only the meeting's rows count (never derived facts such as current names or
    mandates), so editing a person later does not look like tampering.

    Version 1 covered each attendance row with a single arrival, departure and proxy
    holder; those are rebuilt from the history rows that replaced them (the migration
    that made the history kept them one to one). Version 2 covers the whole history.
    """

    def rows(model: type[models.Base], *order: Any) -> list[dict[str, Any]]:
        table = model.__table__
        query = select(table).where(table.c.meeting_id == meeting.id).order_by(*order)
        return [unsealed_out(r._mapping) for r in session.execute(query)]

    def history(model: type[models.Base]) -> list[dict[str, Any]]:
        table = model.__table__
        attendance = models.Attendance.__table__
        query = (
            select(table)
            .join(attendance, attendance.c.id == table.c.attendance_id)
            .where(attendance.c.meeting_id == meeting.id)
            .order_by(table.c.id)
        )
        return [dict(r._mapping) for r in session.execute(query)]

    session.flush()
    item_ids = [
        i
        for i in session.scalars(
            # In id order, as SQLite happened to give them: PostgreSQL's order follows
            # its plan, and a digest must not.
            select(models.AgendaItem.id)
            .where(models.AgendaItem.meeting_id == meeting.id)
            .order_by(models.AgendaItem.id)
        )
    ]
    attendance = rows(models.Attendance, models.Attendance.person_id)
    presence, proxies = history(models.Presence), history(models.Proxy)
    content: dict[str, Any] = {
        "meeting": {
            c.name: getattr(meeting, c.name)
            for c in models.Meeting.__table__.columns
            if c.name not in ("status", "signed_at", "signed_digest", "seal_version", UNSEALED)
            # Columns added since the first seals count once they hold something.
            and not (c.name == "convened_on" and meeting.convened_on is None)
        },
        "attendance": attendance,
        # An item taken off counts with the date it went; one never removed reads as it
        # did before items could be removed, so earlier seals still verify.
        "items": [
            {k: v for k, v in r.items() if k != "removed_at" or v is not None}
            for r in rows(models.AgendaItem, models.AgendaItem.id)
        ],
        "deliberations": rows(models.Deliberation, models.Deliberation.id),
        # Following up an action after signature is not an edit of the minutes.
        "actions": [
            {k: v for k, v in r.items() if k != "done"}
            for r in rows(models.ActionItem, models.ActionItem.id)
        ],
        "attachments": [
            {k: v for k, v in r.items() if k != "added_at" and not (k == "title" and v == "")}
            for r in rows(models.Attachment, models.Attachment.id)
        ],
        "item_ids": item_ids,
        "voters": [
            dict(r._mapping)
            for r in session.execute(
                select(models.DeliberationVoter.__table__)
                .join(models.Deliberation.__table__)
                .where(models.Deliberation.meeting_id == meeting.id)
                .order_by(models.DeliberationVoter.id)
            )
        ],
    }
    if version == 1:
        if not _as_single_times(attendance, presence, proxies):
            # A history the old columns could not hold was written after signature.
            content["history_beyond_version_1"] = True
    else:
        content["version"] = version
        content["presence"] = presence
        content["proxies"] = proxies
    canonical = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _as_single_times(
    attendance: list[dict[str, Any]],
    presence: list[dict[str, Any]],
    proxies: list[dict[str, Any]],
) -> bool:
    """Give each attendance row the columns it had before the history (version 1).

    False if the history holds what those columns could not: a second stretch or proxy,
    a proxy with its moments.
    """
    first = {p["attendance_id"]: p for p in reversed(presence)}
    holder = {p["attendance_id"]: p["holder_id"] for p in proxies}
    fits = len(first) == len(presence) and len(holder) == len(proxies)
    fits = fits and all(p["given_at"] is None and p["ended_at"] is None for p in proxies)
    for row in attendance:
        stretch = first.get(row["id"])
        row["arrived_at"] = stretch["arrived_at"] if stretch else None
        row["left_at"] = stretch["left_at"] if stretch else None
        row["proxy_holder_id"] = holder.get(row["id"])
    return fits
