"""French dates, times, numbers and punctuation."""

from __future__ import annotations

import re
from datetime import date, time
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.french import (
    format_date_long,
    format_date_short,
    format_number_fr,
    format_time,
    typography,
)

NB = "\u00a0"
FINE = "\u202f"


def test_the_ag_of_8_march_2021() -> None:
    assert format_date_long(date(2021, 3, 8)) == "lundi 8 mars 2021"
    assert format_date_short(date(2021, 3, 8)) == "08/03/2021"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2021, 3, 1), "lundi 1er mars 2021"),
        (date(2021, 8, 15), "dimanche 15 août 2021"),
        (date(2020, 2, 29), "samedi 29 février 2020"),
        (date(2021, 12, 31), "vendredi 31 décembre 2021"),
        (date(2022, 1, 1), "samedi 1er janvier 2022"),
    ],
)
def test_format_date_long(day: date, text: str) -> None:
    assert format_date_long(day) == text


def test_times() -> None:
    assert format_time(time(14, 30)) == "14 h 30"
    assert format_time(time(9, 5)) == "9 h 05"
    assert format_time(time(0, 0)) == "0 h 00"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (12, "12"),
        (0, "0"),
        (Fraction(100, 3), "33,33"),
        (Fraction(1, 2), "0,5"),
        (Fraction(200, 3), "66,67"),
        (Fraction(40, 1), "40"),
        (1234567, f"1{FINE}234{FINE}567"),
        (1234.5, f"1{FINE}234,5"),
        (2.675, "2,68"),  # the decimal the user sees, not the binary float below it
        (2.999, "3"),
        (-1.5, "-1,5"),
        (-0.001, "0"),
        (0.1 + 0.2, "0,3"),
        (999.999, f"1{FINE}000"),
    ],
)
def test_format_number_fr(value: Fraction | int | float, text: str) -> None:
    assert format_number_fr(value) == text


def test_format_number_fr_decimals() -> None:
    assert format_number_fr(Fraction(1, 3), 4) == "0,3333"
    assert format_number_fr(Fraction(2, 3), 0) == "1"
    with pytest.raises(ValueError):
        format_number_fr(1, -1)
    with pytest.raises(ValueError):
        format_number_fr(float("nan"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Bonjour !", f"Bonjour{FINE}!"),
        ("Bonjour!", f"Bonjour{FINE}!"),
        ("Vraiment ?", f"Vraiment{FINE}?"),
        ("Quoi ?!", f"Quoi{FINE}?!"),
        ("premier point; second point", f"premier point{FINE}; second point"),
        ("Ordre du jour : approbation", f"Ordre du jour{NB}: approbation"),
        ("Ordre du jour: approbation", f"Ordre du jour{NB}: approbation"),
        ("« Politique de la ville »", f"«{NB}Politique de la ville{NB}»"),
        ("«Politique de la ville»", f"«{NB}Politique de la ville{NB}»"),
        ("(voir annexe) :", f"(voir annexe){NB}:"),
        ("Bonjour\u00a0!", f"Bonjour{FINE}!"),  # normalised, not doubled
        (f"Bonjour {FINE}!", f"Bonjour{FINE}!"),
        (f"Bonjour{FINE}!", f"Bonjour{FINE}!"),
        ("Voir https://irev.fr !", f"Voir https://irev.fr{FINE}!"),
    ],
)
def test_typography(raw: str, expected: str) -> None:
    assert typography(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "https://irev.fr/ressources?annee=2021",
        "voir www.irev.fr/page?id=3!",
        "mailto:contact@irev.fr",
        "ouverture à 14:30",
        "C:\\Users\\secretariat",
        "ratio 2:1",
        "! en début de texte",
        "\n? en début de ligne",
        "points...?",  # conservative: nothing is added after a mark that is not a word
    ],
)
def test_typography_leaves_addresses_and_times_alone(text: str) -> None:
    assert typography(text) == text


def test_typography_replaces_spaces_after_any_word() -> None:
    assert typography("points... ?") == f"points...{FINE}?"


# --- properties -----------------------------------------------------------------------


@given(st.dates())
def test_format_date_long_always_ends_with_the_year(day: date) -> None:
    text = format_date_long(day)
    assert text.endswith(f" {day.year}")
    assert re.fullmatch(r"[a-zé]+ (1er|[1-9]|[12]\d|3[01]) [a-zéû]+ \d+", text)


@given(st.dates())
def test_format_date_short_round_trips(day: date) -> None:
    d, m, y = format_date_short(day).split("/")
    assert date(int(y), int(m), int(d)) == day


@given(st.integers(-(10**12), 10**12))
def test_integers_lose_nothing(n: int) -> None:
    text = format_number_fr(n)
    assert "," not in text
    assert int(text.replace(FINE, "")) == n


@given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=1000))
def test_numbers_are_rounded_to_two_decimals(value: Fraction) -> None:
    text = format_number_fr(value)
    parsed = Fraction(text.replace(FINE, "").replace(",", "."))
    assert abs(parsed - value) <= Fraction(1, 200)
    assert not text.endswith("0") or "," not in text  # no trailing zero after the comma
    assert "." not in text


snippets = st.sampled_from(
    [
        "Oui",
        "a",
        "1",
        " ",
        "  ",
        ":",
        ";",
        "!",
        "?",
        "«",
        "»",
        NB,
        FINE,
        "\n",
        ")",
        "’",
        ".",
        "14:30",
        "https://irev.fr/a?b=1!",
        "www.x.fr",
    ]
)
texts = st.lists(snippets, max_size=20).map("".join)


@given(texts)
def test_typography_is_idempotent(text: str) -> None:
    once = typography(text)
    assert typography(once) == once


@given(texts)
def test_typography_only_touches_spaces(text: str) -> None:
    def strip_spaces(s: str) -> str:
        return re.sub(f"[ {NB}{FINE}]", "", s)

    out = typography(text)
    assert strip_spaces(out) == strip_spaces(text)
    assert out.count("\n") == text.count("\n")
    # After a word, whatever spaces were typed become the one the mark requires.
    assert not re.search(f"\\w[ {NB}]+[!?;](\\s|$)", out)
    assert not re.search(f"\\w[ {FINE}]+:(\\s|$)", out)
