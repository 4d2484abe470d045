"""The Today view's line on closed cases past their retention, and the purge behind its button.

The cases due are counted with the Today view (``store.today.snapshot``, in its worker); the purge
(``desk.retention.purge_closed_cases``: delete, record in the chain, reclaim the space, remove them
from the backups) runs in a worker after the clerk confirmed, outside any transaction, with a busy
bar meanwhile and the result said in the panel.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from dsar_desk.store.db import close_thread_connection
from dsar_desk.ui import seam, workers
from dsar_desk.ui.text import format_long_date, format_number, tr

SHOWN = 20  # references listed in the confirmation


def _purge_job(_progress):
    from dsar_desk.desk.retention import purge_closed_cases

    try:
        return purge_closed_cases()
    finally:
        close_thread_connection()


class RetentionPanel(QWidget):
    """"N closed cases are due for deletion" and [Delete them…]; hidden when none is due."""

    purged = Signal(object)  # the PurgeReport

    def __init__(self, parent=None):
        super().__init__(parent, objectName="retention-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        self.label = QLabel(objectName="retention-due")
        self.label.setWordWrap(True)
        self.button = QPushButton(tr("Delete them…"), objectName="purge-closed-cases")
        self.button.clicked.connect(self.confirm)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.busy = QProgressBar(objectName="purge-progress")
        self.busy.setRange(0, 0)  # the purge says nothing until it is done: a busy bar
        self.busy.hide()
        layout.addWidget(self.busy)
        self.result = QLabel(objectName="purge-result")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)
        self.due: tuple = ()
        self.worker: workers.Worker | None = None
        self.setVisible(False)

    def show_due(self, due) -> None:
        self.due = tuple(due)
        if self.worker is not None:
            return  # a purge is running: its result stays until it is done
        self.label.setText(tr("Closed cases past their retention period, due for deletion: {0}").format(
            format_number(len(self.due))))
        self.label.setVisible(bool(self.due))
        self.button.setVisible(bool(self.due))
        self.setVisible(bool(self.due) or self.result.isVisible())

    def confirm(self) -> bool:
        if not self.due or self.worker is not None:
            return False
        listed = "\n".join(tr("{0} ({1}), closed on {2}").format(d.reference, d.organisation,
                                                                 format_long_date(d.closed_on))
                           for d in self.due[:SHOWN])
        if len(self.due) > SHOWN:
            listed += "\n" + tr("and {0} more").format(format_number(len(self.due) - SHOWN))
        text = tr("Delete {0} closed case(s) whose retention period is over, with their timelines, letters "
                  "and attachments? Their figures are kept without any requester data; the deletion is "
                  "recorded, and the cases are removed from the backups too. This cannot be undone.").format(
            format_number(len(self.due)))
        if not seam.ask(self.window(), tr("Delete closed cases"), text, listed):
            return False
        self.start()
        return True

    def start(self) -> workers.Worker:
        self.button.setEnabled(False)
        self.busy.show()
        self.result.hide()
        self.label.setText(tr("Deleting the closed cases past their retention…"))
        worker = workers.Worker(_purge_job)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.worker = workers.start(worker)
        return self.worker

    def _done(self, report) -> None:
        self.worker = None
        self.busy.hide()
        self.button.setEnabled(True)
        self.result.setText(tr("Closed cases deleted: {0}; their figures are kept, anonymous. Backups cleaned: {1}.")
                            .format(format_number(report.cases), format_number(report.backups)))
        self.result.show()
        self.show_due(())
        self.purged.emit(report)

    def _failed(self, message) -> None:
        self.worker = None
        self.busy.hide()
        self.button.setEnabled(True)
        self.show_due(self.due)
        seam.message(self.window(), tr("Delete closed cases"), message)
