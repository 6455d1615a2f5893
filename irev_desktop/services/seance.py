"""Séance mode: the session's clock, moving through the agenda, and votes taken live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain.enums import MeetingStatus, VoteChoice
from irev_desktop.domain.lifecycle import check_transition
from irev_desktop.domain.quorum import counted_weights, represented_by
from irev_desktop.domain.tally import tally
from irev_desktop.domain.votes import ChairVote
from irev_desktop.model import dto
from irev_desktop.model.inputs import Ballot
from irev_desktop.services import convert
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.deliberations import DeliberationService
from irev_desktop.services.mandates import mandates_in_office
from irev_desktop.services.meeting_reader import meeting_participants, member_rights


class SeanceService(ServiceBase):
    def start(self, meeting_id: int, at: dt.time) -> None:
        """Open the session: records the actual start (the first one stays)."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            if meeting.actual_start is None:
                meeting.actual_start = at
                self.audit(session, "seance.start", "meeting", meeting_id, after=str(at))

    def switch_item(
        self, meeting_id: int, from_item: int | None, to_item: int, at: dt.time
    ) -> None:
        """The séance moves from one item to another.

        An item not yet done gets its start the first time the séance reaches it, and the
        item left is done at that moment. Moving to an item already done is only a look
        back: no time is stamped and nothing is ticked.
        """
        with self._store.writing() as session:
            self.editable_meeting(session, meeting_id)
            entering = self.get(session, models.AgendaItem, to_item)
            if entering.ended_at is not None:
                return  # looking back at a done item
            running = session.scalars(
                select(models.AgendaItem).where(
                    models.AgendaItem.meeting_id == meeting_id,
                    models.AgendaItem.id != to_item,
                    models.AgendaItem.started_at.is_not(None),
                    models.AgendaItem.ended_at.is_(None),
                )
            )
            for leaving in running:  # the one left, or one left while looking back
                assert leaving.started_at is not None
                leaving.ended_at = max(at, leaving.started_at)
            if entering.started_at is None:
                entering.started_at = at
            self.audit(
                session, "seance.item", "agenda_item", to_item, before=from_item, after=str(at)
            )

    def close(self, meeting_id: int, at: dt.time, current_item: int | None = None) -> None:
        """Close the session: end time, last item closed, minutes now in draft."""
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            if current_item is not None:
                item = self.get(session, models.AgendaItem, current_item)
                if item.started_at is not None and item.ended_at is None:
                    item.ended_at = max(at, item.started_at)
            meeting.actual_start = meeting.actual_start or at
            meeting.actual_end = max(at, meeting.actual_start)
            if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
                check_transition(meeting.status, MeetingStatus.HELD)
                meeting.status = MeetingStatus.HELD
            if meeting.status is MeetingStatus.HELD:
                meeting.status = MeetingStatus.MINUTES_DRAFT
            self.audit(session, "seance.close", "meeting", meeting_id, after=str(at))

    # Votes ---------------------------------------------------------------------------
    def voters_at(self, meeting_id: int, at: dt.time | None) -> list[dto.VoterDTO]:
        """Everyone who may vote at ``at``, with their weight under the body's rules."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            return self._voters(session, meeting, at)[0]

    def record_vote(
        self,
        meeting_id: int,
        title: str,
        text: str,
        choices: Mapping[int, VoteChoice],
        *,
        at: dt.time | None,
        item_id: int | None = None,
        number: str | None = None,
    ) -> dto.DeliberationDTO:
        """Record a deliberation from each voter's choice, and who was there to vote.

        One transaction: the deliberation and its voters land together or not at all.
        """
        with self._store.writing() as session:
            meeting = self.editable_meeting(session, meeting_id)
            voters, weights = self._voters(session, meeting, at)
            heads, weighted = tally(weights, choices)
            chair_choice = choices.get(meeting.chair_id or 0)
            chair_vote = CHAIR_VOTES[chair_choice] if chair_choice else ChairVote.NONE
            ballot = Ballot(
                for_=int(heads.for_),
                against=int(heads.against),
                abstention=int(heads.abstention),
                not_taking_part=int(heads.not_taking_part),
                weighted=weighted,
                chair_vote=chair_vote,
            )
            created = DeliberationService(self._store).record_in(
                session, meeting_id, title, text, ballot, item_id, number, at
            )
            for voter in voters:
                session.add(
                    models.DeliberationVoter(
                        deliberation_id=created.id,
                        person_id=voter.person_id,
                        represented_by_id=voter.represented_by_id,
                        weight=voter.weight,
                        choice=choices[voter.person_id],
                    )
                )
            return created

    def voters_of(self, deliberation_id: int) -> list[dto.VoterChoiceDTO]:
        """Who could vote on a recorded deliberation, and how each voted."""
        with self._store.reading() as session:
            rows = session.scalars(
                select(models.DeliberationVoter)
                .where(models.DeliberationVoter.deliberation_id == deliberation_id)
                .order_by(models.DeliberationVoter.id)
            ).all()
            names = person_names(
                session, {r.person_id for r in rows} | {r.represented_by_id or 0 for r in rows}
            )
            return [
                dto.VoterChoiceDTO(
                    r.person_id,
                    names.get(r.person_id, ""),
                    r.weight,
                    names.get(r.represented_by_id or 0, ""),
                    r.choice,
                )
                for r in rows
            ]

    @staticmethod
    def _voters(
        session: Session, meeting: models.Meeting, at: dt.time | None
    ) -> tuple[list[dto.VoterDTO], dict[int, Fraction]]:
        body = session.get_one(models.Body, meeting.body_id)
        in_office = mandates_in_office(session, body.id, meeting.date)
        people = meeting_participants(session, meeting.id, in_office)
        present, represented = counted_weights(
            people, member_rights(session, body.organisation_id), body.weighting, at
        )
        holders = represented_by(people, at)
        weights = {**present, **represented}
        names = person_names(session, set(weights) | {h for h in holders.values() if h})
        voters = []
        for ident, weight in weights.items():
            holder = holders.get(ident) if ident in represented else None
            voters.append(
                dto.VoterDTO(ident, names[ident], float(weight), holder, names.get(holder or 0, ""))
            )
        rank = {m.person_id: n for n, m in reversed(list(enumerate(in_office)))}
        voters.sort(key=lambda v: (rank.get(v.person_id, len(rank)), v.name))
        return voters, weights


CHAIR_VOTES = {
    VoteChoice.FOR: ChairVote.FOR,
    VoteChoice.AGAINST: ChairVote.AGAINST,
    VoteChoice.ABSTENTION: ChairVote.ABSTAINED,
    VoteChoice.NOT_TAKING_PART: ChairVote.ABSTAINED,
}


def person_names(session: Session, ids: set[int]) -> dict[int, str]:
    rows = session.scalars(select(models.Person).where(models.Person.id.in_(ids)))
    return {p.id: convert.person_name(p) for p in rows}
