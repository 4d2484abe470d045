"""The rules of a case: rights, channels, statuses, the workflow, intake validation, references.

Plain Python: no Qt, no database. The store and the UI both call these functions so that a
case typed in the GUI and one created with the CLI obey exactly the same rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dsar_desk.domain.countries import is_valid_country
from dsar_desk.domain.messages import msg
from dsar_desk.domain.text import text_problem

GDPR_APPLIES_FROM = date(2018, 5, 25)

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "withdraw-consent",
    "other",
)
RIGHT_LABELS = {
    "access": "Access",
    "rectification": "Rectification",
    "erasure": "Erasure",
    "restriction": "Restriction",
    "portability": "Portability",
    "objection": "Objection",
    "withdraw-consent": "Withdraw consent",
    "other": "Other",
}

CHANNELS = ("email", "letter", "phone", "web-form", "in-person")
CHANNEL_LABELS = {
    "email": "Email",
    "letter": "Letter",
    "phone": "Phone",
    "web-form": "Web form",
    "in-person": "In person",
}

STATUSES = (
    "received",
    "awaiting-identity",
    "in-progress",
    "answered",
    "closed",
    "refused",
    "withdrawn",
)
STATUS_LABELS = {
    "received": "Received",
    "awaiting-identity": "Awaiting identity",
    "in-progress": "In progress",
    "answered": "Answered",
    "closed": "Closed",
    "refused": "Refused",
    "withdrawn": "Withdrawn",
}
# Statuses in which the organisation still owes the requester an answer: only these can be
# overdue or due soon.
# The exceptions of Art. 17(3) to erasure: what a refusal in part names (checklist, letters).
ERASURE_EXCEPTIONS = (
    "freedom-of-expression",  # Art. 17(3)(a)
    "legal-obligation",  # Art. 17(3)(b)
    "public-health",  # Art. 17(3)(c)
    "archiving-research",  # Art. 17(3)(d)
    "legal-claims",  # Art. 17(3)(e)
)

OPEN_STATUSES = ("received", "awaiting-identity", "in-progress")

# Which status may follow which. Reopening is possible from the end states because a
# requester may come back (a complaint, a correction) and the history must stay in one case.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "received": ("awaiting-identity", "in-progress", "refused", "withdrawn"),
    "awaiting-identity": ("in-progress", "refused", "withdrawn"),
    "in-progress": ("awaiting-identity", "answered", "refused", "withdrawn"),
    "answered": ("closed", "in-progress"),
    "refused": ("closed", "in-progress"),
    "withdrawn": ("closed",),
    "closed": ("in-progress",),
}

OUTCOMES = ("granted", "partly-granted", "refused", "no-data")
OUTCOME_LABELS = {
    "granted": "Granted",
    "partly-granted": "Partly granted",
    "refused": "Refused",
    "no-data": "No data held",
}
OUTCOMES_NEEDING_REASON = ("partly-granted", "refused")

NAME_MAX = 200
ADDRESS_LINES_MAX = 6
ADDRESS_LINE_MAX = 120
SUMMARY_MAX = 10_000
NOTE_MAX = 10_000
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
# The one e-mail pattern of the desk (intake, profiles, mail): something@domain.tld, no spaces.
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def is_email(text: str) -> bool:
    return bool(EMAIL_PATTERN.match(text or ""))


class CaseRuleError(ValueError):
    """A change the workflow does not allow; the message is meant for the clerk."""


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the intake field, e.g. "email", "received", "rights"
    message: str  # a dsar_desk.domain.messages.Message where the rule gives one

    @property
    def code(self) -> str:
        """The message's stable code ("" for a plain string)."""
        return getattr(self.message, "code", "")

    def __str__(self) -> str:
        return f"{FIELD_LABELS.get(self.field, self.field)}: {self.message}"


class InvalidCase(ValueError):
    """One or more fields are invalid; nothing was saved. ``problems`` name each field."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


def invalid(field: str, message: str) -> InvalidCase:
    return InvalidCase([FieldProblem(field, message)])


FIELD_LABELS = {
    "organisation": "Organisation",
    "name": "Requester name",
    "email": "Email",
    "address": "Postal address",
    "country": "Country",
    "language": "Language",
    "rights": "Rights asked",
    "channel": "Channel",
    "received": "Date received",
    "summary": "Summary",
    "assignee": "Assignee",
    "note": "Note",
    "reasons": "Reasons",
    "attachments": "Attachments",
    "outcome": "Outcome",
}


@dataclass
class CaseDraft:
    """What the clerk typed at intake, before it is valid."""

    organisation: str = ""
    name: str = ""
    email: str = ""
    address: list[str] = field(default_factory=list)
    country: str = ""
    language: str = ""
    rights: list[str] = field(default_factory=list)
    channel: str = "email"
    received: date | str | None = None
    summary: str = ""
    assignee: str = ""


@dataclass(frozen=True)
class CaseFields:
    """A valid intake: every field checked and normalised."""

    organisation: str
    name: str
    email: str
    address: tuple[str, ...]
    country: str
    language: str
    rights: tuple[str, ...]
    channel: str
    received: date
    summary: str
    assignee: str


def parse_date(value: date | str | None) -> date | None:
    """An ISO date (YYYY-MM-DD) or a date; raises ValueError with a plain message."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(msg("case.date-use-yyyy-mm", "'{value}' is not a date (use YYYY-MM-DD)", value=value)) from None


def check_received(value: date | str | None, today: date) -> tuple[date | None, str | None]:
    try:
        received = parse_date(value)
    except ValueError as exc:
        return None, exc.args[0]
    if received is None:
        return None, msg("case.required", "is required")
    if received > today:
        return None, msg("case.received-in-future", "{day} is in the future", day=received)
    if received < GDPR_APPLIES_FROM:
        return None, msg("case.received-before-gdpr", "{day} is before the GDPR applied (25 May 2018)", day=received)
    return received, None


def validate_case(
    draft: CaseDraft,
    *,
    organisation_languages: dict[str, list[str]],
    today: date,
    default_assignee: str,
) -> tuple[CaseFields | None, list[FieldProblem]]:
    """Check every field at once; return the valid fields or every problem found.

    ``organisation_languages`` maps each known organisation slug to its letter languages.
    """
    problems: list[FieldProblem] = []

    org = (draft.organisation or "").strip()
    languages: list[str] = []
    if not org:
        problems.append(FieldProblem("organisation", msg("case.choose-organisation-request",
                                                         "choose the organisation the request is for")))
    elif org not in organisation_languages:
        problems.append(FieldProblem("organisation", msg("case.no-organisation-import-profile",
                                                         "no organisation '{org}' (import its profile first)",
                                                         org=org)))
    else:
        languages = organisation_languages[org]

    name = " ".join((draft.name or "").split())
    if not name:
        problems.append(FieldProblem("name", msg("case.required", "is required")))
    elif len(name) > NAME_MAX:
        problems.append(FieldProblem("name", msg("case.longer-than-characters", "is longer than {max} characters",
                                                 max=NAME_MAX)))

    email = (draft.email or "").strip()
    if email and not is_email(email):
        problems.append(FieldProblem("email", msg("case.email-address", "'{email}' is not an email address",
                                                  email=email)))

    address = [" ".join(line.split()) for line in (draft.address or [])]
    address = [line for line in address if line]
    if len(address) > ADDRESS_LINES_MAX:
        problems.append(FieldProblem("address", msg("case.has-lines-at-most", "has {count} lines; at most {max}",
                                                    count=len(address), max=ADDRESS_LINES_MAX)))
    for number, line in enumerate(address, 1):
        if len(line) > ADDRESS_LINE_MAX:
            problems.append(FieldProblem("address", msg("case.line-longer-than-characters",
                                                        "line {number} is longer than {max} characters",
                                                        number=number, max=ADDRESS_LINE_MAX)))
    if not email and not address:
        problems.append(
            FieldProblem("email", msg("case.give-email-postal-address",
                                      "give an email or a postal address, so that the answer can reach the requester"))
        )

    country = (draft.country or "").strip().upper()
    if country and not is_valid_country(country):
        problems.append(FieldProblem("country", msg("case.iso-country-code-e",
                                                    "'{country}' is not an ISO country code (e.g. BE, FR, NL)",
                                                    country=country)))

    language = (draft.language or "").strip().lower()
    if not language:
        if languages:
            language = languages[0]
        else:
            problems.append(FieldProblem("language", msg("case.required", "is required")))
    elif languages and language not in languages:
        problems.append(
            FieldProblem("language", msg("case.letter-language",
                                         "'{language}' is not a letter language of {org} ({languages})",
                                         language=language, org=org, languages=list(languages)))
        )

    rights: list[str] = []
    for right in draft.rights or []:
        right = right.strip().lower()
        if right not in RIGHTS:
            problems.append(FieldProblem("rights", msg("case.right", "'{right}' is not a right ({known})",
                                                       right=right, known=list(RIGHTS))))
        elif right not in rights:
            rights.append(right)
    if not draft.rights:
        problems.append(FieldProblem("rights", msg("case.tick-at-least-one", "tick at least one right asked")))
    rights.sort(key=RIGHTS.index)

    channel = (draft.channel or "").strip().lower()
    if channel not in CHANNELS:
        problems.append(FieldProblem("channel", msg("case.channel", "'{channel}' is not a channel ({known})",
                                                    channel=channel, known=list(CHANNELS))))

    received_value = draft.received if draft.received not in (None, "") else today
    received, problem = check_received(received_value, today)
    if problem:
        problems.append(FieldProblem("received", problem))

    for key, value, multiline in (("name", name, False), ("email", email, False), ("assignee", draft.assignee or "",
                                                                                         False),
                                  ("summary", draft.summary or "", True)):
        problem = text_problem(value, multiline)
        if problem:
            problems.append(FieldProblem(key, problem))
    for line in address:
        problem = text_problem(line)
        if problem:
            problems.append(FieldProblem("address", problem))
            break

    summary = (draft.summary or "").strip()
    if len(summary) > SUMMARY_MAX:
        problems.append(FieldProblem("summary", msg("case.longer-than-characters", "is longer than {max} characters",
                                                    max=SUMMARY_MAX)))

    assignee = " ".join((draft.assignee or "").split()) or default_assignee

    if problems:
        return None, problems
    assert received is not None
    return (
        CaseFields(
            organisation=org,
            name=name,
            email=email,
            address=tuple(address),
            country=country,
            language=language,
            rights=tuple(rights),
            channel=channel,
            received=received,
            summary=summary,
            assignee=assignee,
        ),
        [],
    )


def allowed_transitions(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


# Status changes whose reason the timeline must keep: the requester may be told why (Art. 12(4)),
# and the organisation must be able to show it later.
STATUSES_NEEDING_NOTE = ("refused", "withdrawn")


def check_status_note(new: str, note: str) -> list[FieldProblem]:
    """Refusing or recording a withdrawal needs a note saying why (kept in the timeline)."""
    note = (note or "").strip()
    if new in STATUSES_NEEDING_NOTE and not note:
        return [FieldProblem("note", msg("case.status-note-required",
                                         "say why the case is {status} (the note is kept in the timeline)",
                                         status=STATUS_LABELS[new].lower()))]
    if len(note) > NOTE_MAX:
        return [FieldProblem("note", msg("case.note-too-long", "is longer than {max} characters", max=NOTE_MAX))]
    problem = text_problem(note, multiline=True)
    return [FieldProblem("note", problem)] if problem else []


def days_left(status: str, due: date, today: date) -> int | None:
    """Days until the due date of a case still owing an answer; None once it no longer owes one
    (answered, closed, refused, withdrawn): the list, the detail and the CLI all show this."""
    if status not in OPEN_STATUSES:
        return None
    return (due - today).days


@dataclass
class NewAttachment:
    """A file to keep with a case (encrypted at rest): a request scan, an e-mail, an ID copy."""

    filename: str
    data: bytes
    kind: str = "request"  # request | id-copy | other


def attachment_problems(attachments: list[NewAttachment], field_name: str = "attachments") -> list[FieldProblem]:
    problems = []
    for a in attachments:
        if len(a.data) > MAX_ATTACHMENT_BYTES:
            problems.append(FieldProblem(field_name, msg("case.attachment-too-large", "{name} is larger than {mb} MB",
                                                         name=a.filename, mb=MAX_ATTACHMENT_BYTES // (1024 * 1024))))
    return problems


def check_outcomes(rights: tuple[str, ...] | list[str], outcomes: dict[str, dict]) -> list[FieldProblem]:
    """Closing needs an outcome for every right asked, and a reason for a (partial) refusal.

    ``outcomes`` maps right → {"outcome": ..., "reason": ...}.
    """
    problems = []
    for right in rights:
        entry = outcomes.get(right) or {}
        outcome = entry.get("outcome")
        label = RIGHT_LABELS.get(right, right)
        if outcome not in OUTCOMES:
            problems.append(FieldProblem("outcome", msg("case.choose-outcome",
                                                        "{label}: choose an outcome ({known})",
                                                        label=label, known=[OUTCOME_LABELS[o] for o in OUTCOMES])))
        elif outcome in OUTCOMES_NEEDING_REASON and not (entry.get("reason") or "").strip():
            problems.append(FieldProblem("outcome", msg("case.give-reason", "{label}: give the reason for '{value}'",
                                                        label=label, value=OUTCOME_LABELS[outcome])))
    for right in outcomes:
        if right not in rights:
            problems.append(FieldProblem("outcome", msg("case.was-asked-case",
                                                        "'{right}' was not asked in this case",
                                                        right=right)))
    return problems


# -- references -----------------------------------------------------------------------------

def format_reference(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year}-{number:04d}"


_REFERENCE = re.compile(r"^([A-Z0-9]{2,6})-(\d{4})-(\d{4,})$")


def parse_reference(reference: str) -> tuple[str, int, int] | None:
    match = _REFERENCE.match(reference.strip().upper())
    if not match:
        return None
    return match.group(1), int(match.group(2)), int(match.group(3))


def reference_prefix(slug: str, taken: set[str]) -> str:
    """A short, human prefix for an organisation's references: ECOMARKET → ECO, ECOMAIL → ECM."""
    letters = [c for c in slug.upper() if c.isalnum()] or ["X"]
    candidates = ["".join(letters[:3])]
    # first two letters and each later letter: ecomail → ECM, ECA, ECI, ECL
    candidates += [letters[0] + letters[1] + c for c in letters[2:]] if len(letters) >= 2 else []
    candidates += ["".join(letters[:4]), "".join(letters[:5])]
    for candidate in candidates:
        if len(candidate) >= 2 and candidate not in taken:
            return candidate
    base = "".join(letters[:3]).ljust(2, "X")
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"


# -- search -------------------------------------------------------------------------------------

SEARCH_MAX = 20_000  # characters of a case's search text (its notes beyond that are not searched)


def search_text(reference: str, name: str, email: str, summary: str = "", notes: list[str] | tuple = ()) -> str:
    """What the case list's search looks in: reference, name, e-mail, the summary and the notes,
    without accents, lower case (search_key), at most SEARCH_MAX characters."""
    return search_key(reference, name, email, summary, *notes)[:SEARCH_MAX]


def search_key(*parts: str) -> str:
    """Lower-case text without accents, for search as you type: 'Zoë Ørsted' → 'zoe orsted'."""
    import unicodedata

    text = " ".join(p for p in parts if p)
    text = text.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss")
    text = text.replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
