"""Letters kept with their case: immutable PDFs with their SHA-256, versions, and when they were sent.

Making a letter goes in three steps so that the GUI can render off the UI thread without
touching the database from a worker:

* :func:`prepare` (database, UI thread): the case and the organisation's profile become a
  :class:`~dsar_desk.domain.letter_content.LetterRequest`; the disclosure block (identity not
  verified) and the activities the clerk marked as not concerning the requester are applied;
* :func:`render` (no database, any thread): the content is built and laid out as PDF bytes,
  with the machine-readable annex of a portability answer;
* :func:`keep` (database, UI thread): the bytes are stored as the next version of that kind,
  with an event in the timeline, in one transaction.

:func:`make_letter` does all three at once (the CLI, the tests).

A letter is never changed once kept: making it again makes a new version. Only the "sent"
fields are set, once, by :func:`mark_sent`; the database refuses anything else (triggers of
migration 3), so the stored bytes and their SHA-256 stay the evidence of what was sent.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from peewee import BlobField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, TextField, fn

from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.letter_content import (
    LETTER_KINDS,
    LETTER_LANGUAGES,
    LetterError,
    LetterLayout,
    LetterRequest,
    build_letter,
    discloses,
    letter_blocks,
    nothing_found,
    portability_annex,
    portability_file_names,
    search_outcome,
    sections_of,
)
from dsar_desk.domain.messages import from_json, to_json
from dsar_desk.domain.profile import Profile
from dsar_desk.store.models import BaseModel, Case, Event, Organisation, Setting, database, now
from dsar_desk.store.organisations import profile_of

SEND_METHODS = ("post", "registered", "email", "hand")
SEND_METHOD_LABELS = {
    "post": "post",
    "registered": "registered post",
    "email": "email",
    "hand": "by hand",
}
# Letters that answer the request: once sent, they are the evidence of when the organisation
# answered (acknowledgement, identity request and extension are not answers).
REPLY_KINDS = (
    "access", "portability", "rectification", "erasure", "restriction", "objection",
    "withdraw-consent", "refusal", "no-data",
    # issue 15
    "partial-access", "rectification-refused", "combined", "identity-closing", "wrong-organisation", "forwarded",
    "deceased",
)
WINDOWS = ("din5008", "fr-right", "custom")
# What the clerk may add to a letter beyond what the case holds (LetterRequest fields).
DETAIL_FIELDS = (
    "requester_reference", "place", "extension_reasons", "refusal_reasons",
    "manifestly_unfounded_or_excessive", "identity_proof_needed", "annexes", "recipients_informed",
    "erasure_exception", "erasure_exception_detail", "restriction_ground", "objection_direct_marketing",
    "objection_compelling_grounds", "rectified_fields", "id_copy_retention_days",
    # issue 15
    "identity_doubt", "reply_by", "clarification_questions", "representative_name", "representative_address",
    "representative_country",
    "withheld_reasons", "controller", "intended_for", "fee_cents", "fee_reason", "fee_payment", "deceased_name",
    "rectification_refused_reasons", "supplementary_statement", "consents_withdrawn", "objection_activities",
    "sections",
)
MAX_TRACKING = 64


class Letter(BaseModel):
    """One version of one kind of letter of a case. Immutable but for the sent_* fields (once)."""

    case = ForeignKeyField(Case, backref="letters", on_delete="CASCADE")
    kind = CharField()  # one of LETTER_KINDS
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
    sent_method = CharField(null=True)  # one of SEND_METHODS
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
        ref = re.sub(r"[^A-Za-z0-9._-]+", "-", self.case.reference).strip("-") or "letter"
        return f"{ref}-{self.kind}-v{self.version}-{self.language}.pdf"

    def annex_files(self) -> list[tuple[str, bytes]]:
        out = []
        if self.annex_json is not None and self.annex_json_name:
            out.append((self.annex_json_name, bytes(self.annex_json)))
        if self.annex_csv is not None and self.annex_csv_name:
            out.append((self.annex_csv_name, bytes(self.annex_csv)))
        return out


MODELS = [Letter]


class LetterImmutable(RuntimeError):
    def __init__(self) -> None:
        super().__init__("a letter is never changed once made: make it again for a new version")


class InvalidLetter(ValueError):
    """The letter cannot be made or marked sent as asked; nothing was saved.

    ``problems`` name the field ("kind", "language", "identity", "date", "tracking", ...).
    ``blocked`` is set when only the identity check stands in the way (an override with a
    reason is possible).
    """

    def __init__(self, problems: list[FieldProblem], blocked: str | None = None):
        super().__init__("; ".join(f"{p.field}: {p.message}" for p in problems))
        self.problems = problems
        self.blocked = blocked


def _problem(fieldname: str, message: str, blocked: str | None = None) -> InvalidLetter:
    return InvalidLetter([FieldProblem(fieldname, message)], blocked)


# -- the organisation's letter layout (window envelope, fold marks) ---------------------------------

def _layout_key(org: Organisation) -> str:
    return f"letter_layout.{org.slug}"


def layout_of(org: Organisation) -> LetterLayout:
    """The organisation's window position: DIN 5008 (left window) unless set otherwise."""
    row = Setting.get_or_none(Setting.key == _layout_key(org))
    if row is None:  # French organisations post in right-window envelopes (issue 15)
        return LetterLayout("fr-right") if (org.country or "").upper() == "FR" else LetterLayout()
    try:
        data = json.loads(row.value)
        window_mm = tuple(float(x) for x in data["window_mm"]) if data.get("window_mm") else None
        return LetterLayout(str(data.get("window", "din5008")), window_mm, bool(data.get("fold_marks", True)))
    except (ValueError, TypeError, KeyError):
        return LetterLayout()


def set_layout(org: Organisation, layout: LetterLayout) -> None:
    if layout.window not in WINDOWS:
        raise _problem("window", f"'{layout.window}' is not a window position ({', '.join(WINDOWS)})")
    if layout.window == "custom":
        mm = layout.window_mm
        if not mm or len(mm) != 4 or not all(0 <= v <= 297 for v in mm) or mm[2] <= 20 or mm[3] <= 15:
            raise _problem("window", "a custom window needs x, y, width and height in millimetres on the A4 page")
    value = json.dumps({"window": layout.window, "window_mm": list(layout.window_mm or []) or None,
                        "fold_marks": layout.fold_marks})
    with database.atomic():
        Setting.insert(key=_layout_key(org), value=value).on_conflict_replace().execute()


# -- what other parts of the desk say about the case (lazily: they may not be installed) ----------

def _optional(module_name: str, function: str):
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return None
    return getattr(module, function, None)


def disclosure_reason(case: Case) -> str | None:
    """Why disclosing data is not allowed yet (identity not verified), or None."""
    check = _optional("dsar_desk.store.identity", "disclosure_block")
    return check(case) if check else None


def unconcerned(case: Case) -> set[str]:
    """Register activities the clerk marked as not concerning the requester."""
    check = _optional("dsar_desk.store.checklist", "unconcerned_activities")
    return set(check(case) or ()) if check else set()


# -- building the request ---------------------------------------------------------------------------

def _clerk_signature(who: str) -> tuple[str, str]:
    """The signer: the clerk's name and role from the settings, never the login (issue 15: an empty
    name stops the letter, field "signer")."""
    from dsar_desk.settings import Settings

    settings = Settings()
    return (settings.get("clerk_name") or "").strip(), (settings.get("clerk_role") or "").strip()


def _case_facts(case: Case) -> dict[str, Any]:
    """Issue 15: what the letter takes from the case beyond the intake, in one place: the
    checklist's searches (the access answer lists the activities where data were found), the
    channel, when the proof of identity was asked, the fee asked."""
    from dsar_desk.store.models import Pause

    activities = [p.get("id") for p in profile_of(case.organisation).processing]
    items = _optional("dsar_desk.store.checklist", "items_of")
    rows = [(i.activity, i.action, i.state) for i in items(case)] if items else []
    asked = (Pause.select(Pause.requested).where(Pause.case == case, Pause.reason == "identity")
             .order_by(Pause.requested.desc()).first())
    return {**search_outcome(rows, activities), "channel": case.channel or "",
            "identity_asked_on": asked.requested if asked else None, "fee_cents": case.fee_asked_cents}


def _refusal_reasons(case: Case) -> str:
    """The reasons the clerk gave when refusing (unfounded/excessive mark, status note, or outcomes)."""
    if case.unfounded and case.unfounded_reason.strip():
        return case.unfounded_reason.strip()
    event = (
        Event.select(Event.text)
        .where(Event.case == case, Event.kind == "status", Event.new == "refused", Event.text != "")
        .order_by(Event.at.desc(), Event.id.desc())
        .first()
    )
    if event is not None:
        return event.text
    try:
        outcomes = json.loads(case.outcomes) if case.outcomes else {}
    except ValueError:
        outcomes = {}
    reasons = [o.get("reason", "") for o in outcomes.values() if o.get("outcome") in ("refused", "partly") and o.get("reason")]
    return "\n\n".join(reasons)


def request_for(case: Case, kind: str = "acknowledgement", language: str | None = None, who: str = "",
                today: date | None = None, details: dict[str, Any] | None = None) -> LetterRequest:
    """The :class:`LetterRequest` for a letter of ``kind`` on ``case``, from the case and the profile.

    The clerk's name and role come from the settings (the name falls back to ``who``); the
    due dates from the deadline engine; extension reasons, refusal reasons and the activities
    marked as not concerning the requester from the case. ``details`` adds or overrides fields
    the clerk types for one letter (DETAIL_FIELDS).
    """
    from dsar_desk.store.cases import deadline_input

    today = today or date.today()
    clerk_name, clerk_role = _clerk_signature(who)
    inputs = deadline_input(case)
    current = compute_deadline(inputs, language="en", today=today)
    due, extended_due = current.due, None
    if case.extended:
        first = compute_deadline(replace(inputs, extended=False), language="en", today=today)
        due, extended_due = first.due, current.due
    address = case.address_lines
    known = [x for x in (case.requester_name.strip(), case.requester_email.strip(), ", ".join(address)) if x]
    req = LetterRequest(
        kind=kind,
        language=language or case.language,
        reference=case.reference,
        requester_name=case.requester_name,
        requester_address=address,
        requester_country=case.requester_country or None,
        rights=case.right_list,
        received=case.received,
        due=due,
        letter_date=today,
        clerk_name=clerk_name,
        clerk_role=clerk_role,
        extended_due=extended_due,
        extension_reasons=case.extension_reasons or "",
        refusal_reasons=_refusal_reasons(case),
        manifestly_unfounded_or_excessive=bool(case.unfounded),
        identity_known_data=known,
        not_concerned=unconcerned(case),
        **_case_facts(case),
    )
    if details:
        unknown = sorted(set(details) - set(DETAIL_FIELDS))
        if unknown:
            raise _problem(unknown[0], "is not something a letter can be given")
        req = replace(req, **details)
    return req


# -- making a letter --------------------------------------------------------------------------------

@dataclass
class Draft:
    """A letter ready to render: no database object inside, safe to hand to a worker thread."""

    case_id: int
    reference: str
    kind: str
    asked_kind: str  # "access" when the letter became "no-data" (nothing concerns the requester)
    request: LetterRequest
    profile: Profile
    layout: LetterLayout
    override_reason: str = ""
    blocked: str | None = None  # the disclosure block that was overridden
    details: dict[str, Any] = field(default_factory=dict)
    portability_data: dict[str, Any] | None = None


@dataclass
class Rendered:
    pdf: bytes
    sha256: str
    fell_back: list[str]
    missing: list[str]
    annex: list[tuple[str, bytes]] = field(default_factory=list)  # (name, bytes): JSON then CSV
    postable: bool = True  # False: the organisation or the requester has no postal address


def default_portability_data(case: Case) -> dict[str, Any]:
    """What the desk itself holds that the requester provided: their identification data.

    The clerk gives the organisation's own export (a JSON file) for the rest.
    """
    return {
        "requester": [{
            "name": case.requester_name,
            "email": case.requester_email,
            "postal_address": case.address_lines,
            "country": case.requester_country,
            "language": case.language,
        }],
        "request": [{
            "reference": case.reference,
            "received": case.received,
            "rights": case.right_list,
            "channel": case.channel,
        }],
    }


def prepare(case: Case, kind: str, language: str | None, who: str, override_reason: str | None = None,
            *, details: dict[str, Any] | None = None, portability_data: dict[str, Any] | None = None,
            today: date | None = None) -> Draft:
    """Check that the letter may be made and gather what it needs (raises InvalidLetter)."""
    problems: list[FieldProblem] = []
    if kind not in LETTER_KINDS:
        problems.append(FieldProblem("kind", f"'{kind}' is not a kind of letter ({', '.join(LETTER_KINDS)})"))
    language = (language or case.language).strip().lower()
    if language not in LETTER_LANGUAGES:
        problems.append(FieldProblem(
            "language", f"'{language}' is not a letter language ({', '.join(LETTER_LANGUAGES)})"))
    if problems:
        raise InvalidLetter(problems)
    if not who.strip():
        raise _problem("who", "say who makes the letter")
    if kind == "extension" and not case.extended:
        raise _problem("kind", "the case is not extended: extend the deadline first, with its reasons")
    org = case.organisation
    profile = profile_of(org)
    req = request_for(case, kind, language, who, today, details)
    asked = kind
    if kind == "access" and nothing_found(req, profile):
        kind = "no-data"
        req = replace(req, kind=kind)
    gaps = letter_blocks(req, profile)  # issue 15: a letter that would state what is not so is not made
    if gaps:
        raise InvalidLetter(gaps)
    reason = (override_reason or "").strip()
    blocked = None
    if discloses(kind, sections_of(req)):
        blocked = disclosure_reason(case)
        if blocked and not reason:
            raise _problem("identity", f"this letter discloses personal data and {blocked}", blocked=blocked)
        if not blocked:
            reason = ""  # nothing to override: do not record a reason for nothing
    elif override_reason is not None and reason:
        reason = ""
    with_files = "portability" in sections_of(req)
    if with_files:
        names = [n.strip() for n in req.portability_files if n.strip()] or portability_file_names(case.reference)
        if len(names) != 2:
            raise _problem("portability_files", "give two file names: the JSON file and the CSV file")
        req = replace(req, portability_files=names)
        if portability_data is None:
            portability_data = default_portability_data(case)
    return Draft(
        case_id=case.id, reference=case.reference, kind=kind, asked_kind=asked, request=req, profile=profile,
        layout=layout_of(org), override_reason=reason, blocked=blocked if reason else None,
        details=dict(details or {}), portability_data=portability_data if with_files else None,
    )


def render(draft: Draft) -> Rendered:
    """Build and lay out the letter (no database: callable from a worker thread)."""
    from dsar_desk.letters.render import render_letter

    try:
        content = build_letter(draft.request, draft.profile)
    except LetterError as exc:
        raise _problem("letter", exc.message) from None
    pdf = render_letter(content, draft.layout)
    annex: list[tuple[str, bytes]] = []
    if "portability" in sections_of(draft.request):  # a portability answer, alone or in a combined one
        try:
            json_bytes, csv_bytes = portability_annex(draft.portability_data or {})
        except LetterError as exc:
            raise _problem("portability_data", exc.message) from None
        json_name, csv_name = draft.request.portability_files
        annex = [(json_name, json_bytes), (csv_name, csv_bytes)]
    return Rendered(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        fell_back=list(content.fell_back),
        missing=list(content.missing),
        annex=annex,
        postable=content.postable,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, tuple)):
        return sorted(value) if isinstance(value, set) else list(value)
    return str(value)


def keep(draft: Draft, rendered: Rendered, who: str) -> Letter:
    """Store the rendered letter as the next version of its kind, with its timeline event."""
    case = Case.get_by_id(draft.case_id)
    annex = dict(rendered.annex)
    names = list(annex)
    with database.atomic():
        last = Letter.select(fn.MAX(Letter.version)).where(Letter.case == case, Letter.kind == draft.kind).scalar()
        version = (last or 0) + 1
        letter = Letter.create(
            case=case,
            kind=draft.kind,
            version=version,
            language=draft.request.language,
            pdf=rendered.pdf,
            sha256=rendered.sha256,
            size=len(rendered.pdf),
            who=who,
            override_reason=draft.override_reason,
            details=json.dumps(draft.details, ensure_ascii=False, default=_jsonable) if draft.details else "",
            report=json.dumps({
                "fell_back": [to_json(m) for m in rendered.fell_back],  # coded messages (issue 11)
                "missing": [to_json(m) for m in rendered.missing],
                "not_concerned": sorted(draft.request.not_concerned),
                "found": sorted(draft.request.found) if draft.request.found is not None else None,
                "postable": rendered.postable,
                # the register the letter was built from, so it can be explained later (issue 6)
                "register_version": case.organisation.profile_version,
            }, ensure_ascii=False),
            annex_json=annex.get(names[0]) if names else None,
            annex_json_name=names[0] if names else "",
            annex_csv=annex.get(names[1]) if len(names) > 1 else None,
            annex_csv_name=names[1] if len(names) > 1 else "",
        )
        text = (f"{draft.kind} letter v{version} ({draft.request.language}), sha256 {rendered.sha256[:12]}, "
                f"register version {case.organisation.profile_version}")
        if draft.asked_kind != draft.kind:
            text += f"; every activity is marked as not concerning the requester, so {draft.kind} instead of {draft.asked_kind}"
        if draft.override_reason:
            text += f"; made before the identity was verified, because: {draft.override_reason}"
        Event.create(case=case, who=who, kind="letter", field=draft.kind, new=f"v{version}", text=text)
        case.updated_at = now()
        Case.update(updated_at=case.updated_at).where(Case.id == case.id).execute()
    return letter


def make_letter(case: Case, kind: str, language: str | None, who: str, override_reason: str | None = None,
                *, details: dict[str, Any] | None = None, portability_data: dict[str, Any] | None = None,
                today: date | None = None) -> Letter:
    """Render a letter and keep it with the case (a new version); returns the stored Letter."""
    draft = prepare(case, kind, language, who, override_reason, details=details,
                    portability_data=portability_data, today=today)
    return keep(draft, render(draft), who)


# -- sent ------------------------------------------------------------------------------------------

def _postable(letter: Letter) -> bool:
    try:
        return bool(json.loads(letter.report or "{}").get("postable", True))
    except ValueError:  # pragma: no cover - written by us
        return True


def mark_sent(letter: Letter, method: str, on: date | str | None, tracking: str | None, who: str,
              today: date | None = None) -> Letter:
    """Record how and when the letter left; once only. Returns the letter as now stored."""
    from dsar_desk.domain.cases import parse_date

    today = today or date.today()
    problems: list[FieldProblem] = []
    method = (method or "").strip()
    if method not in SEND_METHODS:
        problems.append(FieldProblem("method", f"'{method}' is not a way of sending ({', '.join(SEND_METHODS)})"))
    elif method in ("post", "registered") and not letter.case.address_lines:
        problems.append(FieldProblem("method", "the requester has no postal address: add it to the case, "
                                               "make the letter again, then post it"))
    elif method in ("post", "registered") and not _postable(letter):
        problems.append(FieldProblem("method", "the letter shows no postal address of the organisation: add it "
                                               "to the profile, make the letter again, then post it"))
    try:
        day = parse_date(on) if on not in (None, "") else today
    except ValueError as exc:
        problems.append(FieldProblem("date", str(exc)))
        day = None
    if day is not None:
        if day > today:
            problems.append(FieldProblem("date", f"{day.isoformat()} is in the future"))
        elif day < letter.made_on:
            problems.append(FieldProblem(
                "date", f"{day.isoformat()} is before the letter was made ({letter.made_on.isoformat()})"))
    tracking = (tracking or "").strip()
    if method == "registered" and not tracking:
        problems.append(FieldProblem("tracking", "a registered letter needs its tracking number"))
    elif tracking and method in ("email", "hand"):
        problems.append(FieldProblem("tracking", f"a letter sent by {SEND_METHOD_LABELS[method]} has no tracking number"))
    elif len(tracking) > MAX_TRACKING or any(ch in tracking for ch in "\r\n\t"):
        problems.append(FieldProblem("tracking", f"is not a tracking number (one line, at most {MAX_TRACKING} characters)"))
    if not who.strip():
        problems.append(FieldProblem("who", "say who sent the letter"))
    stored = Letter.get_by_id(letter.id)
    if stored.is_sent:
        problems.append(FieldProblem(
            "letter", f"was already marked sent on {stored.sent_on.isoformat()} ({SEND_METHOD_LABELS.get(stored.sent_method, stored.sent_method)})"))
    if problems:
        raise InvalidLetter(problems)
    with database.atomic():
        count = (
            Letter.update(sent_method=method, sent_on=day, sent_tracking=tracking or None, sent_by=who, sent_at=now())
            .where(Letter.id == letter.id, Letter.sent_on.is_null())
            .execute()
        )
        if count != 1:  # pragma: no cover - marked sent meanwhile by someone else
            raise _problem("letter", "was already marked sent")
        text = f"{stored.kind} letter v{stored.version} sent by {SEND_METHOD_LABELS[method]} on {day.isoformat()}"
        if tracking:
            text += f", tracking number {tracking}"
        Event.create(case=stored.case, who=who, kind="letter-sent", field=stored.kind, new=day.isoformat(), text=text)
    return Letter.get_by_id(letter.id)


# -- reading ----------------------------------------------------------------------------------------

def letters_of(case: Case, with_pdf: bool = False) -> list[Letter]:
    """The letters of a case, oldest first (without their bytes unless asked)."""
    columns = [c for c in Letter._meta.sorted_fields
               if with_pdf or c.name not in ("pdf", "annex_json", "annex_csv")]
    return list(Letter.select(*columns).where(Letter.case == case).order_by(Letter.made_at, Letter.id))


def get_letter(letter_id: int) -> Letter:
    letter = Letter.get_or_none(Letter.id == letter_id)
    if letter is None:
        raise _problem("letter", f"there is no letter {letter_id}")
    return letter


def find_letter(case: Case, version_or_id: str, kind: str | None = None) -> Letter:
    """A letter of the case by its id ("#12" or "12"), or "KIND:VERSION"/"vN" (of ``kind``)."""
    text = (version_or_id or "").strip().lower()
    m = re.fullmatch(r"([a-z-]+)[:@]v?(\d+)", text)
    query = Letter.select().where(Letter.case == case)
    if m:
        row = query.where(Letter.kind == m.group(1), Letter.version == int(m.group(2))).first()
    elif re.fullmatch(r"v\d+", text):
        if not kind:
            raise _problem("letter", f"'{version_or_id}': say the kind too (KIND:VERSION), or give the letter's id")
        row = query.where(Letter.kind == kind, Letter.version == int(text[1:])).first()
    elif re.fullmatch(r"#?\d+", text):
        number = int(text.lstrip("#"))
        row = query.where(Letter.id == number).first()
        if row is None and kind:
            row = query.where(Letter.kind == kind, Letter.version == number).first()
    else:
        raise _problem("letter", f"'{version_or_id}' is neither a letter id nor KIND:VERSION")
    if row is None:
        raise _problem("letter", f"the case has no letter '{version_or_id}'")
    return row


def letter_dict(letter: Letter) -> dict[str, Any]:
    return {
        "id": letter.id,
        "kind": letter.kind,
        "version": letter.version,
        "language": letter.language,
        "sha256": letter.sha256,
        "size": letter.size,
        "who": letter.who,
        "made_at": letter.made_at.isoformat() + "Z",
        "override_reason": letter.override_reason or None,
        "register_version": (json.loads(letter.report) if letter.report else {}).get("register_version"),
        "annex": [n for n in (letter.annex_json_name, letter.annex_csv_name) if n],
        "sent": None if not letter.is_sent else {
            "method": letter.sent_method,
            "on": letter.sent_on.isoformat(),
            "tracking": letter.sent_tracking,
            "by": letter.sent_by,
        },
    }


def answered_on(case: Case) -> date | None:
    """The day the first reply letter was sent: evidence of when the organisation answered."""
    first = (
        Letter.select(fn.MIN(Letter.sent_on))
        .where(Letter.case == case, Letter.kind.in_(REPLY_KINDS), Letter.sent_on.is_null(False))
        .scalar()
    )
    return date.fromisoformat(first) if isinstance(first, str) else first  # SQLite MIN() gives the stored text


def letters_summary(case: Case) -> dict[str, Any]:
    """For case_dict: the letters made, and when the organisation answered."""
    first = answered_on(case)
    return {"letters": [letter_dict(x) for x in letters_of(case)], "answered_on": first.isoformat() if first else None}


def save_letter_files(letter: Letter, target: Path | str) -> list[Path]:
    """Write the PDF (and a portability answer's JSON and CSV beside it); returns the paths.

    ``target`` is a folder (the default file name is used) or the path of the PDF.
    """
    target = Path(target)
    if target.is_dir():
        pdf_path = target / letter.file_name
    else:
        pdf_path = target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
    full = letter
    if letter.pdf is None or (letter.annex_json_name and letter.annex_json is None):
        full = get_letter(letter.id)  # selected without its bytes (letters_of)
    data = bytes(full.pdf)
    if hashlib.sha256(data).hexdigest() != letter.sha256:  # pragma: no cover - the database was tampered with
        raise _problem("letter", "the stored letter does not match its SHA-256 any more; it was not written")
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    written = [pdf_path]
    _write(pdf_path, data)
    if full.annex_json_name:  # a portability answer, alone or in a combined answer
        for name, blob in full.annex_files():
            path = pdf_path.parent / name
            _write(path, blob)
            written.append(path)
    return written


def _write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(path)


__all__ = [
    "Letter", "LetterImmutable", "InvalidLetter", "Draft", "Rendered", "SEND_METHODS", "SEND_METHOD_LABELS",
    "REPLY_KINDS", "DETAIL_FIELDS", "request_for", "prepare", "render", "keep", "make_letter", "mark_sent",
    "letters_of", "get_letter", "find_letter", "letter_dict", "letters_summary", "answered_on",
    "save_letter_files", "layout_of", "set_layout", "disclosure_reason", "unconcerned", "default_portability_data",
]
