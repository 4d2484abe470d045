"""Find files in resources/, in the source tree, an installed wheel or a PyInstaller bundle.

The one place that knows where DSAR Desk's files are: letter texts, sample profiles, icons,
translations (:func:`resource`), and the folder a PyInstaller bundle unpacks to
(:func:`bundle_dir`), where the letters' font files are too. Imports nothing of ours, so every
floor may use it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_dir() -> Path | None:
    """The folder of a PyInstaller bundle (``sys._MEIPASS``), or None when not bundled."""
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else None


def resources_dir() -> Path:
    """The folder holding letter texts, sample profiles, icons and translations."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "resources"
    here = Path(__file__).resolve().parent
    installed = here / "_resources"
    if installed.is_dir():
        return installed
    return here.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
