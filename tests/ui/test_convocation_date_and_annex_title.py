"""The header form's convocation date and its notice warning; the annex title edited
from the attachments tab, by button and by F2."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.meeting_form import MeetingFormDialog
from irev_desktop.ui.pages.meeting.page import MeetingPage

from .fakes import FakeDialogs

PLANNED_DAY = dt.date(2021, 11, 25)  # the example's next assembly (AG: 20 days, 5 if urgent)


def open_page(qtbot: QtBot, context: UiContext, meeting_id: int) -> MeetingPage:
    page = MeetingPage(context)
    qtbot.addWidget(page)
    page.show_meeting(meeting_id)
    return page


def planned(context: UiContext) -> int:
    return next(m.id for m in context.services.meetings.meetings() if m.date == PLANNED_DAY)


def test_the_header_form_takes_a_convocation_date_and_warns_of_short_notice(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = open_page(qtbot, context, planned(context))
    # Not convened yet: the page says by when the convocation must go.
    assert "au plus tard le vendredi 5 novembre 2021" in page.header.notice.text()
    seen: list[str] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingFormDialog)
        assert not dialog.convened_check.isChecked()
        assert not dialog.convened_edit.isEnabled()
        assert "au plus tard" in dialog.notice_label.text()
        dialog.convened_check.setChecked(True)
        assert dialog.convened_edit.isEnabled()
        dialog.convened_edit.setDate(QDate(2021, 11, 13))
        seen.append(dialog.notice_label.text())
        dialog.convened_edit.setDate(QDate(2021, 11, 22))
        seen.append(dialog.notice_label.text())
        dialog.convened_edit.setDate(QDate(2021, 11, 1))
        seen.append(dialog.notice_label.text())
        dialog.convened_edit.setDate(QDate(2021, 11, 13))
        return True

    fake_dialogs.forms.append(fill)
    page.header.edit_button.click()
    assert fake_dialogs.errors == []
    assert seen == [
        "Délai de convocation court : 12 jours au lieu de 20.",
        "Délai de convocation court : 3 jours au lieu de 20, moins que les 5 jours admis en "
        "cas d'urgence.",
        "",
    ]
    # Stored as typed (a warning is no refusal), shown on the page with its warning.
    assert context.services.meetings.meeting(planned(context)).convened_on == dt.date(2021, 11, 13)
    assert "Convoquée le samedi 13 novembre 2021" in page.header.details.text()
    assert page.header.notice.text() == "Délai de convocation court : 12 jours au lieu de 20."
    assert not page.header.notice.isHidden()

    def clear(dialog: QDialog) -> bool:
        assert isinstance(dialog, MeetingFormDialog)
        assert dialog.convened_check.isChecked()
        assert dialog.convened_edit.date() == QDate(2021, 11, 13)
        dialog.convened_check.setChecked(False)
        return True

    fake_dialogs.forms.append(clear)
    page.header.edit_button.click()
    assert context.services.meetings.meeting(planned(context)).convened_on is None
    assert "Convoquée" not in page.header.details.text()


def test_marking_the_meeting_convened_asks_for_the_date(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs
) -> None:
    page = open_page(qtbot, context, planned(context))
    button = next(b for b in page.header.lifecycle_buttons if b.objectName() == "to_convened")
    fake_dialogs.texts.append(None)  # cancelled: nothing changes
    button.click()
    assert context.services.meetings.meeting(planned(context)).status is MeetingStatus.PLANNED
    fake_dialogs.texts.append("01/11/2021")
    button.click()
    meeting = context.services.meetings.meeting(planned(context))
    assert meeting.status is MeetingStatus.CONVENED
    assert meeting.convened_on == dt.date(2021, 11, 1)
    assert page.header.notice.isHidden()  # 24 days: enough


def test_the_title_of_an_annex_is_edited_from_the_attachments_tab(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, main_meeting_id: int
) -> None:
    page = open_page(qtbot, context, main_meeting_id)
    page.tabs.setCurrentWidget(page.attachments)
    tab = page.attachments
    model = tab.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Titre"
    assert model.index(0, 0).data() == "Rapport d'activités 2020"
    assert model.index(0, 1).data() == "IREV_rapport_dactivites_2020.pdf"
    tab.table.selectRow(0)
    fake_dialogs.texts.append("  Rapport annuel 2020 ")
    tab.title_button.click()
    assert fake_dialogs.errors == []
    assert model.index(0, 0).data() == "Rapport annuel 2020"
    # By keyboard: F2 on the table.
    tab.table.selectRow(0)
    fake_dialogs.texts.append("Rapport d'activités 2020")
    QTest.keyClick(tab.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: model.index(0, 0).data() == "Rapport d'activités 2020", timeout=3000)
    # Cancelled: nothing changes.
    tab.table.selectRow(0)
    tab.title_button.click()
    assert model.index(0, 0).data() == "Rapport d'activités 2020"
