"""The Dutch and French translations: complete, faithful to their placeholders, compiled.

The extractor (packaging/update_translations.py) reads the interface's code; these tests fail
when a screen has a string the .ts files lack, when an entry is unfinished, when a translation
drops a placeholder or an accelerator, or when a .qm is not compiled from its .ts.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "update_translations.py"
PLACEHOLDER = re.compile(r"%n|%\d|\{[A-Za-z0-9_]*\}")


def load_tool():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["update_translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return load_tool()


def messages(language: str):
    root = ET.parse(ROOT / "resources" / "translations" / f"dsar_desk_{language}.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            yield context.findtext("name"), message.findtext("source"), translation.get("type", ""), forms


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_no_entry_is_unfinished_or_empty(language):
    entries = list(messages(language))
    assert len(entries) > 300, "the .ts holds the whole interface"
    unfinished = [(c, s) for c, s, kind, forms in entries if kind == "unfinished" or
                  (kind != "obsolete" and not all(f.strip() for f in forms))]
    assert unfinished == []


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_translations_are_not_the_english_text(language):
    """A translator who copied the source would pass the 'finished' test: most entries differ."""
    entries = [(s, forms) for _, s, kind, forms in messages(language) if kind == ""]
    same = [s for s, forms in entries if forms == [s] and PLACEHOLDER.sub("", s).strip(" :.,-—…#()") and len(s) > 12]
    assert len(same) < 0.02 * len(entries), same


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_placeholders_and_accelerators_are_kept(language):
    wrong = []
    for context, source, kind, forms in messages(language):
        if kind == "obsolete":
            continue
        wanted = sorted(PLACEHOLDER.findall(source))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append((context, source, form))
            if re.search(r"&[^&\s]", source) and len(re.findall(r"&[^&\s]", form)) != 1:
                wrong.append((context, source, form))
    assert wrong == []


def test_plural_forms_for_every_language(tool):
    found, _ = tool.collect()
    plurals = {key for key, message in found.items() if message.numerus}
    assert ("dsar_desk", "%n day(s) left", "") in plurals
    for language in ("nl", "fr", "en"):
        numerus = {(c, s, "") for c, s, kind, forms in messages(language) if len(forms) == 2 and kind == ""}
        assert plurals <= numerus, language


def test_every_string_of_the_code_is_translated_and_the_qm_are_compiled(tool):
    """The check the lead runs before a release: also fails on tr() of text it cannot read."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_the_extractor_finds_contexts_plurals_and_label_tables(tool, tmp_path, monkeypatch):
    """Our tr() goes to the context "dsar_desk", self.tr() to its class, tables are read where defined."""
    ui = tmp_path / "dsar_desk" / "ui"
    ui.mkdir(parents=True)
    (tmp_path / "dsar_desk" / "labels.py").write_text('COLOURS = {"r": "Red", "g": "Green"}\n'
                                                      'PAIRS = [("a", "Alpha"), ("b", "Beta")]\n')
    (ui / "screen.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from dsar_desk.labels import COLOURS, PAIRS\n"
        "from dsar_desk.ui.text import tr\n"
        "HEADERS = dict(PAIRS)\n"
        "class Screen:\n"
        "    def build(self, n):\n"
        "        self.tr('Own words')\n"
        "        tr('%n apple(s)', n)\n"
        "        tr(COLOURS[n])\n"
        "        self.tr(HEADERS.get(n, n))\n"
        "        QCoreApplication.translate('Other', 'Elsewhere')\n"
        "        [tr(label) for label in COLOURS.values()]\n"
        "        self.label.setText('Forgotten')\n"
        "        tr(n.attribute)\n")
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "UI", ui)
    monkeypatch.setattr(tool, "PACKAGE", tmp_path / "dsar_desk")
    found, problems = tool.collect()
    keys = {(c, s): m.numerus for (c, s, _), m in found.items()}
    assert keys == {
        ("Screen", "Own words"): False,
        ("dsar_desk", "%n apple(s)"): True,
        ("dsar_desk", "Red"): False,
        ("dsar_desk", "Green"): False,
        ("Screen", "Alpha"): False,
        ("Screen", "Beta"): False,
        ("Other", "Elsewhere"): False,
    }
    assert any("shown without tr()" in p and "Forgotten" in p for p in problems)
    assert any("cannot read the text translated here (n.attribute)" in p for p in problems)


def test_merging_keeps_translations_and_marks_removed_ones_obsolete(tool, tmp_path):
    message = tool.Message
    old = {
        ("dsar_desk", "Kept", ""): tool.Entry("dsar_desk", "Kept", "", False, "", ["Behouden"]),
        ("dsar_desk", "Gone", ""): tool.Entry("dsar_desk", "Gone", "", False, "", ["Weg"]),
    }
    found = {
        ("dsar_desk", "Kept", ""): message("dsar_desk", "Kept", files={"dsar_desk/ui/a.py"}),
        ("Dialog", "Kept", ""): message("Dialog", "Kept", files={"dsar_desk/ui/b.py"}),
        ("dsar_desk", "New", ""): message("dsar_desk", "New", files={"dsar_desk/ui/a.py"}),
    }
    merged = tool.merge(old, found, "nl")
    assert (merged[("dsar_desk", "Kept", "")].kind, merged[("dsar_desk", "Kept", "")].forms) == ("", ["Behouden"])
    # the same text in another context is offered, but a translator confirms it
    assert (merged[("Dialog", "Kept", "")].kind, merged[("Dialog", "Kept", "")].forms) == ("unfinished", ["Behouden"])
    assert merged[("dsar_desk", "New", "")].kind == "unfinished"
    assert (merged[("dsar_desk", "Gone", "")].kind, merged[("dsar_desk", "Gone", "")].forms) == ("obsolete", ["Weg"])
    path = tmp_path / "x.ts"
    path.write_text(tool.render_ts(merged, "nl"), encoding="utf-8")
    assert tool.read_ts(path) == merged  # what is written reads back the same


def test_coded_messages_of_the_rules_are_collected_by_code(tool):
    coded, problems = tool.collect_coded()
    assert problems == []
    assert coded["case.email-address"][0] == "'{email}' is not an email address"
    assert coded["case.already-extended"][0] == "the case is already extended"
    assert "dsar_desk/domain/cases.py" in coded["case.email-address"][1]
    # in the .ts: context "messages", the template as source, the code as disambiguation
    entries = tool.read_ts(tool.ts_path("fr"))
    entry = entries[("messages", "'{email}' is not an email address", "case.email-address")]
    assert entry.kind == "" and "{email}" in entry.forms[0]


def test_a_code_with_two_templates_is_refused(tool, tmp_path, monkeypatch):
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "x.py").write_text(
        'from dsar_desk.domain.messages import msg\n'
        'A = msg("x.same", "one text")\nB = msg("x.same", "another text")\nC = msg("x." + "dyn", "t")\n')
    monkeypatch.setattr(tool, "PACKAGE", tmp_path)
    monkeypatch.setattr(tool, "ROOT", tmp_path)
    monkeypatch.setattr(tool, "CODED_FILES", ())
    tool._TREES.clear()
    coded, problems = tool.collect_coded()
    assert coded == {"x.same": ("one text", {"domain/x.py"})}
    assert any("used with two templates" in p for p in problems)
    assert any("literal code and template" in p for p in problems)
    tool._TREES.clear()


def test_a_translation_made_before_codes_carries_over(tool):
    template, names = tool.uncoded_template("{name} is larger than {mb} MB; {{not}} {day:long}")
    assert template == "%1 is larger than %2 MB; {not} %3"
    assert names == ["{name}", "{mb}", "{day:long}"]
    assert tool.carried_translation("%1 is groter dan %2 MB ({x}) %3", names) == \
        "{name} is groter dan {mb} MB ({{x}}) {day:long}"
    assert tool.carried_translation("%1 en %4", names) is None  # a number the template does not have
