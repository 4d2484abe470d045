"""Closed cases due for deletion under the organisation's retention rule (read-only).

A case is due when it was closed more than the profile's ``case_retention_years`` ago: closed on
the day of its last status change to "closed" (a case reopened and closed again counts from the
last closing; a closed case without such an event, from its last update), due once that many
years have passed, to the day (closed on 29 February: the years run to 28 February).

The deletion itself is :func:`dsar_desk.desk.retention.purge_closed_cases`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

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
    """Closed cases closed more than their organisation's case_retention_years ago, oldest first."""
    today = today or date.today()
    orgs = Organisation.select().order_by(Organisation.slug)
    if organisation:
        orgs = orgs.where(Organisation.slug == organisation)
    out: list[DueForDeletion] = []
    p = database.param
    for org in orgs:
        years = retention_years(org)
        cutoff = months_before(today, 12 * years)  # closed before this day: more than `years` ago
        rows = database.execute_sql(
            f"""SELECT c."id", c."reference", COALESCE(MAX(DATE(e."at")), DATE(c."updated_at")) AS closed_on
                FROM "case" c
                LEFT JOIN "event" e ON e."case_id" = c."id" AND e."kind" IN ('status', 'identity')
                                   AND e."kind" = 'status' AND e."new" = 'closed'
                WHERE c."organisation_id" = {p} AND c."status" = 'closed'
                GROUP BY c."id", c."reference", c."updated_at"
                HAVING COALESCE(MAX(DATE(e."at")), DATE(c."updated_at")) < {p}
                ORDER BY closed_on, c."id\"""", (org.id, cutoff)).fetchall()
        for case_id, reference, closed_on in rows:
            closed = closed_on if isinstance(closed_on, date) else date.fromisoformat(str(closed_on)[:10])
            due = _add_years(closed, years) + timedelta(days=1)
            out.append(DueForDeletion(case_id, reference, org.slug, closed, years, due))
    out.sort(key=lambda d: (d.closed_on, d.case_id))
    return out
