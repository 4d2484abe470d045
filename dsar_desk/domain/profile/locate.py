"""Line numbers: where each key (and array element) of a profile is in its TOML text.

tomllib gives no positions, so a small scanner of the same grammar finds them, best effort.
"""

from __future__ import annotations

import json
import re

from dsar_desk.domain.profile.model import _BARE_KEY_RE, Path

# --------------------------------------------------------------------------------------------
# Line numbers

class Locator:
    """Finds the line of each key (and array element) in TOML text, as tomllib gives none.

    A small scanner over the same grammar: table headers, [[array]] headers, dotted and quoted
    keys, inline tables, arrays over several lines, all four kinds of strings. Best effort: on
    anything it does not understand it stops and keeps what it found.
    """

    def __init__(self, text: str):
        self.text = text
        self.i = 0
        self.line = 1
        self.lines: dict[Path, int] = {}
        self.arrays: dict[Path, int] = {}  # [[array]] path -> tables seen so far
        try:
            self._document()
        except Exception:  # noqa: BLE001 - best effort, the parse itself is tomllib's job
            pass

    def find(self, path: Path) -> int | None:
        """The line of `path`, else of its nearest ancestor that has one (the table header)."""
        for n in range(len(path), 0, -1):
            line = self.lines.get(tuple(path[:n]))
            if line is not None:
                return line
        return None

    # scanning helpers
    def _peek(self, n: int = 1) -> str:
        return self.text[self.i:self.i + n]

    def _advance(self, n: int = 1) -> str:
        chunk = self.text[self.i:self.i + n]
        self.line += chunk.count("\n")
        self.i += n
        return chunk

    def _spaces(self) -> None:
        while self._peek() in (" ", "\t") and self._peek():
            self.i += 1

    def _blank(self) -> None:
        """Spaces, newlines and comments."""
        while self.i < len(self.text):
            c = self._peek()
            if c in " \t\r\n":
                self._advance()
            elif c == "#":
                end = self.text.find("\n", self.i)
                self.i = len(self.text) if end < 0 else end
            else:
                return

    def _expect(self, s: str) -> None:
        if self._peek(len(s)) != s:
            raise ValueError(f"expected {s!r} at line {self.line}")
        self._advance(len(s))

    def _record(self, path: Path, line: int) -> None:
        self.lines.setdefault(path, line)

    # grammar
    def _document(self) -> None:
        context: Path = ()
        while True:
            self._blank()
            if self.i >= len(self.text):
                return
            line = self.line
            if self._peek(2) == "[[":
                self._advance(2)
                self._spaces()
                keys = self._key()
                self._spaces()
                self._expect("]]")
                array = (*self._resolve(keys[:-1]), keys[-1])
                count = self.arrays.get(array, 0)
                self.arrays[array] = count + 1
                context = (*array, count)
                self._record(array, line)
                self._record(context, line)
            elif self._peek() == "[":
                self._advance()
                self._spaces()
                keys = self._key()
                self._spaces()
                self._expect("]")
                context = self._resolve(keys)
                self._record(context, line)
            else:
                self._keyvalue(context)
            self._spaces()
            if self._peek() == "#":
                self._blank()

    def _resolve(self, keys: list[str]) -> Path:
        """A header's keys as a path, with the current index of each [[array]] on the way."""
        path: list = []
        for key in keys:
            path.append(key)
            if tuple(path) in self.arrays:
                path.append(self.arrays[tuple(path)] - 1)
        return tuple(path)

    def _keyvalue(self, base: Path) -> None:
        line = self.line
        keys = self._key()
        for n in range(1, len(keys) + 1):
            self._record((*base, *keys[:n]), line)
        self._spaces()
        self._expect("=")
        self._spaces()
        self._value((*base, *keys))

    def _key(self) -> list[str]:
        keys = []
        while True:
            self._spaces()
            c = self._peek()
            if c == '"':
                keys.append(json.loads(toml_to_json_string(self._basic_string()), strict=False))
            elif c == "'":
                keys.append(self._literal_string()[1:-1])
            else:
                m = _BARE_KEY_RE.match(self.text, self.i)
                if not m:
                    raise ValueError(f"no key at line {self.line}")
                keys.append(m.group())
                self.i = m.end()
            self._spaces()
            if self._peek() != ".":
                return keys
            self._advance()

    def _value(self, path: Path) -> None:
        c = self._peek()
        if c == '"':
            if self._peek(3) == '"""':
                self._multiline('"""')
            else:
                self._basic_string()
        elif c == "'":
            if self._peek(3) == "'''":
                self._multiline("'''")
            else:
                self._literal_string()
        elif c == "[":
            self._advance()
            index = 0
            while True:
                self._blank()
                if self._peek() == "]":
                    self._advance()
                    return
                self._record((*path, index), self.line)
                self._value((*path, index))
                self._blank()
                if self._peek() == ",":
                    self._advance()
                    index += 1
                    continue
                self._expect("]")
                return
        elif c == "{":
            self._advance()
            while True:
                self._blank()
                if self._peek() == "}":
                    self._advance()
                    return
                self._keyvalue(path)
                self._blank()
                if self._peek() == ",":
                    self._advance()
                    continue
                self._expect("}")
                return
        else:
            m = re.compile(r"[^,\]}#\r\n]+").match(self.text, self.i)
            if not m:
                raise ValueError(f"no value at line {self.line}")
            self.i = m.end()

    def _basic_string(self) -> str:
        start = self.i
        self._advance()
        while True:
            c = self._peek()
            if c in ("", "\n"):
                raise ValueError("unterminated string")
            self._advance()
            if c == "\\":
                self._advance()
            elif c == '"':
                return self.text[start:self.i]

    def _literal_string(self) -> str:
        end = self.text.index("'", self.i + 1)
        s = self.text[self.i:end + 1]
        self._advance(end + 1 - self.i)
        return s

    def _multiline(self, delim: str) -> None:
        self._advance(3)
        while True:
            if self.i >= len(self.text):
                raise ValueError("unterminated string")
            if delim == '"""' and self._peek() == "\\":
                self._advance(2)
                continue
            if self._peek(3) == delim:
                self._advance(3)
                extra = 0
                while self._peek() == delim[0] and extra < 2:
                    self._advance()
                    extra += 1
                return
            self._advance()


def toml_to_json_string(s: str) -> str:
    """A TOML basic string (with quotes) as JSON, for json.loads: \\U and \\e need care."""
    def fix(m: re.Match) -> str:
        esc = m.group()
        if esc.startswith("\\U"):
            return json.dumps(chr(int(esc[2:], 16)))[1:-1]
        if esc == "\\e":
            return "\\u001b"
        return esc
    return re.sub(r"\\U[0-9A-Fa-f]{8}|\\.", fix, s)
