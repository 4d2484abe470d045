"""Where DSAR Desk keeps its files (platformdirs). Nothing is created at import."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "dsar-desk"


def data_dir() -> Path:
    """The user data folder: the database and its backups. Overridable with DSAR_DESK_DATA."""
    override = os.environ.get("DSAR_DESK_DATA")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get("DSAR_DESK_CONFIG")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("DSAR_DESK_LOGS")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_database() -> Path:
    return data_dir() / "dsar-desk.sqlite3"


def ensure_private_dir(path: Path) -> Path:
    """Make the folders of ``path`` that do not exist yet, readable by their owner only (they hold
    personal data). A folder that exists already is left exactly as it is: the clerk's own
    folders (or /tmp) keep their permissions."""
    missing = []
    for folder in [path, *path.parents]:
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        make_private(folder, 0o700)  # the umask may have taken bits off mkdir's mode; never added any
    return path


def make_private(path: Path, mode: int = 0o600) -> None:
    """Owner-only permissions for a file (or folder) the app made and keeps personal data in."""
    try:
        os.chmod(path, mode)
    except OSError:  # pragma: no cover - e.g. a file system without modes
        pass


def write_private(path: Path, data: bytes, make_folders: bool = False) -> Path:
    """Write ``data`` to ``path`` atomically and owner-only: into a new temporary file beside it
    (created exclusively, never through a link planted in its place), then renamed over ``path``.
    With ``make_folders``, missing folders are made (private); existing ones are left as they are."""
    import tempfile

    if make_folders:
        ensure_private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path
