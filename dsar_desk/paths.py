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
    """Create a folder readable by its owner only (the data it holds is personal data)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        os.chmod(path, 0o700)
    except OSError:  # pragma: no cover - e.g. a folder on a file system without modes
        pass
    return path
