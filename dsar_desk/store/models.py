"""peewee models: the tables of a DSAR Desk database.

Every model of the database is here. They are bound to ``database``, a proxy initialised once by
:func:`dsar_desk.store.db.open_database` with the real file (or a test file). The schema itself is
created by the numbered migrations in :mod:`dsar_desk.store.migrations`, never by ``create_tables``
at start; ``tests/unit/test_schema.py`` compares these models with what the migrations create,
column by column.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import Any

from peewee import (
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.domain.checklist import describe
from dsar_desk.domain.letter_details import letter_file_name
from dsar_desk.domain.messages import from_json, msg
from dsar_desk.domain.record import GENESIS, event_hash

database = DatabaseProxy()


def server_login() -> str | None:
    """The login a team's server writes events as (its session_user); None on a file."""
    if isinstance(database.obj, PostgresqlDatabase):
        return database.execute_sql("SELECT session_user").fetchone()[0]
    return None


def now() -> datetime:
    """Event times are stored in UTC and shown in the clerk's local time."""
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


class BaseModel(Model):
    class Meta:
        database = database


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField(default=now)

    class Meta:
        table_name = "schema_version"


class Setting(BaseModel):
    """Settings shared by everyone using this database (never a secret)."""

    key = CharField(primary_key=True)
    value = TextField()

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Set ``key`` (an upsert both SQLite and PostgreSQL run), inside the caller's write transaction."""
        cls.insert(key=key, value=value).on_conflict(conflict_target=[cls.key], update={cls.value: value}).execute()

    class Meta:
        table_name = "setting"


class Organisation(BaseModel):
    slug = CharField(unique=True)
    name = CharField()
    prefix = CharField(unique=True)  # of the case references: ECO-2026-0042
    country = CharField()
    languages = CharField()  # comma separated, first is the default
    deadline_days = IntegerField(null=True)
    profile = TextField()  # the profile as TOML, exactly as imported or last exported
    profile_version = IntegerField(default=1)
    subdivision = CharField(null=True)  # holiday calendar: a German Land, Alsace-Moselle
    pause_rule = CharField(default="suspend")  # suspend | restart | none
    imported_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "organisation"

    @property
    def language_list(self) -> list[str]:
        return [x for x in self.languages.split(",") if x]


class ChangedMeanwhile(Exception):
    """A row was changed by someone else since it was read (its version moved): nothing was
    written. ``who`` and ``at`` say the last change, when known; the message says it plainly."""

    def __init__(self, message, who: str = "", at: datetime | None = None, version: int = 0):
        super().__init__(message)
        self.message, self.who, self.at, self.version = message, who, at, version


class VersionedModel(BaseModel):
    """A row the clerks edit: every save of a row read earlier writes only the fields changed,
    and only if nobody changed the row since it was read (``version``); each save moves the
    version on. A save whose version moved meanwhile raises :class:`ChangedMeanwhile`."""

    unversioned: tuple[str, ...] = ()  # fields a save may write alone without moving the version

    def save(self, force_insert: bool = False, only=None) -> int:
        if self._pk is None or force_insert:
            return super().save(force_insert=force_insert, only=only)
        fields = [f for f in (only or self.dirty_fields) if f.name != "version"]
        if not fields:
            return 0
        model = type(self)
        if all(f.name in self.unversioned for f in fields):  # bookkeeping (a time stamp, the search text)
            model.update({f: self.__data__.get(f.name) for f in fields}).where(
                model._meta.primary_key == self._pk).execute()
            self._dirty.clear()
            return 1
        loaded = self.version
        data = {f: self.__data__.get(f.name) for f in fields}
        data[model.version] = loaded + 1
        changed = model.update(data).where((model._meta.primary_key == self._pk) & (model.version == loaded)).execute()
        if changed != 1:
            raise self.changed_meanwhile()
        self.__data__["version"] = loaded + 1
        self._dirty.clear()
        return changed

    def changed_meanwhile(self) -> ChangedMeanwhile:  # pragma: no cover - each model says it its way
        return ChangedMeanwhile(msg("row.changed-meanwhile", "this was changed by someone else since it was read; "
                                    "reload it (nothing was written)"))

    def reread(self):
        """The row as it is now in the database (its current version)."""
        return type(self).get_by_id(self._pk)


# The open statuses as an SQL literal: the partial indexes of the open cases (migration 7) hold
# the rows of exactly this condition, and SQLite uses them only for a query that writes it the same
# way, with literals rather than bound parameters (case_list.is_open()).
OPEN_STATUSES_SQL = "(" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"


class Case(VersionedModel):
    organisation = ForeignKeyField(Organisation, backref="cases", on_delete="RESTRICT")
    reference = CharField(unique=True)
    year = IntegerField()
    number = IntegerField()
    requester_name = CharField()
    requester_email = CharField(default="")
    requester_address = TextField(default="")  # lines joined by "\n"
    requester_country = CharField(default="")
    language = CharField()
    rights = CharField()  # comma separated, in the order of RIGHTS
    channel = CharField()
    received = DateField()
    summary = TextField(default="")
    status = CharField(default="received")
    assignee = CharField()
    extended = BooleanField(default=False)
    extension_reasons = TextField(default="")
    # The deadline engine's answer, stored so that the list can sort and filter 100,000 cases in
    # SQL. Always written by the one seam, dsar_desk.store.cases.refresh_deadline().
    legal_limit = DateField()
    promise = DateField(null=True)
    due = DateField()
    outcomes = TextField(default="")  # JSON: right -> {outcome, reason}, when closed
    search = TextField(default="")  # reference, name, email, summary, notes: domain.cases.search_text
    # The register version the checklist and letters were built from; fees in integer cents
    # (Art. 15(3), 12(5)); a request marked manifestly unfounded or excessive.
    register_version = IntegerField(null=True)
    fee_asked_cents = IntegerField(null=True)
    fee_paid_cents = IntegerField(null=True)
    unfounded = BooleanField(default=False)
    unfounded_reason = TextField(default="")
    # issue 16 (migration 12): the one-month limit with pauses, also once extended (the extension
    # must be notified by then), written by refresh_deadline(); and a request whose earlier one by
    # the same requester was deleted under the retention rule (the figures still count it a repeat)
    first_limit = DateField(null=True)
    repeat_of_deleted = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)  # moves on at each edit: no save overwrites a change it has not seen
    requester_key = TextField(default="")  # domain.checklist.requester_key(requester_name): the repeat check's
    unversioned = ("updated_at", "search")

    class Meta:
        table_name = "case"
        indexes = (
            (("organisation", "year", "number"), True),
            (("status", "due"), False),
            (("due",), False),
            (("received",), False),
            (("requester_name",), False),
            (("requester_email",), False),
            (("rights",), False),
            (("assignee", "due"), False),
            (("organisation", "due"), False),
            (("organisation", "requester_key"), False),
        )

    def changed_meanwhile(self) -> ChangedMeanwhile:
        last = (Event.select(Event.who, Event.at, Event.kind).where(Event.case == self._pk)
                .order_by(Event.id.desc()).limit(1).tuples().first())
        version = Case.select(Case.version).where(Case.id == self._pk).scalar() or 0
        if last is None:
            return ChangedMeanwhile(msg("case.changed-meanwhile-unknown", "case {reference} was changed since it was "
                                        "read; reload it (nothing was written)", reference=self.reference),
                                    version=version)
        who, at, _kind = last
        return ChangedMeanwhile(msg("case.changed-meanwhile", "case {reference} was changed by {who} at {at} UTC "
                                    "since it was read; reload it (nothing was written)", reference=self.reference,
                                    who=who, at=at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime") else str(at)),
                                who=who, at=at, version=version)

    @property
    def right_list(self) -> list[str]:
        return [x for x in self.rights.split(",") if x]

    @property
    def address_lines(self) -> list[str]:
        return [x for x in self.requester_address.split("\n") if x]


class Pause(BaseModel):
    """The organisation waits for the requester (identity, or narrowing a large request)."""

    case = ForeignKeyField(Case, backref="pauses", on_delete="CASCADE")
    reason = CharField(default="identity")  # identity | clarification
    requested = DateField()
    received = DateField(null=True)

    class Meta:
        table_name = "pause"


class RecordImmutable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("the record is append-only: an event is never changed once written")


class Event(BaseModel):
    """One line of a case's timeline, chained to the one written before it (domain.record).

    Never updated, never deleted but by the retention purge; :meth:`save` appends it to the chain.
    """

    case = ForeignKeyField(Case, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=now)
    who = CharField()
    kind = CharField()  # created, edited, status, note, attachment, deadline, ...
    field = CharField(default="")
    old = TextField(default="")
    new = TextField(default="")
    text = TextField(default="")
    letter_id = IntegerField(null=True)  # the letter a "letter" or "letter-sent" event is about
    prev_hash = CharField(default="")  # the hash of the event written before this one
    hash = CharField(default="")

    class Meta:
        table_name = "event"
        indexes = ((("case", "at"), False), (("letter_id",), False))

    def save(self, *args: Any, **kwargs: Any) -> int:
        if self.id is not None and not kwargs.get("force_insert"):
            raise RecordImmutable()
        self.chain()
        return super().save(*args, **kwargs)

    def chain(self) -> None:
        """Link this new event to the last one written (inside the write transaction that keeps
        anyone else from appending meanwhile): its time never before that one's, its hashes."""
        last = Event.select(Event.hash, Event.at).order_by(Event.id.desc()).limit(1).tuples().first()
        prev_hash, last_at = last if last else (GENESIS, None)
        if isinstance(database.obj, PostgresqlDatabase):
            # On a team's server the event is written as the login that writes it, at the server's
            # clock (one clock for the whole team; the server's trigger checks the login).
            self.who, self.at = database.execute_sql(
                "SELECT session_user, date_trunc('second', clock_timestamp() AT TIME ZONE 'UTC')").fetchone()
        self.at = (self.at or now()).replace(microsecond=0)
        if last_at is not None and self.at < last_at:
            self.at = last_at  # a clock set back must not date an event before the one before it
        sha = ""
        if self.letter_id is not None:
            sha = Letter.select(Letter.sha256).where(Letter.id == self.letter_id).scalar() or ""
        self.prev_hash = prev_hash
        self.hash = event_hash(prev_hash, self.case_id, self.at, self.who, self.kind, self.field, self.old, self.new,
                               self.text, sha)


class RecordGap(BaseModel):
    """A link of the chain the app itself cut: the retention purge of closed cases (domain.record)."""

    at = DateTimeField(default=now)
    who = CharField()
    reason = TextField()
    after_event_id = IntegerField()  # the first event after the deleted ones; 0 when none is left after them
    prev_hash = CharField()  # the hash that event names as the one before it
    deleted_events = IntegerField()
    references = TextField()  # the case references deleted, comma separated
    prev_gap_hash = CharField()
    hash = CharField()

    class Meta:
        table_name = "record_gap"


class PurgeGate(BaseModel):
    """Holds one row while the app's own retention purge deletes events and letters (the
    triggers refuse any other deletion)."""

    reason = TextField()

    class Meta:
        table_name = "purge_gate"


class Attachment(BaseModel):
    case = ForeignKeyField(Case, backref="attachments", on_delete="CASCADE")
    filename = CharField()
    mime = CharField(default="application/octet-stream")
    size = IntegerField()
    sha256 = CharField()
    kind = CharField(default="request")  # request (email, scan), id-copy, other
    data = BlobField(null=True)  # NULL once purged
    key_id = CharField(default="")  # fingerprint of the key that encrypted data; "" = not encrypted
    added_at = DateTimeField(default=now)
    who = CharField()

    class Meta:
        table_name = "attachment"


class RegisterVersion(BaseModel):
    """Every text an organisation's profile ever had, so that an old letter can be explained."""

    organisation = ForeignKeyField(Organisation, backref="register_versions", on_delete="CASCADE")
    version = IntegerField()
    profile = TextField()
    created_at = DateTimeField(default=now)

    class Meta:
        table_name = "register_version"
        indexes = ((("organisation", "version"), True),)


class ChecklistItem(VersionedModel):
    case = ForeignKeyField(Case, backref="checklist", on_delete="CASCADE")
    key = CharField()  # PlannedItem.key: stable across rebuilds
    position = IntegerField()  # 1, 2, 3 ... per case: the id the clerk sees
    action = CharField()  # search | act | inform
    right = CharField()
    activity = CharField()  # [[processing]] id
    target_kind = CharField()  # system | activity | recipient
    target = CharField()
    target_name = CharField()
    state = CharField(default="open")
    note = TextField(default="")
    exception = CharField(default="")  # an Art. 17(3) exception (erasure items)
    who = CharField(default="")
    at = DateTimeField(null=True)
    register_version = IntegerField()
    version = IntegerField(default=1)

    class Meta:
        table_name = "checklist_item"
        indexes = ((("case", "key"), True),)

    @property
    def label(self) -> str:
        return describe(self.action, self.right, self.target_kind, self.target_name)

    def changed_meanwhile(self) -> ChangedMeanwhile:
        row = ChecklistItem.select(ChecklistItem.who, ChecklistItem.at, ChecklistItem.version).where(
            ChecklistItem.id == self._pk).tuples().first() or ("", None, 0)
        who, at, version = row
        return ChangedMeanwhile(msg("checklist.changed-meanwhile", "item #{position} was marked by {who} at {at} UTC "
                                    "since it was read; reload it (nothing was written)", position=self.position,
                                    who=who or "?", at=at.strftime("%Y-%m-%d %H:%M") if hasattr(at, "strftime")
                                    else str(at)), who=who, at=at, version=version)


class IdentityCheck(BaseModel):
    """One identity check of a case. Nothing of the MRZ, only the last 4 of a document number."""

    case = ForeignKeyField(Case, backref="identity_checks", on_delete="CASCADE")
    method = CharField()
    outcome = CharField()  # verified | failed | not-needed
    checked_on = DateField()
    matched = CharField(default="")  # comma separated keys of rules.MATCHED_DATA
    document_type = CharField(default="")
    issuing_country = CharField(default="")
    expiry = DateField(null=True)
    expired = BooleanField(default=False)
    number_last4 = CharField(default="")
    mrz_format = CharField(default="")  # "" when no MRZ was checked
    mrz_check_digits_ok = BooleanField(null=True)
    mrz_failed = CharField(default="")  # fields whose check digit failed, comma separated
    mrz_name_agrees = BooleanField(null=True)
    mrz_expiry_agrees = BooleanField(null=True)
    mrz_number_agrees = BooleanField(null=True)
    mrz_country_agrees = BooleanField(null=True)
    reason = TextField(default="")
    proportionality = TextField(default="")  # why lesser means were not enough (ID copy)
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")  # the ID copy kept
    blacked_out = BooleanField(default=False)  # the clerk confirmed photo/national number masked
    who = CharField()
    recorded_at = DateTimeField(default=now)

    class Meta:
        table_name = "identity_check"
        indexes = ((("case", "recorded_at"), False),)


class LetterImmutable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("a letter is never changed once made: make it again for a new version")


class Letter(BaseModel):
    """One version of one kind of letter of a case. Immutable but for the sent_* fields (once)."""

    case = ForeignKeyField(Case, backref="letters", on_delete="CASCADE")
    kind = CharField()  # one of domain.letter_content.LETTER_KINDS
    version = IntegerField()  # 1, 2, ... per case and kind
    language = CharField()
    pdf = BlobField()
    sha256 = CharField()  # of pdf, hex
    size = IntegerField()
    who = CharField()
    made_at = DateTimeField(default=now)  # UTC
    override_reason = TextField(default="")  # why a disclosing letter was made before identity was verified
    details = TextField(default="")  # JSON: what the clerk added (reasons, grounds, annexes)
    report = TextField(default="")  # JSON: {"fell_back": [...], "missing": [...], "not_concerned": [...]}
    annex_json = BlobField(null=True)  # portability: the machine-readable copy
    annex_json_name = CharField(default="")
    annex_csv = BlobField(null=True)
    annex_csv_name = CharField(default="")
    sent_method = CharField(null=True)  # one of domain.letter_details.SEND_METHODS
    sent_on = DateField(null=True)
    sent_tracking = CharField(null=True)
    sent_by = CharField(null=True)
    sent_at = DateTimeField(null=True)  # when it was recorded (UTC)

    class Meta:
        table_name = "letter"
        indexes = ((("case", "kind", "version"), True),)

    def save(self, *args: Any, **kwargs: Any) -> int:
        if self.id is not None and not kwargs.get("force_insert"):
            raise LetterImmutable()
        return super().save(*args, **kwargs)

    # -- reading
    @property
    def short_hash(self) -> str:
        return self.sha256[:12]

    @property
    def is_sent(self) -> bool:
        return self.sent_on is not None

    @property
    def made_on(self) -> date:
        """The local date the letter was made (made_at is UTC)."""
        return self.made_at.replace(tzinfo=timezone.utc).astimezone().date()

    @property
    def report_data(self) -> dict[str, list[str]]:
        """fell_back and missing as coded messages (older letters stored plain strings), not_concerned ids."""
        try:
            data = json.loads(self.report) if self.report else {}
        except ValueError:  # pragma: no cover - written by us
            data = {}
        out = {k: [from_json(m) for m in data.get(k, [])] for k in ("fell_back", "missing")}
        out["not_concerned"] = list(data.get("not_concerned", []))
        return out

    @property
    def file_name(self) -> str:
        return letter_file_name(self.case.reference, self.kind, self.version, self.language)

    def annex_files(self) -> list[tuple[str, bytes]]:
        out = []
        if self.annex_json is not None and self.annex_json_name:
            out.append((self.annex_json_name, bytes(self.annex_json)))
        if self.annex_csv is not None and self.annex_csv_name:
            out.append((self.annex_csv_name, bytes(self.annex_csv)))
        return out


# -- mail (migration 9) ---------------------------------------------------------------------------

class MailAccountRow(BaseModel):
    """An organisation's mail settings (dsar_desk.mail.account.MailAccount as JSON): never a secret."""

    organisation = ForeignKeyField(Organisation, backref="mail_accounts", on_delete="CASCADE", unique=True)
    settings = TextField()
    updated_at = DateTimeField(default=now)
    updated_by = CharField(default="")

    class Meta:
        table_name = "mail_account"


class MailboxState(BaseModel):
    """Where the last fetch round of an organisation's folder stopped (UIDVALIDITY and last UID)."""

    organisation = ForeignKeyField(Organisation, backref="mailbox_states", on_delete="CASCADE")
    folder = CharField()
    uidvalidity = IntegerField(null=True)
    last_uid = IntegerField(default=0)
    checked_at = DateTimeField(null=True)  # the last round that reached the server (UTC)
    problem = TextField(default="")  # the last round's failure (a coded message as JSON), "" when it went well
    problem_at = DateTimeField(null=True)

    class Meta:
        table_name = "mailbox_state"
        indexes = ((("organisation", "folder"), True),)


class MailMessage(BaseModel):
    """Every received message once: an Inbox item until the clerk (or its case reference) handles it.

    ``raw`` holds the message encrypted with the attachment key while it waits in the Inbox; once
    it is kept with a case (``attachment``) or marked not a request, ``raw`` is emptied and the row
    stays, so that the same message (UIDVALIDITY + UID, or Message-ID) is never taken twice.
    """

    organisation = ForeignKeyField(Organisation, backref="mail_messages", on_delete="CASCADE")
    source = CharField(default="imap")  # imap | file
    folder = CharField(default="")
    uidvalidity = IntegerField(null=True)
    uid = IntegerField(null=True)
    message_id = TextField(default="")
    sender = TextField(default="")  # "Name <address>" as shown in the Inbox
    subject = TextField(default="")
    sent_date = DateTimeField(null=True)  # the Date header (UTC)
    received_at = DateTimeField(default=now)  # when the desk stored it (UTC)
    state = CharField(default="new")  # new | case | joined | not-request | unreadable
    references = TextField(default="")  # case references it points to, comma separated
    identity_hint = TextField(default="")  # JSON: the attachments that look like a proof of identity
    problem = TextField(default="")  # why it could not be read (coded message as JSON)
    raw = BlobField(null=True)  # encrypted with the attachment key; NULL once handled
    key_id = CharField(default="")
    sha256 = CharField(default="")  # of the plaintext message
    size = IntegerField(default=0)
    case = ForeignKeyField(Case, backref="mail_messages", null=True, on_delete="SET NULL")
    attachment = ForeignKeyField(Attachment, null=True, on_delete="SET NULL")  # the original kept with the case
    handled_by = CharField(default="")
    handled_at = DateTimeField(null=True)
    server_done = BooleanField(default=False)  # moved on the server to the account's move_to folder

    class Meta:
        table_name = "mail_message"
        indexes = (
            (("organisation", "folder", "uidvalidity", "uid"), True),
            (("organisation", "message_id"), False),
            (("state",), False),
        )


class MailSent(BaseModel):
    """An e-mail the desk sent (a letter, an Art. 19 notice): its Message-ID, so that a reply finds its case."""

    case = ForeignKeyField(Case, backref="mail_sent", on_delete="CASCADE")
    letter_id = IntegerField(null=True)
    checklist_item_id = IntegerField(null=True)
    message_id = TextField(unique=True)
    recipients = TextField(default="")  # comma separated
    attachments = TextField(default="")  # file names, comma separated
    response = TextField(default="")  # the SMTP server's acceptance
    accepted_at = DateTimeField()  # UTC
    sent_folder = CharField(default="")  # where the copy went ("" = none)
    copy_problem = TextField(default="")
    zip_name = CharField(default="")
    password_channel = CharField(default="")  # how the ZIP password was given (never the password)
    who = CharField()

    class Meta:
        table_name = "mail_sent"


# ---- issue 16 (migration 12): retention of closed cases -----------------------------------------

class RetentionPurge(BaseModel):
    """"N cases deleted under the retention rule on DATE": one row per organisation and purge."""

    organisation = ForeignKeyField(Organisation, backref="retention_purges", on_delete="RESTRICT")
    purged_on = DateField()
    cases = IntegerField()
    retention_years = IntegerField()  # the profile's case_retention_years applied
    who = CharField()
    at = DateTimeField(default=now)

    class Meta:
        table_name = "retention_purge"


class CaseFacts(BaseModel):
    """What the figures count of one case no longer open (see dsar_desk.store.figures).

    Kept up to date by the figures (a cache of what the case's timeline, letters, pauses and
    checks say). Holds no requester data: no name, e-mail, address, country, language, summary,
    note, letter or reference. When the case is deleted under the retention rule the row stays,
    anonymous (``case`` NULL, ``purge`` set), so that past periods' figures add up after the
    purge. ``assignee`` is the clerk who handled the request.
    """

    case = ForeignKeyField(Case, null=True, unique=True, on_delete="SET NULL")
    purge = ForeignKeyField(RetentionPurge, null=True, on_delete="RESTRICT")
    organisation = ForeignKeyField(Organisation, on_delete="RESTRICT")
    received = DateField()
    month = CharField()  # "YYYY-MM" of received
    channel = CharField()
    assignee = CharField()
    state = CharField()  # answered | withdrawn | unanswered (no longer open, no answer date)
    days_to_answer = IntegerField(null=True)
    on_time = IntegerField(null=True)  # 1 on time, 0 late, NULL not answered
    extended = IntegerField()
    extension_notice = CharField()  # in-time | late | none | "" (not extended)
    paused_identity = IntegerField()
    waited_days = IntegerField()
    refused = IntegerField()
    partly_refused = IntegerField()
    repeat_request = IntegerField()
    id_copy_asked = IntegerField()
    identity_method = CharField()  # of the last identity check, "" none
    identity_outcome = CharField()
    # the rights asked (1/0), and the grounds a refusal has (counted only where refused)
    r_access = IntegerField()
    r_rectification = IntegerField()
    r_erasure = IntegerField()
    r_restriction = IntegerField()
    r_portability = IntegerField()
    r_objection = IntegerField()
    r_withdraw_consent = IntegerField()
    r_other = IntegerField()
    g_unfounded = IntegerField()
    g_identity = IntegerField()
    g_freedom_of_expression = IntegerField()
    g_legal_obligation = IntegerField()
    g_public_health = IntegerField()
    g_archiving_research = IntegerField()
    g_legal_claims = IntegerField()
    g_other = IntegerField()

    class Meta:
        table_name = "case_facts"
        indexes = ((("received",), False), (("organisation", "received"), False))


MODELS = [SchemaVersion, Setting, Organisation, Case, Pause, Event, Attachment, RegisterVersion, ChecklistItem,
          IdentityCheck, Letter, RecordGap, PurgeGate, MailAccountRow, MailboxState, MailMessage, MailSent,
          RetentionPurge, CaseFacts]
