"""An in-memory keyring backend for tests.

    keyring.set_keyring(MemoryKeyring())

Nothing touches the real keyring of the computer running the tests. Each instance has its own
store, so a fresh instance is a "new computer".

Like every keyring backend class, it registers itself with keyring when imported; with
priority 1 it may then be picked by keyring's own auto-detection in the test process. Always set
it explicitly, as above.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1
    name = "in-memory (tests)"

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.store[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None


class SharedTestKeyring(MemoryKeyring):
    """The same, kept in a JSON file named by DSAR_DESK_TEST_KEYRING: the keyring of one test
    "computer" that a test's subprocesses (several clerks' CLIs) share. Selected in a subprocess
    with PYTHON_KEYRING_BACKEND=tests.unit.memory_keyring.SharedTestKeyring."""

    priority = 0
    name = "shared file (tests)"

    def __init__(self) -> None:
        super().__init__()
        import json
        import os

        self.path = os.environ.get("DSAR_DESK_TEST_KEYRING")
        if self.path is None:  # keyring's own look-around makes one of each backend: a plain memory then
            return
        try:
            with open(self.path, encoding="utf-8") as f:
                self.store = {tuple(k.split("\x1f", 1)): v for k, v in json.load(f).items()}
        except FileNotFoundError:
            self.store = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        import json

        super().set_password(service, username, password)
        if self.path is None:
            return
        with open(self.path, "w", encoding="utf-8") as f:
            json.dump({"\x1f".join(k): v for k, v in self.store.items()}, f)
