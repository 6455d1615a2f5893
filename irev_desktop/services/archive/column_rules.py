"""How each column is cleaned and bounded, and its type as docs/archive-format.md states it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Enum, String

from irev_desktop.db.columns import column_kind
from irev_desktop.db.kinds import Kind
from irev_desktop.domain.french import format_number_fr
from irev_desktop.services.actions import MAX_ACTION_LENGTH
from irev_desktop.services.agenda import MAX_NOTES_LENGTH
from irev_desktop.services.archive.format import MAX_JSON_BYTES
from irev_desktop.services.deliberations import MAX_DELIBERATION_TEXT
from irev_desktop.services.registry import MAX_ADDRESS_LENGTH, MAX_LOGO_BYTES

# The longest audit summary the program writes: a deliberation's text before and after
# a change (json.dumps escapes a character into two at most), with room for the rest.
MAX_AUDIT_SUMMARY_LENGTH = 4 * MAX_DELIBERATION_TEXT + 100_000


def enum_values(column: Column[Any]) -> list[str]:
    kind = column.type
    return list(kind.enums) if isinstance(kind, Enum) else []


def max_length(column: Column[Any]) -> int | None:
    kind = column.type
    return kind.length if isinstance(kind, String) else None


@dataclass(frozen=True)
class TextRule:
    """How the services clean a text column when it is typed, and its longest value."""

    multiline: bool
    limit: int
    strip: bool = False


# The text columns without a length in the models: the cleaner and the limit of the
# service that writes each (a test checks that every such column is listed).
MULTILINE_TEXTS: dict[tuple[str, str], TextRule] = {
    ("organisation", "address"): TextRule(True, MAX_ADDRESS_LENGTH),
    ("agenda_item", "notes"): TextRule(True, MAX_NOTES_LENGTH),
    ("note_revision", "text"): TextRule(True, MAX_NOTES_LENGTH),
    ("deliberation", "text"): TextRule(True, MAX_DELIBERATION_TEXT),
    ("action_item", "description"): TextRule(True, MAX_ACTION_LENGTH, strip=True),
    ("audit_entry", "summary"): TextRule(True, MAX_AUDIT_SUMMARY_LENGTH),
    # Canonical JSON in ASCII (services.snapshot): the cleaning leaves it as it is.
    ("seal", "snapshot"): TextRule(True, MAX_JSON_BYTES),
}
# Binary columns and the largest value the services accept.
BINARY_LIMITS: dict[tuple[str, str], int] = {("organisation", "logo"): MAX_LOGO_BYTES}


def text_rule(column: Column[Any]) -> TextRule:
    """A column with a length is one line (a name, a title: sanitise_line), as every
    service cleans them; the others are listed in MULTILINE_TEXTS."""
    rule = MULTILINE_TEXTS.get((column.table.name, column.name))
    if rule is not None:
        return rule
    length = max_length(column)
    if length is None:  # a new text column not listed yet: bounded like the notes
        return TextRule(True, MAX_NOTES_LENGTH)
    return TextRule(False, length)


def binary_limit(column: Column[Any]) -> int | None:
    return BINARY_LIMITS.get((column.table.name, column.name))


def _plain_number(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def column_type_label(column: Column[Any]) -> str:
    """The type of a column as docs/archive-format.md states it (French)."""
    kind = column_kind(column)
    if kind is Kind.ENUM:
        return "texte, une valeur parmi " + ", ".join(f"`{v}`" for v in enum_values(column))
    if kind is Kind.STRING:
        rule = text_rule(column)
        if rule.multiline:
            return f"texte sur plusieurs lignes (≤ {_plain_number(rule.limit)} caractères)"
        return f"texte (≤ {_plain_number(rule.limit)} caractères)"
    if kind is Kind.BINARY:
        limit = binary_limit(column)
        if limit is not None:
            return f"octets en base64 (≤ {_plain_number(limit)} octets)"
    return {
        Kind.BOOLEAN: "booléen (`true` / `false`)",
        Kind.INTEGER: "entier",
        Kind.FLOAT: "nombre",
        Kind.DATE: "date `AAAA-MM-JJ`",
        Kind.TIME: "heure `HH:MM:SS`",
        Kind.DATETIME: "date et heure UTC `AAAA-MM-JJTHH:MM:SS`",
        Kind.BINARY: "octets en base64",
    }[kind]


def size_label(size: int) -> str:
    """A number of bytes as the messages and the format's documentation write it."""
    for unit, name in ((1024**3, "Gio"), (1024**2, "Mio"), (1024, "Kio")):
        if size >= unit:  # "2 Gio", "190,8 Mio"
            return f"{format_number_fr(size / unit, decimals=1)} {name}"
    return f"{format_number_fr(size)} octet{'s' if size > 1 else ''}"
