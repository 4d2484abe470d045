"""Messages for the clerk: an English sentence that also carries a stable code and its values.

The rules (domain, store, desk) speak English: the CLI prints their messages as they are, the
timeline stores them, the log never sees their values. The GUI shows them in the interface
language. To make that exact, a rule does not build its sentence with an f-string but with
:func:`msg`::

    FieldProblem("email", msg("case.email-invalid", "'{email}' is not an email address", email=email))

A :class:`Message` *is* the English sentence (a ``str`` subclass: print it, compare it, join it,
store it), and it also keeps

* ``code``: a stable name of the message (``case.email-invalid``), unique across the code base;
* ``template``: the English text with ``{name}`` placeholders, exactly as written at the call;
* ``params``: the values put into it.

The interface looks the template up in its translations by code (context ``messages``, the
code as disambiguation), formats the translation with the same values (themselves translated
when they are labels, numbers or dates) and never parses English back.
``packaging/update_translations.py`` collects every ``msg(code, template)`` call of the rule
layers into the ``.ts`` files; ``tests/unit/test_messages.py`` checks that a code always goes
with the same template.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from typing import Any

__all__ = ["Message", "msg", "placeholders", "to_json", "from_json"]

_FORMATTER = string.Formatter()
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class _English(string.Formatter):
    """Formats the English sentence. A date reads as 2026-03-02, or with the format ``long`` as
    "Monday 2 March 2026" (``{day:long}``); a list as "a, b, c"."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, date) and format_spec == "long":
            return f"{_WEEKDAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"
        return super().format_field(_english(value), format_spec)


_ENGLISH = _English()


def placeholders(template: str) -> list[str]:
    """The names of the ``{name}`` placeholders of a template, in order (repeats once)."""
    names: list[str] = []
    for _, name, _, _ in _FORMATTER.parse(template):
        if name is not None and name not in names:
            names.append(name)
    return names


def _english(value: Any) -> Any:
    """How a value reads inside the English sentence."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_english(v)) for v in value)
    return value


class Message(str):
    """The English text of a message, with its ``code``, ``template`` and ``params``."""

    code: str
    template: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, template: str, /, **params: Any) -> "Message":
        text = _ENGLISH.vformat(template, (), params) if params else template
        self = super().__new__(cls, text)
        self.code = code
        self.template = template
        self.params = dict(params)
        return self

    def __reduce__(self):  # pickling (worker threads, multiprocessing) keeps the code
        return (_rebuild, (self.code, self.template, dict(self.params)))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {str(self)!r})"


def _rebuild(code: str, template: str, params: dict) -> Message:
    return Message(code, template, **params)


def msg(code: str, template: str, /, **params: Any) -> Message:
    """A message for the clerk: ``msg("case.name-required", "is required")``.

    ``code`` and ``template`` must be string literals at the call (they are collected for the
    translators); ``params`` fill the template's ``{name}`` placeholders.
    """
    return Message(code, template, **params)


def to_json(value: str) -> dict[str, Any] | str:
    """A message as JSON (for letters' reports and other stored lists): code, template, values."""
    if isinstance(value, Message):
        return {"code": value.code, "template": value.template,
                "params": {k: _json_value(v) for k, v in value.params.items()}, "text": str(value)}
    return str(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, Message):
        return to_json(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def from_json(value: Any) -> str:
    """Back from :func:`to_json` (a plain string stays a plain string: older stored lists)."""
    if isinstance(value, dict) and "code" in value and "template" in value:
        params = {k: from_json(v) if isinstance(v, dict) else v for k, v in (value.get("params") or {}).items()}
        try:
            return Message(value["code"], value["template"], **params)
        except (KeyError, IndexError, ValueError):
            return str(value.get("text", ""))
    return str(value)
