"""Menus, toolbar and their actions, laid out with the frame; their keys bound later."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from irev_desktop.ui.main_window.pages import PAGE_KEYS, new_meeting

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar

    from irev_desktop.ui.main_window.window import MainWindow

# The texts keep the context of the class that showed them before: "MainWindow".


def build_menus(window: MainWindow) -> None:
    """Menus and toolbar, laid out with the frame so that nothing moves when the data
    arrives; their key sequences are bound once the first screen shows, because the
    first one costs more than the whole frame (``bind_shortcuts``)."""
    window._pending_shortcuts = []
    bar = window.menuBar()
    bar.clear()
    _file_menu(window, bar)
    undo_action = _edit_menu(window, bar)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Affichage"))
    for number, key in enumerate(PAGE_KEYS, start=1):
        action = _action(
            window,
            window.navigation.item(number - 1).text(),
            f"Ctrl+{number}",
            partial(window.show_page, key),
        )
        view_menu.addAction(action)

    window.export_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "E&xporter"))
    window.export_menu.setObjectName("exportMenu")

    seance_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Séance"))
    window.seance_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Mode séance"), "F5", window.open_seance
    )
    seance_menu.addAction(window.seance_action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Aide"))
    about = _action(
        window,
        QCoreApplication.translate("MainWindow", "À &propos d'IREV Desktop"),
        "F1",
        window.about,
    )
    help_menu.addAction(about)
    _toolbar(window, undo_action)


def _file_menu(window: MainWindow, bar: QMenuBar) -> None:
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Fichier"))
    window.new_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Nouvelle séance…"),
        QKeySequence.StandardKey.New,
        partial(new_meeting, window),
    )
    window.save_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Enregistrer"),
        QKeySequence.StandardKey.Save,
        window.save_pending,
    )
    window.backup_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Sauvegarder la base…"),
        None,
        window.backup,
    )
    window.signing_key_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Clé de signature…"),
        None,
        window.signing_key,
    )
    window.preferences_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Préférences…"),
        QKeySequence.StandardKey.Preferences,
        window.preferences,
    )
    window.connect_server_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Se connecter à un ser&veur…"),
        "Ctrl+Shift+O",
        window.connect_to_server,
    )
    window.local_store_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "Revenir à la base de cet &ordinateur"),
        None,
        window.back_to_local_store,
    )
    # Only on a server: on this computer's store there is nowhere to come back to.
    window.local_store_action.setVisible(window.paths.is_server)
    # A server is backed up by its administrator, not by copying a file here.
    window.backup_action.setVisible(not window.paths.is_server)
    quit_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quitter"),
        QKeySequence.StandardKey.Quit,
        window.close,
    )
    for action in (
        window.new_action,
        window.save_action,
        window.backup_action,
        window.signing_key_action,
    ):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(window.connect_server_action)
    file_menu.addAction(window.local_store_action)
    file_menu.addSeparator()
    file_menu.addAction(window.preferences_action)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)


def _edit_menu(window: MainWindow, bar: QMenuBar) -> QAction:
    """The Edit menu; returns its undo action, which the toolbar shows too."""
    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "É&dition"))
    undo_action = window.undo.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Annuler")
    )
    redo_action = window.undo.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Rétablir")
    )
    window._pending_shortcuts += [
        (undo_action, QKeySequence.StandardKey.Undo),
        (redo_action, QKeySequence.StandardKey.Redo),
    ]
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    window.find_action = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Rechercher…"),
        QKeySequence.StandardKey.Find,
        window.focus_search,
    )
    edit_menu.addAction(window.find_action)
    return undo_action


def _toolbar(window: MainWindow, undo_action: QAction) -> None:
    toolbar = window.findChild(QWidget, "mainToolbar")
    if toolbar is not None:
        window.removeToolBar(toolbar)  # type: ignore[arg-type]
        toolbar.deleteLater()
    tools = window.addToolBar(QCoreApplication.translate("MainWindow", "Barre d'outils"))
    tools.setObjectName("mainToolbar")
    tools.setMovable(False)
    tools.addAction(window.new_action)
    tools.addAction(window.save_action)
    tools.addAction(undo_action)
    tools.addAction(window.seance_action)
    tools.addSeparator()
    window.search_field = QLineEdit()
    window.search_field.setObjectName("searchField")
    window.search_field.setPlaceholderText(
        QCoreApplication.translate("MainWindow", "Rechercher dans l'archive… (Ctrl+F)")
    )
    window.search_field.setClearButtonEnabled(True)
    window.search_field.setMaximumWidth(420)
    window.search_field.textEdited.connect(window._search_typed)
    window.search_field.returnPressed.connect(window._search_enter)
    tools.addWidget(window.search_field)


def _action(
    window: MainWindow,
    text: str,
    keys: QKeySequence.StandardKey | str | None,
    slot: Callable[[], object],
) -> QAction:
    action = QAction(text, window)
    if keys is not None:
        window._pending_shortcuts.append((action, keys))
    action.triggered.connect(slot)
    return action


def bind_shortcuts(window: MainWindow) -> None:
    for action, keys in window._pending_shortcuts:
        action.setShortcut(QKeySequence(keys))
    window._pending_shortcuts = []
