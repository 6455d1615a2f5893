"""« Préparer les courriels de convocation… » on the meeting page."""

from __future__ import annotations

import datetime as dt
import email
from email.policy import default
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.inputs import MeetingHeader
from irev_desktop.services.facade import Services
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.convocation_mails import MISSING_COLOUR, ConvocationMailsDialog
from irev_desktop.ui.pages.meeting.page import MeetingPage

from .fakes import FakeDialogs

STEM = "2021-03-08 AG IREV - convocation - "


def give_addresses(services: Services, *, without: tuple[str, ...] = ()) -> None:
    for person in services.registry.people():
        if person.full_name in without:
            continue
        plain = person.full_name.lower().replace(" ", ".").replace("é", "e").replace("è", "e")
        services.registry.update_person(
            person.id,
            first_name=person.first_name,
            last_name=person.last_name,
            civility=person.civility,
            email=f"{plain}@example.org",
            function_title=person.function_title,
        )


def texts(dialog: ConvocationMailsDialog, column: int) -> list[str]:
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_the_page_button_writes_one_draft_per_member(
    qtbot: QtBot,
    context: UiContext,
    fake_dialogs: FakeDialogs,
    main_meeting_id: int,
    tmp_path: Path,
) -> None:
    give_addresses(context.services, without=("Didier Caron",))
    folder = tmp_path / "brouillons"
    folder.mkdir()
    page = MeetingPage(context)
    qtbot.addWidget(page)
    page.show_meeting(main_meeting_id)
    assert page.header.mails_button.text() == "Préparer les &courriels de convocation…"
    seen: list[ConvocationMailsDialog] = []
    opened: list[QUrl] = []

    def fill_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, ConvocationMailsDialog)
        seen.append(dialog)
        dialog.open_url = opened.append
        # Before writing: every member, the one without an address in red.
        assert texts(dialog, 0) == [
            "Département du Nord",
            "État",
            "Région Hauts-de-France",
            "Sophie Marchand",
            "Département du Pas-de-Calais",
        ]
        assert texts(dialog, 1)[0] == "Hélène Roussel <helene.roussel@example.org>"
        assert texts(dialog, 2)[0] == "Karim Benali <karim.benali@example.org>"
        assert texts(dialog, 3)[-1] == "aucun (pas d'adresse)"
        red = dialog.table.item(4, 0).foreground().color().name()
        assert red == MISSING_COLOUR
        assert dialog.missing.isVisibleTo(dialog)
        assert "Département du Pas-de-Calais" in dialog.missing.text()
        # The meeting of 8 March 2021 has its convocation date: nothing to record.
        assert not dialog.mark_check.isEnabled()
        assert dialog.mark_check.text() == "Date de convocation déjà notée : mardi 16 février 2021"
        assert not dialog.open_folder_button.isEnabled()
        dialog.folder_edit.setText(str(folder))
        qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
        assert dialog.report is not None
        assert texts(dialog, 3)[0] == f"{STEM}Département du Nord.eml"
        assert dialog.summary.text().startswith(f"4 brouillon(s) écrit(s) dans {folder}.")
        assert "Sans adresse, pas de brouillon : Département du Pas-de-Calais." in (
            dialog.summary.text()
        )
        assert not dialog.write_button.isEnabled()
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
        dialog.table.selectRow(1)
        qtbot.mouseClick(dialog.open_draft_button, Qt.MouseButton.LeftButton)
        return True

    fake_dialogs.forms.append(fill_in)
    qtbot.mouseClick(page.header.mails_button, Qt.MouseButton.LeftButton)
    assert seen and fake_dialogs.errors == []
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{STEM}{name}.eml"
        for name in ("Département du Nord", "État", "Région Hauts-de-France", "Sophie Marchand")
    )
    assert opened == [
        QUrl.fromLocalFile(str(folder)),
        QUrl.fromLocalFile(str(folder / f"{STEM}État.eml")),
    ]
    message = email.message_from_bytes((folder / f"{STEM}État.eml").read_bytes(), policy=default)
    assert message["Subject"] == "Convocation — Assemblée générale du lundi 8 mars 2021"
    assert context.settings.text("convocation/folder") == str(folder)


def test_the_dialog_records_the_date_it_was_sent(
    qtbot: QtBot, context: UiContext, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    services = context.services
    give_addresses(services)
    planned = next(m for m in services.meetings.meetings() if m.status is MeetingStatus.PLANNED)
    assert planned.date == dt.date(2021, 11, 25)
    today = dt.date(2021, 11, 2)
    dialog = ConvocationMailsDialog(context, None, planned.id, today=today)
    qtbot.addWidget(dialog)
    assert dialog.mark_check.isEnabled() and dialog.mark_check.isChecked()
    assert (
        dialog.mark_check.text()
        == "Noter la séance convoquée le mardi 2 novembre 2021 (date d'envoi)"
    )
    dialog.folder_edit.setText(str(tmp_path))
    report = dialog.write()
    assert report is not None and report.marked
    assert "Séance notée convoquée le mardi 2 novembre 2021." in dialog.summary.text()
    meeting = services.meetings.meeting(planned.id)
    assert meeting.convened_on == today and meeting.status is MeetingStatus.CONVENED
    assert len(list(tmp_path.glob("*.eml"))) == 5
    assert fake_dialogs.errors == []


def test_unticked_the_date_is_not_recorded(
    qtbot: QtBot, context: UiContext, tmp_path: Path
) -> None:
    services = context.services
    give_addresses(services)
    planned = next(m for m in services.meetings.meetings() if m.status is MeetingStatus.PLANNED)
    dialog = ConvocationMailsDialog(context, None, planned.id, today=dt.date(2021, 11, 2))
    qtbot.addWidget(dialog)
    dialog.mark_check.setChecked(False)
    dialog.folder_edit.setText(str(tmp_path))
    report = dialog.write()
    assert report is not None and not report.marked
    assert services.meetings.meeting(planned.id).convened_on is None


def test_nobody_with_an_address_is_listed_and_nothing_can_be_written(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    dialog = ConvocationMailsDialog(context, None, main_meeting_id)
    qtbot.addWidget(dialog)
    assert not dialog.write_button.isEnabled()
    assert len(texts(dialog, 0)) == 5
    assert set(texts(dialog, 3)) == {"aucun (pas d'adresse)"}
    assert dialog.missing.text().startswith("Aucun membre n'a d'adresse électronique")


def test_a_folder_that_does_not_exist_is_a_clear_error(
    qtbot: QtBot,
    context: UiContext,
    fake_dialogs: FakeDialogs,
    main_meeting_id: int,
    tmp_path: Path,
) -> None:
    give_addresses(context.services)
    dialog = ConvocationMailsDialog(context, None, main_meeting_id)
    qtbot.addWidget(dialog)
    fake_dialogs.folders.append(tmp_path / "absent")
    dialog.choose_folder()
    assert dialog.folder_edit.text() == str(tmp_path / "absent")
    assert dialog.write() is None
    assert fake_dialogs.errors == [
        ("Courriels de convocation", f"Le dossier « {tmp_path / 'absent'} » n'existe pas.")
    ]
    assert dialog.write_button.isEnabled() and not dialog.open_folder_button.isEnabled()


def test_a_past_meeting_without_date_offers_no_recording(
    qtbot: QtBot, context: UiContext, main_meeting_id: int
) -> None:
    services = context.services
    main = services.meetings.meeting(main_meeting_id)
    past = services.meetings.create_meeting(
        main.body.id,
        MeetingHeader(title="Bureau", date=dt.date(2021, 4, 1), chair_id=main.chair_id),
    )
    dialog = ConvocationMailsDialog(context, None, past.id, today=dt.date(2021, 4, 2))
    qtbot.addWidget(dialog)
    assert not dialog.mark_check.isEnabled() and not dialog.mark_check.isChecked()
    assert "séance passée" in dialog.mark_check.toolTip()
