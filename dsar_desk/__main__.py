"""Entry point: `dsar-desk` starts the desktop app; `dsar-desk COMMAND` runs a command."""

from __future__ import annotations

import logging
import logging.handlers
import sys

from dsar_desk import paths


def setup_logging(verbose: bool = False) -> None:
    """A rotating log file in the user log folder. Never personal data or secrets in it:
    the code logs references, counts and states, not names, addresses or file contents."""
    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "dsar-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["qt-probe"]:  # internal, for `dsar-desk check`: can Qt start here?
        from dsar_desk.selfcheck import qt_probe

        return qt_probe()
    commands = {"demo", "profile", "case", "deadline", "check", "self-test", "letter", "calendar", "deadline-rules", "--version", "-h", "--help"}
    commands |= {"mrz", "key", "purge-id-copies"}  # issue 5
    commands |= {"report", "procedure", "purge-closed-cases"}  # issue 16
    wants_command = any(a in commands for a in argv)
    setup_logging()
    if wants_command:
        from dsar_desk.cli import run

        return run(argv)
    from dsar_desk.ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
