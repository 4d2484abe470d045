"""Starting the desktop app: Qt application, database, single instance, crash dialog."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from dsar_desk import paths
from dsar_desk.resources import resource
from dsar_desk.settings import Settings
from dsar_desk.ui.text import tr

log = logging.getLogger(__name__)
STARTED = time.perf_counter()


def app_icon():
    """The window icon: our SVG, and its PNG renders where a build made them (resources/icons)."""
    icon = QIcon()
    for size in (48, 128, 256):
        png = resource("icons", f"dsar-desk-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    svg = resource("icons", "dsar-desk.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="dsar-desk")
    parser.add_argument("--db")  # a file's path or a team server's URL
    args, _ = parser.parse_known_args(argv)
    return args


def _server_name(db_path: Path | str) -> str:
    from dsar_desk.domain.location import is_server_url

    key = str(db_path) if is_server_url(str(db_path)) else str(Path(db_path).resolve())
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return f"dsar-desk-{digest}"


def already_running(name: str) -> bool:
    """Another DSAR Desk window has this database open: tell it to come forward."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if socket.waitForConnected(300):
        socket.write(b"show")
        socket.flush()
        socket.waitForBytesWritten(300)
        socket.disconnectFromServer()
        return True
    return False


def install_excepthook(app: QApplication) -> None:
    """Log the error (type and place only: no values, which may hold personal data) and tell the clerk."""

    def hook(kind, value, tb):
        if _connection_lost(app, value):
            return
        where = traceback.extract_tb(tb)[-1] if tb else None
        log.error("unexpected error %s at %s:%s", kind.__name__,
                  where.filename if where else "?", where.lineno if where else "?")
        box = QMessageBox(QMessageBox.Icon.Critical, "DSAR Desk",
                          tr("Something went wrong and the last action may not have been completed. "
                             "Your saved data is safe. The error was written to the log file "
                             "in {0}.").format(paths.log_dir()))
        box.setDetailedText(tr("{0} in {1}, line {2}").format(
            kind.__name__, where.filename if where else "?", where.lineno if where else "?"))
        box.exec()

    sys.excepthook = hook


def _connection_lost(app: QApplication, value) -> bool:
    """A query on a team server that is out of reach: the window turns read-only with its banner
    (ui.live) and the clerk is told that nothing was saved, rather than "something went wrong"."""
    from dsar_desk.store.db import is_connection_lost

    if not isinstance(value, Exception) or not is_connection_lost(value):
        return False
    log.warning("the team server cannot be reached (%s)", value.__class__.__name__)
    from dsar_desk.ui import seam

    window = next((w for w in app.topLevelWidgets() if hasattr(w, "live")), None)
    if window is not None:
        window.live.query_failed(value)
    seam.message(window, tr("Team server"),
                 tr("The team server cannot be reached: read-only until it is back. Nothing was saved."),
                 icon=QMessageBox.Icon.Warning)
    return True


def open_at_start(location: str) -> str | None:
    """Open the database the app starts on. A team server that cannot be opened (no password
    stored, the password refused, the server gone) shows File → Team server… with the reason
    instead of a traceback; returns the location opened, or None when the clerk closed it. A file
    that cannot be opened raises DatabaseError (the caller says so)."""
    from dsar_desk.desk import team as desk_team
    from dsar_desk.domain.location import LocationError, ServerLocation, parse_location
    from dsar_desk.store.db import DatabaseError, open_database
    from dsar_desk.ui import team as ui_team

    while True:
        try:
            place = parse_location(location)
        except LocationError as exc:
            reason = exc.args[0]
        else:
            if not isinstance(place, ServerLocation):
                # SQLite's check and (for a large file) the planner's statistics run after the window is shown
                open_database(place.path, check=False, statistics="later")
                return location
            try:
                desk_team.open_location(place)
                return location
            except DatabaseError as exc:
                log.warning("the team server cannot be opened at start (%s)", exc.__class__.__name__)
                reason = exc.args[0] if exc.args else exc
        chosen = ui_team.ask_at_start(reason, location)
        if chosen is None:
            return None
        location = chosen


def check_file_after_start(window, db_path: Path):
    """SQLite's quick check of the file (about 0.2 s at 100,000 cases), off the UI thread once the
    window is up: a damaged file is refused with the newest backup named, and the app closes
    before anything is written into it."""
    from dsar_desk.store.db import damaged, quick_check
    from dsar_desk.ui import seam, workers
    from dsar_desk.ui.messages import translate_message

    def job(_progress):
        import sqlite3

        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return quick_check(conn)
        finally:
            conn.close()

    def done(problem):
        if problem:
            window.setEnabled(False)
            seam.message(window, "DSAR Desk", translate_message(damaged(db_path, problem)),
                         icon=QMessageBox.Icon.Critical)
            QApplication.instance().exit(2)

    worker = workers.Worker(job)
    worker.signals.done.connect(done)
    window.file_check = workers.start(worker)
    return worker


def prepare_after_start(window):
    """Once the window is up, off the UI thread, what the first opened case needs and would
    otherwise load while the clerk waits (some 0.3 s at first use): the public-holiday calendars,
    the parsed organisation profiles, the locale data of the letter languages, the case window's
    modules."""
    from dsar_desk.desk.deadlines import prepare_calendars
    from dsar_desk.domain.locales import BABEL_LOCALES, babel_locale
    from dsar_desk.store.db import close_thread_connection, refresh_statistics
    from dsar_desk.store.organisations import list_organisations, profile_of
    from dsar_desk.ui import workers

    def job(_progress):
        try:
            refresh_statistics()  # when stale: a full ANALYZE of the cases (4 s at 1,000,000)
            prepare_calendars()
            for org in list_organisations():
                profile_of(org)
            for language in BABEL_LOCALES:
                babel_locale(language).languages  # noqa: B018 - loads the locale's data
            import dsar_desk.ui.case_detail  # noqa: F401 - code only: no widget is made off the UI thread
            import dsar_desk.ui.letters  # noqa: F401
        finally:
            close_thread_connection()

    window.prepared = workers.start(workers.Worker(job))
    return window.prepared


def run_gui(argv: list[str]) -> int:
    from dsar_desk.store.db import DatabaseError
    from dsar_desk.ui.i18n import install_translator
    from dsar_desk.ui.main_window import MainWindow
    from dsar_desk.ui.purge import start_purge_schedule

    args = _parse(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("DSAR Desk")
    app.setOrganizationName("DSAR Desk")
    app.setDesktopFileName("dsar-desk")
    app.setWindowIcon(app_icon())
    settings = Settings()
    install_translator(app, settings.get("ui_language"))  # the choice, else the OS language
    from dsar_desk.domain.location import is_server_url
    from dsar_desk.ui.team import start_location

    location = start_location(args.db)  # --db wins, else the team server remembered, else the own file
    db_path = location if is_server_url(location) else Path(location)

    name = _server_name(db_path)
    if already_running(name):
        log.info("another window has this database open; brought it forward")
        return 0
    QLocalServer.removeServer(name)
    server = QLocalServer(app)
    server.listen(name)

    try:
        opened = open_at_start(location)
    except DatabaseError as exc:
        from dsar_desk.ui.messages import translate_message

        QMessageBox.critical(None, "DSAR Desk", tr("The database cannot be opened.") + "\n\n" + translate_message(exc))
        return 2
    if opened is None:
        return 2  # the team server could not be opened and the clerk closed the dialog
    if opened != location:
        location = opened
        db_path = location if is_server_url(location) else Path(location)
    install_excepthook(app)
    window = MainWindow(settings.clerk, db_path)
    window.id_copy_purge = start_purge_schedule(window)  # ID copies purged at start and daily
    window.backups.start_daily()  # the day's backup, kept for the days of the setting
    if isinstance(db_path, Path):
        check_file_after_start(window, db_path)
    QTimer.singleShot(0, lambda: prepare_after_start(window))

    def bring_forward():
        connection = server.nextPendingConnection()
        if connection:
            connection.close()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)  # maximised stays so
        window.show()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(bring_forward)
    window.show_as_last_used()  # maximised, or at the size it had when last closed
    if os.environ.get("DSAR_DESK_EXIT_AFTER_SHOWN"):
        # For the start-up benchmark: the window is shown and the first page of the list is filled.
        def report():
            window.model.row_tuple(0)
            print(f"shown {time.perf_counter() - STARTED:.3f}s rows {window.model.rowCount()}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    else:
        QTimer.singleShot(0, window.offer_first_start)
    code = app.exec()
    server.close()
    # Let background work (rendering, counting) end while the QApplication still exists: a
    # worker finishing after it is gone aborts the process (found by packaging/smoke_test.sh).
    from dsar_desk.ui import workers

    workers.finish()
    return code
