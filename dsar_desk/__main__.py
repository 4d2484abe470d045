"""Entry point: `dsar-desk` starts the desktop app; `dsar-desk COMMAND` runs a command."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from dsar_desk import paths


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """The log file and its rotated copies are the clerk's alone (0600)."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        paths.make_private(Path(self.baseFilename))
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(verbose: bool = False) -> None:
    """A rotating log file in the user log folder. Never personal data or secrets in it:
    the code logs references, counts and states, not names, addresses or file contents."""
    try:
        folder = paths.ensure_private_dir(paths.log_dir())
        handler: logging.Handler = PrivateLogFile(
            folder / "dsar-desk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


def wants_command(argv: list[str]) -> bool:
    """Anything beyond ``--db PATH`` is a command (an unknown one is the CLI's to refuse): the
    desktop app starts only for ``dsar-desk`` and ``dsar-desk --db PATH``."""
    rest = list(argv)
    for i, arg in enumerate(rest):
        if arg == "--db":
            del rest[i:i + 2]
            break
        if arg.startswith("--db="):
            del rest[i]
            break
    return bool(rest)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["qt-probe"]:  # internal, for `dsar-desk check`: can Qt start here?
        from dsar_desk.selfcheck import qt_probe

        return qt_probe()
    setup_logging()
    if wants_command(argv):
        from dsar_desk.cli import run

        return run(argv)
    from dsar_desk.ui.app import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
