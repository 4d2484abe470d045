"""Mail at speed: a fetch round of 200 messages from dovecot, and sending one letter through aiosmtpd.

Run on demand (needs dovecot-imapd, as .ci/run installs it, and the test extras):

    .venv/bin/python benchmarks/bench_mail.py [--messages 200] [--rounds 5] [--sends 20]

1. **Fetch round**: 200 messages (the samples of tests/mail/samples in nl, fr, en, de, each
   with its own Message-ID; a quarter with a PDF attachment) delivered into a dovecot
   maildir; one round = connect over TLS, log in, EXAMINE, UID SEARCH, sizes, BODY.PEEK[] in
   batches, parse every message and make its proposal. Reported: the median of ``--rounds``
   rounds (a fresh connection each, the way the desk checks the mailbox), and the share of
   the time spent in parsing + proposals. Target: a round of 200 under 5 s on the reference
   machine (2 cores), so that checking the mailbox every few minutes is cheap.
2. **Send**: one letter (a 100 KB PDF, plus the covering text) through aiosmtpd with STARTTLS
   and AUTH PLAIN, from connect to the server's 250 reply; the median of ``--sends``.
   Target: under 1 s on loopback (the real figure is dominated by the provider's network).
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dsar_desk.mail.imap import ImapMailbox, ImapSettings  # noqa: E402
from dsar_desk.mail.message import parse_eml  # noqa: E402
from dsar_desk.mail.proposals import propose  # noqa: E402
from dsar_desk.mail.smtp import SmtpSettings, build_message, send  # noqa: E402
from tests.mail.servers import Dovecot, SmtpServer, make_pki  # noqa: E402

SAMPLES = sorted(p for p in (ROOT / "tests" / "mail" / "samples").glob("*.eml") if p.name != "broken.eml")


def pdf_of(size: int) -> bytes:
    """A real PDF of at least ``size`` bytes (pages of uncompressed text)."""
    from reportlab.pdfgen import canvas

    pages = 1
    while True:
        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pageCompression=0)
        for page in range(pages):
            for row in range(60):
                pdf.drawString(40, 800 - row * 13, f"{page:03d}.{row:02d} uw persoonsgegevens, categorie, bron")
            pdf.showPage()
        pdf.save()
        if len(buffer.getvalue()) >= size:
            return buffer.getvalue()
        pages += max(1, pages * (size - len(buffer.getvalue())) // max(1, len(buffer.getvalue())))


def fetch_round(dovecot, account, pki, messages: int, rounds: int) -> None:
    raws = [p.read_bytes() for p in SAMPLES]
    attachment = pdf_of(30_000)
    for n in range(messages):
        raw = raws[n % len(raws)].replace(b"Message-ID: <", b"Message-ID: <bench%d." % n, 1)
        if n % 4 == 0 and b"multipart" not in raw:
            head, _, body = raw.partition(b"\r\n\r\n")
            raw = (head.replace(b"Content-Type:", b"X-Old-Content-Type:").replace(b"Content-Transfer-Encoding:",
                                                                                   b"X-Old-CTE:")
                   + b"\r\nContent-Type: multipart/mixed; boundary=BENCH\r\n\r\n--BENCH\r\n"
                   + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                   + parse_eml(raw).text.encode() + b"\r\n--BENCH\r\nContent-Type: application/pdf\r\n"
                   + b"Content-Disposition: attachment; filename=\"id.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                   + base64.encodebytes(attachment).replace(b"\n", b"\r\n") + b"--BENCH--\r\n")
        account.deliver(raw)
    settings = ImapSettings(host="127.0.0.1", port=account.imaps_port, user=account.user, ca_file=str(pki.ca_file))
    totals, parse_times, sizes = [], [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        with ImapMailbox(settings, password=account.password) as box:
            fetched = box.fetch_new(None, 0)
        fetched_at = time.perf_counter()
        proposals = [propose(parse_eml(m.raw), "Europe/Brussels", m.internaldate) for m in fetched.messages]
        end = time.perf_counter()
        assert len(proposals) == messages, len(proposals)
        sizes = sum(len(m.raw) for m in fetched.messages)
        totals.append(end - start)
        parse_times.append(end - fetched_at)
    print(f"fetch round: {messages} messages ({sizes / 1024 / 1024:.1f} MB), median of {rounds}: "
          f"{statistics.median(totals) * 1000:.0f} ms "
          f"(parse + proposals {statistics.median(parse_times) * 1000:.0f} ms, "
          f"{statistics.median(parse_times) / messages * 1000:.2f} ms per message); "
          f"min {min(totals) * 1000:.0f} ms, max {max(totals) * 1000:.0f} ms")


def send_letter(pki, sends: int) -> None:
    server = SmtpServer(pki, mode="starttls").start()
    try:
        pdf = pdf_of(100_000)
        settings = SmtpSettings(host="127.0.0.1", port=server.port, user=server.user, ca_file=str(pki.ca_file))
        times = []
        for n in range(sends):
            message = build_message(sender="privacy@ecomarket.test", sender_name="ECOmarket", to="jan@example.be",
                                    subject="Antwoord op uw verzoek", reference="ECO-2026-0042",
                                    body="Geachte heer,\n\nIn bijlage ons antwoord.\n",
                                    attachments=[("ECO-2026-0042.pdf", "application/pdf", pdf)])
            start = time.perf_counter()
            result = send(settings, message, password=server.password)
            times.append(time.perf_counter() - start)
            assert result.response.startswith("250")
        assert len(server.received) == sends
        print(f"send: one letter with a {len(pdf) / 1024:.0f} KB PDF through aiosmtpd (STARTTLS, AUTH PLAIN), "
              f"median of {sends}: {statistics.median(times) * 1000:.1f} ms "
              f"(min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f})")
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sends", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-mail-pki-") as folder:
        pki = make_pki(Path(folder))
        dovecot = Dovecot(pki).start()
        try:
            fetch_round(dovecot, dovecot.new_account(), pki, args.messages, args.rounds)
        finally:
            dovecot.stop()
        send_letter(pki, args.sends)
    print(f"(python {sys.version.split()[0]}, {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
