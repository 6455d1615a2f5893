"""full-text search on PostgreSQL: unaccent, the folding, the index and its triggers

Revision ID: 0009_server_search
Revises: 0008_signing_key
Create Date: 2026-12-02 10:00:00.000000

Written by hand, and on PostgreSQL only (on SQLite, 0003_search made the FTS5 index and
this migration does nothing). What SQLite's index holds, PostgreSQL's holds too: one
document per meeting, agenda item (not removed), deliberation, person, action and
attachment, with the same title, body and people (``search_document``, as the views
of 0003_search and 0005_item_removal), kept in step by triggers on the same tables
whoever writes (services, bulk inserts, archive imports).

- ``unaccent``: the extension of PostgreSQL's contrib (shipped by Debian's
  ``postgresql`` package). It is a *trusted* extension since PostgreSQL 13: the owner
  of the database (any role allowed to CREATE in it) may create it; older servers
  need a superuser to run ``CREATE EXTENSION unaccent`` in the database first.
- ``search_fold(text)``: the text as the index sees it, what SQLite's unicode61
  tokenizer does with ``remove_diacritics 2`` plus the ligatures of 0003_search: the
  highlight markers \\x02 and \\x03 removed, accents removed (combining marks, then
  ``unaccent``), œ/æ as oe/ae, lower case, and every run of characters that are not
  letters or digits as one space. Words are then split on spaces: PostgreSQL's own
  parser is not used, since it keeps "vade-mecum", "note.docx" or "a@b.fr" whole where
  SQLite cuts them into words. Letters and case are those of ICU's root locale when
  the server has ICU (the same on every server, whatever the database's locale).
- ``search_index``: the documents (their text as written, for the snippets) and their
  words as a ``tsvector`` (title weighted A, people B, body C), with a GIN index.
  ``doc_id`` is SQLite's rowid, ``entity id * 8 + kind code``.
- ``search_document``: a view, what each document holds; the index is (re)built from it.
- Triggers: inserts and deletes per statement (one refresh for a bulk insert), updates
  per row when a column a document shows changes, TRUNCATE per table.

The secrétariat role of a team (``server init``) writes the index through the
triggers, as it writes the tables they follow; the lecture role reads it.
"""

from alembic import op

revision = "0009_server_search"
down_revision = "0008_signing_key"
branch_labels = None
depends_on = None

# The codes of 0003_search, in order (``doc_id = entity_id * 8 + code``).
KINDS = ("meeting", "item", "deliberation", "person", "action", "attachment")
# A body beyond the largest tsvector PostgreSQL keeps (1 MB) is indexed this far only:
# 100,000 characters always fit.
LONG_BODY_CHARS = 100_000

# What each kind of document holds, as 0003_search's views (and 0005_item_removal's
# for items): doc_id, kind, entity_id, meeting_id, title, body, people.
SOURCES = {
    "meeting": """
        SELECT m.id::bigint * 8 + 1, 'meeting'::text, m.id, m.id, m.title::text,
               b.name || ' (' || b.short_name || ')'
                   || CASE WHEN m.place <> '' THEN ' — ' || m.place ELSE '' END,
               ''::text
        FROM meeting AS m JOIN body AS b ON b.id = m.body_id
    """,
    "item": """
        SELECT i.id::bigint * 8 + 2, 'item', i.id, i.meeting_id, i.title, i.notes,
               coalesce(p.first_name || ' ' || p.last_name, '')
        FROM agenda_item AS i LEFT JOIN person AS p ON p.id = i.rapporteur_id
        WHERE i.removed_at IS NULL
    """,
    "deliberation": """
        SELECT d.id::bigint * 8 + 3, 'deliberation', d.id, d.meeting_id,
               'n° ' || d.number || ' — ' || d.title, d.text, ''
        FROM deliberation AS d
    """,
    "person": """
        SELECT p.id::bigint * 8 + 4, 'person', p.id, NULL::integer,
               p.first_name || ' ' || p.last_name, p.function_title, ''
        FROM person AS p
    """,
    "action": """
        SELECT a.id::bigint * 8 + 5, 'action', a.id, a.meeting_id, a.description, '',
               coalesce(p.first_name || ' ' || p.last_name, '')
        FROM action_item AS a LEFT JOIN person AS p ON p.id = a.person_id
    """,
    "attachment": """
        SELECT a.id::bigint * 8 + 6, 'attachment', a.id, a.meeting_id, a.original_name,
               coalesce(t.text, ''), ''
        FROM attachment AS a LEFT JOIN attachment_text AS t ON t.attachment_id = a.id
    """,
}

# The tables whose rows are documents, with the columns a document shows (an update of
# another column leaves the index alone) and the column holding the document's id.
OWN_TABLES = {
    "meeting": ("meeting", ("title", "place", "body_id"), "id"),
    "agenda_item": ("item", ("title", "notes", "rapporteur_id", "removed_at", "meeting_id"), "id"),
    "deliberation": ("deliberation", ("number", "title", "text", "meeting_id"), "id"),
    "person": ("person", ("first_name", "last_name", "function_title"), "id"),
    "action_item": ("action", ("description", "person_id", "meeting_id"), "id"),
    "attachment": ("attachment", ("original_name", "meeting_id"), "id"),
    "attachment_text": ("attachment", ("attachment_id", "text"), "attachment_id"),
}

FIELDS = "doc_id, kind, entity_id, meeting_id, title, body, people"


def index(where: str = "") -> str:
    """(Re)index the documents of ``search_document`` that ``where`` keeps. A document
    another transaction indexed meanwhile (a body renamed while one of its meetings is
    edited) is updated rather than refused as a duplicate."""
    kept = ", ".join(f"{field} = EXCLUDED.{field}" for field in FIELDS.split(", ")[1:])
    return (
        f"INSERT INTO search_index ({FIELDS}, document) "
        f"SELECT {FIELDS}, search_vector(title, body, people) FROM search_document AS d "
        f"{where} ON CONFLICT (doc_id) DO UPDATE SET {kept}, document = EXCLUDED.document"
    )


def on_postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


def fold_sql(unaccent_schema: str, *, icu: bool, utf8: bool) -> str:
    """The body of ``search_fold(value)``."""
    text = "replace(replace(value, chr(2), ''), chr(3), '')"
    if utf8:  # accents written as combining marks (e + U+0301) go as SQLite drops them
        text = f"regexp_replace(normalize({text}, NFD), '[\\u0300-\\u036f]+', '', 'g')"
    text = f"{unaccent_schema}.unaccent('{unaccent_schema}.unaccent'::regdictionary, {text})"
    text = f"replace(replace({text}, 'œ', 'oe'), 'Œ', 'OE')"
    text = f"replace(replace({text}, 'æ', 'ae'), 'Æ', 'AE')"
    collate = ' COLLATE "und-x-icu"' if icu else ""
    return f"SELECT btrim(regexp_replace(lower({text}{collate}), '[^[:alnum:]]+', ' ', 'g'))"


def statements(unaccent_schema: str, *, icu: bool, utf8: bool) -> list[str]:
    kinds = ", ".join(f"'{kind}'" for kind in KINDS)
    result = [
        f"""CREATE FUNCTION search_fold(value text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            {fold_sql(unaccent_schema, icu=icu, utf8=utf8)}
        $$""",
        # The words of one column, with their positions and the column's weight; a word
        # longer than a tsvector's lexeme (2,046 bytes) is left out, as PostgreSQL's
        # own parser does.
        """CREATE FUNCTION search_words(value text, weight text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
            SELECT coalesce(
                string_agg('''' || word || ''':' || least(n, 16383) || weight, ' '), ''
            )::tsvector
            FROM unnest(string_to_array(search_fold(coalesce(value, '')), ' '))
                WITH ORDINALITY AS w(word, n)
            WHERE word <> '' AND octet_length(word) <= 2046
        $$""",
        f"""CREATE FUNCTION search_vector(title text, body text, people text) RETURNS tsvector
        LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
            RETURN search_words(title, 'A') || search_words(people, 'B')
                || search_words(body, 'C');
        EXCEPTION WHEN program_limit_exceeded THEN
            -- Too many words for one tsvector (1 MB): the beginning of the body only,
            -- rather than a write that fails.
            RETURN search_words(title, 'A') || search_words(people, 'B')
                || search_words(left(body, {LONG_BODY_CHARS}), 'C');
        END $$""",
        """CREATE TABLE search_index (
            doc_id bigint NOT NULL,
            kind text NOT NULL,
            entity_id integer NOT NULL,
            meeting_id integer,
            title text,
            body text,
            people text,
            document tsvector NOT NULL,
            CONSTRAINT pk_search_index PRIMARY KEY (doc_id)
        )""",
        "CREATE INDEX ix_search_index_document ON search_index USING gin (document)",
        "CREATE VIEW search_document AS "
        + " UNION ALL ".join(
            f"SELECT * FROM ({SOURCES[kind]}) AS {kind}({FIELDS})" for kind in KINDS
        ),
        # The documents of ``doc_kind`` whose entities are ``entity_ids``, made again from
        # what the store holds (none left for an entity deleted or an item removed).
        f"""CREATE FUNCTION search_refresh(doc_kind text, entity_ids integer[]) RETURNS void
        LANGUAGE plpgsql STRICT AS $$
        DECLARE
            code integer := array_position(ARRAY[{kinds}], doc_kind);
        BEGIN
            DELETE FROM search_index WHERE doc_id = ANY(
                ARRAY(SELECT e::bigint * 8 + code FROM unnest(entity_ids) AS e)
            );
            {index("WHERE d.kind = doc_kind AND d.entity_id = ANY(entity_ids)")};
        END $$""",
        # The trigger of the tables whose rows are documents: TG_ARGV[0] is the kind of
        # document, TG_ARGV[1] the column holding its entity id.
        f"""CREATE FUNCTION search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            doc_kind text := TG_ARGV[0];
            ids integer[];
        BEGIN
            IF current_setting('irev.chargement', true) = 'on' THEN
                RETURN NULL;  -- a whole register loaded: indexed once, at its end
            END IF;
            IF TG_OP = 'TRUNCATE' THEN
                DELETE FROM search_index WHERE kind = doc_kind;
                {index("WHERE d.kind = doc_kind")};
                RETURN NULL;
            ELSIF TG_LEVEL = 'ROW' THEN
                EXECUTE format('SELECT ARRAY[($1).%1$I, ($2).%1$I]', TG_ARGV[1])
                    INTO ids USING OLD, NEW;
            ELSIF TG_OP = 'INSERT' THEN
                EXECUTE format('SELECT array_agg(%I) FROM new_rows', TG_ARGV[1]) INTO ids;
            ELSE
                EXECUTE format('SELECT array_agg(%I) FROM old_rows', TG_ARGV[1]) INTO ids;
            END IF;
            PERFORM search_refresh(doc_kind, ids);
            RETURN NULL;
        END $$""",
        # Documents that show a name kept in another table.
        """CREATE FUNCTION search_sync_body() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('irev.chargement', true) = 'on' THEN
                RETURN NULL;  -- a whole register loaded: indexed once, at its end
            END IF;
            PERFORM search_refresh('meeting', ARRAY(
                SELECT id FROM meeting WHERE body_id = NEW.id
            ));
            RETURN NULL;
        END $$""",
        """CREATE FUNCTION search_sync_person_name() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('irev.chargement', true) = 'on' THEN
                RETURN NULL;  -- a whole register loaded: indexed once, at its end
            END IF;
            PERFORM search_refresh('item', ARRAY(
                SELECT id FROM agenda_item WHERE rapporteur_id = NEW.id
            ));
            PERFORM search_refresh('action', ARRAY(
                SELECT id FROM action_item WHERE person_id = NEW.id
            ));
            RETURN NULL;
        END $$""",
    ]
    for table, (kind, columns, key) in OWN_TABLES.items():
        arguments = f"'{kind}', '{key}'"
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        result += [
            f"""CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table}
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
            EXECUTE FUNCTION search_sync({arguments})""",
            f"""CREATE TRIGGER search_{table}_update AFTER UPDATE OF {", ".join(columns)}
            ON {table} FOR EACH ROW WHEN ({changed})
            EXECUTE FUNCTION search_sync({arguments})""",
            f"""CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table}
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
            EXECUTE FUNCTION search_sync({arguments})""",
            f"""CREATE TRIGGER search_{table}_truncate AFTER TRUNCATE ON {table}
            FOR EACH STATEMENT EXECUTE FUNCTION search_sync({arguments})""",
        ]
    result += [
        """CREATE TRIGGER search_body_update AFTER UPDATE OF name, short_name ON body
        FOR EACH ROW
        WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.short_name IS DISTINCT FROM NEW.short_name)
        EXECUTE FUNCTION search_sync_body()""",
        """CREATE TRIGGER search_person_rename AFTER UPDATE OF first_name, last_name ON person
        FOR EACH ROW
        WHEN (OLD.first_name IS DISTINCT FROM NEW.first_name
              OR OLD.last_name IS DISTINCT FROM NEW.last_name)
        EXECUTE FUNCTION search_sync_person_name()""",
        # What the store already holds (attachments by name until their text is read).
        index(),
    ]
    return result


def trigger_names() -> list[tuple[str, str]]:
    names = [
        (f"search_{table}_{event}", table)
        for table in OWN_TABLES
        for event in ("insert", "update", "delete", "truncate")
    ]
    return [*names, ("search_body_update", "body"), ("search_person_rename", "person")]


def upgrade() -> None:
    if not on_postgresql():
        return  # SQLite's index is 0003_search's
    bind = op.get_bind()
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    unaccent_schema = bind.exec_driver_sql(
        "SELECT quote_ident(n.nspname) FROM pg_extension AS e "
        "JOIN pg_namespace AS n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'"
    ).scalar_one()
    icu = bind.exec_driver_sql(
        "SELECT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu')"
    ).scalar_one()
    utf8 = bind.exec_driver_sql("SELECT current_setting('server_encoding')").scalar_one()
    for statement in statements(unaccent_schema, icu=bool(icu), utf8=utf8 == "UTF8"):
        op.execute(statement)


def downgrade() -> None:
    if not on_postgresql():
        return
    for name, table in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in (
        "search_sync_person_name()",
        "search_sync_body()",
        "search_sync()",
        "search_refresh(text, integer[])",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    op.execute("DROP VIEW IF EXISTS search_document")
    op.execute("DROP TABLE IF EXISTS search_index")
    for function in (
        "search_vector(text, text, text)",
        "search_words(text, text)",
        "search_fold(text)",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
    # Dropped unless something else uses it, or it is not this role's to drop.
    op.execute(
        """DO $$ BEGIN
            DROP EXTENSION IF EXISTS unaccent;
        EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
            NULL;
        END $$"""
    )
