"""Take the README screenshots of View → Figures, offscreen, on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshot_figures.py docs/figures.png [--language nl] [--cases 3000]
    # as a clerk sees it: a real X screen, the dialog maximised
    Xvfb :7 -screen 0 1366x768x24 & DISPLAY=:7 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshot_figures.py \
        /tmp/figures-1366.png --maximized
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--language", default="en")
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--maximized", action="store_true", help="the dialog maximised on the screen")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    for name in ("DATA", "CONFIG", "LOGS"):  # never the user's own folders
        os.environ.setdefault(f"DSAR_DESK_{name}", str(home / name.lower()))

    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.settings import Settings
    from dsar_desk.store.db import open_database
    from dsar_desk.ui import i18n
    from dsar_desk.ui.figures import FiguresDialog

    app = QApplication(sys.argv[:1])
    i18n.install_translator(app, args.language)
    Settings().set("clerk_name", "Anna Clerk")  # letters are signed by a named clerk
    open_database(home / "demo.sqlite3")
    load_samples()
    make_cases(args.cases, "Anna Clerk")
    dialog = FiguresDialog()
    if args.maximized:
        dialog.showMaximized()
    else:
        dialog.show()
    while dialog.figures is None:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # let the window manager-less screen settle the size
        app.processEvents()
        time.sleep(0.02)
    dialog.grab().save(args.output)
    print(f"{args.output}: {dialog.width()}x{dialog.height()}")


if __name__ == "__main__":
    main()
