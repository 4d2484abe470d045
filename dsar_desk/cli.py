"""The scriptable commands: the same operations as the desktop app, on top of domain and store.

Exit 0 on success; 2 on bad input with one clear line per problem on stderr; never a traceback
for a user's mistake.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from dsar_desk import __version__

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user's mistake: printed as lines on stderr, exit 2."""

    def __init__(self, *lines: str, code: int = EXIT_USAGE):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.code = code


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 too; keep its one-line style
        self.print_usage(sys.stderr)
        raise CliError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dsar-desk", description="DSAR Desk: answer GDPR data subject requests on time.")
    parser.add_argument("--version", action="version", version=f"dsar-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the one in your user data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = sub.add_parser("demo", help="load the three sample organisations and demo cases")
    demo.add_argument("--cases", type=int, default=60, help="how many cases (default 60)")

    profile = sub.add_parser("profile", help="import or export an organisation profile")
    psub = profile.add_subparsers(dest="profile_command", parser_class=_Parser)
    pimport = psub.add_parser("import", help="import a profile (TOML)")
    pimport.add_argument("file", type=Path)
    pexport = psub.add_parser("export", help="export a profile (TOML)")
    pexport.add_argument("slug")
    pexport.add_argument("-o", "--output", type=Path)
    psub.add_parser("list", help="list the organisations")

    case = sub.add_parser("case", help="create, show and list cases")
    csub = case.add_subparsers(dest="case_command", parser_class=_Parser)
    cnew = csub.add_parser("new", help="record a new request")
    cnew.add_argument("--org", required=True)
    cnew.add_argument("--name", required=True)
    cnew.add_argument("--email", default="")
    cnew.add_argument("--address", action="append", default=[], help="a postal address line (repeat)")
    cnew.add_argument("--country", default="")
    cnew.add_argument("--language", required=True)
    cnew.add_argument("--right", action="append", required=True, dest="rights")
    cnew.add_argument("--channel", default="email")
    cnew.add_argument("--received", default="")
    cnew.add_argument("--summary", default="")
    cnew.add_argument("--assignee", default="")
    cnew.add_argument("--attach", action="append", default=[], type=Path, help="a file kept with the case")
    cshow = csub.add_parser("show", help="show a case")
    cshow.add_argument("reference")
    cshow.add_argument("--json", action="store_true")
    clist = csub.add_parser("list", help="list cases")
    clist.add_argument("--org")
    clist.add_argument("--status")
    clist.add_argument("--overdue", action="store_true")
    clist.add_argument("--due-within", type=int, metavar="DAYS")
    clist.add_argument("--search", default="")
    clist.add_argument("--mine", action="store_true")
    clist.add_argument("--json", action="store_true")
    cstatus = csub.add_parser("status", help="move a case to another status")
    cstatus.add_argument("reference")
    cstatus.add_argument("status")
    cstatus.add_argument("--outcome", action="append", default=[], metavar="RIGHT=OUTCOME[:REASON]",
                         help="when closing: the outcome of each right asked")
    cstatus.add_argument("--note", default="")
    cstatus.add_argument("--override", default="", metavar="REASON",
                         help="answered with checklist items still open: why (kept in the timeline)")
    cnote = csub.add_parser("note", help="add a note to a case's timeline")
    cnote.add_argument("reference")
    cnote.add_argument("text")
    cextend = csub.add_parser("extend", help="extend the deadline by two months (Art. 12(3))")
    cextend.add_argument("reference")
    cextend.add_argument("--reasons", required=True)
    cwait = csub.add_parser("identity-requested", help="the organisation asked the requester to confirm identity")
    cwait.add_argument("reference")
    cwait.add_argument("--on", default="")
    cgot = csub.add_parser("identity-received", help="the requester's proof of identity arrived")
    cgot.add_argument("reference")
    cgot.add_argument("--on", default="")
    __import__("dsar_desk.cli_checklist", fromlist=["add_case_parsers"]).add_case_parsers(csub)  # issue 6
    __import__("dsar_desk.cli_identity", fromlist=["x"]).add_parsers(sub, csub)  # issue 5: mrz, case identity, key

    deadline = sub.add_parser("deadline", help="compute a deadline and explain it")
    deadline.add_argument("--received", required=True)
    where = deadline.add_mutually_exclusive_group(required=True)
    where.add_argument("--org")
    where.add_argument("--country")
    deadline.add_argument("--subdivision")
    deadline.add_argument("--days", type=int)
    deadline.add_argument("--extended", action="store_true")
    deadline.add_argument("--waited", type=int, default=0, metavar="DAYS")
    deadline.add_argument("--language", default="en")
    deadline.add_argument("--json", action="store_true")

    check = sub.add_parser("check", help="report the state of this install")
    check.add_argument("--self-test", action="store_true", help="check a temporary database, not yours")
    sub.add_parser("self-test", help="check this install on a temporary database (same as check --self-test)")
    from dsar_desk.cli_letters import add_letter_parser  # issue 4: `letter`

    add_letter_parser(sub)
    from dsar_desk.cli_calendar import add_parsers as add_deadline_parsers  # issue 3: calendar, deadline-rules

    add_deadline_parsers(sub)
    __import__("dsar_desk.cli_report", fromlist=["x"]).add_parsers(sub)  # issue 16: report, procedure, purge-closed-cases
    return parser


# -- helpers -----------------------------------------------------------------------------------

def _open(args) -> Path:
    from dsar_desk import paths
    from dsar_desk.store.db import DatabaseError, open_database

    path = args.db or paths.default_database()
    try:
        open_database(path)
    except DatabaseError as exc:
        raise CliError(f"database: {exc}") from None
    return path


def _clerk() -> str:
    from dsar_desk.settings import Settings

    return Settings().clerk


def _date(value: str, name: str) -> date | None:
    from dsar_desk.domain.cases import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise CliError(f"{name}: {exc}") from None


def _out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _json(obj) -> None:
    _out(json.dumps(obj, indent=2, ensure_ascii=False))


def _org(slug: str, flag: str = "--org"):
    from dsar_desk.store.organisations import UnknownOrganisation, get_organisation

    try:
        return get_organisation(slug)
    except UnknownOrganisation as exc:
        raise CliError(f"{flag}: {exc}") from None


def _field_problems(problems) -> CliError:
    """One line per FieldProblem, as `field: message` (the raw field name, not its label)."""
    return CliError(*(f"{p.field}: {p.message}" for p in problems))


def _case(reference: str):
    from dsar_desk.store.cases import UnknownCase, get_case

    try:
        return get_case(reference)
    except UnknownCase as exc:
        raise CliError(str(exc)) from None


# -- commands ----------------------------------------------------------------------------------

def cmd_demo(args) -> int:
    from dsar_desk.store.demo import load_samples, make_cases

    if args.cases < 0:
        raise CliError("--cases: must be 0 or more")
    _open(args)
    slugs = load_samples()
    made = make_cases(args.cases, _clerk()) if args.cases else 0
    _out(f"organisations: {', '.join(slugs)}\ncases created: {made}")
    return EXIT_OK


def cmd_profile(args) -> int:
    from dsar_desk.store.organisations import (
        ProfileRejected, UnknownOrganisation, export_profile, import_profile, list_organisations,
    )

    if args.profile_command == "import":
        try:
            text = args.file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"{args.file}: cannot read ({exc.__class__.__name__}: {getattr(exc, 'strerror', '') or exc})") from None
        _open(args)
        try:
            result = import_profile(text)
        except ProfileRejected as exc:
            raise CliError(*(f"error: {p}" for p in exc.errors)) from None
        _out(result.slug)
        for warning in result.warnings:
            _out(f"warning: {warning}")
        return EXIT_OK
    if args.profile_command == "export":
        _open(args)
        try:
            text = export_profile(args.slug)
        except UnknownOrganisation as exc:
            raise CliError(str(exc)) from None
        if args.output:
            args.output.write_text(text, encoding="utf-8")
            _out(str(args.output))
        else:
            sys.stdout.write(text)
        return EXIT_OK
    if args.profile_command == "list":
        _open(args)
        for org in list_organisations():
            _out(f"{org.slug}\t{org.prefix}\t{org.country}\t{org.languages}\t{org.name}")
        return EXIT_OK
    raise CliError("profile: say import FILE, export SLUG or list")


def cmd_case(args) -> int:
    from dsar_desk.domain.cases import CaseDraft, CaseRuleError
    from dsar_desk.store import case_list
    from dsar_desk.store import cases as store

    if args.case_command is None:
        raise CliError("case: say new, show, list, status, note, extend, identity-requested or identity-received")
    _open(args)
    who = _clerk()
    try:
        if args.case_command == "new":
            attachments = []
            for path in args.attach:
                try:
                    attachments.append(store.NewAttachment(path.name, path.read_bytes()))
                except OSError as exc:
                    raise CliError(f"--attach {path}: cannot read ({exc.strerror})") from None
            draft = CaseDraft(
                organisation=args.org, name=args.name, email=args.email, address=args.address,
                country=args.country, language=args.language, rights=args.rights, channel=args.channel,
                received=args.received or None, summary=args.summary, assignee=args.assignee,
            )
            if attachments:  # issue 5: attachments are encrypted; make/unlock the key first
                __import__("dsar_desk.cli_identity", fromlist=["x"]).ensure_key_cli()
            case = store.create_case(draft, who, attachments)
            _out(case.reference)
            return EXIT_OK
        if args.case_command == "show":
            case = _case(args.reference)
            data = store.case_dict(case)
            if args.json:
                _json(data)
            else:
                _print_case(data)
            return EXIT_OK
        if args.case_command == "list":
            if args.due_within is not None and args.due_within < 0:
                raise CliError("--due-within: must be 0 or more days")
            from dsar_desk.domain.cases import STATUSES

            if args.status and args.status not in STATUSES + ("open",):
                raise CliError(f"--status: '{args.status}' is not a status ({', '.join(STATUSES)}, open)")
            f = case_list.CaseFilter(
                text=args.search, status=args.status, organisation=args.org, overdue=args.overdue,
                due_within=args.due_within, assignee=who if args.mine else None,
            )
            if args.org:
                _org(args.org)
            today = date.today()
            rows = case_list.page(f, 0, 1_000_000, sort="due")
            items = [
                {"reference": r[1], "requester": r[2], "email": r[3], "rights": r[4].split(","),
                 "organisation": r[5], "received": r[6].isoformat(), "due": r[7].isoformat(),
                 "days_left": (r[7] - today).days, "status": r[8], "assignee": r[9]}
                for r in rows
            ]
            if args.json:
                _json(items)
            else:
                for i in items:
                    _out(f"{i['reference']}\t{i['status']}\tdue {i['due']} ({i['days_left']:+d})\t"
                         f"{i['requester']}\t{','.join(i['rights'])}\t{i['assignee']}")
            return EXIT_OK
        if args.case_command == "status":
            case = _case(args.reference)
            outcomes = {}
            for spec in args.outcome:
                right, _, rest = spec.partition("=")
                outcome, _, reason = rest.partition(":")
                if not right or not outcome:
                    raise CliError(f"--outcome '{spec}': write RIGHT=OUTCOME or RIGHT=OUTCOME:REASON")
                outcomes[right.strip()] = {"outcome": outcome.strip(), "reason": reason.strip()}
            store.change_status(case, args.status, who, outcomes=outcomes, note=args.note, override=args.override)
            _out(f"{case.reference}: {case.status}")
            return EXIT_OK
        if args.case_command == "identity":  # issue 5
            return __import__("dsar_desk.cli_identity", fromlist=["x"]).cmd_case_identity(args, who)
        if args.case_command in ("checklist", "fee", "unfounded", "repeats"):  # issue 6
            return __import__("dsar_desk.cli_checklist", fromlist=["x"]).cmd_case_checklist(args, who)
        if args.case_command == "note":
            store.add_note(_case(args.reference), args.text, who)
            return EXIT_OK
        if args.case_command == "extend":
            case = _case(args.reference)
            deadline = store.extend(case, args.reasons, who)
            _out(f"{case.reference}: due {deadline.due.isoformat()}")
            return EXIT_OK
        if args.case_command in ("identity-requested", "identity-received"):
            case = _case(args.reference)
            on = _date(args.on, "--on") or date.today()
            if args.case_command == "identity-requested":
                store.request_identity(case, who, on)
            else:
                store.identity_received(case, who, on)
            _out(f"{case.reference}: {case.status}, due {case.due.isoformat()}")
            return EXIT_OK
    except store.InvalidCase as exc:
        raise CliError(*(str(p) for p in exc.problems)) from None
    except CaseRuleError as exc:
        raise CliError(str(exc)) from None
    raise CliError(f"case: unknown command {args.case_command}")


def _print_case(data: dict) -> None:
    r = data["requester"]
    lines = [
        f"{data['reference']}  ({data['organisation']})  {data['status']}",
        f"requester: {r['name']}" + (f" <{r['email']}>" if r["email"] else ""),
    ]
    lines += [f"           {line}" for line in r["address"]]
    lines += [
        f"country: {r['country'] or '-'}   language: {r['language']}",
        f"rights: {', '.join(data['rights'])}   channel: {data['channel']}   assignee: {data['assignee']}",
        f"received: {data['received']}   due: {data['due']} ({data['days_left']:+d} days)"
        + ("   extended" if data["extended"] else ""),
        f"legal limit: {data['legal_limit']}   promise: {data['promise'] or '-'}",
        f"why: {data['deadline_explanation']}",
    ]
    if data["summary"]:
        lines.append(f"summary: {data['summary']}")
    for a in data["attachments"]:
        lines.append(f"attachment: {a['filename']} ({a['size']:,} bytes)")
    lines.append("timeline:")
    for e in data["events"]:
        detail = e.get("text", "")
        if e.get("field"):
            detail = f"{e['field']}: {e.get('old', '')} → {e.get('new', '')}" + (f" ({detail})" if detail else "")
        elif e.get("new") and not detail:
            detail = e["new"]
        lines.append(f"  {e['at']}  {e['who']}  {e['kind']}  {detail}")
    _out("\n".join(lines))


def cmd_deadline(args) -> int:
    from dsar_desk.domain.deadlines import DeadlineError, DeadlineInput, Pause, compute_deadline

    received = _date(args.received, "--received")
    if received is None:
        raise CliError("--received: is required")
    if args.waited < 0:
        raise CliError("--waited: must be 0 or more days")
    if args.days is not None and not 1 <= args.days <= 365:
        raise CliError("--days: must be between 1 and 365")
    subdivision = args.subdivision
    days = args.days
    if args.org:
        _open(args)
        org = _org(args.org)
        country = org.country
        subdivision = subdivision or org.subdivision
        days = days if days is not None else org.deadline_days
        rule = org.pause_rule
    else:
        country = args.country.strip().upper()
        rule = "suspend"
    pauses = ()
    if args.waited:
        from datetime import timedelta

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
        _json({
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
        _out(f"legal limit: {deadline.legal_limit.isoformat()}")
        _out(f"promise:     {deadline.promise.isoformat() if deadline.promise else '-'}")
        _out(f"due:         {deadline.due.isoformat()}")
        _out(deadline.explanation)
    return EXIT_OK


def cmd_check(args) -> int:
    from dsar_desk.selfcheck import run_checks

    ok = True
    for name, good, detail in run_checks(args.db, temporary=args.command == "self-test" or args.self_test):
        ok = ok and good is not False
        _out(f"{'ok  ' if good else 'warn' if good is None else 'FAIL'} {name}: {detail}")
    return EXIT_OK if ok else EXIT_FAILED_CHECK


COMMANDS = {"demo": cmd_demo, "profile": cmd_profile, "case": cmd_case, "deadline": cmd_deadline, "check": cmd_check,
            "self-test": cmd_check}
COMMANDS["mrz"] = lambda args: __import__("dsar_desk.cli_identity", fromlist=["x"]).cmd_mrz(args)  # issue 5
COMMANDS["key"] = lambda args: __import__("dsar_desk.cli_identity", fromlist=["x"]).cmd_key(args)
COMMANDS["purge-id-copies"] = lambda args: __import__("dsar_desk.cli_identity", fromlist=["x"]).cmd_purge(args)
COMMANDS["letter"] = lambda args: __import__("dsar_desk.cli_letters", fromlist=["cmd_letter"]).cmd_letter(args)
COMMANDS["calendar"] = lambda args: __import__("dsar_desk.cli_calendar", fromlist=["x"]).cmd_calendar(args)
COMMANDS["deadline-rules"] = lambda args: __import__("dsar_desk.cli_calendar", fromlist=["x"]).cmd_deadline_rules(args)
COMMANDS.update(__import__("dsar_desk.cli_report", fromlist=["x"]).COMMANDS)  # issue 16


def run(argv: list[str]) -> int:
    """Run a command; returns the exit code. Errors a user can fix become lines on stderr."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise CliError("no command (run `dsar-desk` alone to start the desktop app)")
        return COMMANDS[args.command](args)
    except CliError as exc:
        for line in exc.lines:
            sys.stderr.write(f"{line}\n")
        return exc.code
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 130
