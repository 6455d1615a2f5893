"""Which store the program opens: --db, then IREV_DESKTOP_DB, then the server remembered
from the window, then the default file; the remembered choice never holds a password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from irev_desktop.paths import (
    CHOICE_ENV_VAR,
    DB_ENV_VAR,
    DB_FILE_NAME,
    AppPaths,
    default_data_dir,
    forget_server,
    remember_server,
    remembered_server,
    without_password,
)

SERVER = "postgresql://secretariat@db.gip.fr:5432/irev"
OTHER_SERVER = "postgresql://lecture@autre.gip.fr:6543/archives"


@pytest.fixture(autouse=True)
def choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "config" / "base-choisie.json"
    monkeypatch.setenv(CHOICE_ENV_VAR, str(target))
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    return target


def test_the_order_is_db_then_environment_then_remembered_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    default = AppPaths(default_data_dir() / DB_FILE_NAME)
    assert AppPaths.resolve() == default
    remember_server(SERVER)
    assert AppPaths.resolve() == AppPaths.for_server(SERVER)
    env_file = tmp_path / "env" / "irev.sqlite"
    monkeypatch.setenv(DB_ENV_VAR, str(env_file))
    assert AppPaths.resolve() == AppPaths(env_file)
    given = tmp_path / "donnee" / "irev.sqlite"
    assert AppPaths.resolve(str(given)) == AppPaths(given)
    assert AppPaths.resolve(OTHER_SERVER) == AppPaths.for_server(OTHER_SERVER)
    monkeypatch.setenv(DB_ENV_VAR, OTHER_SERVER)
    assert AppPaths.resolve() == AppPaths.for_server(OTHER_SERVER)
    monkeypatch.delenv(DB_ENV_VAR)
    forget_server()
    assert AppPaths.resolve() == default


def test_the_remembered_choice_never_holds_the_password(choice: Path) -> None:
    remember_server("postgresql://secretariat:s3cr%C3%A9t@db.gip.fr:5432/irev")
    text = choice.read_text(encoding="utf-8")
    assert "s3cr" not in text and ":s" not in text.replace("postgresql://", "")
    assert json.loads(text) == {"server": SERVER}
    assert remembered_server() == SERVER
    assert [p.name for p in choice.parent.iterdir()] == [choice.name]  # no partial file left


def test_a_new_choice_replaces_the_previous_one_whole(choice: Path) -> None:
    remember_server(SERVER)
    remember_server(OTHER_SERVER)
    assert remembered_server() == OTHER_SERVER
    assert [p.name for p in choice.parent.iterdir()] == [choice.name]


@pytest.mark.parametrize(
    "content",
    ["", "pas du json", "[1, 2]", '{"server": 3}', '{"server": "/un/fichier.sqlite"}'],
)
def test_an_unreadable_choice_counts_as_none(choice: Path, content: str) -> None:
    choice.parent.mkdir(parents=True)
    choice.write_text(content, encoding="utf-8")
    assert remembered_server() is None
    assert not AppPaths.resolve().is_server


def test_forgetting_twice_is_harmless(choice: Path) -> None:
    forget_server()
    remember_server(SERVER)
    forget_server()
    forget_server()
    assert not choice.exists() and remembered_server() is None


def test_the_store_of_this_computer_ignores_servers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    remember_server(SERVER)
    assert AppPaths.local() == AppPaths(default_data_dir() / DB_FILE_NAME)
    monkeypatch.setenv(DB_ENV_VAR, OTHER_SERVER)
    assert AppPaths.local() == AppPaths(default_data_dir() / DB_FILE_NAME)
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "a.sqlite"))
    assert AppPaths.local() == AppPaths(tmp_path / "a.sqlite")


def test_without_password_keeps_the_rest_of_the_url() -> None:
    assert without_password("postgresql://u:p@h:1/b?sslmode=require") == (
        "postgresql://u@h:1/b?sslmode=require"
    )
    assert without_password(SERVER) == SERVER
