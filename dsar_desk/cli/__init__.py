"""The scriptable commands: the same operations as the desktop app, on the application layer.

Each area registers its subcommands (:data:`AREAS`), each subcommand has one handler. Exit 0 on
success; 2 on bad input with one clear line per problem on stderr; never a traceback for a
user's mistake.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dsar_desk import __version__
from dsar_desk.cli import cases, checklist, deadlines, identity, install, letters, organisations
from dsar_desk.cli.common import EXIT_FAILED_CHECK, EXIT_OK, EXIT_USAGE, CliError, Parser

__all__ = ["run", "build_parser", "command_names", "CliError", "EXIT_OK", "EXIT_USAGE", "EXIT_FAILED_CHECK"]

# The areas, in the order their commands are listed in --help.
AREAS = (cases, checklist, identity, letters, deadlines, organisations, install)


def build_parser() -> Parser:
    parser = Parser(prog="dsar-desk", description="DSAR Desk: answer GDPR data subject requests on time.")
    parser.add_argument("--version", action="version", version=f"dsar-desk {__version__}")
    parser.add_argument("--db", type=Path, help="database file (default: the one in your user data folder)")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    case = sub.add_parser("case", help="create, show, list and work on cases")
    case.set_defaults(handler=_case_without_command)
    csub = case.add_subparsers(dest="case_command", parser_class=Parser, metavar="SUBCOMMAND")
    for area in AREAS:
        area.register(sub, csub)
    return parser


def _case_without_command(args) -> int:
    raise CliError("case: say new, show, list, status, note, extend, identity-requested, identity-received, "
                   "identity, checklist, fee, unfounded or repeats")


def command_names() -> list[str]:
    """Every top-level command, as the parser knows them."""
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)


def run(argv: list[str]) -> int:
    """Run a command; returns the exit code. Errors a user can fix become lines on stderr."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            raise CliError("no command (run `dsar-desk` alone to start the desktop app); commands: "
                           + ", ".join(command_names()))
        return args.handler(args)
    except CliError as exc:
        for line in exc.lines:
            sys.stderr.write(f"{line}\n")
        return exc.code
    except SystemExit as exc:  # --help, --version
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return 130
