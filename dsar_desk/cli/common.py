"""What every command shares: exit codes, the error a user can fix, opening the database,
reading arguments, printing."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date

EXIT_OK = 0
EXIT_FAILED_CHECK = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user's mistake: printed as lines on stderr, exit 2 (or ``code``)."""

    def __init__(self, *lines: str, code: int = EXIT_USAGE):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.code = code


class Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse exits 2 too; keep its one-line style
        self.print_usage(sys.stderr)
        raise CliError(f"{self.prog}: {message}")


def bounded(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:,} and {high:,}")
        return value

    parse.__name__ = "number"
    return parse


def location_of(args):
    """The database ``--db`` names (a file or a team server's URL), or the default file."""
    from dsar_desk import paths
    from dsar_desk.domain.location import LocationError, parse_location

    try:
        return parse_location(args.db) if args.db else parse_location(paths.default_database())
    except LocationError as exc:
        raise CliError(f"--db: {exc}") from None


def open_db(args, check: bool = True):
    """Open (and upgrade) the database of ``--db`` or the default one; a damaged file is refused
    (``check``) with the newest backup named; a team server with its password from the keyring.
    Attachments from before encryption are encrypted now when the key is at hand."""
    from dsar_desk.desk.backup import encrypt_everywhere
    from dsar_desk.desk.team import open_location
    from dsar_desk.store.db import DatabaseError

    place = location_of(args)
    try:
        open_location(place, check=check)
    except DatabaseError as exc:
        raise CliError(f"database: {exc}") from None
    encrypt_everywhere()
    return getattr(place, "path", place)


def clerk() -> str:
    from dsar_desk.settings import Settings

    return Settings().clerk


def date_arg(value: str, name: str) -> date | None:
    from dsar_desk.domain.cases import parse_date

    try:
        return parse_date(value)
    except ValueError as exc:
        raise CliError(f"{name}: {exc}") from None


def out(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def print_json(obj) -> None:
    out(json.dumps(obj, indent=2, ensure_ascii=False))


def organisation(slug: str, flag: str = "--org"):
    from dsar_desk.store.organisations import UnknownOrganisation, get_organisation

    try:
        return get_organisation(slug)
    except UnknownOrganisation as exc:
        raise CliError(f"{flag}: {exc}") from None


def field_problems(problems) -> CliError:
    """One line per FieldProblem, as `field: message` (the raw field name, not its label)."""
    return CliError(*(f"{p.field}: {p.message}" for p in problems))


def labelled_problems(problems) -> CliError:
    """One line per FieldProblem, as `Label: message` (the intake's labels)."""
    return CliError(*(str(p) for p in problems))


def case(reference: str, if_version: int | None = None):
    """The case of ``reference``; with ``if_version``, only while nobody changed it since that
    version (else exit 2 naming who changed it and when)."""
    from dsar_desk.store.cases import UnknownCase, get_case

    try:
        found = get_case(reference)
    except UnknownCase as exc:
        raise CliError(str(exc)) from None
    if if_version is not None and if_version > found.version:
        raise CliError(f"--if-version: {reference} is at version {found.version}; it never had version {if_version} "
                       "(see case show --json)")
    if if_version is not None and found.version != if_version:
        raise CliError(f"{reference}: {found.changed_meanwhile().message}")
    return found
