"""The minutes as signed: a canonical JSON snapshot of the ``MeetingDetail`` tree and of
the civilities the exporters use, written at signature (seal version 3).

``dumps`` gives the canonical text (sorted keys, no spaces, ASCII only: it survives an
archive's text cleaning unchanged); ``loads`` rebuilds the very same objects. The types
come from the dataclasses' annotations: enums by value, dates, times and datetimes in ISO
8601, tuples as lists, nested dataclasses (the domain's ``Interval`` too) as objects.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from irev_desktop.db import models
from irev_desktop.db.columns import reader_of
from irev_desktop.db.plain_sql import PlainConnection, dialect_of, ids_in
from irev_desktop.domain.enums import Civility
from irev_desktop.model import dto

SNAPSHOT_FORMAT = "irev-seal-snapshot"
SNAPSHOT_VERSION = 1


@dataclass(frozen=True)
class Snapshot:
    """What a version 3 seal records: the minutes as the exporters saw them, and the
    digest of the meeting's own rows (``meeting_reader.content_digest``, version 2)."""

    meeting: dto.MeetingDetail
    civilities: Mapping[int, Civility | None]
    rows_digest: str


class SnapshotError(ValueError):
    """A snapshot that cannot be read back (damaged, or written by a newer program)."""


# Encoding ------------------------------------------------------------------------------


_FIELDS: dict[type, tuple[str, ...]] = {}
_PLAIN = (bool, int, float, str)


def _field_names(kind: type) -> tuple[str, ...] | None:
    names = _FIELDS.get(kind)
    if names is None and dataclasses.is_dataclass(kind):
        # Bookkeeping fields (an edit version) are no content of the minutes.
        sealed = (f.name for f in dataclasses.fields(kind) if f.metadata.get("sealed", True))
        names = _FIELDS.setdefault(kind, tuple(sealed))
    return names


def encode(value: Any) -> Any:
    """``value`` as plain JSON data (dataclasses become objects, enums their value)."""
    kind = type(value)
    if value is None or kind in _PLAIN:
        return value
    names = _field_names(kind)
    if names is not None:
        return {name: encode(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return [encode(v) for v in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"cannot encode {kind.__name__} in a snapshot")


def canonical(data: Any) -> str:
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    )


def snapshot_data(snapshot: Snapshot) -> dict[str, Any]:
    return {
        "format": SNAPSHOT_FORMAT,
        "version": SNAPSHOT_VERSION,
        "meeting": encode(snapshot.meeting),
        "civilities": sorted(
            [ident, None if c is None else c.value] for ident, c in snapshot.civilities.items()
        ),
        "rows_digest": snapshot.rows_digest,
    }


def dumps(snapshot: Snapshot) -> str:
    """The canonical JSON text of ``snapshot`` (what the digest covers)."""
    return canonical(snapshot_data(snapshot))


# Decoding ------------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


Decoder = Callable[[Any], Any]


def decode(kind: Any, data: Any) -> Any:
    """``data`` (plain JSON) as a value of the annotated type ``kind``."""
    return _decoder(kind)(data)


@cache
def _decoder(kind: Any) -> Decoder:
    """The function that decodes values of ``kind``: the type is read once, not per value
    (a register reads tens of thousands of values)."""
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        rest = [o for o in options if o is not type(None)]
        if len(rest) != 1:
            raise SnapshotError(f"unsupported type {kind!r}")
        inner = _decoder(rest[0])
        if type(None) not in options:
            return inner
        return lambda data: None if data is None else inner(data)
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise SnapshotError(f"unsupported type {kind!r}")
        item = _decoder(args[0])

        def sequence(data: Any) -> Any:
            if not isinstance(data, list):
                raise SnapshotError(f"{data!r} is not a list of {kind!r}")
            return tuple(item(v) for v in data)

        return sequence
    if not isinstance(kind, type):
        raise SnapshotError(f"unsupported type {kind!r}")
    if dataclasses.is_dataclass(kind):
        return _dataclass_decoder(kind)
    if issubclass(kind, enum.Enum):
        return _enum_decoder(kind)
    if kind in (dt.datetime, dt.date, dt.time):
        return _temporal_decoder(kind)
    if kind is float:
        return _number
    if kind is bool or kind is int or kind is str:
        return _exact(kind)
    raise SnapshotError(f"unsupported type {kind!r}")


def _dataclass_decoder(kind: type) -> Decoder:
    names = {f.name for f in dataclasses.fields(kind)}
    fields: dict[str, Decoder] = {}  # filled on first use: a field's type may be ``kind``

    def build(data: Any) -> Any:
        if not isinstance(data, dict):
            raise SnapshotError(f"{data!r} is not an object for {kind.__name__}")
        if not fields:
            hints = _hints(kind)
            fields.update({name: _decoder(hints[name]) for name in names})
        unknown = data.keys() - names
        if unknown:
            raise SnapshotError(f"unknown fields {sorted(unknown)} of {kind.__name__}")
        try:
            return kind(**{name: fields[name](value) for name, value in data.items()})
        except TypeError as error:
            raise SnapshotError(str(error)) from error

    return build


def _missing(kind: type) -> SnapshotError:
    return SnapshotError(f"a {kind.__name__} is missing")


def _enum_decoder(kind: type[enum.Enum]) -> Decoder:
    def build(data: Any) -> Any:
        if data is None:
            raise _missing(kind)
        try:
            return kind(data)
        except ValueError as error:
            raise SnapshotError(str(error)) from error

    return build


def _temporal_decoder(kind: type) -> Decoder:
    parse = kind.fromisoformat  # type: ignore[attr-defined]

    def build(data: Any) -> Any:
        if data is None:
            raise _missing(kind)
        if not isinstance(data, str):
            raise SnapshotError(f"{data!r} is not a {kind.__name__}")
        try:
            return parse(data)
        except ValueError as error:
            raise SnapshotError(str(error)) from error

    return build


def _number(data: Any) -> float:
    if data is None:
        raise _missing(float)
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise SnapshotError(f"{data!r} is not a number")
    return float(data)


def _exact(kind: type) -> Decoder:
    def build(data: Any) -> Any:
        if data is None:
            raise _missing(kind)
        if type(data) is not kind:
            raise SnapshotError(f"{data!r} is not a {kind.__name__}")
        return data

    return build


def from_data(data: Any) -> Snapshot:
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise SnapshotError("not a seal snapshot")
    if data.get("version") != SNAPSHOT_VERSION:
        raise SnapshotError(f"snapshot version {data.get('version')!r} is unknown")
    civilities: dict[int, Civility | None] = {}
    for pair in data.get("civilities", []):
        if not isinstance(pair, list) or len(pair) != 2 or type(pair[0]) is not int:
            raise SnapshotError(f"{pair!r} is not a civility")
        civilities[pair[0]] = decode(Civility | None, pair[1])
    digest = data.get("rows_digest")
    if not isinstance(digest, str):
        raise SnapshotError("the digest of the rows is missing")
    return Snapshot(decode(dto.MeetingDetail, data.get("meeting")), civilities, digest)


def loads(text: str) -> Snapshot:
    """The snapshot written by ``dumps``; ``SnapshotError`` if it cannot be read."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise SnapshotError(f"not JSON: {error}") from error
    return from_data(data)


def rows_digest(text: str) -> str:
    """The digest of the meeting's rows a snapshot keeps, without decoding the rest."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise SnapshotError(f"not JSON: {error}") from error
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise SnapshotError("not a seal snapshot")
    digest = data.get("rows_digest")
    if not isinstance(digest, str):
        raise SnapshotError("the digest of the rows is missing")
    return digest


# Reading the register ------------------------------------------------------------------


def named_people(meeting: dto.MeetingDetail) -> set[int]:
    """The people the documents of the meeting may name (their civility is kept)."""
    ids = {a.person_id for a in meeting.attendance}
    ids |= {a.proxy_holder_id for a in meeting.attendance if a.proxy_holder_id}
    ids |= {p.holder_id for a in meeting.attendance for p in a.proxies}
    ids |= {i.rapporteur_id for i in meeting.items if i.rapporteur_id}
    ids |= {a.person_id for a in meeting.actions if a.person_id}
    ids |= {m.person_id for m in meeting.in_office}
    ids |= {p for p in (meeting.chair_id, meeting.secretary_id) if p}
    return ids


def civilities_plain(
    connection: PlainConnection, meeting: dto.MeetingDetail
) -> dict[int, Civility | None]:
    condition, parameter = ids_in(connection, sorted(named_people(meeting)))
    rows = connection.execute(f"SELECT id, civility FROM person WHERE id {condition}", (parameter,))
    civility = reader_of(models.Person, "civility", dialect_of(connection))
    return {ident: civility(value) for ident, value in rows}


# Comparing with the register -----------------------------------------------------------

# What the minutes record of themselves; the rest (people's names and functions, the
# body's rules, the mandates, the quorum drawn from them) is the register's, and may be
# edited after signature without touching the signed minutes.
_REGISTER_FIELDS = frozenset(
    {
        "person_name",
        "proxy_holder_name",
        "holder_name",
        "function_title",
        "member_name",
        "role",
        "representation",
        "rapporteur_name",
        "chair_name",
        "secretary_name",
        # Following up an action after signature is not an edit of the minutes.
        "done",
        "added_at",
    }
)
_MEETING_REGISTER_FIELDS = frozenset(
    {
        "organisation",
        "body",
        "in_office",
        "quorum",
        "opening_quorum",
        "status",
        "signed_at",
        "sealed",
        "chair_name",
        "secretary_name",
    }
)
# The parts of the minutes, as a change is reported.
FIELD_LABELS = {
    "title": "l'intitulé",
    "date": "la date",
    "planned_start": "l'heure prévue",
    "actual_start": "l'heure d'ouverture",
    "actual_end": "l'heure de clôture",
    "mode": "le mode de réunion",
    "place": "le lieu",
    "video_link": "le lien de visioconférence",
    "chair_id": "la présidence",
    "secretary_id": "le secrétariat",
    "adopted_on": "la date d'approbation",
    "attendance": "les présences",
    "items": "l'ordre du jour",
    "deliberations": "les délibérations",
    "actions": "les actions",
    "attachments": "les pièces jointes",
    "convened_on": "la date de convocation",
    "id": "l'identifiant",
}


def _own(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _own(v) for k, v in value.items() if k not in _REGISTER_FIELDS}
    if isinstance(value, list):
        rows = [_own(v) for v in value]
        if all(isinstance(r, dict) and "id" in r for r in rows):
            # The order of the attendance follows the mandates (the register's).
            rows.sort(key=lambda r: r["id"])
        return rows
    return value


def own_content(meeting: dto.MeetingDetail) -> dict[str, Any]:
    """The meeting's own content as plain data, without what belongs to the register."""
    data = encode(meeting)
    return {k: _own(v) for k, v in data.items() if k not in _MEETING_REGISTER_FIELDS}


def changed_parts(signed: dto.MeetingDetail, current: dto.MeetingDetail) -> list[str]:
    """The parts of the minutes (French labels) that differ from what was signed."""
    before, after = own_content(signed), own_content(current)
    return [
        FIELD_LABELS.get(k, k)
        for k in sorted(before.keys() | after.keys())
        if before.get(k) != after.get(k)
    ]
