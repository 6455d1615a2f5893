"""The File and Help menus' dialogs: backup, preferences and language, signing key, the
server to connect to (and back), about."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from irev_desktop import APP_NAME, __version__
from irev_desktop.ui import i18n
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.main_window.pages import open_meeting

if TYPE_CHECKING:
    from irev_desktop.ui.main_window.window import MainWindow


def backup(window: MainWindow) -> None:
    """A copy of the store, written where the user chooses."""
    if window.services is None:
        return
    from irev_desktop.domain.errors import IrevError

    target = window.dialogs.save_file(
        window,
        QCoreApplication.translate("MainWindow", "Sauvegarder la base"),
        "irev-sauvegarde.sqlite",
        QCoreApplication.translate("MainWindow", "Base IREV (*.sqlite)"),
    )
    if target is None:
        return
    try:
        written = window.services.backups.backup(target)
    except IrevError as error:
        window.dialogs.error(
            window, QCoreApplication.translate("MainWindow", "Sauvegarde"), error_text(error)
        )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Sauvegarde écrite : {path}").format(path=written),
        6000,
    )


def preferences(window: MainWindow) -> None:
    from irev_desktop.ui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window, window.settings, window.paths)
    if window.dialogs.run(dialog) and dialog.language() != i18n.current():
        switch_language(window, dialog.language())


def switch_language(window: MainWindow, language: str) -> None:
    """Apply a language at once: translators, then every text of the window."""
    window.save_pending()
    window.settings.language = language
    i18n.install(language)
    page = window.current_page()
    meeting_id = window.meeting_page.meeting_id if "meeting" in window.pages else None
    window.rebuild()
    if window.services is not None:
        if meeting_id is not None:
            open_meeting(window, meeting_id, show=False)
        window.show_page(page or "meetings")


def signing_key(window: MainWindow) -> None:
    """The organisation's signing key: shown, created, imported."""
    context = window.context
    if context is None:
        return
    organisations = context.services.registry.organisations()
    if not organisations:
        window.dialogs.info(
            window,
            QCoreApplication.translate("MainWindow", "Clé de signature des procès-verbaux"),
            QCoreApplication.translate(
                "MainWindow", "Créez d'abord l'organisation (page Instances et bureau)."
            ),
        )
        return
    from irev_desktop.ui.signing import SigningKeyDialog

    dialog = SigningKeyDialog(context, organisations[0].id, window)
    window.dialogs.run(dialog)


def about(window: MainWindow) -> None:
    window.dialogs.info(
        window,
        QCoreApplication.translate("MainWindow", "À propos d'IREV Desktop"),
        QCoreApplication.translate(
            "MainWindow",
            "{name} {version}\n\nLe registre des instances, séances, délibérations et "
            "procès-verbaux d'un groupement d'intérêt public, hors ligne.\n\n"
            "Données : {path}",
        ).format(name=APP_NAME, version=__version__, path=window.paths.label),
    )


def _no_seance(window: MainWindow, title: str) -> bool:
    """Whether the store may be changed now: not while séance mode writes to it."""
    if window.seance_window is None:
        return True
    window.dialogs.info(
        window,
        title,
        QCoreApplication.translate(
            "MainWindow", "Fermez d'abord le mode séance : ses notes vont dans la base ouverte."
        ),
    )
    return False


def connect_to_server(window: MainWindow) -> None:
    """The connection dialog; connected, the window reopens on the server. The password
    typed rides in memory in the new window's URL: it needs no keyring this time."""
    if not _no_seance(window, QCoreApplication.translate("MainWindow", "Se connecter")):
        return
    from irev_desktop.ui.server_dialog import ServerDialog

    dialog = ServerDialog(window, window.paths.url)
    try:
        chosen = dialog.chosen_paths() if window.dialogs.run(dialog) else None
    finally:
        dialog.deleteLater()
    if chosen is not None:
        window.reopen(chosen)


def back_to_local_store(window: MainWindow) -> None:
    """Forget the remembered server and reopen on the store of this computer."""
    title = QCoreApplication.translate("MainWindow", "Revenir à la base de cet ordinateur")
    if not _no_seance(window, title):
        return
    from irev_desktop.paths import AppPaths, forget_server

    try:
        forget_server()
    except OSError as error:
        window.dialogs.error(
            window,
            title,
            QCoreApplication.translate(
                "MainWindow", "Le choix du serveur n'a pas pu être oublié ({reason})."
            ).format(reason=error.strerror or error),
        )
        return
    window.reopen(AppPaths.local())
