"""Started by the start-up benchmarks: opens a window and exits at a given moment.

Usage: python startup_child.py SPAWNED_AT bare | paint STORE | list STORE
- bare: a plain PySide6 window, exits after its first paint (the baseline);
- paint: IREV Desktop, exits after the main window's first paint;
- list: IREV Desktop, exits when the meeting table paints the store's meetings.
"""

from __future__ import annotations

import sys
import time

SPAWNED_AT = float(sys.argv[1])  # time.time() in the parent just before it started us


def report() -> None:
    """Print the seconds since the parent started this process, the peak memory
    (resident set, in kB) and whether SQLAlchemy is loaded yet, then leave at once.

    The peak is VmHWM, that of this program's own address space: getrusage's ru_maxrss
    would carry over the parent's peak (Linux keeps it across fork and exec)."""
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    loaded = "sqlalchemy" in sys.modules
    print(f"{time.time() - SPAWNED_AT:.6f} {peak} {loaded}", flush=True)
    import os

    os._exit(0)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class Window(QMainWindow):
        painted = False

        def paintEvent(self, event: object) -> None:  # type: ignore[override]
            super().paintEvent(event)  # type: ignore[arg-type]
            if not self.painted:
                self.painted = True
                report()

    app = QApplication(["bare"])
    window = Window()
    window.setCentralWidget(QLabel("IREV"))
    window.resize(1200, 780)
    window.show()
    app.exec()


def irev(moment: str, store: str) -> None:
    from pathlib import Path

    import irev_desktop.ui.main_window as main_window
    from irev_desktop.app import run
    from irev_desktop.paths import AppPaths

    original_paint = main_window.MainWindow.paintEvent
    original_attach = main_window.MainWindow.attach

    def paint(self: main_window.MainWindow, event: object) -> None:
        original_paint(self, event)  # type: ignore[arg-type]
        if moment == "paint":
            report()

    def attach(self: main_window.MainWindow, services: object) -> None:
        original_attach(self, services)  # type: ignore[arg-type]
        if moment == "list":
            report_when_painted(self.meetings_page.table.viewport())
        if moment == "browse":
            browse(self)
            report()

    main_window.MainWindow.paintEvent = paint  # type: ignore[method-assign]
    main_window.MainWindow.attach = attach  # type: ignore[method-assign]
    run(AppPaths(Path(store)), ["irev"])


def report_when_painted(viewport: object) -> None:
    """Report at the first paint of the table's rows, not when they were merely read."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    assert isinstance(viewport, QWidget)
    table = viewport.parent()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and table.model().rowCount() > 0:  # type: ignore[attr-defined]
                report()
            return False

    watch = PaintWatch(viewport)
    viewport.installEventFilter(watch)


def browse(window: object) -> None:
    """What a reader does: open meetings, the archive, and search."""
    from irev_desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    summaries = window.meetings_page.model.rows()
    for summary in summaries[:: max(1, len(summaries) // 10)]:
        window.open_meeting(summary.id)
    window.show_page("archive")
    window.show_page("board")
    for words in ("budget", "assemblee generale", "contrats de ville"):
        window.show_page("search")
        window.search_page.set_query(words)
        window.search_page.run()


if __name__ == "__main__":
    if sys.argv[2] == "bare":
        bare()
    else:
        irev(sys.argv[2], sys.argv[3])
