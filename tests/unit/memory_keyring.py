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
