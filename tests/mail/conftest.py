"""Fixtures of the mail tests: the test CA, aiosmtpd (STARTTLS and implicit TLS) and dovecot.

Nothing is skipped: .ci/run installs dovecot-imapd, and aiosmtpd is a test dependency. A
missing dovecot is an error that says what to install.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.mail.servers import DOVECOT, Dovecot, SmtpServer, make_pki

SAMPLES = Path(__file__).parent / "samples"


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def smtp_server(pki):
    server = SmtpServer(pki, mode="starttls").start()
    yield server
    server.stop()


@pytest.fixture
def smtps_server(pki):
    server = SmtpServer(pki, mode="ssl").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def dovecot_server(pki):
    if not (shutil.which("dovecot") or os.path.exists(DOVECOT)):
        pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd (as .ci/run does)")
    server = Dovecot(pki).start()
    yield server
    server.stop()


@pytest.fixture
def dovecot(dovecot_server):
    """A new, empty mailbox on the session's dovecot (user, password, token, ports, deliver())."""
    return dovecot_server.new_account()


@pytest.fixture
def sample():
    def read(name: str) -> bytes:
        return (SAMPLES / name).read_bytes()
    return read
