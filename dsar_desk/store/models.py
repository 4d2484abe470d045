"""peewee models: the tables of a DSAR Desk database.

The models are bound to ``database``, a proxy initialised once by :func:`dsar_desk.store.db.open_database`
with the real file (or a test file). The schema itself is created by the numbered migrations in
:mod:`dsar_desk.store.migrations`, never by ``create_tables`` at start.
"""

from __future__ import annotations

from datetime import datetime, timezone

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
    TextField,
)

database = DatabaseProxy()


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


class Case(BaseModel):
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
    search = TextField(default="")  # reference, name and email without accents, lower case
    # issue 6 (migration 4): the register version the checklist/letters were built from; fees in
    # integer cents (Art. 15(3), 12(5)); a request marked manifestly unfounded or excessive.
    register_version = IntegerField(null=True)
    fee_asked_cents = IntegerField(null=True)
    fee_paid_cents = IntegerField(null=True)
    unfounded = BooleanField(default=False)
    unfounded_reason = TextField(default="")
    # issue 16 (migration 6): the one-month limit with pauses, also once extended (the extension
    # must be notified by then), written by refresh_deadline(); and a request whose earlier one by
    # the same requester was deleted under the retention rule (the figures still count it a repeat)
    first_limit = DateField(null=True)
    repeat_of_deleted = BooleanField(default=False)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        table_name = "case"
        indexes = (
            (("organisation", "year", "number"), True),
            (("status", "due"), False),
            (("due",), False),
            (("received",), False),
            (("assignee", "status"), False),
            (("requester_name",), False),
            (("requester_email",), False),
        )

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


class Event(BaseModel):
    """One line of a case's timeline. Never updated, never deleted (until anonymisation)."""

    case = ForeignKeyField(Case, backref="events", on_delete="CASCADE")
    at = DateTimeField(default=now)
    who = CharField()
    kind = CharField()  # created, edited, status, note, attachment, deadline, ...
    field = CharField(default="")
    old = TextField(default="")
    new = TextField(default="")
    text = TextField(default="")

    class Meta:
        table_name = "event"
        indexes = ((("case", "at"), False),)


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


# ---- issue 16 (migration 6): retention of closed cases -----------------------------------------

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


MODELS = [SchemaVersion, Setting, Organisation, Case, Pause, Event, Attachment, RetentionPurge, CaseFacts]
