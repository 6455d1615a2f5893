"""The whole store as one portable zip, and a store rebuilt from such a zip.

The zip holds ``archive.json`` (every row of every table, column by column) and
``pieces/<sha256>`` (one member per attached file). The format is described, with its
versioning promise, in ``docs/archive-format.md``.

Rows are read and written with SQLAlchemy Core and converted generically by column type
(``db.columns``), so a new column or table of the models is archived without touching
this package (but the format version must then be raised).

An import is checked completely before anything is written: a refused archive leaves
the store, its attached files and its backups exactly as they were. The archive may be
hostile: every member is read in bounded chunks, never beyond the program's own limits
(the largest file that can be attached, the longest text each column takes when typed),
and every text goes through the same cleaner as typing and pasting.

The modules, by job: ``format`` (name, version, members, size limits, tables),
``column_rules`` (how each column is cleaned and bounded), ``values`` (a JSON value
checked and converted), ``zip_reader`` (members read within limits, archive.json
parsed), ``validation`` (rows, uniques, references, pieces, seals; older versions
converted), ``service`` (``ArchiveService``: export and import). A name is looked up in
the module that uses it: a test lowering a limit patches that module, not this one.
"""

from __future__ import annotations

from irev_desktop.services.archive.column_rules import (
    BINARY_LIMITS,
    MAX_AUDIT_SUMMARY_LENGTH,
    MULTILINE_TEXTS,
    TextRule,
    binary_limit,
    column_type_label,
    enum_values,
    max_length,
    size_label,
    text_rule,
)
from irev_desktop.services.archive.format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_MEMBER,
    MAX_JSON_BYTES,
    MAX_TOTAL_BYTES,
    PIECES_PREFIX,
    TABLES_SINCE,
    ArchiveSummary,
    archive_tables,
)
from irev_desktop.services.archive.service import ArchiveService
from irev_desktop.services.archive.values import from_json
from irev_desktop.services.archive.zip_reader import ArchiveLimits

__all__ = [
    "BINARY_LIMITS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "JSON_MEMBER",
    "MAX_AUDIT_SUMMARY_LENGTH",
    "MAX_JSON_BYTES",
    "MAX_TOTAL_BYTES",
    "MULTILINE_TEXTS",
    "PIECES_PREFIX",
    "TABLES_SINCE",
    "ArchiveLimits",
    "ArchiveService",
    "ArchiveSummary",
    "TextRule",
    "archive_tables",
    "binary_limit",
    "column_type_label",
    "enum_values",
    "from_json",
    "max_length",
    "size_label",
    "text_rule",
]
