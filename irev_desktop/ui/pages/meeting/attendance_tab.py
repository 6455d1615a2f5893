"""Attendance: who is expected, present, excused, absent or represented, and the quorum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import AttendanceStatus
from irev_desktop.domain.quorum import moves
from irev_desktop.model.dto import AttendanceDTO, MeetingDetail, ProxyDTO, QuorumDTO
from irev_desktop.ui import i18n
from irev_desktop.ui.keys import NO_MOD, KeyBindings
from irev_desktop.ui.models.table import ID_ROLE, Column, RowTableModel
from irev_desktop.ui.style import show_state
from irev_desktop.ui.vocabulary import term

translate = QCoreApplication.translate


def status_text(a: AttendanceDTO) -> str:
    if a.status is AttendanceStatus.REPRESENTED:
        return translate("AttendanceTab", "représenté·e (pouvoir à {holder})").format(
            holder=a.proxy_holder_name
        )
    return term(a.status)


class OnDemandComboBox(QComboBox):
    """A combo box that fills itself (``fill``) when it gets the focus or opens."""

    def __init__(self, fill: Callable[[], None]) -> None:
        super().__init__()
        self._fill = fill

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self._fill()
        super().showPopup()


def proxy_text(proxy: ProxyDTO) -> str:
    """ "pouvoir à X de 11 h 02 à 11 h 20" (from the opening, to the close: no time)."""
    given, ended = proxy.given_at, proxy.ended_at
    if given is not None and ended is not None:
        text = translate("AttendanceTab", "pouvoir à {holder} de {start} à {end}")
    elif given is not None:
        text = translate("AttendanceTab", "pouvoir à {holder} à partir de {start}")
    elif ended is not None:
        text = translate("AttendanceTab", "pouvoir à {holder} jusqu'à {end}")
    else:
        text = translate("AttendanceTab", "pouvoir à {holder}")
    return text.format(
        holder=proxy.holder_name, start=i18n.time_text(given), end=i18n.time_text(ended)
    )


def history_text(a: AttendanceDTO) -> str:
    """ "arrivée 10 h 15 · départ 11 h 02 · retour 11 h 20 · pouvoir à X de 11 h 02 à
    11 h 20": the moves of a person, then the proxies they gave."""
    words = {
        "arrival": translate("AttendanceTab", "arrivée {time}"),
        "departure": translate("AttendanceTab", "départ {time}"),
        "return": translate("AttendanceTab", "retour {time}"),
    }
    parts = [words[kind].format(time=i18n.time_text(moment)) for kind, moment in moves(a.presence)]
    parts += [proxy_text(proxy) for proxy in a.proxies]
    return " · ".join(parts)


class AttendanceModel(RowTableModel[AttendanceDTO]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(translate("AttendanceTab", "Nom"), lambda a: a.person_name),
                Column(
                    translate("AttendanceTab", "Rôle"),
                    lambda a: term(a.role) if a.role else translate("AttendanceTab", "invité·e"),
                ),
                Column(translate("AttendanceTab", "Membre représenté"), lambda a: a.member_name),
                Column(translate("AttendanceTab", "Présence"), status_text),
                Column(translate("AttendanceTab", "Historique"), history_text),
            ],
            row_id=lambda a: a.person_id,
            bold=lambda a: a.role is not None and a.role.rank <= 1,
            parent=parent,
        )


def quorum_text(q: QuorumDTO, *, at_opening: bool = False) -> str:
    """The quorum line; ``at_opening``: the figures at the opening of the séance, as the
    minutes state them, rather than over the whole meeting."""
    unit = (
        translate("AttendanceTab", "droits")
        if q.basis.value == "rights"
        else translate("AttendanceTab", "membres")
    )
    counted = i18n.number(q.present + q.represented)
    if at_opening:
        state = (
            translate("AttendanceTab", "Quorum atteint à l'ouverture")
            if q.reached
            else translate("AttendanceTab", "Quorum NON atteint à l'ouverture")
        )
    else:
        state = (
            translate("AttendanceTab", "Quorum atteint")
            if q.reached
            else translate("AttendanceTab", "Quorum NON atteint")
        )
    return translate(
        "AttendanceTab",
        "{state} : {counted} {unit} présents ou représentés sur {total} "
        "(requis : {required}, soit {fraction}) — {heads} présent(s), {proxies} pouvoir(s), "
        "{consultative} voix consultative(s)",
    ).format(
        state=state,
        counted=counted,
        unit=unit,
        total=i18n.number(q.in_office),
        required=i18n.number(q.required),
        fraction=q.required_fraction,
        heads=q.present_heads,
        proxies=q.represented_heads,
        consultative=q.consultative_present,
    )


class AttendanceTab(QWidget):
    """Signals:

    statusRequested(int person_id, str status, object proxy_holder_id)
    arrivalRequested(int person_id, object time) / departureRequested(int, object)
    addRequested(int person_id) / removeRequested(int person_id)
    historyRequested(int person_id)
    """

    statusRequested = Signal(int, str, object)
    arrivalRequested = Signal(int, object)
    departureRequested = Signal(int, object)
    addRequested = Signal(int)
    removeRequested = Signal(int)
    historyRequested = Signal(int)
    reportImportRequested = Signal()

    def __init__(self, people: Callable[[], list[tuple[int, str]]] = list) -> None:
        """``people``: everyone in the registry as (id, name), asked for only when the
        user turns to the list of other participants."""
        super().__init__()
        self._people = people
        self._listed: set[int] = set()
        self._holders: tuple[tuple[int, str], ...] = ()
        self._guests_stale = True
        layout = QVBoxLayout(self)
        self.quorum_label = QLabel()
        self.quorum_label.setObjectName("quorumBanner")
        self.quorum_label.setWordWrap(True)
        layout.addWidget(self.quorum_label)
        body = QVBoxLayout()
        self.model = AttendanceModel(self)
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        body.addWidget(self.table, 1)

        panel = QGroupBox(self.tr("Personne sélectionnée"))
        grid = QGridLayout(panel)
        self.present_button = QPushButton(self.tr("&Présent·e"))
        self.excused_button = QPushButton(self.tr("E&xcusé·e"))
        self.absent_button = QPushButton(self.tr("A&bsent·e"))
        grid.addWidget(self.present_button, 0, 0)
        grid.addWidget(self.excused_button, 0, 1)
        grid.addWidget(self.absent_button, 0, 2)
        grid.addWidget(QLabel(self.tr("Pouvoir donné à")), 0, 3)
        self.holder_combo = QComboBox()
        self.holder_combo.setObjectName("holderCombo")
        grid.addWidget(self.holder_combo, 0, 4)
        self.proxy_button = QPushButton(self.tr("Donner le pou&voir"))
        grid.addWidget(self.proxy_button, 0, 5)
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        grid.addWidget(QLabel(self.tr("Heure")), 1, 0)
        grid.addWidget(self.time_edit, 1, 1)
        self.now_button = QPushButton(self.tr("Maintenant"))
        grid.addWidget(self.now_button, 1, 2)
        self.arrival_button = QPushButton(self.tr("Noter l'a&rrivée"))
        self.departure_button = QPushButton(self.tr("Noter le &départ"))
        grid.addWidget(self.arrival_button, 1, 3)
        grid.addWidget(self.departure_button, 1, 4)
        self.history_button = QPushButton(self.tr("Modifier l'&historique…"))
        self.history_button.setToolTip(
            self.tr("Corriger les arrivées, départs et pouvoirs de la personne (Ctrl+H)")
        )
        grid.addWidget(self.history_button, 1, 5)
        grid.addWidget(QLabel(self.tr("Autre participant")), 2, 0)
        self.guest_combo = OnDemandComboBox(self._fill_guests)
        self.guest_combo.setPlaceholderText(self.tr("Choisir une personne…"))
        grid.addWidget(self.guest_combo, 2, 1, 1, 2)
        self.add_button = QPushButton(self.tr("Ajouter"))
        grid.addWidget(self.add_button, 2, 3)
        self.remove_button = QPushButton(self.tr("Retirer de la liste"))
        grid.addWidget(self.remove_button, 2, 5)
        self.report_button = QPushButton(self.tr("&Importer un rapport de visioconférence…"))
        self.report_button.setToolTip(
            self.tr(
                "Reprendre les arrivées et départs d'un rapport de présence Teams ou Zoom, "
                "ou d'un tableau (.csv) ; rien n'est écrit avant votre confirmation"
            )
        )
        grid.addWidget(self.report_button, 3, 0, 1, 3)
        body.addWidget(panel)
        layout.addLayout(body, 1)

        self.present_button.clicked.connect(lambda: self._status(AttendanceStatus.PRESENT))
        self.excused_button.clicked.connect(lambda: self._status(AttendanceStatus.EXCUSED))
        self.absent_button.clicked.connect(lambda: self._status(AttendanceStatus.ABSENT))
        self.proxy_button.clicked.connect(self._proxy)
        self.now_button.clicked.connect(lambda: self.time_edit.setTime(QTime.currentTime()))
        self.arrival_button.clicked.connect(self._arrival)
        self.departure_button.clicked.connect(self._departure)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.history_button.clicked.connect(self._history)
        self.report_button.clicked.connect(self.reportImportRequested.emit)
        KeyBindings(
            self.table,
            {
                (Qt.Key.Key_Delete, NO_MOD): self._remove,
                (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier): self._history,
            },
        )
        self._editors = [
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.proxy_button,
            self.holder_combo,
            self.arrival_button,
            self.departure_button,
            self.history_button,
            self.add_button,
            self.remove_button,
            self.report_button,
            self.guest_combo,
            self.time_edit,
            self.now_button,
        ]

    def show_meeting(self, meeting: MeetingDetail, editable: bool) -> None:
        selected = self.selected_person()
        self.model.set_rows(meeting.attendance)
        # Once the séance is opened, the figure that counts is the one at its opening.
        opening = meeting.opening_quorum
        shown = opening or meeting.quorum
        self.quorum_label.setText(quorum_text(shown, at_opening=opening is not None))
        show_state(self.quorum_label, "reached", shown.reached)
        holders = tuple(
            (a.person_id, a.person_name)
            for a in meeting.attendance
            if a.role is not None and a.role.votes
        )
        if holders != self._holders:  # refilled only when the voters change
            self._holders = holders
            self.holder_combo.clear()
            for person_id, name in holders:
                self.holder_combo.addItem(name, person_id)
        self._listed = {a.person_id for a in meeting.attendance}
        self.guest_combo.clear()
        self._guests_stale = True
        if meeting.actual_start and self.time_edit.time() == QTime(0, 0):
            self.time_edit.setTime(i18n.qtime(meeting.actual_start))
        for widget in self._editors:
            widget.setEnabled(editable)
        if selected is not None:
            self.select(selected)

    def _fill_guests(self) -> None:
        """Everyone not yet listed, read when the user turns to this list: a registry of
        hundreds of people is not worth reading on every opening of a meeting."""
        if not self._guests_stale:
            return
        self._guests_stale = False
        for person_id, name in self._people():
            if person_id not in self._listed:
                self.guest_combo.addItem(name, person_id)
        self.guest_combo.setCurrentIndex(-1)

    def selected_person(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)

    def _status(self, status: AttendanceStatus) -> None:
        person = self.selected_person()
        if person is not None:
            self.statusRequested.emit(person, status.value, None)

    def _proxy(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.statusRequested.emit(
                person, AttendanceStatus.REPRESENTED.value, self.holder_combo.currentData()
            )

    def _time(self) -> dt.time:
        value = self.time_edit.time().toPython()
        assert isinstance(value, dt.time)
        return value

    def _arrival(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.arrivalRequested.emit(person, self._time())

    def _departure(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.departureRequested.emit(person, self._time())

    def _history(self) -> None:
        person = self.selected_person()
        if person is not None and self.history_button.isEnabled():
            self.historyRequested.emit(person)

    def _add(self) -> None:
        if self.guest_combo.currentData() is not None:
            self.addRequested.emit(int(self.guest_combo.currentData()))

    def _remove(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.removeRequested.emit(person)
