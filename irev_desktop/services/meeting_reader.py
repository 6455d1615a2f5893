"""Reading a whole meeting in a few queries, and the facts derived from it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.plain_rows import plain, session_connection
from irev_desktop.domain.enums import Representation
from irev_desktop.domain.errors import NotFoundError
from irev_desktop.domain.quorum import Participant, QuorumRule, QuorumState, compute_quorum
from irev_desktop.services import convert, dto
from irev_desktop.services.mandates import mandates_in_office, mandates_in_office_plain


def first_mandates(in_office: list[dto.MandateDTO]) -> dict[int, dto.MandateDTO]:
    """Each person's highest mandate in the body (the list is ordered by rank)."""
    result: dict[int, dto.MandateDTO] = {}
    for mandate in in_office:
        result.setdefault(mandate.person_id, mandate)
    return result


def participants(
    attendance: list[models.Attendance], in_office: list[dto.MandateDTO]
) -> list[Participant]:
    """The meeting's attendance as the domain's quorum rules see it."""
    by_person = first_mandates(in_office)
    result = []
    for row in attendance:
        mandate = by_person.get(row.person_id)
        result.append(
            Participant(
                person_id=row.person_id,
                member_id=mandate.member_id if mandate else None,
                titulaire=bool(mandate and mandate.representation is not Representation.SUPPLEANT),
                votes=bool(mandate and mandate.role.votes),
                status=row.status,
                proxy_holder_id=row.proxy_holder_id,
                arrived_at=row.arrived_at,
                left_at=row.left_at,
            )
        )
    return result


def member_rights(session: Session, organisation_id: int) -> dict[int, int]:
    return member_rights_plain(session_connection(session), organisation_id)


def member_rights_plain(connection: sqlite3.Connection, organisation_id: int) -> dict[int, int]:
    rows = connection.execute(
        "SELECT id, statutory_rights FROM member WHERE organisation_id = ?", (organisation_id,)
    )
    return dict(rows.fetchall())


def quorum_state(
    session: Session, meeting: models.Meeting, body: models.Body, at: Any = None
) -> QuorumState:
    attendance = list(
        session.scalars(select(models.Attendance).where(models.Attendance.meeting_id == meeting.id))
    )
    in_office = mandates_in_office(session, body.id, meeting.date)
    rule = QuorumRule(body.quorum_basis, body.quorum_numerator, body.quorum_denominator)
    return compute_quorum(
        participants(attendance, in_office), member_rights(session, body.organisation_id), rule, at
    )


def quorum_dto(state: QuorumState, body: models.Body) -> dto.QuorumDTO:
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


def read_meeting_plain(connection: sqlite3.Connection, meeting_id: int) -> dto.MeetingDetail:
    """The whole meeting in a dozen plain queries (``db.plain_rows``): this runs on every
    opening of a meeting, and after every change made on its page."""
    found = plain(models.Meeting).rows(connection, "WHERE id = ?", (meeting_id,))
    if not found:
        raise NotFoundError(f"La séance n° {meeting_id} n'existe pas.")
    meeting = found[0]
    body = plain(models.Body).rows(connection, "WHERE id = ?", (meeting.body_id,))[0]
    organisation = plain(models.Organisation).rows(
        connection, "WHERE id = ?", (body.organisation_id,)
    )[0]
    in_office = mandates_in_office_plain(connection, body.id, meeting.date)
    by_person = first_mandates(in_office)
    of_meeting = ("WHERE meeting_id = ?", (meeting_id,))
    attendance_rows = plain(models.Attendance).rows(connection, *of_meeting)
    items = plain(models.AgendaItem).rows(
        connection, "WHERE meeting_id = ? ORDER BY position, id", (meeting_id,)
    )
    actions = plain(models.ActionItem).rows(
        connection, "WHERE meeting_id = ? ORDER BY id", (meeting_id,)
    )
    person_ids = {a.person_id for a in attendance_rows} | {
        a.proxy_holder_id for a in attendance_rows if a.proxy_holder_id
    }
    person_ids |= {i.rapporteur_id for i in items if i.rapporteur_id}
    person_ids |= {a.person_id for a in actions if a.person_id}
    person_ids |= {p for p in (meeting.chair_id, meeting.secretary_id) if p}
    people = {
        p.id: p
        for p in plain(models.Person).rows(
            connection,
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(person_ids)),),
        )
    }

    def name(ident: int | None) -> str:
        return convert.person_name(people.get(ident)) if ident else ""

    attendance = []
    for row in attendance_rows:
        mandate = by_person.get(row.person_id)
        person = people[row.person_id]
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
                proxy_holder_id=row.proxy_holder_id,
                proxy_holder_name=name(row.proxy_holder_id),
                arrived_at=row.arrived_at,
                left_at=row.left_at,
                note=row.note,
            )
        )
    rank = {m.person_id: i for i, m in enumerate(in_office)}
    attendance.sort(key=lambda a: (rank.get(a.person_id, len(rank)), a.person_name))

    deliberations = plain(models.Deliberation).rows(
        connection, "WHERE meeting_id = ? ORDER BY year, sequence", (meeting_id,)
    )
    voter_counts = recorded_voters_plain(connection, [d.id for d in deliberations])
    attachments = plain(models.Attachment).rows(
        connection, "WHERE meeting_id = ? ORDER BY id", (meeting_id,)
    )
    state = compute_quorum(
        participants(attendance_rows, in_office),
        member_rights_plain(connection, body.organisation_id),
        QuorumRule(body.quorum_basis, body.quorum_numerator, body.quorum_denominator),
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
        chair_name=name(meeting.chair_id),
        secretary_id=meeting.secretary_id,
        secretary_name=name(meeting.secretary_id),
        status=meeting.status,
        adopted_on=meeting.adopted_on,
        signed_at=meeting.signed_at,
        attendance=tuple(attendance),
        items=tuple(convert.agenda_item(i, name(i.rapporteur_id)) for i in items),
        deliberations=tuple(convert.deliberation(d, voter_counts.get(d.id)) for d in deliberations),
        actions=tuple(convert.action_item(a, name(a.person_id)) for a in actions),
        attachments=tuple(convert.attachment(a) for a in attachments),
        quorum=quorum_dto(state, body),
        in_office=tuple(in_office),
    )


def recorded_voters_plain(
    connection: sqlite3.Connection, ids: list[int]
) -> dict[int, tuple[int, int, float]]:
    """(present, represented, total weight) of each deliberation voted voter by voter."""
    if not ids:
        return {}
    rows = connection.execute(
        "SELECT deliberation_id, count(*) FILTER (WHERE represented_by_id IS NULL), "
        "count(*) FILTER (WHERE represented_by_id IS NOT NULL), sum(weight) "
        "FROM deliberation_voter WHERE deliberation_id IN (SELECT value FROM json_each(?)) "
        "GROUP BY deliberation_id",
        (json.dumps(ids),),
    )
    return {ident: (present, represented, weight) for ident, present, represented, weight in rows}


def content_digest(session: Session, meeting: models.Meeting) -> str:
    """SHA-256 of the meeting's own recorded content, as signed.

    Only the meeting's rows count (never derived facts such as current names or
    mandates), so editing a person later does not look like tampering.
    """

    def rows(model: type[models.Base], *order: Any) -> list[dict[str, Any]]:
        table = model.__table__
        query = select(table).where(table.c.meeting_id == meeting.id).order_by(*order)
        return [dict(r._mapping) for r in session.execute(query)]

    item_ids = [
        i
        for i in session.scalars(
            select(models.AgendaItem.id).where(models.AgendaItem.meeting_id == meeting.id)
        )
    ]
    content = {
        "meeting": {
            c.name: getattr(meeting, c.name)
            for c in models.Meeting.__table__.columns
            if c.name not in ("status", "signed_at", "signed_digest")
        },
        "attendance": rows(models.Attendance, models.Attendance.person_id),
        "items": rows(models.AgendaItem, models.AgendaItem.id),
        "deliberations": rows(models.Deliberation, models.Deliberation.id),
        # Following up an action after signature is not an edit of the minutes.
        "actions": [
            {k: v for k, v in r.items() if k != "done"}
            for r in rows(models.ActionItem, models.ActionItem.id)
        ],
        "attachments": [
            {k: v for k, v in r.items() if k != "added_at"}
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
    canonical = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()
