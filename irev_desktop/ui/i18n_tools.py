"""Maintain the interface translations: `python -m irev_desktop.ui.i18n_tools`.

`update` extracts every tr() string of the interface into the .ts sources (French is
the source language); `release` compiles them into the .qm files the program loads.
Both use the pyside6-lupdate / pyside6-lrelease tools installed with PySide6.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from irev_desktop.ui.i18n import translations_dir

LANGUAGES = ("en",)
UI_DIR = Path(__file__).resolve().parent


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def update() -> None:
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    for language in LANGUAGES:
        target = translations_dir() / f"irev_{language}.ts"
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(target)], check=True
        )


def release() -> None:
    for language in LANGUAGES:
        source = translations_dir() / f"irev_{language}.ts"
        subprocess.run(
            [tool("pyside6-lrelease"), str(source), "-qm", str(source.with_suffix(".qm"))],
            check=True,
        )


if __name__ == "__main__":
    actions = {"update": update, "release": release}
    for word in sys.argv[1:] or ["update", "release"]:
        actions[word]()
