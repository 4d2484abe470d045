"""The machine-readable annex of a portability answer (Art. 20 GDPR): JSON and CSV bytes."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from typing import Any

from dsar_desk.domain.letter_content.model import LetterError
from dsar_desk.domain.messages import msg


def portability_file_names(reference: str) -> list[str]:
    """Default names of the machine-readable annex: ``<reference>-data.json`` and ``.csv``."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-") or "data"
    return [f"{safe}-data.json", f"{safe}-data.csv"]


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def portability_annex(data: dict[str, Any]) -> tuple[bytes, bytes]:
    """The machine-readable annex of a portability answer: (JSON bytes, CSV bytes).

    ``data`` maps a section name to a list of records, each record a flat dict of
    field → value::

        {"records": [{"name": "Zoë Ørsted", "email": "zoe@example.eu"}, ...]}
        {"customer-account": [...], "orders": [...]}          # several sections

    JSON: the same structure, UTF-8, indented, dates as ISO 8601. CSV: UTF-8 (no byte order
    mark), comma-separated, one header row (the union of the fields, in order of first
    appearance); with more than one section, a first column ``section`` says where each row
    comes from. Nested values (lists, dicts) are written into a CSV cell as JSON.
    """
    if not isinstance(data, dict):
        raise LetterError(msg("letter.portability-data-type",
                              "The portability data must be a mapping of section name to a list of records."))
    sections: list[tuple[str, list[dict[str, Any]]]] = []
    for name, records in data.items():
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise LetterError(msg("letter.portability-section-type", "The portability section “{name}” must be a "
                                                                     "list of records (field → value).", name=name))
        sections.append((str(name), records))
    json_bytes = (
        json.dumps(data, ensure_ascii=False, indent=2, default=_jsonable) + "\n"
    ).encode("utf-8")

    fields: dict[str, None] = {}
    for _, records in sections:
        for record in records:
            for key in record:
                fields.setdefault(str(key), None)
    several = len(sections) > 1
    header = (["section"] if several else []) + list(fields)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for name, records in sections:
        for record in records:
            row = [name] if several else []
            as_str = {str(k): v for k, v in record.items()}
            for key in fields:
                value = as_str.get(key)
                if value is None:
                    row.append("")
                elif isinstance(value, (dict, list, tuple, set)):
                    row.append(json.dumps(value, ensure_ascii=False, default=_jsonable))
                elif isinstance(value, (date, datetime)):
                    row.append(value.isoformat())
                else:
                    row.append(str(value))
            writer.writerow(row)
    return json_bytes, buffer.getvalue().encode("utf-8")

