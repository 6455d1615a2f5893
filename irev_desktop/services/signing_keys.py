"""The organisation's signing keys: creating one, unlocking it to sign, and what this
computer's key folder says of the register (seals it signed that are gone, keys removed).

The public half of a key is in the register (table ``signing_key``); the private half in
the key folder (``services.key_folder``), never in the store: someone who has only the
store file cannot sign a seal again after changing what it covers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from irev_desktop.db import models
from irev_desktop.db.store import Store
from irev_desktop.domain import french
from irev_desktop.domain.errors import NotFoundError, ValidationError
from irev_desktop.model.signing import SigningKeyDTO
from irev_desktop.paths import keys_dir
from irev_desktop.services.base import ServiceBase
from irev_desktop.services.key_folder import KeyFolder, keyring_available
from irev_desktop.services.seal_chain import last_seal
from irev_desktop.services.seal_signature import public_hex, shown_fingerprint, sign, verifies

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class SealSigner:
    """An unlocked key, handed to the signature of minutes; nothing keeps it after."""

    key_id: int
    public_key: str
    private: Ed25519PrivateKey
    folder: KeyFolder

    def sign(self, digest: str) -> str:
        return sign(self.private, digest)

    def record(self, digest: str, sealed_at: dt.datetime, meeting_date: dt.date) -> None:
        self.folder.record_seal(self.public_key, digest, sealed_at, meeting_date)


def active_key_row(session: Session, organisation_id: int) -> models.SigningKey | None:
    query = select(models.SigningKey).where(
        models.SigningKey.organisation_id == organisation_id,
        models.SigningKey.retired_at.is_(None),
    )
    return session.scalars(query.order_by(models.SigningKey.id.desc()).limit(1)).first()


class KeyService(ServiceBase):
    def __init__(self, store: Store, folder: Path | None = None) -> None:
        super().__init__(store)
        self.folder = KeyFolder(folder or keys_dir())

    def _dto(self, row: models.SigningKey) -> SigningKeyDTO:
        local = self.folder.describe(row.public_key)
        return SigningKeyDTO(
            id=row.id,
            organisation_id=row.organisation_id,
            public_key=row.public_key,
            fingerprint=shown_fingerprint(row.public_key),
            created_at=row.created_at,
            retired_at=row.retired_at,
            on_this_computer=local is not None,
            protection=local.protection if local is not None else None,
        )

    @staticmethod
    def verifies(public_key: str, digest: str, signature: str) -> bool:
        """Whether ``signature`` is the key's signature of a seal's digest."""
        return verifies(public_key, digest, signature)

    @staticmethod
    def keyring_name() -> str:
        """The name of the keyring the system offers (« Keyring » of the « fail »
        backend when there is none)."""
        import keyring

        return type(keyring.get_keyring()).__name__

    @staticmethod
    def keyring_available() -> bool:
        """Whether the system offers a keyring to keep a new key in."""
        return keyring_available()

    def registered(self, organisation_id: int | None = None) -> list[SigningKeyDTO]:
        """The keys of the register (of one organisation), oldest first."""
        with self._store.reading() as session:
            query = select(models.SigningKey).order_by(models.SigningKey.id)
            if organisation_id is not None:
                query = query.where(models.SigningKey.organisation_id == organisation_id)
            return [self._dto(row) for row in session.scalars(query)]

    def active_key(self, organisation_id: int) -> SigningKeyDTO | None:
        with self._store.reading() as session:
            row = active_key_row(session, organisation_id)
            return self._dto(row) if row is not None else None

    def key_for_meeting(self, meeting_id: int) -> SigningKeyDTO | None:
        """The key that must sign the minutes of the meeting, if its organisation has one."""
        with self._store.reading() as session:
            meeting = self.get(session, models.Meeting, meeting_id)
            body = session.get_one(models.Body, meeting.body_id)
            row = active_key_row(session, body.organisation_id)
            return self._dto(row) if row is not None else None

    def create_key(self, organisation_id: int, passphrase: str | None) -> SigningKeyDTO:
        """A new key for the organisation, its private half encrypted with ``passphrase``
        (or kept by the system's keyring when None); the previous key is retired."""
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        with self._store.reading() as session:
            organisation = self.get(session, models.Organisation, organisation_id)
            name = organisation.name
        private = Ed25519PrivateKey.generate()
        public = public_hex(private)
        now = dt.datetime.now().replace(microsecond=0)
        self.folder.save_new(private, name, now, passphrase)
        try:
            with self._store.writing() as session:
                previous = active_key_row(session, organisation_id)
                if previous is not None:
                    previous.retired_at = now
                last = last_seal(session, organisation_id)
                row = models.SigningKey(
                    organisation_id=organisation_id,
                    public_key=public,
                    created_at=now,
                    after_seal_id=last.id if last is not None else None,
                )
                session.add(row)
                session.flush()
                self.audit(
                    session,
                    "signing_key.create",
                    "signing_key",
                    row.id,
                    after={"empreinte": shown_fingerprint(public)},
                )
                key_id = row.id
        except BaseException:
            self.folder.forget(public)
            raise
        return self._dto_by_id(key_id)

    def _dto_by_id(self, key_id: int) -> SigningKeyDTO:
        with self._store.reading() as session:
            row = session.get(models.SigningKey, key_id)
            if row is None:
                raise NotFoundError("La clé de signature n° {ident} n'existe pas.", ident=key_id)
            return self._dto(row)

    def unlock(self, key_id: int, passphrase: str | None = None) -> SealSigner:
        key = self._dto_by_id(key_id)
        private = self.folder.unlock(key.public_key, passphrase)
        return SealSigner(key.id, key.public_key, private, self.folder)

    def import_key(self, source: Path, passphrase: str) -> SigningKeyDTO:
        """Keep on this computer the private half of one of the register's keys, from the
        file (``.pem``) of another computer's key folder."""
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_KEY_FILE + 1)
        except OSError as error:
            raise ValidationError(
                "Le fichier {path} ne peut être lu ({reason}).",
                path=source,
                reason=error.strerror or str(error),
            ) from None
        if len(data) > MAX_KEY_FILE:
            raise ValidationError("Le fichier {path} n'est pas une clé de signature.", path=source)
        from irev_desktop.services.key_folder import load_pem

        public = public_hex(load_pem(data, passphrase))
        with self._store.reading() as session:
            row = session.scalars(
                select(models.SigningKey).where(models.SigningKey.public_key == public)
            ).first()
            if row is None:
                raise ValidationError(
                    "La clé {fingerprint} n'est pas une clé de signature de ce registre.",
                    fingerprint=shown_fingerprint(public),
                )
            organisation = session.get_one(models.Organisation, row.organisation_id).name
            key_id = row.id
        self.folder.import_pem(data, passphrase, organisation)
        return self._dto_by_id(key_id)

    def local_findings(self) -> list[str]:
        """What this computer's key folder says is missing from the register (French)."""
        found: list[str] = []
        with self._store.reading() as session:
            registered = {row.public_key: row for row in session.scalars(select(models.SigningKey))}
            organisations = set(session.scalars(select(models.Organisation.name)))
            digests = set(session.scalars(select(models.Seal.digest)))
            for local in self.folder.local_keys():
                shown = shown_fingerprint(local.public_key)
                row = registered.get(local.public_key)
                if row is None:
                    # Seals it signed are here (their digests), or its organisation is:
                    # a renamed organisation does not hide a key taken out of the register.
                    signed_here = any(
                        line.digest in digests for line in self.folder.journal(local.public_key)
                    )
                    if signed_here or local.organisation in organisations:
                        day = french.format_date_long(local.created_at.date())
                        found.append(
                            f"La clé de signature {shown}, créée sur cet ordinateur le {day} "
                            f"pour « {local.organisation} », n'est pas dans le registre : elle "
                            "en a été retirée hors du programme (ou ce registre n'est pas celui "
                            "où elle a été créée)."
                        )
                    continue
                sealed = set(
                    session.scalars(
                        select(models.Seal.digest).where(models.Seal.signing_key_id == row.id)
                    )
                )
                for line in self.folder.journal(local.public_key):
                    if line.digest not in sealed:
                        day = _day(line.meeting_date)
                        found.append(
                            f"Le sceau de la séance du {day}, signé sur cet ordinateur avec la "
                            f"clé {shown} (empreinte {line.digest[:16]}), n'est plus dans le "
                            "registre : la séance signée a été supprimée ou son sceau refait."
                        )
        return found


def _day(text: str) -> str:
    try:
        return french.format_date_long(dt.date.fromisoformat(text))
    except ValueError:
        return text
