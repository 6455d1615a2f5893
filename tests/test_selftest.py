"""`irev-desktop selftest`, run as a user (or CI, on the frozen build) runs it."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.paths import DB_ENV_VAR

EXPECTED_STEPS = [
    "migrations",
    "exemple",
    *(f"export {kind.value}" for kind in DocumentKind),
    "recherche",
    "signature",
    "ressources",
    "fenêtre",
]


def command() -> list[str]:
    """The installed `irev-desktop` script beside this Python, else the module."""
    script = shutil.which("irev-desktop", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "irev_desktop"]


def test_selftest_passes_from_source_and_leaves_the_users_data_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    users_store = tmp_path / "mes-donnees" / "irev.sqlite"
    env = {
        **os.environ,
        DB_ENV_VAR: str(users_store),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "APPDATA": str(home / "appdata"),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("QT_QPA_PLATFORM", None)  # the selftest goes offscreen by itself
    done = subprocess.run(
        [*command(), "selftest"],
        capture_output=True,
        env=env,
        timeout=300,
        cwd=tmp_path,
    )
    out = done.stdout.decode("utf-8")
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")

    lines = out.splitlines()
    steps = [line.split(" (")[0].split(" : ")[0].split(" ", 1)[1] for line in lines[:-1]]
    assert steps == EXPECTED_STEPS
    for line in lines[:-1]:
        assert line.startswith("OK "), line  # nothing skipped: a check that cannot run fails
    assert lines[-1].startswith("selftest réussi")
    assert "ÉCHEC" not in out

    assert not users_store.parent.exists()
    written = [p.name for p in home.rglob("*")] if home.exists() else []
    assert not [name for name in written if name.endswith((".sqlite", ".ini", ".log"))]


def test_a_failing_step_is_named_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    from irev_desktop.sample_data import demo
    from irev_desktop.selftest import run_selftest

    def broken(_services: object) -> object:
        raise RuntimeError("exemple illisible")

    monkeypatch.setattr(demo, "load_demo", broken)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the selftest sets it; restored after
    out = io.StringIO()
    assert run_selftest(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("OK migrations")
    assert lines[1] == "ÉCHEC exemple : RuntimeError : exemple illisible"
    assert lines[-1] == "selftest en échec"
    assert not any(line.startswith("OK fenêtre") for line in lines)


def _no_search_module(_services: object) -> object:
    raise AttributeError("module 'irev_desktop.services' has no attribute 'search'")


def _sqlite_without_fts5(_search: object, *_args: object, **_kwargs: object) -> object:
    raise sqlite3.OperationalError("no such module: fts5")


@pytest.mark.parametrize(
    ("where", "broken", "why"),
    [
        ("facade", _no_search_module, "AttributeError : module 'irev_desktop.services'"),
        ("service", _sqlite_without_fts5, "OperationalError : no such module: fts5"),
    ],
    ids=["search-missing-from-the-build", "sqlite-without-fts5"],
)
def test_a_search_that_cannot_run_fails_the_selftest(
    monkeypatch: pytest.MonkeyPatch, where: str, broken: object, why: str
) -> None:
    """A frozen build without its search (a module left out, an SQLite without FTS5) is
    broken for its users: the selftest must not pass it as skipped."""
    from irev_desktop.selftest import run_selftest
    from irev_desktop.services.facade import Services
    from irev_desktop.services.search import SearchService

    if where == "facade":
        monkeypatch.setattr(Services, "search", property(broken))
    else:
        monkeypatch.setattr(SearchService, "search", broken)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # the selftest sets it; restored after
    out = io.StringIO()
    assert run_selftest(out) == 1
    lines = out.getvalue().splitlines()
    search = [line for line in lines if "recherche" in line]
    assert search == [lines[-2]], lines  # the last step run, and the failure
    assert search[0].startswith(f"ÉCHEC recherche : {why}")
    assert lines[-1] == "selftest en échec"
    assert not any(line.startswith(("SAUTÉ", "OK recherche", "OK fenêtre")) for line in lines)
