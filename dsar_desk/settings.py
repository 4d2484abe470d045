"""The clerk's own settings: a small JSON file in the user config folder.

Defaults are declared as data and filled in where missing. Never a secret here: passwords and
keys live in the OS keyring (dsar_desk.secrets).
"""

from __future__ import annotations

import getpass
import json
import os
from pathlib import Path
from typing import Any

from dsar_desk import paths
from dsar_desk.domain.reminders import DEFAULT_WITHIN_DAYS, check_within_days

DEFAULTS: dict[str, Any] = {
    "clerk_name": "",  # empty: the OS user name
    "clerk_role": "",
    "ui_language": "",  # empty: the OS language
    "remind_within_days": DEFAULT_WITHIN_DAYS,  # "due soon": due within this many days
    "team_server": "",  # the team server's URL the app opens (File → Team server…); "" = the own file. No password
    # The size each window had when last closed, by window ("main-window": "maximised" or [w, h]);
    # dsar_desk.ui.geometry fits it to the screen it opens on.
    "window_sizes": {},
    "first_start_done": False,  # the clerk was asked their name and role once
}


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return "clerk"


class Settings:
    def __init__(self, path: Path | None = None):
        self.path = path or paths.config_dir() / "settings.json"
        self.values: dict[str, Any] = dict(DEFAULTS)
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(stored, dict):
                self.values.update({k: v for k, v in stored.items() if k in DEFAULTS})
        except (OSError, ValueError):
            pass

    def get(self, key: str) -> Any:
        return self.values.get(key, DEFAULTS.get(key))

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self.values[key] = value
        self.save()

    def save(self) -> None:
        paths.ensure_private_dir(self.path.parent)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.values, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.path)

    @property
    def soon_days(self) -> int:
        """The one definition of "due soon": due within this many days (the list's filter and
        colours, the case detail, the Today view, reminders)."""
        return check_within_days(self.get("remind_within_days"))

    @property
    def clerk(self) -> str:
        return (self.get("clerk_name") or "").strip() or os_user()
