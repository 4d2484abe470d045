"""Team mode, live (issue 13): a colleague's change within 2 s, who has a case open, the server lost.

On a team server the main window has a :class:`LiveController`:

* a :class:`ListenerThread` (a QThread, never the UI thread) holds its OWN psycopg connection
  (``store.live.Listener``), LISTENs to the change channel and the presence channel, and emits
  a Qt signal per notification. The changes (anybody's: the GUI's, the CLI's, the triggers
  notify) reload the list and the Today view once per burst (:data:`DEBOUNCE_MS`), and an open
  case window of a case in the payload refreshes, or, with unsaved edits, says "changed by X".
* presence: each open case window is announced every ``ANNOUNCE_EVERY`` seconds and once more
  when it closes; colleagues heard within ``SEEN_FOR`` seconds are shown in it
  ("Also open by: anna"). Nothing is stored.
* the connection lost (the listener's, or a query of the app raising a connection error): a
  banner, the app read-only (``store.db.set_unreachable``: every write refused before it
  starts), the listener reconnecting by itself after 1, 2, 5, 10, 30, 30… s; when the server is
  back, the banner says so for a moment and the data is read again.

On the clerk's own file nothing of this runs (``start`` does nothing).
"""

from __future__ import annotations

import logging
import queue
import time
import uuid

from PySide6.QtCore import QEvent, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy

from dsar_desk.domain.presence import ANNOUNCE_EVERY, Presence
from dsar_desk.store import server as server_names
from dsar_desk.store.db import DatabaseError, is_connection_lost, is_server, is_unreachable, set_unreachable
from dsar_desk.store.live import Listener, change_payload, presence_payload
from dsar_desk.ui.text import tr

log = logging.getLogger(__name__)

DEBOUNCE_MS = 300  # at most one reload per 300 ms: the first change of a burst at once, the rest at its end
BACKOFF = (1.0, 2.0, 5.0, 10.0, 30.0)  # seconds before each new try; then every 30 s
PING_EVERY = 5.0  # seconds between two checks that the server still answers
WAIT = 0.5  # seconds the listener waits for a notification before looking at its queue
BACK_MESSAGE_MS = 6000


class ListenerThread(QThread):
    """The listener's loop, on its own connection, in its own thread."""

    change = Signal(str, object, str)  # table, case ids (None: many or unknown), login
    presence = Signal(int, str, bool, str)  # case, login, open, app
    lost = Signal(object)  # the message (DatabaseUnavailable's), when the connection dropped
    back = Signal()  # connected again after a loss

    def __init__(self, listener: Listener, app_id: str, parent=None):
        super().__init__(parent)
        self.listener = listener
        self.app_id = app_id
        self._stop = False
        self._recheck = False
        self._orders: queue.Queue = queue.Queue()  # (case id, open) announcements asked by the UI
        self._open: set[int] = set()  # the cases this app announces (this thread's own copy)
        self.backoff = BACKOFF

    def announce(self, case_id: int, is_open: bool) -> None:
        """From the UI thread: this app has the case open (or no longer). Sent by the thread."""
        self._orders.put((int(case_id), bool(is_open)))

    def stop(self) -> None:
        self._stop = True

    def recheck(self) -> None:
        """From the UI thread: a query of the app found the server gone; the listener connects
        anew (and says "back" once it could)."""
        self._recheck = True

    def _sleep(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        while not self._stop and time.monotonic() < until:
            time.sleep(0.1)

    def _send_orders(self) -> None:
        while True:
            try:
                case_id, is_open = self._orders.get_nowait()
            except queue.Empty:
                return
            if is_open:
                self._open.add(case_id)
            else:
                self._open.discard(case_id)
            self.listener.announce(case_id, is_open, self.app_id)

    def run(self) -> None:
        attempt, was_lost = 0, False
        while not self._stop:
            try:
                self.listener.connect()
            except DatabaseError as exc:
                if not was_lost:
                    was_lost = True
                    self.lost.emit(exc.args[0] if exc.args else exc)
                self._sleep(self.backoff[min(attempt, len(self.backoff) - 1)])
                attempt += 1
                continue
            if was_lost:
                was_lost = False
                self.back.emit()
            attempt = 0
            try:
                self._listen()
            except DatabaseError as exc:
                was_lost = True
                self.lost.emit(exc.args[0] if exc.args else exc)
                self._sleep(self.backoff[0])
                attempt = 1
        self._goodbye()

    def _listen(self) -> None:
        for case_id in self._open:  # after a reconnect, say again what this app has open
            self.listener.announce(case_id, True, self.app_id)
        announced = pinged = time.monotonic()
        while not self._stop:
            if self._recheck:
                self._recheck = False
                self.listener.close()
                raise DatabaseError("recheck")
            self._send_orders()
            for note in self.listener.receive(WAIT):
                if note.channel == server_names.PRESENCE:
                    heard = presence_payload(note.data)
                    if heard is not None:
                        self.presence.emit(*heard)
                elif note.channel == server_names.CHANNEL:
                    table, ids, who = change_payload(note.data)
                    self.change.emit(table, ids, who)
            now = time.monotonic()
            if now - announced >= ANNOUNCE_EVERY:
                announced = now
                for case_id in self._open:
                    self.listener.announce(case_id, True, self.app_id)
            if now - pinged >= PING_EVERY:
                pinged = now
                self.listener.ping()

    def _goodbye(self) -> None:
        """Closing: the cases this app had open are no longer (best effort), then the connection."""
        try:
            while True:
                case_id, is_open = self._orders.get_nowait()
                (self._open.add if is_open else self._open.discard)(case_id)
        except queue.Empty:
            pass
        if self.listener.conn is not None:
            for case_id in list(self._open):
                try:
                    self.listener.announce(case_id, False, self.app_id)
                except DatabaseError:
                    break
        self.listener.close()


class ConnectionBanner(QFrame):
    """"The team server cannot be reached: read-only until it is back", then "back"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("team-banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel(objectName="team-banner-text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_lost(self) -> None:
        self.setStyleSheet("#team-banner { background: #f8d7da; border: 1px solid #f1aeb5; border-radius: 4px; }"
                           "#team-banner QLabel { color: #842029; font-weight: 600; }")
        self.text.setText(tr("The team server cannot be reached: read-only until it is back. DSAR Desk "
                             "reconnects by itself; nothing you do now is saved."))
        self.show()

    def show_back(self) -> None:
        self.setStyleSheet("#team-banner { background: #d1e7dd; border: 1px solid #a3cfbb; border-radius: 4px; }"
                           "#team-banner QLabel { color: #0f5132; font-weight: 600; }")
        self.text.setText(tr("The team server is back: you can work again. The list has been read again."))
        self.show()


class LiveController(QObject):
    """The main window's live channel in team mode (nothing on a file)."""

    presence_changed = Signal(int)  # a case whose "also open by" changed
    connection_changed = Signal(bool)  # True: the server is back; False: lost

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.app_id = uuid.uuid4().hex[:12]  # this app among the team's (its own announcements left out)
        self.thread: ListenerThread | None = None
        self.presence = Presence(self.app_id)
        self.banner = ConnectionBanner()
        self.lost = False
        self.latencies: list[float] = []  # for the measurements: notification → list reloaded
        self._pending_since: float | None = None
        self._reload_timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)  # the quiet time after a reload
        self._reload_timer.timeout.connect(self._quiet_over)
        self._back_timer = QTimer(self, singleShot=True, interval=BACK_MESSAGE_MS)
        self._back_timer.timeout.connect(self._hide_back)
        self._expire_timer = QTimer(self, interval=5000)
        self._expire_timer.timeout.connect(self._expire)
        self._changed_cases: set[int] = set()
        self._changed_all = False
        self._changed_by: dict[int, str] = {}

    def install(self, layout) -> None:
        """The banner at the top of the window; the listener stopped when the window closes."""
        layout.insertWidget(0, self.banner)
        self.window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()  # a running thread must never outlive its window
            QTimer.singleShot(0, self._restart_if_still_open)
        return False

    def _restart_if_still_open(self) -> None:
        if self.window.isVisible() and self.thread is None and is_server():
            self.start()  # the close was refused (unsaved edits)

    def watch(self, detail) -> None:
        """A case window opened: announced to the team while it is open; shows who else has it."""
        case_id = detail.case_id
        self.case_opened(case_id)
        show = getattr(detail, "show_presence", None)

        def update(changed_case: int) -> None:
            if changed_case == case_id and show is not None:
                show(self.others(case_id))

        def closed(_result=0) -> None:
            self.case_closed(case_id)
            try:
                self.presence_changed.disconnect(update)
            except (RuntimeError, TypeError):
                pass

        self.presence_changed.connect(update)
        detail.finished.connect(closed)
        update(case_id)

    # -- the listener ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def start(self) -> bool:
        """Start listening when the open database is a team server; on a file nothing."""
        self.stop()
        self.presence = Presence(self.app_id)
        if not is_server():
            self._set_lost(False, quiet=True)
            return False
        listener = Listener.for_open_database()
        if listener is None:
            return False
        self.thread = ListenerThread(listener, self.app_id, self)
        self.thread.change.connect(self._changed)
        self.thread.presence.connect(self._heard)
        self.thread.lost.connect(lambda _message: self._set_lost(True))
        self.thread.back.connect(lambda: self._set_lost(False))
        self.thread.start()
        for case_id in getattr(self.window, "details", {}):
            self.thread.announce(case_id, True)
        self._expire_timer.start()
        return True

    def stop(self, wait_ms: int = 5000) -> None:
        thread, self.thread = self.thread, None
        self._expire_timer.stop()
        self._reload_timer.stop()  # nothing read any more for a listener that is gone
        self._pending_since = None
        if thread is not None:
            thread.stop()
            thread.wait(wait_ms)

    # -- changes --------------------------------------------------------------------------------
    def _changed(self, table: str, ids, who: str) -> None:
        if self._pending_since is None:
            self._pending_since = time.perf_counter()
        if ids is None:
            self._changed_all = True
        else:
            self._changed_cases.update(ids)
            for case_id in ids:
                self._changed_by[case_id] = who
        if not self._reload_timer.isActive():
            self._reload()  # the first change of a burst at once
            self._reload_timer.start()

    def _quiet_over(self) -> None:
        """The end of the quiet time: what came meanwhile is read in one reload."""
        if self._pending_since is not None:
            self._reload()
            self._reload_timer.start()

    def _reload(self) -> None:
        started, self._pending_since = self._pending_since, None
        cases, everything = set(self._changed_cases), self._changed_all
        by = dict(self._changed_by)
        self._changed_cases.clear()
        self._changed_all = False
        self._changed_by.clear()
        if self.lost or is_unreachable():
            return
        try:
            self.window.reload()
            for case_id, detail in list(getattr(self.window, "details", {}).items()):
                if everything or case_id in cases:
                    hook = getattr(detail, "colleague_changed", None)
                    if hook is not None:
                        hook(by.get(case_id, ""))
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self.query_failed(exc)
            return
        if started is not None:
            self.latencies.append(time.perf_counter() - started)

    # -- presence -------------------------------------------------------------------------------
    def case_opened(self, case_id: int) -> None:
        if self.thread is not None:
            self.thread.announce(case_id, True)

    def case_closed(self, case_id: int) -> None:
        if self.thread is not None:
            self.thread.announce(case_id, False)

    def others(self, case_id: int) -> list[str]:
        """The colleagues who have the case open now (this app left out)."""
        return self.presence.others(case_id, time.monotonic())

    def _heard(self, case_id: int, who: str, is_open: bool, app: str) -> None:
        if self.presence.heard(case_id, who, is_open, app, time.monotonic()):
            self.presence_changed.emit(case_id)

    def _expire(self) -> None:
        for case_id in self.presence.expire(time.monotonic()):
            self.presence_changed.emit(case_id)

    # -- the connection -------------------------------------------------------------------------
    def query_failed(self, _exc=None) -> None:
        """A query of the app found the server gone: the same as the listener's loss (the
        listener finds it back)."""
        if is_server():
            self._set_lost(True)
            if self.thread is not None:
                self.thread.recheck()

    def _set_lost(self, lost: bool, quiet: bool = False) -> None:
        if lost == self.lost:
            return
        self.lost = lost
        set_unreachable(lost)
        if quiet:
            self.banner.hide()
            return
        if lost:
            log.warning("the team server cannot be reached: read-only")
            self._back_timer.stop()
            self.banner.show_lost()
        else:
            log.info("the team server is back")
            try:
                self.window.reload()
            except Exception as exc:  # gone again at once: the listener will say
                if not is_connection_lost(exc):
                    raise
                log.warning("reading again after the server came back failed: %s", exc.__class__.__name__)
            self.banner.show_back()
            self._back_timer.start()
        self.connection_changed.emit(not lost)

    def _hide_back(self) -> None:
        if not self.lost:
            self.banner.hide()


class CaseNotices(QFrame):
    """In a case window, team mode only: who else has the case open, and that a colleague
    changed it while the clerk has edits not saved yet (their edits stay; Save then asks)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("case-notices")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.presence = QLabel(objectName="also-open")
        self.presence.setStyleSheet("background: #cfe2ff; color: #084298; border-radius: 4px; padding: 3px 8px;")
        self.presence.hide()
        self.changed = QLabel(objectName="changed-by")
        self.changed.setWordWrap(True)
        self.changed.setStyleSheet("background: #fff3cd; color: #664d03; border-radius: 4px; padding: 3px 8px;"
                                   " font-weight: 600;")
        self.changed.hide()
        self.presence.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.presence)
        layout.addWidget(self.changed, 1)
        layout.addStretch(0)
        self.hide()

    def show_presence(self, others: list[str]) -> None:
        self.presence.setText(tr("Also open by: {0}").format(", ".join(others)))
        self.presence.setVisible(bool(others))
        self._fit()

    def show_changed(self, who: str) -> None:
        text = (tr("Changed by {0} while you were editing: your edits are kept; Save asks what to keep.").format(who)
                if who else tr("Changed by a colleague while you were editing: your edits are kept; Save asks what "
                               "to keep."))
        self.changed.setText(text)
        self.changed.show()
        self._fit()

    def clear_changed(self) -> None:
        self.changed.hide()
        self._fit()

    def _fit(self) -> None:
        self.setVisible(not self.presence.isHidden() or not self.changed.isHidden())
