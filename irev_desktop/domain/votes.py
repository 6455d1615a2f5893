"""The outcome of a vote on a deliberation.

Abstentions and "ne prend pas part" are not suffrages exprimés: they never count for or
against, but the absolute majority is reckoned on everyone present or represented.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from irev_desktop.domain.enums import MajorityRule, VoteResult
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr


@dataclass(frozen=True)
class VoteCount:
    for_: Fraction | int
    against: Fraction | int
    abstention: Fraction | int
    not_taking_part: Fraction | int = 0

    def __post_init__(self) -> None:
        for label, value in (
            ("pour", self.for_),
            ("contre", self.against),
            ("abstention", self.abstention),
            ("ne prend pas part", self.not_taking_part),
        ):
            if value < 0:
                raise ValidationError(
                    "Le nombre de voix «\u00a0{label}\u00a0» ne peut pas être négatif ({value}).",
                    label=label,
                    value=_plain(value),
                )

    @property
    def expressed(self) -> Fraction:
        return Fraction(self.for_) + Fraction(self.against)

    @property
    def total(self) -> Fraction:
        return self.expressed + Fraction(self.abstention) + Fraction(self.not_taking_part)


class ChairVote(StrEnum):
    """How the chair voted, which decides a tie when the body grants a casting vote."""

    FOR = "for"
    AGAINST = "against"
    ABSTAINED = "abstained"
    NONE = "none"


@dataclass(frozen=True)
class VoteOutcome:
    result: VoteResult
    unanimous: bool
    casting_vote_used: bool
    expressed: Fraction


def _plain(x: Fraction | int) -> str:
    return format_number_fr(x)


def _adopted(count: VoteCount, rule: MajorityRule, present_or_represented: Fraction) -> bool:
    for_ = Fraction(count.for_)
    against = Fraction(count.against)
    if for_ == 0:
        return False  # nothing is adopted without a single vote for it
    if rule is MajorityRule.SIMPLE:
        return for_ > against
    if rule is MajorityRule.ABSOLUTE:
        return for_ > present_or_represented / 2
    if rule is MajorityRule.TWO_THIRDS:
        return 3 * for_ >= 2 * count.expressed
    return against == 0  # UNANIMITY


def decide(
    count: VoteCount,
    rule: MajorityRule,
    *,
    present_or_represented: Fraction | int | None = None,
    chair_casting_vote: bool = False,
    chair_vote: ChairVote = ChairVote.NONE,
) -> VoteOutcome:
    """Apply the body's majority rule, then the chair's casting vote on a simple-majority tie."""
    if rule is MajorityRule.ABSOLUTE:
        if present_or_represented is None:
            raise ValidationError(
                "La majorité absolue se calcule sur les voix des présents et représentés, "
                "qui n’ont pas été indiquées."
            )
        if present_or_represented < 0:
            raise ValidationError(
                "Les voix des présents et représentés ne peuvent pas être négatives."
            )
    base = Fraction(present_or_represented or 0)
    adopted = _adopted(count, rule, base)
    casting = (
        rule is MajorityRule.SIMPLE
        and count.for_ == count.against
        and count.for_ > 0
        and chair_casting_vote
        and chair_vote in (ChairVote.FOR, ChairVote.AGAINST)
    )
    if casting:
        adopted = chair_vote is ChairVote.FOR
    return VoteOutcome(
        result=VoteResult.ADOPTED if adopted else VoteResult.REJECTED,
        unanimous=count.for_ > 0 and count.against == 0 and count.abstention == 0,
        casting_vote_used=casting,
        expressed=count.expressed,
    )


def check_count(count: VoteCount, available: Fraction | int) -> None:
    """Refuse a count with more votes than the persons present and represented hold."""
    if count.total > available:
        total, limit = _plain(count.total), _plain(available)
        if total == limit:  # differ beyond two decimals: show enough to see it
            total, limit = format_number_fr(count.total, 6), format_number_fr(available, 6)
        raise ValidationError(
            "Le décompte ({total}) dépasse les voix des présents et représentés ({limit}).",
            total=total,
            limit=limit,
        )
