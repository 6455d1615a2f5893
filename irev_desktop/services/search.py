"""Full-text search over the whole archive, with SQLite FTS5 (on a team's PostgreSQL
store, ``search_server`` gives the same hits with PostgreSQL's full-text search).

The index (migration ``0003_search``) holds one document per meeting, agenda item,
deliberation, person, action and attachment, kept in step with every write by SQLite
triggers, whoever writes (services, bulk inserts, archive imports, migrations).

Queries: the user's text is never handed to FTS5 as it is. It is cut into words (letters
and digits; everything else separates words), œ and æ are folded to oe and ae, case and
accents are folded, French elisions ("l'", "d'", "qu'"…) are dropped, and each word is
quoted as an FTS5 string, the last one as a prefix (search as you type): ``l'Assemblée
gén`` becomes ``"assemblee" AND "gen"*``. Quotes, AND, OR, NOT, NEAR, stars, parentheses
or hyphens are therefore plain separators or plain words, and no input can raise.

Snippets mark the matched words with :data:`HIGHLIGHT_START` (``\\x02``) and
:data:`HIGHLIGHT_END` (``\\x03``), control characters that stored text never holds;
:func:`mark` turns them into whatever a view wants ("[" and "]", HTML tags…).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc, text

from irev_desktop.db.store import translate
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind, SearchHit
from irev_desktop.services.attachment_text import extract_text, save_text
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.pieces import pieces_of

ELLIPSIS = "…"
SNIPPET_TOKENS = 16
# Beyond these nobody is searching any more: the rest of a pasted page is ignored.
MAX_QUERY_CHARS = 1000
MAX_QUERY_WORDS = 12
MAX_LIMIT = 1000
APOSTROPHES = frozenset("'’ʼ")
ELISIONS = frozenset(
    {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)
# What FTS5's tokenizer does not fold; the index applies the same table (0003_search).
_FOLD = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "\x02": None, "\x03": None})
_FIELDS = (
    "title, body, people, kind, entity_id, meeting_id, "
    "title_original, body_original, people_original"
)


@dataclass(frozen=True)
class IndexSummary:
    documents: int
    texts_extracted: int


# Query building ---------------------------------------------------------------------------


def fold_ligatures(value: str) -> str:
    """œ → oe, æ → ae (and capitals); the highlight markers removed."""
    return value.translate(_FOLD)


def _is_word_char(char: str) -> bool:
    # As FTS5's unicode61 tokenizer: letters, digits, private use, and the combining
    # marks that remove_diacritics then drops.
    category = unicodedata.category(char)
    return category[0] in "LN" or category in ("Co", "Mn")


def is_combining_mark(char: str) -> bool:
    """A combining mark (an accent written apart): part of a word, dropped when folded."""
    return unicodedata.category(char) == "Mn"


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    bare = "".join(c for c in decomposed if not is_combining_mark(c))
    return unicodedata.normalize("NFC", bare) or word.lower()


@functools.lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """One word of a text as a query word is folded (case, accents, œ/æ); kept, since
    the snippets fold every word of every hit and words repeat."""
    return _folded(fold_ligatures(unicodedata.normalize("NFC", word)))


def query_words(query: str) -> list[str]:
    """The words searched for ``query``: folded, elisions dropped, each once, in order."""
    source = unicodedata.normalize("NFC", fold_ligatures(query[:MAX_QUERY_CHARS]))
    words: list[str] = []
    current: list[str] = []

    def finish(next_char: str) -> None:
        if not current:
            return
        word = _folded("".join(current))
        current.clear()
        if next_char in APOSTROPHES and word in ELISIONS:
            return  # "l'assemblée": the article is no word to search for
        if word not in words:
            words.append(word)

    for char in source:
        if _is_word_char(char):
            current.append(char)
        else:
            finish(char)
    finish("")
    return words[:MAX_QUERY_WORDS]


def match_expression(query: str) -> str | None:
    """The FTS5 query for what the user typed; None when there is nothing to search."""
    return _match_of(query_words(query))


def _match_of(words: Sequence[str]) -> str | None:
    if not words:
        return None
    quoted = ['"' + word.replace('"', '""') + '"' for word in words]
    quoted[-1] += "*"
    return " AND ".join(quoted)


# Snippets as written ------------------------------------------------------------------------


def _folded_with_map(original: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, where it comes from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        replacement = char.translate(_FOLD)
        folded.append(replacement)
        origin.extend([index] * len(replacement))
    return "".join(folded), origin


def restore_original(snippet: str, original: str) -> str | None:
    """``snippet`` (cut from the folded text) with the text as written, or None when
    it does not come from ``original``."""
    plain = snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    folded, origin = _folded_with_map(original)
    for lead in (ELLIPSIS, ""):
        for trail in (ELLIPSIS, ""):
            if not (plain.startswith(lead) and plain.endswith(trail)):
                continue
            if len(plain) < len(lead) + len(trail):
                continue
            core = plain[len(lead) : len(plain) - len(trail)]
            at = folded.find(core)
            if at < 0:
                continue

            def source(position: int) -> int:
                return origin[position] if position < len(origin) else len(original)

            out = [lead]
            position = at  # in the folded text
            copied = source(at)  # in the original
            for char in snippet[len(lead) : len(snippet) - len(trail)]:
                if char in (HIGHLIGHT_START, HIGHLIGHT_END):
                    here = source(position)
                    out.append(original[copied:here] + char)
                    copied = here
                else:
                    position += 1
            out.append(original[copied : source(at + len(core))])
            out.append(trail)
            return "".join(out)
    return None


def _as_written(snippet: str, originals: Iterable[str | None]) -> str:
    for original in originals:
        if original:
            # Markers in the stored text (written behind the services' back) are no
            # highlight: the index dropped them, so does the snippet.
            bare = original.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
            restored = restore_original(snippet, bare)
            if restored is not None:
                return restored
    return snippet


# The service --------------------------------------------------------------------------------

_ITEM_OF = (
    "CASE search_index.kind WHEN 'item' THEN search_index.entity_id "
    + " ".join(
        f"WHEN '{kind}' THEN (SELECT item_id FROM {table} WHERE id = search_index.entity_id)"
        for kind, table in (
            ("deliberation", "deliberation"),
            ("action", "action_item"),
            ("attachment", "attachment"),
        )
    )
    + " END"
)

_SEARCH = f"""
SELECT search_index.kind, search_index.entity_id, search_index.meeting_id,
       search_index.title, search_index.title_original, search_index.body_original,
       search_index.people_original,
       snippet(search_index, -1, char(2), char(3), '{ELLIPSIS}', {SNIPPET_TOKENS}),
       search_index.rank, m.date, m.title, b.short_name, {_ITEM_OF}
FROM search_index
LEFT JOIN meeting AS m ON m.id = search_index.meeting_id
LEFT JOIN body AS b ON b.id = m.body_id
WHERE search_index MATCH :match {{filters}}
ORDER BY search_index.rank
LIMIT :limit
"""


def _kinds(kinds: Iterable[HitKind | str] | None) -> list[str] | None:
    if kinds is None:
        return None
    chosen: list[str] = []
    for kind in kinds:
        try:
            chosen.append(HitKind(kind).value)
        except ValueError:
            known = ", ".join(k.value for k in HitKind)
            raise ValidationError(
                "« {kind} » n'est pas un type de résultat (types : {known}).",
                kind=kind,
                known=known,
            ) from None
    return chosen


class SearchService(ServiceBase):
    @property
    def _on_server(self) -> bool:
        """A team's PostgreSQL store: its index is 0009_server_search's (search_server)."""
        return self._store.dialect.name == "postgresql"

    @staticmethod
    def words(query: str) -> list[str]:
        """The words a query searches for (to highlight them where a hit is shown)."""
        return query_words(query)

    def search(
        self,
        query: str,
        *,
        body_id: int | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        kinds: Sequence[HitKind | str] | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """The best ``limit`` hits for ``query``, best first (bm25; on PostgreSQL,
        ts_rank: see ``search_server``).

        ``body_id`` and the years keep the hits of that body's meetings and of those
        years; a person is kept when they held a mandate there then. ``kinds`` keeps
        only those kinds of hits. Whatever ``query`` holds, this never raises; with no
        word to search for, the result is empty.
        """
        chosen = _kinds(kinds)
        words = query_words(query)
        match = _match_of(words)
        if match is None or limit <= 0 or chosen == []:
            return []
        if year_from is not None and year_to is not None and year_from > year_to:
            return []
        if self._on_server:
            from irev_desktop.services import search_server

            return search_server.search(
                self._store,
                words,
                kinds=chosen if chosen is not None and len(chosen) < len(HitKind) else None,
                scope=search_server.Scope(body_id, year_from, year_to),
                limit=min(limit, MAX_LIMIT),
            )
        params: dict[str, Any] = {"match": match, "limit": min(limit, MAX_LIMIT)}
        filters = ""
        if chosen is not None and len(chosen) < len(HitKind):
            names = []
            for number, kind in enumerate(chosen):
                params[f"kind{number}"] = kind
                names.append(f":kind{number}")
            filters += f" AND search_index.kind IN ({', '.join(names)})"
        if body_id is not None or year_from is not None or year_to is not None:
            filters += " AND " + self._scope(params, body_id, year_from, year_to)
        # A bare connection and the driver's own SQL: searching as the user types, the
        # fixed cost of a session would weigh more than the search itself.
        try:
            with self._store.engine.connect() as conn:
                rows = conn.exec_driver_sql(_SEARCH.format(filters=filters), params).all()
        except exc.DBAPIError as error:
            raise translate(error, self._store.paths) from error
        return [self._hit(row) for row in rows]

    @staticmethod
    def _scope(
        params: dict[str, Any], body_id: int | None, year_from: int | None, year_to: int | None
    ) -> str:
        meeting: list[str] = []
        mandate: list[str] = []
        if body_id is not None:
            params["body_id"] = body_id
            meeting.append("body_id = :body_id")
            mandate.append("body_id = :body_id")
        if year_from is not None:
            params["first_day"] = f"{max(year_from, 1):04d}-01-01"
            meeting.append("date >= :first_day")
            mandate.append("(end_date IS NULL OR end_date >= :first_day)")
        if year_to is not None:
            params["last_day"] = f"{min(max(year_to, 0), 9999):04d}-12-31"
            meeting.append("date <= :last_day")
            mandate.append("start_date <= :last_day")
        return (
            "(search_index.meeting_id IN (SELECT id FROM meeting WHERE "
            + " AND ".join(meeting)
            + ") OR (search_index.kind = 'person' AND search_index.entity_id IN "
            "(SELECT person_id FROM mandate WHERE " + " AND ".join(mandate) + ")))"
        )

    @staticmethod
    def _hit(row: Sequence[Any]) -> SearchHit:
        (
            kind,
            entity_id,
            meeting_id,
            title,
            title_original,
            body_original,
            people_original,
            snippet,
            rank,
            date,
            meeting_title,
            body,
            item_id,
        ) = row
        hit_kind = HitKind(kind)
        shown = title_original or title
        originals = (title_original, body_original, people_original)
        if any(originals):
            snippet = _as_written(snippet or "", originals)
        return SearchHit(
            kind=hit_kind,
            entity_id=int(entity_id),
            title=shown,
            # One line: the breaks of a note would only break a list of results.
            snippet=" ".join((snippet or "").split()),
            rank=float(rank),
            meeting_id=None if meeting_id is None else int(meeting_id),
            meeting_date=None if date is None else str(date),
            meeting_title=meeting_title,
            body=body,
            item_id=None if item_id is None else int(item_id),
            file_name=shown if hit_kind is HitKind.ATTACHMENT else None,
        )

    # Keeping the index ------------------------------------------------------------------
    def extract_missing_texts(self) -> int:
        """Extract the text of the attachments that have none yet (those of an import, or
        attached before the index existed); returns how many were read."""
        with self._store.reading() as session:
            rows = session.execute(
                text(
                    "SELECT a.id, a.original_name, a.sha256 FROM attachment AS a WHERE NOT "
                    "EXISTS (SELECT 1 FROM attachment_text AS t WHERE t.attachment_id = a.id)"
                )
            ).all()
        if not rows:
            return 0
        pieces = pieces_of(self._store)
        texts: dict[int, str] = {}
        by_content: dict[str, str] = {}
        for attachment_id, name, sha256 in rows:
            if sha256 not in by_content:
                try:
                    data = pieces.read(sha256)
                except OSError:
                    continue  # the copy is missing: try again at the next rebuild
                by_content[sha256] = extract_text(name, data)
            texts[attachment_id] = by_content[sha256]
        with self._store.write_connection() as conn:
            for attachment_id, extracted in texts.items():
                save_text(conn, attachment_id, extracted)
        return len(texts)

    def rebuild(self) -> IndexSummary:
        """Rebuild the whole index from the store (and extract missing attachment texts)."""
        extracted = self.extract_missing_texts()
        if self._on_server:
            from irev_desktop.services import search_server

            with self._store.write_connection() as conn:
                conn.execute(text("DELETE FROM search_index"))
                conn.execute(text(search_server.REBUILD))
                documents = conn.execute(text("SELECT count(*) FROM search_index")).scalar_one()
            return IndexSummary(documents=int(documents), texts_extracted=extracted)
        with self._store.write_connection() as conn:
            # Emptied by making the table again as the store defines it, with its settings
            # (the ranking): twice as fast as deleting row by row, and leaves no free pages.
            definition = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"
            ).scalar_one()
            settings = conn.exec_driver_sql(
                "SELECT k, v FROM search_index_config WHERE k <> 'version'"
            ).all()
            conn.exec_driver_sql("DROP TABLE search_index")
            conn.exec_driver_sql(definition)
            for key, value in settings:
                conn.exec_driver_sql(
                    "INSERT INTO search_index(search_index, rank) VALUES (?, ?)", (key, value)
                )
            conn.exec_driver_sql(
                f"INSERT INTO search_index(rowid, {_FIELDS}) "
                f"SELECT doc_id, {_FIELDS} FROM search_document"
            )
            conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
            documents = conn.exec_driver_sql("SELECT count(*) FROM search_index").scalar_one()
        return IndexSummary(documents=int(documents), texts_extracted=extracted)

    def document_count(self) -> int:
        with self._store.reading() as session:
            return int(session.execute(text("SELECT count(*) FROM search_index")).scalar_one())
