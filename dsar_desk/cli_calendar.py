"""Commands of the deadlines work (issue 3), registered in dsar_desk.cli:

    dsar-desk calendar [-o FILE.ics] [--org SLUG] [--language LL]
        the due dates of the open cases as an iCalendar file (standard output without -o)
    dsar-desk deadline-rules SLUG [--subdivision CODE] [--pause-rule suspend|restart|none] [--json]
        an organisation's deadline settings outside its profile: the holiday calendar of a region
        (a German Land, Alsace-Moselle) and what waiting for the requester does to the clock
"""

from __future__ import annotations

import sys

PAUSE_RULE_HELP = ("suspend: the limit moves by the days waited (EDPB); restart: the month starts again when "
                   "identity is confirmed (UK ICO); none: waiting has no effect")


def add_parsers(sub) -> None:
    calendar = sub.add_parser("calendar", help="export the due dates of open cases as an .ics calendar")
    calendar.add_argument("-o", "--output", metavar="FILE.ics", help="write here (default: standard output)")
    calendar.add_argument("--org", metavar="SLUG", help="only this organisation's cases")
    calendar.add_argument("--language", default="en", help="language of the explanations (en, nl, fr, de)")

    rules = sub.add_parser("deadline-rules", help="show or set an organisation's holiday region and pause rule")
    rules.add_argument("slug")
    rules.add_argument("--subdivision", metavar="CODE",
                       help="holiday region, e.g. BY (Bavaria) or 57/6AE (Alsace-Moselle); '' for none")
    rules.add_argument("--pause-rule", choices=("suspend", "restart", "none"), help=PAUSE_RULE_HELP)
    rules.add_argument("--json", action="store_true")


def cmd_calendar(args) -> int:
    from pathlib import Path

    from dsar_desk.cli import EXIT_OK, CliError, _open, _org, _out
    from dsar_desk.domain.deadlines import LANGUAGES
    from dsar_desk.store.calendar import build_calendar, write_calendar

    if args.language not in LANGUAGES:
        raise CliError(f"--language: '{args.language}' is not one of {', '.join(LANGUAGES)}")
    _open(args)
    if args.org:
        _org(args.org)
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
    _out(f"{path}: {result.events} due dates, {result.cancelled} no longer due")
    return EXIT_OK


def cmd_deadline_rules(args) -> int:
    from dsar_desk.cli import EXIT_OK, CliError, _json, _open, _out
    from dsar_desk.domain.deadlines import DeadlineError
    from dsar_desk.store.organisations import UnknownOrganisation, get_organisation, set_holiday_region

    _open(args)
    try:
        org = get_organisation(args.slug)
        if args.subdivision is not None or args.pause_rule is not None:
            org = set_holiday_region(args.slug, args.subdivision, args.pause_rule)
    except UnknownOrganisation as exc:
        raise CliError(str(exc)) from None
    except DeadlineError as exc:
        raise CliError(f"--subdivision: {exc}") from None
    except ValueError as exc:
        raise CliError(f"--pause-rule: {exc}") from None
    data = {"organisation": org.slug, "country": org.country, "subdivision": org.subdivision,
            "pause_rule": org.pause_rule, "deadline_days": org.deadline_days}
    if args.json:
        _json(data)
    else:
        _out(f"{org.slug}: country {org.country}, holiday region {org.subdivision or '-'}, "
             f"pause rule {org.pause_rule}, promise {org.deadline_days or '-'} days")
    return EXIT_OK


COMMANDS = {"calendar": cmd_calendar, "deadline-rules": cmd_deadline_rules}
