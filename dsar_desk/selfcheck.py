"""`dsar-desk check` and `dsar-desk self-test`: the state of this install.

For a clerk whose install misbehaves, and for the smoke test of a built bundle. Each check gives
(name, good, detail); good is None for a warning that does not stop the app. The checks:

- database: path, schema version (of the user's database, or of a temporary one for the
  self-test, which never touches the user's data);
- keyring: the backend keyring would use, and whether it answers;
- letter font: the four TTF faces of Source Sans Pro are there;
- letter: a sample letter (with Ł, Ś, Ĳ, Ř in names) is rendered to a PDF with the font embedded;
- Qt: the platform plugin the desktop app would use can start (tried in a child process, because
  Qt aborts the whole process when a platform plugin cannot be loaded);
- free disk beside the database.

No Qt import at module level (nor anywhere in this process): the CLI stays Qt-free.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

Result = tuple[str, bool | None, str]

QT_PROBE = "qt-probe"  # hidden command of ``dsar_desk.__main__``: start Qt, print what loaded
QT_PROBE_TIMEOUT = 30
SAMPLE_SLUG = "ecomarket"
SAMPLE_NAMES = ("Łukasz Śmigły", "Ĳsbrand Řehoř")


def run_checks(db_path: Path | str | None = None, *, temporary: bool = False) -> list[Result]:
    """Every check, in order. ``temporary``: check a fresh database in a temporary folder.
    ``db_path`` may be a team server's URL: then the server is checked, not a file."""
    from dsar_desk import __version__, paths
    from dsar_desk.domain.location import is_server_url

    if isinstance(db_path, str) and not is_server_url(db_path):
        db_path = Path(db_path)

    results: list[Result] = [("version", True, f"dsar-desk {__version__}" + (" (bundled)" if frozen() else ""))]
    if temporary:
        with tempfile.TemporaryDirectory(prefix="dsar-desk-selftest-") as folder:
            results.append(check_database(Path(folder) / "self-test.sqlite3", temporary=True))
        path = db_path or paths.default_database()
    else:
        path = db_path or paths.default_database()
        results.append(check_database(path))
        if results[-1][1]:
            results.append(check_record())
    results.append(check_keyring())
    results.append(check_font())
    results.append(check_letter())
    results.append(check_qt())
    if isinstance(path, Path):
        results.append(check_disk(path))
    return results


def frozen() -> bool:
    """Running from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def check_database(path: Path, temporary: bool = False) -> Result:
    try:
        from peewee import fn

        from dsar_desk.desk.team import open_location
        from dsar_desk.store.db import close_database
        from dsar_desk.store.migrations import LATEST
        from dsar_desk.store.models import Case, Organisation, SchemaVersion

        open_location(path)
        try:
            version = SchemaVersion.select(fn.MAX(SchemaVersion.version)).scalar()
            counts = f"{Organisation.select().count()} organisations, {Case.select().count()} cases"
        finally:
            if temporary:
                close_database()
        where = f"temporary {path}, removed after the test" if temporary else str(path)
        good = version == LATEST
        return ("database", good, f"{where} (schema {version} of {LATEST}; {counts})")
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        return ("database", False, f"{path}: {exc}")


def check_record() -> Result:
    """SQLite's full integrity check, and the record's chain (dsar-desk verify), on the open database."""
    try:
        from dsar_desk.desk.backup import compare_with_backups
        from dsar_desk.store.db import integrity_check, is_server
        from dsar_desk.store.record import verify_open_database

        damage = integrity_check() if not is_server() else None  # the server checks its own pages
        if damage:
            return ("record", False, f"the file is damaged: {damage}")
        verdict = verify_open_database()
        backups = compare_with_backups()
        if not verdict.ok or backups.problems:
            first = (list(verdict.problems) + list(backups.problems))[0]
            return ("record", False, f"does NOT hold: {first} (run dsar-desk verify)")
        return ("record", True, f"holds: {verdict.events:,} events, {verdict.letters:,} letters, "
                                f"{backups.compared} backups compared")
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        return ("record", False, f"cannot be checked ({exc.__class__.__name__})")


def check_keyring() -> Result:
    try:
        from dsar_desk import secrets

        # No keyring is a warning, not a failure: attachments can be unlocked with a passphrase.
        good = True if secrets.keyring_available() else None
        return ("keyring", good, f"{secrets.describe()} [backends in this install: {', '.join(known_backends()) or 'none'}]")
    except Exception as exc:  # noqa: BLE001
        return ("keyring", False, f"cannot be checked ({exc.__class__.__name__})")


def known_backends() -> list[str]:
    """The keyring backends keyring can find (through its entry points), usable here or not."""
    from importlib.metadata import entry_points

    return sorted(ep.name for ep in entry_points(group="keyring.backends"))


def check_font() -> Result:
    try:
        from dsar_desk.letters.fonts import font_files

        files = font_files()
        missing = [p.name for p in files.values() if not p.is_file()]
        if missing:
            return ("letter font", False, f"missing in {next(iter(files.values())).parent}: {', '.join(missing)}")
        return ("letter font", True, f"{', '.join(p.name for p in files.values())} in {next(iter(files.values())).parent}")
    except Exception as exc:  # noqa: BLE001
        return ("letter font", False, str(exc))


def sample_letter_pdf() -> bytes:
    """A real acknowledgement letter of the sample organisation, as PDF bytes."""
    from dsar_desk.domain.letter_content import LetterRequest, build_letter
    from dsar_desk.domain.profile import parse_profile
    from dsar_desk.letters.render import render_letter
    from dsar_desk.resources import resource

    check = parse_profile(resource("samples", f"{SAMPLE_SLUG}.toml").read_text(encoding="utf-8"))
    if not check.ok:
        raise ValueError(f"the sample profile {SAMPLE_SLUG} has errors")
    request = LetterRequest(
        kind="acknowledgement",
        language="fr",
        reference="ECO-2026-0001",
        requester_name=SAMPLE_NAMES[0],
        requester_address=["Ulica Długa 5", "00-950 Warszawa"],
        requester_country="PL",
        rights=["access"],
        received=date(2026, 1, 31),
        due=date(2026, 3, 2),
        letter_date=date(2026, 2, 2),
        clerk_name=SAMPLE_NAMES[1],
    )
    return render_letter(build_letter(request, check.profile))


def check_letter() -> Result:
    try:
        pdf = sample_letter_pdf()
        if not pdf.startswith(b"%PDF"):
            return ("letter", False, "the rendered letter is not a PDF")
        if b"SourceSansPro" not in pdf or b"/FontFile2" not in pdf:
            return ("letter", False, "the rendered letter does not embed the letter font")
        return ("letter", True, f"sample letter rendered ({len(pdf) // 1024} KB PDF, Source Sans Pro embedded)")
    except Exception as exc:  # noqa: BLE001
        return ("letter", False, f"cannot be rendered ({exc.__class__.__name__}: {exc})")


def _probe_command() -> list[str]:
    if frozen():
        return [sys.executable, QT_PROBE]
    return [sys.executable, "-m", "dsar_desk", QT_PROBE]


def _probe(platform: str | None) -> tuple[dict | None, str]:
    """Start Qt in a child process; its report, or None and the reason it failed."""
    env = dict(os.environ)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    try:
        done = subprocess.run(_probe_command(), env=env, capture_output=True, text=True,
                              timeout=QT_PROBE_TIMEOUT, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None, f"did not start within {QT_PROBE_TIMEOUT} s"
    except OSError as exc:
        return None, str(exc)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line), ""
            except ValueError:
                break
    lines = [x.strip() for x in done.stderr.splitlines() if x.strip()]
    # Qt's own explanation (e.g. "qt.qpa.xcb: could not connect to display"), not its generic hints.
    reason = next((x for x in lines if x.startswith("qt.qpa") and "From 6.5.0" not in x),
                  lines[0] if lines else f"exit {done.returncode}")
    return None, reason[:300]


def check_qt() -> Result:
    """Whether the Qt platform plugin the desktop app would use can start here."""
    wanted = os.environ.get("QT_QPA_PLATFORM") or None
    report, reason = _probe(wanted)
    if report:
        return ("Qt", True, f"PySide6 {report['pyside']} (Qt {report['qt']}); platform {report['platform']} starts; "
                            f"platforms available: {', '.join(report['platforms']) or 'none'}; "
                            f"PDF preview {'available' if report.get('pdf') is True else report.get('pdf')}")
    if wanted != "offscreen":
        fallback, _ = _probe("offscreen")
        if fallback:
            return ("Qt", None, f"PySide6 {fallback['pyside']} works, but the platform "
                                f"{wanted or 'default'} cannot start here ({reason}); no display? "
                                f"platforms available: {', '.join(fallback['platforms'])}")
    return ("Qt", False, f"Qt cannot start: {reason}")


def qt_probe() -> int:
    """In the child process: start a QGuiApplication and print one JSON line about it."""
    import PySide6
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["dsar-desk"])
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name.split(".")[0].removeprefix("libq").removeprefix("q")
                   for p in plugins.glob("*")) if plugins.is_dir() else []
    try:  # the letter preview (PySide6-Pdf)
        from PySide6.QtPdf import QPdfDocument  # noqa: F401
        from PySide6.QtPdfWidgets import QPdfView  # noqa: F401

        pdf = True
    except ImportError as exc:
        pdf = f"not available ({exc})"
    print(json.dumps({"platform": app.platformName(), "pyside": PySide6.__version__, "qt": qVersion(),
                      "platforms": names, "pdf": pdf}), flush=True)
    return 0


def check_disk(path: Path) -> Result:
    try:
        folder = path.parent if path.parent.exists() else Path.home()
        free = shutil.disk_usage(folder).free
        return ("free disk", free > 200 * 1024 * 1024, f"{free / 1024**3:.1f} GB free in {folder}")
    except OSError as exc:
        return ("free disk", False, str(exc))
