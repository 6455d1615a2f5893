"""Started by the server benchmarks: IREV Desktop on a team's PostgreSQL database, which
exits at a given moment (as ``startup_child.py`` does on a file).

Usage: python startup_server_child.py SPAWNED_AT paint|list URL FOLDER
- paint: exits after the main window's first paint;
- list: exits when the meeting table paints the database's meetings.
URL is the database's (``postgresql+psycopg://…``, its password in it), what a user gives
with ``--db``; FOLDER stands for the user data directory (the server's local folder of
settings, logs and journal goes there, never into the user's own).

The report is ``startup_child.report``'s: the seconds since the parent started this
process, the peak memory, and whether SQLAlchemy was loaded.
"""

from __future__ import annotations

import sys

# The same folder: the report and the watch on the table are those of the file's child.
from startup_child import report, report_when_painted


def irev_on_server(moment: str, url: str, folder: str) -> None:
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

    main_window.MainWindow.paintEvent = paint  # type: ignore[method-assign]
    main_window.MainWindow.attach = attach  # type: ignore[method-assign]
    # As ``--db URL`` resolves it (AppPaths.resolve), the local folder aside.
    run(AppPaths.for_server(url, Path(folder)), ["irev"])


if __name__ == "__main__":
    irev_on_server(sys.argv[2], sys.argv[3], sys.argv[4])
