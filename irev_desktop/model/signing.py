"""The organisation's signing keys as the interface sees them, and what signs a seal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Protection(StrEnum):
    PASSPHRASE = "passphrase"
    KEYRING = "keyring"


@dataclass(frozen=True)
class SigningKeyDTO:
    id: int
    organisation_id: int
    public_key: str
    fingerprint: str  # as printed: « 3F2A 9C01 … »
    created_at: dt.datetime
    retired_at: dt.datetime | None
    on_this_computer: bool
    protection: Protection | None  # how this computer keeps the private half

    @property
    def active(self) -> bool:
        return self.retired_at is None


class Signer(Protocol):
    """An unlocked signing key (``KeyService.unlock``), handed to the signature of minutes."""

    @property
    def key_id(self) -> int: ...

    @property
    def public_key(self) -> str: ...

    def sign(self, digest: str) -> str:
        """The signature of a seal's digest, in hexadecimal."""
        ...

    def record(self, digest: str, sealed_at: dt.datetime, meeting_date: dt.date) -> None:
        """Write the seal in the key's journal, once it is stored."""
        ...
