"""`dsar-desk check` and `self-test`: the state of this install (see dsar_desk.selfcheck)."""

from __future__ import annotations

from dsar_desk.cli.common import EXIT_FAILED_CHECK, EXIT_OK, out


def register(sub, csub) -> None:
    check = sub.add_parser("check", help="report the state of this install")
    check.add_argument("--self-test", action="store_true", help="check a temporary database, not yours")
    check.set_defaults(handler=cmd_check)
    selftest = sub.add_parser("self-test", help="check this install on a temporary database (same as check --self-test)")
    selftest.set_defaults(handler=cmd_check, self_test=True)


def cmd_check(args) -> int:
    from dsar_desk.selfcheck import run_checks

    ok = True
    for name, good, detail in run_checks(args.db, temporary=args.self_test):
        ok = ok and good is not False
        out(f"{'ok  ' if good else 'warn' if good is None else 'FAIL'} {name}: {detail}")
    return EXIT_OK if ok else EXIT_FAILED_CHECK
