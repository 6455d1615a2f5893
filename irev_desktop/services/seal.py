"""Checking the seal of signed minutes: the digest of their content, the columns that
record the signature, and the attached files kept on disk.

``MeetingService.check_seal`` is the one entry point the rest of the program uses; the
seal itself (``meeting_reader.content_digest``) may be redone behind it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.domain import french
from irev_desktop.domain.enums import MeetingStatus
from irev_desktop.model.seal import ProblemKind, SealCheck, SealProblem, SealStatus
from irev_desktop.services.meeting_reader import SEAL_VERSION, content_digest
from irev_desktop.services.pieces import Pieces
from irev_desktop.services.seal_chain import CHAIN_SEAL_VERSION, check_chained, seal_of
from irev_desktop.services.seal_signature import shown_fingerprint

_CHUNK = 1024 * 1024


def is_sealed_clause() -> ColumnElement[bool]:
    """The meetings that are signed or carry any trace of a signature."""
    meeting = models.Meeting
    return or_(
        meeting.status == MeetingStatus.MINUTES_SIGNED,
        meeting.signed_digest.is_not(None),
        meeting.signed_at.is_not(None),
        meeting.seal_version.is_not(None),
    )


def sealed_meeting_ids(session: Session) -> list[int]:
    query = (
        select(models.Meeting.id)
        .where(is_sealed_clause())
        .order_by(models.Meeting.date, models.Meeting.id)
    )
    return list(session.scalars(query))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_seal(session: Session, meeting: models.Meeting, pieces: Pieces) -> SealCheck:
    signed = meeting.status is MeetingStatus.MINUTES_SIGNED
    digest = meeting.signed_digest
    traces = (digest, meeting.signed_at, meeting.seal_version)
    unsigned = SealCheck(
        meeting_id=meeting.id,
        meeting_date=meeting.date,
        status=SealStatus.NOT_SIGNED,
        digest=digest,
        signed_at=meeting.signed_at,
        seal_version=meeting.seal_version,
    )
    if not signed and all(t is None for t in traces):
        return unsigned
    problems = [SealProblem(ProblemKind.RECORD, r) for r in _record_problems(meeting)]
    version = meeting.seal_version or 1
    if version == CHAIN_SEAL_VERSION and (digest is not None or signed):
        findings = check_chained(session, meeting)
        problems.extend(SealProblem(ProblemKind.RECORD, r) for r in findings.record)
        problems.extend(SealProblem(ProblemKind.CONTENT, r) for r in findings.content)
        problems.extend(SealProblem(ProblemKind.CHAIN, r) for r in findings.chain)
        problems.extend(SealProblem(ProblemKind.SIGNATURE, r) for r in findings.signature)
        problems.extend(_attachment_problems(session, meeting.id, pieces))
        seal = seal_of(session, meeting.id)
        if seal is not None:
            unsigned = replace(
                unsigned,
                key_fingerprint=_key_fingerprint(session, seal),
                pdf_sha256=seal.pdf_sha256,
            )
            problems.extend(_pdf_problems(seal, meeting, pieces))
    elif digest is not None and 1 <= version < CHAIN_SEAL_VERSION:
        if content_digest(session, meeting, version) != digest:
            problems.append(
                SealProblem(
                    ProblemKind.CONTENT,
                    "Le procès-verbal signé a été modifié depuis sa signature : son contenu "
                    "ne correspond plus à l'empreinte enregistrée.",
                )
            )
        problems.extend(_attachment_problems(session, meeting.id, pieces))
    if any(p.kind is ProblemKind.RECORD for p in problems):
        status = SealStatus.INCONSISTENT
    elif problems:
        status = SealStatus.ALTERED
    else:
        status = SealStatus.OK
    return replace(unsigned, status=status, problems=tuple(problems))


def _key_fingerprint(session: Session, seal: models.Seal) -> str | None:
    if seal.signing_key_id is None or seal.signature is None:
        return None
    key = session.get(models.SigningKey, seal.signing_key_id)
    return shown_fingerprint(key.public_key) if key is not None else None


def _pdf_problems(seal: models.Seal, meeting: models.Meeting, pieces: Pieces) -> list[SealProblem]:
    if seal.pdf_sha256 is None:
        return []
    path = pieces.where(seal.pdf_sha256)
    day = french.format_date_long(meeting.date)
    try:
        actual = pieces.digest(seal.pdf_sha256)
    except OSError:
        return [
            SealProblem(
                ProblemKind.PDF,
                f"Le PDF du procès-verbal signé du {day} manque dans le dossier des pièces "
                f"jointes ({path}).",
            )
        ]
    if actual != seal.pdf_sha256:
        return [
            SealProblem(
                ProblemKind.PDF,
                f"Le PDF du procès-verbal signé du {day} a été remplacé ou modifié sur le "
                f"disque depuis la signature ({path}).",
            )
        ]
    return []


def _record_problems(meeting: models.Meeting) -> list[str]:
    """The signature columns against each other: un-signing by hand shows here."""
    signed = meeting.status is MeetingStatus.MINUTES_SIGNED
    found: list[str] = []
    if signed:
        if meeting.signed_digest is None:
            found.append("La séance est marquée signée mais aucune empreinte n'est enregistrée.")
        if meeting.signed_at is None:
            found.append("La séance est marquée signée mais la date de signature a été effacée.")
    else:
        if meeting.signed_digest is not None:
            signed_label = MeetingStatus.MINUTES_SIGNED.label
            found.append(
                "Une empreinte de signature est enregistrée mais la séance n'est plus au "
                f"statut « {signed_label} » (elle est « {meeting.status.label} ») : la "
                "signature a été retirée hors du programme."
            )
        elif meeting.signed_at is not None:
            day = french.format_date_long(meeting.signed_at.date())
            found.append(
                f"Une date de signature ({day}) est enregistrée mais la séance n'est pas signée."
            )
    version = meeting.seal_version
    if version is not None and not 1 <= version <= SEAL_VERSION:
        found.append(
            f"La version d'empreinte {version} est inconnue de ce programme "
            f"(versions connues : 1 à {SEAL_VERSION})."
        )
    if version is not None and meeting.signed_digest is None and not signed:
        found.append("Une version d'empreinte est enregistrée sans empreinte.")
    return found


def _attachment_problems(session: Session, meeting_id: int, pieces: Pieces) -> list[SealProblem]:
    problems: list[SealProblem] = []
    rows = session.execute(
        select(models.Attachment.original_name, models.Attachment.sha256, models.Attachment.size)
        .where(models.Attachment.meeting_id == meeting_id)
        .order_by(models.Attachment.id)
    )
    for name, sha256, _size in rows:
        path = pieces.where(sha256)
        try:
            actual = pieces.digest(sha256)
        except FileNotFoundError:
            problems.append(
                SealProblem(
                    ProblemKind.ATTACHMENT_MISSING,
                    f"La pièce jointe « {name} » manque dans le dossier des pièces jointes "
                    f"({path}).",
                )
            )
            continue
        except OSError as error:
            problems.append(
                SealProblem(
                    ProblemKind.ATTACHMENT_MISSING,
                    f"La pièce jointe « {name} » ne peut être lue ({path} : "
                    f"{error.strerror or error}).",
                )
            )
            continue
        if actual != sha256:
            problems.append(
                SealProblem(
                    ProblemKind.ATTACHMENT_CHANGED,
                    f"Le fichier de la pièce jointe « {name} » a été remplacé ou modifié sur "
                    f"le disque depuis son ajout ({path}).",
                )
            )
    return problems
