from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.ui.context import UiContext
from irev_desktop.ui.meeting_form import MeetingFormDialog
from irev_desktop.ui.pages.meetings import MeetingsPage

from .fakes import FakeDialogs


def titles(page: MeetingsPage) -> list[str]:
    proxy = page.proxy
    return [
        f"{proxy.index(r, 0).data()} {proxy.index(r, 1).data()}" for r in range(proxy.rowCount())
    ]


def test_the_list_shows_every_meeting_newest_first(qtbot: QtBot, context: UiContext) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    assert titles(page) == ["25/11/2021 AG", "08/03/2021 AG", "10/12/2020 CA", "30/06/2020 AG"]


def test_a_click_on_a_header_sorts_and_the_date_sorts_back(
    qtbot: QtBot, context: UiContext
) -> None:
    """The list comes newest first without a sort at start; the headers still sort."""
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.DescendingOrder,
    )

    def click(column: int) -> None:
        where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)

    click(1)  # Instance: AG before CA
    assert [t.split()[1] for t in titles(page)] == ["AG", "AG", "AG", "CA"]
    newest_first = ["25/11/2021", "08/03/2021", "10/12/2020", "30/06/2020"]
    click(0)
    assert [t.split()[0] for t in titles(page)] == newest_first[::-1]
    click(0)
    assert [t.split()[0] for t in titles(page)] == newest_first


def test_the_widths_hold_the_texts_without_reading_every_row(
    qtbot: QtBot, context: UiContext
) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    metrics = page.table.fontMetrics()
    header = page.table.horizontalHeader()
    for row in range(page.proxy.rowCount()):
        for column in (0, 1, 3):
            text = str(page.proxy.index(row, column).data())
            assert metrics.horizontalAdvance(text) < header.sectionSize(column), text


def test_the_model_passes_qtmodeltester(qtbot: QtBot, context: UiContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_type_to_filter_ignores_case_and_accents(qtbot: QtBot, context: UiContext) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.filter_edit, "ASSEMBLEE")
    assert len(titles(page)) == 3
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "conseil 2020")
    assert titles(page) == ["10/12/2020 CA"]
    page.filter_edit.setText('l\'assemblée "ordinaire"')
    assert titles(page) == []


def test_filters_by_body_and_year(qtbot: QtBot, context: UiContext) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.body_combo.setCurrentIndex(page.body_combo.findText("CA"))
    assert titles(page) == ["10/12/2020 CA"]
    page.body_combo.setCurrentIndex(0)
    page.year_combo.setCurrentIndex(page.year_combo.findText("2021"))
    assert titles(page) == ["25/11/2021 AG", "08/03/2021 AG"]


def test_creating_a_meeting_opens_it(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    opened: list[int] = []
    context.open_meeting = opened.append
    page = MeetingsPage(context)
    qtbot.addWidget(page)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingFormDialog)
        dialog.body_combo.setCurrentIndex(dialog.body_combo.findText("Conseil", flags=_contains()))
        dialog.title_edit.setText("Conseil d'administration de printemps")
        dialog.date_edit.setDate(QDate(2022, 4, 12))
        # The chair is proposed from the presidency on that date.
        assert dialog.chair_combo.currentText() == "Milouda Ala"
        return True

    fake_dialogs.forms.append(fill)
    page.new_button.click()
    assert opened, fake_dialogs.errors
    created = context.services.meetings.meeting(opened[0])
    assert created.title == "Conseil d'administration de printemps"
    assert created.date == dt.date(2022, 4, 12)
    assert created.body.short_name == "CA"
    assert "12/04/2022 CA" in titles(page)


def test_delete_asks_first_and_refuses_signed_minutes(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.select(context.services.meetings.meetings()[0].id)  # the planned 2021-11-25 one
    fake_dialogs.confirm_answers.append(False)
    page.delete_selected()
    assert len(titles(page)) == 4
    fake_dialogs.confirm_answers.append(True)
    page.delete_selected()
    assert "25/11/2021 AG" not in titles(page)
    signed = next(
        m for m in context.services.meetings.meetings() if m.status.value == "minutes_signed"
    )
    page.select(signed.id)
    fake_dialogs.confirm_answers.append(True)
    page.delete_selected()
    assert fake_dialogs.errors and "signé" in fake_dialogs.errors[-1][1]
    assert "30/06/2020 AG" in titles(page)


def test_duplicate_makes_a_planned_copy(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    opened: list[int] = []
    context.open_meeting = opened.append
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    main = next(m for m in context.services.meetings.meetings() if m.date == dt.date(2021, 3, 8))
    page.select(main.id)
    fake_dialogs.texts.append("pas une date")
    page.duplicate_selected()
    assert "n'est pas une date" in fake_dialogs.errors[-1][1]
    fake_dialogs.texts.append("14/03/2022")
    page.duplicate_selected()
    copy = context.services.meetings.meeting(opened[-1])
    assert copy.date == dt.date(2022, 3, 14) and copy.status.value == "planned"
    assert any("Assises" in i.title for i in copy.items)


def _contains():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains
