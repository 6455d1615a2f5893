"""The values of archive.json checked against their column and converted for Core."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import re
import sys
from typing import Any

from sqlalchemy import Column

from irev_desktop.db.kinds import Kind
from irev_desktop.domain.french import format_number_fr
from irev_desktop.domain.text import sanitise, sanitise_line
from irev_desktop.services.archive.column_rules import binary_limit, enum_values, text_rule
from irev_desktop.services.archive.messages import show

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
# NFC normalisation at most triples a text's length: anything longer is refused uncleaned.
_NFC_GROWTH = 3
_SURROGATE = re.compile("[\ud800-\udfff]")


class BadValue(Exception):
    """A value refused; the text follows "table t, ligne n, colonne c : "."""


def _too_long(length: int, limit: int) -> BadValue:
    return BadValue(
        f"le texte fait {format_number_fr(length)} caractères, "
        f"pour {format_number_fr(limit)} au plus"
    )


def _clean_text(column: Column[Any], value: str) -> str:
    """The text as typing or pasting it would have stored it, within the column's limit."""
    rule = text_rule(column)
    if len(value) > _NFC_GROWTH * rule.limit:  # refused before a costly cleaning
        raise _too_long(len(value), rule.limit)
    if rule.multiline:
        clean = sanitise(value)
        if rule.strip:
            clean = clean.strip()
    else:
        clean = sanitise_line(value, max_length=sys.maxsize)
    if len(clean) > rule.limit:
        raise _too_long(len(clean), rule.limit)
    return clean


def from_json(column: Column[Any], kind: Kind, value: Any) -> Any:
    """A value of archive.json checked against its column and converted for Core."""
    if value is None:
        if not column.nullable:
            raise BadValue("la valeur est obligatoire (null n'est pas admis)")
        return None
    if kind is Kind.BOOLEAN:
        if not isinstance(value, bool):
            raise BadValue(f"{show(value)} n'est pas un booléen (true ou false)")
        return value
    if kind is Kind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"{show(value)} n'est pas un nombre entier")
        if not _INT_MIN <= value <= _INT_MAX:
            raise BadValue(f"{show(value)} dépasse les entiers admis (64 bits)")
        return value
    if kind is Kind.FLOAT:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadValue(f"{show(value)} n'est pas un nombre")
        number = float(value)
        if not math.isfinite(number):
            raise BadValue(f"{show(value)} n'est pas un nombre fini")
        return number
    if not isinstance(value, str):
        raise BadValue(f"{show(value)} n'est pas une chaîne de caractères")
    lone = _SURROGATE.search(value)
    if lone is not None:
        # JSON pairs the two halves of a character itself: a half left alone is no
        # character at all, and no text file could hold it.
        raise BadValue(
            f"le texte contient un demi-caractère UTF-16 isolé (U+{ord(lone.group()):04X}, "
            f"position {format_number_fr(lone.start() + 1)}), qui n'est pas un caractère"
        )
    if kind is Kind.ENUM:
        allowed = enum_values(column)
        if value not in allowed:
            raise BadValue(
                f"{show(value)} n'est pas une valeur permise (valeurs permises : "
                + ", ".join(allowed)
                + ")"
            )
        return value
    if kind is Kind.STRING:
        return _clean_text(column, value)
    if kind is Kind.BINARY:
        limit = binary_limit(column)
        # Four base64 characters per three bytes: refused before decoding.
        if limit is not None and len(value) > 4 * (limit // 3 + 1):
            raise BadValue(
                f"la valeur fait au moins {format_number_fr(len(value) // 4 * 3 - 2)} octets, "
                f"pour {format_number_fr(limit)} au plus"
            )
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise BadValue(f"{show(value)} n'est pas du base64 valide") from None
        if limit is not None and len(data) > limit:
            raise BadValue(
                f"la valeur fait {format_number_fr(len(data))} octets, "
                f"pour {format_number_fr(limit)} au plus"
            )
        return data
    return _parse_temporal(kind, value)


def _parse_temporal(kind: Kind, value: str) -> dt.date | dt.time | dt.datetime:
    pattern, what = {
        Kind.DATE: (_DATE, "une date"),
        Kind.TIME: (_TIME, "une heure"),
        Kind.DATETIME: (_DATETIME, "une date et heure"),
    }[kind]
    try:
        if pattern.fullmatch(value):
            if kind is Kind.DATE:
                return dt.date.fromisoformat(value)
            if kind is Kind.TIME:
                return dt.time.fromisoformat(value)
            return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    raise BadValue(f"{show(value)} n'est pas {what}")
