import pytest

from dsar_desk.ui import seam


@pytest.fixture(autouse=True)
def no_dialog_waits_forever():
    """A dialog no test answers is turned down (Cancel, No) instead of waiting for a click that
    never comes offscreen: e.g. a window closed at the end of a test with unsaved edits asks, and
    stays open. A test that expects dialogs answers them with ``answers``."""
    from PySide6.QtWidgets import QDialog

    seam.answer_dialogs(lambda dialog: QDialog.DialogCode.Rejected)
    yield
    seam.answer_dialogs(None)


@pytest.fixture
def answers():
    """Answer modal dialogs in order: each answer is fn(dialog) -> result code."""
    queue = []
    seen = []

    def answerer(dialog):
        seen.append(dialog)
        assert queue, f"unexpected dialog: {dialog.windowTitle()} {getattr(dialog, 'text', lambda: '')()}"
        return queue.pop(0)(dialog)

    seam.answer_dialogs(answerer)
    yield queue, seen
    seam.answer_dialogs(None)


@pytest.fixture
def window(qtbot, samples):
    from dsar_desk.ui.main_window import MainWindow

    w = MainWindow("Anna Clerk")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    # the Today view and the start's reminder, counted off the UI thread
    qtbot.waitUntil(lambda: w.today.snapshot is not None and w.today.last_reminder is not None, timeout=10_000)
    yield w
    # background work the window started (morning update, purge) ends before the database closes
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(10_000)
