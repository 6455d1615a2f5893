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
Only the first :data:`SNIPPET_SOURCE_CHARS` characters of a text are read for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
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

# Ranked and cut to the limit first; only the hits kept are joined to their meeting and
# item and have their text read (a common word matches hundreds of documents).
_SEARCH = f"""
WITH query AS ({_QUERY}),
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
    params: list[Any] = [list(words)]
    filters = ""
    if kinds is not None:
        filters += " AND s.kind = ANY(?)"
        params.append(list(kinds))
    if scope.body_id is not None or scope.year_from is not None or scope.year_to is not None:
        filters += " AND " + _scope(params, scope)
    params += [limit, cap]
    with store.plain_reading() as conn:
        rows = conn.execute(_SEARCH.format(filters=filters), params).fetchall()
    return [_hit(row, words) for row in rows]


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


def _hit(row: Sequence[Any], words: Sequence[str]) -> SearchHit:
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
    hit_kind = HitKind(kind)
    columns = [Column.of(value) for value in (title, body, people)]
    shown = title or ""
    return SearchHit(
        kind=hit_kind,
        entity_id=int(entity_id),
        title=shown,
        # One line, as on SQLite: the breaks of a note would only break a list.
        snippet=" ".join(snippet(columns, words).split()),
        rank=float(rank),
        meeting_id=None if meeting_id is None else int(meeting_id),
        meeting_date=None if date is None else date.isoformat(),
        meeting_title=meeting_title,
        body=short_name,
        item_id=None if item_id is None else int(item_id),
        file_name=shown if hit_kind is HitKind.ATTACHMENT else None,
    )


# Snippets: FTS5's snippet() over the text as written ---------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a document: its text (the highlight markers removed) and whether
    it was cut (:data:`SNIPPET_SOURCE_CHARS`)."""

    text: str
    cut: bool = False

    @classmethod
    def of(cls, value: str | None) -> Column:
        text = (value or "").replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
        if len(text) > SNIPPET_SOURCE_CHARS:
            return cls(text[:SNIPPET_SOURCE_CHARS], cut=True)
        return cls(text)


@cache
def _word_pattern() -> re.Pattern[str]:
    """A run of the characters FTS5's unicode61 tokenizer keeps in a word: letters and
    digits (``\\w`` less "_"), private use, and combining marks (dropped with the
    diacritics). The marks are listed once, the first time a snippet is made."""
    ranges = ["\ue000-\uf8ff", "\U000f0000-\U000ffffd", "\U00100000-\U0010fffd"]
    # Every combining mark is below U+20000, or a variation selector (U+E0100-E01EF).
    for first, last in (0, 0x1FFFF), (0xE0100, 0xE01EF):
        start: int | None = None
        for point in range(first, last + 2):
            is_mark = point <= last and common.is_combining_mark(chr(point))
            if is_mark and start is None:
                start = point
            elif not is_mark and start is not None:
                ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(point - 1))}")
                start = None
    return re.compile(f"(?:[^\\W_]|[{''.join(ranges)}])+")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word of ``text`` starts and ends, as FTS5 cuts them."""
    return [match.span() for match in _word_pattern().finditer(text)]


def _sentence_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The words that start a sentence, as FTS5's snippet() sees them: the first one,
    and each one after a "." or ":" and some white space."""
    starts = [0] if spans else []
    for position in range(1, len(spans)):
        before = text[spans[position - 1][1] : spans[position][0]]
        stripped = before.rstrip(" \t\n\r")
        if len(stripped) < len(before) and stripped[-1:] in (".", ":"):
            starts.append(position)
    return starts


def _matches(word: str, words: Sequence[str]) -> list[int]:
    """Which of ``words`` (the query's, the last a prefix) the document's ``word`` is."""
    folded = common.fold_word(word)
    last = len(words) - 1
    return [
        index
        for index, wanted in enumerate(words)
        if folded == wanted or (index == last and folded.startswith(wanted))
    ]


def snippet(
    columns: Sequence[Column],
    words: Sequence[str],
    tokens: int = common.SNIPPET_TOKENS,
    ellipsis: str = common.ELLIPSIS,
) -> str:
    """What FTS5's ``snippet(index, -1, char(2), char(3), ellipsis, tokens)`` gives for a
    document of these ``columns`` and a query of these ``words`` (folded, the last a
    prefix), computed as sqlite3's fts5_aux.c computes it."""
    spans = [word_spans(column.text) for column in columns]
    # Every (column, position, phrase) a query word is found at, in FTS5's order.
    instances = [
        (number, position, phrase)
        for number, column in enumerate(columns)
        for position, (start, end) in enumerate(spans[number])
        for phrase in _matches(column.text[start:end], words)
    ]

    def score(number: int, first_position: int, size: int) -> tuple[int, int]:
        """fts5SnippetScore: the window of ``tokens`` words from ``first_position``."""
        seen: set[int] = set()
        total, first, last = 0, -1, 0
        for column, position, phrase in instances:
            if column == number and first_position <= position < first_position + tokens:
                total += 1 if phrase in seen else 1000
                seen.add(phrase)
                if first < 0:
                    first = position
                last = position + 1
        adjusted = first - (tokens - (last - first)) // 2
        if adjusted + tokens > size:
            adjusted = size - tokens
        return total, max(adjusted, 0)

    best_score, best_column, best_start = 0, 0, 0
    for number, column in enumerate(columns):
        size = len(spans[number])
        starts = _sentence_starts(column.text, spans[number])
        for _column, position, _phrase in (i for i in instances if i[0] == number):
            found, adjusted = score(number, position, size)
            if found > best_score:
                best_score, best_column, best_start = found, number, adjusted
            if starts and size > tokens:
                index = 0
                while index < len(starts) - 1 and starts[index + 1] <= position:
                    index += 1
                if starts[index] < position:
                    found, _ = score(number, starts[index], size)
                    found += 120 if starts[index] == 0 else 100
                    if found > best_score:
                        best_score, best_column, best_start = found, number, starts[index]
    return _highlight(
        columns[best_column],
        spans[best_column],
        sorted({p for c, p, _ in instances if c == best_column}),
        best_start,
        tokens,
        ellipsis,
    )


def _highlight(
    column: Column,
    spans: list[tuple[int, int]],
    found: list[int],
    start: int,
    tokens: int,
    ellipsis: str,
) -> str:
    """fts5HighlightCb over the window of ``tokens`` words from ``start``: each word
    found between the markers, an ellipsis where the text goes on."""
    text = column.text
    end = start + tokens - 1
    out = [ellipsis] if start > 0 else []
    copied = spans[start][0] if 0 < start < len(spans) else 0
    for position in found:
        if start <= position <= end:
            word_start, word_end = spans[position]
            out += [text[copied:word_start], HIGHLIGHT_START, text[word_start:word_end]]
            out.append(HIGHLIGHT_END)
            copied = word_end
    if end < len(spans) - 1 or column.cut:
        if end < len(spans):
            out.append(text[copied : spans[end][1]])
        out.append(ellipsis)
    else:
        out.append(text[copied:])
    return "".join(out)
