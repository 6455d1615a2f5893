"""The same search on both engines: a SQLite file (FTS5) and a PostgreSQL database
(tsvector, migration 0009_server_search) holding the same register find the same
documents for the same awkward queries, with the same snippets.

What is allowed to differ, and is not compared: the order of the hits (bm25 on
SQLite, ts_rank on PostgreSQL: see services/search_server.py) and their rank values.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from irev_desktop.model.inputs import ItemFields
from irev_desktop.model.search import SearchHit
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import MAIN_MEETING_DATE, load_demo
from irev_desktop.services import search_server
from irev_desktop.services.facade import Services
from irev_desktop.services.search import fold_ligatures, match_expression, query_words

from ..pg_server import PgServer

# Notes a secretariat really writes, and what a paste brings along.
AWKWARD_NOTES = [
    "L'assemblée générale d’aujourd’hui a voté l’œuvre « qu'on attendait ».",
    "Cœur du sujet : Lætitia présente l'ŒUVRE d'Æsope, sœur de l’art.",
    "ÉCOLE, école, Ecole et NOËL : la naïveté du garçon à Besançon.",
    "Le vade-mecum, peut-être, de Saint-Étienne ; écrire à jean.dupont@exemple.fr "
    "ou voir https://irev.fr/docs/rapport-2020.pdf (version 1.2.3).",
    "\"Entre guillemets\", « à la française », “à l’anglaise” et 'simples'.",
    "Projet AND OR NOT NEAR : en débat, and or not near en minuscules.",
    "Le * et le ** et (parenthèses) et ^début et col:onne et {accolades} et -moins +plus.",
    "🙂 Réunion 👍🏽 avec émoji 🇫🇷 et fin🎉collée.",
    "Délibération n° 2021-02 : 1.5 M€, 3,14 %, 12e3x, le 1er, le XIVe siècle, 50%.",
    # The services drop control characters (domain.text.sanitise): see also RAW_NOTE.
    "Contrôle\x01des\x1fcaractères\x7fde contrôle\tet tabulation\r\nretour cinq\x02six\x03sept.",
    "Ἀθῆναι, Москва, مرحبا, 東京 : d'autres écritures.",
    "Accents écrits à part : e\u0301te\u0301 et Noe\u0308l.",
    "MAJUSCULES ET minuscules MêLéEs : RaPpOrT d'AcTiViTéS.",
]

QUERIES = [
    "assemblée",
    "l'assemblée",
    "l’œuvre",
    "oeuvre",
    "ŒUVRE",
    "coeur",
    "laetitia",
    "Æsope",
    "ecole",
    "ÉCOLE noël",
    "naivete garcon",
    "vade-mecum",
    "mecum",
    "saint etienne",
    "jean.dupont@exemple.fr",
    "https://irev.fr/docs/rapport-2020.pdf",
    "1.2.3",
    '"entre guillemets"',
    "« française »",
    "AND",
    "or not",
    "NEAR(assemblée générale, 2)",
    "AND OR NOT",
    "*",
    "rapp*",
    "(parenthèses)",
    "^début",
    "col:onne",
    "-moins",
    "🙂",
    "émoji 🙂",
    "fin collée",
    "zygomorphe",
    "cinqsixsept",
    "caractères",
    "signes",
    "huitneufdix",
    "brut contrôle",
    "2021-02",
    "1.5",
    "12e3x",
    "XIVe siecle",
    "москва",
    "ete",
    "noel",
    "rapport d'activités",
    "RAPPORT ACTIVITES 2020",
    "assemblée générale ordinaire",
    "budget",
    "comite interministeriel",
    "buchaillat",
    "participants",
    "gen",
    "a",
    "l'",
    "",
    "'; DROP TABLE meeting; --",
]


# Written behind the services' back (an import, a script): the triggers index it as it is.
RAW_NOTE = "Brut\x01des\x1fsignes\x7fde contrôle\tet tabulation\r\nretour huit\x02neuf\x03dix."


# What neither engine finds: no word, words nowhere together, words glued by the services.
NOTHING_FOUND = {
    *("", "l'", "*", "🙂", "caractères"),
    *("NEAR(assemblée générale, 2)", "'; DROP TABLE meeting; --"),
}


PAGE_WORDS = (
    "le conseil d'administration a examiné les comptes de l'exercice et la "
    "proposition du bureau sur la politique de la ville ; après débat, il a "
    "approuvé à l'unanimité les orientations présentées par la directrice."
)


def long_paragraph(length: int = 5_000) -> str:
    """A pasted page: varied French words, one rare word near the end."""
    words = PAGE_WORDS.split()
    rng = random.Random(7)
    text = ""
    while len(text) < length:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        text += sentence[0].upper() + sentence[1:] + ". "
    return text + "Enfin, la fleur zygomorphe du jardin. " + "Fin du paragraphe collé."


def fill(services: Services) -> None:
    """The example, then the awkward notes, in the same order on each engine."""
    load_demo(services)
    meeting = next(m.id for m in services.meetings.meetings() if m.date == MAIN_MEETING_DATE)
    for number, note in enumerate([*AWKWARD_NOTES, long_paragraph()]):
        item = services.agenda.add_item(meeting, ItemFields(f"Point délicat n° {number + 1}"))
        services.agenda.save_notes(item.id, note, checkpoint=False)
    services.registry.add_person("Søren", "Straße-Łukasiewicz", function_title="invité")
    services.registry.add_person("Lætitia", "Hautecœur", function_title="sœur de l'art")
    services.actions.add_action(meeting, "Relire l’œuvre d'Æsope — 🙂 AND OR NOT *")
    services.attachments.attach_bytes(
        meeting, "compte-rendu_2021.txt", "Réunion du Bureau : œuvre et Cœur.".encode()
    )
    item = services.agenda.add_item(meeting, ItemFields("Point écrit à la main"))
    write_behind(services.paths, "UPDATE agenda_item SET notes = ? WHERE id = ?", RAW_NOTE, item.id)


def write_behind(paths: AppPaths, sql: str, *values: object) -> None:
    """One statement on the store, not through the services (qmark SQL)."""
    if paths.is_server:
        import psycopg

        from irev_desktop.db.server_schema import libpq_conninfo

        assert paths.url is not None
        with psycopg.connect(libpq_conninfo(paths.url), autocommit=True) as conn:
            conn.execute(sql.replace("?", "%s"), values)  # type: ignore[arg-type]
        return
    conn = sqlite3.connect(paths.db)
    conn.execute(sql, values)
    conn.commit()
    conn.close()


@pytest.fixture(autouse=True)
def _on_both_engines() -> None:
    """Overrides tests/services/conftest.py's: each test here makes its own stores (both
    engines at once, or none), it is not run once per engine."""


@pytest.fixture
def both(
    tmp_path: Path, pg_server: PgServer, pg_template: str
) -> Iterator[tuple[Services, Services]]:
    """The same register in a SQLite file and in a PostgreSQL database."""
    name = "parite"
    url = pg_server.create_database(name, template=pg_template)
    try:
        with (
            Services.open(AppPaths(db=tmp_path / "f.sqlite"), write=True) as on_file,
            Services.open(AppPaths.for_server(url, tmp_path / "d"), write=True) as on_server,
        ):
            fill(on_file)
            fill(on_server)
            yield on_file, on_server
    finally:
        pg_server.drop_database(name)


def found(hits: list[SearchHit]) -> dict[tuple[str, int], SearchHit]:
    return {(h.kind.value, h.entity_id): h for h in hits}


@pytest.mark.postgresql
def test_both_engines_find_the_same_documents(both: tuple[Services, Services]) -> None:
    on_file, on_server = both
    # The same rows got the same ids: hits can be compared by (kind, id).
    assert [(m.id, m.title, m.date) for m in on_file.meetings.meetings()] == [
        (m.id, m.title, m.date) for m in on_server.meetings.meetings()
    ]
    assert on_file.search.document_count() == on_server.search.document_count()
    differences: list[str] = []
    nothing: set[str] = set()
    for query in QUERIES:
        left = found(on_file.search.search(query, limit=1000))
        right = found(on_server.search.search(query, limit=1000))
        if not left:
            nothing.add(query)
        if left.keys() != right.keys():
            differences.append(
                f"{query!r}: sqlite only {sorted(left.keys() - right.keys())}, "
                f"postgresql only {sorted(right.keys() - left.keys())}"
            )
            continue
        for key, hit in left.items():
            other = right[key]
            shown = (hit.title, hit.snippet, hit.meeting_id, hit.meeting_date, hit.body)
            if shown != (
                other.title,
                other.snippet,
                other.meeting_id,
                other.meeting_date,
                other.body,
            ):
                differences.append(f"{query!r} {key}: {shown} ≠ {other}")
            if (hit.item_id, hit.meeting_title, hit.file_name) != (
                other.item_id,
                other.meeting_title,
                other.file_name,
            ):
                differences.append(f"{query!r} {key}: {hit} ≠ {other}")
    assert not differences, "\n".join(differences)
    assert nothing == NOTHING_FOUND
    # The filters, on both.
    bodies = {b.short_name: b.id for b in on_file.registry.bodies()}
    for query, options in (
        ("assemblée", {"kinds": ["meeting", "item"]}),
        ("rapport", {"body_id": bodies["AG"]}),
        ("rapport", {"year_from": 2021}),
        ("buchaillat", {"year_to": 2020, "kinds": ["person"]}),
        ("oeuvre", {"kinds": ["attachment", "action"]}),
    ):
        left_keys = found(on_file.search.search(query, limit=1000, **options)).keys()
        right_keys = found(on_server.search.search(query, limit=1000, **options)).keys()
        assert left_keys == right_keys, (query, options)
        assert left_keys

    # On purpose: unaccent folds letters that have no accent for SQLite (ø, ß, ł).
    assert found(on_file.search.search("soren strasse")) == {}
    assert [h.title for h in on_server.search.search("soren strasse")] == [
        "Søren Straße-Łukasiewicz"
    ]
    assert (
        found(on_file.search.search("søren straße")).keys()
        == found(on_server.search.search("søren straße")).keys()
        != set()
    )

    # A rebuild on either leaves the same documents.
    assert on_file.search.rebuild().documents == on_server.search.rebuild().documents
    for query in ("zygomorphe", "oeuvre", "assemblee"):
        assert (
            found(on_file.search.search(query)).keys()
            == found(on_server.search.search(query)).keys()
        )


# The snippets made on the server are FTS5's own ----------------------------------------------

_WORDS = ["assemblée", "Générale", "rapport", "l'œuvre", "cœur", "le", "de", "2020", "gén"]
_SEPARATORS = [" ", "  ", ". ", ": ", ", ", "\n", " — ", ".\n", "'", "’", "-", " :"]


@st.composite
def column(draw: st.DrawFn) -> str:
    size = draw(st.sampled_from([0, 1, 3, 10, 17, 30, 60]))
    parts = [
        draw(st.sampled_from(_WORDS)) + draw(st.sampled_from(_SEPARATORS)) for _ in range(size)
    ]
    return draw(st.sampled_from(["", " ", ". "])) + "".join(parts)


@settings(max_examples=300, deadline=None)
@given(
    columns=st.tuples(column(), column(), column()),
    query=st.lists(
        st.sampled_from(["assemblee", "generale", "gen", "rapport", "oeuvre", "le", "2020", "g"]),
        min_size=1,
        max_size=3,
    ),
)
def test_the_servers_snippets_are_fts5s(columns: tuple[str, str, str], query: list[str]) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE f USING fts5(title, body, people, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    folded = [fold_ligatures(text) for text in columns]
    conn.execute("INSERT INTO f VALUES (?, ?, ?)", folded)
    text = " ".join(query)
    row = conn.execute(
        "SELECT snippet(f, -1, char(2), char(3), '…', 16) FROM f WHERE f MATCH ?",
        (match_expression(text),),
    ).fetchone()
    conn.close()
    if row is None:
        return  # not found: no snippet
    made = search_server.snippet([search_server.Column(t) for t in folded], query_words(text))
    assert made == row[0]
