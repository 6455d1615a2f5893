"""Export ▸ Tous les extraits…: one file per deliberation, in the folder chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from irev_desktop.services.export import ExportService
from irev_desktop.services.pdf import PdfConverter
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.export_actions import ExportActions

from .fakes import FakeDialogs


@pytest.fixture
def actions(qtbot: QtBot, context: UiContext, main_meeting_id: int) -> ExportActions:
    parent = QWidget()
    qtbot.addWidget(parent)
    return ExportActions(context, parent, lambda: main_meeting_id)


def test_the_menu_offers_every_extract_after_the_extract(actions: ExportActions) -> None:
    menu = QMenu()
    actions.fill(menu)
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[texts.index("Extrait du registre…") + 1] == "Tous les extraits…"


def test_every_extract_in_the_folder_chosen(
    actions: ExportActions, fake_dialogs: FakeDialogs, tmp_path: Path
) -> None:
    fake_dialogs.texts.append("Documents Word (.docx)")
    fake_dialogs.folders.append(tmp_path)
    fake_dialogs.confirm_answers.append(False)  # do not open the folder
    written = actions.export_all_extracts()
    assert [p.name for p in written] == [
        "Extrait 2021-01 — Approbation du procès-verbal de la séance du mardi 30 juin 2020.docx",
        "Extrait 2021-02 — Approbation du rapport d'activités 2020.docx",
    ]
    assert all(p.parent == tmp_path and p.is_file() for p in written)
    assert "2 extrait(s)" in fake_dialogs.confirmations[-1]
    assert actions.context.settings.text("export/folder") == str(tmp_path)


def test_cancelling_the_folder_writes_nothing(
    actions: ExportActions, fake_dialogs: FakeDialogs
) -> None:
    fake_dialogs.texts.append("Documents Word (.docx)")
    assert actions.export_all_extracts() == []
    assert fake_dialogs.errors == []


def test_pdf_without_libreoffice_is_a_clear_error(
    actions: ExportActions,
    fake_dialogs: FakeDialogs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    monkeypatch.setattr(
        ExportService, "pdf_converter", PdfConverter(search_path=str(empty), folders=[])
    )
    folder = tmp_path / "extraits"
    folder.mkdir()
    fake_dialogs.texts.append("Documents PDF/A (.pdf, par LibreOffice)")
    fake_dialogs.folders.append(folder)
    assert actions.export_all_extracts() == []
    assert "Installez LibreOffice" in fake_dialogs.errors[-1][1]
    assert list(folder.iterdir()) == []


def test_the_save_dialog_offers_pdf(
    actions: ExportActions, fake_dialogs: FakeDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    offered: list[str] = []

    def save_file(parent, title, suggested, filters=""):  # type: ignore[no-untyped-def]
        offered.append(filters)
        return None

    monkeypatch.setattr(fake_dialogs, "save_file", save_file)
    from irev_desktop.exporters.kinds import DocumentKind

    assert actions.export(DocumentKind.PV) is None
    assert "Document PDF (*.pdf)" in offered[0] and "Documents Word (*.docx)" in offered[0]
