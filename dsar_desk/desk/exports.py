"""The case list as a CSV file (File → Export the list as CSV…, ``dsar-desk case list --csv -o FILE``).

The file holds personal data (requesters' names and e-mail addresses): it is written owner-only,
atomically (a new file created exclusively beside the target, then renamed over it:
:func:`dsar_desk.paths.write_private`), and its first line says what it holds. The cases are those
of the filter, in the list's order; the front end passes its words for the headers and labels
(``words``: English unless told otherwise), so the file reads in the clerk's language.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dsar_desk.domain.cases import RIGHT_LABELS, STATUS_LABELS
from dsar_desk.paths import write_private
from dsar_desk.store import case_list
from dsar_desk.store.case_list import CaseFilter

# No comma: the line stays unquoted, as anyone opening the file reads it.
NOTICE = ("This file holds personal data: the names and e-mail addresses of requesters. Keep it only where no one "
          "else can read it and delete it once done.")
HEADERS = ("Reference", "Requester", "Email", "Rights", "Organisation", "Received", "Due", "Days left", "Status",
           "Assignee")
PAGE = 5000


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int


def _plain(text: str) -> str:
    return text


def case_list_csv(f: CaseFilter, *, sort: str = "due", descending: bool = False,
                  words: Callable[[str], str] = _plain, today: date | None = None,
                  progress: Callable[[int, int], None] | None = None) -> tuple[bytes, int]:
    """The CSV bytes (UTF-8 with a byte-order mark, so that spreadsheets read the accents) and
    how many cases they hold."""
    today = today or f.today or date.today()
    total = case_list.count(f)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([words(NOTICE)])
    writer.writerow([words(h) for h in HEADERS])
    done = 0
    while True:
        rows = case_list.page(f, done, PAGE, sort=sort, descending=descending)
        for r in rows:
            left = r.days_left(today)
            writer.writerow([r.reference, r.requester_name, r.requester_email,
                             ", ".join(words(RIGHT_LABELS.get(x, x)) for x in r.right_list), r.organisation,
                             r.received.isoformat(), r.due.isoformat(), "" if left is None else left,
                             words(STATUS_LABELS.get(r.status, r.status)), r.assignee])
        done += len(rows)
        if progress is not None:
            progress(done, total)
        if len(rows) < PAGE:
            break
    return ("\ufeff" + out.getvalue()).encode("utf-8"), done


def export_case_list(f: CaseFilter, path: Path | str, **options) -> ExportResult:
    """Write the cases of ``f`` to ``path`` as CSV, owner-only (see the module's docstring)."""
    data, rows = case_list_csv(f, **options)
    target = Path(path)
    if target.suffix.lower() != ".csv":
        target = target.with_name(target.name + ".csv")
    write_private(target, data)
    return ExportResult(target, rows)
