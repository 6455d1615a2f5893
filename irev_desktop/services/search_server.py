"""Full-text search on PostgreSQL (a team's store), with the hits SQLite's FTS5 gives.

The index is migration ``0009_server_search``: one document per meeting, agenda item,
deliberation, person, action and attachment, as on SQLite, kept in step by triggers;
its words are a ``tsvector`` made by ``search_fold`` (accents removed with
``unaccent``, œ/æ as oe/ae, lower case, every character that is not a letter or a
digit a separator).

Why the 'simple' way and not PostgreSQL's 'french' configuration: the file store's
FTS5 index neither stems nor drops stop words, so "rapport" does not find
"rapports" there and "de" is a word like another. A French stemmer and its stop-word
list would make the same query find other meetings on the server than on a file, and
a query of stop words alone would find nothing. The words are therefore the folded
words themselves, cut where SQLite's unicode61 tokenizer cuts them (PostgreSQL's
parser is not used either: it keeps "vade-mecum", "note.docx" or "a@b.fr" whole).

Queries: the same words as on SQLite (``search.query_words``: case, accents and
ligatures folded, elisions dropped, operators as plain words), each folded once more
by ``search_fold`` on the server, all required, the last one a prefix (``'gen':*``).
Words of ASCII letters and digits only, which ``search_fold`` leaves as they are (most
French words once their accents are folded), make a tsquery written here instead: the
statement then has no folding to do. One statement ranks, cuts and reads the hits.

What differs from SQLite:

- the order: ``ts_rank`` (a word in the title weighs 1, in the people 0.5, in the text
  0.25, divided by the log of the document's length) instead of bm25, which needs
  statistics a tsvector does not keep: the same query finds the same documents,
  possibly in another order, so with a ``limit`` smaller than the number of hits the
  ones kept may differ; ``rank`` is minus ts_rank (lower is better, as bm25's);
- ``unaccent`` folds a few letters that have no accent to remove for SQLite (ø, ß, ł,
  đ…): "soren" finds "Søren" on the server only;
- a body of more than a megabyte of distinct words is indexed up to its first
  100,000 characters (PostgreSQL's tsvector holds 1 MB).

Snippets are made here, in Python, by FTS5's own ``snippet()`` algorithm (a window of
:data:`~irev_desktop.services.search.SNIPPET_TOKENS` words holding the most query
words, preferring the start of a sentence) over the text as written, with the same
``\\x02``/``\\x03`` markers: the same snippet as on a file, where ``ts_headline`` would
cut the words with PostgreSQL's parser and could not show a ligature as written.
Only the first :data:`SNIPPET_SOURCE_CHARS` characters of a text are read for it, and
a text that several hits share (a yearly meeting's title, a deliberation's set
wording) is read once per search.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Any

from irev_desktop.db.store import Store
from irev_desktop.model.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind, SearchHit
from irev_desktop.services import search as common

# The longest part of a text a snippet is looked for in: the text of a long attached
# file is not sent whole to every search.
SNIPPET_SOURCE_CHARS = 200_000
# ts_rank's weights, in its order {D, C, B, A}: body C, people B, title A, as the
# bm25 weights 1, 2, 4 of the file's index.
RANK_WEIGHTS = "ARRAY[0, 0.25, 0.5, 1]::real[]"
# ts_rank's normalisation 1: divided by 1 + log(length), as bm25 favours short documents.
RANK_NORMALISATION = 1
# The longest lexeme of a tsvector; a longer word is in no document of the index.
MAX_WORD_BYTES = 2046

_ITEM_OF = (
    "CASE s.kind WHEN 'item' THEN s.entity_id "
    + " ".join(
        f"WHEN '{kind}' THEN (SELECT item_id FROM {table} WHERE id = s.entity_id)"
        for kind, table in (
            ("deliberation", "deliberation"),
            ("action", "action_item"),
            ("attachment", "attachment"),
        )
    )
    + " END"
)

# The tsquery of the words (qmark SQL, see db.plain_sql): each folded again by the
# index's own function, all required, the last one (every part of it) a prefix. A word
# too long to be a lexeme is in no document: the query then finds nothing.
_QUERY = f"""
SELECT CASE WHEN bool_or(octet_length(t.token) > {MAX_WORD_BYTES}) THEN NULL ELSE
       string_agg('''' || t.token || '''' || CASE WHEN w.n = w.last THEN ':*' ELSE '' END,
                  ' & ' ORDER BY w.n, t.m)::tsquery END AS q
FROM (SELECT word, n, count(*) OVER () AS last
      FROM unnest(CAST(? AS text[])) WITH ORDINALITY AS u(word, n)) AS w,
     unnest(string_to_array(search_fold(w.word), ' ')) WITH ORDINALITY AS t(token, m)
WHERE t.token <> ''
"""

# The tsquery of words that are their own fold, written by ``_plain_query``.
_PLAIN_QUERY = "SELECT CAST(? AS tsquery) AS q"
# A word of ASCII letters and digits (lower case, as ``query_words`` gives them) is
# left as it is by ``search_fold``: its tsquery needs no folding on the server.
_PLAIN_WORD = re.compile("[a-z0-9]+")

# Ranked and cut to the limit first; only the hits kept are joined to their meeting and
# item and have their text read (a common word matches hundreds of documents).
_SEARCH = f"""
WITH query AS ({{query}}),
hits AS (
    SELECT s.doc_id,
           -ts_rank({RANK_WEIGHTS}, s.document, query.q, {RANK_NORMALISATION}) AS rank
    FROM query CROSS JOIN search_index AS s
    WHERE s.document @@ query.q {{filters}}
    ORDER BY rank, s.doc_id
    LIMIT ?
)
SELECT s.kind, s.entity_id, s.meeting_id, s.title, left(s.body, ?), s.people, h.rank,
       m.date, m.title, b.short_name, {_ITEM_OF}
FROM hits AS h JOIN search_index AS s ON s.doc_id = h.doc_id
LEFT JOIN meeting AS m ON m.id = s.meeting_id
LEFT JOIN body AS b ON b.id = m.body_id
ORDER BY h.rank, s.doc_id
"""


@cache
def _statement(plain: bool, filters: str) -> str:
    """The search's SQL: the same string object each time, whose translation for
    psycopg (``db.plain_sql``) and prepared statement are found again at once."""
    return _SEARCH.format(query=_PLAIN_QUERY if plain else _QUERY, filters=filters)


def _plain_query(words: Sequence[str]) -> str | None:
    """The tsquery of ``words`` as the server would make it, when each is its own fold;
    None otherwise."""
    if not all(_PLAIN_WORD.fullmatch(word) for word in words):
        return None
    return " & ".join(f"'{word}'" for word in words) + ":*"


# Every document again (as 0009_server_search's ``index()``).
REBUILD = (
    "INSERT INTO search_index (doc_id, kind, entity_id, meeting_id, title, body, people, "
    "document) SELECT doc_id, kind, entity_id, meeting_id, title, body, people, "
    "search_vector(title, body, people) FROM search_document ON CONFLICT (doc_id) DO UPDATE "
    "SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, "
    "meeting_id = EXCLUDED.meeting_id, title = EXCLUDED.title, body = EXCLUDED.body, "
    "people = EXCLUDED.people, document = EXCLUDED.document"
)


@dataclass(frozen=True)
class Scope:
    body_id: int | None
    year_from: int | None
    year_to: int | None


def search(
    store: Store,
    words: Sequence[str],
    *,
    kinds: Sequence[str] | None,
    scope: Scope,
    limit: int,
) -> list[SearchHit]:
    """The best ``limit`` hits of the documents holding every word of ``words`` (the
    last as a prefix), best first; ``kinds`` None keeps every kind."""
    if any(len(word.encode()) > MAX_WORD_BYTES for word in words):
        return []  # no lexeme is that long: no document holds it
    cap = SNIPPET_SOURCE_CHARS + 1  # one more: to know that a text was cut
    plain = _plain_query(words)
    params: list[Any] = [list(words) if plain is None else plain]
    filters = ""
    if kinds is not None:
        filters += " AND s.kind = ANY(?)"
        params.append(list(kinds))
    if scope.body_id is not None or scope.year_from is not None or scope.year_to is not None:
        filters += " AND " + _scope(params, scope)
    params += [limit, cap]
    with store.plain_reading() as conn:
        rows = conn.execute(_statement(plain is not None, filters), params).fetchall()
    snippets = Snippets(words)
    return [_hit(row, snippets) for row in rows]


def _scope(params: list[Any], scope: Scope) -> str:
    """As ``SearchService._scope`` on SQLite: the meetings of that body and those
    years, and the people who held a mandate there then."""
    meeting: list[str] = []
    mandate: list[str] = []
    meeting_params: list[Any] = []
    mandate_params: list[Any] = []
    if scope.body_id is not None:
        meeting.append("body_id = ?")
        meeting_params.append(scope.body_id)
        mandate.append("body_id = ?")
        mandate_params.append(scope.body_id)
    if scope.year_from is not None:
        first_day = f"{max(scope.year_from, 1):04d}-01-01"
        meeting.append("date >= CAST(? AS date)")
        meeting_params.append(first_day)
        mandate.append("(end_date IS NULL OR end_date >= CAST(? AS date))")
        mandate_params.append(first_day)
    if scope.year_to is not None:
        last_day = f"{min(max(scope.year_to, 1), 9999):04d}-12-31"
        meeting.append("date <= CAST(? AS date)")
        meeting_params.append(last_day)
        mandate.append("start_date <= CAST(? AS date)")
        mandate_params.append(last_day)
    params += meeting_params + mandate_params
    return (
        "(s.meeting_id IN (SELECT id FROM meeting WHERE "
        + " AND ".join(meeting)
        + ") OR (s.kind = 'person' AND s.entity_id IN "
        "(SELECT person_id FROM mandate WHERE " + " AND ".join(mandate) + ")))"
    )


def _hit(row: Sequence[Any], snippets: Snippets) -> SearchHit:
    (
        kind,
        entity_id,
        meeting_id,
        title,
        body,
        people,
        rank,
        date,
        meeting_title,
        short_name,
        item_id,
    ) = row
    hit_kind = _KINDS[kind]
    shown = title or ""
    return SearchHit(
        kind=hit_kind,
        entity_id=int(entity_id),
        title=shown,
        snippet=snippets[title, body, people],
        rank=float(rank),
        meeting_id=None if meeting_id is None else int(meeting_id),
        meeting_date=None if date is None else date.isoformat(),
        meeting_title=meeting_title,
        body=short_name,
        item_id=None if item_id is None else int(item_id),
        file_name=shown if hit_kind is HitKind.ATTACHMENT else None,
    )


_KINDS = {kind.value: kind for kind in HitKind}


# Snippets: FTS5's snippet() over the text as written ---------------------------------------


def _source(value: str | None) -> tuple[str, bool]:
    """A column's text as a snippet reads it, the highlight markers removed, and
    whether it was cut (:data:`SNIPPET_SOURCE_CHARS`)."""
    text = (value or "").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    if len(text) > SNIPPET_SOURCE_CHARS:
        return text[:SNIPPET_SOURCE_CHARS], True
    return text, False


@dataclass(frozen=True)
class Column:
    """One column of a document: its text (the highlight markers removed) and whether
    it was cut (:data:`SNIPPET_SOURCE_CHARS`)."""

    text: str
    cut: bool = False

    @classmethod
    def of(cls, value: str | None) -> Column:
        return cls(*_source(value))


@dataclass(frozen=True)
class _WordPatterns:
    """A run of the characters FTS5's unicode61 tokenizer keeps in a word: letters and
    digits (``\\w`` less "_"), private use, and combining marks (dropped with the
    diacritics). ``any`` reads every text; ``bmp``, one character set that the regular
    expression engine looks up in a table, reads a text with no character beyond
    U+FFFF four times as fast."""

    any: re.Pattern[str]
    bmp: re.Pattern[str]

    def finder(self, text: str) -> re.Pattern[str]:
        return self.any if _BEYOND_BMP.search(text) else self.bmp


_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")


@cache
def _word_patterns() -> _WordPatterns:
    """The patterns of words, made the first time a snippet is made (the combining
    marks are listed then)."""
    ranges = ["\ue000-\uf8ff", "\U000f0000-\U000ffffd", "\U00100000-\U0010fffd"]
    # Every combining mark is below U+20000, or a variation selector (U+E0100-E01EF).
    for first, last in (0, 0x1FFFF), (0xE0100, 0xE01EF):
        start: int | None = None
        for point in range(first, last + 2):
            is_mark = point <= last and common.is_combining_mark(chr(point))
            if is_mark and start is None:
                start = point
            elif not is_mark and start is not None:
                ranges.append(_char_range(start, point - 1))
                start = None
    any_text = re.compile(f"(?:[^\\W_]|[{''.join(ranges)}])+")
    # The words that pattern finds in every character up to U+FFFF, in order, are the
    # ranges of the characters it takes there.
    found = any_text.finditer("".join(map(chr, range(0x10000))))
    bmp = "".join(_char_range(word.start(), word.end() - 1) for word in found)
    return _WordPatterns(any=any_text, bmp=re.compile(f"[{bmp}]+"))


def _char_range(first: int, last: int) -> str:
    return f"{re.escape(chr(first))}-{re.escape(chr(last))}"


# Where a word starting a sentence starts, as FTS5's snippet() sees it: after a "." or
# ":" and some white space (neither is ever part of a word, so both lie between words).
_SENTENCE_BREAK = re.compile("[.:][ \t\n\r]+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` starts and ends, as FTS5 cuts them."""
    return [match.span() for match in _word_patterns().finder(text).finditer(text)]


def _sentence_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The words that start a sentence, as FTS5's snippet() sees them: the first one,
    and each one after a "." or ":" and some white space."""
    if not spans:
        return []
    starts = [0]
    word_starts = [start for start, _ in spans]
    for match in _SENTENCE_BREAK.finditer(text, spans[0][1]):
        position = bisect_left(word_starts, match.end())
        if position < len(spans) and word_starts[position] == match.end():
            starts.append(position)
    return starts


class Phrases(dict[str, tuple[int, ...]]):
    """Which of a query's ``words`` (folded, the last a prefix) each word of a text is:
    each distinct word is folded once for all the hits of a search. ``windows`` keeps
    the best window of each distinct column text (:func:`_best_window`)."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__()
        self.words = tuple(words)
        self._exact = frozenset(words)
        self.windows: dict[tuple[str, int], Window | None] = {}

    def __missing__(self, word: str) -> tuple[int, ...]:
        folded = common.fold_word(word)
        found: tuple[int, ...] = ()
        # Most words of a text are none of the query's: told apart without a loop.
        if folded in self._exact or (self.words and folded.startswith(self.words[-1])):
            last = len(self.words) - 1
            found = tuple(
                index
                for index, wanted in enumerate(self.words)
                if folded == wanted or (index == last and folded.startswith(wanted))
            )
        self[word] = found
        return found


class Snippets(dict[tuple[str | None, str | None, str | None], str]):
    """The snippet of each document (its title, body and people) for one query, on one
    line as on SQLite (the breaks of a note would only break a list of results):
    documents alike, a yearly meeting's title and place, are cut once."""

    def __init__(self, words: Sequence[str]) -> None:
        super().__init__()
        self.phrases = Phrases(words)

    def __missing__(self, columns: tuple[str | None, str | None, str | None]) -> str:
        made = " ".join(_snippet([_source(value) for value in columns], self.phrases).split())
        self[columns] = made
        return made


def snippet(
    columns: Sequence[Column],
    words: Sequence[str],
    tokens: int = common.SNIPPET_TOKENS,
    ellipsis: str = common.ELLIPSIS,
) -> str:
    """What FTS5's ``snippet(index, -1, char(2), char(3), ellipsis, tokens)`` gives for a
    document of these ``columns`` and a query of these ``words`` (folded, the last a
    prefix), computed as sqlite3's fts5_aux.c computes it."""
    return _snippet([(c.text, c.cut) for c in columns], Phrases(words), tokens, ellipsis)


def _snippet(
    columns: Sequence[tuple[str, bool]],
    phrases: Phrases,
    tokens: int = common.SNIPPET_TOKENS,
    ellipsis: str = common.ELLIPSIS,
) -> str:
    """:func:`snippet` of ``columns`` (each a text and whether it was cut). FTS5 keeps
    the first window of the best score over the columns in order: the best of the
    first column whose best is highest. Without any word found (a word only the
    server's folding finds), the first column from its start."""
    best: Window | None = None
    best_column = 0
    for number, (text, _cut) in enumerate(columns):
        if not text:
            continue
        key = (text, tokens)
        if key in phrases.windows:
            window = phrases.windows[key]
        else:
            window = phrases.windows[key] = _best_window(text, phrases, tokens)
        if window is not None and (best is None or window.score > best.score):
            best, best_column = window, number
    text, cut = columns[best_column]
    if best is None:
        return _highlight(text, cut, word_spans(text), [], 0, tokens, ellipsis)
    if best.spans is None:
        best.spans = word_spans(text)
    return _highlight(text, cut, best.spans, best.positions, best.start, tokens, ellipsis)


@dataclass(slots=True)
class Window:
    """The best window of a column: its score, the word it starts at, the positions of
    the words found in the column, and where its words are (once known)."""

    score: int
    start: int
    positions: list[int]
    spans: list[tuple[int, int]] | None


def _best_window(text: str, phrases: Phrases, tokens: int) -> Window | None:
    """The first window of ``tokens`` words of ``text`` with the best score, as
    fts5_aux.c's snippet() looks for it; None if no word of the query is there."""
    matched = list(map(phrases.__getitem__, _word_patterns().finder(text).findall(text)))
    positions = list(compress(range(len(matched)), matched))
    if not positions:
        return None
    # Every instance of a query word, in order: its position and which word it is.
    at = [position for position in positions for _ in matched[position]]
    which = [phrase for position in positions for phrase in matched[position]]
    size = len(matched)
    if size <= tokens:
        # Every window holds the rest of the column: the first one found scores best,
        # with every instance, and shows the column from its start.
        distinct = len(set(which))
        return Window(1000 * distinct + len(which) - distinct, 0, positions, None)
    spans = word_spans(text)
    starts = _sentence_starts(text, spans)
    best = Window(0, 0, positions, spans)
    for position in positions:
        found, adjusted = _score(at, which, position, tokens, size)
        if found > best.score:
            best.score, best.start = found, adjusted
        start = starts[bisect_right(starts, position) - 1]
        if start < position:
            found = _score(at, which, start, tokens, size)[0]
            found += 120 if start == 0 else 100
            if found > best.score:
                best.score, best.start = found, start
    return best


def _score(
    at: list[int], which: list[int], first_position: int, tokens: int, size: int
) -> tuple[int, int]:
    """fts5SnippetScore: the score of the window of ``tokens`` words from
    ``first_position`` of a column of ``size`` words, where the query's words are
    ``which`` at the positions ``at`` (in order), and where the window is best shown
    from."""
    low = bisect_left(at, first_position)
    high = bisect_left(at, first_position + tokens, low)
    total, first, last = 0, -1, 0
    if low < high:
        distinct = 1 if high - low == 1 else len(set(which[low:high]))
        total = 1000 * distinct + (high - low - distinct)
        first, last = at[low], at[high - 1] + 1
    adjusted = first - (tokens - (last - first)) // 2
    if adjusted + tokens > size:
        adjusted = size - tokens
    return total, max(adjusted, 0)


def _highlight(
    text: str,
    cut: bool,
    spans: list[tuple[int, int]],
    found: list[int],
    start: int,
    tokens: int,
    ellipsis: str,
) -> str:
    """fts5HighlightCb over the window of ``tokens`` words from ``start``: each word
    found between the markers, an ellipsis where the text goes on."""
    end = start + tokens - 1
    out = [ellipsis] if start > 0 else []
    copied = spans[start][0] if 0 < start < len(spans) else 0
    for position in found:
        if start <= position <= end:
            word_start, word_end = spans[position]
            out += [text[copied:word_start], HIGHLIGHT_START, text[word_start:word_end]]
            out.append(HIGHLIGHT_END)
            copied = word_end
    if end < len(spans) - 1 or cut:
        if end < len(spans):
            out.append(text[copied : spans[end][1]])
        out.append(ellipsis)
    else:
        out.append(text[copied:])
    return "".join(out)
