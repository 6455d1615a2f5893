"""Deliberation numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.numbering import format_number, next_number, parse_number


@pytest.mark.parametrize(
    ("year", "sequence", "text"),
    [(2021, 3, "2021-03"), (2021, 10, "2021-10"), (2021, 99, "2021-99"), (2021, 100, "2021-100")],
)
def test_format_and_parse(year: int, sequence: int, text: str) -> None:
    assert format_number(year, sequence) == text
    assert parse_number(text) == (year, sequence)


def test_parse_accepts_surrounding_spaces() -> None:
    assert parse_number("  2021-03\t") == (2021, 3)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "2021",
        "2021-3",
        "2021-003",
        "2021-00",
        "21-03",
        "2021/03",
        "2021 - 03",
        "2021-03a",
        "n° 2021-03",
        "0999-01",
        "٢٠٢١-٠٣",  # Arabic-Indic digits are digits to Python, not to a register
    ],
)
def test_parse_refuses_anything_else(text: str) -> None:
    with pytest.raises(ValidationError, match="n’est pas un numéro de délibération valide"):
        parse_number(text)


@pytest.mark.parametrize(("year", "sequence"), [(2021, 0), (2021, -1), (999, 1), (10000, 1)])
def test_format_refuses_impossible_numbers(year: int, sequence: int) -> None:
    with pytest.raises(ValidationError):
        format_number(year, sequence)


def test_next_number() -> None:
    assert next_number(2021, []) == "2021-01"
    assert next_number(2021, ["2021-01", "2021-03", "2020-17", "brouillon"]) == "2021-04"
    assert next_number(2021, ["2021-12", "2021-02"]) == "2021-13"  # order does not matter
    assert next_number(2022, ["2021-01", "2021-03"]) == "2022-01"
    assert next_number(2021, ["2021-99"]) == "2021-100"
    assert next_number(2021, [" 2021-07 ", "2021-100", "2021-9"]) == "2021-101"


# --- properties -----------------------------------------------------------------------

years = st.integers(1000, 9999)
sequences = st.integers(1, 5000)


@given(years, sequences)
def test_round_trip(year: int, sequence: int) -> None:
    assert parse_number(format_number(year, sequence)) == (year, sequence)


recent = st.integers(2019, 2022)  # few years, so that most numbers share the asked year


@given(
    recent,
    st.lists(
        st.one_of(
            st.builds(format_number, recent, sequences),
            st.builds(format_number, years, sequences),
            st.text(max_size=10),
        ),
        max_size=20,
    ),
)
def test_next_number_exceeds_every_number_of_that_year(year: int, existing: list[str]) -> None:
    new_year, new_sequence = parse_number(next_number(year, existing))
    assert new_year == year
    for text in existing:
        try:
            other_year, sequence = parse_number(text)
        except ValidationError:
            continue
        if other_year == year:
            assert new_sequence > sequence
    assert next_number(year, existing) not in existing
