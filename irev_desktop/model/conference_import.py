"""A videoconference report matched to the register, and the user's choices: what the
services plan and the window or the command line confirm (``services.attendance_import``)."""

from __future__ import annotations

from dataclasses import dataclass

from irev_desktop.domain.quorum import Interval
from irev_desktop.domain.report_matching import Participant


@dataclass(frozen=True)
class ImportPlan:
    """What a report says, matched to the register; nothing written yet."""

    meeting_id: int
    kind: str  # « Teams », « Zoom », « tableau »
    min_minutes: int
    participants: tuple[Participant, ...]
    on_the_list: frozenset[int]  # people already on the meeting's attendance list


@dataclass(frozen=True)
class Choice:
    """The user's decision for one participant: a person of the register, or a guest
    (``person_id`` None, ``guest_name`` given), and the stretches to record."""

    person_id: int | None
    guest_name: str
    stretches: tuple[Interval, ...]


def default_choices(plan: ImportPlan, guests: bool = False) -> list[Choice]:
    """What is written unless the user changes it: every participant matched with
    confidence, and (``guests``) every other one as a guest."""
    choices = []
    for participant in plan.participants:
        if not participant.stretches:
            continue
        chosen = participant.chosen
        if chosen is not None:
            choices.append(Choice(chosen.person_id, "", participant.stretches))
        elif guests:
            choices.append(Choice(None, participant.name, participant.stretches))
    return choices
