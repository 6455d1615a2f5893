"""What a committed write changed: which meetings and which of their parts, the list of
meetings, the register of members and people, or the whole store. Every write of the
services publishes one (``Services.subscribe``); the window refreshes what it names and
nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Part(StrEnum):
    """A part of a meeting, as its page shows it."""

    HEADER = "header"  # the meeting row: title, date, times, place, status, signature
    ATTENDANCE = "attendance"  # attendance, presence stretches, proxies (and the quorum)
    AGENDA = "agenda"  # the items, their order, kinds, rapporteurs and times
    NOTES = "notes"  # the text of an item's notes and its revisions
    DELIBERATIONS = "deliberations"
    ACTIONS = "actions"
    ATTACHMENTS = "attachments"


ALL_PARTS = frozenset(Part)


@dataclass(frozen=True)
class Changes:
    meetings: dict[int, frozenset[Part]] = field(default_factory=dict)
    meeting_list: bool = False  # a meeting created, deleted, renamed, moved, its status
    board: bool = False  # organisations, members, people, bodies, mandates, keys
    store: bool = False  # the whole store replaced (example, archive, restore)

    def __bool__(self) -> bool:
        return bool(self.meetings) or self.meeting_list or self.board or self.store

    def parts(self, meeting_id: int) -> frozenset[Part]:
        """What changed of one meeting; everything when the store was replaced, or when
        the register changed (names and mandates appear in every meeting)."""
        if self.store or self.board:
            return ALL_PARTS
        return self.meetings.get(meeting_id, frozenset())

    def merged(self, other: Changes) -> Changes:
        meetings = dict(self.meetings)
        for ident, parts in other.meetings.items():
            meetings[ident] = meetings.get(ident, frozenset()) | parts
        return Changes(
            meetings,
            self.meeting_list or other.meeting_list,
            self.board or other.board,
            self.store or other.store,
        )

    def to_json(self) -> dict[str, object]:
        """As JSON, to tell the other computers of a team (``from_json`` reads it)."""
        return {
            "meetings": {str(i): sorted(p) for i, p in sorted(self.meetings.items())},
            "meeting_list": self.meeting_list,
            "board": self.board,
            "store": self.store,
        }

    @classmethod
    def from_json(cls, data: object) -> Changes:
        """What ``to_json`` wrote; anything else is read as « everything changed », so
        that a report that cannot be read makes a view re-read rather than stay stale."""
        try:
            assert isinstance(data, dict)
            meetings = {
                int(ident): frozenset(Part(p) for p in parts)
                for ident, parts in dict(data.get("meetings", {})).items()
            }
            return cls(
                meetings,
                bool(data.get("meeting_list")),
                bool(data.get("board")),
                bool(data.get("store")),
            )
        except (AssertionError, TypeError, ValueError):
            return cls(store=True)
