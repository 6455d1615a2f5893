"""Fichier → Se connecter à un serveur… : typed as a person types, against a real
PostgreSQL server (one role of it asks for a password), a closed port and a server that
never answers; the password goes to the keyring, never to the remembered choice."""

from __future__ import annotations

import itertools
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from irev_desktop import APP_NAME
from irev_desktop.paths import (
    CHOICE_ENV_VAR,
    DB_ENV_VAR,
    AppPaths,
    remember_server,
    remembered_server,
)
from irev_desktop.ui import i18n
from irev_desktop.ui.main_window import MainWindow
from irev_desktop.ui.server_dialog import ServerDialog
from irev_desktop.ui.settings import UiSettings

from ..keyrings import MemoryKeyring, no_keyring, using_keyring
from ..pg_server import PgServer, free_port
from .fakes import FakeDialogs
from .keyboard import Keyboard, show_with_focus

ROLE = "irev_dialogue"
DATABASE = "dialogue"
PASSWORD = "bon mot de passe !"
KEYRING_SERVICE = "irev-desktop/serveur"


@pytest.fixture(autouse=True)
def choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The remembered choice of each test in its own folder, never the user's."""
    target = tmp_path / "config" / "base-choisie.json"
    monkeypatch.setenv(CHOICE_ENV_VAR, str(target))
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    i18n.install("fr")
    return target


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        assert isinstance(backend, MemoryKeyring)
        yield backend


@pytest.fixture(scope="module")
def password_server(pg_server: PgServer) -> Iterator[PgServer]:
    """The test server, where the role ``ROLE`` (and only it) must give its password: the
    other tests' roles keep the server's « trust »."""
    pg_server.create_database(DATABASE)
    pg_server.admin(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
    hba = pg_server.data_dir / "pg_hba.conf"
    before = hba.read_text()
    # The first line that matches decides: this one, for this role alone.
    hba.write_text(f"host all {ROLE} 127.0.0.1/32 scram-sha-256\n" + before)
    pg_server.admin("SELECT pg_reload_conf()")
    _wait_for_password_check(pg_server)
    try:
        yield pg_server
    finally:
        hba.write_text(before)
        pg_server.admin("SELECT pg_reload_conf()")
        pg_server.drop_database(DATABASE)
        pg_server.admin(f"DROP ROLE IF EXISTS {ROLE}")


def _wait_for_password_check(server: PgServer) -> None:
    """The server reads pg_hba.conf again a moment after being told to."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            psycopg.connect(
                host="127.0.0.1", port=server.port, user=ROLE, dbname=DATABASE, password="x"
            ).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.1)
    raise AssertionError("the server never asked for the password")


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port where something accepts the connection and then never says a word: a
    server that does not answer, as a hung machine or a filtering firewall."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()


def open_dialog(qtbot: QtBot, current_url: str | None = None, **options: bool) -> ServerDialog:
    """Shown and active, the keyboard where the dialog puts it (its first empty field)."""
    dialog = ServerDialog(None, current_url, **options)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return dialog


def fill(keyboard: Keyboard, host: str, port: str, database: str, user: str, password: str) -> None:
    """From the server field, each field in turn with Tab (which selects what is there)."""
    for value in (host, port, database, user, password):
        keyboard.type(value)
        keyboard.press(Qt.Key.Key_Tab)


def fields(dialog: ServerDialog) -> tuple[str, ...]:
    return tuple(
        f.text() for f in (dialog.host, dialog.port, dialog.database, dialog.user, dialog.password)
    )


def result_of(qtbot: QtBot, dialog: ServerDialog, timeout: int = 15000) -> str:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=timeout)
    return dialog.result_line.text()


@pytest.mark.postgresql
def test_a_wrong_password_is_said_in_french_and_nothing_typed_is_lost(
    qtbot: QtBot, password_server: PgServer, memory_keyring: MemoryKeyring, choice: Path
) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    port = str(password_server.port)
    fill(keyboard, "127.0.0.1", port, DATABASE, ROLE, "pas le bon")
    keyboard.enter()  # « Se connecter », the default button
    message = result_of(qtbot, dialog)
    assert message == (
        f"Le serveur de la base 127.0.0.1:{port}/{DATABASE} refuse la connexion : "
        "identifiant ou mot de passe incorrect."
    )
    assert dialog.isVisible() and dialog.result() == 0
    assert fields(dialog) == ("127.0.0.1", port, DATABASE, ROLE, "pas le bon")
    assert memory_keyring.secrets == {}
    assert not choice.exists()


@pytest.mark.postgresql
def test_the_right_password_connects_keeps_it_in_the_keyring_and_remembers_the_server(
    qtbot: QtBot, password_server: PgServer, memory_keyring: MemoryKeyring, choice: Path
) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    port = password_server.port
    fill(keyboard, "127.0.0.1", str(port), DATABASE, ROLE, PASSWORD)
    assert dialog.remember.isChecked()  # by default
    keyboard.press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # « Tester la connexion »
    qtbot.waitUntil(lambda: dialog.busy or "réussie" in dialog.result_line.text())
    assert result_of(qtbot, dialog).startswith("Connexion réussie")
    assert memory_keyring.secrets == {}  # a test keeps nothing
    keyboard.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # « Se connecter »
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
    url = f"postgresql://{ROLE}@127.0.0.1:{port}/{DATABASE}"
    assert memory_keyring.secrets == {
        (KEYRING_SERVICE, f"{ROLE}@127.0.0.1:{port}/{DATABASE}"): PASSWORD
    }
    assert remembered_server() == url
    assert PASSWORD not in choice.read_text(encoding="utf-8")
    assert "mot" not in choice.read_text(encoding="utf-8")
    chosen = dialog.chosen_paths()
    assert chosen is not None and chosen.is_server
    assert chosen.label == f"127.0.0.1:{port}/{DATABASE}"
    # Next start: the remembered URL, and the keyring's password, let the program in.
    assert AppPaths.resolve().url == url
    from irev_desktop.services.facade import Services

    Services.try_server(url, "")


@pytest.mark.postgresql
def test_unchecked_the_password_is_not_kept_and_a_kept_one_is_forgotten(
    qtbot: QtBot, password_server: PgServer, memory_keyring: MemoryKeyring
) -> None:
    port = password_server.port
    memory_keyring.secrets[(KEYRING_SERVICE, f"{ROLE}@127.0.0.1:{port}/{DATABASE}")] = "ancien"
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    fill(keyboard, "127.0.0.1", str(port), DATABASE, ROLE, PASSWORD)
    assert QApplication.focusWidget() is dialog.remember
    keyboard.press(Qt.Key.Key_Space)
    assert not dialog.remember.isChecked()
    keyboard.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
    assert memory_keyring.secrets == {}
    # The password typed still opens this session's store: in memory, in its URL.
    chosen = dialog.chosen_paths()
    assert chosen is not None and chosen.url is not None and PASSWORD not in chosen.label


def test_a_closed_port_does_not_answer(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    port = str(free_port())
    fill(keyboard, "127.0.0.1", port, "irev", "secretariat", "x")
    keyboard.enter()
    message = result_of(qtbot, dialog)
    assert message.startswith(f"Le serveur de la base 127.0.0.1:{port}/irev ne répond pas")
    assert fields(dialog) == ("127.0.0.1", port, "irev", "secretariat", "x")
    assert dialog.connect_button.isEnabled() and dialog.isVisible()


def test_a_server_that_never_answers_leaves_the_dialog_responsive(
    qtbot: QtBot, silent_server: int, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    fill(keyboard, "127.0.0.1", str(silent_server), "irev", "secretariat", "x")
    ticks: list[float] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(50)
    started = time.monotonic()
    keyboard.enter()
    qtbot.waitUntil(lambda: dialog.busy)
    assert dialog.result_line.text() == f"Connexion à 127.0.0.1:{silent_server}/irev…"
    assert not dialog.connect_button.isEnabled() and not dialog.test_button.isEnabled()
    # While the server is silent, the keyboard still works in the dialog.
    keyboard.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # « Mot de passe »
    assert QApplication.focusWidget() is dialog.password
    keyboard.press(Qt.Key.Key_End)
    keyboard.type("yz")
    assert dialog.password.text() == "xyz" and dialog.busy
    message = result_of(qtbot, dialog, timeout=30000)
    waited = time.monotonic() - started
    ticker.stop()
    assert "ne répond pas" in message
    assert 4 <= waited < 20  # the connect timeout (5 s), not the system's minutes
    # The event loop never stopped: no gap between two ticks near the wait itself.
    gaps = [later - earlier for earlier, later in itertools.pairwise(ticks)]
    assert len(ticks) > 20 and max(gaps) < 1.0
    assert fields(dialog)[4] == "xyz"


def test_escape_cancels_even_while_a_server_is_silent(
    qtbot: QtBot, silent_server: int, memory_keyring: MemoryKeyring, choice: Path
) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    fill(keyboard, "127.0.0.1", str(silent_server), "irev", "secretariat", "x")
    keyboard.enter()
    qtbot.waitUntil(lambda: dialog.busy)
    keyboard.press(Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()
    assert dialog.chosen_paths() is None and not choice.exists()


def test_the_fields_are_checked_before_any_connection(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot)
    keyboard = Keyboard()
    keyboard.enter()
    assert dialog.result_line.text() == "Indiquez le serveur : son nom ou son adresse."
    assert QApplication.focusWidget() is dialog.host and not dialog.busy
    keyboard.type("mon serveur")
    keyboard.enter()
    assert "sans espace" in dialog.result_line.text()
    assert QApplication.focusWidget() is dialog.host
    keyboard.type("serveur.exemple.fr")  # the wrong name was selected: replaced
    keyboard.press(Qt.Key.Key_Tab)
    keyboard.type("70000")
    keyboard.enter()
    assert dialog.result_line.text() == (
        "Le port est un nombre entre 1 et 65535 (5432 le plus souvent)."
    )
    assert QApplication.focusWidget() is dialog.port
    keyboard.type("0")
    keyboard.enter()
    assert QApplication.focusWidget() is dialog.port
    keyboard.type("5433")
    keyboard.enter()
    assert dialog.result_line.text() == "Indiquez le nom de la base."
    assert QApplication.focusWidget() is dialog.database
    keyboard.type("irev")
    keyboard.enter()
    assert dialog.result_line.text() == "Indiquez votre identifiant sur le serveur."
    assert QApplication.focusWidget() is dialog.user
    assert not dialog.busy and dialog.isVisible()
    assert fields(dialog) == ("serveur.exemple.fr", "5433", "irev", "", "")


def test_without_a_keyring_the_box_is_off_and_says_why(qtbot: QtBot) -> None:
    with using_keyring(no_keyring()):
        dialog = open_dialog(qtbot)
    assert not dialog.remember.isEnabled() and not dialog.remember.isChecked()
    assert "Aucun trousseau" in dialog.keyring_note.text()
    assert dialog.keyring_note.isVisibleTo(dialog)


def test_on_a_server_the_fields_show_it_but_never_its_password(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = open_dialog(qtbot, "postgresql://marie%20curie:secret@db.gip.fr:6543/irev")
    assert fields(dialog) == ("db.gip.fr", "6543", "irev", "marie curie", "")
    assert QApplication.focusWidget() is dialog.password


def test_after_a_failed_start_the_store_of_this_computer_is_offered(
    qtbot: QtBot, memory_keyring: MemoryKeyring, choice: Path
) -> None:
    url = "postgresql://secretariat@db.gip.fr:5432/irev"
    remember_server(url)
    dialog = open_dialog(qtbot, url, offer_local=True)
    assert dialog.local_button is not None and dialog.local_button.isVisible()
    Keyboard().press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.chosen_paths() == AppPaths.local()
    assert remembered_server() is None and not choice.exists()


# The window --------------------------------------------------------------------------


@pytest.fixture
def server_paths(pg_server: PgServer, pg_template: str, tmp_path: Path) -> Iterator[AppPaths]:
    url = pg_server.create_database("fenetre_serveur", template=pg_template)
    try:
        yield AppPaths.for_server(url, tmp_path / "donnees")
    finally:
        pg_server.drop_database("fenetre_serveur")


def make_window(qtbot: QtBot, paths: AppPaths, dialogs: FakeDialogs | None = None) -> MainWindow:
    window = MainWindow(paths, UiSettings(paths), dialogs or FakeDialogs())
    qtbot.addWidget(window)
    window.open_store()
    return window


@pytest.mark.postgresql
def test_back_to_this_computer_forgets_the_server(
    qtbot: QtBot, server_paths: AppPaths, choice: Path
) -> None:
    assert server_paths.url is not None
    remember_server(server_paths.url)
    window = make_window(qtbot, server_paths)
    assert window.services is not None
    assert window.windowTitle() == f"{server_paths.label} — {APP_NAME}"
    assert window.store_label.text() == server_paths.label
    assert window.local_store_action.isVisible()
    window.show()
    window.local_store_action.trigger()
    assert remembered_server() is None and not choice.exists()
    assert window.next_paths == AppPaths.local()
    assert not window.isVisible() and window.services is None


def test_on_this_computer_there_is_no_way_back_and_the_title_is_the_program(
    qtbot: QtBot, paths: AppPaths
) -> None:
    window = make_window(qtbot, paths)
    assert window.windowTitle() == APP_NAME
    assert not window.local_store_action.isVisible()
    qtbot.waitUntil(lambda: not window.connect_server_action.shortcut().isEmpty())
    assert window.connect_server_action.shortcut().toString() == "Ctrl+Shift+O"
    window.close()


@pytest.mark.postgresql
def test_connecting_from_the_file_menu_reopens_the_window_on_the_server(
    qtbot: QtBot,
    paths: AppPaths,
    password_server: PgServer,
    memory_keyring: MemoryKeyring,
) -> None:
    dialogs = FakeDialogs()
    window = make_window(qtbot, paths, dialogs)
    window.show()
    port = password_server.port

    def type_in(dialog: QDialog) -> bool:
        assert isinstance(dialog, ServerDialog)
        show_with_focus(qtbot, dialog, dialog.host)
        fill(Keyboard(), "127.0.0.1", str(port), DATABASE, ROLE, PASSWORD)
        Keyboard().press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15000)
        return True

    dialogs.forms.append(type_in)
    window.connect_server_action.trigger()
    assert window.next_paths is not None
    assert window.next_paths.label == f"127.0.0.1:{port}/{DATABASE}"
    assert not window.isVisible() and window.services is None
    assert remembered_server() == f"postgresql://{ROLE}@127.0.0.1:{port}/{DATABASE}"


def test_the_program_opens_again_on_the_store_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    """``app.run``: a window closed by ``reopen`` is followed by one on the new store."""
    from irev_desktop.app import run

    first = AppPaths(tmp_path / "un" / "irev.sqlite")
    second = AppPaths(tmp_path / "deux" / "irev.sqlite")
    seen: list[MainWindow] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            opened = isinstance(widget, MainWindow) and widget.context is not None
            if opened and widget.isVisible() and widget not in seen:
                assert isinstance(widget, MainWindow)
                seen.append(widget)
                if len(seen) == 1:
                    widget.reopen(second)
                else:
                    widget.close()

    ticker = QTimer()
    ticker.timeout.connect(poll)
    ticker.start(20)
    try:
        assert run(first, ["irev"]) == 0
    finally:
        ticker.stop()
    assert [w.paths for w in seen] == [first, second]


@pytest.mark.postgresql
def test_the_program_opens_again_on_the_server_with_the_password_typed(
    qtbot: QtBot, tmp_path: Path, server_paths: AppPaths
) -> None:
    """The password typed in the dialog reaches the new window in memory, in its URL;
    the window shows the server without it."""
    from irev_desktop.app import run

    assert server_paths.url is not None
    with_password = server_paths.url.replace("postgres@", "postgres:tapé-ici@")
    second = AppPaths.for_server(with_password, tmp_path / "donnees")
    seen: list[MainWindow] = []

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            opened = isinstance(widget, MainWindow) and widget.context is not None
            if opened and widget.isVisible() and widget not in seen:
                assert isinstance(widget, MainWindow)
                seen.append(widget)
                if len(seen) == 1:
                    widget.reopen(second)
                else:
                    assert widget.services is not None and widget.services.paths.is_server
                    assert "tapé-ici" not in widget.windowTitle()
                    assert widget.windowTitle() == f"{server_paths.label} — {APP_NAME}"
                    widget.close()

    ticker = QTimer()
    ticker.timeout.connect(poll)
    ticker.start(20)
    try:
        assert run(AppPaths(tmp_path / "un" / "irev.sqlite"), ["irev"]) == 0
    finally:
        ticker.stop()
    assert [w.paths for w in seen][1:] == [second]
