"""Take the README screenshots: the main window on a demo database, on a real X screen (Xvfb).

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python docs/screenshot.py docs/main-window.png [--language nl]

Uses DSAR_DESK_DATA etc. like the app; load demo data first with `dsar-desk demo --cases 60`.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--language", default="")
    parser.add_argument("--case", default="", help="also open this case and shoot it to OUTPUT-case.png")
    args = parser.parse_args()

    from dsar_desk import paths
    from dsar_desk.store.db import open_database
    from dsar_desk.ui import i18n
    from dsar_desk.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    i18n.apply_language(args.language)
    if args.language and hasattr(i18n, "install_translator"):
        i18n.install_translator(app, args.language)
    open_database(paths.default_database())
    window = MainWindow("Anna Clerk")
    window.resize(1320, 820)
    window.move(20, 20)
    window.show()

    def shoot():
        screen = app.primaryScreen()
        screen.grabWindow(0, 0, 0, 1360, 860).save(args.output)
        if args.case:
            from dsar_desk.store.cases import get_case

            detail = window.open_case(get_case(args.case).id) if hasattr(window, "open_case") else None
            if detail is not None:
                detail.move(60, 40)
                detail.show()
                QTimer.singleShot(700, lambda: (screen.grabWindow(0, 0, 0, 1360, 900)
                                                .save(args.output.replace(".png", "-case.png")), app.quit()))
                return
        app.quit()

    QTimer.singleShot(1200, shoot)
    app.exec()


if __name__ == "__main__":
    main()
