"""`dsar-desk mrz`, `case identity`, `key`, `purge-id-copies`: identity checks and the attachment key.

    dsar-desk mrz [--json]                      MRZ lines on standard input; exit 0 every check
                                                digit holds, 1 one does not, 2 no MRZ
    dsar-desk case identity REF --method M --outcome O [...]
    dsar-desk key status | key restore          the attachment key (recovery code on stdin)
    dsar-desk purge-id-copies                   delete the ID copies whose retention is over
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from dsar_desk.cli.common import (
    EXIT_FAILED_CHECK,
    EXIT_OK,
    CliError,
    case,
    clerk,
    date_arg,
    field_problems,
    open_db,
    out,
    print_json,
)

PASSPHRASE_ENV = "DSAR_DESK_PASSPHRASE"


def register(sub, csub) -> None:
    from dsar_desk.domain.identity import DOCUMENT_TYPES, MATCHED_DATA, METHODS, OUTCOMES

    mrz = sub.add_parser("mrz", help="check the MRZ lines of an identity document read on standard input")
    mrz.add_argument("--json", action="store_true")
    mrz.set_defaults(handler=cmd_mrz)

    ident = csub.add_parser("identity", help="record an identity check of a case")
    ident.add_argument("reference")
    ident.add_argument("--method", required=True, choices=METHODS)
    ident.add_argument("--outcome", required=True, choices=OUTCOMES)
    ident.add_argument("--on", default="", help="date of the check (default today)")
    ident.add_argument("--matched", action="append", default=[], choices=MATCHED_DATA,
                       help="account-match: which data matched (repeat)")
    ident.add_argument("--document-type", default="", choices=("",) + DOCUMENT_TYPES)
    ident.add_argument("--country", default="", help="issuing country (two letters)")
    ident.add_argument("--expiry", default="", help="expiry date of the document")
    ident.add_argument("--number", default="", help="document number (only its last 4 characters are kept)")
    ident.add_argument("--mrz-file", type=Path, help="MRZ lines to check ('-' for standard input); never kept")
    ident.add_argument("--surname", default="", help="surname on the document, compared with the MRZ")
    ident.add_argument("--given-names", default="", help="given names on the document, compared with the MRZ")
    ident.add_argument("--reason", default="", help="why not needed / how (other) / why it failed")
    ident.add_argument("--id-copy", type=Path, help="keep this ID copy (encrypted) until the purge")
    ident.add_argument("--why-id-copy", default="", dest="proportionality",
                       help="why lesser means are not enough (required with --id-copy)")
    ident.add_argument("--blacked-out", action="store_true",
                       help="confirm the photo and national number are blacked out, or needed")
    ident.set_defaults(handler=cmd_case_identity)

    key = sub.add_parser("key", help="the attachment key: status, or restore it from its recovery code")
    key.add_argument("key_command", choices=("status", "restore"))
    key.set_defaults(handler=cmd_key)
    purge = sub.add_parser("purge-id-copies", help="delete the ID copies whose retention is over")
    purge.set_defaults(handler=cmd_purge)


# --------------------------------------------------------------------------- mrz


def _mrz_text(result) -> str:
    from dsar_desk.domain.mrz import FIELD_LABELS

    labels = {"TD1": "TD1 (identity card, 3 lines of 30)", "TD2": "TD2 (2 lines of 36)",
              "TD3": "TD3 (passport, 2 lines of 44)"}
    d = result.to_dict()
    lines = [
        f"format:          {labels[result.format]}",
        f"document code:   {d['document_code']}",
        f"issuing state:   {d['issuing_state']}",
        f"surname:         {d['surname']}",
        f"given names:     {d['given_names']}" + ("  (may be cut short)" if d["names_truncated"] else ""),
        f"document number: {d['document_number']}",
        f"nationality:     {d['nationality']}",
        f"sex:             {d['sex']}",
        f"date of birth:   {d['birth_date'] or '(not a date)'}",
        f"date of expiry:  {d['expiry_date'] or '(not a date)'}",
        f"optional data:   {d['optional_data'] or '-'}",
        "check digits:",
    ]
    for c in result.checks:
        label = FIELD_LABELS.get(c.field, c.field)
        state = "ok" if c.ok else f"WRONG: found {c.found}, the data gives {c.expected}"
        lines.append(f"  {label + ':':<24} {state if not c.ok else f'ok ({c.found})'}")
    return "\n".join(lines)


def cmd_mrz(args) -> int:
    from dsar_desk.domain.mrz import MrzFormatError, parse_mrz

    try:
        text = sys.stdin.read()
    except UnicodeDecodeError:
        raise CliError("mrz: the input is not text") from None
    try:
        result = parse_mrz(text)
    except MrzFormatError as exc:
        raise CliError(f"mrz: not an MRZ: {exc}") from None
    if args.json:
        print_json(result.to_dict())
    else:
        out(_mrz_text(result))
    if not result.valid:
        for message in result.failed_messages():
            sys.stderr.write(f"mrz: {message}\n")
        return EXIT_FAILED_CHECK
    return EXIT_OK


# --------------------------------------------------------------------------- key


def _say(text: str) -> None:
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def show_recovery_code(code: str) -> None:
    """Printed on stderr, once, so that stdout stays what scripts read."""
    _say(
        "A new key now encrypts the attachments of this database. Its recovery code, shown this once:\n\n"
        f"    {code}\n\n"
        "Write it down and keep it somewhere safe. Without the key (in this computer's keyring) or this\n"
        "code, the attachments cannot be read by anyone. On a new computer, or for a teammate:\n"
        "    dsar-desk key restore   (then type the code)\n"
    )


def _passphrase(prompt: str, twice: bool = False) -> str:
    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CliError(
            "attachments: no keyring works here and no passphrase can be asked (standard input is "
            f"not a terminal); install a keyring, or set {PASSPHRASE_ENV}"
        )
    value = getpass.getpass(prompt)
    if twice and getpass.getpass("Type it again: ") != value:
        raise CliError("the two passphrases differ; nothing was changed")
    return value


def ensure_key_cli() -> None:
    """Make sure the attachments can be encrypted/opened this session: make the key (and print
    its recovery code), or ask the passphrase. CliError with plain words otherwise."""
    from dsar_desk.desk import keys
    from dsar_desk.vault import VaultError

    try:
        keys.current_key()
    except keys.KeyNeeded as exc:
        if exc.need == keys.NEED_RECOVERY_CODE:
            raise CliError(f"attachments: {exc}", "restore the key with: dsar-desk key restore") from None
        _say(f"attachments: {exc}")
        try:
            if exc.need == keys.NEED_PASSPHRASE_SETUP:
                code = keys.setup_passphrase(_passphrase("New passphrase for the attachments (10 characters or more): ",
                                                         twice=True))
                show_recovery_code(code)
            else:
                keys.unlock_with_passphrase(_passphrase("Passphrase of the attachments: "))
        except VaultError as err:
            raise CliError(f"attachments: {err}") from None
    code = keys.take_recovery_code()
    if code:
        show_recovery_code(code)


def cmd_key(args) -> int:
    from dsar_desk.desk import keys
    from dsar_desk.vault import VaultError

    open_db(args)
    if args.key_command == "status":
        state = keys.state()
        out(state["description"])
        if not state["key_id"]:
            out("attachment key: none yet (made with the first attachment)")
        else:
            where = "a passphrase (asked once per session)" if state["passphrase"] else "the keyring"
            out(f"attachment key: id {state['key_id']}, kept in {where}")
        return EXIT_OK
    if sys.stdin.isatty():
        _say("Type the recovery code (14 groups of 4), then Enter:")
    code = sys.stdin.readline()
    try:
        where = keys.restore_from_code(code)
    except VaultError as exc:
        raise CliError(f"recovery code: {exc}") from None
    out("key restored in the keyring" if where == "keyring"
         else "key accepted for this session only (no keyring works here)")
    return EXIT_OK


# --------------------------------------------------------------------------- case identity


def cmd_case_identity(args) -> int:
    from dataclasses import replace

    from dsar_desk.desk.attachments import read_file
    from dsar_desk.desk.identity import purge_id_copies, record_check
    from dsar_desk.domain.cases import CaseRuleError, InvalidCase
    from dsar_desk.domain.identity import IdentityDraft, validate_check
    from dsar_desk.store.cases import events_of, get_case
    from dsar_desk.store.identity import disclosure_block

    open_db(args)
    who = clerk()
    the_case = case(args.reference)
    mrz = ""
    if args.mrz_file is not None:
        try:
            mrz = sys.stdin.read() if str(args.mrz_file) == "-" else args.mrz_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"--mrz-file {args.mrz_file}: cannot read ({getattr(exc, 'strerror', '') or exc.__class__.__name__})") from None
    draft = IdentityDraft(
        method=args.method, outcome=args.outcome, checked_on=date_arg(args.on, "--on"), matched=args.matched,
        document_type=args.document_type, issuing_country=args.country, expiry=date_arg(args.expiry, "--expiry"),
        document_number=args.number, mrz=mrz, surname=args.surname, given_names=args.given_names,
        reason=args.reason, proportionality=args.proportionality, blacked_out=args.blacked_out,
    )
    try:
        copy = None
        if args.id_copy is not None:
            _, problems = validate_check(replace(draft, keep_id_copy=True))
            if problems:  # before a key is made or a passphrase asked
                raise field_problems(problems)
            copy = read_file(args.id_copy, kind="id-copy", field="--id-copy")
            ensure_key_cli()
        check = record_check(the_case, draft, who, id_copy=copy)
    except InvalidCase as exc:
        raise field_problems(exc.problems) from None
    except CaseRuleError as exc:
        raise CliError(str(exc)) from None
    the_case = get_case(the_case.reference)
    out(f"{the_case.reference}: identity {check.outcome}; status {the_case.status}")
    event = [e for e in events_of(the_case) if e.kind == "identity"][-1]
    out(event.text)
    if copy is not None:
        result = purge_id_copies()
        if the_case.reference in result.references:
            out("the ID copy was deleted at once (the organisation keeps none)")
    block = disclosure_block(the_case)
    out("letters that disclose data: " + ("allowed" if block is None else f"blocked: {block}"))
    return EXIT_OK


def cmd_purge(args) -> int:
    from dsar_desk.desk.identity import purge_id_copies

    open_db(args)
    result = purge_id_copies()
    out(f"ID copies purged: {result.purged}" + (f" ({', '.join(result.references)})" if result.references else ""))
    return EXIT_OK
