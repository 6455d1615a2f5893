"""Séance mode: taking the minutes live, keyboard only, in half a screen.

Every keystroke in the notes is durable within a second: a short pause saves, typing
without pause still saves every second, and switching item, leaving the editor,
closing the window or quitting the program save at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.action_line import parse_action_line
from irev_desktop.domain.enums import AttendanceStatus, MeetingStatus
from irev_desktop.domain.errors import (
    FrozenError,
    IrevError,
    NotFoundError,
    ServerUnreachableError,
    StoreError,
)
from irev_desktop.model.changes import Changes, Part
from irev_desktop.model.dto import (
    ActionItemDTO,
    AgendaItemDTO,
    AttendanceDTO,
    DeliberationDTO,
    MeetingDetail,
)
from irev_desktop.model.journal import Kept, Replayed
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.errors import log_error
from irev_desktop.ui.notes_autosaver import NoteAutosaver, emergency_copies
from irev_desktop.ui.report_import import import_report
from irev_desktop.ui.seance.clock import Clock, SystemClock, minutes_text
from irev_desktop.ui.seance.keys import WindowKeys
from irev_desktop.ui.seance.notes_editor import NotesEditor
from irev_desktop.ui.seance.pointing import Act, Pointing
from irev_desktop.ui.seance.vote_panel import VotePanel
from irev_desktop.ui.style import STYLE_SHEET, show_state
from irev_desktop.ui.vocabulary import term

# (key bound, the key as the help line shows it, what it does): the shown names are
# translated, so French reads « Maj » and « PgSuiv » where Qt would write Shift, PgDown.
SHORTCUTS = (
    (
        "Ctrl+PgDown",
        QT_TRANSLATE_NOOP("SeanceWindow", "Ctrl+PgSuiv"),
        QT_TRANSLATE_NOOP("SeanceWindow", "point suivant"),
    ),
    (
        "Ctrl+PgUp",
        QT_TRANSLATE_NOOP("SeanceWindow", "Ctrl+PgPréc"),
        QT_TRANSLATE_NOOP("SeanceWindow", "point précédent"),
    ),
    ("Ctrl+T", "Ctrl+T", QT_TRANSLATE_NOOP("SeanceWindow", "insérer l'heure")),
    ("@", "@", QT_TRANSLATE_NOOP("SeanceWindow", "nom d'un participant")),
    (
        "Ctrl+P",
        "Ctrl+P",
        QT_TRANSLATE_NOOP(
            "SeanceWindow",
            "pointer : Nom (arrivée/départ) · * (tous présents) · Nom : e (excusé) · "
            "Nom : a (absent) · Nom > Mandataire (pouvoir) · Nom > (fin) · +Nom, qualité "
            "(invité)",
        ),
    ),
    ("Ctrl+Z", "Ctrl+Z", QT_TRANSLATE_NOOP("SeanceWindow", "annuler le dernier acte")),
    ("F9", "F9", QT_TRANSLATE_NOOP("SeanceWindow", "vote")),
    (
        "Ctrl+Shift+A",
        QT_TRANSLATE_NOOP("SeanceWindow", "Ctrl+Maj+A"),
        QT_TRANSLATE_NOOP("SeanceWindow", "action"),
    ),
    (
        "Ctrl+Shift+I",
        QT_TRANSLATE_NOOP("SeanceWindow", "Ctrl+Maj+I"),
        QT_TRANSLATE_NOOP("SeanceWindow", "présences d'un rapport de visioconférence"),
    ),
    ("F6", "F6", QT_TRANSLATE_NOOP("SeanceWindow", "ouvrir la séance")),
    (
        "Shift+F6",
        QT_TRANSLATE_NOOP("SeanceWindow", "Maj+F6"),
        QT_TRANSLATE_NOOP("SeanceWindow", "clore la séance"),
    ),
    ("Ctrl+S", "Ctrl+S", QT_TRANSLATE_NOOP("SeanceWindow", "enregistrer")),
    (
        "Esc",
        QT_TRANSLATE_NOOP("SeanceWindow", "Échap"),
        QT_TRANSLATE_NOOP("SeanceWindow", "fermer la liste ou la ligne en cours"),
    ),
    (
        "Ctrl+Shift+Q",
        QT_TRANSLATE_NOOP("SeanceWindow", "Ctrl+Maj+Q"),
        QT_TRANSLATE_NOOP("SeanceWindow", "quitter le mode séance"),
    ),
)


REPLAY_INTERVAL_MS = 2000  # while the server does not answer, try again this often

T = TypeVar("T")


class SeanceWindow(QWidget):
    """Signals: closed(int meeting_id) — the window closed, notes saved.

    Errors of the séance acts are shown in the window's message line, never in a modal
    dialog: a dialog would take the next keystrokes meant for the notes.
    """

    closed = Signal(int)
    _replayed = Signal(object)  # a replay's Replayed (or its exception), from its thread

    def __init__(self, context: UiContext, meeting_id: int, clock: Clock | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.services = context.services
        self.clock = clock or SystemClock()
        self.meeting_id = meeting_id
        self.meeting: MeetingDetail = self.services.meetings.meeting(meeting_id)
        self.current_id: int | None = None
        self._acts: list[Act] = []
        self._act_is_last = False  # Ctrl+Z undoes the act until the notes are typed in
        self._closed_confirmed = False
        self.pointing = Pointing(self.services, meeting_id)
        self.setObjectName("seanceWindow")
        self.setStyleSheet(STYLE_SHEET)
        self._build()
        self._bind_keys()
        # The notes typed here while acts wait for the server: shown again when the
        # secretary comes back to an item, since the server cannot be read meanwhile.
        self._typed_notes: dict[int, str] = {}
        self.notes = NoteAutosaver(
            self.editor, self._save_notes, self.services.paths, self.now_time
        )
        self._replay_timer = QTimer(self, interval=REPLAY_INTERVAL_MS)
        self._replay_timer.timeout.connect(self.send_kept_acts)
        self._replaying = False
        self._replayed.connect(self._after_replay)
        self.notes.stateChanged.connect(self._set_save_state)
        self.notes.conflicted.connect(self._notes_conflict)
        self.editor.textChanged.connect(self._typed)
        self.editor.checkpoint.connect(self.save_checkpoint)
        self._ticker = QTimer(self, interval=1000)
        self._ticker.timeout.connect(self.tick)
        self._ticker.start()
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_checkpoint)
        self._fit_half_screen()
        self.refresh()
        self.context.bus.changed.connect(self._changes_heard)
        first = next((i for i in self.meeting.items if i.ended_at is None), None)
        first = first or (self.meeting.items[0] if self.meeting.items else None)
        if first is not None:
            self._show_item(first.id)
        self.editor.setFocus()
        if self.services.seance_journal.journaled and self.services.seance_journal.pending():
            self._server_down(self.services.seance_journal.pending())  # left by a crash
            self.send_kept_acts()
        left = emergency_copies(self.services.paths, {i.id for i in self.meeting.items})
        if left:
            self._say(
                self.tr(
                    "Des notes qui n'avaient pas pu être enregistrées sont gardées en copie de "
                    "secours : {files}. Reprenez-en le texte, puis supprimez ces fichiers."
                ).format(files=", ".join(str(path) for path in left)),
                error=True,
            )

    # Layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(f"{self.meeting.title} — {i18n.long_date(self.meeting.date)}")
        self.title.setObjectName("seanceTitle")
        self.title.setWordWrap(True)
        self.session_clock = QLabel()
        self.session_clock.setObjectName("sessionClock")
        top.addWidget(self.title, 1)
        top.addWidget(self.session_clock)
        root.addLayout(top)
        controls = QHBoxLayout()
        self.start_button = QPushButton()
        self.close_button = QPushButton()
        self.vote_button = QPushButton()
        self.undo_button = QPushButton()
        self.undo_button.setEnabled(False)
        self.on_top = QCheckBox()
        self.leave_button = QPushButton()
        for widget in (
            self.start_button,
            self.close_button,
            self.vote_button,
            self.undo_button,
            self.on_top,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.leave_button)
        root.addLayout(controls)
        self.quorum = QLabel()
        self.quorum.setObjectName("quorumBanner")
        self.quorum.setWordWrap(True)
        root.addWidget(self.quorum)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("seanceSplitter")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        item_row = QHBoxLayout()
        self.item_title = QLabel()
        self.item_title.setObjectName("seanceItemTitle")
        self.item_title.setWordWrap(True)
        self.item_clock = QLabel()
        self.item_clock.setObjectName("itemClock")
        item_row.addWidget(self.item_title, 1)
        item_row.addWidget(self.item_clock)
        left_layout.addLayout(item_row)
        self.editor = NotesEditor(lambda: i18n.time_bracket(self.clock.now().time()))
        self.editor.setObjectName("seanceEditor")
        left_layout.addWidget(self.editor, 1)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saveState")
        self.saved_label.setWordWrap(True)
        left_layout.addWidget(self.saved_label)
        self.message = QLabel()
        self.message.setObjectName("seanceMessage")
        self.message.setWordWrap(True)
        left_layout.addWidget(self.message)
        # One line while a team's server does not answer: the séance goes on meanwhile.
        self.server_line = QLabel()
        self.server_line.setObjectName("serverLine")
        self.server_line.setWordWrap(True)
        self.server_line.hide()
        left_layout.addWidget(self.server_line)
        # One line while the séance journal of this computer cannot be written (disk
        # full, folder read-only): the acts go straight to the server, and could not be
        # kept if it stopped answering.
        self.journal_line = QLabel()
        self.journal_line.setObjectName("journalLine")
        self.journal_line.setStyleSheet(  # shown only for this: as the red line above
            "color: #a61e1e; font-weight: 600; background: #fdecea; padding: 3px 6px;"
        )
        self.journal_line.setWordWrap(True)
        self.journal_line.hide()
        left_layout.addWidget(self.journal_line)
        self.action_edit = QLineEdit()
        left_layout.addWidget(self.action_edit)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.items_label = QLabel()
        right_layout.addWidget(self.items_label)
        self.items_list = QListWidget()
        self.items_list.setObjectName("seanceItems")
        self.items_list.setWordWrap(True)
        right_layout.addWidget(self.items_list, 1)
        self.people_label = QLabel()
        right_layout.addWidget(self.people_label)
        self.point_edit = QLineEdit()
        right_layout.addWidget(self.point_edit)
        # One completer for the window's life: replacing it while its popup handles
        # the Enter that chose a name leaves Qt with a dangling widget (a crash).
        self._point_names = QStringListModel(self)
        point_completer = QCompleter(self._point_names, self.point_edit)
        point_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        point_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.point_edit.setCompleter(point_completer)
        self.people_list = QListWidget()
        self.people_list.setObjectName("seancePeople")
        self.people_list.setWordWrap(True)
        right_layout.addWidget(self.people_list, 2)
        right.setMinimumWidth(200)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        root.addWidget(self.splitter, 1)

        self.help_line = help_line = QLabel()
        help_line.setObjectName("shortcutHelp")
        help_line.setWordWrap(True)
        root.addWidget(help_line)

        self._retranslate()
        self.start_button.clicked.connect(self.start_session)
        self.close_button.clicked.connect(self.close_session)
        self.on_top.toggled.connect(self._set_on_top)
        self.vote_button.clicked.connect(self.open_vote)
        self.undo_button.clicked.connect(self.undo_last_act)
        self.leave_button.clicked.connect(self.close)
        self.items_list.itemActivated.connect(
            lambda item: self.go_to(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        # Enter reaches the line before the completer writes the chosen name into it:
        # act once the key has been fully handled.
        self.point_edit.returnPressed.connect(lambda: QTimer.singleShot(0, self.point))
        self.action_edit.returnPressed.connect(lambda: QTimer.singleShot(0, self.add_action))

    def _retranslate(self) -> None:
        """Every fixed text of the window, in the interface's language (called again when
        the language changes with the window open)."""
        self.setWindowTitle(self.tr("Mode séance — {title}").format(title=self.meeting.title))
        for widget, text, tip in (
            (
                self.start_button,
                self.tr("Ouvrir (F6)"),
                self.tr("Ouvrir la séance : l'heure de début est notée"),
            ),
            (
                self.close_button,
                self.tr("Clore (Maj+F6)"),
                self.tr("Clore la séance : l'heure de fin est notée"),
            ),
            (self.vote_button, self.tr("Vote (F9)"), ""),
            (
                self.undo_button,
                self.tr("Annuler (Ctrl+Z)"),
                self.tr("Annuler le dernier acte de séance"),
            ),
            (
                self.on_top,
                self.tr("Premier plan"),
                self.tr("Garder cette fenêtre au-dessus de la visioconférence"),
            ),
            (
                self.leave_button,
                self.tr("Quitter (Ctrl+Maj+Q)"),
                self.tr("Quitter le mode séance : tout est enregistré"),
            ),
        ):
            widget.setText(text)
            widget.setToolTip(tip)
        self.action_edit.setPlaceholderText(
            self.tr("Action (Ctrl+Maj+A) : @Nom : ce qu'il faut faire, échéance — puis Entrée")
        )
        self.items_label.setText(self.tr("Ordre du jour"))
        self.people_label.setText(self.tr("Présences (Ctrl+P : pointer)"))
        self.point_edit.setPlaceholderText(
            self.tr("Nom : arrivée/départ · * : tous présents · Nom : e · Nom > Mandataire")
        )
        self.help_line.setText(
            "  ·  ".join(
                f"<b>{self.tr(str(shown))}</b> {self.tr(str(what))}"
                for _key, shown, what in SHORTCUTS
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "notes"):
            self._retranslate()
            self._attempt(self.refresh)  # a store that cannot be read is said, not raised
        super().changeEvent(event)

    def _bind_keys(self) -> None:
        self.keys = WindowKeys(self)
        self.keys.bind("Ctrl+PgDown", lambda: self.step(+1))
        self.keys.bind("Ctrl+PgUp", lambda: self.step(-1))
        self.keys.bind("Ctrl+T", self.editor.insert_time)
        self.keys.bind("Ctrl+P", self._focus_point)
        self.keys.bind("F9", self.open_vote)
        self.keys.bind("Ctrl+Shift+A", self._focus_action)
        self.keys.bind("Ctrl+Shift+I", self.import_report)
        self.keys.bind("F6", self.start_session)
        self.keys.bind("Shift+F6", self.close_session)
        self.keys.bind("Ctrl+S", self.save_checkpoint)
        self.keys.bind("Ctrl+Z", self._undo_key)
        self.keys.bind("Esc", self._escape)
        self.keys.bind("Ctrl+Shift+Q", self.close)

    def _fit_half_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(760, 820)
            return
        area = screen.availableGeometry()
        self.setGeometry(area.x() + area.width() // 2, area.y(), area.width() // 2, area.height())

    # Data ------------------------------------------------------------------------------
    def use_context(self, context: UiContext) -> None:
        """The window's new context (the main window rebuilt on a language switch): its
        bus is the one that tells the writes now."""
        self.context = context
        context.bus.changed.connect(self._changes_heard)
        self.refresh()

    def refresh(self, *, when_back: bool = False) -> None:
        """The whole meeting and the register read again (opening, language, refusal);
        ``when_back``: the server has just answered again (``_read_when_back``)."""

        def both() -> tuple[MeetingDetail, dict[int, str]]:
            meeting = self.services.meetings.meeting(self.meeting_id)
            return meeting, {p.id: p.full_name for p in self.services.registry.people()}

        try:
            self.meeting, self.people = (
                self._read_when_back(both) if when_back else self._read(both)
            )
        except StoreError as error:
            if not hasattr(self, "people"):
                raise  # nothing to show yet: the window cannot open
            self._unreadable(error)
        self._render()

    def _changes_heard(self, changes: Changes) -> None:
        """A write changed this meeting (an act of this window or any other view): read
        again what it changed, and the register only when it changed."""
        parts = changes.parts(self.meeting_id)
        if not parts or parts == {Part.NOTES}:
            return  # the notes are typed here
        try:
            if changes.board or changes.store:
                self.people = self._read(
                    lambda: {p.id: p.full_name for p in self.services.registry.people()}
                )
            self.meeting = self._read(lambda: self.services.meetings.refreshed(self.meeting, parts))
        except NotFoundError:
            return
        except StoreError as error:
            self._unreadable(error)
            return
        self._render()

    def _render(self) -> None:
        editable = self.context.writable and not self.meeting.frozen
        self.editor.setReadOnly(not editable)
        for widget in (
            self.start_button,
            self.close_button,
            self.vote_button,
            self.point_edit,
            self.action_edit,
        ):
            widget.setEnabled(editable)
        self.undo_button.setEnabled(editable and bool(self._acts))
        names = [a.person_name for a in self.meeting.attendance]
        self.editor.set_names(names + sorted(set(self.people.values()) - set(names)))
        self._point_names.setStringList(names)
        self._fill_items()
        self._fill_people()
        self.tick()

    def _fill_items(self) -> None:
        self.items_list.clear()
        for item in self.meeting.items:
            mark = "▶ " if item.id == self.current_id else ("✓ " if item.ended_at else "")
            planned = (
                self.tr(" ({n} min)").format(n=item.planned_minutes) if item.planned_minutes else ""
            )
            entry = QListWidgetItem(f"{mark}{item.position}. {item.title}{planned}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.id == self.current_id:
                font = entry.font()
                font.setBold(True)
                entry.setFont(font)
            self.items_list.addItem(entry)

    def _fill_people(self) -> None:
        self.people_list.clear()
        for a in self.meeting.attendance:
            entry = QListWidgetItem(f"{a.person_name} — {self._state_text(a)}")
            entry.setData(Qt.ItemDataRole.UserRole, a.person_id)
            self.people_list.addItem(entry)
        self._show_quorum()

    def _state_text(self, a: AttendanceDTO) -> str:
        """Where the person stands now: in the room since…, left at…, proxy to…"""
        proxy = a.current_proxy
        holder = self.tr("pouvoir à {holder}").format(holder=proxy.holder_name) if proxy else ""
        if a.status is AttendanceStatus.PRESENT and a.presence:
            last = a.presence[-1]
            if last.end is not None:
                gone = self.tr("parti·e à {time}").format(time=i18n.time_text(last.end))
                return f"{gone}, {holder}" if holder else gone
            if last.start is not None:
                word = (
                    self.tr("revenu·e à {time}")
                    if len(a.presence) > 1
                    else self.tr("arrivé·e à {time}")
                )
                return word.format(time=i18n.time_text(last.start))
            return term(a.status)
        return holder or term(a.status)

    def _show_quorum(self) -> None:
        opened = self.meeting.actual_start is not None
        at = self.now_time() if opened else None
        if self.meeting.actual_end is not None:
            at = self.meeting.actual_end
        try:
            q = self._read(lambda: self.services.attendance.quorum(self.meeting_id, at))
        except StoreError as error:  # the last quorum shown stays; the reason is said
            self._unreadable(error)
            return
        values = {
            "counted": i18n.number(q.present + q.represented),
            "total": i18n.number(q.in_office),
            "required": i18n.number(q.required),
        }
        if not opened:
            text = (
                self.tr(
                    "Séance non ouverte — quorum à l'ouverture : {counted} sur {total} "
                    "(requis {required}), atteint"
                )
                if q.reached
                else self.tr(
                    "Séance non ouverte — quorum à l'ouverture : {counted} sur "
                    "{total} (requis {required}), pas encore atteint"
                )
            )
        elif q.reached:
            text = self.tr("Quorum atteint : {counted} sur {total} (requis {required})")
        else:
            text = self.tr("QUORUM NON ATTEINT : {counted} sur {total} (requis {required})")
        self.quorum.setText(text.format(**values))
        show_state(self.quorum, "reached", q.reached)

    def current_item(self) -> AgendaItemDTO | None:
        return next((i for i in self.meeting.items if i.id == self.current_id), None)

    def now_time(self) -> dt.time:
        return self.clock.now().time().replace(microsecond=0)

    def act_moment(self) -> dt.time | None:
        """When a séance act happens: now, or None (the opening) before the séance opens."""
        return self.now_time() if self.meeting.actual_start is not None else None

    # Clocks ----------------------------------------------------------------------------
    def tick(self) -> None:
        now = self.clock.now()
        start = self.meeting.actual_start
        end_time = self.meeting.actual_end
        if start is None:
            self.session_clock.setText(self.tr("Séance non ouverte"))
        else:
            begun = dt.datetime.combine(now.date(), start)
            end = dt.datetime.combine(now.date(), end_time) if end_time else now
            elapsed_text = minutes_text((end - begun).total_seconds())
            self.session_clock.setText(
                self.tr("Séance close : {elapsed}").format(elapsed=elapsed_text)
                if end_time
                else self.tr("Séance : {elapsed}").format(elapsed=elapsed_text)
            )
        item = self.current_item()
        if item is None or item.started_at is None:
            self._set_item_clock("", late=False)
            return
        # A done item, or any item once the séance is closed, shows its final duration.
        stop = item.ended_at or (end_time if end_time else None)
        until = dt.datetime.combine(now.date(), stop) if stop else now
        elapsed = (until - dt.datetime.combine(now.date(), item.started_at)).total_seconds()
        text = minutes_text(elapsed)
        late = bool(item.planned_minutes) and elapsed > (item.planned_minutes or 0) * 60
        if item.planned_minutes:
            text = self.tr("{elapsed} / {planned} min").format(
                elapsed=text, planned=item.planned_minutes
            )
            if late and stop is None:
                over = int(elapsed // 60) - item.planned_minutes
                text += self.tr(" — en retard de {n} min").format(n=max(over, 1))
        self._set_item_clock(text, late=late and stop is None)

    def _set_item_clock(self, text: str, *, late: bool) -> None:
        self.item_clock.setText(text)
        show_state(self.item_clock, "late", late)

    # Notes -----------------------------------------------------------------------------
    def _typed(self) -> None:
        self._act_is_last = False  # Ctrl+Z now belongs to the typing

    def autosave(self) -> None:
        self.notes.autosave()

    def save_checkpoint(self) -> None:
        self.notes.checkpoint()

    @property
    def unsaved(self) -> bool:
        return self.notes.unsaved

    def _set_save_state(self, text: str, failed: bool) -> None:
        self.saved_label.setText(text)
        show_state(self.saved_label, "failed", failed)

    # Moving through the agenda ----------------------------------------------------------
    def _show_item(self, item_id: int) -> None:
        item = next(i for i in self.meeting.items if i.id == item_id)
        self.current_id = item_id
        self.item_title.setText(f"{item.position}. {item.title}")
        self.notes.load(item_id, self._typed_notes.get(item_id, item.notes))
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._fill_items()
        self.tick()

    def go_to(self, item_id: int) -> None:
        """Switch item: save the notes, record the times, show the new item."""
        self.save_checkpoint()
        if self.unsaved:
            self._say(
                self.tr(
                    "Les notes de ce point ne sont pas enregistrées : le point reste "
                    "affiché tant qu'elles ne le sont pas."
                ),
                error=True,
            )
            return
        previous = self.current_id
        if previous == item_id:
            return
        if self.meeting.actual_start is not None and self.meeting.actual_end is None:
            self._attempt(
                lambda: self._journaled(
                    self.services.seance_journal.switch_item(
                        self.meeting_id, previous, item_id, self.now_time()
                    )
                )
            )
        try:
            self.meeting = self._read(lambda: self.services.meetings.meeting(self.meeting_id))
        except StoreError as error:
            self._unreadable(error)
        self._show_item(item_id)
        self.editor.setFocus()

    def step(self, direction: int) -> None:
        items = self.meeting.items
        if not items:
            return
        index = next((n for n, i in enumerate(items) if i.id == self.current_id), -1)
        target = index + direction
        if 0 <= target < len(items):
            self.go_to(items[target].id)

    # Session ---------------------------------------------------------------------------
    def start_session(self) -> None:
        if not self._may_act():
            return

        def start() -> None:
            journal = self.services.seance_journal
            if isinstance(self._journaled(journal.start(self.meeting_id, self.now_time())), Kept):
                # Opened here: the acts that follow are timed from now, as on the server.
                self.meeting = replace(self.meeting, actual_start=self.now_time())
            if self.current_id is not None:
                self._journaled(
                    journal.switch_item(self.meeting_id, None, self.current_id, self.now_time())
                )

        if self._attempt(start):
            self._say(
                self.tr("Séance ouverte à {time}.").format(time=i18n.time_text(self.now_time()))
            )
            self._changed()

    def close_session(self) -> None:
        self.save_checkpoint()
        if not self._may_act():
            return
        if not self.context.dialogs.confirm(
            self,
            self.tr("Clore la séance"),
            self.tr("Clore la séance à {time} ? Le procès-verbal passera en projet.").format(
                time=i18n.time_text(self.now_time())
            ),
        ):
            return
        done = self._attempt(
            lambda: self._journaled(
                self.services.seance_journal.close(
                    self.meeting_id, self.now_time(), self.current_id
                )
            )
        )
        if done:
            self._closed_confirmed = True  # closed here: no need to ask again
            self._changed()
            self._say(
                self.tr("Séance close à {time}.").format(time=i18n.time_text(self.now_time()))
            )

    def _changed(self) -> None:
        """After an act: the bus has shown what it changed; the undo button follows."""
        self.undo_button.setEnabled(
            self.context.writable and not self.meeting.frozen and bool(self._acts)
        )

    # Guards, messages and undo -----------------------------------------------------------
    def _may_act(self) -> bool:
        """Signed minutes refuse every act; a closed séance asks once before any."""
        if self.meeting.frozen:
            self._say(
                self.tr("Le procès-verbal de cette séance est signé : rien ne peut y être noté."),
                error=True,
            )
            return False
        closed = self.meeting.actual_end is not None or self.meeting.status in (
            MeetingStatus.MINUTES_DRAFT,
            MeetingStatus.MINUTES_ADOPTED,
        )
        if closed and not self._closed_confirmed:
            end = self.meeting.actual_end
            question = (
                self.tr(
                    "Cette séance a été close à {time}. Noter quand même ce changement, à {now} ?"
                ).format(time=i18n.time_text(end), now=i18n.time_text(self.now_time()))
                if end
                else self.tr(
                    "Le procès-verbal de cette séance est déjà rédigé. Noter quand "
                    "même ce changement ?"
                )
            )
            if not self.context.dialogs.confirm(self, self.tr("Séance close"), question):
                return False
            self._closed_confirmed = True
        return True

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run a séance act; a refusal or a failure is said in the message line."""
        try:
            return self._attempted(action)
        finally:
            self._show_journal_state()

    def _attempted(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except IrevError as error:
            self._say(error_text(error), error=True)
            if isinstance(error, FrozenError):
                self.refresh()
            return False
        except Exception as error:  # a failed write must not end the séance
            log_error(self.services.paths, error)
            self._say(
                self.tr("L'opération a échoué ({error}) ; rien n'a été modifié.").format(
                    error=str(error) or type(error).__name__
                ),
                error=True,
            )
            return False
        return True

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        show_state(self.message, "error", error)

    # A team's server that does not answer ------------------------------------------------
    def _read(self, work: Callable[[], T]) -> T:
        """A read of the store that never holds the séance longer than an act may: on a
        server, it is the journal's (``ServerUnreachableError`` when it does not answer in
        time, or while kept acts are being sent)."""
        return self.services.seance_journal.read(work)

    @staticmethod
    def _read_when_back(work: Callable[[], T]) -> T:
        """A read on the window's own thread once the server has just answered: its link
        from before the outage is broken, fails once and is replaced; that is no new
        outage (nor a red line). The views of this thread then read on a working link."""
        try:
            return work()
        except ServerUnreachableError:
            return work()

    def _show_journal_state(self) -> None:
        """The journal line: shown while the journal of this computer cannot be written."""
        unwritable = self.services.seance_journal.unwritable
        if unwritable is None:
            self.journal_line.hide()
            return
        self.journal_line.setText(error_text(unwritable))
        show_state(self.journal_line, "error", True)
        self.journal_line.show()

    def _save_notes(self, item_id: int, text: str, checkpoint: bool, based_on: str) -> object:
        try:
            result = self.services.seance_journal.notes(item_id, text, checkpoint, based_on)
        finally:
            self._show_journal_state()
        if isinstance(result, Kept):  # the server cannot show it back meanwhile
            self._typed_notes[item_id] = text
        else:
            self._typed_notes.pop(item_id, None)
        return self._journaled(result)

    def _notes_conflict(self, _item_id: int, mine: str, theirs: str) -> None:
        """Someone else saved these notes meanwhile. No dialog in séance mode (it would
        take the keystrokes): the secretary's text goes on, the other's stays in the
        item's history, and the message line says so."""
        self.notes.resolve(mine, theirs)
        self._say(
            self.tr(
                "Une autre personne avait modifié les notes de ce point : votre texte est "
                "gardé, le sien est dans l'historique du point (page de la séance)."
            ),
            error=True,
        )

    def _journaled(self, result: object) -> object:
        """After an act through the journal: say it when it was only kept here, and say
        it when the server answers again (the act sent the ones kept before it)."""
        if isinstance(result, Kept):
            self._server_down(result.pending)
        elif self.server_line.isVisible():
            self._server_back()
        return result

    def _unreadable(self, error: StoreError) -> None:
        """A read the server did not answer: what is shown stays, and the line says why."""
        pending = self.services.seance_journal.pending()
        if isinstance(error, ServerUnreachableError) or pending:
            self._server_down(pending)
        else:
            self._say(error_text(error), error=True)

    def _server_down(self, pending: int) -> None:
        self.server_line.setText(
            self.tr(
                "Le serveur ne répond pas : {count} acte(s) gardé(s) sur ce poste, envoyé(s) "
                "dès qu'il répondra. La séance continue."
            ).format(count=pending)
        )
        show_state(self.server_line, "error", True)
        self.server_line.show()
        if not self._replay_timer.isActive():
            self._replay_timer.start()

    def send_kept_acts(self) -> None:
        """Send the acts kept on this computer, on a thread of its own: a server that
        does not answer makes no keystroke wait. Once all are sent, read the meeting."""
        if self._replaying:
            return
        self._replaying = True
        journal = self.services.seance_journal

        def send() -> None:
            try:
                outcome: object = journal.replay()
            except Exception as error:  # told to the window's thread, logged there
                outcome = error
            self._replayed.emit(outcome)

        threading.Thread(target=send, name="irev-envoi-seance", daemon=True).start()

    def _after_replay(self, outcome: object) -> None:
        self._replaying = False
        self._show_journal_state()
        if isinstance(outcome, Exception):
            log_error(self.services.paths, outcome)
            self._server_down(self.services.seance_journal.pending())
        elif isinstance(outcome, Replayed) and outcome.pending:
            self._server_down(outcome.pending)
        elif self.services.seance_journal.pending():  # an act kept while it was sending
            self.send_kept_acts()
        else:
            self._server_back()

    def _server_back(self) -> None:
        refused = self.services.seance_journal.take_refusals()
        self._replay_timer.stop()
        self.server_line.hide()
        self._typed_notes.clear()
        if refused:
            self._say(
                self.tr("Le serveur a refusé des actes gardés sur ce poste : {reasons}").format(
                    reasons=" ".join(refused)
                ),
                error=True,
            )
        else:
            self._say(
                self.tr("Le serveur répond : les actes gardés sur ce poste lui ont été envoyés.")
            )
        # After the act under way, if one; on this thread, as the other views read.
        QTimer.singleShot(0, lambda: self.refresh(when_back=True))

    def _did(self, act: Act) -> None:
        if act.undo is None:  # kept on this computer: nothing to undo yet
            # Nor before it: undoing an earlier act would undo it under this one.
            self._acts.clear()
            self._act_is_last = False
            if act.meeting is not None:  # the next acts read who is in the room here
                self.meeting = act.meeting
                self._fill_people()
            self._changed()
            self._say(act.done)
            self._server_down(self.services.seance_journal.pending())
            return
        self._acts.append(act)
        self._act_is_last = True
        self._say(act.done + " " + self.tr("(Ctrl+Z : annuler)"))
        self._changed()

    def _undo_key(self) -> bool:
        """Ctrl+Z: the last séance act, until the notes are typed in again; after that,
        the notes editor's own undo."""
        if self.focusWidget() is self.editor and not self._act_is_last:
            return False
        if not self._acts:
            return False
        self.undo_last_act()
        return True

    def undo_last_act(self) -> None:
        if not self._acts:
            return
        act = self._acts[-1]
        assert act.undo is not None  # only acts that reached the store are listed
        if self._attempt(act.undo):
            self._acts.pop()
            self._act_is_last = bool(self._acts)
            self._say(self.tr("Annulé : {act}").format(act=act.done))
            self._changed()

    # Attendance ------------------------------------------------------------------------
    def _focus_point(self) -> None:
        self.point_edit.setFocus()
        self.point_edit.selectAll()

    def point(self) -> None:
        """Run the pointing line (see :mod:`irev_desktop.domain.point_line`)."""
        typed = self.point_edit.text().strip()
        if not typed or not self._may_act():
            return
        done: list[Act | None] = []
        if self._attempt(
            lambda: done.append(self.pointing.run(typed, self.meeting, self.act_moment()))
        ):
            self.point_edit.clear()
            act = done[0] if done else None
            if act is not None:
                self._did(act)
            self.editor.setFocus()

    # Votes and actions --------------------------------------------------------------
    def open_vote(self) -> None:
        self.save_checkpoint()
        if not self._may_act():
            return
        at = self.now_time()
        try:  # who votes is the server's to say: without it, no vote (said, not raised)
            voters, quorum, number = self._read(
                lambda: (
                    self.services.seance.voters_at(self.meeting_id, at),
                    self.services.attendance.quorum(self.meeting_id, at),
                    self.services.deliberations.proposed_number(self.meeting_id),
                )
            )
        except StoreError as error:
            self._unreadable(error)
            self._say(
                self.tr(
                    "Le vote demande de savoir qui est là : il s'ouvre dès que le serveur "
                    "répond. Les notes continuent."
                ),
                error=True,
            )
            return
        item = self.current_item()
        panel = VotePanel(
            self,
            self.meeting,
            voters,
            quorum,
            number,
            at,
            item.title if item else "",
            session_open=self.meeting.actual_start is not None,
        )
        self.vote_panel = panel
        accepted = self.context.dialogs.run(panel)
        self.activateWindow()  # back to the notes, whatever the panel's answer
        self.editor.setFocus()
        if not accepted or not panel.recordable():
            return
        created: list[object] = []
        recorded = self._attempt(
            lambda: created.append(
                self._journaled(
                    self.services.seance_journal.vote(
                        self.meeting_id,
                        panel.title_edit.text(),
                        panel.text_edit.toPlainText(),
                        panel.choices(),
                        at=at,
                        item_id=self.current_id,
                        number=number,
                    )
                )
            )
        )
        if recorded and isinstance(created[0], Kept):
            self._did(
                Act(
                    self.tr(
                        "Vote « {title} » gardé sur ce poste : il sera enregistré dès que le "
                        "serveur répondra."
                    ).format(title=panel.title_edit.text()),
                    None,
                )
            )
        elif recorded:
            delib = created[0]
            assert isinstance(delib, DeliberationDTO)
            self._did(
                Act(
                    self.tr("Délibération n° {number} {result}.").format(
                        number=delib.number, result=term(delib.result)
                    ),
                    lambda: self.services.deliberations.delete(delib.id),
                )
            )

    def _focus_action(self) -> None:
        self.action_edit.setFocus()

    def import_report(self) -> None:
        """Ctrl+Maj+I: who followed a hybrid AG remotely, from the videoconference
        report (the dialog of the meeting page); the notes are saved first."""
        if not self._may_act():
            return
        journal = self.services.seance_journal
        if journal.journaled and journal.pending():
            # The kept arrivals and departures go first, or they would undo the import.
            self._say(
                self.tr(
                    "Des actes de séance sont encore gardés sur ce poste : importez le "
                    "rapport quand ils seront partis au serveur."
                ),
                error=True,
            )
            return
        self.save_checkpoint()
        if import_report(self.context, self, self.meeting_id):
            self.refresh()
        self.editor.setFocus()

    def add_action(self) -> None:
        text = self.action_edit.text()
        if not text.strip() or not self._may_act():
            return
        added: list[ActionItemDTO] = []

        def add() -> None:
            # A date without a year is the next one after the meeting, not after today.
            parsed = parse_action_line(text, self.people, self.meeting.date)
            added.append(
                self.services.actions.add_action(
                    self.meeting_id,
                    parsed.description,
                    person_id=parsed.person_id,
                    due_date=parsed.due_date,
                    item_id=self.current_id,
                )
            )

        if self._attempt(add):
            action = added[0]
            self.action_edit.clear()
            due = (
                self.tr(", pour le {date}").format(date=i18n.short_date(action.due_date))
                if action.due_date
                else ""
            )
            self._did(
                Act(
                    self.tr("Action ajoutée : {what}{due}.").format(
                        what=action.description, due=due
                    ),
                    lambda: self.services.actions.remove_action(action.id),
                )
            )
            self.editor.setFocus()

    # Window ----------------------------------------------------------------------------
    def _set_on_top(self, on: bool) -> None:
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        self.show()

    def _escape(self) -> None:
        """Close what is open, innermost first; never leave séance mode."""
        popup = self.editor.popup()
        if popup.isVisible():
            popup.hide()
            return
        focused = self.focusWidget()
        if focused in (self.point_edit, self.action_edit):
            assert isinstance(focused, QLineEdit)
            focused.clear()
            self.editor.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_checkpoint()
        waiting = self.services.seance_journal.pending()
        if waiting and not self.context.dialogs.confirm(
            self,
            self.tr("Actes gardés sur ce poste"),
            self.tr(
                "{count} acte(s) de la séance n'ont pas encore atteint le serveur. Ils sont "
                "gardés sur ce poste et partiront à la prochaine ouverture du mode séance "
                "sur ce poste. Fermer quand même ?"
            ).format(count=waiting),
        ):
            event.ignore()
            return
        if self.unsaved and not self.context.dialogs.confirm(
            self,
            self.tr("Notes non enregistrées"),
            self.tr(
                "Les dernières notes n'ont pas pu être enregistrées ({state}). Fermer quand "
                "même et les perdre ?"
            ).format(state=self.saved_label.text()),
        ):
            event.ignore()
            return
        self._ticker.stop()
        self._replay_timer.stop()  # acts still kept are sent at the next opening
        with contextlib.suppress(RuntimeError, TypeError):  # a bus already gone
            self.context.bus.changed.disconnect(self._changes_heard)
        self.notes.stop()
        self.keys.remove()
        self.closed.emit(self.meeting_id)
        event.accept()
