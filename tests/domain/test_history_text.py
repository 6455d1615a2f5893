"""An attendance history typed as text: stretches of presence and proxies, one a line."""

from __future__ import annotations

from datetime import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.history_text import (
    format_proxy_lines,
    format_stretches,
    parse_proxy_lines,
    parse_stretches,
    parse_time,
)
from irev_desktop.domain.quorum import Interval

PEOPLE = {
    1: "Laurent Buchaillat",
    2: "Milouda Ala",
    3: "Alain Dupont",
    4: "Aïcha N’Diaye",
    5: "Jean-Pierre Lefèvre",
    6: "Élodie d'Hérouville",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:15", time(10, 15)),
        ("10h15", time(10, 15)),
        ("10H15", time(10, 15)),
        ("10 h 15", time(10, 15)),
        ("9h", time(9)),
        ("9 h", time(9)),
        (" 09:05 ", time(9, 5)),
        ("10:15:30", time(10, 15, 30)),
        ("", None),
        ("   ", None),
    ],
)
def test_times_are_read_in_the_usual_ways(text: str, expected: time | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["10", "dix heures", "25:00", "10:60", "10h5", "10:15 h"])
def test_a_time_that_is_not_one_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="heure"):
        parse_time(text)


def test_stretches_from_the_opening_to_the_close() -> None:
    text = "– 10:02\n\n10 h 15 - 11h02\n  11:20 —  "
    assert parse_stretches(text) == [
        Interval(None, time(10, 2)),
        Interval(time(10, 15), time(11, 2)),
        Interval(time(11, 20), None),
    ]
    assert parse_stretches("–") == [Interval()]
    assert parse_stretches("") == []
    assert format_stretches(parse_stretches(text)) == "– 10:02\n10:15 – 11:02\n11:20 –"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("10:15", 1, "tiret"),
        ("10:15 – 11:02\n\n11:20", 3, "tiret"),
        ("10:15 – 9:00", 1, "doit suivre l'arrivée"),
        ("10:15 – 10:15", 1, "doit suivre l'arrivée"),
        ("10:15 – 11:02\n10:50 – 11:30", 2, "avant la fin de la ligne précédente"),
        ("10:15 –\n11:20 – 11:30", 2, "jusqu'à la fin de la séance"),
        ("10:15 – 11:02\n– 11:30", 2, "première ligne"),
        ("10:15 – 11:02\n11:20 – 26:00", 2, "heure valide"),
        ("10:15 – 11:02 – 11:20", 1, "tiret"),
    ],
)
def test_a_bad_stretch_names_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_stretches(text)
    assert caught.value.message.startswith(f"Ligne {line} : ")
    assert words in caught.value.message


def test_proxies_name_their_holder_by_a_word_or_its_start() -> None:
    text = "buchaillat, 11:02 – 11:20\nALA, 11:30 –"
    assert parse_proxy_lines(text, PEOPLE) == [
        (1, Interval(time(11, 2), time(11, 20))),
        (2, Interval(time(11, 30), None)),
    ]
    # "ala" is a whole word of Milouda Ala: it wins over the start of Alain.
    assert parse_proxy_lines("Ala", PEOPLE) == [(2, Interval())]
    assert parse_proxy_lines("Laurent Buchaillat, –", PEOPLE) == [(1, Interval())]
    assert parse_proxy_lines("Buch, – 10:00", PEOPLE) == [(1, Interval(None, time(10)))]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("aicha", 4),
        ("n'diaye", 4),
        ("N’DIAYE", 4),
        ("ndi", None),
        ("jean-pierre", 5),
        ("Pierre", 5),
        ("lefevre", 5),
        ("d’hérouville", 6),
        ("elodie d'herouville", 6),
    ],
)
def test_names_with_accents_apostrophes_and_hyphens(name: str, person: int | None) -> None:
    if person is None:
        with pytest.raises(ValidationError, match="aucun votant"):
            parse_proxy_lines(f"{name}, 10:00 –", PEOPLE)
    else:
        assert parse_proxy_lines(f"{name}, 10:00 –", PEOPLE) == [(person, Interval(time(10)))]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Dupuis, 10:00 –", 1, "« Dupuis » ne désigne aucun votant"),
        ("Buchaillat, 10:00 – 10:30\nal, 10:30 –", 2, "plusieurs personnes (Alain Dupont"),
        ("Buchaillat 10:00 – 10:30", 1, "virgule"),
        (", 10:00 –", 1, "à qui"),
        ("Buchaillat, 10:00", 1, "tiret"),
        ("Buchaillat, 10:00 –\nAla, 10:30 –", 2, "jusqu'à la fin de la séance"),
        ("Buchaillat, 10:00 – 10:45\nAla, 10:30 –", 2, "avant la fin"),
    ],
)
def test_a_bad_proxy_names_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_proxy_lines(text, PEOPLE)
    assert caught.value.message.startswith(f"Ligne {line} : ")
    assert words in caught.value.message


def test_proxies_are_written_as_they_are_read() -> None:
    proxies = [
        ("Laurent Buchaillat", Interval(None, time(11, 2))),
        ("Aïcha N’Diaye", Interval(time(11, 20), None)),
    ]
    text = format_proxy_lines(proxies)
    assert text == "Laurent Buchaillat, – 11:02\nAïcha N’Diaye, 11:20 –"
    assert parse_proxy_lines(text, PEOPLE) == [
        (1, Interval(None, time(11, 2))),
        (4, Interval(time(11, 20), None)),
    ]
    assert format_proxy_lines([("Milouda Ala", Interval())]) == "Milouda Ala"


# Round trips ----------------------------------------------------------------------------
moments = st.builds(
    time,
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from([0, 0, 0, 30]),  # seconds are rare, but kept when recorded
)


@st.composite
def histories(draw: st.DrawFn) -> list[Interval]:
    """Stretches in order and apart, the first maybe from the opening, the last maybe
    to the close."""
    drawn: list[time] = draw(st.lists(moments, max_size=8))
    flags: tuple[bool, bool, bool] = draw(st.tuples(st.booleans(), st.booleans(), st.booleans()))
    from_opening, to_close, throughout = flags
    points = sorted(set(drawn))
    if len(points) % 2:
        points = points[:-1]
    pairs = [Interval(points[i], points[i + 1]) for i in range(0, len(points), 2)]
    if pairs and from_opening:
        pairs[0] = Interval(None, pairs[0].end)
    if pairs and to_close:
        pairs[-1] = Interval(pairs[-1].start, None)
    if not pairs and throughout:
        pairs = [Interval()]
    return pairs


@given(histories())
def test_stretches_round_trip(stretches: list[Interval]) -> None:
    assert parse_stretches(format_stretches(stretches)) == stretches


@given(histories(), st.data())
def test_proxies_round_trip(stretches: list[Interval], data: st.DataObject) -> None:
    holders = [data.draw(st.sampled_from(sorted(PEOPLE))) for _ in stretches]
    text = format_proxy_lines([(PEOPLE[h], s) for h, s in zip(holders, stretches, strict=True)])
    assert parse_proxy_lines(text, PEOPLE) == list(zip(holders, stretches, strict=True))
