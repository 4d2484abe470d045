"""Annexes in an AES-256 encrypted ZIP (pyzipper, WinZip AES), with a password to give by phone.

Art. 32 GDPR: a copy of the data sent by e-mail travels encrypted; the password goes by
another channel (phone, SMS, post). :func:`make_password` makes one that reads well over the
phone in any language: groups of digits ("4821-9930-1175-6402-3318-0597": 24 random digits,
about 80 bits, beyond guessing even with the ZIP format's fast key derivation) or, with
``style="syllables"``, pronounceable groups ("bafo-kitu-...": consonant-vowel pairs).

The ZIP opens in 7-Zip, WinZip, macOS Archive Utility (recent versions) and Windows 11's
Explorer; not in Windows 10's built-in ZIP folder (it knows only the old ZipCrypto): say so
to the requester. The file *names* inside a ZIP are not encrypted: give annexes neutral names
(the case reference, "data.json"), never the requester's name.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from dsar_desk.domain.messages import msg
from dsar_desk.mail.errors import MailError

__all__ = ["SecureZip", "make_password", "encrypt_annexes", "open_annexes"]

_CONSONANTS = "bdfgklmnprstvz"
_VOWELS = "aeiou"


def make_password(style: str = "digits", groups: int = 6) -> str:
    """A strong password in groups: 6 groups of 4 digits (~80 bits) or of 2 syllables (~74 bits)."""
    if groups < 4:
        raise ValueError("at least 4 groups")
    if style == "digits":
        return "-".join("".join(secrets.choice("0123456789") for _ in range(4)) for _ in range(groups))
    if style == "syllables":
        # 14 consonants x 5 vowels = 70 syllables (6.1 bits); 2 per group, 6 groups: 73.6 bits
        return "-".join("".join(secrets.choice(_CONSONANTS) + secrets.choice(_VOWELS) for _ in range(2))
                        for _ in range(groups))
    raise ValueError(f"unknown password style {style!r}")


@dataclass(frozen=True)
class SecureZip:
    data: bytes
    password: str
    names: tuple[str, ...]

    def __repr__(self) -> str:  # never print the password
        return f"SecureZip({len(self.data)} bytes, {self.names!r})"


def encrypt_annexes(files: Iterable, password: str | None = None) -> SecureZip:
    """``files``: (filename, mime, bytes) or (filename, bytes). Returns the AES-256 ZIP and its password."""
    import pyzipper

    password = password or make_password()
    if len(password) < 12:
        raise MailError(msg("mail.zip-password-short", "The password of an encrypted ZIP must have at least 12 characters"),
                        "settings")
    buffer = io.BytesIO()
    names: list[str] = []
    with pyzipper.AESZipFile(buffer, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for item in files:
            item = tuple(item)
            name, data = item[0], item[-1]
            base = name.replace("\\", "/").rsplit("/", 1)[-1] or "annex"
            unique, n = base, 2
            while unique in names:
                stem, dot, ext = base.rpartition(".")
                unique = f"{stem}-{n}.{ext}" if dot else f"{base}-{n}"
                n += 1
            names.append(unique)
            archive.writestr(unique, bytes(data))
    if not names:
        raise MailError(msg("mail.zip-empty", "There is nothing to put in the encrypted ZIP"), "settings")
    return SecureZip(buffer.getvalue(), password, tuple(names))


def open_annexes(data: bytes, password: str) -> dict[str, bytes]:
    """The files of an encrypted ZIP (to check one before sending it); a wrong password is a MailError."""
    import zipfile

    import pyzipper

    try:
        with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
            archive.setpassword(password.encode("utf-8"))
            return {name: archive.read(name) for name in archive.namelist()}
    except RuntimeError:
        raise MailError(msg("mail.zip-password-wrong", "The password does not open this ZIP"), "settings") from None
    except (zipfile.BadZipFile, pyzipper.BadZipFile, ValueError, OSError):
        raise MailError(msg("mail.zip-unreadable", "This is not a ZIP file that can be opened"), "parse") from None
