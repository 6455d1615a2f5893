"""An archive's rows checked (uniques, references, pieces, seals), older versions converted."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint

from irev_desktop.db import models
from irev_desktop.db.columns import column_kind, to_json
from irev_desktop.domain.errors import ValidationError
from irev_desktop.services.archive.format import (
    PIECE_NAME,
    PIECES_PREFIX,
    TABLES_SINCE,
    archive_tables,
    table_of,
)
from irev_desktop.services.archive.messages import invalid, show, shown
from irev_desktop.services.archive.values import BadValue, from_json
from irev_desktop.services.archive.zip_reader import (
    TOTAL_LABEL,
    ArchiveLimits,
    checked_members,
    decode_document,
    hash_member,
    parse_document,
    read_member,
)
from irev_desktop.services.seal_chain import chain_breaks

_SHA256 = re.compile(r"[0-9a-f]{64}")
# Columns of attendance that version 3 turned into the presence and proxy tables.
SINGLE_TIMES = ("arrived_at", "left_at", "proxy_holder_id")


@dataclass(frozen=True)
class Piece:
    info: zipfile.ZipInfo
    size: int


@dataclass(frozen=True)
class Checked:
    """An archive that passed every check: rows ready for Core, pieces by SHA-256."""

    rows: dict[str, list[dict[str, Any]]]
    pieces: dict[str, Piece]


def _check_rows(table: Table, raw_rows: Any) -> list[dict[str, Any]]:
    if not isinstance(raw_rows, list):
        invalid(f"la table {table.name} doit être une liste de lignes.")
    columns = [(column, column_kind(column)) for column in table.columns]
    known = {column.name for column in table.columns}
    rows: list[dict[str, Any]] = []
    for number, raw in enumerate(raw_rows, start=1):
        where = f"table {table.name}, ligne {number}"
        if not isinstance(raw, dict):
            invalid(f"{where} : la ligne doit être un objet JSON.")
        for name in raw:
            if name not in known:
                invalid(f"{where} : la colonne « {shown(name)} » est inconnue.")
        row: dict[str, Any] = {}
        for column, kind in columns:
            if column.name not in raw and column.server_default is not None:
                # A column added since the archive was written (an edit version): its
                # default, as the migration that added it gave existing rows.
                row[column.key] = getattr(column.default, "arg", None)
                continue
            if column.name not in raw and not column.nullable:
                invalid(f"{where} : la colonne obligatoire « {column.name} » manque.")
            try:
                row[column.key] = from_json(column, kind, raw.get(column.name))
            except BadValue as bad:
                invalid(f"{where}, colonne {column.name} : {bad}.")
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
        f"{column.name} = {show(to_json(column_kind(column), value))}"
        for column, value in zip(columns, values, strict=True)
    )


def _check_unique(table: Table, rows: list[dict[str, Any]]) -> None:
    primary = tuple(table.primary_key.columns)
    seen: dict[tuple[Any, ...], int] = {}
    for number, row in enumerate(rows, start=1):
        key = tuple(row[c.key] for c in primary)
        if key in seen:
            invalid(
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
                invalid(
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
                    found = ", ".join(str(value) for value in key)
                    invalid(
                        f"table {table.name}, ligne {number}, colonne {names} : {found} ne renvoie "
                        f"à aucune ligne de la table {target.name} de l'archive."
                    )


def _check_pieces(
    archive: zipfile.ZipFile,
    members: list[zipfile.ZipInfo],
    attachments: list[dict[str, Any]],
    signed_pdfs: dict[str, str],
    limits: ArchiveLimits,
    read_so_far: int,
) -> dict[str, Piece]:
    table = table_of(models.Attachment)
    pieces: dict[str, zipfile.ZipInfo] = {}
    for info in members:
        match = PIECE_NAME.fullmatch(info.filename)
        assert match is not None  # names were checked by checked_members
        pieces[match.group(1)] = info
    cited: set[str] = set()
    for number, row in enumerate(attachments, start=1):
        sha = row["sha256"]
        where = f"table {table.name}, ligne {number}, colonne sha256"
        if not _SHA256.fullmatch(sha):
            invalid(f"{where} : {show(sha)} n'est pas une empreinte SHA-256 en minuscules.")
        if sha not in pieces:
            invalid(f"{where} : la pièce {PIECES_PREFIX}{sha} manque dans le zip.")
        cited.add(sha)
    for sha, where in signed_pdfs.items():
        if not _SHA256.fullmatch(sha):
            invalid(f"{where} : {show(sha)} n'est pas une empreinte SHA-256 en minuscules.")
        if sha not in pieces:
            invalid(f"{where} : la pièce {PIECES_PREFIX}{sha} manque dans le zip.")
        cited.add(sha)
    for sha, info in pieces.items():
        if sha not in cited:
            invalid(
                f"la pièce {info.filename} n'est citée par aucune ligne des tables "
                f"{table.name} et seal."
            )
    checked: dict[str, Piece] = {}
    total = read_so_far
    for sha, info in sorted(pieces.items()):
        digest, size = hash_member(archive, info, limits)
        total += size
        if total > limits.total_bytes:
            invalid(f"son contenu décompressé dépasse {TOTAL_LABEL} (à la pièce {info.filename}).")
        if digest != sha:
            invalid(
                f"la pièce {info.filename} est altérée : son contenu ne correspond pas "
                "à son empreinte SHA-256."
            )
        checked[sha] = Piece(info, size)
    for number, row in enumerate(attachments, start=1):
        actual = checked[row["sha256"]].size
        if row["size"] != actual:
            invalid(
                f"table {table.name}, ligne {number}, colonne size : {row['size']} octets "
                f"annoncés, mais la pièce en fait {actual}."
            )
    return checked


def check_archive(source: Path, archive: zipfile.ZipFile, limits: ArchiveLimits) -> Checked:
    document_info, piece_infos = checked_members(source, archive, limits)
    data = read_member(archive, document_info, limits)
    json_size = len(data)
    decoded = decode_document(data)
    del data  # the bytes are not needed once decoded: memory for the parse instead
    document = parse_document(source, decoded)
    del decoded
    raw_tables: dict[str, Any] = document["tables"]
    tables = archive_tables()
    known = {table.name for table in tables}
    for name in raw_tables:
        if name not in known:
            invalid(f"la table « {shown(name)} » est inconnue.")
    version = int(document["version"])
    if version < 3:
        _history_from_single_times(raw_tables)
        _untitled_attachments(raw_tables)
    for table in tables:
        if table.name not in raw_tables:
            if version >= TABLES_SINCE.get(table.name, 1):
                invalid(f"la table « {table.name} » manque.")
            raw_tables[table.name] = []
    rows = {table.name: _check_rows(table, raw_tables[table.name]) for table in tables}
    _check_references(tables, rows)
    _check_chain(source, rows)
    attachment_table = table_of(models.Attachment)
    pieces = _check_pieces(
        archive, piece_infos, rows[attachment_table.name], _signed_pdfs(rows), limits, json_size
    )
    return Checked(rows, pieces)


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
