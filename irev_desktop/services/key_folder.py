"""The private halves of the organisation's signing keys, kept outside the store.

One folder (``paths.keys_dir``) holds, per key, a description (``<name>.json``), the
private key encrypted with a passphrase (``<name>.pem``, PKCS #8) unless the operating
system's keyring keeps it, and a journal of the seals it signed (``<name>.journal``):
``verify`` reads the journal to see a signed meeting deleted from the store, even the
last one, which the chain alone cannot show.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from irev_desktop.domain.errors import ValidationError
from irev_desktop.model.signing import Protection
from irev_desktop.services.seal_signature import fingerprint, public_hex, shown_fingerprint

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

KEYRING_SERVICE = "IREV Desktop — clés de signature"
MIN_PASSPHRASE = 10


@dataclass(frozen=True)
class LocalKey:
    """What this computer knows of one of its signing keys."""

    public_key: str  # 32 bytes, hex
    organisation: str  # the organisation's name when the key was created
    created_at: dt.datetime
    protection: Protection


@dataclass(frozen=True)
class JournalLine:
    digest: str
    sealed_at: str
    meeting_date: str


def keyring_available() -> bool:
    """Whether the operating system offers a keyring this program can write to."""
    try:
        import keyring

        return float(keyring.get_keyring().priority) > 0
    except Exception:  # any backend failure means « not available »
        return False


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "La phrase secrète doit compter au moins {count} caractères.", count=MIN_PASSPHRASE
        )


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` readable by its owner only, whole or not at all."""
    temporary = path.with_name(path.name + ".partiel")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


class KeyFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, public_key: str, suffix: str) -> Path:
        return self.folder / f"{fingerprint(public_key)[:32]}{suffix}"

    # Reading -------------------------------------------------------------------------
    def describe(self, public_key: str) -> LocalKey | None:
        try:
            data = json.loads(self._path(public_key, ".json").read_text(encoding="utf-8"))
            return _local_key(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def local_keys(self) -> list[LocalKey]:
        found = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            try:
                found.append(_local_key(json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError):
                continue  # not one of ours
        return found

    def journal(self, public_key: str) -> list[JournalLine]:
        try:
            text = self._path(public_key, ".journal").read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        lines = []
        for line in text.splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                lines.append(JournalLine(*parts))
        return lines

    # Creating and unlocking -----------------------------------------------------------
    def save_new(
        self,
        private: Ed25519PrivateKey,
        organisation: str,
        created_at: dt.datetime,
        passphrase: str | None,
    ) -> LocalKey:
        """Keep ``private``: encrypted with ``passphrase``, or in the keyring if None."""
        from cryptography.hazmat.primitives import serialization as ser

        public = public_hex(private)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if passphrase is None:
            raw = private.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
            try:
                import keyring

                keyring.set_password(KEYRING_SERVICE, fingerprint(public), raw.hex())
            except Exception as error:
                raise ValidationError(
                    "Le trousseau du système n'a pas pu garder la clé ({reason}) : protégez-la "
                    "plutôt par une phrase secrète.",
                    reason=str(error) or type(error).__name__,
                ) from None
            protection = Protection.KEYRING
        else:
            check_passphrase(passphrase)
            encryption = ser.BestAvailableEncryption(passphrase.encode("utf-8"))
            pem = private.private_bytes(ser.Encoding.PEM, ser.PrivateFormat.PKCS8, encryption)
            _write_private(self._path(public, ".pem"), pem)
            protection = Protection.PASSPHRASE
        return self._describe(LocalKey(public, organisation, created_at, protection))

    def forget(self, public_key: str) -> None:
        """Remove a key that never reached the store (its creation failed)."""
        for suffix in (".json", ".pem", ".journal"):
            self._path(public_key, suffix).unlink(missing_ok=True)
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, fingerprint(public_key))
        except Exception:  # nothing kept there, or no keyring at all
            pass

    def unlock(self, public_key: str, passphrase: str | None) -> Ed25519PrivateKey:
        local = self.describe(public_key)
        shown = shown_fingerprint(public_key)
        if local is None:
            raise ValidationError(
                "La clé de signature {fingerprint} de l'organisation n'est pas sur cet "
                "ordinateur ({folder}) : signez depuis l'ordinateur qui la garde, ou importez "
                "son fichier (irev-desktop key import).",
                fingerprint=shown,
                folder=self.folder,
            )
        if local.protection is Protection.KEYRING:
            private = self._from_keyring(public_key)
        else:
            private = self._from_pem(public_key, passphrase)
        if public_hex(private) != public_key:
            raise ValidationError(
                "La clé privée gardée pour {fingerprint} ne correspond pas à la clé publique "
                "du registre : elle a été remplacée.",
                fingerprint=shown,
            )
        return private

    def _from_keyring(self, public_key: str) -> Ed25519PrivateKey:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            import keyring

            raw = keyring.get_password(KEYRING_SERVICE, fingerprint(public_key))
        except Exception as error:
            raise ValidationError(
                "Le trousseau du système ne répond pas ({reason}) : la clé de signature ne "
                "peut être lue.",
                reason=str(error) or type(error).__name__,
            ) from None
        if raw is None:
            raise ValidationError(
                "La clé de signature {fingerprint} n'est plus dans le trousseau du système.",
                fingerprint=shown_fingerprint(public_key),
            )
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw))

    def _from_pem(self, public_key: str, passphrase: str | None) -> Ed25519PrivateKey:
        try:
            data = self._path(public_key, ".pem").read_bytes()
        except OSError as error:
            raise ValidationError(
                "Le fichier de la clé de signature ne peut être lu ({reason}).",
                reason=error.strerror or str(error),
            ) from None
        return load_pem(data, passphrase)

    def import_pem(self, data: bytes, passphrase: str, organisation: str) -> LocalKey:
        """Keep a key file exported from another computer (same passphrase)."""
        private = load_pem(data, passphrase)
        public = public_hex(private)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        _write_private(self._path(public, ".pem"), data)
        local = LocalKey(
            public, organisation, dt.datetime.now().replace(microsecond=0), Protection.PASSPHRASE
        )
        return self._describe(local)

    def _describe(self, local: LocalKey) -> LocalKey:
        """Write the key's description (``<name>.json``), readable by its owner only."""
        description = {
            "public_key": local.public_key,
            "fingerprint": shown_fingerprint(local.public_key),
            "organisation": local.organisation,
            "created_at": local.created_at.isoformat(),
            "protection": local.protection.value,
        }
        text = json.dumps(description, ensure_ascii=False, indent=2)
        _write_private(self._path(local.public_key, ".json"), text.encode("utf-8"))
        return local

    def pem_path(self, public_key: str) -> Path:
        return self._path(public_key, ".pem")

    # The journal -----------------------------------------------------------------------
    def record_seal(
        self, public_key: str, digest: str, sealed_at: dt.datetime, meeting_date: dt.date
    ) -> None:
        line = f"{digest}\t{sealed_at.isoformat()}\t{meeting_date.isoformat()}\n"
        path = self._path(public_key, ".journal")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())


def load_pem(data: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    if not passphrase:
        raise ValidationError("Saisissez la phrase secrète de la clé de signature.")
    try:
        private = load_pem_private_key(data, password=passphrase.encode("utf-8"))
    except (ValueError, TypeError):
        raise ValidationError(
            "La phrase secrète de la clé de signature est incorrecte, ou le fichier n'est "
            "pas une clé de signature."
        ) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise ValidationError("Ce fichier n'est pas une clé de signature Ed25519.")
    return private


def _local_key(data: dict[str, Any]) -> LocalKey:
    return LocalKey(
        public_key=str(data["public_key"]),
        organisation=str(data["organisation"]),
        created_at=dt.datetime.fromisoformat(str(data["created_at"])),
        protection=Protection(data["protection"]),
    )
