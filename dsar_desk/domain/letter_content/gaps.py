"""What stops a letter: a letter that would state what is not so is not made.

    problems = letter_blocks(request, profile)     # [] when the letter may be made
    for p in problems:
        print(p.field, p.code, p.message)          # "register", "letter.gap-recipients-unknown", ...

The store (and the desk) calls :func:`letter_blocks` before rendering, so that the GUI and the
CLI refuse the same letters with the same coded messages; :func:`build_letter` calls it too and
raises :class:`LetterBlocked`, so that no caller can print a false sentence.

What blocks, and why:

* the signer (``clerk_name``) is empty: a letter is signed by a person, never by a login;
* an access answer (access, partial access, a combined answer with access) with, for an
  activity it lists: no ``recipients`` key (unknown is not "none"), a retention that is no period
  or criteria, a recipient outside the EEA with neither an adequacy decision nor safeguards, an
  automated decision whose Art. 22 status, logic or consequences are unknown; a search of the
  checklist still open (the answer lists the activities where data were found, EDPB 01/2022);
  no file listed as the copy of the data (Art. 15(3));
* the other kinds when the law they rest on does not apply: a withdrawal of consent with no
  consent-based activity, an objection on grounds of one's situation with no activity on
  Art. 6(1)(e)/(f), portability with no activity on consent or contract fed by the requester;
* what a kind cannot do without: the doubt of an identity request (Art. 12(6)) and the proof it
  asks for, the reasons of a partial access or a refused rectification, the fee, the controller
  a request is forwarded to, the representative asked for a mandate, the deceased person's name.

Plain Python: no Qt, no database.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dsar_desk.domain.cases import RIGHT_LABELS, FieldProblem
from dsar_desk.domain.countries import has_adequacy, is_eea
from dsar_desk.domain.letter_content.model import ACCESS_KINDS, COMBINED_ORDER, LetterError, LetterRequest
from dsar_desk.domain.letter_content.texts import is_self
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile.wording import retention_is_vague

if TYPE_CHECKING:  # pragma: no cover
    from dsar_desk.domain.profile import Profile

__all__ = ["LetterBlocked", "letter_blocks", "concerned", "sections_of", "discloses", "nothing_found", "search_outcome",
           "action_outcome",
           "consent_activities", "objection_activities", "portable_activities"]


class LetterBlocked(LetterError):
    """The letter would state what is not so, or lacks what it needs: ``problems`` say what."""

    def __init__(self, problems: list[FieldProblem]):
        super().__init__(problems[0].message)
        self.problems = problems


# -- what the letter covers ---------------------------------------------------------------------

def sections_of(req: LetterRequest) -> list[str]:
    """The answers a letter gives: its kind, or the sections of a combined answer in legal order."""
    if req.kind != "combined":
        return [req.kind]
    wanted = req.sections or [r for r in req.rights if r in COMBINED_ORDER]
    return [s for s in COMBINED_ORDER if s in wanted]


def discloses(kind: str, sections: list[str] | tuple[str, ...] = ()) -> bool:
    """Does the letter disclose personal data (so that it waits for the identity check)?"""
    return kind in ("access", "partial-access", "portability") or (
        kind == "combined" and any(s in ("access", "portability") for s in sections))


def concerned(req: LetterRequest, profile: Profile, access: bool = False) -> list[dict[str, Any]]:
    """The activities the letter speaks of.

    Without a checklist (``found`` None): every activity not marked as not concerning the
    requester. With one: an access answer (``access``) lists only those where data were found;
    the other letters leave out those marked not concerned and those searched where nothing was
    found.
    """
    if req.found is None:
        return [p for p in profile.processing if p.get("id") not in req.not_concerned]
    if access:
        return [p for p in profile.processing if p.get("id") in req.found]
    unsure = req.found | req.search_open | req.search_missing
    return [p for p in profile.processing if p.get("id") in unsure and p.get("id") not in req.not_concerned]


def search_outcome(rows: list[tuple[str, str, str]], activities: list[str]) -> dict[str, set[str]]:
    """What the checklist's search items say, from its (activity, action, state) rows.

    ``found``: an activity with a search item marked done (data found: the access answer lists
    it); ``search_open``: one whose searches are still open, none done; ``search_missing``: one
    the checklist has no search item for (the case does not ask for access). An activity whose
    searches are all "not applicable" or "not concerned" is in none: nothing was found there.
    """
    states: dict[str, list[str]] = {a: [] for a in activities}
    for activity, action, state in rows:
        if action == "search" and activity in states:
            states[activity].append(state)
    found = {a for a, s in states.items() if "done" in s}
    return {
        "found": found,
        "search_open": {a for a, s in states.items() if a not in found and "open" in s},
        "search_missing": {a for a, s in states.items() if not s},
    }


def action_outcome(rows: list[tuple[int, str, str, str, str, str]]) -> dict[str, Any]:
    """What the checklist's act and inform items say, from its (position, action, right, target,
    state, exception) rows: the LetterRequest fields ``checklist_acts`` (open acts per right),
    ``inform_open``, ``informed_by_checklist`` (None without a checklist) and ``kept_by_checklist``."""
    if not rows:
        return {"informed_by_checklist": None, "checklist_acts": {}, "inform_open": {}, "kept_by_checklist": {}}
    acts: dict[str, list[int]] = {}
    inform_open: dict[str, list[tuple[int, str]]] = {}
    informed: dict[str, list[str]] = {}
    kept: dict[str, list[str]] = {}
    for position, action, right, target, state, exception in rows:
        if action == "act" and state == "open":
            acts.setdefault(right, []).append(position)
        elif action == "inform" and state == "open":
            inform_open.setdefault(right, []).append((position, target))
        elif action == "inform" and state == "done" and target not in informed.get(right, []):
            informed.setdefault(right, []).append(target)
        if exception and state in ("done", "not-applicable") and exception not in kept.get(right, []):
            kept.setdefault(right, []).append(exception)
    return {"informed_by_checklist": informed, "checklist_acts": acts, "inform_open": inform_open,
            "kept_by_checklist": kept}


def nothing_found(req: LetterRequest, profile: Profile) -> bool:
    """Every search of the checklist is marked and none found data: the answer is "no data held"."""
    ids = {p.get("id") for p in profile.processing}
    if req.found is None:
        return bool(ids) and ids <= req.not_concerned
    return not req.found and not ((req.search_open | req.search_missing) & ids)


def consent_activities(req: LetterRequest, profile: Profile) -> list[dict[str, Any]]:
    chosen = set(req.consents_withdrawn)
    return [p for p in concerned(req, profile) if p.get("legal_basis") == "consent"
            and (not chosen or p.get("id") in chosen)]


def objection_activities(req: LetterRequest, profile: Profile) -> list[dict[str, Any]]:
    """Art. 21(1): the activities on a public task or legitimate interests objected to."""
    chosen = set(req.objection_activities)
    return [p for p in concerned(req, profile) if p.get("legal_basis") in ("public-task", "legitimate-interests")
            and (not chosen or p.get("id") in chosen)]


def portable_activities(req: LetterRequest, profile: Profile, folder: str | None = None) -> list[dict[str, Any]]:
    """Art. 20(1): on consent or contract, and fed by the requester (a register "source" that
    names someone else, or inferred data, is not what the requester provided)."""
    out = []
    for p in concerned(req, profile):
        if p.get("legal_basis") not in ("consent", "contract"):
            continue
        source = profile.text(p.get("source"), profile.default_language)
        if source is None or is_self(source.text, folder) or _any_self(profile, p.get("source"), folder):
            out.append(p)
    return out


def _any_self(profile: Profile, value: Any, folder: str | None) -> bool:
    if isinstance(value, dict):
        return any(isinstance(v, str) and is_self(v, folder) for v in value.values())
    return False


# -- the blocks ---------------------------------------------------------------------------------

def _name(profile: Profile, activity: dict[str, Any], language: str) -> str:
    localized = profile.text(activity.get("name"), language)
    return localized.text if localized else str(activity.get("id"))


def _activity_blocks(req: LetterRequest, profile: Profile, activity: dict[str, Any], n: int) -> list[FieldProblem]:
    pid, name, lang = activity.get("id"), _name(profile, activity, req.language), req.language
    out = []
    if "recipients" not in activity:
        out.append(FieldProblem("register", msg(
            "letter.gap-recipients-unknown",
            "processing '{id}' ({name}): the register does not say who receives these data, and unknown is not "
            "none; fill in processing[{n}].recipients (recipients = [] if no one outside the organisation does)",
            id=pid, name=name, n=n)))
    retention = profile.text(activity.get("retention"), lang)
    if retention is None or retention_is_vague(retention.text):
        out.append(FieldProblem("register", msg(
            "letter.gap-retention",
            "processing '{id}' ({name}): \u201c{retention}\u201d is not a retention period; fill in "
            "processing[{n}].retention with the period, or the criteria that decide it (Art. 15(1)(d))",
            id=pid, name=name, retention=retention.text if retention else "", n=n)))
    if "automated_decisions" in activity and "automated_art22" not in activity:
        out.append(FieldProblem("register", msg(
            "letter.gap-automated-art22",
            "processing '{id}' ({name}): the register does not say whether its automated decisions fall under "
            "Art. 22; fill in processing[{n}].automated_art22 (true or false)", id=pid, name=name, n=n)))
    elif activity.get("automated_art22") and not ("automated_logic" in activity and "automated_consequences"
                                                  in activity):
        out.append(FieldProblem("register", msg(
            "letter.gap-automated-logic",
            "processing '{id}' ({name}): a decision of Art. 22 needs its logic and its consequences; fill in "
            "processing[{n}].automated_logic and processing[{n}].automated_consequences (Art. 15(1)(h))",
            id=pid, name=name, n=n)))
    return out


def _transfer_blocks(profile: Profile, activities: list[dict[str, Any]], language: str) -> list[FieldProblem]:
    out, seen = [], set()
    index = {r.get("id"): n for n, r in enumerate(profile.data.get("recipient", []))}
    for activity in activities:
        for recipient in profile.recipients_of(activity):
            rid, country = recipient.get("id"), str(recipient.get("country") or "").upper()
            if rid in seen or not country or is_eea(country) or has_adequacy(country) or recipient.get("safeguards"):
                continue
            seen.add(rid)
            out.append(FieldProblem("register", msg(
                "letter.gap-transfer",
                "recipient '{id}' ({name}) is in {country}, outside the EEA, with no adequacy decision and no "
                "safeguards in the register: the letter cannot say how the transfer is protected; fill in "
                "recipient[{n}].safeguards (Art. 15(2), 46)", id=rid, name=profile.recipient_name(recipient, language),
                country=country, n=index.get(rid, "?"))))
    return out


def _search_blocks(req: LetterRequest, profile: Profile) -> list[FieldProblem]:
    """An access answer lists the activities where data were found: every search must be marked."""
    out = []
    for p in profile.processing:
        pid, name = p.get("id"), _name(profile, p, req.language)
        if pid in (req.found or set()) or pid in req.not_concerned:
            continue
        if pid in req.search_open:
            out.append(FieldProblem("checklist", msg(
                "letter.gap-search-open",
                "processing '{id}' ({name}): its search is still open in the checklist; mark it done (data "
                "found: the answer lists it) or not concerned (left out)", id=pid, name=name)))
        elif pid in req.search_missing:
            out.append(FieldProblem("checklist", msg(
                "letter.gap-search-missing",
                "processing '{id}' ({name}): the checklist has no search for it, as the case does not ask for "
                "access; add the right of access to the case, then mark the search", id=pid, name=name)))
    return out


def _access_blocks(req: LetterRequest, profile: Profile) -> list[FieldProblem]:
    out = _search_blocks(req, profile)
    activities = concerned(req, profile, access=True)
    positions = {p.get("id"): n for n, p in enumerate(profile.processing)}
    for activity in activities:
        out += _activity_blocks(req, profile, activity, positions.get(activity.get("id"), 0))
    out += _transfer_blocks(profile, activities, req.language)
    if activities and not [a for a in req.annexes if a.strip()]:
        out.append(FieldProblem("annexes", msg(
            "letter.gap-no-copy", "list the files sent as the copy of the data: an access answer gives the copy "
                                  "(Art. 15(3)) and says only what is enclosed")))
    return out


def _identity_blocks(req: LetterRequest, profile: Profile) -> list[FieldProblem]:
    out = []
    if req.kind == "identity-request" and not req.identity_doubt.strip():
        if profile.identity == "none":
            text = msg("letter.gap-doubt-no-routine", "the profile asks for no routine identity check: an identity "
                                                      "request needs the reasonable doubt about this requester "
                                                      "(Art. 12(6)), which the letter states")
        else:
            text = msg("letter.gap-doubt", "say why there is a reasonable doubt about the requester's identity "
                                           "(Art. 12(6)): the letter states it")
        out.append(FieldProblem("doubt", text))
    if not req.identity_proof_needed.strip() and profile.identity == "none":
        out.append(FieldProblem("identity_proof_needed", msg(
            "letter.gap-proof", "say what proof of identity to ask for: the profile names no method, and a copy of "
                                "an identity document is never asked by default")))
    return out


def _section_blocks(req: LetterRequest, profile: Profile, section: str, folder: str | None) -> list[FieldProblem]:
    if section in ACCESS_KINDS:
        return _access_blocks(req, profile)
    if section == "withdraw-consent" and not consent_activities(req, profile):
        return [FieldProblem("register", msg(
            "letter.gap-no-consent", "no activity concerning the requester is based on consent: there is no "
                                     "consent to withdraw; answer with a refusal or an objection letter instead"))]
    if section == "objection" and not req.objection_direct_marketing and not objection_activities(req, profile):
        return [FieldProblem("register", msg(
            "letter.gap-objection-basis", "no activity concerning the requester rests on a public task or "
                                          "legitimate interests (Art. 6(1)(e) or (f)): the objection of Art. 21(1) "
                                          "does not apply; answer with a refusal giving this reason"))]
    if section == "portability" and not portable_activities(req, profile, folder):
        return [FieldProblem("register", msg(
            "letter.gap-portability", "no activity concerning the requester is based on consent or a contract and "
                                      "fed by data the requester provided: Art. 20 does not apply; answer with a "
                                      "refusal giving this reason"))]
    return []


ACT_SECTIONS = ("rectification", "erasure", "restriction")


def _items(positions: list[int]) -> str:
    return ", ".join(f"#{p}" for p in positions)


def _checklist_blocks(req: LetterRequest, profile: Profile, section: str) -> list[FieldProblem]:
    """A letter saying a rectification, erasure or restriction is done says what the checklist
    says: every act item marked, every recipient informed (or why not, Art. 19), the data kept under
    an Art. 17(3) exception named."""
    if req.informed_by_checklist is None or section not in ACT_SECTIONS:
        return []
    right = RIGHT_LABELS.get(section, section)
    out = []
    acts = req.checklist_acts.get(section) or []
    if acts:
        out.append(FieldProblem("checklist", msg(
            "letter.gap-act-open", "{right}: the checklist still has {count} item(s) to act on open ({items}); the "
                                   "letter says it is done: mark them first", right=right, count=len(acts),
            items=_items(acts))))
    waiting = req.inform_open.get(section) or []
    if waiting:
        names = []
        for _, rid in waiting:
            name = profile.recipient_name(profile.recipients[rid], req.language) if rid in profile.recipients else rid
            if name not in names:
                names.append(name)
        out.append(FieldProblem("checklist", msg(
            "letter.gap-inform-open", "{right}: {names} still to be told (checklist {items}); mark each done (the "
                                      "letter names it) or not applicable with the reason (Art. 19: impossible or "
                                      "a disproportionate effort)", right=right, names=names,
            items=_items([p for p, _ in waiting]))))
    told = req.informed_by_checklist.get(section) or []
    extra = [rid for rid in req.recipients_informed if rid not in told]
    if extra:
        names = [profile.recipient_name(profile.recipients[rid], req.language) if rid in profile.recipients else rid
                 for rid in extra]
        out.append(FieldProblem("recipients_informed", msg(
            "letter.gap-informed-not-in-checklist", "{names}: not marked as told in the checklist; the letter names "
                                                    "the recipients whose \u201cinform\u201d item is done",
            names=names)))
    if section == "erasure":
        kept = req.kept_by_checklist.get("erasure") or []
        if kept and req.erasure_exception not in kept:
            out.append(FieldProblem("erasure_exception", msg(
                "letter.gap-exception-checklist", "the checklist keeps data under an exception of Art. 17(3) "
                                                  "({exceptions}): the erasure letter must say so; choose it",
                exceptions=[EXCEPTION_NAMES.get(e, e) for e in kept])))
        elif req.erasure_exception and not kept:
            out.append(FieldProblem("erasure_exception", msg(
                "letter.gap-exception-not-in-checklist", "the letter says data are kept under an exception of "
                                                         "Art. 17(3), but no item of the checklist records it: record "
                                                         "the exception on the item concerned, or choose none")))
    return out


# Short names of the Art. 17(3) exceptions, as the clerk reads them (the letters dialog's labels).
EXCEPTION_NAMES = {
    "freedom-of-expression": "Freedom of expression (Art. 17(3)(a))",
    "legal-obligation": "Legal obligation or public task (Art. 17(3)(b))",
    "public-health": "Public health (Art. 17(3)(c))",
    "archiving-research": "Archiving or research (Art. 17(3)(d))",
    "legal-claims": "Legal claims (Art. 17(3)(e))",
}


_REQUIRED = {
    "partial-access": ("withheld_reasons", "withheld_reasons", msg(
        "letter.gap-withheld", "say which data of other persons are withheld, and why (Art. 15(4))")),
    "rectification-refused": ("rectification_refused_reasons", "reasons", msg(
        "letter.gap-rectification-reasons", "say why the data were not rectified: the requester must be told "
                                            "(Art. 12(4))")),
    "forwarded": ("controller", "controller", msg(
        "letter.gap-controller", "name the controller the request is forwarded to (a [[controller]] of the profile, "
                                 "or its name)")),
    "mandate-request": ("representative_name", "representative_name", msg(
        "letter.gap-representative", "give the name of the person who made the request on the requester's "
                                     "behalf")),
    "deceased": ("deceased_name", "deceased_name", msg(
        "letter.gap-deceased", "give the name of the deceased person")),
}


def _kind_blocks(req: LetterRequest) -> list[FieldProblem]:
    out = []
    required = _REQUIRED.get(req.kind)
    if required and not str(getattr(req, required[0]) or "").strip():
        out.append(FieldProblem(required[1], required[2]))
    if req.kind == "fee":
        if not req.fee_cents or req.fee_cents <= 0:
            out.append(FieldProblem("fee", msg("letter.gap-fee", "give the fee asked (Art. 12(5), 15(3)), in euros")))
        if req.fee_reason == "excessive" and not req.refusal_reasons.strip():
            out.append(FieldProblem("reasons", msg("letter.gap-fee-reasons", "say why the request is manifestly "
                                                                             "unfounded or excessive (Art. 12(5))")))
    return out


def letter_blocks(req: LetterRequest, profile: Profile, texts_folder: str | None = None) -> list[FieldProblem]:
    """Everything that stops this letter, each with its field and a coded message ([] = none)."""
    out: list[FieldProblem] = []
    if not req.clerk_name.strip():
        out.append(FieldProblem("signer", msg(
            "letter.gap-signer", "a letter is signed by the clerk: give your name (and role) in the preferences "
                                 "(clerk_name); the login name is never used")))
    if req.kind in ("identity-request", "identity-reminder"):
        out += _identity_blocks(req, profile)
    out += _kind_blocks(req)
    for section in sections_of(req):
        out += _section_blocks(req, profile, section, texts_folder)
        out += _checklist_blocks(req, profile, section)
    if req.kind == "combined" and not sections_of(req):
        out.append(FieldProblem("sections", msg("letter.gap-no-sections", "a combined answer needs the rights it "
                                                                          "answers: the case asks for none of "
                                                                          "access, rectification, erasure, "
                                                                          "restriction, objection, withdrawal of "
                                                                          "consent or portability")))
    return out
