"""XOAUTH2 against the real servers (dovecot's oauth2 passdb, aiosmtpd), and Google's installed-app
flow against a local stand-in for Google's endpoints. Microsoft's device-code flow needs Microsoft:
it cannot be tried here (no network); only its failure without a network is checked."""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import threading
import urllib.parse
import urllib.request

import pytest

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings
from dsar_desk.mail.oauth import Endpoints, google_authorize, google_refresh, xoauth2_base64, xoauth2_string
from dsar_desk.mail.smtp import SmtpSettings, build_message, send


def test_the_xoauth2_string_is_exactly_what_the_providers_document():
    # Google's example: user=someuser@example.com^Aauth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg^A^A
    raw = xoauth2_string("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg")
    assert raw == b"user=someuser@example.com\x01auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"
    assert xoauth2_base64("someuser@example.com", "ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg") == (
        "dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==")
    with pytest.raises(MailError):
        xoauth2_string("someuser@example.com", "")


def test_imap_xoauth2_against_dovecot(dovecot, pki, dovecot_server):
    settings = ImapSettings(host="127.0.0.1", port=dovecot.imaps_port, user=dovecot.user, auth="xoauth2",
                            ca_file=str(pki.ca_file), timeout=10)
    dovecot.deliver(b"From: a@example.be\r\nSubject: via oauth\r\n\r\nx\r\n")
    with ImapMailbox(settings, token=dovecot.token) as box:
        assert len(box.fetch_new(None, 0).messages) == 1
    assert dovecot.token in dovecot_server.token_server.asked  # dovecot really checked the token
    # a token the provider does not know: a login error, and the token is not in it
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings, token="ya29.revoked-token").connect()
    assert caught.value.kind == "login" and "ya29.revoked-token" not in str(caught.value)
    with pytest.raises(MailError) as caught:
        ImapMailbox(settings).connect()
    assert str(caught.value) == "No access token: sign in to the mail provider first"


def test_smtp_xoauth2_against_aiosmtpd(smtp_server, pki):
    settings = SmtpSettings(host="127.0.0.1", port=smtp_server.port, user=smtp_server.user, auth="xoauth2",
                            ca_file=str(pki.ca_file), timeout=10)
    message = build_message(sender=smtp_server.user, to="jan@example.be", subject="Test", body="x")
    result = send(settings, message, token=smtp_server.token)
    assert result.response.startswith("250 ") and smtp_server.received[0].login == smtp_server.user
    assert smtp_server.xoauth2_seen == [f"user={smtp_server.user}\x01auth=Bearer {smtp_server.token}\x01\x01".encode()]
    with pytest.raises(MailError) as caught:
        send(settings, build_message(sender=smtp_server.user, to="jan@example.be", subject="T", body="x"),
             token="ya29.wrong")
    assert caught.value.kind == "login" and "535" in str(caught.value) and "ya29.wrong" not in str(caught.value)
    assert len(smtp_server.received) == 1


class FakeGoogle:
    """Google's authorization and token endpoints as far as the installed-app flow uses them."""

    def __init__(self):
        self.challenges: dict[str, str] = {}
        self.tokens: list[dict] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = dict(urllib.parse.parse_qsl(self.rfile.read(int(self.headers["Content-Length"])).decode()))
                outer.tokens.append(body)
                if body.get("grant_type") == "authorization_code":
                    challenge = outer.challenges.get(body.get("code", ""))
                    verifier = body.get("code_verifier", "")
                    computed = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
                    ok = challenge is not None and computed == challenge and body.get("client_secret") == "desk-secret"
                    reply = ({"access_token": "ya29.from-code", "expires_in": 3599, "refresh_token": "1//refresh",
                              "token_type": "Bearer"} if ok else {"error": "invalid_grant"})
                elif body.get("grant_type") == "refresh_token" and body.get("refresh_token") == "1//refresh":
                    ok, reply = True, {"access_token": "ya29.refreshed", "expires_in": 3599, "token_type": "Bearer"}
                else:
                    ok, reply = False, {"error": "invalid_grant", "error_description": "Token has been revoked."}
                data = json.dumps(reply).encode()
                self.send_response(200 if ok else 400)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.endpoints = Endpoints(f"http://127.0.0.1:{self.port}/auth", f"http://127.0.0.1:{self.port}/token")

    def browser(self, url: str, state: str | None = None) -> None:
        """What the clerk's browser does: Google signs in and redirects to the desk with a code."""
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(url).query))
        assert query["scope"] == "https://mail.google.com/" and query["code_challenge_method"] == "S256"
        assert query["access_type"] == "offline" and query["redirect_uri"].startswith("http://127.0.0.1:")
        self.challenges["code-123"] = query["code_challenge"]
        target = query["redirect_uri"] + "?" + urllib.parse.urlencode(
            {"code": "code-123", "state": state or query["state"]})
        threading.Thread(target=lambda: _get(target), daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def _get(url):
    try:
        urllib.request.urlopen(url, timeout=5).read()
    except Exception:
        pass


@pytest.fixture
def google():
    fake = FakeGoogle()
    yield fake
    fake.stop()


def test_google_installed_app_flow_with_pkce(google):
    token = google_authorize("desk-client", "desk-secret", google.browser, endpoints=google.endpoints, timeout=10)
    assert token.access_token == "ya29.from-code" and token.refresh_token == "1//refresh" and not token.expired
    assert "ya29" not in repr(token)
    exchange = google.tokens[-1]
    assert exchange["redirect_uri"].startswith("http://127.0.0.1:") and exchange["client_id"] == "desk-client"
    again = google_refresh("desk-client", "desk-secret", token.refresh_token, endpoints=google.endpoints)
    assert again.access_token == "ya29.refreshed" and again.refresh_token == "1//refresh"
    with pytest.raises(MailError) as caught:
        google_refresh("desk-client", "desk-secret", "1//revoked", endpoints=google.endpoints)
    assert str(caught.value) == "The sign-in did not give an access token (Token has been revoked.)"


def test_google_flow_ignores_a_redirect_with_another_state(google):
    with pytest.raises(MailError) as caught:
        google_authorize("desk-client", "desk-secret", lambda url: google.browser(url, state="forged"),
                         endpoints=google.endpoints, timeout=1.5)
    assert caught.value.kind == "oauth" and "not finished" in str(caught.value)


def test_google_unreachable_is_one_clear_error():
    with pytest.raises(MailError) as caught:
        google_refresh("c", "s", "r", endpoints=Endpoints("http://127.0.0.1:9/auth", "http://127.0.0.1:9/token"))
    assert caught.value.kind == "oauth" and str(caught.value).startswith("The sign-in service cannot be reached")
