"""A body's rules of deliberation, shown on the board page and edited in its dialog."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import MajorityRule, QuorumBasis, Weighting
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.dto import BodyDTO
from irev_desktop.model.inputs import BodyRules
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.board import BoardPage, BodyRulesDialog
from irev_desktop.ui.pages.board.rules import rules_of

from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus

QUORUM_REFUSED = "Le quorum doit être une fraction comprise entre 0 (exclu) et 1, par exemple 2/3."


@pytest.fixture
def page(qtbot: QtBot, context: UiContext) -> BoardPage:
    board = BoardPage(context)
    qtbot.addWidget(board)
    board.select_body(ag(context).id)
    board.set_day(dt.date(2021, 3, 8))
    return board


def ag(context: UiContext) -> BodyDTO:
    """The general assembly, as stored."""
    registry = context.services.registry
    return next(registry.body(b.id) for b in registry.bodies() if b.short_name == "AG")


def test_the_rules_are_shown_under_the_body(page: BoardPage) -> None:
    text = page.rules_label.text()
    assert text.startswith(
        "Quorum : 2/3 des droits statutaires en fonction, présents ou représentés\n"
    )
    assert text == page.body_combo.toolTip()
    assert page.edit_rules_button.text() == "Modifier les règles…"
    assert page.edit_rules_button.isEnabled()


def test_the_dialog_opens_on_the_rules_in_force(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    seen: list[BodyRules] = []

    def look(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        assert "Assemblée générale (AG)" in dialog.windowTitle()
        seen.append(dialog.rules())
        return False

    fake_dialogs.forms.append(look)
    page.edit_rules_button.click()
    assert seen == [
        BodyRules(
            quorum_basis=QuorumBasis.RIGHTS,
            quorum_numerator=2,
            quorum_denominator=3,
            weighting=ag(context).weighting,
            majority=ag(context).majority,
            max_proxies_per_holder=ag(context).max_proxies_per_holder,
            notice_days=ag(context).notice_days,
            urgent_notice_days=ag(context).urgent_notice_days,
            chair_casting_vote=ag(context).chair_casting_vote,
        )
    ]


def test_changing_the_quorum_rule_at_the_keyboard(
    qtbot: QtBot, page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    before = ag(context)

    def type_rules(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        form = dialog.rules_form
        show_with_focus(qtbot, dialog, form.numerator_spin)
        keyboard = Keyboard()
        keyboard.ctrl(Qt.Key.Key_A)
        keyboard.type("1")
        keyboard.press(Qt.Key.Key_Tab)  # the denominator, its text selected
        assert QApplication.focusWidget() is form.denominator_spin
        keyboard.type("2")
        keyboard.press(Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is form.basis_combo
        keyboard.press(Qt.Key.Key_Down)  # « membres »
        keyboard.enter()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(type_rules)
    page.edit_rules_button.click()
    assert fake_dialogs.errors == []
    assert page.rules_label.text().startswith(
        "Quorum : 1/2 des membres en fonction, présents ou représentés\n"
    )
    assert "Quorum : 1/2 des membres" in page.body_combo.toolTip()
    stored = ag(context)
    assert (stored.quorum_numerator, stored.quorum_denominator) == (1, 2)
    assert stored.quorum_basis is QuorumBasis.HEADS
    # Nothing else changed.
    assert (stored.weighting, stored.majority, stored.notice_days) == (
        before.weighting,
        before.majority,
        before.notice_days,
    )
    assert (stored.max_proxies_per_holder, stored.chair_casting_vote) == (
        before.max_proxies_per_holder,
        before.chair_casting_vote,
    )


def test_every_rule_is_saved(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    wanted = BodyRules(
        quorum_basis=QuorumBasis.HEADS,
        quorum_numerator=3,
        quorum_denominator=4,
        weighting=Weighting.HEADS,
        majority=MajorityRule.TWO_THIRDS,
        max_proxies_per_holder=2,
        notice_days=20,
        urgent_notice_days=3,
        chair_casting_vote=False,
    )

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        dialog.rules_form.set_rules(wanted)
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(fill)
    page.edit_rules_button.click()
    assert rules_of(ag(context)) == wanted
    assert page.rules_label.text().split("\n") == [
        "Quorum : 3/4 des membres en fonction, présents ou représentés",
        "Vote : un membre, une voix ; majorité des deux tiers des suffrages exprimés",
        "Pouvoirs : 2 au plus par mandataire",
        "Convocation : 20 jours avant (3 en cas d'urgence)",
    ]


def test_an_impossible_quorum_is_refused_in_the_dialog(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    before = ag(context)
    shown_before = page.rules_label.text()
    outcomes: list[tuple[bool, str, tuple[int, int]]] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        form = dialog.rules_form
        form.numerator_spin.setValue(3)
        form.denominator_spin.setValue(2)
        dialog.ok_button.click()
        # Refused: the dialog stays open, says why in French, keeps what was typed.
        outcomes.append(
            (
                dialog.error_label.isHidden(),
                dialog.error_label.text(),
                (form.numerator_spin.value(), form.denominator_spin.value()),
            )
        )
        assert dialog.result() != QDialog.DialogCode.Accepted
        return False  # then cancelled

    fake_dialogs.forms.append(fill)
    page.edit_rules_button.click()
    assert outcomes == [(False, QUORUM_REFUSED, (3, 2))]
    assert fake_dialogs.errors == []
    assert ag(context) == before
    assert page.rules_label.text() == shown_before


def test_a_refused_quorum_can_be_corrected(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        form = dialog.rules_form
        form.numerator_spin.setValue(4)
        form.denominator_spin.setValue(3)
        form.notice_spin.setValue(21)
        dialog.ok_button.click()
        assert not dialog.error_label.isHidden()
        form.numerator_spin.setValue(3)
        form.denominator_spin.setValue(4)
        dialog.ok_button.click()
        assert dialog.error_label.isHidden()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(fill)
    page.edit_rules_button.click()
    stored = ag(context)
    assert (stored.quorum_numerator, stored.quorum_denominator) == (3, 4)
    assert stored.notice_days == 21  # typed before the refusal, not lost
    assert "Quorum : 3/4 des droits statutaires" in page.rules_label.text()


def test_a_refusal_of_the_services_reopens_the_dialog_as_typed(
    page: BoardPage,
    context: UiContext,
    fake_dialogs: FakeDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = context.services.registry
    update = registry.update_body_rules
    calls: list[BodyRules] = []

    def refuse_once(body_id: int, rules: BodyRules, based_on: int | None = None) -> BodyDTO:
        calls.append(rules)
        if len(calls) == 1:
            raise ValidationError("Le délai de convocation ne peut être négatif.")
        return update(body_id, rules, based_on)

    monkeypatch.setattr(registry, "update_body_rules", refuse_once)
    seen: list[tuple[str, int]] = []

    def first(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        dialog.rules_form.numerator_spin.setValue(1)
        dialog.rules_form.denominator_spin.setValue(2)
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    def second(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        seen.append((dialog.error_label.text(), dialog.rules_form.numerator_spin.value()))
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.extend([first, second])
    page.edit_rules_button.click()
    assert seen == [("Le délai de convocation ne peut être négatif.", 1)]
    assert len(calls) == 2
    assert fake_dialogs.errors == []
    assert ag(context).quorum_numerator == 1
    assert "Quorum : 1/2 des droits statutaires" in page.rules_label.text()


def test_unchanged_rules_write_nothing(
    page: BoardPage, context: UiContext, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = context.services.registry
    monkeypatch.setattr(
        registry, "update_body_rules", lambda *_args: pytest.fail("nothing to write")
    )

    def accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, BodyRulesDialog)
        dialog.ok_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted

    fake_dialogs.forms.append(accept)
    page.edit_rules_button.click()
    assert not fake_dialogs.forms  # the dialog was shown
    assert fake_dialogs.errors == []
