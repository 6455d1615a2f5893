"""The Ed25519 signature of a seal: what is signed, and how a key is named.

A seal's signature covers the text ``irev-desktop seal 3`` and its digest (which already
covers what was signed and the previous link of the chain). A key is named by its
fingerprint: the SHA-256 of its 32 raw public bytes, shown as eight groups of four
hexadecimal digits (the first 128 bits), the way the PV prints it.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

SIGNED_PREFIX = b"irev-desktop seal 3\n"


def signed_message(digest: str) -> bytes:
    return SIGNED_PREFIX + digest.encode("ascii")


def fingerprint(public_key_hex: str) -> str:
    """The full fingerprint (64 hexadecimal digits) of a public key given in hex."""
    return hashlib.sha256(bytes.fromhex(public_key_hex)).hexdigest()


def shown_fingerprint(public_key_hex: str) -> str:
    """« 3F2A 9C01 … » : the first 128 bits of the fingerprint, upper case, by fours."""
    full = fingerprint(public_key_hex)[:32].upper()
    return " ".join(full[i : i + 4] for i in range(0, 32, 4))


def public_hex(private: Ed25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign(private: Ed25519PrivateKey, digest: str) -> str:
    return private.sign(signed_message(digest)).hex()


def verifies(public_key_hex: str, digest: str, signature_hex: str) -> bool:
    """Whether ``signature_hex`` is the signature of the seal ``digest`` by the key."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), signed_message(digest))
    except (InvalidSignature, ValueError):
        return False
    return True
