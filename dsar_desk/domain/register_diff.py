"""What changes between two versions of an organisation profile, in words a clerk reads.

    for line in diff_profiles(old.data, new.data):
        print(line)      # "recipient 'bpost': country BE → US"

Used before an import over an existing organisation (the clerk sees what changes before
applying) and to explain register versions. Plain Python.
"""

from __future__ import annotations

import json
from typing import Any

_SECTIONS = ("organisation", "policy", "authority")
_MAX_SHOWN = 60


def _short(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        text = value
    else:
        text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN - 1] + "…"


def _table_changes(prefix: str, old: dict, new: dict) -> list[str]:
    out = []
    for key in list(old) + [k for k in new if k not in old]:
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        if key not in new:
            out.append(f"{prefix}{key} removed (was {_short(a)})")
        elif key not in old:
            out.append(f"{prefix}{key} added: {_short(b)}")
        else:
            out.append(f"{prefix}{key}: {_short(a)} → {_short(b)}")
    return out


def _by_id(items: Any) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for n, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, dict):
            out[str(item.get("id", f"#{n + 1}"))] = item
    return out


def diff_profiles(old: dict, new: dict) -> list[str]:
    """One line per change: organisation, policy and authority keys, activities and recipients
    added, removed or changed (with the keys that changed). Empty when the data are the same."""
    out: list[str] = []
    for section in _SECTIONS:
        a, b = old.get(section), new.get(section)
        if a == b:
            continue
        if a is None:
            out.append(f"[{section}] added")
        elif b is None:
            out.append(f"[{section}] removed")
        else:
            out += _table_changes(f"{section}.", a if isinstance(a, dict) else {}, b if isinstance(b, dict) else {})
    for section, noun in (("processing", "activity"), ("recipient", "recipient")):
        a, b = _by_id(old.get(section)), _by_id(new.get(section))
        for pid in a:
            if pid not in b:
                out.append(f"{noun} '{pid}' removed")
        for pid in b:
            if pid not in a:
                out.append(f"{noun} '{pid}' added")
            elif a[pid] != b[pid]:
                out += _table_changes(f"{noun} '{pid}': ", a[pid], b[pid])
        if list(a) != list(b) and set(a) == set(b):
            out.append(f"order of the {noun} entries changed")
    for key in sorted(set(old) | set(new)):
        if key in (*_SECTIONS, "processing", "recipient"):
            continue
        if old.get(key) != new.get(key):
            out.append(f"{key}: {_short(old.get(key))} → {_short(new.get(key))}")
    return out
