"""Reading videoconference reports (Teams in English and French, Teams' older list, Zoom,
a French Excel table) and matching their participants to people of the register."""

from __future__ import annotations

import datetime as dt

import pytest

from irev_desktop.domain.conference_report import Join, parse_moment, read_report
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.quorum import Interval
from irev_desktop.domain.report_matching import (
    Candidate,
    name_forms,
    participants,
    propose,
)

from .. import report_samples as samples

DAY = dt.date(2021, 3, 8)
PEOPLE = [
    Candidate(1, "Milouda Ala", "m.ala@irev.example"),
    Candidate(2, "Laurent Buchaillat", ""),
    Candidate(3, "Camille Lefebvre", ""),
    Candidate(4, "Thomas Girard", ""),
    Candidate(6, "Karim Benali", ""),
    Candidate(7, "Didier Caron", ""),
    Candidate(8, "Sophie Marchand", ""),
    Candidate(9, "Anne Delmotte", ""),
]


def at(hour: int, minute: int, second: int = 0) -> dt.time:
    return dt.time(hour, minute, second)


@pytest.mark.parametrize("report", [samples.teams_english, samples.teams_french])
def test_teams_reports_give_one_row_per_join_in_both_languages(report: object) -> None:
    read = read_report(report(), DAY)  # type: ignore[operator]
    assert read.kind == "Teams"
    camille = [j for j in read.joins if "LEFEBVRE" in j.name]
    assert [(j.joined.time(), j.left.time()) for j in camille] == [
        (at(10, 1), at(10, 30)),
        (at(10, 30, 40), at(10, 50)),
        (at(11, 10), at(11, 47)),
    ]
    assert all(j.joined.date() == DAY for j in read.joins)
    assert {j.email for j in read.joins if j.name == "Didier Caron"} == {
        "didier.caron@pasdecalais.example"
    }
    assert len(read.joins) == 8


def test_the_older_teams_list_pairs_joined_and_left() -> None:
    read = read_report(samples.teams_older(), DAY)
    karim = [(j.joined.time(), j.left.time()) for j in read.joins if j.name == "Karim Benali"]
    assert karim == [(at(10, 2), at(10, 40)), (at(11, 0), at(11, 50))]


@pytest.mark.parametrize("block", [True, False])
def test_zoom_reports_with_or_without_the_meeting_block(block: bool) -> None:
    read = read_report(samples.zoom(with_meeting_block=block), DAY)
    assert read.kind == "Zoom"
    assert [j.name for j in read.joins][:2] == ["Milouda Ala", "Cam (Camille Lefebvre)"]
    assert read.joins[0].joined == dt.datetime(2021, 3, 8, 9, 58, 12)
    assert [j.guest for j in read.joins][:2] == [False, True]
    assert read.joins[4].name == "Jeanne Martin, Cerema"  # a comma inside quotes


def test_a_table_re_saved_by_a_french_excel() -> None:
    read = read_report(samples.plain_french_excel(), DAY)
    assert read.kind == "tableau"
    assert [(j.name, j.joined.time()) for j in read.joins][:1] == [("Hélène Roussel", at(10, 10))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/8/21, 9:58:12 AM", dt.datetime(2021, 3, 8, 9, 58, 12)),
        ("08/03/2021 10:00:03", dt.datetime(2021, 3, 8, 10, 0, 3)),
        ("03/08/2021 12:30:00 PM", dt.datetime(2021, 3, 8, 12, 30)),
        ("03/08/2021 12:05:00 AM", dt.datetime(2021, 3, 8, 0, 5)),
        ("2021-03-08 10:15", dt.datetime(2021, 3, 8, 10, 15)),
        ("2021-03-08T10:15:00+01:00", dt.datetime(2021, 3, 8, 10, 15)),
        ("10h15", dt.datetime(2021, 3, 8, 10, 15)),
        ("13/03/2021 10:00", dt.datetime(2021, 3, 13, 10, 0)),  # only one reading exists
        # A time in UTC or with an offset is read as a clock in France reads it.
        ("2021-03-08T09:15:00Z", dt.datetime(2021, 3, 8, 10, 15)),
        ("2021-03-08 09:15 UTC", dt.datetime(2021, 3, 8, 10, 15)),
        ("2021-07-08T08:00:00+0000", dt.datetime(2021, 7, 8, 10, 0)),  # summer time
        ("08/03/2021 10:00:03 GMT+01:00", dt.datetime(2021, 3, 8, 10, 0, 3)),
    ],
)
def test_dates_as_each_tool_writes_them(text: str, expected: dt.datetime) -> None:
    assert parse_moment(text, expected.date() if "07-08" in text else DAY) == expected


@pytest.mark.parametrize("text", ["demain", "25:00", "31/31/2021 10:00", ""])
def test_a_date_that_is_not_one_is_refused_in_french(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_moment(text, DAY)
    assert "n'est pas" in refused.value.message


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK\x03\x04 a zip: a .xlsx or a .docx",
        b"Bonjour,\nceci est une lettre.\n",
        b"Nom;Courriel\nAla;m.ala@irev.example\n",  # no join, no leave
        b"\x00\x01\x02\x00\x00\x00\x07binary",
    ],
)
def test_a_file_that_is_no_report_is_refused_in_french(data: bytes) -> None:
    with pytest.raises(ValidationError) as refused:
        read_report(data, DAY)
    assert refused.value.message.startswith(("Ce fichier", "Le rapport"))


def test_a_huge_file_is_refused_before_reading() -> None:
    with pytest.raises(ValidationError, match="Mo"):
        read_report(b"Nom;Arrivee;Depart\n" + b"x;10:00;11:00\n" * 2_000_000, DAY)


def test_a_bad_time_in_a_row_says_which() -> None:
    data = "Nom;Arrivée;Départ\nAla;10:00;onze heures\n".encode()
    with pytest.raises(ValidationError, match="onze heures"):
        read_report(data, DAY)


def test_names_as_reports_write_them() -> None:
    assert name_forms("LEFEBVRE Camille (Région HDF)") == [
        "lefebvre camille region hdf",
        "lefebvre camille",
        "region hdf",
    ]
    assert "camille lefebvre" in name_forms("Cam (Camille Lefebvre)")
    assert name_forms("+33 3 21 00 00 00") == []


def test_matching_by_email_then_by_name() -> None:
    by_email = propose("Quelqu'un d'autre", "M.Ala@irev.example", PEOPLE)
    assert (by_email[0].person_id, by_email[0].score, by_email[0].by_email) == (1, 100, True)
    lefebvre = propose("LEFEBVRE Camille (Région HDF)", "", PEOPLE)
    assert (lefebvre[0].person_id, lefebvre[0].score) == (3, 100)
    # A first name alone is only a suggestion, never chosen for the user.
    camille = participants(
        [j for j in read_report(samples.teams_english(), DAY).joins if "LEFEBVRE" in j.name][:1],
        [PEOPLE[2]],
        2,
    )
    assert camille[0].chosen is not None
    alone = propose("Camille", "", PEOPLE)
    assert alone and alone[0].person_id == 3 and alone[0].score < 85
    assert propose("+33 3 21 00 00 00", "", PEOPLE) == ()


def test_joins_become_stretches_blinks_merged_short_ones_left_out() -> None:
    found = participants(read_report(samples.teams_english(), DAY).joins, PEOPLE, 2)
    by_name = {p.name: p for p in found}
    camille = by_name["LEFEBVRE Camille (Région HDF)"]
    assert camille.stretches == (Interval(at(10, 1), at(10, 50)), Interval(at(11, 10), at(11, 47)))
    assert camille.chosen is not None and camille.chosen.person_id == 3
    sophie = by_name["Sophie Marchand"]
    assert sophie.stretches == () and sophie.ignored == 1  # 40 seconds
    phone = by_name["+33 3 21 00 00 00"]
    assert phone.proposals == () and phone.chosen is None
    # With no threshold, the 40 seconds count.
    again = participants(read_report(samples.teams_english(), DAY).joins, PEOPLE, 0)
    assert next(p for p in again if p.name == "Sophie Marchand").stretches == (
        Interval(at(10, 3), at(10, 3, 40)),
    )


def test_the_defaults_of_the_command_line_are_those_of_the_matching() -> None:
    from irev_desktop.cli import attendance
    from irev_desktop.domain import report_matching

    assert attendance.DEFAULT_MIN_MINUTES == report_matching.DEFAULT_MIN_MINUTES
    assert attendance.CHOSEN_SCORE == report_matching.CHOSEN_SCORE


def test_a_name_is_chosen_only_when_it_holds_one_whole_name_and_no_other_is_close() -> None:
    people = [
        Candidate(1, "Jeanne Martin", ""),
        Candidate(2, "Jean-Pierre Ho", ""),
        Candidate(3, "Jean-Pierre Dupont", ""),
        Candidate(4, "Claire Petit", ""),
        Candidate(5, "Claire Petit", ""),  # two homonyms in the register
    ]

    def chosen(name: str) -> int | None:
        joins = [Join(name, "", dt.datetime(2021, 3, 8, 10), dt.datetime(2021, 3, 8, 11))]
        found = participants(joins, people, 2)[0]
        return None if found.chosen is None else found.chosen.person_id

    assert chosen("Jean Martin") is None  # 92 for Jeanne Martin: another person
    assert chosen("Jean-Pierre") is None  # a first name alone
    assert chosen("Claire Petit") is None  # which one: the user says
    assert chosen("MARTIN Jeanne (Cerema)") == 1


def test_a_report_taken_during_the_meeting_leaves_the_connected_there() -> None:
    data = "Nom;Arrivée;Départ\nAnne Delmotte;10:05;\nKarim Benali;10:02;10:40\n".encode()
    read = read_report(data, DAY)
    found = {p.name: p for p in participants(read.joins, PEOPLE, 2)}
    assert found["Anne Delmotte"].stretches == (Interval(at(10, 5), None),)
    assert found["Karim Benali"].stretches == (Interval(at(10, 2), at(10, 40)),)
