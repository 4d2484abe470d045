"""`dsar-desk case ...`: record a request, show and list cases, move them along the workflow.

    case new --org SLUG --name NAME ... --right R ...     prints the new reference
    case show REF [--json] | case list [filters] [--json | --csv -o FILE]
    case status REF STATUS [--outcome RIGHT=OUTCOME[:REASON]]... [--no-letter RIGHT=WHY]... [--note TEXT]
                           [--override REASON]
    case undo REF                                         takes back the last status change
    case note REF TEXT | case extend REF --reasons TEXT
    case identity-requested REF [--on DATE] [--id-copy --why TEXT] | case identity-received REF [--on DATE]
    case fee REF [--asked EUR] [--paid EUR] | case unfounded REF --reason TEXT | case repeats REF [--json]
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from dsar_desk.cli.common import (
    EXIT_OK,
    CliError,
    bounded,
    case,
    clerk,
    date_arg,
    labelled_problems,
    open_db,
    organisation,
    out,
    print_json,
)


def case_errors(handler):
    """Open the database, then turn the rules' refusals into lines on stderr (exit 2)."""

    @functools.wraps(handler)
    def run(args) -> int:
        from dsar_desk.domain.cases import CaseRuleError, InvalidCase
        from dsar_desk.domain.checklist import ChecklistError

        open_db(args)
        try:
            return handler(args, clerk())
        except InvalidCase as exc:
            raise labelled_problems(exc.problems) from None
        except ChecklistError as exc:
            raise CliError(*str(exc).split("; ")) from None
        except CaseRuleError as exc:
            raise CliError(str(exc)) from None

    return run


def register(sub, csub) -> None:
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
    cnew.set_defaults(handler=new)

    cshow = csub.add_parser("show", help="show a case")
    cshow.add_argument("reference")
    cshow.add_argument("--json", action="store_true")
    cshow.set_defaults(handler=show)

    from dsar_desk.store.case_list import COLUMN_KEYS

    clist = csub.add_parser("list", help="list cases")
    clist.add_argument("--org")
    clist.add_argument("--status")
    clist.add_argument("--overdue", action="store_true")
    clist.add_argument("--due-within", type=bounded(0, 3650), metavar="DAYS")
    clist.add_argument("--search", default="")
    clist.add_argument("--mine", action="store_true")
    clist.add_argument("--sort", default="due", metavar="COLUMN",
                       help="the column the list is sorted on, as in the window: " + ", ".join(COLUMN_KEYS))
    clist.add_argument("--descending", action="store_true")
    clist.add_argument("--limit", type=bounded(1, 10_000_000), metavar="N", help="the first N cases only")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--csv", action="store_true", help="write the list as a CSV file (with -o FILE): it holds "
                                                          "personal data and is written owner-only")
    clist.add_argument("-o", "--output", type=Path, metavar="FILE", help="with --csv: the file to write")
    clist.set_defaults(handler=list_cases)

    cstatus = csub.add_parser("status", help="move a case to another status")
    cstatus.add_argument("reference")
    cstatus.add_argument("status")
    cstatus.add_argument("--outcome", action="append", default=[], metavar="RIGHT=OUTCOME[:REASON]",
                         help="when closing: the outcome of each right asked")
    cstatus.add_argument("--no-letter", action="append", default=[], metavar="RIGHT=WHY", dest="no_letter",
                         help="answered without a reply letter: why none is needed (with --outcome for that right)")
    cstatus.add_argument("--note", default="")
    cstatus.add_argument("--override", default="", metavar="REASON",
                         help="answered with checklist items still open: why (kept in the timeline)")
    cstatus.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    cstatus.set_defaults(handler=status)

    cundo = csub.add_parser("undo", help="take back the last status change (it stays in the timeline)")
    cundo.add_argument("reference")
    cundo.set_defaults(handler=undo)

    cnote = csub.add_parser("note", help="add a note to a case's timeline")
    cnote.add_argument("reference")
    cnote.add_argument("text")
    cnote.set_defaults(handler=note)

    cextend = csub.add_parser("extend", help="extend the deadline by two months (Art. 12(3))")
    cextend.add_argument("reference")
    cextend.add_argument("--reasons", required=True)
    cextend.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    cextend.set_defaults(handler=extend)

    cwait = csub.add_parser("identity-requested", help="the organisation asked the requester to confirm identity")
    cwait.add_argument("reference")
    cwait.add_argument("--on", default="")
    cwait.add_argument("--id-copy", action="store_true", help="an ID copy was asked (needs --why)")
    cwait.add_argument("--why", default="", help="why there is doubt / why lesser means are not enough")
    cwait.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    cwait.set_defaults(handler=identity_requested)

    cgot = csub.add_parser("identity-received", help="the requester's proof of identity arrived")
    cgot.add_argument("reference")
    cgot.add_argument("--on", default="")
    cgot.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    cgot.set_defaults(handler=identity_received)

    fee = csub.add_parser("fee", help="record a fee asked or paid (Art. 15(3)), in euros")
    fee.add_argument("reference")
    fee.add_argument("--asked", default="", metavar="EUR")
    fee.add_argument("--paid", default="", metavar="EUR")
    fee.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    fee.set_defaults(handler=record_fee)

    unfounded = csub.add_parser("unfounded", help="mark a request manifestly unfounded or excessive (Art. 12(5))")
    unfounded.add_argument("reference")
    unfounded.add_argument("--reason", required=True)
    unfounded.add_argument("--if-version", type=bounded(1, 2**31), metavar="N",
                        help="only if the case is still at version N (from case show --json)")
    unfounded.set_defaults(handler=mark_unfounded)

    repeats = csub.add_parser("repeats", help="the requester's earlier requests of the last 12 months")
    repeats.add_argument("reference")
    repeats.add_argument("--json", action="store_true")
    repeats.set_defaults(handler=show_repeats)


@case_errors
def new(args, who: str) -> int:
    from dsar_desk.desk.attachments import read_file
    from dsar_desk.desk.cases import create_case, validate
    from dsar_desk.domain.cases import CaseDraft

    draft = CaseDraft(
        organisation=args.org, name=args.name, email=args.email, address=args.address,
        country=args.country, language=args.language, rights=args.rights, channel=args.channel,
        received=args.received or None, summary=args.summary, assignee=args.assignee,
    )
    validate(draft, who)  # every field first: nothing (not even a key) is made for a case that is refused
    attachments = [read_file(path, field=f"--attach {path}") for path in args.attach]
    if attachments:  # attachments are encrypted: make or unlock the key first
        from dsar_desk.cli.identity import ensure_key_cli

        ensure_key_cli()
    out(create_case(draft, who, attachments).reference)
    return EXIT_OK


@case_errors
def show(args, who: str) -> int:
    from dsar_desk.store.cases import case_dict

    data = case_dict(case(args.reference))
    if args.json:
        print_json(data)
    else:
        _print_case(data)
    return EXIT_OK


@case_errors
def list_cases(args, who: str) -> int:
    from dsar_desk.domain.cases import STATUSES
    from dsar_desk.store import case_list

    if args.status and args.status not in STATUSES + ("open",):
        raise CliError(f"--status: '{args.status}' is not a status ({', '.join(STATUSES)}, open)")
    if args.org:
        organisation(args.org)
    today = date.today()
    f = case_list.CaseFilter(
        text=args.search, status=args.status, organisation=args.org, overdue=args.overdue,
        due_within=args.due_within, assignee=who if args.mine else None, today=today,
    )
    if args.csv or args.output:
        from dsar_desk.desk.exports import export_case_list

        if not (args.csv and args.output):
            raise CliError("--csv and -o FILE go together: the list is written to FILE")
        if args.json:
            raise CliError("--json and --csv: choose one")
        if args.output.is_dir() or not args.output.parent.is_dir():
            raise CliError(f"-o: '{args.output}' is not a file in an existing folder")
        try:
            result = export_case_list(f, args.output)
        except OSError as exc:
            raise CliError(f"-o: '{args.output}' cannot be written ({exc.strerror or exc.__class__.__name__})") from None
        out(f"{result.rows:,} case(s) written to {result.path} (personal data: owner-only; delete it when done)")
        return EXIT_OK
    if args.sort not in case_list.COLUMN_KEYS:
        raise CliError(f"--sort: '{args.sort}' is not a column ({', '.join(case_list.COLUMN_KEYS)})")
    rows = case_list.page(f, 0, args.limit or 10_000_000, sort=args.sort, descending=args.descending)
    items = [case_list.row_dict(r, today) for r in rows]
    if args.json:
        print_json(items)
    else:
        for i in items:
            left = "-" if i["days_left"] is None else f"{i['days_left']:+d}"
            out(f"{i['reference']}\t{i['status']}\tdue {i['due']} ({left})\t"
                f"{i['requester']}\t{','.join(i['rights'])}\t{i['assignee']}")
    return EXIT_OK


@case_errors
def status(args, who: str) -> int:
    from dsar_desk.desk.cases import change_status

    the_case = case(args.reference, getattr(args, "if_version", None))
    outcomes: dict[str, dict] = {}
    for spec in args.outcome:
        right, _, rest = spec.partition("=")
        outcome, _, reason = rest.partition(":")
        if not right or not outcome:
            raise CliError(f"--outcome '{spec}': write RIGHT=OUTCOME or RIGHT=OUTCOME:REASON")
        outcomes.setdefault(right.strip(), {}).update({"outcome": outcome.strip(), "reason": reason.strip()})
    for spec in args.no_letter:
        right, _, why = spec.partition("=")
        if not right.strip() or not why.strip():
            raise CliError(f"--no-letter '{spec}': write RIGHT=WHY (why no reply letter is needed)")
        outcomes.setdefault(right.strip(), {})["no_letter"] = why.strip()
    change_status(the_case, args.status, who, outcomes=outcomes, note=args.note, override=args.override)
    out(f"{the_case.reference}: {the_case.status}")
    return EXIT_OK


@case_errors
def undo(args, who: str) -> int:
    from dsar_desk.desk.cases import undo_status_change

    the_case = case(args.reference)
    restored = undo_status_change(the_case, who)
    out(f"{the_case.reference}: back to {restored}")
    return EXIT_OK


@case_errors
def note(args, who: str) -> int:
    from dsar_desk.desk.cases import add_note

    add_note(case(args.reference), args.text, who)
    return EXIT_OK


@case_errors
def extend(args, who: str) -> int:
    from dsar_desk.desk.cases import extend as extend_case

    the_case = case(args.reference, getattr(args, "if_version", None))
    deadline = extend_case(the_case, args.reasons, who)
    out(f"{the_case.reference}: due {deadline.due.isoformat()}")
    return EXIT_OK


@case_errors
def identity_requested(args, who: str) -> int:
    from dsar_desk.desk.cases import request_identity

    the_case = case(args.reference, getattr(args, "if_version", None))
    request_identity(the_case, who, date_arg(args.on, "--on") or date.today(), id_copy=args.id_copy, why=args.why)
    out(f"{the_case.reference}: {the_case.status}, due {the_case.due.isoformat()}")
    return EXIT_OK


@case_errors
def identity_received(args, who: str) -> int:
    from dsar_desk.desk.cases import information_received

    the_case = case(args.reference, getattr(args, "if_version", None))
    information_received(the_case, who, date_arg(args.on, "--on") or date.today())
    out(f"{the_case.reference}: {the_case.status}, due {the_case.due.isoformat()}")
    return EXIT_OK


@case_errors
def record_fee(args, who: str) -> int:
    from dsar_desk.desk.cases import record_fee as record
    from dsar_desk.domain.checklist import ChecklistError, format_cents, parse_cents

    the_case = case(args.reference, getattr(args, "if_version", None))
    if not args.asked and not args.paid:
        raise CliError("fee: give --asked EUR and/or --paid EUR")
    problems, amounts = [], {}
    for name in ("asked", "paid"):
        try:
            amounts[name] = parse_cents(getattr(args, name))
        except ChecklistError as exc:
            problems.append(f"--{name}: {exc}")
    if problems:
        raise CliError(*problems)
    record(the_case, who, asked_cents=amounts["asked"], paid_cents=amounts["paid"])
    out(f"{the_case.reference}: fee asked {format_cents(the_case.fee_asked_cents) or '-'}, "
        f"paid {format_cents(the_case.fee_paid_cents) or '-'} EUR")
    return EXIT_OK


@case_errors
def mark_unfounded(args, who: str) -> int:
    from dsar_desk.desk.cases import mark_unfounded as mark

    the_case = case(args.reference, getattr(args, "if_version", None))
    mark(the_case, args.reason, who)
    out(f"{the_case.reference}: manifestly unfounded or excessive; {the_case.status}")
    return EXIT_OK


@case_errors
def show_repeats(args, who: str) -> int:
    from dsar_desk.store.checklist import repeat_check

    c = case(args.reference)
    check = repeat_check(c.organisation, c.requester_email, c.requester_name, c.address_lines, c.right_list,
                         c.received, exclude_case=c.id)
    if args.json:
        print_json({"reference": c.reference, "free_requests_per_year": check.free_per_year,
                    "earlier_access": check.earlier_access, "beyond_free": check.beyond_free,
                    "earlier": [{"reference": e.reference, "received": e.received.isoformat(),
                                 "rights": list(e.rights), "status": e.status} for e in check.earlier]})
    else:
        for e in check.earlier:
            out(f"{e.reference}\t{e.received.isoformat()}\t{','.join(e.rights)}\t{e.status}")
        out(check.explanation())
    return EXIT_OK


def _print_case(data: dict) -> None:
    r = data["requester"]
    left = "-" if data["days_left"] is None else f"{data['days_left']:+d} days"
    lines = [
        f"{data['reference']}  ({data['organisation']})  {data['status']}",
        f"requester: {r['name']}" + (f" <{r['email']}>" if r["email"] else ""),
    ]
    lines += [f"           {line}" for line in r["address"]]
    lines += [
        f"country: {r['country'] or '-'}   language: {r['language']}",
        f"rights: {', '.join(data['rights'])}   channel: {data['channel']}   assignee: {data['assignee']}",
        f"received: {data['received']}   due: {data['due']} ({left})" + ("   extended" if data["extended"] else ""),
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
    out("\n".join(lines))
