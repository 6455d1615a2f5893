"""The French sentences of the documents, agreed in gender where the civility is known."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass

from irev_desktop.domain import french
from irev_desktop.domain.enums import (
    AttendanceStatus,
    Civility,
    MeetingMode,
    MeetingStatus,
    QuorumBasis,
    Representation,
    Role,
    VoteResult,
    Weighting,
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


def agreed(words: tuple[str, str, str], civility: Civility | None) -> str:
    """(masculine, feminine, unknown) agreed with a civility."""
    return _agree(words, civility)


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


@dataclass(frozen=True)
class QuorumFigures:
    """What is present or represented at one moment, against the quorum required."""

    basis: QuorumBasis
    fraction: str  # "2/3"
    counted: float  # present + represented (rights or heads)
    in_office: float
    required: float
    reached: bool

    @property
    def unit(self) -> str:
        return "droits statutaires" if self.basis is QuorumBasis.RIGHTS else "membres"

    @property
    def required_text(self) -> str:
        if self.basis is QuorumBasis.RIGHTS:
            return number(self.required)
        return str(math.ceil(self.required - 1e-9))

    def same_count(self, other: QuorumFigures | None) -> bool:
        return other is not None and abs(self.counted - other.counted) < 1e-6


def quorum_figures(q: QuorumDTO) -> QuorumFigures:
    return QuorumFigures(
        q.basis,
        q.required_fraction,
        q.present + q.represented,
        q.in_office,
        q.required,
        q.reached,
    )


def vote_figures(detail: MeetingDetail, deliberation: DeliberationDTO) -> QuorumFigures | None:
    """The quorum at the moment of a vote taken voter by voter, from its recorded voters
    (None when the vote was recorded as totals only)."""
    q = detail.quorum
    present, represented = deliberation.present_voters, deliberation.represented_voters
    if present is None:
        return None
    if q.basis is QuorumBasis.RIGHTS:
        # The recorded weights are statutory rights only when the body votes by rights.
        if detail.body.weighting is not Weighting.RIGHTS or deliberation.voting_weight is None:
            return None
        counted = float(deliberation.voting_weight)
    else:
        counted = float(present + (represented or 0))
    reached = q.in_office > 0 and counted >= q.required - 1e-9
    return QuorumFigures(q.basis, q.required_fraction, counted, q.in_office, q.required, reached)


def _quorum_facts(figures: QuorumFigures) -> str:
    return (
        f"{number(figures.counted)} {figures.unit} présents ou représentés sur "
        f"{number(figures.in_office)} ; quorum requis : {figures.fraction}, "
        f"soit {figures.required_text}"
    )


def quorum_sentence(
    detail: MeetingDetail,
    figures: QuorumFigures | None = None,
    *,
    moment: str = "à l'ouverture de la séance",
    counts: bool = True,
) -> str:
    """ "Le quorum étant atteint à l'ouverture de la séance (90 droits statutaires présents
    ou représentés sur 100 ; quorum requis : 2/3, soit 66,67), l'Assemblée générale peut
    valablement délibérer." — by default the figures at the opening.

    Without figures at the opening (no opening time), says that the quorum is still to
    be established. ``counts=False`` leaves out the counts already given elsewhere."""
    body = with_article(detail.body)
    if figures is None:
        if detail.opening_quorum is None:
            if detail.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED):
                return "Le quorum sera constaté à l'ouverture de la séance."
            return (
                "L'heure d'ouverture de la séance n'étant pas renseignée, le quorum à "
                "l'ouverture n'est pas établi."
            )
        figures = quorum_figures(detail.opening_quorum)
    if counts:
        facts = _quorum_facts(figures)
    else:
        facts = f"quorum requis : {figures.fraction}, soit {figures.required_text}"
        if figures.basis is QuorumBasis.HEADS:
            facts += " membres"
    where = f" {moment}" if moment else ""
    if figures.reached:
        return f"Le quorum étant atteint{where} ({facts}), {body} peut valablement délibérer."
    return f"Le quorum n'étant pas atteint{where} ({facts}), {body} ne peut valablement délibérer."


def vote_quorum_line(figures: QuorumFigures) -> str:
    """ "Au moment du vote : 100 droits statutaires présents ou représentés sur 100 ; le
    quorum (2/3, soit 66,67) est atteint."."""
    state = "est atteint" if figures.reached else "n'est pas atteint"
    return (
        f"Au moment du vote : {number(figures.counted)} {figures.unit} présents ou "
        f"représentés sur {number(figures.in_office)} ; le quorum ({figures.fraction}, "
        f"soit {figures.required_text}) {state}."
    )


def convened_phrase(detail: MeetingDetail, *, always: bool = False) -> str:
    """ ", régulièrement convoqués le 16 février 2021," (empty when the date is unknown,
    unless ``always``: then without a date)."""
    if detail.convened_on is not None:
        return f", régulièrement convoqués le {date_without_weekday(detail.convened_on)},"
    return ", régulièrement convoqués," if always else ""


def assembly_phrase(detail: MeetingDetail) -> str:
    """Where the members met, for the minutes: never the connection link.

    "par visioconférence, les participants ayant été identifiés et la transmission de la
    séance étant continue et simultanée"; "(lieu : Salle du Conseil)" — the place is free
    text, so it is quoted as such rather than put after a preposition."""
    where = detail.place.strip()
    remote = "la transmission de la séance étant continue et simultanée"
    if detail.mode is MeetingMode.VIDEO:
        return f"par visioconférence, les participants ayant été identifiés et {remote}"
    if detail.mode is MeetingMode.HYBRID:
        room = f"en présentiel (lieu : {where})" if where else "en présentiel"
        return (
            f"{room} et par visioconférence, les participants à distance ayant été "
            f"identifiés et {remote}"
        )
    return f"(lieu : {where})" if where else ""


def not_held(detail: MeetingDetail) -> bool:
    """The meeting has not taken place, as far as the record says."""
    return (
        detail.status in (MeetingStatus.PLANNED, MeetingStatus.CONVENED)
        or detail.actual_start is None
    )


def minutes_are_draft(detail: MeetingDetail) -> bool:
    """Minutes of a meeting not held, or not yet approved: a « PROJET »."""
    return not_held(detail) or detail.status not in (
        MeetingStatus.MINUTES_ADOPTED,
        MeetingStatus.MINUTES_SIGNED,
    )


def carence(detail: MeetingDetail) -> bool:
    """The quorum was missed at the opening: a procès-verbal de carence."""
    return detail.opening_quorum is not None and not detail.opening_quorum.reached


def carence_sentences(detail: MeetingDetail) -> list[str]:
    body = with_article(detail.body)
    return [
        f"En conséquence, {body} n'a pu délibérer sur aucune des questions inscrites à "
        "l'ordre du jour : aucun point n'a été examiné ni mis aux voix.",
        f"Les membres de {body} seront convoqués à nouveau.",
    ]


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
