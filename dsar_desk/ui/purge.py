"""The purge of ID copies whose retention is over: at start and daily while the app runs, off the UI
thread (the rule and the deletion are dsar_desk.desk.identity's).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dsar_desk.store.db import close_thread_connection
from dsar_desk.ui import workers
from dsar_desk.ui.text import tr

DAY_MS = 24 * 60 * 60 * 1000
def _purge_job(progress):
    """In a worker thread: purge due ID copies, encrypt any attachment stored in the clear (the
    identity and key code loads here, in the worker, not on the way to the first screen)."""
    from dsar_desk.desk import identity as desk
    from dsar_desk.desk import keys

    try:
        try:
            keys.encrypt_plain_attachments()
        except (keys.KeyNeeded, keys.SecretStoreError):
            pass  # done another time, once the key is unlocked
        return desk.purge_id_copies()
    finally:
        close_thread_connection()


def start_purge(parent=None) -> workers.Worker:
    worker = workers.Worker(_purge_job)
    return workers.start(worker)


class PurgeScheduler(QObject):
    """Purges due ID copies at start and then daily while the app runs, off the UI thread."""

    purged = Signal(object)  # PurgeResult
    failed = Signal(str)

    def __init__(self, parent=None, interval_ms: int = DAY_MS):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)
        self.worker: workers.Worker | None = None
        self.running = False

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run_now)

    def run_now(self) -> None:
        if self.running:
            return
        self.running = True
        worker = workers.Worker(_purge_job)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.worker = workers.start(worker)

    def _done(self, result) -> None:
        self.running = False
        self.purged.emit(result)

    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


def start_purge_schedule(window) -> PurgeScheduler:
    """For the main window: purge now and daily; say in the status bar when copies went."""
    scheduler = PurgeScheduler(window)

    def done(result) -> None:
        if result.purged and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("ID copies deleted at the end of their retention: {0}").format(result.purged), 8000)

    scheduler.purged.connect(done)
    scheduler.start()
    return scheduler


# --------------------------------------------------------------------------- security settings


