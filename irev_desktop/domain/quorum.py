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
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from irev_desktop.domain.enums import AttendanceStatus, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError

_ZERO = Fraction(0)


def _hm(t: datetime.time) -> str:
    return f"{t:%H:%M}"


@dataclass(frozen=True)
class Interval:
    """A stretch of a meeting: ``start`` None is the opening, ``end`` None the close.

    Half-open: someone who leaves at 11:00 is no longer there at 11:00 itself.
    """

    start: datetime.time | None = None
    end: datetime.time | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValidationError(
                "L’heure de départ ({end}) précède l’heure d’arrivée ({start}).",
                end=_hm(self.end),
                start=_hm(self.start),
            )

    def contains(self, at: datetime.time) -> bool:
        return (self.start is None or self.start <= at) and (self.end is None or at < self.end)

    @property
    def is_open(self) -> bool:
        return self.end is None


@dataclass(frozen=True)
class ProxySpan:
    """A proxy (pouvoir) given to ``holder_id`` over ``during``."""

    holder_id: int
    during: Interval = Interval()


def check_history(intervals: Sequence[Interval]) -> None:
    """Intervals in order and apart: a person cannot arrive before they have left."""
    for before, after in itertools.pairwise(intervals):
        if before.end is None or after.start is None or after.start < before.end:
            raise ValidationError(
                "Les périodes de présence se chevauchent : chaque arrivée doit suivre le "
                "départ précédent."
            )


@dataclass(frozen=True)
class Participant:
    """One person's attendance at one meeting, as the quorum rules see it.

    ``status`` is what was declared (present, excused…); ``presence`` says when a present
    person was in the room, and is ignored for any other status. An empty ``presence`` of
    a present person means the whole meeting. ``proxies`` are the proxies this person gave,
    each with the stretch it held; one counts only while its giver is away and its holder
    is there.
    """

    person_id: int
    member_id: int | None
    titulaire: bool
    votes: bool
    status: AttendanceStatus
    presence: tuple[Interval, ...] = ()
    proxies: tuple[ProxySpan, ...] = ()

    def __post_init__(self) -> None:
        # Most people have one stretch at most: nothing to compare (this runs per row).
        if len(self.presence) > 1:
            check_history(self.presence)
        if len(self.proxies) > 1:
            check_history([span.during for span in self.proxies])

    @property
    def arrived_at(self) -> datetime.time | None:
        """First arrival after the opening (None: there from the opening, or never)."""
        return self.presence[0].start if self.presence else None

    @property
    def left_at(self) -> datetime.time | None:
        """Final departure (None: stayed to the end, or never came)."""
        return self.presence[-1].end if self.presence else None

    @property
    def proxy_holder_id(self) -> int | None:
        """Holder of the latest proxy given."""
        return self.proxies[-1].holder_id if self.proxies else None


def moves(presence: Sequence[Interval]) -> list[tuple[str, datetime.time]]:
    """The recorded moments of a presence, in order: ("arrival" | "departure" | "return",
    time). The opening and the close are not moves."""
    result: list[tuple[str, datetime.time]] = []
    for index, stretch in enumerate(presence):
        if stretch.start is not None:
            result.append(("return" if index else "arrival", stretch.start))
        if stretch.end is not None:
            result.append(("departure", stretch.end))
    return result


def participant(
    person_id: int,
    member_id: int | None,
    titulaire: bool,
    votes: bool,
    status: AttendanceStatus,
    proxy_holder_id: int | None = None,
    arrived_at: datetime.time | None = None,
    left_at: datetime.time | None = None,
) -> Participant:
    """A participant with at most one stretch of presence and one proxy."""
    presence = (Interval(arrived_at, left_at),) if arrived_at or left_at else ()
    proxies = (ProxySpan(proxy_holder_id),) if proxy_holder_id is not None else ()
    return Participant(person_id, member_id, titulaire, votes, status, presence, proxies)


@dataclass(frozen=True)
class QuorumRule:
    basis: QuorumBasis
    numerator: int
    denominator: int

    def __post_init__(self) -> None:
        if not 0 < self.numerator <= self.denominator:
            raise ValidationError(
                "La fraction du quorum ({numerator}/{denominator}) doit être "
                "strictement positive et au plus égale à 1.",
                numerator=self.numerator,
                denominator=self.denominator,
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
    if at is None or not p.presence:
        return True
    return any(stretch.contains(at) for stretch in p.presence)


def proxy_at(p: Participant, at: datetime.time | None) -> int | None:
    """Holder of the proxy ``p`` has given that holds at ``at`` (None: no such proxy).

    ``None`` asks about the meeting as a whole: the latest proxy, if it was never ended.
    """
    if at is None:
        last = p.proxies[-1] if p.proxies else None
        return last.holder_id if last is not None and last.during.is_open else None
    return next((s.holder_id for s in p.proxies if s.during.contains(at)), None)


def _by_rights(basis: QuorumBasis | Weighting) -> bool:
    # QuorumBasis and Weighting share their values; compare on the value.
    return basis.value == QuorumBasis.RIGHTS.value


def _check(participants: Sequence[Participant], member_rights: Mapping[int, int]) -> None:
    seen: set[int] = set()
    for p in participants:
        if p.person_id in seen:
            raise ValidationError(
                "La personne n° {person} figure deux fois dans la séance.", person=p.person_id
            )
        seen.add(p.person_id)
    for member_id, rights in member_rights.items():
        if rights < 0:
            raise ValidationError(
                "Les droits statutaires du membre n° {member} ne peuvent pas être négatifs.",
                member=member_id,
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
) -> int | None:
    """The holder through whom ``p`` is represented at ``at``, if the proxy counts."""
    if at is None and p.status is not AttendanceStatus.REPRESENTED:
        return None  # over the whole meeting, someone who came is counted present
    holder_id = proxy_at(p, at)
    holder = by_id.get(holder_id) if holder_id is not None else None
    # A consultative holder could not vote the proxy, so it does not count either.
    if (
        holder is not None
        and holder.person_id != p.person_id
        and holder.votes
        and is_present(holder, at)
    ):
        return holder.person_id
    return None


def represented_by(participants: Sequence[Participant], at: datetime.time | None) -> dict[int, int]:
    """Giver -> holder, for every proxy that counts at ``at``."""
    by_id = {p.person_id: p for p in participants}
    result: dict[int, int] = {}
    for p in participants:
        if is_present(p, at):
            continue
        holder = _proxy_counts(p, by_id, at)
        if holder is not None:
            result[p.person_id] = holder
    return result


def counted_weights(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    basis: QuorumBasis | Weighting,
    at: datetime.time | None,
) -> tuple[dict[int, Fraction], dict[int, Fraction]]:
    """(present weight by person, represented weight by person giving the proxy) at ``at``."""
    _check(participants, member_rights)
    return _counted(participants, _seat_weights(participants, member_rights, basis), at)


def _counted(
    participants: Sequence[Participant], seats: Mapping[int, Fraction], at: datetime.time | None
) -> tuple[dict[int, Fraction], dict[int, Fraction]]:
    present, represented, filled = _seated(participants, seats, at)
    for titulaire, suppleant in filled.items():
        present[suppleant] = seats[titulaire]
    return present, represented


def _seated(
    participants: Sequence[Participant], seats: Mapping[int, Fraction], at: datetime.time | None
) -> tuple[dict[int, Fraction], dict[int, Fraction], dict[int, int]]:
    """Titulaires present, titulaires represented, and empty seats filled (titulaire ->
    suppléant), at ``at``."""
    by_id = {p.person_id: p for p in participants}
    present: dict[int, Fraction] = {}
    represented: dict[int, Fraction] = {}
    ordered = sorted(participants, key=lambda p: p.person_id)
    empty: dict[int, list[int]] = {}
    for p in ordered:
        if p.person_id not in seats:
            continue
        if is_present(p, at):
            present[p.person_id] = seats[p.person_id]
        elif _proxy_counts(p, by_id, at) is not None:
            represented[p.person_id] = seats[p.person_id]
        elif p.member_id is not None:
            empty.setdefault(p.member_id, []).append(p.person_id)
    filled: dict[int, int] = {}
    for p in ordered:
        if p.votes and not p.titulaire and p.member_id is not None and is_present(p, at):
            free = empty.get(p.member_id)
            if free:
                filled[free.pop(0)] = p.person_id
    return present, represented, filled


def seat_fillers(
    participants: Sequence[Participant], at: datetime.time | None = None
) -> dict[int, int]:
    """The suppléant who sits in each empty seat at ``at``: titulaire -> suppléant."""
    _check(participants, {})
    seats = _seat_weights(participants, {}, QuorumBasis.HEADS)
    return _seated(participants, seats, at)[2]


def fraction_sum(values: Iterable[Fraction]) -> Fraction:
    """The exact sum, adding numerators of equal denominators as integers first: a meeting
    has a handful of distinct shares, and this runs on every opening of a meeting."""
    by_denominator: dict[int, int] = {}
    for value in values:
        by_denominator[value.denominator] = (
            by_denominator.get(value.denominator, 0) + value.numerator
        )
    return sum((Fraction(n, d) for d, n in by_denominator.items()), _ZERO)


def in_office_weight(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    basis: QuorumBasis | Weighting,
) -> Fraction:
    """Total weight of the voting seats in office."""
    _check(participants, member_rights)
    return fraction_sum(_seat_weights(participants, member_rights, basis).values())


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
    holders = represented_by(participants, at)
    power = dict(present)
    for giver, weight in represented.items():
        holder = holders[giver]
        power[holder] = power.get(holder, _ZERO) + weight
    return power


def compute_quorum(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    rule: QuorumRule,
    at: datetime.time | None = None,
) -> QuorumState:
    return compute_quorums(participants, member_rights, rule, [at])[0]


def compute_quorums(
    participants: Sequence[Participant],
    member_rights: Mapping[int, int],
    rule: QuorumRule,
    moments: Sequence[datetime.time | None],
) -> list[QuorumState]:
    """The quorum at each of ``moments``, the seats weighed once for all."""
    _check(participants, member_rights)
    seats = _seat_weights(participants, member_rights, rule.basis)
    in_office = fraction_sum(seats.values())
    required = in_office * rule.fraction
    states = []
    for at in moments:
        present, represented = _counted(participants, seats, at)
        present_total = fraction_sum(present.values())
        represented_total = fraction_sum(represented.values())
        states.append(
            QuorumState(
                in_office=in_office,
                present=present_total,
                represented=represented_total,
                required=required,
                reached=in_office > 0 and present_total + represented_total >= required,
                present_heads=len(present),
                represented_heads=len(represented),
                consultative_present=sum(
                    1 for p in participants if not p.votes and is_present(p, at)
                ),
            )
        )
    return states
