"""`dsar-desk report`, `procedure`, `purge-closed-cases`: the accountability of issue 16.

    dsar-desk report --year YYYY [--org SLUG] [--language LL] [-o FILE.pdf|FILE.csv|FILE.json] [--cases]
        the figures of the requests received that year: a summary on standard output, or the annual
        report (PDF), or the figures as CSV or JSON; with --cases, the case list with its facts
        (personal data: CSV or JSON only, written owner-only, never over an existing file)
    dsar-desk procedure SLUG [--language LL] [-o FILE.pdf]
        the organisation's written procedure for handling requests (text, or PDF)
    dsar-desk purge-closed-cases [--dry-run] [--json]
        delete the closed cases whose retention is over (the profile's case_retention_years),
        keeping their figures; --dry-run says which, and deletes nothing
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from dsar_desk.cli.common import EXIT_OK, CliError, field_problems, open_db, organisation, out, print_json

FORMATS = (".pdf", ".csv", ".json")


def register(sub, csub) -> None:
    rep = sub.add_parser("report", help="the figures of a year: summary, annual report (PDF), CSV or JSON")
    rep.add_argument("--year", type=int, required=True, metavar="YYYY")
    rep.add_argument("--org", metavar="SLUG", help="one organisation (default: all)")
    rep.add_argument("--language", metavar="LL", help="en, nl or fr (default: the organisation's first)")
    rep.add_argument("-o", "--output", type=Path, metavar="FILE", help="FILE.pdf, FILE.csv or FILE.json")
    rep.add_argument("--cases", action="store_true",
                     help="the case list with its facts instead of the figures (personal data: .csv or .json)")
    rep.set_defaults(handler=cmd_report)
    proc = sub.add_parser("procedure", help="an organisation's written procedure for handling requests")
    proc.add_argument("slug")
    proc.add_argument("--language", metavar="LL")
    proc.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    proc.set_defaults(handler=cmd_procedure)
    purge = sub.add_parser("purge-closed-cases", help="delete the closed cases whose retention is over")
    purge.add_argument("--dry-run", action="store_true", help="say which cases are due; delete nothing")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=cmd_purge_closed_cases)


def _language(args, org) -> str:
    from dsar_desk.letters.report import REPORT_LANGUAGES

    if args.language:
        if args.language not in REPORT_LANGUAGES:
            raise CliError(f"--language: '{args.language}' is not one of {', '.join(REPORT_LANGUAGES)}")
        return args.language
    first = org.language_list[0] if org is not None and org.language_list else "en"
    return first if first in REPORT_LANGUAGES else "en"


def _write(path: Path, data: bytes, personal: bool) -> None:
    from dsar_desk.letters.report import ExportExists, write_export

    if path.is_dir():
        raise CliError(f"-o {path}: is a folder; give a file name")
    try:
        write_export(path, data, personal)
    except ExportExists:
        raise CliError(f"-o {path}: exists; an export with personal data never replaces a file, "
                       "give another name") from None
    except OSError as exc:
        raise CliError(f"-o {path}: cannot write ({exc.strerror or exc.__class__.__name__})") from None


def cmd_report(args) -> int:
    from dsar_desk.desk.figures import figures
    from dsar_desk.desk.procedure import procedure_for
    from dsar_desk.letters import report
    from dsar_desk.store import figures as store
    from dsar_desk.store.organisations import list_organisations

    if not 2018 <= args.year <= 9998:
        raise CliError(f"--year: {args.year} is not a year of the GDPR (2018 or later)")
    suffix = args.output.suffix.lower() if args.output else ""
    if args.output and suffix not in FORMATS:
        raise CliError(f"-o {args.output}: give a file ending in {', '.join(FORMATS)}")
    if args.cases and suffix == ".pdf":
        raise CliError("--cases: the case list is written as .csv or .json")
    if args.output and args.output.is_dir():
        raise CliError(f"-o {args.output}: is a folder; give a file name")
    open_db(args)
    org = organisation(args.org) if args.org else None
    language = _language(args, org if suffix == ".pdf" else None)  # the PDF in the organisation's language
    start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    try:
        if args.cases:
            rows = [r.to_json() for r in store.case_rows(start, end, args.org)]
            data = report.cases_json(rows) if suffix == ".json" else report.cases_csv(rows)
            if args.output:
                _write(args.output, data, personal=True)
                out(f"{args.output}: {len(rows)} cases (personal data: keep it private, delete it when done)")
            else:
                sys.stdout.write(data.decode("utf-8"))
            return EXIT_OK
        f = figures(start, end, args.org)
    except store.InvalidPeriod as exc:
        raise field_problems(exc.problems) from None
    if suffix == ".pdf":
        orgs = [org] if org else list_organisations()
        procedures = [procedure_for(o.slug, language) for o in orgs]
        data = report.report_pdf(f, procedures, language, {o.slug: o.name for o in list_organisations()})
        _write(args.output, data, personal=False)
        out(f"{args.output}: annual report {args.year}, {f.total.received} requests")
    elif suffix in (".csv", ".json"):
        _write(args.output, report.figures_csv(f) if suffix == ".csv" else report.figures_json(f), personal=False)
        out(f"{args.output}: figures {args.year}, {f.total.received} requests")
    else:
        words = report.Words(language)
        out(f"{words['title']}: {f.organisation_name or words['all_organisations']}, {args.year}")
        for label, value in report.headline_rows(f, words):
            out(f"  {label}: {value}")
        for p in f.purges:
            out("  " + words["retention"]["record"].format(date=words.day(p.purged_on), cases=p.cases,
                                                           organisation=p.organisation, years=p.retention_years))
    return EXIT_OK


def cmd_procedure(args) -> int:
    from dsar_desk.desk.procedure import procedure_for
    from dsar_desk.letters.report import procedure_pdf

    if args.output and args.output.suffix.lower() != ".pdf":
        raise CliError(f"-o {args.output}: give a file ending in .pdf")
    open_db(args)
    org = organisation(args.slug, "slug")
    language = _language(args, org)
    procedure = procedure_for(org.slug, language)
    if args.output:
        _write(args.output, procedure_pdf(procedure), personal=False)
        out(f"{args.output}: {procedure.title}, {procedure.version_line}")
    else:
        out(procedure.text())
    return EXIT_OK


def cmd_purge_closed_cases(args) -> int:
    from dsar_desk.desk.retention import purge_closed_cases

    open_db(args)
    report = purge_closed_cases(dry_run=args.dry_run)
    if args.json:
        print_json(report.to_json())
        return EXIT_OK
    per_org = ", ".join(f"{slug}: {n}" for slug, n in report.per_organisation.items())
    if args.dry_run:
        out(f"{report.cases} closed case(s) due for deletion under the retention rule" + (f" ({per_org})" if per_org else ""))
        for d in report.due:
            out(f"  {d.reference}\t{d.organisation}\tclosed {d.closed_on.isoformat()}\t"
                 f"{d.retention_years} years\tdue since {d.due_since.isoformat()}")
    else:
        out(f"{report.cases} closed case(s) deleted under the retention rule on {report.purged_on.isoformat()}"
            + (f" ({per_org}); their figures are kept, anonymous" if per_org else ""))
        if report.cases:
            out(f"the record: {report.events} event(s) deleted, {report.gaps} gap record(s) written "
                "(`dsar-desk verify` still holds)")
            out(f"backups: the deleted cases removed from {report.backups} backup(s)")
    return EXIT_OK
