"""Fichier → Se connecter à un serveur… : the team's PostgreSQL database.

The connection is tried off the interface's thread (a server that does not answer
takes the connect timeout, 5 s, or longer while its name is looked up): the dialog
stays responsive, says what it is doing and then the result, in one line. What was
typed stays on failure. The password goes to the OS keyring when the user asks for it,
never to a file; the chosen server (without its password) is remembered as the store
to open (``paths.remember_server``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.errors import IrevError
from irev_desktop.paths import AppPaths, forget_server, remember_server, server_label
from irev_desktop.services.facade import Services
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.style import show_state

DEFAULT_PORT = 5432
# How long quitting waits for a connection attempt still running (its own timeout is
# 5 s per address of the server); a QThread destroyed while it runs aborts the program.
_QUIT_WAIT_MS = 12_000

_STATUS_STYLE = """
QLabel#serverResult { padding: 4px 0; }
QLabel#serverResult[state="busy"] { color: #495057; }
QLabel#serverResult[state="ok"] { color: #1b4332; font-weight: bold; }
QLabel#serverResult[state="error"] { color: #b00020; font-weight: bold; }
QLabel#keyringNote { color: #495057; }
"""


class ServerProbe(QThread):
    """One connection attempt (and, for « Se connecter », the keyring's part) on its own
    thread. ``answered`` carries None, or the exception that stopped it."""

    answered = Signal(object)

    def __init__(self, job: Callable[[], None]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        try:
            self._job()
        except Exception as error:  # shown (or re-raised) by the interface's thread
            self.answered.emit(error)
            return
        self.answered.emit(None)


class KeyringRefused(Exception):
    """The server accepted the login, the keyring did not keep the password."""

    def __init__(self, error: IrevError) -> None:
        super().__init__(str(error))
        self.error = error


# Attempts still running: kept alive until they end, even when their dialog is gone.
_RUNNING: set[ServerProbe] = set()


def _start(job: Callable[[], None], answer: Callable[[object], None]) -> ServerProbe:
    probe = ServerProbe(job)
    _RUNNING.add(probe)
    probe.answered.connect(answer)
    probe.finished.connect(lambda: _finished(probe))
    app = QCoreApplication.instance()
    if app is not None and not app.property("serverProbesWaited"):
        app.setProperty("serverProbesWaited", True)
        app.aboutToQuit.connect(wait_for_probes)
    probe.start()
    return probe


def _finished(probe: ServerProbe) -> None:
    _RUNNING.discard(probe)
    probe.deleteLater()


def wait_for_probes() -> None:
    """Let the attempts still running end before the program does."""
    for probe in list(_RUNNING):
        if not probe.wait(_QUIT_WAIT_MS):
            probe.terminate()  # the program is ending: better than Qt's abort
            probe.wait()


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The URL of a server database, without a password."""
    shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address
    return f"postgresql://{quote(user, safe='')}@{shown_host}:{port}/{quote(database, safe='')}"


class ServerDialog(QDialog):
    """Server, port, database, login and password; « Tester la connexion » and « Se
    connecter » try them without blocking. Accepted, ``connected_url`` is the URL to
    open (with the password typed, kept in memory only), or ``local_chosen`` is set
    when the user chose the store of this computer instead (``offer_local``)."""

    def __init__(
        self,
        parent: QWidget | None,
        current_url: str | None = None,
        *,
        failure: str | None = None,
        offer_local: bool = False,
    ) -> None:
        super().__init__(parent)
        self.connected_url: str | None = None
        self.local_chosen = False
        self._probe: ServerProbe | None = None
        self.setObjectName("serverDialog")
        self.setWindowTitle(self.tr("Se connecter à un serveur"))
        self.setMinimumWidth(540)
        self.setStyleSheet(_STATUS_STYLE)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "La base partagée de l'équipe, sur un serveur PostgreSQL. Demandez ces "
                "informations à la personne qui l'administre."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = self._field("serverHost", self.tr("serveur.exemple.fr ou 192.168.1.10"))
        self.port = self._field("serverPort", str(DEFAULT_PORT))
        self.port.setText(str(DEFAULT_PORT))
        self.port.setMaxLength(5)
        self.port.setMinimumWidth(0)  # five digits: a short field
        self.port.setMaximumWidth(90)
        self.database = self._field("serverDatabase", "irev")
        self.user = self._field("serverUser", self.tr("votre identifiant"))
        self.password = self._field("serverPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Serveur"), self.host)
        form.addRow(self.tr("&Port"), self.port)
        form.addRow(self.tr("&Base"), self.database)
        form.addRow(self.tr("&Identifiant"), self.user)
        form.addRow(self.tr("&Mot de passe"), self.password)
        self.remember = QCheckBox(self.tr("&Retenir le mot de passe dans le trousseau du système"))
        self.remember.setObjectName("rememberPassword")
        self.remember.setChecked(True)
        form.addRow("", self.remember)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        form.addRow("", self.keyring_note)
        layout.addLayout(form)
        self.result_line = QLabel()
        self.result_line.setObjectName("serverResult")
        self.result_line.setWordWrap(True)  # a long French message stays in the dialog
        self.result_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_line)
        self.buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("&Tester la connexion"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)  # Entrée connects; Alt+T tests
        self.connect_button = QPushButton(self.tr("Se &connecter"))
        self.connect_button.setObjectName("connectServer")
        self.connect_button.setDefault(True)
        self.local_button: QPushButton | None = None
        if offer_local:
            self.local_button = QPushButton(self.tr("Ouvrir la base de cet &ordinateur"))
            self.local_button.setObjectName("openLocalStore")
            self.local_button.setAutoDefault(False)
            self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.local_button.clicked.connect(self.choose_local)
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        # « Tester » apart, on the left: it neither closes the dialog nor goes anywhere.
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self._offer_keyring()
        if current_url:
            self._fill_from(current_url)
        if failure:
            self._show("error", failure)
        self._focused_once = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # the keyboard where typing starts: the first gap
            self._focused_once = True
            self._first_empty_field().setFocus()

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMinimumWidth(300)
        return field

    def _offer_keyring(self) -> None:
        if Services.server_keyring_available():
            return
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.keyring_note.setText(
            self.tr(
                "Aucun trousseau du système n'est disponible sur ce poste : le mot de passe "
                "ne peut pas être retenu, il sera redemandé au prochain démarrage."
            )
        )
        self.keyring_note.show()

    def _fill_from(self, url: str) -> None:
        """The fields of the server open now (or remembered); never its password."""
        parts = urlsplit(url)
        self.host.setText(parts.hostname or "")
        with suppress(ValueError):  # a port that is no number: the default stays
            self.port.setText(str(parts.port or DEFAULT_PORT))
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))

    def _first_empty_field(self) -> QLineEdit:
        for field in (self.host, self.database, self.user, self.password):
            if not field.text():
                return field
        return self.password

    # The form ------------------------------------------------------------------------
    def form_url(self) -> str | None:
        """The URL of the fields (without the password); None, with the reason shown
        and the field focused, when one is missing or wrong."""
        host = self.host.text().strip()
        port_text = self.port.text().strip()
        database = self.database.text().strip()
        user = self.user.text().strip()
        port = int(port_text) if port_text.isdigit() else 0
        refusal: tuple[QLineEdit, str] | None = None
        if not host:
            refusal = (self.host, self.tr("Indiquez le serveur : son nom ou son adresse."))
        elif any(c.isspace() or c in "/@?#" for c in host):
            refusal = (
                self.host,
                self.tr(
                    "Le serveur s'écrit sans espace, ni « / » ni « @ » : son nom "
                    "(serveur.exemple.fr) ou son adresse (192.168.1.10)."
                ),
            )
        elif not 1 <= port <= 65535:
            refusal = (
                self.port,
                self.tr("Le port est un nombre entre 1 et 65535 (5432 le plus souvent)."),
            )
        elif not database:
            refusal = (self.database, self.tr("Indiquez le nom de la base."))
        elif not user:
            refusal = (self.user, self.tr("Indiquez votre identifiant sur le serveur."))
        if refusal is not None:
            self._refuse(*refusal)
            return None
        return server_url(host, port, database, user)

    def _refuse(self, field: QLineEdit, message: str) -> None:
        self._show("error", message)
        field.setFocus()
        field.selectAll()

    def _show(self, state: str, text: str) -> None:
        self.result_line.setText(text)
        show_state(self.result_line, "state", state)

    def done(self, result: int) -> None:
        self._set_busy(None)  # an attempt still running is no longer waited for
        super().done(result)

    @property
    def busy(self) -> bool:
        return self._probe is not None

    def _set_busy(self, probe: ServerProbe | None) -> None:
        self._probe = probe
        busy = probe is not None
        # The fields stay editable and Échap still cancels: only a second attempt waits.
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    # Testing and connecting ----------------------------------------------------------
    def test_connection(self) -> None:
        url = self.form_url()
        if url is None or self.busy:
            return
        password = self.password.text()
        self._begin(url, lambda: Services.try_server(url, password), self._tested)

    def connect_to_server(self) -> None:
        url = self.form_url()
        if url is None or self.busy:
            return
        password = self.password.text()
        remember = self.remember.isChecked()

        def job() -> None:
            Services.try_server(url, password)
            # On this thread too: a keyring may block while the system asks to unlock it.
            if remember and password:
                try:
                    Services.save_server_password(url, password)
                except IrevError as error:
                    raise KeyringRefused(error) from error
            elif not remember:
                Services.forget_server_password(url)

        self._begin(url, job, lambda error: self._connected(error, url, password))

    def _begin(self, url: str, job: Callable[[], None], then: Callable[[object], None]) -> None:
        self._show(
            "busy",
            self.tr("Connexion à {server}…").format(server=server_label(url)),
        )
        probe: ServerProbe | None = None

        def answer(error: object) -> None:
            if self._probe is not probe:
                return  # an attempt this dialog no longer waits for
            self._set_busy(None)
            then(error)

        probe = _start(job, answer)
        self._set_busy(probe)

    def _failed(self, error: object) -> bool:
        """Show ``error`` if there is one; an unexpected one goes to the error handler."""
        if error is None:
            return False
        if isinstance(error, IrevError):
            self._show("error", error_text(error))
            return True
        assert isinstance(error, BaseException)
        self._show("error", self.tr("La connexion a échoué de façon inattendue."))
        raise error  # logged and shown by the program's handler of unexpected errors

    def _tested(self, error: object) -> None:
        if not self._failed(error):
            self._show("ok", self.tr("Connexion réussie : le serveur répond et vous accepte."))

    def _connected(self, error: object, url: str, password: str) -> None:
        if isinstance(error, KeyringRefused):
            # The server let us in, the keyring did not keep the password: say so, and
            # let a second « Se connecter » go on without keeping it.
            self.remember.setChecked(False)
            error = error.error
        if self._failed(error):
            return
        try:
            remember_server(url)
        except OSError as failure:
            self._show(
                "error",
                self.tr("Le choix du serveur n'a pas pu être enregistré ({reason}).").format(
                    reason=failure.strerror or failure
                ),
            )
            return
        self.connected_url = url if not password else _with_password(url, password)
        self.accept()

    def choose_local(self) -> None:
        """The store of this computer, the remembered server forgotten."""
        try:
            forget_server()
        except OSError as failure:
            self._show(
                "error",
                self.tr("Le choix du serveur n'a pas pu être oublié ({reason}).").format(
                    reason=failure.strerror or failure
                ),
            )
            return
        self.local_chosen = True
        self.accept()

    def chosen_paths(self) -> AppPaths | None:
        """Where to go once accepted: the server connected to, or this computer's store."""
        if self.local_chosen:
            return AppPaths.local()
        if self.connected_url is not None:
            return AppPaths.for_server(self.connected_url)
        return None


def _with_password(url: str, password: str) -> str:
    """``url`` with ``password``, for this session only (never written anywhere)."""
    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    return parts._replace(netloc=f"{user}:{quote(password, safe='')}@{host}").geturl()


def ask_after_failed_start(paths: AppPaths, parent: QWidget | None = None) -> AppPaths | None:
    """The server the program started on could not be opened (the user was told why):
    offer to fix the connection, or to open the store of this computer. None: quit."""
    from irev_desktop.ui.dialogs import Dialogs

    failure = QCoreApplication.translate(
        "ServerDialog",
        "La base {server} n'a pas pu être ouverte : corrigez la connexion, ou ouvrez la "
        "base de cet ordinateur.",
    ).format(server=paths.label)
    dialog = ServerDialog(parent, paths.url, failure=failure, offer_local=True)
    try:
        if not Dialogs().run(dialog):
            return None
        return dialog.chosen_paths()
    finally:
        dialog.deleteLater()
