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
            self.signals.failed.emit(message_of(exc))
        else:
            self.signals.done.emit(result)


def start(worker: Worker) -> Worker:
    QThreadPool.globalInstance().start(worker)
    return worker
