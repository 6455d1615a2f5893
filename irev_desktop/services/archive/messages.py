"""How a refused archive is reported: the "Archive invalide" error and its texts shown safely."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import printable


def invalid(detail: str) -> NoReturn:
    raise ValidationError("Archive invalide : {detail}", detail=detail)


def shown(text: str) -> str:
    """A text of the archive, cut short and safe to print on a terminal."""
    if len(text) > 80:  # a piece's name is 71 characters: shown whole
        text = text[:80] + "…"
    return printable(text)


def show(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"« {shown(text)} »"
