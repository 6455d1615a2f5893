"""Documents written as PDF/A through LibreOffice, and every extract of a meeting in one
go. The LibreOffice tests are skipped where it is not installed (CI has it)."""

from __future__ import annotations

import os
import re
import shutil
import stat
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from irev_desktop.cli import main
from irev_desktop.domain.errors import ValidationError
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.exporters.names import extract_file_name
from irev_desktop.services.export import ExportService
from irev_desktop.services.extracts import export_all_extracts, free_path
from irev_desktop.services.facade import Services
from irev_desktop.services.pdf import INSTALL_LIBREOFFICE, PdfConverter, find_soffice, pdfa_part

from .docx_helpers import main_meeting_id, plain

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed"
)

FIRST = "Extrait 2021-01 — Approbation du procès-verbal de la séance du mardi 30 juin 2020"
SECOND = "Extrait 2021-02 — Approbation du rapport d'activités 2020"


def pdf_text(path: Path) -> str:
    return plain("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = str(tmp_path / "donnees" / "irev.sqlite")
    assert main(["--db", db, "demo"]) == 0
    found = re.search(r"séance n° (\d+)", capsys.readouterr().out)
    assert found is not None
    return db, found.group(1)


def no_libreoffice(tmp_path: Path) -> PdfConverter:
    empty = tmp_path / "vide"
    empty.mkdir(exist_ok=True)
    return PdfConverter(search_path=str(empty), folders=[])


# --- PDF -------------------------------------------------------------------------------


@pytest.mark.slow
@needs_libreoffice
def test_the_minutes_as_pdf_a(demo: Services, out: Path) -> None:
    target = out / "procès-verbal.pdf"
    written = ExportService(demo.store).export(main_meeting_id(demo), DocumentKind.PV, target)
    assert written == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    text = pdf_text(target)
    assert "PROCÈS-VERBAL" in text and "lundi 8 mars 2021" in text
    assert pdfa_part(data) == "2"  # PDF/A-2 …
    metadata = PdfReader(str(target)).xmp_metadata
    assert metadata is not None
    conformance = [
        node.firstChild.data
        for node in metadata.get_nodes_in_namespace("", "http://www.aiim.org/pdfa/ns/id/")
        if node.localName == "conformance"
    ]
    assert conformance == ["B"]  # … level B: PDF/A-2b
    # Written via a temporary file, nothing left behind, with the user's usual rights.
    assert sorted(p.name for p in out.iterdir()) == ["procès-verbal.pdf"]
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_without_libreoffice_the_message_says_what_to_install(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    exporter = ExportService(demo.store)
    exporter.pdf_converter = no_libreoffice(tmp_path)
    with pytest.raises(ValidationError) as raised:
        exporter.export(main_meeting_id(demo), DocumentKind.PV, out / "pv.pdf")
    assert str(raised.value) == INSTALL_LIBREOFFICE
    assert str(raised.value) == (
        "Installez LibreOffice (https://www.libreoffice.org/) pour écrire des PDF, "
        "ou choisissez un fichier .docx."
    )
    assert list(out.iterdir()) == []  # nothing written, not even a temporary file


def test_libreoffice_is_found_on_the_search_path_and_in_the_usual_folders(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "vide"
    empty.mkdir()
    assert find_soffice(str(empty), []) is None
    installed = tmp_path / "LibreOffice" / "program" / "soffice.exe"
    installed.parent.mkdir(parents=True)
    installed.write_bytes(b"")
    assert find_soffice(str(empty), [tmp_path / "absent", installed]) == installed
    on_path = tmp_path / "bin" / "libreoffice"
    on_path.parent.mkdir()
    on_path.write_text("#!/bin/sh\n")
    on_path.chmod(0o755)
    assert find_soffice(str(on_path.parent), [installed]) == on_path


def test_a_hung_libreoffice_is_stopped_with_a_clear_message(tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nsleep 30\n")
    fake.chmod(0o755)
    converter = PdfConverter(search_path=str(fake.parent), folders=[], timeout=0.5)
    with pytest.raises(ValidationError, match="n'a pas fini la conversion en PDF"):
        converter.convert(b"PK")


def test_a_failing_libreoffice_is_a_clear_error(tmp_path: Path) -> None:
    fake = tmp_path / "bin" / "soffice"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 1\n")
    fake.chmod(0o755)
    converter = PdfConverter(search_path=str(fake.parent), folders=[])
    with pytest.raises(ValidationError) as raised:
        converter.convert(b"PK")
    assert "LibreOffice n'a pas pu convertir le document en PDF" in str(raised.value)
    assert "source file could not be loaded" in str(raised.value)


def test_any_other_extension_is_refused(demo: Services, out: Path) -> None:
    with pytest.raises(ValidationError, match=r"\.docx \(document Word\) ou \.pdf"):
        ExportService(demo.store).export(main_meeting_id(demo), DocumentKind.PV, out / "pv.odt")


# --- Every extract in one go -----------------------------------------------------------


def test_extract_names_are_a_secretary_s() -> None:
    assert extract_file_name("2021-03", "Rapport d'activité 2020") == (
        "Extrait 2021-03 — Rapport d'activité 2020.docx"
    )
    assert extract_file_name("2021-04", 'Budget: "DM n° 1" / 2021?', ".pdf") == (
        "Extrait 2021-04 — Budget DM n° 1 2021.pdf"
    )
    long = extract_file_name("2021-05", "Convention " + "de partenariat très longue " * 10)
    stem = long.removesuffix(".docx")
    assert stem.endswith("…") and len(stem) <= len("Extrait 2021-05 — ") + 81
    assert not stem.removesuffix("…").endswith(" ")
    assert extract_file_name("2021-06", "") == "Extrait 2021-06.docx"


def test_every_extract_in_one_go_one_file_each(demo: Services, out: Path) -> None:
    ticks: list[tuple[int, int]] = []
    written = export_all_extracts(
        ExportService(demo.store),
        main_meeting_id(demo),
        out,
        progress=lambda done, total: ticks.append((done, total)),
    )
    assert [p.name for p in written] == [f"{FIRST}.docx", f"{SECOND}.docx"]
    assert sorted(p.name for p in out.iterdir()) == [f"{FIRST}.docx", f"{SECOND}.docx"]
    for path, number in zip(written, ("2021-01", "2021-02"), strict=True):
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        assert f"Extrait n° {number}" in plain(text) or number in text
    assert ticks[-1] == (2, 2)


def test_a_name_taken_gets_2_and_nothing_is_overwritten(demo: Services, out: Path) -> None:
    mine = out / f"{SECOND}.docx"
    mine.write_bytes(b"le fichier de la secretaire")
    exporter = ExportService(demo.store)
    written = export_all_extracts(exporter, main_meeting_id(demo), out)
    assert [p.name for p in written] == [f"{FIRST}.docx", f"{SECOND} (2).docx"]
    assert mine.read_bytes() == b"le fichier de la secretaire"
    again = export_all_extracts(exporter, main_meeting_id(demo), out)
    assert [p.name for p in again] == [f"{FIRST} (2).docx", f"{SECOND} (3).docx"]
    assert free_path(out, "neuf.docx") == out / "neuf.docx"  # held at once by an empty file
    assert free_path(out, "neuf.docx") == out / "neuf (2).docx"


def test_every_extract_needs_an_existing_folder(demo: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="n'existe pas"):
        export_all_extracts(ExportService(demo.store), main_meeting_id(demo), tmp_path / "absent")


def test_every_extract_as_pdf_without_libreoffice_writes_nothing(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    exporter = ExportService(demo.store)
    exporter.pdf_converter = no_libreoffice(tmp_path)
    with pytest.raises(ValidationError, match="Installez LibreOffice"):
        export_all_extracts(exporter, main_meeting_id(demo), out, pdf=True)
    assert list(out.iterdir()) == []


# --- Command line ----------------------------------------------------------------------


@pytest.mark.slow
@needs_libreoffice
def test_cli_output_pdf_picks_pdf_by_the_extension(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    target = tmp_path / "Relevé.PDF"
    assert main(["--db", db, "export", meeting, "--kind", "releve", "--output", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Document PDF écrit : ") and str(target) in out
    assert pdfa_part(target.read_bytes()) == "2"
    assert "2021-02" in pdf_text(target)


def test_cli_pdf_without_libreoffice_says_what_to_install(
    demo_db: tuple[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db, meeting = demo_db
    monkeypatch.setattr(ExportService, "pdf_converter", no_libreoffice(tmp_path))
    target = tmp_path / "pv.pdf"
    code = main(["--db", db, "export", meeting, "--kind", "pv", "--output", str(target)])
    assert code != 0
    assert INSTALL_LIBREOFFICE in capsys.readouterr().err
    assert not target.exists()


def test_cli_all_extracts(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    folder = tmp_path / "extraits"
    folder.mkdir()
    args = ["--db", db, "export", meeting, "--kind", "extrait", "--all", "--output", str(folder)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"2 extraits écrits dans {folder}")
    assert f"{FIRST}.docx" in out and f"{SECOND}.docx" in out
    assert sorted(p.name for p in folder.iterdir()) == [f"{FIRST}.docx", f"{SECOND}.docx"]
    assert main(args) == 0  # again: new names, the first ones kept
    capsys.readouterr()
    assert len(list(folder.iterdir())) == 4 and (folder / f"{FIRST} (2).docx").is_file()


def test_cli_all_is_for_extracts_only(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    args = ["--db", db, "export", meeting, "--output", str(tmp_path)]
    assert main([*args, "--kind", "pv", "--all"]) != 0
    assert "--all ne vaut que pour l'extrait" in capsys.readouterr().err
    assert main([*args, "--kind", "extrait", "--pdf"]) != 0
    assert "--pdf ne vaut qu'avec --all" in capsys.readouterr().err


@pytest.mark.slow
@needs_libreoffice
def test_cli_all_extracts_as_pdf(
    demo_db: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, meeting = demo_db
    folder = tmp_path / "extraits"
    folder.mkdir()
    args = ["--db", db, "export", meeting, "--kind", "extrait", "--all", "--pdf"]
    assert main([*args, "--output", str(folder)]) == 0
    capsys.readouterr()
    first, second = folder / f"{FIRST}.pdf", folder / f"{SECOND}.pdf"
    assert sorted(folder.iterdir()) == [first, second]
    assert "2021-01" in pdf_text(first) and "2021-02" in pdf_text(second)
    assert pdfa_part(second.read_bytes()) == "2"
