"""Seal version 3: the minutes as signed (``services.snapshot``) and the chain of an
organisation's signatures.

The digest of a version 3 seal is the SHA-256 of the snapshot's canonical JSON, a line
feed, and the digest of the organisation's previous version 3 seal (in signing order:
the order of the ``seal`` rows), or nothing for the first one. Deleting, un-signing or
altering a signed meeting thus breaks the link its successor holds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.plain_rows import session_connection
from irev_desktop.domain import french
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.domain.errors import ValidationError
from irev_desktop.services import snapshot as snap
from irev_desktop.services.meeting_reader import (
    ROWS_SEAL_VERSION,
    content_digest,
    read_meeting_plain,
)
from irev_desktop.services.seal_signature import shown_fingerprint, verifies

if TYPE_CHECKING:
    from irev_desktop.model.signing import Signer

CHAIN_SEAL_VERSION = 3
BROKEN_LINK = "Le maillon précédent de la chaîne des signatures a été rompu"


def seal_digest(snapshot_text: str, previous_digest: str | None) -> str:
    """The digest of a version 3 seal (see the module's docstring)."""
    text = f"{snapshot_text}\n{previous_digest or ''}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def take_snapshot(session: Session, meeting: models.Meeting) -> str:
    """The canonical snapshot of ``meeting`` as ``session`` sees it (status, date of
    signature and all: call it once they are set)."""
    connection = session_connection(session)
    detail = read_meeting_plain(connection, meeting.id)
    rows = content_digest(session, meeting, ROWS_SEAL_VERSION)
    return snap.dumps(snap.Snapshot(detail, snap.civilities_plain(connection, detail), rows))


def organisation_of(session: Session, meeting: models.Meeting) -> int:
    body = session.get_one(models.Body, meeting.body_id)
    return body.organisation_id


def _organisation_seals() -> Any:
    return (
        select(models.Seal)
        .join(models.Meeting, models.Meeting.id == models.Seal.meeting_id)
        .join(models.Body, models.Body.id == models.Meeting.body_id)
    )


def last_seal(
    session: Session, organisation_id: int, before: int | None = None
) -> models.Seal | None:
    """The organisation's latest version 3 seal (before the seal ``before``)."""
    query = _organisation_seals().where(models.Body.organisation_id == organisation_id)
    if before is not None:
        query = query.where(models.Seal.id < before)
    return session.scalars(query.order_by(models.Seal.id.desc()).limit(1)).first()


def seal_meeting(session: Session, meeting: models.Meeting, signer: Signer | None = None) -> str:
    """Record the version 3 seal of ``meeting`` (signed, ``signed_at`` set) and return its
    digest, chained to the organisation's previous seal and signed by ``signer``, which
    must be the organisation's key in service when it has one."""
    from irev_desktop.services.signing_keys import active_key_row

    organisation_id = organisation_of(session, meeting)
    key = active_key_row(session, organisation_id)
    if key is not None and (signer is None or signer.key_id != key.id):
        raise ValidationError(
            "Cette organisation signe ses procès-verbaux avec sa clé {fingerprint} : "
            "déverrouillez-la pour signer.",
            fingerprint=shown_fingerprint(key.public_key),
        )
    if key is None and signer is not None:
        raise ValidationError("Cette clé de signature n'est plus en service.")
    previous = last_seal(session, organisation_id)
    text = take_snapshot(session, meeting)
    previous_digest = previous.digest if previous is not None else None
    digest = seal_digest(text, previous_digest)
    session.add(
        models.Seal(
            meeting_id=meeting.id,
            version=CHAIN_SEAL_VERSION,
            snapshot=text,
            digest=digest,
            previous_digest=previous_digest,
            sealed_at=meeting.signed_at or dt.datetime.now().replace(microsecond=0),
            signing_key_id=key.id if key is not None else None,
            signature=signer.sign(digest) if signer is not None else None,
        )
    )
    session.flush()
    return digest


def seal_of(session: Session, meeting_id: int) -> models.Seal | None:
    return session.scalars(select(models.Seal).where(models.Seal.meeting_id == meeting_id)).first()


def signed_snapshot(session: Session, meeting: models.Meeting) -> snap.Snapshot | None:
    """What was signed, for minutes signed under a version 3 seal that can be read back;
    None otherwise (the register is then the only source)."""
    if meeting.status is not MeetingStatus.MINUTES_SIGNED or meeting.seal_version != 3:
        return None
    seal = seal_of(session, meeting.id)
    if seal is None:
        return None
    try:
        return snap.loads(seal.snapshot)
    except snap.SnapshotError:
        return None


# Checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChainFindings:
    """The problems of a version 3 seal, by kind (French sentences)."""

    record: tuple[str, ...] = ()
    content: tuple[str, ...] = ()
    chain: tuple[str, ...] = ()
    signature: tuple[str, ...] = ()


def _record(meeting: models.Meeting, seal: models.Seal) -> list[str]:
    found = []
    if seal.version != CHAIN_SEAL_VERSION:
        found.append(
            f"Le sceau de la séance porte la version {seal.version}, et la séance la version "
            f"{CHAIN_SEAL_VERSION}."
        )
    if meeting.signed_digest is not None and meeting.signed_digest != seal.digest:
        found.append(
            "L'empreinte enregistrée sur la séance n'est pas celle de son sceau : l'une des "
            "deux a été modifiée hors du programme."
        )
    return found


def _content(session: Session, meeting: models.Meeting, seal: models.Seal) -> list[str]:
    if seal_digest(seal.snapshot, seal.previous_digest) != seal.digest:
        return [
            "Le contenu signé enregistré dans le sceau a été modifié : il ne correspond plus "
            "à l'empreinte du sceau."
        ]
    try:
        signed_rows = snap.rows_digest(seal.snapshot)
    except snap.SnapshotError as error:
        return [f"Le contenu signé enregistré dans le sceau est illisible ({error})."]
    # The rows' digest covers all that the minutes record of themselves: the snapshot is
    # decoded and compared, part by part, only to say what changed.
    if content_digest(session, meeting, ROWS_SEAL_VERSION) == signed_rows:
        return []
    try:
        signed = snap.loads(seal.snapshot)
    except snap.SnapshotError as error:
        return [f"Le contenu signé enregistré dans le sceau est illisible ({error})."]
    current = read_meeting_plain(session_connection(session), meeting.id)
    parts = snap.changed_parts(signed.meeting, current)
    detail = f" (modifié : {', '.join(parts)})" if parts else ""
    return [
        "Le procès-verbal signé a été modifié depuis sa signature : son contenu ne "
        f"correspond plus à ce qui a été signé{detail}."
    ]


def _intact(session: Session, seal: models.Seal) -> str | None:
    """Why the seal ``seal`` no longer holds, or None if it does (for its successor)."""
    meeting = session.get(models.Meeting, seal.meeting_id)
    if meeting is None:
        return "la séance signée qui le portait a été supprimée"
    day = french.format_date_long(meeting.date)
    if meeting.status is not MeetingStatus.MINUTES_SIGNED:
        return f"la signature de la séance du {day} a été retirée"
    if meeting.seal_version != CHAIN_SEAL_VERSION or _record(meeting, seal):
        return f"la signature de la séance du {day} a été modifiée hors du programme"
    if _content(session, meeting, seal):
        return f"la séance du {day}, signée avant celle-ci, a été modifiée depuis sa signature"
    return None


def _chain(session: Session, meeting: models.Meeting, seal: models.Seal) -> list[str]:
    previous = last_seal(session, organisation_of(session, meeting), before=seal.id)
    if previous is None and seal.previous_digest is None:
        return []
    if previous is None or previous.digest != seal.previous_digest:
        if seal.previous_digest is None:
            why = "un sceau a été inséré avant celui de cette séance"
        else:
            why = (
                "le sceau qui précédait celui de cette séance n'existe plus (une séance "
                "signée a été supprimée, ou son sceau effacé ou modifié)"
            )
        return [f"{BROKEN_LINK} : {why}."]
    why_previous = _intact(session, previous)
    return [] if why_previous is None else [f"{BROKEN_LINK} : {why_previous}."]


def check_chained(session: Session, meeting: models.Meeting) -> ChainFindings:
    """The problems of the version 3 seal of ``meeting``: its record, what was signed
    against the register today, and the link to the organisation's previous seal."""
    seal = seal_of(session, meeting.id)
    if seal is None:
        return ChainFindings(
            record=(
                "La séance porte une empreinte de version 3 mais son sceau (le contenu signé) "
                "n'est pas enregistré : il a été effacé hors du programme.",
            )
        )
    return ChainFindings(
        tuple(_record(meeting, seal)),
        tuple(_content(session, meeting, seal)),
        tuple(_chain(session, meeting, seal)),
        tuple(_signature(session, meeting, seal)),
    )


def _signature(session: Session, meeting: models.Meeting, seal: models.Seal) -> list[str]:
    """The seal's signature against the organisation's keys: a seal made again by someone
    without the private key has none, or a wrong one."""
    if seal.signing_key_id is not None:
        key = session.get(models.SigningKey, seal.signing_key_id)
        if key is None:
            return [
                "La clé de signature qui a signé ce sceau a été effacée du registre : la "
                "signature ne peut plus être vérifiée."
            ]
        shown = shown_fingerprint(key.public_key)
        if seal.signature is None or not verifies(key.public_key, seal.digest, seal.signature):
            return [
                f"La signature électronique du sceau (clé {shown}) n'est pas valide : le "
                "sceau a été refait, ou modifié, sans la clé privée de l'organisation."
            ]
        return []
    if seal.signature is not None:
        return ["Le sceau porte une signature électronique mais aucune clé n'y est associée."]
    organisation_id = organisation_of(session, meeting)
    signed_before = session.scalars(
        _organisation_seals()
        .where(
            models.Body.organisation_id == organisation_id,
            models.Seal.id < seal.id,
            models.Seal.signature.is_not(None),
        )
        .limit(1)
    ).first()
    if signed_before is not None:
        return [
            "Le sceau n'est pas signé alors qu'un sceau antérieur de l'organisation l'est : "
            "il a été refait hors du programme."
        ]
    keys = session.scalars(
        select(models.SigningKey)
        .where(models.SigningKey.organisation_id == organisation_id)
        .order_by(models.SigningKey.id)
    )
    for key in keys:
        if key.after_seal_id is None or key.after_seal_id < seal.id:
            day = french.format_date_long(key.created_at.date())
            return [
                "Le sceau n'est pas signé alors que l'organisation signe ses sceaux avec la "
                f"clé {shown_fingerprint(key.public_key)} depuis le {day} : il a été refait "
                "hors du programme."
            ]
    return []


# Archives ------------------------------------------------------------------------------


def chain_breaks(
    seals: Sequence[Mapping[str, Any]],
    meetings: Iterable[Mapping[str, Any]],
    bodies: Iterable[Mapping[str, Any]],
    keys: Iterable[Mapping[str, Any]] = (),
) -> list[str]:
    """What breaks the chains of an archive's rows (French, one line each): a seal whose
    digest is wrong, whose meeting is not signed under it, whose link is cut, or whose
    signature the organisation's key does not verify."""
    organisation = {b["id"]: b["organisation_id"] for b in bodies}
    public_keys = {k["id"]: k["public_key"] for k in keys}
    by_id = {m["id"]: m for m in meetings}
    last: dict[int, str] = {}
    found: list[str] = []

    def day(meeting: Mapping[str, Any]) -> str:
        date = meeting["date"]
        return french.format_date_long(date) if isinstance(date, dt.date) else str(date)

    sealed = {s["meeting_id"] for s in seals}
    for row in by_id.values():
        if row["seal_version"] == CHAIN_SEAL_VERSION and row["id"] not in sealed:
            found.append(f"la séance du {day(row)} est signée sans son sceau")
    for seal in sorted(seals, key=lambda s: s["id"]):
        meeting = by_id.get(seal["meeting_id"])
        if meeting is None:
            continue  # reported by the reference checks
        key = organisation.get(meeting["body_id"], -1)
        if seal_digest(seal["snapshot"], seal["previous_digest"]) != seal["digest"]:
            found.append(
                f"le sceau de la séance du {day(meeting)} ne correspond plus à son empreinte"
            )
        status = getattr(meeting["status"], "value", meeting["status"])
        if (
            status != MeetingStatus.MINUTES_SIGNED.value
            or meeting["signed_digest"] != seal["digest"]
            or meeting["seal_version"] != CHAIN_SEAL_VERSION
        ):
            found.append(f"la séance du {day(meeting)} n'est plus signée sous son sceau")
        if seal["previous_digest"] != last.get(key):
            found.append(f"le maillon qui précède la séance du {day(meeting)} a été rompu")
        signing_key = seal.get("signing_key_id")
        if signing_key is not None and not verifies(
            public_keys.get(signing_key, ""), seal["digest"], seal.get("signature") or ""
        ):
            found.append(
                f"la signature électronique du sceau de la séance du {day(meeting)} n'est pas "
                "valide"
            )
        last[key] = seal["digest"]
    return found
