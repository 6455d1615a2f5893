"""The pointing line of séance mode, read before any name is matched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.point_line import PointAct, PointKind, parse_point_line


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("Caron", PointAct(PointKind.TOGGLE, "Caron")),
        ("  Didier   Caron ", PointAct(PointKind.TOGGLE, "Didier Caron")),
        ("*", PointAct(PointKind.ROLL_CALL)),
        ("Tous présents", PointAct(PointKind.ROLL_CALL)),
        ("Roussel:e", PointAct(PointKind.EXCUSED, "Roussel")),
        ("Roussel : excusée", PointAct(PointKind.EXCUSED, "Roussel")),
        ("Benali : a", PointAct(PointKind.ABSENT, "Benali")),
        ("Benali : Absent", PointAct(PointKind.ABSENT, "Benali")),
        ("Girard > Buchaillat", PointAct(PointKind.PROXY, "Girard", "Buchaillat")),
        ("Girard>Buch", PointAct(PointKind.PROXY, "Girard", "Buch")),
        ("Girard >", PointAct(PointKind.END_PROXY, "Girard")),
        (
            "+Jeanne d'Arbois, directrice de l'ANCT",
            PointAct(PointKind.GUEST, "Jeanne d'Arbois", "directrice de l'ANCT"),
        ),
        ("+Jeanne Martin", PointAct(PointKind.GUEST, "Jeanne Martin", "")),
        ("N'Diaye", PointAct(PointKind.TOGGLE, "N'Diaye")),
    ],
)
def test_each_act_of_the_line(line: str, act: PointAct) -> None:
    assert parse_point_line(line) == act


def test_a_blank_line_asks_for_nothing() -> None:
    assert parse_point_line("   ") is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("Roussel : malade", "n'est pas un état"),
        (": e", "il manque le nom"),
        ("> Buchaillat", "il manque le nom"),
        ("+ , invitée", "nom de la personne invitée"),
    ],
)
def test_a_line_that_cannot_be_read_says_why(line: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        parse_point_line(line)


@given(st.text(max_size=60))
def test_any_line_is_read_or_refused_in_words(line: str) -> None:
    try:
        act = parse_point_line(line)
    except ValidationError as error:
        assert error.message
        return
    assert act is None or isinstance(act.kind, PointKind)
