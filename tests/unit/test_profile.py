"""Organisation profiles: parsing, validation (errors, warnings, lines), languages, export."""

from __future__ import annotations

import copy
import datetime
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dsar_desk.domain import countries
from dsar_desk.domain.profile import (
    IDENTITY_CHECKS,
    LEGAL_BASES,
    RECIPIENT_ROLES,
    Authority,
    Localized,
    LocalizedList,
    Problem,
    Profile,
    ProfileCheck,
    check_profile_data,
    dump_profile,
    dump_profile_data,
    parse_profile,
    path_str,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

MINIMAL = """\
format = 1

[organisation]
slug = "acme"
name = "ACME BV"
registration = "0123.456.789"
address = ["Kerkstraat 1", "1000 Brussel"]
country = "BE"
languages = ["nl", "fr"]

[[processing]]
id = "customers"
name = { nl = "Klanten", fr = "Clients" }
purposes = { nl = ["Levering"], fr = ["Livraison"] }
data = { nl = ["naam"], fr = ["nom"] }
legal_basis = "contract"
retention = { nl = "2 jaar", fr = "2 ans" }
recipients = ["post"]

[[recipient]]
id = "post"
name = "bpost"
role = "processor"
country = "BE"
"""


def check(text: str) -> ProfileCheck:
    return parse_profile(textwrap.dedent(text))


def paths(problems: list[Problem]) -> list[str]:
    return [p.path for p in problems]


def by_path(problems: list[Problem], path: str) -> list[Problem]:
    return [p for p in problems if p.path == path]


def line_of(text: str, fragment: str, occurrence: int = 1) -> int:
    """1-based line of the n-th line containing `fragment`."""
    seen = 0
    for n, line in enumerate(text.splitlines(), 1):
        if fragment in line:
            seen += 1
            if seen == occurrence:
                return n
    raise AssertionError(f"{fragment!r} not found")


def minimal_data() -> dict:
    return tomllib.loads(MINIMAL)


# ---------------------------------------------------------------------------------------------
# The samples


SAMPLE_NAMES = ["ecomarket", "ecomail", "maildrop"]


def sample_text(name: str) -> str:
    return (SAMPLES / f"{name}.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_imports_without_errors(name):
    result = parse_profile(sample_text(name))
    assert result.errors == []
    assert result.ok
    assert result.profile is not None
    assert result.profile.slug == name
    for problem in result.warnings:
        assert problem.line is not None, problem


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_round_trip(name):
    first = parse_profile(sample_text(name)).profile
    exported = dump_profile(first)
    again = parse_profile(exported)
    assert again.errors == []
    assert again.profile.data == first.data
    # the export of the export is the same text, and gives the same warnings
    assert dump_profile(again.profile) == exported
    assert [(w.path, w.message) for w in again.warnings] == \
        [(w.path, w.message) for w in parse_profile(sample_text(name)).warnings]


def test_ecomarket_facts():
    p = parse_profile(sample_text("ecomarket")).profile
    assert p.name == "ECOMARKET SRL"
    assert p.registration == "BE 0749.612.337"
    assert p.address == ["Rue des Garennes 70", "1170 Brussel"]
    assert p.country == "BE"
    assert p.languages == ["nl", "fr"] and p.default_language == "nl"
    assert p.deadline_days is None  # the policy promises no deadline: one month
    assert p.identity == "signed-letter"
    assert p.free_requests_per_year == 1
    assert set(p.recipients) == {"nosto", "facebook", "google-analytics", "google-ads", "bpost"}
    assert p.recipients["bpost"]["country"] == "BE"
    for rid in ("facebook", "google-analytics", "google-ads"):
        assert p.recipients[rid]["country"] == "US"
        assert "safeguards" not in p.recipients[rid]
    account = p.processing_by_id("customer-account")
    assert [r["id"] for r in p.recipients_of(account)] == ["bpost", "facebook"]
    assert p.text(account["name"], "fr") == Localized("Compte client", "fr", False)
    # every text of the Belgian sample exists in both languages: no missing-language warning
    warnings = parse_profile(sample_text("ecomarket")).warnings
    assert not [w for w in warnings if "version" in w.message]
    assert p.authority("fr").name == "Autorité de protection des données"
    assert p.authority("nl").name == "Gegevensbeschermingsautoriteit"


def test_ecomarket_warnings():
    text = sample_text("ecomarket")
    warnings = parse_profile(text).warnings
    transfers = [w for w in warnings if w.path.endswith(".country")]
    assert {w.path for w in transfers} == {"recipient[1].country", "recipient[2].country", "recipient[3].country"}
    assert all("Data Privacy Framework" in w.message for w in transfers)
    no_recipients = [w.path for w in warnings if "no recipients" in w.message]
    assert no_recipients == ["processing[3].recipients", "processing[4].recipients",
                             "processing[5].recipients", "processing[6].recipients"]
    unused = [w for w in warnings if "not named by any" in w.message]
    assert [w.path for w in unused] == ["recipient[0].id"]
    assert unused[0].line == line_of(text, 'id = "nosto"')
    # "Niet gespecificeerd" is no retention period; the profiling activity does not say whether it is an
    # Art. 22 decision (issue 15): each a warning, and access answers that include them are refused
    vague = [w.path for w in warnings if w.message.code == "profile.retention-vague"]
    assert vague == ["processing[0].retention", "processing[3].retention", "processing[4].retention",
                     "processing[5].retention", "processing[7].retention"]
    assert [w.path for w in warnings if w.message.code == "profile.automated-art22-unknown"] == [
        "processing[4].automated_decisions"]
    assert len(warnings) == 14


def test_ecomail_facts_and_warnings():
    result = parse_profile(sample_text("ecomail"))
    p = result.profile
    assert p.languages == ["nl"]
    assert p.email == "webmaster@ecomail.fr"
    assert p.deadline_days == 30
    assert p.identity == "id-copy"
    assert p.free_requests_per_year is None
    assert p.recipients["mailchannels"]["country"] == "CH"  # adequacy: no warning
    assert p.authority("nl").name.endswith("(CNIL)")
    assert sorted(w.path for w in result.warnings) == ["organisation.registration", "processing[4].retention",
                                                       "recipient[3].country", "recipient[4].country"]
    assert "SIREN" in by_path(result.warnings, "organisation.registration")[0].message


def test_maildrop_facts_and_warnings():
    result = parse_profile(sample_text("maildrop"))
    p = result.profile
    assert p.languages == ["fr"]
    assert p.email == "hello@maildrop.fr"
    assert p.identity == "none" and p.deadline_days is None
    assert p.data["authority"]["website"] == "http://www.cnil.fr"
    assert p.authority("fr") == Authority("Commission Nationale de l'Informatique et des Libertés (CNIL)",
                                          ["3 Place de Fontenoy", "TSA 80715", "75334 Paris Cedex 07"],
                                          "http://www.cnil.fr", False)
    assert p.recipients == {}
    by_code: dict[str, list[str]] = {}
    for w in result.warnings:
        by_code.setdefault(w.message.code, []).append(w.path)
    assert by_code.pop("profile.recipients-unknown") == [f"processing[{n}].recipients" for n in range(5)]
    assert by_code.pop("profile.retention-vague") == [f"processing[{n}].retention" for n in range(5)]
    assert by_code.pop("profile.registration-missing") == ["organisation.registration"]
    assert by_code.pop("profile.address-not-postal") == ["organisation.address"]
    # the policy's "l'Utilisateur" (issue 15): an access answer is written to the requester
    assert set(by_code.pop("profile.third-person")) >= {"processing[0].source", "processing[0].purposes"}
    assert by_code == {}


# ---------------------------------------------------------------------------------------------
# A valid minimal profile and the Profile object


def test_minimal_profile_is_clean():
    result = parse_profile(MINIMAL)
    assert result.ok and result.errors == [] and result.warnings == []


def test_profile_defaults_are_not_written_into_data():
    result = parse_profile(MINIMAL)
    p = result.profile
    assert "policy" not in p.data
    assert p.deadline_days is None
    assert p.identity == "none"
    assert p.id_copy_retention_days == 0
    assert p.free_requests_per_year is None
    assert p.case_retention_years == 5
    assert p.registration == "0123.456.789"
    assert p.email is None and p.phone is None and p.website is None
    assert p.policy == {"deadline_days": None, "identity": "none", "id_copy_retention_days": 0,
                        "free_requests_per_year": None, "case_retention_years": 5}
    assert parse_profile(dump_profile(p)).profile.data == p.data


def test_policy_values_read():
    text = MINIMAL.replace("[[processing]]", textwrap.dedent("""\
        [policy]
        deadline_days = 30
        identity = "account-match"
        id_copy_retention_days = 7
        free_requests_per_year = 2
        case_retention_years = 10

        [[processing]]"""), 1)
    p = parse_profile(text).profile
    assert (p.deadline_days, p.identity, p.id_copy_retention_days, p.free_requests_per_year,
            p.case_retention_years) == (30, "account-match", 7, 2, 10)


def test_recipients_in_file_order_and_of_processing():
    data = minimal_data()
    data["recipient"].insert(0, {"id": "zz", "name": "Z", "role": "controller", "country": "NL"})
    data["processing"][0]["recipients"] = ["post", "zz"]
    p = check_profile_data(data).profile
    assert list(p.recipients) == ["zz", "post"]
    assert [r["id"] for r in p.recipients_of(data["processing"][0])] == ["post", "zz"]
    assert p.recipients_of({"id": "x"}) == []
    assert p.processing_by_id("customers") is data["processing"][0]
    assert p.processing_by_id("nope") is None


def test_constants():
    assert LEGAL_BASES == ("consent", "contract", "legal-obligation", "vital-interests", "public-task",
                           "legitimate-interests")
    assert IDENTITY_CHECKS == ("id-copy", "account-match", "signed-letter", "none")
    assert RECIPIENT_ROLES == ("processor", "controller", "authority")


# ---------------------------------------------------------------------------------------------
# Text in several languages


@pytest.fixture
def bilingual() -> Profile:
    return parse_profile(MINIMAL).profile


def test_text_in_requested_language(bilingual):
    assert bilingual.text({"nl": "Klanten", "fr": "Clients"}, "fr") == Localized("Clients", "fr", False)
    assert bilingual.text({"nl": "Klanten", "fr": "Clients"}, "nl") == Localized("Klanten", "nl", False)


def test_text_falls_back_to_default_language(bilingual):
    assert bilingual.text({"nl": "Klanten", "fr": "Clients"}, "de") == Localized("Klanten", "nl", True)
    assert bilingual.text({"fr": "Clients", "nl": "Klanten"}, "en") == Localized("Klanten", "nl", True)


def test_text_falls_back_to_any_language_present(bilingual):
    assert bilingual.text({"fr": "Clients"}, "nl") == Localized("Clients", "fr", True)
    assert bilingual.text({"en": "Customers"}, "nl") == Localized("Customers", "en", True)


def test_plain_string_is_in_the_default_language(bilingual):
    assert bilingual.text("Klanten", "nl") == Localized("Klanten", "nl", False)
    assert bilingual.text("Klanten", "fr") == Localized("Klanten", "nl", True)


def test_text_of_absent_optional_field_is_none(bilingual):
    assert bilingual.text(None, "nl") is None
    assert bilingual.text_list(None, "nl") is None


def test_text_list_fallbacks(bilingual):
    value = {"nl": ["naam", "adres"], "fr": ["nom", "adresse"]}
    assert bilingual.text_list(value, "fr") == LocalizedList(["nom", "adresse"], "fr", False)
    assert bilingual.text_list(value, "de") == LocalizedList(["naam", "adres"], "nl", True)
    assert bilingual.text_list({"fr": ["nom"]}, "nl") == LocalizedList(["nom"], "fr", True)
    assert bilingual.text_list(["naam"], "nl") == LocalizedList(["naam"], "nl", False)
    assert bilingual.text_list(["naam"], "fr") == LocalizedList(["naam"], "nl", True)
    # a copy: changing the result does not change the profile
    result = bilingual.text_list(value, "nl")
    result.items.append("x")
    assert value["nl"] == ["naam", "adres"]


# ---------------------------------------------------------------------------------------------
# Supervisory authorities


def profile_in(country: str, languages: list[str], authority: dict | None = None) -> ProfileCheck:
    data = minimal_data()
    data["organisation"]["country"] = country
    data["organisation"]["languages"] = languages
    for activity in data["processing"]:
        for key in ("name", "purposes", "data", "retention"):
            activity[key] = activity[key]["nl"] if isinstance(activity[key], dict) else activity[key]
    if authority is not None:
        data["authority"] = authority
    return check_profile_data(data)


def test_belgian_default_authority_per_language():
    p = profile_in("BE", ["nl", "fr"]).profile
    nl = p.authority("nl")
    assert nl == Authority("Gegevensbeschermingsautoriteit", ["Drukpersstraat 35", "1000 Brussel"],
                           "https://www.gegevensbeschermingsautoriteit.be", False)
    fr = p.authority("fr")
    assert fr == Authority("Autorité de protection des données", ["Rue de la Presse 35", "1000 Bruxelles"],
                           "https://www.autoriteprotectiondonnees.be", False)
    de = p.authority("de")
    assert de.name == "Datenschutzbehörde"
    assert de.address == ["Rue de la Presse 35", "1000 Bruxelles"]  # the table gives no German address
    assert not de.fell_back
    en = p.authority("en")  # no English name: the profile's default language
    assert en.name == "Gegevensbeschermingsautoriteit" and en.fell_back


def test_belgian_default_authority_falls_back_to_french_default_language():
    p = profile_in("BE", ["fr"]).profile
    assert p.authority("en").name == "Autorité de protection des données"
    assert p.authority("en").fell_back


@pytest.mark.parametrize("country, name, first_line, website", [
    ("FR", "Commission Nationale de l'Informatique et des Libertés (CNIL)", "3 Place de Fontenoy",
     "https://www.cnil.fr"),
    ("NL", "Autoriteit Persoonsgegevens", "Postbus 93374", "https://autoriteitpersoonsgegevens.nl"),
    ("LU", "Commission nationale pour la protection des données (CNPD)", "15, boulevard du Jazz",
     "https://cnpd.public.lu"),
])
def test_single_name_default_authorities(country, name, first_line, website):
    p = profile_in(country, ["nl"]).profile
    for language in ("nl", "fr", "en"):
        authority = p.authority(language)
        assert authority.name == name
        assert authority.address[0] == first_line
        assert authority.website == website
        assert not authority.fell_back  # the authority's own name, in every language


def test_default_authorities_table():
    assert set(countries.DEFAULT_AUTHORITIES) == {"FR", "BE", "NL", "LU"}
    assert countries.DEFAULT_AUTHORITIES["FR"]["address"] == ["3 Place de Fontenoy", "TSA 80715",
                                                             "75334 Paris Cedex 07"]
    assert countries.DEFAULT_AUTHORITIES["LU"]["address"] == ["15, boulevard du Jazz", "L-4370 Belvaux"]
    assert countries.DEFAULT_AUTHORITIES["NL"]["address"] == ["Postbus 93374", "2509 AJ Den Haag"]
    be = countries.DEFAULT_AUTHORITIES["BE"]
    assert set(be["name"]) == set(be["address"]) == set(be["website"]) == {"fr", "nl", "de"}


def test_germany_needs_an_authority():
    text = MINIMAL.replace('country = "BE"', 'country = "DE"')
    result = parse_profile(text)
    assert not result.ok and result.profile is None
    [problem] = result.errors
    assert problem.path == "authority"
    assert "DE" in problem.message and "Land" in problem.message
    assert problem.line == line_of(text, 'country = "DE"')


def test_country_without_default_needs_an_authority():
    result = profile_in("ES", ["es"])
    assert paths(result.errors) == ["authority"]
    assert "ES" in result.errors[0].message


def test_own_authority_replaces_default():
    hamburg = {"name": "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit",
               "address": ["Ludwig-Erhard-Straße 22", "20459 Hamburg"],
               "website": "https://datenschutz-hamburg.de"}
    result = profile_in("DE", ["de"], hamburg)
    assert result.ok, result.errors
    authority = result.profile.authority("de")
    assert authority == Authority(hamburg["name"], hamburg["address"], hamburg["website"], False)
    # also in Belgium: the profile's own authority wins
    assert profile_in("BE", ["nl"], hamburg).profile.authority("nl").name == hamburg["name"]


def test_own_authority_texts_are_localized():
    authority = {"name": {"nl": "GBA", "fr": "APD"},
                 "address": {"nl": ["Drukpersstraat 35", "1000 Brussel"], "fr": ["Rue de la Presse 35", "1000 Bruxelles"]}}
    result = profile_in("BE", ["nl", "fr"], authority)
    assert result.ok
    p = result.profile
    assert p.authority("fr") == Authority("APD", ["Rue de la Presse 35", "1000 Bruxelles"], None, False)
    assert p.authority("de") == Authority("GBA", ["Drukpersstraat 35", "1000 Brussel"], None, True)
    # a plain-string name is in the default language
    plain = profile_in("BE", ["nl", "fr"], {"name": "GBA", "address": ["Drukpersstraat 35", "1000 Brussel"]})
    assert plain.profile.authority("fr").fell_back
    assert not plain.profile.authority("nl").fell_back


def test_authority_table_needs_name_and_address():
    result = profile_in("DE", ["de"], {"website": "https://example.de"})
    assert sorted(paths(result.errors)) == ["authority.address", "authority.name"]


# ---------------------------------------------------------------------------------------------
# Errors: all at once, with paths and lines

MANY_ERRORS = """\
format = 1

[organisation]
slug = "Eco Market!"
name = ""
address = "Rue des Garennes 70"
country = "XX"
languages = ["nl", "NL", "nl"]
website = 42

[policy]
deadline_days = 45
identity = "passport"
free_requests_per_year = -1
case_retention_years = 2.5

[[processing]]
id = "account"
name = { nl = "Klantaccount", xx = "?" }
purposes = "Bestelling"
data = []
legal_basis = "legitimate-interest"
recipients = ["bpost", "gogle"]

[[processing]]
id = "account"
name = "Nieuwsbrief"
purposes = ["Marketing"]
data = ["e-mail"]
legal_basis = "consent"
retention = "2 jaar"

[[recipient]]
id = "bpost"
name = "bpost"
role = "subcontractor"
country = "be"

[[recipient]]
name = "Google"
role = "processor"
country = "US"
"""


def test_many_errors_reported_at_once_with_paths_and_lines():
    text = MANY_ERRORS
    result = parse_profile(text)
    assert not result.ok and result.profile is None
    got = {(p.path, p.line) for p in result.errors}
    expected = {
        ("organisation.slug", line_of(text, "slug =")),
        ("organisation.name", line_of(text, 'name = ""')),
        ("organisation.address", line_of(text, "address =")),
        ("organisation.country", line_of(text, 'country = "XX"')),
        ("organisation.languages[1]", line_of(text, "languages =")),
        ("organisation.languages[2]", line_of(text, "languages =")),
        ("organisation.website", line_of(text, "website = 42")),
        ("policy.deadline_days", line_of(text, "deadline_days")),
        ("policy.identity", line_of(text, "identity =")),
        ("policy.free_requests_per_year", line_of(text, "free_requests_per_year")),
        ("policy.case_retention_years", line_of(text, "case_retention_years")),
        ("processing[0].name.xx", line_of(text, 'name = { nl = "Klantaccount"')),
        ("processing[0].purposes", line_of(text, 'purposes = "Bestelling"')),
        ("processing[0].data", line_of(text, "data = []")),
        ("processing[0].legal_basis", line_of(text, 'legal_basis = "legitimate-interest"')),
        ("processing[0].retention", line_of(text, "[[processing]]", 1)),  # missing: the header's line
        ("processing[0].recipients[1]", line_of(text, 'recipients = ["bpost", "gogle"]')),
        ("processing[1].id", line_of(text, 'id = "account"', 2)),
        ("recipient[0].role", line_of(text, 'role = "subcontractor"')),
        ("recipient[0].country", line_of(text, 'country = "be"')),
        ("recipient[1].id", line_of(text, "[[recipient]]", 2)),
    }
    assert got == expected
    # sorted by line
    lines = [p.line for p in result.errors]
    assert lines == sorted(lines)

    def message(path):
        [problem] = by_path(result.errors, path)
        return problem.message

    assert "a-z, 0-9" in message("organisation.slug")
    assert message("organisation.name") == "must not be empty"
    assert "list" in message("organisation.address")
    assert "ISO 3166-1" in message("organisation.country")
    assert 'write "nl"' in message("organisation.languages[1]")
    assert "listed twice" in message("organisation.languages[2]")
    assert "later than the legal limit of one month" in message("policy.deadline_days")
    assert message("policy.identity").startswith("must be one of: id-copy, account-match, signed-letter, none")
    assert "0 to 366" in message("policy.free_requests_per_year")
    assert "whole number" in message("policy.case_retention_years")
    assert "language code" in message("processing[0].name.xx")
    assert "list of strings" in message("processing[0].purposes")
    assert message("processing[0].data") == "must not be empty"
    assert message("processing[0].legal_basis").startswith(
        "must be one of: consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests")
    assert 'did you mean "legitimate-interests"' in message("processing[0].legal_basis")
    assert message("processing[0].retention") == "is required"
    assert message("processing[0].recipients[1]").startswith("unknown recipient id \"gogle\"")
    assert "already the id of processing[0]" in message("processing[1].id")
    assert message("recipient[0].role").startswith("must be one of: processor, controller, authority")
    assert message("recipient[0].role").endswith('(a subcontractor is a "processor")')
    assert 'write "BE"' in message("recipient[0].country")
    assert message("recipient[1].id") == "is required"
    # the str() form
    basis_line = line_of(text, 'legal_basis = "legitimate-interest"')
    assert str(by_path(result.errors, "processing[0].legal_basis")[0]).startswith(
        f"line {basis_line}: processing[0].legal_basis: must be one of")


def test_missing_top_level_parts():
    result = parse_profile("format = 1\n")
    assert sorted(paths(result.errors)) == ["organisation", "processing"]
    assert all(p.line is None for p in result.errors)


def test_missing_organisation_keys_point_at_header():
    text = "format = 1\n\n[organisation]\nname = \"X\"\n\n[[processing]]" + MINIMAL.split("[[processing]]", 1)[1]
    result = parse_profile(text)
    header = line_of(text, "[organisation]")
    assert {(p.path, p.line) for p in result.errors} == {
        ("organisation.slug", header), ("organisation.address", header),
        ("organisation.country", header), ("organisation.languages", header)}


@pytest.mark.parametrize("value, fragment", [
    ("[]", "at least one"),
    ('"nl"', 'write ["nl"]'),
    ('["nederlands"]', "language code"),
    ('["nl", 3]', "language code"),
])
def test_bad_languages(value, fragment):
    text = MINIMAL.replace('languages = ["nl", "fr"]', f"languages = {value}")
    result = parse_profile(text)
    assert result.errors and all(p.path.startswith("organisation.languages") for p in result.errors)
    assert any(fragment in p.message for p in result.errors)


@pytest.mark.parametrize("slug, ok", [("ab", True), ("a", False), ("a" * 40, True), ("a" * 41, False),
                                      ("eco-market-2", True), ("Eco", False), ("eco_market", False),
                                      ("éco", False)])
def test_slug_pattern(slug, ok):
    result = parse_profile(MINIMAL.replace('slug = "acme"', f'slug = "{slug}"'))
    assert result.ok is ok


@pytest.mark.parametrize("lines, ok", [(1, True), (5, True), (0, False), (6, False)])
def test_address_line_count(lines, ok):
    address = ", ".join(f'"line {n}"' for n in range(lines))
    result = parse_profile(MINIMAL.replace('address = ["Kerkstraat 1", "1000 Brussel"]', f"address = [{address}]"))
    assert result.ok is ok
    if not ok:
        assert paths(result.errors) == ["organisation.address"]


@pytest.mark.parametrize("days, ok", [(1, True), (28, True), (30, True), (31, True), (0, False), (-5, False),
                                      (32, False), (60, False)])
def test_deadline_days_bounds(days, ok):
    text = MINIMAL.replace("[[processing]]", f"[policy]\ndeadline_days = {days}\n\n[[processing]]", 1)
    result = parse_profile(text)
    assert result.ok is ok
    if days > 31:
        assert "later than the legal limit of one month" in result.errors[0].message


def test_booleans_are_not_numbers():
    text = MINIMAL.replace("[[processing]]", "[policy]\ncase_retention_years = true\n\n[[processing]]", 1)
    result = parse_profile(text)
    assert paths(result.errors) == ["policy.case_retention_years"]
    assert "true/false" in result.errors[0].message


def test_wrong_types_for_tables():
    text = 'format = 1\norganisation = "ACME"\nprocessing = "none"\nrecipient = 3\npolicy = []\n'
    result = parse_profile(text)
    assert {(p.path, p.line) for p in result.errors} == {
        ("organisation", 2), ("processing", 3), ("recipient", 4), ("policy", 5)}
    assert all("must" in p.message for p in result.errors)


def test_processing_needs_at_least_one():
    data = minimal_data()
    data["processing"] = []
    data["recipient"] = []
    result = check_profile_data(data)
    assert paths(result.errors) == ["processing"]


def test_recipient_role_and_country_required():
    data = minimal_data()
    data["recipient"][0] = {"id": "post", "name": "bpost"}
    result = check_profile_data(data)
    assert sorted(paths(result.errors)) == ["recipient[0].country", "recipient[0].role"]


def test_duplicate_recipient_ids():
    data = minimal_data()
    data["recipient"].append(dict(data["recipient"][0]))
    result = check_profile_data(data)
    assert paths(result.errors) == ["recipient[1].id"]


def test_text_field_shapes():
    data = minimal_data()
    activity = data["processing"][0]
    activity["name"] = {}
    activity["purposes"] = {"nl": "Levering"}
    activity["data"] = {"nl": ["naam", 3]}
    activity["retention"] = ["2 jaar"]
    activity["source"] = {"NL": "zelf"}
    activity["systems"] = "CRM"
    result = check_profile_data(data)
    assert sorted(paths(result.errors)) == [
        "processing[0].data.nl[1]", "processing[0].name", "processing[0].purposes.nl",
        "processing[0].retention", "processing[0].source.NL", "processing[0].systems"]
    assert 'write "nl"' in by_path(result.errors, "processing[0].source.NL")[0].message


def test_recipients_must_be_a_list_of_ids():
    data = minimal_data()
    data["processing"][0]["recipients"] = "post"
    result = check_profile_data(data)
    assert paths(result.errors) == ["processing[0].recipients"]
    assert 'write ["post"]' in result.errors[0].message


def test_values_toml_cannot_hold_are_errors():
    data = minimal_data()
    data["organisation"]["extra"] = None
    data["processing"][0]["notes"] = {"when": {1, 2}}
    result = check_profile_data(data)
    assert sorted(paths(result.errors)) == ["organisation.extra", "processing[0].notes.when"]
    data["organisation"]["registration"] = None
    assert "organisation.registration" in paths(check_profile_data(data).errors)


def test_not_a_table_at_all():
    result = check_profile_data(["format", 1])  # type: ignore[arg-type]
    assert not result.ok
    assert result.errors[0].message == "a profile must be a TOML table"


# ---------------------------------------------------------------------------------------------
# format


def test_newer_format_is_refused_alone():
    text = MINIMAL.replace("format = 1", "format = 2").replace('slug = "acme"', 'slug = "NOT OK"')
    result = parse_profile(text)
    assert not result.ok and result.profile is None
    [problem] = result.errors
    assert problem.path == "format" and problem.line == 1
    assert "newer version of DSAR Desk" in problem.message
    assert str(problem).startswith("line 1: format: is 2: this file needs a newer version")


@pytest.mark.parametrize("line, fragment", [("format = 0", "must be 1"), ('format = "1"', "must be the number 1"),
                                            ("", "is required")])
def test_bad_or_missing_format(line, fragment):
    result = parse_profile(MINIMAL.replace("format = 1", line))
    assert paths(result.errors) == ["format"]
    assert fragment in result.errors[0].message


# ---------------------------------------------------------------------------------------------
# TOML syntax errors and odd input: never an exception


@pytest.mark.parametrize("text, line", [
    ("format = 1\n[organisation]\nslug = \n", 3),
    ("format = 1\n\n\nname = \"unterminated\n", 4),
    ("format = 1\n[organisation]\n[organisation]\n", 3),
    ("format = 1\nlanguages = [\"nl\",\n", 2),
    ("format = 1\na = 1\na = 2\n", 3),
])
def test_toml_syntax_error_has_line(text, line):
    result = parse_profile(text)
    assert not result.ok and result.profile is None and result.warnings == []
    [problem] = result.errors
    assert problem.message.startswith("TOML syntax error: ")
    assert problem.line == line
    assert problem.path == ""
    assert str(problem) == f"line {line}: {problem.message}"


def test_byte_order_mark_is_accepted():
    assert parse_profile("\ufeff" + MINIMAL).ok


def test_bytes_and_bad_encoding():
    assert parse_profile(MINIMAL.encode()).ok  # type: ignore[arg-type]
    result = parse_profile(b"format = 1\n\xff\n")  # type: ignore[arg-type]
    assert result.errors[0].line == 2 and "UTF-8" in result.errors[0].message
    assert not parse_profile(None).ok  # type: ignore[arg-type]


def test_deep_nesting_does_not_raise():
    result = parse_profile("x = " + "[" * 5000 + "]" * 5000 + "\n")
    assert not result.ok


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(text):
    result = parse_profile(text)
    assert isinstance(result, ProfileCheck)
    assert not any("internal error" in p.message for p in result.errors)


def _mutations():
    """A valid profile with one part replaced by random junk."""
    junk = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
        max_leaves=8)
    where = st.sampled_from([
        ("organisation",), ("organisation", "slug"), ("organisation", "languages"), ("organisation", "address"),
        ("organisation", "country"), ("policy",), ("authority",), ("processing",), ("processing", 0),
        ("processing", 0, "name"), ("processing", 0, "purposes"), ("processing", 0, "recipients"),
        ("recipient",), ("recipient", 0), ("recipient", 0, "country"), ("format",), ("extra",),
    ])
    return st.tuples(where, junk)


@settings(max_examples=300, deadline=None)
@given(_mutations())
def test_random_data_never_raises(mutation):
    where, value = mutation
    data = minimal_data()
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    result = check_profile_data(data, MINIMAL)
    assert not any("internal error" in p.message for p in result.errors), result.errors
    if result.ok:
        again = parse_profile(dump_profile(result.profile))
        assert again.ok and again.profile.data == data


# ---------------------------------------------------------------------------------------------
# Warnings


def recipient_warning(country: str, safeguards: str | None = None) -> list[Problem]:
    data = minimal_data()
    data["recipient"][0]["country"] = country
    if safeguards is not None:
        data["recipient"][0]["safeguards"] = {"nl": safeguards, "fr": safeguards}
    result = check_profile_data(data)
    assert result.ok
    return [w for w in result.warnings if w.path == "recipient[0].country"]


def test_transfer_without_safeguards_or_adequacy_warns():
    [warning] = recipient_warning("IN")
    assert "IN" in warning.message and "adequacy" in warning.message and "safeguards" in warning.message


def test_us_recipient_without_safeguards_warns_despite_dpf():
    [warning] = recipient_warning("US")
    assert "Data Privacy Framework" in warning.message and "certified" in warning.message


@pytest.mark.parametrize("country", ["BE", "NO", "IS", "LI", "CH", "GB", "JP", "KR", "CA", "UY"])
def test_no_transfer_warning_in_eea_or_with_adequacy(country):
    assert recipient_warning(country) == []


@pytest.mark.parametrize("country", ["US", "IN", "CN"])
def test_safeguards_silence_the_transfer_warning(country):
    assert recipient_warning(country, "Standard contractual clauses") == []


def test_transfer_warning_line():
    head, tail = MINIMAL.rsplit('country = "BE"', 1)  # the recipient's country
    text = head + 'country = "IN"' + tail
    result = parse_profile(text)
    [warning] = by_path(result.warnings, "recipient[0].country")
    assert warning.line == line_of(text, 'country = "IN"')


def test_processing_without_recipients_warns_but_empty_list_does_not():
    text = MINIMAL.replace('recipients = ["post"]\n', "")
    result = parse_profile(text)
    assert result.ok
    missing = by_path(result.warnings, "processing[0].recipients")
    assert len(missing) == 1 and "no recipients" in missing[0].message
    assert missing[0].line == line_of(text, "[[processing]]")
    # and bpost is now named by nobody
    assert paths(result.warnings) == ["processing[0].recipients", "recipient[0].id"]
    explicit = parse_profile(MINIMAL.replace('recipients = ["post"]', "recipients = []"))
    assert by_path(explicit.warnings, "processing[0].recipients") == []


def test_unreferenced_recipient_warns():
    text = MINIMAL + '\n[[recipient]]\nid = "spare"\nname = "Spare"\nrole = "controller"\ncountry = "NL"\n'
    result = parse_profile(text)
    [warning] = result.warnings
    assert warning.path == "recipient[1].id"
    assert '"spare"' in warning.message
    assert warning.line == line_of(text, 'id = "spare"')


def test_missing_language_in_table_text_names_field_and_language():
    text = MINIMAL.replace('name = { nl = "Klanten", fr = "Clients" }', 'name = { nl = "Klanten" }')
    result = parse_profile(text)
    assert result.ok
    [warning] = result.warnings
    assert warning.path == "processing[0].name"
    assert "'fr'" in warning.message.replace('"', "'") and "nl" in warning.message
    assert warning.line == line_of(text, 'name = { nl = "Klanten" }')


def test_missing_language_in_text_list_and_default_language_missing():
    text = MINIMAL.replace('data = { nl = ["naam"], fr = ["nom"] }', 'data = { fr = ["nom"] }')
    result = parse_profile(text)
    [warning] = result.warnings
    assert warning.path == "processing[0].data"
    assert '"nl"' in warning.message and 'use the "fr" one' in warning.message


def test_plain_string_in_bilingual_profile_lacks_the_other_language():
    text = MINIMAL.replace('retention = { nl = "2 jaar", fr = "2 ans" }', 'retention = "2 jaar"')
    result = parse_profile(text)
    [warning] = result.warnings
    assert warning.path == "processing[0].retention"
    assert '"fr"' in warning.message


def test_plain_strings_in_single_language_profile_are_fine():
    assert profile_in("BE", ["nl"]).warnings == []


def test_extra_languages_are_welcome():
    text = MINIMAL.replace('name = { nl = "Klanten", fr = "Clients" }',
                           'name = { nl = "Klanten", fr = "Clients", en = "Customers" }')
    result = parse_profile(text)
    assert result.ok and result.warnings == []
    assert result.profile.text(result.profile.processing[0]["name"], "en") == Localized("Customers", "en", False)


def test_list_lengths_that_differ_between_languages_warn():
    text = MINIMAL.replace('purposes = { nl = ["Levering"], fr = ["Livraison"] }',
                           'purposes = { nl = ["Levering", "Retouren"], fr = ["Livraison"] }')
    [warning] = parse_profile(text).warnings
    assert warning.path == "processing[0].purposes" and "different lengths" in warning.message


def test_unknown_keys_warn_and_are_kept():
    text = MINIMAL.replace('legal_basis = "contract"', 'legal_basis = "contract"\nlegal_basis_note = "x"\n'
                                                       'retension = "typo"')
    text = text.replace("format = 1", "format = 1\ncolour = \"green\"")
    result = parse_profile(text)
    assert result.ok
    assert sorted(paths(result.warnings)) == ["colour", "processing[0].legal_basis_note", "processing[0].retension"]
    typo = by_path(result.warnings, "processing[0].retension")[0]
    assert 'did you mean "retention"' in typo.message
    assert typo.line == line_of(text, "retension")
    exported = parse_profile(dump_profile(result.profile))
    assert exported.profile.data["colour"] == "green"
    assert exported.profile.data["processing"][0]["retension"] == "typo"


def test_zero_free_requests_warns():
    text = MINIMAL.replace("[[processing]]", "[policy]\nfree_requests_per_year = 0\n\n[[processing]]", 1)
    result = parse_profile(text)
    assert result.ok
    assert paths(result.warnings) == ["policy.free_requests_per_year"]
    assert "Art. 15(3)" in result.warnings[0].message


def test_odd_email_warns():
    text = MINIMAL.replace('country = "BE"', 'country = "BE"\nemail = "privacy at acme"', 1)
    assert paths(parse_profile(text).warnings) == ["organisation.email"]


def test_recipient_listed_twice_warns():
    text = MINIMAL.replace('recipients = ["post"]', 'recipients = ["post", "post"]')
    assert paths(parse_profile(text).warnings) == ["processing[0].recipients[1]"]


# ---------------------------------------------------------------------------------------------
# Line numbers in tricky TOML


def test_lines_with_dotted_keys_inline_tables_and_multiline_values():
    text = textwrap.dedent('''\
        # a comment with [brackets] and "quotes"
        format = 1

        [organisation]
        slug = "acme"   # trailing comment
        "name" = "ACME [BV] # not a comment"
        address = [
            "Kerkstraat 1",   # first
            '1000 Brussel',
        ]
        country = "BE"
        languages = [
          "nl",
          "fr",
          "NL",
        ]
        dpo = """
        Mr. [DPO]
        dpo@acme.example"""
        phone = 5

        [[processing]]
        id = "customers"
        name.nl = "Klanten"
        name.fr = "Clients"
        purposes = { nl = ["Levering"], fr = ["Livraison"] }
        data.nl = [
            "naam",
            3,
        ]
        data.fr = ["nom"]
        legal_basis = 'contract'
        retention = { nl = "2 jaar", fr = "2 ans" }
        recipients = [
            "post",
            "nobody",
        ]

        [[recipient]]
        id = "post"
        name = "bpost"
        role = "processor"
        country = "US"
        ''')
    result = parse_profile(text)
    got = {p.path: p.line for p in result.errors}
    assert got == {
        "organisation.languages[2]": line_of(text, '"NL",'),
        "processing[0].data.nl[1]": line_of(text, "    3,"),
        "processing[0].recipients[1]": line_of(text, '"nobody",'),
        "organisation.phone": line_of(text, "phone = 5"),
    }
    # (no language warnings: the language list itself is wrong)
    assert {p.path: p.line for p in result.warnings} == {"recipient[0].country": line_of(text, 'country = "US"'),
                                                         "organisation.registration": line_of(text, '"name" = ')}


def test_subtable_headers_and_quoted_keys():
    text = textwrap.dedent('''\
        format = 1

        [organisation]
        slug = "acme"
        name = "ACME"
        address = ["x"]
        country = "BE"
        languages = ["nl"]

        [[processing]]
        id = "a"
        purposes = ["p"]
        data = ["d"]
        legal_basis = "contract"
        retention = "r"
        recipients = []

        [processing.name]
        nl = "A"
        "x y" = "?"

        [[processing]]
        id = "b"
        name = "B"
        purposes = ["p"]
        data = ["d"]
        legal_basis = "kontrakt"
        retention = "r"
        recipients = []
        ''')
    result = parse_profile(text)
    assert {(p.path, p.line) for p in result.errors} == {
        ('processing[0].name."x y"', line_of(text, '"x y" = "?"')),
        ("processing[1].legal_basis", line_of(text, 'legal_basis = "kontrakt"')),
    }


def test_check_profile_data_without_text_has_no_lines():
    data = minimal_data()
    data["organisation"]["slug"] = "X"
    result = check_profile_data(data)
    assert [(p.path, p.line) for p in result.errors] == [("organisation.slug", None)]
    assert str(result.errors[0]) == "organisation.slug: " + result.errors[0].message


def test_check_profile_data_with_text_finds_lines():
    text = MINIMAL.replace('slug = "acme"', 'slug = "A C M E"')
    result = check_profile_data(tomllib.loads(text), text)
    assert [(p.path, p.line) for p in result.errors] == [("organisation.slug", line_of(text, "slug ="))]


def test_path_str():
    assert path_str(("processing", 1, "name", "fr")) == "processing[1].name.fr"
    assert path_str(("organisation", "x y")) == 'organisation."x y"'
    assert path_str(()) == ""


def test_problem_str():
    assert str(Problem("processing[1].legal_basis", "must be one of: x", 12)) == \
        "line 12: processing[1].legal_basis: must be one of: x"
    assert str(Problem("format", "is required", None)) == "format: is required"


# ---------------------------------------------------------------------------------------------
# Export


def test_dump_keeps_everything_including_unknown_types():
    data = minimal_data()
    data["generated"] = datetime.datetime(2026, 1, 31, 12, 0, tzinfo=datetime.timezone.utc)
    data["ratio"] = 0.5
    data["tags"] = ["a", "b"]
    data["meta"] = {"owner": "Jan", "since": datetime.date(2020, 2, 29), "nested": {"x": [1, 2]}}
    data["extras"] = [{"a": 1}, {"a": 2}]
    data["organisation"]["dpo"] = {"nl": 'Line 1\nLine "2"\t\\ \u0001 \u007f', "fr": "é"}
    data["processing"][0]["weird key"] = {"k.e.y": True}
    result = check_profile_data(data)
    assert result.ok, result.errors
    text = dump_profile(result.profile)
    again = parse_profile(text)
    assert again.ok, again.errors
    assert again.profile.data == data


def test_dump_writes_spec_order_and_readable_layout():
    data = minimal_data()
    data["organisation"]["slug"] = "acme"
    data = {"recipient": data["recipient"], "processing": data["processing"],
            "organisation": data["organisation"], "format": 1}
    text = dump_profile(check_profile_data(data).profile)
    assert text.index("format = 1") < text.index("[organisation]") < text.index("[[processing]]") \
        < text.index("[[recipient]]")
    assert 'name = { nl = "Klanten", fr = "Clients" }' in text
    assert all(len(line) <= 100 or '"' in line for line in text.splitlines())


def test_dump_long_texts_use_dotted_keys_and_multiline_lists():
    data = minimal_data()
    long_nl, long_fr = "Levering " * 10, "Livraison " * 10
    data["processing"][0]["retention"] = {"nl": long_nl, "fr": long_fr}
    data["processing"][0]["purposes"] = {"nl": [long_nl, "b"], "fr": [long_fr, "b"]}
    text = dump_profile(check_profile_data(data).profile)
    assert "retention.nl = " in text and "retention.fr = " in text
    assert "purposes.nl = [\n" in text
    assert parse_profile(text).profile.data == data


def test_dump_profile_data_equals_dump_profile():
    p = parse_profile(MINIMAL).profile
    assert dump_profile_data(p.data) == dump_profile(p)


def test_dump_does_not_change_the_data():
    p = parse_profile(sample_text("ecomarket")).profile
    before = copy.deepcopy(p.data)
    dump_profile(p)
    assert p.data == before


# ---------------------------------------------------------------------------------------------
# Countries


def test_country_sets():
    assert len(countries.EU) == 27
    assert countries.EEA == countries.EU | {"IS", "LI", "NO"}
    assert len(countries.ISO_COUNTRIES) == 249
    assert countries.EEA <= countries.ISO_COUNTRIES
    assert countries.ADEQUACY <= countries.ISO_COUNTRIES
    assert not countries.ADEQUACY & countries.EEA
    assert {"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"} <= countries.ADEQUACY


def test_country_functions():
    assert countries.is_eea("BE") and countries.is_eea("NO") and not countries.is_eea("CH")
    assert countries.has_adequacy("CH") and countries.has_adequacy("GB")
    assert not countries.has_adequacy("US")  # DPF: certified organisations only
    assert "US" in countries.PARTIAL_ADEQUACY
    assert not countries.has_adequacy("BE")  # the EEA needs no decision
    assert countries.is_valid_country("GB")
    for bad in ("UK", "EL", "gb", "XK", "", "BEL", None, 7):
        assert not countries.is_valid_country(bad)
        assert not countries.is_eea(bad)
    assert countries.COUNTRY_HINTS == {"UK": "GB", "EL": "GR"}


def test_country_hints_in_messages():
    text = MINIMAL.replace('country = "BE"\nlanguages', 'country = "UK"\nlanguages', 1)
    result = parse_profile(text)
    assert "did you mean \"GB\"" in by_path(result.errors, "organisation.country")[0].message


# ---------------------------------------------------------------------------------------------
# The floor: plain Python only


def test_profile_module_imports_no_qt_or_database():
    code = ("import sys, dsar_desk.domain.profile, dsar_desk.domain.countries; "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'peewee', 'reportlab')]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# ---------------------------------------------------------------------------------------------
# Issue 15: keys for letters a lawyer would sign; gaps are warnings, never errors


def test_new_keys_are_optional_and_every_older_profile_stays_valid():
    for name in ("ecomarket", "ecomail", "maildrop"):
        assert parse_profile(sample_text(name)).ok
    text = MINIMAL.replace('country = "BE"\nlanguages', 'place = { nl = "Brussel", fr = "Bruxelles" }\n'
                                                       'country = "BE"\nlanguages', 1)
    text += textwrap.dedent('''
        email = "privacy@bpost.be"

        [[controller]]
        id = "stad"
        name = { nl = "Stad Brussel", fr = "Ville de Bruxelles" }
        address = ["Grote Markt 1", "1000 Brussel"]
        ''')
    result = parse_profile(text)
    assert result.ok and result.warnings == [], [str(w) for w in result.warnings]
    p = result.profile
    assert p.text(p.place, "fr").text == "Bruxelles"
    assert p.controllers["stad"]["address"] == ["Grote Markt 1", "1000 Brussel"]
    assert p.recipients["post"]["email"] == "privacy@bpost.be"
    assert parse_profile(dump_profile(p)).profile.data == p.data


@pytest.mark.parametrize(("country", "register"), [("NL", "KvK"), ("BE", "KBO/BCE"), ("FR", "SIREN/RCS")])
def test_a_missing_company_number_warns_naming_the_register(country, register):
    text = MINIMAL.replace('registration = "0123.456.789"\n', "").replace('country = "BE"\nlanguages',
                                                                         f'country = "{country}"\nlanguages', 1)
    result = parse_profile(text)
    [warning] = by_path(result.warnings, "organisation.registration")
    assert result.ok and warning.message.code == "profile.registration-missing" and register in warning.message


def test_recipient_categories_automated_decisions_and_policy_wording_warn():
    text = MINIMAL.replace('name = "bpost"\n', 'name = "Postal operators"\ncategory = true\n', 1).replace(
        'retention = { nl = "2 jaar", fr = "2 ans" }',
        'retention = { nl = "2 jaar", fr = "2 ans" }\n'
        'source = { nl = "De gebruiker zelf", fr = "L\'Utilisateur lui-même" }\n'
        'automated_decisions = { nl = "Een score", fr = "Un score" }\nautomated_art22 = true', 1)
    result = parse_profile(text)
    assert result.ok
    codes = {w.path: w.message.code for w in result.warnings}
    assert codes["recipient[0].category"] == "profile.recipient-category"
    assert "C-154/21" in by_path(result.warnings, "recipient[0].category")[0].message
    assert codes["processing[0].automated_art22"] == "profile.automated-logic-missing"
    assert codes["processing[0].source"] == "profile.third-person"
    vague = parse_profile(MINIMAL.replace('{ nl = "2 jaar", fr = "2 ans" }',
                                          '{ nl = "Zo lang als nodig", fr = "Aussi longtemps que nécessaire" }'))
    assert [w.message.code for w in vague.warnings] == ["profile.retention-vague"]
    unknown = parse_profile(MINIMAL.replace('recipients = ["post"]\n', ""))
    assert "profile.recipients-unknown" in [w.message.code for w in unknown.warnings]


def test_translatable_recipient_names_lack_no_language_as_plain_strings():
    text = MINIMAL.replace('name = "bpost"', 'name = { nl = "De Post", fr = "La Poste" }', 1)
    result = parse_profile(text)
    assert result.ok and result.warnings == []
    assert result.profile.recipient_name(result.profile.recipients["post"], "fr") == "La Poste"
    assert parse_profile(MINIMAL).warnings == []  # "bpost": the same name in every language
