"""`dsar-desk letter`: make a response letter of a case, or record that one was sent.

    dsar-desk letter REF --kind KIND [--language LL] [-o FILE.pdf] [--override-identity REASON]
                         [--reasons TEXT] [--ground G] [--exception E] [--annex NAME]... [--data FILE.json]
                         [--doubt TEXT] [--detail FIELD=VALUE]...
    dsar-desk letter REF --mark-sent VERSION_OR_ID --method post|registered|email|hand [--on DATE] [--tracking N]
    dsar-desk letter REF --list [--json]
    dsar-desk letter REF --send-email [ID|KIND:VERSION] [--to ADDRESS] [--zip --password-by phone|sms|post]
                         [--attach FILE]...

The letter is kept with the case exactly as from the desktop app (a new version, an event in
the timeline); the PDF (and a portability answer's JSON and CSV beside it) is written to
FILE.pdf or the current folder, and its path printed.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from dsar_desk.cli.common import EXIT_OK, CliError, case, clerk, field_problems, open_db, out, print_json
from dsar_desk.domain.letter_content import ERASURE_EXCEPTIONS, LETTER_KINDS, LETTER_LANGUAGES, RESTRICTION_GROUNDS


def register(sub, csub) -> None:
    p = sub.add_parser("letter", help="make a response letter (PDF) of a case, or mark one sent")
    p.add_argument("reference")
    p.add_argument("--kind", help=f"one of: {', '.join(LETTER_KINDS)}")
    p.add_argument("--language", help=f"letter language ({', '.join(LETTER_LANGUAGES)}; default: the case's)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="where to write the PDF (default: ./)")
    p.add_argument("--override-identity", metavar="REASON",
                   help="make an access or portability answer before the identity is verified, for this reason")
    p.add_argument("--reasons", help="refusal: the reasons (default: the note given when refusing); "
                                     "rectification-refused, partial-access, fee (excessive): the reasons of that letter")
    p.add_argument("--unfounded", action="store_true", help="refusal: manifestly unfounded or excessive (Art. 12(5))")
    p.add_argument("--ground", help=f"restriction: the Art. 18(1) ground ({', '.join(RESTRICTION_GROUNDS)})")
    p.add_argument("--exception", help=f"erasure refused in part: the Art. 17(3) exception ({', '.join(ERASURE_EXCEPTIONS)})")
    p.add_argument("--exception-detail", default="", help="erasure: which data are kept and why")
    p.add_argument("--compelling-grounds", help="objection (not direct marketing): the compelling legitimate grounds")
    p.add_argument("--annex", action="append", default=[], metavar="NAME", help="access: a file sent as the copy (repeat)")
    p.add_argument("--informed", action="append", default=[], metavar="RECIPIENT",
                   help="rectification, erasure, restriction: a recipient id told of it (Art. 19; repeat)")
    p.add_argument("--data", type=Path, metavar="FILE.json", help="portability: the data to hand over (JSON object)")
    p.add_argument("--doubt", help="identity request: the reasonable doubt about the requester's identity (Art. 12(6))")
    p.add_argument("--detail", action="append", default=[], metavar="FIELD=VALUE",
                   help="what another kind needs (repeat): " + ", ".join(TEXT_DETAILS) + "; a list field "
                        "(representative_address, consents_withdrawn, objection_activities, sections) takes "
                        "its items separated by |")
    p.add_argument("--mark-sent", metavar="VERSION_OR_ID", help="record that a letter was sent: its id, or KIND:VERSION")
    p.add_argument("--method", help="with --mark-sent: post, registered, email or hand")
    p.add_argument("--on", default="", metavar="DATE", help="with --mark-sent: the day it was sent (default today)")
    p.add_argument("--tracking", default="", help="with --mark-sent: the tracking number (registered post)")
    p.add_argument("--send-email", nargs="?", const="latest", metavar="ID|KIND:VERSION",
                   help="send a letter by e-mail through the organisation's SMTP server (default: the newest "
                        "letter not sent yet); marked sent once the server accepted it")
    p.add_argument("--to", metavar="ADDRESS", help="with --send-email: the address (default: the requester's)")
    p.add_argument("--zip", action="store_true", help="with --send-email: the annexes in an AES-encrypted ZIP; "
                                                      "its password is printed once")
    p.add_argument("--password-by", choices=("phone", "sms", "post"),
                   help="with --zip: how you give the password to the requester")
    p.add_argument("--attach", action="append", default=[], type=Path, metavar="FILE",
                   help="with --send-email: a file sent as an annex (repeat)")
    p.add_argument("--list", action="store_true", help="list the letters of the case")
    p.add_argument("--json", action="store_true", help="with --list: as JSON")
    p.set_defaults(handler=cmd_letter)


def _details(args) -> dict:
    details: dict = {}
    if args.reasons is not None:  # the reasons of the kind made: refusal (and fee), rectification refused, partial access
        field = {"rectification-refused": "rectification_refused_reasons",
                 "partial-access": "withheld_reasons"}.get(args.kind, "refusal_reasons")
        details[field] = args.reasons
    if args.unfounded:
        details["manifestly_unfounded_or_excessive"] = True
    if args.ground:
        details["restriction_ground"] = args.ground
    if args.exception:
        details["erasure_exception"] = args.exception
        details["erasure_exception_detail"] = args.exception_detail
    if args.compelling_grounds is not None:
        details["objection_direct_marketing"] = False
        details["objection_compelling_grounds"] = args.compelling_grounds
    if args.annex:
        details["annexes"] = list(args.annex)
    if args.informed:
        details["recipients_informed"] = list(args.informed)
    if args.doubt is not None:
        details["identity_doubt"] = args.doubt
    details.update(_free_details(args.detail))
    return details


# What the kinds beyond the first twelve take, as --detail FIELD=VALUE (domain.letter_details.DETAIL_FIELDS).
TEXT_DETAILS = ("clarification_questions", "representative_name", "representative_country", "withheld_reasons",
                "controller", "intended_for", "fee_reason", "fee_payment", "deceased_name",
                "rectification_refused_reasons", "reply_by", "supplementary_statement", "fee_cents")
LIST_DETAILS = ("representative_address", "consents_withdrawn", "objection_activities", "sections")


def _free_details(items: list[str]) -> dict:
    out: dict = {}
    for item in items:
        name, _, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if name in LIST_DETAILS:
            out[name] = [v.strip() for v in value.split("|") if v.strip()]
        elif name == "supplementary_statement":
            out[name] = value.strip().lower() in ("1", "yes", "true", "y")
        elif name == "fee_cents":
            out[name] = int(value)
        elif name == "reply_by":
            out[name] = date.fromisoformat(value.strip())
        else:
            out[name] = value
    return out


def _detail_problems(items: list[str]) -> list[str]:
    problems = []
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or name not in (*TEXT_DETAILS, *LIST_DETAILS):
            problems.append(f"--detail: '{item}' is not FIELD=VALUE with a field of "
                            + ", ".join((*TEXT_DETAILS, *LIST_DETAILS)))
        elif name == "fee_cents" and not value.strip().isdigit():
            problems.append(f"--detail: fee_cents must be a whole number of cents, not '{value}'")
        elif name == "reply_by":
            try:
                date.fromisoformat(value.strip())
            except ValueError:
                problems.append(f"--detail: reply_by '{value}' is not a date (YYYY-MM-DD)")
    return problems


def _check_args(args) -> list[str]:
    """Every problem with the arguments at once, one line each."""
    problems = []
    making = args.kind is not None
    if args.send_email is not None:
        return _check_send_args(args)
    if args.to or args.zip or args.password_by or args.attach:
        problems.append("--to/--zip/--password-by/--attach: only with --send-email")
    if args.mark_sent is None and not args.list and not making:
        problems.append("--kind: say which letter to make (" + ", ".join(LETTER_KINDS) + "), or --mark-sent, or --list")
    if making and args.kind not in LETTER_KINDS:
        problems.append(f"--kind: '{args.kind}' is not a kind of letter ({', '.join(LETTER_KINDS)})")
    if making and args.mark_sent is not None:
        problems.append("--mark-sent: make a letter or mark one sent, not both at once")
    if args.language is not None and args.language.strip().lower() not in LETTER_LANGUAGES:
        problems.append(f"--language: '{args.language}' is not a letter language ({', '.join(LETTER_LANGUAGES)})")
    if args.override_identity is not None and not args.override_identity.strip():
        problems.append("--override-identity: give the reason")
    if args.ground and args.ground not in RESTRICTION_GROUNDS:
        problems.append(f"--ground: '{args.ground}' is not a ground of Art. 18(1) ({', '.join(RESTRICTION_GROUNDS)})")
    if args.exception and args.exception not in ERASURE_EXCEPTIONS:
        problems.append(f"--exception: '{args.exception}' is not an exception of Art. 17(3) ({', '.join(ERASURE_EXCEPTIONS)})")
    if args.output is not None and args.output.suffix.lower() != ".pdf" and not args.output.is_dir():
        problems.append(f"--output: '{args.output}' is neither a folder nor a .pdf file")
    if args.mark_sent is not None and not args.method:
        problems.append("--method: say how it was sent (post, registered, email or hand)")
    if args.mark_sent is None and (args.method or args.on or args.tracking):
        problems.append("--method/--on/--tracking: only with --mark-sent")
    if args.data is not None and args.kind not in ("portability", "combined"):
        problems.append("--data: only for --kind portability (or combined)")
    problems += _detail_problems(args.detail)
    return problems


def _check_send_args(args) -> list[str]:
    problems = []
    if args.kind is not None or args.mark_sent is not None or args.list:
        problems.append("--send-email: send a letter, not together with --kind, --mark-sent or --list")
    if args.zip and not args.password_by:
        problems.append("--password-by: say how the ZIP password reaches the requester (phone, sms or post)")
    if args.password_by and not args.zip:
        problems.append("--password-by: only with --zip")
    return problems


def _send_email(args, the_case, who: str) -> int:
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.desk.attachments import read_file
    from dsar_desk.domain.cases import InvalidCase
    from dsar_desk.domain.letter_details import InvalidLetter
    from dsar_desk.mail.errors import MailError
    from dsar_desk.store.letters import find_letter, letters_of

    try:
        if args.send_email == "latest":
            unsent = [x for x in letters_of(the_case) if not x.is_sent]
            if not unsent:
                raise CliError(f"--send-email: {the_case.reference} has no letter that is not sent yet")
            letter = max(unsent, key=lambda x: (x.made_at, x.id))
        else:
            letter = find_letter(the_case, args.send_email)
        extra = [(a.filename, a.data) for a in (read_file(path, field="--attach") for path in args.attach)]
        sent = desk_mail.send_letter(letter, who, to=args.to, encrypt=args.zip, password_channel=args.password_by or "",
                                     extra_annexes=extra)
    except InvalidCase as exc:
        raise CliError(*(str(p.message) for p in exc.problems)) from None
    except (InvalidLetter, desk_mail.InvalidMail) as exc:
        raise field_problems(exc.problems) from None
    except MailError as exc:
        reply = f" (server: {exc.server_reply})" if exc.server_reply else ""
        raise CliError(f"{exc.kind}: {exc}{reply}; the letter is not marked sent") from None
    out(f"{letter.kind}:v{letter.version} sent by e-mail to {', '.join(sent.delivery.recipients)}: {sent.message_id}")
    if sent.zip_password:
        out(f"ZIP password (give it by {args.password_by}; it is shown only now and never stored): {sent.zip_password}")
    if sent.delivery.copy_problem is not None:
        sys.stderr.write(f"copy to Sent: {sent.delivery.copy_problem}\n")
    return EXIT_OK


def _read_data(path: Path) -> dict:
    from dsar_desk.domain.letter_details import MAX_DATA_BYTES, parse_portability_data

    try:
        if path.is_file() and path.stat().st_size > MAX_DATA_BYTES:
            raise CliError(f"--data {path}: larger than {MAX_DATA_BYTES // (1024 * 1024)} MB")
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"--data {path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    except UnicodeDecodeError:
        raise CliError(f"--data {path}: not a JSON file (not UTF-8 text)") from None
    try:
        return parse_portability_data(text)
    except ValueError as exc:
        raise CliError(f"--data {path}: {exc}") from None


def cmd_letter(args: argparse.Namespace) -> int:
    from dsar_desk.desk.letters import make_letter_files, mark_sent
    from dsar_desk.domain.letter_details import SEND_METHOD_LABELS, InvalidLetter
    from dsar_desk.store.letters import find_letter, letter_dict, letters_of

    problems = _check_args(args)
    if problems:
        raise CliError(*problems)
    open_db(args)
    the_case = case(args.reference)
    who = clerk()
    if args.send_email is not None:
        return _send_email(args, the_case, who)
    if args.list:
        rows = letters_of(the_case)
        if args.json:
            print_json([letter_dict(x) for x in rows])
        else:
            for x in rows:
                sent = (f"sent {x.sent_on.isoformat()} by {SEND_METHOD_LABELS[x.sent_method]}"
                        + (f" ({x.sent_tracking})" if x.sent_tracking else "")) if x.is_sent else "not sent"
                out(f"{x.id}\t{x.kind}:v{x.version}\t{x.language}\t{x.made_at.isoformat()}Z\t{x.sha256[:12]}\t{sent}")
        return EXIT_OK
    try:
        if args.mark_sent is not None:
            letter = find_letter(the_case, args.mark_sent)
            letter = mark_sent(letter, args.method, args.on or None, args.tracking, who)
            out(f"{letter.kind}:v{letter.version} sent {letter.sent_on.isoformat()}")
            return EXIT_OK
        data = _read_data(args.data) if args.data is not None else None
        letter, paths = make_letter_files(
            the_case, args.kind, args.language, who, args.output or Path.cwd(), args.override_identity,
            details=_details(args) or None, portability_data=data,
        )
    except InvalidLetter as exc:
        raise field_problems(exc.problems) from None
    except OSError as exc:
        raise CliError(f"--output: cannot write ({exc.strerror or exc.__class__.__name__})") from None
    for path in paths:
        out(str(path))
    for gap in letter.report_data["missing"]:
        print(f"check: {gap}", file=sys.stderr)  # what the clerk should look at before sending
    return EXIT_OK
