"""The floors of the house: domain, store and letters never import Qt."""

import subprocess
import sys
from pathlib import Path

import dsar_desk

ROOT = Path(dsar_desk.__file__).parent


def test_domain_store_letters_import_no_qt():
    modules = []
    for floor in ("domain", "store", "letters"):
        for path in sorted((ROOT / floor).glob("*.py")):
            if path.stem != "__init__":
                modules.append(f"dsar_desk.{floor}.{path.stem}")
    modules += ["dsar_desk.cli", "dsar_desk.vault", "dsar_desk.secrets", "dsar_desk.settings", "dsar_desk.paths"]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + \
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\nprint(bad)\n" \
        "sys.exit(1 if bad else 0)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 10


def test_domain_imports_nothing_of_ours_but_domain():
    for path in (ROOT / "domain").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip().startswith(("from dsar_desk", "import dsar_desk")):
                assert "dsar_desk.domain" in line, f"{path.name}: {line}"
