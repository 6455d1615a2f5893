"""Attendance as a history: presence in stretches, proxies with a beginning and an end.

The property tests check the quorum against a direct count written independently of
the quorum module: at any moment, the statutory rights of the members whose titulaire is
in the room, or away with a proxy held by a voter who is in the room.
"""

from __future__ import annotations

from datetime import time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.enums import AttendanceStatus, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import (
    Interval,
    Participant,
    ProxySpan,
    QuorumRule,
    compute_quorum,
    counted_weights,
    is_present,
    proxy_at,
    represented_by,
    seat_fillers,
    voting_power,
)

P = AttendanceStatus.PRESENT
R = AttendanceStatus.REPRESENTED
RULE = QuorumRule(QuorumBasis.RIGHTS, 2, 3)


def t(hour: int, minute: int = 0) -> time:
    return time(hour, minute)


def test_leave_and_come_back_counts_only_while_in_the_room() -> None:
    buchaillat = Participant(
        1, 10, True, True, P, presence=(Interval(None, t(11, 2)), Interval(t(11, 20), None))
    )
    assert is_present(buchaillat, t(10, 0))
    assert not is_present(buchaillat, t(11, 2))  # gone at the minute he left
    assert not is_present(buchaillat, t(11, 10))
    assert is_present(buchaillat, t(11, 20))
    assert is_present(buchaillat, None)
    assert buchaillat.arrived_at is None and buchaillat.left_at is None


def test_a_proxy_holds_only_between_its_giving_and_its_end() -> None:
    holder = Participant(1, 10, True, True, P)
    giver = Participant(
        2, 20, True, True, R, proxies=(ProxySpan(1, Interval(t(10, 30), t(11, 0))),)
    )
    people = [holder, giver]
    assert represented_by(people, t(10, 29)) == {}
    assert represented_by(people, t(10, 30)) == {2: 1}
    assert represented_by(people, t(11, 0)) == {}
    assert proxy_at(giver, None) is None  # ended: not held at the end of the meeting
    rights = {10: 50, 20: 50}
    assert compute_quorum(people, rights, RULE, t(10, 45)).represented == 50
    assert compute_quorum(people, rights, RULE, t(11, 5)).represented == 0


def test_a_giver_who_arrives_is_counted_once_present() -> None:
    holder = Participant(1, 10, True, True, P)
    giver = Participant(
        2,
        20,
        True,
        True,
        P,
        presence=(Interval(t(10, 40), None),),
        proxies=(ProxySpan(1, Interval(None, t(10, 40))),),
    )
    rights = {10: 50, 20: 50}
    before = compute_quorum([holder, giver], rights, RULE, t(10, 10))
    after = compute_quorum([holder, giver], rights, RULE, t(10, 50))
    assert (before.present, before.represented) == (50, 50)
    assert (after.present, after.represented) == (100, 0)
    power = voting_power([holder, giver], rights, Weighting.RIGHTS, t(10, 10))
    assert power == {1: Fraction(100)}


def test_overlapping_stretches_are_refused() -> None:
    with pytest.raises(ValidationError, match="chevauchent"):
        Participant(1, 10, True, True, P, presence=(Interval(None, t(11)), Interval(t(10), None)))
    with pytest.raises(ValidationError, match="chevauchent"):
        Participant(1, 10, True, True, P, presence=(Interval(t(9), None), Interval(t(10), None)))
    with pytest.raises(ValidationError, match="précède"):
        Interval(t(11), t(10))


# --- properties ----------------------------------------------------------------------

minutes = st.integers(min_value=8 * 60, max_value=13 * 60)


@st.composite
def stretches(draw: st.DrawFn) -> tuple[Interval, ...]:
    """Ordered, separate stretches; the first may start at the opening, the last stay open."""
    marks = sorted(draw(st.sets(minutes, max_size=6)))
    bounds: list[time | None] = [time(m // 60, m % 60) for m in marks]
    if draw(st.booleans()):
        bounds.insert(0, None)
    if len(bounds) % 2:
        bounds.append(None)
    return tuple(Interval(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2))


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Participant], dict[int, int]]:
    count = draw(st.integers(2, 7))
    ids = list(range(1, count + 1))
    rights = {pid: draw(st.integers(0, 40)) for pid in ids}  # one member per titulaire
    people = []
    for pid in ids:
        presence = draw(stretches())
        spans = draw(stretches())
        holders = [draw(st.sampled_from(ids)) for _ in spans]
        status = P if presence else draw(st.sampled_from([R, AttendanceStatus.EXCUSED]))
        people.append(
            Participant(
                pid,
                pid,
                True,
                True,
                status,
                presence,
                tuple(ProxySpan(h, s) for h, s in zip(holders, spans, strict=True)),
            )
        )
    return people, rights


def in_room(p: Participant, at: time) -> bool:
    if p.status is not P:
        return False
    return not p.presence or any(
        (s.start is None or s.start <= at) and (s.end is None or at < s.end) for s in p.presence
    )


def expected_count(people: list[Participant], rights: dict[int, int], at: time) -> int:
    by_id = {p.person_id: p for p in people}
    total = 0
    for p in people:
        if in_room(p, at):
            total += rights[p.member_id or 0]
            continue
        for span in p.proxies:
            s = span.during
            holding = (s.start is None or s.start <= at) and (s.end is None or at < s.end)
            holder = by_id[span.holder_id]
            if holding and holder.person_id != p.person_id and in_room(holder, at):
                total += rights[p.member_id or 0]
    return total


@given(histories(), minutes)
def test_at_any_moment_the_quorum_counts_the_rights_present_or_validly_represented(
    history: tuple[list[Participant], dict[int, int]], minute: int
) -> None:
    people, rights = history
    at = time(minute // 60, minute % 60)
    state = compute_quorum(people, rights, RULE, at)
    assert state.present + state.represented == expected_count(people, rights, at)
    assert state.in_office == sum(rights.values())


@given(histories(), minutes)
def test_the_voters_at_a_moment_carry_exactly_the_counted_rights(
    history: tuple[list[Participant], dict[int, int]], minute: int
) -> None:
    people, rights = history
    at = time(minute // 60, minute % 60)
    power = voting_power(people, rights, Weighting.RIGHTS, at)
    assert sum(power.values()) == expected_count(people, rights, at)
    # Only someone in the room casts a vote, for themselves or for others.
    assert all(in_room(next(p for p in people if p.person_id == v), at) for v in power)


def test_a_suppleant_fills_the_seat_of_an_absent_titulaire_while_there() -> None:
    roussel = Participant(1, 10, True, True, AttendanceStatus.EXCUSED)
    benali = Participant(2, 10, False, True, P, presence=(Interval(None, t(11, 0)),))
    other = Participant(3, 20, True, True, P)
    people = [roussel, benali, other]
    assert seat_fillers(people, t(10, 0)) == {1: 2}
    assert seat_fillers(people, t(11, 30)) == {}  # gone: the seat is empty again
    assert compute_quorum(people, {10: 50, 20: 50}, RULE, t(10, 0)).present == 100


@given(histories(), minutes)
def test_the_filled_seats_are_exactly_the_counted_suppleants(
    history: tuple[list[Participant], dict[int, int]], minute: int
) -> None:
    people, rights = history
    # A suppléant for every other member, there all along: they sit whenever their
    # titulaire is neither in the room nor represented.
    deputies = [
        Participant(100 + p.person_id, p.member_id, False, True, P)
        for p in people
        if p.person_id % 2
    ]
    everyone = people + deputies
    at = time(minute // 60, minute % 60)
    present, represented = counted_weights(everyone, rights, Weighting.RIGHTS, at)
    filled = seat_fillers(everyone, at)
    assert {s for s in present if s >= 100} == set(filled.values())
    assert all(t_ not in present for t_ in filled)
    expected = {
        p.person_id: 100 + p.person_id
        for p in people
        if p.person_id % 2 and p.person_id not in present and p.person_id not in represented
    }
    assert filled == expected
