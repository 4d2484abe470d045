"""Annexes in an AES-256 ZIP: it opens with its password, and not without."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import pyzipper

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.securezip import encrypt_annexes, make_password, open_annexes

ANNEXES = [("ECO-2026-0042-data.json", "application/json", b'{"orders": [1, 2, 3]}' * 50),
           ("ECO-2026-0042-data.csv", "text/csv", "naam;bedrag\nJan;12,50\n".encode()),
           ("ECO-2026-0042-data.csv", "text/csv", b"second file with the same name")]


def test_it_opens_with_its_password_and_not_without():
    secure = encrypt_annexes(ANNEXES)
    assert re.fullmatch(r"\d{4}(-\d{4}){5}", secure.password)
    assert secure.names == ("ECO-2026-0042-data.json", "ECO-2026-0042-data.csv", "ECO-2026-0042-data-2.csv")
    assert secure.password not in repr(secure)
    # with the password (pyzipper, as 7-Zip would): every file byte-identical
    files = open_annexes(secure.data, secure.password)
    assert list(files.values()) == [data for _, _, data in ANNEXES]
    # without a password, or with another one: nothing
    with pyzipper.AESZipFile(io.BytesIO(secure.data)) as archive:
        with pytest.raises(RuntimeError):
            archive.read("ECO-2026-0042-data.json")
    with pytest.raises(MailError) as caught:
        open_annexes(secure.data, make_password())
    assert str(caught.value) == "The password does not open this ZIP"
    # AES (method 99, WinZip AE-2) with 256-bit keys, and the content is not readable in the file
    with zipfile.ZipFile(io.BytesIO(secure.data)) as plain:
        info = plain.infolist()[0]
        assert info.compress_type == 99 and info.flag_bits & 0x1
        assert info.extra[info.extra.index(b"\x01\x99") + 8] == 3  # strength 3 = AES-256
        with pytest.raises(Exception):
            plain.read(info.filename, pwd=b"x")
    assert b"orders" not in secure.data and b"Jan;12,50" not in secure.data


def test_passwords_are_random_and_easy_to_read_aloud():
    digits = {make_password() for _ in range(200)}
    assert len(digits) == 200
    syllables = make_password("syllables")
    assert re.fullmatch(r"([bdfgklmnprstvz][aeiou]){2}(-([bdfgklmnprstvz][aeiou]){2}){5}", syllables)
    with pytest.raises(ValueError):
        make_password("words")


def test_a_given_password_and_bad_input():
    secure = encrypt_annexes([("a.pdf", b"%PDF-1.4")], password="correct horse battery")
    assert open_annexes(secure.data, "correct horse battery") == {"a.pdf": b"%PDF-1.4"}
    with pytest.raises(MailError):
        encrypt_annexes([("a.pdf", b"x")], password="short")
    with pytest.raises(MailError):
        encrypt_annexes([])
    with pytest.raises(MailError) as caught:
        open_annexes(b"not a zip", "whatever-password")
    assert caught.value.kind == "parse"
