"""The meeting page and the Export menu on signed minutes whose seal fails."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.seal_mark import NON_CONFORMING
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.export_actions import ExportActions
from irev_desktop.ui.pages.meeting.page import MeetingPage

from .fakes import FakeDialogs


def signed_id(context: UiContext) -> int:
    meetings = context.services.meetings.meetings()
    return next(m.id for m in meetings if m.date == dt.date(2020, 6, 30))


def sql(context: UiContext, statement: str, *args: object) -> None:
    conn = sqlite3.connect(context.services.paths.db)
    with conn:
        conn.execute(statement, args)
    conn.close()


def open_page(qtbot: QtBot, context: UiContext, meeting_id: int) -> MeetingPage:
    page = MeetingPage(context)
    qtbot.addWidget(page)
    page.show_meeting(meeting_id)
    return page


def test_intact_signed_minutes_show_a_verified_seal(qtbot: QtBot, context: UiContext) -> None:
    page = open_page(qtbot, context, signed_id(context))
    assert page.header.banner.isVisibleTo(page)
    assert "empreinte vérifiée" in page.header.banner.text()
    assert page.header.banner.property("tampered") is False


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (["UPDATE agenda_item SET notes = 'falsifié' WHERE meeting_id = ?"], "ALTÉRÉ"),
        (["UPDATE deliberation SET votes_for = 0 WHERE meeting_id = ?"], "ALTÉRÉ"),
        (
            [
                "UPDATE meeting SET signed_at = NULL WHERE id = ?",
                "UPDATE meeting SET place = 'ailleurs' WHERE id = ?",
            ],
            "modifiée hors du programme",
        ),
        (["UPDATE meeting SET status = 'minutes_draft' WHERE id = ?"], "hors du programme"),
    ],
)
def test_tampering_shows_the_banner_with_its_reasons(
    qtbot: QtBot, context: UiContext, statements: list[str], expected: str
) -> None:
    meeting = signed_id(context)
    for statement in statements:
        sql(context, statement, meeting)
    page = open_page(qtbot, context, meeting)
    banner = page.header.banner
    assert banner.isVisibleTo(page)
    assert banner.property("tampered") is True
    assert expected in banner.text()
    assert "• " in banner.text()


def test_a_person_renamed_is_not_tampering(qtbot: QtBot, context: UiContext) -> None:
    meeting = signed_id(context)
    sql(
        context,
        "UPDATE person SET last_name = 'Renommée' "
        "WHERE id = (SELECT chair_id FROM meeting WHERE id = ?)",
        meeting,
    )
    page = open_page(qtbot, context, meeting)
    assert page.header.banner.property("tampered") is False
    assert "empreinte vérifiée" in page.header.banner.text()


def test_the_export_of_altered_minutes_asks_then_marks_them(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    meeting = signed_id(context)
    sql(context, "UPDATE agenda_item SET notes = 'falsifié' WHERE meeting_id = ?", meeting)
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ExportActions(context, parent, lambda: meeting)
    target = tmp_path / "pv.docx"

    fake_dialogs.save_paths.append(target)
    fake_dialogs.confirm_answers.append(False)
    assert actions.export(DocumentKind.PV) is None
    assert "NON CONFORME AU PROCÈS-VERBAL SIGNÉ" in fake_dialogs.confirmations[-1]
    assert not target.exists()

    fake_dialogs.save_paths.append(target)
    fake_dialogs.confirm_answers.extend([True, False])  # mark it; do not open it
    assert actions.export(DocumentKind.PV) == target
    header = " ".join(p.text for p in docx.Document(str(target)).sections[0].header.paragraphs)
    assert NON_CONFORMING in header
