"""Organisations and their profiles in the database."""

from __future__ import annotations

from dataclasses import dataclass, field

from dsar_desk.domain.cases import reference_prefix
from dsar_desk.domain.profile import Problem, Profile, dump_profile, parse_profile
from dsar_desk.store.models import Organisation, database, now


class ProfileRejected(Exception):
    """The profile has errors; nothing was written."""

    def __init__(self, errors: list[Problem]):
        super().__init__(f"{len(errors)} error(s) in the profile")
        self.errors = errors


class UnknownOrganisation(LookupError):
    def __init__(self, slug: str):
        super().__init__(f"no organisation '{slug}'")
        self.slug = slug


@dataclass
class ImportResult:
    slug: str
    name: str
    created: bool
    warnings: list[Problem] = field(default_factory=list)
    changed_open_cases: int = 0


_cache: dict[tuple[int, int, int], Profile] = {}


def profile_of(org: Organisation) -> Profile:
    """The parsed profile of an organisation, cached per version."""
    key = (org.id, org.profile_version, hash(org.profile))  # the text too: another database file may reuse id and version
    profile = _cache.get(key)
    if profile is None:
        check = parse_profile(org.profile)
        if check.profile is None:  # pragma: no cover - only valid profiles are stored
            raise ProfileRejected(check.errors)
        profile = check.profile
        _cache[key] = profile
    return profile


def get_organisation(slug: str) -> Organisation:
    org = Organisation.get_or_none(Organisation.slug == slug)
    if org is None:
        raise UnknownOrganisation(slug)
    return org


def list_organisations() -> list[Organisation]:
    return list(Organisation.select().order_by(Organisation.name))


def organisation_languages() -> dict[str, list[str]]:
    return {o.slug: o.language_list for o in Organisation.select(Organisation.slug, Organisation.languages)}


def import_profile(text: str) -> ImportResult:
    """Validate and store a profile; a profile with errors raises ProfileRejected, writing nothing.

    Importing over an existing organisation replaces its profile (a new version) and recomputes
    the due dates of its open cases, as the promised deadline may have changed.
    """
    check = parse_profile(text)
    if check.profile is None or check.errors:
        raise ProfileRejected(check.errors)
    profile = check.profile
    with database.atomic():
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
        from dsar_desk.store.checklist import record_register_version

        record_register_version(org)  # issue 6: every version's text is kept
        changed = 0
        if not created:
            from dsar_desk.store.cases import refresh_open_cases

            changed = refresh_open_cases(org)
    return ImportResult(profile.slug, profile.name, created, list(check.warnings), changed)


def export_profile(slug: str) -> str:
    """The profile as TOML: the file as imported (comments kept), the same data."""
    org = get_organisation(slug)
    text = org.profile
    if not text.strip():  # pragma: no cover - defensive
        text = dump_profile(profile_of(org))
    return text


def set_holiday_region(slug: str, subdivision: str | None, pause_rule: str | None = None) -> Organisation:
    """Organisation settings outside the profile: holiday subdivision, identity pause rule."""
    from dsar_desk.domain.deadlines import PAUSE_RULES, next_working_day
    from datetime import date

    org = get_organisation(slug)
    with database.atomic():
        if subdivision is not None:
            sub = subdivision.strip() or None
            if sub:
                next_working_day(date.today(), org.country, sub)  # raises DeadlineError when unknown
            org.subdivision = sub
        if pause_rule is not None:
            if pause_rule not in PAUSE_RULES:
                raise ValueError(f"pause rule must be one of: {', '.join(PAUSE_RULES)}")
            org.pause_rule = pause_rule
        org.updated_at = now()
        org.save()
        from dsar_desk.store.cases import refresh_open_cases

        refresh_open_cases(org)
    return org
