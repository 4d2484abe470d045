"""`dsar-desk case checklist`: the fulfilment checklist of a case, and recording an item.

    case checklist REF [--json]
    case checklist REF --set ITEM --state done|not-applicable|not-concerned|open [--note TEXT] [--exception E]
    case checklist REF --searches-done --note TEXT   every open search item done, with one note
"""

from __future__ import annotations

from dsar_desk.cli.cases import case_errors
from dsar_desk.cli.common import EXIT_OK, CliError, case, out, print_json
from dsar_desk.domain.checklist import EXCEPTION_LABELS, STATES

SETTABLE = tuple(s for s in STATES if s != "open") + ("open",)


def register(sub, csub) -> None:
    chk = csub.add_parser("checklist", help="the fulfilment checklist of a case; --set to record an item")
    chk.add_argument("reference")
    chk.add_argument("--json", action="store_true")
    chk.add_argument("--set", dest="item", metavar="ITEM", help="the item id (as listed) to record")
    chk.add_argument("--state", help=f"with --set: {' | '.join(SETTABLE)}")
    chk.add_argument("--note", default="", help="what was found or done; the reason when not applicable")
    chk.add_argument("--exception", default=None, metavar="EXCEPTION",
                     help=f"erasure items: the Art. 17(3) exception data are kept under ({', '.join(EXCEPTION_LABELS)})")
    chk.add_argument("--searches-done", action="store_true",
                     help="mark every search item still open done, with the one --note (what was found)")
    chk.set_defaults(handler=checklist)


@case_errors
def checklist(args, who: str) -> int:
    from dsar_desk.desk.checklist import build_checklist, set_item
    from dsar_desk.store.checklist import UnknownItem, item_dict, items_of, open_items

    the_case = case(args.reference)
    if args.searches_done:
        from dsar_desk.desk.checklist import mark_searches_done

        if args.item is not None or args.state or args.exception:
            raise CliError("--searches-done goes with --note only")
        marked = mark_searches_done(the_case, args.note, who)
        out(f"{the_case.reference}: {len(marked)} search item(s) marked done ("
            + ", ".join(f"#{i.position}" for i in marked) + ")")
        out(f"{len(open_items(the_case))} item(s) still open")
        return EXIT_OK
    if args.item is None:
        if args.state or args.note or args.exception:
            raise CliError("--state, --note and --exception go with --set ITEM")
        build_checklist(the_case, who)
        items = [item_dict(i) for i in items_of(the_case)]
        if args.json:
            print_json({"reference": the_case.reference, "register_version": the_case.register_version,
                        "open": sum(1 for i in items if i["state"] == "open"), "items": items})
        elif not items:
            out(f"{the_case.reference}: no checklist (the rights asked need no search or action in the register)")
        else:
            for i in items:
                line = f"{i['id']:>3}  {i['state']:<15} {i['label']}"
                if i["who"]:
                    line += f"  [{i['who']}, {i['when']}]"
                if i["note"]:
                    line += f"  — {i['note']}"
                out(line)
        return EXIT_OK
    if not args.state:
        raise CliError(f"--set: say --state ({' | '.join(SETTABLE)})")
    if args.state not in SETTABLE:
        raise CliError(f"--state: '{args.state}' is not a state ({' | '.join(SETTABLE)})")
    build_checklist(the_case, who)
    try:
        item = set_item(the_case, args.item, args.state, args.note, who, exception=args.exception)
    except UnknownItem as exc:
        raise CliError(f"--set: {exc}") from None
    out(f"{the_case.reference} #{item.position} {item.label}: {item.state}")
    out(f"{len(open_items(the_case))} item(s) still open")
    return EXIT_OK
