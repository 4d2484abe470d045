"""Writing the due dates as an iCalendar file (the content: :mod:`dsar_desk.store.calendar`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from dsar_desk.paths import write_private
from dsar_desk.store.calendar import ExportResult, build_calendar


def write_calendar(path: Path, organisation: str | None = None, language: str = "en",
                   today: date | None = None, progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the .ics file at ``path`` (atomically: a half-written calendar never replaces a good
    one; owner-only, though it holds no requester data)."""
    data, result = build_calendar(organisation, language, today, progress=progress)
    write_private(Path(path), data)
    return result
