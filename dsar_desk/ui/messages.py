"""Messages of the rules (dsar_desk.domain, dsar_desk.store) in the interface language.

The rules are plain Python and write their messages in English, some with values in them
("'x@y' is not an email address"). packaging/update_translations.py collects every such
message as a template ("'%1' is not an email address") into message_catalogue.py and the .ts
files (context "messages"); here a message is matched against the templates and its values
put back into the translation. A value that is itself a label of the interface ("Refused",
"received") is translated too. A message with no template stays as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from dsar_desk.ui.message_catalogue import TEMPLATES
from dsar_desk.ui.text import labelled

CONTEXT = "messages"
_NUMBER = re.compile(r"%(\d)")


_qt_translate = QCoreApplication.translate  # contexts chosen at run time: not for the extractor


def _translate(context: str, text: str) -> str:
    return _qt_translate(context, text)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    compiled = []
    for template in TEMPLATES:
        if "%" not in template.replace("%%", ""):
            continue
        parts = re.split(r"(%\d)", template.replace("%%", "\0"))
        regex = "".join("(.+?)" if _NUMBER.fullmatch(p) else re.escape(p.replace("\0", "%")) for p in parts)
        compiled.append((re.compile(f"^{regex}$", re.DOTALL), template))
    # the most specific first: the template with the most fixed text wins
    compiled.sort(key=lambda pair: -len(_NUMBER.sub("", pair[1])))
    return tuple(compiled)


def _value(text: str) -> str:
    """A value inside a message: an interface label (any case) is translated, anything else kept;
    a list "Received, In progress" item by item."""
    if ", " in text:
        return ", ".join(_one_value(part) for part in text.split(", "))
    return _one_value(text)


def _one_value(text: str) -> str:
    for context in ("dsar_desk", CONTEXT):
        translated = _translate(context, text)
        if translated != text:
            return translated
    capital = text[:1].upper() + text[1:]
    if capital != text:
        translated = _translate("dsar_desk", capital)
        if translated != capital:
            return translated[:1].lower() + translated[1:]
    return text


def _fill(translation: str, values: tuple[str, ...]) -> str:
    def put(match: re.Match) -> str:
        number = int(match.group(1))
        return _value(values[number - 1]) if 0 < number <= len(values) else match.group(0)

    return _NUMBER.sub(put, translation.replace("%%", "\0")).replace("\0", "%")


def translate_line(text: str) -> str:
    static = _translate(CONTEXT, text.replace("%", "%%"))
    if static != text.replace("%", "%%"):
        return static.replace("%%", "%")
    for pattern, template in _patterns():
        match = pattern.match(text)
        if match:
            translation = _translate(CONTEXT, template)
            if translation == template:
                return text  # not translated: the English message as it came
            return _fill(translation, match.groups())
    # "Field label: message" (str() of a FieldProblem) or "key.path: message" (a profile problem)
    head, sep, rest = text.partition(": ")
    if sep and rest and len(head) < 60:
        translated = translate_line(rest)
        if translated != rest:
            return labelled(_value(head), translated)
    return text


def translate_message(text: str) -> str:
    """``text`` from the rules (one message, or several on their own lines) in the interface language."""
    if not text:
        return text
    return "\n".join(_translate_bulleted(line) for line in str(text).split("\n"))


def _translate_bulleted(line: str) -> str:
    match = re.match(r"^(\s*(?:[•\-*]\s+)?)(.*)$", line, re.DOTALL)
    lead, body = match.group(1), match.group(2)
    return lead + translate_line(body)
