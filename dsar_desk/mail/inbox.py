"""One round of the privacy mailbox, ready for the desk: fetched, parsed, proposed, matched to cases.

::

    round = fetch_inbox(settings, password=pw, state=stored_state, tz="Europe/Brussels",
                        known_message_ids=ids_already_kept)
    with transaction:                                  # the desk layer's job
        for item in round.items:
            ...                                        # a new request, a reply to a case, or unreadable
        store(round.state)                             # only once the items are kept

The state (UIDVALIDITY and last UID) moves on only when the caller stores it, after keeping
the items: a round that fails half-way (the connection drops, the database refuses) leaves
the old state, and the next round fetches the same messages again; ``known_message_ids``
then drops those already kept. A message that cannot be parsed does not stop the round: it
comes back as an item with ``error`` (and its raw bytes, to keep or show), once.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date

from dsar_desk.mail.errors import MailError
from dsar_desk.mail.imap import ImapMailbox, ImapSettings
from dsar_desk.mail.message import IncomingMessage, parse_eml
from dsar_desk.mail.proposals import Proposal, find_references, propose

__all__ = ["MailboxState", "InboxItem", "InboxRound", "fetch_inbox", "case_references"]

# Our own Message-IDs carry the case reference: <ECO-2026-0042.5f3a...@ecomarket.be> (smtp.build_message).
_OUR_ID = re.compile(r"^<([A-Z0-9]{2,6}-\d{4}-\d{4,})\.[0-9a-f]+@([^>]+)>$")


@dataclass(frozen=True)
class MailboxState:
    uidvalidity: int | None = None
    last_uid: int = 0


@dataclass(frozen=True)
class InboxItem:
    uidvalidity: int
    uid: int
    raw: bytes = field(repr=False)
    message: IncomingMessage | None  # None when it could not be parsed
    proposal: Proposal | None
    error: MailError | None  # why it could not be parsed
    references: tuple[str, ...] = ()  # case references found (subject, then our Message-IDs it answers)

    @property
    def message_id(self) -> str:
        return self.message.message_id if self.message else ""


@dataclass(frozen=True)
class InboxRound:
    state: MailboxState  # store it once the items are kept
    items: tuple[InboxItem, ...]
    too_large: tuple[tuple[int, int], ...] = ()  # (uid, size) not fetched
    renumbered: bool = False
    skipped: int = 0  # messages already kept (by Message-ID)


def case_references(message: IncomingMessage, our_domains: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The case references a message points to: in its subject, then in the Message-IDs of ours
    it answers (In-Reply-To, References). ``our_domains`` limits the latter to our own domains."""
    found = list(find_references(message.subject))
    for message_id in message.thread_ids:
        match = _OUR_ID.match(message_id)
        if match and (not our_domains or match.group(2).lower() in {d.lower() for d in our_domains}):
            if match.group(1) not in found:
                found.append(match.group(1))
    return tuple(found)


def fetch_inbox(settings: ImapSettings, *, password: str | None = None, token: str | None = None,
                state: MailboxState = MailboxState(), tz: str = "Europe/Brussels",
                known_message_ids: Container[str] = frozenset(), our_domains: tuple[str, ...] = (),
                limit: int | None = None, since: date | None = None) -> InboxRound:
    """Fetch what is new since ``state``; a MailError (connection, login, folder) for the round itself."""
    with ImapMailbox(settings, password=password, token=token) as box:
        fetched = box.fetch_new(state.uidvalidity, state.last_uid, limit=limit, since=since)
    items: list[InboxItem] = []
    skipped = 0
    for item in fetched.messages:
        try:
            message = parse_eml(item.raw)
        except MailError as exc:
            items.append(InboxItem(item.uidvalidity, item.uid, item.raw, None, None, exc))
            continue
        if message.message_id and message.message_id in known_message_ids:
            skipped += 1
            continue
        proposal = propose(message, tz, item.internaldate)
        items.append(InboxItem(item.uidvalidity, item.uid, item.raw, message, proposal, None,
                               case_references(message, our_domains)))
    return InboxRound(MailboxState(fetched.uidvalidity, fetched.last_uid), tuple(items), fetched.too_large,
                      fetched.renumbered, skipped)
