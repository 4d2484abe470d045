"""Text typed or imported by people: what may be stored and printed safely.

Names, addresses and other single-line fields refuse control characters (they could move the
cursor or rewrite a terminal line when printed) and the Unicode bidirectional overrides and
isolates (U+202A-U+202E, U+2066-U+2069: "RTL override" text that displays differently from what it
is). Multi-line fields (a summary, a note) accept line breaks and tabs, nothing else of that kind.
"""

from __future__ import annotations

import unicodedata

from dsar_desk.domain.messages import Message, msg

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
MULTILINE_ALLOWED = frozenset("\n\t\r")


def forbidden_character(text: str, multiline: bool = False) -> str | None:
    """The first character ``text`` may not hold, or None."""
    for ch in text:
        if multiline and ch in MULTILINE_ALLOWED:
            continue
        if ch in BIDI_CONTROLS or unicodedata.category(ch) == "Cc":
            return ch
    return None


def text_problem(text: str, multiline: bool = False) -> Message | None:
    """Why ``text`` cannot be stored as it is (a control or bidi-override character), or None."""
    ch = forbidden_character(text or "", multiline)
    if ch is None:
        return None
    if ch in BIDI_CONTROLS:
        return msg("text.bidi-control", "holds a right-to-left override or isolate character ({code}), which makes "
                   "text display differently from what it is", code=f"U+{ord(ch):04X}")
    return msg("text.control-character", "holds a control character ({code})", code=f"U+{ord(ch):04X}")


def escaped(text: str) -> str:
    """``text`` with every control and bidi-override character shown as \\uXXXX: safe to print."""
    return "".join(f"\\u{ord(ch):04x}" if ch in BIDI_CONTROLS or (unicodedata.category(ch) == "Cc" and ch not in "\n\t")
                   else ch for ch in text)
