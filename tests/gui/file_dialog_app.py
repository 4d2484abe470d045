"""A desktop app process for tests/gui/test_file_dialogs.py: the main window on a database, the
case detail's "Attach…" dialog shown on the database's folder until it has listed the files, then
cancelled; then it waits for the test (which runs the CLI on the same file) and writes again.

    python -m tests.gui.file_dialog_app DB REFERENCE [plain]

``plain`` shows Qt's own file dialog instead of the app's (the cause of the loss, for contrast).
Lines on stdout: "listed", then after each line read on stdin: "fds ...", "written".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QFileSystemModel  # noqa: E402


def open_descriptors() -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return sorted(f for f in found if "sqlite" in f)


def wait_until_listed(dialog: QFileDialog, folder: Path) -> None:
    model = dialog.findChild(QFileSystemModel)
    loop = QEventLoop()
    model.directoryLoaded.connect(lambda _path: QTimer.singleShot(1500, loop.quit))  # icons fetched meanwhile
    QTimer.singleShot(15_000, loop.quit)
    loop.exec()


def main() -> int:
    db, reference = Path(sys.argv[1]), sys.argv[2]
    plain = len(sys.argv) > 3 and sys.argv[3] == "plain"
    app = QApplication([])
    from dsar_desk.desk import cases as desk
    from dsar_desk.store.cases import get_case
    from dsar_desk.store.db import open_database
    from dsar_desk.ui import seam
    from dsar_desk.ui.main_window import MainWindow

    open_database(db)
    window = MainWindow("GUI clerk", db)
    window.show()
    detail = window.open_case(get_case(reference).id)
    desk.add_note(get_case(reference), "written by the app before the dialog", "GUI clerk")

    def answer(dialog):
        dialog.show()
        dialog.setDirectory(str(db.parent))
        wait_until_listed(dialog, db.parent)
        return QDialog.DialogCode.Rejected

    if plain:
        dialog = QFileDialog(None, "Attach files", str(db.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        answer(dialog)
        dialog.close()
    else:
        seam.answer_dialogs(answer)
        detail._choose_files()  # the case detail's Attach… (cancelled)
        seam.answer_dialogs(None)
    print("listed", flush=True)
    sys.stdin.readline()  # the test writes with the CLI now
    print("fds " + " | ".join(open_descriptors()), flush=True)
    desk.add_note(get_case(reference), "written by the app after the CLI", "GUI clerk")
    print("written", flush=True)
    sys.stdin.readline()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
