"""MainWindow: the frame painted first, the store attached after it, the window closed."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QTimer, Signal
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

from irev_desktop import APP_NAME
from irev_desktop.paths import AppPaths
from irev_desktop.ui.bus import ChangeBus
from irev_desktop.ui.dialogs import Dialogs

# What the frame needs; the other jobs are imported when first done, after the first paint.
from irev_desktop.ui.main_window import layout, menus, pages
from irev_desktop.ui.main_window.pages import PAGE_KEYS
from irev_desktop.ui.settings import UiSettings
from irev_desktop.ui.style import STYLE_SHEET

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from irev_desktop.model.search import SearchHit
    from irev_desktop.services.facade import Services
    from irev_desktop.ui.context import UiContext
    from irev_desktop.ui.export_actions import ExportActions
    from irev_desktop.ui.main_window.kept_acts import KeptActsSender
    from irev_desktop.ui.pages.meeting.page import MeetingPage
    from irev_desktop.ui.pages.meetings import MeetingsPage
    from irev_desktop.ui.pages.search import SearchPage
    from irev_desktop.ui.pages.welcome import WelcomePage
    from irev_desktop.ui.seance.window import SeanceWindow


KEPT_ACTS_DELAY_MS = 1500  # the séance acts left on this computer go after start-up


class MainWindow(QMainWindow):
    """Signals: storeOpened() — the store is open and the pages are built.

    Each job lives in a module beside this one, as functions taking the window: the
    window holds the state they share and the methods the rest of the program calls."""

    storeOpened = Signal()

    # Laid out by menus.build_menus, with the frame and again after a language switch.
    new_action: QAction
    save_action: QAction
    backup_action: QAction
    signing_key_action: QAction
    connect_server_action: QAction
    local_store_action: QAction
    preferences_action: QAction
    find_action: QAction
    seance_action: QAction
    export_menu: QMenu
    search_field: QLineEdit
    _pending_shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]]
    export_actions: ExportActions  # made after the first page is painted

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
        self._kept_acts: KeptActsSender | None = None
        self.welcome: WelcomePage | None = None  # only for a store with no organisation
        # Set by ``reopen``: the store the program opens next, in a new window.
        self.next_paths: AppPaths | None = None
        self.setObjectName("mainWindow")
        # Ending with the program's name, which the platform then does not add again.
        self.setWindowTitle(f"{paths.label} — {APP_NAME}" if paths.is_server else APP_NAME)
        self.setStyleSheet(STYLE_SHEET)
        self.resize(1200, 780)
        layout.restore_geometry(self)
        self._build_frame()
        menus.build_menus(self)

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
        layout.restore_main_splitter(self)
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

    # Store -----------------------------------------------------------------------------
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
        from irev_desktop.ui.main_window import startup

        startup.open_store(self)

    def _send_kept_acts(self, services: Services) -> None:
        """A server's séance acts left on this computer go now."""
        if self._kept_acts is not None:
            self._kept_acts.stop()
        self._kept_acts = None
        if services is not self.services:  # another store was opened meanwhile
            return
        if not services.paths.is_server or not services.store.writable:
            return
        from irev_desktop.ui.main_window.kept_acts import KeptActsSender

        self._kept_acts = KeptActsSender(services, self.statusBar())
        self._kept_acts.send()

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
        pages.build_pages(self)
        self.bus.storeReplaced.connect(partial(pages.refresh_all, self))
        writable = services.store.writable
        reason = services.store.read_only_reason
        # A long reason wraps: the window keeps its width.
        self.store_label.setWordWrap(bool(reason))
        self.store_label.setText(
            self.tr("Base en lecture seule : {reason}").format(reason=reason)
            if reason
            else services.paths.label  # the file, or the server and its base
        )
        self.new_action.setEnabled(writable)
        # Once the list is on screen: the journal's module brings SQLAlchemy with it.
        QTimer.singleShot(KEPT_ACTS_DELAY_MS, partial(self._send_kept_acts, services))
        self.storeOpened.emit()
        request, self._seance_request = self._seance_request, None
        if request is not None:  # once: a later attach (language switch) does not reopen
            self.open_seance_when_ready(request)
        from irev_desktop.ui.main_window import startup

        startup.after_attach(self)

    def _after_first_page(self) -> None:
        from irev_desktop.ui.main_window import startup

        startup.after_first_page(self)

    def fill_export_menu(self) -> None:
        """The Export menu of the context attached (python-docx comes with it)."""
        if self.context is None:
            return
        from irev_desktop.ui.export_actions import ExportActions

        self.export_actions = ExportActions(
            self.context, self, partial(pages.meeting_for_actions, self)
        )
        self.export_menu.clear()
        self.export_actions.fill(self.export_menu)

    def rebuild(self) -> None:
        """Build the frame, the menus and the pages again, in the language installed."""
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
        menus.build_menus(self)
        self.bind_shortcuts()
        if self.services is not None:
            self.attach(self.services)
            if self.seance_window is not None and self.context is not None:
                # It stays open through the switch (it retranslates itself on the
                # LanguageChange event); it must speak to the new bus, not the deleted one.
                self.seance_window.use_context(self.context)

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

    # What the rest of the program calls: each job is done in its own module -------------
    def bind_shortcuts(self) -> None:
        menus.bind_shortcuts(self)

    def show_page(self, key: str) -> None:
        pages.show_page(self, key)

    def current_page(self) -> str:
        return pages.current_page(self)

    @property
    def meeting_page(self) -> MeetingPage:
        return cast("MeetingPage", pages.page(self, "meeting"))

    @property
    def meetings_page(self) -> MeetingsPage:
        return cast("MeetingsPage", pages.page(self, "meetings"))

    @property
    def search_page(self) -> SearchPage:
        return cast("SearchPage", pages.page(self, "search"))

    def _navigate(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        pages.navigate(self, current)

    def open_meeting(self, meeting_id: int) -> None:
        pages.open_meeting(self, meeting_id, show=True)

    def save_pending(self) -> None:
        pages.save_pending(self)

    def open_seance(self) -> None:
        """Séance mode on the meeting shown (or selected in the list)."""
        from irev_desktop.ui.main_window import seance_mode

        seance_mode.open_seance(self)

    def open_seance_when_ready(self, meeting_id: int) -> None:
        """Séance mode on ``meeting_id`` once the store is open (at once if it is already):
        the window starts on the meeting day with ``irev-desktop seance SEANCE``."""
        from irev_desktop.ui.main_window import seance_mode

        seance_mode.open_when_ready(self, meeting_id)

    def open_seance_on(self, meeting_id: int) -> None:
        """Séance mode on ``meeting_id``; a meeting that cannot be read is reported."""
        from irev_desktop.ui.main_window import seance_mode

        seance_mode.open_on(self, meeting_id)

    def _seance_closed(self, meeting_id: int) -> None:
        from irev_desktop.ui.main_window import seance_mode

        seance_mode.closed(self, meeting_id)

    def focus_search(self) -> None:
        from irev_desktop.ui.main_window import search_routing

        search_routing.focus_search(self)

    def _search_typed(self, text: str) -> None:
        from irev_desktop.ui.main_window import search_routing

        search_routing.typed(self, text)

    def _search_enter(self) -> None:
        from irev_desktop.ui.main_window import search_routing

        search_routing.enter(self)

    def open_hit(self, hit: SearchHit) -> None:
        """Land on what a search found: its meeting, its item, the words highlighted."""
        from irev_desktop.ui.main_window import search_routing

        search_routing.open_hit(self, hit)

    def backup(self) -> None:
        from irev_desktop.ui.main_window import store_actions

        store_actions.backup(self)

    def preferences(self) -> None:
        from irev_desktop.ui.main_window import store_actions

        store_actions.preferences(self)

    def switch_language(self, language: str) -> None:
        """Apply a language at once: translators, then every text of the window."""
        from irev_desktop.ui.main_window import store_actions

        store_actions.switch_language(self, language)

    def signing_key(self) -> None:
        """The organisation's signing key: shown, created, imported."""
        from irev_desktop.ui.main_window import store_actions

        store_actions.signing_key(self)

    def about(self) -> None:
        from irev_desktop.ui.main_window import store_actions

        store_actions.about(self)

    def connect_to_server(self) -> None:
        """Fichier → Se connecter à un serveur… : the window reopens on that server."""
        from irev_desktop.ui.main_window import store_actions

        store_actions.connect_to_server(self)

    def back_to_local_store(self) -> None:
        """Fichier → Revenir à la base de cet ordinateur (the server forgotten)."""
        from irev_desktop.ui.main_window import store_actions

        store_actions.back_to_local_store(self)

    def reopen(self, paths: AppPaths) -> None:
        """Close this window and let ``app.run`` open the program again on ``paths``."""
        self.next_paths = paths
        self.close()

    def save_layout(self) -> None:
        layout.save_layout(self)
