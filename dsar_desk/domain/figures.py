"""The figures a DPO shows the authority (GDPR Art. 5(2), 24): what they hold, how they read.

Plain Python: the counting itself is SQL in :mod:`dsar_desk.store.figures`, which also says
exactly what every word here means ("answered", "on time", "paused for identity", ...). This
module holds the result: :class:`Counts` for one group of requests (a month, an organisation, a
channel, a clerk, or all of them) and :class:`Figures` for a period, with the median and the
90th percentile of the days to answer read from a per-day histogram, and the JSON of it all.

The GUI, the CLI and the annual report all show a :class:`Figures`; nothing here names a
requester.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from dsar_desk.domain.cases import CHANNELS, RIGHTS
from dsar_desk.domain.letter_content import ERASURE_EXCEPTIONS

__all__ = [
    "BIN_DAYS", "DaysBin", "days_bins", "bin_position",
    "COUNTERS", "GROUNDS", "GROUND_LABELS", "EXTENSION_NOTICES", "FORMAT", "ONE_MONTH_DAYS",
    "THREE_MONTHS_DAYS", "Counts", "Figures", "PurgeRecord", "months_between", "nearest_rank",
]

FORMAT = 1  # of to_json(); a later format adds keys, never renames one

# The counters of every group, in this order (the SQL names its aggregates after them).
COUNTERS = (
    "received",  # requests received in the period
    "answered",  # of them, answered (on_time + late + paused_on_time + paused_late)
    "on_time",  # answered by the legal limit, never paused for identity
    "late",  # answered after the legal limit, never paused for identity
    "paused_on_time",  # answered by the legal limit, after a pause for identity (kept apart)
    "paused_late",
    "open",  # still owing an answer today
    "open_on_time",  # open, due date not passed, clock running
    "open_late",  # open, due date passed, clock running (the case list's "overdue")
    "open_past_legal_limit",  # of open_late: past the legal limit, not only the organisation's promise
    "open_waiting",  # open, clock stopped: waiting for the requester (identity or clarification)
    "withdrawn",  # withdrawn by the requester before an answer
    "unanswered",  # closed or refused without any answer date on record (should stay 0)
    "extended",  # extended by two months (Art. 12(3))
    "extension_in_time",  # extension letter sent within the first (one-month) limit
    "extension_late",  # extension letter sent after the first limit
    "extension_not_notified",  # extended, no extension letter sent
    "paused_identity",  # the organisation asked the requester for proof of identity
    "refused",  # every right refused (or the case refused)
    "partly_refused",  # some right refused or partly granted
    "repeat_request",  # the requester's earlier request to the organisation was in the 12 months before
    "id_copy_asked",  # a copy of an identity document was asked of the requester
    "deleted",  # of the received, deleted under the retention rule (counted from anonymous rows)
)

GROUNDS = ("unfounded", "identity", *ERASURE_EXCEPTIONS, "other")
GROUND_LABELS = {
    "unfounded": "Manifestly unfounded or excessive (Art. 12(5))",
    "identity": "Identity not established (Art. 12(2), 12(6))",
    "freedom-of-expression": "Freedom of expression and information (Art. 17(3)(a))",
    "legal-obligation": "Legal obligation to keep, or public task (Art. 17(3)(b))",
    "public-health": "Public interest in public health (Art. 17(3)(c))",
    "archiving-research": "Archiving, research or statistics (Art. 17(3)(d))",
    "legal-claims": "Establishment, exercise or defence of legal claims (Art. 17(3)(e))",
    "other": "Other reasons (given in the case)",
}
EXTENSION_NOTICES = ("in-time", "late", "none")
# Where the days-to-answer chart marks the legal limit: one month is 28 to 31 days (and a day or
# three more when it ends on a weekend or holiday); the mark is at 30, the extended limit at 91.
ONE_MONTH_DAYS = 30
THREE_MONTHS_DAYS = 91


@dataclass(frozen=True)
class Counts:
    """The counters of one group of requests (see COUNTERS), and the requests per right."""

    received: int = 0
    answered: int = 0
    on_time: int = 0
    late: int = 0
    paused_on_time: int = 0
    paused_late: int = 0
    open: int = 0
    open_on_time: int = 0
    open_late: int = 0
    open_past_legal_limit: int = 0
    open_waiting: int = 0
    withdrawn: int = 0
    unanswered: int = 0
    extended: int = 0
    extension_in_time: int = 0
    extension_late: int = 0
    extension_not_notified: int = 0
    paused_identity: int = 0
    refused: int = 0
    partly_refused: int = 0
    repeat_request: int = 0
    id_copy_asked: int = 0
    deleted: int = 0
    rights: dict[str, int] = field(default_factory=dict)  # right -> requests asking it (a request may ask several)

    @staticmethod
    def rate(part: int, whole: int) -> float | None:
        return None if whole == 0 else part / whole

    @property
    def on_time_rate(self) -> float | None:
        """Answered on time, of the answered requests never paused for identity."""
        return self.rate(self.on_time, self.on_time + self.late)

    @property
    def paused_on_time_rate(self) -> float | None:
        """Answered on time, of the answered requests paused for identity (kept apart)."""
        return self.rate(self.paused_on_time, self.paused_on_time + self.paused_late)

    @property
    def all_on_time_rate(self) -> float | None:
        """Answered on time, of every answered request."""
        return self.rate(self.on_time + self.paused_on_time, self.answered)

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name) for name in COUNTERS}
        data["rights"] = {r: self.rights.get(r, 0) for r in RIGHTS}
        data["on_time_rate"] = _rounded(self.on_time_rate)
        data["paused_on_time_rate"] = _rounded(self.paused_on_time_rate)
        data["all_on_time_rate"] = _rounded(self.all_on_time_rate)
        return data


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


@dataclass(frozen=True)
class PurgeRecord:
    """"N cases deleted under the retention rule on DATE" (no case data)."""

    purged_on: date
    organisation: str  # slug
    cases: int
    retention_years: int

    def to_json(self) -> dict[str, Any]:
        return {"purged_on": self.purged_on.isoformat(), "organisation": self.organisation, "cases": self.cases,
                "retention_years": self.retention_years}


def nearest_rank(histogram: dict[int, int], share: float) -> int | None:
    """The smallest value v with at least ``share`` of all counts at or below v (None when empty).

    Median (share 0.5): the number of days within which at least half the answers went out.
    """
    total = sum(histogram.values())
    if total == 0:
        return None
    wanted = max(1, math.ceil(share * total))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= wanted:
            return value
    return max(histogram)  # pragma: no cover - share > 1


BIN_DAYS = 7  # the days-to-answer chart: one bar a week
BIN_COUNT = 15  # 0-6, 7-13, ..., 98-104, then "105 and more"


@dataclass(frozen=True)
class DaysBin:
    low: int
    high: int | None  # None: and more
    count: int

    @property
    def label(self) -> str:
        return f"{self.low}+" if self.high is None else f"{self.low}–{self.high}"


def days_bins(histogram: dict[int, int], width: int = BIN_DAYS, count: int = BIN_COUNT) -> list[DaysBin]:
    """The per-day histogram in bars of ``width`` days, the last one open-ended (the same bars in the
    dashboard and the report)."""
    bins = [DaysBin(i * width, (i + 1) * width - 1, 0) for i in range(count)] + [DaysBin(count * width, None, 0)]
    totals = [0] * len(bins)
    for days, n in histogram.items():
        totals[min(max(days, 0) // width, count)] += n
    return [DaysBin(b.low, b.high, totals[i]) for i, b in enumerate(bins)]


def bin_position(days: int, width: int = BIN_DAYS) -> float:
    """Where ``days`` falls on the bars' axis, in bars from the left edge of the first (30 days: 4.3)."""
    return days / width


def months_between(start: date, end: date) -> list[str]:
    """Every month "YYYY-MM" from start to end, both included."""
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@dataclass(frozen=True)
class Figures:
    """Everything counted of the requests received from ``period_start`` to ``period_end``.

    ``organisation`` is a slug, or None for every organisation of the database. Open cases are
    counted as of ``today``.
    """

    period_start: date
    period_end: date
    organisation: str | None
    organisation_name: str | None
    today: date
    total: Counts
    months: dict[str, Counts]  # "YYYY-MM" -> counts, every month of the period in order
    organisations: dict[str, Counts]  # slug -> counts
    channels: dict[str, Counts]  # channel -> counts (CHANNELS order, then any other)
    clerks: dict[str, Counts]  # assignee -> counts, most requests first
    days_to_answer: dict[int, int]  # days from receipt to answer -> answered requests
    refusal_grounds: dict[str, dict[str, int]]  # "refused"/"partly-refused" -> ground -> requests
    identity_checks: dict[str, dict[str, int]]  # method of the last check -> outcome -> requests
    purges: tuple[PurgeRecord, ...] = ()  # retention purges done in the period

    @property
    def days_median(self) -> int | None:
        return nearest_rank(self.days_to_answer, 0.5)

    @property
    def days_p90(self) -> int | None:
        return nearest_rank(self.days_to_answer, 0.9)

    @property
    def channel_mix(self) -> dict[str, int]:
        return {c: counts.received for c, counts in self.channels.items()}

    def to_json(self) -> dict[str, Any]:
        """Aggregates only: no requester, no reference. The same numbers as the report's table."""
        return {
            "format": FORMAT,
            "kind": "dsar-desk figures (aggregate, no personal data of requesters)",
            "period": {"start": self.period_start.isoformat(), "end": self.period_end.isoformat()},
            "organisation": self.organisation,
            "organisation_name": self.organisation_name,
            "today": self.today.isoformat(),
            "total": self.total.to_json(),
            "days_to_answer": {
                "median": self.days_median,
                "p90": self.days_p90,
                "histogram": {str(d): n for d, n in sorted(self.days_to_answer.items())},
            },
            "months": {m: c.to_json() for m, c in self.months.items()},
            "organisations": {o: c.to_json() for o, c in self.organisations.items()},
            "channels": {ch: c.to_json() for ch, c in self.channels.items()},
            "clerks": {k: c.to_json() for k, c in self.clerks.items()},
            "refusal_grounds": {kind: {g: grounds.get(g, 0) for g in GROUNDS}
                                for kind, grounds in self.refusal_grounds.items()},
            "identity_checks": self.identity_checks,
            "retention_purges": [p.to_json() for p in self.purges],
        }


def counts_from_row(row: dict[str, Any]) -> Counts:
    """A Counts from one aggregate row: COUNTERS by name and "right_<name>" per right."""
    values = {name: int(row.get(name) or 0) for name in COUNTERS}
    rights = {r: int(row.get("right_" + r.replace("-", "_")) or 0) for r in RIGHTS}
    return Counts(**values, rights=rights)


def channel_order(channels: list[str]) -> list[str]:
    known = [c for c in CHANNELS if c in channels]
    return known + sorted(c for c in channels if c not in CHANNELS)


assert tuple(f.name for f in fields(Counts))[:len(COUNTERS)] == COUNTERS
