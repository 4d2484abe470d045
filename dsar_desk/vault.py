"""Encryption of attachments at rest.

* Attachments are encrypted with AES-256-GCM. An encrypted blob is ``b"DSV1"`` + a random 12-byte
  nonce + the AES-GCM ciphertext with its 16-byte tag. ``associated`` data (e.g. the attachment
  id) is authenticated but not stored: a blob only decrypts with the same associated data, so an
  encrypted file cannot be swapped for another one.
* The key (32 random bytes) normally lives in the OS keyring (see :mod:`dsar_desk.secrets`). The
  clerk is shown a *recovery code* once: the key in base32, in groups of four, with a check group
  at the end so a typo is caught when the code is typed back in.
* Without a keyring the key is derived from a passphrase with scrypt (n=2**15, r=8, p=1, 32-byte
  output; about 32 MiB of memory), using a random 16-byte salt that is not secret and is stored by
  the caller. The passphrase is normalised to Unicode NFC first, so the same passphrase typed on
  different systems gives the same key.

Error messages (:class:`VaultError`) never contain key material or plaintext.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from dsar_desk.domain.messages import msg

__all__ = [
    "KEY_BYTES",
    "SALT_BYTES",
    "VaultError",
    "decrypt",
    "encrypt",
    "key_fingerprint",
    "key_from_passphrase",
    "key_from_recovery_code",
    "new_key",
    "new_salt",
    "recovery_code",
]

KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
MAGIC = b"DSV1"

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024  # n * r * 128 = 32 MiB, plus headroom

_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})
_GROUP = 4
_KEY_CHARS = 52  # 256 bits in base32, without "=" padding (the last character carries 1 bit)
_CHECK_CHARS = 4  # 20 bits: a random typo goes unnoticed about once in a million
_CODE_CHARS = _KEY_CHARS + _CHECK_CHARS


class VaultError(Exception):
    """Encryption or key handling failed. The message is plain and holds no secret."""


def _require_key(key: bytes) -> None:
    if not isinstance(key, (bytes, bytearray)) or len(key) != KEY_BYTES:
        raise VaultError(msg("vault.key-must-bytes", "the key must be {size} bytes", size=KEY_BYTES))


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def encrypt(key: bytes, plaintext: bytes, associated: bytes = b"") -> bytes:
    """``b"DSV1"`` + nonce + AES-GCM(plaintext), bound to ``associated``."""
    _require_key(key)
    nonce = os.urandom(NONCE_BYTES)
    try:
        sealed = AESGCM(bytes(key)).encrypt(nonce, bytes(plaintext), bytes(associated) or None)
    except OverflowError:
        raise VaultError(msg("vault.file-too-large-encrypt", "the file is too large to encrypt (the limit is 2 GiB)")) from None
    return MAGIC + nonce + sealed


def decrypt(key: bytes, blob: bytes, associated: bytes = b"") -> bytes:
    _require_key(key)
    blob = bytes(blob)
    if not blob.startswith(MAGIC):
        raise VaultError(msg("vault.dsar-desk-encrypted-file", "not a DSAR Desk encrypted file (unknown header)"))
    if len(blob) < len(MAGIC) + NONCE_BYTES + TAG_BYTES:
        raise VaultError(msg("vault.damaged-data-encrypted-file", "damaged data: the encrypted file is too short"))
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    sealed = blob[len(MAGIC) + NONCE_BYTES :]
    try:
        return AESGCM(bytes(key)).decrypt(nonce, sealed, bytes(associated) or None)
    except InvalidTag:
        raise VaultError(msg("vault.wrong-key-damaged-data", "wrong key or damaged data")) from None


# --------------------------------------------------------------------------- recovery code


def _code_check(key: bytes) -> str:
    digest = hashlib.sha256(b"dsar-desk recovery code" + bytes(key)).digest()
    return base64.b32encode(digest[:5]).decode("ascii")[:_CHECK_CHARS]


def _group(chars: str) -> str:
    return "-".join(chars[i : i + _GROUP] for i in range(0, len(chars), _GROUP))


def recovery_code(key: bytes) -> str:
    """The key as base32 in groups of four, then a check group: 14 groups of 4, e.g.
    ``ABCD-EFGH-...-WXYZ``. Show it to the clerk once; it is the key itself."""
    _require_key(key)
    body = base64.b32encode(bytes(key)).decode("ascii").rstrip("=")
    return _group(body + _code_check(key))


def _decode_body(body: str) -> bytes | None:
    """The key from 52 base32 characters, or None if they do not spell one exactly."""
    key = base64.b32decode(body + "====")
    # The last character carries one bit of the key and four zero bits; reject anything else.
    if base64.b32encode(key).decode("ascii").rstrip("=") != body:
        return None
    return key


def _locate_typo(body: str, check: str) -> str:
    """Where a single mistyped character probably is, as words, or '' when unclear."""
    key = _decode_body(body)
    if key is not None:
        expected = _code_check(key)
        if sum(a != b for a, b in zip(expected, check)) == 1:
            return f" (probably in group {_CODE_CHARS // _GROUP}, the last one)"
    # Try every single-character change of the key part; report the group if only one fits.
    values = [_B32_ALPHABET.index(c) for c in body]
    number = 0
    for v in values:
        number = (number << 5) | v
    places = set()
    for index, old in enumerate(values):
        shift = 5 * (len(values) - 1 - index)
        for new in range(32):
            if new == old:
                continue
            candidate = number ^ ((old ^ new) << shift)
            if candidate & 0xF:  # the four unused bits of the last character must be zero
                continue
            key = (candidate >> 4).to_bytes(KEY_BYTES, "big")
            if hmac.compare_digest(_code_check(key), check):
                places.add(index // _GROUP + 1)
        if len(places) > 1:
            return ""
    if len(places) == 1:
        return f" (probably in group {places.pop()})"
    return ""


def key_from_recovery_code(code: str) -> bytes:
    """The key back from a recovery code.

    Tolerates lowercase, spaces, dashes and the digits 0, 1 and 8 typed for the letters O, I and
    B (base32 has no 0, 1 or 8). A typo raises :class:`VaultError` naming the problem.
    """
    if not isinstance(code, str):
        raise VaultError(msg("vault.recovery-code-must-text", "the recovery code must be text"))
    chars = "".join(c for c in code.upper() if not c.isspace() and c not in "-‐‑–—_")
    chars = chars.translate(_CONFUSABLE)
    for position, ch in enumerate(chars, start=1):
        if ch not in _B32_ALPHABET:
            raise VaultError(
                msg("vault.recovery-code-contains-character",
                    "the recovery code contains {ch!r} (character {position}, not counting dashes); recovery codes only use the letters A-Z and the digits 2-7",
                    ch=ch, position=position)
            )
    if len(chars) != _CODE_CHARS:
        groups = _CODE_CHARS // _GROUP
        raise VaultError(
            msg("vault.recovery-code-has-letters",
                "the recovery code has {count} letters and digits; it should have {expected} ({groups} groups of "
                "{size}); check for a missing or doubled group",
                count=len(chars), expected=_CODE_CHARS, groups=groups, size=_GROUP)
        )
    body, check = chars[:_KEY_CHARS], chars[_KEY_CHARS:]
    key = _decode_body(body)
    if key is None or not hmac.compare_digest(_code_check(key), check):
        raise VaultError(
            "the recovery code has a typo: its check group does not match"
            + _locate_typo(body, check)
            + "; compare each group with the printed code"
        )
    return key


# --------------------------------------------------------------------------- passphrase


def key_from_passphrase(passphrase: str, salt: bytes) -> bytes:
    """A 32-byte key from a passphrase: scrypt(NFC(passphrase), salt, n=2**15, r=8, p=1)."""
    if not isinstance(passphrase, str) or not passphrase:
        raise VaultError(msg("vault.passphrase-empty", "the passphrase is empty"))
    if not isinstance(salt, (bytes, bytearray)) or len(salt) < 8:
        raise VaultError(msg("vault.passphrase-salt-missing-too", "the passphrase salt is missing or too short"))
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(
        secret,
        salt=bytes(salt),
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=_SCRYPT_MAXMEM,
        dklen=KEY_BYTES,
    )


def key_fingerprint(key: bytes) -> str:
    """A short, non-secret id of a key (8 hex digits) to tell which key encrypted what."""
    _require_key(key)
    return hashlib.sha256(b"dsar-desk key id" + bytes(key)).hexdigest()[:8]
