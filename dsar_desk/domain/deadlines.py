"""Deadline engine: when must a data subject request be answered?

Plain Python (stdlib, ``holidays``, ``babel``; ``dateutil`` is not needed); no Qt, no peewee.

Rules implemented (GDPR Art. 12(3), periods counted per Regulation (EEC, Euratom)
No 1182/71, as EDPB Guidelines 01/2022 on the right of access do):

* The date of receipt is the *local* date at the organisation (see
  :func:`receipt_date` for turning a timestamp into that date).
* The day of receipt is not counted.  A period of months ends at the end of the
  day, in the last month, with the same date as the day of receipt; where that
  month has no such date, on its last day (5 March -> 5 April,
  31 August -> 30 September, 31 January -> 28/29 February).  See :func:`add_months`.
* Where the last day is a Saturday, Sunday or public holiday *of the
  organisation's country* (and optional subdivision) - never the requester's -
  the period ends at the end of the next working day.  Public holidays come from
  the ``holidays`` package; there are no hand-written holiday tables here.
* Extension by two further months "where necessary": the extended limit is
  three months from receipt (same month-end and working-day rules).  It must be
  decided, with reasons, on or before the first (one-month) limit.
* Waiting for identity / clarification, per organisation (``pause_rule``):

  - ``"suspend"`` (default; EDPB Guidelines 01/2022, French practice): the limit
    moves by the days waited (date the information arrived minus the date it
    was asked for, summed over pauses - overlapping pauses are counted once),
    and *then* the working-day rule applies.
  - ``"restart"`` (UK ICO): the period runs again from the day the information
    arrived (the latest arrival when there are several pauses).
  - ``"none"``: pauses have no effect.

  While a pause is open (asked, not yet arrived) the clock is stopped: the days
  waited so far are counted up to ``today`` (under "restart", the limit shown is
  the one that would apply if the information arrived ``today``).
* The organisation's own promise (``promise_days`` calendar days, e.g. 30) is
  received + N days (+ the days waited under "suspend"; from the restart date
  under "restart"), rolled to the next working day like the legal limit.  The
  case is due at the earlier of promise and legal limit - except once extended:
  then the requester has been told a new date, the extended legal limit, which
  is the due date (the promise is still reported).

Deliberately NOT offered (traps): the old Belgian 45-day access period (law of
8 December 1992) and the French 8-day period for medical records (Code de la
santé publique, art. L1111-7) are not GDPR limits; a GDPR request is governed by
Art. 12(3) only, so neither appears here.

Errors: every user mistake that :func:`compute_deadline` can meet (unknown
country/subdivision/language/pause rule, a pause asked before receipt or
answered before it was asked, a non-positive promise, a timestamp instead of a
date) raises :class:`DeadlineError` (a ``ValueError``) with a plain message that
can be shown as is.  :func:`extension_allowed` / :func:`check_extension` do not
raise for user mistakes: they return ``(False, message)``.

Performance: holiday dates are cached per (country, subdivision, year) as
frozensets built lazily from ``holidays``; the explanation (babel formatting,
holiday names) is only built when ``Deadline.explanation`` is first read.
"""

from __future__ import annotations

import calendar as _calendar_mod
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from threading import Lock
from typing import Iterable

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.dates import get_day_names as _babel_day_names

from dsar_desk.domain.locales import babel_locale
from dsar_desk.domain.messages import msg


def _holidays():
    """The holidays package, imported when a calendar is first needed (about 0.2 s: its country
    modules all load at once), not when the app starts."""
    import holidays

    return holidays


__all__ = [
    "PAUSE_RULES",
    "LANGUAGES",
    "DeadlineError",
    "Pause",
    "DeadlineInput",
    "Deadline",
    "compute_deadline",
    "add_months",
    "next_working_day",
    "is_working_day",
    "holiday_name",
    "extension_allowed",
    "check_extension",
    "supported_countries",
    "supported_subdivisions",
    "receipt_date",
    "format_day",
]

PAUSE_RULES = ("suspend", "restart", "none")
#: Languages of explanations and messages.
LANGUAGES = ("en", "nl", "fr", "de")

_ONE_DAY = timedelta(days=1)
_TWO_DAYS = timedelta(days=2)


class DeadlineError(ValueError):
    """A plain-language problem with the input of a deadline computation."""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Pause:
    requested: date  # when the organisation asked for identity / clarification
    received: date | None  # when it arrived; None = still waiting


@dataclass(frozen=True)
class DeadlineInput:
    received: date
    country: str  # ISO alpha-2 of the organisation
    subdivision: str | None = None
    promise_days: int | None = None
    extended: bool = False
    pauses: tuple[Pause, ...] = ()
    pause_rule: str = "suspend"


class _LazyExplanation:
    """Data descriptor behind ``Deadline.explanation``.

    The text (babel formatting, holiday names) is built on first read and
    cached on the instance, so list columns that only need dates never pay for
    it.  An explicit ``explanation=...`` given to ``Deadline(...)`` is kept as is.
    """

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self  # the dataclass default: "build lazily"
        cache = obj.__dict__
        try:
            return cache["_explanation"]
        except KeyError:
            pass
        ctx = obj._context
        text = _explain(obj, *ctx) if ctx is not None else ""
        cache["_explanation"] = text
        return text

    def __set__(self, obj, value):
        if value is self:  # default: leave it to __get__
            return
        obj.__dict__["_explanation"] = value


_LAZY = _LazyExplanation()


@dataclass(frozen=True)
class Deadline:
    """Result of :func:`compute_deadline`.

    ``explanation`` is built lazily on first read (then cached); it is not part
    of ``==``/``hash``/``repr``.
    """

    legal_limit: date  # one month, or three when extended, with pauses, on a working day
    first_limit: date  # the one-month limit with pauses: extension must be decided by then
    promise: date | None
    due: date  # min(legal_limit, promise); legal_limit when extended
    extended: bool
    waited_days: int  # days waited for identity/clarification (to `today` if open); 0 under "none"
    waiting: bool  # a pause is still open: the clock is stopped ("suspend"/"restart" only)
    explanation: str = field(default=_LAZY, compare=False, repr=False)  # type: ignore[assignment]
    clock_start: date | None = None  # received, or the restart date under "restart"
    language: str = "en"
    _context: tuple | None = field(default=None, repr=False, compare=False)

    def days_left(self, today: date) -> int:
        """Days from ``today`` to the due date (negative when overdue)."""
        return (self.due - today).days

    def overdue(self, today: date) -> bool:
        return today > self.due


# ----------------------------------------------------------------------- calendars


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if _calendar_mod.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def add_months(start: date, months: int) -> date:
    """Unadjusted end of a period of ``months`` months (Reg. 1182/71 art. 3(2)(c)).

    Same date in the last month, or that month's last day when it has no such
    date: 31 Jan + 1 -> 28 Feb (29 in a leap year); 31 Aug + 1 -> 30 Sep.
    No working-day adjustment.
    """
    m0 = start.month - 1 + months
    year = start.year + m0 // 12
    month = m0 % 12 + 1
    try:
        return date(year, month, min(start.day, _days_in_month(year, month)))
    except ValueError as exc:  # year out of range
        raise DeadlineError(msg("deadline.date-months-out-range",
                                "The date {start} + {months} months is out of range.",
                                start=start, months=months)) from exc


# Public holidays are the ``holidays`` package's "public" category, used as is
# (no hand-written tables).  Facts checked in holidays 0.109:
# * NL: New Year, Good Friday, Easter Sunday/Monday, King's Day (27 April; 26
#   April when the 27th is a Sunday), Liberation Day 5 May only every 5 years
#   (2025, 2030, ...; every year only in the "optional" category), Ascension,
#   Whit Sunday/Monday, 25 and 26 December; not 1 May.  Note that the
#   Algemene termijnenwet lists 5 May every year and does not list Good Friday;
#   we follow ``holidays`` as is rather than invent a Dutch table.
# * BE: Easter Monday, 1 May, Ascension, Whit Monday, 21 July, 15 August,
#   1 November, 11 November, 25 December (26 December is not a holiday).
# * FR: adds 8 May, 14 July, Armistice 11 November; no Good Friday or 26
#   December except in Alsace-Moselle (below).
# * LU: Europe Day 9 May, National Day 23 June, 26 December (St Stephen).
# * DE: federal days (Good Friday, 3 October, 25/26 December, ...); state days
#   (Corpus Christi, All Saints, Epiphany, ...) only with a subdivision such as
#   "BY" or "NW" (holidays also accepts "Bayern", "Nordrhein-Westfalen").
#
# Extra subdivision names accepted on top of what ``holidays`` accepts.  The
# ``holidays`` package (0.109) names Alsace-Moselle as two France subdivisions,
# "57" (Moselle) and "6AE" (Alsace, ISO 3166-2 code of the Collectivité
# européenne d'Alsace, which covers the former departments 67 Bas-Rhin and
# 68 Haut-Rhin), both with Good Friday and 26 December; its own aliases are
# "Moselle" and "Alsace".  "Alsace-Moselle" itself is deprecated there (warns).
# We map the department numbers and the old name to the matching code; the
# holiday dates still come from ``holidays``.
_EXTRA_SUBDIVISION_ALIASES = {
    "FR": {
        "67": "6AE",
        "68": "6AE",
        "BAS-RHIN": "6AE",
        "HAUT-RHIN": "6AE",
        "ALSACE-MOSELLE": "6AE",  # same public holidays as "57" in holidays 0.109
    },
}


class _Calendar:
    """Working days of one (country, subdivision), with lazily built years."""

    __slots__ = ("country", "subdivision", "_cls", "_years", "_named", "_lock")

    def __init__(self, country: str, subdivision: str | None, cls: type) -> None:
        self.country = country
        self.subdivision = subdivision
        self._cls = cls
        self._years: dict[int, frozenset[date]] = {}
        self._named: dict[str, object] = {}
        self._lock = Lock()

    def _load(self, year: int) -> frozenset[date]:
        with self._lock:
            found = self._years.get(year)
            if found is None:
                # Neighbouring years too, so that a holiday observed across the
                # year boundary is not missed; keep this year's dates only.
                h = _holidays().country_holidays(
                    self.country, subdiv=self.subdivision, years=(year - 1, year, year + 1)
                )
                found = frozenset(d for d in h if d.year == year)
                self._years[year] = found
            return found

    def holidays_of(self, year: int) -> frozenset[date]:
        found = self._years.get(year)
        return found if found is not None else self._load(year)

    def is_holiday(self, day: date) -> bool:
        found = self._years.get(day.year)
        if found is None:
            found = self._load(day.year)
        return day in found

    def is_working(self, day: date) -> bool:
        # Reg. 1182/71: Saturdays and Sundays are never working days.
        return day.weekday() < 5 and not self.is_holiday(day)

    def roll(self, day: date) -> date:
        """``day`` itself if a working day, else the next working day."""
        years = self._years
        while True:
            wd = day.weekday()
            if wd == 5:
                day += _TWO_DAYS
                continue
            if wd == 6:
                day += _ONE_DAY
                continue
            found = years.get(day.year)
            if found is None:
                found = self._load(day.year)
            if day in found:
                day += _ONE_DAY
                continue
            return day

    def name(self, day: date, language: str) -> str | None:
        if not self.is_holiday(day):
            return None
        cls = self._cls
        supported = getattr(cls, "supported_languages", ()) or ()
        hl = None
        candidates = ("en_IE", "en_GB", "en_US", "en") if language == "en" else (language,)
        for cand in candidates:
            if cand in supported:
                hl = cand
                break
        if hl is None:
            hl = getattr(cls, "default_language", None)
        key = hl or ""
        named = self._named.get(key)
        if named is None:
            with self._lock:
                named = self._named.get(key)
                if named is None:
                    named = _holidays().country_holidays(
                        self.country, subdiv=self.subdivision, language=hl
                    )
                    self._named[key] = named
        return named.get(day)  # type: ignore[attr-defined]


_CALENDARS: dict[tuple[object, object], _Calendar] = {}
_CALENDARS_LOCK = Lock()


def _canonical_subdivision(country: str, cls: type, subdivision: str) -> str | None:
    subs = tuple(getattr(cls, "subdivisions", ()) or ())
    aliases = dict(getattr(cls, "subdivisions_aliases", {}) or {})
    if subdivision in subs:
        return subdivision
    if subdivision in aliases:
        return aliases[subdivision]
    folded = subdivision.casefold()
    for s in subs:
        if s.casefold() == folded:
            return s
    for a, s in aliases.items():
        if a.casefold() == folded:
            return s
    extra = _EXTRA_SUBDIVISION_ALIASES.get(country, {}).get(subdivision.upper())
    if extra in subs:
        return extra
    return None


def _make_calendar(country: object, subdivision: object) -> _Calendar:
    if not isinstance(country, str) or not country.strip():
        raise DeadlineError(msg("deadline.organisation-s-country-missing", "The organisation's country is missing."))
    code = country.strip().upper()
    try:
        probe = _holidays().country_holidays(code)
    except NotImplementedError:
        raise DeadlineError(
            msg("deadline.public-holidays-are-available",
                "Public holidays are not available for the country “{country}”; use an ISO 3166-1 alpha-2 code such as FR, BE, NL, LU or DE.",
                country=country)
        ) from None
    cls = type(probe)
    code = probe.country  # canonical alpha-2 (e.g. "UK" -> "GB")
    sub: str | None = None
    if subdivision is not None:
        if not isinstance(subdivision, str):
            raise DeadlineError(msg("deadline.subdivision-text-code",
                                    "The subdivision “{subdivision}” is not a text code.",
                                    subdivision=subdivision))
        if subdivision.strip():
            sub = _canonical_subdivision(code, cls, subdivision.strip())
            if sub is None:
                known = ", ".join(getattr(cls, "subdivisions", ()) or ()) or "none"
                raise DeadlineError(
                    msg("deadline.subdivision-known-known",
                        "The subdivision “{subdivision}” is not known for {code} (known: {known}).",
                        subdivision=subdivision, code=code, known=known)
                )
    return _Calendar(code, sub, cls)


def prepare_calendar(country: object, subdivision: object = None, years: Iterable[int] = ()) -> None:
    """Build the working-day calendar of (country, subdivision) for ``years`` ahead of its first
    use (the app does it off the UI thread after it starts); a bad country is left for the
    deadline to report."""
    try:
        calendar = _calendar(country, subdivision)
    except DeadlineError:
        return
    for year in years:
        calendar.holidays_of(year)


def _calendar(country: object, subdivision: object = None) -> _Calendar:
    key = (country, subdivision)
    try:
        return _CALENDARS[key]
    except (KeyError, TypeError):
        pass
    cal = _make_calendar(country, subdivision)
    with _CALENDARS_LOCK:
        canonical = _CALENDARS.setdefault((cal.country, cal.subdivision), cal)
        try:
            _CALENDARS[key] = canonical
        except TypeError:  # unhashable junk: validated above, so unreachable
            pass
    return canonical


def is_working_day(day: date, country: str, subdivision: str | None = None) -> bool:
    """Not a Saturday, Sunday or public holiday of the country (subdivision)."""
    return _calendar(country, subdivision).is_working(_as_date(day, "day"))


def next_working_day(day: date, country: str, subdivision: str | None = None) -> date:
    """``day`` itself if it is a working day, else the next working day."""
    return _calendar(country, subdivision).roll(_as_date(day, "day"))


def holiday_name(
    day: date, country: str, subdivision: str | None = None, language: str = "en"
) -> str | None:
    """Name of the public holiday on ``day`` (None if none), in ``language``
    when ``holidays`` has it for that country, else in the country's default
    language (several holidays on one day are joined with "; ")."""
    return _calendar(country, subdivision).name(_as_date(day, "day"), _language(language))


def supported_countries() -> list[str]:
    """ISO alpha-2 codes that ``holidays`` supports (sorted)."""
    return sorted(
        c
        for c in _holidays().list_supported_countries(include_aliases=False)
        if len(c) == 2
    )


def supported_subdivisions(country: str) -> list[str]:
    """Subdivision codes ``holidays`` knows for ``country`` (may be empty)."""
    return list(getattr(_calendar(country, None)._cls, "subdivisions", ()) or ())


def region_names(country: str) -> dict[str, str]:
    """Subdivision code → a readable name, where the holidays package has one ("BY" → "Bavaria")."""
    try:
        cls = _holidays().country_holidays(country).__class__
        aliases = getattr(cls, "subdivisions_aliases", {}) or {}
    except Exception:  # noqa: BLE001 - a country holidays does not know: codes only
        aliases = {}
    names: dict[str, str] = {}
    for alias, code in aliases.items():
        if len(alias) > len(names.get(code, "")) and alias != code:
            names[code] = alias
    return names


def receipt_date(moment: datetime | date, tz: tzinfo | str | None = None) -> date:
    """The local date at the organisation of a receipt timestamp.

    An aware datetime is converted to ``tz`` (a tzinfo or IANA name, e.g.
    "Europe/Brussels"); a naive datetime is taken as already local; a date is
    returned as is.
    """
    if not isinstance(moment, datetime):
        return _as_date(moment, "date of receipt")
    if moment.tzinfo is not None and tz is not None:
        if isinstance(tz, str):
            try:
                from zoneinfo import ZoneInfo

                tz = ZoneInfo(tz)
            except Exception:  # ZoneInfoNotFoundError, ValueError, missing tzdata
                raise DeadlineError(msg("deadline.time-zone-known", "The time zone “{tz}” is not known.", tz=tz)) from None
        moment = moment.astimezone(tz)
    return moment.date()


# ----------------------------------------------------------------------- checks


def _as_date(value: object, what: str) -> date:
    if isinstance(value, datetime):
        raise DeadlineError(
            msg("deadline.must-date-date-time",
                "The {what} must be a date, not a date and time (use the organisation's local date, see receipt_date()).",
                what=what)
        )
    if not isinstance(value, date):
        raise DeadlineError(msg("deadline.missing-date", "The {what} is missing or is not a date.", what=what))
    return value


_LANG_CACHE: dict[object, str] = {}


def _language(language: object) -> str:
    try:
        return _LANG_CACHE[language]
    except (KeyError, TypeError):
        pass
    if isinstance(language, str):
        short = language.strip().replace("-", "_").split("_")[0].lower()
        if short in LANGUAGES:
            _LANG_CACHE[language] = short
            return short
    raise DeadlineError(
        msg("deadline.language-available-available",
            "The language “{language}” is not available (available: {known}).",
            language=language, known=list(LANGUAGES))
    )


def _merge_pauses(
    pauses: Iterable[Pause], received: date, today: date | None
) -> tuple[int, bool, date | None, date | None, list]:
    """Validate pauses; return (days waited, open?, restart date, today used, rows).

    ``rows`` is [(requested, arrived or None)] in order of request, for the
    explanation.  Days waited are the union of [requested, arrived) intervals,
    an open pause running to ``today``.
    """
    rows = []
    for p in pauses:
        if not isinstance(p, Pause):
            raise DeadlineError(msg("deadline.pause-must-pause-requested",
                                    "A pause must be a Pause(requested, received)."))
        req = _as_date(p.requested, "date identity/clarification was asked for")
        if req < received:
            raise DeadlineError(
                msg("deadline.identity-clarification-was-asked",
                    "Identity/clarification was asked for on {req}, before the request was received ({received}).",
                    req=req, received=received)
            )
        got = p.received
        if got is not None:
            got = _as_date(got, "date identity/clarification arrived")
            if got < req:
                raise DeadlineError(
                    msg("deadline.identity-clarification-arrived-on",
                        "Identity/clarification arrived on {got}, before it was asked for ({req}).",
                        got=got, req=req)
                )
        rows.append((req, got))
    if not rows:
        return 0, False, None, today, rows
    waiting = any(got is None for _, got in rows)
    if waiting and today is None:
        today = date.today()
    spans = []
    restart = None
    for req, got in rows:
        end = got if got is not None else max(today, req)  # type: ignore[type-var]
        spans.append((req, end))
        if restart is None or end > restart:
            restart = end
    spans.sort()
    total = 0
    cur_s, cur_e = spans[0]
    for s, e in spans[1:]:
        if s <= cur_e:
            if e > cur_e:
                cur_e = e
        else:
            total += (cur_e - cur_s).days
            cur_s, cur_e = s, e
    total += (cur_e - cur_s).days
    rows.sort(key=lambda r: r[0])
    return total, waiting, restart, today, rows


# ---------------------------------------------------------------------- compute


def compute_deadline(
    inp: DeadlineInput, language: str = "en", today: date | None = None
) -> Deadline:
    """Compute the legal limit, the promise and the due date of one request.

    ``today`` matters only while a pause is open (days waited so far); it
    defaults to ``date.today()`` then.  Raises :class:`DeadlineError` for bad
    input.  The explanation (in ``language``) is built on first access.
    """
    lang = _language(language)
    cal = _calendar(inp.country, inp.subdivision)
    received = inp.received
    if type(received) is not date:
        received = _as_date(received, "date of receipt")
    rule = inp.pause_rule
    if rule not in PAUSE_RULES:
        raise DeadlineError(
            msg("deadline.pause-rule-known-known", "The pause rule “{rule}” is not known (known: {known}).",
                rule=rule, known=list(PAUSE_RULES))
        )
    promise_days = inp.promise_days
    if promise_days is not None and (
        type(promise_days) is not int or promise_days <= 0
    ):
        raise DeadlineError(
            msg("deadline.promised-number-days-must",
                "The promised number of days must be a whole number above 0, not “{promise_days}”.",
                promise_days=promise_days)
        )
    if today is not None:
        today = _as_date(today, "date of today")

    waited = 0
    waiting = False
    start = received
    shift = 0
    if inp.pauses:
        waited, waiting, restart, today, _rows = _merge_pauses(inp.pauses, received, today)
        if rule == "suspend":
            shift = waited
        elif rule == "restart":
            start = restart  # type: ignore[assignment]
        else:  # "none": no effect, nothing reported
            waited, waiting = 0, False

    first = add_months(start, 1)
    if shift:
        first += timedelta(days=shift)
    first = cal.roll(first)
    extended = bool(inp.extended)
    if extended:
        legal = add_months(start, 3)
        if shift:
            legal += timedelta(days=shift)
        legal = cal.roll(legal)
    else:
        legal = first
    promise = None
    if promise_days is not None:
        promise = cal.roll(start + timedelta(days=promise_days + shift))
    if extended or promise is None or legal <= promise:
        due = legal
    else:
        due = promise
    return Deadline(
        legal,
        first,
        promise,
        due,
        extended,
        waited,
        waiting,
        _LAZY,
        start,
        lang,
        (inp, cal, today),
    )


# -------------------------------------------------------------------- extension

_EXT_MESSAGES = {
    "en": {
        "already": "The case is already extended; the limit can be extended only once, by two further months.",
        "late": "Too late to extend: the extension had to be decided by {first}, the first limit; it is now {on}.",
        "reasons": "Give the reasons for the extension: the requester must be told them.",
    },
    "nl": {
        "already": "De zaak is al verlengd; de termijn kan maar één keer worden verlengd, met twee maanden.",
        "late": "Te laat om te verlengen: de verlenging moest uiterlijk op {first} (de eerste termijn) worden beslist; het is nu {on}.",
        "reasons": "Geef de redenen voor de verlenging: de betrokkene moet ze te horen krijgen.",
    },
    "fr": {
        "already": "Le dossier est déjà prolongé ; le délai ne peut être prolongé qu'une fois, de deux mois.",
        "late": "Trop tard pour prolonger : la prolongation devait être décidée au plus tard le {first} (premier délai) ; nous sommes le {on}.",
        "reasons": "Indiquez les motifs de la prolongation : ils doivent être communiqués à la personne concernée.",
    },
    "de": {
        "already": "Der Fall ist bereits verlängert; die Frist kann nur einmal um zwei weitere Monate verlängert werden.",
        "late": "Zu spät für eine Verlängerung: Sie musste bis {first} (erste Frist) beschlossen werden; heute ist {on}.",
        "reasons": "Geben Sie die Gründe für die Verlängerung an: Sie müssen der betroffenen Person mitgeteilt werden.",
    },
}


def extension_allowed(
    inp: DeadlineInput,
    on: date,
    reasons: str | None = None,
    language: str = "en",
) -> tuple[bool, str]:
    """May the limit be extended by two further months on date ``on``?

    Allowed on or before the first (one-month) limit, counted with its
    suspension as of ``on``; refused after it, and refused when already
    extended.  When ``reasons`` is given (not None) it must be non-blank.
    Returns ``(True, "")`` or ``(False, plain message)``; it does not raise for
    user mistakes (a bad input gives ``(False, the DeadlineError message)``).
    """
    try:
        lang = _language(language)
    except DeadlineError as exc:
        return False, str(exc)
    msgs = _EXT_MESSAGES[lang]
    english = lang == "en"  # English answers are coded messages the interface translates
    try:
        on = _as_date(on, "date of the decision")
        if inp.extended:
            if english:
                return False, msg("deadline.already-extended", "The case is already extended; the limit can be "
                                  "extended only once, by two further months.")
            return False, msgs["already"]
        d = compute_deadline(inp, lang, today=on)
    except DeadlineError as exc:
        return False, str(exc)
    if on > d.first_limit:
        if english:
            return False, msg("deadline.extension-too-late", "Too late to extend: the extension had to be decided "
                              "by {first:long}, the first limit; it is now {on:long}.", first=d.first_limit, on=on)
        return False, msgs["late"].format(
            first=format_day(d.first_limit, lang), on=format_day(on, lang)
        )
    if reasons is not None and (not isinstance(reasons, str) or not reasons.strip()):
        if english:
            return False, msg("deadline.extension-reasons", "Give the reasons for the extension: the requester must "
                              "be told them.")
        return False, msgs["reasons"]
    return True, ""


def check_extension(
    inp: DeadlineInput, on: date, reasons: str | None, language: str = "en"
) -> tuple[bool, str]:
    """Like :func:`extension_allowed`, but reasons are required (None = blank)."""
    return extension_allowed(inp, on, reasons if reasons is not None else "", language)


# ------------------------------------------------------------------ explanation

def _locale(lang: str) -> Locale:
    return babel_locale(lang)


def format_day(day: date, language: str = "en", weekday: bool = True) -> str:
    """A date as people read it: "Monday 2 March 2026", "maandag 2 maart 2026",
    "lundi 2 mars 2026", "Montag, 2. März 2026" (``weekday=False``: without the
    day name)."""
    lang = _language(language)
    return _babel_format_date(day, "full" if weekday else "long", locale=_locale(lang))


_T = {
    "en": {
        "received": "received {d}",
        "one": "one month: {x}",
        "three": "extended by two further months (decided by the first limit, {first}); three months: {x}",
        "plus": "{d} + {n} waited = {x}",
        "is_weekend": "{d} is a {wd}",
        "is_holiday": "{d} is a public holiday ({name})",
        "also_holiday": "{d} is also a public holiday ({name})",
        "arrow": "{x} → {y}",
        "pause_done": "identity/clarification asked for on {a}, received {b}",
        "pause_open": "identity/clarification asked for on {a}, not received yet",
        "waited_suspend": "{n} waited, added to the limits (suspension)",
        "waited_open": "{n} waited so far (to {today}): the clock is stopped",
        "restart": "under the restart rule the period runs again from {d}",
        "restart_open": "under the restart rule the period will run again from the day it arrives; if it arrived today: from {d}",
        "none_rule": "waiting for identity/clarification does not stop the clock (organisation rule)",
        "promise": "promised within {n}: {x}",
        "promise_plus": "promised within {n} + {w} waited: {x}",
        "due_earlier": "due: the earlier, {d}",
        "due_extended": "due: the extended legal limit, {d} (the requester was told this date)",
        "due": "due: {d}",
        "day": ("{n} day", "{n} days"),
    },
    "nl": {
        "received": "ontvangen op {d}",
        "one": "één maand: {x}",
        "three": "verlengd met twee maanden (beslist vóór de eerste termijn, {first}); drie maanden: {x}",
        "plus": "{d} + {n} gewacht = {x}",
        "is_weekend": "{d} is een {wd}",
        "is_holiday": "{d} is een feestdag ({name})",
        "also_holiday": "{d} is ook een feestdag ({name})",
        "arrow": "{x} → {y}",
        "pause_done": "identiteit/verduidelijking gevraagd op {a}, ontvangen op {b}",
        "pause_open": "identiteit/verduidelijking gevraagd op {a}, nog niet ontvangen",
        "waited_suspend": "{n} gewacht, bij de termijnen opgeteld (schorsing)",
        "waited_open": "tot nu toe {n} gewacht (tot {today}): de termijn staat stil",
        "restart": "volgens de herstartregel loopt de termijn opnieuw vanaf {d}",
        "restart_open": "volgens de herstartregel loopt de termijn opnieuw vanaf de dag van ontvangst; bij ontvangst vandaag: vanaf {d}",
        "none_rule": "wachten op identiteit/verduidelijking houdt de termijn niet tegen (regel van de organisatie)",
        "promise": "beloofd binnen {n}: {x}",
        "promise_plus": "beloofd binnen {n} + {w} gewacht: {x}",
        "due_earlier": "uiterlijk: de vroegste, {d}",
        "due_extended": "uiterlijk: de verlengde wettelijke termijn, {d} (deze datum is aan de betrokkene meegedeeld)",
        "due": "uiterlijk: {d}",
        "day": ("{n} dag", "{n} dagen"),
    },
    "fr": {
        "received": "demande reçue le {d}",
        "one": "un mois : {x}",
        "three": "prolongé de deux mois (décidé avant le premier délai, {first}) ; trois mois : {x}",
        "plus": "{d} + {n} d'attente = {x}",
        "is_weekend": "{d} est un {wd}",
        "is_holiday": "{d} est un jour férié ({name})",
        "also_holiday": "{d} est aussi un jour férié ({name})",
        "arrow": "{x} → {y}",
        "pause_done": "identité/précisions demandées le {a}, reçues le {b}",
        "pause_open": "identité/précisions demandées le {a}, pas encore reçues",
        "waited_suspend": "{n} d'attente, ajoutés aux délais (suspension)",
        "waited_open": "{n} d'attente à ce jour ({today}) : le délai est suspendu",
        "restart": "selon la règle du redémarrage, le délai repart du {d}",
        "restart_open": "selon la règle du redémarrage, le délai repartira du jour de la réception ; en cas de réception aujourd'hui : du {d}",
        "none_rule": "l'attente de l'identité ou de précisions ne suspend pas le délai (règle de l'organisme)",
        "promise": "promis sous {n} : {x}",
        "promise_plus": "promis sous {n} + {w} d'attente : {x}",
        "due_earlier": "échéance : la plus proche, {d}",
        "due_extended": "échéance : le délai légal prolongé, {d} (date annoncée à la personne concernée)",
        "due": "échéance : {d}",
        "day": ("{n} jour", "{n} jours"),
    },
    "de": {
        "received": "eingegangen am {d}",
        "one": "ein Monat: {x}",
        "three": "um zwei weitere Monate verlängert (beschlossen bis zur ersten Frist, {first}); drei Monate: {x}",
        "plus": "{d} + {n} Wartezeit = {x}",
        "is_weekend": "{d} ist ein {wd}",
        "is_holiday": "{d} ist ein Feiertag ({name})",
        "also_holiday": "{d} ist ebenfalls ein Feiertag ({name})",
        "arrow": "{x} → {y}",
        "pause_done": "Identitätsnachweis/Klarstellung angefordert am {a}, eingegangen am {b}",
        "pause_open": "Identitätsnachweis/Klarstellung angefordert am {a}, noch nicht eingegangen",
        "waited_suspend": "{n} Wartezeit, den Fristen hinzugerechnet (Hemmung)",
        "waited_open": "bisher {n} Wartezeit (bis {today}): die Frist ist angehalten",
        "restart": "nach der Neustart-Regel läuft die Frist ab {d} neu",
        "restart_open": "nach der Neustart-Regel läuft die Frist ab dem Eingang neu; bei Eingang heute: ab {d}",
        "none_rule": "das Warten auf Identitätsnachweis/Klarstellung hält die Frist nicht an (Regel der Organisation)",
        "promise": "zugesagt binnen {n}: {x}",
        "promise_plus": "zugesagt binnen {n} + {w} Wartezeit: {x}",
        "due_earlier": "fällig: das frühere Datum, {d}",
        "due_extended": "fällig: die verlängerte gesetzliche Frist, {d} (der betroffenen Person mitgeteilt)",
        "due": "fällig: {d}",
        "day": ("{n} Tag", "{n} Tage"),
        "day_within": ("{n} Tag", "{n} Tagen"),  # dative after "binnen"
    },
}


def _explain(dl: Deadline, inp: DeadlineInput, cal: _Calendar, today: date | None) -> str:
    lang = dl.language
    t = _T[lang]
    loc = _locale(lang)
    day_names = _babel_day_names("wide", locale=loc)

    def full(d: date) -> str:
        return _babel_format_date(d, "full", locale=loc)

    def long(d: date) -> str:
        return _babel_format_date(d, "long", locale=loc)

    def days(n: int, key: str = "day") -> str:
        one, many = t.get(key, t["day"])
        return (one if n == 1 else many).format(n=n)

    def rolled(raw: date) -> str:
        """"X is a Saturday, Y is also a holiday → Z" or just "Weekday X"."""
        end = cal.roll(raw)
        if end == raw:
            return full(raw)
        parts = []
        name = cal.name(raw, lang)
        if raw.weekday() >= 5:
            parts.append(t["is_weekend"].format(d=long(raw), wd=day_names[raw.weekday()]))
        else:
            parts.append(t["is_holiday"].format(d=full(raw), name=name))
        d = raw + _ONE_DAY
        while d < end:
            if d.weekday() < 5:
                parts.append(t["also_holiday"].format(d=full(d), name=cal.name(d, lang)))
            d += _ONE_DAY
        return t["arrow"].format(x=", ".join(parts), y=full(end))

    def with_shift(raw: date, shift: int) -> str:
        if not shift:
            return rolled(raw)
        moved = raw + timedelta(days=shift)
        return t["plus"].format(d=long(raw), n=days(shift), x=rolled(moved))

    sentences = [t["received"].format(d=full(inp.received))]
    rule = inp.pause_rule
    shift = 0
    if inp.pauses:
        _, _, _, _, rows = _merge_pauses(inp.pauses, inp.received, today)
        if rule == "none":
            sentences.append(t["none_rule"])
        else:
            for req, got in rows:
                if got is None:
                    sentences.append(t["pause_open"].format(a=full(req)))
                else:
                    sentences.append(t["pause_done"].format(a=full(req), b=full(got)))
            if dl.waiting:
                sentences.append(
                    t["waited_open"].format(n=days(dl.waited_days), today=full(today))  # type: ignore[arg-type]
                )
            if rule == "suspend":
                shift = dl.waited_days
                if not dl.waiting:
                    sentences.append(t["waited_suspend"].format(n=days(shift)))
            else:  # restart
                key = "restart_open" if dl.waiting else "restart"
                sentences.append(t[key].format(d=full(dl.clock_start)))
    start = dl.clock_start
    sentences.append(t["one"].format(x=with_shift(add_months(start, 1), shift)))
    if dl.extended:
        sentences.append(
            t["three"].format(
                first=full(dl.first_limit), x=with_shift(add_months(start, 3), shift)
            )
        )
    if dl.promise is not None and inp.promise_days is not None:
        raw = start + timedelta(days=inp.promise_days + shift)
        if shift:
            text = t["promise_plus"].format(
                n=days(inp.promise_days, "day_within"), w=days(shift), x=rolled(raw)
            )
        else:
            text = t["promise"].format(n=days(inp.promise_days, "day_within"), x=rolled(raw))
        sentences.append(text)
        key = "due_extended" if dl.extended else "due_earlier"
        sentences.append(t[key].format(d=full(dl.due)))
    elif dl.extended:
        sentences.append(t["due_extended"].format(d=full(dl.due)))
    else:
        sentences.append(t["due"].format(d=full(dl.due)))
    text = "; ".join(sentences)
    return text[:1].upper() + text[1:] + "."
