"""Reading a possibly hostile zip within limits: its members, their chunks, archive.json."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from irev_desktop.domain.errors import ValidationError
from irev_desktop.domain.french import format_number_fr
from irev_desktop.domain.text import printable
from irev_desktop.services.archive.column_rules import size_label
from irev_desktop.services.archive.format import (
    COMPRESSION_RATIO_GRACE_BYTES,
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_MEMBER,
    MAX_COMPRESSION_RATIO,
    MAX_JSON_BYTES,
    MAX_TOTAL_BYTES,
    PIECE_NAME,
    TOP_LEVEL_KEYS,
)
from irev_desktop.services.archive.messages import invalid, show, shown
from irev_desktop.services.attachments import MAX_ATTACHMENT_BYTES

CHUNK = 1024 * 1024
# What the zip format's own compression methods may be: deflate's output is produced a
# chunk at a time; bzip2 and LZMA in zipfile unfold a whole read at once.
_COMPRESSIONS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}
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
            invalid(
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
        invalid(
            f"l'élément {info.filename} annonce {format_number_fr(info.file_size)} octets "
            f"une fois décompressé, pour {size_label(limit)} au plus {what}."
        )
    invalid(
        f"l'élément {info.filename} dépasse, une fois décompressé, les {size_label(limit)} "
        f"admis {what} ; son en-tête annonçait {size_label(info.file_size)}."
    )


def _unreadable(info: zipfile.ZipInfo, error: BaseException) -> NoReturn:
    invalid(f"l'élément {info.filename} est illisible ou endommagé ({printable(str(error))}).")


def chunks(
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
                chunk = handle.read(CHUNK)
            except _READ_ERRORS as error:
                _unreadable(info, error)
            if not chunk:
                return
            size += len(chunk)
            if size > limit:
                _too_large(info, limit, declared=False)
            limits.check_ratio(info, size)
            yield chunk


def read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits
) -> bytearray:
    data = bytearray()
    for chunk in chunks(archive, info, limits):
        data += chunk
    return data


def hash_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: ArchiveLimits
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    for chunk in chunks(archive, info, limits):
        size += len(chunk)
        digest.update(chunk)
    return digest.hexdigest(), size


# Labels of the archive's own limits, as the format's documentation states them.
TOTAL_LABEL = size_label(MAX_TOTAL_BYTES)
_JSON_LABEL = size_label(MAX_JSON_BYTES)


def checked_members(
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
            invalid(f"l'élément « {shown(name)} » figure deux fois dans le zip.")
        names.add(name)
        allowed = name == JSON_MEMBER or PIECE_NAME.fullmatch(name) is not None
        if not allowed or info.orig_filename != name:
            invalid(
                f"l'élément « {shown(info.orig_filename)} » n'est pas permis : le zip ne peut "
                f"contenir que {JSON_MEMBER} et des pièces nommées pieces/<empreinte SHA-256>."
            )
        if info.flag_bits & 0x1:
            invalid(f"l'élément {name} est chiffré.")
        if info.compress_type not in _COMPRESSIONS:
            invalid(
                f"l'élément {name} est compressé par une méthode non admise (n° "
                f"{info.compress_type}) : seuls deflate et l'absence de compression le sont."
            )
        if name == JSON_MEMBER:
            if info.file_size > limits.json_bytes:
                invalid(
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
        invalid(
            f"son contenu décompressé dépasse {TOTAL_LABEL} (ses éléments annoncent "
            f"{size_label(total)} en tout)."
        )
    if document is None:
        raise ValidationError(
            "Le fichier {source} n'est pas une archive IREV Desktop : {member} en est absent.",
            source=source,
            member=JSON_MEMBER,
        )
    return document, pieces


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


def decode_document(data: bytes | bytearray) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        invalid(f"{JSON_MEMBER} n'est pas un texte UTF-8.")


def parse_document(source: Path, decoded: str) -> dict[str, Any]:
    try:
        document = json.loads(
            decoded,
            object_pairs_hook=_object_without_duplicates,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as error:
        invalid(
            f"{JSON_MEMBER} n'est pas un JSON valide (erreur à la ligne {error.lineno}, "
            f"colonne {error.colno})."
        )
    except _DuplicateKey as error:
        invalid(
            f"dans {JSON_MEMBER}, la clé « {shown(str(error))} » figure deux fois dans un même "
            "objet."
        )
    except RecursionError:
        invalid(f"{JSON_MEMBER} est imbriqué trop profondément.")
    except _NotJsonConstant as error:
        invalid(f"{JSON_MEMBER} contient « {error} », qui n'est pas une valeur JSON.")
    if not isinstance(document, dict):
        invalid(f"{JSON_MEMBER} doit contenir un objet JSON.")
    if document.get("format") != FORMAT_NAME:
        raise ValidationError(
            "Le fichier {source} n'est pas une archive IREV Desktop "
            "(format {found} au lieu de « {expected} »).",
            source=source,
            found=show(document.get("format")),
            expected=FORMAT_NAME,
        )
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        invalid(f"la version du format {show(version)} n'est pas un entier positif.")
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
            invalid(f"la clé « {shown(key)} » de {JSON_MEMBER} est inconnue.")
    for key in TOP_LEVEL_KEYS:
        if key not in document:
            invalid(f"la clé « {key} » manque dans {JSON_MEMBER}.")
    for key in ("exported_at", "program_version", "schema_revision"):
        if not isinstance(document[key], str):
            invalid(f"la clé « {key} » doit être une chaîne de caractères.")
    if not isinstance(document["tables"], dict):
        invalid("« tables » doit être un objet JSON : nom de table → liste de lignes.")
    return document


def open_zip(source: Path) -> zipfile.ZipFile:
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
