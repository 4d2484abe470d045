"""Files kept with a case, encrypted at rest and bound to their case; opening one is recorded."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from dsar_desk.desk import keys
from dsar_desk.domain.cases import (
    MAX_ATTACHMENT_BYTES,
    FieldProblem,
    InvalidCase,
    NewAttachment,
    attachment_problems,
)
from dsar_desk.domain.messages import msg
from dsar_desk.store.db import is_database_file, writing
from dsar_desk.store.models import Attachment, Case, Event


def read_file(path: Path, kind: str = "request", field: str = "attachments") -> NewAttachment:
    """A file the clerk chose, read only after its size was checked (a huge file or a device is
    refused before a byte is read). InvalidCase naming the file otherwise."""
    path = Path(path)
    if is_database_file(path):  # checked on the name and inode only: opening it would cost its locks
        raise InvalidCase([FieldProblem(field, msg("attachment.is-the-database",
                                                   "{name} is the database itself (or one of its files): it cannot "
                                                   "be attached", name=path.name))])
    try:
        if not path.is_file():
            raise InvalidCase([FieldProblem(field, msg("attachment.not-a-file", "{name} is not a file",
                                                       name=str(path)))])
        size = path.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidCase([FieldProblem(field, msg("case.attachment-too-large", "{name} is larger than {mb} MB",
                                                       name=path.name, mb=MAX_ATTACHMENT_BYTES // (1024 * 1024)))])
        with path.open("rb") as fh:
            data = fh.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise InvalidCase([FieldProblem(field, msg("attachment.unreadable", "cannot read {name} ({why})",
                                                   name=path.name, why=exc.strerror or exc.__class__.__name__))]) from None
    if len(data) > MAX_ATTACHMENT_BYTES:  # grew while being read
        raise InvalidCase(attachment_problems([NewAttachment(path.name, data, kind)], field))
    return NewAttachment(path.name, data, kind)


def store_attachment(case: Case, attachment: NewAttachment, who: str) -> Attachment:
    """Encrypt and store one attachment with its timeline event (inside the caller's transaction)."""
    name = attachment.filename.replace("\\", "/").rsplit("/", 1)[-1] or "attachment"
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    sha256 = hashlib.sha256(attachment.data).hexdigest()
    key, key_id = keys.current_key()
    row = Attachment.create(
        case=case,
        filename=name,
        mime=mime,
        size=len(attachment.data),
        sha256=sha256,
        kind=attachment.kind,
        data=keys.seal(key, attachment.data, case.id, sha256),
        key_id=key_id,
        who=who,
    )
    Event.create(case=case, who=who, kind="attachment", new=name, text=f"{name} ({len(attachment.data):,} bytes)")
    return row


def add_attachment(case: Case, attachment: NewAttachment, who: str) -> Attachment:
    problems = attachment_problems([attachment])
    if problems:
        raise InvalidCase(problems)
    with writing():
        return store_attachment(case, attachment, who)


def attachment_data(attachment_id: int) -> bytes:
    """The decrypted bytes, without a timeline entry: for the app's own use. A clerk opening or
    saving an attachment goes through :func:`open_attachment`, which records it."""
    row = Attachment.select(Attachment.case, Attachment.data, Attachment.key_id, Attachment.sha256).where(
        Attachment.id == attachment_id).get()
    return keys.unseal(row.data, row.key_id, row.case_id, row.sha256)


def open_attachment(attachment_id: int, who: str, action: str = "opened") -> bytes:
    """Decrypt an attachment for the clerk; "<file> opened" goes in the timeline."""
    data = attachment_data(attachment_id)
    row = Attachment.select(Attachment.case, Attachment.filename).where(Attachment.id == attachment_id).get()
    with writing():
        Event.create(case=row.case_id, who=who, kind="opened", new=row.filename, text=f"{row.filename} {action}")
    return data
