"""The vote panel, driven by the keyboard alone, and never contradicting itself.

The panel is built directly here, so the F9 that opens it in séance mode is not among
the keys counted: « one abstention in at most 5 keys counting F9 » is asserted as at most
3 keys inside the panel (4 with a two-digit row number).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus, VoteChoice
from irev_desktop.model.dto import QuorumDTO, VoterDTO
from irev_desktop.model.inputs import ItemFields
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.seance.vote_panel import VotePanel

from .keyboard import Keyboard

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier
AT = dt.time(10, 20)
FOR, AGAINST, ABSTENTION, NPP = (
    VoteChoice.FOR,
    VoteChoice.AGAINST,
    VoteChoice.ABSTENTION,
    VoteChoice.NOT_TAKING_PART,
)
Build = Callable[..., VotePanel]


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def meeting_id(context: UiContext) -> int:
    """The planned assembly, with Thomas Girard's proxy held by Laurent Buchaillat.

    Voters: Milouda Ala, Laurent Buchaillat, Camille Lefebvre, Thomas Girard; Sophie
    Marchand is present with a consultative voice only.
    """
    services = context.services
    meeting = next(m.id for m in services.meetings.meetings() if m.status.value == "planned")
    services.agenda.add_item(meeting, ItemFields("Budget 2022", planned_minutes=10))
    people = {p.full_name: p.id for p in services.registry.people()}
    for name in ("Milouda Ala", "Laurent Buchaillat", "Camille Lefebvre", "Sophie Marchand"):
        services.attendance.set_status(meeting, people[name], AttendanceStatus.PRESENT)
    services.attendance.set_status(
        meeting,
        people["Thomas Girard"],
        AttendanceStatus.REPRESENTED,
        proxy_holder_id=people["Laurent Buchaillat"],
    )
    return meeting


@pytest.fixture
def people(context: UiContext) -> dict[str, int]:
    return {p.full_name: p.id for p in context.services.registry.people()}


@pytest.fixture
def build(qtbot: QtBot, context: UiContext, meeting_id: int) -> Build:
    def make(
        *,
        session_open: bool = True,
        voters: list[VoterDTO] | None = None,
        quorum: QuorumDTO | None = None,
    ) -> VotePanel:
        services = context.services
        panel = VotePanel(
            None,
            services.meetings.meeting(meeting_id),
            services.seance.voters_at(meeting_id, AT) if voters is None else voters,
            services.attendance.quorum(meeting_id, AT) if quorum is None else quorum,
            "2021-03",
            AT,
            "Budget 2022",
            session_open=session_open,
        )
        qtbot.addWidget(panel)
        return panel

    return make


def shown(qtbot: QtBot, panel: VotePanel) -> VotePanel:
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return panel


def row_of(panel: VotePanel, name: str) -> int:
    return next(r for r, shown in enumerate(panel.voter_names()) if shown.startswith(name))


def many_voters(count: int) -> list[VoterDTO]:
    return [
        VoterDTO(
            person_id=1000 + n,
            name=f"Votant {n:02d}",
            weight=1.0,
            represented_by_id=None,
            represented_by_name="",
        )
        for n in range(1, count + 1)
    ]


def test_the_panel_opens_on_the_table_everyone_pour(qtbot: QtBot, build: Build) -> None:
    panel = shown(qtbot, build())
    assert QApplication.focusWidget() is panel.table
    assert panel.table.currentRow() == 0
    assert set(panel.choices().values()) == {FOR}
    names = panel.voter_names()
    assert "Thomas Girard (pouvoir à Laurent Buchaillat)" in names
    assert all("Marchand" not in n for n in names)  # consultative voice
    assert [panel.table.item(r, 0).text() for r in range(len(names))] == ["1", "2", "3", "4"]  # type: ignore[union-attr]


def test_one_abstention_is_recorded_in_three_keys(
    qtbot: QtBot, build: Build, people: dict[str, int]
) -> None:
    panel = shown(qtbot, build())
    keyboard = Keyboard()
    keyboard.type(str(row_of(panel, "Camille Lefebvre") + 1))
    keyboard.type("a")
    keyboard.ctrl(Qt.Key.Key_Return)
    assert keyboard.count == 3  # with F9 in séance mode: 4 keys, within the 5 promised
    assert panel.result() == QDialog.DialogCode.Accepted
    expected = dict.fromkeys(panel.choices(), FOR) | {people["Camille Lefebvre"]: ABSTENTION}
    assert panel.choices() == expected


def test_two_digits_typed_quickly_reach_row_twelve_and_a_pause_starts_over(
    qtbot: QtBot, build: Build
) -> None:
    panel = shown(qtbot, build(voters=many_voters(15)))
    moment = [100.0]
    panel.table.clock = lambda: moment[0]
    keyboard = Keyboard()
    keyboard.type("1")
    assert panel.table.currentRow() == 0
    moment[0] += 0.4
    keyboard.type("2")
    assert panel.table.currentRow() == 11  # row 12
    keyboard.type("a")
    keyboard.press(Qt.Key.Key_Enter, CTRL | KEYPAD)  # Ctrl+Entrée of the keypad
    assert keyboard.count == 4  # 5 with F9: one abstention among up to 99 voters
    assert panel.result() == QDialog.DialogCode.Accepted
    assert [c for c in panel.choices().values() if c is not FOR] == [ABSTENTION]
    assert panel.choices()[1012] is ABSTENTION

    panel = shown(qtbot, build(voters=many_voters(15)))
    panel.table.clock = lambda: moment[0]
    keyboard.type("1")
    moment[0] += 1.5  # a pause: the next digit is a new number
    keyboard.type("3")
    assert panel.table.currentRow() == 2
    moment[0] += 0.2
    keyboard.type("9")  # "39" is no row: 9 alone is
    assert panel.table.currentRow() == 8
    moment[0] += 0.2
    keyboard.type("0")  # "90" nor "0" is a row: stay
    assert panel.table.currentRow() == 8
    moment[0] += 5
    keyboard.type("&")  # AZERTY without Shift: the key that bears 1
    moment[0] += 0.2
    keyboard.type("(")  # and the one that bears 5
    assert panel.table.currentRow() == 14


def test_letters_set_the_choice_and_move_on_arrows_move(
    qtbot: QtBot, build: Build, people: dict[str, int]
) -> None:
    panel = shown(qtbot, build())
    names = [n.split(" (")[0] for n in panel.voter_names()]
    keyboard = Keyboard()
    keyboard.type("c")
    assert panel.table.currentRow() == 1
    keyboard.type("N")  # Shift does not matter
    assert panel.table.currentRow() == 2
    keyboard.press(Qt.Key.Key_Up)
    keyboard.type("a")
    keyboard.press(Qt.Key.Key_Down)
    assert panel.table.currentRow() == 3
    keyboard.type("c")
    keyboard.type("p")  # on the last row: stays there
    assert panel.table.currentRow() == 3
    keyboard.type("xz")  # other letters do nothing
    keyboard.enter()  # nor does Enter: only Ctrl+Entrée records
    assert panel.table.currentRow() == 3
    assert panel.isVisible()
    choices = panel.choices()
    assert [choices[people[n]] for n in names] == [AGAINST, ABSTENTION, FOR, FOR]
    assert panel.table.item(0, 3).text() == "contre"  # type: ignore[union-attr]
    # The line of exceptions says the same as the table.
    assert panel.exceptions_edit.text() == f"contre @{names[0]}, abstention @{names[1]}"
    assert "Voix : 2 pour, 1 contre, 1 abstention(s)" in panel.totals.text()
    keyboard.ctrl(Qt.Key.Key_U)
    assert set(panel.choices().values()) == {FOR}
    assert panel.exceptions_edit.text() == ""
    assert "adoptée à l'unanimité" in panel.totals.text()


def test_tab_moves_through_the_fields_and_never_types_a_tab(qtbot: QtBot, build: Build) -> None:
    panel = shown(qtbot, build())
    panel.title_edit.setFocus()
    keyboard = Keyboard()
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.text_edit
    keyboard.type("Le budget est adopte.")  # QTest types ASCII only
    keyboard.press(Qt.Key.Key_Tab)
    assert panel.text_edit.toPlainText() == "Le budget est adopte."
    assert QApplication.focusWidget() is panel.exceptions_edit
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.table
    keyboard.press(Qt.Key.Key_Tab)  # the table lets Tab go, rather than move across cells
    assert QApplication.focusWidget() is panel.unanimous_button
    keyboard.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.record_button
    keyboard.press(Qt.Key.Key_Backtab)
    keyboard.press(Qt.Key.Key_Backtab)
    keyboard.press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.exceptions_edit
    keyboard.press(Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is panel.text_edit
    keyboard.ctrl(Qt.Key.Key_Return)  # records from the text too, adding no line
    assert panel.result() == QDialog.DialogCode.Accepted
    assert panel.text_edit.toPlainText() == "Le budget est adopte."


def test_the_line_of_exceptions_drives_the_table(
    qtbot: QtBot, build: Build, people: dict[str, int]
) -> None:
    panel = shown(qtbot, build())
    panel.exceptions_edit.setFocus()
    keyboard = Keyboard()
    keyboard.type("contre @lefeb, abstention @girard")
    assert not panel.exceptions_error.isVisible()
    expected = dict.fromkeys(panel.choices(), FOR) | {
        people["Camille Lefebvre"]: AGAINST,
        people["Thomas Girard"]: ABSTENTION,
    }
    assert panel.choices() == expected
    assert panel.table.item(row_of(panel, "Thomas Girard"), 3).text() == "abstention"  # type: ignore[union-attr]
    assert "Résultat : délibération adoptée" in panel.totals.text()
    keyboard.enter()  # applies the line, goes to the table, records nothing
    assert panel.isVisible() and panel.result() == QDialog.DialogCode.Rejected
    assert QApplication.focusWidget() is panel.table


def test_an_error_in_the_line_shows_in_red_keeps_the_text_and_blocks_recording(
    qtbot: QtBot, build: Build, people: dict[str, int]
) -> None:
    panel = shown(qtbot, build())
    panel.exceptions_edit.setFocus()
    keyboard = Keyboard()
    keyboard.type("c @ala, a @dupont")
    assert panel.exceptions_edit.text() == "c @ala, a @dupont"
    assert panel.exceptions_error.isVisible()
    assert plain(panel.exceptions_error.text()) == "« dupont » ne désigne aucun votant."
    assert not panel.record_button.isEnabled()
    assert "Résultat : —" in panel.totals.text()
    assert "adoptée" not in panel.totals.text()
    keyboard.ctrl(Qt.Key.Key_Return)
    assert panel.isVisible()
    # Corrected, the line applies again and the vote can be recorded.
    keyboard.press(Qt.Key.Key_Backspace, count=len("dupont"))
    keyboard.type("buch")
    assert not panel.exceptions_error.isVisible()
    assert panel.choices()[people["Laurent Buchaillat"]] is ABSTENTION
    assert panel.choices()[people["Milouda Ala"]] is AGAINST
    assert panel.record_button.isEnabled()
    # Ctrl+U works from the line too (some desktops would erase the line with it).
    keyboard.ctrl(Qt.Key.Key_U)
    assert panel.exceptions_edit.text() == "" and set(panel.choices().values()) == {FOR}


def test_an_ambiguous_name_lists_the_voters(qtbot: QtBot, build: Build) -> None:
    panel = shown(qtbot, build(voters=many_voters(3)))
    panel.exceptions_edit.setFocus()
    Keyboard().type("npp @votant")
    message = plain(panel.exceptions_error.text())
    assert "« votant » désigne plusieurs votants" in message
    assert "Votant 01, Votant 02, Votant 03" in message
    assert set(panel.choices().values()) == {FOR}


def test_escape_cancels(qtbot: QtBot, build: Build) -> None:
    panel = shown(qtbot, build())
    keyboard = Keyboard()
    keyboard.type("c")
    keyboard.press(Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert panel.result() == QDialog.DialogCode.Rejected


def consistent(panel: VotePanel) -> None:
    """The banner, the button and the result line tell the same story."""
    recordable = panel.record_button.isEnabled()
    text = panel.totals.text()
    assert ("Résultat : délibération" in text) is recordable
    assert ("Résultat : —" in text) is not recordable
    assert panel.warning.property("reached") is recordable
    if not recordable:
        assert "adoptée" not in text and "rejetée" not in text and "unanimité" not in text


def test_before_the_opening_the_banner_says_so_and_nothing_is_claimed(
    qtbot: QtBot, build: Build
) -> None:
    panel = shown(qtbot, build(session_open=False))
    banner = plain(panel.warning.text())
    assert banner.startswith("Séance non ouverte : ouvrez-la (F6) avant de voter")
    assert "ne peut être enregistré" in banner
    assert "QUORUM" not in banner and "PERDU" not in banner
    assert "Voix : 4 pour, 0 contre" in panel.totals.text()
    consistent(panel)
    keyboard = Keyboard()
    keyboard.ctrl(Qt.Key.Key_U)
    keyboard.type("c")
    consistent(panel)
    keyboard.ctrl(Qt.Key.Key_Return)
    assert panel.isVisible()


def test_without_quorum_the_banner_says_so_and_nothing_is_claimed(
    qtbot: QtBot, build: Build, context: UiContext, meeting_id: int, people: dict[str, int]
) -> None:
    context.services.attendance.record_departure(
        meeting_id, people["Camille Lefebvre"], dt.time(10, 1)
    )
    panel = shown(qtbot, build())
    assert plain(panel.warning.text()).startswith("QUORUM NON ATTEINT à 10 h 20 : 60 sur")
    assert "le vote ne peut être enregistré" in plain(panel.warning.text())
    assert "PERDU" not in panel.warning.text()
    consistent(panel)
    panel.set_unanimous()
    consistent(panel)
    keyboard = Keyboard()
    keyboard.ctrl(Qt.Key.Key_Return)
    assert panel.isVisible()


def test_with_nobody_to_vote_the_panel_says_so(
    qtbot: QtBot, build: Build, context: UiContext, meeting_id: int
) -> None:
    quorum = context.services.attendance.quorum(meeting_id, AT)
    reached = dataclasses.replace(quorum, reached=True)
    panel = shown(qtbot, build(voters=[], quorum=reached))
    assert plain(panel.warning.text()) == (
        "Personne ne peut voter à 10 h 20 : le vote ne peut être enregistré."
    )
    assert panel.totals.text() == "Personne ne peut voter à cet instant."
    assert not panel.record_button.isEnabled()
    assert panel.warning.property("reached") is False


def test_when_recordable_the_result_is_stated(
    qtbot: QtBot, build: Build, people: dict[str, int]
) -> None:
    panel = shown(qtbot, build())
    assert plain(panel.warning.text()).startswith("Quorum atteint à 10 h 20")
    assert "Résultat : délibération adoptée à l'unanimité" in panel.totals.text()
    consistent(panel)
    panel.set_choice(people["Camille Lefebvre"], AGAINST)
    assert "Droits : 60 pour, 20 contre" in panel.totals.text()
    assert "Résultat : délibération adoptée" in panel.totals.text()
    assert "unanimité" not in panel.totals.text()
    assert panel.exceptions_edit.text() == "contre @Camille Lefebvre"
    consistent(panel)
