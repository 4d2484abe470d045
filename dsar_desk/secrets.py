"""Secrets in the OS keyring, and the attachment key.

A small interface over :mod:`keyring`: every secret of DSAR Desk is stored under the service
``"dsar-desk"`` with a name such as ``"attachment-key"``, ``"mail-password:<account>"`` or
``"team-db-password:<profile>"``.

When no keyring works (keyring's ``fail`` backend, the ``null`` backend that keyring.disable()
configures, a chainer with nothing to chain, a locked or refusing keyring) the functions raise
:class:`NoKeyringError` with a plain message saying what to do. Any other keyring failure is a
:class:`SecretStoreError`. Neither message ever contains a secret value.

:class:`KeyStore` keeps the attachment key (see :mod:`dsar_desk.vault`): in the keyring, or, on
a computer without a working keyring, derived from a passphrase and held in memory for this
session only. No key is ever written to a file.
"""

from __future__ import annotations

import base64
import binascii

from dsar_desk import vault
from dsar_desk.domain.messages import msg
from dsar_desk.vault import VaultError


def _keyring():
    """The keyring package, imported when a secret is first read or written (its backends take
    about 0.1 s to load), not when the app starts."""
    import keyring
    import keyring.errors

    return keyring

__all__ = [
    "ATTACHMENT_KEY",
    "SERVICE",
    "KeyStore",
    "NoKeyringError",
    "SecretStoreError",
    "backend_name",
    "delete_secret",
    "describe",
    "get_secret",
    "keyring_available",
    "set_secret",
]

SERVICE = "dsar-desk"
ATTACHMENT_KEY = "attachment-key"
_PROBE_NAME = "availability-probe"
_KEY_PREFIX = "dsar-desk-key-v1:"

WHAT_TO_DO = (
    "on Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. "
    "`sudo apt install gnome-keyring`), then log out and in again; or use a passphrase instead"
)
NO_KEYRING_HELP = msg("keyring.none", "no keyring works on this computer; on Linux, install and unlock a Secret "
                      "Service (GNOME Keyring or KWallet, e.g. `sudo apt install gnome-keyring`), then log out and in "
                      "again; or use a passphrase instead")


class SecretStoreError(Exception):
    """The keyring failed. The message is plain and never contains the secret."""


class NoKeyringError(SecretStoreError):
    """No keyring works on this computer (or it is locked). The message says what to do."""

    def __init__(self, message: str = NO_KEYRING_HELP):
        super().__init__(message)


# --------------------------------------------------------------------------- backends

_FRIENDLY_NAMES = {
    "keyring.backends.SecretService.Keyring": "SecretService Keyring",
    "keyring.backends.libsecret.Keyring": "libsecret Keyring",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet 4",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Locker",
    "keyring.backends.fail.Keyring": "none",
    "keyring.backends.null.Keyring": "none (keyring disabled)",
}

_NOT_WORKING = {"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"}


def _class_path(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _chained(backend: object) -> list | None:
    """The backends a chainer would use, or None when ``backend`` is not a chainer."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return list(backend.backends)
    return None


def _name_of(backend: object) -> str:
    path = _class_path(backend)
    if path in _FRIENDLY_NAMES:
        return _FRIENDLY_NAMES[path]
    chained = _chained(backend)
    if chained is not None:
        if not chained:
            return "none"
        return " + ".join(_name_of(b) for b in chained)
    try:
        return str(type(backend).name)
    except Exception:  # noqa: BLE001 - a third-party backend with a broken name
        return type(backend).__name__


def _backend():
    try:
        return _keyring().get_keyring()
    except Exception:  # noqa: BLE001 - broken keyring configuration
        raise NoKeyringError() from None


def _usable(backend: object) -> bool:
    """Whether the backend could store anything at all (without asking it)."""
    if _class_path(backend) in _NOT_WORKING:
        return False
    chained = _chained(backend)
    if chained is not None:
        return any(_usable(b) for b in chained)
    return True


def backend_name() -> str:
    """Plain name of the keyring in use, e.g. "SecretService Keyring"; "none" when none."""
    try:
        return _name_of(_backend())
    except NoKeyringError:
        return "none"


def keyring_available() -> bool:
    """Whether a keyring works: a usable backend that answers a harmless read."""
    try:
        backend = _backend()
    except NoKeyringError:
        return False
    if not _usable(backend):
        return False
    try:
        backend.get_password(SERVICE, _PROBE_NAME)
    except Exception:  # noqa: BLE001 - any failure of the probe means "does not work"
        return False
    return True


# --------------------------------------------------------------------------- errors


def _redacted(text: str, secret: str | None) -> str:
    if secret:
        text = text.replace(secret, "***")
    return text


def _wrap(exc: BaseException, action: str, name: str, secret: str | None = None) -> SecretStoreError:
    """A plain error for a keyring failure, with ``secret`` never in it."""
    where = f"the keyring ({backend_name()})"
    if isinstance(exc, _keyring().errors.NoKeyringError):
        return NoKeyringError()
    if isinstance(exc, _keyring().errors.KeyringLocked):
        return NoKeyringError(
            msg("keyring.locked-refused-access-so",
                "{where} is locked or refused access, so {name!r} could not be {action}; unlock it (log in again or open the keyring app) and retry, or use a passphrase instead",
                where=where, name=name, action=action)
        )
    if isinstance(exc, _keyring().errors.InitError):
        return NoKeyringError(
            f"{where} could not be opened, so {name!r} could not be {action}; " + NO_KEYRING_HELP
        )
    detail = _redacted(str(exc), secret).strip()
    if secret and secret in detail:  # pragma: no cover - _redacted removed it
        detail = ""
    reason = type(exc).__name__ + (f": {detail}" if detail else "")
    return SecretStoreError(msg("keyring.could", "{name!r} could not be {action} in {where} ({reason})",
                                name=name, action=action, where=where, reason=reason))


def _working_backend():
    backend = _backend()
    if not _usable(backend):
        raise NoKeyringError()
    return backend


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not name:
        raise ValueError("a secret needs a name")


# --------------------------------------------------------------------------- secrets


def get_secret(name: str) -> str | None:
    """The secret stored as ``name``, or None when there is none."""
    _check_name(name)
    backend = _working_backend()
    try:
        return backend.get_password(SERVICE, name)
    except Exception as exc:  # noqa: BLE001 - wrapped, never re-raised with details
        raise _wrap(exc, "read", name) from None


def set_secret(name: str, value: str) -> None:
    _check_name(name)
    if not isinstance(value, str):
        raise TypeError("a secret value must be text")
    backend = _working_backend()
    try:
        backend.set_password(SERVICE, name, value)
    except Exception as exc:  # noqa: BLE001
        raise _wrap(exc, "saved", name, secret=value) from None


def delete_secret(name: str) -> None:
    """Remove the secret ``name``; nothing happens when there is none."""
    _check_name(name)
    backend = _working_backend()
    try:
        if backend.get_password(SERVICE, name) is None:
            return
        backend.delete_password(SERVICE, name)
    except _keyring().errors.PasswordDeleteError as exc:
        try:
            gone = backend.get_password(SERVICE, name) is None
        except Exception:  # noqa: BLE001
            gone = False
        if not gone:
            raise _wrap(exc, "deleted", name) from None
    except Exception as exc:  # noqa: BLE001
        raise _wrap(exc, "deleted", name) from None


def describe() -> str:
    """One line for `dsar-desk check` and the settings screen."""
    if keyring_available():
        return f"keyring: {backend_name()}"
    name = backend_name()
    if name.startswith("none"):
        return f"keyring: none works — {WHAT_TO_DO}"
    return f"keyring: {name} does not work (locked or not running) — {WHAT_TO_DO}"


# --------------------------------------------------------------------------- attachment key


def _encode_key(key: bytes) -> str:
    return _KEY_PREFIX + base64.b64encode(key).decode("ascii")


def _decode_key(stored: str) -> bytes:
    if not stored.startswith(_KEY_PREFIX):
        raise VaultError(msg("keyring.attachment-key-keyring-damaged",
                             "the attachment key in the keyring is damaged (unknown format)"))
    try:
        key = base64.b64decode(stored[len(_KEY_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise VaultError(msg("keyring.attachment-key-keyring-damaged-3",
                             "the attachment key in the keyring is damaged")) from None
    if len(key) != vault.KEY_BYTES:
        raise VaultError(msg("keyring.attachment-key-keyring-damaged-2",
                             "the attachment key in the keyring is damaged (wrong length)"))
    return key


class KeyStore:
    """The attachment key: in the keyring, or from a passphrase for this session only.

    ``key_id_hint`` is the fingerprint (:func:`dsar_desk.vault.key_fingerprint`) of the key the
    attachments were encrypted with, as the caller stored it. When given, a key that does not
    have this fingerprint is refused with a plain :class:`VaultError` (a wrong passphrase, a
    recovery code of another key, another database's key in the keyring) instead of failing
    later on every attachment.
    """

    def __init__(self, key_id_hint: str | None = None, *, secret_name: str = ATTACHMENT_KEY):
        self.key_id_hint = (key_id_hint or "").strip().lower() or None
        self.secret_name = secret_name
        self._session_key: bytes | None = None

    # -- state

    def has_key(self) -> bool:
        """A key is stored in the keyring, or was unlocked by passphrase this session.

        False (not an error) when no keyring works; :meth:`load_key` says why.
        """
        if self._session_key is not None:
            return True
        try:
            return get_secret(self.secret_name) is not None
        except NoKeyringError:
            return False

    @property
    def unlocked_by_passphrase(self) -> bool:
        return self._session_key is not None

    def _check_hint(self, key: bytes, source: str) -> None:
        if self.key_id_hint is None:
            return
        found = vault.key_fingerprint(key)
        if found != self.key_id_hint:
            raise VaultError(
                msg("keyring.one-these-attachments-were",
                    "{source} is not the one these attachments were encrypted with (key id {found}, expected {key_id_hint})",
                    source=source, found=found, key_id_hint=self.key_id_hint)
            )

    # -- keyring route

    def create_key(self, *, replace: bool = False) -> str:
        """Make a new key, store it in the keyring and return its recovery code (show it ONCE).

        Refuses to overwrite a key already in the keyring unless ``replace`` is True: the
        attachments encrypted with it would be lost.
        """
        if not replace and get_secret(self.secret_name) is not None:
            raise VaultError(
                msg("keyring.there-already-attachment-key",
                    "there is already an attachment key in the keyring; making a new one would make the attachments encrypted with it unreadable")
            )
        key = vault.new_key()
        set_secret(self.secret_name, _encode_key(key))
        self.key_id_hint = vault.key_fingerprint(key)
        return vault.recovery_code(key)

    def load_key(self) -> bytes:
        """The key: unlocked by passphrase this session, else from the keyring.

        Raises NoKeyringError when no keyring works (and no passphrase was given), VaultError("no
        key yet") when the keyring holds none.
        """
        if self._session_key is not None:
            return self._session_key
        stored = get_secret(self.secret_name)
        if stored is None:
            raise VaultError(msg("keyring.no-key-yet", "no key yet"))
        key = _decode_key(stored)
        self._check_hint(key, "the attachment key in the keyring")
        return key

    def restore_from_code(self, code: str) -> None:
        """Store the key of a recovery code in the keyring (e.g. on a new computer)."""
        key = vault.key_from_recovery_code(code)
        self._check_hint(key, "the key of this recovery code")
        set_secret(self.secret_name, _encode_key(key))

    def key_id(self) -> str:
        """The fingerprint of the key :meth:`load_key` returns (to store next to the data)."""
        return vault.key_fingerprint(self.load_key())

    # -- passphrase route (no keyring)

    def unlock_with_passphrase(self, passphrase: str, salt: bytes) -> bytes:
        """Derive the key with scrypt and hold it in memory for this session; never stored.

        With ``key_id_hint`` set, a wrong passphrase raises VaultError("wrong passphrase ...").
        The salt is not secret; the caller keeps it in the database settings.
        """
        key = vault.key_from_passphrase(passphrase, salt)
        if self.key_id_hint is not None and vault.key_fingerprint(key) != self.key_id_hint:
            raise VaultError(msg("keyring.wrong-passphrase-does-give",
                                 "wrong passphrase: it does not give the key of these attachments"))
        self._session_key = key
        return key

    def lock(self) -> None:
        """Forget the passphrase key of this session."""
        self._session_key = None
