"""full-text search: the FTS5 index, the text of attached files, and the triggers

Revision ID: 0003_search
Revises: 0002_voters
Create Date: 2026-11-27 10:00:00.000000

Written by hand: Alembic's models know nothing of virtual tables, views and triggers.

- ``attachment_text``: the text extracted once from an attached PDF or Word file
  (empty when there is none or the extraction failed).
- ``search_index``: one FTS5 document per meeting, agenda item, deliberation, person,
  action and attachment. Its rowid is ``entity id * 8 + kind code`` (meeting 1, item 2,
  deliberation 3, person 4, action 5, attachment 6), so a trigger finds a document
  without a lookup. Three indexed columns (``title``, ``body``, ``people``), ranked by
  bm25 with weights 4, 1, 2; the other columns are stored, not indexed. The indexed text
  has œ/æ folded to oe/ae (the tokenizer folds case and accents, not ligatures) and
  the control characters \\x02 and \\x03 removed (they mark highlights in snippets);
  ``*_original`` keeps the unfolded text only where folding changed it, so that
  snippets can be shown as written.
- ``search_document_<kind>`` views say what each document holds; ``search_document``
  is their union, from which the index is rebuilt.
- Triggers keep the index in step with every write, whoever makes it (services, Core
  bulk inserts, archive imports, migrations).

A later migration that rebuilds one of the indexed tables (``batch_alter_table``) must
drop these triggers and views first and recreate them afterwards: SQLite drops a
table's triggers with it, and refuses to rename a table while a view names a missing one.

On PostgreSQL (a team's shared store) only ``attachment_text``, a plain table, is made:
the FTS5 index, its views and its triggers are SQLite's own. PostgreSQL's full-text
search (tsvector, its own index and triggers) comes with the search part of the team
mode, in a migration of its own.
"""

from alembic import op

revision = "0003_search"
down_revision = "0002_voters"
branch_labels = None
depends_on = None


def on_sqlite() -> bool:
    """The search objects below (FTS5, views over it, triggers) exist on SQLite only."""
    return bool(op.get_bind().dialect.name == "sqlite")


TOKENIZER = "unicode61 remove_diacritics 2"
KINDS = {
    "meeting": 1,
    "item": 2,
    "deliberation": 3,
    "person": 4,
    "action": 5,
    "attachment": 6,
}
FIELDS = (
    "title, body, people, kind, entity_id, meeting_id, "
    "title_original, body_original, people_original"
)
INTO = f"INSERT INTO search_index(rowid, {FIELDS}) SELECT doc_id, {FIELDS}"


def fold(expression: str) -> str:
    """SQL folding what the tokenizer does not: ligatures, and the highlight markers."""
    for before, after in (
        ("'œ'", "'oe'"),
        ("'Œ'", "'OE'"),
        ("'æ'", "'ae'"),
        ("'Æ'", "'AE'"),
        ("char(2)", "''"),
        ("char(3)", "''"),
    ):
        expression = f"replace({expression}, {before}, {after})"
    return expression


# What each kind of document holds: doc_id, kind, entity_id, meeting_id, title, body, people.
SOURCES = {
    "meeting": """
        SELECT m.id * 8 + 1 AS doc_id, 'meeting' AS kind, m.id AS entity_id,
               m.id AS meeting_id, m.title AS title,
               b.name || ' (' || b.short_name || ')'
                   || CASE WHEN m.place <> '' THEN ' — ' || m.place ELSE '' END AS body,
               '' AS people
        FROM meeting AS m JOIN body AS b ON b.id = m.body_id
    """,
    "item": """
        SELECT i.id * 8 + 2 AS doc_id, 'item' AS kind, i.id AS entity_id,
               i.meeting_id AS meeting_id, i.title AS title, i.notes AS body,
               coalesce(p.first_name || ' ' || p.last_name, '') AS people
        FROM agenda_item AS i LEFT JOIN person AS p ON p.id = i.rapporteur_id
    """,
    "deliberation": """
        SELECT d.id * 8 + 3 AS doc_id, 'deliberation' AS kind, d.id AS entity_id,
               d.meeting_id AS meeting_id, 'n° ' || d.number || ' — ' || d.title AS title,
               d.text AS body, '' AS people
        FROM deliberation AS d
    """,
    "person": """
        SELECT p.id * 8 + 4 AS doc_id, 'person' AS kind, p.id AS entity_id,
               NULL AS meeting_id, p.first_name || ' ' || p.last_name AS title,
               p.function_title AS body, '' AS people
        FROM person AS p
    """,
    "action": """
        SELECT a.id * 8 + 5 AS doc_id, 'action' AS kind, a.id AS entity_id,
               a.meeting_id AS meeting_id, a.description AS title, '' AS body,
               coalesce(p.first_name || ' ' || p.last_name, '') AS people
        FROM action_item AS a LEFT JOIN person AS p ON p.id = a.person_id
    """,
    "attachment": """
        SELECT a.id * 8 + 6 AS doc_id, 'attachment' AS kind, a.id AS entity_id,
               a.meeting_id AS meeting_id, a.original_name AS title,
               coalesce(t.text, '') AS body, '' AS people
        FROM attachment AS a LEFT JOIN attachment_text AS t ON t.attachment_id = a.id
    """,
}


def view_sql(kind: str) -> str:
    return f"""
        CREATE VIEW search_document_{kind} AS
        SELECT doc_id, {fold("title")} AS title, {fold("body")} AS body,
               {fold("people")} AS people, kind, entity_id, meeting_id,
               nullif(title, {fold("title")}) AS title_original,
               nullif(body, {fold("body")}) AS body_original,
               nullif(people, {fold("people")}) AS people_original
        FROM ({SOURCES[kind]})
    """


def index(kind: str, where: str) -> str:
    return f"{INTO} FROM search_document_{kind} WHERE entity_id {where};"


def refresh(kind: str, ids: str) -> str:
    """Re-index the documents of ``kind`` whose entity ids ``ids`` (a SELECT) gives."""
    return (
        f"DELETE FROM search_index WHERE rowid IN (SELECT id * 8 + {KINDS[kind]} FROM ({ids}));"
        + index(kind, f"IN (SELECT id FROM ({ids}))")
    )


def own_triggers(kind: str, table: str, columns: str) -> list[str]:
    """Insert, update of ``columns``, delete: the document of the row itself."""
    code = KINDS[kind]
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns.split(", "))
    return [
        f"""CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN
            {index(kind, "= NEW.id")}
        END""",
        f"""CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table}
        WHEN {changed} BEGIN
            DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};
            {index(kind, "= NEW.id")}
        END""",
        f"""CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_index WHERE rowid = OLD.id * 8 + {code};
        END""",
    ]


def triggers() -> list[str]:
    result = own_triggers("meeting", "meeting", "title, place, body_id")
    result += own_triggers("item", "agenda_item", "title, notes, rapporteur_id")
    result += own_triggers("deliberation", "deliberation", "number, title, text")
    result += own_triggers("person", "person", "first_name, last_name, function_title")
    result += own_triggers("action", "action_item", "description, person_id")
    result += own_triggers("attachment", "attachment", "original_name")
    # Documents that show a name kept in another table.
    result.append(
        f"""CREATE TRIGGER search_body_update AFTER UPDATE OF name, short_name ON body
        WHEN OLD.name IS NOT NEW.name OR OLD.short_name IS NOT NEW.short_name BEGIN
            {refresh("meeting", "SELECT id FROM meeting WHERE body_id = NEW.id")}
        END"""
    )
    result.append(
        f"""CREATE TRIGGER search_person_rename AFTER UPDATE OF first_name, last_name ON person
        WHEN OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name BEGIN
            {refresh("item", "SELECT id FROM agenda_item WHERE rapporteur_id = NEW.id")}
            {refresh("action", "SELECT id FROM action_item WHERE person_id = NEW.id")}
        END"""
    )
    for event in ("INSERT", "UPDATE", "DELETE"):
        row = "OLD" if event == "DELETE" else "NEW"
        result.append(
            f"""CREATE TRIGGER search_attachment_text_{event.lower()} AFTER {event}
            ON attachment_text BEGIN
                DELETE FROM search_index WHERE rowid = {row}.attachment_id * 8 + 6;
                {index("attachment", f"= {row}.attachment_id")}
            END"""
        )
    return result


def trigger_names() -> list[str]:
    names = []
    for table in ("meeting", "agenda_item", "deliberation", "person", "action_item", "attachment"):
        names += [f"search_{table}_{event}" for event in ("insert", "update", "delete")]
    names += ["search_body_update", "search_person_rename"]
    names += [f"search_attachment_text_{event}" for event in ("insert", "update", "delete")]
    return names


def upgrade() -> None:
    op.execute(
        """CREATE TABLE attachment_text (
            attachment_id INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            CONSTRAINT pk_attachment_text PRIMARY KEY (attachment_id),
            CONSTRAINT fk_attachment_text_attachment_id_attachment FOREIGN KEY (attachment_id)
                REFERENCES attachment (id) ON DELETE CASCADE
        )"""
    )
    if not on_sqlite():
        # PostgreSQL's full-text search comes with the search part of the team mode.
        return
    op.execute(
        f"""CREATE VIRTUAL TABLE search_index USING fts5(
            title, body, people,
            kind UNINDEXED, entity_id UNINDEXED, meeting_id UNINDEXED,
            title_original UNINDEXED, body_original UNINDEXED, people_original UNINDEXED,
            tokenize = '{TOKENIZER}'
        )"""
    )
    # Ranked by bm25, a word in a title weighing four times one in a text.
    op.execute(
        "INSERT INTO search_index(search_index, rank) VALUES ('rank', 'bm25(4.0, 1.0, 2.0)')"
    )
    for kind in KINDS:
        op.execute(view_sql(kind))
    op.execute(
        "CREATE VIEW search_document AS "
        + " UNION ALL ".join(f"SELECT * FROM search_document_{kind}" for kind in KINDS)
    )
    for statement in triggers():
        op.execute(statement)
    # What the store already holds (attachments by name: their text is extracted by
    # ``irev-desktop search-index rebuild``).
    op.execute(f"{INTO} FROM search_document")


def downgrade() -> None:
    if not on_sqlite():
        op.execute("DROP TABLE IF EXISTS attachment_text")
        return
    for name in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS search_document")
    for kind in KINDS:
        op.execute(f"DROP VIEW IF EXISTS search_document_{kind}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS attachment_text")
