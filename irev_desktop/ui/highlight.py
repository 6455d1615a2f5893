"""Where the searched words stand in a text, ignoring case, accents and œ/æ."""

from __future__ import annotations

import unicodedata


def _fold_char(char: str) -> str:
    if char in "œŒ":
        return "oe"
    if char in "æÆ":
        return "ae"
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """(start, length) in ``text`` of every occurrence of the words, as the search finds
    them: whole words, but the last one may be the beginning of a word (typing)."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for piece in _fold_char(char):
            folded.append(piece)
            origin.append(index)
    haystack = "".join(folded)
    found: list[tuple[int, int]] = []
    prefix = words[-1] if words else ""
    for word in {w for w in words if w}:
        start = haystack.find(word)
        while start >= 0:
            end = start + len(word)
            whole = end == len(haystack) or not haystack[end].isalnum()
            if (start == 0 or not haystack[start - 1].isalnum()) and (whole or word == prefix):
                while end < len(haystack) and haystack[end].isalnum():
                    end += 1  # the whole word the prefix begins
                first, last = origin[start], origin[end - 1]
                found.append((first, last - first + 1))
            start = haystack.find(word, start + 1)
    return sorted(set(found))
