"""The file name proposed for a document: "2021-03-08 AG IREV - procès-verbal.docx"."""

from __future__ import annotations

import re
import unicodedata

from irev_desktop.domain.text import sanitise_line
from irev_desktop.exporters.kinds import DocumentKind
from irev_desktop.model.dto import MeetingDetail

# Forbidden in Windows file names, plus the path separators of every system.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]+')


def _safe(text: str) -> str:
    text = _FORBIDDEN.sub(" ", sanitise_line(text))
    return re.sub(r"\s+", " ", text).strip(" .")


def proposed_file_name(
    meeting: MeetingDetail, kind: DocumentKind, deliberation: str | None = None
) -> str:
    label = kind.label
    if kind is DocumentKind.EXTRAIT:
        label = f"extrait {deliberation}" if deliberation else "extrait du registre"
    who = " ".join(
        part
        for part in (_safe(meeting.body.short_name), _safe(meeting.organisation.short_name))
        if part
    )
    stem = f"{meeting.date.isoformat()} {who} - {_safe(label)}".replace("  ", " ")
    # Keep clear of the 255-byte limit of most file systems, accents included.
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    return unicodedata.normalize("NFC", stem.rstrip(" .")) + ".docx"


def extract_file_name(number: str, title: str, suffix: str = ".docx") -> str:
    """The name a secretary gives an extract: "Extrait 2021-03 — Rapport d'activité
    2020.docx", the title cut at a word near 80 characters."""
    title = _safe(title)
    if len(title) > 80:
        cut = title[:80]
        title = (cut.rsplit(" ", 1)[0] if " " in cut[40:] else cut).rstrip(" .,;—-") + "…"
    stem = f"Extrait {_safe(number)}"
    if title:
        stem = f"{stem} — {title}"
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    return unicodedata.normalize("NFC", stem.rstrip(" .")) + suffix


def _meeting_stem(meeting: MeetingDetail) -> str:
    """ "2021-03-08 AG IREV"."""
    who = " ".join(
        part
        for part in (_safe(meeting.body.short_name), _safe(meeting.organisation.short_name))
        if part
    )
    return f"{meeting.date.isoformat()} {who}".strip()


def _fitted(stem: str, suffix: str) -> str:
    # Keep clear of the 255-byte limit of most file systems, accents included.
    while len(stem.encode("utf-8")) > 200:
        stem = stem[:-1]
    return unicodedata.normalize("NFC", stem.rstrip(" .")) + suffix


def invitation_file_name(meeting: MeetingDetail) -> str:
    """ "2021-03-08 AG IREV - invitation.ics"."""
    return _fitted(f"{_meeting_stem(meeting)} - invitation", ".ics")


def member_file_name(meeting: MeetingDetail, label: str, suffix: str) -> str:
    """ "2021-03-08 AG IREV - convocation - Département du Nord.eml": safe on every
    system (no character Windows refuses, no trailing dot or space)."""
    name = _safe(label)
    stem = f"{_meeting_stem(meeting)} - convocation"
    return _fitted(f"{stem} - {name}" if name else stem, suffix)
