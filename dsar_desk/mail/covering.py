"""The words of the e-mails the desk sends, in en, nl or fr (``resources/mail/<lang>.toml``).

* :func:`covering_text` - the short text of the e-mail that carries a letter: the letter's
  title and our reference, the annexes (attached, or in an encrypted ZIP whose password goes by
  another channel). The GUI shows it for editing before sending.
* :func:`recipient_notice` - the notice to a recipient under Art. 19 GDPR after a
  rectification, an erasure or a restriction of processing, in the organisation's default
  language: who the data subject is, what was done, the corrected data where relevant.

Both return a :class:`MailText` (subject, body) for :func:`dsar_desk.mail.smtp.build_message`
(which adds the case reference to the subject when it is not there yet).
"""

from __future__ import annotations

import string
import sys
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError

__all__ = ["MailText", "covering_text", "recipient_notice", "load_mail_texts", "mail_texts_dir", "MAIL_LANGUAGES",
           "NOTICE_ACTIONS", "PASSWORD_CHANNELS"]

MAIL_LANGUAGES = ("en", "nl", "fr")
NOTICE_ACTIONS = {"rectification": 16, "erasure": 17, "restriction": 18}  # the measure -> its GDPR article
PASSWORD_CHANNELS = ("phone", "sms", "post")
_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class MailText:
    subject: str
    body: str


def mail_texts_dir() -> Path:
    """``resources/mail``: in the source tree, an installed wheel or a PyInstaller bundle
    (the search of ``dsar_desk.resources``; the mail floor imports nothing above domain)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources" / "mail"
    package = Path(__file__).resolve().parent.parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed / "mail"
    return package.parent / "resources" / "mail"


@lru_cache(maxsize=8)
def load_mail_texts(language: str, folder: str | None = None) -> dict:
    if language not in MAIL_LANGUAGES:
        raise MailError(msg("mail.language-unknown", "There are no e-mail texts in the language {language}",
                            language=language), "settings")
    path = (Path(folder) if folder else mail_texts_dir()) / f"{language}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise MailError(msg("mail.texts-missing", "The e-mail texts file {name} is missing", name=path.name),
                        "settings") from None
    except tomllib.TOMLDecodeError as exc:
        raise MailError(msg("mail.texts-unreadable", "The e-mail texts file {name} cannot be read: {reason}",
                            name=path.name, reason=str(exc)), "settings") from None


def _text(texts: dict, language: str, section: str, key: str) -> str:
    value = texts.get(section, {}).get(key)
    if not isinstance(value, str):
        raise MailError(msg("mail.text-missing", "The e-mail texts in {language} lack {section}.{key}",
                            language=language, section=section, key=key), "settings")
    return value


def _fill(template: str, values: dict[str, str], language: str, where: str) -> str:
    unknown = [name for _, name, _, _ in _FORMATTER.parse(template) if name and name not in values]
    if unknown:
        raise MailError(msg("mail.text-placeholder", "The e-mail text {where} in {language} uses an unknown {{{name}}}",
                            where=where, language=language, name=unknown[0]), "settings")
    return template.format(**values)


def covering_text(language: str, *, letter_title: str, reference: str, requester_name: str, organisation: str,
                  annexes: tuple[str, ...] | list[str] = (), zip_name: str = "", password_channel: str = "",
                  folder: str | None = None) -> MailText:
    """The e-mail that carries a letter. With ``zip_name`` the annexes are said to be in that
    encrypted ZIP and the password to come ``password_channel`` (phone, sms, post)."""
    texts = load_mail_texts(language, folder)
    sentence = ""
    if zip_name:
        if password_channel not in PASSWORD_CHANNELS:
            raise MailError(msg("mail.password-channel", "Say how the password reaches the requester: phone, sms or post"),
                            "settings")
        channel = _text(texts, language, "password_channel", password_channel)
        sentence = _fill(_text(texts, language, "covering", "annexes_zip"),
                         {"zip_name": zip_name, "password_channel": channel}, language, "covering.annexes_zip")
    elif annexes:
        sentence = _fill(_text(texts, language, "covering", "annexes_plain"), {"annexes": ", ".join(annexes)},
                         language, "covering.annexes_plain")
    values = {"requester_name": requester_name, "reference": reference, "letter_title": letter_title,
              "organisation": organisation, "annex_sentence": sentence}
    body = _fill(_text(texts, language, "covering", "body"), values, language, "covering.body")
    return MailText(letter_title, body)


def recipient_notice(language: str, *, action: str, reference: str, organisation: str, recipient: str,
                     requester_name: str, requester_email: str = "",
                     corrections: tuple[tuple[str, str], ...] | list[tuple[str, str]] = (),
                     folder: str | None = None) -> MailText:
    """The Art. 19 notice to one recipient. ``action``: rectification, erasure or restriction;
    ``corrections``: (field, new value) pairs for a rectification."""
    if action not in NOTICE_ACTIONS:
        raise MailError(msg("mail.notice-action", "A notice under Art. 19 follows a rectification, an erasure or a "
                            "restriction, not {action}", action=action), "settings")
    texts = load_mail_texts(language, folder)
    details = ""
    if action == "rectification" and corrections:
        lines = "\n".join(f"- {field}: {value}" for field, value in corrections)
        details = _fill(_text(texts, language, "notice", "details"), {"corrections": lines}, language, "notice.details")
    subject_name = f"{requester_name} <{requester_email}>" if requester_email else requester_name
    values = {"recipient": recipient, "organisation": organisation, "reference": reference,
              "data_subject": subject_name, "action": _text(texts, language, "action", action),
              "measure": _text(texts, language, "measure", action), "article": str(NOTICE_ACTIONS[action]),
              "details": details}
    return MailText(_fill(_text(texts, language, "notice", "subject"), values, language, "notice.subject"),
                    _fill(_text(texts, language, "notice", "body"), values, language, "notice.body"))
