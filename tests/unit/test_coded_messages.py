"""Issue 11: the profile and letter-content packages keep their public names, and every message
they give the clerk carries a stable code (the English text unchanged)."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

import dsar_desk
from dsar_desk.desk import cases as desk
from dsar_desk.desk import letters as ldesk
from dsar_desk.domain.messages import Message, from_json, to_json
from dsar_desk.store import models

ROOT = Path(dsar_desk.__file__).parent

PROFILE_NAMES = ("FORMAT", "LEGAL_BASES", "IDENTITY_CHECKS", "RECIPIENT_ROLES", "LANGUAGE_CODES", "POLICY_DEFAULTS",
                 "POLICY_LIMITS", "Problem", "ProfileCheck", "Profile", "Localized", "LocalizedList", "Authority",
                 "parse_profile", "check_profile_data", "dump_profile", "dump_profile_data", "is_valid_language",
                 "path_str")
LETTER_NAMES = ("LETTER_KINDS", "LETTER_LANGUAGES", "DISCLOSING_KINDS", "ERASURE_EXCEPTIONS", "RESTRICTION_GROUNDS",
                "PLACEHOLDERS", "LOCAL_PLACEHOLDERS", "LetterError", "LetterRequest", "LetterLayout", "Heading",
                "Paragraph", "BulletList", "KeyValueTable", "AddressBlock", "Block", "Sender", "Signature",
                "LetterContent", "letters_dir", "load_texts", "placeholders", "french_typography",
                "format_letter_date", "country_name", "city_of", "portability_file_names", "portability_annex",
                "suggest_kind", "build_letter")


@pytest.mark.parametrize(("module", "names"), [("dsar_desk.domain.profile", PROFILE_NAMES),
                                               ("dsar_desk.domain.letter_content", LETTER_NAMES)])
def test_every_public_name_is_still_imported_from_the_package(module, names):
    package = __import__(module, fromlist=["x"])
    missing = [n for n in names if not hasattr(package, n)]
    assert missing == []
    assert (ROOT / module.split(".", 1)[1].replace(".", "/") / "__init__.py").is_file()


def _functions_over(limit: int, folder: Path) -> list[str]:
    long = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > limit:
                long.append(f"{path.name}:{node.name}")
    return long


def test_the_packages_have_no_function_over_sixty_lines():
    assert _functions_over(60, ROOT / "domain" / "profile") == []
    assert _functions_over(60, ROOT / "domain" / "letter_content") == []


def _msg_calls() -> list[tuple[str, str, str]]:
    calls = []
    for path in ROOT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant) for a in node.args[:2])):
                calls.append((node.args[0].value, node.args[1].value, path.name))
    return calls


def test_a_code_always_goes_with_one_template():
    templates: dict[str, set[str]] = {}
    for code, template, _ in _msg_calls():
        templates.setdefault(code, set()).add(template)
    assert len(templates) > 80
    assert {c: t for c, t in templates.items() if len(t) > 1} == {}


def test_profile_problems_are_coded_and_read_as_before():
    from dsar_desk.domain.profile import parse_profile

    text = (ROOT.parent / "resources" / "samples" / "ecomarket.toml").read_text(encoding="utf-8")
    bad = text.replace('country = "BE"', 'country = "UK"', 1).replace('identity = "signed-letter"',
                                                                     'identity = "passport"')
    check = parse_profile(bad)
    assert not check.ok
    assert all(isinstance(p.message, Message) and p.message.code.startswith("profile.") for p in check.problems)
    country = next(p for p in check.errors if p.path == "organisation.country")
    assert country.message.code == "profile.country-invalid"
    assert str(country) == f'line {country.line}: organisation.country: "UK" is not an ISO 3166-1 alpha-2 country ' \
                           'code in capitals (did you mean "GB"?)'
    syntax = parse_profile("format = = 1")
    assert syntax.errors[0].message.code == "profile.toml-syntax"


def test_letter_errors_and_gaps_are_coded():
    from dsar_desk.domain.letter_content import LetterError, build_letter
    from dsar_desk.domain.profile import parse_profile
    from tests.unit.test_letter_content import PROFILE_TOML, request

    profile = parse_profile(PROFILE_TOML).profile
    with pytest.raises(LetterError) as exc:
        build_letter(request("refusal", "en", refusal_reasons=""), profile)
    assert exc.value.message.code == "letter.refusal-no-reasons"
    assert str(exc.value).startswith("A refusal needs its reasons")
    content = build_letter(request("acknowledgement", "en", requester_address=[]), profile)
    assert [m.code for m in content.missing] == ["letter.requester-no-postal-address"]
    assert all(m.code.startswith("letter.fell-back") for m in content.fell_back)


def test_the_stored_letter_report_keeps_the_codes_and_older_plain_reports_still_read(samples):
    from dsar_desk.domain.cases import CaseDraft

    case = desk.create_case(CaseDraft(organisation="ecomarket", name="Zoë Ørsted", email="z@example.dk", address=[],
                                       country="", language="fr", rights=["access"], channel="email",
                                       received=date.today(), summary=""), "Anna Clerk")
    letter = ldesk.make_letter(case, "acknowledgement", None, "Anna Clerk")
    stored = json.loads(letter.report)["missing"]
    assert stored and all(item["code"] and item["template"] for item in stored)
    [gap] = [m for m in letter.report_data["missing"] if m.code == "letter.requester-no-postal-address"]
    assert gap == "no postal address of the requester: this letter can go by e-mail, not by post"
    # a letter made before issue 11 stored plain sentences
    old = json.dumps({"fell_back": ["processing 'x' name (nl)"], "missing": ["an older gap"], "not_concerned": ["a"]})
    data = models.Letter(report=old).report_data
    assert data == {"fell_back": ["processing 'x' name (nl)"], "missing": ["an older gap"], "not_concerned": ["a"]}
    assert from_json(to_json(gap)).code == gap.code
