"""The main window: navigation, pages, menus, status bar, remembered layout.

The frame paints first; the store and the pages (which import SQLAlchemy) come right
after, so the window appears at once even on a twenty-year archive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from irev_desktop import APP_NAME, __version__
from irev_desktop.paths import AppPaths
from irev_desktop.ui import i18n
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.dialogs import Dialogs
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.settings import UiSettings
from irev_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from irev_desktop.services.facade import Services
    from irev_desktop.services.search import SearchHit
    from irev_desktop.ui.context import UiContext
    from irev_desktop.ui.pages.meeting.page import MeetingPage
    from irev_desktop.ui.pages.meetings import MeetingsPage
    from irev_desktop.ui.pages.search import SearchPage
    from irev_desktop.ui.pages.welcome import WelcomePage
    from irev_desktop.ui.seance.window import SeanceWindow

PAGE_KEYS = ("board", "meetings", "meeting", "archive", "search")


class AfterNextFrame(QObject):
    """Calls ``then`` once ``window`` has painted its next frame, then goes away."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            # Queued: the frame is painted once the window has handled this event.
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


class MainWindow(QMainWindow):
    """Signals: storeOpened() — the store is open and the pages are built."""

    storeOpened = Signal()

    def __init__(self, paths: AppPaths, settings: UiSettings, dialogs: Dialogs) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self.dialogs = dialogs
        self.bus = ChangeBus(self)
        self.undo = QUndoStack(self)
        self.services: Services | None = None
        self.context: UiContext | None = None
        # Pages are built the first time they are shown: the first screen comes sooner.
        self.pages: dict[str, QWidget] = {}
        self._ready = False
        self.exit_code = 0
        self._open_on_paint = False
        self.seance_window: SeanceWindow | None = None
        self._seance_request: int | None = None  # séance mode asked for before the store
        self.welcome: WelcomePage | None = None  # only for a store with no organisation
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1200, 780)
        geometry = settings.bytes_value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._build_frame()
        self._build_menus()

    # Frame -----------------------------------------------------------------------------
    def _build_frame(self) -> None:
        # No Qt.* enum is touched before the first paint: PySide builds the whole Qt
        # namespace of enums on first use (about 60 ms here), which can wait.
        self.splitter = QSplitter()  # horizontal by default
        self.splitter.setObjectName("mainSplitter")
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.loading = QLabel("<center>" + self.tr("Ouverture des données…") + "</center>")
        self.stack.addWidget(self.loading)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        state = self.settings.bytes_value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([220, 980])
        self.setCentralWidget(self.splitter)
        labels = {
            "board": self.tr("Instances et bureau"),
            "meetings": self.tr("Séances"),
            "meeting": self.tr("Séance"),
            "archive": self.tr("Archive"),
            "search": self.tr("Recherche"),
        }
        for number, key in enumerate(PAGE_KEYS, start=1):
            item = QListWidgetItem(f"{labels[key]}")
            item.setToolTip(f"Ctrl+{number}")
            self.navigation.addItem(item)
        self.navigation.setEnabled(False)
        self.navigation.currentItemChanged.connect(self._navigate)
        self.store_label = QLabel()
        self.store_label.setObjectName("storeLabel")
        # The whole width of the bar: a read-only reason reads on one or two lines.
        self.statusBar().addPermanentWidget(self.store_label, 1)

    def _build_menus(self) -> None:
        """Menus and toolbar, laid out with the frame so that nothing moves when the data
        arrives; their key sequences are bound once the first screen shows, because the
        first one costs more than the whole frame (``bind_shortcuts``)."""
        self._pending_shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]] = []
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self.new_action = self._action(
            self.tr("&Nouvelle séance…"), QKeySequence.StandardKey.New, self._new_meeting
        )
        self.save_action = self._action(
            self.tr("&Enregistrer"), QKeySequence.StandardKey.Save, self.save_pending
        )
        self.backup_action = self._action(self.tr("&Sauvegarder la base…"), None, self.backup)
        self.signing_key_action = self._action(
            self.tr("&Clé de signature…"), None, self.signing_key
        )
        self.preferences_action = self._action(
            self.tr("&Préférences…"), QKeySequence.StandardKey.Preferences, self.preferences
        )
        quit_action = self._action(self.tr("&Quitter"), QKeySequence.StandardKey.Quit, self.close)
        for action in (
            self.new_action,
            self.save_action,
            self.backup_action,
            self.signing_key_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.preferences_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("É&dition"))
        undo_action = self.undo.createUndoAction(self, self.tr("&Annuler"))
        redo_action = self.undo.createRedoAction(self, self.tr("&Rétablir"))
        self._pending_shortcuts += [
            (undo_action, QKeySequence.StandardKey.Undo),
            (redo_action, QKeySequence.StandardKey.Redo),
        ]
        edit_menu.addAction(undo_action)
        edit_menu.addAction(redo_action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Rechercher…"), QKeySequence.StandardKey.Find, self.focus_search
        )
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&Affichage"))
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = self._action(
                self.navigation.item(number - 1).text(),
                f"Ctrl+{number}",
                partial(self.show_page, key),
            )
            view_menu.addAction(action)

        self.export_menu = bar.addMenu(self.tr("E&xporter"))
        self.export_menu.setObjectName("exportMenu")

        seance_menu = bar.addMenu(self.tr("&Séance"))
        self.seance_action = self._action(self.tr("&Mode séance"), "F5", self.open_seance)
        seance_menu.addAction(self.seance_action)

        help_menu = bar.addMenu(self.tr("&Aide"))
        about = self._action(self.tr("À &propos d'IREV Desktop"), "F1", self.about)
        help_menu.addAction(about)

        toolbar = self.findChild(QWidget, "mainToolbar")
        if toolbar is not None:
            self.removeToolBar(toolbar)  # type: ignore[arg-type]
            toolbar.deleteLater()
        tools = self.addToolBar(self.tr("Barre d'outils"))
        tools.setObjectName("mainToolbar")
        tools.setMovable(False)
        tools.addAction(self.new_action)
        tools.addAction(self.save_action)
        tools.addAction(undo_action)
        tools.addAction(self.seance_action)
        tools.addSeparator()
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Rechercher dans l'archive… (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(420)
        self.search_field.textEdited.connect(self._search_typed)
        self.search_field.returnPressed.connect(self._search_enter)
        tools.addWidget(self.search_field)

    def _action(
        self, text: str, keys: QKeySequence.StandardKey | str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            self._pending_shortcuts.append((action, keys))
        action.triggered.connect(slot)
        return action

    def bind_shortcuts(self) -> None:
        for action, keys in self._pending_shortcuts:
            action.setShortcut(QKeySequence(keys))
        self._pending_shortcuts = []

    # Store and pages -------------------------------------------------------------------
    def open_store_after_first_paint(self) -> None:
        self._open_on_paint = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._open_on_paint:
            self._open_on_paint = False
            # Queued: this paint reaches the screen before SQLAlchemy is even imported.
            QTimer.singleShot(0, self.open_store)

    def open_store(self) -> None:
        """Open the store (after the first paint) and build the first page."""
        from irev_desktop.domain.errors import StoreCorruptError, StoreError, StoreInUseError
        from irev_desktop.services.facade import Services

        try:
            try:
                services = Services.open(self.paths, write=True)
            except StoreInUseError:
                services = Services.open(self.paths, write=False)
        except (StoreCorruptError, StoreError) as error:
            self.dialogs.error(self, APP_NAME, error_text(error))
            self.exit_code = 1
            QTimer.singleShot(0, self.close)
            return
        self.attach(services)

    def attach(self, services: Services) -> None:
        from irev_desktop.ui.context import UiContext

        self.services = services
        self.context = UiContext(
            services,
            self.dialogs,
            self.bus,
            self.settings,
            self.undo,
            open_meeting=self.open_meeting,
        )
        self._build_pages()
        self.bus.storeReplaced.connect(self._store_replaced)
        writable = services.store.writable
        reason = services.store.read_only_reason
        # A long reason wraps: the window keeps its width.
        self.store_label.setWordWrap(bool(reason))
        self.store_label.setText(
            self.tr("Base en lecture seule : {reason}").format(reason=reason)
            if reason
            else str(services.paths.db)
        )
        self.new_action.setEnabled(writable)
        from irev_desktop.ui.export_actions import ExportActions

        self.export_actions = ExportActions(self.context, self, self._meeting_for_actions)
        self.export_menu.clear()
        self.export_actions.fill(self.export_menu)
        self.storeOpened.emit()
        request, self._seance_request = self._seance_request, None
        if request is not None:  # once: a later attach (language switch) does not reopen
            self.open_seance_when_ready(request)
        # What the user waits for comes first: the rest follows the frame that shows it.
        if self.isVisible():
            AfterNextFrame(self, self._after_first_page)
        else:  # no frame to wait for
            QTimer.singleShot(0, self._after_first_page)

    def _after_first_page(self) -> None:
        self.bind_shortcuts()
        if self.services is not None:
            # Load the rest of the data layer while the user reads the list, so that the
            # first meeting opened does not wait for SQLAlchemy.
            threading.Thread(target=self.services.warm_up, name="irev-warm-up").start()

    def _page(self, key: str) -> QWidget:
        """The page ``key``, built now if it has not been shown yet."""
        if key in self.pages:
            return self.pages[key]
        context = self.context
        assert context is not None
        page: QWidget
        if key == "board":
            from irev_desktop.ui.pages.board import BoardPage

            page = BoardPage(context)
        elif key == "meeting":
            from irev_desktop.ui.pages.meeting.page import MeetingPage

            page = MeetingPage(context)
        elif key == "archive":
            from irev_desktop.ui.pages.archive import ArchivePage

            page = ArchivePage(context)
        elif key == "search":
            from irev_desktop.ui.pages.search import SearchPage

            search = SearchPage(context)
            search.openRequested.connect(self.open_hit)
            page = search
        else:
            from irev_desktop.ui.pages.meetings import MeetingsPage

            page = MeetingsPage(context)
        self.pages[key] = page
        self.stack.addWidget(page)
        self._restore_splitters(page)
        return page

    def _build_pages(self) -> None:
        context = self.context
        assert context is not None
        self._ready = True
        empty = not context.services.listing.has_organisations()
        self.navigation.setEnabled(not empty)
        if empty:
            from irev_desktop.ui.pages.welcome import WelcomePage

            self.welcome = WelcomePage(context)
            self.welcome.ready.connect(self._after_welcome)
            self.stack.addWidget(self.welcome)
            self.stack.setCurrentWidget(self.welcome)
            return
        page = self.settings.text("window/page", "meetings")
        last_meeting = self.settings.text("window/meeting")
        if page == "meeting" and last_meeting.isdigit():
            self._try_open_meeting(int(last_meeting), show=False)
        self.show_page(page)

    def _after_welcome(self) -> None:
        self.navigation.setEnabled(True)
        self.show_page("meetings")

    def _store_replaced(self) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def show_page(self, key: str) -> None:
        if key not in PAGE_KEYS or not self._ready:
            key = "meetings"
        if key == "meeting" and ("meeting" not in self.pages or self.meeting_page.meeting is None):
            key = "meetings"
        page = self._page(key)
        self.navigation.setCurrentRow(PAGE_KEYS.index(key))
        self.stack.setCurrentWidget(page)

    def current_page(self) -> str:
        for key, page in self.pages.items():
            if self.stack.currentWidget() is page:
                return key
        return ""

    @property
    def meeting_page(self) -> MeetingPage:
        return cast("MeetingPage", self._page("meeting"))

    @property
    def meetings_page(self) -> MeetingsPage:
        return cast("MeetingsPage", self._page("meetings"))

    def _navigate(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None or not self._ready:
            return
        key = PAGE_KEYS[self.navigation.row(current)]
        if key == "meeting" and self.meeting_page.meeting is None:
            self.statusBar().showMessage(self.tr("Ouvrez d'abord une séance dans la liste."), 4000)
            return
        self.stack.setCurrentWidget(self._page(key))

    def open_meeting(self, meeting_id: int) -> None:
        self._try_open_meeting(meeting_id, show=True)

    def _try_open_meeting(self, meeting_id: int, show: bool) -> None:
        from irev_desktop.domain.errors import IrevError

        try:
            self.meeting_page.show_meeting(meeting_id)
        except IrevError:
            return
        self.settings.set_text("window/meeting", str(meeting_id))
        if show:
            self.show_page("meeting")

    # Actions ---------------------------------------------------------------------------
    def _new_meeting(self) -> None:
        if self._ready:
            self.meetings_page.create_meeting()

    def _meeting_for_actions(self) -> int | None:
        """The meeting an action applies to: the one selected in the list, else the one open."""
        if not self._ready:
            return None
        meeting_id = self.meeting_page.meeting_id
        if self.current_page() == "meetings" or meeting_id is None:
            meeting_id = self.meetings_page.selected_id() or meeting_id
        return meeting_id

    def open_seance(self) -> None:
        """Séance mode on the meeting shown (or selected in the list)."""
        if self.context is None:
            return
        meeting_id = self._meeting_for_actions()
        if meeting_id is None:
            self.statusBar().showMessage(self.tr("Choisissez d'abord une séance."), 4000)
            return
        self.open_seance_on(meeting_id)

    def open_seance_when_ready(self, meeting_id: int) -> None:
        """Séance mode on ``meeting_id`` once the store is open (at once if it is already):
        the window starts on the meeting day with ``irev-desktop seance SEANCE``."""
        if self.context is not None and self._ready:
            self.open_meeting(meeting_id)
            self.open_seance_on(meeting_id)
        else:
            self._seance_request = meeting_id

    def open_seance_on(self, meeting_id: int) -> None:
        """Séance mode on ``meeting_id``; a meeting that cannot be read is reported."""
        context = self.context
        if context is None:
            return
        from irev_desktop.ui.seance.window import SeanceWindow

        self.save_pending()
        if self.seance_window is not None:
            self.seance_window.close()
        with context.reporting(self, self.tr("Mode séance")):
            self.seance_window = SeanceWindow(context, meeting_id)
            self.seance_window.closed.connect(self._seance_closed)
            self.seance_window.show()
            self.seance_window.raise_()
            self.seance_window.activateWindow()

    def _seance_closed(self, meeting_id: int) -> None:
        # Deleted later: this runs inside the séance window's own close event.
        if self.seance_window is not None:
            self.seance_window.deleteLater()
        self.seance_window = None
        self.open_meeting(meeting_id)
        self.raise_()
        self.activateWindow()

    def save_pending(self) -> None:
        if "meeting" in self.pages:
            self.meeting_page.save_pending()
            self.statusBar().showMessage(self.tr("Enregistré."), 3000)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    @property
    def search_page(self) -> SearchPage:
        return cast("SearchPage", self._page("search"))

    def _search_typed(self, text: str) -> None:
        if not self._ready:
            return
        self.show_page("search")
        self.search_page.set_query(text)

    def _search_enter(self) -> None:
        if not self._ready or not self.search_field.text().strip():
            return
        self.show_page("search")
        self.search_page.set_query(self.search_field.text())
        self.search_page.run()
        self.search_page.open_current()

    def open_hit(self, hit: SearchHit) -> None:
        """Land on what a search found: its meeting, its item, the words highlighted."""
        from irev_desktop.services.search import query_words

        if hit.meeting_id is None:
            self.show_page("board")
            return
        self.open_meeting(hit.meeting_id)
        self.meeting_page.reveal(str(hit.kind), hit.item_id, query_words(self.search_page.query))

    def backup(self) -> None:
        if self.services is None:
            return
        from irev_desktop.domain.errors import IrevError

        target = self.dialogs.save_file(
            self,
            self.tr("Sauvegarder la base"),
            "irev-sauvegarde.sqlite",
            self.tr("Base IREV (*.sqlite)"),
        )
        if target is None:
            return
        try:
            written = self.services.backups.backup(target)
        except IrevError as error:
            self.dialogs.error(self, self.tr("Sauvegarde"), error_text(error))
            return
        self.statusBar().showMessage(
            self.tr("Sauvegarde écrite : {path}").format(path=written), 6000
        )

    def preferences(self) -> None:
        from irev_desktop.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self, self.settings, self.paths)
        if self.dialogs.run(dialog) and dialog.language() != i18n.current():
            self.switch_language(dialog.language())

    def switch_language(self, language: str) -> None:
        """Apply a language at once: translators, then every text of the window."""
        self.save_pending()
        self.settings.language = language
        i18n.install(language)
        page = self.current_page()
        meeting_id = self.meeting_page.meeting_id if "meeting" in self.pages else None
        self.bus.deleteLater()
        self.bus = ChangeBus(self)
        for widget in [*self.pages.values(), self.welcome]:
            if widget is not None:
                widget.deleteLater()
        self.pages = {}
        self.welcome = None
        self._ready = False
        self.navigation.currentItemChanged.disconnect(self._navigate)
        self._build_frame()
        self._build_menus()
        self.bind_shortcuts()
        if self.services is not None:
            self.attach(self.services)
            if self.seance_window is not None and self.context is not None:
                # It stays open through the switch (it retranslates itself on the
                # LanguageChange event); it must speak to the new bus, not the deleted one.
                self.seance_window.context = self.context
            if meeting_id is not None:
                self._try_open_meeting(meeting_id, show=False)
            self.show_page(page or "meetings")

    def signing_key(self) -> None:
        """The organisation's signing key: shown, created, imported."""
        context = self.context
        if context is None:
            return
        organisations = context.services.registry.organisations()
        if not organisations:
            self.dialogs.info(
                self,
                self.tr("Clé de signature des procès-verbaux"),
                self.tr("Créez d'abord l'organisation (page Instances et bureau)."),
            )
            return
        from irev_desktop.ui.signing import SigningKeyDialog

        dialog = SigningKeyDialog(context, organisations[0].id, self)
        self.dialogs.run(dialog)

    def about(self) -> None:
        self.dialogs.info(
            self,
            self.tr("À propos d'IREV Desktop"),
            self.tr(
                "{name} {version}\n\nLe registre des instances, séances, délibérations et "
                "procès-verbaux d'un groupement d'intérêt public, hors ligne.\n\n"
                "Données : {path}"
            ).format(name=APP_NAME, version=__version__, path=self.paths.db),
        )

    # Remembered layout ----------------------------------------------------------------
    def _restore_splitters(self, page: QWidget) -> None:
        for splitter in page.findChildren(QSplitter):
            state = self.settings.bytes_value(f"splitters/{splitter.objectName()}")
            if state is not None:
                splitter.restoreState(state)

    def save_layout(self) -> None:
        self.settings.set_bytes("window/geometry", self.saveGeometry())
        self.settings.set_bytes("window/splitter", self.splitter.saveState())
        page = self.current_page()
        if page:
            self.settings.set_text("window/page", page)
        for key_page in self.pages.values():
            for splitter in key_page.findChildren(QSplitter):
                if splitter.objectName():
                    self.settings.set_bytes(
                        f"splitters/{splitter.objectName()}", QByteArray(splitter.saveState())
                    )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.seance_window is not None:
            self.seance_window.close()
        self.save_pending()
        self.save_layout()
        if self.services is not None:
            self.services.close()
            self.services = None
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.setProperty("exitCode", self.exit_code)
