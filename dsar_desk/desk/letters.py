"""Making a letter and recording that it was sent.

Making a letter goes in three steps so that the GUI can render off the UI thread without
touching the database from a worker:

* :func:`prepare` (database, UI thread): the case and the organisation's profile become a
  :class:`~dsar_desk.domain.letter_content.LetterRequest`; the details the clerk added are checked
  against the kind of letter, the disclosure block (identity not verified) and the activities
  the clerk marked as not concerning the requester are applied;
* :func:`render` (no database, any thread): the content is built and laid out as PDF bytes,
  with the machine-readable annex of a portability answer;
* :func:`keep` (database, UI thread): the bytes are stored as the next version of that kind,
  with an event in the timeline, in one transaction.

:func:`make_letter` does all three at once (the CLI, the tests). A letter is never changed once
kept; only the "sent" fields are set, once, by :func:`mark_sent`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from peewee import fn

from dsar_desk.desk.cases import request_clarification
from dsar_desk.domain.cases import OPEN_STATUSES, FieldProblem, parse_date
from dsar_desk.domain.deadlines import compute_deadline
from dsar_desk.domain.finishing import contradiction
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
    sections_of,
)
from dsar_desk.domain.letter_details import (
    MAX_TRACKING,
    SEND_METHOD_LABELS,
    SEND_METHODS,
    WINDOWS,
    InvalidLetter,
    clean_details,
    detail_problems,
    letter_file_name,
    letter_problem,
)
from dsar_desk.domain.messages import msg, to_json
from dsar_desk.domain.profile import Profile
from dsar_desk.paths import write_private
from dsar_desk.settings import Settings
from dsar_desk.store.answers import sent_in_round
from dsar_desk.store.cases import open_pause
from dsar_desk.store.checklist import items_of, unconcerned_activities
from dsar_desk.store.db import writing
from dsar_desk.store.deadlines import deadline_input
from dsar_desk.store.identity import disclosure_block
from dsar_desk.store.letters import case_facts, get_letter, layout_key, layout_of, postable, refusal_reasons
from dsar_desk.store.models import Case, Event, Letter, Organisation, Setting, now
from dsar_desk.store.organisations import profile_of

# -- the organisation's letter layout ------------------------------------------------------------

def set_layout(org: Organisation, layout: LetterLayout) -> None:
    if layout.window not in WINDOWS:
        raise letter_problem("window", msg("letter.window-unknown", "'{window}' is not a window position ({known})",
                                           window=layout.window, known=list(WINDOWS)))
    if layout.window == "custom":
        mm = layout.window_mm
        if not mm or len(mm) != 4 or not all(0 <= v <= 297 for v in mm) or mm[2] <= 20 or mm[3] <= 15:
            raise letter_problem("window", msg("letter.window-custom",
                                               "a custom window needs x, y, width and height in millimetres on the A4 page"))
    value = json.dumps({"window": layout.window, "window_mm": list(layout.window_mm or []) or None,
                        "fold_marks": layout.fold_marks})
    with writing():
        Setting.put(layout_key(org), value)


# -- building the request ---------------------------------------------------------------------------

def _clerk_signature() -> tuple[str, str]:
    """The signer: the clerk's name and role from the settings, never the login (an empty name
    stops the letter, field "signer")."""
    settings = Settings()
    return (settings.get("clerk_name") or "").strip(), (settings.get("clerk_role") or "").strip()


def request_for(case: Case, kind: str = "acknowledgement", language: str | None = None, who: str = "",
                today: date | None = None, details: dict[str, Any] | None = None) -> LetterRequest:
    """The :class:`LetterRequest` for a letter of ``kind`` on ``case``, from the case and the profile.

    The clerk's name and role come from the settings; the due dates from the deadline engine;
    extension reasons, refusal reasons, the activities marked as not concerning the requester and
    those where data were found (the checklist's searches) from the case. ``details`` adds or overrides fields
    the clerk types for one letter (domain.letter_details.DETAIL_FIELDS).
    """
    today = today or date.today()
    clerk_name, clerk_role = _clerk_signature()
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
        refusal_reasons=refusal_reasons(case),
        manifestly_unfounded_or_excessive=bool(case.unfounded),
        identity_known_data=known,
        not_concerned=unconcerned_activities(case),
        **case_facts(case),
    )
    if details:
        problems = detail_problems(kind, details)
        if problems:
            raise InvalidLetter([FieldProblem(name, message) for name, message in problems])
        req = replace(req, **clean_details(kind, details))
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


def _checklist_defaults(case: Case, kind: str, details: dict[str, Any] | None) -> dict[str, Any] | None:
    """The erasure exception the checklist records, when the clerk names none for the letter (the
    checklist and the letter read the same facts): its code and the notes of the items kept."""
    if kind not in ("erasure", "combined") or (details or {}).get("erasure_exception"):
        return details
    if kind == "combined" and "erasure" not in case.right_list and "erasure" not in ((details or {}).get("sections") or []):
        return details
    kept = [i for i in items_of(case) if i.right == "erasure" and i.exception and i.state in ("done", "not-applicable")]
    codes = {i.exception for i in kept}
    if len(codes) != 1:
        return details  # none, or several: the clerk chooses (letter_blocks says which)
    notes = "; ".join(dict.fromkeys(i.note.strip() for i in kept if i.note.strip()))
    out = dict(details or {})
    out["erasure_exception"] = codes.pop()
    if notes and not out.get("erasure_exception_detail"):
        out["erasure_exception_detail"] = notes
    return out


def prepare(case: Case, kind: str, language: str | None, who: str, override_reason: str | None = None,
            *, details: dict[str, Any] | None = None, portability_data: dict[str, Any] | None = None,
            today: date | None = None) -> Draft:
    """Check that the letter may be made and gather what it needs (raises InvalidLetter)."""
    problems: list[FieldProblem] = []
    if kind not in LETTER_KINDS:
        problems.append(FieldProblem("kind", msg("letter.not-a-kind", "'{kind}' is not a kind of letter ({known})",
                                                 kind=kind, known=list(LETTER_KINDS))))
    language = (language or case.language).strip().lower()
    if language not in LETTER_LANGUAGES:
        problems.append(FieldProblem("language", msg("letter.language-unknown",
                                                     "'{language}' is not a letter language ({known})",
                                                     language=language, known=list(LETTER_LANGUAGES))))
    if problems:
        raise InvalidLetter(problems)
    if not who.strip():
        raise letter_problem("who", msg("letter.who-missing", "say who makes the letter"))
    if kind == "extension" and not case.extended:
        raise letter_problem("kind", msg("letter.extension-not-extended",
                                         "the case is not extended: extend the deadline first, with its reasons"))
    org = case.organisation
    profile = profile_of(org)
    details = _checklist_defaults(case, kind, details)
    req = request_for(case, kind, language, who, today, details)
    asked = kind
    if kind == "access" and nothing_found(req, profile):
        kind = "no-data"
        req = replace(req, kind=kind)
    # a letter never says the opposite of a reply sent in this round (domain.finishing)
    why = contradiction(kind, clean_details(asked, details or {}), case.right_list, sent_in_round(case))
    if why is not None:
        raise letter_problem("kind", why)
    gaps = letter_blocks(req, profile)  # a letter that would state what is not so is not made
    if gaps:
        raise InvalidLetter(gaps)
    reason = (override_reason or "").strip()
    blocked = None
    if discloses(kind, sections_of(req)):
        blocked = disclosure_block(case)
        if blocked and not reason:
            raise letter_problem("identity", msg("letter.identity-blocked",
                                                 "this letter discloses personal data and {why}", why=blocked),
                                 blocked=blocked)
        if not blocked:
            reason = ""  # nothing to override: do not record a reason for nothing
    elif override_reason is not None and reason:
        reason = ""
    with_files = "portability" in sections_of(req)
    if with_files:
        names = [n.strip() for n in req.portability_files if n.strip()] or portability_file_names(case.reference)
        if len(names) != 2:
            raise letter_problem("portability_files", msg("letter.portability-files",
                                                          "give two file names: the JSON file and the CSV file"))
        req = replace(req, portability_files=names)
        if portability_data is None:
            portability_data = default_portability_data(case)
    elif portability_data is not None:
        raise letter_problem("portability_data", msg("letter.data-only-portability",
                                                     "only for a portability answer"))
    return Draft(
        case_id=case.id, reference=case.reference, kind=kind, asked_kind=asked, request=req, profile=profile,
        layout=layout_of(org), override_reason=reason, blocked=blocked if reason else None,
        details=clean_details(asked, details or {}), portability_data=portability_data if with_files else None,
    )


def render(draft: Draft) -> Rendered:
    """Build and lay out the letter (no database: callable from a worker thread)."""
    from dsar_desk.letters.render import render_letter  # reportlab: loaded when the first letter is made

    try:
        content = build_letter(draft.request, draft.profile)
    except LetterError as exc:
        raise letter_problem("letter", exc.message) from None
    pdf = render_letter(content, draft.layout)
    annex: list[tuple[str, bytes]] = []
    if "portability" in sections_of(draft.request):  # a portability answer, alone or in a combined one
        try:
            json_bytes, csv_bytes = portability_annex(draft.portability_data or {})
        except LetterError as exc:
            raise letter_problem("portability_data", exc.message) from None
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
    with writing():
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
                "fell_back": [to_json(m) for m in rendered.fell_back],  # coded messages
                "missing": [to_json(m) for m in rendered.missing],
                "not_concerned": sorted(draft.request.not_concerned),
                "found": sorted(draft.request.found) if draft.request.found is not None else None,
                "postable": rendered.postable,
                # the register the letter was built from, so it can be explained later
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
        Event.create(case=case, who=who, kind="letter", field=draft.kind, new=f"v{version}", text=text,
                     letter_id=letter.id)
        if draft.kind == "clarification" and open_pause(case) is None and case.status in OPEN_STATUSES:
            # the letter asks the requester to specify the request: the clock waits from its date
            request_clarification(case, who, draft.request.letter_date or date.today(),
                                  why="clarification letter v" + str(version))
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

def mark_sent(letter: Letter, method: str, on: date | str | None, tracking: str | None, who: str,
              today: date | None = None, *, message_id: str = "", check_only: bool = False) -> Letter:
    """Record how and when the letter left; once only. Returns the letter as now stored.

    ``message_id``: the e-mail's Message-ID (method email, once the server accepted it), in the
    letter-sent event. ``check_only``: raise the problems, write nothing (before sending)."""
    today = today or date.today()
    problems: list[FieldProblem] = []
    method = (method or "").strip()
    if method not in SEND_METHODS:
        problems.append(FieldProblem("method", msg("letter.method-unknown", "'{method}' is not a way of sending ({known})",
                                                   method=method, known=list(SEND_METHODS))))
    elif method in ("post", "registered") and not letter.case.address_lines:
        problems.append(FieldProblem("method", msg("letter.no-postal-address",
                                                   "the requester has no postal address: add it to the case, "
                                                   "make the letter again, then post it")))
    elif method in ("post", "registered") and not postable(letter):
        problems.append(FieldProblem("method", msg("letter.sender-not-postable",
                                                   "the letter shows no postal address of the organisation: add it "
                                                   "to the profile, make the letter again, then post it")))
    try:
        day = parse_date(on) if on not in (None, "") else today
    except ValueError as exc:
        problems.append(FieldProblem("date", str(exc)))
        day = None
    if day is not None:
        if day > today:
            problems.append(FieldProblem("date", msg("letter.sent-in-future", "{day} is in the future", day=day)))
        elif day < letter.made_on:
            problems.append(FieldProblem("date", msg("letter.sent-before-made",
                                                     "{day} is before the letter was made ({made})",
                                                     day=day, made=letter.made_on)))
    tracking = (tracking or "").strip()
    if method == "registered" and not tracking:
        problems.append(FieldProblem("tracking", msg("letter.tracking-required",
                                                     "a registered letter needs its tracking number")))
    elif tracking and method in ("email", "hand"):
        problems.append(FieldProblem("tracking", msg("letter.tracking-not-for-method",
                                                     "a letter sent by {method} has no tracking number",
                                                     method=SEND_METHOD_LABELS[method])))
    elif len(tracking) > MAX_TRACKING or any(ch in tracking for ch in "\r\n\t"):
        problems.append(FieldProblem("tracking", msg("letter.tracking-invalid",
                                                     "is not a tracking number (one line, at most {max} characters)",
                                                     max=MAX_TRACKING)))
    if not who.strip():
        problems.append(FieldProblem("who", msg("letter.sender-missing", "say who sent the letter")))
    stored = Letter.get_by_id(letter.id)
    if stored.is_sent:
        problems.append(FieldProblem("letter", msg("letter.already-sent", "was already marked sent on {day} ({method})",
                                                   day=stored.sent_on,
                                                   method=SEND_METHOD_LABELS.get(stored.sent_method, stored.sent_method))))
    if problems:
        raise InvalidLetter(problems)
    if check_only:
        return stored
    with writing():
        count = (
            Letter.update(sent_method=method, sent_on=day, sent_tracking=tracking or None, sent_by=who, sent_at=now())
            .where(Letter.id == letter.id, Letter.sent_on.is_null())
            .execute()
        )
        if count != 1:  # pragma: no cover - marked sent meanwhile by someone else
            raise letter_problem("letter", msg("letter.sent-meanwhile", "was already marked sent"))
        text = f"{stored.kind} letter v{stored.version} sent by {SEND_METHOD_LABELS[method]} on {day.isoformat()}"
        if tracking:
            text += f", tracking number {tracking}"
        if message_id:
            text += f", Message-ID {message_id}"
        Event.create(case=stored.case, who=who, kind="letter-sent", field=stored.kind, new=day.isoformat(), text=text,
                     letter_id=stored.id)
    return Letter.get_by_id(letter.id)


# -- files ---------------------------------------------------------------------------------------

def _pdf_path(target: Path, default_name: str) -> Path:
    if target.is_dir():
        return target / default_name
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")


def save_letter_files(letter: Letter, target: Path | str) -> list[Path]:
    """Write the PDF (and a portability answer's JSON and CSV beside it), owner-only; returns the
    paths. ``target`` is a folder (the default file name is used) or the path of the PDF."""
    pdf_path = _pdf_path(Path(target), letter.file_name)
    full = letter
    if letter.pdf is None or (letter.annex_json_name and letter.annex_json is None):
        full = get_letter(letter.id)  # selected without its bytes (letters_of)
    data = bytes(full.pdf)
    if hashlib.sha256(data).hexdigest() != letter.sha256:
        raise letter_problem("letter", msg("letter.hash-mismatch",
                                           "the stored letter does not match its SHA-256 any more; it was not written"))
    written = [write_private(pdf_path, data, make_folders=True)]
    if full.annex_json_name:  # a portability answer, alone or in a combined answer
        for name, blob in full.annex_files():
            written.append(write_private(pdf_path.parent / name, blob, make_folders=True))
    return written


def make_letter_files(case: Case, kind: str, language: str | None, who: str, target: Path | str,
                      override_reason: str | None = None, *, details: dict[str, Any] | None = None,
                      portability_data: dict[str, Any] | None = None) -> tuple[Letter, list[Path]]:
    """Make a letter and write its files, in that order of safety: the files are written first
    (owner-only, beside their final names); the letter is kept with the case only when they were;
    a letter that could not be kept leaves no file behind. OSError when a file cannot be written:
    then nothing was kept."""
    draft = prepare(case, kind, language, who, override_reason, details=details, portability_data=portability_data)
    rendered = render(draft)
    last = Letter.select(fn.MAX(Letter.version)).where(Letter.case == case, Letter.kind == draft.kind).scalar()
    guess = (last or 0) + 1
    pdf_path = _pdf_path(Path(target), letter_file_name(case.reference, draft.kind, guess, draft.request.language))
    files = [(pdf_path, rendered.pdf)] + [(pdf_path.parent / name, blob) for name, blob in rendered.annex]
    parts = [(path, write_private(path.with_name(f".{path.name}.part"), data, make_folders=True))
             for path, data in files]
    try:
        letter = keep(draft, rendered, who)
    except BaseException:
        for _, part in parts:
            part.unlink(missing_ok=True)
        raise
    written = []
    for path, part in parts:
        if path == pdf_path and letter.version != guess:  # another letter of this kind was kept meanwhile
            path = _pdf_path(Path(target), letter.file_name)
        os.replace(part, path)
        written.append(path)
    return letter, written
