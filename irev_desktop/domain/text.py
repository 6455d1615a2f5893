"""The one sanitiser for text a user types or pastes.

Word and e-mail clients paste vertical tabs, form feeds and NULs; python-docx (XML 1.0)
refuses them, so every stored or exported text goes through :func:`sanitise`.
"""

from __future__ import annotations

import re
import unicodedata

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code in range(0x20):
        if code not in (0x09, 0x0A):
            table[code] = None
    for code in (0x0B, 0x0C, 0x0D, 0x2028, 0x2029):
        table[code] = "\n"  # line and page breaks stay line breaks
    for code in range(0x7F, 0xA0):  # DEL and the C1 controls
        table[code] = None
    for code in range(0xD800, 0xE000):  # surrogates left over after pairing
        table[code] = None
    table[0xFFFE] = None
    table[0xFFFF] = None
    return table


_TABLE = _build_table()
# Everything the table changes: most texts contain none of it, and a search is far
# cheaper than str.translate on a long note typed live.
_NEEDS_TABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BREAKS = re.compile("[ \t\n]*[\t\n][ \t\n]*")


def _pair_surrogates(text: str) -> str:
    # A valid pair split into two code points (e.g. from a UTF-16 source) becomes the
    # character it encodes; lone halves survive this and are dropped by the table.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _check_length(text: str, max_length: int | None) -> None:
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            "Le texte dépasse la longueur maximale de {max_length} caractères.",
            max_length=format_number_fr(max_length),
        )


def sanitise(text: str, *, max_length: int | None = None) -> str:
    """Clean a multi-line text: one line-ending style, no control characters, NFC."""
    text = text.replace("\r\n", "\n")
    if _NEEDS_TABLE.search(text):  # one scan; surrogates are among what it finds
        if _SURROGATE.search(text):
            text = _pair_surrogates(text)
        text = text.translate(_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    _check_length(text, max_length)
    return text


def sanitise_line(text: str, *, max_length: int = 500) -> str:
    """Clean a single-line text (a name, a title): breaks and tabs become one space."""
    text = _BREAKS.sub(" ", sanitise(text)).strip()
    _check_length(text, max_length)
    return text


# What a terminal may take for a command: the C0 controls but tab and line feed (ESC
# among them), DEL and the C1 controls (CSI, OSC…), and lone surrogates, which no
# terminal encoding can write.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def printable(text: str) -> str:
    """Text safe to print on a terminal, even read from a store that predates the
    sanitiser: every control character but tab and line feed becomes U+FFFD.

    Applied to a JSON document written by ``json.dumps`` it stays valid JSON (the C0
    controls are already escaped there; the others can only sit inside strings).
    """
    return _UNPRINTABLE.sub(REPLACEMENT, text)
