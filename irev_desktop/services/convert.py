"""ORM rows to plain DTOs, in one place."""

from __future__ import annotations

from irev_desktop.db import models
from irev_desktop.db.row_types import (
    ActionItemRow,
    AgendaItemRow,
    AttachmentRow,
    BodyRow,
    DeliberationRow,
    MemberRow,
    OrganisationRow,
    PersonRow,
)
from irev_desktop.model import dto


def person_name(person: models.Person | PersonRow | None) -> str:
    return f"{person.first_name} {person.last_name}".strip() if person else ""


def organisation(row: models.Organisation | OrganisationRow) -> dto.OrganisationDTO:
    return dto.OrganisationDTO(
        id=row.id,
        name=row.name,
        short_name=row.short_name,
        address=row.address,
        city=row.city,
        has_logo=row.logo is not None,
    )


def member(row: models.Member | MemberRow) -> dto.MemberDTO:
    return dto.MemberDTO(
        id=row.id,
        organisation_id=row.organisation_id,
        name=row.name,
        college=row.college,
        statutory_rights=row.statutory_rights,
        version=row.row_version,
    )


def person(row: models.Person | PersonRow) -> dto.PersonDTO:
    return dto.PersonDTO(
        id=row.id,
        civility=row.civility,
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        function_title=row.function_title,
        version=row.row_version,
    )


def body(row: models.Body | BodyRow) -> dto.BodyDTO:
    return dto.BodyDTO(
        id=row.id,
        organisation_id=row.organisation_id,
        name=row.name,
        short_name=row.short_name,
        quorum_basis=row.quorum_basis,
        quorum_numerator=row.quorum_numerator,
        quorum_denominator=row.quorum_denominator,
        weighting=row.weighting,
        majority=row.majority,
        max_proxies_per_holder=row.max_proxies_per_holder,
        notice_days=row.notice_days,
        urgent_notice_days=row.urgent_notice_days,
        chair_casting_vote=row.chair_casting_vote,
        version=row.row_version,
    )


def mandate(row: models.Mandate, member_name: str) -> dto.MandateDTO:
    return dto.MandateDTO(
        id=row.id,
        person_id=row.person_id,
        person_name=person_name(row.person),
        function_title=row.person.function_title,
        body_id=row.body_id,
        member_id=row.member_id,
        member_name=member_name,
        role=row.role,
        representation=row.representation,
        start_date=row.start_date,
        end_date=row.end_date,
        version=row.row_version,
    )


def agenda_item(row: models.AgendaItem | AgendaItemRow, rapporteur: str) -> dto.AgendaItemDTO:
    return dto.AgendaItemDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        position=row.position,
        title=row.title,
        kind=row.kind,
        rapporteur_id=row.rapporteur_id,
        rapporteur_name=rapporteur,
        planned_minutes=row.planned_minutes,
        notes=row.notes,
        started_at=row.started_at,
        ended_at=row.ended_at,
        version=row.row_version,
    )


def deliberation(
    row: models.Deliberation | DeliberationRow, voters: tuple[int, int, float] | None = None
) -> dto.DeliberationDTO:
    """``voters``: (present, represented, weight) when the voters were recorded."""
    return dto.DeliberationDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        item_id=row.item_id,
        number=row.number,
        title=row.title,
        text=row.text,
        majority=row.majority,
        votes_for=row.votes_for,
        votes_against=row.votes_against,
        votes_abstention=row.votes_abstention,
        votes_not_taking_part=row.votes_not_taking_part,
        weighted_for=row.weighted_for,
        weighted_against=row.weighted_against,
        weighted_abstention=row.weighted_abstention,
        weighted_not_taking_part=row.weighted_not_taking_part,
        result=row.result,
        unanimous=row.unanimous,
        casting_vote_used=row.casting_vote_used,
        present_voters=voters[0] if voters else None,
        represented_voters=voters[1] if voters else None,
        voting_weight=voters[2] if voters else None,
    )


def action_item(row: models.ActionItem | ActionItemRow, who: str) -> dto.ActionItemDTO:
    return dto.ActionItemDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        item_id=row.item_id,
        person_id=row.person_id,
        person_name=who,
        description=row.description,
        due_date=row.due_date,
        done=row.done,
    )


def attachment(row: models.Attachment | AttachmentRow) -> dto.AttachmentDTO:
    return dto.AttachmentDTO(
        id=row.id,
        meeting_id=row.meeting_id,
        item_id=row.item_id,
        original_name=row.original_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        added_at=row.added_at,
        title=row.title,
    )
