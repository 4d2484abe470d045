"""Mail in the desk: each organisation's mail account, messages in (a file, the mailbox), the
Inbox, letters and Art. 19 notices out by e-mail. A rule here holds for the GUI and the CLI alike.

* **The account** (:func:`save_account`, :func:`set_password`): the settings of
  :class:`~dsar_desk.mail.account.MailAccount` in the database, never a secret; passwords and
  tokens in the OS keyring under :func:`~dsar_desk.mail.account.secret_names`.
* **A message file** (:func:`read_message_file`, :func:`propose_file`, :func:`import_message`):
  the intake proposed from the message (proposals, for the clerk to confirm), the case created
  with the original message and its attachments kept as encrypted attachments, in one
  transaction.
* **A fetch round** (:func:`fetch_round`): what is new in the mailbox, stored once (UIDVALIDITY +
  UID, and Message-ID) with the mailbox state in one transaction. A message that names a case
  of the organisation (its reference in the subject, or an answer to one of our Message-IDs)
  joins that case (timeline event and attachments); "identity received?" is kept as a proposal
  and never applied. Every other message waits in the Inbox: :func:`make_case_from`,
  :func:`add_to_case`, :func:`not_a_request`.
* **Out** (:func:`send_letter`, :func:`send_notice`): sent through the organisation's SMTP
  server; the letter is marked sent by e-mail only once the server accepted it, with the time
  and the Message-ID; the ZIP password is returned for the clerk's eyes and never stored.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from dsar_desk import secrets, vault
from dsar_desk.desk import keys
from dsar_desk.desk.attachments import store_attachment
from dsar_desk.desk.cases import create_case, validate
from dsar_desk.desk.checklist import set_item
from dsar_desk.desk.letters import mark_sent
from dsar_desk.domain.cases import CaseDraft, FieldProblem, NewAttachment, is_email
from dsar_desk.domain.messages import Message, msg, to_json
from dsar_desk.mail import oauth
from dsar_desk.mail.account import MailAccount, check_account, secret_names
from dsar_desk.mail.covering import PASSWORD_CHANNELS, MailText, covering_text
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import check_connection as imap_check
from dsar_desk.mail.inbox import MailboxState as RoundState
from dsar_desk.mail.inbox import fetch_inbox
from dsar_desk.mail.message import MAX_BYTES, IncomingMessage, parse_message_file
from dsar_desk.mail.net import ConnectionCheck
from dsar_desk.mail.outbox import Credentials, Delivery
from dsar_desk.mail.outbox import send_letter as outbox_send_letter
from dsar_desk.mail.outbox import send_notice as outbox_send_notice
from dsar_desk.mail.proposals import Proposal, propose
from dsar_desk.mail.smtp import check_connection as smtp_check
from dsar_desk.store import mail as queries
from dsar_desk.store.checklist import get_item, items_of
from dsar_desk.store.db import writing
from dsar_desk.store.models import (
    Case,
    Event,
    Letter,
    MailAccountRow,
    MailboxState,
    MailMessage,
    MailSent,
    Organisation,
    now,
)
from dsar_desk.store.organisations import get_organisation, profile_of

__all__ = [
    "InvalidMail", "get_account", "save_account", "set_password", "has_password", "forget_secrets",
    "store_oauth_token", "credentials", "test_connection", "time_zone", "read_message_file", "propose_file",
    "draft_from", "import_message", "organisation_for", "fetch_round", "fetch_all", "RoundReport", "inbox_message",
    "make_case_from", "add_to_case", "not_a_request", "covering_for", "send_letter", "SentLetter",
    "notice_targets", "send_notice", "identity_proposals",
]

log = logging.getLogger(__name__)

# The organisation's time zone, for the date a message was received (its country's capital).
TIME_ZONES = {
    "AT": "Europe/Vienna", "BE": "Europe/Brussels", "BG": "Europe/Sofia", "CH": "Europe/Zurich",
    "CY": "Asia/Nicosia", "CZ": "Europe/Prague", "DE": "Europe/Berlin", "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn", "ES": "Europe/Madrid", "FI": "Europe/Helsinki", "FR": "Europe/Paris",
    "GB": "Europe/London", "GR": "Europe/Athens", "HR": "Europe/Zagreb", "HU": "Europe/Budapest",
    "IE": "Europe/Dublin", "IS": "Atlantic/Reykjavik", "IT": "Europe/Rome", "LI": "Europe/Vaduz",
    "LT": "Europe/Vilnius", "LU": "Europe/Luxembourg", "LV": "Europe/Riga", "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam", "NO": "Europe/Oslo", "PL": "Europe/Warsaw", "PT": "Europe/Lisbon",
    "RO": "Europe/Bucharest", "SE": "Europe/Stockholm", "SI": "Europe/Ljubljana", "SK": "Europe/Bratislava",
}
WHICH = ("imap", "smtp")
_AAD = b"dsar-desk mail-message v1:"


class InvalidMail(ValueError):
    """Bad input for a mail use case; ``problems`` name their fields. Nothing was written."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(str(p.message) for p in problems))
        self.problems = problems


def _problem(field_name: str, message: Message) -> InvalidMail:
    return InvalidMail([FieldProblem(field_name, message)])


def time_zone(org: Organisation, account: MailAccount | None = None) -> str:
    if account is not None and isinstance(account.extra.get("time_zone"), str):
        return account.extra["time_zone"]
    return TIME_ZONES.get((org.country or "").upper(), "Europe/Brussels")


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


# -- the account -----------------------------------------------------------------------------------

def get_account(slug: str) -> MailAccount | None:
    data = queries.account_of(get_organisation(slug))
    return None if data is None else MailAccount.from_dict(data)


def _account(org: Organisation) -> MailAccount:
    data = queries.account_of(org)
    if data is None:
        raise _problem("organisation", msg("mail.no-account", "{name} has no mail settings yet (mail setup)",
                                           name=org.name))
    return MailAccount.from_dict(data)


def save_account(slug: str, account: MailAccount, who: str) -> MailAccount:
    """Check every setting (each problem naming its field), then store them; never a secret."""
    org = get_organisation(slug)
    problems = check_account(account)
    if problems:
        raise InvalidMail(problems)
    settings = json.dumps(account.to_dict(), ensure_ascii=False, sort_keys=True)
    with writing():
        row = MailAccountRow.get_or_none(MailAccountRow.organisation == org)
        if row is None:
            MailAccountRow.create(organisation=org, settings=settings, updated_by=who)
        else:
            MailAccountRow.update(settings=settings, updated_at=now(), updated_by=who).where(
                MailAccountRow.id == row.id).execute()
    log.info("mail settings saved for %s", org.slug)
    return account


def set_password(slug: str, which: str, password: str) -> None:
    """The IMAP or SMTP password of an organisation, into the OS keyring."""
    get_organisation(slug)
    if which not in WHICH:
        raise _problem("server", msg("mail.which-server", "say imap or smtp, not {which}", which=which))
    if not password or "\n" in password or "\r" in password:
        raise _problem("password", msg("mail.password-empty", "the password is empty or has more than one line"))
    secrets.set_secret(secret_names(slug)[which], password)


def has_password(slug: str, which: str) -> bool:
    try:
        return secrets.get_secret(secret_names(slug)[which]) is not None
    except secrets.SecretStoreError:
        return False


def forget_secrets(slug: str) -> None:
    for name in secret_names(slug).values():
        secrets.delete_secret(name)


def store_oauth_token(slug: str, token: oauth.OAuthToken, client_secret: str = "") -> None:
    """Keep an OAuth2 token (and Google's refresh token, MSAL's cache) in the keyring."""
    data = {"access_token": token.access_token, "expires_at": token.expires_at,
            "refresh_token": token.refresh_token, "cache": token.cache}
    if client_secret:
        data["client_secret"] = client_secret
    secrets.set_secret(secret_names(slug)["oauth"], json.dumps(data))


def sign_in_microsoft(slug: str, show) -> None:
    """Microsoft 365 device-code sign-in (off the UI thread); the token into the keyring."""
    account = _account(get_organisation(slug))
    token = oauth.microsoft_device_flow(account.oauth_client_id, account.oauth_tenant, show)
    store_oauth_token(slug, token)


def sign_in_google(slug: str, client_secret: str, open_url) -> None:
    """Google installed-app sign-in (off the UI thread); the tokens into the keyring."""
    account = _account(get_organisation(slug))
    token = oauth.google_authorize(account.oauth_client_id, client_secret, open_url, account.privacy_address)
    store_oauth_token(slug, token, client_secret)


def _token(slug: str, account: MailAccount) -> str:
    stored = secrets.get_secret(secret_names(slug)["oauth"])
    if not stored:
        raise MailError(msg("mail.oauth-sign-in-again", "Sign in to the mail provider again for {user}",
                            user=account.privacy_address), "oauth")
    data = json.loads(stored)
    if data.get("access_token") and float(data.get("expires_at", 0)) > time.time() + 60:
        return data["access_token"]
    if account.provider == "microsoft":
        token = oauth.microsoft_token(account.oauth_client_id, account.oauth_tenant,
                                      account.imap_user or account.privacy_address, data.get("cache", ""))
        token = oauth.OAuthToken(token.access_token, token.expires_at, "", token.cache or data.get("cache", ""))
    else:
        token = oauth.google_refresh(account.oauth_client_id, data.get("client_secret", ""),
                                     data.get("refresh_token", ""))
    store_oauth_token(slug, token, data.get("client_secret", ""))
    return token.access_token


def credentials(slug: str, which: str, account: MailAccount | None = None) -> Credentials:
    """The secret for one server, from the keyring; a MailError (kind settings / oauth) when none."""
    account = account or _account(get_organisation(slug))
    if account.auth == "xoauth2":
        return Credentials(token=_token(slug, account))
    password = secrets.get_secret(secret_names(slug)[which])
    if password is None and which == "smtp":  # one password for both servers is the common case
        password = secrets.get_secret(secret_names(slug)["imap"])
    if password is None:
        raise MailError(msg("mail.no-password", "No {which} password is stored for {slug} (mail password {slug} "
                            "{which})", which=which.upper(), slug=slug), "settings")
    return Credentials(password=password)


def test_connection(slug: str, account: MailAccount | None = None,
                    passwords: dict[str, str] | None = None) -> list[tuple[str, ConnectionCheck]]:
    """"Test the connection": each server configured, with the step that failed (DNS, connect,
    TLS, login, folder). ``account`` and ``passwords`` (imap/smtp): the settings being edited,
    before they are saved (else the stored ones). Slow: run it off the UI thread."""
    account = account or _account(get_organisation(slug))
    passwords = {k: v for k, v in (passwords or {}).items() if v}
    results = []
    for which, settings, check in (("imap", account.imap(), imap_check), ("smtp", account.smtp(), smtp_check)):
        if settings is None:
            continue
        try:
            secret = Credentials(password=passwords[which]) if which in passwords and account.auth == "password" \
                else credentials(slug, which, account)
        except (MailError, secrets.SecretStoreError) as exc:
            text = exc.message if isinstance(exc, MailError) else msg("mail.keyring", "{reason}", reason=str(exc))
            results.append((which, ConnectionCheck(False, "login", text, (("login", False, str(text)),))))
            continue
        results.append((which, check(settings, password=secret.password, token=secret.token)))
    return results


# -- a message in --------------------------------------------------------------------------------

def read_message_file(path: Path | str) -> bytes:
    """The bytes of an .eml or .msg file, its size checked before it is read."""
    path = Path(path)
    try:
        if not path.is_file():
            raise _problem("file", msg("attachment.not-a-file", "{name} is not a file", name=str(path)))
        if path.stat().st_size > MAX_BYTES:
            raise _problem("file", msg("mail.too-large", "The message is {size} MB; messages over {limit} MB are not "
                                       "read", size=round(path.stat().st_size / 1024 / 1024, 1),
                                       limit=MAX_BYTES // 1024 // 1024))
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _problem("file", msg("attachment.unreadable", "cannot read {name} ({why})", name=path.name,
                                   why=exc.strerror or exc.__class__.__name__)) from None


@dataclass(frozen=True)
class Proposed:
    """A message read and the intake it proposes (the clerk confirms or changes every field)."""

    message: IncomingMessage
    proposal: Proposal
    draft: CaseDraft
    language_proposed: bool  # False when the language is the organisation's default (none proposed)


def draft_from(org: Organisation, proposal: Proposal, today: date | None = None) -> tuple[CaseDraft, bool]:
    """The intake fields a proposal gives (and whether the language was proposed by the text)."""
    languages = org.language_list
    proposed = proposal.language in languages
    received = proposal.received or today or date.today()
    return CaseDraft(organisation=org.slug, name=proposal.name or proposal.email, email=proposal.email,
                     language=proposal.language if proposed else (languages[0] if languages else ""),
                     rights=list(proposal.rights), channel="email", received=received,
                     summary=proposal.summary), proposed


def propose_file(slug: str, raw: bytes, filename: str = "", today: date | None = None) -> Proposed:
    """Read a message file and propose its intake; a MailError (kind parse, ...) when unreadable."""
    org = get_organisation(slug)
    message = parse_message_file(raw, filename)
    account = queries.account_of(org)
    proposal = propose(message, time_zone(org, MailAccount.from_dict(account) if account else None))
    draft, proposed = draft_from(org, proposal, today)
    return Proposed(message, proposal, draft, proposed)


def organisation_for(message: IncomingMessage) -> str | None:
    """The organisation whose privacy address the message was sent to (To/Cc), if one is set up."""
    addressed = {a.lower() for a in message.to}
    for org, data in queries.accounts():
        if str(data.get("privacy_address", "")).lower() in addressed:
            return org.slug
    return None


def _original_name(message: IncomingMessage, filename: str = "") -> str:
    if filename:
        return filename.replace("\\", "/").rsplit("/", 1)[-1]
    stamp = message.date.astimezone(timezone.utc).strftime("%Y%m%d-%H%M") if message.date else "undated"
    return f"message-{stamp}.{message.kind}"


def _keep_message(case: Case, message: IncomingMessage | None, raw: bytes, filename: str, who: str):
    """Inside writing(): the original message and its attachments, encrypted, with the case."""
    kind = message.kind if message else "eml"
    name = filename or (_original_name(message) if message else f"unreadable-message.{kind}")
    original = store_attachment(case, NewAttachment(name, raw, "request"), who)
    for attachment in (message.attachments if message else ()):
        store_attachment(case, NewAttachment(attachment.filename, attachment.data, "request"), who)
    return original


def _already_kept(org: Organisation, message_id: str) -> MailMessage | None:
    if not message_id:
        return None
    return MailMessage.get_or_none(MailMessage.organisation == org, MailMessage.message_id == message_id,
                                   MailMessage.state != "unreadable")


def _sender(message: IncomingMessage | None) -> str:
    if message is None:
        return ""
    return f"{message.from_name} <{message.from_email}>" if message.from_name else message.from_email


def _naive_utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0) if moment else None


def _hint_json(proposal: Proposal | None) -> str:
    if proposal is None or proposal.identity is None:
        return ""
    return json.dumps({"attachments": list(proposal.identity.attachments), "words": list(proposal.identity.words)},
                      ensure_ascii=False)


def import_message(slug: str, raw: bytes, filename: str, who: str, *, draft: CaseDraft | None = None,
                   rights: list[str] | None = None, today: date | None = None,
                   attachments: list[NewAttachment] | None = None) -> Case:
    """A message file becomes a case: ``draft`` (the clerk's confirmed intake) or the proposal;
    ``rights`` replace the proposed rights. The original and its attachments are kept with the
    case. The same message (Message-ID) is imported once."""
    org = get_organisation(slug)
    proposed = propose_file(slug, raw, filename, today)
    message = proposed.message
    kept = _already_kept(org, message.message_id)
    if kept is not None:
        where = kept.case.reference if kept.case_id else "the Inbox"
        raise _problem("file", msg("mail.already-kept", "This message was already kept ({where})", where=where))
    draft = draft or proposed.draft
    if rights:
        draft = CaseDraft(**{**draft.__dict__, "rights": list(rights)})
    validate(draft, who, today)  # every field first: nothing is written for a refused intake
    keys.current_key()  # the attachments are encrypted: a missing key stops here, before anything is written
    with writing():
        case = create_case(draft, who, attachments, today)
        original = _keep_message(case, message, raw, _original_name(message, filename), who)
        MailMessage.create(organisation=org, source="file", message_id=message.message_id, sender=_sender(message),
                           subject=message.subject, sent_date=_naive_utc(message.date), state="case", case=case,
                           attachment=original, sha256=hashlib.sha256(raw).hexdigest(), size=len(raw),
                           identity_hint=_hint_json(proposed.proposal), handled_by=who, handled_at=now(),
                           references=",".join(proposed.proposal.references))
    log.info("message file imported as %s", case.reference)
    return case


# -- the mailbox ---------------------------------------------------------------------------------

@dataclass
class RoundReport:
    """What one fetch round of one organisation did."""

    organisation: str
    new: int = 0  # into the Inbox
    joined: list[str] = field(default_factory=list)  # case references a message joined
    identity: list[str] = field(default_factory=list)  # of those, the cases with "identity received?"
    unreadable: int = 0
    skipped: int = 0  # already kept (Message-ID)
    too_large: int = 0
    renumbered: bool = False
    problem: MailError | None = None

    def line(self) -> str:
        if self.problem is not None:
            return f"{self.organisation}: {self.problem}"
        parts = [f"{self.new} new in the Inbox"]
        if self.joined:
            parts.append(f"{len(self.joined)} joined their case ({', '.join(self.joined)})")
        if self.identity:
            parts.append(f"identity received? on {', '.join(self.identity)}")
        if self.unreadable:
            parts.append(f"{self.unreadable} unreadable")
        if self.skipped:
            parts.append(f"{self.skipped} already kept")
        if self.too_large:
            parts.append(f"{self.too_large} too large, left on the server")
        if self.renumbered:
            parts.append("the folder was renumbered")
        return f"{self.organisation}: " + "; ".join(parts)


def _seal(raw: bytes) -> tuple[bytes, str, str]:
    sha = hashlib.sha256(raw).hexdigest()
    key, kid = keys.current_key()
    return vault.encrypt(key, raw, _AAD + sha.encode()), kid, sha


def _unseal(row: MailMessage) -> bytes:
    if row.raw is None:
        raise _problem("message", msg("mail.message-handled", "This message was already handled"))
    return vault.decrypt(keys.key_for(row.key_id), bytes(row.raw), _AAD + row.sha256.encode())


def _record_problem(org: Organisation, folder: str, exc: MailError) -> None:
    with writing():
        row = MailboxState.get_or_none(MailboxState.organisation == org, MailboxState.folder == folder)
        if row is None:
            MailboxState.create(organisation=org, folder=folder, problem=json.dumps(to_json(exc.message)),
                                problem_at=now())
        else:
            MailboxState.update(problem=json.dumps(to_json(exc.message)), problem_at=now()).where(
                MailboxState.id == row.id).execute()


def _join(case: Case, message: IncomingMessage, raw: bytes, proposal: Proposal | None, who: str):
    """Inside writing(): a reply kept with its case, with its event (identity as a proposal)."""
    original = _keep_message(case, message, raw, _original_name(message), who)
    text = f"e-mail received from {message.reply_address}: {message.subject}"[:500]
    Event.create(case=case, who=who, kind="mail", field="received", new=message.message_id, text=text)
    if proposal is not None and proposal.identity is not None:
        Event.create(case=case, who=who, kind="mail", field="identity?",
                     text="identity received? " + ", ".join(proposal.identity.attachments)
                          + " may be a proof of identity (a proposal: check it and record it)")
    return original


def fetch_round(slug: str, who: str, *, limit: int | None = None, since: date | None = None) -> RoundReport:
    """One round of the organisation's mailbox. The messages, the Inbox items and the new mailbox
    state are stored in one transaction: a round that fails leaves the old state, and the next
    round fetches again (the messages already kept are recognised by their Message-ID)."""
    org = get_organisation(slug)
    account = _account(org)
    report = RoundReport(org.slug)
    imap = account.imap()
    if imap is None:
        report.problem = MailError(msg("mail.no-imap", "{name} has no IMAP server in its mail settings",
                                       name=org.name), "settings")
        return report
    try:
        secret = credentials(slug, "imap", account)
        uidvalidity, last_uid = queries.state_of(org, imap.folder)
        result = fetch_inbox(imap, password=secret.password, token=secret.token,
                             state=RoundState(uidvalidity, last_uid), tz=time_zone(org, account),
                             known_message_ids=queries.known_message_ids(org),
                             our_domains=(_domain(account.privacy_address),), limit=limit, since=since)
    except MailError as exc:
        _record_problem(org, imap.folder, exc)
        log.warning("mail round of %s failed: %s", org.slug, exc.kind)
        report.problem = exc
        return report
    report.skipped, report.too_large, report.renumbered = result.skipped, len(result.too_large), result.renumbered
    if result.items:
        keys.current_key()  # the messages are kept encrypted: no key, no round (the state stays)
    seen: set[str] = set()
    with writing():
        for item in result.items:
            if MailMessage.get_or_none(MailMessage.organisation == org, MailMessage.folder == imap.folder,
                                       MailMessage.uidvalidity == item.uidvalidity, MailMessage.uid == item.uid):
                report.skipped += 1
                continue
            message, proposal = item.message, item.proposal
            if message is not None and message.message_id and message.message_id in seen:
                report.skipped += 1  # the same message twice in one folder
                continue
            if message is not None and message.message_id:
                seen.add(message.message_id)
            row = dict(organisation=org, source="imap", folder=imap.folder, uidvalidity=item.uidvalidity,
                       uid=item.uid, message_id=item.message_id, sender=_sender(message),
                       subject=message.subject if message else "", sent_date=_naive_utc(message.date) if message else None,
                       references=",".join(item.references), identity_hint=_hint_json(proposal),
                       sha256=hashlib.sha256(item.raw).hexdigest(), size=len(item.raw))
            if message is None:
                blob, kid, _ = _seal(item.raw)
                MailMessage.create(**row, state="unreadable", problem=json.dumps(to_json(item.error.message)),
                                   raw=blob, key_id=kid)
                report.unreadable += 1
                continue
            case = queries.case_for(org, item.references, message.thread_ids)
            if case is not None:
                original = _join(case, message, item.raw, proposal, who)
                MailMessage.create(**row, state="joined", case=case, attachment=original, handled_by=who,
                                   handled_at=now())
                report.joined.append(case.reference)
                if proposal is not None and proposal.identity is not None:
                    report.identity.append(case.reference)
                continue
            blob, kid, _ = _seal(item.raw)
            MailMessage.create(**row, state="new", raw=blob, key_id=kid)
            report.new += 1
        state = MailboxState.get_or_none(MailboxState.organisation == org, MailboxState.folder == imap.folder)
        values = dict(uidvalidity=result.state.uidvalidity, last_uid=result.state.last_uid, checked_at=now(),
                      problem="", problem_at=None)
        if state is None:
            MailboxState.create(organisation=org, folder=imap.folder, **values)
        else:
            MailboxState.update(**values).where(MailboxState.id == state.id).execute()
    log.info("mail round of %s: %d new, %d joined, %d unreadable, %d skipped", org.slug, report.new,
             len(report.joined), report.unreadable, report.skipped)
    if account.mark_seen or account.move_to:
        _on_the_server(org, account, imap, secret, [(i.uidvalidity, i.uid) for i in result.items])
    return report


def _on_the_server(org: Organisation, account: MailAccount, imap, secret: Credentials, fetched) -> None:
    """What the clerk chose in the settings, after the round is stored: flag the fetched messages
    read, move the handled ones. A failure here undoes nothing (the messages are kept): it is the
    mailbox's problem for the banner, and the next round tries again."""
    from dsar_desk.mail.imap import ImapMailbox

    handled = []
    if account.move_to:
        handled = list(MailMessage.select(MailMessage.id, MailMessage.uidvalidity, MailMessage.uid).where(
            MailMessage.organisation == org, MailMessage.source == "imap", MailMessage.folder == imap.folder,
            MailMessage.state.in_(["case", "joined", "not-request"]), MailMessage.server_done == False))  # noqa: E712
    if not (account.mark_seen and fetched) and not handled:
        return
    try:
        with ImapMailbox(imap, password=secret.password, token=secret.token) as box:
            current = box.select(imap.folder, readonly=False)
            if account.mark_seen:
                for uidvalidity, uid in fetched:
                    if uidvalidity == current:
                        box.mark_seen(uid)
            for row in handled:
                if row.uidvalidity == current:
                    box.move(row.uid, account.move_to)
                with writing():
                    MailMessage.update(server_done=True).where(MailMessage.id == row.id).execute()
    except MailError as exc:
        log.warning("mail follow-up on the server of %s failed: %s", org.slug, exc.kind)
        _record_problem(org, imap.folder, exc)


def fetch_all(who: str, organisation: str | None = None) -> list[RoundReport]:
    """A round for each organisation with an IMAP server (or the one named)."""
    reports = []
    for org, data in queries.accounts():
        if organisation and org.slug != organisation:
            continue
        if not data.get("imap_host"):
            continue
        reports.append(fetch_round(org.slug, who))
    return reports


# -- the Inbox -----------------------------------------------------------------------------------

def _inbox_row(message_row_id: int) -> MailMessage:
    row = queries.get_message(message_row_id)
    if row is None or row.state not in queries.INBOX_STATES:
        raise _problem("message", msg("mail.message-handled", "This message was already handled"))
    return row


def inbox_message(message_row_id: int, today: date | None = None) -> tuple[MailMessage, Proposed | None, bytes]:
    """An Inbox item read back: the row, its proposal (None when unreadable) and its bytes."""
    row = _inbox_row(message_row_id)
    raw = _unseal(row)
    if row.state == "unreadable":
        return row, None, raw
    return row, propose_file(row.organisation.slug, raw, "", today), raw


def _handled(row: MailMessage, state: str, who: str, case: Case | None = None, attachment=None) -> None:
    count = (MailMessage.update(state=state, case=case, attachment=attachment, raw=None, key_id="", handled_by=who,
                                handled_at=now())
             .where(MailMessage.id == row.id, MailMessage.state.in_(list(queries.INBOX_STATES))).execute())
    if count != 1:
        raise _problem("message", msg("mail.message-handled", "This message was already handled"))


def make_case_from(message_row_id: int, draft: CaseDraft, who: str, today: date | None = None,
                   attachments: list[NewAttachment] | None = None) -> Case:
    """Make a case of an Inbox item with the intake the clerk confirmed; the message kept with it."""
    row, proposed, raw = inbox_message(message_row_id, today)
    validate(draft, who, today)
    if draft.organisation != row.organisation.slug:
        raise _problem("organisation", msg("mail.other-organisation", "This message reached the mailbox of {name}",
                                           name=row.organisation.name))
    with writing():
        case = create_case(draft, who, attachments, today)
        message = proposed.message if proposed else None
        original = _keep_message(case, message, raw, _original_name(message) if message else "", who)
        _handled(row, "case", who, case, original)
    return case


def add_to_case(message_row_id: int, case: Case, who: str) -> Case:
    """Keep an Inbox item with an existing case of the same organisation (event and attachments)."""
    row, proposed, raw = inbox_message(message_row_id)
    if case.organisation_id != row.organisation_id:
        raise _problem("case", msg("mail.case-other-organisation", "{reference} is a case of another organisation",
                                   reference=case.reference))
    with writing():
        if proposed is None:
            original = _keep_message(case, None, raw, "", who)
            Event.create(case=case, who=who, kind="mail", field="received", text="unreadable e-mail added")
        else:
            original = _join(case, proposed.message, raw, proposed.proposal, who)
        _handled(row, "joined", who, case, original)
    return case


def not_a_request(message_row_id: int, who: str) -> None:
    """The message is no request: it leaves the Inbox and its content is not kept."""
    row = _inbox_row(message_row_id)
    with writing():
        _handled(row, "not-request", who)


def identity_proposals(case: Case) -> list[tuple[int, tuple[str, ...]]]:
    """(message row id, attachment names) of the messages kept with the case that look like a
    proof of identity: "identity received?", for the clerk to confirm."""
    out = []
    for row in queries.messages_of(case):
        if row.identity_hint:
            out.append((row.id, tuple(json.loads(row.identity_hint).get("attachments", ()))))
    return out


# -- out -----------------------------------------------------------------------------------------

def _letter_title(letter: Letter) -> str:
    from dsar_desk.domain.letter_content.texts import load_texts, variant_for

    case = letter.case
    try:
        texts = load_texts(letter.language, variant=variant_for(letter.language, case.organisation.country,
                                                                case.requester_country))
        title = texts.get(letter.kind, {}).get("title", "")
    except Exception:  # noqa: BLE001 - a title is a nicety: the kind will do
        title = ""
    return title if title and "{" not in title else letter.kind.replace("-", " ")


def _letter_annexes(letter: Letter, extra: list[tuple[str, bytes]] | None) -> list[tuple[str, str, bytes]]:
    import mimetypes

    files = list(letter.annex_files()) + list(extra or [])
    return [(name, mimetypes.guess_type(name)[0] or "application/octet-stream", data) for name, data in files]


def covering_for(letter: Letter, *, encrypt: bool = False, password_channel: str = "",
                 extra_annexes: list[tuple[str, bytes]] | None = None) -> MailText:
    """The covering text the letter would go with (for the clerk to edit before sending)."""
    case = letter.case
    annexes = _letter_annexes(letter, extra_annexes)
    zip_name = f"{case.reference}-annexes.zip" if encrypt and annexes else ""
    return covering_text(letter.language, letter_title=_letter_title(letter), reference=case.reference,
                         requester_name=case.requester_name, organisation=profile_of(case.organisation).name,
                         annexes=[a[0] for a in annexes], zip_name=zip_name,
                         password_channel=password_channel if zip_name else "")


@dataclass(frozen=True)
class SentLetter:
    letter: Letter
    delivery: Delivery
    zip_password: str | None = field(default=None, repr=False)  # show it once; never stored

    @property
    def message_id(self) -> str:
        return self.delivery.message_id


def _sender_of(org: Organisation, account: MailAccount) -> tuple[str, str]:
    return account.privacy_address, account.sender_name or profile_of(org).name


def send_letter(letter: Letter, who: str, *, to: str | None = None, encrypt: bool = False, password_channel: str = "",
                body: str | None = None, extra_annexes: list[tuple[str, bytes]] | None = None,
                today: date | None = None) -> SentLetter:
    """Send a kept letter by e-mail to the requester (or ``to``); marked sent by e-mail only once
    the SMTP server accepted it, with the time and the Message-ID. Slow: off the UI thread."""
    letter = Letter.get_by_id(letter.id)
    case = letter.case
    org = case.organisation
    account = _account(org)
    problems: list[FieldProblem] = []
    to = (to or case.requester_email or "").strip()
    if not to:
        problems.append(FieldProblem("to", msg("mail.no-address", "the requester has no e-mail address: give one")))
    elif not is_email(to):
        problems.append(FieldProblem("to", msg("case.email-invalid", "'{email}' is not an email address", email=to)))
    if account.smtp() is None:
        problems.append(FieldProblem("smtp_host", msg("mail.no-smtp", "{name} has no SMTP server in its mail settings",
                                                      name=org.name)))
    annexes = _letter_annexes(letter, extra_annexes)
    if encrypt and annexes and password_channel not in PASSWORD_CHANNELS:
        problems.append(FieldProblem("password_channel", msg(
            "mail.password-channel", "Say how the password reaches the requester: phone, sms or post")))
    if problems:
        raise InvalidMail(problems)
    mark_sent(letter, "email", today, None, who, today, check_only=True)  # sent already? refused before sending
    secret = credentials(org.slug, "smtp", account)
    imap_secret = None
    if account.imap() is not None:
        try:
            imap_secret = credentials(org.slug, "imap", account)
        except MailError:
            imap_secret = None  # no copy to Sent; the letter goes all the same
    sender, sender_name = _sender_of(org, account)
    thread = [m.message_id for m in queries.messages_of(case) if m.message_id][-1:]
    delivery = outbox_send_letter(
        account.smtp(), secret, sender=sender, sender_name=sender_name, to=to, language=letter.language,
        letter_title=_letter_title(letter), reference=case.reference, requester_name=case.requester_name,
        organisation=profile_of(org).name, letter=(letter.file_name, bytes(letter.pdf)), annexes=annexes,
        encrypt=encrypt and bool(annexes), password_channel=password_channel, body=body,
        in_reply_to=thread[0] if thread else "", references=thread,
        imap=account.imap() if imap_secret else None, imap_credentials=imap_secret)
    accepted_day = delivery.accepted_at.astimezone().date()
    with writing():
        sent = mark_sent(letter, "email", min(accepted_day, today or date.today()), None, who, today,
                         message_id=delivery.message_id)
        MailSent.create(case=case, letter_id=letter.id, message_id=delivery.message_id,
                        recipients=",".join(delivery.recipients), attachments=",".join(delivery.attachments),
                        response=delivery.response[:500], accepted_at=_naive_utc(delivery.accepted_at),
                        sent_folder=delivery.sent_folder or "",
                        copy_problem=json.dumps(to_json(delivery.copy_problem.message)) if delivery.copy_problem else "",
                        zip_name=delivery.zip_name or "", password_channel=password_channel if delivery.zip_name else "",
                        who=who)
        if delivery.zip_name:
            Event.create(case=case, who=who, kind="mail", field="zip-password", new=password_channel,
                         text=f"annexes sent in the encrypted ZIP {delivery.zip_name}; password given by "
                              f"{password_channel} (the password is not recorded)")
    log.info("letter %s:v%s of %s sent by e-mail", letter.kind, letter.version, case.reference)
    return SentLetter(sent, delivery, delivery.zip_password)


def notice_targets(case: Case) -> list[tuple[object, dict, str]]:
    """The open "inform recipient" items of a case: (item, the recipient's profile entry, its e-mail or "")."""
    profile = profile_of(case.organisation)
    out = []
    for item in items_of(case):
        if item.action == "inform" and item.target_kind == "recipient" and item.state == "open":
            recipient = profile.recipients.get(item.target, {})
            out.append((item, recipient, str(recipient.get("email", "") or "")))
    return out


def send_notice(case: Case, item_id, who: str, *, to: str | None = None) -> Delivery:
    """The Art. 19 notice of an "inform recipient" item, by e-mail to the recipient's contact
    address, in the organisation's default language; the item closed with the Message-ID."""
    item = get_item(case, item_id)
    org = case.organisation
    account = _account(org)
    profile = profile_of(org)
    problems: list[FieldProblem] = []
    if item.action != "inform" or item.target_kind != "recipient":
        problems.append(FieldProblem("item", msg("mail.not-inform-item", "#{position} is not an item that informs a "
                                                 "recipient", position=item.position)))
    elif item.state != "open":
        problems.append(FieldProblem("item", msg("mail.item-closed", "#{position} is already {state}",
                                                 position=item.position, state=item.state)))
    recipient = profile.recipients.get(item.target, {})
    to = (to or recipient.get("email") or "").strip()
    if not problems and not to:
        problems.append(FieldProblem("to", msg("mail.recipient-no-email", "the profile gives no e-mail address of "
                                               "{recipient} ([[recipient]] email): give one", recipient=item.target_name)))
    elif to and not is_email(to):
        problems.append(FieldProblem("to", msg("case.email-invalid", "'{email}' is not an email address", email=to)))
    if account.smtp() is None:
        problems.append(FieldProblem("smtp_host", msg("mail.no-smtp", "{name} has no SMTP server in its mail settings",
                                                      name=org.name)))
    if problems:
        raise InvalidMail(problems)
    secret = credentials(org.slug, "smtp", account)
    try:
        imap_secret = credentials(org.slug, "imap", account) if account.imap() else None
    except MailError:
        imap_secret = None
    sender, sender_name = _sender_of(org, account)
    delivery = outbox_send_notice(
        account.smtp(), secret, sender=sender, sender_name=sender_name, to=to, language=profile.default_language,
        action=item.right, reference=case.reference, organisation=profile.name,
        recipient=profile.recipient_name(recipient) if recipient else item.target_name,
        requester_name=case.requester_name, requester_email=case.requester_email,
        imap=account.imap() if imap_secret else None, imap_credentials=imap_secret)
    with writing():
        set_item(case, item.id, "done", f"notice sent by e-mail to {to}, Message-ID {delivery.message_id}", who)
        MailSent.create(case=case, checklist_item_id=item.id, message_id=delivery.message_id,
                        recipients=",".join(delivery.recipients), response=delivery.response[:500],
                        accepted_at=_naive_utc(delivery.accepted_at), sent_folder=delivery.sent_folder or "",
                        copy_problem=json.dumps(to_json(delivery.copy_problem.message)) if delivery.copy_problem else "",
                        who=who)
    return delivery


__all__ += ["Proposed", "sign_in_microsoft", "sign_in_google", "TIME_ZONES"]
