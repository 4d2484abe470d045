"""`dsar-desk deadline` and `calendar`: a deadline computed and explained, due dates as .ics.

    deadline --received DATE (--org SLUG | --country CC) [--days N] [--extended] [--waited DAYS] [--json]
    calendar [-o FILE.ics] [--org SLUG] [--language LL]
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from dsar_desk.cli.common import EXIT_OK, CliError, bounded, date_arg, open_db, organisation, out, print_json


def register(sub, csub) -> None:
    deadline = sub.add_parser("deadline", help="compute a deadline and explain it")
    deadline.add_argument("--received", required=True)
    where = deadline.add_mutually_exclusive_group(required=True)
    where.add_argument("--org")
    where.add_argument("--country")
    deadline.add_argument("--subdivision")
    deadline.add_argument("--days", type=bounded(1, 365))
    deadline.add_argument("--extended", action="store_true")
    deadline.add_argument("--waited", type=bounded(0, 3650), default=0, metavar="DAYS")
    deadline.add_argument("--language", default="en")
    deadline.add_argument("--json", action="store_true")
    deadline.set_defaults(handler=cmd_deadline)

    calendar = sub.add_parser("calendar", help="export the due dates of open cases as an .ics calendar")
    calendar.add_argument("-o", "--output", metavar="FILE.ics", help="write here (default: standard output)")
    calendar.add_argument("--org", metavar="SLUG", help="only this organisation's cases")
    calendar.add_argument("--language", default="en", help="language of the explanations (en, nl, fr, de)")
    calendar.set_defaults(handler=cmd_calendar)


def cmd_deadline(args) -> int:
    from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, Pause, compute_deadline

    received = date_arg(args.received, "--received")
    if received is None:
        raise CliError("--received: is required")
    subdivision = args.subdivision
    days = args.days
    if args.org:
        open_db(args)
        org = organisation(args.org)
        country = org.country
        subdivision = subdivision or org.subdivision
        days = days if days is not None else org.deadline_days
        rule = org.pause_rule
    else:
        country = args.country.strip().upper()
        rule = "suspend"
    pauses = ()
    if args.waited:
        pauses = (Pause(requested=received, received=received + timedelta(days=args.waited)),)
    try:
        deadline = compute_deadline(
            DeadlineInput(received=received, country=country, subdivision=subdivision, promise_days=days,
                          extended=args.extended, pauses=pauses, pause_rule=rule),
            language=args.language,
        )
    except DeadlineError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json({
            "received": received.isoformat(),
            "country": country,
            "legal_limit": deadline.legal_limit.isoformat(),
            "promise": deadline.promise.isoformat() if deadline.promise else None,
            "due": deadline.due.isoformat(),
            "extended": deadline.extended,
            "waited_days": deadline.waited_days,
            "explanation": deadline.explanation,
        })
    else:
        out(f"legal limit: {deadline.legal_limit.isoformat()}")
        out(f"promise:     {deadline.promise.isoformat() if deadline.promise else '-'}")
        out(f"due:         {deadline.due.isoformat()}")
        out(deadline.explanation)
    return EXIT_OK


def cmd_calendar(args) -> int:
    from dsar_desk.desk.calendar import write_calendar
    from dsar_desk.domain.deadlines import LANGUAGES
    from dsar_desk.store.calendar import build_calendar

    if args.language not in LANGUAGES:
        raise CliError(f"--language: '{args.language}' is not one of {', '.join(LANGUAGES)}")
    open_db(args)
    if args.org:
        organisation(args.org)
    if not args.output:
        data, _ = build_calendar(args.org, args.language)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return EXIT_OK
    path = Path(args.output)
    if path.is_dir():
        raise CliError(f"-o {path}: is a folder; give a file name ending in .ics")
    try:
        result = write_calendar(path, args.org, args.language)
    except OSError as exc:
        raise CliError(f"-o {path}: cannot write ({exc.strerror or exc.__class__.__name__})") from None
    out(f"{path}: {result.events} due dates, {result.cancelled} no longer due")
    return EXIT_OK
