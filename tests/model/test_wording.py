"""The French words of a meeting's facts (``model.wording``), on plain data built here:
the one wording the documents, the archive's reader and ``show`` all use."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    ItemKind,
    MajorityRule,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
    Weighting,
)
from irev_desktop.domain.quorum import Interval
from irev_desktop.model import wording
from irev_desktop.model.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttendanceDTO,
    BodyDTO,
    DeliberationDTO,
    MeetingDetail,
    OrganisationDTO,
    ProxyDTO,
    QuorumDTO,
)
from irev_desktop.model.wording import People

ALA, BUCHAILLAT, GIRARD, CARON, DELMOTTE, BENALI = 1, 2, 3, 4, 5, 6
PEOPLE = People(
    {
        ALA: Civility.MADAME,
        BUCHAILLAT: Civility.MONSIEUR,
        GIRARD: Civility.MONSIEUR,
        CARON: Civility.MONSIEUR,
        DELMOTTE: Civility.MADAME,
        BENALI: Civility.MONSIEUR,
    }
)
NOBODY = People()

AG = BodyDTO(
    id=1,
    organisation_id=1,
    name="Assemblée générale",
    short_name="AG",
    quorum_basis=QuorumBasis.RIGHTS,
    quorum_numerator=2,
    quorum_denominator=3,
    weighting=Weighting.RIGHTS,
    majority=MajorityRule.SIMPLE,
    max_proxies_per_holder=1,
    notice_days=20,
    urgent_notice_days=5,
    chair_casting_vote=True,
)
CA = dataclasses.replace(AG, name="Conseil d'administration", short_name="CA")


def attendee(
    person_id: int,
    name: str,
    status: AttendanceStatus = AttendanceStatus.PRESENT,
    role: Role | None = Role.MEMBER,
    **changes: object,
) -> AttendanceDTO:
    base = AttendanceDTO(
        id=person_id,
        person_id=person_id,
        person_name=name,
        function_title="",
        role=role,
        member_name="",
        representation=Representation.TITULAIRE if role else None,
        status=status,
        proxy_holder_id=None,
        proxy_holder_name="",
        arrived_at=None,
        left_at=None,
        note="",
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def quorum(counted: float, reached: bool = True) -> QuorumDTO:
    return QuorumDTO(
        basis=QuorumBasis.RIGHTS,
        required_fraction="2/3",
        in_office=100.0,
        present=counted,
        represented=0.0,
        required=200 / 3,
        reached=reached,
        present_heads=5,
        represented_heads=0,
        consultative_present=1,
    )


def meeting(**changes: object) -> MeetingDetail:
    base = MeetingDetail(
        id=1,
        organisation=OrganisationDTO(1, "IREV", "IREV", "", "Lille", False),
        body=AG,
        title="Assemblée générale ordinaire",
        date=dt.date(2021, 3, 8),
        planned_start=dt.time(10, 0),
        actual_start=dt.time(10, 5),
        actual_end=dt.time(11, 45),
        mode=MeetingMode.VIDEO,
        place="",
        video_link="",
        chair_id=ALA,
        chair_name="Milouda Ala",
        secretary_id=DELMOTTE,
        secretary_name="Anne Delmotte",
        status=MeetingStatus.MINUTES_DRAFT,
        adopted_on=None,
        signed_at=None,
        attendance=(
            attendee(ALA, "Milouda Ala", role=Role.PRESIDENT),
            attendee(DELMOTTE, "Anne Delmotte", role=None, function_title="directrice de l'IREV"),
        ),
        items=(),
        deliberations=(),
        actions=(),
        attachments=(),
        quorum=quorum(100.0),
        opening_quorum=quorum(90.0),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def deliberation(**changes: object) -> DeliberationDTO:
    base = DeliberationDTO(
        id=1,
        meeting_id=1,
        item_id=None,
        number="2021-02",
        title="Approbation du rapport d'activités 2020",
        text="",
        majority=MajorityRule.SIMPLE,
        votes_for=6,
        votes_against=0,
        votes_abstention=0,
        votes_not_taking_part=0,
        weighted_for=100.0,
        weighted_against=0.0,
        weighted_abstention=0.0,
        weighted_not_taking_part=0.0,
        result=VoteResult.ADOPTED,
        unanimous=True,
        casting_vote_used=False,
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


# Dates, times, place ---------------------------------------------------------------------
def test_dates_and_times_in_french() -> None:
    assert wording.date_long(dt.date(2021, 3, 8)) == "lundi 8 mars 2021"
    assert wording.date_long(dt.date(2021, 4, 1)) == "jeudi 1er avril 2021"
    assert wording.date_without_weekday(dt.date(2021, 3, 8)) == "8 mars 2021"
    assert wording.time(dt.time(9, 5)) == "9 h 05"
    signed = dt.datetime(2021, 11, 25, 14, 30)
    assert wording.date_and_time(signed) == "le jeudi 25 novembre 2021 à 14 h 30"
    assert wording.meeting_title(meeting()) == "Assemblée générale ordinaire du lundi 8 mars 2021"


def test_the_hours_of_a_meeting() -> None:
    assert wording.hours(meeting()) == "de 10 h 05 à 11 h 45"
    assert wording.hours(meeting(), planned=True) == "de 10 h 05 à 11 h 45 (heure prévue : 10 h 00)"
    on_time = meeting(actual_start=dt.time(10, 0))
    assert wording.hours(on_time, planned=True) == "de 10 h 00 à 11 h 45"
    assert wording.hours(meeting(actual_end=None)) == "à partir de 10 h 05"
    not_yet = meeting(actual_start=None, actual_end=None)
    assert wording.hours(not_yet) == "10 h 00 (heure prévue)"
    assert wording.hours(dataclasses.replace(not_yet, planned_start=None)) == "non renseignés"


def test_the_place_never_gives_the_link() -> None:
    video = meeting(video_link="https://visio.example/abc")
    assert wording.place(video) == "visioconférence"
    assert wording.video_link(video) == "https://visio.example/abc"
    assert wording.video_link(meeting(video_link="visio")) == ""
    assert wording.place(meeting(mode=MeetingMode.HYBRID, place="Lille")) == (
        "Lille et visioconférence"
    )
    room = meeting(mode=MeetingMode.IN_PERSON, place="Salle du Conseil")
    assert wording.place(room) == "Salle du Conseil"
    assert wording.video_link(dataclasses.replace(room, video_link="https://x")) == ""
    assert wording.place(dataclasses.replace(room, place=" ")) == wording.NO_PLACE
    assert wording.assembly_phrase(room) == "(lieu : Salle du Conseil)"


def test_bodies_take_their_article() -> None:
    assert wording.with_article(AG) == "l'Assemblée générale"
    assert wording.with_article(CA, capital=True) == "Le Conseil d'administration"
    assert wording.to_body(CA) == "au Conseil d'administration"
    assert wording.of_body(CA) == "du Conseil d'administration"
    assert wording.of_body(AG) == "de l'Assemblée générale"


# People and attendance -------------------------------------------------------------------
def test_names_and_words_agree_with_the_civility() -> None:
    ala = attendee(ALA, "Milouda Ala", role=Role.PRESIDENT)
    assert PEOPLE.attendee_name(ala) == "Mme Milouda Ala"
    assert PEOPLE.quality(ala) == "présidente"
    assert NOBODY.attendee_name(ala) == "Milouda Ala"
    assert NOBODY.quality(ala) == "président·e"
    benali = attendee(BENALI, "Karim Benali", representation=Representation.SUPPLEANT)
    assert PEOPLE.quality(benali) == "membre suppléant"
    assert PEOPLE.mandate(ALA, Role.MEMBER, Representation.SUPPLEANT) == "membre suppléante"
    assert wording.chair(meeting(), PEOPLE) == "Mme Milouda Ala, présidente"
    assert wording.secretary(meeting(), PEOPLE) == "Mme Anne Delmotte, directrice de l'IREV"
    assert wording.chair(meeting(chair_name="", chair_id=None), PEOPLE) == "non désignée"


def test_the_attendance_lines() -> None:
    assert wording.presence(attendee(ALA, "Milouda Ala"), PEOPLE) == "présente"
    excused = attendee(ALA, "Milouda Ala", AttendanceStatus.EXCUSED)
    assert wording.presence(excused, PEOPLE) == "excusée"
    assert wording.presence(excused, NOBODY) == "excusé·e"
    girard = attendee(
        GIRARD,
        "Thomas Girard",
        AttendanceStatus.REPRESENTED,
        proxy_holder_id=BUCHAILLAT,
        proxy_holder_name="Laurent Buchaillat",
        proxies=(ProxyDTO(BUCHAILLAT, "Laurent Buchaillat", None, None),),
    )
    assert wording.presence(girard, PEOPLE) == "représenté, pouvoir à M. Laurent Buchaillat"
    assert wording.proxy_notes(meeting(), girard, PEOPLE) == [
        "Pouvoir donné à M. Laurent Buchaillat"
    ]


def test_arrivals_departures_and_proxies_in_the_order_they_happened() -> None:
    caron = attendee(
        CARON,
        "Didier Caron",
        presence=(
            Interval(dt.time(10, 15), dt.time(11, 2)),
            Interval(dt.time(11, 20), None),
        ),
        proxies=(ProxyDTO(BUCHAILLAT, "Laurent Buchaillat", dt.time(11, 2), dt.time(11, 20)),),
        note="connexion difficile",
    )
    assert wording.presence_events(caron, PEOPLE) == [
        "arrivée à 10 h 15",
        "départ à 11 h 02",
        "pouvoir à M. Laurent Buchaillat de 11 h 02 à 11 h 20",
        "retour à 11 h 20",
    ]
    assert wording.presence(caron, PEOPLE) == (
        "présent, arrivée à 10 h 15, départ à 11 h 02, pouvoir à M. Laurent Buchaillat "
        "de 11 h 02 à 11 h 20, retour à 11 h 20 (connexion difficile)"
    )
    # On a sheet to sign, the signature says who was there: only the moves.
    assert wording.sheet_presence(caron, PEOPLE, signed=True) == (
        "Arrivée à 10 h 15, départ à 11 h 02, retour à 11 h 20"
    )
    expected = attendee(CARON, "Didier Caron", AttendanceStatus.EXPECTED)
    assert wording.sheet_presence(expected, PEOPLE, signed=False) == ""


def test_attendance_counts_and_suppleants() -> None:
    assert wording.attendance_counts(7, 5, 1, 1, 1, 0, 0) == (
        "Membres en fonction : 7. Présents : 5, dont 1 en la personne de son suppléant ; "
        "représentés : 1 ; excusés : 1 ; absents : 0."
    )
    roussel = attendee(ALA, "Hélène Roussel", AttendanceStatus.EXCUSED)
    benali = attendee(BENALI, "Karim Benali", representation=Representation.SUPPLEANT)
    assert wording.suppleant_of(benali, roussel, PEOPLE) == "suppléant de Mme Hélène Roussel"
    assert wording.replaced_by(roussel, benali, PEOPLE) == "suppléée par M. Karim Benali"


# Quorum ----------------------------------------------------------------------------------
def test_the_quorum_at_the_opening() -> None:
    assert wording.quorum_sentence(meeting()) == (
        "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents "
        "ou représentés sur 100 ; quorum requis : 2/3, soit 66,67), l'Assemblée générale "
        "peut valablement délibérer."
    )
    missed = meeting(opening_quorum=quorum(40.0, reached=False))
    assert wording.carence(missed)
    assert wording.quorum_sentence(missed).startswith(
        "Le quorum n'étant pas atteint à l'ouverture de la séance (40 droits statutaires"
    )
    assert wording.quorum_sentence(missed).endswith(
        "l'Assemblée générale ne peut valablement délibérer."
    )


def test_the_quorum_before_the_opening() -> None:
    planned = meeting(status=MeetingStatus.PLANNED, actual_start=None, opening_quorum=None)
    assert wording.quorum_sentence(planned) == "Le quorum sera constaté à l'ouverture de la séance."
    held = dataclasses.replace(planned, status=MeetingStatus.HELD)
    assert wording.quorum_sentence(held) == (
        "L'heure d'ouverture de la séance n'étant pas renseignée, le quorum à l'ouverture "
        "n'est pas établi."
    )


def test_the_quorum_at_a_vote() -> None:
    figures = wording.quorum_figures(quorum(100.0))
    assert wording.vote_quorum_line(figures) == (
        "Au moment du vote : 100 droits statutaires présents ou représentés sur 100 ; le "
        "quorum (2/3, soit 66,67) est atteint."
    )
    assert wording.register_quorum_line(figures, "au moment du vote", 5, 1, 6) == (
        "Quorum au moment du vote : 100 droits statutaires présents ou représentés sur 100 "
        "; quorum requis 2/3, soit 66,67 : atteint. Membres présents : 5 ; représentés : 1 "
        "; votants : 6."
    )


# Votes -----------------------------------------------------------------------------------
def test_vote_results() -> None:
    chair = ALA
    assert wording.result_words(deliberation(), PEOPLE, chair) == "adoptée à l'unanimité"
    assert wording.result_sentence(deliberation(), PEOPLE, chair) == (
        "Mise aux voix, la délibération est adoptée à l'unanimité."
    )
    split = deliberation(unanimous=False, votes_against=2)
    assert wording.result_words(split, PEOPLE, chair) == "adoptée à la majorité"
    rejected = deliberation(result=VoteResult.REJECTED, unanimous=False)
    assert wording.result_words(rejected, PEOPLE, chair) == "rejetée"


@pytest.mark.parametrize(
    ("chair", "words"),
    [
        (ALA, "adoptée à la majorité, la voix de la présidente étant prépondérante"),
        (BUCHAILLAT, "adoptée à la majorité, la voix du président étant prépondérante"),
        (None, "adoptée à la majorité, la voix du président étant prépondérante"),
    ],
)
def test_the_casting_vote_of_the_chair(chair: int | None, words: str) -> None:
    tie = deliberation(unanimous=False, votes_for=3, votes_against=3, casting_vote_used=True)
    assert wording.result_words(tie, PEOPLE, chair) == words


def test_vote_counts_in_one_line_as_in_the_tables() -> None:
    d = deliberation(votes_for=5, votes_abstention=1, weighted_for=80.0, weighted_abstention=10.0)
    assert wording.votes_line(d, AG) == (
        "Voix — pour : 5, contre : 0, abstention : 1, ne prend pas part au vote : 0 ; "
        "droits statutaires — pour : 80, contre : 0, abstention : 10, ne prend pas part au "
        "vote : 0."
    )
    heads = dataclasses.replace(AG, weighting=Weighting.HEADS)
    assert wording.votes_line(d, heads) == (
        "Voix — pour : 5, contre : 0, abstention : 1, ne prend pas part au vote : 0."
    )
    assert wording.voters(d) == 6
    assert wording.deliberation_heading(d) == (
        "Délibération n° 2021-02 — Approbation du rapport d'activités 2020"
    )


# Statuses, rules, agenda, actions ----------------------------------------------------------
def test_statuses_of_a_meeting_and_its_minutes() -> None:
    assert wording.status_words(meeting(status=MeetingStatus.PLANNED)) == "prévue"
    assert wording.status_words(meeting()) == "procès-verbal en projet"
    adopted = meeting(status=MeetingStatus.MINUTES_ADOPTED, adopted_on=dt.date(2021, 11, 25))
    assert wording.status_words(adopted) == "procès-verbal approuvé le jeudi 25 novembre 2021"
    signed = dataclasses.replace(adopted, status=MeetingStatus.MINUTES_SIGNED)
    assert wording.status_words(signed) == (
        "procès-verbal signé (approuvé le jeudi 25 novembre 2021)"
    )
    assert wording.minutes_state(signed) == "approuvé le jeudi 25 novembre 2021, signé"
    assert wording.minutes_state(meeting()) == "projet, non encore approuvé"
    assert wording.minutes_note(meeting()) == (
        "Projet soumis à l'approbation de l'Assemblée générale."
    )
    assert wording.minutes_note(adopted) == (
        "Approuvé par l'Assemblée générale le jeudi 25 novembre 2021."
    )


def test_body_rules() -> None:
    assert wording.proxy_cap(1) == "plus d'un pouvoir"
    assert wording.proxy_cap(2) == "plus de 2 pouvoirs"
    assert wording.majority_words(MajorityRule.SIMPLE) == "majorité simple des suffrages exprimés"


def test_agenda_items_and_actions() -> None:
    item = AgendaItemDTO(
        id=3,
        meeting_id=1,
        position=3,
        title="Bilan d'activité 2020",
        kind=ItemKind.DELIBERATION,
        rapporteur_id=DELMOTTE,
        rapporteur_name="Anne Delmotte",
        planned_minutes=20,
        notes="",
        started_at=dt.time(10, 35),
        ended_at=dt.time(11, 5),
    )
    assert wording.item_line(item, PEOPLE) == (
        "Point pour délibération — rapporteure : Mme Anne Delmotte — de 10 h 35 à 11 h 05"
    )
    untimed = dataclasses.replace(item, started_at=None, ended_at=None, rapporteur_name="")
    assert wording.item_line(untimed, PEOPLE) == "Point pour délibération"
    assert wording.item_line(untimed, PEOPLE, planned=True) == (
        "Point pour délibération — durée prévue : 20 min"
    )
    assert wording.agenda_reference(3, item.title) == (
        "Point 3 de l'ordre du jour : Bilan d'activité 2020"
    )
    action = ActionItemDTO(
        1, 1, None, DELMOTTE, "Anne Delmotte", "Proposer un programme", dt.date(2021, 5, 31), False
    )
    assert wording.action_details(action, PEOPLE) == "Mme Anne Delmotte, pour le 31 mai 2021"
    assert wording.action_details(dataclasses.replace(action, person_name=""), PEOPLE) == (
        "pour le 31 mai 2021"
    )


def test_closing() -> None:
    assert wording.closing_sentence(meeting()) == (
        "L'ordre du jour étant épuisé, la séance est levée à 11 h 45."
    )
    assert wording.made_at(meeting()) == "Fait à Lille, le 8 mars 2021"
    missed = meeting(opening_quorum=quorum(40.0, reached=False), actual_end=dt.time(10, 20))
    assert wording.carence_closing(missed, PEOPLE) == (
        "La présidente de séance prend acte de la carence et lève la séance à 10 h 20."
    )
