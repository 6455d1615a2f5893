"""The server's snippets and query, with their shortcuts, give what the plain rules give.

``search_server`` cuts its snippets with shortcuts (words read by one table-driven
character set, a short column scored once, sentence starts found by a regular
expression, one snippet per distinct document); ``reference_snippet`` below is FTS5's
``snippet()`` written plainly, as ``test_search_parity`` checks it against SQLite. And
the tsquery of plain words is written in Python instead of being folded on the server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from irev_desktop.db.plain_sql import pyformat
from irev_desktop.db.server_schema import libpq_conninfo
from irev_desktop.model.search import HIGHLIGHT_END, HIGHLIGHT_START
from irev_desktop.services import search as common
from irev_desktop.services import search_server
from irev_desktop.services.search_server import Column, Snippets, snippet

from ..pg_server import PgServer


@pytest.fixture(autouse=True)
def _on_both_engines() -> None:
    """Overrides tests/services/conftest.py's: nothing here goes through a store, but
    the server's own functions (``search_fold``) are checked on a database of its own."""


def reference_snippet(columns: Sequence[Column], words: Sequence[str], tokens: int = 16) -> str:
    """fts5_aux.c's snippet(), word for word: every instance, every window scored."""
    pattern = search_server._word_patterns().any
    spans = [[m.span() for m in pattern.finditer(c.text)] for c in columns]
    last = len(words) - 1
    instances = []
    for number, column in enumerate(columns):
        for position, (start, end) in enumerate(spans[number]):
            folded = common.fold_word(column.text[start:end])
            for phrase, wanted in enumerate(words):
                if folded == wanted or (phrase == last and folded.startswith(wanted)):
                    instances.append((number, position, phrase))

    def score(number: int, first_position: int, size: int) -> tuple[int, int]:
        seen: set[int] = set()
        total, first, final = 0, -1, 0
        for column, position, phrase in instances:
            if column == number and first_position <= position < first_position + tokens:
                total += 1 if phrase in seen else 1000
                seen.add(phrase)
                if first < 0:
                    first = position
                final = position + 1
        adjusted = first - (tokens - (final - first)) // 2
        if adjusted + tokens > size:
            adjusted = size - tokens
        return total, max(adjusted, 0)

    best = (0, 0, 0)
    for number, column in enumerate(columns):
        size = len(spans[number])
        starts = [0] if size else []
        for position in range(1, size):
            before = column.text[spans[number][position - 1][1] : spans[number][position][0]]
            stripped = before.rstrip(" \t\n\r")
            if len(stripped) < len(before) and stripped[-1:] in (".", ":"):
                starts.append(position)
        for _column, position, _phrase in (i for i in instances if i[0] == number):
            found, adjusted = score(number, position, size)
            if found > best[0]:
                best = (found, number, adjusted)
            if starts and size > tokens:
                index = 0
                while index < len(starts) - 1 and starts[index + 1] <= position:
                    index += 1
                if starts[index] < position:
                    found = score(number, starts[index], size)[0]
                    found += 120 if starts[index] == 0 else 100
                    if found > best[0]:
                        best = (found, number, starts[index])
    _, number, start = best
    text, column_spans = columns[number].text, spans[number]
    found_at = sorted({p for c, p, _ in instances if c == number})
    end = start + tokens - 1
    out = ["…"] if start > 0 else []
    copied = column_spans[start][0] if 0 < start < len(column_spans) else 0
    for position in found_at:
        if start <= position <= end:
            word_start, word_end = column_spans[position]
            out += [text[copied:word_start], HIGHLIGHT_START, text[word_start:word_end]]
            out.append(HIGHLIGHT_END)
            copied = word_end
    if end < len(column_spans) - 1 or columns[number].cut:
        if end < len(column_spans):
            out.append(text[copied : column_spans[end][1]])
        out.append("…")
    else:
        out.append(text[copied:])
    return "".join(out)


_WORDS = [
    *("assemblée", "Générale", "GÉNÉRALEMENT", "rapport", "l'œuvre", "Œuvre", "cœur"),
    *("le", "de", "2020", "gén", "e\u0301te\u0301", "Søren", "x", "a", "ab_cd", "🙂"),
]
_SEPARATORS = [
    *(" ", "  ", ". ", ": ", ", ", "\n", " — ", ".\n", "'", "’", "-", " :", ".", ":"),
    *(". \t", " . ", "\r\n", ":\n\n", ".:  ", "…", "\x02", "\x03", " « ", "?! "),
]
_QUERY_WORDS = ["assemblee", "generale", "gen", "rapport", "oeuvre", "le", "ete", "g", "a"]


@st.composite
def column(draw: st.DrawFn) -> str:
    size = draw(st.sampled_from([0, 1, 3, 15, 16, 17, 18, 30, 60, 200]))
    parts = [
        draw(st.sampled_from(_WORDS)) + draw(st.sampled_from(_SEPARATORS)) for _ in range(size)
    ]
    return draw(st.sampled_from(["", " ", ". ", ": "])) + "".join(parts)


@settings(max_examples=400, deadline=None)
@given(
    texts=st.tuples(column(), column(), column()),
    words=st.lists(st.sampled_from(_QUERY_WORDS), min_size=1, max_size=3, unique=True),
    tokens=st.sampled_from([16, 16, 1, 4, 30]),
    cut=st.sampled_from([None, 0, 1, 2]),
)
def test_the_snippet_follows_the_plain_rules(
    texts: tuple[str, str, str], words: list[str], tokens: int, cut: int | None
) -> None:
    columns = [Column(Column.of(text).text, cut=number == cut) for number, text in enumerate(texts)]
    assert snippet(columns, words, tokens) == reference_snippet(columns, words, tokens)


def fts5_snippet(texts: Sequence[str], words: Sequence[str]) -> str:
    """What SQLite's FTS5 gives for a document of ``texts``."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(a, b, c, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute("INSERT INTO f VALUES (?, ?, ?)", [common.fold_ligatures(t) for t in texts])
    quoted = ['"' + word + '"' for word in words]
    row = conn.execute(
        "SELECT snippet(f, -1, char(2), char(3), '…', 16) FROM f WHERE f MATCH ?",
        (" AND ".join(quoted) + "*",),
    ).fetchone()
    conn.close()
    return str(row[0])


PADDING = "et les membres présents en débattent longuement avant de passer au vote final"


@pytest.mark.parametrize(
    ("texts", "words"),
    [
        # A word that is two of the query's words.
        (("La Générale. " + "Rapport de l'assemblée générale, " * 12, "", ""), ["generale", "gen"]),
        (("", "Rapport de l'assemblée générale, " * 12, ""), ["generale", "g"]),
        # The first sentence (+120) against a later one holding the word twice (+100).
        ((f"Une assemblée. {PADDING}. Puis: assemblée et assemblée. {PADDING}", "", ""), ["as"]),
        ((f"Une assemblée. {PADDING}. Puis: assemblée. {PADDING}", "", ""), ["assemblee"]),
        # A longer column against a short one, and the best of three.
        (("Assemblée", f"{PADDING}. Assemblée générale. {PADDING}", ""), ["assemblee", "gen"]),
        (("Rapport", f"{PADDING} rapport", "rapport général"), ["rapport", "g"]),
    ],
)
def test_awkward_documents(texts: tuple[str, str, str], words: list[str]) -> None:
    columns = [Column.of(text) for text in texts]
    made = snippet(columns, words)
    assert made == reference_snippet(columns, words)
    assert made == fts5_snippet(texts, words)


def test_a_word_only_the_server_folds() -> None:
    """Found through unaccent alone (ø): no word is marked, the title is shown."""
    columns = [Column.of(text) for text in ("Søren Kierkegaard", PADDING, "")]
    assert snippet(columns, ["soren"]) == reference_snippet(columns, ["soren"])
    assert snippet(columns, ["soren"]) == "Søren Kierkegaard"


def test_the_table_driven_word_pattern_reads_every_character_alike() -> None:
    patterns = search_server._word_patterns()
    differing = [
        point
        for point in range(0x10000)
        if bool(patterns.bmp.fullmatch(chr(point))) != bool(patterns.any.fullmatch(chr(point)))
    ]
    assert differing == []
    # A text with a character beyond U+FFFF is read by the other.
    assert patterns.finder("🙂 fin") is patterns.any
    assert patterns.finder("Noël") is patterns.bmp


def test_documents_alike_share_their_snippet() -> None:
    words = common.query_words("assemblée gén")
    snippets = Snippets(words)
    document = ("Assemblée générale ordinaire", "Assemblée générale (AG)\n— Paris", None)
    made = snippets[document]
    assert made == " ".join(snippet([Column.of(value) for value in document], words).split())
    assert snippets[document] is made
    assert "\n" not in made


# The query written in Python --------------------------------------------------------------


def test_only_plain_words_are_written_in_python() -> None:
    assert search_server._plain_query(["budget", "primitif"]) == "'budget' & 'primitif':*"
    assert search_server._plain_query(["2021"]) == "'2021':*"
    for words in (["søren"], ["budget", "москва"], ["o'neil"], ["a b"], ["Budget"], ["é"]):
        assert search_server._plain_query(words) is None


@pytest.fixture
def server_connection(pg_server: PgServer, pg_template: str) -> Iterator[psycopg.Connection[Any]]:
    name = "requete"
    url = pg_server.create_database(name, template=pg_template)
    try:
        with psycopg.connect(libpq_conninfo(url), autocommit=True) as connection:
            yield connection
    finally:
        pg_server.drop_database(name)


@pytest.mark.postgresql
def test_the_plain_query_is_the_servers(server_connection: psycopg.Connection[Any]) -> None:
    """``search_fold`` leaves ASCII letters and digits as they are, so the tsquery made
    in Python is the one the server makes of the same words."""
    execute = server_connection.execute
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    assert execute("SELECT search_fold(%s)", (alphabet,)).fetchall() == [(alphabet,)]
    assert search_server._PLAIN_WORD.fullmatch(alphabet)
    for words in (["assemblee"], ["budget", "primitif"], ["2021", "x", "b12"]):
        plain = search_server._plain_query(words)
        assert plain is not None
        made = execute(pyformat(search_server._QUERY), (words,)).fetchall()
        assert execute("SELECT CAST(%s AS tsquery)", (plain,)).fetchall() == made
