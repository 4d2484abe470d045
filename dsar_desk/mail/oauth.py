"""XOAUTH2 for IMAP and SMTP, and getting its access token from Microsoft 365 or Google.

The SASL exchange (Google's and Microsoft's "XOAUTH2"): the client sends, base64-encoded,
``user=<address>\\x01auth=Bearer <access token>\\x01\\x01``. A server that refuses answers with
a base64 JSON challenge (``{"status":"401",...}``); the client replies with an empty line and
the server then says NO / 535. :func:`xoauth2_string` makes the bytes; the IMAP and SMTP
clients of this package send them (tested against dovecot's ``oauth2`` passdb and aiosmtpd).

Tokens (not tried here: this machine has no way to reach Microsoft or Google, and a real
sign-in needs a registered application and a real account; the functions follow the
providers' documented flows and are tested against local HTTP servers where a test can stand
in for the provider):

* **Microsoft 365**: MSAL's *device-code flow* (:func:`microsoft_device_flow`): the desk shows
  "go to https://microsoft.com/devicelogin and enter ABCD-EFGH"; the clerk signs in in any
  browser; MSAL returns an access token and keeps a refresh token in its cache, which the
  caller stores in the OS keyring (:func:`microsoft_token` refreshes silently from it). The
  organisation registers a public client application in Entra ID with the delegated
  permissions ``IMAP.AccessAsUser.All`` and ``SMTP.Send`` and "Allow public client flows".
* **Google**: Google's device flow does not allow the Gmail scope, so Google's *installed
  application* flow is used (:func:`google_authorize`): the browser opens Google's consent page,
  Google redirects to ``http://127.0.0.1:<port>/`` where the desk listens once, the code is
  exchanged with PKCE (S256) for an access and a refresh token; :func:`google_refresh` renews
  the access token. The organisation creates a "Desktop app" OAuth client with the scope
  ``https://mail.google.com/``.

Tokens and MSAL caches are secrets: keep them in the keyring (``dsar_desk.secrets``), never in
the database, the settings or a log. No function here logs anything.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError

__all__ = ["xoauth2_string", "xoauth2_base64", "OAuthToken", "Endpoints", "GOOGLE", "GOOGLE_SCOPE",
           "MICROSOFT_SCOPES", "microsoft_device_flow", "microsoft_token", "google_authorize", "google_refresh"]

MICROSOFT_SCOPES = ("https://outlook.office.com/IMAP.AccessAsUser.All", "https://outlook.office.com/SMTP.Send")
GOOGLE_SCOPE = "https://mail.google.com/"


def xoauth2_string(user: str, access_token: str) -> bytes:
    """The XOAUTH2 initial client response, before base64 (the clients encode it)."""
    if not user or "\x01" in user or not access_token or "\x01" in access_token:
        raise MailError(msg("mail.xoauth2-invalid", "The user or the access token for XOAUTH2 is empty or invalid"),
                        "settings")
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01".encode()


def xoauth2_base64(user: str, access_token: str) -> str:
    return base64.b64encode(xoauth2_string(user, access_token)).decode("ascii")


@dataclass(frozen=True)
class OAuthToken:
    access_token: str
    expires_at: float  # time.time() when it stops being valid
    refresh_token: str = ""  # Google; for Microsoft the refresh token lives in the MSAL cache
    cache: str = ""  # Microsoft: the serialised MSAL token cache, to keep in the keyring

    def __repr__(self) -> str:  # never print a token
        return f"OAuthToken(expires_at={self.expires_at!r})"

    @property
    def expired(self) -> bool:
        return time.time() >= self.expires_at - 60


# -- Microsoft 365 (MSAL) ------------------------------------------------------------------------

def _msal_app(client_id: str, tenant: str, cache_json: str):
    import msal

    cache = msal.SerializableTokenCache()
    if cache_json:
        cache.deserialize(cache_json)
    authority = f"https://login.microsoftonline.com/{tenant or 'organizations'}"
    return msal.PublicClientApplication(client_id, authority=authority, token_cache=cache), cache


def _msal_result(result: dict | None, cache) -> OAuthToken:
    if not result or "access_token" not in result:
        reason = (result or {}).get("error_description") or (result or {}).get("error") or "no token"
        raise MailError(msg("mail.oauth-refused", "The sign-in did not give an access token ({reason})",
                            reason=str(reason).splitlines()[0][:200]), "oauth")
    return OAuthToken(result["access_token"], time.time() + float(result.get("expires_in", 3600)),
                      cache=cache.serialize() if cache.has_state_changed else "")


def microsoft_device_flow(client_id: str, tenant: str, show: Callable[[str, str, str], None],
                          cache_json: str = "", scopes: tuple[str, ...] = MICROSOFT_SCOPES) -> OAuthToken:
    """Sign in to Microsoft 365 with a device code. ``show(message, url, code)`` tells the clerk
    where to go; this call then waits (run it off the UI thread) until the sign-in ends."""
    try:
        app, cache = _msal_app(client_id, tenant, cache_json)
        flow = app.initiate_device_flow(scopes=list(scopes))
    except Exception as exc:  # msal raises requests' and its own errors
        raise MailError(msg("mail.oauth-unreachable", "The sign-in service cannot be reached ({reason})",
                            reason=exc.__class__.__name__), "oauth") from None
    if "user_code" not in flow:
        raise MailError(msg("mail.oauth-refused", "The sign-in did not give an access token ({reason})",
                            reason=str(flow.get("error_description") or flow.get("error") or "no device code")[:200]),
                        "oauth")
    show(flow.get("message", ""), flow.get("verification_uri", ""), flow["user_code"])
    try:
        result = app.acquire_token_by_device_flow(flow)
    except Exception as exc:
        raise MailError(msg("mail.oauth-unreachable", "The sign-in service cannot be reached ({reason})",
                            reason=exc.__class__.__name__), "oauth") from None
    return _msal_result(result, cache)


def microsoft_token(client_id: str, tenant: str, user: str, cache_json: str,
                    scopes: tuple[str, ...] = MICROSOFT_SCOPES) -> OAuthToken:
    """A fresh access token from the MSAL cache (refreshed silently); a MailError ("oauth") when
    the clerk must sign in again."""
    try:
        app, cache = _msal_app(client_id, tenant, cache_json)
        accounts = app.get_accounts(username=user) or app.get_accounts()
        result = app.acquire_token_silent(list(scopes), account=accounts[0]) if accounts else None
    except Exception as exc:
        raise MailError(msg("mail.oauth-unreachable", "The sign-in service cannot be reached ({reason})",
                            reason=exc.__class__.__name__), "oauth") from None
    if not result:
        raise MailError(msg("mail.oauth-sign-in-again", "Sign in to the mail provider again for {user}", user=user),
                        "oauth")
    return _msal_result(result, cache)


# -- Google (installed application, loopback redirect, PKCE) --------------------------------------

@dataclass(frozen=True)
class Endpoints:
    authorize: str
    token: str


GOOGLE = Endpoints("https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token")


def _post(url: str, fields: dict[str, str], timeout: float) -> dict:
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/x-www-form-urlencoded",
                                                                 "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        try:
            body = json.loads(exc.read().decode("utf-8"))
        except (ValueError, OSError):
            body = {}
        reason = body.get("error_description") or body.get("error") or f"HTTP {exc.code}"
        raise MailError(msg("mail.oauth-refused", "The sign-in did not give an access token ({reason})",
                            reason=str(reason)[:200]), "oauth") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise MailError(msg("mail.oauth-unreachable", "The sign-in service cannot be reached ({reason})",
                            reason=exc.__class__.__name__), "oauth") from None


def _token(body: dict, refresh_token: str = "") -> OAuthToken:
    if "access_token" not in body:
        raise MailError(msg("mail.oauth-refused", "The sign-in did not give an access token ({reason})",
                            reason=str(body.get("error", "no token"))[:200]), "oauth")
    return OAuthToken(body["access_token"], time.time() + float(body.get("expires_in", 3600)),
                      refresh_token=body.get("refresh_token", refresh_token))


def google_authorize(client_id: str, client_secret: str, open_url: Callable[[str], object], user_hint: str = "",
                     endpoints: Endpoints = GOOGLE, scope: str = GOOGLE_SCOPE, timeout: float = 300.0) -> OAuthToken:
    """Google sign-in in the browser (``open_url`` is ``webbrowser.open``); waits for the redirect
    to 127.0.0.1 at most ``timeout`` seconds (run it off the UI thread)."""
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
    state = secrets.token_urlsafe(24)
    got: dict[str, str] = {}
    done = threading.Event()

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            query = dict(urllib.parse.parse_qsl(urllib.parse.urlparse(self.path).query))
            if query.get("state") != state:
                self.send_response(400)
                self.end_headers()
                return
            got.update(query)
            body = "Signed in. You can close this window and go back to DSAR Desk.".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            done.set()

        def log_message(self, *args):  # the query holds the code: never log it
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Redirect)
    server.timeout = 0.5
    redirect = f"http://127.0.0.1:{server.server_address[1]}/"
    params = {"client_id": client_id, "redirect_uri": redirect, "response_type": "code", "scope": scope,
              "code_challenge": challenge, "code_challenge_method": "S256", "state": state,
              "access_type": "offline", "prompt": "consent"}
    if user_hint:
        params["login_hint"] = user_hint
    try:
        open_url(endpoints.authorize + "?" + urllib.parse.urlencode(params))
        deadline = time.monotonic() + timeout
        while not done.is_set() and time.monotonic() < deadline:
            server.handle_request()
    finally:
        server.server_close()
    if not done.is_set():
        raise MailError(msg("mail.oauth-timeout", "The sign-in was not finished within {minutes} minutes",
                            minutes=round(timeout / 60)), "oauth")
    if "code" not in got:
        raise MailError(msg("mail.oauth-refused", "The sign-in did not give an access token ({reason})",
                            reason=got.get("error", "no code")[:200]), "oauth")
    body = _post(endpoints.token, {"client_id": client_id, "client_secret": client_secret, "code": got["code"],
                                   "code_verifier": verifier, "grant_type": "authorization_code",
                                   "redirect_uri": redirect}, timeout=30)
    return _token(body)


def google_refresh(client_id: str, client_secret: str, refresh_token: str,
                   endpoints: Endpoints = GOOGLE) -> OAuthToken:
    """A new access token from a Google refresh token."""
    body = _post(endpoints.token, {"client_id": client_id, "client_secret": client_secret,
                                   "refresh_token": refresh_token, "grant_type": "refresh_token"}, timeout=30)
    return _token(body, refresh_token)
