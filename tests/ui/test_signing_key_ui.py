"""The signing key in the window: created in its dialog, asked for at the signature."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.seal import SealStatus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.meeting.page import MeetingPage
from irev_desktop.ui.signing import SigningKeyDialog

from ..keyrings import MemoryKeyring, no_keyring, using_keyring
from .fakes import FakeDialogs

PASSPHRASE = "phrase secrète du GIP"


@pytest.fixture(autouse=True)
def without_keyring() -> Iterator[None]:
    """Whatever keyring the machine runs, these tests choose theirs."""
    with using_keyring(no_keyring()):
        yield


def organisation(context: UiContext) -> int:
    return context.services.registry.organisations()[0].id


def adopted_meeting(context: UiContext) -> int:
    """A meeting of the example brought to « PV approuvé », ready to be signed."""
    meetings = context.services.meetings
    meeting = next(m for m in meetings.meetings() if m.date == dt.date(2021, 3, 8))
    for target in (MeetingStatus.MINUTES_DRAFT, MeetingStatus.MINUTES_ADOPTED):
        if meetings.meeting(meeting.id).status is not target:
            meetings.change_status(meeting.id, target, adopted_on=dt.date(2021, 6, 1))
    return meeting.id


def key_dialog(qtbot: QtBot, context: UiContext) -> SigningKeyDialog:
    dialog = SigningKeyDialog(context, organisation(context), None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_creates_a_key_and_shows_its_fingerprint(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    dialog = key_dialog(qtbot, context)
    assert "pas de clé de signature" in dialog.summary.text()
    fake_dialogs.confirm_answers.append(True)
    fake_dialogs.passwords.extend([PASSPHRASE, PASSPHRASE])
    dialog.create_button.click()
    key = context.services.keys.active_key(organisation(context))
    assert key is not None
    assert key.fingerprint in dialog.summary.text()
    assert "phrase secrète" in dialog.summary.text()
    assert key.fingerprint in fake_dialogs.infos[-1][1]


def test_two_different_passphrases_create_nothing(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    dialog = key_dialog(qtbot, context)
    fake_dialogs.confirm_answers.append(True)
    fake_dialogs.passwords.extend([PASSPHRASE, PASSPHRASE + "x"])
    dialog.create_button.click()
    assert fake_dialogs.errors[-1][1] == "Les deux phrases secrètes saisies diffèrent."
    assert context.services.keys.registered() == []


def test_a_short_passphrase_is_refused_in_french(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    dialog = key_dialog(qtbot, context)
    fake_dialogs.confirm_answers.append(True)
    fake_dialogs.passwords.extend(["court", "court"])
    dialog.create_button.click()
    assert "au moins 10 caractères" in fake_dialogs.errors[-1][1]
    assert context.services.keys.registered() == []


def sign_from_page(qtbot: QtBot, context: UiContext, meeting_id: int) -> MeetingPage:
    page = MeetingPage(context)
    qtbot.addWidget(page)
    page.show_meeting(meeting_id)
    page.change_status(MeetingStatus.MINUTES_SIGNED.value)
    return page


def test_signing_asks_for_the_passphrase_and_signs_with_the_key(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    key = context.services.keys.create_key(organisation(context), PASSPHRASE)
    meeting_id = adopted_meeting(context)
    fake_dialogs.confirm_answers.append(True)
    fake_dialogs.passwords.append(PASSPHRASE)
    sign_from_page(qtbot, context, meeting_id)
    assert key.fingerprint in fake_dialogs.password_prompts[-1]
    check = context.services.meetings.check_seal(meeting_id)
    assert check.status is SealStatus.OK
    assert check.key_fingerprint == key.fingerprint


def test_a_wrong_passphrase_signs_nothing_and_says_why(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    context.services.keys.create_key(organisation(context), PASSPHRASE)
    meeting_id = adopted_meeting(context)
    fake_dialogs.confirm_answers.append(True)
    fake_dialogs.passwords.append("pas la bonne phrase")
    sign_from_page(qtbot, context, meeting_id)
    assert "incorrecte" in fake_dialogs.errors[-1][1]
    assert context.services.meetings.meeting(meeting_id).status is MeetingStatus.MINUTES_ADOPTED


def test_cancelling_the_passphrase_signs_nothing(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    context.services.keys.create_key(organisation(context), PASSPHRASE)
    meeting_id = adopted_meeting(context)
    fake_dialogs.confirm_answers.append(True)
    sign_from_page(qtbot, context, meeting_id)
    assert fake_dialogs.errors == []
    assert context.services.meetings.meeting(meeting_id).status is MeetingStatus.MINUTES_ADOPTED


def test_with_a_keyring_the_dialog_offers_it_and_asks_no_passphrase(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    memory = MemoryKeyring()
    with using_keyring(memory):
        dialog = key_dialog(qtbot, context)
        fake_dialogs.confirm_answers.append(True)
        fake_dialogs.texts.append("Le trousseau du système (sans phrase à saisir)")
        dialog.create_button.click()
        assert fake_dialogs.choices_offered[-1] == [
            "Une phrase secrète, demandée à chaque signature",
            "Le trousseau du système (sans phrase à saisir)",
        ]
        assert fake_dialogs.password_prompts == []
        assert len(memory.secrets) == 1
        assert "trousseau du système" in dialog.summary.text()
        meeting_id = adopted_meeting(context)
        fake_dialogs.confirm_answers.append(True)
        sign_from_page(qtbot, context, meeting_id)
        assert fake_dialogs.password_prompts == []
        check = context.services.meetings.check_seal(meeting_id)
        assert check.key_fingerprint is not None
