"""A realistic archive, generated: twenty years of a GIP's assemblies for tests,
benchmarks and demonstrations.

Deterministic: the same ``years``, ``seed`` and ``last_year`` always give the same
store. Per year, about: 100 meetings (AG 6, CA 34, Bureau 60), 1,500 agenda items with
notes of a few paragraphs, 250 numbered deliberations, 25 attached one-page PDFs,
30 new people (representatives renewed at each three-year term and in between,
presidents changing with them, government commissioners, staff, guests). Everything
scales with ``years``.

The text is French built from word lists (``vocabulary``, governance words), never
lorem ipsum; the rows are built in memory (``builder``). This module writes them: Core
bulk inserts in one transaction, not through the per-action services; the search
triggers index them as they go, and the index is merged once at the end. Minutes older
than the last two meetings of each body are signed, with the digest the program itself
computes.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.plain_rows import session_connection
from irev_desktop.db.store import Store
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.sample_data.builder import (
    DEFAULT_LAST_YEAR,
    DEFAULT_SEED,
    MAX_YEARS,
    ArchiveBuilder,
)
from irev_desktop.services.attachment_text import extract_text, save_text
from irev_desktop.services.pieces import pieces_of
from irev_desktop.services.seal_chain import CHAIN_SEAL_VERSION, seal_digest, take_snapshot

__all__ = ["DEFAULT_LAST_YEAR", "DEFAULT_SEED", "MAX_YEARS", "GeneratedArchive", "generate_archive"]


@dataclass(frozen=True)
class GeneratedArchive:
    """What the generator wrote."""

    first_year: int
    last_year: int
    counts: dict[str, int]
    seconds: float


# Writing -----------------------------------------------------------------------------------

_ORDER = (
    "organisation",
    "member",
    "person",
    "body",
    "mandate",
    "meeting",
    "attendance",
    "presence",
    "proxy",
    "agenda_item",
    "note_revision",
    "deliberation",
    "action_item",
    "attachment",
)


def _refuse_if_not_empty(conn: Connection) -> None:
    for model in (models.Organisation, models.Meeting, models.Person):
        if conn.execute(select(func.count()).select_from(model)).scalar_one():
            raise ValidationError(
                "La base n'est pas vide : l'archive de démonstration ne se mêle pas à des "
                "données réelles. Générez-la dans une nouvelle base, par exemple : "
                "irev-desktop --db demonstration.sqlite generate-archive --years 20"
            )


def generate_archive(
    store: Store,
    *,
    years: int = 20,
    seed: int = DEFAULT_SEED,
    last_year: int = DEFAULT_LAST_YEAR,
) -> GeneratedArchive:
    """Fill an empty store with ``years`` years of archive ending with ``last_year``."""
    if not 1 <= years <= MAX_YEARS:
        raise ValidationError(
            "Le nombre d'années doit être compris entre 1 et {max_years}.", max_years=MAX_YEARS
        )
    if store.paths.is_server:
        # Its bulk insert speaks SQLite; a file generated, then copied, gives the same.
        raise ValidationError(
            "L'archive de démonstration se génère dans un fichier : générez-la avec "
            "« irev-desktop --db demonstration.sqlite generate-archive », puis copiez-la sur "
            "le serveur avec « irev-desktop copy-store --from demonstration.sqlite --to URL »."
        )
    began = time.perf_counter()
    tables = models.Base.metadata.tables
    with store.reading() as session:
        _refuse_if_not_empty(session.connection())
        ids = {
            name: int(
                session.execute(select(func.coalesce(func.max(tables[name].c.id), 0))).scalar_one()
            )
            for name in _ORDER
        }
    generator = ArchiveBuilder(years, seed, last_year, ids)
    generator.build()
    # The files first: content-addressed copies are harmless if the transaction fails.
    extracted: dict[int, str] = {}
    for row, (_meeting, name, data) in zip(
        generator.rows.get("attachment", []), generator.pdfs, strict=True
    ):
        row["sha256"] = pieces_of(store).put(data)
        extracted[row["id"]] = extract_text(name, data)
    with store.write_connection() as conn:
        _refuse_if_not_empty(conn)
        # Minutes name the meeting that adopted them, inserted later.
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for name in _ORDER:
            rows = generator.rows.get(name)
            if rows:
                conn.execute(insert(tables[name]), rows)
        for attachment_id, content in extracted.items():
            save_text(conn, attachment_id, content)
        signed = [m.id for m in generator.schedule if m.status is MeetingStatus.MINUTES_SIGNED]
        _sign(conn, signed)
        conn.execute(
            insert(tables["audit_entry"]).values(
                action="archive.generate",
                entity="archive",
                entity_id=None,
                summary=f'{{"années": {years}, "graine": {seed}}}',
            )
        )
        conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        counts = {
            name: int(conn.execute(select(func.count()).select_from(tables[name])).scalar_one())
            for name in _ORDER
        }
    return GeneratedArchive(
        generator.first_year, generator.last_year, counts, time.perf_counter() - began
    )


def _sign(conn: Connection, meeting_ids: list[int]) -> None:
    """The seal of each signed meeting, as the program records it at signature (version
    3: the snapshot of the minutes, chained per organisation in signing order)."""
    meeting_table = models.Base.metadata.tables["meeting"]
    seal_table = models.Base.metadata.tables["seal"]
    digests: list[dict[str, Any]] = []
    seals: list[dict[str, Any]] = []
    last: dict[int, str] = {}
    with Session(bind=conn) as session:
        connection = session_connection(session)
        organisation_of = dict(
            connection.execute(
                "SELECT m.id, b.organisation_id FROM meeting m JOIN body b ON b.id = m.body_id"
            ).fetchall()
        )
        signed_at = {
            ident: dt.datetime.fromisoformat(at)
            for ident, at in connection.execute(
                "SELECT id, signed_at FROM meeting WHERE signed_at IS NOT NULL"
            )
        }
        order = sorted(meeting_ids, key=lambda i: (signed_at.get(i) or dt.datetime.min, i))
        for meeting_id in order:
            meeting = session.get_one(models.Meeting, meeting_id)
            text = take_snapshot(session, meeting)
            previous = last.get(organisation_of[meeting_id])
            digest = seal_digest(text, previous)
            last[organisation_of[meeting_id]] = digest
            digests.append({"ident": meeting_id, "digest": digest})
            seals.append(
                {
                    "meeting_id": meeting_id,
                    "version": CHAIN_SEAL_VERSION,
                    "snapshot": text,
                    "digest": digest,
                    "previous_digest": previous,
                    "sealed_at": meeting.signed_at,
                }
            )
            if len(digests) % 200 == 0:
                session.expunge_all()
    if digests:
        conn.execute(
            update(meeting_table)
            .where(meeting_table.c.id == bindparam("ident"))
            .values(signed_digest=bindparam("digest"), seal_version=CHAIN_SEAL_VERSION),
            digests,
        )
        conn.execute(insert(seal_table), seals)
