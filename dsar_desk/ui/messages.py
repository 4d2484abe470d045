"""Messages of the rules (domain, store, desk) in the interface language.

A rule's message is a :class:`dsar_desk.domain.messages.Message`: English text with a code, its
template and its values. Its translation is looked up by code (context "messages", the template
as source, the code as disambiguation; packaging/update_translations.py collects them) and
filled with the values, themselves shown the interface's way: a date in the locale's format, a
number with its grouping, a label of the interface ("Refused", "received") translated, a
message inside a message translated in turn.

:func:`translate_message` takes what the rules give the interface: a Message, an exception
carrying messages (its ``problems``, ``messages`` or first argument), a list of them, or plain
text (a label of the interface, translated when it is one, else shown as it is). Nothing parses
English back into a template.
"""

from __future__ import annotations

import re
import string
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from dsar_desk.domain.messages import Message

CONTEXT = "messages"


_qt_translate = QCoreApplication.translate  # contexts chosen at run time: not for the extractor


def _translate(context: str, text: str) -> str:
    return _qt_translate(context, text)


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


def translate_line(text: str) -> str:
    """Plain text: translated when it is a label or fixed sentence of the interface, else as it is."""
    return _value(text)


class _Day:
    """A date inside a message, formatted as the translation's placeholder asks (``{day:long}``)."""

    def __init__(self, day: date):
        self.day = QDate(day.year, day.month, day.day)

    def format(self, spec: str) -> str:
        from dsar_desk.ui.text import short_date_pattern

        if spec == "long":
            return QLocale().toString(self.day, QLocale.FormatType.LongFormat)
        return QLocale().toString(self.day, short_date_pattern())


class _Formatter(string.Formatter):
    """Fills a translated template: values come already shown the interface's way, so a format
    spec written for the English sentence (``{count:,}``) is not applied again."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Day):
            return value.format(format_spec)
        return str(value)


_FORMATTER = _Formatter()


def _shown(value: Any) -> Any:
    if isinstance(value, Message):
        return translate_coded(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return _Day(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(_shown(v) if not isinstance(v, date) else _Day(v).format("")) for v in value)
    if isinstance(value, str):
        return _value(value) if value else value
    return value


def translate_coded(message: Message) -> str:
    """A coded message in the interface language, its values shown the interface's way."""
    translation = _qt_translate(CONTEXT, message.template, message.code)
    try:
        return _FORMATTER.vformat(translation, (), {k: _shown(v) for k, v in message.params.items()})
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English
        return str(message)


def message_of(exc: BaseException) -> Any:
    """The message an exception carries for the clerk (a Message keeps its code), else its text."""
    for attribute in ("problems", "messages", "errors"):
        items = getattr(exc, attribute, None)
        if items:
            return list(items)
    if exc.args and isinstance(exc.args[0], str) and exc.args[0]:
        return exc.args[0]
    return str(exc) or exc.__class__.__name__


def translate_message(text: Any) -> str:
    """What the rules say (a Message, an exception, a list, plain text) in the interface language.

    Several messages are put on their own lines."""
    if text is None:
        return ""
    if isinstance(text, BaseException):
        for attribute in ("problems", "messages", "errors"):
            items = getattr(text, attribute, None)
            if items:
                return translate_message(list(items))
        return translate_message(text.args[0] if text.args else text.__class__.__name__)
    if isinstance(text, (list, tuple)):
        return "\n".join(translate_message(item) for item in text)
    if hasattr(text, "field") and hasattr(text, "message"):  # a FieldProblem
        return translate_message(text.message)
    if isinstance(text, Message):
        return translate_coded(text)
    if not text:
        return text
    return "\n".join(_translate_bulleted(line) for line in str(text).split("\n"))


def _translate_bulleted(line: str) -> str:
    match = re.match(r"^(\s*(?:[•\-*]\s+)?)(.*)$", line, re.DOTALL)
    lead, body = match.group(1), match.group(2)
    return lead + translate_line(body)
