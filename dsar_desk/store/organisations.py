"""Organisations, their profiles and register versions in the database, read.

Importing a profile, saving the editor's data and the deadline rules are use cases of
:mod:`dsar_desk.desk.organisations`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dsar_desk.domain.messages import msg
from dsar_desk.domain.profile import Profile, ProfileCheck, dump_profile, parse_profile
from dsar_desk.domain.register_diff import diff_profiles
from dsar_desk.store.models import Case, Organisation, RegisterVersion


class UnknownOrganisation(LookupError):
    def __init__(self, slug: str):
        super().__init__(msg("organisation.unknown", "no organisation '{slug}'", slug=slug))
        self.slug = slug


_cache: dict[tuple[int, int, int], Profile] = {}


def profile_of(org: Organisation) -> Profile:
    """The parsed profile of an organisation, cached per version."""
    key = (org.id, org.profile_version, hash(org.profile))  # the text too: another database file may reuse id and version
    profile = _cache.get(key)
    if profile is None:
        check = parse_profile(org.profile)
        if check.profile is None:  # pragma: no cover - only valid profiles are stored
            raise ValueError(org.slug)  # only valid profiles are ever stored
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


def export_profile(slug: str) -> str:
    """The profile as TOML: the file as imported (comments kept), the same data."""
    org = get_organisation(slug)
    text = org.profile
    if not text.strip():  # pragma: no cover - defensive
        text = dump_profile(profile_of(org))
    return text


def register_versions(org: Organisation) -> list[RegisterVersion]:
    return list(RegisterVersion.select().where(RegisterVersion.organisation == org)
                .order_by(RegisterVersion.version))


def profile_for_case(case: Case) -> Profile:
    """The register as it was when the case's checklist (and letters) were built; else the current one."""
    org = case.organisation
    if case.register_version and case.register_version != org.profile_version:
        row = RegisterVersion.get_or_none(RegisterVersion.organisation == org,
                                          RegisterVersion.version == case.register_version)
        if row is not None:
            check = parse_profile(row.profile)
            if check.profile is not None:
                return check.profile
    return profile_of(org)


@dataclass
class ImportPreview:
    check: ProfileCheck
    existing: Organisation | None = None  # the organisation the import would replace
    changes: list[str] = field(default_factory=list)  # empty for a new organisation or the same data

    @property
    def replaces(self) -> bool:
        return self.existing is not None


def preview_import(text: str) -> ImportPreview:
    """Validate `text` and, when its slug is already in the app, list what would change."""
    check = parse_profile(text)
    if check.profile is None:
        return ImportPreview(check)
    org = Organisation.get_or_none(Organisation.slug == check.profile.slug)
    if org is None:
        return ImportPreview(check)
    return ImportPreview(check, org, diff_profiles(profile_of(org).data, check.profile.data))
