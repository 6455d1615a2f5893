"""The whole store as one portable zip, and a store rebuilt from such a zip.

The zip holds ``archive.json`` (every row of every table, column by column) and
``pieces/<sha256>`` (one member per attached file). The format is described, with its
versioning promise, in ``docs/archive-format.md``.

Rows are read and written with SQLAlchemy Core and converted generically by column type,
so a new column or table of the models is archived without touching this module (but
the format version must then be raised).

An import is checked completely before anything is written: a refused archive leaves
the store, its attached files and its backups exactly as they were.
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
import tempfile
import zipfile
import zlib
from collections.abc import Iterable, Sequence
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
from irev_desktop.db.store import in_use_message
from irev_desktop.domain.errors import StoreInUseError, ValidationError
from irev_desktop.services.attachments import store_bytes, stored_path
from irev_desktop.services.backups import BackupService
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.search import SearchService

FORMAT_NAME = "irev-desktop-archive"
FORMAT_VERSION = 3
# Tables added after the first version: an older archive simply has none of their rows.
TABLES_SINCE = {"deliberation_voter": 2, "presence": 3, "proxy": 3}
# Columns of attendance that version 3 turned into the presence and proxy tables.
SINGLE_TIMES = ("arrived_at", "left_at", "proxy_holder_id")
JSON_MEMBER = "archive.json"
PIECES_PREFIX = "pieces/"
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_JSON_BYTES = 512 * 1024**2
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


def column_type_label(column: Column[Any]) -> str:
    """The type of a column as docs/archive-format.md states it (French)."""
    kind = column_kind(column)
    if kind is Kind.ENUM:
        return "texte, une valeur parmi " + ", ".join(f"`{v}`" for v in enum_values(column))
    if kind is Kind.STRING:
        length = max_length(column)
        return "texte" if length is None else f"texte (≤ {length} caractères)"
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


def _show(value: Any) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(shown) > 60:
        shown = shown[:60] + "…"
    return f"« {shown} »"


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
        length = max_length(column)
        if length is not None and len(value) > length:
            raise _Bad(f"le texte fait {len(value)} caractères, pour {length} au plus")
        return value
    if kind is Kind.BINARY:
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise _Bad(f"{_show(value)} n'est pas du base64 valide") from None
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
    raise ValidationError(f"Archive invalide : {detail}")


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


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except _READ_ERRORS as error:
        _invalid(f"l'élément {info.filename} est illisible ou endommagé ({error}).")
    if len(data) > limit:
        _invalid(f"l'élément {info.filename} dépasse la taille admise.")
    return data


def _hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > MAX_TOTAL_BYTES:
                    _invalid(f"l'élément {info.filename} dépasse la taille admise.")
                digest.update(chunk)
    except _READ_ERRORS as error:
        _invalid(f"l'élément {info.filename} est illisible ou endommagé ({error}).")
    return digest.hexdigest(), size


def _members(
    source: Path, archive: zipfile.ZipFile
) -> tuple[zipfile.ZipInfo, list[zipfile.ZipInfo]]:
    """The archive.json member and the pieces, after checking every name and size."""
    names: set[str] = set()
    document: zipfile.ZipInfo | None = None
    pieces: list[zipfile.ZipInfo] = []
    total = 0
    for info in archive.infolist():
        name = info.filename
        if name in names:
            _invalid(f"l'élément « {name} » figure deux fois dans le zip.")
        names.add(name)
        allowed = name == JSON_MEMBER or _PIECE_NAME.fullmatch(name) is not None
        if not allowed or info.orig_filename != name:
            _invalid(
                f"l'élément « {info.orig_filename} » n'est pas permis : le zip ne peut contenir "
                f"que {JSON_MEMBER} et des pièces nommées pieces/<empreinte SHA-256>."
            )
        if info.flag_bits & 0x1:
            _invalid(f"l'élément {name} est chiffré.")
        total += info.file_size
        if name == JSON_MEMBER:
            document = info
        else:
            pieces.append(info)
    if total > MAX_TOTAL_BYTES:
        _invalid("son contenu décompressé dépasse 2 Gio.")
    if document is None:
        raise ValidationError(
            f"Le fichier {source} n'est pas une archive IREV Desktop : {JSON_MEMBER} en est absent."
        )
    if document.file_size > MAX_JSON_BYTES:
        _invalid(f"{JSON_MEMBER} dépasse 512 Mio.")
    return document, pieces


def _parse_document(source: Path, data: bytes) -> dict[str, Any]:
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        _invalid(f"{JSON_MEMBER} n'est pas un texte UTF-8.")
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
        _invalid(f"dans {JSON_MEMBER}, la clé « {error} » figure deux fois dans un même objet.")
    except RecursionError:
        _invalid(f"{JSON_MEMBER} est imbriqué trop profondément.")
    except _NotJsonConstant as error:
        _invalid(f"{JSON_MEMBER} contient « {error} », qui n'est pas une valeur JSON.")
    if not isinstance(document, dict):
        _invalid(f"{JSON_MEMBER} doit contenir un objet JSON.")
    if document.get("format") != FORMAT_NAME:
        raise ValidationError(
            f"Le fichier {source} n'est pas une archive IREV Desktop "
            f"(format {_show(document.get('format'))} au lieu de « {FORMAT_NAME} »)."
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        _invalid(f"la version du format {_show(version)} n'est pas un entier positif.")
    if version > FORMAT_VERSION:
        raise ValidationError(
            f"L'archive {source} a été créée par une version plus récente d'IREV Desktop "
            f"(format version {version}, ce programme lit jusqu'à la version {FORMAT_VERSION}) : "
            "mettez le programme à jour pour l'importer."
        )
    for key in document:
        if key not in TOP_LEVEL_KEYS:
            _invalid(f"la clé « {key} » de {JSON_MEMBER} est inconnue.")
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
                _invalid(f"{where} : la colonne « {name} » est inconnue.")
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
    for sha, info in pieces.items():
        if sha not in cited:
            _invalid(
                f"la pièce {info.filename} n'est citée par aucune ligne de la table {table.name}."
            )
    checked: dict[str, _Piece] = {}
    for sha, info in sorted(pieces.items()):
        digest, size = _hash_member(archive, info)
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


def _check_archive(source: Path, archive: zipfile.ZipFile) -> _Checked:
    document_info, piece_infos = _members(source, archive)
    document = _parse_document(source, _read_member(archive, document_info, MAX_JSON_BYTES))
    raw_tables: dict[str, Any] = document["tables"]
    tables = archive_tables()
    known = {table.name for table in tables}
    for name in raw_tables:
        if name not in known:
            _invalid(f"la table « {name} » est inconnue.")
    version = int(document["version"])
    if version < 3:
        _history_from_single_times(raw_tables)
    for table in tables:
        if table.name not in raw_tables:
            if version >= TABLES_SINCE.get(table.name, 1):
                _invalid(f"la table « {table.name} » manque.")
            raw_tables[table.name] = []
    rows = {table.name: _check_rows(table, raw_tables[table.name]) for table in tables}
    _check_references(tables, rows)
    attachment_table = _table(models.Attachment)
    pieces = _check_pieces(archive, piece_infos, rows[attachment_table.name])
    return _Checked(rows, pieces)


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


def _open_zip(source: Path) -> zipfile.ZipFile:
    if not source.is_file():
        raise ValidationError(f"Le fichier {source} est introuvable.")
    try:
        return zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, NotImplementedError):
        raise ValidationError(
            f"Le fichier {source} n'est pas une archive IREV Desktop (ce n'est pas un zip lisible)."
        ) from None
    except OSError as error:
        raise ValidationError(
            f"Le fichier {source} ne peut être lu : {error.strerror or error}."
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
            raise ValidationError(f"{destination} est un dossier : indiquez un nom de fichier.")
        if not destination.parent.is_dir():
            raise ValidationError(f"Le dossier {destination.parent} n'existe pas.")
        if destination == self._store.paths.db:
            raise ValidationError("L'archive ne peut remplacer la base elle-même.")
        tables = self._snapshot()
        pieces = self._pieces_to_copy(tables[_table(models.Attachment).name])
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
                f"L'archive {destination} n'a pu être écrite : {error.strerror or error}."
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
                    f"La copie de la pièce jointe « {name} » manque dans le dossier des pièces "
                    f"jointes ({path}) : l'archive n'a pas été créée. Restaurez une sauvegarde "
                    "ou joignez le fichier à nouveau."
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
                f"La copie de la pièce jointe « {name} » ({path}) est altérée : son contenu ne "
                "correspond plus à celui qui a été joint. L'archive n'a pas été créée ; "
                "restaurez une sauvegarde ou joignez le fichier à nouveau."
            )

    # Import ------------------------------------------------------------------------------
    def import_archive(self, source: Path, *, replace: bool = False) -> ArchiveSummary:
        """Rebuild the store from ``source``, keeping the archive's ids.

        Everything is checked before anything is written. Into a store that already
        holds records, only with ``replace``: a backup is taken, then the whole content
        is replaced in one transaction.
        """
        source = source.expanduser().absolute()
        with _open_zip(source) as archive:
            checked = _check_archive(source, archive)
            if not self._store.writable:
                raise StoreInUseError(in_use_message(self._store.paths))
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
            with self._store.writing() as session:
                self._write(session, archive, checked, replace)
                self.audit(session, "archive.import", "archive", None, after=_audit_text(summary))
        # The triggers indexed every row; the text of the attached files is read now.
        SearchService(self._store).extract_missing_texts()
        return summary

    def _write(
        self, session: Session, archive: zipfile.ZipFile, checked: _Checked, replace: bool
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
            data = _read_member(archive, piece.info, MAX_TOTAL_BYTES)
            if hashlib.sha256(data).hexdigest() != sha:
                _invalid(f"la pièce {piece.info.filename} a changé pendant l'import.")
            store_bytes(folder, data)
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
                f"La base n'est pas vide : elle contient déjà {held}. Pour remplacer tout son "
                "contenu par celui de l'archive, utilisez --replace (une sauvegarde de la base "
                "est faite avant) ; sinon, importez dans une nouvelle base."
            )


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
