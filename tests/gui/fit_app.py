"""A desktop app process for tests/gui/test_clerk_day.py: every window of the clerk's day opened on a
screen of a given size (the offscreen platform's own screen, set by its JSON configuration), and
for each what would be cut off. Prints one JSON object on stdout.

    QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json python -m tests.gui.fit_app DATA_FOLDER LANGUAGE

Cut off means: the window larger than the screen's available geometry (its frame included), or a
button, field or label outside its window or narrower than it needs (its minimum size hint), unless
it is inside a scroll area that shows it by scrolling.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> int:
    folder, language = Path(sys.argv[1]), sys.argv[2]
    for name in ("DATA", "CONFIG", "LOGS"):
        os.environ[f"DSAR_DESK_{name}"] = str(folder / name.lower())

    from PySide6.QtCore import QEventLoop, QPoint, QRect, QSize, QTimer
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QScrollArea,
        QWidget,
    )

    from dsar_desk import paths
    from dsar_desk.settings import Settings
    from dsar_desk.ui import i18n

    settings = Settings()
    settings.values.update({"clerk_name": "Anna Clerk", "clerk_role": "Data protection officer",
                            "ui_language": language})
    settings.save()
    app = QApplication([])
    i18n.install_translator(app, language)

    from dsar_desk.desk.cases import change_status, create_case
    from dsar_desk.desk.demo import load_samples, make_cases
    from dsar_desk.desk.letters import make_letter
    from dsar_desk.domain.cases import CaseDraft
    from dsar_desk.store.db import open_database
    from dsar_desk.ui import geometry, seam
    from dsar_desk.ui.help import GuideDialog
    from dsar_desk.ui.identity_check import IdentityDialog
    from dsar_desk.ui.intake import IntakeDialog
    from dsar_desk.ui.main_window import MainWindow
    from dsar_desk.ui.preferences import PreferencesDialog
    from dsar_desk.ui.status_flow import OutcomeDialog

    seam.answer_dialogs(lambda dialog: 0)  # nothing modal in the way (no reminder, no first start)
    open_database(paths.default_database())
    load_samples()
    make_cases(40, "Anna Clerk")
    case = create_case(CaseDraft(organisation="ecomarket", name="Maximilian-Alexander Vandenberghe-Dubois",
                                 email="maximilian.vandenberghe@example.be",
                                 address=["Koning Albert II-laan 27 bus 3", "1030 Schaarbeek"], country="BE",
                                 language="fr", rights=["access", "rectification", "erasure", "restriction",
                                                        "portability", "objection", "withdraw-consent"],
                                 channel="letter", summary="Demande d'accès, d'effacement et d'opposition"),
                       "Anna Clerk")
    change_status(case, "in-progress", "Anna Clerk")
    make_letter(case, "acknowledgement", None, "Anna Clerk")

    def settle(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    area = geometry.available()

    def report(window: QWidget, name: str) -> dict:
        settle()
        # a maximised window's frame is the window manager's; any other adds its frame to its size
        frame = QRect(window.pos(), window.size() + (geometry.FRAME if name != "main-window" else QSize(0, 0)))
        problems = []
        if not area.contains(frame):
            problems.append(f"window {window.width()}x{window.height()} at {window.x()},{window.y()} "
                            f"does not fit {area.width()}x{area.height()}")
        inside = QRect(QPoint(0, 0), window.size())
        for widget in window.findChildren(QWidget):
            if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QLabel)):
                continue
            if not widget.isVisibleTo(window) or widget.window() is not window or not widget.isVisible():
                continue
            if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QComboBox):
                continue
            scrolled = any(isinstance(a, QScrollArea) for a in _ancestors(widget, window))
            rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            label = widget.objectName() or (widget.text()[:30] if hasattr(widget, "text") else "")
            label = f"{type(widget).__name__} {label!r}"
            if not scrolled and not inside.contains(rect):
                problems.append(f"{label} at {rect.x()},{rect.y()} {rect.width()}x{rect.height()} is outside")
            hint = widget.minimumSizeHint()
            if isinstance(widget, QAbstractButton) and widget.width() < hint.width():
                problems.append(f"{label} is {widget.width()} wide, needs {hint.width()}")
        return {"name": name, "size": [window.width(), window.height()], "problems": problems}

    results = []
    window = MainWindow("Anna Clerk", paths.default_database())
    window.show_as_last_used()
    settle(400)
    results.append(report(window, "main-window"))
    header = window.table.horizontalHeader()
    results[-1]["columns_fit"] = header.length() <= window.table.viewport().width()
    results[-1]["columns"] = [header.sectionSize(i) for i in range(header.count())] + [window.table.viewport().width()]
    results[-1]["maximised"] = window.isMaximized() or window.size() == area.size()

    detail = window.open_case(case.id)
    results.append(report(detail, "case-detail"))
    for tab in (1, 2):
        detail.tabs.setCurrentIndex(tab)
        results.append(report(detail, f"case-detail-tab-{tab}"))
    detail.tabs.setCurrentIndex(0)
    letters = detail.open_letter("combined")
    results.append(report(letters, "letters"))
    letters.done(0)
    for name, dialog in (("identity", IdentityDialog(case.id, "Anna Clerk", detail)),
                         ("answer", OutcomeDialog(case, False, detail)),
                         ("intake", IntakeDialog("Anna Clerk", window)),
                         ("preferences", PreferencesDialog(parent=window)),
                         ("guide", GuideDialog(window))):
        dialog.show()
        results.append(report(dialog, name))
        if name == "identity":
            dialog.method.setCurrentIndex(dialog.method.findData("id-document"))
            results.append(report(dialog, "identity-document"))
        dialog.done(0)
    detail.done(0)
    window.close()
    print(json.dumps({"screen": [area.width(), area.height()], "windows": results}))
    return 0


def _ancestors(widget, top):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


if __name__ == "__main__":
    sys.exit(main())
