"""`dsar-desk case checklist`, `case fee`, `case unfounded`, `case repeats` (issue 6).

    dsar-desk case checklist REF [--json]
    dsar-desk case checklist REF --set ITEM --state done|not-applicable|not-concerned [--note TEXT]
                                 [--exception legal-obligation|...]
    dsar-desk case fee REF [--asked EUR] [--paid EUR]
    dsar-desk case unfounded REF --reason TEXT
    dsar-desk case repeats REF [--json]

Registered in dsar_desk.cli under the `case` command; exit 2 with one line per problem on bad input.
"""

from __future__ import annotations

from dsar_desk.domain.checklist import EXCEPTION_LABELS, STATES

SUBCOMMANDS = ("checklist", "fee", "unfounded", "repeats")
SETTABLE = tuple(s for s in STATES if s != "open") + ("open",)


def add_case_parsers(csub) -> None:
    """Add the subcommands to the `case` sub-parsers of dsar_desk.cli."""
    chk = csub.add_parser("checklist", help="the fulfilment checklist of a case; --set to record an item")
    chk.add_argument("reference")
    chk.add_argument("--json", action="store_true")
    chk.add_argument("--set", dest="item", metavar="ITEM", help="the item id (as listed) to record")
    chk.add_argument("--state", help=f"with --set: {' | '.join(SETTABLE)}")
    chk.add_argument("--note", default="", help="what was found or done; the reason when not applicable")
    chk.add_argument("--exception", default=None, metavar="EXCEPTION",
                     help=f"erasure items: the Art. 17(3) exception data are kept under ({', '.join(EXCEPTION_LABELS)})")
    fee = csub.add_parser("fee", help="record a fee asked or paid (Art. 15(3)), in euros")
    fee.add_argument("reference")
    fee.add_argument("--asked", default="", metavar="EUR")
    fee.add_argument("--paid", default="", metavar="EUR")
    unfounded = csub.add_parser("unfounded", help="mark a request manifestly unfounded or excessive (Art. 12(5))")
    unfounded.add_argument("reference")
    unfounded.add_argument("--reason", required=True)
    repeats = csub.add_parser("repeats", help="the requester's earlier requests of the last 12 months")
    repeats.add_argument("reference")
    repeats.add_argument("--json", action="store_true")


def cmd_case_checklist(args, who: str) -> int:
    """Run one of SUBCOMMANDS; the caller has opened the database."""
    from dsar_desk.cli import EXIT_OK, CliError, _case, _json, _out
    from dsar_desk.domain.checklist import ChecklistError, format_cents, parse_cents
    from dsar_desk.store import checklist as store

    case = _case(args.reference)
    try:
        if args.case_command == "checklist":
            if args.item is None:
                if args.state or args.note or args.exception:
                    raise CliError("--state, --note and --exception go with --set ITEM")
                store.build_checklist(case, who)
                items = [store.item_dict(i) for i in store.items_of(case)]
                if args.json:
                    _json({"reference": case.reference, "register_version": case.register_version,
                           "open": sum(1 for i in items if i["state"] == "open"), "items": items})
                elif not items:
                    _out(f"{case.reference}: no checklist (the rights asked need no search or action in the register)")
                else:
                    for i in items:
                        line = f"{i['id']:>3}  {i['state']:<15} {i['label']}"
                        if i["who"]:
                            line += f"  [{i['who']}, {i['when']}]"
                        if i["note"]:
                            line += f"  — {i['note']}"
                        _out(line)
                return EXIT_OK
            if not args.state:
                raise CliError(f"--set: say --state ({' | '.join(SETTABLE)})")
            if args.state not in SETTABLE:
                raise CliError(f"--state: '{args.state}' is not a state ({' | '.join(SETTABLE)})")
            store.build_checklist(case, who)
            item = store.set_item(case, args.item, args.state, args.note, who, exception=args.exception)
            _out(f"{case.reference} #{item.position} {item.label}: {item.state}")
            remaining = len(store.open_items(case))
            _out(f"{remaining} item(s) still open")
            return EXIT_OK
        if args.case_command == "fee":
            if not args.asked and not args.paid:
                raise CliError("fee: give --asked EUR and/or --paid EUR")
            problems = []
            amounts = {}
            for name in ("asked", "paid"):
                try:
                    amounts[name] = parse_cents(getattr(args, name))
                except ChecklistError as exc:
                    problems.append(f"--{name}: {exc}")
            if problems:
                raise CliError(*problems)
            store.record_fee(case, who, asked_cents=amounts["asked"], paid_cents=amounts["paid"])
            _out(f"{case.reference}: fee asked {format_cents(case.fee_asked_cents) or '-'}, "
                 f"paid {format_cents(case.fee_paid_cents) or '-'} EUR")
            return EXIT_OK
        if args.case_command == "unfounded":
            store.mark_unfounded(case, args.reason, who)
            _out(f"{case.reference}: manifestly unfounded or excessive; {case.status}")
            return EXIT_OK
        if args.case_command == "repeats":
            check = store.repeat_check(case.organisation, case.requester_email, case.requester_name,
                                       case.address_lines, case.right_list, case.received, exclude_case=case.id)
            if args.json:
                _json({"reference": case.reference, "free_requests_per_year": check.free_per_year,
                       "earlier_access": check.earlier_access, "beyond_free": check.beyond_free,
                       "earlier": [{"reference": c.reference, "received": c.received.isoformat(),
                                    "rights": list(c.rights), "status": c.status} for c in check.earlier]})
            else:
                for c in check.earlier:
                    _out(f"{c.reference}\t{c.received.isoformat()}\t{','.join(c.rights)}\t{c.status}")
                _out(check.explanation())
            return EXIT_OK
    except store.UnknownItem as exc:
        raise CliError(f"--set: {exc}") from None
    except ChecklistError as exc:
        raise CliError(*str(exc).split("; ")) from None
    raise CliError(f"case: unknown command {args.case_command}")
