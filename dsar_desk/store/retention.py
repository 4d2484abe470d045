"""Closed cases due for deletion under the organisation's retention rule (read-only).

A case is due when it was closed more than the profile's ``case_retention_years`` ago: closed on
the (UTC) day of its last status change to "closed" (a case reopened and closed again counts
from the last closing), due once that many years have passed, to the day (closed on
29 February: the years run to 28 February).

The deletion itself is :func:`dsar_desk.desk.retention.purge_closed_cases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dsar_desk.domain.checklist import months_before
from dsar_desk.store.models import Organisation, database
from dsar_desk.store.organisations import profile_of

__all__ = ["DueForDeletion", "due_for_deletion", "retention_years"]


@dataclass(frozen=True)
class DueForDeletion:
    """A closed case whose retention is over. No requester data: the reference is enough to look."""

    case_id: int
    reference: str
    organisation: str  # slug
    closed_on: date
    retention_years: int
    due_since: date  # the first day it was due

    def to_json(self) -> dict:
        return {"reference": self.reference, "organisation": self.organisation,
                "closed_on": self.closed_on.isoformat(), "retention_years": self.retention_years,
                "due_since": self.due_since.isoformat()}


def retention_years(org: Organisation) -> int:
    return int(profile_of(org).case_retention_years)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def due_for_deletion(today: date | None = None, organisation: str | None = None) -> list[DueForDeletion]:
    """Closed cases closed more than their organisation's case_retention_years ago, oldest first.

    Read from the index of closings (migration 12): only closings older than the cutoff are
    looked at, then whether the case was closed again since (CROSS JOIN: SQLite then starts from
    the closings, not from every case of the organisation; the same inner join elsewhere). A closed case always has its
    closing in the timeline (the desk writes it with the status change).
    """
    today = today or date.today()
    orgs = Organisation.select().order_by(Organisation.slug)
    if organisation:
        orgs = orgs.where(Organisation.slug == organisation)
    out: list[DueForDeletion] = []
    p = database.param
    closing = 'e."kind" = \'status\' AND e."new" = \'closed\''
    for org in orgs:
        years = retention_years(org)
        cutoff = months_before(today, 12 * years)  # closed before this day: more than `years` ago
        since = datetime.combine(cutoff, time())
        rows = database.execute_sql(
            f"""SELECT c."id", c."reference", MAX(e."at")
                FROM "event" e CROSS JOIN "case" c
                WHERE c."id" = e."case_id" AND {closing} AND e."at" < {p} AND c."organisation_id" = {p}
                  AND c."status" = 'closed'
                  AND NOT EXISTS (SELECT 1 FROM "event" x WHERE x."case_id" = c."id" AND x."kind" IN ('status', 'identity')
                                  AND x."kind" = 'status' AND x."new" = 'closed' AND x."at" >= {p})
                GROUP BY c."id", c."reference\"""", (since, org.id, since)).fetchall()
        for case_id, reference, closed_at in rows:
            closed = closed_at if isinstance(closed_at, date) else date.fromisoformat(str(closed_at)[:10])
            if isinstance(closed, datetime):
                closed = closed.date()
            out.append(DueForDeletion(case_id, reference, org.slug, closed, years,
                                      _add_years(closed, years) + timedelta(days=1)))
    out.sort(key=lambda d: (d.closed_on, d.case_id))
    return out
