"""The floors of the house (docs/architecture.md): who may import whom, no Qt below the UI, no
import cycle anywhere in dsar_desk."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dsar_desk

ROOT = Path(dsar_desk.__file__).parent

# What each floor may import of ours (besides itself). Modules at the top of the package (paths,
# settings, secrets, vault, resources, selfcheck) are named one by one.
ALLOWED = {
    "domain": {"resources"},
    "store": {"domain", "paths", "resources", "__init__"},
    "letters": {"domain", "resources"},
    "mail": {"domain", "resources"},
    "desk": {"domain", "store", "letters", "mail", "secrets", "vault", "settings", "paths", "resources"},
    "cli": {"domain", "store", "letters", "mail", "desk", "settings", "paths", "selfcheck", "resources", "vault",
            "secrets", "__init__"},
    "ui": {"domain", "store", "letters", "mail", "desk", "settings", "paths", "resources", "secrets", "vault",
           "selfcheck", "__init__"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def our_imports(path: Path) -> set[str]:
    """Every dsar_desk module ``path`` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("dsar_desk")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else []))
            if not base.startswith("dsar_desk"):
                continue
            for alias in node.names:  # `from dsar_desk.store import cases` imports the module cases
                candidate = f"{base}.{alias.name}"
                found.add(candidate if _is_module(candidate) else base)
    return found


def _is_module(name: str) -> bool:
    rel = Path(*name.split("."))
    return (ROOT.parent / rel).with_suffix(".py").is_file() or (ROOT.parent / rel / "__init__.py").is_file()


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in ROOT.rglob("*.py")}


def floor(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_each_floor_imports_only_the_floors_below_it():
    wrong = []
    for name, path in all_modules().items():
        own = floor(name)
        if own not in ALLOWED:
            continue
        for target in our_imports(path):
            other = floor(target)
            if other != own and other not in ALLOWED[own]:
                wrong.append(f"{name} imports {target}")
    assert not wrong, "\n".join(sorted(wrong))


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components: each component of more than one module is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in list(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_module_of_dsar_desk_takes_part_in_an_import_cycle():
    modules = all_modules()
    graph = {name: {t for t in our_imports(path) if t in modules and t != name} for name, path in modules.items()}
    cycles = find_cycles(graph)
    assert not cycles, "import cycles: " + "; ".join(" <-> ".join(c) for c in cycles)
    assert len(graph) > 60


def test_the_cycle_finder_finds_cycles_and_only_cycles():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_domain_store_letters_desk_and_cli_import_no_qt():
    modules = []
    for floor_name in ("domain", "store", "letters", "desk", "cli", "mail"):
        for path in sorted((ROOT / floor_name).glob("*.py")) if (ROOT / floor_name).is_dir() else []:
            modules.append(module_name(path))
    modules += ["dsar_desk.vault", "dsar_desk.secrets", "dsar_desk.settings", "dsar_desk.paths"]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules) + \
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\nprint(bad)\n" \
        "sys.exit(1 if bad else 0)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(modules) >= 40


ORM_CALLS = {"select", "update", "delete", "insert", "insert_many", "create", "get", "get_or_none", "get_by_id", "raw",
             "atomic", "execute_sql", "delete_instance", "save"}


def orm_uses(path: Path) -> list[str]:
    """Calls like ``Case.select(...)`` or ``database.atomic()`` on names imported from the models,
    and any import of peewee."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    models: set[str] = set()
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "dsar_desk.store.models":
            models |= {a.asname or a.name for a in node.names}
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            uses += [f"imports {n}" for n in names if n.split(".")[0] == "peewee"]
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ORM_CALLS
                and isinstance(node.func.value, ast.Name) and node.func.value.id in models):
            uses.append(f"line {node.lineno}: {node.func.value.id}.{node.func.attr}()")
    return uses


def test_no_orm_query_in_the_ui():
    """The UI reads through store queries and writes through desk: no peewee query of its own."""
    offenders = [f"{path.name} {use}" for path in sorted((ROOT / "ui").glob("*.py")) for use in orm_uses(path)]
    assert not offenders, offenders


def test_the_orm_check_sees_a_query(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from dsar_desk.store.models import Letter\nLetter.select().where(Letter.kind == 'x')\n")
    assert orm_uses(sample) == ["line 2: Letter.select()"]
