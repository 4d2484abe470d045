"""The organisation screens' storage: preview an import over an existing organisation, and save
the editor's data through the very path of an import (so that export gives the same format)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dsar_desk.domain.profile import ProfileCheck, check_profile_data, dump_profile_data, parse_profile
from dsar_desk.domain.register_diff import diff_profiles
from dsar_desk.store.models import Organisation
from dsar_desk.store.organisations import ImportResult, import_profile, profile_of


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


def check_data(data: dict) -> ProfileCheck:
    """The editor's validation: exactly the import's."""
    return check_profile_data(data)


def save_profile_data(data: dict) -> ImportResult:
    """Save the editor's data: written as TOML and imported (ProfileRejected on errors, nothing written)."""
    return import_profile(dump_profile_data(data))
