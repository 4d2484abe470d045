"""`dsar-desk profile ...`, `deadline-rules`, `demo`: organisations, their profiles and rules.

    profile import FILE | profile export SLUG [-o FILE] | profile list
    deadline-rules SLUG [--subdivision CODE] [--pause-rule suspend|restart|none] [--json]
    demo [--cases N]
"""

from __future__ import annotations

import sys
from pathlib import Path

from dsar_desk.cli.common import EXIT_OK, CliError, Parser, bounded, clerk, open_db, out, print_json
from dsar_desk.paths import write_private

PAUSE_RULE_HELP = ("suspend: the limit moves by the days waited (EDPB); restart: the month starts again when "
                   "identity is confirmed (UK ICO); none: waiting has no effect")


def register(sub, csub) -> None:
    demo = sub.add_parser("demo", help="load the three sample organisations and demo cases")
    demo.add_argument("--cases", type=bounded(0, 2_000_000), default=60, help="how many cases (default 60)")
    demo.set_defaults(handler=cmd_demo)

    profile = sub.add_parser("profile", help="import or export an organisation profile")
    psub = profile.add_subparsers(dest="profile_command", parser_class=Parser)
    profile.set_defaults(handler=lambda args: _say_what(args))
    pimport = psub.add_parser("import", help="import a profile (TOML)")
    pimport.add_argument("file", type=Path)
    pimport.set_defaults(handler=profile_import)
    pexport = psub.add_parser("export", help="export a profile (TOML)")
    pexport.add_argument("slug")
    pexport.add_argument("-o", "--output", type=Path)
    pexport.set_defaults(handler=profile_export)
    plist = psub.add_parser("list", help="list the organisations")
    plist.set_defaults(handler=profile_list)

    rules = sub.add_parser("deadline-rules", help="show or set an organisation's holiday region and pause rule")
    rules.add_argument("slug")
    rules.add_argument("--subdivision", metavar="CODE",
                       help="holiday region, e.g. BY (Bavaria) or 57/6AE (Alsace-Moselle); '' for none")
    rules.add_argument("--pause-rule", choices=("suspend", "restart", "none"), help=PAUSE_RULE_HELP)
    rules.add_argument("--json", action="store_true")
    rules.set_defaults(handler=cmd_deadline_rules)


def _say_what(args) -> int:
    raise CliError("profile: say import FILE, export SLUG or list")


def cmd_demo(args) -> int:
    from dsar_desk.desk.demo import load_samples, make_cases

    open_db(args)
    slugs = load_samples()
    made = make_cases(args.cases, clerk()) if args.cases else 0
    out(f"organisations: {', '.join(slugs)}\ncases created: {made}")
    return EXIT_OK


def profile_import(args) -> int:
    from dsar_desk.desk.organisations import MAX_PROFILE_BYTES, ProfileRejected, import_profile

    try:
        if args.file.is_file() and args.file.stat().st_size > MAX_PROFILE_BYTES:
            raise CliError(f"{args.file}: larger than {MAX_PROFILE_BYTES // 1024} KiB; not a profile")
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"{args.file}: cannot read ({exc.__class__.__name__}: {getattr(exc, 'strerror', '') or exc})") from None
    open_db(args)
    try:
        result = import_profile(text)
    except ProfileRejected as exc:
        raise CliError(*(f"error: {p}" for p in exc.errors)) from None
    out(result.slug)
    for warning in result.warnings:
        out(f"warning: {warning}")
    return EXIT_OK


def profile_export(args) -> int:
    from dsar_desk.store.organisations import UnknownOrganisation, export_profile

    open_db(args)
    try:
        text = export_profile(args.slug)
    except UnknownOrganisation as exc:
        raise CliError(str(exc)) from None
    if args.output:
        try:
            write_private(args.output, text.encode("utf-8"))
        except OSError as exc:
            raise CliError(f"-o {args.output}: cannot write ({exc.strerror or exc.__class__.__name__})") from None
        out(str(args.output))
    else:
        sys.stdout.write(text)
    return EXIT_OK


def profile_list(args) -> int:
    from dsar_desk.store.organisations import list_organisations

    open_db(args)
    for org in list_organisations():
        out(f"{org.slug}\t{org.prefix}\t{org.country}\t{org.languages}\t{org.name}")
    return EXIT_OK


def cmd_deadline_rules(args) -> int:
    from dsar_desk.desk.organisations import set_deadline_rules
    from dsar_desk.domain.cases import InvalidCase
    from dsar_desk.store.organisations import UnknownOrganisation, get_organisation

    open_db(args)
    try:
        org = get_organisation(args.slug)
        if args.subdivision is not None or args.pause_rule is not None:
            org = set_deadline_rules(args.slug, args.subdivision, args.pause_rule)
    except UnknownOrganisation as exc:
        raise CliError(str(exc)) from None
    except InvalidCase as exc:
        raise CliError(*(f"--{p.field.replace('_', '-')}: {p.message}" for p in exc.problems)) from None
    data = {"organisation": org.slug, "country": org.country, "subdivision": org.subdivision,
            "pause_rule": org.pause_rule, "deadline_days": org.deadline_days}
    if args.json:
        print_json(data)
    else:
        out(f"{org.slug}: country {org.country}, holiday region {org.subdivision or '-'}, "
            f"pause rule {org.pause_rule}, promise {org.deadline_days or '-'} days")
    return EXIT_OK
