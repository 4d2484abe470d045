"""Collect the interface's translatable strings into resources/translations/*.ts and compile .qm.

    .venv/bin/python packaging/update_translations.py            update the .ts files, compile the .qm
    .venv/bin/python packaging/update_translations.py --check    exit 1 if anything is out of date

Why not pyside6-lupdate: it puts our module-level ``tr("...")`` (dsar_desk.ui.text.tr, context
"dsar_desk") in an empty or wrong context, and it cannot see labels that the interface
translates at display time (``tr(STATUS_LABELS[status])``). This script reads the code with
Python's ``ast``:

- ``tr("...")`` imported from dsar_desk.ui.text → context "dsar_desk"; ``tr("...", n)`` is a
  plural (numerus) message;
- ``self.tr("...")`` / ``self.tr("...", disambiguation, n)`` inside ``class X`` → context X;
- ``QCoreApplication.translate("ctx", "...", disambiguation, n)`` → context ctx;
- ``tr(TABLE[key])``, ``tr(TABLE.get(key, default))``: TABLE is found where it is defined (this
  module or the module it is imported from; a dict literal, a list of pairs, or ``dict(OTHER)``)
  and every label in it becomes a message of the calling context.

The .ts files (TS 2.1, what Qt Linguist reads and writes) are merged, never regenerated:
finished translations are kept, messages no longer in the code become ``obsolete`` (their
translation kept, in case they return), new ones are ``unfinished``. Locations name the file
only (no line numbers), so editing a screen does not churn the .ts files.

Messages of the rules (domain, store, desk, letters, mail and the secrets/vault modules) are
``msg("code", "template", ...)`` calls (dsar_desk.domain.messages): each becomes an entry of the
context "messages" with the template as source and the code as disambiguation, which is how
dsar_desk.ui.messages looks it up. A new coded entry whose template was translated before codes
came in (the same sentence with %1, %2 for its values) takes over that translation.

The .qm files are compiled with ``pyside6-lrelease -nounfinished`` and committed next to the
.ts: ``pip install .`` then needs no Qt tool. ``--check`` (run by tests/unit/test_translations.py)
fails when the code has a string the .ts lacks, when an entry is unfinished, or when a .qm is
not what lrelease makes of its .ts.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "dsar_desk"
UI = PACKAGE / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}
# English is the language of the code: its .ts holds only the plural messages ("%n day(s)" →
# "1 day", "3 days").
PLURALS_ONLY = {"en"}
TEXT_CONTEXT = "dsar_desk"  # dsar_desk.ui.text.tr


@dataclass
class Message:
    context: str
    source: str
    numerus: bool = False
    comment: str = ""
    files: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


# Calls that put text on screen, and how many of their first arguments are text.
SHOWN = {
    "setText": 1, "setWindowTitle": 1, "setPlaceholderText": 1, "setToolTip": 1, "setStatusTip": 1,
    "setTitle": 1, "addItem": 1, "insertItem": 2, "addTab": 2, "setTabText": 2, "addMenu": 1,
    "showMessage": 1, "setHeaderLabels": 1, "setSuffix": 1, "setPrefix": 1, "setLabelText": 1,
    "QLabel": 1, "QPushButton": 1, "QCheckBox": 1, "QRadioButton": 1, "QGroupBox": 1, "QAction": 1,
    "QDockWidget": 1, "QToolButton": 1, "addButton": 1, "addRow": 1, "QListWidgetItem": 1,
    "message": 3, "ask": 3,  # dsar_desk.ui.seam.message(parent, title, text), ask(parent, title, text)
}
NOT_WORDS = {"DSAR Desk", "SHA-256", "PDF", "JSON", "MRZ", "EUR", "€"}
_LETTERS = re.compile(r"[A-Za-z]{2}")
_CODE = re.compile(r"^[a-z0-9_.@-]+$")  # an identifier, an example address: not words


class Problems(list):
    def add(self, path: Path, node: ast.AST, what: str) -> None:
        self.append(f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}: {what}")


# -- reading the code ---------------------------------------------------------------------------
def _module_path(module: str) -> Path | None:
    candidate = ROOT.joinpath(*module.split("."))
    for path in (candidate.with_suffix(".py"), candidate / "__init__.py"):
        if path.is_file():
            return path
    return None


_TREES: dict[Path, ast.Module] = {}


def _tree(path: Path) -> ast.Module:
    if path not in _TREES:
        _TREES[path] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return _TREES[path]


def _imports(tree: ast.Module) -> dict[str, tuple[str, str]]:
    """name used here → (module, name there), for ``from X import name [as alias]``."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                found[alias.asname or alias.name] = (node.module, alias.name)
    return found


def _assignment(tree: ast.Module, name: str) -> ast.expr | None:
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id == name:
                    return node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return node.value
    return None


def _table(value: ast.expr | None, path: Path, depth: int = 0) -> list[tuple[str | None, str]] | None:
    """A table of display labels as (key, label) pairs: a dict literal (key → label), a list or
    tuple of pairs (code, label), or a list or tuple of plain labels (key None)."""
    if depth > 4 or value is None:
        return None
    if isinstance(value, ast.Dict):
        pairs = []
        for k, v in zip(value.keys, value.values, strict=True):
            if k is None:  # {**OTHER_TABLE, ...}: that table's labels too
                inner = _table(v, path, depth + 1)
                if inner is None:
                    return None
                pairs += inner
            else:
                pairs.append((_string(k), _string(v)))
        return pairs if all(v is not None for _, v in pairs) else None
    if isinstance(value, ast.List | ast.Tuple):
        pairs = []
        for item in value.elts:
            if isinstance(item, ast.Tuple) and len(item.elts) >= 2 and _string(item.elts[1]) is not None:
                pairs.append((_string(item.elts[0]), _string(item.elts[1])))
            elif _string(item) is not None:
                pairs.append((None, _string(item)))
            else:
                return None
        return pairs
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict" and value.args:
        return _table(value.args[0], path, depth + 1)
    if isinstance(value, ast.Name):
        return _table_named(value.id, path, depth + 1)
    return None


def _table_named(name: str, path: Path, depth: int = 0) -> list[tuple[str | None, str]] | None:
    tree = _tree(path)
    value = _assignment(tree, name)
    if value is not None:
        return _table(value, path, depth)
    imported = _imports(tree).get(name)
    if imported:
        there = _module_path(imported[0])
        if there:
            return _table_named(imported[1], there, depth)
    return None


def _labels_of_name(node: ast.expr | None, path: Path) -> list[str] | None:
    if not isinstance(node, ast.Name):
        return None
    table = _table_named(node.id, path)
    return [label for _, label in table] if table is not None else None


def _table_of(arg: ast.expr) -> ast.Name | None:
    """``TABLE[key]`` or ``TABLE.get(key, ...)`` → TABLE."""
    if isinstance(arg, ast.Subscript) and isinstance(arg.value, ast.Name):
        return arg.value
    if (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "get"
            and isinstance(arg.func.value, ast.Name)):
        return arg.func.value
    return None


def _loop_labels(target: ast.expr, iterable: ast.expr, path: Path) -> dict[str, list[str]]:
    """The labels a loop variable takes: ``for label in TABLE.values()``, ``for code, label in
    TABLE.items()``, ``for (code, label) in PAIRS``, ``for label in LABELS``."""
    method = None
    if (isinstance(iterable, ast.Call) and isinstance(iterable.func, ast.Attribute)
            and iterable.func.attr in ("items", "values", "keys") and not iterable.args):
        method, iterable = iterable.func.attr, iterable.func.value
    if not isinstance(iterable, ast.Name):
        return {}
    table = _table_named(iterable.id, path)
    if table is None:
        return {}
    keys = [k for k, _ in table if k is not None]
    labels = [v for _, v in table]
    if isinstance(target, ast.Name):
        if method == "values" or (method is None and all(k is None for k, _ in table)):
            return {target.id: labels}
        return {target.id: keys}
    if isinstance(target, ast.Tuple) and len(target.elts) == 2 and method in (None, "items"):
        found = {}
        for name, values in zip(target.elts, (keys, labels), strict=True):
            if isinstance(name, ast.Name):
                found[name.id] = values
        return found
    return {}


def _string(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, found: dict, problems: Problems):
        self.path = path
        self.found = found
        self.problems = problems
        self.classes: list[str] = []
        self.loops: dict[str, list[str]] = {}
        imports = _imports(_tree(path))
        # the names under which dsar_desk.ui.text.tr is called in this module
        self.text_tr = {name for name, (module, there) in imports.items()
                        if module == "dsar_desk.ui.text" and there == "tr"}
        if path == UI / "text.py":
            self.text_tr.add("tr")

    def _with_loop(self, node: ast.AST, targets: list[tuple[ast.expr, ast.expr]]) -> None:
        added = {}
        for target, iterable in targets:
            added.update(_loop_labels(target, iterable, self.path))
        saved = {name: self.loops.get(name) for name in added}
        self.loops.update(added)
        self.generic_visit(node)
        for name, old in saved.items():
            if old is None:
                self.loops.pop(name, None)
            else:
                self.loops[name] = old

    def visit_For(self, node: ast.For) -> None:
        self._with_loop(node, [(node.target, node.iter)])

    def _visit_comprehension(self, node) -> None:
        self._with_loop(node, [(g.target, g.iter) for g in node.generators])

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        args = list(node.args)
        keywords = {k.arg: k.value for k in node.keywords}
        self._check_shown(node)
        if isinstance(func, ast.Name) and func.id in self.text_tr:
            context, source, plural = TEXT_CONTEXT, args[0] if args else None, len(args) > 1 or "n" in keywords
            comment = ""
        elif (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
              and func.value.id in ("self", "cls")):
            if not self.classes:
                self.problems.add(self.path, node, "self.tr outside a class")
                return
            context, source = self.classes[-1], args[0] if args else None
            plural = len(args) > 2 or "n" in keywords
            comment = _string(args[1]) if len(args) > 1 else _string(keywords.get("disambiguation"))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and isinstance(func.value, ast.Name) and func.value.id in ("QCoreApplication", "QApplication")):
            context = _string(args[0]) if args else None
            if context is None:
                self.problems.add(self.path, node, "QCoreApplication.translate with a context that is not a literal")
                return
            source = args[1] if len(args) > 1 else None
            comment = _string(args[2]) if len(args) > 2 else ""
            plural = len(args) > 3 or "n" in keywords
        else:
            return
        if source is None:
            return
        text = _string(source)
        if text is not None:
            self._add(context, text, plural, comment or "")
            return
        table = _table_of(source)
        labels = _labels_of_name(table, self.path) if table is not None else None
        if labels is None and isinstance(source, ast.Name) and source.id in self.loops:
            labels = self.loops[source.id]
        if labels is None:
            if self._is_passed_through(source):
                return
            self.problems.add(self.path, node, f"cannot read the text translated here ({ast.unparse(source)})")
            return
        for label in labels:
            self._add(context, label, plural, comment or "")

    def _check_shown(self, node: ast.Call) -> None:
        """Words handed to a widget without tr(): they would stay English."""
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name not in SHOWN:
            return
        for arg in node.args[:SHOWN[name]]:
            if isinstance(arg, ast.JoinedStr):
                words = "".join(v.value for v in arg.values if isinstance(v, ast.Constant))
            else:
                words = _string(arg)
            if words and _LETTERS.search(words) and words.strip() not in NOT_WORDS and not _CODE.match(words):
                self.problems.add(self.path, node, f"shown without tr(): {ast.unparse(arg)[:60]}")

    @staticmethod
    def _is_passed_through(source: ast.expr) -> bool:
        """``tr(text)`` inside a helper like ``def tr(text)`` itself: nothing to collect."""
        return isinstance(source, ast.Name) and source.id in ("text", "source", "message")

    def _add(self, context: str, text: str, plural: bool, comment: str) -> None:
        key = (context, text, comment)
        message = self.found.get(key)
        if message is None:
            message = self.found[key] = Message(context, text, plural, comment)
        message.numerus = message.numerus or plural
        message.files.add(str(self.path.relative_to(ROOT)))


def ui_files() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def collect() -> tuple[dict[tuple[str, str, str], Message], Problems]:
    """Every translatable string of the interface, by (context, source, disambiguation)."""
    _TREES.clear()
    found: dict[tuple[str, str, str], Message] = {}
    problems = Problems()
    for path in ui_files():
        try:
            tree = _tree(path)
        except SyntaxError as exc:  # a screen being written by someone right now
            problems.append(f"{path.relative_to(ROOT)}: cannot be parsed ({exc.msg}, line {exc.lineno})")
            continue
        _Collector(path, found, problems).visit(tree)
    coded, clashes = collect_coded()
    problems += clashes
    for code, (template, files) in coded.items():
        found[(MESSAGE_CONTEXT, template, code)] = Message(MESSAGE_CONTEXT, template, False, code, files)
    return found, problems


# -- coded messages: msg("code", "template", ...) ----------------------------------------------------
CODED_SOURCES = ("domain", "store", "desk", "letters", "mail")
CODED_FILES = ("vault.py", "secrets.py")


def coded_files() -> list[Path]:
    files = [PACKAGE / name for name in CODED_FILES if (PACKAGE / name).is_file()]
    for folder in CODED_SOURCES:
        if (PACKAGE / folder).is_dir():
            files += sorted(p for p in (PACKAGE / folder).rglob("*.py") if "__pycache__" not in p.parts)
    return files


def collect_coded() -> tuple[dict[str, tuple[str, set[str]]], list[str]]:
    """code -> (template, files) of every ``msg(code, template)`` of the rule layers; and the
    problems: a code used with two templates, a code or template that is not a literal."""
    coded: dict[str, tuple[str, set[str]]] = {}
    problems: list[str] = []
    for path in coded_files():
        rel = str(path.relative_to(ROOT))
        for node in ast.walk(_tree(path)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"):
                continue
            args = node.args[:2]
            if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                problems.append(f"{rel}:{node.lineno}: msg() needs a literal code and template")
                continue
            code, template = args[0].value, args[1].value
            if code in coded and coded[code][0] != template:
                problems.append(f"{rel}:{node.lineno}: the code {code!r} is used with two templates")
                continue
            coded.setdefault(code, (template, set()))[1].add(rel)
    return coded, problems


_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([^{}!:]*)(![rsa])?(:[^{}]*)?\}")


def uncoded_template(template: str) -> tuple[str, list[str]]:
    """The template as the uncoded extractor wrote it ("'%1' is not an email address"), and the
    placeholders (``{email}``, ``{day:long}``) that %1, %2, ... stand for."""
    names, number = [], 0

    def put(m: re.Match) -> str:
        nonlocal number
        if m.group(0) in ("{{", "}}"):
            return m.group(0)[0]
        number += 1
        names.append("{" + m.group(1) + (m.group(2) or "") + (m.group(3) or "") + "}")
        return f"%{number}"

    text = _PLACEHOLDER.sub(lambda m: put(m) if m.group(0) not in ("{{", "}}") else m.group(0)[0],
                            template.replace("%", "%%"))
    return text, names


def carried_translation(translation: str, names: list[str]) -> str | None:
    """An uncoded translation with %1, %2 turned back into the coded template's placeholders."""
    text = translation.replace("{", "{{").replace("}", "}}").replace("%%", "\0")
    missing = []

    def put(m: re.Match) -> str:
        number = int(m.group(1))
        if not 0 < number <= len(names):
            missing.append(number)
            return m.group(0)
        return names[number - 1]

    text = re.sub(r"%(\d)", put, text).replace("\0", "%")
    return None if missing else text


# -- the messages of the rules ------------------------------------------------------------------------
MESSAGE_CONTEXT = "messages"

# -- the .ts files --------------------------------------------------------------------------------
@dataclass
class Entry:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    kind: str = "unfinished"  # "" (finished), "unfinished", "obsolete", "vanished"
    forms: list[str] = field(default_factory=list)  # one, or several for numerus messages
    files: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"dsar_desk_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"dsar_desk_{language}.qm"


def read_ts(path: Path) -> dict[tuple[str, str, str], Entry]:
    entries: dict[tuple[str, str, str], Entry] = {}
    if not path.is_file():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms, kind = [], "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
            entry = Entry(name, message.findtext("source") or "", message.findtext("comment") or "",
                          numerus, kind, forms,
                          [loc.get("filename", "") for loc in message.iter("location")])
            entries[entry.key] = entry
    return entries


def wanted(found: dict[tuple[str, str, str], Message], language: str) -> dict[tuple[str, str, str], Message]:
    if language in PLURALS_ONLY:
        return {key: m for key, m in found.items() if m.numerus}
    return found


def merge(entries: dict[tuple[str, str, str], Entry], found: dict[tuple[str, str, str], Message],
          language: str) -> dict[tuple[str, str, str], Entry]:
    found = wanted(found, language)
    merged: dict[tuple[str, str, str], Entry] = {}
    forms_needed = 2  # nl and fr both have two plural forms (one / other)
    by_source = {(e.source, e.numerus): e for e in entries.values() if e.kind == "" and any(e.forms)}
    for key, message in found.items():
        old = entries.get(key)
        files = sorted(f"../../{f}" for f in message.files)
        carried = None
        if old is None and key[0] == MESSAGE_CONTEXT and key[2]:  # a coded message: its uncoded past
            template, names = uncoded_template(message.source)
            before = entries.get((MESSAGE_CONTEXT, template, ""))
            if before is not None and before.kind in ("", "obsolete") and before.forms and before.forms[0]:
                carried = carried_translation(before.forms[0], names)
        if carried is not None:
            kind, forms = "", [carried]
        elif old is not None and old.numerus == message.numerus:
            kind = "unfinished" if old.kind in ("obsolete", "vanished") else old.kind
            if kind == "" and not all(old.forms):
                kind = "unfinished"
            forms = old.forms
        else:
            same = by_source.get((message.source, message.numerus))  # same text in another context
            kind, forms = "unfinished", list(same.forms) if same else []
        if message.numerus:
            forms = (forms + [""] * forms_needed)[:forms_needed]
        else:
            forms = forms[:1] or [""]
        merged[key] = Entry(message.context, message.source, message.comment, message.numerus, kind, forms, files)
    for key, old in entries.items():
        if key not in merged and any(old.forms):
            merged[key] = Entry(old.context, old.source, old.comment, old.numerus, "obsolete", old.forms, [])
    return merged


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def render_ts(entries: dict[tuple[str, str, str], Entry], language: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en_GB">']
    contexts: dict[str, list[Entry]] = {}
    for entry in entries.values():
        contexts.setdefault(entry.context, []).append(entry)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for entry in sorted(contexts[name], key=lambda e: (e.source.casefold(), e.source, e.comment)):
            lines.append('    <message numerus="yes">' if entry.numerus else "    <message>")
            for filename in entry.files:
                lines.append(f'        <location filename="{_escape(filename)}"/>')
            lines.append(f"        <source>{_escape(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <comment>{_escape(entry.comment)}</comment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            if entry.numerus:
                lines.append(f"        <translation{kind}>")
                for form in entry.forms:
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(entry.forms[0] if entry.forms else '')}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# -- compiling --------------------------------------------------------------------------------------
def lrelease() -> str:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    for candidate in (str(here), shutil.which("pyside6-lrelease"), shutil.which("lrelease")):
        if candidate and Path(candidate).exists():
            return candidate
    raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials in this environment")


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


# -- checks -------------------------------------------------------------------------------------------
def problems_of(language: str, found: dict[tuple[str, str, str], Message]) -> list[str]:
    """What is wrong with the .ts/.qm of ``language``: missing, unfinished, stale."""
    problems = []
    path = ts_path(language)
    entries = read_ts(path)
    if not entries:
        return [f"{path.relative_to(ROOT)} is missing: run packaging/update_translations.py"]
    for key, message in sorted(wanted(found, language).items()):
        entry = entries.get(key)
        if entry is None or entry.kind in ("obsolete", "vanished") or entry.numerus != message.numerus:
            problems.append(f"{language}: not in the .ts: [{key[0]}] {key[1]!r}")
        elif entry.kind == "unfinished" or not all(entry.forms):
            problems.append(f"{language}: unfinished: [{key[0]}] {key[1]!r}")
    qm = qm_path(language)
    if not qm.is_file():
        problems.append(f"{qm.relative_to(ROOT)} is missing")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / qm.name
            compile_qm(path, fresh)
            if fresh.read_bytes() != qm.read_bytes():
                problems.append(f"{qm.relative_to(ROOT)} is not compiled from the current .ts")
    return problems


def update(languages: list[str]) -> list[str]:
    found, problems = collect()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    report = list(problems)
    for language in languages:
        path = ts_path(language)
        merged = merge(read_ts(path), found, language)
        text = render_ts(merged, language)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        compile_qm(path, qm_path(language))
        kinds = [e.kind for e in merged.values()]
        report.append(f"{path.relative_to(ROOT)}: {kinds.count('')} finished, {kinds.count('unfinished')} "
                      f"unfinished, {kinds.count('obsolete')} obsolete")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    if args.check:
        found, problems = collect()
        for language in args.languages:
            problems += problems_of(language, found)
        for line in problems:
            print(line)
        print(f"{len(found)} messages; {len(problems)} problem(s)")
        return 1 if problems else 0
    for line in update(args.languages):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
