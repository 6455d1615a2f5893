"""The state of the seal of signed minutes, as ``MeetingService.check_seal`` reports it:
a status, and the problems found, each a French sentence fit to show as is."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class SealStatus(StrEnum):
    OK = "ok"
    ALTERED = "altered"
    NOT_SIGNED = "not_signed"
    INCONSISTENT = "inconsistent"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    SealStatus.OK: "conforme",
    SealStatus.ALTERED: "altéré",
    SealStatus.NOT_SIGNED: "non signé",
    SealStatus.INCONSISTENT: "incohérent",
}


class ProblemKind(StrEnum):
    """What a problem concerns, so that a summary can count them."""

    CONTENT = "content"  # the digest of the recorded content no longer matches
    RECORD = "record"  # the signature columns contradict each other
    ATTACHMENT_MISSING = "attachment_missing"
    ATTACHMENT_CHANGED = "attachment_changed"
    CHAIN = "chain"  # the link to the previous signature (seal version 3) is broken
    SIGNATURE = "signature"  # the organisation's key did not sign this seal
    PDF = "pdf"  # the PDF kept of the signed minutes is missing or changed


@dataclass(frozen=True)
class SealProblem:
    kind: ProblemKind
    reason: str  # French, fit to show as is


@dataclass(frozen=True)
class SealCheck:
    """The state of a meeting's seal. ``reasons`` are French sentences, one per problem."""

    meeting_id: int
    meeting_date: dt.date
    status: SealStatus
    problems: tuple[SealProblem, ...] = ()
    digest: str | None = None
    signed_at: dt.datetime | None = None
    seal_version: int | None = None
    key_fingerprint: str | None = None  # of the key that signed the seal, as printed
    pdf_sha256: str | None = None  # of the PDF kept of the signed minutes

    @property
    def failed(self) -> bool:
        """The meeting claims (or claimed) a signature that no longer holds."""
        return self.status in (SealStatus.ALTERED, SealStatus.INCONSISTENT)

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(p.reason for p in self.problems)

    @property
    def short_digest(self) -> str:
        return (self.digest or "")[:16]
