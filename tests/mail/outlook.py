"""Build an Outlook ``.msg`` file in the test, as Outlook stores one ([MS-OXMSG]).

An .msg is an OLE compound file ([MS-CFB]); extract-msg ships a writer for those
(``extract_msg.ole_writer.OleWriter``), which is used here to lay out the streams Outlook
writes: the ``__properties_version1.0`` stream (a header, then 16-byte property entries:
tag, flags, value or size), one ``__substg1.0_TTTTYYYY`` stream per variable-length property
(strings as UTF-16LE, PT_UNICODE 0x001F; binaries PT_BINARY 0x0102), a recipient storage
``__recip_version1.0_#00000000``, attachment storages ``__attach_version1.0_#0000000N`` and the
named-property map ``__nameid_version1.0``. Property tags are those of [MS-OXPROPS].
"""

from __future__ import annotations

import io
import struct
from datetime import datetime, timezone

from extract_msg.ole_writer import OleWriter

PT_LONG, PT_BOOLEAN, PT_SYSTIME, PT_UNICODE, PT_BINARY = 0x0003, 0x000B, 0x0040, 0x001F, 0x0102
READ_WRITE = 0x00000006  # PROPATTR_READABLE | PROPATTR_WRITABLE


def _filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=timezone.utc)).total_seconds() * 10_000_000)


class _Props:
    def __init__(self, writer: OleWriter, prefix: str):
        self.writer, self.prefix, self.entries = writer, prefix, []

    def string(self, prop: int, value: str) -> None:
        data = value.encode("utf-16-le")
        # the stream holds the string without its terminator; the size counts it ([MS-OXMSG] 2.4.2.2)
        self.writer.addEntry(f"{self.prefix}__substg1.0_{prop:04X}{PT_UNICODE:04X}", data)
        self.entries.append(struct.pack("<IIII", (prop << 16) | PT_UNICODE, READ_WRITE, len(data) + 2, 0))

    def binary(self, prop: int, value: bytes) -> None:
        self.writer.addEntry(f"{self.prefix}__substg1.0_{prop:04X}{PT_BINARY:04X}", value)
        self.entries.append(struct.pack("<IIII", (prop << 16) | PT_BINARY, READ_WRITE, len(value), 0))

    def long(self, prop: int, value: int) -> None:
        self.entries.append(struct.pack("<IIiI", (prop << 16) | PT_LONG, READ_WRITE, value, 0))

    def time(self, prop: int, value: datetime) -> None:
        self.entries.append(struct.pack("<IIQ", (prop << 16) | PT_SYSTIME, READ_WRITE, _filetime(value)))

    def write(self, header: bytes) -> None:
        self.writer.addEntry(f"{self.prefix}__properties_version1.0", header + b"".join(self.entries))


def build_msg(*, subject: str, sender_name: str, sender_email: str, to_email: str, body: str = "",
              html: str = "", sent: datetime, message_id: str = "", in_reply_to: str = "",
              transport_headers: str = "", attachments: tuple[tuple[str, str, bytes], ...] = ()) -> bytes:
    writer = OleWriter()
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        writer.addEntry(f"__nameid_version1.0/{stream}", b"")
    top = _Props(writer, "")
    top.string(0x001A, "IPM.Note")  # PR_MESSAGE_CLASS
    top.string(0x0037, subject)  # PR_SUBJECT
    top.string(0x0C1A, sender_name)  # PR_SENDER_NAME
    top.string(0x0C1F, sender_email)  # PR_SENDER_EMAIL_ADDRESS
    top.string(0x0C1E, "SMTP")  # PR_SENDER_ADDRTYPE
    top.string(0x5D01, sender_email)  # PR_SENDER_SMTP_ADDRESS
    top.string(0x0042, sender_name)  # PR_SENT_REPRESENTING_NAME
    top.string(0x0065, sender_email)  # PR_SENT_REPRESENTING_EMAIL_ADDRESS
    top.string(0x0E04, to_email)  # PR_DISPLAY_TO
    if body:
        top.string(0x1000, body)  # PR_BODY
    if html:
        top.binary(0x1013, html.encode("utf-8"))  # PR_HTML
    if message_id:
        top.string(0x1035, message_id)  # PR_INTERNET_MESSAGE_ID
    if in_reply_to:
        top.string(0x1042, in_reply_to)  # PR_IN_REPLY_TO_ID
    if transport_headers:
        top.string(0x007D, transport_headers)  # PR_TRANSPORT_MESSAGE_HEADERS
    top.time(0x0039, sent)  # PR_CLIENT_SUBMIT_TIME
    top.time(0x0E06, sent)  # PR_MESSAGE_DELIVERY_TIME
    top.long(0x0E07, 0x00000001)  # PR_MESSAGE_FLAGS: read, not unsent
    top.long(0x3FDE, 65001)  # PR_INTERNET_CPID: UTF-8

    recip = _Props(writer, "__recip_version1.0_#00000000/")
    recip.string(0x3001, to_email)  # PR_DISPLAY_NAME
    recip.string(0x3003, to_email)  # PR_EMAIL_ADDRESS
    recip.string(0x3002, "SMTP")  # PR_ADDRTYPE
    recip.string(0x39FE, to_email)  # PR_SMTP_ADDRESS
    recip.long(0x0C15, 1)  # PR_RECIPIENT_TYPE: To
    recip.long(0x3000, 0)  # PR_ROWID
    recip.write(b"\x00" * 8)

    for number, (name, mime, data) in enumerate(attachments):
        att = _Props(writer, f"__attach_version1.0_#{number:08X}/")
        att.binary(0x3701, data)  # PR_ATTACH_DATA_BIN
        att.string(0x3707, name)  # PR_ATTACH_LONG_FILENAME
        att.string(0x3704, name[:12])  # PR_ATTACH_FILENAME
        att.string(0x3001, name)  # PR_DISPLAY_NAME
        att.string(0x370E, mime)  # PR_ATTACH_MIME_TAG
        att.string(0x3703, "." + name.rsplit(".", 1)[-1])  # PR_ATTACH_EXTENSION
        att.long(0x3705, 1)  # PR_ATTACH_METHOD: by value
        att.long(0x0E21, number)  # PR_ATTACH_NUM
        att.write(b"\x00" * 8)

    # Top-level header: reserved(8), next recipient id, next attachment id, recipient count,
    # attachment count, reserved(8).
    top.write(struct.pack("<8sIIII8s", b"", 1, len(attachments), 1, len(attachments), b""))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
