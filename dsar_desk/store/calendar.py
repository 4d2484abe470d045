"""Due dates as an iCalendar (.ics) file, so that they show in the clerk's mail calendar.

One all-day event per open case, on its due date. Re-exporting updates the events instead of
adding new ones: each case keeps the same UID (``<reference>.<organisation slug>@dsar-desk``),
its SEQUENCE grows whenever what the event says can have changed, and DTSTAMP/LAST-MODIFIED
tell when that was. Cases answered, closed, refused or withdrawn recently are exported once
more as CANCELLED, so that a calendar which imported them before drops them.

PRIVACY: a calendar is very often synchronised to a cloud service (Google, Microsoft, Apple)
that is not under the organisation's control. So the file carries NO personal data of the
requester: no name, no email, no postal address, no country, no summary of the request, no
notes. Only the case reference, the rights asked (the kind of request), the organisation, the
status and the deadline with its reasoning (dates and public holidays). Do not add requester
fields here; ``tests/unit/test_calendar.py`` checks that none ends up in the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from icalendar import Calendar
from icalendar import Event as IcsEvent
from peewee import fn

from dsar_desk import __version__
from dsar_desk.domain.cases import OPEN_STATUSES, RIGHT_LABELS, STATUS_LABELS
from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, compute_deadline
from dsar_desk.domain.deadlines import Pause as PausePeriod
from dsar_desk.store.models import Case, Event, Organisation, Pause

PRODID = f"-//DSAR Desk//dsar-desk {__version__}//EN"
UID_DOMAIN = "dsar-desk"
#: Cases that left the open statuses within this many days, with a due date still to come, are
#: exported once more as CANCELLED.
CANCELLED_WITHIN_DAYS = 90
#: Timeline events that can change what a case's calendar event says (its date, title, status).
REVISING_EVENTS = ("created", "edited", "status", "deadline", "extended", "pause")


def event_uid(reference: str, organisation_slug: str) -> str:
    """Stable for the life of the case: the same case always updates the same calendar event."""
    return f"{reference.lower()}.{organisation_slug}@{UID_DOMAIN}"


@dataclass(frozen=True)
class ExportResult:
    events: int  # open cases
    cancelled: int  # recently ended cases, exported as CANCELLED


def _utc(moment: datetime) -> datetime:
    """Stored times are naive UTC."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


def _summary(reference: str, rights: list[str], extended: bool, waiting: bool, cancelled: bool) -> str:
    # Reference and kind of request only: never the requester's name (see the module docstring).
    kinds = ", ".join(RIGHT_LABELS.get(r, r).lower() for r in rights)
    text = f"DSAR {reference} due ({kinds})"
    if extended:
        text += " · extended"
    if waiting:
        text += " · waiting for requester"
    if cancelled:
        text = f"DSAR {reference} ({kinds}) · no longer due"
    return text


def build_calendar(
    organisation: str | None = None,
    language: str = "en",
    today: date | None = None,
    cancelled_within_days: int = CANCELLED_WITHIN_DAYS,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[bytes, ExportResult]:
    """The .ics bytes of the due dates (all organisations, or the one with slug ``organisation``)."""
    today = today or date.today()
    since = datetime.combine(today - timedelta(days=cancelled_within_days), time())
    fields = (Case.id, Case.reference, Case.rights, Case.received, Case.status, Case.extended, Case.created_at,
              Case.updated_at, Organisation.slug, Organisation.name, Organisation.country,
              Organisation.subdivision, Organisation.deadline_days, Organisation.pause_rule,
              Organisation.profile_version, Organisation.updated_at)
    # Ended cases only while their event still matters: ended recently, with an event on a day still
    # to come (an old event in the past harms nobody and would make the file grow without end).
    ended_recently = ((Case.due >= today) & (Case.updated_at >= since) & Case.status.not_in(OPEN_STATUSES))
    wanted = Case.status.in_(OPEN_STATUSES) | ended_recently
    query = Case.select(*fields).join(Organisation).where(wanted)
    if organisation:
        query = query.where(Organisation.slug == organisation)
    rows = list(query.order_by(Case.organisation, Case.year, Case.number).tuples())

    # Pauses and revision counts of those cases in two queries, not one per case.
    ids = [r[0] for r in rows]
    pauses: dict[int, list[PausePeriod]] = defaultdict(list)
    revisions: dict[int, tuple[int, datetime | None]] = {}
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        for case_id, requested, received in (Pause.select(Pause.case, Pause.requested, Pause.received)
                                              .where(Pause.case.in_(chunk))
                                              .order_by(Pause.case, Pause.requested).tuples()):
            pauses[case_id].append(PausePeriod(requested, received))
        for case_id, n, last in (Event.select(Event.case, fn.COUNT(Event.id), fn.MAX(Event.at))
                                 .where(Event.case.in_(chunk) & Event.kind.in_(REVISING_EVENTS))
                                 .group_by(Event.case).tuples()):
            revisions[case_id] = (n, last)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "DSAR Desk due dates" + (f" ({organisation})" if organisation else ""))
    open_count = cancelled_count = 0
    midnight = datetime.combine(today, time(), tzinfo=timezone.utc)
    for number, (case_id, reference, rights, received, status, extended, created_at, updated_at, slug, org_name,
                 country, subdivision, deadline_days, pause_rule, profile_version, org_updated) in enumerate(rows):
        if progress and number % 1000 == 0:
            progress(number, len(rows))
        periods = tuple(pauses.get(case_id, ()))
        try:
            deadline = compute_deadline(
                DeadlineInput(received=received, country=country, subdivision=subdivision,
                              promise_days=deadline_days, extended=bool(extended), pauses=periods,
                              pause_rule=pause_rule),
                language=language, today=today,
            )
        except DeadlineError:  # pragma: no cover - stored cases always have a computable deadline
            continue
        is_open = status in OPEN_STATUSES
        waiting = any(p.received is None for p in periods)
        count, last_event = revisions.get(case_id, (0, None))
        # SEQUENCE must grow whenever the event changes. It is the number of timeline events
        # that can change it (never deleted, so it only grows), plus every day waited for the
        # requester (a suspended deadline moves by one day each day of waiting), plus the
        # organisation's profile version (a new promise moves due dates).
        days_waited = sum(((p.received or today) - p.requested).days for p in periods)
        sequence = count + days_waited + (profile_version - 1)
        # No METHOD in the file, so DTSTAMP is the last revision (RFC 5545 §3.8.7.2), like
        # LAST-MODIFIED: the latest of the case, its deadline-changing events and its organisation;
        # today's midnight while a pause is open, as the deadline moved overnight.
        moments = [_utc(updated_at), _utc(org_updated)] + ([_utc(last_event)] if last_event else [])
        if waiting and is_open and pause_rule != "none":
            moments.append(midnight)
        revised = max(moments)

        event = IcsEvent()
        event.add("uid", event_uid(reference, slug))
        event.add("dtstamp", revised)
        event.add("last-modified", revised)
        event.add("created", _utc(created_at))
        event.add("sequence", sequence)
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: the clerk is not busy
        event.add("class", "PRIVATE")
        event.add("categories", ["DSAR"])
        right_list = [r for r in rights.split(",") if r]
        event.add("summary", _summary(reference, right_list, bool(extended), waiting and is_open, not is_open))
        lines = [
            f"Case {reference} of {org_name}: {', '.join(RIGHT_LABELS.get(r, r) for r in right_list)}.",
            f"Status: {STATUS_LABELS.get(status, status)}.",
            f"Due {deadline.due.isoformat()} (legal limit {deadline.legal_limit.isoformat()}"
            + (f", promised {deadline.promise.isoformat()}" if deadline.promise else "") + ").",
            deadline.explanation,
            "",
            "The requester's details stay in DSAR Desk: open the case there.",
        ]
        if is_open:
            event.add("status", "CONFIRMED")
            open_count += 1
        else:
            event.add("status", "CANCELLED")
            lines.insert(0, "No longer due: the case is " + STATUS_LABELS.get(status, status).lower() + ".")
            cancelled_count += 1
        event.add("description", "\n".join(lines))
        cal.add_component(event)
    return cal.to_ical(), ExportResult(open_count, cancelled_count)
