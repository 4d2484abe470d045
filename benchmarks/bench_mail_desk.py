"""Mail through the desk layer: a fetch round of 200 messages into the database, and sending a letter.

Run on demand (needs dovecot-imapd, as .ci/run installs it, and the test extras):

    .venv/bin/python benchmarks/bench_mail_desk.py [--messages 200] [--rounds 3] [--sends 10]

1. **Fetch round** (``desk.mail.fetch_round``): 200 messages in dovecot (the samples of
   tests/mail/samples, each with its own Message-ID; a quarter with a 30 KB PDF; one in ten
   answers a case by its reference in the subject). One round = the IMAP round of the mail
   core, then, in one transaction: every message kept once (Inbox item, encrypted with the
   attachment key; or, for the replies, joined to their case with the timeline event and the
   message and its attachments as encrypted attachments) and the mailbox state. Each round
   runs on a new database (the same mailbox), so each stores all 200. Reported: the median,
   the database part, and a second round on the same database (nothing new: what the desk
   does every few minutes).
2. **Send** (``desk.mail.send_letter``): a letter made and kept, then sent through aiosmtpd
   (STARTTLS, AUTH PLAIN), marked sent with its Message-ID, the copy APPENDed to dovecot's
   Sent folder; from the call to its return. The median of ``--sends``.
"""

from __future__ import annotations

import argparse
import base64
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402

from benchmarks.bench_mail import SAMPLES, pdf_of  # noqa: E402
from tests.mail.servers import Dovecot, SmtpServer, make_pki  # noqa: E402
from tests.unit.memory_keyring import MemoryKeyring  # noqa: E402

CLERK = "Anna Clerk"


def fresh_database(folder: Path):
    from dsar_desk.desk import keys
    from dsar_desk.desk.demo import load_samples
    from dsar_desk.settings import Settings
    from dsar_desk.store.db import close_database, open_database

    close_database()
    keys.forget_keys()
    for name in ("DATA", "CONFIG", "LOGS"):
        os.environ[f"DSAR_DESK_{name}"] = str(folder / name.lower())
    Settings().set("clerk_name", CLERK)
    open_database(folder / "data" / "dsar-desk.sqlite3")
    load_samples()


def configure(pki, account, smtp=None):
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.mail.account import MailAccount

    values = dict(privacy_address="privacy@ecomarket.test", imap_host="127.0.0.1", imap_port=account.imaps_port,
                  imap_user=account.user, ca_file=str(pki.ca_file))
    if smtp is not None:
        values.update(smtp_host="127.0.0.1", smtp_port=smtp.port, smtp_user=smtp.user)
    desk_mail.save_account("ecomarket", MailAccount(**values), CLERK)
    desk_mail.set_password("ecomarket", "imap", account.password)
    if smtp is not None:
        desk_mail.set_password("ecomarket", "smtp", smtp.password)


def make_cases(count: int) -> list[str]:
    from dsar_desk.desk.cases import create_case
    from dsar_desk.domain.cases import CaseDraft

    return [create_case(CaseDraft(organisation="ecomarket", name=f"Requester {n}", email=f"r{n}@example.be",
                                  language="nl", rights=["access"], channel="email"), CLERK).reference
            for n in range(count)]


def deliver(account, messages: int, references: list[str]) -> None:
    raws = [p.read_bytes() for p in SAMPLES]
    attachment = base64.encodebytes(pdf_of(30_000)).replace(b"\n", b"\r\n")
    for n in range(messages):
        raw = raws[n % len(raws)].replace(b"Message-ID: <", b"Message-ID: <bench%d." % n, 1)
        if n % 10 == 5:
            raw = raw.replace(b"\r\nSubject: ", b"\r\nSubject: Re: " + references[n % len(references)].encode() + b" ",
                              1)
        if n % 4 == 0 and b"multipart" not in raw:
            head, _, body = raw.partition(b"\r\n\r\n")
            old_type = [line for line in head.split(b"\r\n") if line.lower().startswith(b"content-")]
            head = b"\r\n".join(line for line in head.split(b"\r\n") if not line.lower().startswith(b"content-"))
            raw = (head + b"\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BENCH\r\n\r\n--BENCH\r\n"
                   + b"\r\n".join(old_type) + b"\r\n\r\n" + body + b"\r\n--BENCH\r\nContent-Type: application/pdf\r\n"
                   + b"Content-Disposition: attachment; filename=\"identiteitskaart.pdf\"\r\n"
                   + b"Content-Transfer-Encoding: base64\r\n\r\n" + attachment + b"--BENCH--\r\n")
        account.deliver(raw)


def bench_rounds(pki, dovecot, messages: int, rounds: int) -> None:
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.store.models import Attachment, MailMessage

    account = dovecot.new_account()
    with tempfile.TemporaryDirectory(prefix="bench-mail-desk-") as top:
        fresh_database(Path(top) / "setup")
        references = make_cases(20)
    deliver(account, messages, references)
    totals, again = [], []
    for r in range(rounds):
        with tempfile.TemporaryDirectory(prefix="bench-mail-desk-") as top:
            fresh_database(Path(top))
            make_cases(20)
            configure(pki, account)
            start = time.perf_counter()
            report = desk_mail.fetch_round("ecomarket", CLERK)
            totals.append(time.perf_counter() - start)
            assert report.problem is None, report.problem
            stored = MailMessage.select().count()
            assert stored == messages, stored
            start = time.perf_counter()
            second = desk_mail.fetch_round("ecomarket", CLERK)
            again.append(time.perf_counter() - start)
            assert second.new == 0 and not second.joined
            size = (Path(top) / "data" / "dsar-desk.sqlite3").stat().st_size
            kept = Attachment.select().count()
    print(f"desk fetch round: {messages} messages ({report.new} into the Inbox, {len(report.joined)} joined their "
          f"case, {kept} encrypted attachments), median of {rounds}: {statistics.median(totals) * 1000:.0f} ms "
          f"(min {min(totals) * 1000:.0f}, max {max(totals) * 1000:.0f}); database {size / 1024 / 1024:.1f} MB")
    print(f"desk fetch round with nothing new: median {statistics.median(again) * 1000:.0f} ms")


def bench_sends(pki, dovecot, sends: int) -> None:
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.desk.letters import make_letter
    from dsar_desk.store.cases import get_case

    server = SmtpServer(pki, mode="starttls").start()
    account = dovecot.new_account()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-mail-desk-") as top:
            fresh_database(Path(top))
            configure(pki, account, server)
            times, make_times = [], []
            for reference in make_cases(sends):
                case = get_case(reference)
                start = time.perf_counter()
                letter = make_letter(case, "acknowledgement", None, CLERK)
                made = time.perf_counter()
                sent = desk_mail.send_letter(letter, CLERK)
                times.append(time.perf_counter() - made)
                make_times.append(made - start)
                assert sent.delivery.sent_folder == "Sent"
        assert len(server.received) == sends
        print(f"desk send: a kept letter ({len(letter.pdf) / 1024:.0f} KB PDF) sent, marked sent with its Message-ID, "
              f"copied to Sent; median of {sends}: {statistics.median(times) * 1000:.0f} ms "
              f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}); making the letter first: "
              f"{statistics.median(make_times) * 1000:.0f} ms")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sends", type=int, default=10)
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())  # never the real keyring
    with tempfile.TemporaryDirectory(prefix="bench-mail-pki-") as folder:
        pki = make_pki(Path(folder))
        dovecot = Dovecot(pki).start()
        try:
            bench_rounds(pki, dovecot, args.messages, args.rounds)
            bench_sends(pki, dovecot, args.sends)
        finally:
            dovecot.stop()
    print(f"(python {sys.version.split()[0]}, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
