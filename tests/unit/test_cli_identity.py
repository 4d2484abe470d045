"""`dsar-desk mrz`, `case identity`, `key` and attachments from the command line."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from datetime import date, timedelta

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from dsar_desk.__main__ import main
from dsar_desk.desk import keys as attachment_keys
from dsar_desk.resources import resource
from tests.unit.mrz_specimens import corrupt, td1, td3


@pytest.fixture(autouse=True)
def fresh_session():
    attachment_keys.forget_keys()
    yield
    attachment_keys.forget_keys()


@pytest.fixture
def cli(db_location, capsys, monkeypatch):
    def run(*args, stdin=""):
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--db", db_location, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def with_samples(cli):
    for name in ("ecomarket", "ecomail", "maildrop"):
        code, _, err = cli("profile", "import", str(resource("samples", f"{name}.toml")))
        assert code == 0, err
    return cli


@pytest.mark.parametrize("mrz, fmt", [(td1(), "TD1"), (td3(), "TD3")])
def test_mrz_all_check_digits_hold(cli, mrz, fmt):
    code, out, err = cli("mrz", stdin=mrz + "\n")
    assert code == 0, err
    assert f"format:          {fmt}" in out
    assert "WRONG" not in out
    assert out.count(" ok (") == {"TD1": 4, "TD3": 5}[fmt]  # every check digit listed as ok


def test_mrz_json(cli):
    code, out, _ = cli("mrz", "--json", stdin=td3(surname="DE VRIES", given="SANNE"))
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "TD3" and data["valid"] is True
    assert data["surname"] == "DE VRIES" and data["expiry_date"] == "2033-07-07"
    assert {c["field"] for c in data["checks"]} >= {"document_number", "birth_date", "expiry_date", "composite"}


def test_mrz_a_wrong_check_digit_exits_1_and_says_which(cli):
    code, out, err = cli("mrz", stdin=corrupt(td1(), 2, 7))  # the birth date's check digit
    assert code == 1
    assert "date of birth" in err
    assert "WRONG" in out
    code, out, err = cli("mrz", "--json", stdin=corrupt(td3(), 2, 10))
    assert code == 1
    assert json.loads(out)["valid"] is False
    assert "document number" in err


@pytest.mark.parametrize("text, words", [
    ("", "empty"),
    ("hello world\n", "line"),
    (td1().replace("\n", "", 1), "line"),
    (td3().replace("P<", "P!", 1), "not an MRZ character"),
])
def test_mrz_no_mrz_exits_2_with_a_clear_message(cli, text, words):
    code, out, err = cli("mrz", stdin=text)
    assert code == 2
    assert out == ""
    assert err.startswith("mrz: not an MRZ: ")
    assert words in err


def test_mrz_from_a_real_pipe(tmp_path):
    for stdin, expected in ((td1(), 0), (corrupt(td1(), 1, 15), 1), ("nope", 2)):
        result = subprocess.run([sys.executable, "-m", "dsar_desk", "mrz"], input=stdin, capture_output=True,
                                text=True, timeout=60)
        assert result.returncode == expected, result.stderr


def test_case_identity_records_a_check_and_lifts_the_block(with_samples, tmp_path):
    cli = with_samples
    code, ref, err = cli("case", "new", "--org", "ecomail", "--name", "Sanne de Vries", "--email", "sanne@example.nl", "--language", "nl",
                         "--right", "access", "--received", (date.today() - timedelta(days=3)).isoformat())
    ref = ref.strip()
    assert code == 0, err
    code, out, err = cli("case", "identity", ref, "--method", "id-document", "--outcome", "verified",
                         "--document-type", "identity-card", "--country", "ZZ")
    assert code == 2
    assert "issuing_country" in err
    scan = tmp_path / "id.jpg"
    scan.write_bytes(b"\xff\xd8 a scanned identity card")
    mrz = tmp_path / "mrz.txt"
    mrz.write_text(td1(surname="DE<VRIES", given="SANNE"), encoding="utf-8")
    code, out, err = cli("case", "identity", ref, "--method", "id-document", "--outcome", "verified",
                         "--document-type", "identity-card", "--country", "BE", "--expiry", "2031-05-01",
                         "--number", "SPEC12345", "--mrz-file", str(mrz), "--surname", "de Vries",
                         "--given-names", "Sanne", "--id-copy", str(scan))
    assert code == 2
    assert "proportionality" in err and "blacked_out" in err
    code, out, err = cli("case", "identity", ref, "--method", "id-document", "--outcome", "verified",
                         "--document-type", "identity-card", "--country", "BE", "--expiry", "2031-05-01",
                         "--number", "SPEC12345", "--mrz-file", str(mrz), "--surname", "de Vries",
                         "--given-names", "Sanne", "--id-copy", str(scan), "--blacked-out",
                         "--why-id-copy", "no account: nothing to match with")
    assert code == 0, err
    assert "identity verified" in out
    assert "number ending 2345" in out and "SPEC12345" not in out
    assert "every check digit holds; name agrees; expiry date agrees" in out
    assert "deleted at once" in out
    assert "letters that disclose data: allowed" in out
    assert "recovery code" in err  # the key was made with this first attachment
    code, out, _ = cli("case", "show", ref, "--json")
    events = json.loads(out)["events"]
    assert any(e["kind"] == "purged" for e in events)


def test_case_new_with_an_attachment_prints_the_recovery_code_once(with_samples, tmp_path, db_location):
    cli = with_samples
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")
    args = ("case", "new", "--org", "maildrop", "--name", "Ines Lambert", "--email", "ines@example.fr", "--language", "fr", "--right", "access",
            "--attach", str(scan))
    code, out, err = cli(*args)
    assert code == 0, err
    assert re.fullmatch(r"[A-Z]+-\d{4}-\d{4}\n", out)  # only the reference on stdout
    [code_line] = [line.strip() for line in err.splitlines() if line.strip().count("-") == 13]
    code, out, err = cli(*args)
    assert code == 0 and "recovery code" not in err
    code, out, _ = cli("key", "status")
    assert "keyring: in-memory (tests)" in out and "kept in the keyring" in out
    # a new computer: the recovery code brings the key back
    from tests.unit.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    attachment_keys.forget_keys()
    if db_location.startswith("postgresql://"):  # a colleague's computer: its login's password first
        from dsar_desk.desk.team import store_password
        from tests.pg_server import OWNER_PASSWORD

        store_password(db_location, OWNER_PASSWORD)
    code, out, err = cli(*args)
    assert code == 2 and "dsar-desk key restore" in err
    code, out, err = cli("key", "restore", stdin=code_line.lower() + "\n")
    assert code == 0, err
    assert "restored in the keyring" in out
    code, out, err = cli(*args)
    assert code == 0, err


@pytest.mark.sqlite_only  # a team server's password lives in the keyring: without one, no team mode
def test_without_a_keyring_the_cli_says_what_to_install_and_uses_the_passphrase(with_samples, tmp_path, monkeypatch):
    cli = with_samples
    keyring.set_keyring(FailKeyring())
    scan = tmp_path / "letter.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")
    args = ("case", "new", "--org", "maildrop", "--name", "Ines Lambert", "--email", "ines@example.fr", "--language", "fr", "--right", "access",
            "--attach", str(scan))
    code, out, err = cli(*args)
    assert code == 2
    assert "gnome-keyring" in err and "DSAR_DESK_PASSPHRASE" in err
    monkeypatch.setenv("DSAR_DESK_PASSPHRASE", "a long enough passphrase")
    code, out, err = cli(*args)
    assert code == 0, err
    assert "recovery code" in err
    code, out, _ = cli("key", "status")
    assert "keyring: none works" in out and "passphrase" in out
