"""Recording the decisions of a meeting: numbered deliberations and their votes."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain import french
from irev_desktop.domain.enums import Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.numbering import format_number, next_number, parse_number
from irev_desktop.domain.quorum import QuorumState
from irev_desktop.domain.text import sanitise
from irev_desktop.domain.votes import VoteCount, VoteOutcome, check_count, decide
from irev_desktop.model import dto
from irev_desktop.model.inputs import Ballot
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase, changed_fields
from irev_desktop.services.meeting_reader import quorum_state
from irev_desktop.services.registry import required

MAX_DELIBERATION_TEXT = 200_000


class DeliberationService(ServiceBase):
    def record(
        self,
        meeting_id: int,
        title: str,
        text: str,
        ballot: Ballot,
        *,
        item_id: int | None = None,
        number: str | None = None,
        at: dt.time | None = None,
    ) -> dto.DeliberationDTO:
        """Record a vote; the result follows the body's rules."""
        with self._store.writing() as session:
            return self.record_in(session, meeting_id, title, text, ballot, item_id, number, at)

    def record_in(
        self,
        session: Session,
        meeting_id: int,
        title: str,
        text: str,
        ballot: Ballot,
        item_id: int | None,
        number: str | None,
        at: dt.time | None,
    ) -> dto.DeliberationDTO:
        """The vote of ``record`` inside a transaction the caller owns."""
        meeting = self.editable_meeting(session, meeting_id)
        body = session.get_one(models.Body, meeting.body_id)
        state = self._quorate(session, meeting, body, at)
        heads = ballot.heads
        check_count(heads, state.present_heads + state.represented_heads)
        weighted = ballot.weighted
        if body.weighting is Weighting.HEADS:
            weighted = heads
        elif weighted is None:
            raise ValidationError(
                "Cette instance vote en droits statutaires : indiquez aussi les voix pondérées."
            )
        check_count(weighted, state.present + state.represented)
        outcome = decide(
            weighted,
            body.majority,
            present_or_represented=state.present + state.represented,
            chair_casting_vote=body.chair_casting_vote,
            chair_vote=ballot.chair_vote,
        )
        return self._insert(
            session, meeting, body, title, text, item_id, number, heads, weighted, outcome
        )

    def record_unanimous(
        self,
        meeting_id: int,
        title: str,
        text: str,
        *,
        item_id: int | None = None,
        number: str | None = None,
        at: dt.time | None = None,
    ) -> dto.DeliberationDTO:
        """Every voter present or represented votes for ("à l'unanimité")."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            body = session.get_one(models.Body, meeting.body_id)
            state = quorum_state(session, meeting, body, at)
        heads = state.present_heads + state.represented_heads
        weighted = VoteCount(state.present + state.represented, 0, 0)
        return self.record(
            meeting_id,
            title,
            text,
            Ballot(for_=heads, weighted=weighted),
            item_id=item_id,
            number=number,
            at=at,
        )

    def update_text(self, deliberation_id: int, title: str, text: str) -> dto.DeliberationDTO:
        with self._store.writing() as session:
            row = self.get(session, models.Deliberation, deliberation_id)
            self.editable_meeting(session, row.meeting_id)
            before, after = changed_fields(
                row,
                {
                    "title": required(title, "L'intitulé de la délibération", 500),
                    "text": sanitise(text, max_length=MAX_DELIBERATION_TEXT),
                },
            )
            self.audit(session, "deliberation.update", "deliberation", row.id, before, after)
            return convert.deliberation(row)

    def delete(self, deliberation_id: int) -> None:
        with self._store.writing() as session:
            row = self.get(session, models.Deliberation, deliberation_id)
            self.editable_meeting(session, row.meeting_id)
            session.delete(row)
            self.audit(
                session, "deliberation.delete", "deliberation", deliberation_id, before=row.number
            )

    def deliberations(self, meeting_id: int) -> list[dto.DeliberationDTO]:
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.Deliberation)
                .where(models.Deliberation.meeting_id == meeting_id)
                .order_by(models.Deliberation.year, models.Deliberation.sequence)
            )
            return [convert.deliberation(row) for row in rows]

    def proposed_number(self, meeting_id: int) -> str:
        """The next free number of the meeting's year, e.g. "2021-03"."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            body = session.get_one(models.Body, meeting.body_id)
            return next_number(meeting.date.year, self._numbers(session, body.organisation_id))

    # Helpers --------------------------------------------------------------------------
    @staticmethod
    def _numbers(session: Session, organisation_id: int) -> list[str]:
        return list(
            session.scalars(
                select(models.Deliberation.number).where(
                    models.Deliberation.organisation_id == organisation_id
                )
            )
        )

    @staticmethod
    def _quorate(
        session: Session, meeting: models.Meeting, body: models.Body, at: dt.time | None
    ) -> QuorumState:
        state = quorum_state(session, meeting, body, at)
        if not state.reached:
            raise ValidationError(
                "Le quorum n'est pas atteint "
                "({present} sur "
                "{required} requis) : l'instance ne peut "
                "pas délibérer valablement.",
                present=french.format_number_fr(state.present + state.represented),
                required=french.format_number_fr(state.required),
            )
        return state

    def _insert(
        self,
        session: Session,
        meeting: models.Meeting,
        body: models.Body,
        title: str,
        text: str,
        item_id: int | None,
        number: str | None,
        heads: VoteCount,
        weighted: VoteCount,
        outcome: VoteOutcome,
    ) -> dto.DeliberationDTO:
        if item_id is not None:
            item = self.get(session, models.AgendaItem, item_id)
            if item.meeting_id != meeting.id:
                raise ValidationError("Ce point n'appartient pas à cette séance.")
        existing = self._numbers(session, body.organisation_id)
        if number is None:
            number = next_number(meeting.date.year, existing)
        year, sequence = parse_number(number)
        number = format_number(year, sequence)
        if number in existing:
            raise ValidationError(
                "Le numéro de délibération {number} est déjà attribué.", number=number
            )
        row = models.Deliberation(
            organisation_id=body.organisation_id,
            meeting_id=meeting.id,
            item_id=item_id,
            year=year,
            sequence=sequence,
            number=number,
            title=required(title, "L'intitulé de la délibération", 500),
            text=sanitise(text, max_length=MAX_DELIBERATION_TEXT),
            majority=body.majority,
            votes_for=int(heads.for_),
            votes_against=int(heads.against),
            votes_abstention=int(heads.abstention),
            votes_not_taking_part=int(heads.not_taking_part),
            weighted_for=rounded(weighted.for_),
            weighted_against=rounded(weighted.against),
            weighted_abstention=rounded(weighted.abstention),
            weighted_not_taking_part=rounded(weighted.not_taking_part),
            result=outcome.result,
            unanimous=outcome.unanimous,
            casting_vote_used=outcome.casting_vote_used,
        )
        session.add(row)
        session.flush()
        self.audit(
            session,
            "deliberation.create",
            "deliberation",
            row.id,
            after=f"{row.number} {row.result.label}",
        )
        return convert.deliberation(row)


def rounded(value: Fraction | int) -> float:
    return round(float(value), 4)
