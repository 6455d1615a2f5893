from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.action_line import parse_action_line, parse_due_date
from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.tally import tally

PEOPLE = {1: "Anne Delmotte", 2: "Milouda Ala", 3: "Laurent Buchaillat", 4: "Alain Delmas"}
TODAY = dt.date(2021, 3, 8)


def test_tally_counts_heads_and_rights() -> None:
    weights = {1: Fraction(40), 2: Fraction(20), 3: Fraction(10)}
    heads, weighted = tally(
        weights, {1: VoteChoice.FOR, 2: VoteChoice.AGAINST, 3: VoteChoice.ABSTENTION}
    )
    assert (heads.for_, heads.against, heads.abstention) == (1, 1, 1)
    assert (weighted.for_, weighted.against, weighted.abstention) == (40, 20, 10)


@given(
    st.dictionaries(
        st.integers(1, 50),
        st.tuples(st.fractions(min_value=0, max_value=100), st.sampled_from(list(VoteChoice))),
        min_size=1,
    )
)
def test_tally_totals_are_the_voters_and_their_weight(
    data: dict[int, tuple[Fraction, VoteChoice]],
) -> None:
    weights = {k: w for k, (w, _) in data.items()}
    heads, weighted = tally(weights, {k: c for k, (_, c) in data.items()})
    assert heads.total == len(data)
    assert weighted.total == sum(weights.values())


def test_tally_refuses_a_missing_or_extra_voter() -> None:
    with pytest.raises(ValidationError):
        tally({1: Fraction(1)}, {})
    with pytest.raises(ValidationError):
        tally({1: Fraction(1)}, {1: VoteChoice.FOR, 2: VoteChoice.FOR})


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("@Anne: envoyer le programme, 15/04", (1, "envoyer le programme", dt.date(2021, 4, 15))),
        ("@buch: relancer l'État, 1er mars", (3, "relancer l'État", dt.date(2022, 3, 1))),
        ("@Milouda Ala : signer le PV, 20 mars 2021", (2, "signer le PV", dt.date(2021, 3, 20))),
        ("Mettre à jour le site", (None, "Mettre à jour le site", None)),
        ("@ala: préparer, puis diffuser", (2, "préparer, puis diffuser", None)),
    ],
)
def test_action_lines(line: str, expected: tuple[int | None, str, dt.date | None]) -> None:
    parsed = parse_action_line(line, PEOPLE, TODAY)
    assert (parsed.person_id, parsed.description, parsed.due_date) == expected


def test_an_ambiguous_or_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="précisez"):
        parse_action_line("@Del: quelque chose", PEOPLE, TODAY)
    with pytest.raises(ValidationError, match="personne"):
        parse_action_line("@Zoé: quelque chose", PEOPLE, TODAY)
    with pytest.raises(ValidationError, match="date valide"):
        parse_action_line("Faire, 31/02/2021", PEOPLE, TODAY)


@given(st.text(max_size=60))
def test_due_dates_never_raise_anything_but_a_validation_error(text: str) -> None:
    try:
        result = parse_due_date(text, TODAY)
    except ValidationError:
        return
    assert result is None or isinstance(result, dt.date)
