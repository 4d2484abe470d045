"""File → Export the list as CSV…: the cases the list shows, written off the UI thread by
dsar_desk.desk.exports (owner-only, its first line saying it holds personal data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from dsar_desk.desk.exports import HEADERS, NOTICE
from dsar_desk.domain.cases import RIGHT_LABELS, STATUS_LABELS
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.messages import translate_line
from dsar_desk.ui.text import format_number, tr


class ExportController:
    """The action of the main window's File menu and the export it starts."""

    def __init__(self, window):
        self.window = window
        self.action = QAction(tr("Export the list as C&SV…"), window, objectName="export-csv")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setToolTip(tr("The cases the list shows, as a spreadsheet file (it holds personal data)"))
        self.action.triggered.connect(lambda: self.choose_and_export())
        self.worker: workers.Worker | None = None

    def words(self) -> dict[str, str]:
        """The file's words in the interface language, looked up here (never in the worker)."""
        table = {NOTICE: tr("This file holds personal data: the names and e-mail addresses of requesters. Keep it "
                            "only where no one else can read it and delete it once done.")}
        for header in HEADERS:
            table[header] = translate_line(header)
        for label in RIGHT_LABELS.values():
            table[label] = tr(label)
        for label in STATUS_LABELS.values():
            table[label] = tr(label)
        return table

    def choose_and_export(self) -> workers.Worker | None:
        path = files.save_file(self.window, tr("Export the list as CSV"),
                               str(Path.home() / "dsar-desk-cases.csv"), tr("CSV files (*.csv)"), "csv",
                               object_name="export-csv-file")
        if path is None:
            return None
        return self.export(path)

    def export(self, path: Path) -> workers.Worker:
        from dsar_desk.desk.exports import export_case_list

        model = self.window.model
        f = self.window.current_filter()
        sort = getattr(model, "_sort", "due")  # the list's order
        descending = bool(getattr(model, "_descending", False))
        words = self.words()

        def job(progress):
            return export_case_list(f, path, sort=sort, descending=descending,
                                    words=lambda text: words.get(text, text), progress=progress)

        worker = workers.Worker(job)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.action.setEnabled(False)
        self.window.statusBar().showMessage(tr("Exporting the list…"))
        self.worker = worker
        return workers.start(worker)

    def _done(self, result) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        seam.message(self.window, tr("List exported"),
                     tr("{0} case(s) written to {1}.").format(format_number(result.rows), result.path),
                     details=tr("The file holds personal data. Only you can read it on this computer; delete it "
                                "once you no longer need it, and never send it unprotected."))

    def _failed(self, message: str) -> None:
        self.action.setEnabled(True)
        self.window.statusBar().clearMessage()
        seam.message(self.window, tr("The list was not exported"), message, icon=QMessageBox.Icon.Warning)
