"""The scriptable commands: the same operations as the desktop app, on the application layer.

Each area registers its subcommands (:data:`AREAS`), each subcommand has one handler. Exit 0 on
success; 2 on bad input with one clear line per problem on stderr; never a traceback for a
user's mistake.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback

from dsar_desk import __version__
from dsar_desk.cli import (
    cases,
    checklist,
    deadlines,
    identity,
    install,
    letters,
    mail,
    organisations,
    record,
    report,
    team,
)
from dsar_desk.cli.common import EXIT_FAILED_CHECK, EXIT_OK, EXIT_USAGE, CliError, Parser

__all__ = ["run", "build_parser", "command_names", "CliError", "EXIT_OK", "EXIT_USAGE", "EXIT_FAILED_CHECK"]

# The areas, in the order their commands are listed in --help.
AREAS = (cases, checklist, identity, letters, mail, deadlines, organisations, record, report, team, install)


def build_parser() -> Parser:
    parser = Parser(prog="dsar-desk", description="DSAR Desk: answer GDPR data subject requests on time.")
    parser.add_argument("--version", action="version", version=f"dsar-desk {__version__}")
    parser.add_argument("--db", metavar="FILE|URL", help="database file (default: the one in your user data folder), "
                        "or a team server: postgresql://user@host:port/database?sslmode=verify-full")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    case = sub.add_parser("case", help="create, show, list and work on cases")
    case.set_defaults(handler=_case_without_command)
    csub = case.add_subparsers(dest="case_command", parser_class=Parser, metavar="SUBCOMMAND")
    for area in AREAS:
        area.register(sub, csub)
    return parser


def _case_without_command(args) -> int:
    raise CliError("case: say new, show, list, status, undo, note, extend, identity-requested, identity-received, "
                   "identity, checklist, fee, unfounded or repeats")


def command_names() -> list[str]:
    """Every top-level command, as the parser knows them."""
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


log = logging.getLogger("dsar_desk.cli")


def _check_text(argv: list[str]) -> None:
    """Arguments are text: bytes that are not UTF-8 (decoded by Python as lone surrogates) are
    refused before anything reads them."""
    for position, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
            raise CliError(f"argument {position} ({shown}): is not valid UTF-8 text") from None


def run(argv: list[str]) -> int:
    """Run a command; returns the exit code. Errors a user can fix become lines on stderr (exit 2);
    anything unexpected becomes one line too (exit 1), its place in the log, never a traceback."""
    from dsar_desk.store.db import DatabaseBusy, DatabaseError, DatabaseUnavailable, NotAllowed
    from dsar_desk.store.models import ChangedMeanwhile

    parser = build_parser()
    try:
        _check_text(argv)
        args = parser.parse_args(argv)
        if args.command is None:
            raise CliError("no command (run `dsar-desk` alone to start the desktop app); commands: "
                           + ", ".join(command_names()))
        return args.handler(args)
    except CliError as exc:
        for line in exc.lines:
            sys.stderr.write(f"{line}\n")
        return exc.code
    except (DatabaseBusy, DatabaseUnavailable, NotAllowed) as exc:
        sys.stderr.write(f"database: {exc}\n")
        return EXIT_USAGE
    except ChangedMeanwhile as exc:  # a colleague changed the case since this command read it
        sys.stderr.write(f"{exc}\n")
        return EXIT_USAGE
    except DatabaseError as exc:
        sys.stderr.write(f"database: {exc}\n")
        return EXIT_FAILED_CHECK
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the one outer guard: one line, never a traceback
        return _unexpected(exc)


def _unexpected(exc: BaseException) -> int:
    from dsar_desk import paths

    if "malformed" in str(exc) or "not a database" in str(exc):
        sys.stderr.write(f"database: the file is damaged ({exc}); nothing more was written. Run `dsar-desk check`, "
                         "and restore the newest backup with `dsar-desk restore FILE`\n")
        return EXIT_FAILED_CHECK
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    # the type and the place only: an exception's text may hold personal data
    log.error("unexpected %s at %s:%s", exc.__class__.__name__, where.filename if where else "?",
              where.lineno if where else "?")
    sys.stderr.write(f"dsar-desk: unexpected error ({exc.__class__.__name__}); nothing more was done. "
                     f"Where it happened is in the log in {paths.log_dir()}\n")
    return EXIT_FAILED_CHECK
