"""Archive: past meetings by year and body, each one read in full, read-only.

The tree is built from the meeting summaries only (a few short fields per meeting,
never the notes); the full meeting is loaded when one is selected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import IrevError
from irev_desktop.model.dto import BodyDTO, MeetingDetail
from irev_desktop.model.rows import MeetingSummary
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text
from irev_desktop.ui.pages.archive_render import meeting_html
from irev_desktop.ui.store_reads import keeps_view_when_unreachable
from irev_desktop.ui.vocabulary import term

ROW_HEIGHT = 24
OPEN_ALL_UP_TO = 30  # meetings; beyond, the tree opens on the newest year only
MEETING_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


# Called with a literal context: pyside6-lupdate files a bare tr("…") call of a
# module-level helper under the empty context, where the translator never looks.
translate = QCoreApplication.translate


def count_text(count: int) -> str:
    return (
        translate("ArchiveTreeModel", "1 séance")
        if count == 1
        else translate("ArchiveTreeModel", "{count} séances").format(count=count)
    )


def short_status(status: MeetingStatus) -> str:
    """The status in a few letters, for a narrow column (the full words in the tooltip)."""
    words = {
        MeetingStatus.PLANNED: translate("ArchiveTreeModel", "prévue"),
        MeetingStatus.CONVENED: translate("ArchiveTreeModel", "convoquée"),
        MeetingStatus.HELD: translate("ArchiveTreeModel", "tenue"),
        MeetingStatus.MINUTES_DRAFT: translate("ArchiveTreeModel", "PV en projet"),
        MeetingStatus.MINUTES_ADOPTED: translate("ArchiveTreeModel", "PV approuvé"),
        MeetingStatus.MINUTES_SIGNED: translate("ArchiveTreeModel", "PV signé"),
    }
    return words[status]


@dataclass(eq=False)
class Node:
    """A year, a body within a year, or a meeting: what one row of the tree shows."""

    ident: int
    parent: Node | None
    row: int
    key: str
    texts: tuple[str, str, str]
    tooltips: tuple[str, str, str] = ("", "", "")
    meeting_id: int | None = None
    children: list[Node] = field(default_factory=list)


class ArchiveTreeModel(QAbstractItemModel):
    """Years (newest first) → bodies → meetings (newest first), from summaries only."""

    COLUMNS = 3

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._nodes: list[Node] = []
        self._root = Node(-1, None, 0, "", ("", "", ""))
        self._by_meeting: dict[int, Node] = {}

    # Content ---------------------------------------------------------------------------
    def set_meetings(self, summaries: list[MeetingSummary], bodies: list[BodyDTO]) -> None:
        self.beginResetModel()
        self._nodes = []
        self._by_meeting = {}
        self._root = Node(-1, None, 0, "", ("", "", ""))
        names = {b.id: b.name for b in bodies}
        order = [b.id for b in bodies]
        newest_year_first = sorted(summaries, key=lambda m: -m.date.year)
        for year, in_year in groupby(newest_year_first, key=lambda m: m.date.year):
            meetings = list(in_year)
            label = translate("ArchiveTreeModel", "{year} — {count}").format(
                year=year, count=count_text(len(meetings))
            )
            year_node = self._add(self._root, str(year), (label, "", ""))
            by_body = sorted(
                meetings,
                key=lambda m: order.index(m.body_id) if m.body_id in order else len(order),
            )
            for body_id, of_body in groupby(by_body, key=lambda m: m.body_id):
                rows = sorted(of_body, key=lambda m: m.date, reverse=True)
                short = rows[0].body_short_name
                label = translate("ArchiveTreeModel", "{short} — {name} · {count}").format(
                    short=short, name=names.get(body_id, short), count=count_text(len(rows))
                )
                body_node = self._add(year_node, f"{year}/{body_id}", (label, "", ""))
                for meeting in rows:
                    node = self._add(
                        body_node,
                        f"{year}/{body_id}/{meeting.id}",
                        (
                            i18n.short_date(meeting.date),
                            meeting.title,
                            short_status(meeting.status),
                        ),
                        (i18n.long_date(meeting.date), meeting.title, term(meeting.status)),
                    )
                    node.meeting_id = meeting.id
                    self._by_meeting[meeting.id] = node
        self.endResetModel()

    def _add(
        self,
        parent: Node,
        key: str,
        texts: tuple[str, str, str],
        tooltips: tuple[str, str, str] = ("", "", ""),
    ) -> Node:
        node = Node(len(self._nodes), parent, len(parent.children), key, texts, tooltips)
        self._nodes.append(node)
        parent.children.append(node)
        return node

    def node(self, index: AnyIndex) -> Node:
        return self._nodes[index.internalId()] if index.isValid() else self._root

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, column, node.ident)

    def meeting_index(self, meeting_id: int) -> QModelIndex:
        node = self._by_meeting.get(meeting_id)
        return self.index_of(node) if node is not None else QModelIndex()

    def all_indexes(self) -> list[QModelIndex]:
        """Column-0 indexes of every row, parents before their children."""
        return [self.index_of(node) for node in self._nodes]

    def is_group(self, index: AnyIndex) -> bool:
        return index.isValid() and self.node(index).meeting_id is None

    # Qt interface ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row].ident)

    def parent(self, index: AnyIndex) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent.ident)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self.node(index)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.texts[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltips[column] or None
        if role == MEETING_ROLE:
            return node.meeting_id
        if role == KEY_ROLE:
            return node.key
        if role == Qt.ItemDataRole.FontRole and node.parent is self._root:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.COLUMNS
        ):
            return (
                translate("ArchiveTreeModel", "Séance"),
                translate("ArchiveTreeModel", "Intitulé"),
                translate("ArchiveTreeModel", "Statut"),
            )[section]
        return None


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than the default, easier to read and to click."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), ROW_HEIGHT))


class ArchivePage(QWidget):
    """Signals: meetingShown(int) — a meeting is now shown in the reader (its id)."""

    meetingShown = Signal(int)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("archivePage")
        self.shown: MeetingDetail | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Archive"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("archiveSplitter")
        self.splitter.setChildrenCollapsible(False)

        self.model = ArchiveTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("archiveTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(16)
        self.tree.setItemDelegate(RoomyDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(300)
        self.splitter.addWidget(self.tree)

        reader_side = QWidget()
        reader_layout = QVBoxLayout(reader_side)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Ouvrir la séance"))
        self.open_button.setToolTip(self.tr("Ouvrir cette séance sur la page Séance"))
        self.open_button.setEnabled(False)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.open_button)
        reader_layout.addLayout(bar)
        self.reader = QTextBrowser()
        self.reader.setObjectName("archiveReader")
        self.reader.setOpenLinks(False)
        self.reader.setMinimumWidth(360)
        reader_layout.addWidget(self.reader, 1)
        self.splitter.addWidget(reader_side)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 550])
        state = context.settings.bytes_value("splitters/archiveSplitter")
        if state is not None:
            self.splitter.restoreState(state)
        layout.addWidget(self.splitter, 1)

        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_button.clicked.connect(self.open_shown)
        context.bus.meetingsChanged.connect(self.refresh)
        context.bus.storeReplaced.connect(self._store_replaced)
        context.bus.boardChanged.connect(self.refresh)
        context.bus.meetingChanged.connect(self._meeting_changed)
        self.refresh()

    # Tree ------------------------------------------------------------------------------
    @keeps_view_when_unreachable
    def refresh(self) -> None:
        """Rebuild the tree from the summaries; keep what was open and selected."""
        selected = self.shown.id if self.shown else None
        first_build = self.model.rowCount() == 0
        expanded = self._expanded_keys()
        try:
            summaries = self.context.services.meetings.meetings()
            bodies = self.context.services.registry.bodies()
        except IrevError as error:
            self.context.dialogs.error(self, self.tr("Archive"), error_text(error))
            return
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        self.model.set_meetings(summaries, bodies)
        for index in self.model.all_indexes():
            if self.model.is_group(index):
                self.tree.setFirstColumnSpanned(index.row(), index.parent(), True)
        if first_build and self.model.rowCount():
            # A small archive opens whole; a large one on its newest year.
            for index in self.model.all_indexes():
                if self.model.is_group(index) and (
                    len(summaries) <= OPEN_ALL_UP_TO
                    or index.data(KEY_ROLE).startswith(self.model.index(0, 0).data(KEY_ROLE))
                ):
                    self.tree.expand(index)
            selected = self._latest_with_minutes(summaries)
        else:
            for index in self.model.all_indexes():
                if index.data(KEY_ROLE) in expanded:
                    self.tree.expand(index)
        selection.blockSignals(False)
        if selected is not None and self._select(selected):
            self._show(selected)
        else:
            self._clear_reader()

    @keeps_view_when_unreachable
    def _store_replaced(self) -> None:
        """Another store: nothing of the old tree nor of the shown meeting still holds."""
        self.shown = None
        self.model.set_meetings([], [])
        self.refresh()

    @staticmethod
    def _latest_with_minutes(summaries: list[MeetingSummary]) -> int | None:
        """The meeting to show first: the newest one that was held, else the newest."""
        not_held = (MeetingStatus.PLANNED, MeetingStatus.CONVENED)
        held = [m for m in summaries if m.status not in not_held]
        chosen = max(held or summaries, key=lambda m: m.date, default=None)
        return chosen.id if chosen else None

    def _expanded_keys(self) -> set[str]:
        return {
            str(index.data(KEY_ROLE))
            for index in self.model.all_indexes()
            if self.tree.isExpanded(index)
        }

    def _select(self, meeting_id: int) -> bool:
        """Select a meeting in the tree (its year and body opened), without showing it."""
        index = self.model.meeting_index(meeting_id)
        if not index.isValid():
            return False
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        selection.blockSignals(False)
        return True

    def select_meeting(self, meeting_id: int) -> None:
        """Select a meeting in the tree and show it."""
        if self._select(meeting_id):
            self._show(meeting_id)

    def selected_meeting_id(self) -> int | None:
        rows = self.tree.selectionModel().selectedRows()
        value = rows[0].data(MEETING_ROLE) if rows else None
        return int(value) if value is not None else None

    # Reader ----------------------------------------------------------------------------
    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        meeting_id = self.selected_meeting_id()
        if meeting_id is None:
            self._clear_reader()
        elif self.shown is None or self.shown.id != meeting_id:
            self._show(meeting_id)

    def _show(self, meeting_id: int) -> None:
        try:
            detail = self.context.services.meetings.meeting(meeting_id)
            # So that names and words agree as in the documents: "Mme …, présidente".
            people = self.context.services.registry.people()
        except IrevError as error:
            self._clear_reader()
            self.context.dialogs.error(self, self.tr("Archive"), error_text(error))
            return
        same = self.shown is not None and self.shown.id == detail.id
        scroll = self.reader.verticalScrollBar().value() if same else 0
        self.shown = detail
        self.reader.setHtml(meeting_html(detail, {p.id: p.civility for p in people}))
        self.reader.verticalScrollBar().setValue(scroll)
        if detail.frozen:
            self.caption.setText(self.tr("Procès-verbal signé : lecture seule."))
        else:
            self.caption.setText(
                self.tr("Procès-verbal non signé : modifiable sur la page Séance.")
            )
        self.open_button.setEnabled(True)
        self.meetingShown.emit(detail.id)

    def _clear_reader(self) -> None:
        self.shown = None
        self.open_button.setEnabled(False)
        self.caption.setText("")
        self.reader.setHtml(
            "<p style='color:#868e96'>"
            + self.tr("Choisissez une séance dans l'arbre pour la lire en entier.")
            + "</p>"
        )

    @keeps_view_when_unreachable
    def _meeting_changed(self, meeting_id: int) -> None:
        if self.shown is not None and self.shown.id == meeting_id:
            self._show(meeting_id)

    def open_shown(self) -> None:
        if self.shown is not None:
            self.context.open_meeting(self.shown.id)
