"""Séance mode: taking the minutes live, keyboard only, in half a screen.

Every keystroke in the notes is durable within a second: a short pause saves, typing
without pause still saves every second, and switching item, leaving the editor,
closing the window or quitting the program save at once.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, QTimer, Signal
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

from irev_desktop.domain.action_line import match_people, parse_action_line
from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.errors import IrevError
from irev_desktop.services.dto import AgendaItemDTO, AttendanceDTO, MeetingDetail
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.models.filtering import fold
from irev_desktop.ui.seance.clock import Clock, SystemClock, minutes_text
from irev_desktop.ui.seance.keys import WindowKeys
from irev_desktop.ui.seance.notes_editor import NotesEditor
from irev_desktop.ui.seance.vote_panel import VotePanel
from irev_desktop.ui.style import STYLE_SHEET
from irev_desktop.ui.vocabulary import term

SAVE_PAUSE_MS = 300  # a pause in typing
SAVE_CEILING_MS = 700  # typing without pause: unsaved this long at most, so that with the
# time a save takes (a few ms, more on a busy machine) a keystroke is durable within 1 s

SHORTCUTS = (
    ("Ctrl+PgDown", QT_TRANSLATE_NOOP("SeanceWindow", "point suivant")),
    ("Ctrl+PgUp", QT_TRANSLATE_NOOP("SeanceWindow", "point précédent")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("SeanceWindow", "insérer l'heure")),
    ("@", QT_TRANSLATE_NOOP("SeanceWindow", "nom d'un participant")),
    (
        "Ctrl+P",
        QT_TRANSLATE_NOOP(
            "SeanceWindow", "pointer une arrivée ou un départ (« Nom > Mandataire » : pouvoir)"
        ),
    ),
    ("F9", QT_TRANSLATE_NOOP("SeanceWindow", "vote")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("SeanceWindow", "action")),
    ("F6", QT_TRANSLATE_NOOP("SeanceWindow", "ouvrir la séance")),
    ("Shift+F6", QT_TRANSLATE_NOOP("SeanceWindow", "clore la séance")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("SeanceWindow", "enregistrer")),
    ("Échap", QT_TRANSLATE_NOOP("SeanceWindow", "quitter le mode séance")),
)


class SeanceWindow(QWidget):
    """Signals: closed(int meeting_id) — the window closed, notes saved."""

    closed = Signal(int)

    def __init__(self, context: UiContext, meeting_id: int, clock: Clock | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.context = context
        self.services = context.services
        self.clock = clock or SystemClock()
        self.meeting_id = meeting_id
        self.meeting: MeetingDetail = self.services.meetings.meeting(meeting_id)
        self.current_id: int | None = None
        self._saved_text = ""
        self.setObjectName("seanceWindow")
        self.setStyleSheet(STYLE_SHEET)
        self.setWindowTitle(self.tr("Mode séance — {title}").format(title=self.meeting.title))
        self._build()
        self._bind_keys()
        self._save_pause = QTimer(self, singleShot=True, interval=SAVE_PAUSE_MS)
        self._save_ceiling = QTimer(self, singleShot=True, interval=SAVE_CEILING_MS)
        self._save_pause.timeout.connect(self.autosave)
        self._save_ceiling.timeout.connect(self.autosave)
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
        first = next((i for i in self.meeting.items if i.ended_at is None), None)
        first = first or (self.meeting.items[0] if self.meeting.items else None)
        if first is not None:
            self._show_item(first.id)
        self.editor.setFocus()

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
        self.start_button = QPushButton(self.tr("Ouvrir (F6)"))
        self.start_button.setToolTip(self.tr("Ouvrir la séance : l'heure de début est notée"))
        self.close_button = QPushButton(self.tr("Clore (Maj+F6)"))
        self.close_button.setToolTip(self.tr("Clore la séance : l'heure de fin est notée"))
        self.vote_button = QPushButton(self.tr("Vote (F9)"))
        self.on_top = QCheckBox(self.tr("Premier plan"))
        self.on_top.setToolTip(self.tr("Garder cette fenêtre au-dessus de la visioconférence"))
        for widget in (self.start_button, self.close_button, self.vote_button, self.on_top):
            controls.addWidget(widget)
        controls.addStretch(1)
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
        left_layout.addWidget(self.saved_label)
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(
            self.tr("Action (Ctrl+Maj+A) : @Nom : ce qu'il faut faire, échéance — puis Entrée")
        )
        left_layout.addWidget(self.action_edit)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Ordre du jour")))
        self.items_list = QListWidget()
        self.items_list.setObjectName("seanceItems")
        self.items_list.setWordWrap(True)
        right_layout.addWidget(self.items_list, 1)
        right_layout.addWidget(QLabel(self.tr("Présences (Ctrl+P : pointer)")))
        self.point_edit = QLineEdit()
        self.point_edit.setPlaceholderText(
            self.tr("Nom + Entrée : arrivée/départ · Nom > Mandataire : pouvoir · Nom > : retrait")
        )
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

        help_line = QLabel(
            "  ·  ".join(f"<b>{keys}</b> {self.tr(str(what))}" for keys, what in SHORTCUTS)
        )
        help_line.setObjectName("shortcutHelp")
        help_line.setWordWrap(True)
        root.addWidget(help_line)

        self.start_button.clicked.connect(self.start_session)
        self.close_button.clicked.connect(self.close_session)
        self.on_top.toggled.connect(self._set_on_top)
        self.vote_button.clicked.connect(self.open_vote)
        self.items_list.itemActivated.connect(
            lambda item: self.go_to(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        # Enter reaches the line before the completer writes the chosen name into it:
        # act once the key has been fully handled.
        self.point_edit.returnPressed.connect(lambda: QTimer.singleShot(0, self.point))
        self.action_edit.returnPressed.connect(self.add_action)

    def _bind_keys(self) -> None:
        self.keys = WindowKeys(self)
        self.keys.bind("Ctrl+PgDown", lambda: self.step(+1))
        self.keys.bind("Ctrl+PgUp", lambda: self.step(-1))
        self.keys.bind("Ctrl+T", self.editor.insert_time)
        self.keys.bind("Ctrl+P", self._focus_point)
        self.keys.bind("F9", self.open_vote)
        self.keys.bind("Ctrl+Shift+A", self._focus_action)
        self.keys.bind("F6", self.start_session)
        self.keys.bind("Shift+F6", self.close_session)
        self.keys.bind("Ctrl+S", self.save_checkpoint)
        self.keys.bind("Esc", self._escape)

    def _fit_half_screen(self) -> None:
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(760, 820)
            return
        area = screen.availableGeometry()
        self.setGeometry(area.x() + area.width() // 2, area.y(), area.width() // 2, area.height())

    # Data ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.meeting = self.services.meetings.meeting(self.meeting_id)
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
        names = [a.person_name for a in self.meeting.attendance]
        self.people = {p.id: p.full_name for p in self.services.registry.people()}
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
            state = term(a.status)
            if a.status is AttendanceStatus.REPRESENTED:
                state = self.tr("pouvoir à {holder}").format(holder=a.proxy_holder_name)
            elif a.status is AttendanceStatus.PRESENT and a.left_at:
                state = self.tr("parti·e à {time}").format(time=i18n.time_text(a.left_at))
            elif a.status is AttendanceStatus.PRESENT and a.arrived_at:
                state = self.tr("arrivé·e à {time}").format(time=i18n.time_text(a.arrived_at))
            entry = QListWidgetItem(f"{a.person_name} — {state}")
            entry.setData(Qt.ItemDataRole.UserRole, a.person_id)
            self.people_list.addItem(entry)
        q = self.services.attendance.quorum(self.meeting_id, self.now_time())
        counted = i18n.number(q.present + q.represented)
        if q.reached:
            text = self.tr("Quorum atteint : {counted} sur {total} (requis {required})")
        else:
            text = self.tr("QUORUM NON ATTEINT : {counted} sur {total} (requis {required})")
        self.quorum.setText(
            text.format(
                counted=counted,
                total=i18n.number(q.in_office),
                required=i18n.number(q.required),
            )
        )
        self.quorum.setProperty("reached", q.reached)
        self.quorum.style().unpolish(self.quorum)
        self.quorum.style().polish(self.quorum)

    def current_item(self) -> AgendaItemDTO | None:
        return next((i for i in self.meeting.items if i.id == self.current_id), None)

    def now_time(self) -> dt.time:
        return self.clock.now().time().replace(microsecond=0)

    # Clocks ----------------------------------------------------------------------------
    def tick(self) -> None:
        now = self.clock.now()
        start = self.meeting.actual_start
        if start is None:
            self.session_clock.setText(self.tr("Séance non ouverte"))
        else:
            begun = dt.datetime.combine(now.date(), start)
            end = (
                dt.datetime.combine(now.date(), self.meeting.actual_end)
                if self.meeting.actual_end
                else now
            )
            self.session_clock.setText(
                self.tr("Séance : {elapsed}").format(
                    elapsed=minutes_text((end - begun).total_seconds())
                )
            )
        item = self.current_item()
        if item is None or item.started_at is None:
            self.item_clock.setText("")
            self.item_clock.setProperty("late", False)
            return
        elapsed = (now - dt.datetime.combine(now.date(), item.started_at)).total_seconds()
        text = minutes_text(elapsed)
        late = bool(item.planned_minutes) and elapsed > (item.planned_minutes or 0) * 60
        if item.planned_minutes:
            text = self.tr("{elapsed} / {planned} min").format(
                elapsed=text, planned=item.planned_minutes
            )
            if late:
                over = int(elapsed // 60) - item.planned_minutes
                text += self.tr(" — en retard de {n} min").format(n=max(over, 1))
        self.item_clock.setText(text)
        if self.item_clock.property("late") != late:
            self.item_clock.setProperty("late", late)
            self.item_clock.style().unpolish(self.item_clock)
            self.item_clock.style().polish(self.item_clock)

    # Notes -----------------------------------------------------------------------------
    def _typed(self) -> None:
        self._save_pause.start()
        if not self._save_ceiling.isActive():
            self._save_ceiling.start()

    def autosave(self) -> None:
        self._save(checkpoint=False)

    def save_checkpoint(self) -> None:
        self._save(checkpoint=True)

    def _save(self, checkpoint: bool) -> None:
        self._save_pause.stop()
        self._save_ceiling.stop()
        if self.current_id is None or self.editor.isReadOnly():
            return
        text = self.editor.text()
        if text == self._saved_text:
            return
        try:
            self.services.agenda.save_notes(self.current_id, text, checkpoint=checkpoint)
        except IrevError as error:
            self.saved_label.setText(error.message)
            return
        self._saved_text = text
        self.saved_label.setText(
            self.tr("Enregistré à {time}").format(time=i18n.time_text(self.now_time()))
        )

    # Moving through the agenda ----------------------------------------------------------
    def _show_item(self, item_id: int) -> None:
        item = next(i for i in self.meeting.items if i.id == item_id)
        self.current_id = item_id
        self.item_title.setText(f"{item.position}. {item.title}")
        self.editor.blockSignals(True)
        self.editor.setPlainText(item.notes)
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._saved_text = self.editor.text()
        self._fill_items()
        self.tick()

    def go_to(self, item_id: int) -> None:
        """Switch item: save the notes, record the times, show the new item."""
        self.save_checkpoint()
        previous = self.current_id
        if previous == item_id:
            return
        if (
            self.meeting.actual_start is not None
            and self.context.writable
            and not self.meeting.frozen
        ):
            with self.context.reporting(self, self.tr("Mode séance")):
                self.services.seance.switch_item(
                    self.meeting_id, previous, item_id, self.now_time()
                )
        self.meeting = self.services.meetings.meeting(self.meeting_id)
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
        with self.context.reporting(self, self.tr("Mode séance")):
            self.services.seance.start(self.meeting_id, self.now_time())
            if self.current_id is not None:
                self.services.seance.switch_item(
                    self.meeting_id, None, self.current_id, self.now_time()
                )
            self._changed()

    def close_session(self) -> None:
        self.save_checkpoint()
        if not self.context.dialogs.confirm(
            self,
            self.tr("Clore la séance"),
            self.tr("Clore la séance à {time} ? Le procès-verbal passera en projet.").format(
                time=i18n.time_text(self.now_time())
            ),
        ):
            return
        with self.context.reporting(self, self.tr("Mode séance")):
            self.services.seance.close(self.meeting_id, self.now_time(), self.current_id)
            self._changed()
            self.context.bus.meetingsChanged.emit()

    def _changed(self) -> None:
        self.refresh()
        self.context.bus.meetingChanged.emit(self.meeting_id)

    # Attendance ------------------------------------------------------------------------
    def _focus_point(self) -> None:
        self.point_edit.setFocus()
        self.point_edit.selectAll()

    def point(self) -> None:
        """Pointing line: "Nom" marks an arrival, or a departure if the person is there;
        "Nom > Mandataire" gives a proxy; "Nom >" withdraws it."""
        typed = self.point_edit.text().strip()
        if not typed:
            return
        giver_text, arrow, holder_text = typed.partition(">")
        person = self._attendee(giver_text)
        holder = self._attendee(holder_text) if holder_text.strip() else None
        if person is None or (holder_text.strip() and holder is None):
            return
        now = self.now_time()
        attendance = self.services.attendance
        with self.context.reporting(self, self.tr("Pointer")):
            if arrow and holder is not None:
                attendance.set_status(
                    self.meeting_id,
                    person.person_id,
                    AttendanceStatus.REPRESENTED,
                    proxy_holder_id=holder.person_id,
                )
            elif arrow:
                attendance.set_status(self.meeting_id, person.person_id, AttendanceStatus.ABSENT)
            elif person.status is AttendanceStatus.PRESENT and person.left_at is None:
                attendance.record_departure(self.meeting_id, person.person_id, now)
            else:
                attendance.record_arrival(self.meeting_id, person.person_id, now)
            self.point_edit.clear()
            self._changed()
            self.editor.setFocus()

    def _attendee(self, typed: str) -> AttendanceDTO | None:
        people = {a.person_id: a.person_name for a in self.meeting.attendance}
        matches = match_people(fold(typed.strip()), people)
        if len(matches) != 1:
            self.context.dialogs.error(
                self,
                self.tr("Pointer"),
                self.tr("« {typed} » ne désigne pas une seule personne de la liste.").format(
                    typed=typed.strip()
                ),
            )
            return None
        return next(a for a in self.meeting.attendance if a.person_id == matches[0])

    # Votes and actions --------------------------------------------------------------
    def open_vote(self) -> None:
        self.save_checkpoint()
        at = self.now_time()
        voters = self.services.seance.voters_at(self.meeting_id, at)
        quorum = self.services.attendance.quorum(self.meeting_id, at)
        number = self.services.deliberations.proposed_number(self.meeting_id)
        item = self.current_item()
        panel = VotePanel(
            self, self.meeting, voters, quorum, number, at, item.title if item else ""
        )
        self.vote_panel = panel
        if not self.context.dialogs.run(panel):
            return
        with self.context.reporting(self, self.tr("Vote")):
            created = self.services.seance.record_vote(
                self.meeting_id,
                panel.title_edit.text(),
                panel.text_edit.toPlainText(),
                panel.choices(),
                at=at,
                item_id=self.current_id,
                number=number,
            )
            self.saved_label.setText(
                self.tr("Délibération n° {number} {result}").format(
                    number=created.number, result=term(created.result)
                )
            )
            self._changed()

    def _focus_action(self) -> None:
        self.action_edit.setFocus()

    def add_action(self) -> None:
        text = self.action_edit.text()
        if not text.strip():
            return
        with self.context.reporting(self, self.tr("Action")):
            parsed = parse_action_line(text, self.people, self.clock.now().date())
            self.services.actions.add_action(
                self.meeting_id,
                parsed.description,
                person_id=parsed.person_id,
                due_date=parsed.due_date,
                item_id=self.current_id,
            )
            self.action_edit.clear()
            self.saved_label.setText(self.tr("Action ajoutée."))
            self._changed()
            self.editor.setFocus()

    # Window ----------------------------------------------------------------------------
    def _set_on_top(self, on: bool) -> None:
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        self.show()

    def _escape(self) -> None:
        popup = self.editor.popup()
        if popup.isVisible():
            popup.hide()
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_checkpoint()
        self._ticker.stop()
        self.keys.remove()
        self.closed.emit(self.meeting_id)
        event.accept()
