"""The attachment key of this database, for this session, and sealing attachments with it.

Every attachment is encrypted (:mod:`dsar_desk.vault`) with one key. The database keeps only what
is not secret, in the ``setting`` table:

* ``attachment_key_id``   the key's fingerprint (:func:`dsar_desk.vault.key_fingerprint`), also
                          written in each attachment's ``key_id``;
* ``attachment_key_salt`` (passphrase route only) the scrypt salt, base64.

The key itself lives in the OS keyring (:mod:`dsar_desk.secrets`), or, on a computer where no
keyring works, is derived from a passphrase asked once per session and held in memory only. It is
never written to a file or the database.

:func:`current_key` returns the key or raises :class:`KeyNeeded` saying what the clerk must do
(the UI and the CLI turn that into a dialog or a prompt). Where a keyring works and the database
has no key yet, the key is made at once and its recovery code is kept in memory until
:func:`take_recovery_code` hands it out, once, to be shown.
"""

from __future__ import annotations

import base64
import binascii
import threading

from dsar_desk import secrets, vault
from dsar_desk.domain.messages import msg
from dsar_desk.secrets import KeyStore, NoKeyringError, SecretStoreError
from dsar_desk.store.db import writing
from dsar_desk.store.models import Attachment, Setting
from dsar_desk.vault import VaultError

KEY_ID_SETTING = "attachment_key_id"
SALT_SETTING = "attachment_key_salt"

# Why a key is needed (KeyNeeded.need):
NEED_PASSPHRASE_SETUP = "passphrase-setup"  # no keyring, no key yet: choose a passphrase
NEED_PASSPHRASE = "passphrase"  # no keyring (or key not in it), passphrase route set up: ask it
NEED_RECOVERY_CODE = "recovery-code"  # the key is in no keyring here: enter the recovery code

_lock = threading.RLock()
_unlocked: dict[str, bytes] = {}  # fingerprint -> key, for this session only
_pending_code: str | None = None


class KeyNeeded(Exception):
    """The attachments need a key this session does not have. ``need`` says which route."""

    def __init__(self, need: str, message: str):
        super().__init__(message)
        self.need = need


# --------------------------------------------------------------------------- settings


def _get(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def _put(key: str, value: str) -> None:
    Setting.put(key, value)


def key_id() -> str | None:
    """The fingerprint of this database's attachment key, or None before the first attachment."""
    return _get(KEY_ID_SETTING)


def salt() -> bytes | None:
    value = _get(SALT_SETTING)
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise VaultError(msg("key.passphrase-salt-database-damaged",
                             "the passphrase salt in the database is damaged")) from None


def uses_passphrase() -> bool:
    return _get(SALT_SETTING) is not None


# --------------------------------------------------------------------------- session


def forget_keys() -> None:
    """Lock: forget every key held in memory (passphrase keys must then be asked again)."""
    global _pending_code
    with _lock:
        _unlocked.clear()
        _pending_code = None


def take_recovery_code() -> str | None:
    """The recovery code of a key made this session, once; None afterwards."""
    global _pending_code
    with _lock:
        code, _pending_code = _pending_code, None
        return code


def _secret_names(kid: str) -> tuple[str, str]:
    # The usual place, then one per key for a second database with another key (a teammate's).
    return secrets.ATTACHMENT_KEY, f"{secrets.ATTACHMENT_KEY}-{kid}"


def _from_keyring(kid: str) -> bytes | None:
    for name in _secret_names(kid):
        try:
            return KeyStore(kid, secret_name=name).load_key()
        except VaultError:  # none there, or another key
            continue
    return None


def _no_key_message(kid: str) -> KeyNeeded:
    if uses_passphrase():
        return KeyNeeded(NEED_PASSPHRASE, msg("key.attachments-are-locked-enter",
                                              "the attachments are locked: enter the passphrase of this database"))
    if not secrets.keyring_available():
        return KeyNeeded(
            NEED_RECOVERY_CODE,
            msg("key.attachments-database-were-encrypted",
                "{help}. The attachments of this database were encrypted with key {kid}: enter its recovery "
                "code to open them this session", help=secrets.NO_KEYRING_HELP, kid=kid),
        )
    return KeyNeeded(
        NEED_RECOVERY_CODE,
        msg("key.key-these-attachments-key",
            "the key of these attachments (key id {kid}) is not in this computer's keyring: enter its recovery code (shown when the key was made) to restore it",
            kid=kid),
    )


def key_for(kid: str) -> bytes:
    """The key with fingerprint ``kid`` (from memory or the keyring), or KeyNeeded."""
    with _lock:
        if kid in _unlocked:
            return _unlocked[kid]
        key = None
        try:
            key = _from_keyring(kid)
        except NoKeyringError:
            key = None
        except SecretStoreError:
            key = None
        if key is not None:
            _unlocked[kid] = key
            return key
        raise _no_key_message(kid)


def current_key() -> tuple[bytes, str]:
    """(key, fingerprint) to encrypt a new attachment with.

    Makes the key when the database has none yet and a keyring works (the recovery code then
    waits for :func:`take_recovery_code`); otherwise raises :class:`KeyNeeded`.
    """
    global _pending_code
    with _lock:
        kid = key_id()
        if kid:
            return key_for(kid), kid
        if not secrets.keyring_available():
            raise KeyNeeded(
                NEED_PASSPHRASE_SETUP,
                msg("key.attachments-are-encrypted-choose",
                    "{help}. Attachments are encrypted: choose a passphrase for them (asked once per session), "
                    "or install a keyring first", help=secrets.NO_KEYRING_HELP),
            )
        store = KeyStore()
        try:
            key = store.load_key()  # a key of this computer already (another database): reuse it
        except VaultError:
            _pending_code = store.create_key()
            key = store.load_key()
        kid = vault.key_fingerprint(key)
        with writing():
            _put(KEY_ID_SETTING, kid)
        _unlocked[kid] = key
        return key, kid


def setup_passphrase(passphrase: str) -> str:
    """No keyring: derive the key from a new passphrase; returns its recovery code (show once)."""
    global _pending_code
    with _lock:
        if key_id():
            raise VaultError(msg("key.database-has-attachment-key", "this database has an attachment key already"))
        if not passphrase or len(passphrase) < 10:
            raise VaultError(msg("key.passphrase-must-at-least",
                                 "the passphrase must be at least 10 characters long"))
        new_salt = vault.new_salt()
        key = vault.key_from_passphrase(passphrase, new_salt)
        kid = vault.key_fingerprint(key)
        with writing():
            _put(SALT_SETTING, base64.b64encode(new_salt).decode("ascii"))
            _put(KEY_ID_SETTING, kid)
        _unlocked[kid] = key
        _pending_code = None
        return vault.recovery_code(key)


def unlock_with_passphrase(passphrase: str) -> None:
    """Passphrase route: derive the key and hold it for this session (VaultError when wrong)."""
    with _lock:
        kid = key_id()
        the_salt = salt()
        if not kid or the_salt is None:
            raise VaultError(msg("key.database-has-no-passphrase",
                                 "this database has no passphrase for its attachments"))
        store = KeyStore(kid)
        key = store.unlock_with_passphrase(passphrase, the_salt)
        _unlocked[kid] = key


def restore_from_code(code: str) -> str:
    """Take the key back from its recovery code.

    Into the keyring when one works (kept for next time), else for this session only. Returns
    where it went: "keyring" or "session".
    """
    with _lock:
        kid = key_id()
        key = vault.key_from_recovery_code(code)
        found = vault.key_fingerprint(key)
        if kid and found != kid:
            raise VaultError(
                msg("key.recovery-code-another-key",
                    "this recovery code is of another key (key id {found}); these attachments need key {kid}",
                    found=found, kid=kid)
            )
        where = "session"
        if secrets.keyring_available():
            first, second = _secret_names(found)
            name = first if secrets.get_secret(first) is None else second
            KeyStore(found, secret_name=name).restore_from_code(code)
            where = "keyring"
        if not kid:
            with writing():
                _put(KEY_ID_SETTING, found)
        _unlocked[found] = key
        return where


def state() -> dict:
    """Where the key is, for the Security dialog and `dsar-desk check` (nothing secret)."""
    kid = key_id()
    with _lock:
        unlocked = bool(kid and kid in _unlocked)
    return {
        "keyring": secrets.backend_name(),
        "keyring_works": secrets.keyring_available(),
        "description": secrets.describe(),
        "key_id": kid,
        "passphrase": uses_passphrase(),
        "unlocked": unlocked,
    }


# --------------------------------------------------------------------------- attachments


class AttachmentPurged(LookupError):
    """The attachment's content was deleted (an ID copy past its retention)."""


def associated_data(case_id: int, sha256: str) -> bytes:
    """What an encrypted attachment is bound to: its case and its content's hash."""
    return f"dsar-desk attachment case={int(case_id)} sha256={sha256}".encode("ascii")


def seal(key: bytes, plaintext: bytes, case_id: int, sha256: str) -> bytes:
    return vault.encrypt(key, plaintext, associated_data(case_id, sha256))


def unseal(blob: bytes | None, kid: str, case_id: int, sha256: str) -> bytes:
    """The plaintext of a stored attachment; KeyNeeded when its key is not unlocked."""
    if blob is None:
        raise AttachmentPurged(msg("key.content-attachment-was-deleted",
                                   "the content of this attachment was deleted (purged)"))
    if not kid:  # stored before encryption came in; encrypt_plain_attachments() fixes that
        return bytes(blob)
    return vault.decrypt(key_for(kid), bytes(blob), associated_data(case_id, sha256))


def encrypt_plain_attachments() -> int:
    """Encrypt attachments stored before encryption came in (key_id ""); returns how many.

    Needs the key (KeyNeeded otherwise). Each one is rewritten in its own transaction.
    """
    ids = [a.id for a in Attachment.select(Attachment.id).where(
        (Attachment.key_id == "") & Attachment.data.is_null(False))]
    if not ids:
        return 0
    key, kid = current_key()
    for attachment_id in ids:
        with writing():
            row = Attachment.get_by_id(attachment_id)
            if row.key_id or row.data is None:
                continue
            row.data = seal(key, bytes(row.data), row.case_id, row.sha256)
            row.key_id = kid
            row.save()
    return len(ids)

