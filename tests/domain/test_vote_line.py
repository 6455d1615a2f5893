"""The line of a vote's exceptions: "contre @Caron, abstention @Benali"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from irev_desktop.domain.enums import VoteChoice
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.vote_line import _key, format_vote_line, parse_vote_line

FOR, AGAINST, ABSTENTION, NPP = (
    VoteChoice.FOR,
    VoteChoice.AGAINST,
    VoteChoice.ABSTENTION,
    VoteChoice.NOT_TAKING_PART,
)
PEOPLE = {
    1: "Camille Lefebvre",
    2: "Laurent Buchaillat",
    3: "Milouda Ala",
    4: "Thomas Girard",
    5: "Aïssatou N’Diaye",
    6: "Jean-Pierre Caron",
    7: "Hélène d'Estrées",
    8: "Karim Benali",
    9: "Alain Martin",
    10: "Martine Œillet",
}


def message(text: str) -> str:
    """The error's text with the no-break spaces of French typography made plain."""
    with pytest.raises(ValidationError) as caught:
        parse_vote_line(text, PEOPLE)
    return caught.value.message.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_example_of_the_brief() -> None:
    assert parse_vote_line("contre @Caron, abstention @Benali", PEOPLE) == {
        6: AGAINST,
        8: ABSTENTION,
    }


@pytest.mark.parametrize(
    ("word", "choice"),
    [
        ("pour", FOR),
        ("p", FOR),
        ("POUR", FOR),
        ("contre", AGAINST),
        ("c", AGAINST),
        ("Contre :", AGAINST),
        ("abstention", ABSTENTION),
        ("abs", ABSTENTION),
        ("a", ABSTENTION),
        ("n", NPP),
        ("npp", NPP),
        ("NPPV", NPP),
        ("ne prend pas part", NPP),
        ("ne prend pas part au vote", NPP),
    ],
)
def test_every_form_of_each_choice(word: str, choice: VoteChoice) -> None:
    assert parse_vote_line(f"{word} @Girard", PEOPLE) == {4: choice}


def test_several_names_after_one_word_and_a_part_without_word_keeps_the_choice() -> None:
    assert parse_vote_line("c @Girard @Ala; a @Benali, @Lefebvre", PEOPLE) == {
        4: AGAINST,
        3: AGAINST,
        8: ABSTENTION,
        1: ABSTENTION,
    }


def test_a_forgotten_comma_before_the_next_word_is_understood() -> None:
    assert parse_vote_line("contre @Caron abstention @Benali", PEOPLE) == {
        6: AGAINST,
        8: ABSTENTION,
    }
    assert parse_vote_line("c @Jean-Pierre Caron ne prend pas part @Ala", PEOPLE) == {
        6: AGAINST,
        3: NPP,
    }


@pytest.mark.parametrize(
    ("typed", "person"),
    [
        ("helene", 7),  # accents
        ("HÉLÈNE", 7),  # case
        ("d'estrees", 7),  # straight apostrophe for a straight one
        ("d’Estrées", 7),  # typographic apostrophe
        ("destrees", 7),  # no apostrophe at all
        ("n'diaye", 5),  # straight apostrophe for a typographic one
        ("ndiaye", 5),
        ("aissatou", 5),  # diaeresis
        ("jean pierre", 6),  # hyphen typed as a space
        ("Jean-Pierre", 6),
        ("oeillet", 10),  # œ typed as two letters
        ("œillet", 10),
        ("buchail", 2),  # any part of the name
        ("febv", 1),
    ],
)
def test_names_ignore_case_accents_apostrophes_and_hyphens(typed: str, person: int) -> None:
    assert parse_vote_line(f"a @{typed}", PEOPLE) == {person: ABSTENTION}


def test_the_full_name_or_a_whole_word_wins_over_a_mere_substring() -> None:
    # "martin" is inside "Alain Martin" and "Martine Œillet": the whole word decides.
    assert parse_vote_line("c @martin", PEOPLE) == {9: AGAINST}
    # "ala" is inside "Milouda Ala" and "Alain Martin".
    assert parse_vote_line("c @ala", PEOPLE) == {3: AGAINST}


def test_an_ambiguous_name_lists_the_voters_it_fits() -> None:
    text = message("contre @al")
    assert "« al » désigne plusieurs votants" in text
    for name in ("Alain Martin", "Milouda Ala"):
        assert name in text
    assert "Camille" not in text


def test_a_name_that_fits_nobody_is_refused() -> None:
    assert message("contre @Caron, abstention @Dupont") == "« Dupont » ne désigne aucun votant."


def test_an_unknown_word_is_refused_with_the_words_to_use() -> None:
    text = message("peut-être @Caron")
    assert text.startswith("« peut-être » n’est pas un vote")
    assert "contre (c)" in text and "abstention (a)" in text and "(npp)" in text


def test_a_name_without_word_or_a_word_without_name_is_refused() -> None:
    assert "Commencez par le vote" in message("@Caron")
    assert "nommez au moins un votant" in message("contre")
    assert "nommez au moins un votant" in message("contre @Caron abstention")
    assert "Écrivez un nom après « @ »" in message("contre @")


def test_one_voter_with_two_different_choices_is_refused() -> None:
    assert "Karim Benali est nommé·e deux fois" in message("c @Benali, a @benali")
    assert parse_vote_line("c @Benali @karim", PEOPLE) == {8: AGAINST}


@pytest.mark.parametrize("text", ["", "   ", ",", " ; , "])
def test_an_empty_line_names_nobody(text: str) -> None:
    assert parse_vote_line(text, PEOPLE) == {}


def test_nobody_to_name_when_there_are_no_voters() -> None:
    with pytest.raises(ValidationError):
        parse_vote_line("c @Caron", {})


def test_the_line_written_back_from_choices() -> None:
    choices = dict.fromkeys(PEOPLE, FOR) | {6: AGAINST, 8: ABSTENTION, 1: AGAINST, 5: NPP}
    assert format_vote_line(choices, PEOPLE) == (
        "contre @Camille Lefebvre @Jean-Pierre Caron, abstention @Karim Benali, "
        "npp @Aïssatou N’Diaye"
    )
    assert format_vote_line(dict.fromkeys(PEOPLE, FOR), PEOPLE) == ""


_LETTERS = "abcdeéèêfghiïjklmnoôpqrstuüvwxyzœçABCÉDEFGHIJKLMNOPQRSTUVWXYZ"
_NAME = st.builds(
    lambda first, sep, last: f"{first}{sep}{last}",
    st.text(_LETTERS, min_size=1, max_size=8),
    st.sampled_from([" ", "-", " d'", " N’", " "]),
    st.text(_LETTERS, min_size=1, max_size=10),
)


@given(
    names=st.lists(_NAME, min_size=1, max_size=12),
    picks=st.lists(st.sampled_from(list(VoteChoice)), min_size=12, max_size=12),
)
def test_any_choices_written_as_a_line_read_back_the_same(
    names: list[str], picks: list[VoteChoice]
) -> None:
    assume(len({_key(name) for name in names}) == len(names))  # people one can tell apart
    people = dict(enumerate(names, start=1))
    choices = {ident: picks[ident - 1] for ident in people}
    line = format_vote_line(choices, people)
    expected = {ident: choice for ident, choice in choices.items() if choice is not FOR}
    assert parse_vote_line(line, people) == expected


@given(st.text(max_size=40))
def test_any_typed_line_is_read_or_refused_cleanly(text: str) -> None:
    try:
        read = parse_vote_line(text, PEOPLE)
    except ValidationError as error:
        assert error.message
    else:
        assert set(read) <= set(PEOPLE)
