"""Commands of the identity work (issue 5): `mrz`, `case identity`, `key`, `purge-id-copies`.

    dsar-desk mrz [--json]                      MRZ lines on standard input; exit 0 every check
                                                digit holds, 1 one does not, 2 no MRZ
    dsar-desk case identity REF --method M --outcome O [...]
    dsar-desk key status | key restore          the attachment key (recovery code on stdin)
    dsar-desk purge-id-copies                   delete the ID copies whose retention is over

Registered in :mod:`dsar_desk.cli` by :func:`add_parsers`.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from dsar_desk.cli import (
    EXIT_FAILED_CHECK, EXIT_OK, CliError, _case, _clerk, _date, _field_problems, _json, _open, _out,
)

PASSPHRASE_ENV = "DSAR_DESK_PASSPHRASE"


def add_parsers(sub, csub) -> None:
    from dsar_desk.domain.identity import DOCUMENT_TYPES, MATCHED_DATA, METHODS, OUTCOMES

    mrz = sub.add_parser("mrz", help="check the MRZ lines of an identity document read on standard input")
    mrz.add_argument("--json", action="store_true")

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

    key = sub.add_parser("key", help="the attachment key: status, or restore it from its recovery code")
    key.add_argument("key_command", choices=("status", "restore"))
    sub.add_parser("purge-id-copies", help="delete the ID copies whose retention is over")


# --------------------------------------------------------------------------- mrz


def _mrz_text(result) -> str:
    from dsar_desk.domain.mrz import _FIELD_LABELS

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
        label = _FIELD_LABELS.get(c.field, c.field)
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
        _json(result.to_dict())
    else:
        _out(_mrz_text(result))
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
    from dsar_desk.store import attachment_keys as keys
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
    from dsar_desk.store import attachment_keys as keys
    from dsar_desk.vault import VaultError

    _open(args)
    if args.key_command == "status":
        state = keys.state()
        _out(state["description"])
        if not state["key_id"]:
            _out("attachment key: none yet (made with the first attachment)")
        else:
            where = "a passphrase (asked once per session)" if state["passphrase"] else "the keyring"
            _out(f"attachment key: id {state['key_id']}, kept in {where}")
        return EXIT_OK
    if sys.stdin.isatty():
        _say("Type the recovery code (14 groups of 4), then Enter:")
    code = sys.stdin.readline()
    try:
        where = keys.restore_from_code(code)
    except VaultError as exc:
        raise CliError(f"recovery code: {exc}") from None
    _out("key restored in the keyring" if where == "keyring"
         else "key accepted for this session only (no keyring works here)")
    return EXIT_OK


# --------------------------------------------------------------------------- case identity


def cmd_case_identity(args, who: str | None = None) -> int:
    from dsar_desk.domain.identity import IdentityDraft
    from dsar_desk.store import cases as store
    from dsar_desk.store import identity as idstore

    who = who or _clerk()  # the database is open (cmd_case)
    case = _case(args.reference)
    mrz = ""
    if args.mrz_file is not None:
        try:
            mrz = sys.stdin.read() if str(args.mrz_file) == "-" else args.mrz_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"--mrz-file {args.mrz_file}: cannot read ({getattr(exc, 'strerror', '') or exc.__class__.__name__})") from None
    copy = None
    if args.id_copy is not None:
        try:
            copy = store.NewAttachment(args.id_copy.name, args.id_copy.read_bytes(), kind="id-copy")
        except OSError as exc:
            raise CliError(f"--id-copy {args.id_copy}: cannot read ({exc.strerror})") from None
    draft = IdentityDraft(
        method=args.method, outcome=args.outcome, checked_on=_date(args.on, "--on"), matched=args.matched,
        document_type=args.document_type, issuing_country=args.country, expiry=_date(args.expiry, "--expiry"),
        document_number=args.number, mrz=mrz, surname=args.surname, given_names=args.given_names,
        reason=args.reason, proportionality=args.proportionality, blacked_out=args.blacked_out,
    )
    if copy is not None:
        from dataclasses import replace

        from dsar_desk.domain.identity import validate_check

        _, problems = validate_check(replace(draft, keep_id_copy=True))
        if problems:  # before a key is made or a passphrase asked
            raise _field_problems(problems)
        ensure_key_cli()
    try:
        check = idstore.record_check(case, draft, who, id_copy=copy)
    except store.InvalidCase as exc:
        raise _field_problems(exc.problems) from None
    case = store.get_case(case.reference)
    _out(f"{case.reference}: identity {check.outcome}; status {case.status}")
    event = [e for e in store.events_of(case) if e.kind == "identity"][-1]
    _out(event.text)
    if copy is not None:
        result = idstore.purge_id_copies()
        if case.reference in result.references:
            _out("the ID copy was deleted at once (the organisation keeps none)")
    block = idstore.disclosure_block(case)
    _out("letters that disclose data: " + ("allowed" if block is None else f"blocked: {block}"))
    return EXIT_OK


def cmd_purge(args) -> int:
    from dsar_desk.store import identity as idstore

    _open(args)
    result = idstore.purge_id_copies()
    _out(f"ID copies purged: {result.purged}" + (f" ({', '.join(result.references)})" if result.references else ""))
    return EXIT_OK
