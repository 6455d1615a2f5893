"""What a search finds: a hit, where it was found, its snippet with the matched words
between two markers."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


class HitKind(StrEnum):
    """Where a word was found."""

    MEETING = "meeting"
    ITEM = "item"
    DELIBERATION = "deliberation"
    PERSON = "person"
    ACTION = "action"
    ATTACHMENT = "attachment"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self.value]


_KIND_LABELS = {
    "meeting": "séance",
    "item": "point de l'ordre du jour",
    "deliberation": "délibération",
    "person": "personne",
    "action": "action",
    "attachment": "pièce jointe",
}


@dataclass(frozen=True)
class SearchHit:
    """One result. ``snippet`` marks the matched words with HIGHLIGHT_START/END.

    A person belongs to no meeting: the meeting fields are then None. ``item_id`` is
    the agenda item the hit belongs to, if any (the item itself for an item hit).
    """

    kind: HitKind
    entity_id: int
    title: str
    snippet: str
    rank: float
    meeting_id: int | None = None
    meeting_date: str | None = None  # ISO, "2021-03-08"
    meeting_title: str | None = None
    body: str | None = None  # the body's short name, "AG"
    item_id: int | None = None
    file_name: str | None = None  # attachments only


def mark(snippet: str, start: str = "[", end: str = "]") -> str:
    """A snippet with its highlight markers replaced by ``start`` and ``end``."""
    return snippet.replace(HIGHLIGHT_START, start).replace(HIGHLIGHT_END, end)
