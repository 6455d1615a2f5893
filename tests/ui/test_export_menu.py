"""The Export menu of the window writes the documents of the meeting shown."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from irev_desktop.services.export import DocumentKind
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.export_actions import ExportActions

from .fakes import FakeDialogs


def plain(text: str) -> str:
    """Documents use no-break spaces (French typography): compare with plain spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def actions(qtbot: QtBot, context: UiContext, main_meeting_id: int) -> ExportActions:
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportActions(context, parent, lambda: main_meeting_id)


def test_the_menu_lists_the_six_documents_the_invitation_and_the_templates(
    actions: ExportActions,
) -> None:
    menu = QMenu()
    actions.fill(menu)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[:7] == [
        "Convocation…",
        "Invitation d'agenda (.ics)…",
        "Feuille d'émargement…",
        "Procès-verbal…",
        "Compte rendu…",
        "Relevé de décisions…",
        "Extrait du registre…",
    ]
    assert "Papier à en-tête de l'organisation…" in texts
    pv = next(a for a in menu.actions() if a.text() == "&Procès-verbal…")
    assert pv.shortcut().toString() == "Ctrl+E"


def test_exporting_the_minutes_proposes_a_french_name_and_writes_them(
    actions: ExportActions,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    offered: list[str] = []
    target = tmp_path / "pv.docx"

    def save_file(parent, title, suggested, filters=""):  # type: ignore[no-untyped-def]
        offered.append(suggested)
        return target

    monkeypatch.setattr(fake_dialogs, "save_file", save_file)
    fake_dialogs.confirm_answers.append(False)  # do not open it
    written = actions.export(DocumentKind.PV)
    assert written == target
    assert Path(offered[0]).name == "2021-03-08 AG IREV - procès-verbal.docx"
    text = plain("\n".join(p.text for p in docx.Document(str(target)).paragraphs))
    assert "8 mars 2021" in text and "Milouda" in text
    assert fake_dialogs.confirmations and "L'ouvrir" in fake_dialogs.confirmations[-1]
    assert actions.context.settings.text("export/folder") == str(tmp_path)


def test_the_extract_asks_which_deliberation(
    actions: ExportActions, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    fake_dialogs.texts.append("2021-02 — Approbation du rapport d'activités 2020")
    fake_dialogs.save_paths.append(tmp_path / "extrait")
    written = actions.export(DocumentKind.EXTRAIT)
    assert fake_dialogs.choices_offered[0][0].startswith("2021-01")
    assert written == tmp_path / "extrait.docx"
    text = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "2021-02" in text and "2021-01" not in text.split("Extrait", 1)[-1][:200]


def test_an_unreadable_letterhead_is_a_clear_error(
    actions: ExportActions, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    bogus = tmp_path / "entete.docx"
    bogus.write_bytes(b"pas un document")
    fake_dialogs.files.append([bogus])
    actions.choose_letterhead()
    assert actions.template() == bogus
    fake_dialogs.save_paths.append(tmp_path / "pv.docx")
    assert actions.export(DocumentKind.PV) is None
    assert fake_dialogs.errors and "entete.docx" in fake_dialogs.errors[-1][1]
    assert not (tmp_path / "pv.docx").exists()
    actions.use_builtin()
    assert actions.template() is None


def test_the_invitation_is_written_as_ics_from_the_menu(
    actions: ExportActions,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    main_meeting_id: int,
) -> None:
    from icalendar import Calendar

    offered: list[tuple[str, str]] = []

    def save_file(parent, title, suggested, filters=""):  # type: ignore[no-untyped-def]
        offered.append((suggested, filters))
        return tmp_path / "invitation"  # no suffix typed: .ics is added

    monkeypatch.setattr(fake_dialogs, "save_file", save_file)
    menu = QMenu()
    actions.fill(menu)
    item = next(a for a in menu.actions() if a.text() == "Invitation d'&agenda (.ics)…")
    item.trigger()
    written = tmp_path / "invitation.ics"
    assert actions.last_written == written
    assert Path(offered[0][0]).name == "2021-03-08 AG IREV - invitation.ics"
    assert offered[0][1] == "Invitation d'agenda (*.ics)"
    event = Calendar.from_ical(written.read_bytes()).walk("VEVENT")[0]
    assert str(event["uid"]) == f"irev-seance-{main_meeting_id}@irev-desktop"
    assert str(event["summary"]) == "IREV — Assemblée générale ordinaire"
    assert fake_dialogs.errors == []
    assert "L'invitation d'agenda a été écrite" in fake_dialogs.confirmations[-1]


def test_an_invitation_that_cannot_be_written_is_a_clear_error(
    actions: ExportActions, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    fake_dialogs.save_paths.append(tmp_path / "absent" / "invitation.ics")
    assert actions.export_invitation() is None
    assert fake_dialogs.errors[-1][0] == "Invitation d'agenda"
    assert "n'existe pas" in fake_dialogs.errors[-1][1]
