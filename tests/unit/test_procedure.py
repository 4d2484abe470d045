"""The organisation's written procedure: drawn from its profile and settings, in its languages, versioned."""

from __future__ import annotations

import string
from datetime import date

import pytest

from dsar_desk.desk import procedure as store_procedure
from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain.procedure import PROCEDURE_LANGUAGES, ProcedureSettings, build_procedure, load_texts
from dsar_desk.domain.profile import parse_profile
from dsar_desk.resources import resource
from dsar_desk.store.organisations import export_profile

SETTINGS = ProcedureSettings(register_version=3, register_date=date(2026, 2, 2), handlers=("Anna Clerk (DPO)",),
                             pause_rule="suspend", reminder_days=10, generated_on=date(2026, 3, 1))


def sample(name: str, policy: str = ""):
    text = resource("samples", f"{name}.toml").read_text(encoding="utf-8")
    if policy:
        text = text.replace("[policy]\n", f"[policy]\n{policy}\n", 1) if "[policy]" in text else \
            text.replace("[[processing]]", f"[policy]\n{policy}\n\n[[processing]]", 1)
    check = parse_profile(text)
    assert check.ok, check.errors
    return check.profile


def section(procedure, key):
    return next(s for s in procedure.sections if s.key == key)


def test_the_belgian_sample_in_dutch_and_french():
    profile = sample("ecomarket")  # signed letter, one free request a year, no promise, defaults elsewhere
    nl = build_procedure(profile, SETTINGS, "nl")
    fr = build_procedure(profile, SETTINGS, "fr")
    assert nl.title == "Procedure voor de behandeling van verzoeken van betrokkenen"
    assert nl.version_line.startswith("Versie 3 van 2 februari 2026")
    assert fr.version_line.startswith("Version 3 du 2 février 2026")
    assert [s.key for s in nl.sections] == ["purpose", "who", "channels", "identity", "deadlines", "answer",
                                            "records", "review"]
    assert "ondertekende brief" in " ".join(section(nl, "identity").paragraphs)
    assert "lettre signée" in " ".join(section(fr, "identity").paragraphs)
    assert "Anna Clerk (DPO)" in section(nl, "who").paragraphs[0]
    assert "geen functionaris voor gegevensbescherming" in " ".join(section(nl, "who").paragraphs)
    assert "Rue des Garennes 70, 1170 Brussel" in " ".join(section(nl, "channels").items)
    deadlines = " ".join(section(nl, "deadlines").paragraphs)
    assert "geen kortere termijn" in deadlines and "België" in deadlines and "twee maanden" in deadlines
    assert "opgeschort" in " ".join(section(nl, "identity").paragraphs)
    assert "na 10 dagen" in " ".join(section(nl, "identity").paragraphs)
    answer = " ".join(section(nl, "answer").paragraphs)
    assert "versie 3: 8 verwerkingsactiviteiten, 5 ontvangers" in answer  # the sample's register
    assert "Nederlands en Frans" in answer and "1 keer per twaalf maanden" in answer
    assert "Gegevensbeschermingsautoriteit" in answer
    assert "Autorité de protection des données" in " ".join(section(fr, "answer").paragraphs)
    assert "5 jaar na de afsluiting" in " ".join(section(nl, "records").paragraphs)
    assert "dès que la vérification est enregistrée" in " ".join(section(fr, "identity").paragraphs)


def test_the_policy_of_the_profile_changes_the_text():
    profile = sample("ecomail", "id_copy_retention_days = 30\ncase_retention_years = 3")  # asks an ID copy, 30 days
    en = build_procedure(profile, ProcedureSettings(register_version=1, pause_rule="restart", subdivision="6AE"), "en")
    text = en.text()
    assert "copy of an identity document; the reason why lesser means are not enough is recorded" in text
    assert "no longer than 30 days after the check" in text
    assert "within 30 days, never later than the legal limit" in text
    assert "the month runs again from the day the proof arrives" in text
    assert "where the organisation is established (France, region 6AE)" in text  # Alsace-Moselle
    assert "kept 3 years after it was closed" in text
    assert "Commission Nationale de l'Informatique et des Libertés (CNIL)" in text  # the default for France


def test_another_language_falls_back_to_english_and_says_so():
    german = build_procedure(sample("ecomarket"), SETTINGS, "de")
    assert german.language == "en" and german.fell_back
    assert "not yet written in German" in german.generated_line


def test_the_three_languages_have_the_same_texts_and_placeholders():
    def shape(value, path=()):
        if isinstance(value, dict):
            return {k: shape(v, path + (k,)) for k, v in value.items()}
        if isinstance(value, list):
            return [shape(v, path) for v in value]
        return sorted({name for _, name, _, _ in string.Formatter().parse(value) if name})

    english = shape(load_texts("en"))
    for language in PROCEDURE_LANGUAGES:
        assert shape(load_texts(language)) == english, language


def test_a_new_register_version_is_a_new_procedure(samples):
    first = store_procedure.procedure_for("ecomarket", "nl", today=date(2026, 3, 1))
    import_profile(export_profile("ecomarket").replace("[policy]\n", "[policy]\ndeadline_days = 25\n", 1))
    second = store_procedure.procedure_for("ecomarket", "nl", today=date(2026, 3, 1))
    assert (first.register_version, second.register_version) == (1, 2)
    assert second.version_line.startswith("Versie 2 van ")
    assert "binnen 25 dagen" in second.text() and "binnen 25 dagen" not in first.text()
    assert [p.language for p in store_procedure.procedures_for("ecomarket")] == ["nl", "fr"]
    with pytest.raises(LookupError):
        store_procedure.procedure_for("nobody")
