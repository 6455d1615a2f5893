"""Séances: every meeting, newest first; filter, create, duplicate, delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.keys import NO_MOD, KeyBindings
from irev_desktop.ui.models.filtering import FoldingFilterProxy
from irev_desktop.ui.models.meetings import MeetingListModel
from irev_desktop.ui.models.table import ID_ROLE
from irev_desktop.ui.store_reads import keeps_view_when_unreachable
from irev_desktop.ui.vocabulary import term


class MeetingsPage(QWidget):
    """Signals: countChanged(int) — how many meetings the filters show."""

    countChanged = Signal(int)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("meetingsPage")
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Séances"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrer : intitulé, instance, date…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.body_combo = QComboBox()
        self.year_combo = QComboBox()
        self.status_combo = QComboBox()
        filters.addWidget(self.filter_edit, 3)
        for label, combo in (
            (self.tr("Instance"), self.body_combo),
            (self.tr("Année"), self.year_combo),
            (self.tr("Statut"), self.status_combo),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo, 1)
        layout.addLayout(filters)

        self.model = MeetingListModel(self)
        self.proxy = FoldingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("meetingTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # The list comes newest first, as the indicator says: the proxy keeps that order
        # instead of sorting an archive's thousands of rows before the first paint; a
        # click on a header sorts.
        self.proxy.sort(-1)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Dates, sigles and statuses are short and alike: widths from the longest such
        # texts, not from each row (sizing to contents reads every row before the paint).
        self._fixed_widths(header)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle séance…"))
        self.duplicate_button = QPushButton(self.tr("Dupliquer…"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.open_button.setDefault(True)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addWidget(self.open_button)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self._filter_text)
        for combo in (self.body_combo, self.year_combo, self.status_combo):
            combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.table.activated.connect(self._open_index)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button.clicked.connect(self.create_meeting)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        KeyBindings(self.table, {(Qt.Key.Key_Delete, NO_MOD): self.delete_selected})
        context.bus.meetingsChanged.connect(self.reload)
        context.bus.storeReplaced.connect(self.refresh_filters)
        context.bus.boardChanged.connect(self.refresh_filters)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            button.setEnabled(context.writable)
        self.refresh_filters()

    def _fixed_widths(self, header: QHeaderView) -> None:
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self._size_column(0, ["30/12/2026"])
        self._size_column(1, ["Bureau"])
        self._size_column(3, [term(status) for status in MeetingStatus])

    def _size_column(self, column: int, texts: list[str]) -> None:
        """Wide enough for its title and for each of ``texts``."""
        metrics = self.table.fontMetrics()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
        width = max(metrics.horizontalAdvance(text) for text in [title, *texts])
        self.table.horizontalHeader().resizeSection(column, width + 4 * metrics.averageCharWidth())

    # Loading ---------------------------------------------------------------------------
    @keeps_view_when_unreachable
    def refresh_filters(self) -> None:
        services = self.context.services
        combos = (self.body_combo, self.year_combo, self.status_combo)
        for combo in combos:
            combo.blockSignals(True)
        current_body = self.body_combo.currentData()
        self.body_combo.clear()
        self.body_combo.addItem(self.tr("Toutes"), None)
        bodies = services.listing.body_choices()
        for body in bodies:
            self.body_combo.addItem(body.short_name, body.id)
        self._size_column(1, [body.short_name for body in bodies])
        self.body_combo.setCurrentIndex(max(0, self.body_combo.findData(current_body)))
        current_year = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("Toutes"), None)
        years = services.listing.years()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(max(0, self.year_combo.findData(current_year)))
        if self.status_combo.count() == 0:
            self.status_combo.addItem(self.tr("Tous"), None)
            for status in MeetingStatus:
                self.status_combo.addItem(term(status), status.value)
        for combo in combos:
            combo.blockSignals(False)
        self.reload()

    @keeps_view_when_unreachable
    def reload(self) -> None:
        status = self.status_combo.currentData()
        rows = self.context.services.listing.meetings(
            body_id=self.body_combo.currentData(),
            year=self.year_combo.currentData(),
            status=MeetingStatus(status) if status else None,
        )
        selected = self.selected_id()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected)
        self._update_count()

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n séance(s)", "", shown))
        self.countChanged.emit(shown)

    # Selection -------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        return int(indexes[0].data(ID_ROLE)) if indexes else None

    def select(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    # Actions ---------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        self.context.open_meeting(int(index.data(ID_ROLE)))

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.context.open_meeting(meeting_id)

    def create_meeting(self) -> None:
        from irev_desktop.ui.meeting_form import MeetingFormDialog  # loads the meeting service

        dialog = MeetingFormDialog(self.context, self)
        if not dialog.ask():
            return
        with self.context.reporting(self, self.tr("Nouvelle séance")):
            body_id, header = dialog.result_values()
            created = self.context.services.meetings.create_meeting(body_id, header)
            self.refresh_filters()
            self.context.open_meeting(created.id)

    def duplicate_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        answer = self.context.dialogs.ask_text(
            self,
            self.tr("Dupliquer la séance"),
            self.tr("Date de la nouvelle séance (JJ/MM/AAAA) :"),
        )
        if not answer:
            return
        with self.context.reporting(self, self.tr("Dupliquer la séance")):
            day = parse_day(answer)
            created = self.context.services.meetings.duplicate_meeting(meeting_id, day)
            self.refresh_filters()
            self.context.open_meeting(created.id)

    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None or not self.context.writable:
            return
        row = self.model.row_at(self.model.row_of(meeting_id))
        question = self.tr(
            "Supprimer la séance « {title} » du {date} ? Son ordre du jour, ses notes et ses "
            "délibérations seront supprimés."
        ).format(title=row.title, date=row.date.strftime("%d/%m/%Y"))
        if not self.context.dialogs.confirm(self, self.tr("Supprimer la séance"), question):
            return
        with self.context.reporting(self, self.tr("Supprimer la séance")):
            self.context.services.meetings.delete_meeting(meeting_id)


def parse_day(text: str) -> dt.date:
    from irev_desktop.domain.errors import ValidationError

    cleaned = text.strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        "« {text} » n'est pas une date valide (attendu : JJ/MM/AAAA).", text=cleaned
    )
