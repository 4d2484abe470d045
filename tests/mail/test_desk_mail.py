"""Mail through the application layer, against the real test servers (dovecot, aiosmtpd):
message files to cases, fetch rounds into the Inbox and into their cases, letters and notices out."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

import pytest

from dsar_desk.desk import mail as desk_mail
from dsar_desk.desk.attachments import attachment_data
from dsar_desk.desk.letters import make_letter
from dsar_desk.domain.cases import InvalidCase
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings
from dsar_desk.mail.securezip import open_annexes
from dsar_desk.store import mail as mail_queries
from dsar_desk.store.cases import attachments_of, events_of, get_case
from dsar_desk.store.models import Letter, MailMessage, MailSent
from tests.mail.desk_setup import CLERK, configure, email
from tests.mail.outlook import build_msg

TODAY = date(2026, 3, 20)


def kept_files(case) -> dict[str, bytes]:
    return {a.filename: attachment_data(a.id) for a in attachments_of(case)}


# -- message files -------------------------------------------------------------------------------

@pytest.mark.parametrize("name, language, rights, received", [
    ("nl-inzage-base64.eml", "nl", ["access", "erasure"], "2026-03-03"),  # 23:30 UTC is the 3rd in Brussels
    ("fr-effacement-qp.eml", "fr", ["erasure", "objection"], "2026-03-10"),
    ("fr-html-only.eml", "fr", ["access"], "2026-03-12"),
    ("en-access-passport.eml", "nl", ["access", "portability"], "2026-03-11"),  # en is no language of ECOmarket: its default
])
def test_a_message_file_becomes_a_case_with_the_original_kept(samples, sample, name, language, rights, received):
    raw = sample(name)
    proposed = desk_mail.propose_file("ecomarket", raw, name, TODAY)
    assert proposed.draft.channel == "email" and proposed.draft.rights == rights
    assert proposed.draft.language == language and proposed.draft.received.isoformat() == received
    case = desk_mail.import_message("ecomarket", raw, name, CLERK, today=TODAY)
    assert case.channel == "email" and case.right_list == rights and case.received.isoformat() == received
    assert case.requester_email == proposed.proposal.email and case.summary.startswith(proposed.message.subject)
    files = kept_files(case)
    assert files[name] == raw  # the original, byte for byte, decrypted from the database
    for attachment in proposed.message.attachments:
        assert files[attachment.filename] == attachment.data
    # the same message is imported once
    with pytest.raises(desk_mail.InvalidMail) as again:
        desk_mail.import_message("ecomarket", raw, name, CLERK, today=TODAY)
    assert case.reference in str(again.value)


def test_the_database_holds_the_messages_encrypted(samples, sample, db_path):
    raw = sample("nl-inzage-base64.eml")
    desk_mail.import_message("ecomarket", raw, "nl-inzage-base64.eml", CLERK, today=TODAY)
    encoded = max(raw.splitlines(), key=len)  # a line of the base64 body, as the file has it
    assert len(encoded) > 40 and encoded in raw
    assert encoded not in db_path.read_bytes() and b"Content-Transfer-Encoding" not in db_path.read_bytes()


def test_an_outlook_msg_becomes_a_case(samples):
    raw = build_msg(subject="Verzoek tot verwijdering van mijn gegevens", sender_name="An Janssens",
                    sender_email="an.janssens@example.be", to_email="privacy@ecomarket.test",
                    body="Graag verwijdert u al mijn persoonsgegevens uit uw klantenbestand.",
                    sent=datetime(2026, 3, 5, 10, 0, tzinfo=timezone.utc), message_id="<outlook-7@example.be>",
                    attachments=(("brief.pdf", "application/pdf", b"%PDF-1.4 brief"),))
    case = desk_mail.import_message("ecomarket", raw, "verzoek.msg", CLERK, today=TODAY)
    assert case.requester_name == "An Janssens" and case.right_list == ["erasure"] and case.language == "nl"
    assert kept_files(case) == {"verzoek.msg": raw, "brief.pdf": b"%PDF-1.4 brief"}


def test_a_broken_file_or_no_right_writes_nothing(samples, sample):
    with pytest.raises(MailError) as broken:
        desk_mail.import_message("ecomarket", sample("broken.eml"), "broken.eml", CLERK, today=TODAY)
    assert broken.value.kind == "parse"
    raw = email(subject="Hello", body="Are you open on Sunday?", message_id="<hello@example.be>")
    with pytest.raises(InvalidCase) as no_right:
        desk_mail.import_message("ecomarket", raw, "hello.eml", CLERK, today=TODAY)
    assert [p.field for p in no_right.value.problems] == ["rights"]
    assert MailMessage.select().count() == 0
    # with the rights the clerk gives, it goes
    case = desk_mail.import_message("ecomarket", raw, "hello.eml", CLERK, rights=["other"], today=TODAY)
    assert case.right_list == ["other"]


# -- the mailbox ---------------------------------------------------------------------------------

def test_a_round_fills_the_inbox_each_message_once_across_rounds_and_a_restart(samples, sample, dovecot, pki, db_path):
    from dsar_desk.store.db import close_database, open_database

    configure("ecomarket", pki, dovecot=dovecot)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("broken.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    first = desk_mail.fetch_round("ecomarket", CLERK)
    assert (first.new, first.unreadable, first.joined, first.problem) == (2, 1, [], None)
    rows = mail_queries.inbox("ecomarket")
    assert sorted(r.state for r in rows) == ["new", "new", "unreadable"]
    again = desk_mail.fetch_round("ecomarket", CLERK)
    assert (again.new, again.unreadable, again.skipped) == (0, 0, 0)
    # a restart: the state comes from the database file
    close_database()
    open_database(db_path)
    dovecot.deliver(sample("de-auskunft-8bit.eml"))
    third = desk_mail.fetch_round("ecomarket", CLERK)
    assert third.new == 1 and MailMessage.select().count() == 4
    # the server's copies are untouched: nothing marked read, nothing deleted
    imap = ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, user=dovecot.user, ca_file=str(pki.ca_file))
    with ImapMailbox(imap, password=dovecot.password) as box:
        assert len(box.fetch_new(None, 0).messages) == 4
    assert all("S" not in path.name.rsplit(",", 1)[-1] for path in (dovecot.maildir / "cur").glob("*")) \
        if (dovecot.maildir / "cur").exists() else True


def test_a_renumbered_folder_brings_nothing_twice(samples, sample, dovecot, pki):
    configure("ecomarket", pki, dovecot=dovecot)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    desk_mail.fetch_round("ecomarket", CLERK)
    from dsar_desk.store.models import MailboxState

    MailboxState.update(uidvalidity=MailboxState.uidvalidity + 1).execute()  # as if the server renumbered
    report = desk_mail.fetch_round("ecomarket", CLERK)
    assert report.renumbered and report.new == 0 and report.skipped == 1


def test_a_reply_joins_its_case_with_identity_as_a_proposal(samples, dovecot, pki):
    configure("ecomarket", pki, dovecot=dovecot)
    case = desk_mail.import_message("ecomarket", email(subject="Verzoek om inzage", body="Ik wil inzage in mijn "
                                                       "persoonsgegevens.", message_id="<first@example.be>"),
                                    "first.eml", CLERK, today=TODAY)
    scan = b"\x89PNG\r\n\x1a\n identity card scan"
    dovecot.deliver(email(subject=f"Re: Uw verzoek {case.reference}", body="Hierbij mijn identiteitskaart.",
                          message_id="<reply@example.be>", attachments=(("identiteitskaart.png", "image/png", scan),)))
    report = desk_mail.fetch_round("ecomarket", CLERK)
    assert report.joined == [case.reference] and report.identity == [case.reference] and report.new == 0
    assert kept_files(case)["identiteitskaart.png"] == scan
    texts = [e.text for e in events_of(case)]
    assert any(t.startswith("e-mail received from jan.peeters@example.be") for t in texts)
    assert any(t.startswith("identity received? identiteitskaart.png") for t in texts)
    assert case.status == get_case(case.reference).status == "received"  # proposed, never applied
    assert desk_mail.identity_proposals(case)[0][1] == ("identiteitskaart.png",)


def test_an_answer_to_our_message_id_joins_its_case(samples, dovecot, smtp_server, pki):
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<q@example.be>"), "q.eml", CLERK, today=TODAY)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    sent = desk_mail.send_letter(letter, CLERK)
    dovecot.deliver(email(subject="Dank u", body="Ok, bedankt.", message_id="<thanks@example.be>",
                          in_reply_to=sent.message_id))
    report = desk_mail.fetch_round("ecomarket", CLERK)
    assert report.joined == [case.reference]


def test_inbox_actions_make_a_case_add_to_a_case_not_a_request(samples, sample, dovecot, pki):
    configure("ecomarket", pki, dovecot=dovecot)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    dovecot.deliver(email(subject="Newsletter", body="Our offers of the week", message_id="<spam@example.com>"))
    desk_mail.fetch_round("ecomarket", CLERK)
    by_subject = {r.subject: r.id for r in mail_queries.inbox()}
    nl = by_subject["Verzoek om inzage in mijn persoonsgegevens"]
    row, proposed, raw = desk_mail.inbox_message(nl, TODAY)
    case = desk_mail.make_case_from(nl, proposed.draft, CLERK, TODAY)
    assert case.right_list == ["access", "erasure"] and kept_files(case)[next(iter(kept_files(case)))] == raw
    fr = next(i for s, i in by_subject.items() if s.startswith("Demande"))
    desk_mail.add_to_case(fr, case, CLERK)
    assert len(kept_files(case)) == 2
    desk_mail.not_a_request(by_subject["Newsletter"], CLERK)
    assert mail_queries.inbox() == []
    assert MailMessage.get_by_id(by_subject["Newsletter"]).raw is None  # its content is not kept
    with pytest.raises(desk_mail.InvalidMail):
        desk_mail.not_a_request(nl, CLERK)  # handled once
    # a new round brings none of them back
    assert desk_mail.fetch_round("ecomarket", CLERK).new == 0


def test_a_refused_login_or_a_dead_server_is_one_problem_and_the_next_round_tries_again(samples, sample, dovecot, pki):
    configure("ecomarket", pki, dovecot=dovecot)
    desk_mail.set_password("ecomarket", "imap", "wrong password")
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    report = desk_mail.fetch_round("ecomarket", CLERK)
    assert report.problem.kind == "login" and MailMessage.select().count() == 0
    (name, problem, _since), = mail_queries.mailbox_problems()
    assert name == "ECOmarket" or name
    desk_mail.set_password("ecomarket", "imap", dovecot.password)
    assert desk_mail.fetch_round("ecomarket", CLERK).new == 1 and mail_queries.mailbox_problems() == []
    from tests.mail.servers import free_port

    configure("ecomarket", pki, dovecot=dovecot, imap_port=free_port())
    assert desk_mail.fetch_round("ecomarket", CLERK).problem.kind == "connect"


def test_settings_are_checked_field_by_field(samples):
    from dsar_desk.mail.account import MailAccount

    with pytest.raises(desk_mail.InvalidMail) as bad:
        desk_mail.save_account("ecomarket", MailAccount(privacy_address="nope", imap_host="bad host!",
                                                        imap_port=70000), CLERK)
    assert {p.field for p in bad.value.problems} == {"privacy_address", "imap_host", "imap_port"}
    assert desk_mail.get_account("ecomarket") is None


def test_the_connection_test_names_what_failed(samples, dovecot, smtp_server, pki):
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server)
    assert [(w, c.ok) for w, c in desk_mail.test_connection("ecomarket")] == [("imap", True), ("smtp", True)]
    desk_mail.set_password("ecomarket", "smtp", "wrong")
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server, imap_folder="Nowhere")
    desk_mail.set_password("ecomarket", "smtp", "wrong")
    results = dict(desk_mail.test_connection("ecomarket"))
    assert results["imap"].failed == "folder" and results["smtp"].failed == "login"
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server, imap_host="no-such-host.invalid")
    assert dict(desk_mail.test_connection("ecomarket"))["imap"].failed == "dns"


def test_xoauth2_with_a_token_the_test_supplies(samples, sample, dovecot, pki):
    import time

    from dsar_desk.mail.oauth import OAuthToken

    configure("ecomarket", pki, dovecot=dovecot, auth="xoauth2", provider="google", oauth_client_id="test-client")
    desk_mail.store_oauth_token("ecomarket", OAuthToken(dovecot.token, time.time() + 3600))
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    assert desk_mail.fetch_round("ecomarket", CLERK).new == 1


# -- out -----------------------------------------------------------------------------------------

def test_a_letter_goes_out_byte_identical_and_is_marked_sent_with_its_message_id(samples, dovecot, smtp_server, pki):
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<a@example.be>"), "a.eml", CLERK, today=TODAY)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    sent = desk_mail.send_letter(letter, CLERK, body="Beste Jan,\n\nZie bijlage.\n\nECOmarket")
    (got,) = smtp_server.received
    assert got.rcpt_tos == ["jan.peeters@example.be"]
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    assert back["Message-ID"] == sent.message_id and case.reference in back["Subject"]
    assert back["From"].addresses[0].addr_spec == "privacy@ecomarket.test"
    assert back["In-Reply-To"] == "<a@example.be>"  # it answers the request
    pdf = next(p for p in back.iter_attachments() if p.get_filename().endswith(".pdf"))
    assert pdf.get_content() == bytes(Letter.get_by_id(letter.id).pdf)
    assert back.get_body(("plain",)).get_content().startswith("Beste Jan,")
    stored = Letter.get_by_id(letter.id)
    assert stored.sent_method == "email" and stored.is_sent
    event = [e for e in events_of(case) if e.kind == "letter-sent"][-1]
    assert sent.message_id in event.text and event.letter_id == letter.id
    row = MailSent.get(MailSent.letter_id == letter.id)
    assert row.message_id == sent.message_id and row.response.startswith("250") and row.sent_folder == "Sent"
    with pytest.raises(Exception):
        desk_mail.send_letter(letter, CLERK)  # once
    assert len(smtp_server.received) == 1


def test_a_refused_send_leaves_the_letter_unsent_with_the_servers_reason(samples, smtp_server, pki):
    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<b@example.be>"), "b.eml", CLERK, today=TODAY)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    smtp_server.refuse.add("jan.peeters@example.be")
    with pytest.raises(MailError) as refused:
        desk_mail.send_letter(letter, CLERK)
    assert refused.value.kind == "refused" and refused.value.server_reply
    assert not Letter.get_by_id(letter.id).is_sent and MailSent.select().count() == 0


def test_annexes_in_an_encrypted_zip_password_shown_once_never_stored(samples, smtp_server, pki, db_path):
    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<c@example.be>"), "c.eml", CLERK, today=TODAY)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    annex = ("orders.csv", b"order;total\n1;12.50\n")
    with pytest.raises(desk_mail.InvalidMail) as no_channel:
        desk_mail.send_letter(letter, CLERK, encrypt=True, extra_annexes=[annex])
    assert no_channel.value.problems[0].field == "password_channel"
    sent = desk_mail.send_letter(letter, CLERK, encrypt=True, password_channel="phone", extra_annexes=[annex])
    assert sent.zip_password and sent.zip_password not in repr(sent)
    back = BytesParser(policy=policy.default).parsebytes(smtp_server.received[0].data)
    zipped = next(p for p in back.iter_attachments() if p.get_filename().endswith(".zip")).get_content()
    assert open_annexes(zipped, sent.zip_password) == {"orders.csv": annex[1]}
    with pytest.raises(Exception):
        open_annexes(zipped, "wrong")
    with pytest.raises(Exception):
        open_annexes(zipped, "")
    texts = [e.text for e in events_of(case)]
    assert any("password given by phone" in t for t in texts)
    assert sent.zip_password.encode() not in db_path.read_bytes()
    assert all(sent.zip_password not in t for t in texts)


def test_an_art19_notice_goes_to_the_recipient_and_closes_its_item(samples, smtp_server, pki):
    from dsar_desk.desk.organisations import import_profile
    from dsar_desk.resources import resource

    text = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")
    text = text.replace('id = "bpost"', 'id = "bpost"\nemail = "privacy@bpost.test"', 1)
    import_profile(text)
    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Verwijderen", body="Verwijder al mijn gegevens.",
                                                       message_id="<d@example.be>"), "d.eml", CLERK, today=TODAY)
    targets = desk_mail.notice_targets(case)
    bpost = next(item for item, recipient, address in targets if address == "privacy@bpost.test")
    others = [item for item, recipient, address in targets if not address]
    delivery = desk_mail.send_notice(case, bpost.id, CLERK)
    (got,) = smtp_server.received
    assert got.rcpt_tos == ["privacy@bpost.test"]
    back = BytesParser(policy=policy.default).parsebytes(got.data)
    assert "Artikel 19" in back["Subject"] or "19" in back["Subject"]
    from dsar_desk.store.checklist import get_item

    item = get_item(case, bpost.id)
    assert item.state == "done" and delivery.message_id in item.note
    if others:
        with pytest.raises(desk_mail.InvalidMail) as no_address:
            desk_mail.send_notice(case, others[0].id, CLERK)
        assert no_address.value.problems[0].field == "to"


def test_no_password_is_in_the_database_the_settings_or_the_log(samples, sample, dovecot, smtp_server, pki, db_path,
                                                                  private_folders):
    import logging

    from dsar_desk.__main__ import setup_logging

    setup_logging()  # the app's log file, as the app writes it
    added = logging.getLogger().handlers[-1]
    configure("ecomarket", pki, dovecot=dovecot, smtp=smtp_server)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    desk_mail.fetch_round("ecomarket", CLERK)
    desk_mail.set_password("ecomarket", "imap", "wrong-pw-Zq81")
    desk_mail.fetch_round("ecomarket", CLERK)
    desk_mail.test_connection("ecomarket")
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<e@example.be>"), "e.eml", CLERK, today=TODAY)
    desk_mail.send_letter(make_letter(case, "acknowledgement", None, CLERK), CLERK)
    added.flush()
    logging.getLogger().removeHandler(added)
    added.close()
    logging.getLogger().setLevel(logging.WARNING)
    files = [p for p in private_folders.rglob("*") if p.is_file()]
    log = next(p for p in files if p.name == "dsar-desk.log")
    settings = next(p for p in files if p.name == "settings.json")
    assert db_path in files and b"mail round of ecomarket" in log.read_bytes() and settings.exists()
    assert b"jan.peeters" not in log.read_bytes()  # nor personal data
    for secret in (dovecot.password, smtp_server.password, "wrong-pw-Zq81"):
        for path in files:
            assert secret.encode() not in path.read_bytes(), f"{secret!r} found in {path.name}"


def test_read_flags_and_moves_on_the_server_only_when_the_clerk_chose_so(samples, sample, dovecot, pki):
    def flags():
        return sorted(p.name.rsplit(":2,", 1)[-1] for p in (dovecot.maildir / "cur").glob("*")) \
            if (dovecot.maildir / "cur").exists() else []

    configure("ecomarket", pki, dovecot=dovecot)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    desk_mail.fetch_round("ecomarket", CLERK)
    assert all("S" not in f for f in flags())  # by default nothing is marked read
    dovecot.deliver(sample("fr-effacement-qp.eml"), folder="Handled")  # the folder exists
    configure("ecomarket", pki, dovecot=dovecot, mark_seen=True, move_to="Handled")
    dovecot.deliver(sample("de-auskunft-8bit.eml"))
    desk_mail.fetch_round("ecomarket", CLERK)
    assert any("S" in f for f in flags())
    imap = ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, user=dovecot.user, ca_file=str(pki.ca_file))
    with ImapMailbox(imap, password=dovecot.password) as box:
        assert len(box.fetch_new(None, 0).messages) == 2  # nothing handled yet: nothing moved
    first = next(r for r in mail_queries.inbox() if r.subject.startswith("Verzoek"))
    desk_mail.not_a_request(first.id, CLERK)
    desk_mail.fetch_round("ecomarket", CLERK)
    with ImapMailbox(imap, password=dovecot.password) as box:
        assert len(box.fetch_new(None, 0).messages) == 1
        assert len(box.fetch_new(None, 0, folder="Handled").messages) == 2
    assert MailMessage.get_by_id(first.id).server_done


def test_xoauth2_for_both_servers_sends_and_copies_to_sent(samples, dovecot, pki):
    import time

    from dsar_desk.mail.oauth import OAuthToken
    from tests.mail.servers import SmtpServer

    server = SmtpServer(pki, mode="starttls", token=dovecot.token).start()  # one token, as a provider gives
    try:
        configure("ecomarket", pki, dovecot=dovecot, smtp=server, auth="xoauth2", provider="microsoft",
                  oauth_client_id="00000000-test-client")
        desk_mail.store_oauth_token("ecomarket", OAuthToken(dovecot.token, time.time() + 3600))
        case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                           message_id="<x@example.be>"), "x.eml", CLERK, today=TODAY)
        sent = desk_mail.send_letter(make_letter(case, "acknowledgement", None, CLERK), CLERK)
        assert server.xoauth2_seen and sent.delivery.sent_folder == "Sent" and sent.delivery.copy_problem is None
        assert dovecot.token not in repr(sent) and dovecot.token not in str(MailSent.get().__data__)
    finally:
        server.stop()
