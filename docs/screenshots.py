"""Screenshots of the clerk's windows on a real X screen (Xvfb), to look at what fits and what not.

    Xvfb :7 -screen 0 1366x768x24 &
    DISPLAY=:7 QT_QPA_PLATFORM=xcb .venv/bin/python docs/screenshots.py OUT_DIR --language fr

Makes a fresh demo database in a temporary folder (never the clerk's own), opens the main window
as the app does, then a case with access and erasure, its letters, its identity check and the intake,
and saves each window (``WINDOW-LANG-WxH.png``) and the whole screen (``screen-...``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--language", default="en")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="dsar-shots-"))
    for name in ("DATA", "CONFIG", "LOGS"):
        os.environ[f"DSAR_DESK_{name}"] = str(folder / name.lower())

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from dsar_desk import paths
    from dsar_desk.settings import Settings
    from dsar_desk.ui import i18n

    settings = Settings()
    settings.values.update({"clerk_name": "Anna Clerk", "clerk_role": "Data protection officer",
                            "ui_language": args.language})
    settings.save()
    app = QApplication(sys.argv[:1])
    i18n.install_translator(app, args.language)

    from dsar_desk.desk.cases import change_status, create_case
    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.domain.cases import CaseDraft
    from dsar_desk.store.db import open_database
    from dsar_desk.ui.main_window import MainWindow

    open_database(paths.default_database())
    load_samples()
    make_cases(60, "Anna Clerk")
    case = create_case(CaseDraft(organisation="ecomarket", name="Zoë Ørsted", email="zoe@example.dk",
                                 address=["Nørregade 10", "1165 København K"], country="DK", language="fr",
                                 rights=["access", "erasure"], channel="letter",
                                 summary="Demande d'accès et d'effacement de mes données"), "Anna Clerk")
    change_status(case, "in-progress", "Anna Clerk")
    from dsar_desk.desk.letters import make_letter

    make_letter(case, "acknowledgement", None, "Anna Clerk")

    screen = app.primaryScreen().geometry()
    size = f"{screen.width()}x{screen.height()}"
    args.output.mkdir(parents=True, exist_ok=True)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shoot(widget, name: str) -> None:
        wait(600)
        widget.grab().save(str(args.output / f"{name}-{args.language}-{size}.png"))
        app.primaryScreen().grabWindow(0).save(str(args.output / f"screen-{name}-{args.language}-{size}.png"))

    window = MainWindow("Anna Clerk", paths.default_database())
    window.show_as_last_used() if hasattr(window, "show_as_last_used") else window.show()
    shoot(window, "main-window")

    detail = window.open_case(case.id)
    shoot(detail, "case-detail")
    detail.tabs.setCurrentIndex(1)
    shoot(detail, "case-detail-checklist")
    detail.tabs.setCurrentIndex(0)

    letters = detail.open_letter("access")
    shoot(letters, "letters")
    letters.close()

    from dsar_desk.ui.identity_check import IdentityDialog

    identity = IdentityDialog(case.id, "Anna Clerk", detail)
    identity.show()
    shoot(identity, "identity")
    identity.method.setCurrentIndex(identity.method.findData("id-document"))
    shoot(identity, "identity-document")
    identity.done(0)

    detail.close()
    from dsar_desk.ui.intake import IntakeDialog

    intake = IntakeDialog("Anna Clerk", window)
    intake.show()
    shoot(intake, "intake")
    intake.done(0)
    window.close()


if __name__ == "__main__":
    main()
