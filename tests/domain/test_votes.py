"""Majority rules, casting vote and count checks."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.enums import MajorityRule, VoteResult
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.votes import ChairVote, VoteCount, check_count, decide

ADOPTED, REJECTED = VoteResult.ADOPTED, VoteResult.REJECTED
SIMPLE = MajorityRule.SIMPLE
ABSOLUTE = MajorityRule.ABSOLUTE
TWO_THIRDS = MajorityRule.TWO_THIRDS
UNANIMITY = MajorityRule.UNANIMITY


def test_counts_exclude_abstentions_from_the_suffrages_exprimes() -> None:
    count = VoteCount(10, 3, 4, 2)
    assert count.expressed == 13
    assert count.total == 19
    assert isinstance(count.expressed, Fraction)


def test_weighted_counts_stay_exact() -> None:
    count = VoteCount(Fraction(40, 3), Fraction(20, 3), 0)
    assert count.expressed == 20
    assert decide(count, TWO_THIRDS).result is ADOPTED  # exactly two thirds


@pytest.mark.parametrize("field", ["for_", "against", "abstention", "not_taking_part"])
def test_negative_counts_are_refused(field: str) -> None:
    values = {"for_": 1, "against": 1, "abstention": 1, "not_taking_part": 0, field: -1}
    with pytest.raises(ValidationError, match="négatif"):
        VoteCount(**values)


def test_simple_majority() -> None:
    assert decide(VoteCount(7, 6, 20), SIMPLE).result is ADOPTED
    assert decide(VoteCount(6, 7, 0), SIMPLE).result is REJECTED
    assert decide(VoteCount(5, 5, 0), SIMPLE).result is REJECTED


def test_unanimity_flag_ignores_members_not_taking_part_but_not_abstentions() -> None:
    assert decide(VoteCount(12, 0, 0, 1), SIMPLE).unanimous
    assert not decide(VoteCount(12, 0, 1), SIMPLE).unanimous
    assert not decide(VoteCount(12, 1, 0), SIMPLE).unanimous
    assert not decide(VoteCount(0, 0, 0), SIMPLE).unanimous


def test_casting_vote_breaks_a_tie_in_the_chairs_direction() -> None:
    tie = VoteCount(5, 5, 1)
    outcome = decide(tie, SIMPLE, chair_casting_vote=True, chair_vote=ChairVote.FOR)
    assert outcome.result is ADOPTED
    assert outcome.casting_vote_used
    outcome = decide(tie, SIMPLE, chair_casting_vote=True, chair_vote=ChairVote.AGAINST)
    assert outcome.result is REJECTED
    assert outcome.casting_vote_used


@pytest.mark.parametrize(
    ("count", "rule", "casting", "chair"),
    [
        (VoteCount(5, 5, 0), SIMPLE, False, ChairVote.FOR),  # the body grants no casting vote
        (VoteCount(5, 5, 0), SIMPLE, True, ChairVote.ABSTAINED),
        (VoteCount(5, 5, 0), SIMPLE, True, ChairVote.NONE),
        (VoteCount(0, 0, 3), SIMPLE, True, ChairVote.FOR),  # no tie to break
        (VoteCount(6, 5, 0), SIMPLE, True, ChairVote.AGAINST),  # not a tie
        (VoteCount(5, 5, 0), TWO_THIRDS, True, ChairVote.FOR),  # only under simple majority
    ],
)
def test_casting_vote_not_used(
    count: VoteCount, rule: MajorityRule, casting: bool, chair: ChairVote
) -> None:
    outcome = decide(count, rule, chair_casting_vote=casting, chair_vote=chair)
    assert not outcome.casting_vote_used
    assert outcome.result is (ADOPTED if count.for_ > count.against else REJECTED)


def test_casting_vote_not_used_under_absolute_majority() -> None:
    outcome = decide(
        VoteCount(5, 5, 0),
        ABSOLUTE,
        present_or_represented=10,
        chair_casting_vote=True,
        chair_vote=ChairVote.FOR,
    )
    assert outcome.result is REJECTED
    assert not outcome.casting_vote_used


@pytest.mark.parametrize(
    ("for_", "against", "abstention", "expected"),
    [
        (2, 1, 0, ADOPTED),  # exactly two thirds
        (2, 1, 10, ADOPTED),  # abstentions are not expressed
        (66, 34, 0, REJECTED),  # 66 % falls short
        (67, 33, 0, ADOPTED),
        (1, 1, 0, REJECTED),
        (1, 0, 50, ADOPTED),
        (0, 0, 5, REJECTED),  # nothing expressed, nothing adopted
        (Fraction(200, 3), Fraction(100, 3), 0, ADOPTED),
        (Fraction(200, 3) - Fraction(1, 1000), Fraction(100, 3), 0, REJECTED),
    ],
)
def test_two_thirds_edge_cases(
    for_: Fraction | int, against: Fraction | int, abstention: int, expected: VoteResult
) -> None:
    assert decide(VoteCount(for_, against, abstention), TWO_THIRDS).result is expected


def test_absolute_majority_is_reckoned_on_present_and_represented() -> None:
    count = VoteCount(8, 2, 5)
    assert decide(count, ABSOLUTE, present_or_represented=15).result is ADOPTED
    assert decide(count, ABSOLUTE, present_or_represented=16).result is REJECTED  # 8 = half
    assert decide(count, ABSOLUTE, present_or_represented=Fraction(31, 2)).result is ADOPTED


def test_absolute_majority_needs_the_present_and_represented() -> None:
    with pytest.raises(ValidationError, match="majorité absolue"):
        decide(VoteCount(8, 2, 5), ABSOLUTE)
    with pytest.raises(ValidationError, match="négatives"):
        decide(VoteCount(8, 2, 5), ABSOLUTE, present_or_represented=-1)


def test_unanimity_rule() -> None:
    assert decide(VoteCount(9, 0, 3), UNANIMITY).result is ADOPTED
    assert decide(VoteCount(9, 1, 0), UNANIMITY).result is REJECTED
    assert decide(VoteCount(0, 0, 3), UNANIMITY).result is REJECTED


def test_outcome_reports_the_suffrages_exprimes() -> None:
    assert decide(VoteCount(7, 2, 4, 1), SIMPLE).expressed == 9


def test_check_count_accepts_up_to_the_available_votes() -> None:
    check_count(VoteCount(10, 1, 1), 12)
    check_count(VoteCount(Fraction(40, 3), 0, 0), Fraction(40, 3))


def test_check_count_message() -> None:
    with pytest.raises(ValidationError) as caught:
        check_count(VoteCount(10, 2, 1), 12)
    assert str(caught.value) == (
        "Le décompte (13) dépasse les voix des présents et représentés (12)."
    )
    with pytest.raises(ValidationError, match=r"\(100,5\).*\(100\)"):
        check_count(VoteCount(Fraction(201, 2), 0, 0), 100)


def test_check_count_shows_a_difference_hidden_by_rounding() -> None:
    with pytest.raises(ValidationError) as caught:
        check_count(VoteCount(Fraction(100, 3) + Fraction(1, 10_000), 0, 0), Fraction(100, 3))
    message = str(caught.value)
    assert "(33,333433)" in message
    assert "(33,333333)" in message


# --- properties -----------------------------------------------------------------------

amounts = st.one_of(
    st.integers(0, 60),
    st.fractions(min_value=0, max_value=60, max_denominator=12),
)
rules = st.sampled_from(list(MajorityRule))
chairs = st.sampled_from(list(ChairVote))
MIRROR = {ChairVote.FOR: ChairVote.AGAINST, ChairVote.AGAINST: ChairVote.FOR}


@given(amounts, amounts, amounts, st.booleans(), chairs)
def test_simple_majority_never_adopts_both_a_motion_and_its_mirror(
    for_: Fraction, against: Fraction, abstention: Fraction, casting: bool, chair: ChairVote
) -> None:
    straight = decide(
        VoteCount(for_, against, abstention), SIMPLE, chair_casting_vote=casting, chair_vote=chair
    )
    mirrored = decide(
        VoteCount(against, for_, abstention),
        SIMPLE,
        chair_casting_vote=casting,
        chair_vote=MIRROR.get(chair, chair),
    )
    assert not (straight.result is ADOPTED and mirrored.result is ADOPTED)


@given(amounts, amounts, amounts, amounts, rules, st.booleans(), chairs)
def test_nothing_voted_for_is_always_rejected(
    against: Fraction,
    abstention: Fraction,
    absent: Fraction,
    extra: Fraction,
    rule: MajorityRule,
    casting: bool,
    chair: ChairVote,
) -> None:
    count = VoteCount(0, against, abstention, absent)
    outcome = decide(
        count,
        rule,
        present_or_represented=count.total + extra,
        chair_casting_vote=casting,
        chair_vote=chair,
    )
    assert outcome.result is REJECTED
    assert not outcome.unanimous


@given(amounts, amounts, amounts, amounts)
def test_stricter_rules_adopt_less(
    for_: Fraction, against: Fraction, abstention: Fraction, extra: Fraction
) -> None:
    count = VoteCount(for_, against, abstention)

    def adopted(rule: MajorityRule) -> bool:
        return decide(count, rule, present_or_represented=count.total + extra).result is ADOPTED

    # unanimity => two thirds => simple; absolute (on everyone present) => simple
    assert not adopted(UNANIMITY) or adopted(TWO_THIRDS)
    assert not adopted(TWO_THIRDS) or adopted(SIMPLE)
    assert not adopted(ABSOLUTE) or adopted(SIMPLE)


@given(amounts, amounts, amounts, amounts, amounts)
def test_check_count_agrees_with_the_total(
    for_: Fraction, against: Fraction, abstention: Fraction, absent: Fraction, available: Fraction
) -> None:
    count = VoteCount(for_, against, abstention, absent)
    if count.total <= available:
        check_count(count, available)
    else:
        with pytest.raises(ValidationError, match="dépasse"):
            check_count(count, available)
