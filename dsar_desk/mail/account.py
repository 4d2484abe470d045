"""An organisation's mail settings (no secrets), their checks, and the names of their secrets.

:class:`MailAccount` is what the organisation editor and ``dsar-desk mail setup SLUG`` edit and
what the desk stores (``to_dict()`` / ``from_dict()``: plain JSON/TOML values). The passwords,
tokens and OAuth caches are never in it: they live in the OS keyring under the names of
:func:`secret_names` (through ``dsar_desk.secrets``).

:func:`check_account` returns the problems of a setting, field by field
(``FieldProblem(field, msg(...))``), for the editor to show next to the field and the CLI to
print (exit 2).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, fields

from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.messages import msg
from dsar_desk.mail.imap import SECURITIES as IMAP_SECURITIES
from dsar_desk.mail.imap import ImapSettings
from dsar_desk.mail.smtp import SECURITIES as SMTP_SECURITIES
from dsar_desk.mail.smtp import SmtpSettings

__all__ = ["MailAccount", "check_account", "secret_names", "AUTH_METHODS", "PROVIDERS"]

AUTH_METHODS = ("password", "xoauth2")
PROVIDERS = ("", "microsoft", "google")  # whose sign-in gives the XOAUTH2 token
_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")
_ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,}$")


@dataclass(frozen=True)
class MailAccount:
    privacy_address: str  # From of every e-mail, the organisation's privacy address
    sender_name: str = ""  # "ECOmarket - privacy"
    imap_host: str = ""
    imap_port: int | None = None
    imap_security: str = "tls"
    imap_user: str = ""  # "" = the privacy address
    imap_folder: str = "INBOX"
    sent_folder: str = ""  # "" = the folder the server marks \Sent
    smtp_host: str = ""
    smtp_port: int | None = None
    smtp_security: str = "starttls"
    smtp_user: str = ""  # "" = the IMAP user, else the privacy address
    auth: str = "password"  # password or xoauth2 (both servers)
    provider: str = ""  # microsoft / google, for xoauth2
    oauth_client_id: str = ""  # the application registered by the organisation (not a secret)
    oauth_tenant: str = ""  # Microsoft Entra tenant (id or domain); "" = organizations
    ca_file: str = ""  # "" = the system's trust store
    check_minutes: int = 5  # how often the desk checks the mailbox
    mark_seen: bool = False  # flag fetched messages read on the server (only if the clerk chose so)
    move_to: str = ""  # move handled messages to this folder ("" = leave them)
    extra: dict = field(default_factory=dict, compare=False)  # keys of a newer version, kept as they are

    def imap(self) -> ImapSettings | None:
        if not self.imap_host:
            return None
        return ImapSettings(host=self.imap_host, user=self.imap_user or self.privacy_address, port=self.imap_port,
                            security=self.imap_security, folder=self.imap_folder, sent_folder=self.sent_folder,
                            auth=self.auth, ca_file=self.ca_file or None)

    def smtp(self) -> SmtpSettings | None:
        if not self.smtp_host:
            return None
        return SmtpSettings(host=self.smtp_host, user=self.smtp_user or self.imap_user or self.privacy_address,
                            port=self.smtp_port, security=self.smtp_security, auth=self.auth,
                            ca_file=self.ca_file or None)

    def to_dict(self) -> dict:
        data = {k: v for k, v in asdict(self).items() if k != "extra" and v not in (None, "")}
        data.update(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "MailAccount":
        known = {f.name for f in fields(cls)} - {"extra"}
        values = {k: v for k, v in data.items() if k in known}
        return cls(**values, extra={k: v for k, v in data.items() if k not in known})


def _port(value, name: str, problems: list[FieldProblem]) -> None:
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 65535):
        problems.append(FieldProblem(name, msg("mail.port-invalid", "The port must be a number from 1 to 65535, not {value}",
                                               value=str(value))))


def check_account(account: MailAccount) -> list[FieldProblem]:
    """Every problem of the settings, each naming its field."""
    problems: list[FieldProblem] = []
    if not _ADDRESS.match(account.privacy_address or ""):
        problems.append(FieldProblem("privacy_address", msg(
            "mail.privacy-address-invalid", "'{address}' is not an e-mail address", address=account.privacy_address)))
    for name in ("imap_host", "smtp_host"):
        host = getattr(account, name)
        if host and not _HOST.match(host):
            problems.append(FieldProblem(name, msg("mail.host-invalid", "'{host}' is not a server name", host=host)))
    if not account.imap_host and not account.smtp_host:
        problems.append(FieldProblem("imap_host", msg("mail.no-server", "Give the IMAP server, the SMTP server or both")))
    _port(account.imap_port, "imap_port", problems)
    _port(account.smtp_port, "smtp_port", problems)
    if account.imap_security not in IMAP_SECURITIES:
        problems.append(FieldProblem("imap_security", msg("mail.imap-security-unknown",
                                                          "IMAP security must be tls or starttls, not {value}",
                                                          value=account.imap_security)))
    if account.smtp_security not in SMTP_SECURITIES:
        problems.append(FieldProblem("smtp_security", msg("mail.smtp-security-unknown",
                                                          "SMTP security must be ssl or starttls, not {value}",
                                                          value=account.smtp_security)))
    if account.auth not in AUTH_METHODS:
        problems.append(FieldProblem("auth", msg("mail.auth-unknown", "The sign-in must be password or xoauth2, not {value}",
                                                 value=account.auth)))
    elif account.auth == "xoauth2":
        if account.provider not in ("microsoft", "google"):
            problems.append(FieldProblem("provider", msg("mail.provider-needed",
                                                         "XOAUTH2 needs the provider: microsoft or google")))
        if not account.oauth_client_id:
            problems.append(FieldProblem("oauth_client_id", msg(
                "mail.client-id-needed", "XOAUTH2 needs the client ID of the application your organisation registered")))
    if not isinstance(account.check_minutes, int) or isinstance(account.check_minutes, bool) \
            or not 1 <= account.check_minutes <= 1440:
        problems.append(FieldProblem("check_minutes", msg("mail.check-minutes-invalid",
                                                          "Check the mailbox every 1 to 1440 minutes, not {value}",
                                                          value=str(account.check_minutes))))
    if account.move_to and account.move_to == account.imap_folder:
        problems.append(FieldProblem("move_to", msg("mail.move-to-same", "Handled messages cannot move to the folder "
                                                    "they are read from ({folder})", folder=account.move_to)))
    return problems


def secret_names(slug: str) -> dict[str, str]:
    """Keyring names (service "dsar-desk", see dsar_desk.secrets) of an organisation's mail secrets."""
    return {"imap": f"mail-password:{slug}:imap", "smtp": f"mail-password:{slug}:smtp",
            "oauth": f"mail-oauth:{slug}"}
