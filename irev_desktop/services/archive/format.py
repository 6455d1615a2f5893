"""The archive's format: its name and version, its members, its size limits, its tables."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table

from irev_desktop.db import models

FORMAT_NAME = "irev-desktop-archive"
FORMAT_VERSION = 6
# Tables added after the first version: an older archive simply has none of their rows.
TABLES_SINCE = {
    "deliberation_voter": 2,
    "presence": 3,
    "proxy": 3,
    "seal": 4,
    "signing_key": 5,
}
JSON_MEMBER = "archive.json"
PIECES_PREFIX = "pieces/"
PIECE_NAME = re.compile(r"pieces/([0-9a-f]{64})")
# Limits of an archive as a whole; each piece is also held to MAX_ATTACHMENT_BYTES, the
# largest file that can be attached.
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_JSON_BYTES = 512 * 1024**2
# Deflate cannot shrink ordinary files (PDF, Office, images: already compressed; text,
# JSON: 3 to 20 times) by a hundred times; a member that does so is a "zip bomb" (a few
# kilobytes of zeros unfolding into gigabytes). Small members are let through whatever
# their ratio: they can do no harm.
MAX_COMPRESSION_RATIO = 100
COMPRESSION_RATIO_GRACE_BYTES = 1024**2
TOP_LEVEL_KEYS = (
    "format",
    "version",
    "exported_at",
    "program_version",
    "schema_revision",
    "tables",
)


@dataclass(frozen=True)
class ArchiveSummary:
    """What an export wrote or an import read: rows per table and distinct attached files."""

    path: Path
    counts: dict[str, int]
    attachment_files: int

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def archive_tables() -> list[Table]:
    """Every table of the store, parents before children (the order rows are inserted)."""
    return list(models.Base.metadata.sorted_tables)


def table_of(model: type[models.Base]) -> Table:
    return models.Base.metadata.tables[model.__tablename__]
