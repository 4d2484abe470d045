"""`dsar-desk mail ...` and `letter --send-email` as a clerk's script uses them, against the real servers."""

from __future__ import annotations

import io
import json
import sys
from email import policy
from email.parser import BytesParser

import pytest

from dsar_desk.__main__ import main
from dsar_desk.mail.securezip import open_annexes
from dsar_desk.resources import resource
from tests.mail.desk_setup import email


@pytest.fixture
def cli(db_path, capsys):
    def run(*args, stdin: str | None = None):
        if stdin is not None:
            sys.stdin = io.StringIO(stdin)
        try:
            code = main(["--db", str(db_path), *args])
        finally:
            sys.stdin = sys.__stdin__
        out, err = capsys.readouterr()
        return code, out, err

    code, _, err = run("profile", "import", str(resource("samples", "ecomarket.toml")))
    assert code == 0, err
    return run


def setup_servers(cli, pki, dovecot=None, smtp=None):
    args = ["mail", "setup", "ecomarket", "--privacy-address", "privacy@ecomarket.test", "--ca-file", str(pki.ca_file)]
    if dovecot is not None:
        args += ["--imap-host", "127.0.0.1", "--imap-port", str(dovecot.imaps_port), "--imap-user", dovecot.user]
    if smtp is not None:
        args += ["--smtp-host", "127.0.0.1", "--smtp-port", str(smtp.port), "--smtp-user", smtp.user]
    code, out, err = cli(*args)
    assert code == 0, err
    if dovecot is not None:
        assert cli("mail", "password", "ecomarket", "imap", stdin=dovecot.password + "\n")[0] == 0
    if smtp is not None:
        assert cli("mail", "password", "ecomarket", "smtp", stdin=smtp.password + "\n")[0] == 0


def test_import_dry_run_prints_the_proposal_then_creates_the_case(cli, sample, tmp_path):
    path = tmp_path / "verzoek.eml"
    path.write_bytes(sample("nl-inzage-base64.eml"))
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket", "--dry-run")
    assert code == 0, err
    data = json.loads(out)
    assert data["rights"] == ["access", "erasure"] and data["language"] == "nl" and data["received"] == "2026-03-03"
    assert data["name"] == "Jan Peeters" and data["channel"] == "email"
    assert cli("case", "list", "--json")[1].strip() in ("[]", "")
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket")
    assert code == 0, err
    reference = out.strip()
    shown = json.loads(cli("case", "show", reference, "--json")[1])
    assert shown["rights"] == ["access", "erasure"] and shown["channel"] == "email"
    # the same file again: refused, one line
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket")
    assert code == 2 and reference in err and len(err.strip().splitlines()) == 1


def test_import_with_no_right_proposed_exits_2_unless_given(cli, tmp_path):
    path = tmp_path / "hello.eml"
    path.write_bytes(email(subject="Hello", body="Are you open on Sunday?", message_id="<h@example.be>"))
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket")
    assert code == 2 and err.startswith("--right:") and out == ""
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket", "--right", "other")
    assert code == 0, err


def test_import_of_a_broken_or_missing_file_is_one_line(cli, sample, tmp_path):
    path = tmp_path / "broken.eml"
    path.write_bytes(sample("broken.eml"))
    code, out, err = cli("mail", "import", str(path), "--org", "ecomarket")
    assert code == 2 and "not an e-mail message" in err and "Traceback" not in err
    code, out, err = cli("mail", "import", str(tmp_path / "none.eml"), "--org", "ecomarket")
    assert code == 2 and "is not a file" in err
    code, out, err = cli("mail", "import", str(path), "--org", "nobody")
    assert code == 2 and err.startswith("--org")


def test_setup_checks_each_field(cli):
    code, out, err = cli("mail", "setup", "ecomarket", "--privacy-address", "x", "--imap-host", "bad host",
                         "--imap-security", "plain")
    assert code == 2
    assert {line.split(":")[0] for line in err.strip().splitlines()} == {"--privacy-address", "--imap-host",
                                                                        "--imap-security"}
    assert cli("mail", "setup", "ecomarket", "--show")[0] == 2  # nothing was saved


def test_fetch_test_and_inbox(cli, pki, dovecot, smtp_server, sample):
    setup_servers(cli, pki, dovecot, smtp_server)
    code, out, err = cli("mail", "test", "ecomarket")
    assert code == 0, err
    assert "imap login: ok" in out and "smtp login: ok" in out
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    dovecot.deliver(sample("broken.eml"))
    code, out, err = cli("mail", "fetch")
    assert code == 0, err
    assert out.strip() == "ecomarket: 1 new in the Inbox; 1 unreadable"
    assert cli("mail", "fetch", "--org", "ecomarket")[1].strip() == "ecomarket: 0 new in the Inbox"
    rows = json.loads(cli("mail", "inbox", "--json")[1])
    assert sorted(r["state"] for r in rows) == ["new", "unreadable"]
    # a refused login: one line, exit 2; the next round tries again
    assert cli("mail", "password", "ecomarket", "imap", stdin="wrong\n")[0] == 0
    code, out, err = cli("mail", "fetch")
    assert code == 2 and err.startswith("ecomarket: ") and len(err.strip().splitlines()) == 1
    code, out, err = cli("mail", "test", "ecomarket")
    assert code == 1 and "imap: login failed" in err


def test_letter_send_email_with_zip_and_the_message_id_recorded(cli, pki, smtp_server, tmp_path):
    setup_servers(cli, pki, smtp=smtp_server)
    path = tmp_path / "q.eml"
    path.write_bytes(email(subject="Inzage", body="Ik vraag inzage in mijn persoonsgegevens.", message_id="<q@x.be>"))
    reference = cli("mail", "import", str(path), "--org", "ecomarket")[1].strip()
    assert cli("letter", reference, "--kind", "acknowledgement", "-o", str(tmp_path))[0] == 0
    annex = tmp_path / "orders.csv"
    annex.write_bytes(b"order;total\n1;12.50\n")
    code, out, err = cli("letter", reference, "--send-email", "--zip", "--attach", str(annex))
    assert code == 2 and err.startswith("--password-by")
    code, out, err = cli("letter", reference, "--send-email", "--zip", "--password-by", "sms", "--attach", str(annex))
    assert code == 0, err
    first, second = out.strip().splitlines()
    message_id = first.rsplit(": ", 1)[1]
    password = second.rsplit(": ", 1)[1]
    back = BytesParser(policy=policy.default).parsebytes(smtp_server.received[0].data)
    assert back["Message-ID"] == message_id
    zipped = next(p for p in back.iter_attachments() if p.get_filename().endswith(".zip")).get_content()
    assert open_annexes(zipped, password) == {"orders.csv": annex.read_bytes()}
    listed = json.loads(cli("letter", reference, "--list", "--json")[1])
    assert listed[0]["sent"]["method"] == "email"
    timeline = json.loads(cli("case", "show", reference, "--json")[1])
    texts = json.dumps(timeline)
    assert message_id in texts and "password given by sms" in texts and password not in texts
    code, out, err = cli("letter", reference, "--send-email")
    assert code == 2 and "no letter that is not sent" in err


def test_a_refused_recipient_leaves_the_letter_unsent(cli, pki, smtp_server, tmp_path):
    setup_servers(cli, pki, smtp=smtp_server)
    path = tmp_path / "q.eml"
    path.write_bytes(email(subject="Inzage", body="Ik vraag inzage in mijn persoonsgegevens.", message_id="<r@x.be>"))
    reference = cli("mail", "import", str(path), "--org", "ecomarket")[1].strip()
    assert cli("letter", reference, "--kind", "acknowledgement", "-o", str(tmp_path))[0] == 0
    smtp_server.refuse.add("jan.peeters@example.be")
    code, out, err = cli("letter", reference, "--send-email")
    assert code == 2 and "refused" in err and "not marked sent" in err
    assert "not sent" in cli("letter", reference, "--list")[1]
