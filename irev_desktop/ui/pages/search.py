"""Recherche: every word of the archive, found as you type.

The results list shows where each hit was found and an excerpt with the words marked;
opening a hit lands on its meeting and agenda item with the words highlighted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from irev_desktop.domain.errors import IrevError
from irev_desktop.model.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind, SearchHit
from irev_desktop.ui import i18n
from irev_desktop.ui.context import UiContext
from irev_desktop.ui.error_texts import error_text

TYPING_PAUSE_MS = 120  # results follow the typing without querying at every key
HIT_ROLE = Qt.ItemDataRole.UserRole + 10


def hit_html(hit: SearchHit) -> str:
    where = [HitKind(hit.kind).label]
    if hit.meeting_date:
        from datetime import date

        where.append(i18n.short_date(date.fromisoformat(hit.meeting_date)))
    if hit.body:
        where.append(hit.body)
    if hit.file_name:
        where.append(hit.file_name)
    snippet = (
        escape(hit.snippet)
        .replace(HIGHLIGHT_START, "<b style='background:#fff3bf'>")
        .replace(HIGHLIGHT_END, "</b>")
    )
    return (
        f"<b>{escape(hit.title)}</b> <span style='color:#495057'>— {escape(' · '.join(where))}"
        f"</span><br>{snippet}"
    )


class SearchPage(QWidget):
    """Signals: openRequested(object hit) — the user opened a result."""

    openRequested = Signal(object)

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("searchPage")
        self.query = ""
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Recherche"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.body_combo = QComboBox()
        self.body_combo.addItem(self.tr("Toutes les instances"), None)
        for body in context.services.registry.bodies():
            self.body_combo.addItem(body.short_name, body.id)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Partout"), None)
        for kind in HitKind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.year_from = QSpinBox()
        self.year_to = QSpinBox()
        for spin in (self.year_from, self.year_to):
            spin.setRange(1900, 2200)
            spin.setSpecialValueText("—")
        self.year_from.setMinimum(1899)
        self.year_to.setMinimum(1899)
        self.year_from.setValue(1899)
        self.year_to.setValue(1899)
        for label, widget in (
            (self.tr("Instance"), self.body_combo),
            (self.tr("Dans"), self.kind_combo),
            (self.tr("De"), self.year_from),
            (self.tr("à"), self.year_to),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout.addWidget(self.results, 1)
        self._labels: list[QLabel] = []
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.results.itemActivated.connect(self._open)
        for combo in (self.body_combo, self.kind_combo):
            combo.currentIndexChanged.connect(self.run)
        for spin in (self.year_from, self.year_to):
            spin.valueChanged.connect(self.run)

    def set_query(self, text: str) -> None:
        """Called as the user types: the search runs after a short pause."""
        self.query = text
        self._timer.start()

    def run(self) -> None:
        self._timer.stop()
        self.results.clear()
        if len(self.query.strip()) < 2:
            # One letter matches half the archive: wait for a second one.
            self.count.setText(self.tr("Tapez un ou plusieurs mots."))
            return
        kind = self.kind_combo.currentData()
        try:
            hits = self.context.services.search.search(
                self.query,
                body_id=self.body_combo.currentData(),
                year_from=self.year_from.value() if self.year_from.value() > 1899 else None,
                year_to=self.year_to.value() if self.year_to.value() > 1899 else None,
                kinds=[kind] if kind else None,
            )
        except IrevError as error:
            self.count.setText(error_text(error))
            return
        self.count.setText(self.tr("%n résultat(s)", "", len(hits)))
        for hit in hits:
            entry = QListWidgetItem()
            entry.setData(HIT_ROLE, hit)
            label = QLabel(hit_html(hit))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            width = max(self.results.viewport().width() - 24, 300)
            entry.setSizeHint(QSize(width, label.heightForWidth(width) + 6))
            self.results.addItem(entry)
            self.results.setItemWidget(entry, label)
        if hits:
            self.results.setCurrentRow(0)

    def hits(self) -> list[SearchHit]:
        return [self.results.item(r).data(HIT_ROLE) for r in range(self.results.count())]

    def open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._open(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(item.data(HIT_ROLE))
