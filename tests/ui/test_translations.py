"""Every text of the interface has its English translation, and the .qm is up to date."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from irev_desktop.ui.i18n import translations_dir
from irev_desktop.ui.i18n_tools import UI_DIR, tool


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.iter("context")
        for message in context.iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def test_every_interface_text_is_translated(tmp_path: Path) -> None:
    copy = tmp_path / "irev_en.ts"
    shutil.copy(translations_dir() / "irev_en.ts", copy)
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert unfinished(copy) == []


def test_the_shipped_qm_is_the_compiled_ts(tmp_path: Path) -> None:
    folder = translations_dir()
    compiled = tmp_path / "irev_en.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(folder / "irev_en.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (folder / "irev_en.qm").read_bytes()
