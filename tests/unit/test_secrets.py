"""Secrets in the keyring and the attachment key store."""

from __future__ import annotations

import os

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from dsar_desk import secrets, vault
from dsar_desk.secrets import (
    SERVICE,
    KeyStore,
    NoKeyringError,
    SecretStoreError,
    backend_name,
    delete_secret,
    describe,
    get_secret,
    keyring_available,
    set_secret,
)
from dsar_desk.vault import VaultError
from tests.unit.memory_keyring import MemoryKeyring

SECRET = "s3cret-MARKER-value"


@pytest.fixture(autouse=True)
def restore_keyring():
    original = keyring.get_keyring()
    yield
    keyring.set_keyring(original)


@pytest.fixture
def memory() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def no_keyring() -> fail.Keyring:
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    return backend


class RaisingKeyring(KeyringBackend):
    """A backend whose every call fails with the given exception (message may hold the value)."""

    priority = 0.5
    name = "raising (tests)"

    def __init__(self, exc_type, message="failed"):
        super().__init__()
        self.exc_type = exc_type
        self.message = message

    def get_password(self, service, username):
        raise self.exc_type(self.message)

    def set_password(self, service, username, password):
        raise self.exc_type(f"{self.message}: could not store {password!r}")

    def delete_password(self, service, username):
        raise self.exc_type(self.message)


# --------------------------------------------------------------------------- with a keyring


def test_memory_keyring_set_get_delete(memory):
    assert get_secret("attachment-key") is None
    set_secret("mail-password:office", SECRET)
    assert get_secret("mail-password:office") == SECRET
    assert memory.store[(SERVICE, "mail-password:office")] == SECRET
    set_secret("mail-password:office", "other")
    assert get_secret("mail-password:office") == "other"
    delete_secret("mail-password:office")
    assert get_secret("mail-password:office") is None


def test_delete_missing_secret_is_quiet(memory):
    delete_secret("team-db-password:nobody")
    assert get_secret("team-db-password:nobody") is None


def test_names_are_separate(memory):
    set_secret("mail-password:a", "1")
    set_secret("mail-password:b", "2")
    assert (get_secret("mail-password:a"), get_secret("mail-password:b")) == ("1", "2")


def test_available_and_described(memory):
    assert keyring_available()
    assert backend_name() == "in-memory (tests)"
    assert describe() == "keyring: in-memory (tests)"


def test_empty_name_refused(memory):
    with pytest.raises(ValueError):
        get_secret("")


@pytest.mark.parametrize(
    "path, expected",
    [
        ("keyring.backends.SecretService.Keyring", "SecretService Keyring"),
        ("keyring.backends.macOS.Keyring", "macOS Keychain"),
        ("keyring.backends.Windows.WinVaultKeyring", "Windows Credential Locker"),
        ("keyring.backends.kwallet.DBusKeyring", "KWallet"),
    ],
)
def test_friendly_backend_names(path, expected):
    assert secrets._FRIENDLY_NAMES[path] == expected


# --------------------------------------------------------------------------- without a keyring


def test_fail_keyring_is_not_available(no_keyring):
    assert not keyring_available()
    assert backend_name() == "none"


def test_describe_without_keyring_says_what_to_do(no_keyring):
    line = describe()
    assert line.startswith("keyring: none works — ")
    assert "gnome-keyring" in line
    assert "KWallet" in line
    assert "passphrase" in line
    assert "\n" not in line


@pytest.mark.parametrize("call", ["get", "set", "delete"])
def test_no_keyring_raises_plain_error_without_the_secret(no_keyring, call):
    with pytest.raises(NoKeyringError) as info:
        if call == "get":
            get_secret("attachment-key")
        elif call == "set":
            set_secret("mail-password:office", SECRET)
        else:
            delete_secret("attachment-key")
    message = str(info.value)
    assert message.startswith("no keyring works on this computer")
    assert "sudo apt install gnome-keyring" in message
    assert "passphrase" in message
    assert SECRET not in message
    assert "MARKER" not in repr(info.value)


def test_null_keyring_is_not_available():
    keyring.set_keyring(null.Keyring())
    assert not keyring_available()
    assert backend_name().startswith("none")
    with pytest.raises(NoKeyringError):
        set_secret("x", SECRET)  # would otherwise be silently dropped


def test_chainer_with_no_backends_is_not_available(monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(chainer.ChainerBackend())
    assert not keyring_available()
    assert backend_name() == "none"
    with pytest.raises(NoKeyringError):
        set_secret("x", SECRET)


def test_chainer_with_a_backend_works(monkeypatch):
    inner = MemoryKeyring()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [inner])
    keyring.set_keyring(chainer.ChainerBackend())
    assert keyring_available()
    assert backend_name() == "in-memory (tests)"
    set_secret("x", "y")
    assert get_secret("x") == "y"


@pytest.mark.parametrize(
    "exc_type", [keyring.errors.KeyringLocked, keyring.errors.InitError, keyring.errors.NoKeyringError]
)
def test_locked_or_broken_keyring_is_no_keyring(exc_type):
    keyring.set_keyring(RaisingKeyring(exc_type, "backend says no"))
    assert not keyring_available()
    assert "does not work" in describe() or "none works" in describe()
    with pytest.raises(NoKeyringError) as info:
        set_secret("mail-password:office", SECRET)
    assert SECRET not in str(info.value)
    assert "passphrase" in str(info.value)


@pytest.mark.parametrize(
    "exc_type", [keyring.errors.PasswordSetError, RuntimeError, OSError, keyring.errors.KeyringError]
)
def test_other_keyring_errors_are_wrapped_without_the_value(exc_type):
    keyring.set_keyring(RaisingKeyring(exc_type, "backend says no"))
    with pytest.raises(SecretStoreError) as info:
        set_secret("mail-password:office", SECRET)
    message = str(info.value)
    assert SECRET not in message
    assert "mail-password:office" in message
    assert "backend says no" in message  # the reason is kept, the value is not
    assert info.value.__cause__ is None and info.value.__suppress_context__
    with pytest.raises(SecretStoreError):
        get_secret("x")
    with pytest.raises(SecretStoreError):
        delete_secret("x")


def test_no_keyring_error_is_a_secret_store_error():
    assert issubclass(NoKeyringError, SecretStoreError)
    assert str(NoKeyringError()).startswith("no keyring works on this computer")


# --------------------------------------------------------------------------- KeyStore


def test_keystore_create_then_load(memory):
    store = KeyStore()
    assert not store.has_key()
    with pytest.raises(VaultError, match="no key yet"):
        store.load_key()
    code = store.create_key()
    assert store.has_key()
    key = store.load_key()
    assert len(key) == vault.KEY_BYTES
    assert KeyStore().load_key() == key  # another instance, same keyring
    assert vault.key_from_recovery_code(code) == key
    assert store.key_id() == vault.key_fingerprint(key)


def test_keystore_key_is_not_stored_as_recovery_code_or_raw(memory):
    code = KeyStore().create_key()
    stored = memory.store[(SERVICE, "attachment-key")]
    assert stored.startswith("dsar-desk-key-v1:")
    assert code not in stored


def test_keystore_refuses_to_overwrite_a_key(memory):
    store = KeyStore()
    store.create_key()
    key = store.load_key()
    with pytest.raises(VaultError, match="already"):
        store.create_key()
    assert store.load_key() == key
    store.create_key(replace=True)
    assert store.load_key() != key


def test_keystore_restore_on_new_computer(memory):
    old = KeyStore()
    code = old.create_key()
    key = old.load_key()
    fingerprint = vault.key_fingerprint(key)
    blob = vault.encrypt(key, b"attachment", b"id-1")

    keyring.set_keyring(MemoryKeyring())  # the new computer
    new = KeyStore(key_id_hint=fingerprint)
    assert not new.has_key()
    new.restore_from_code(code.lower().replace("-", " "))
    assert new.has_key()
    assert new.load_key() == key
    assert vault.decrypt(new.load_key(), blob, b"id-1") == b"attachment"


def test_keystore_restore_with_typo_stores_nothing(memory):
    code = vault.recovery_code(vault.new_key())
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(VaultError, match="typo"):
        KeyStore().restore_from_code(typo)
    assert memory.store == {}


def test_keystore_hint_refuses_other_key(memory):
    KeyStore().create_key()
    other_code = vault.recovery_code(vault.new_key())
    store = KeyStore(key_id_hint="00000000")
    with pytest.raises(VaultError, match="not the one"):
        store.load_key()
    with pytest.raises(VaultError, match="not the one"):
        store.restore_from_code(other_code)


def test_keystore_damaged_keyring_entry(memory):
    set_secret("attachment-key", "garbage")
    with pytest.raises(VaultError, match="damaged"):
        KeyStore().load_key()
    set_secret("attachment-key", "dsar-desk-key-v1:AAAA")
    with pytest.raises(VaultError, match="damaged"):
        KeyStore().load_key()


def test_keystore_without_keyring(no_keyring):
    store = KeyStore()
    assert not store.has_key()
    with pytest.raises(NoKeyringError) as info:
        store.load_key()
    assert "passphrase" in str(info.value)
    with pytest.raises(NoKeyringError):
        store.create_key()
    with pytest.raises(NoKeyringError):
        store.restore_from_code(vault.recovery_code(vault.new_key()))


def test_passphrase_route_without_keyring(no_keyring, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    salt = vault.new_salt()
    store = KeyStore()
    key = store.unlock_with_passphrase("correct horse battery staple", salt)
    assert key == vault.key_from_passphrase("correct horse battery staple", salt)
    assert store.has_key()
    assert store.unlocked_by_passphrase
    assert store.load_key() == key
    assert list(tmp_path.iterdir()) == []  # nothing written
    # Next session: a new KeyStore knows nothing until unlocked again.
    assert not KeyStore().has_key()
    again = KeyStore(key_id_hint=vault.key_fingerprint(key))
    assert again.unlock_with_passphrase("correct horse battery staple", salt) == key
    store.lock()
    assert not store.has_key()


def test_passphrase_route_never_touches_the_keyring(memory):
    store = KeyStore()
    store.unlock_with_passphrase("pass phrase", vault.new_salt())
    assert memory.store == {}


def test_wrong_passphrase_with_hint(no_keyring):
    salt = vault.new_salt()
    key = vault.key_from_passphrase("right one", salt)
    store = KeyStore(key_id_hint=vault.key_fingerprint(key))
    with pytest.raises(VaultError, match="wrong passphrase") as info:
        store.unlock_with_passphrase("wrong one", salt)
    assert "wrong one" not in str(info.value)
    assert not store.has_key()
    assert store.unlock_with_passphrase("right one", salt) == key


def test_no_key_material_in_environment_or_repr(memory):
    store = KeyStore()
    code = store.create_key()
    key = store.load_key()
    assert key.hex() not in repr(store)
    assert code not in repr(store)
    assert not any(code in v for v in os.environ.values())
