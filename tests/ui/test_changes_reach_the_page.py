"""The meeting page hears of every write from the services, whoever made it, and reads
again only what the write changed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.model.inputs import ItemFields
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.pages.meeting.page import MeetingPage


@pytest.fixture
def page(qtbot: QtBot, context: UiContext, main_meeting_id: int) -> MeetingPage:
    shown = MeetingPage(context)
    qtbot.addWidget(shown)
    shown.show_meeting(main_meeting_id)
    return shown


def count_calls(monkeypatch: pytest.MonkeyPatch, target: Any, name: str) -> list[Any]:
    calls: list[Any] = []
    original = getattr(target, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(target, name, counted)
    return calls


def test_a_write_made_elsewhere_shows_and_reads_only_its_part(
    page: MeetingPage, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    meetings = context.services.meetings
    assert page.meeting is not None
    holders = {a.proxy_holder_id for a in page.meeting.attendance}
    person = next(a for a in page.meeting.attendance if a.person_id not in holders)
    whole = count_calls(monkeypatch, meetings, "meeting")
    parts = count_calls(monkeypatch, meetings, "refreshed")
    agenda_shown = count_calls(monkeypatch, page.agenda, "show_meeting")
    # As the séance window would: straight through the services, no signal by hand.
    context.services.attendance.set_status(
        page.meeting.id, person.person_id, AttendanceStatus.ABSENT
    )
    row = next(a for a in page.attendance.model.rows() if a.person_id == person.person_id)
    assert row.status is AttendanceStatus.ABSENT
    assert whole == []  # not the whole meeting
    assert [set(call[1]) for call in parts] == [{"attendance"}]
    assert agenda_shown == []  # nor the other tabs


def test_the_notes_saved_while_typed_do_not_redraw_the_page(
    page: MeetingPage, context: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.meeting is not None
    item = page.meeting.items[0]
    agenda_shown = count_calls(monkeypatch, page.agenda, "show_meeting")
    parts = count_calls(monkeypatch, context.services.meetings, "refreshed")
    assert context.services.agenda.save_notes(item.id, "Des notes tapées à l'instant.")
    assert agenda_shown == [] and parts == []


def test_an_item_added_elsewhere_appears_in_the_agenda(
    page: MeetingPage, context: UiContext
) -> None:
    assert page.meeting is not None
    context.services.agenda.add_item(page.meeting.id, ItemFields("Point venu d'ailleurs"))
    titles = [i.title for i in page.agenda.model.items()]
    assert titles[-1] == "Point venu d'ailleurs"


def test_coming_back_to_an_item_shows_the_notes_just_typed(
    page: MeetingPage, context: UiContext, qtbot: QtBot
) -> None:
    assert page.meeting is not None
    first, second = page.meeting.items[0], page.meeting.items[1]
    page.agenda.select(first.id)
    page.agenda.notes.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(page.agenda.notes, " Ajout tape a l'instant.")
    typed = page.agenda.notes.toPlainText()
    assert typed.endswith("Ajout tape a l'instant.")
    page.agenda.select(second.id)
    page.agenda.select(first.id)
    assert page.agenda.notes.toPlainText() == typed
    # And what is stored is what was typed: nothing older overwrote it.
    page.agenda.select(second.id)
    stored = next(i for i in context.services.agenda.items(page.meeting.id) if i.id == first.id)
    assert stored.notes == typed
