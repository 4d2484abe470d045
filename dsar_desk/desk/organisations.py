"""Organisations: importing a profile (a new register version, due dates recomputed), saving the
editor's data through the very path of an import, and the deadline rules outside the profile."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dsar_desk.desk.checklist import record_register_version
from dsar_desk.desk.deadlines import refresh_open_cases
from dsar_desk.domain.cases import FieldProblem, InvalidCase, reference_prefix
from dsar_desk.domain.deadlines import PAUSE_RULES, DeadlineError, next_working_day
from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile import Problem, dump_profile_data, parse_profile
from dsar_desk.domain.text import text_problem
from dsar_desk.store.db import writing
from dsar_desk.store.models import Organisation, now
from dsar_desk.store.organisations import get_organisation


class ProfileRejected(Exception):
    """The profile has errors; nothing was written."""

    def __init__(self, errors: list[Problem]):
        super().__init__(msg("profile.rejected", "{count} error(s) in the profile", count=len(errors)))
        self.errors = errors


@dataclass
class ImportResult:
    slug: str
    name: str
    created: bool
    warnings: list[Problem] = field(default_factory=list)
    changed_open_cases: int = 0


def import_profile(text: str) -> ImportResult:
    """Validate and store a profile; a profile with errors raises ProfileRejected, writing nothing.

    Importing over an existing organisation replaces its profile (a new register version, its
    text kept) and recomputes the due dates of its open cases, as the promised deadline may
    have changed.
    """
    if len(text.encode("utf-8")) > MAX_PROFILE_BYTES:
        raise ProfileRejected([Problem("", msg("profile.too-large", "the profile is larger than {max} KiB; a "
                                               "register of processing fits in far less", max=MAX_PROFILE_BYTES // 1024))])
    check = parse_profile(text)
    if check.profile is None or check.errors:
        raise ProfileRejected(check.errors)
    unsafe = list(_unsafe_text(check.profile.data))
    if unsafe:
        raise ProfileRejected(unsafe)
    profile = check.profile
    with writing():
        org = Organisation.get_or_none(Organisation.slug == profile.slug)
        created = org is None
        if created:
            taken = {o.prefix for o in Organisation.select(Organisation.prefix)}
            org = Organisation(slug=profile.slug, prefix=reference_prefix(profile.slug, taken))
        elif org.profile != text:  # the same text again is the same register version
            org.profile_version += 1
        org.name = profile.name
        org.country = profile.country
        org.languages = ",".join(profile.languages)
        org.deadline_days = profile.deadline_days
        org.profile = text
        org.updated_at = now()
        org.save()
        record_register_version(org)
        changed = 0 if created else refresh_open_cases(org)
    return ImportResult(profile.slug, profile.name, created, list(check.warnings), changed)


MAX_PROFILE_BYTES = 1024 * 1024
MAX_NAME = 200


def _unsafe_text(value, path: str = ""):
    """Problems with the profile's text: control or bidi-override characters anywhere, an
    organisation or recipient name too long to be a name."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _unsafe_text(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for number, item in enumerate(value):
            yield from _unsafe_text(item, f"{path}[{number}]")
    elif isinstance(value, str):
        problem = text_problem(value, multiline=True)
        if problem:
            yield Problem(path, problem)
        elif path.endswith(".name") and len(value) > MAX_NAME:
            yield Problem(path, msg("profile.name-too-long", "is longer than {max} characters", max=MAX_NAME))


def save_profile_data(data: dict) -> ImportResult:
    """Save the organisation editor's data: written as TOML and imported (ProfileRejected on
    errors, nothing written), so that export gives the same format as a hand-written file."""
    return import_profile(dump_profile_data(data))


def set_deadline_rules(slug: str, subdivision: str | None, pause_rule: str | None = None) -> Organisation:
    """Organisation settings outside the profile: the holiday region (a German Land,
    Alsace-Moselle) and what waiting for the requester does to the clock. Open cases' due dates
    are recomputed."""
    org = get_organisation(slug)
    problems = []
    sub = None
    if subdivision is not None:
        sub = subdivision.strip() or None
        if sub:
            try:
                next_working_day(date.today(), org.country, sub)
            except DeadlineError as exc:
                problems.append(FieldProblem("subdivision", str(exc)))
    if pause_rule is not None and pause_rule not in PAUSE_RULES:
        problems.append(FieldProblem("pause_rule", msg("deadline.pause-rule-unknown",
                                                       "must be one of: {known}", known=list(PAUSE_RULES))))
    if problems:
        raise InvalidCase(problems)
    with writing():
        if subdivision is not None:
            org.subdivision = sub
        if pause_rule is not None:
            org.pause_rule = pause_rule
        org.updated_at = now()
        org.save()
        refresh_open_cases(org)
    return org
