"""`dsar-desk mail ...`: message files to cases, the mailbox, the mail settings of an organisation.

    mail import FILE --org SLUG [--right R]... [--dry-run]
    mail fetch [--org SLUG]
    mail inbox [--org SLUG] [--json]
    mail setup SLUG [--privacy-address A] [--imap-host H] [--smtp-host H] ... [--show]
    mail password SLUG imap|smtp              (from the terminal, or one line on standard input)
    mail test SLUG
    mail notice REF --item N [--to ADDRESS]   the Art. 19 notice of an "inform recipient" item

Sending a letter is `dsar-desk letter REF --send-email` (cli/letters.py).
"""

from __future__ import annotations

import getpass
import sys
from dataclasses import replace
from pathlib import Path

from dsar_desk.cli.common import (
    EXIT_FAILED_CHECK,
    EXIT_OK,
    EXIT_USAGE,
    CliError,
    Parser,
    bounded,
    case,
    clerk,
    field_problems,
    labelled_problems,
    open_db,
    organisation,
    out,
    print_json,
)
from dsar_desk.domain.cases import RIGHTS

# option -> MailAccount field, for `mail setup`
SETTINGS = (
    ("--privacy-address", "privacy_address", str, "the organisation's privacy address (From of every e-mail; "
                                                  "default: the profile's email)"),
    ("--sender-name", "sender_name", str, "the name shown with it"),
    ("--imap-host", "imap_host", str, "the IMAP server ('' for none)"),
    ("--imap-port", "imap_port", int, "default 993 (tls) or 143 (starttls)"),
    ("--imap-security", "imap_security", str, "tls or starttls"),
    ("--imap-user", "imap_user", str, "default: the privacy address"),
    ("--imap-folder", "imap_folder", str, "the folder read (default INBOX)"),
    ("--sent-folder", "sent_folder", str, "where copies of sent mail go (default: the server's Sent folder)"),
    ("--smtp-host", "smtp_host", str, "the SMTP server ('' for none)"),
    ("--smtp-port", "smtp_port", int, "default 465 (ssl) or 587 (starttls)"),
    ("--smtp-security", "smtp_security", str, "ssl or starttls"),
    ("--smtp-user", "smtp_user", str, "default: the IMAP user"),
    ("--auth", "auth", str, "password or xoauth2"),
    ("--provider", "provider", str, "with xoauth2: microsoft or google"),
    ("--client-id", "oauth_client_id", str, "with xoauth2: your organisation's registered application"),
    ("--tenant", "oauth_tenant", str, "with xoauth2 and microsoft: the tenant"),
    ("--ca-file", "ca_file", str, "a CA certificate file to trust (default: the system's)"),
    ("--check-minutes", "check_minutes", int, "how often the app checks the mailbox (default 5)"),
    ("--move-to", "move_to", str, "move handled messages to this folder ('' = leave them)"),
)


def register(sub, csub) -> None:
    mail = sub.add_parser("mail", help="e-mail: import a message, fetch the mailbox, mail settings")
    msub = mail.add_subparsers(dest="mail_command", parser_class=Parser, metavar="SUBCOMMAND")
    mail.set_defaults(handler=_say_what)

    p = msub.add_parser("import", help="a message file (.eml, .msg) becomes a case; prints its reference")
    p.add_argument("file", type=Path)
    p.add_argument("--org", required=True, metavar="SLUG")
    p.add_argument("--right", action="append", default=[], choices=RIGHTS, help="the right asked (repeat; "
                   "default: the rights proposed from the text)")
    p.add_argument("--dry-run", action="store_true", help="print the proposed fields as JSON, create nothing")
    p.set_defaults(handler=cmd_import)

    p = msub.add_parser("fetch", help="one round of the mailbox of each organisation (or one)")
    p.add_argument("--org", metavar="SLUG")
    p.set_defaults(handler=cmd_fetch)

    p = msub.add_parser("inbox", help="the messages waiting in the Inbox")
    p.add_argument("--org", metavar="SLUG")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_inbox)

    p = msub.add_parser("setup", help="show or change the mail settings of an organisation (no password)")
    p.add_argument("slug")
    for option, name, kind, text in SETTINGS:
        p.add_argument(option, dest=name, type=kind if kind is str else bounded(0, 65535 if "port" in name else 1440),
                       help=text)
    p.add_argument("--mark-seen", dest="mark_seen", action="store_true", default=None,
                   help="flag fetched messages read on the server")
    p.add_argument("--no-mark-seen", dest="mark_seen", action="store_false")
    p.add_argument("--show", action="store_true", help="print the settings (JSON)")
    p.set_defaults(handler=cmd_setup)

    p = msub.add_parser("password", help="store the IMAP or SMTP password in the OS keyring")
    p.add_argument("slug")
    p.add_argument("server", choices=("imap", "smtp"))
    p.set_defaults(handler=cmd_password)

    p = msub.add_parser("test", help="test the connection to the IMAP and SMTP servers")
    p.add_argument("slug")
    p.set_defaults(handler=cmd_test)

    p = msub.add_parser("notice", help="send the Art. 19 notice of an 'inform recipient' checklist item")
    p.add_argument("reference")
    p.add_argument("--item", required=True, help="the checklist item number")
    p.add_argument("--to", help="the recipient's address (default: its email in the profile)")
    p.set_defaults(handler=cmd_notice)


def _say_what(args) -> int:
    raise CliError("mail: say import, fetch, inbox, setup, password, test or notice")


def _mail_error(exc) -> CliError:
    reply = f" (server: {exc.server_reply})" if getattr(exc, "server_reply", "") else ""
    return CliError(f"{exc.kind}: {exc}{reply}")


def cmd_import(args) -> int:
    from dsar_desk.cli.identity import ensure_key_cli
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.domain.cases import InvalidCase
    from dsar_desk.mail.errors import MailError

    open_db(args)
    organisation(args.org)
    try:
        raw = desk_mail.read_message_file(args.file)
        proposed = desk_mail.propose_file(args.org, raw, args.file.name)
        if args.dry_run:
            data = proposed.proposal.as_dict()
            data["language_proposed"] = proposed.language_proposed
            data["intake"] = {"organisation": args.org, "name": proposed.draft.name, "email": proposed.draft.email,
                              "language": proposed.draft.language,
                              "rights": list(args.right or proposed.draft.rights), "channel": "email",
                              "received": proposed.draft.received.isoformat()}
            print_json(data)
            return EXIT_OK
        if not args.right and not proposed.draft.rights:
            raise CliError("--right: no right is proposed from the text of the message; say which (--right R)")
        ensure_key_cli()
        the_case = desk_mail.import_message(args.org, raw, args.file.name, clerk(), rights=args.right or None)
    except MailError as exc:
        raise CliError(f"{args.file}: {exc}") from None
    except desk_mail.InvalidMail as exc:
        raise CliError(*(f"{args.file}: {p.message}" for p in exc.problems)) from None
    except InvalidCase as exc:
        raise labelled_problems(exc.problems) from None
    out(the_case.reference)
    return EXIT_OK


def cmd_fetch(args) -> int:
    from dsar_desk.cli.identity import ensure_key_cli
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.store.mail import accounts

    open_db(args)
    if args.org:
        organisation(args.org)
    if not [o for o, data in accounts() if data.get("imap_host") and (not args.org or o.slug == args.org)]:
        raise CliError("mail fetch: no organisation has an IMAP server in its mail settings (mail setup SLUG "
                       "--imap-host ...)")
    ensure_key_cli()
    failed = False
    for report in desk_mail.fetch_all(clerk(), args.org):
        if report.problem is not None:
            failed = True
            sys.stderr.write(report.line() + "\n")
        else:
            out(report.line())
    return EXIT_USAGE if failed else EXIT_OK


def cmd_inbox(args) -> int:
    from dsar_desk.store.mail import inbox

    open_db(args)
    if args.org:
        organisation(args.org)
    rows = inbox(args.org)
    if args.json:
        print_json([{"id": r.id, "organisation": r.organisation, "from": r.sender, "subject": r.subject,
                     "date": r.sent_date.isoformat() + "Z" if r.sent_date else None, "state": r.state,
                     "problem": str(r.problem)} for r in rows])
        return EXIT_OK
    for r in rows:
        when = r.sent_date.strftime("%Y-%m-%d %H:%M") if r.sent_date else "-"
        out(f"{r.id}\t{r.organisation}\t{when}\t{r.sender}\t{r.subject or str(r.problem)}")
    return EXIT_OK


def cmd_setup(args) -> int:
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.mail.account import MailAccount
    from dsar_desk.store.organisations import profile_of

    open_db(args)
    org = organisation(args.slug, "SLUG")
    current = desk_mail.get_account(args.slug)
    changes = {name: getattr(args, name) for _, name, _, _ in SETTINGS if getattr(args, name) is not None}
    if args.mark_seen is not None:
        changes["mark_seen"] = args.mark_seen
    for name in ("imap_port", "smtp_port"):
        if changes.get(name) == 0:
            changes[name] = None  # 0: back to the default port
    if current is None:
        if not changes and args.show:
            raise CliError(f"{args.slug}: no mail settings yet")
        current = MailAccount(privacy_address=profile_of(org).email or "")
    account = replace(current, **changes) if changes else current
    if changes:
        try:
            desk_mail.save_account(args.slug, account, clerk())
        except desk_mail.InvalidMail as exc:
            raise CliError(*(f"--{p.field.replace('_', '-')}: {p.message}" for p in exc.problems)) from None
    if args.show or not changes:
        print_json(account.to_dict())
    else:
        out(f"{args.slug}: mail settings saved")
    return EXIT_OK


def _read_password(server: str) -> str:
    if sys.stdin.isatty():
        value = getpass.getpass(f"{server.upper()} password: ")
    else:
        value = sys.stdin.readline()
        if len(value) > 4096:
            raise CliError("password: longer than 4096 characters")
        value = value.rstrip("\r\n")
    return value


def cmd_password(args) -> int:
    from dsar_desk import secrets
    from dsar_desk.desk import mail as desk_mail

    open_db(args)
    organisation(args.slug, "SLUG")
    password = _read_password(args.server)
    try:
        desk_mail.set_password(args.slug, args.server, password)
    except desk_mail.InvalidMail as exc:
        raise field_problems(exc.problems) from None
    except secrets.SecretStoreError as exc:
        raise CliError(f"keyring: {exc}") from None
    out(f"{args.slug}: {args.server.upper()} password stored in the keyring ({secrets.backend_name()})")
    return EXIT_OK


def cmd_test(args) -> int:
    from dsar_desk.desk import mail as desk_mail

    open_db(args)
    organisation(args.slug, "SLUG")
    try:
        results = desk_mail.test_connection(args.slug)
    except desk_mail.InvalidMail as exc:
        raise field_problems(exc.problems) from None
    ok = True
    for which, check in results:
        for step, passed, seen in check.steps:
            out(f"{which} {step}: {'ok' if passed else 'FAILED'} - {seen}")
        if not check.ok:
            ok = False
            sys.stderr.write(f"{which}: {check.failed} failed: {check.message}\n")
    return EXIT_OK if ok else EXIT_FAILED_CHECK


def cmd_notice(args) -> int:
    from dsar_desk.desk import mail as desk_mail
    from dsar_desk.domain.checklist import ChecklistError
    from dsar_desk.mail.errors import MailError
    from dsar_desk.store.checklist import UnknownItem

    open_db(args)
    the_case = case(args.reference)
    try:
        delivery = desk_mail.send_notice(the_case, args.item, clerk(), to=args.to)
    except desk_mail.InvalidMail as exc:
        raise field_problems(exc.problems) from None
    except (UnknownItem, ChecklistError) as exc:
        raise CliError(f"--item: {exc}") from None
    except MailError as exc:
        raise _mail_error(exc) from None
    out(f"notice sent to {', '.join(delivery.recipients)}: {delivery.message_id}")
    if delivery.copy_problem is not None:
        sys.stderr.write(f"copy to Sent: {delivery.copy_problem}\n")
    return EXIT_OK
