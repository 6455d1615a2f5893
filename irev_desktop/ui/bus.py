"""Tells the views what a write changed, so each refreshes only what it shows.

The services report every committed write (``Services.subscribe``, a ``Changes``); the
bus turns each report into signals. No view emits them itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from irev_desktop.model.changes import Changes, Part


class ChangeBus(QObject):
    """Signals:

    changed(Changes): what a write changed, whole (the meeting page reads its parts).
    meetingsChanged(): a meeting was created, deleted or its header/status changed.
    meetingChanged(int): the content of one meeting changed (attendance, agenda, votes...),
        other than the notes alone (saved while typed, they are shown where they are typed).
    boardChanged(): members, people, bodies, mandates or signing keys changed.
    storeReplaced(): the whole store changed (archive imported, restore).
    """

    changed = Signal(object)
    meetingsChanged = Signal()
    meetingChanged = Signal(int)
    boardChanged = Signal()
    storeReplaced = Signal()

    def publish(self, changes: Changes) -> None:
        """A write's report, as signals (on the thread of the views: queued if the write
        ran on another)."""
        self.changed.emit(changes)
        if changes.store:
            self.storeReplaced.emit()
            return
        if changes.board:
            self.boardChanged.emit()
        if changes.meeting_list:
            self.meetingsChanged.emit()
        for meeting_id, parts in sorted(changes.meetings.items()):
            # The notes are saved as they are typed: whoever shows them is their source.
            if parts - {Part.NOTES}:
                self.meetingChanged.emit(meeting_id)
