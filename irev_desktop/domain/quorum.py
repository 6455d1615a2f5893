"""Quorum and voting weight: who counts, and for how much, at a given moment of a meeting.

Seat model
----------
A *seat* is the mandate of a voting titulaire (``votes and titulaire``). The seats in office
are those of the voting titulaires among the participants of the meeting.

* Weight of a seat. Under RIGHTS each seat of member ``m`` weighs
  ``member_rights[m] / n`` where ``n`` is the number of voting titulaires of ``m`` among the
  participants: a member's statutory rights are shared evenly between its seats. A seat
  with no member (``member_id is None``) or whose member has no rights entry weighs 0.
  Under HEADS every seat weighs 1.
* A titulaire counts *present* when :func:`is_present` holds at the moment ``at``; else
  *represented* when their status is REPRESENTED and their proxy holder is a voting
  participant present at ``at`` (a proxy held by someone who has left carries nothing).
* A suppléant has no seat of their own. When present, they fill an *empty* seat of their
  member: one held by a voting titulaire who at ``at`` is neither present nor represented.
  One suppléant per empty seat, suppléants and seats both taken in ``person_id`` order so
  the outcome is deterministic. The titulaire whose seat is filled is not also counted.
  A suppléant who fills no seat weighs nothing (but may still carry proxies).
* Non-voting participants (commissaire du Gouvernement, invités) never weigh anything;
  they are only counted in ``consultative_present``.

Every weight is a :class:`fractions.Fraction`: a third of the rights must stay a third.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from irev_desktop.domain.enums import AttendanceStatus, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError

_ZERO = Fraction(0)


@dataclass(frozen=True)
class Participant:
    """One person's attendance at one meeting, as the quorum rules see it."""

    person_id: int
    member_id: int | None
    titulaire: bool
    votes: bool
    status: AttendanceStatus
    proxy_holder_id: int | None = None
    arrived_at: datetime.time | None = None
    left_at: datetime.time | None = None

    def __post_init__(self) -> None:
        if (
            self.arrived_at is not None
            and self.left_at is not None
            and self.left_at < self.arrived_at
        ):
            raise ValidationError(
                f"L’heure de départ ({self.left_at:%H:%M}) précède l’heure d’arrivée "
                f"({self.arrived_at:%H:%M})."
            )


@dataclass(frozen=True)
class QuorumRule:
    basis: QuorumBasis
    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if not 0 < self.numerator <= self.denominator:
            raise ValidationError(
                f"La fraction du quorum ({self.numerator}/{self.denominator}) doit être "
                "strictement positive et au plus égale à 1."
            )

    @property
    def fraction(self) -> Fraction:
        return Fraction(self.numerator, self.denominator)


@dataclass(frozen=True)
class QuorumState:
    in_office: Fraction
    present: Fraction
    represented: Fraction
    required: Fraction
    reached: bool
    present_heads: int
    represented_heads: int
    consultative_present: int

    @property
    def share(self) -> Fraction:
        if self.in_office == 0:
            return _ZERO
        return (self.present + self.represented) / self.in_office


def is_present(p: Participant, at: datetime.time | None) -> bool:
    """Whether ``p`` is in the room at ``at``; ``None`` asks about the meeting as a whole."""
    if p.status is not AttendanceStatus.PRESENT:
        return False
    if at is None:
        return True
    arrived = p.arrived_at is None or p.arrived_at <= at
    # Someone leaving at 11:00 is no longer counted at 11:00 itself.
    still_there = p.left_at is None or at < p.left_at
    return arrived and still_there


def _by_rights(basis: QuorumBasis | Weighting) -> bool:
    # QuorumBasis and Weighting share their values; compare on the value.
    return basis.value == QuorumBasis.RIGHTS.value


def _check(participants: Sequence[Participant], member_rights: Mapping[int, int]) -> None:
    seen: set[int] = set()
    for p in participants:
        if p.person_id in seen:
            raise ValidationError(f"La personne n° {p.person_id} figure deux fois dans la séance.")
        seen.add(p.person_id)
    for member_id, rights in member_rights.items():
        if rights < 0:
            raise ValidationError(
                f"Les droits statutaires du membre n° {member_id} ne peuvent pas être négatifs."
            )


def _seat_weights(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    basis: QuorumBasis | Weighting,
) -> dict[int, Fraction]:
    """Weight of each seat, keyed by the titulaire's person_id."""
    seats = [p for p in participants if p.votes and p.titulaire]
    if not _by_rights(basis):
        return {p.person_id: Fraction(1) for p in seats}
    per_member: dict[int, int] = {}
    for p in seats:
        if p.member_id is not None:
            per_member[p.member_id] = per_member.get(p.member_id, 0) + 1
    weights: dict[int, Fraction] = {}
    for p in seats:
        if p.member_id is None or p.member_id not in member_rights:
            weights[p.person_id] = _ZERO
        else:
            weights[p.person_id] = Fraction(member_rights[p.member_id], per_member[p.member_id])
    return weights


def _proxy_counts(
    p: Participant, by_id: Mapping[int, Participant], at: datetime.time | None
) -> bool:
    if p.status is not AttendanceStatus.REPRESENTED or p.proxy_holder_id is None:
        return False
    holder = by_id.get(p.proxy_holder_id)
    # A consultative holder could not vote the proxy, so it does not count either.
    return (
        holder is not None
        and holder.person_id != p.person_id
        and holder.votes
        and is_present(holder, at)
    )


def counted_weights(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    basis: QuorumBasis | Weighting,
    at: datetime.time | None,
) -> tuple[dict[int, Fraction], dict[int, Fraction]]:
    """(present weight by person, represented weight by person giving the proxy) at ``at``."""
    _check(participants, member_rights)
    by_id = {p.person_id: p for p in participants}
    seats = _seat_weights(participants, member_rights, basis)
    present: dict[int, Fraction] = {}
    represented: dict[int, Fraction] = {}
    ordered = sorted(participants, key=lambda p: p.person_id)
    empty: dict[int, list[int]] = {}
    for p in ordered:
        if p.person_id not in seats:
            continue
        if is_present(p, at):
            present[p.person_id] = seats[p.person_id]
        elif _proxy_counts(p, by_id, at):
            represented[p.person_id] = seats[p.person_id]
        elif p.member_id is not None:
            empty.setdefault(p.member_id, []).append(p.person_id)
    for p in ordered:
        if p.votes and not p.titulaire and p.member_id is not None and is_present(p, at):
            free = empty.get(p.member_id)
            if free:
                present[p.person_id] = seats[free.pop(0)]
    return present, represented


def in_office_weight(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    basis: QuorumBasis | Weighting,
) -> Fraction:
    """Total weight of the voting seats in office."""
    _check(participants, member_rights)
    return sum(_seat_weights(participants, member_rights, basis).values(), _ZERO)


def voting_power(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    weighting: Weighting,
    at: datetime.time | None,
) -> dict[int, Fraction]:
    """Votes each person casts at ``at``: own seat plus the proxies they carry.

    Keys are the persons who hold a seat (or fill one) or carry a counted proxy.
    """
    present, represented = counted_weights(participants, member_rights, weighting, at)
    by_id = {p.person_id: p for p in participants}
    power = dict(present)
    for giver, weight in represented.items():
        holder = by_id[giver].proxy_holder_id
        if holder is not None:  # always set for a counted proxy
            power[holder] = power.get(holder, _ZERO) + weight
    return power


def compute_quorum(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    rule: QuorumRule,
    at: datetime.time | None = None,
) -> QuorumState:
    present, represented = counted_weights(participants, member_rights, rule.basis, at)
    in_office = in_office_weight(participants, member_rights, rule.basis)
    present_total = sum(present.values(), _ZERO)
    represented_total = sum(represented.values(), _ZERO)
    required = in_office * rule.fraction
    return QuorumState(
        in_office=in_office,
        present=present_total,
        represented=represented_total,
        required=required,
        reached=in_office > 0 and present_total + represented_total >= required,
        present_heads=len(present),
        represented_heads=len(represented),
        consultative_present=sum(1 for p in participants if not p.votes and is_present(p, at)),
    )
