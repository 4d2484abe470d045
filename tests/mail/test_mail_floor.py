"""The mail floor: plain Python, no Qt, no database; of ours it imports only domain and mail."""

import ast
import subprocess
import sys
from pathlib import Path

import dsar_desk

MAIL = Path(dsar_desk.__file__).parent / "mail"


def test_mail_imports_no_qt_and_no_peewee():
    modules = [f"dsar_desk.mail.{p.stem}" for p in sorted(MAIL.glob("*.py")) if p.stem != "__init__"]
    assert len(modules) >= 9
    code = ("import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'peewee', "
              "'dsar_desk.store', 'dsar_desk.ui', 'dsar_desk.desk')))\nprint(bad)\nsys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mail_uses_only_domain_and_mail_of_ours():
    for path in MAIL.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                if name.startswith("dsar_desk"):
                    assert name.startswith(("dsar_desk.domain", "dsar_desk.mail")), f"{path.name}: {name}"


def test_every_message_has_a_literal_code_and_one_template():
    """msg(code, template, ...) calls: literal, a code always with the same template, the values
    given exactly the template's placeholders (so the GUI can translate by code)."""
    from dsar_desk.domain.messages import placeholders

    seen: dict[str, str] = {}
    count = 0
    for path in sorted(MAIL.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                code, template = node.args[0], node.args[1]
                assert isinstance(code, ast.Constant) and isinstance(template, ast.Constant), path.name
                assert code.value.startswith("mail."), code.value
                assert seen.setdefault(code.value, template.value) == template.value, code.value
                assert set(placeholders(template.value)) == {k.arg for k in node.keywords}, code.value
                count += 1
    assert count > 50
