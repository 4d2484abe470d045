"""Back up now, Restore…, Verify the record, and the day's automatic backup, off the UI thread.

The rules (what a backup is, how it is checked, what a restore keeps aside) are
dsar_desk.desk.backup's; this module asks, shows progress and says what happened.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from dsar_desk.desk import backup as desk
from dsar_desk.store.db import backups_dir, close_thread_connection
from dsar_desk.store.record import verify_open_database
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_number, tr

DAY_MS = 24 * 60 * 60 * 1000


def _in_worker(job):
    """A job for the thread pool that closes its own database connection when done."""

    def run(progress):
        try:
            return job()
        finally:
            close_thread_connection()

    return run


class BackupController(QObject):
    """The File and Help menu actions of the record, for the main window."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.backup_action = QAction(tr("&Back up now"), window, objectName="backup-now")
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(tr("&Restore a backup…"), window, objectName="restore-backup")
        self.restore_action.triggered.connect(self.restore)
        self.verify_action = QAction(tr("&Verify the record"), window, objectName="verify-record")
        self.verify_action.triggered.connect(self.verify)
        self.worker: workers.Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(DAY_MS)
        self.timer.timeout.connect(self.daily)

    # -- running a job ----------------------------------------------------------------------------
    def _start(self, job, done, what: str) -> workers.Worker | None:
        if self.worker is not None:
            return None
        for action in (self.backup_action, self.restore_action, self.verify_action):
            action.setEnabled(False)
        self.window.statusBar().showMessage(what)
        worker = workers.Worker(_in_worker(job))
        worker.signals.done.connect(lambda result: (self._ended(), done(result)))
        worker.signals.failed.connect(lambda message: (self._ended(), self._failed(message)))
        self.worker = worker
        return workers.start(worker)

    def _ended(self) -> None:
        self.worker = None
        for action in (self.backup_action, self.restore_action, self.verify_action):
            action.setEnabled(True)
        self.window.statusBar().clearMessage()

    def _failed(self, message) -> None:
        seam.message(self.window, tr("Not done"), message, icon=QMessageBox.Icon.Warning)

    # -- the actions ------------------------------------------------------------------------------
    def back_up_now(self) -> workers.Worker | None:
        return self._start(lambda: desk.backup(), self._backed_up, tr("Writing a backup…"))

    def _backed_up(self, result) -> None:
        self.window.statusBar().showMessage(tr("Backup written and checked: {0}").format(result.path), 10000)

    def daily(self) -> workers.Worker | None:
        """The day's backup, when the newest one is a day old (at start, then every day)."""
        return self._start(lambda: desk.daily_backup(), self._daily_done, tr("Writing the day's backup…"))

    def _daily_done(self, result) -> None:
        if result is not None:
            self.window.statusBar().showMessage(tr("The day's backup is written: {0}").format(result.path.name), 8000)

    def start_daily(self) -> None:
        self.timer.start()
        QTimer.singleShot(2000, self.daily)  # after the window is up and the list is filled

    def restore(self) -> workers.Worker | None:
        folder = str(backups_dir(desk.database_path()))
        chosen = files.open_file(self.window, tr("Restore a backup"), tr("DSAR Desk databases (*.sqlite3 *.sqlite)"),
                                 folder=folder)
        if chosen is None:
            return None
        if not seam.ask(self.window, tr("Restore a backup"),
                        tr("Put the content of {0} back? What the database holds now is first kept aside as a "
                           "backup, so this can be undone.").format(chosen.name)):
            return None
        return self._start(lambda: desk.restore(chosen), self._restored, tr("Restoring…"))

    def _restored(self, aside) -> None:
        self.window.reload_organisations()
        self.window.reload()
        seam.message(self.window, tr("Backup restored"),
                     tr("The backup is back. What the database held before is kept in {0}.").format(aside.path))

    def verify(self) -> workers.Worker | None:
        return self._start(lambda: (verify_open_database(), desk.compare_with_backups()), self._verified,
                           tr("Checking the record…"))

    def _verified(self, result) -> None:
        verdict, backups = result
        counts = tr("{0} events, {1} letters, {2} backups compared.").format(
            format_number(verdict.events), format_number(verdict.letters), format_number(backups.compared))
        if verdict.ok and not backups.problems:
            seam.message(self.window, tr("The record holds"),
                         tr("No event or letter was changed, removed or added behind DSAR Desk's back.") + " " + counts)
            return
        problems = list(verdict.problems) + list(backups.problems)
        first = translate_message(problems[0])
        seam.message(self.window, tr("The record does not hold"),
                     tr("Something was changed behind DSAR Desk's back. First: {0}").format(first),
                     icon=QMessageBox.Icon.Critical, details=problems[1:20] if len(problems) > 1 else counts)
