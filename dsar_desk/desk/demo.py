"""`dsar-desk demo`: the three sample organisations and a realistic spread of cases, with their history.

Cases are made with the same rules as the intake (references, deadlines from the engine) but
written in bulk, so that the benchmark's 100,000 cases take seconds, not hours. Each case gets
a history at plausible dates, as the desk itself would have written it, so that the figures and
the dashboard show something true to life:

* status changes (received → in progress → answered → closed, or refused, or withdrawn) at the
  days they happened; most requests are answered in one to four weeks, some late, some still open;
* about one in seven waits for proof of identity (a pause of one to three weeks, an identity
  check recorded, now and then a failed one and a refusal; an ID copy asked where the
  organisation's policy wants one);
* about one in twenty is extended (within the first month, with reasons) and answered within
  three months, mostly;
* refusals as manifestly unfounded or excessive, partial erasures kept under a legal obligation
  (the Art. 17(3) exception on a checklist item), no-data answers; repeat requests by the same
  requester within a year.

Letters: a letter row holds the real PDF of that letter of that case (rendered by the letter
pipeline, ~40 ms each), so only a few are made: extension letters and replies for up to
``letters`` cases (default: at most 60), sent on their dates. Every other answer is on record by
its status change, which is what the figures read when a case has no reply letter sent.

The record is chained and in time order (domain.record: an event is never dated before the one
written before it), so the history is written as it would have happened: the cases in the order
they were received, and every event, letters included, in the order of its time, chained as it
goes. On a database that already holds events, no demo event is dated before the newest of them
(they are moved up to it).
"""

from __future__ import annotations

import hashlib
import heapq
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from peewee import fn

from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain import cases as rules
from dsar_desk.domain.checklist import requester_key
from dsar_desk.domain.deadlines import DeadlineInput, Pause, compute_deadline
from dsar_desk.domain.messages import to_json
from dsar_desk.domain.record import GENESIS, event_hash
from dsar_desk.resources import resource
from dsar_desk.store.db import bulk_writing, is_server, writing
from dsar_desk.store.models import (
    Case,
    ChecklistItem,
    Event,
    IdentityCheck,
    Letter,
    Organisation,
    database,
    now,
    server_login,
)
from dsar_desk.store.models import Pause as PauseRow
from dsar_desk.store.organisations import profile_of

SAMPLES = ("ecomarket", "ecomail", "maildrop")

FIRST = ["Łukasz", "Zoë", "Ĳsbrand", "Řehoř", "Ödön", "Şule", "Anna", "Pieter", "Camille", "Jean-Luc", "Sofie",
         "Mathéo", "Inès", "Bram", "Noor", "Léa", "Thomas", "Fatima", "Jan", "Élodie", "Maarten", "Chloé",
         "Wouter", "Amélie", "Sander", "Margaux", "Joris", "Aïcha", "Daan", "Hélène"]
LAST = ["Śmigły", "Ørsted", "de Vries", "Dvořák", "Szőke", "Yılmaz", "Janssens", "Peeters", "Dubois", "Lefèvre",
        "Van den Broeck", "Martin", "Bakker", "El Amrani", "Müller", "Mertens", "Girard", "Visser", "Lambert",
        "Claes", "Moreau", "Smit", "Laurent", "Wouters", "François", "Meijer", "Fontaine", "De Smet"]
STREETS = {"BE": ["Rue de la Loi", "Kerkstraat", "Avenue Louise", "Stationsstraat"],
           "NL": ["Dorpsstraat", "Kerkstraat", "Molenweg", "Prinsengracht"],
           "FR": ["Rue de la République", "Avenue Victor Hugo", "Rue Pasteur", "Boulevard Voltaire"]}
TOWNS = {"BE": ["1000 Bruxelles", "2000 Antwerpen", "9000 Gent", "4000 Liège"],
         "NL": ["1012 AB Amsterdam", "3511 CD Utrecht", "2511 EF Den Haag", "9711 GH Groningen"],
         "FR": ["75011 Paris", "69002 Lyon", "13001 Marseille", "67000 Strasbourg"]}
SUMMARIES = {
    "nl": ["Ik wil graag weten welke gegevens u over mij bewaart.", "Verwijder mijn klantaccount en alle gegevens.",
           "Mijn adres is verkeerd, graag aanpassen.", "Ik wil geen reclame meer ontvangen."],
    "fr": ["Je souhaite obtenir une copie de mes données.", "Merci de supprimer mon compte client.",
           "Mon adresse est erronée, merci de la corriger.", "Je ne veux plus recevoir de publicité."],
}
RIGHT_SETS = [("access",), ("erasure",), ("rectification",), ("objection",), ("access", "portability"),
              ("erasure", "objection"), ("restriction",), ("withdraw-consent",), ("access",), ("access",)]
EXTENSION_REASONS = "The request covers eight years of orders in three systems; the search needs more time."
UNFOUNDED_REASON = "Fourth identical request in three months, each answered in full (Art. 12(5))."
ERASURE_KEPT = "Invoices are kept for seven years (accounting law); everything else is erased."
LETTER_BUDGET = 60


_search_key = lru_cache(maxsize=8192)(rules.search_key)


def load_samples() -> list[str]:
    """Import the sample profiles (replacing earlier versions); returns their slugs."""
    slugs = []
    for name in SAMPLES:
        text = resource("samples", f"{name}.toml").read_text(encoding="utf-8")
        slugs.append(import_profile(text).slug)
    return slugs


# -- one case's life -------------------------------------------------------------------------------

@dataclass
class _Life:
    """What happens to a demo case, and when (every date on or before today)."""

    status: str = "received"
    events: list[tuple[date, str, str, str, str, str]] = field(default_factory=list)  # day, kind, field, old, new, text
    pauses: list[tuple[str, date, date | None]] = field(default_factory=list)
    check: tuple[str, str, date] | None = None  # method, outcome, checked on
    extended_on: date | None = None
    notice_on: date | None = None  # the extension letter sent
    answered_on: date | None = None
    outcomes: dict[str, dict[str, str]] = field(default_factory=dict)
    unfounded: bool = False
    exception: bool = False  # an erasure item kept under Art. 17(3)(b)
    deadline: object = None  # the deadline before any extension, once the pauses are known

    def move(self, day: date, new: str, text: str = "") -> None:
        self.events.append((day, "status", "status", self.status, new, text))
        self.status = new


def _plan_life(received: date, today: date, rights: tuple[str, ...], org: Organisation, policy: str,
               rng: random.Random, hold: bool = False) -> _Life:
    """``hold``: the request is still being worked on today (the desk's open backlog)."""
    life = _Life()
    day = received + timedelta(days=rng.randint(1, 5))  # a new request waits a day or five
    if day > today:
        return life
    life.move(day, "in-progress")
    if hold:
        return life
    # proof of identity
    if rng.random() < (0.3 if policy != "none" else 0.08):
        asked = day + timedelta(days=rng.randint(0, 2))
        if asked > today:
            return life
        copy = policy == "id-copy" or rng.random() < 0.1
        life.move(asked, "awaiting-identity")
        life.events.append((asked, "identity", "request", "", "id-copy" if copy else "proof",
                            ("an ID copy asked of the requester; why lesser means are not enough: the account "
                             "holds no data to compare") if copy else "proof of identity asked of the requester"))
        answer = asked + timedelta(days=rng.randint(2, 21))
        if answer > today:  # still waiting
            life.pauses.append(("identity", asked, None))
            return life
        if rng.random() < 0.04:  # never answers: withdrawn after six weeks, or still waiting
            life.pauses.append(("identity", asked, None))
            if (today - asked).days > 45:
                life.move(asked + timedelta(days=45), "withdrawn", "no proof of identity; the requester withdrew")
            return life
        life.pauses.append(("identity", asked, answer))
        method = {"signed-letter": "signed-letter", "id-copy": "id-document"}.get(policy, "account-match")
        outcome = "failed" if rng.random() < 0.08 else "verified"
        life.check = (method, outcome, answer)
        life.events.append((answer, "identity", "outcome", "", outcome, f"Identity {outcome}: {method}"))
        if outcome == "failed":
            life.move(answer, "refused", "the identity could not be established")
            life.answered_on = answer
            life.outcomes = {r: {"outcome": "refused", "reason": "identity not established"} for r in rights}
            return _close(life, today, rng)
        life.move(answer, "in-progress")
        day = answer
    inputs = DeadlineInput(received=received, country=org.country, subdivision=org.subdivision,
                           promise_days=org.deadline_days, pause_rule=org.pause_rule,
                           pauses=tuple(Pause(a, b) for _, a, b in life.pauses))
    life.deadline = compute_deadline(inputs, today=today)
    first = life.deadline.first_limit
    if rng.random() < 0.02:
        withdrawn = day + timedelta(days=rng.randint(1, 10))
        if withdrawn <= today:  # stays withdrawn: closing asks an outcome per right
            life.move(withdrawn, "withdrawn", "the requester withdrew the request")
        return life
    # extended within the first month, and how the extension was notified
    if rng.random() < 0.05:
        decided = min(first, day + timedelta(days=rng.randint(5, 20)))
        if decided <= today:
            life.extended_on = decided
            life.events.append((decided, "extended", "", "", "", EXTENSION_REASONS))
            pick = rng.random()
            notice = (decided + timedelta(days=rng.randint(0, 2)) if pick < 0.75
                      else first + timedelta(days=rng.randint(3, 12)) if pick < 0.9 else None)
            if notice is not None and notice <= today:
                life.notice_on = max(notice, decided)
            answer = day + timedelta(days=int(rng.triangular(25, 100, 60)))
        else:
            answer = day + timedelta(days=int(rng.triangular(2, 40, 14)))
    else:
        pick = rng.random()  # a few late, and now and then one forgotten for months
        delay = rng.randint(31, 50) if pick < 0.07 else rng.randint(60, 150) if pick < 0.085 else int(
            rng.triangular(2, 29, 12))
        answer = day + timedelta(days=delay)
    if answer > today:
        return life
    pick = rng.random()
    if pick < 0.04:
        life.unfounded = True
        life.move(answer, "refused", UNFOUNDED_REASON)
        life.outcomes = {r: {"outcome": "refused", "reason": UNFOUNDED_REASON} for r in rights}
    else:
        life.move(answer, "answered")
        for r in rights:
            if r == "erasure" and rng.random() < 0.25:
                life.exception = True
                life.outcomes[r] = {"outcome": "partly-granted", "reason": ERASURE_KEPT}
            else:
                life.outcomes[r] = {"outcome": "no-data" if rng.random() < 0.08 else "granted", "reason": ""}
    life.answered_on = answer
    return _close(life, today, rng)


def _close(life: _Life, today: date, rng: random.Random) -> _Life:
    closed = life.events[-1][0] + timedelta(days=rng.randint(1, 20))
    if closed <= today:
        life.move(closed, "closed")
    return life


# -- bulk writing -------------------------------------------------------------------------------------

def _plain(value):
    """A value as peewee stores it in SQLite: dates as ISO text, times without microseconds, 0/1."""
    if isinstance(value, (date, datetime)):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _bulk(model, rows: list[dict]) -> None:
    """INSERT many rows at once (the DB-API's executemany: ~20x faster than peewee's insert_many)."""
    if not rows:
        return
    fields_ = [f for f in model._meta.sorted_fields if f.name != "id"]
    server = is_server()  # psycopg adapts dates and booleans itself (no query: each batch asks)
    columns = ", ".join(f'"{f.column_name}"' for f in fields_)
    sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) '
           f'VALUES ({", ".join([database.param] * len(fields_))})')
    names = [f.name for f in fields_]
    plain = _plain if not server else (lambda value: value)
    defaults = {f.name: plain(f.default() if callable(f.default) else f.default) for f in fields_}
    values = [tuple(plain(row[n]) if n in row else defaults[n] for n in names) for row in rows]
    database.cursor().executemany(sql, values)


def _at(day: date, rng: random.Random, stamp: datetime) -> datetime:
    """A time in the working day of ``day`` (UTC), never after now."""
    moment = datetime(day.year, day.month, day.day) + timedelta(seconds=int(rng.random() * 36000) + 7 * 3600)
    return moment if moment < stamp else stamp


def make_cases(
    count: int,
    who: str,
    today: date | None = None,
    seed: int = 2026,
    spread_days: int = 400,
    progress: Callable[[int, int], None] | None = None,
    letters: int | None = None,
) -> int:
    """Create ``count`` cases over the last ``spread_days`` days; returns how many were made.

    ``letters``: how many cases get real letters (extension and reply letters, sent); default
    at most 60.
    """
    from dsar_desk.desk.figures import refresh_facts

    today = today or date.today()
    rng = random.Random(seed)
    orgs = list(Organisation.select())
    if not orgs:
        raise ValueError("no organisation: load the samples first")
    policies = {o.id: profile_of(o).identity for o in orgs}
    assignees = [who, "Sophie Martin", "Jan Peeters"]
    numbers: dict[tuple[int, int], int] = {}
    for org_id, year, number in Case.select(Case.organisation, Case.year, Case.number).tuples():
        numbers[(org_id, year)] = max(numbers.get((org_id, year), 0), number)
    budget = LETTER_BUDGET if letters is None else letters
    people: dict[int, list[tuple[date, str, str, list[str], str]]] = {o.id: [] for o in orgs}  # for repeats
    stamp = now()
    # when each request came in, oldest first: a few very fresh, many recent, the rest spread over the
    # past year; and in every 25 cases one just in, one being answered near its deadline, and now and
    # then one forgotten
    arrivals = []
    for n in range(1, count + 1):
        hold = n % 25 == 12 or n % 50 == 30
        back = (rng.randint(0, 1) if n % 25 == 0 else rng.randint(24, 28) if n % 25 == 12
                else rng.randint(34, 70) if n % 50 == 30 else int(rng.triangular(0, spread_days, 10)))
        arrivals.append((max(today - timedelta(days=back), rules.GDPR_APPLIES_FROM), n, hold))
    arrivals.sort()
    with bulk_writing():
        made = _write_cases(count, who, today, rng, orgs, policies, assignees, numbers, budget, people, stamp,
                            arrivals, progress)
    refresh_facts(today)  # the figures' stored facts, so that the first dashboard is quick
    return made


def _write_cases(count, who, today, rng, orgs, policies, assignees, numbers, budget, people, stamp, arrivals,
                 progress) -> int:
    from dsar_desk.domain.letter_content import suggest_kind

    writer = _RecordWriter(who, rng, stamp)
    made = lettered = 0
    batch = 2000
    for start in range(0, count, batch):
        rows, plans = [], []
        for received, _, hold in arrivals[start:start + batch]:
            org = rng.choice(orgs)
            lang = rng.choice(org.language_list)
            key = (org.id, received.year)
            numbers[key] = numbers.get(key, 0) + 1
            reference = rules.format_reference(org.prefix, received.year, numbers[key])
            known = people[org.id]
            earlier = rng.choice(known) if known and rng.random() < 0.04 else None
            if earlier and 0 < (received - earlier[0]).days < 330:  # the same requester is back within the year
                _, name, email, address, country = earlier
            else:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                email = (_search_key(name).replace(" ", ".").replace("'", "")
                         + f"{rng.randint(1, 9999)}@example.org")
                country = org.country
                address = [f"{rng.choice(STREETS.get(country, STREETS['BE']))} {rng.randint(1, 200)}",
                           rng.choice(TOWNS.get(country, TOWNS['BE']))]
            known.append((received, name, email, address, country))
            if len(known) > 300:
                del known[:100]
            rights = rng.choice(RIGHT_SETS)
            life = _plan_life(received, today, rights, org, policies[org.id], rng, hold)
            deadline = life.deadline
            if deadline is None or life.extended_on is not None:
                deadline = compute_deadline(
                    DeadlineInput(received=received, country=org.country, subdivision=org.subdivision,
                                  promise_days=org.deadline_days, pause_rule=org.pause_rule,
                                  extended=life.extended_on is not None,
                                  pauses=tuple(Pause(a, b) for _, a, b in life.pauses)),
                    language="en", today=today,
                )
            summary = rng.choice(SUMMARIES.get(lang, SUMMARIES["fr"]))
            rows.append({
                "organisation": org.id, "reference": reference, "year": received.year, "number": numbers[key],
                "requester_name": name, "requester_email": email, "requester_address": "\n".join(address),
                "requester_country": country, "language": lang, "rights": ",".join(rights),
                "channel": rng.choice(rules.CHANNELS), "received": received,
                "summary": summary, "status": life.status,
                "assignee": rng.choice(assignees), "extended": life.extended_on is not None,
                "extension_reasons": EXTENSION_REASONS if life.extended_on else "",
                "legal_limit": deadline.legal_limit, "first_limit": deadline.first_limit,
                "promise": deadline.promise, "due": deadline.due,
                "outcomes": json.dumps(life.outcomes, ensure_ascii=False) if life.status == "closed" else "",
                "search": rules.search_text(reference, name, email, summary), "requester_key": requester_key(name),
                "unfounded": life.unfounded, "unfounded_reason": UNFOUNDED_REASON if life.unfounded else "",
                "register_version": org.profile_version,
                "created_at": _at(received, rng, stamp), "updated_at": stamp,
            })
            letter = None
            if lettered < budget and life.notice_on:
                letter = ("extension", life.extended_on, life.notice_on)
            elif (lettered < budget * 0.25 and life.answered_on and life.status == "closed" and not life.unfounded
                  and not {"portability", "restriction"} & set(rights) and rng.random() < 0.2):
                kind = "refusal" if life.check and life.check[1] == "failed" else suggest_kind("answered", list(rights))
                letter = (kind, life.answered_on, life.answered_on)
            lettered += letter is not None
            plans.append((reference, received, life, org, letter))
        with writing():
            before = Case.select(fn.MAX(Case.id)).scalar() or 0
            _bulk(Case, rows)
            ids = dict(Case.select(Case.reference, Case.id).where(Case.id > before).tuples())
            pauses, checks, items = [], [], []
            for reference, received, life, org, letter in plans:
                case_id = ids[reference]
                writer.add(received, case_id, "created", text="demo case")
                for day, kind, fieldname, old, new, text in life.events:
                    writer.add(day, case_id, kind, fieldname, old, new, text)
                if life.status == "closed":
                    for right, entry in life.outcomes.items():
                        label = rules.OUTCOME_LABELS[entry["outcome"]]
                        writer.add(life.events[-1][0], case_id, "outcome", right, "", entry["outcome"],
                                   label + (f": {entry['reason']}" if entry["reason"] else ""))
                if letter:
                    writer.add_letter(case_id, *letter)
                for reason, asked, answered in life.pauses:
                    pauses.append({"case": case_id, "reason": reason, "requested": asked, "received": answered})
                if life.check:
                    method, outcome, on = life.check
                    checks.append({"case": case_id, "method": method, "outcome": outcome, "checked_on": on,
                                   "who": who, "recorded_at": _at(on, rng, stamp)})
                if life.exception:
                    items.append({"case": case_id, "key": "act|erasure|customer-account|activity|demo",
                                  "position": 1, "action": "act", "right": "erasure", "activity": "customer-account",
                                  "target_kind": "activity", "target": "customer-account",
                                  "target_name": "Customer account", "state": "done", "note": ERASURE_KEPT,
                                  "exception": "legal-obligation", "who": who,
                                  "at": _at(life.answered_on or received, rng, stamp),
                                  "register_version": org.profile_version})
            _bulk(PauseRow, pauses)
            _bulk(IdentityCheck, checks)
            _bulk(ChecklistItem, items)
            # every event dated before the next batch's first day is written now, in time order
            following = arrivals[start + batch][0] if start + batch < count else None
            writer.flush(following)
        made += len(rows)
        if progress:
            progress(made, count)
    return made


class _RecordWriter:
    """The demo's events, written in the order of their time and chained as they go (the record
    is append-only and in time order); letters made and stored at their day, with their events."""

    def __init__(self, who: str, rng: random.Random, stamp: datetime):
        # a team's server records the login that writes (domain.record; store.server's rules)
        self.who, self.rng, self.stamp = server_login() or who, rng, stamp
        self.pending: list[tuple] = []  # heap of (at, seq, event dict or letter)
        self.case_last: dict[int, datetime] = {}
        self.seq = 0
        last = Event.select(Event.hash, Event.at).order_by(Event.id.desc()).limit(1).tuples().first()
        self.prev, self.floor = (last[0], last[1].replace(microsecond=0)) if last else (GENESIS, None)

    def _push(self, at: datetime, item) -> None:
        if self.floor is not None and at < self.floor:
            at = self.floor  # never before an event already in the record
        self.seq += 1
        heapq.heappush(self.pending, (at, self.seq, item))

    def add(self, day: date, case_id: int, kind: str, fieldname: str = "", old: str = "", new: str = "",
            text: str = "") -> None:
        """An event of the case, never before the case's event added before it (the same day's
        events keep their order)."""
        at = max(_at(day, self.rng, self.stamp), self.case_last.get(case_id, datetime.min))
        self.case_last[case_id] = at
        self._push(at, {"case": case_id, "who": self.who, "kind": kind, "field": fieldname, "old": old, "new": new,
                        "text": text})

    def add_letter(self, case_id: int, kind: str, made_on: date, sent_on: date) -> None:
        made_at = _at(made_on, self.rng, self.stamp)
        sent_at = max(min(datetime.combine(sent_on, time(16, 30)), self.stamp), made_at)
        self._push(made_at, ("letter", case_id, kind, made_on, sent_on, sent_at))

    def flush(self, before: date | None) -> None:
        """Write every pending event dated before the day ``before`` (all of them when None)."""
        limit = datetime.combine(before, time()) if before else None
        rows: list[dict] = []
        while self.pending and (limit is None or self.pending[0][0] < limit):
            at, _, item = heapq.heappop(self.pending)
            if isinstance(item, tuple):
                _bulk(Event, self._chain(rows))
                rows = []
                self._letter(at, *item[1:])
                continue
            item["at"] = at
            rows.append(item)
        _bulk(Event, self._chain(rows))

    def _chain(self, rows: list[dict], sha: str = "") -> list[dict]:
        for e in rows:
            e["prev_hash"] = self.prev
            e["hash"] = self.prev = event_hash(self.prev, e["case"], e["at"], e["who"], e["kind"], e["field"],
                                               e["old"], e["new"], e["text"], e.get("sha", sha))
            e.pop("sha", None)
        return rows

    def _letter(self, made_at: datetime, case_id: int, kind: str, made_on: date, sent_on: date,
                sent_at: datetime) -> None:
        """A real letter of the case, made and sent on the days its history says (stored as
        desk.letters.keep() and mark_sent() store one, with the day it was made in the past)."""
        from dsar_desk.desk import letters as desk_letters
        from dsar_desk.domain.letter_details import InvalidLetter

        case = Case.get_by_id(case_id)
        try:
            draft = desk_letters.prepare(case, kind, None, self.who, today=made_on)
            rendered = desk_letters.render(draft)
        except InvalidLetter:
            return  # e.g. an access letter for an identity the demo left unchecked
        letter = Letter.create(
            case=case, kind=draft.kind, version=1, language=draft.request.language, pdf=rendered.pdf,
            sha256=hashlib.sha256(rendered.pdf).hexdigest(), size=len(rendered.pdf), who=self.who, made_at=made_at,
            report=json.dumps({"fell_back": [to_json(m) for m in rendered.fell_back],
                               "missing": [to_json(m) for m in rendered.missing], "not_concerned": [],
                               "register_version": case.organisation.profile_version}),
            sent_method="email", sent_on=sent_on, sent_by=self.who, sent_at=sent_at)
        version = case.organisation.profile_version
        _bulk(Event, self._chain([
            {"case": case_id, "at": made_at, "who": self.who, "kind": "letter", "field": draft.kind, "old": "",
             "new": "v1", "letter_id": letter.id, "sha": letter.sha256,
             "text": f"{draft.kind} letter v1 ({draft.request.language}), sha256 {letter.sha256[:12]}, "
                     f"register version {version}"}]))
        self._push(sent_at, {"case": case_id, "who": self.who, "kind": "letter-sent", "field": draft.kind,
                             "old": "", "new": sent_on.isoformat(), "letter_id": letter.id, "sha": letter.sha256,
                             "text": f"{draft.kind} letter v1 sent by email on {sent_on.isoformat()}"})
