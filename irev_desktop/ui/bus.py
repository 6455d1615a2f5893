"""Tells the views what a write changed, so each refreshes only what it shows."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """Signals:

    meetingsChanged(): a meeting was created, deleted or its header/status changed.
    meetingChanged(int): the content of one meeting changed (attendance, agenda, votes...).
    boardChanged(): members, people, bodies or mandates changed.
    storeReplaced(): the whole store changed (example loaded, archive imported, restore).
    """

    meetingsChanged = Signal()
    meetingChanged = Signal(int)
    boardChanged = Signal()
    storeReplaced = Signal()
