"""Full-text search: what it finds in the example, what users type, and an index that
follows every write, import and migration."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from irev_desktop.domain.enums import ItemKind, MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.inputs import ItemFields, MeetingHeader
from irev_desktop.model.search import HIGHLIGHT_END, HIGHLIGHT_START, HitKind, SearchHit, mark
from irev_desktop.paths import AppPaths
from irev_desktop.sample_data.demo import MAIN_MEETING_DATE, REPORT_FILE_NAME, load_demo
from irev_desktop.services.archive import ArchiveService
from irev_desktop.services.attachment_text import extract_text
from irev_desktop.services.facade import Services
from irev_desktop.services.search import (
    match_expression,
    query_words,
    restore_original,
)

AWKWARD = [
    "",
    " ",
    "\t\n",
    '"',
    '""',
    '"assemblée',
    "'",
    "''",
    "l'",
    "l'assemblée",
    "l’assemblée",
    "aujourd'hui",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(assemblée générale, 2)",
    "assemblée AND",
    "OR assemblée",
    "NOT NOT NOT",
    "assemblée OR rapport NOT budget",
    "*",
    "**",
    "assembl*",
    "*assemblée",
    "(",
    ")",
    "()",
    "((assemblée)",
    "-",
    " - ",
    "--",
    "-assemblée",
    "assemblée-",
    "+",
    "^assemblée",
    "title:assemblée",
    "{title body}: assemblée",
    "col:",
    ":",
    "!!!",
    "?;.,«»…",
    "\\",
    "%_",
    "'; DROP TABLE meeting; --",
    "\x00",
    "\x02assemblée\x03",
    "\x01\x1f\x7f",
    "\ud800",
    "assemblée\udfff",
    "🙂 assemblée 🙂",
    "مرحبا",
    "e\u0301",
    "œ",
    "Œ Æ",
    "a" * 10_000,
    "é" * 10_000,
    "assemblée " * 2_000,
    "'" * 10_000,
    "l'" * 5_000,
]


_database_numbers = itertools.count(1)


def new_store(engine: str, folder: Path, request: pytest.FixtureRequest) -> AppPaths:
    """The paths of a new, empty store of ``engine`` (a SQLite file in ``folder``, or a
    new database of the session's PostgreSQL server, dropped at the end of the test's
    scope)."""
    if engine == "sqlite":
        return AppPaths(db=folder / "irev.sqlite")
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = f"recherche_{next(_database_numbers)}"
    url = server.create_database(name, template=template)
    request.addfinalizer(lambda: server.drop_database(name))
    return AppPaths.for_server(url, folder / "donnees")


def tamper(paths: AppPaths, *statements: str) -> None:
    """Run ``statements`` on the store behind the services' back (to lose the index)."""
    if paths.is_server:
        import psycopg

        from irev_desktop.db.server_schema import libpq_conninfo

        assert paths.url is not None
        with psycopg.connect(libpq_conninfo(paths.url), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)  # type: ignore[arg-type]
        return
    conn = sqlite3.connect(paths.db)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


@pytest.fixture(scope="module")
def _example_on(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Callable[[str], Services]:
    """The example on an engine, loaded the first time a test of the module asks for it
    and kept until the end of the module."""
    opened: dict[str, Services] = {}

    def example_on(engine: str) -> Services:
        if engine not in opened:
            folder = tmp_path_factory.mktemp(f"exemple-{engine}")
            services = Services.open(new_store(engine, folder, request), write=True)
            request.addfinalizer(services.close)  # before its database is dropped
            load_demo(services)
            opened[engine] = services
        return opened[engine]

    return example_on


@pytest.fixture
def example(engine: str, _example_on: Callable[[str], Services]) -> Services:
    """The example, loaded once per engine, for the tests that only read."""
    return _example_on(engine)


def titles(hits: list[SearchHit], kind: HitKind | None = None) -> list[str]:
    return [h.title for h in hits if kind is None or h.kind is kind]


def main_meeting_id(services: Services) -> int:
    return next(m.id for m in services.meetings.meetings() if m.date == MAIN_MEETING_DATE)


# What the example gives ------------------------------------------------------------------


def test_accents_and_case_are_folded(example: Services) -> None:
    hits = example.search.search("assemblee")
    assert "Assemblée générale ordinaire" in titles(hits, HitKind.MEETING)
    meeting = next(h for h in hits if h.kind is HitKind.MEETING)
    assert f"{HIGHLIGHT_START}Assemblée{HIGHLIGHT_END}" in meeting.snippet
    assert meeting.meeting_date is not None and meeting.body == "AG"
    assert [h.title for h in example.search.search("ASSEMBLÉE")] == [h.title for h in hits]


def test_two_words_find_the_item_of_the_comite_interministeriel(example: Services) -> None:
    hits = example.search.search("comite interministeriel")
    item = next(h for h in hits if h.kind is HitKind.ITEM)
    assert item.title.startswith("Actualité : mesures du Comité interministériel des villes")
    assert item.item_id == item.entity_id
    assert item.meeting_date == MAIN_MEETING_DATE.isoformat()
    assert mark(item.snippet).count("[") == 2


def test_a_name_finds_the_person_and_the_item_they_report(example: Services) -> None:
    hits = example.search.search("Buchaillat")
    person = next(h for h in hits if h.kind is HitKind.PERSON)
    assert person.title == "Laurent Buchaillat"
    assert person.meeting_id is None and person.meeting_date is None
    assert any("Comité interministériel" in t for t in titles(hits, HitKind.ITEM))


def test_the_report_is_found_in_the_deliberation_and_the_attached_pdf(example: Services) -> None:
    hits = example.search.search("rapport activites 2020")
    assert "n° 2021-02 — Approbation du rapport d'activités 2020" in titles(
        hits, HitKind.DELIBERATION
    )
    attachment = next(h for h in hits if h.kind is HitKind.ATTACHMENT)
    assert attachment.file_name == REPORT_FILE_NAME
    assert attachment.item_id is not None


def test_the_text_of_the_attached_pdf_is_searched(example: Services) -> None:
    hits = example.search.search("participants")
    attachment = next(h for h in hits if h.kind is HitKind.ATTACHMENT)
    assert attachment.file_name == REPORT_FILE_NAME
    assert "800 [participants]" in mark(attachment.snippet)
    assert attachment.meeting_date == MAIN_MEETING_DATE.isoformat()


def test_the_last_word_is_a_prefix(example: Services) -> None:
    hits = example.search.search("assis")
    assert any("Assises" in t for t in titles(hits, HitKind.ITEM))
    assert "[Assises]" in mark(next(h for h in hits if h.kind is HitKind.ITEM).snippet)
    # Only the last word: "assis" alone before another word is a whole word.
    assert example.search.search("assis politique") == []


def test_an_elided_article_is_no_word(example: Services) -> None:
    assert query_words("l'Assemblée") == ["assemblee"]
    assert query_words("jusqu’au compte d'exploitation") == ["au", "compte", "exploitation"]
    expected = [(h.kind, h.entity_id) for h in example.search.search("assemblée")]
    assert [(h.kind, h.entity_id) for h in example.search.search("l'assemblée")] == expected
    assert example.search.search("l'") == []


def test_results_come_best_first(example: Services) -> None:
    hits = example.search.search("rapport")
    ranks = [h.rank for h in hits]
    assert ranks == sorted(ranks)  # bm25: lower is better


def test_limit(example: Services) -> None:
    assert len(example.search.search("assemblee", limit=2)) == 2
    assert example.search.search("assemblee", limit=0) == []


# Ligatures -------------------------------------------------------------------------------


def test_oe_and_the_ligature_find_the_same_note(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    item = demo.agenda.items(meeting)[1]
    note = "\nLa mise en œuvre des Assises est confiée au Cœur."
    demo.agenda.save_notes(item.id, item.notes + note)
    for query in ("oeuvre", "œuvre", "ŒUVRE", "OEUVRE", "mise en oeu"):
        hits = demo.search.search(query)
        found = next(h for h in hits if h.kind is HitKind.ITEM and h.entity_id == item.id)
        # Shown as written: the ligature stays in the snippet.
        assert "[œuvre]" in mark(found.snippet), query
    assert [h.entity_id for h in demo.search.search("coeur")] == [item.id]


def test_a_name_with_a_ligature_is_shown_as_written(demo: Services) -> None:
    person = demo.registry.add_person("Lætitia", "Hautecœur", function_title="sœur de l'art")
    hits = demo.search.search("laetitia hautecoeur", kinds=[HitKind.PERSON])
    assert [(h.entity_id, h.title) for h in hits] == [(person.id, "Lætitia Hautecœur")]
    assert mark(hits[0].snippet) == "[Lætitia] [Hautecœur]"


def test_restore_original_maps_highlights_back() -> None:
    original = "Le cœur de l'œuvre — Œdipe"
    folded = f"Le coeur de l'{HIGHLIGHT_START}oeuvre{HIGHLIGHT_END} — OEdipe"
    restored = restore_original(folded, original)
    assert restored == f"Le cœur de l'{HIGHLIGHT_START}œuvre{HIGHLIGHT_END} — Œdipe"
    cut = f"…l'{HIGHLIGHT_START}oeuvre{HIGHLIGHT_END} —…"
    assert restore_original(cut, original) == f"…l'{HIGHLIGHT_START}œuvre{HIGHLIGHT_END} —…"
    assert restore_original("sans rapport", original) is None


# Whatever the user types -----------------------------------------------------------------


@pytest.mark.parametrize("query", AWKWARD, ids=range(len(AWKWARD)))
def test_awkward_input_never_raises(example: Services, query: str) -> None:
    hits = example.search.search(query)
    assert isinstance(hits, list)
    expression = match_expression(query)
    if expression is None:
        assert hits == []
    else:
        assert re.fullmatch(r'"[^"]+"( AND "[^"]+")*\*', expression), expression


def test_fts_operators_are_searched_as_words(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    item = demo.agenda.add_item(meeting, ItemFields("Projet NEAR : AND, OR et NOT en débat"))
    for query in ("NEAR", "and or not", "NOT", "(OR)", '"AND"'):
        assert item.id in [h.entity_id for h in demo.search.search(query, kinds=["item"])]
    assert match_expression("NEAR(a b)") == '"near" AND "a" AND "b"*'
    assert match_expression("-x OR y*") == '"x" AND "or" AND "y"*'


def test_empty_and_punctuation_only_give_nothing(example: Services) -> None:
    for query in ("", "   ", "-", "*", "()", '""', "'", "!!!", "l'"):
        assert match_expression(query) is None
        assert example.search.search(query) == []


def test_a_very_long_query_is_cut(example: Services) -> None:
    words = query_words(" ".join(f"mot{n}" for n in range(1000)))
    assert len(words) == 12
    assert example.search.search("x" * 10_000) == []


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text())
def test_no_text_ever_raises(example: Services, query: str) -> None:
    example.search.search(query)
    expression = match_expression(query)
    assert expression is None or re.fullmatch(r'"[^"]+"( AND "[^"]+")*\*', expression)


@settings(max_examples=200, deadline=None)
@given(query=st.text(st.characters(codec="utf-8"), min_size=1))
def test_the_words_are_folded_and_unique(query: str) -> None:
    words = query_words(query)
    assert len(words) == len(set(words)) <= 12
    for word in words:
        assert word and word == word.lower()
        assert not set(word) & set("\"*()'-:^ \x02\x03œæ")


# Filters ---------------------------------------------------------------------------------


def test_kinds(example: Services) -> None:
    hits = example.search.search("rapport", kinds=[HitKind.DELIBERATION, "attachment"])
    assert hits and {h.kind for h in hits} <= {HitKind.DELIBERATION, HitKind.ATTACHMENT}
    assert example.search.search("rapport", kinds=[]) == []
    with pytest.raises(ValidationError, match="type de résultat"):
        example.search.search("rapport", kinds=["réunion"])


def test_body_filter(example: Services) -> None:
    bodies = {b.short_name: b.id for b in example.registry.bodies()}
    everywhere = example.search.search("budget")
    assert {h.body for h in everywhere if h.meeting_id} == {"CA"}
    assert example.search.search("budget", body_id=bodies["AG"]) == []
    in_ca = example.search.search("budget", body_id=bodies["CA"])
    assert [(h.kind, h.entity_id) for h in in_ca] == [(h.kind, h.entity_id) for h in everywhere]


def test_year_range(example: Services) -> None:
    def years(**kwargs: int) -> set[str]:
        hits = example.search.search("assemblee", kinds=["meeting"], **kwargs)
        return {h.meeting_date[:4] for h in hits if h.meeting_date}

    assert years() == {"2020", "2021"}
    assert years(year_from=2021) == {"2021"}
    assert years(year_to=2020) == {"2020"}
    assert years(year_from=2020, year_to=2020) == {"2020"}
    assert years(year_from=2022) == set()
    assert years(year_from=2021, year_to=2020) == set()


def test_a_person_is_kept_by_the_filters_when_in_office_there_then(example: Services) -> None:
    bodies = {b.short_name: b.id for b in example.registry.bodies()}

    def people(**kwargs: int) -> list[str]:
        return titles(example.search.search("Buchaillat", kinds=["person"], **kwargs))

    assert people(body_id=bodies["AG"], year_from=2021) == ["Laurent Buchaillat"]
    assert people(year_to=2018) == []  # his mandates start in 2019
    assert people(year_from=2019, year_to=2019) == ["Laurent Buchaillat"]


# The index follows every write -----------------------------------------------------------


def test_notes_saved_are_found_and_an_item_removed_is_gone(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    item = demo.agenda.add_item(meeting, ItemFields("Point ajouté"))
    assert demo.search.search("zythologie") == []
    demo.agenda.save_notes(item.id, "Un exposé sur la zythologie régionale.", checkpoint=False)
    assert [h.entity_id for h in demo.search.search("zythologie")] == [item.id]
    demo.agenda.save_notes(item.id, "Un exposé sur la brasserie régionale.", checkpoint=False)
    assert demo.search.search("zythologie") == []
    assert [h.entity_id for h in demo.search.search("brasserie")] == [item.id]
    demo.agenda.remove_item(item.id)
    assert demo.search.search("brasserie") == []
    assert demo.search.search("Point ajouté") == []


def test_renames_reach_the_documents_that_show_the_name(demo: Services) -> None:
    person = next(p for p in demo.registry.people() if p.last_name == "Buchaillat")
    demo.registry.update_person(
        person.id,
        first_name="Laurent",
        last_name="Buchaillat-Verhaeghe",
        civility=person.civility,
        email=person.email,
        function_title=person.function_title,
    )
    kinds = {h.kind for h in demo.search.search("verhaeghe")}
    assert kinds == {HitKind.PERSON, HitKind.ITEM}  # he reports the CIV item


def test_deliberations_actions_and_attachments_follow(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    deliberation = demo.deliberations.deliberations(meeting)[-1]
    demo.deliberations.update_text(deliberation.id, deliberation.title, "Texte xylographié.")
    assert [h.entity_id for h in demo.search.search("xylographie")] == [deliberation.id]
    demo.deliberations.delete(deliberation.id)
    assert demo.search.search("xylographie") == []
    action = demo.actions.add_action(meeting, "Rédiger le vade-mecum quinquennal")
    assert [h.entity_id for h in demo.search.search("quinquennal")] == [action.id]
    demo.actions.remove_action(action.id)
    assert demo.search.search("quinquennal") == []
    attachment = next(a for a in demo.attachments.attachments(meeting))
    demo.attachments.remove(attachment.id)
    assert demo.search.search("participants", kinds=["attachment"]) == []


def test_a_meeting_deleted_takes_its_documents_with_it(demo: Services) -> None:
    body = demo.registry.bodies()[0]
    meeting = demo.meetings.create_meeting(
        body.id, MeetingHeader(title="Séance zoologique", date=dt.date(2022, 5, 2))
    )
    demo.agenda.add_item(meeting.id, ItemFields("Point zoologique", ItemKind.DEBATE))
    assert len(demo.search.search("zoologique")) == 2
    demo.meetings.delete_meeting(meeting.id)
    assert demo.search.search("zoologique") == []


def test_an_imported_archive_is_searchable(
    demo: Services, engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    archive = tmp_path / "archive.zip"
    ArchiveService(demo.store).export(archive)
    targets = [new_store(engine, tmp_path / "autre", request)]
    if engine != "sqlite":  # and from a server into a file
        targets.append(AppPaths(db=tmp_path / "fichier" / "irev.sqlite"))
    for paths in targets:
        with Services.open(paths, write=True) as other:
            ArchiveService(other.store).import_archive(archive)
            named = other.search.search("dactivites 2020", kinds=["attachment"])
            assert [h.file_name for h in named] == [REPORT_FILE_NAME]
            assert titles(other.search.search("Buchaillat"), HitKind.PERSON) == [
                "Laurent Buchaillat"
            ]
            if not paths.is_server:
                # The texts of the attached files are read after an import
                # (extract_missing_texts) from the files beside a SQLite store; on a server
                # the contents are in the table « piece », which it does not read yet.
                hits = other.search.search("participants", kinds=["attachment"])
                assert [h.file_name for h in hits] == [REPORT_FILE_NAME]
            if not paths.is_server:  # a server's base is only imported into when empty
                # Replacing the content replaces the index too.
                ArchiveService(other.store).import_archive(archive, replace=True)
                assert len(other.search.search("dactivites 2020", kinds=["attachment"])) == 1
            assert other.search.document_count() == demo.search.document_count()


def test_rebuild_restores_a_lost_index(demo: Services) -> None:
    count = demo.search.document_count()
    expected = [(h.kind, h.entity_id) for h in demo.search.search("assemblee")]
    tamper(demo.paths, "DELETE FROM search_index")
    assert demo.search.search("assemblee") == []
    summary = demo.search.rebuild()
    assert summary.documents == count
    assert summary.texts_extracted == 0
    assert [(h.kind, h.entity_id) for h in demo.search.search("assemblee")] == expected
    assert demo.search.search("participants", kinds=["attachment"])


def test_rebuild_reads_the_files_again(demo: Services) -> None:
    count = demo.search.document_count()
    tamper(demo.paths, "DELETE FROM search_index", "DELETE FROM attachment_text")
    assert demo.search.search("assemblee") == []
    summary = demo.search.rebuild()
    assert summary.documents == count
    assert summary.texts_extracted == 1
    assert demo.search.search("participants", kinds=["attachment"])
    assert demo.search.rebuild().texts_extracted == 0  # read once, not at every rebuild


def test_rebuild_needs_a_writable_store(demo: Services) -> None:
    from irev_desktop.domain.errors import StoreInUseError

    with Services.open(demo.paths, write=False) as reader:
        assert reader.search.search("assemblee")
        with pytest.raises(StoreInUseError):
            reader.search.rebuild()


_OLD_ROWS = """
    INSERT INTO organisation (id, name, short_name, address, city)
        VALUES (1, 'Groupement', 'G', '', '');
    INSERT INTO body (id, organisation_id, name, short_name, quorum_basis, quorum_numerator,
        quorum_denominator, weighting, majority, max_proxies_per_holder, notice_days,
        urgent_notice_days, chair_casting_vote)
        VALUES (1, 1, 'Assemblée générale', 'AG', 'rights', 1, 2, 'rights', 'simple', 1,
        15, 5, true);
    INSERT INTO meeting (id, body_id, title, date, mode, place, video_link, status)
        VALUES (1, 1, 'Séance historique', '2019-05-06', 'in_person', '', '', 'planned');
"""


def test_a_store_upgraded_from_0002_indexes_what_it_holds(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from alembic import command

    from irev_desktop.db import schema, server_schema

    if engine == "sqlite":
        db = tmp_path / "ancienne.sqlite"
        paths = AppPaths(db=db)
        config = schema.alembic_config(db)
    else:
        server = request.getfixturevalue("pg_server")
        name = f"recherche_{next(_database_numbers)}"
        url = server.create_database(name)
        request.addfinalizer(lambda: server.drop_database(name))
        paths = AppPaths.for_server(url, tmp_path / "donnees")
        config = server_schema.alembic_config(url)
    command.upgrade(config, "0002_voters")  # type: ignore[arg-type]
    tamper(paths, *_OLD_ROWS.split(";")[:-1])
    with Services.open(paths, write=True) as services:
        hits = services.search.search("historique")
        assert [(h.kind, h.body, h.meeting_date) for h in hits] == [
            (HitKind.MEETING, "AG", "2019-05-06")
        ]
    command.downgrade(config, "0002_voters")  # type: ignore[arg-type]
    assert search_objects(paths) == []


def search_objects(paths: AppPaths) -> list[str]:
    """What the search migrations leave in a store: tables, views, triggers, functions
    and, on PostgreSQL, the unaccent extension."""
    if not paths.is_server:
        conn = sqlite3.connect(paths.db)
        left = conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'search%' OR name = 'attachment_text'"
        ).fetchall()
        conn.close()
        return [name for (name,) in left]
    import psycopg

    from irev_desktop.db.server_schema import libpq_conninfo

    assert paths.url is not None
    with psycopg.connect(libpq_conninfo(paths.url)) as conn:
        rows = conn.execute(
            """SELECT relname FROM pg_class WHERE relname LIKE 'search%'
                   OR relname = 'attachment_text'
               UNION ALL SELECT tgname FROM pg_trigger WHERE tgname LIKE 'search%'
               UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'search%'
               UNION ALL SELECT extname FROM pg_extension WHERE extname = 'unaccent'"""
        ).fetchall()
    return [name for (name,) in rows]


# Attached files --------------------------------------------------------------------------


def word_file(paragraphs: list[str], cells: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=len(cells))
    for cell, text in zip(table.rows[0].cells, cells, strict=True):
        cell.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_text_of_a_word_file_is_searched(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    data = word_file(["Note sur la péréquation intercommunale."], ["Budget", "Hydrographie"])
    demo.attachments.attach_bytes(meeting, "note.docx", data)
    assert [h.file_name for h in demo.search.search("perequation")] == ["note.docx"]
    assert [h.file_name for h in demo.search.search("hydrographie")] == ["note.docx"]


def test_a_file_that_cannot_be_read_is_attached_all_the_same(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    for name, data in (
        ("abîmé.pdf", b"%PDF-1.4\n garbage \x00\xff"),
        ("faux.docx", b"PK\x03\x04 not really a zip"),
        ("image.png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
        ("vide.pdf", b""),
    ):
        attached = demo.attachments.attach_bytes(meeting, name, data)
        assert attached.original_name == name
    assert extract_text("abîmé.pdf", b"%PDF-1.4\n garbage") == ""
    assert {h.file_name for h in demo.search.search("abime faux image vide")} == set()
    assert [h.file_name for h in demo.search.search("abîmé")] == ["abîmé.pdf"]


def test_plain_text_files_are_read() -> None:
    assert extract_text("compte-rendu.txt", "Réunion du Bureau".encode()) == "Réunion du Bureau"
    assert extract_text("ancien.txt", "Réunion".encode("cp1252")) == "Réunion"
    assert extract_text("programme.bin", b"texte") == ""


def test_frozen_meetings_keep_their_index(demo: Services) -> None:
    signed = next(m for m in demo.meetings.meetings() if m.status is MeetingStatus.MINUTES_SIGNED)
    assert signed.id in {h.meeting_id for h in demo.search.search("rapport activites 2019")}


def test_a_removed_item_leaves_the_index_and_comes_back_with_undo(demo: Services) -> None:
    meeting = main_meeting_id(demo)
    item = next(i for i in demo.meetings.meeting(meeting).items if "Assises" in i.title)
    demo.agenda.save_notes(item.id, "Le calendrier des Assises est arrêté : zygomorphe.")
    assert titles(demo.search.search("zygomorphe"), HitKind.ITEM) != []
    demo.agenda.remove_item(item.id)
    assert titles(demo.search.search("zygomorphe"), HitKind.ITEM) == []
    demo.search.rebuild()  # a rebuild does not bring it back either
    assert titles(demo.search.search("zygomorphe"), HitKind.ITEM) == []
    demo.agenda.restore_item(item.id, item.position)
    assert titles(demo.search.search("zygomorphe"), HitKind.ITEM) != []
