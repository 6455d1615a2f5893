"""A refusal of the services reads in the interface's language."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import IrevError, ValidationError
from irev_desktop.ui import error_texts, i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.seance.window import SeanceWindow

from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus

NOT_LISTED = "La personne n° {person} ne figure pas dans la liste de présence."


class StillClock:
    def now(self) -> dt.datetime:
        return dt.datetime(2021, 11, 25, 10, 0, 0)


@pytest.fixture
def english(context: UiContext) -> Iterator[None]:
    i18n.install("en")
    yield
    i18n.install("fr")


@pytest.fixture
def planned(context: UiContext) -> int:
    """The planned assembly of 25 November 2021, with two people present."""
    services = context.services
    meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
    people = people_ids(context)
    for name in ("Laurent Buchaillat", "Camille Lefebvre"):
        services.attendance.set_status(meeting, people[name], AttendanceStatus.PRESENT)
    return meeting


def people_ids(context: UiContext) -> dict[str, int]:
    return {p.full_name: p.id for p in context.services.registry.people()}


def not_listed(context: UiContext, meeting: int) -> int:
    listed = {a.person_id for a in context.services.meetings.meeting(meeting).attendance}
    return next(p.id for p in context.services.registry.people() if p.id not in listed)


def test_a_refusal_is_french_in_the_french_interface(
    context: UiContext, fake_dialogs: FakeDialogs, planned: int
) -> None:
    giver = people_ids(context)["Laurent Buchaillat"]
    with context.reporting(None, "Pouvoir"):
        context.services.attendance.give_proxy(planned, giver, not_listed(context, planned), None)
    assert fake_dialogs.errors == [
        ("Pouvoir", "Le mandataire doit figurer dans la liste de présence.")
    ]


def test_a_refusal_is_english_in_the_english_interface(
    context: UiContext, fake_dialogs: FakeDialogs, planned: int, english: None
) -> None:
    people = people_ids(context)
    stranger = not_listed(context, planned)
    with context.reporting(None, "Proxy"):
        context.services.attendance.give_proxy(
            planned, people["Laurent Buchaillat"], stranger, None
        )
    with context.reporting(None, "Proxy"):
        context.services.attendance.end_proxy(planned, people["Camille Lefebvre"], None)
    with context.reporting(None, "Attendance"):
        context.services.attendance.end_proxy(planned, stranger, None)
    assert fake_dialogs.errors == [
        ("Proxy", "The proxy holder must be on the attendance list."),
        ("Proxy", "Camille Lefebvre has not given a proxy that is still running."),
        ("Attendance", f"Person no. {stranger} is not on the attendance list."),
    ]


def test_the_seance_window_says_a_refusal_in_english(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, planned: int, english: None
) -> None:
    window = SeanceWindow(context, planned, StillClock())
    qtbot.addWidget(window)
    show_with_focus(qtbot, window, window.editor)
    keyboard = Keyboard()
    keyboard.ctrl(Qt.Key.Key_P)
    keyboard.type("Lefebvre >")
    keyboard.enter()
    assert window.message.text() == "Camille Lefebvre has not given a proxy that is still running."
    assert window.message.property("error") is True
    assert fake_dialogs.errors == []
    fake_dialogs.confirm_answers.append(True)
    window.close()


def test_a_composed_error_is_translated_piece_by_piece(english: None) -> None:
    inner = ValidationError(
        "le départ ({end}) doit suivre l'arrivée ({start}).", end="9:00", start="10:00"
    )
    outer = ValidationError("Ligne {number} : {error}", number=3, error=inner)
    assert outer.message == "Ligne 3 : le départ (9:00) doit suivre l'arrivée (10:00)."
    assert error_text(outer) == "Line 3: the departure (9:00) must come after the arrival (10:00)."


def test_an_error_keeps_its_french_message_and_its_code() -> None:
    error = ValidationError(NOT_LISTED, person=12)
    assert error.message == str(error) == NOT_LISTED.format(person=12)
    assert error.template == NOT_LISTED
    assert error.arguments == {"person": 12}
    plain = IrevError("Ce fichier est déjà la base en service.")
    assert (plain.message, plain.template, plain.arguments) == (plain.template, str(plain), {})


def test_french_or_an_unknown_template_shows_the_message(context: UiContext) -> None:
    error = ValidationError(NOT_LISTED, person=12)
    assert error_text(error) == error.message  # French: no translation is installed
    i18n.install("en")
    try:
        unknown = ValidationError("Aucune traduction pour {what}.", what="ceci")
        assert error_text(unknown) == "Aucune traduction pour ceci."
    finally:
        i18n.install("fr")


def test_a_faulty_translation_falls_back_to_the_french_message(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Faulty:
        @staticmethod
        def translate(context: str, text: str) -> str:
            return "Person {who} is not listed."  # a placeholder the error does not have

    monkeypatch.setattr(error_texts, "QCoreApplication", Faulty)
    error = ValidationError(NOT_LISTED, person=12)
    assert error_text(error) == error.message
