"""The import contracts see what they forbid: an import against the layers, made in a copy
of the package, breaks them — directly, and through another module."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("contracts")
    shutil.copytree(
        ROOT / "irev_desktop", copy / "irev_desktop", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    return copy


def test_the_package_as_it_is_keeps_every_contract(tree: Path) -> None:
    result = lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        # A service that imports the window: Qt reaches the services indirectly.
        ("services/base.py", "import irev_desktop.ui.dialogs", "Layers"),
        # The database layer that imports a service.
        ("db/models.py", "import irev_desktop.services.base", "Layers"),
        # The window that opens the database itself.
        ("ui/dialogs.py", "import irev_desktop.db.store", "reached only through the services"),
        # The command line that goes round Services.
        ("cli/show.py", "import irev_desktop.services.meetings", "through Services alone"),
        # The plain data that reads SQLite.
        ("model/dto.py", "import sqlite3", "know nothing of databases"),
    ],
)
def test_an_import_against_the_layers_breaks_a_contract(
    tree: Path, module: str, line: str, broken: str
) -> None:
    path = tree / "irev_desktop" / module
    original = path.read_text(encoding="utf-8")
    path.write_text(original + f"\n{line}  # noqa\n", encoding="utf-8")
    try:
        result = lint(tree)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    assert broken in result.stdout
    assert "BROKEN" in result.stdout
