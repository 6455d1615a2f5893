"""The procès-verbal as LibreOffice lays it out (when LibreOffice is installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.services.facade import Services

from .docx_helpers import export, plain

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_lays_out_the_pv_on_a4_pages_numbered_x_of_y(
    demo: Services, out: Path, tmp_path: Path
) -> None:
    assert SOFFICE is not None
    path, _ = export(demo, DocumentKind.PV, out)
    profile = tmp_path / "profil-libreoffice"  # never the user's own profile
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(str(out / "pv.pdf"))
    pages = len(reader.pages)
    assert 2 <= pages <= 4
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    first = plain(reader.pages[0].extract_text())
    last = plain(reader.pages[-1].extract_text())
    assert "PROCÈS-VERBAL" in first and "lundi 8 mars 2021" in first
    assert f"Page 1 / {pages}" in first
    assert f"Page {pages} / {pages}" in last
    assert "la séance est levée à 11 h 45" in " ".join(last.split())
