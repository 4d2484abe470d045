"""What to remind the clerk of, and when: plain Python, no Qt, no database.

The desk reminds at start and then once every morning while it keeps running (a clerk who
leaves the app open for a week still gets one reminder a day, never one per hour). What a
reminder says is a :class:`Reminder`: counts of open cases that are overdue, due today and
due within the next N days, plus the most urgent references. The words are put together by
the interface (translated there); this module only decides.

Cases whose clock is stopped (the organisation waits for the requester's proof of identity
or for a narrowed request, under the "suspend" or "restart" rule) are not due: they are
counted apart, as ``waiting``, because the clerk may want to chase the requester.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

#: Hour of the day (local time) from which the morning reminder is given.
MORNING_HOUR = 8
#: Default of the clerk's setting "remind of what is due within N days".
DEFAULT_WITHIN_DAYS = 7
#: How many references a reminder names at most (the rest is a count).
MAX_ITEMS = 5


@dataclass(frozen=True)
class DueItem:
    reference: str
    due: date


@dataclass(frozen=True)
class Reminder:
    today: date
    within_days: int
    overdue: int  # open, clock running, due before today
    due_today: int
    due_soon: int  # due after today and at most ``within_days`` days from today
    waiting: int = 0  # clock stopped: waiting for the requester
    items: tuple[DueItem, ...] = ()  # the most urgent, earliest due first

    @property
    def badge(self) -> int:
        """The number in the window title and the tray: what needs answering soon."""
        return self.overdue + self.due_today + self.due_soon

    @property
    def worth_notifying(self) -> bool:
        """Nothing overdue or due within the window: no notification (silence is good news)."""
        return self.badge > 0

    def more(self) -> int:
        """How many due cases the reminder does not name."""
        return max(0, self.badge - len(self.items))


def check_within_days(value: object) -> int:
    """The "remind within N days" setting, read leniently: a whole number from 0 to 90.

    A hand-edited settings file with nonsense falls back to the default rather than
    crashing the reminder.
    """
    if isinstance(value, bool):
        return DEFAULT_WITHIN_DAYS
    try:
        days = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_WITHIN_DAYS
    if days < 0 or days > 90:
        return DEFAULT_WITHIN_DAYS
    return days


def classify(due: date, today: date, within_days: int) -> str | None:
    """``"overdue"``, ``"today"``, ``"soon"`` or None (not due within the window).

    The SQL of the today view counts with the same boundaries; the unit tests check both agree.
    """
    if due < today:
        return "overdue"
    if due == today:
        return "today"
    if due <= today + timedelta(days=within_days):
        return "soon"
    return None


def reminder_due(last: date | None, now: datetime, morning_hour: int = MORNING_HOUR) -> bool:
    """Should a reminder be given now?

    ``last`` is the local date of the last reminder given by this run of the app (None: none
    yet, so this is the start and the answer is yes). Afterwards: once per day, from
    ``morning_hour`` on. A computer woken from sleep in the afternoon gets that day's reminder
    when it wakes; a clock set back never gives two on the same date.
    """
    if last is None:
        return True
    today = now.date()
    return today > last and now.time() >= time(morning_hour)


def next_morning(now: datetime, morning_hour: int = MORNING_HOUR) -> datetime:
    """The next moment a morning reminder falls due after ``now`` (local, naive)."""
    candidate = datetime.combine(now.date(), time(morning_hour))
    if candidate <= now:
        candidate = datetime.combine(now.date() + timedelta(days=1), time(morning_hour))
    return candidate
