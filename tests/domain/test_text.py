"""The sanitiser every user text goes through."""

from __future__ import annotations

import unicodedata
from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.text import sanitise, sanitise_line


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("ligne\x0bcollée de Word", "ligne\ncollée de Word"),
        ("page\x0csuivante", "page\nsuivante"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("tab\tgardée", "tab\tgardée"),
        ("N\x00UL\x07\x1b", "NUL"),
        ("del\x7f et C1\x85\x9f", "del et C1"),
        ("\ufeffBOM gardé", "\ufeffBOM gardé"),
        ("non\ufffe\uffff", "non"),
        ("seul \ud800 demi", "seul  demi"),
        ("paire \ud83d\ude00 recollée", "paire 😀 recollée"),
        ("émoji 🎉 et 漢字 et عربى", "émoji 🎉 et 漢字 et عربى"),
        ("e\u0301te\u0301", "été"),  # NFC
        ("l’assemblée", "l’assemblée"),
    ],
)
def test_sanitise(raw: str, clean: str) -> None:
    assert sanitise(raw) == clean


def test_sanitise_max_length() -> None:
    assert sanitise("abc", max_length=3) == "abc"
    # NFC first: two code points that compose into one fit in one character.
    assert sanitise("e\u0301", max_length=1) == "é"
    with pytest.raises(ValidationError) as caught:
        sanitise("abcd", max_length=3)
    assert str(caught.value) == "Le texte dépasse la longueur maximale de 3 caractères."


def test_sanitise_line() -> None:
    assert sanitise_line("  Milouda\n\tAla  ") == "Milouda Ala"
    assert sanitise_line("Assemblée\r\ngénérale\x0b2021") == "Assemblée générale 2021"
    assert sanitise_line("a  b") == "a  b"  # inner spaces are the user's
    assert sanitise_line("\n\n") == ""
    with pytest.raises(ValidationError, match="500"):
        sanitise_line("x" * 501)
    assert len(sanitise_line("x" * 500)) == 500
    with pytest.raises(ValidationError, match="10 caractères"):
        sanitise_line("x" * 11, max_length=10)


# --- properties -----------------------------------------------------------------------

codepoints = st.one_of(
    st.integers(0, 0x3000),
    st.integers(0, 0x10FFFF),
    st.sampled_from([0x0, 0x9, 0xA, 0xB, 0xC, 0xD, 0x85, 0x2028, 0xD83D, 0xDE00, 0xDC00, 0xFFFE]),
)
anything = st.lists(codepoints.map(chr), max_size=40).map("".join)


def xml_char(c: str) -> bool:
    cp = ord(c)
    return (
        c in "\t\n\r" or 0x20 <= cp <= 0xD7FF or 0xE000 <= cp <= 0xFFFD or 0x10000 <= cp <= 0x10FFFF
    )


@given(anything)
def test_sanitise_is_idempotent(text: str) -> None:
    once = sanitise(text)
    assert sanitise(once) == once


@given(anything)
def test_sanitised_text_is_clean_nfc_xml(text: str) -> None:
    out = sanitise(text)
    assert all(c in "\t\n" or ord(c) >= 0x20 for c in out)
    assert "\r" not in out
    assert all(not 0x7F <= ord(c) <= 0x9F for c in out)
    assert all(xml_char(c) for c in out)
    assert unicodedata.is_normalized("NFC", out)
    out.encode("utf-8")  # no lone surrogate left
    parsed = ElementTree.fromstring(f"<p>{escape(out)}</p>").text
    assert (parsed or "") == out


@given(anything)
def test_sanitise_keeps_ordinary_characters(text: str) -> None:
    plain = "".join(
        c
        for c in text
        if unicodedata.category(c) not in ("Cc", "Cs", "Zl", "Zp") and c not in "\ufffe\uffff"
    )
    assert sanitise(plain) == unicodedata.normalize("NFC", plain)


@given(anything)
def test_sanitise_line_is_one_stripped_line(text: str) -> None:
    out = sanitise_line(text, max_length=10_000)
    assert "\n" not in out
    assert "\t" not in out
    assert out == out.strip()
    assert sanitise_line(out, max_length=10_000) == out
