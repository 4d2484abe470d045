"""`dsar-desk check`: the state of this install, for a clerk whose install misbehaves."""

from __future__ import annotations

import shutil
from pathlib import Path


def run_checks(db_path: Path | None = None) -> list[tuple[str, bool | None, str]]:
    """(name, good, detail) per check; good is None for a warning that does not stop the app."""
    from dsar_desk import __version__, paths

    results: list[tuple[str, bool | None, str]] = [("version", True, f"dsar-desk {__version__}")]
    path = db_path or paths.default_database()
    try:
        from dsar_desk.store.db import open_database
        from dsar_desk.store.migrations import LATEST
        from dsar_desk.store.models import Case, Organisation, SchemaVersion
        from peewee import fn

        open_database(path)
        version = SchemaVersion.select(fn.MAX(SchemaVersion.version)).scalar()
        results.append(("database", True, f"{path} (schema {version} of {LATEST}; "
                        f"{Organisation.select().count()} organisations, {Case.select().count()} cases)"))
    except Exception as exc:  # noqa: BLE001 - report, don't crash
        results.append(("database", False, f"{path}: {exc}"))
    try:
        from dsar_desk import secrets

        # No keyring is a warning, not a failure: attachments can be unlocked with a passphrase.
        results.append(("keyring", True if secrets.keyring_available() else None, secrets.describe()))
    except Exception as exc:  # noqa: BLE001
        results.append(("keyring", False, f"cannot be checked ({exc.__class__.__name__})"))
    try:
        from dsar_desk.letters.fonts import font_files

        files = font_files()
        results.append(("letter font", all(p.exists() for p in files.values()),
                        ", ".join(p.name for p in files.values())))
    except Exception as exc:  # noqa: BLE001
        results.append(("letter font", False, str(exc)))
    try:
        import PySide6
        from PySide6.QtCore import QLibraryInfo

        plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
        names = sorted(p.stem.replace("libq", "") for p in plugins.glob("*")) if plugins.exists() else []
        results.append(("Qt", bool(names), f"PySide6 {PySide6.__version__}; platforms: {', '.join(names) or 'none'}"))
    except Exception as exc:  # noqa: BLE001
        results.append(("Qt", False, str(exc)))
    try:
        free = shutil.disk_usage(path.parent if path.parent.exists() else Path.home()).free
        results.append(("free disk", free > 200 * 1024 * 1024, f"{free / 1024**3:.1f} GB free"))
    except OSError as exc:
        results.append(("free disk", False, str(exc)))
    return results
