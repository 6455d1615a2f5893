"""Counting a vote from each voter's choice: heads and weighted rights."""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.votes import VoteCount


def tally(
    weights: Mapping[int, Fraction], choices: Mapping[int, VoteChoice]
) -> tuple[VoteCount, VoteCount]:
    """(heads, weighted) counts of the voters in ``weights``.

    Every voter who may vote must have a choice, and nobody else may have one: a vote
    is counted against exactly the people present or represented at that moment.
    """
    missing = set(weights) - set(choices)
    extra = set(choices) - set(weights)
    if missing or extra:
        raise ValidationError(
            "Le vote doit compter exactement les votants présents ou représentés à cet instant "
            "({missing} sans vote, {extra} hors décompte).",
            missing=len(missing),
            extra=len(extra),
        )
    heads = dict.fromkeys(VoteChoice, 0)
    weighted = dict.fromkeys(VoteChoice, Fraction(0))
    for person, choice in choices.items():
        heads[choice] += 1
        weighted[choice] += weights[person]
    return (
        VoteCount(*(heads[c] for c in VoteChoice)),
        VoteCount(*(weighted[c] for c in VoteChoice)),
    )
