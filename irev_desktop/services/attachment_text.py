"""The text of an attached file, extracted once when it is attached, for the search index.

PDF with pypdf, Word (.docx) with python-docx, plain text as is. Whatever the file
holds, :func:`extract_text` never raises: a file it cannot read (damaged, encrypted,
another format, a library missing) gives an empty text, logged, and the file is
attached all the same.
"""

from __future__ import annotations

import io
import logging

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from irev_desktop.domain.text import sanitise

log = logging.getLogger(__name__)

# Enough for any report; bounds the index and the time spent on a huge file.
MAX_TEXT_CHARS = 1_000_000
MAX_PDF_PAGES = 500
WORD_SUFFIXES = (".docx", ".docm", ".dotx")
TEXT_SUFFIXES = (".txt", ".md", ".csv")


def extract_text(name: str, data: bytes) -> str:
    """The readable text of a file named ``name``; "" when there is none."""
    try:
        lowered = name.lower()
        if data.startswith(b"%PDF-"):
            raw = _pdf_text(data)
        elif data.startswith(b"PK\x03\x04") and lowered.endswith(WORD_SUFFIXES):
            raw = _word_text(data)
        elif lowered.endswith(TEXT_SUFFIXES):
            raw = _plain_text(data)
        else:
            return ""
        return sanitise(raw[:MAX_TEXT_CHARS]).strip()
    except Exception as error:  # any failure of a third-party reader: index nothing
        log.warning("Texte non extrait de « %s » : %s: %s", name, type(error).__name__, error)
        return ""


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        return ""
    parts: list[str] = []
    size = 0
    for number, page in enumerate(reader.pages):
        if number >= MAX_PDF_PAGES or size >= MAX_TEXT_CHARS:
            break
        page_text = page.extract_text() or ""
        parts.append(page_text)
        size += len(page_text)
    return "\n".join(parts)


def _word_text(data: bytes) -> str:
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(io.BytesIO(data))
    paragraph_tag, text_tag = qn("w:p"), qn("w:t")
    lines: list[str] = []
    size = 0
    # Every paragraph of the body in reading order, those of tables included.
    for paragraph in document.element.body.iter(paragraph_tag):
        line = "".join(node.text or "" for node in paragraph.iter(text_tag))
        if line:
            lines.append(line)
            size += len(line)
            if size >= MAX_TEXT_CHARS:
                break
    return "\n".join(lines)


def _plain_text(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# An upsert both engines speak; on SQLite it fires the update trigger that re-indexes.
_SAVE = text(
    "INSERT INTO attachment_text (attachment_id, text) VALUES (:attachment_id, :text) "
    "ON CONFLICT (attachment_id) DO UPDATE SET text = excluded.text"
)


def save_text(target: Session | Connection, attachment_id: int, extracted: str) -> None:
    """Keep the extracted text of an attachment (the triggers index it).

    A row is kept even when the text is empty: the file was read once, not again.
    """
    target.execute(_SAVE, {"attachment_id": attachment_id, "text": extracted})
