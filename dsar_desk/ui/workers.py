"""Long work off the UI thread: a QRunnable with typed signals (progress, done, failed)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from dsar_desk.ui.messages import message_of

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    progress = Signal(int, int)  # done, total
    done = Signal(object)
    failed = Signal(object)  # a message for the clerk (a Message or text), never personal data


class Worker(QRunnable):
    """Runs ``fn(progress)`` in the thread pool; ``progress(done, total)`` may be called from it."""

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]):
        super().__init__()
        self.fn = fn
        self.signals = WorkerSignals()
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except Exception as exc:  # noqa: BLE001 - reported to the clerk, logged without data
            log.exception("background task failed: %s", exc.__class__.__name__)
            if not _closing:
                self.signals.failed.emit(message_of(exc))
        else:
            if not _closing:  # the app is closing: nobody is left to show the result
                try:
                    self.signals.done.emit(result)
                except RuntimeError:  # the signals' owner is gone (its window closed): nobody to tell
                    log.info("a background result had nobody left to show it")


_closing = False


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker


def finish(timeout_ms: int = 60_000) -> bool:
    """When the app closes: drop the work not started yet, let the running work end (a file check
    or a backup of a large file takes a while) without reporting to windows that are gone."""
    global _closing
    _closing = True
    pool = QThreadPool.globalInstance()
    pool.clear()
    return pool.waitForDone(timeout_ms)
