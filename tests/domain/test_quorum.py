"""Quorum and voting weight, on concrete assemblies and as properties."""

from __future__ import annotations

import random
from datetime import time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.enums import AttendanceStatus, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import (
    Participant,
    QuorumRule,
    QuorumState,
    compute_quorum,
    counted_weights,
    in_office_weight,
    is_present,
    participant,
    voting_power,
)

P = AttendanceStatus.PRESENT
R = AttendanceStatus.REPRESENTED
X = AttendanceStatus.EXCUSED
A = AttendanceStatus.ABSENT

ETAT, REGION, LILLE, MEL = 1, 2, 3, 4
# An AG where the State and the Region hold most of the rights.
RIGHTS = {ETAT: 40, REGION: 40, LILLE: 10, MEL: 10}
TWO_THIRDS = QuorumRule(QuorumBasis.RIGHTS, 2, 3)


def seat(
    pid: int,
    member: int | None,
    status: AttendanceStatus,
    *,
    proxy_holder_id: int | None = None,
    arrived_at: time | None = None,
    left_at: time | None = None,
) -> Participant:
    return participant(pid, member, True, True, status, proxy_holder_id, arrived_at, left_at)


def deputy(
    pid: int, member: int, status: AttendanceStatus, *, left_at: time | None = None
) -> Participant:
    return participant(pid, member, False, True, status, left_at=left_at)


def commissioner(pid: int, status: AttendanceStatus = P) -> Participant:
    return Participant(pid, None, titulaire=False, votes=False, status=status)


def assemblee() -> list[Participant]:
    """AG: the prefect (11) leaves at 11:00 and carries the proxy of a regional councillor."""
    return [
        seat(11, ETAT, P, left_at=time(11, 0)),
        seat(12, ETAT, P),
        seat(21, REGION, P),
        seat(22, REGION, R, proxy_holder_id=11),
        seat(31, LILLE, P),
        seat(41, MEL, X),
        commissioner(90),
    ]


# --- concrete cases -------------------------------------------------------------------


def test_ag_quorum_reached_then_lost_when_the_proxy_holder_leaves_at_eleven() -> None:
    people = assemblee()

    before = compute_quorum(people, RIGHTS, TWO_THIRDS, time(10, 59))
    assert before.in_office == 100
    assert before.present == 70  # 20 + 20 + 20 + 10
    assert before.represented == 20
    assert before.required == Fraction(200, 3)
    assert before.reached
    assert before.share == Fraction(9, 10)
    assert (before.present_heads, before.represented_heads) == (4, 1)

    after = compute_quorum(people, RIGHTS, TWO_THIRDS, time(11, 0))
    assert after.present == 50
    assert after.represented == 0  # the holder has left: the proxy no longer counts
    assert not after.reached
    assert after.share == Fraction(1, 2)


def test_meeting_as_a_whole_ignores_times() -> None:
    state = compute_quorum(assemblee(), RIGHTS, TWO_THIRDS)
    assert state.present + state.represented == 90
    assert state.reached


def test_proxy_whose_holder_has_left_no_longer_counts_but_other_proxies_do() -> None:
    people = [
        seat(1, None, P, left_at=time(10, 30)),
        seat(2, None, P),
        seat(3, None, R, proxy_holder_id=1),
        seat(4, None, R, proxy_holder_id=2),
    ]
    _, represented = counted_weights(people, {}, QuorumBasis.HEADS, time(10, 0))
    assert set(represented) == {3, 4}
    _, represented = counted_weights(people, {}, QuorumBasis.HEADS, time(10, 30))
    assert set(represented) == {4}


def test_proxy_held_by_an_absent_or_unknown_person_does_not_count() -> None:
    people = [
        seat(1, None, X),
        seat(2, None, R, proxy_holder_id=1),
        seat(3, None, R, proxy_holder_id=99),
        seat(4, None, R),  # holder not chosen yet
    ]
    state = compute_quorum(people, {}, QuorumRule(QuorumBasis.HEADS, 1, 2))
    assert state.represented == 0
    assert state.represented_heads == 0
    assert not state.reached


def test_proxy_given_to_a_commissioner_does_not_count() -> None:
    people = [seat(1, None, R, proxy_holder_id=90), commissioner(90)]
    _, represented = counted_weights(people, {}, QuorumBasis.HEADS, None)
    assert represented == {}


def test_suppleant_replaces_an_absent_titulaire() -> None:
    people = [
        seat(31, LILLE, X),
        deputy(32, LILLE, P),
        seat(12, ETAT, P),
    ]
    present, represented = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert present == {32: Fraction(10), 12: Fraction(40)}
    assert represented == {}
    assert voting_power(people, RIGHTS, Weighting.RIGHTS, None) == {32: 10, 12: 40}


def test_suppleant_sits_without_weight_when_the_titulaire_is_there() -> None:
    people = [seat(31, LILLE, P), deputy(32, LILLE, P)]
    present, _ = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert present == {31: Fraction(10)}
    state = compute_quorum(people, RIGHTS, TWO_THIRDS)
    assert state.present == 10
    assert state.in_office == 10
    assert state.consultative_present == 0


def test_suppleant_does_not_replace_a_represented_titulaire() -> None:
    people = [seat(31, LILLE, R, proxy_holder_id=12), deputy(32, LILLE, P), seat(12, ETAT, P)]
    present, represented = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert 32 not in present
    assert represented == {31: Fraction(10)}
    assert voting_power(people, RIGHTS, Weighting.RIGHTS, None) == {12: 50}


def test_suppleant_takes_the_seat_when_the_titulaire_leaves() -> None:
    people = [seat(31, LILLE, P, left_at=time(11, 0)), deputy(32, LILLE, P)]
    assert counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, time(10, 0))[0] == {31: 10}
    assert counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, time(11, 0))[0] == {32: 10}


def test_one_suppleant_per_empty_seat_in_person_id_order() -> None:
    people = [
        seat(11, ETAT, X),
        seat(12, ETAT, P),
        deputy(15, ETAT, P),
        deputy(14, ETAT, P),
    ]
    present, _ = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert present == {12: Fraction(20), 14: Fraction(20)}


def test_suppleant_never_fills_a_seat_of_another_member() -> None:
    people = [seat(11, ETAT, X), deputy(32, LILLE, P)]
    present, _ = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert present == {}


def test_commissaire_du_gouvernement_present_but_never_weighs() -> None:
    without = [seat(11, ETAT, P), seat(21, REGION, X)]
    with_commissioner = [*without, commissioner(90)]
    a = compute_quorum(without, RIGHTS, TWO_THIRDS)
    b = compute_quorum(with_commissioner, RIGHTS, TWO_THIRDS)
    assert (a.in_office, a.present, a.represented) == (b.in_office, b.present, b.represented)
    assert a.consultative_present == 0
    assert b.consultative_present == 1
    assert 90 not in voting_power(with_commissioner, RIGHTS, Weighting.RIGHTS, None)


def test_seat_without_member_or_rights_weighs_nothing_under_rights_but_one_under_heads() -> None:
    people = [seat(1, None, P), seat(2, 77, P), seat(3, ETAT, X)]
    assert in_office_weight(people, RIGHTS, QuorumBasis.RIGHTS) == 40
    assert in_office_weight(people, RIGHTS, QuorumBasis.HEADS) == 3
    assert voting_power(people, RIGHTS, Weighting.RIGHTS, None) == {1: 0, 2: 0}


def test_rights_are_shared_evenly_between_a_members_seats() -> None:
    people = [seat(11, ETAT, P), seat(12, ETAT, P), seat(13, ETAT, X)]
    present, _ = counted_weights(people, RIGHTS, QuorumBasis.RIGHTS, None)
    assert present == {11: Fraction(40, 3), 12: Fraction(40, 3)}
    state = compute_quorum(people, RIGHTS, TWO_THIRDS)
    assert state.present == Fraction(80, 3)
    assert state.reached  # exactly two thirds is enough


def test_quorum_one_person_one_vote() -> None:
    people = [seat(i, None, P if i <= 2 else X) for i in range(1, 5)]
    state = compute_quorum(people, {}, QuorumRule(QuorumBasis.HEADS, 1, 2))
    assert state.in_office == 4
    assert state.required == 2
    assert state.reached
    state = compute_quorum(people, {}, QuorumRule(QuorumBasis.HEADS, 2, 3))
    assert not state.reached


def test_empty_body_never_reaches_quorum() -> None:
    state = compute_quorum([commissioner(90)], RIGHTS, TWO_THIRDS)
    assert state.in_office == 0
    assert state.share == 0
    assert not state.reached


def test_is_present_window() -> None:
    p = seat(1, None, P, arrived_at=time(9, 30), left_at=time(11, 0))
    assert not is_present(p, time(9, 29))
    assert is_present(p, time(9, 30))
    assert is_present(p, time(10, 59))
    assert not is_present(p, time(11, 0))
    assert is_present(p, None)
    assert not is_present(seat(2, None, X), None)
    assert not is_present(seat(3, None, R, proxy_holder_id=1), time(10, 0))


def test_voting_power_adds_proxies_to_the_holders_own_weight() -> None:
    power = voting_power(assemblee(), RIGHTS, Weighting.RIGHTS, time(10, 0))
    assert power == {11: 40, 12: 20, 21: 20, 31: 10}
    assert voting_power(assemblee(), RIGHTS, Weighting.HEADS, time(10, 0))[11] == 2


@pytest.mark.parametrize(("num", "den"), [(0, 3), (4, 3), (-1, 2), (1, 0), (1, -2)])
def test_invalid_quorum_fraction(num: int, den: int) -> None:
    with pytest.raises(ValidationError, match="fraction du quorum"):
        QuorumRule(QuorumBasis.RIGHTS, num, den)


def test_departure_before_arrival_is_refused() -> None:
    with pytest.raises(ValidationError, match="départ"):
        seat(1, None, P, arrived_at=time(11, 0), left_at=time(10, 0))


def test_duplicate_person_and_negative_rights_are_refused() -> None:
    with pytest.raises(ValidationError, match="deux fois"):
        compute_quorum([seat(1, None, P), seat(1, None, X)], {}, TWO_THIRDS)
    with pytest.raises(ValidationError, match="négatifs"):
        compute_quorum([seat(1, ETAT, P)], {ETAT: -1}, TWO_THIRDS)


# --- properties -----------------------------------------------------------------------

minutes = st.integers(8 * 60, 20 * 60)
moments = st.one_of(st.none(), minutes.map(lambda m: time(m // 60, m % 60)))
bases = st.sampled_from(list(QuorumBasis))


@st.composite
def meetings(draw: st.DrawFn) -> tuple[list[Participant], dict[int, int]]:
    count = draw(st.integers(0, 15))
    ids = list(range(1, count + 1))
    # Few members, so that seats, suppléants and proxies of one member meet often.
    rights = draw(st.dictionaries(st.integers(1, 3), st.integers(0, 100), min_size=2, max_size=3))
    people = []
    for pid in ids:
        status = draw(st.sampled_from([P, P, R, *AttendanceStatus]))
        holder = draw(st.one_of(st.none(), st.sampled_from(ids))) if status is R else None
        arrived, left = draw(moments), draw(moments)
        if arrived is not None and left is not None and left < arrived:
            arrived, left = left, arrived
        people.append(
            participant(
                person_id=pid,
                member_id=draw(st.sampled_from([None, 1, 2, 3])),  # 3 may lack rights
                titulaire=draw(st.booleans()),
                votes=draw(st.sampled_from([True, True, True, False])),
                status=status,
                proxy_holder_id=holder,
                arrived_at=arrived,
                left_at=left,
            )
        )
    return people, rights


@given(meetings(), bases, moments)
def test_counted_weight_never_exceeds_the_seats_in_office(
    meeting: tuple[list[Participant], dict[int, int]], basis: QuorumBasis, at: time | None
) -> None:
    people, rights = meeting
    state = compute_quorum(people, rights, QuorumRule(basis, 1, 2), at)
    assert 0 <= state.present + state.represented <= state.in_office
    assert 0 <= state.share <= 1
    assert state.present_heads + state.represented_heads <= sum(1 for p in people if p.votes)


@given(meetings(), bases, moments)
def test_no_seat_is_counted_twice(
    meeting: tuple[list[Participant], dict[int, int]], basis: QuorumBasis, at: time | None
) -> None:
    people, rights = meeting
    by_id = {p.person_id: p for p in people}
    present, represented = counted_weights(people, rights, basis, at)
    assert not set(present) & set(represented)
    for member in {p.member_id for p in people}:
        seats = sum(1 for p in people if p.member_id == member and p.votes and p.titulaire)
        counted = [pid for pid in [*present, *represented] if by_id[pid].member_id == member]
        assert len(counted) <= seats
        weight = sum((present.get(pid, represented.get(pid, 0)) for pid in counted), Fraction(0))
        if basis is QuorumBasis.HEADS:
            assert weight == len(counted)
        elif member is not None and seats:
            assert weight <= rights.get(member, 0)


@given(st.lists(st.sampled_from([P, X, A, R]), min_size=1, max_size=4), st.integers(0, 4), bases)
def test_suppleants_fill_exactly_the_empty_seats(
    statuses: list[AttendanceStatus], deputies: int, basis: QuorumBasis
) -> None:
    holder = seat(99, MEL, P)
    titulaires = [
        seat(10 + i, ETAT, s, proxy_holder_id=99 if s is R else None)
        for i, s in enumerate(statuses)
    ]
    # Listed in reverse: the lowest person_id must still fill first.
    suppleants = [deputy(20 + j, ETAT, P) for j in reversed(range(deputies))]
    present, represented = counted_weights([holder, *titulaires, *suppleants], RIGHTS, basis, None)
    empty = sum(1 for s in statuses if s not in (P, R))
    fillers = sorted(pid for pid in present if pid >= 20 and pid != 99)
    assert fillers == list(range(20, 20 + min(deputies, empty)))
    etat = [w for pid, w in [*present.items(), *represented.items()] if pid != 99]
    seat_weight = Fraction(40, len(statuses)) if basis is QuorumBasis.RIGHTS else 1
    assert etat == [seat_weight] * len(etat)


@given(meetings(), bases, moments, st.integers(1, 5), st.booleans(), st.booleans())
def test_adding_a_present_voter_never_lowers_the_share(
    meeting: tuple[list[Participant], dict[int, int]],
    basis: QuorumBasis,
    at: time | None,
    member: int,
    titulaire: bool,
    no_member: bool,
) -> None:
    people, rights = meeting
    newcomer = Participant(1000, None if no_member else member, titulaire, True, P)
    rule = QuorumRule(basis, 1, 2)
    before = compute_quorum(people, rights, rule, at)
    after = compute_quorum([*people, newcomer], rights, rule, at)
    assert after.share >= before.share
    assert after.present >= before.present or basis is QuorumBasis.RIGHTS  # seats may split


@given(meetings(), bases, moments)
def test_a_consultative_participant_changes_no_weight(
    meeting: tuple[list[Participant], dict[int, int]], basis: QuorumBasis, at: time | None
) -> None:
    people, rights = meeting
    rule = QuorumRule(basis, 2, 3)
    before = compute_quorum(people, rights, rule, at)
    after = compute_quorum([*people, commissioner(1000)], rights, rule, at)
    assert (after.in_office, after.present, after.represented, after.reached) == (
        before.in_office,
        before.present,
        before.represented,
        before.reached,
    )
    assert after.consultative_present == before.consultative_present + 1


@given(
    meetings(),
    bases,
    moments,
    st.tuples(st.integers(1, 12), st.integers(1, 12)).filter(lambda t: t[0] <= t[1]),
    st.tuples(st.integers(1, 12), st.integers(1, 12)).filter(lambda t: t[0] <= t[1]),
)
def test_quorum_is_monotone_in_the_fraction(
    meeting: tuple[list[Participant], dict[int, int]],
    basis: QuorumBasis,
    at: time | None,
    first: tuple[int, int],
    second: tuple[int, int],
) -> None:
    people, rights = meeting
    low, high = sorted([first, second], key=lambda t: Fraction(*t))
    reached_high = compute_quorum(people, rights, QuorumRule(basis, *high), at).reached
    reached_low = compute_quorum(people, rights, QuorumRule(basis, *low), at).reached
    assert reached_low or not reached_high


@given(meetings(), bases, moments)
def test_voting_power_distributes_exactly_the_counted_weight(
    meeting: tuple[list[Participant], dict[int, int]], basis: QuorumBasis, at: time | None
) -> None:
    people, rights = meeting
    weighting = Weighting(basis.value)
    power = voting_power(people, rights, weighting, at)
    state = compute_quorum(people, rights, QuorumRule(basis, 1, 1), at)
    assert sum(power.values(), Fraction(0)) == state.present + state.represented
    by_id = {p.person_id: p for p in people}
    for pid in power:
        assert by_id[pid].votes
        assert is_present(by_id[pid], at)


@given(meetings(), bases, moments, st.randoms(use_true_random=False))
def test_order_of_the_attendance_list_does_not_matter(
    meeting: tuple[list[Participant], dict[int, int]],
    basis: QuorumBasis,
    at: time | None,
    rnd: random.Random,
) -> None:
    people, rights = meeting
    shuffled = list(people)
    rnd.shuffle(shuffled)
    rule = QuorumRule(basis, 2, 3)
    assert compute_quorum(people, rights, rule, at) == compute_quorum(shuffled, rights, rule, at)
    assert counted_weights(people, rights, basis, at) == counted_weights(
        shuffled, rights, basis, at
    )


def test_quorum_state_is_a_plain_value() -> None:
    state = QuorumState(Fraction(3), Fraction(1), Fraction(1), Fraction(2), True, 1, 1, 0)
    assert state.share == Fraction(2, 3)
