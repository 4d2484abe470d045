"""An organisation's mail settings: stored without secrets, checked field by field."""

from __future__ import annotations

import json

from dsar_desk.mail.account import MailAccount, check_account, secret_names
from dsar_desk.mail.imap import check_connection


def test_settings_round_trip_and_derive_the_server_settings():
    account = MailAccount(privacy_address="privacy@ecomarket.be", sender_name="ECOmarket – privacy",
                          imap_host="imap.ecomarket.be", smtp_host="smtp.ecomarket.be", smtp_port=465,
                          smtp_security="ssl")
    data = account.to_dict()
    assert json.loads(json.dumps(data)) == data  # plain values only
    assert MailAccount.from_dict(data) == account
    assert not any("password" in key or "token" in key for key in data)
    imap, smtp = account.imap(), account.smtp()
    assert (imap.host, imap.user, imap.effective_port, imap.security) == ("imap.ecomarket.be", "privacy@ecomarket.be",
                                                                          993, "tls")
    assert (smtp.host, smtp.user, smtp.effective_port, smtp.security) == ("smtp.ecomarket.be", "privacy@ecomarket.be",
                                                                          465, "ssl")
    assert imap.ca_file is None  # the system's trust store
    assert MailAccount(privacy_address="p@x.be", smtp_host="s.x.be").imap() is None
    # keys of a newer version survive a round trip through this one
    newer = MailAccount.from_dict({**data, "idle": True})
    assert newer.to_dict()["idle"] is True and newer == account
    assert secret_names("ecomarket") == {"imap": "mail-password:ecomarket:imap", "smtp": "mail-password:ecomarket:smtp",
                                         "oauth": "mail-oauth:ecomarket"}


def test_every_problem_names_its_field():
    bad = MailAccount(privacy_address="privacy at ecomarket", imap_host="imap ecomarket.be", imap_port=99999,
                      imap_security="ssl", smtp_security="tls", auth="xoauth2", check_minutes=0,
                      move_to="INBOX")
    problems = {p.field: str(p.message) for p in check_account(bad)}
    assert problems == {
        "privacy_address": "'privacy at ecomarket' is not an e-mail address",
        "imap_host": "'imap ecomarket.be' is not a server name",
        "imap_port": "The port must be a number from 1 to 65535, not 99999",
        "imap_security": "IMAP security must be tls or starttls, not ssl",
        "smtp_security": "SMTP security must be ssl or starttls, not tls",
        "provider": "XOAUTH2 needs the provider: microsoft or google",
        "oauth_client_id": "XOAUTH2 needs the client ID of the application your organisation registered",
        "check_minutes": "Check the mailbox every 1 to 1440 minutes, not 0",
        "move_to": "Handled messages cannot move to the folder they are read from (INBOX)",
    }
    assert check_account(MailAccount(privacy_address="p@x.be"))[0].field == "imap_host"  # no server at all
    good = MailAccount(privacy_address="privacy@ecomarket.be", imap_host="outlook.office365.com",
                       smtp_host="smtp.office365.com", auth="xoauth2", provider="microsoft",
                       oauth_client_id="7f3a0c1e-0000-4000-8000-000000000000")
    assert check_account(good) == []


def test_the_derived_settings_reach_a_real_server(dovecot, pki):
    account = MailAccount(privacy_address=dovecot.user, imap_host="127.0.0.1", imap_port=dovecot.imaps_port,
                          ca_file=str(pki.ca_file))
    assert check_account(account) == []
    assert check_connection(account.imap(), password=dovecot.password).ok
