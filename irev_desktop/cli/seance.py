"""``irev-desktop seance SEANCE``: the window, opened straight in séance mode on a meeting.

A desktop shortcut for the meeting day. The meeting is checked before any window opens,
so that a wrong number is a one-line message in the terminal (exit code 1), not a window.
"""

from __future__ import annotations

import argparse
from typing import Any

from irev_desktop.cli.parser import integer
from irev_desktop.domain.errors import NotFoundError
from irev_desktop.paths import AppPaths


def add_seance_command(commands: Any) -> None:
    seance = commands.add_parser(
        "seance", help="ouvre la fenêtre directement en mode séance sur la séance SEANCE"
    )
    seance.add_argument(
        "meeting_id",
        type=integer(),
        metavar="SEANCE",
        help="le numéro de la séance (voir : irev-desktop meetings)",
    )


def check_meeting_exists(paths: AppPaths, meeting_id: int) -> None:
    """Raise ``NotFoundError`` (with the message of the other commands) unless the
    meeting is in the store; read with the sqlite3 module alone, as the start screen."""
    from irev_desktop.services.facade import Services

    with Services.open(paths, write=False) as services:
        if not any(m.id == meeting_id for m in services.listing.meetings()):
            raise NotFoundError("La séance n° {meeting} n'existe pas.", meeting=meeting_id)


def run_seance(paths: AppPaths, args: argparse.Namespace, program: str) -> int:
    check_meeting_exists(paths, args.meeting_id)
    from irev_desktop.app import run

    return run(paths, [program], seance=args.meeting_id)
