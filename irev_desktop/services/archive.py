"""The whole store as one portable zip, and a store rebuilt from such a zip.

The zip holds ``archive.json`` (every row of every table, column by column) and
``pieces/<sha256>`` (one member per attached file). The format is described, with its
versioning promise, in ``docs/archive-format.md``.

Rows are read and written with SQLAlchemy Core and converted generically by column type,
so a new column or table of the models is archived without touching this module (but
the format version must then be raised).

An import is checked completely before anything is written: a refused archive leaves
the store, its attached files and its backups exactly as they were. The archive may be
hostile: every member is read in bounded chunks, never beyond the program's own limits
(the largest file that can be attached, the longest text each column takes when typed),
and every text goes through the same cleaner as typing and pasting.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import enum
import hashlib
import json
import math
import os
import re
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    Time,
    UniqueConstraint,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.orm import Session

import irev_desktop
from irev_desktop.db import models
from irev_desktop.db.schema import SCHEMA_HEAD
from irev_desktop.db.store import in_use_error
from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr
from irev_desktop.domain.text import printable, sanitise, sanitise_line
from irev_desktop.services.actions import MAX_ACTION_LENGTH
from irev_desktop.services.agenda import MAX_NOTES_LENGTH
from irev_desktop.services.attachments import MAX_ATTACHMENT_BYTES, stored_path
from irev_desktop.services.backups import BackupService
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.deliberations import MAX_DELIBERATION_TEXT
from irev_desktop.services.partial_files import new_partial_file
from irev_desktop.services.registry import MAX_ADDRESS_LENGTH, MAX_LOGO_BYTES
from irev_desktop.services.seal_chain import chain_breaks
from irev_desktop.services.search import SearchService

FORMAT_NAME = "irev-desktop-archive"
FORMAT_VERSION = 5
# Tables added after the first version: an older archive simply has none of their rows.
TABLES_SINCE = {
    "deliberation_voter": 2,
    "presence": 3,
    "proxy": 3,
    "seal": 4,
    "signing_key": 5,
}
# Columns of attendance that version 3 turned into the presence and proxy tables.
SINGLE_TIMES = ("arrived_at", "left_at", "proxy_holder_id")
JSON_MEMBER = "archive.json"
PIECES_PREFIX = "pieces/"
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
# The longest audit summary the program writes: a deliberation's text before and after
# a change (json.dumps escapes a character into two at most), with room for the rest.
MAX_AUDIT_SUMMARY_LENGTH = 4 * MAX_DELIBERATION_TEXT + 100_000
TOP_LEVEL_KEYS = (
    "format",
    "version",
    "exported_at",
    "program_version",
    "schema_revision",
    "tables",
)

_PIECE_NAME = re.compile(r"pieces/([0-9a-f]{64})")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_TIME = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{6})?")
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1
_CHUNK = 1024 * 1024
# What the zip format's own compression methods may be: deflate's output is produced a
# chunk at a time; bzip2 and LZMA in zipfile unfold a whole read at once.
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
# NFC normalisation at most triples a text's length: anything longer is refused uncleaned.
_NFC_GROWTH = 3
_SURROGATE = re.compile("[\ud800-\udfff]")
# Members larger than this are written with ZIP64 headers from the start.
_ZIP64_THRESHOLD = 1024**3
# What a broken or hostile zip may raise while a member is read.
_READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
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


def _table(model: type[models.Base]) -> Table:
    return models.Base.metadata.tables[model.__tablename__]


# Column types ----------------------------------------------------------------------------


class Kind(enum.Enum):
    """How a column's values are written in archive.json."""

    ENUM = "enum"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    FLOAT = "float"
    STRING = "string"
    DATE = "date"
    TIME = "time"
    DATETIME = "datetime"
    BINARY = "binary"


def column_kind(column: Column[Any]) -> Kind:
    kind = column.type
    # Enum derives from String, and DateTime/Time are not Date: the order matters.
    if isinstance(kind, Enum):
        return Kind.ENUM
    if isinstance(kind, Boolean):
        return Kind.BOOLEAN
    if isinstance(kind, Integer):
        return Kind.INTEGER
    if isinstance(kind, Float):
        return Kind.FLOAT
    if isinstance(kind, String):
        return Kind.STRING
    if isinstance(kind, DateTime):
        return Kind.DATETIME
    if isinstance(kind, Date):
        return Kind.DATE
    if isinstance(kind, Time):
        return Kind.TIME
    if isinstance(kind, LargeBinary):
        return Kind.BINARY
    raise TypeError(f"Type de colonne non pris en charge par l'archive : {column.table}.{column}")


def enum_values(column: Column[Any]) -> list[str]:
    kind = column.type
    return list(kind.enums) if isinstance(kind, Enum) else []


def max_length(column: Column[Any]) -> int | None:
    kind = column.type
    return kind.length if isinstance(kind, String) else None


@dataclass(frozen=True)
class TextRule:
    """How the services clean a text column when it is typed, and its longest value."""

    multiline: bool
    limit: int
    strip: bool = False


# The text columns without a length in the models: the cleaner and the limit of the
# service that writes each (a test checks that every such column is listed).
MULTILINE_TEXTS: dict[tuple[str, str], TextRule] = {
    ("organisation", "address"): TextRule(True, MAX_ADDRESS_LENGTH),
    ("agenda_item", "notes"): TextRule(True, MAX_NOTES_LENGTH),
    ("note_revision", "text"): TextRule(True, MAX_NOTES_LENGTH),
    ("deliberation", "text"): TextRule(True, MAX_DELIBERATION_TEXT),
    ("action_item", "description"): TextRule(True, MAX_ACTION_LENGTH, strip=True),
    ("audit_entry", "summary"): TextRule(True, MAX_AUDIT_SUMMARY_LENGTH),
    # Canonical JSON in ASCII (services.snapshot): the cleaning leaves it as it is.
    ("seal", "snapshot"): TextRule(True, MAX_JSON_BYTES),
}
# Binary columns and the largest value the services accept.
BINARY_LIMITS: dict[tuple[str, str], int] = {("organisation", "logo"): MAX_LOGO_BYTES}


def text_rule(column: Column[Any]) -> TextRule:
    """A column with a length is one line (a name, a title: sanitise_line), as every
    service cleans them; the others are listed in MULTILINE_TEXTS."""
    rule = MULTILINE_TEXTS.get((column.table.name, column.name))
    if rule is not None:
        return rule
    length = max_length(column)
    if length is None:  # a new text column not listed yet: bounded like the notes
        return TextRule(True, MAX_NOTES_LENGTH)
    return TextRule(False, length)


def binary_limit(column: Column[Any]) -> int | None:
    return BINARY_LIMITS.get((column.table.name, column.name))


def _plain_number(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def column_type_label(column: Column[Any]) -> str:
    """The type of a column as docs/archive-format.md states it (French)."""
    kind = column_kind(column)
    if kind is Kind.ENUM:
        return "texte, une valeur parmi " + ", ".join(f"`{v}`" for v in enum_values(column))
    if kind is Kind.STRING:
        rule = text_rule(column)
        if rule.multiline:
            return f"texte sur plusieurs lignes (≤ {_plain_number(rule.limit)} caractères)"
        return f"texte (≤ {_plain_number(rule.limit)} caractères)"
    if kind is Kind.BINARY:
        limit = binary_limit(column)
        if limit is not None:
            return f"octets en base64 (≤ {_plain_number(limit)} octets)"
    return {
        Kind.BOOLEAN: "booléen (`true` / `false`)",
        Kind.INTEGER: "entier",
        Kind.FLOAT: "nombre",
        Kind.DATE: "date `AAAA-MM-JJ`",
        Kind.TIME: "heure `HH:MM:SS`",
        Kind.DATETIME: "date et heure UTC `AAAA-MM-JJTHH:MM:SS`",
        Kind.BINARY: "octets en base64",
    }[kind]


def to_json(kind: Kind, value: Any) -> Any:
    """A value read with Core, as archive.json writes it."""
    if value is None:
        return None
    if kind is Kind.ENUM:
        return str(value.value) if isinstance(value, enum.Enum) else str(value)
    if kind in (Kind.DATE, Kind.TIME, Kind.DATETIME):
        return str(value.isoformat())
    if kind is Kind.BINARY:
        return base64.b64encode(bytes(value)).decode("ascii")
    if kind is Kind.BOOLEAN:
        return bool(value)
    if kind is Kind.INTEGER:
        return int(value)
    if kind is Kind.FLOAT:
        return float(value)
    return str(value)


class _Bad(Exception):
    """A value refused; the text follows "table t, ligne n, colonne c : "."""


def _shown(text: str) -> str:
    """A text of the archive, cut short and safe to print on a terminal."""
    if len(text) > 80:  # a piece's name is 71 characters: shown whole
        text = text[:80] + "…"
    return printable(text)


def _show(value: Any) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return f"« {_shown(shown)} »"


def size_label(size: int) -> str:
    """A number of bytes as the messages and the format's documentation write it."""
    for unit, name in ((1024**3, "Gio"), (1024**2, "Mio"), (1024, "Kio")):
        if size >= unit:  # "2 Gio", "190,8 Mio"
            return f"{format_number_fr(size / unit, decimals=1)} {name}"
    return f"{format_number_fr(size)} octet{'s' if size > 1 else ''}"


def _too_long(length: int, limit: int) -> _Bad:
    return _Bad(
        f"le texte fait {format_number_fr(length)} caractères, "
        f"pour {format_number_fr(limit)} au plus"
    )


def _clean_text(column: Column[Any], value: str) -> str:
    """The text as typing or pasting it would have stored it, within the column's limit."""
    rule = text_rule(column)
    if len(value) > _NFC_GROWTH * rule.limit:  # refused before a costly cleaning
        raise _too_long(len(value), rule.limit)
    if rule.multiline:
        clean = sanitise(value)
        if rule.strip:
            clean = clean.strip()
    else:
        clean = sanitise_line(value, max_length=sys.maxsize)
    if len(clean) > rule.limit:
        raise _too_long(len(clean), rule.limit)
    return clean


def from_json(column: Column[Any], kind: Kind, value: Any) -> Any:
    """A value of archive.json checked against its column and converted for Core."""
    if value is None:
        if not column.nullable:
            raise _Bad("la valeur est obligatoire (null n'est pas admis)")
        return None
    if kind is Kind.BOOLEAN:
        if not isinstance(value, bool):
            raise _Bad(f"{_show(value)} n'est pas un booléen (true ou false)")
        return value
    if kind is Kind.INTEGER:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Bad(f"{_show(value)} n'est pas un nombre entier")
        if not _INT_MIN <= value <= _INT_MAX:
            raise _Bad(f"{_show(value)} dépasse les entiers admis (64 bits)")
        return value
    if kind is Kind.FLOAT:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise _Bad(f"{_show(value)} n'est pas un nombre")
        number = float(value)
        if not math.isfinite(number):
            raise _Bad(f"{_show(value)} n'est pas un nombre fini")
        return number
    if not isinstance(value, str):
        raise _Bad(f"{_show(value)} n'est pas une chaîne de caractères")
    lone = _SURROGATE.search(value)
    if lone is not None:
        # JSON pairs the two halves of a character itself: a half left alone is no
        # character at all, and no text file could hold it.
        raise _Bad(
            f"le texte contient un demi-caractère UTF-16 isolé (U+{ord(lone.group()):04X}, "
            f"position {format_number_fr(lone.start() + 1)}), qui n'est pas un caractère"
        )
    if kind is Kind.ENUM:
        allowed = enum_values(column)
        if value not in allowed:
            raise _Bad(
                f"{_show(value)} n'est pas une valeur permise (valeurs permises : "
                + ", ".join(allowed)
                + ")"
            )
        return value
    if kind is Kind.STRING:
        return _clean_text(column, value)
    if kind is Kind.BINARY:
        limit = binary_limit(column)
        # Four base64 characters per three bytes: refused before decoding.
        if limit is not None and len(value) > 4 * (limit // 3 + 1):
            raise _Bad(
                f"la valeur fait au moins {format_number_fr(len(value) // 4 * 3 - 2)} octets, "
                f"pour {format_number_fr(limit)} au plus"
            )
        try:
            data = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise _Bad(f"{_show(value)} n'est pas du base64 valide") from None
        if limit is not None and len(data) > limit:
            raise _Bad(
                f"la valeur fait {format_number_fr(len(data))} octets, "
                f"pour {format_number_fr(limit)} au plus"
            )
        return data
    return _parse_temporal(kind, value)


def _parse_temporal(kind: Kind, value: str) -> dt.date | dt.time | dt.datetime:
    pattern, what = {
        Kind.DATE: (_DATE, "une date"),
        Kind.TIME: (_TIME, "une heure"),
        Kind.DATETIME: (_DATETIME, "une date et heure"),
    }[kind]
    try:
        if pattern.fullmatch(value):
            if kind is Kind.DATE:
                return dt.date.fromisoformat(value)
            if kind is Kind.TIME:
                return dt.time.fromisoformat(value)
            return dt.datetime.fromisoformat(value)
    except ValueError:
        pass
    raise _Bad(f"{_show(value)} n'est pas {what}")


# Reading an archive ---------------------------------------------------------------------


def _invalid(detail: str) -> NoReturn:
    raise ValidationError("Archive invalide : {detail}", detail=detail)


@dataclass(frozen=True)
class _Piece:
    info: zipfile.ZipInfo
    size: int


@dataclass(frozen=True)
class _Checked:
    """An archive that passed every check: rows ready for Core, pieces by SHA-256."""

    rows: dict[str, list[dict[str, Any]]]
    pieces: dict[str, _Piece]


class _DuplicateKey(Exception):
    pass


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _NotJsonConstant(Exception):
    pass


def _refuse_constant(name: str) -> NoReturn:
    raise _NotJsonConstant(name)


@dataclass(frozen=True)
class ArchiveLimits:
    """What an import reads at most; by default the program's own limits (a test may
    lower them)."""

    piece_bytes: int
    json_bytes: int
    total_bytes: int
    compression_ratio: int
    ratio_grace_bytes: int

    @classmethod
    def default(cls) -> ArchiveLimits:
        return cls(
            piece_bytes=MAX_ATTACHMENT_BYTES,
            json_bytes=MAX_JSON_BYTES,
            total_bytes=MAX_TOTAL_BYTES,
            compression_ratio=MAX_COMPRESSION_RATIO,
            ratio_grace_bytes=COMPRESSION_RATIO_GRACE_BYTES,
        )

    def member_bytes(self, name: str) -> int:
        return self.json_bytes if name == JSON_MEMBER else self.piece_bytes

    def check_ratio(self, info: zipfile.ZipInfo, size: int) -> None:
        """Refuse a member that unfolds into ``size`` bytes from far fewer."""
        if size <= self.ratio_grace_bytes:
            return
        if size > self.compression_ratio * max(info.compress_size, 1):
            _invalid(
                f"l'élément {info.filename} se décompresse en {size_label(size)} au moins, "
                f"à partir de {size_label(info.compress_size)} : plus de "
                f"{format_number_fr(self.compression_ratio)} fois sa taille, ce qui n'est pas "
                "un fichier ordinaire mais une « bombe de décompression »."
            )


def _too_large(info: zipfile.ZipInfo, limit: int, *, declared: bool) -> NoReturn:
    what = (
        f"pour {JSON_MEMBER}"
        if info.filename == JSON_MEMBER
        else "pour une pièce jointe (le plus gros fichier que l'on puisse joindre)"
    )
    if declared:
        _invalid(
            f"l'élément {info.filename} annonce {format_number_fr(info.file_size)} octets "
            f"une fois décompressé, pour {size_label(limit)} au plus {what}."
        )
    _invalid(
        f"l'élément {info.filename} dépasse, une fois décompressé, les {size_label(limit)} "
        f"admis {what} ; son en-tête annonçait {size_label(info.file_size)}."
    )


def _unreadable(info: zipfile.ZipInfo, error: BaseException) -> NoReturn:
    _invalid(f"l'élément {info.filename} est illisible ou endommagé ({printable(str(error))}).")


def _chunks(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits
) -> Iterator[bytes]:
    """The member's content, a chunk at a time, stopped as soon as it goes beyond its
    limit or unfolds like a zip bomb, whatever its header says: never more than one
    chunk past the limit is held."""
    limit = limits.member_bytes(info.filename)
    size = 0
    try:
        handle = archive.open(info)
    except _READ_ERRORS as error:
        _unreadable(info, error)
    with handle:
        while True:
            try:
                chunk = handle.read(_CHUNK)
            except _READ_ERRORS as error:
                _unreadable(info, error)
            if not chunk:
                return
            size += len(chunk)
            if size > limit:
                _too_large(info, limit, declared=False)
            limits.check_ratio(info, size)
            yield chunk


def _read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits
) -> bytearray:
    data = bytearray()
    for chunk in _chunks(archive, info, limits):
        data += chunk
    return data


def _hash_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in _chunks(archive, info, limits):
        size += len(chunk)
        digest.update(chunk)
    return digest.hexdigest(), size


# Labels of the archive's own limits, as the format's documentation states them.
_TOTAL_LABEL = size_label(MAX_TOTAL_BYTES)
_JSON_LABEL = size_label(MAX_JSON_BYTES)


def _members(
    source: Path, archive: zipfile.ZipFile, limits: ArchiveLimits
) -> tuple[zipfile.ZipInfo, list[zipfile.ZipInfo]]:
    """The archive.json member and the pieces, after checking every name and declared
    size: nothing is decompressed yet."""
    names: set[str] = set()
    document: zipfile.ZipInfo | None = None
    pieces: list[zipfile.ZipInfo] = []
    total = 0
    for info in archive.infolist():
        name = info.filename
        if name in names:
            _invalid(f"l'élément « {_shown(name)} » figure deux fois dans le zip.")
        names.add(name)
        allowed = name == JSON_MEMBER or _PIECE_NAME.fullmatch(name) is not None
        if not allowed or info.orig_filename != name:
            _invalid(
                f"l'élément « {_shown(info.orig_filename)} » n'est pas permis : le zip ne peut "
                f"contenir que {JSON_MEMBER} et des pièces nommées pieces/<empreinte SHA-256>."
            )
        if info.flag_bits & 0x1:
            _invalid(f"l'élément {name} est chiffré.")
        if info.compress_type not in _COMPRESSIONS:
            _invalid(
                f"l'élément {name} est compressé par une méthode non admise (n° "
                f"{info.compress_type}) : seuls deflate et l'absence de compression le sont."
            )
        if name == JSON_MEMBER:
            if info.file_size > limits.json_bytes:
                _invalid(
                    f"{JSON_MEMBER} dépasse {_JSON_LABEL} une fois décompressé "
                    f"(il annonce {size_label(info.file_size)})."
                )
            document = info
        else:
            if info.file_size > limits.piece_bytes:
                _too_large(info, limits.piece_bytes, declared=True)
            pieces.append(info)
        limits.check_ratio(info, info.file_size)
        total += info.file_size
    if total > limits.total_bytes:
        _invalid(
            f"son contenu décompressé dépasse {_TOTAL_LABEL} (ses éléments annoncent "
            f"{size_label(total)} en tout)."
        )
    if document is None:
        raise ValidationError(
            "Le fichier {source} n'est pas une archive IREV Desktop : {member} en est absent.",
            source=source,
            member=JSON_MEMBER,
        )
    return document, pieces


def _decode_document(data: bytes | bytearray) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        _invalid(f"{JSON_MEMBER} n'est pas un texte UTF-8.")


def _parse_document(source: Path, decoded: str) -> dict[str, Any]:
    try:
        document = json.loads(
            decoded,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as error:
        _invalid(
            f"{JSON_MEMBER} n'est pas un JSON valide (erreur à la ligne {error.lineno}, "
            f"colonne {error.colno})."
        )
    except _DuplicateKey as error:
        _invalid(
            f"dans {JSON_MEMBER}, la clé « {_shown(str(error))} » figure deux fois dans un même "
            "objet."
        )
    except RecursionError:
        _invalid(f"{JSON_MEMBER} est imbriqué trop profondément.")
    except _NotJsonConstant as error:
        _invalid(f"{JSON_MEMBER} contient « {error} », qui n'est pas une valeur JSON.")
    if not isinstance(document, dict):
        _invalid(f"{JSON_MEMBER} doit contenir un objet JSON.")
    if document.get("format") != FORMAT_NAME:
        raise ValidationError(
            "Le fichier {source} n'est pas une archive IREV Desktop "
            "(format {found} au lieu de « {expected} »).",
            source=source,
            found=_show(document.get("format")),
            expected=FORMAT_NAME,
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        _invalid(f"la version du format {_show(version)} n'est pas un entier positif.")
    if version > FORMAT_VERSION:
        raise ValidationError(
            "L'archive {source} a été créée par une version plus récente d'IREV Desktop "
            "(format version {version}, ce programme lit jusqu'à la version {supported}) : "
            "mettez le programme à jour pour l'importer.",
            source=source,
            version=version,
            supported=FORMAT_VERSION,
        )
    for key in document:
        if key not in TOP_LEVEL_KEYS:
            _invalid(f"la clé « {_shown(key)} » de {JSON_MEMBER} est inconnue.")
    for key in TOP_LEVEL_KEYS:
        if key not in document:
            _invalid(f"la clé « {key} » manque dans {JSON_MEMBER}.")
    for key in ("exported_at", "program_version", "schema_revision"):
        if not isinstance(document[key], str):
            _invalid(f"la clé « {key} » doit être une chaîne de caractères.")
    if not isinstance(document["tables"], dict):
        _invalid("« tables » doit être un objet JSON : nom de table → liste de lignes.")
    return document


def _check_rows(table: Table, raw_rows: Any) -> list[dict[str, Any]]:
    if not isinstance(raw_rows, list):
        _invalid(f"la table {table.name} doit être une liste de lignes.")
    columns = [(column, column_kind(column)) for column in table.columns]
    known = {column.name for column in table.columns}
    rows: list[dict[str, Any]] = []
    for number, raw in enumerate(raw_rows, start=1):
        where = f"table {table.name}, ligne {number}"
        if not isinstance(raw, dict):
            _invalid(f"{where} : la ligne doit être un objet JSON.")
        for name in raw:
            if name not in known:
                _invalid(f"{where} : la colonne « {_shown(name)} » est inconnue.")
        row: dict[str, Any] = {}
        for column, kind in columns:
            if column.name not in raw and not column.nullable:
                _invalid(f"{where} : la colonne obligatoire « {column.name} » manque.")
            try:
                row[column.key] = from_json(column, kind, raw.get(column.name))
            except _Bad as bad:
                _invalid(f"{where}, colonne {column.name} : {bad}.")
        rows.append(row)
    _check_unique(table, rows)
    return rows


def _unique_sets(table: Table) -> list[tuple[Column[Any], ...]]:
    sets: list[tuple[Column[Any], ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            sets.append(tuple(constraint.columns))
    for index in table.indexes:
        if index.unique:
            sets.append(tuple(index.columns))
    return sets


def _describe(columns: Sequence[Column[Any]], values: Sequence[Any]) -> str:
    return ", ".join(
        f"{column.name} = {_show(to_json(column_kind(column), value))}"
        for column, value in zip(columns, values, strict=True)
    )


def _check_unique(table: Table, rows: list[dict[str, Any]]) -> None:
    primary = tuple(table.primary_key.columns)
    seen: dict[tuple[Any, ...], int] = {}
    for number, row in enumerate(rows, start=1):
        key = tuple(row[c.key] for c in primary)
        if key in seen:
            _invalid(
                f"table {table.name}, ligne {number} : l'identifiant ({_describe(primary, key)}) "
                f"figure déjà à la ligne {seen[key]}."
            )
        seen[key] = number
    for columns in _unique_sets(table):
        seen = {}
        for number, row in enumerate(rows, start=1):
            key = tuple(row[c.key] for c in columns)
            if any(value is None for value in key):
                continue  # SQL: nulls never collide
            if key in seen:
                _invalid(
                    f"table {table.name}, ligne {number} : les valeurs ({_describe(columns, key)}) "
                    f"doivent être uniques mais figurent déjà à la ligne {seen[key]}."
                )
            seen[key] = number


def _check_references(tables: Iterable[Table], rows: dict[str, list[dict[str, Any]]]) -> None:
    for table in tables:
        for constraint in table.foreign_key_constraints:
            local = [element.parent for element in constraint.elements]
            remote = [element.column for element in constraint.elements]
            target = constraint.referred_table
            existing = {tuple(row[c.key] for c in remote) for row in rows[target.name]}
            for number, row in enumerate(rows[table.name], start=1):
                key = tuple(row[c.key] for c in local)
                if any(value is None for value in key):
                    continue
                if key not in existing:
                    names = ", ".join(c.name for c in local)
                    shown = ", ".join(str(value) for value in key)
                    _invalid(
                        f"table {table.name}, ligne {number}, colonne {names} : {shown} ne renvoie "
                        f"à aucune ligne de la table {target.name} de l'archive."
                    )


def _check_pieces(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    attachments: list[dict[str, Any]],
    signed_pdfs: dict[str, str],
    limits: ArchiveLimits,
    read_so_far: int,
) -> dict[str, _Piece]:
    table = _table(models.Attachment)
    pieces: dict[str, zipfile.ZipInfo] = {}
    for info in members:
        match = _PIECE_NAME.fullmatch(info.filename)
        assert match is not None  # names were checked by _members
        pieces[match.group(1)] = info
    cited: set[str] = set()
    for number, row in enumerate(attachments, start=1):
        sha = row["sha256"]
        where = f"table {table.name}, ligne {number}, colonne sha256"
        if not _SHA256.fullmatch(sha):
            _invalid(f"{where} : {_show(sha)} n'est pas une empreinte SHA-256 en minuscules.")
        if sha not in pieces:
            _invalid(f"{where} : la pièce {PIECES_PREFIX}{sha} manque dans le zip.")
        cited.add(sha)
    for sha, where in signed_pdfs.items():
        if not _SHA256.fullmatch(sha):
            _invalid(f"{where} : {_show(sha)} n'est pas une empreinte SHA-256 en minuscules.")
        if sha not in pieces:
            _invalid(f"{where} : la pièce {PIECES_PREFIX}{sha} manque dans le zip.")
        cited.add(sha)
    for sha, info in pieces.items():
        if sha not in cited:
            _invalid(
                f"la pièce {info.filename} n'est citée par aucune ligne des tables "
                f"{table.name} et seal."
            )
    checked: dict[str, _Piece] = {}
    total = read_so_far
    for sha, info in sorted(pieces.items()):
        digest, size = _hash_member(archive, info, limits)
        total += size
        if total > limits.total_bytes:
            _invalid(
                f"son contenu décompressé dépasse {_TOTAL_LABEL} (à la pièce {info.filename})."
            )
        if digest != sha:
            _invalid(
                f"la pièce {info.filename} est altérée : son contenu ne correspond pas "
                "à son empreinte SHA-256."
            )
        checked[sha] = _Piece(info, size)
    for number, row in enumerate(attachments, start=1):
        actual = checked[row["sha256"]].size
        if row["size"] != actual:
            _invalid(
                f"table {table.name}, ligne {number}, colonne size : {row['size']} octets "
                f"annoncés, mais la pièce en fait {actual}."
            )
    return checked


def _check_archive(source: Path, archive: zipfile.ZipFile, limits: ArchiveLimits) -> _Checked:
    document_info, piece_infos = _members(source, archive, limits)
    data = _read_member(archive, document_info, limits)
    json_size = len(data)
    decoded = _decode_document(data)
    del data  # the bytes are not needed once decoded: memory for the parse instead
    document = _parse_document(source, decoded)
    del decoded
    raw_tables: dict[str, Any] = document["tables"]
    tables = archive_tables()
    known = {table.name for table in tables}
    for name in raw_tables:
        if name not in known:
            _invalid(f"la table « {_shown(name)} » est inconnue.")
    version = int(document["version"])
    if version < 3:
        _history_from_single_times(raw_tables)
        _untitled_attachments(raw_tables)
    for table in tables:
        if table.name not in raw_tables:
            if version >= TABLES_SINCE.get(table.name, 1):
                _invalid(f"la table « {table.name} » manque.")
            raw_tables[table.name] = []
    rows = {table.name: _check_rows(table, raw_tables[table.name]) for table in tables}
    _check_references(tables, rows)
    _check_chain(source, rows)
    attachment_table = _table(models.Attachment)
    pieces = _check_pieces(
        archive, piece_infos, rows[attachment_table.name], _signed_pdfs(rows), limits, json_size
    )
    return _Checked(rows, pieces)


def _signed_pdfs(rows: dict[str, list[dict[str, Any]]]) -> dict[str, str]:
    """SHA-256 → where it is cited, for the PDFs of signed minutes kept beside seals."""
    return {
        row["pdf_sha256"]: f"table seal, ligne {number}, colonne pdf_sha256"
        for number, row in enumerate(rows["seal"], start=1)
        if row["pdf_sha256"] is not None
    }


def _check_chain(source: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse an archive whose chain of signatures (seal version 3) is broken."""
    breaks = chain_breaks(rows["seal"], rows["meeting"], rows["body"], rows["signing_key"])
    if breaks:
        raise ValidationError(
            "L'archive {source} est refusée : la chaîne des signatures des procès-verbaux "
            "y est rompue ({breaks}). Une séance signée y a été supprimée, modifiée ou "
            "dé-signée ; importez plutôt une archive exportée par le programme.",
            source=source,
            breaks=" ; ".join(breaks),
        )


def _history_from_single_times(raw_tables: dict[str, Any]) -> None:
    """An archive before version 3: each attendance row's arrival, departure and proxy
    holder become one stretch and one proxy, as the store's own migration does."""
    attendance = raw_tables.get("attendance")
    if not isinstance(attendance, list):
        return  # reported by the checks that follow
    presence: list[dict[str, Any]] = []
    proxies: list[dict[str, Any]] = []
    for raw in attendance:
        if not isinstance(raw, dict):
            continue
        arrived, left, holder = (raw.pop(name, None) for name in SINGLE_TIMES)
        if raw.get("status") == "present" or arrived is not None or left is not None:
            presence.append(
                {
                    "id": len(presence) + 1,
                    "attendance_id": raw.get("id"),
                    "arrived_at": arrived,
                    "left_at": left,
                }
            )
        if holder is not None:
            proxies.append(
                {"id": len(proxies) + 1, "attendance_id": raw.get("id"), "holder_id": holder}
            )
    raw_tables.setdefault("presence", presence)
    raw_tables.setdefault("proxy", proxies)


def _untitled_attachments(raw_tables: dict[str, Any]) -> None:
    """Before version 3 an attachment had no title: its file name stands for it."""
    attachments = raw_tables.get("attachment")
    if isinstance(attachments, list):
        for raw in attachments:
            if isinstance(raw, dict):
                raw.setdefault("title", "")


def _open_zip(source: Path) -> zipfile.ZipFile:
    if not source.is_file():
        raise ValidationError("Le fichier {source} est introuvable.", source=source)
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        raise ValidationError(
            "Le fichier {source} n'est pas une archive IREV Desktop (ce n'est pas un zip lisible).",
            source=source,
        ) from None
    except OSError as error:
        raise ValidationError(
            "Le fichier {source} ne peut être lu : {cause}.",
            source=source,
            cause=error.strerror or error,
        ) from error


# The service ---------------------------------------------------------------------------


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count <= 1 else plural}"


class ArchiveService(ServiceBase):
    """Export the whole store to one zip; rebuild a store from one."""

    # Export ------------------------------------------------------------------------------
    def export(self, destination: Path) -> ArchiveSummary:
        """Write the whole store to ``destination``; a failed export leaves nothing there."""
        destination = destination.expanduser().absolute()
        if destination.is_dir():
            raise ValidationError(
                "{destination} est un dossier : indiquez un nom de fichier.",
                destination=destination,
            )
        if not destination.parent.is_dir():
            raise ValidationError("Le dossier {folder} n'existe pas.", folder=destination.parent)
        if destination == self._store.paths.db:
            raise ValidationError("L'archive ne peut remplacer la base elle-même.")
        tables = self._snapshot()
        pieces = self._pieces_to_copy(
            tables[_table(models.Attachment).name] + self._signed_pdf_rows(tables["seal"])
        )
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
            "program_version": irev_desktop.__version__,
            "schema_revision": SCHEMA_HEAD,
            "tables": tables,
        }
        payload = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False).encode()
        pieces_bytes = sum(min(sizes) for _name, sizes in pieces.values())
        # An archive the import would refuse is of no use: refuse it now.
        if len(payload) > MAX_JSON_BYTES or len(payload) + pieces_bytes > MAX_TOTAL_BYTES:
            raise ValidationError(
                "La base est trop volumineuse pour une archive (2 Gio au plus, dont 512 Mio "
                "pour archive.json) : l'archive n'a pas été créée. Faites plutôt une sauvegarde."
            )
        fd, temporary = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".partiel"
        )
        try:
            with os.fdopen(fd, "wb") as handle:
                with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
                    archive.writestr(_member_info(JSON_MEMBER), payload)
                    for sha, (name, sizes) in sorted(pieces.items()):
                        self._copy_piece(archive, sha, name, sizes)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, destination)
        except OSError as error:
            Path(temporary).unlink(missing_ok=True)
            raise ValidationError(
                "L'archive {destination} n'a pu être écrite : {cause}.",
                destination=destination,
                cause=error.strerror or error,
            ) from error
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        summary = ArchiveSummary(
            destination, {name: len(rows) for name, rows in tables.items()}, len(pieces)
        )
        if self._store.writable:
            with self._store.writing() as session:
                self.audit(session, "archive.export", "archive", None, after=_audit_text(summary))
        return summary

    def _snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table, read in one transaction, as archive.json writes them."""
        tables: dict[str, list[dict[str, Any]]] = {}
        with self._store.reading() as session:
            for table in archive_tables():
                columns = [(column, column_kind(column)) for column in table.columns]
                result = session.execute(select(table).order_by(*table.primary_key.columns))
                tables[table.name] = [
                    {column.name: to_json(kind, row._mapping[column]) for column, kind in columns}
                    for row in result
                ]
        return tables

    def _signed_pdf_rows(self, seals: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The PDFs kept of signed minutes, as the attachment rows ``_pieces_to_copy``
        reads (their size is the file's: no row states it)."""
        folder = self._store.paths.attachments_dir
        rows = []
        for seal in seals:
            sha = seal["pdf_sha256"]
            if sha is None:
                continue
            path = stored_path(folder, sha)
            size = path.stat().st_size if path.is_file() else -1
            rows.append({"sha256": sha, "original_name": "PDF du PV signé", "size": size})
        return rows

    def _pieces_to_copy(self, attachments: list[dict[str, Any]]) -> dict[str, tuple[str, set[int]]]:
        """SHA-256 → (a name the user knows it by, the sizes its rows state); all present."""
        pieces: dict[str, tuple[str, set[int]]] = {}
        for row in attachments:
            name, sizes = pieces.setdefault(row["sha256"], (row["original_name"], set()))
            sizes.add(row["size"])
        folder = self._store.paths.attachments_dir
        for sha, (name, _sizes) in pieces.items():
            path = stored_path(folder, sha)
            if not path.is_file():
                raise ValidationError(
                    "La copie de la pièce jointe « {name} » manque dans le dossier des pièces "
                    "jointes ({path}) : l'archive n'a pas été créée. Restaurez une sauvegarde "
                    "ou joignez le fichier à nouveau.",
                    name=name,
                    path=path,
                )
        return pieces

    def _copy_piece(self, archive: zipfile.ZipFile, sha: str, name: str, sizes: set[int]) -> None:
        path = stored_path(self._store.paths.attachments_dir, sha)
        digest = hashlib.sha256()
        size = 0
        info = _member_info(PIECES_PREFIX + sha)
        big = path.stat().st_size > _ZIP64_THRESHOLD
        with path.open("rb") as source, archive.open(info, "w", force_zip64=big) as target:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                target.write(chunk)
        if digest.hexdigest() != sha or sizes != {size}:
            raise ValidationError(
                "La copie de la pièce jointe « {name} » ({path}) est altérée : son contenu ne "
                "correspond plus à celui qui a été joint. L'archive n'a pas été créée ; "
                "restaurez une sauvegarde ou joignez le fichier à nouveau.",
                name=name,
                path=path,
            )

    # Import ------------------------------------------------------------------------------
    def import_archive(
        self, source: Path, *, replace: bool = False, limits: ArchiveLimits | None = None
    ) -> ArchiveSummary:
        """Rebuild the store from ``source``, keeping the archive's ids.

        Everything is checked before anything is written, within ``limits`` (the
        program's own by default). Into a store that already holds records, only with
        ``replace``: a backup is taken, then the whole content is replaced in one
        transaction. A failed import leaves no new file in the attachments folder.
        """
        source = source.expanduser().absolute()
        limits = limits or ArchiveLimits.default()
        with _open_zip(source) as archive:
            checked = _check_archive(source, archive, limits)
            if not self._store.writable:
                raise in_use_error(self._store.paths)
            if not replace:
                with self._store.reading() as session:
                    self._refuse_if_not_empty(session)
            else:
                BackupService(self._store).automatic_backup("avant-import")
            summary = ArchiveSummary(
                source,
                {name: len(rows) for name, rows in checked.rows.items()},
                len(checked.pieces),
            )
            created: list[Path] = []
            try:
                with self._store.writing() as session:
                    self._write(session, archive, checked, replace, limits, created)
                    self.audit(
                        session, "archive.import", "archive", None, after=_audit_text(summary)
                    )
            except BaseException:
                _remove_created(created)
                raise
        # The triggers indexed every row; the text of the attached files is read now.
        SearchService(self._store).extract_missing_texts()
        return summary

    def _write(
        self,
        session: Session,
        archive: zipfile.ZipFile,
        checked: _Checked,
        replace: bool,
        limits: ArchiveLimits,
        created: list[Path],
    ) -> None:
        tables = archive_tables()
        if session.connection().dialect.name == "sqlite":
            # Rows may refer to rows inserted later (a meeting's minutes adopted in a
            # later meeting): check foreign keys at commit, once every row is in.
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
        audit_table = _table(models.AuditEntry)
        kept_audit: list[dict[str, Any]] = []
        if replace:
            for table in reversed(tables):
                session.execute(delete(table))
        else:
            self._refuse_if_not_empty(session)
            # A store with no records may still have audit lines: keep them, after the
            # archive's own (they are renumbered; nothing refers to an audit line).
            kept_audit = [
                {key: value for key, value in row._mapping.items() if key != "id"}
                for row in session.execute(select(audit_table).order_by(audit_table.c.id))
            ]
            session.execute(delete(audit_table))
        folder = self._store.paths.attachments_dir
        for sha, piece in checked.pieces.items():
            target = stored_path(folder, sha)
            if not target.exists():
                if not target.parent.is_dir():
                    target.parent.mkdir(parents=True)
                    created.append(target.parent)
                _copy_out(archive, piece.info, sha, target, limits)
                created.append(target)
        for table in tables:
            rows = checked.rows[table.name]
            if rows:
                session.execute(insert(table), rows)
        if kept_audit:
            session.execute(insert(audit_table), kept_audit)

    @staticmethod
    def _refuse_if_not_empty(session: Session) -> None:
        counts = [
            (session.scalar(select(func.count()).select_from(model)) or 0, singular, plural)
            for model, singular, plural in (
                (models.Organisation, "organisation", "organisations"),
                (models.Meeting, "séance", "séances"),
                (models.Person, "personne", "personnes"),
            )
        ]
        if any(count for count, _, _ in counts):
            held = ", ".join(_plural(count, singular, plural) for count, singular, plural in counts)
            raise ValidationError(
                "La base n'est pas vide : elle contient déjà {held}. Pour remplacer tout son "
                "contenu par celui de l'archive, utilisez --replace (une sauvegarde de la base "
                "est faite avant) ; sinon, importez dans une nouvelle base.",
                held=held,
            )


def _copy_out(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    sha: str,
    target: Path,
    limits: ArchiveLimits,
) -> None:
    """Copy one piece to ``target`` a chunk at a time, through a partial file at the
    top of the attachments folder (removed on failure, and at the next opening if the
    program is killed meanwhile)."""
    fd, partial = new_partial_file(target.parent.parent)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as handle:
            for chunk in _chunks(archive, info, limits):
                digest.update(chunk)
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if digest.hexdigest() != sha:
            _invalid(f"la pièce {info.filename} a changé pendant l'import.")
        os.replace(partial, target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            "La pièce {name} n'a pu être copiée dans le dossier des pièces jointes "
            "({folder}) : {cause}. Rien n'a été importé.",
            name=info.filename,
            folder=target.parent.parent,
            cause=error.strerror or error,
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _remove_created(created: list[Path]) -> None:
    """Take back out what a failed import added to the attachments folder (no row refers
    to it): the copies, then the folders made for them."""
    for path in reversed(created):
        try:
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue


def _member_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=dt.datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _audit_text(summary: ArchiveSummary) -> dict[str, Any]:
    return {
        "fichier": str(summary.path),
        "lignes": summary.total_rows,
        "pièces": summary.attachment_files,
    }
