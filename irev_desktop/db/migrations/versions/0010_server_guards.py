"""a team's server keeps what the program keeps: pieces in the database, signed minutes
frozen by the database itself, foreign keys checkable at commit

Revision ID: 0010_server_guards
Revises: 0009_server_search
Create Date: 2026-12-02 00:00:00.000000

PostgreSQL only (a SQLite file keeps its pieces in the folder beside it, and only the
program writes to it):

- ``piece``: the content of every attached file and kept PDF, by SHA-256, so that every
  member of the team sees them;
- ``journal_applied``: the acts of séance journals the server has made, by id, so that
  an act sent again after a lost answer is not made twice (``services.seance_journal``);
- every foreign key becomes DEFERRABLE (still checked at each statement unless a
  transaction defers it): an archive import or a copy of a register inserts rows that
  refer to rows inserted later, and defers the checks to its commit;
- triggers refuse any change to signed minutes, whoever writes (SQLSTATE ``IRV01``):
  the meeting's columns, its attendance, agenda, deliberations, actions and attached
  files, and its seal (the signature writes its digest once, after the seal; the
  SHA-256 of the PDF kept of it may be recorded once). Their functions read only the
  schema ``public`` (fixed search path: a temporary table cannot stand in for one). One
  exception: the owner of the tables loading a whole register (an archive import, a
  copy) in a transaction that says so (``SET LOCAL irev.chargement = 'on'``); the owner
  could disable the triggers anyway, the team's roles cannot do either.
"""

from alembic import op

revision = "0010_server_guards"
down_revision = "0009_server_search"
branch_labels = None
depends_on = None

SIGNED = "minutes_signed"
# The tables whose rows belong to one meeting, by the column that names it.
_BY_MEETING = ("attendance", "agenda_item", "deliberation", "action_item", "attachment")
# The tables whose rows belong to a row of one of those, by (column, parent table).
_BY_PARENT = {
    "presence": ("attendance_id", "attendance"),
    "proxy": ("attendance_id", "attendance"),
    "note_revision": ("item_id", "agenda_item"),
    "deliberation_voter": ("deliberation_id", "deliberation"),
}

_LOADING_FUNCTION = """
CREATE FUNCTION irev_loading(guarded oid) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(current_setting('irev.chargement', true), '') = 'on'
        AND pg_has_role(current_user,
                        (SELECT relowner FROM pg_catalog.pg_class WHERE oid = guarded), 'USAGE')
$$;
"""
_LOADING_EXIT = """
    IF irev_loading(TG_RELID) THEN
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END IF;"""

_FROZEN_FUNCTION = f"""
CREATE FUNCTION irev_refuse_if_signed(meeting_ref integer) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF meeting_ref IS NOT NULL AND EXISTS (
        SELECT 1 FROM public.meeting WHERE id = meeting_ref AND status = '{SIGNED}'
    ) THEN
        RAISE EXCEPTION 'procès-verbal signé : la séance % ne peut plus être modifiée',
            meeting_ref USING ERRCODE = 'IRV01';
    END IF;
END $$;
"""

_MEETING_GUARD = f"""
CREATE FUNCTION irev_guard_meeting() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN{_LOADING_EXIT}
    IF OLD.status = '{SIGNED}' THEN
        -- Nothing changes, but the digest the signature writes once, after its seal.
        IF TG_OP = 'DELETE' OR NOT (
            OLD.signed_digest IS NULL AND NEW.signed_digest IS NOT NULL
            AND (to_jsonb(NEW) - 'signed_digest') = (to_jsonb(OLD) - 'signed_digest')
        ) THEN
            RAISE EXCEPTION 'procès-verbal signé : la séance % ne peut plus être modifiée',
                OLD.id USING ERRCODE = 'IRV01';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
"""

_SEAL_GUARD = f"""
CREATE FUNCTION irev_guard_seal() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN{_LOADING_EXIT}
    IF TG_OP = 'UPDATE' AND OLD.pdf_sha256 IS NULL
            AND (to_jsonb(NEW) - 'pdf_sha256') = (to_jsonb(OLD) - 'pdf_sha256') THEN
        RETURN NEW;  -- the PDF of the signed minutes, recorded once
    END IF;
    PERFORM irev_refuse_if_signed(OLD.meeting_id);
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
"""


def _child_guard(table: str, meeting_of: str) -> str:
    """The trigger function of ``table``: ``meeting_of`` is the SQL of the meeting of a
    row ``r`` (NEW or OLD)."""
    old = meeting_of.replace("r.", "OLD.")
    new = meeting_of.replace("r.", "NEW.")
    return f"""
CREATE FUNCTION irev_guard_{table}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN{_LOADING_EXIT}
    IF TG_OP <> 'INSERT' THEN PERFORM irev_refuse_if_signed({old}); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM irev_refuse_if_signed({new}); RETURN NEW; END IF;
    RETURN OLD;
END $$;
"""


def _guards() -> dict[str, str]:
    """Each guarded table and its trigger function's definition."""
    guards = {table: _child_guard(table, "r.meeting_id") for table in _BY_MEETING}
    for table, (column, parent) in _BY_PARENT.items():
        guards[table] = _child_guard(
            table, f"(SELECT meeting_id FROM public.{parent} WHERE id = r.{column})"
        )
    return guards


def _foreign_keys(state: str) -> None:
    """Every foreign key of the schema made ``state`` (DEFERRABLE or NOT DEFERRABLE)."""
    op.execute(
        f"""DO $$ DECLARE r record; BEGIN
            FOR r IN SELECT conrelid::regclass AS owner, conname FROM pg_constraint
                     WHERE contype = 'f' AND connamespace = 'public'::regnamespace LOOP
                EXECUTE format('ALTER TABLE %s ALTER CONSTRAINT %I {state}',
                               r.owner, r.conname);
            END LOOP;
        END $$"""
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        """CREATE TABLE piece (
            sha256 VARCHAR(64) NOT NULL,
            size BIGINT NOT NULL,
            data BYTEA NOT NULL,
            CONSTRAINT pk_piece PRIMARY KEY (sha256)
        )"""
    )
    op.execute(
        """CREATE TABLE journal_applied (
            entry_id VARCHAR(64) NOT NULL,
            applied_at TIMESTAMP NOT NULL DEFAULT now(),
            CONSTRAINT pk_journal_applied PRIMARY KEY (entry_id)
        )"""
    )
    _foreign_keys("DEFERRABLE")
    op.execute(_LOADING_FUNCTION)
    op.execute(_FROZEN_FUNCTION)
    op.execute(_MEETING_GUARD)
    op.execute(
        "CREATE TRIGGER irev_guard BEFORE UPDATE OR DELETE ON meeting "
        "FOR EACH ROW EXECUTE FUNCTION irev_guard_meeting()"
    )
    op.execute(_SEAL_GUARD)
    op.execute(
        "CREATE TRIGGER irev_guard BEFORE UPDATE OR DELETE ON seal "
        "FOR EACH ROW EXECUTE FUNCTION irev_guard_seal()"
    )
    for table, function in _guards().items():
        op.execute(function)
        op.execute(
            f"CREATE TRIGGER irev_guard BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION irev_guard_{table}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in (*_guards(), "meeting", "seal"):
        op.execute(f"DROP TRIGGER IF EXISTS irev_guard ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS irev_guard_{table}()")
    op.execute("DROP FUNCTION IF EXISTS irev_refuse_if_signed(integer)")
    op.execute("DROP FUNCTION IF EXISTS irev_loading(oid)")
    _foreign_keys("NOT DEFERRABLE")
    op.execute("DROP TABLE IF EXISTS journal_applied")
    op.execute("DROP TABLE IF EXISTS piece")
