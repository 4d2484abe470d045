"""The IMAP client against a real dovecot (TLS from the test CA): rounds, nothing marked read, failures."""

from __future__ import annotations

import imaplib
import logging
import socket
import ssl
import threading
from pathlib import Path

import pytest

from dsar_desk.mail import imap as imap_module
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings, check_connection, decode_folder, encode_folder
from dsar_desk.mail.message import parse_eml
from dsar_desk.mail.proposals import propose

SAMPLES = sorted(p.name for p in (Path(__file__).parent / "samples").glob("*.eml") if p.name != "broken.eml")


def settings_for(dovecot, pki, **changes) -> ImapSettings:
    values = dict(host="127.0.0.1", port=dovecot.imaps_port, security="tls", user=dovecot.user,
                  ca_file=str(pki.ca_file), timeout=10)
    values.update(changes)
    return ImapSettings(**values)


def raw_client(dovecot, pki) -> imaplib.IMAP4_SSL:
    """A plain imaplib connection to look at the server's state as the test's own eyes."""
    client = imaplib.IMAP4_SSL("127.0.0.1", dovecot.imaps_port, ssl_context=ssl.create_default_context(
        cafile=str(pki.ca_file)))
    client.login(dovecot.user, dovecot.password)
    return client


def flags_of(dovecot, pki, folder="INBOX") -> list[bytes]:
    client = raw_client(dovecot, pki)
    try:
        client.select(folder, readonly=True)
        typ, data = client.fetch("1:*", "(FLAGS)")
        return [d for d in data if d]
    finally:
        client.logout()


def test_one_round_fetches_every_new_message_unread(dovecot, pki, sample):
    for name in SAMPLES:
        dovecot.deliver(sample(name))
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        first = box.fetch_new(None, 0)
    assert len(first.messages) == len(SAMPLES)
    assert [m.uid for m in first.messages] == sorted(m.uid for m in first.messages)
    assert first.last_uid == first.messages[-1].uid and not first.renumbered
    assert {m.uidvalidity for m in first.messages} == {first.uidvalidity}
    # the bytes are the message as delivered
    assert sorted(m.raw for m in first.messages) == sorted(sample(n) for n in SAMPLES)
    subjects = {parse_eml(m.raw).subject for m in first.messages}
    assert "Verzoek om inzage in mijn persoonsgegevens" in subjects
    assert all(m.internaldate is not None for m in first.messages)
    # BODY.PEEK: nothing became \Seen on the server
    flags = flags_of(dovecot, pki)
    assert len(flags) == len(SAMPLES) and not any(b"\\Seen" in f for f in flags)


def test_each_message_once_across_rounds_and_a_restart(dovecot, pki, sample):
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    settings = settings_for(dovecot, pki)
    with ImapMailbox(settings, password=dovecot.password) as box:
        first = box.fetch_new(None, 0)
        again = box.fetch_new(first.uidvalidity, first.last_uid)
    assert len(first.messages) == 2 and again.messages == ()
    kept = (first.uidvalidity, first.last_uid)  # what the desk stores per mailbox

    dovecot.deliver(sample("nl-reply-identity.eml"))
    # a restart: a new connection with only the stored state
    with ImapMailbox(settings, password=dovecot.password) as box:
        second = box.fetch_new(*kept)
        third = box.fetch_new(second.uidvalidity, second.last_uid)
    assert [parse_eml(m.raw).message_id for m in second.messages] == ["<CAF1nl.reply.20260313@mail.example.be>"]
    assert third.messages == () and second.last_uid > kept[1]


def test_a_changed_uidvalidity_makes_every_message_new(dovecot, pki, sample):
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        first = box.fetch_new(None, 0)
        renumbered = box.fetch_new(first.uidvalidity + 1, first.last_uid)
    assert renumbered.renumbered and len(renumbered.messages) == 1
    # the caller recognises it by Message-ID
    assert parse_eml(renumbered.messages[0].raw).message_id == parse_eml(first.messages[0].raw).message_id


def test_batches_and_a_limit_per_round(dovecot, pki):
    for n in range(60):
        dovecot.deliver(f"From: r{n}@example.be\r\nSubject: n{n}\r\nMessage-ID: <{n}@t>\r\n\r\nInzage\r\n".encode())
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        part = box.fetch_new(None, 0, limit=40)
        rest = box.fetch_new(part.uidvalidity, part.last_uid)
    subjects = [parse_eml(m.raw).subject for m in part.messages + rest.messages]
    assert len(part.messages) == 40 and len(rest.messages) == 20
    assert sorted(subjects) == sorted(f"n{n}" for n in range(60))


def test_too_large_messages_are_listed_not_fetched(dovecot, pki, monkeypatch):
    monkeypatch.setattr(imap_module, "MAX_BYTES", 2000)
    dovecot.deliver(b"From: a@example.be\r\nSubject: small\r\n\r\nhi\r\n")
    dovecot.deliver(b"From: a@example.be\r\nSubject: big\r\n\r\n" + b"x" * 5000 + b"\r\n")
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        round_ = box.fetch_new(None, 0)
    assert [parse_eml(m.raw).subject for m in round_.messages] == ["small"]
    (uid, size), = round_.too_large
    assert size > 5000 and round_.last_uid == uid  # not fetched again next round


def test_starttls_and_a_fetch_round_with_proposals(dovecot, pki, sample):
    dovecot.deliver(sample("nl-reply-identity.eml"))
    settings = settings_for(dovecot, pki, port=dovecot.imap_port, security="starttls")
    with ImapMailbox(settings, password=dovecot.password) as box:
        (fetched,) = box.fetch_new(None, 0).messages
    proposal = propose(parse_eml(fetched.raw), "Europe/Brussels", fetched.internaldate)
    assert proposal.references == ("ECO-2026-0042",) and proposal.identity is not None


def test_mark_seen_and_move_only_when_asked(dovecot, pki, sample):
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        first, second = box.fetch_new(None, 0).messages
        box.mark_seen(first.uid)
        box.move(second.uid, "Archive")
    flags = flags_of(dovecot, pki)
    assert len(flags) == 1 and b"\\Seen" in flags[0]
    assert len(flags_of(dovecot, pki, "Archive")) == 1


def test_a_copy_of_a_sent_message_goes_to_sent(dovecot, pki):
    raw = (b"From: ECOmarket <privacy@ecomarket.test>\r\nTo: jan@example.be\r\nSubject: Uw verzoek [ECO-2026-0042]\r\n"
           b"Message-ID: <ECO-2026-0042.1@ecomarket.test>\r\n\r\nIn bijlage ons antwoord.\r\n")
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        assert box.sent_folder() == "Sent"  # the folder dovecot flags \Sent
        assert box.append_sent(raw) == "Sent"
        copy = box.fetch_new(None, 0, folder="Sent")
    assert [m.raw for m in copy.messages] == [raw]
    assert b"\\Seen" in flags_of(dovecot, pki, "Sent")[0]


def test_folder_names_outside_ascii(dovecot, pki):
    name = "Éléments envoyés"
    assert encode_folder(name) == "&AMk-l&AOk-ments envoy&AOk-s" and decode_folder(encode_folder(name)) == name
    assert decode_folder(encode_folder("R&D")) == "R&D"
    client = raw_client(dovecot, pki)
    client.create('"' + encode_folder(name) + '"')
    client.logout()
    settings = settings_for(dovecot, pki, sent_folder=name)
    with ImapMailbox(settings, password=dovecot.password) as box:
        assert name in [n for n, _ in box.folders()]
        box.append_sent(b"From: a@b.example\r\nSubject: copy\r\n\r\nx\r\n")
        assert len(box.fetch_new(None, 0, folder=name).messages) == 1


# -- failures, each named -------------------------------------------------------------------------

def test_wrong_password_is_a_login_error_without_the_password(dovecot, pki, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings_for(dovecot, pki), password="Wr0ng-pass-phrase").connect()
    assert caught.value.kind == "login"
    assert str(caught.value).startswith(f"The server refused the login of {dovecot.user} (")
    assert "AUTHENTICATIONFAILED" in str(caught.value) or "Authentication failed" in str(caught.value)
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert "Wr0ng-pass-phrase" not in text


def test_untrusted_certificate_is_a_tls_error(dovecot, pki):
    for settings in (settings_for(dovecot, pki, ca_file=str(pki.other_ca_file)),
                     settings_for(dovecot, pki, ca_file=str(pki.other_ca_file), port=dovecot.imap_port,
                                  security="starttls")):
        with pytest.raises(MailError) as caught:
            ImapMailbox(settings, password=dovecot.password).connect()
        assert caught.value.kind == "tls"
        assert str(caught.value).startswith("The certificate of 127.0.0.1 is not trusted (")


def test_the_system_trust_store_does_not_know_the_test_ca(dovecot, pki):
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings_for(dovecot, pki, ca_file=None), password=dovecot.password).connect()
    assert caught.value.kind == "tls"


def test_implicit_tls_on_the_starttls_port_is_a_tls_error(dovecot, pki):
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings_for(dovecot, pki, port=dovecot.imap_port), password=dovecot.password).connect()
    assert caught.value.kind == "tls"


def test_unknown_host_is_a_dns_error(pki):
    settings = ImapSettings(host="imap.no-such-domain.invalid", user="x", ca_file=str(pki.ca_file), timeout=5)
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings, password="x").connect()
    assert caught.value.kind == "dns"
    assert str(caught.value) == "The server name imap.no-such-domain.invalid cannot be found (DNS)"


def test_closed_port_is_a_connect_error(pki):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    with pytest.raises(MailError) as caught:
        ImapMailbox(ImapSettings(host="127.0.0.1", port=port, user="x", timeout=5), password="x").connect()
    assert caught.value.kind == "connect" and f"127.0.0.1:{port}" in str(caught.value)


def test_a_server_that_never_answers_is_a_timeout(pki):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    accepted = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True)
    thread.start()
    try:
        with pytest.raises(MailError) as caught:
            ImapMailbox(ImapSettings(host="127.0.0.1", port=port, user="x", security="starttls", timeout=0.5),
                        password="x").connect()
        assert caught.value.kind == "timeout"
        assert str(caught.value) == f"The server 127.0.0.1:{port} did not answer within 0.5 s"
    finally:
        thread.join(2)
        for conn, _ in accepted:
            conn.close()
        listener.close()


def test_missing_folder_is_a_folder_error(dovecot, pki):
    with ImapMailbox(settings_for(dovecot, pki, folder="Privacy requests"), password=dovecot.password) as box:
        with pytest.raises(MailError) as caught:
            box.fetch_new(None, 0)
    assert caught.value.kind == "folder"
    assert str(caught.value).startswith("The folder Privacy requests cannot be opened (")


def test_check_connection_names_the_failed_step(dovecot, pki):
    ok = check_connection(settings_for(dovecot, pki), password=dovecot.password)
    assert ok.ok and ok.failed is None
    assert [s[0] for s in ok.steps] == ["connect", "login", "folder", "sent-folder"]
    assert str(ok.message) == f"Connected to 127.0.0.1 as {dovecot.user}: 0 message(s) in INBOX"
    cases = {
        "login": (settings_for(dovecot, pki), "bad"),
        "tls": (settings_for(dovecot, pki, ca_file=str(pki.other_ca_file)), dovecot.password),
        "folder": (settings_for(dovecot, pki, folder="Nope"), dovecot.password),
        "dns": (settings_for(dovecot, pki, host="mail.no-such-domain.invalid"), dovecot.password),
    }
    for kind, (settings, password) in cases.items():
        result = check_connection(settings, password=password)
        assert not result.ok and result.failed == kind, (kind, result)
        assert "bad" not in str(result.message) or kind != "login"
    sent_missing = check_connection(settings_for(dovecot, pki, sent_folder="Verzonden items"), password=dovecot.password)
    assert sent_missing.failed == "folder" and "Verzonden items" in str(sent_missing.message)


def test_no_password_or_token_set():
    with pytest.raises(MailError) as caught:
        ImapMailbox(ImapSettings(host="", user="x"))
    assert caught.value.kind == "settings"
    with pytest.raises(MailError) as caught:
        ImapMailbox(ImapSettings(host="h", user="x", security="ssl3"))
    assert str(caught.value) == "IMAP security must be tls or starttls, not ssl3"


def test_logging_out_never_expunges_what_another_program_flagged_deleted(dovecot, pki, sample):
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    client = raw_client(dovecot, pki)
    client.select("INBOX")
    client.store("2", "+FLAGS", r"(\Deleted)")  # flagged in Outlook, not yet expunged
    client.logout()
    with ImapMailbox(settings_for(dovecot, pki), password=dovecot.password) as box:
        first, _ = box.fetch_new(None, 0).messages
        box.mark_seen(first.uid)  # the folder is now open read-write
    assert len(flags_of(dovecot, pki)) == 2


def test_fetch_answers_in_any_order():
    from dsar_desk.mail.imap import parse_fetch

    data = [(b'1 (UID 5 INTERNALDATE "02-Mar-2026 23:30:00 +0000" BODY[] {5}', b"first"), b")",
            (b"2 (BODY[] {6}", b"second"), b' UID 9 INTERNALDATE "03-Mar-2026 08:00:00 +0100")',
            b"3 (FLAGS (\\Seen))"]
    (uid1, raw1, when1), (uid2, raw2, when2) = parse_fetch(data)
    assert (uid1, raw1, when1.isoformat()) == (5, b"first", "2026-03-02T23:30:00+00:00")
    assert (uid2, raw2, when2.isoformat()) == (9, b"second", "2026-03-03T07:00:00+00:00")


def test_a_first_round_can_leave_older_mail_out_for_good(dovecot, pki, sample):
    import os
    import time as _time
    from datetime import date

    old = dovecot.deliver(sample("fr-effacement-qp.eml"))
    year_ago = _time.time() - 365 * 86400
    os.utime(old, (year_ago, year_ago))  # dovecot takes a maildir file's time as its INTERNALDATE
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    settings = settings_for(dovecot, pki)
    with ImapMailbox(settings, password=dovecot.password) as box:
        first = box.fetch_new(None, 0, since=date.fromtimestamp(_time.time() - 30 * 86400))
        later = box.fetch_new(first.uidvalidity, first.last_uid)
    assert [parse_eml(m.raw).subject for m in first.messages] == ["Verzoek om inzage in mijn persoonsgegevens"]
    assert later.messages == ()  # the old one stays out, also without `since`
    # a round with only old mail above the last UID: nothing fetched, and the state moves past it
    older = dovecot.deliver(sample("de-auskunft-8bit.eml"))
    os.utime(older, (year_ago, year_ago))
    with ImapMailbox(settings, password=dovecot.password) as box:
        quiet = box.fetch_new(later.uidvalidity, later.last_uid, since=date.fromtimestamp(_time.time() - 30 * 86400))
        after = box.fetch_new(quiet.uidvalidity, quiet.last_uid)
    assert quiet.messages == () and quiet.last_uid > later.last_uid and after.messages == ()
