"""Take the README screenshots of View → Figures, offscreen, on a fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshot_figures.py docs/figures.png [--language nl] [--cases 3000]
"""

from __future__ import annotations

import argparse
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
    args = parser.parse_args()

    from dsar_desk.store.db import open_database
    from dsar_desk.store.demo import load_samples, make_cases
    from dsar_desk.ui import i18n
    from dsar_desk.ui.figures import FiguresDialog

    app = QApplication(sys.argv[:1])
    i18n.install_translator(app, args.language)
    open_database(Path(tempfile.mkdtemp()) / "demo.sqlite3")
    load_samples()
    make_cases(args.cases, "Anna Clerk")
    dialog = FiguresDialog()
    dialog.show()
    while dialog.figures is None:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    dialog.grab().save(args.output)


if __name__ == "__main__":
    main()
