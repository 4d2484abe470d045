"""Writing a profile back as TOML text (keys in the spec's order, unknown keys kept)."""

from __future__ import annotations

import tomli_w

from dsar_desk.domain.profile.model import _BARE_KEY_RE, FORMAT, Profile

_WIDTH = 100
_SECTIONS = ("organisation", "policy", "authority", "processing", "recipient", "controller")


def dump_profile(profile: Profile) -> str:
    """The profile as TOML text: parse_profile(dump_profile(p)).profile.data == p.data."""
    return dump_profile_data(profile.data)


def dump_profile_data(data: dict) -> str:
    """TOML text for profile data (keys in the spec's order, unknown keys kept).

    Language tables are written inline (`name = { nl = "...", fr = "..." }`) when they fit on a
    line, else as dotted keys (`name.nl = "..."`); long lists one item a line.
    """
    out: list[str] = [f"# DSAR Desk organisation profile (profile-format.md, format {data.get('format', FORMAT)})"]
    tables: list[tuple[str, object, bool]] = []
    if "format" in data:
        out.append(f"format = {_scalar(data['format'])}")
    for key, value in data.items():
        if key == "format":
            continue
        if isinstance(value, dict):
            continue
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            continue
        out.extend(_keyvalue([key], value))
    for key in _SECTIONS:
        if key in data:
            tables.append((key, data[key], isinstance(data[key], list)))
    for key, value in data.items():
        if key in _SECTIONS or key == "format":
            continue
        if isinstance(value, dict):
            tables.append((key, value, False))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            tables.append((key, value, True))
    for key, value, is_array in tables:
        header = _key(key)
        if is_array:
            for item in value:
                out.append("")
                out.append(f"[[{header}]]")
                for k, v in item.items():
                    out.extend(_keyvalue([k], v))
        else:
            out.append("")
            out.append(f"[{header}]")
            for k, v in value.items():
                out.extend(_keyvalue([k], v))
    return "\n".join(out) + "\n"


def _key(key: str) -> str:
    return key if _BARE_KEY_RE.fullmatch(key) else _string(key)


def _keyvalue(keys: list[str], value: object) -> list[str]:
    name = ".".join(_key(k) for k in keys)
    if isinstance(value, dict) and value:
        line = f"{name} = {_inline(value)}"
        if len(line) <= _WIDTH:
            return [line]
        out = []
        for k, v in value.items():
            out.extend(_keyvalue([*keys, k], v))
        return out
    if isinstance(value, list) and value:
        line = f"{name} = {_inline(value)}"
        if len(line) <= _WIDTH:
            return [line]
        return [f"{name} = [", *(f"    {_inline(item)}," for item in value), "]"]
    return [f"{name} = {_inline(value)}"]


def _inline(value: object) -> str:
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_inline(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_inline(v) for v in value) + "]"
    if isinstance(value, str):
        return _string(value)
    return _scalar(value)


def _string(s: str) -> str:
    """A TOML basic string, escaping what TOML requires (controls, quote, backslash)."""
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _scalar(value: object) -> str:
    """Numbers, booleans, dates and times, formatted by tomli_w."""
    text = tomli_w.dumps({"v": value})
    return text.split("=", 1)[1].strip()
