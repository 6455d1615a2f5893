"""The French sentences of the documents, agreed in gender where the civility is known."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

from irev_desktop.domain import french
from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    MeetingMode,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
)
from irev_desktop.services.dto import (
    AttendanceDTO,
    BodyDTO,
    DeliberationDTO,
    MeetingDetail,
    QuorumDTO,
)

# (masculine, feminine, unknown)
_ROLE_WORDS: dict[Role, tuple[str, str, str]] = {
    Role.PRESIDENT: ("président", "présidente", "président·e"),
    Role.VICE_PRESIDENT: ("vice-président", "vice-présidente", "vice-président·e"),
    Role.TREASURER: ("trésorier", "trésorière", "trésorier·ère"),
    Role.SECRETARY: ("secrétaire", "secrétaire", "secrétaire"),
    Role.MEMBER: ("membre", "membre", "membre"),
    Role.GOVERNMENT_COMMISSIONER: (
        "commissaire du Gouvernement",
        "commissaire du Gouvernement",
        "commissaire du Gouvernement",
    ),
    Role.GUEST: ("invité", "invitée", "invité·e"),
}

_STATUS_WORDS: dict[AttendanceStatus, tuple[str, str, str]] = {
    AttendanceStatus.PRESENT: ("présent", "présente", "présent·e"),
    AttendanceStatus.EXCUSED: ("excusé", "excusée", "excusé·e"),
    AttendanceStatus.ABSENT: ("absent", "absente", "absent·e"),
    AttendanceStatus.REPRESENTED: ("représenté", "représentée", "représenté·e"),
    AttendanceStatus.EXPECTED: ("non pointé", "non pointée", "non pointé·e"),
}

_FEMININE_BODIES = ("assemblée", "commission", "conférence", "réunion", "délégation")


def _agree(words: tuple[str, str, str], civility: Civility | None) -> str:
    if civility is Civility.MONSIEUR:
        return words[0]
    if civility is Civility.MADAME:
        return words[1]
    return words[2]


class People:
    """Names as a French document writes them: "Mme Milouda Ala"."""

    def __init__(self, civilities: Mapping[int, Civility | None]) -> None:
        self._civilities = civilities

    def civility(self, person_id: int | None) -> Civility | None:
        return self._civilities.get(person_id) if person_id is not None else None

    def name(self, person_id: int | None, full_name: str) -> str:
        civility = self.civility(person_id)
        if not full_name:
            return ""
        return f"{civility.value} {full_name}" if civility else full_name

    def role(self, person_id: int | None, role: Role) -> str:
        return _agree(_ROLE_WORDS[role], self.civility(person_id))

    def status(self, person_id: int | None, status: AttendanceStatus) -> str:
        return _agree(_STATUS_WORDS[status], self.civility(person_id))

    def chair_caption(self, person_id: int | None, *, of_meeting: bool = True) -> str:
        """ "La présidente de séance" / "Le président"."""
        civility = self.civility(person_id)
        word = "La présidente" if civility is Civility.MADAME else "Le président"
        return f"{word} de séance" if of_meeting else word

    def secretary_caption(self, person_id: int | None) -> str:
        civility = self.civility(person_id)
        word = "La secrétaire" if civility is Civility.MADAME else "Le secrétaire"
        return f"{word} de séance"

    def quality(self, attendee: AttendanceDTO) -> str:
        """ "présidente", "membre suppléant", "directrice de l'IREV" for a guest."""
        if attendee.role is None:
            return attendee.function_title or self.role(attendee.person_id, Role.GUEST)
        words = self.role(attendee.person_id, attendee.role)
        if attendee.representation is Representation.SUPPLEANT:
            suppleant = _agree(
                ("suppléant", "suppléante", "suppléant·e"), self.civility(attendee.person_id)
            )
            words = f"{words} {suppleant}"
        return words


def with_article(body: BodyDTO, *, capital: bool = False) -> str:
    """ "l'Assemblée générale", "le Conseil d'administration", "la Commission"."""
    name = body.name.strip() or body.short_name.strip() or "instance"
    first = name[0].lower()
    if first in "aeiouyhàâéèêëîïôûü":
        article = "l'"
    elif name.split()[0].lower() in _FEMININE_BODIES:
        article = "la "
    else:
        article = "le "
    if capital:
        article = article.capitalize()
    return f"{article}{name}"


def date_long(day: dt.date) -> str:
    return french.format_date_long(day)


def date_without_weekday(day: dt.date) -> str:
    """ "8 mars 2021" (as in "Fait à Lille, le 8 mars 2021")."""
    return french.format_date_long(day).split(" ", 1)[1]


def place(detail: MeetingDetail) -> str:
    """ "visioconférence", "Lille", "Lille et visioconférence"."""
    where = detail.place.strip()
    if detail.mode is MeetingMode.VIDEO:
        return "visioconférence"
    if detail.mode is MeetingMode.HYBRID:
        return f"{where} et visioconférence" if where else "hybride (présentiel et visioconférence)"
    return where or "lieu non précisé"


def where_phrase(detail: MeetingDetail) -> str:
    """ "en visioconférence", "à Lille", "à Lille et en visioconférence"."""
    where = detail.place.strip()
    if detail.mode is MeetingMode.VIDEO:
        return "en visioconférence"
    if detail.mode is MeetingMode.HYBRID:
        if not where:
            return "en présentiel et en visioconférence"
        return f"à {where} et en visioconférence"
    return f"à {where}" if where else ""


def video_link(detail: MeetingDetail) -> str:
    """The connection link, when one was recorded (not just the word "visioconférence")."""
    link = detail.video_link.strip()
    if detail.mode is MeetingMode.IN_PERSON or link.lower() in ("", "visioconférence", "visio"):
        return ""
    return link


def number(value: float) -> str:
    return french.format_number_fr(value)


def quorum_sentence(detail: MeetingDetail) -> str:
    """ "Le quorum étant atteint (…), l'Assemblée générale peut valablement délibérer."."""
    q: QuorumDTO = detail.quorum
    body = with_article(detail.body)
    counted = q.present + q.represented
    if q.basis is QuorumBasis.RIGHTS:
        unit = "droits statutaires"
        required = number(q.required)
    else:
        unit = "membres"
        required = str(math.ceil(q.required - 1e-9))
    facts = (
        f"{number(counted)} {unit} présents ou représentés sur {number(q.in_office)} ; "
        f"quorum requis : {q.required_fraction}, soit {required}"
    )
    if q.reached:
        return f"Le quorum étant atteint ({facts}), {body} peut valablement délibérer."
    return f"Le quorum n'étant pas atteint ({facts}), {body} ne peut valablement délibérer."


def result_words(deliberation: DeliberationDTO, people: People, chair_id: int | None) -> str:
    """ "adoptée à l'unanimité", "rejetée", "adoptée, la voix de la présidente étant
    prépondérante"."""
    words = deliberation.result.label
    if deliberation.unanimous and deliberation.result is VoteResult.ADOPTED:
        words += " à l'unanimité"
    elif deliberation.result is VoteResult.ADOPTED:
        words += " à la majorité"
    if deliberation.casting_vote_used:
        chair = "la présidente" if people.civility(chair_id) is Civility.MADAME else "le président"
        words += f", la voix de {chair} étant prépondérante"
    return words


def result_sentence(deliberation: DeliberationDTO, people: People, chair_id: int | None) -> str:
    return f"Mise aux voix, la délibération est {result_words(deliberation, people, chair_id)}."


def voters(deliberation: DeliberationDTO) -> int:
    """Those who took part in the vote (abstentions included)."""
    return deliberation.votes_for + deliberation.votes_against + deliberation.votes_abstention


def closing_sentence(detail: MeetingDetail) -> str:
    if detail.actual_end is not None:
        return (
            "L'ordre du jour étant épuisé, la séance est levée à "
            f"{french.format_time(detail.actual_end)}."
        )
    return "L'ordre du jour étant épuisé, la séance est levée."


def made_at(detail: MeetingDetail, day: dt.date | None = None) -> str:
    """ "Fait à Lille, le 8 mars 2021" (the meeting date unless ``day`` is given)."""
    city = detail.organisation.city.strip()
    where = f"Fait à {city}, le" if city else "Fait le"
    return f"{where} {date_without_weekday(day or detail.date)}"


def seats_in_office(detail: MeetingDetail) -> int:
    """Members in office: the voting titulaires whose mandate runs on the meeting date."""
    seats = {
        m.person_id
        for m in detail.in_office
        if m.role.votes and m.representation is not Representation.SUPPLEANT
    }
    if seats:
        return len(seats)
    return sum(
        1
        for a in detail.attendance
        if a.role is not None and a.role.votes and a.representation is not Representation.SUPPLEANT
    )


def opening_time(detail: MeetingDetail) -> dt.time | None:
    """When the meeting opened (or was to open): for the minutes and the extract."""
    return detail.actual_start or detail.planned_start


def convened_time(detail: MeetingDetail) -> dt.time | None:
    """The time in the notice and on the attendance sheet: the planned one."""
    return detail.planned_start or detail.actual_start
