"""File → Team server… (issue 13): the team's PostgreSQL server, or back to the clerk's own file.

The address is checked part by part (``parse_location``: a password in it is refused); the
password is typed here and kept only in the OS keyring, once the server took it
(``desk.team.try_server``), never in the settings; "Test the connection" runs off the UI thread
and says where it stopped (the name, the port, TLS, the login, the database) in the clerk's
words. "Use this server" remembers the address (without a password) in the settings'
``team_server`` and reopens the window's data on it; "Back to my own file" forgets it and reopens
the file. The switch happens in place (:func:`switch_to`): the open case windows close, the
database is reopened, the list, the Today view and the live channel follow; nothing to restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from dsar_desk import paths
from dsar_desk.domain.location import LocationError, ServerLocation, parse_location
from dsar_desk.settings import Settings
from dsar_desk.ui import seam, workers
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import tr

log = logging.getLogger(__name__)

STEP_LABELS = {
    "dns": "The server's name",
    "refused": "The server's port",
    "timeout": "The network",
    "tls": "The TLS certificate",
    "login": "The login",
    "admitted": "The login",
    "password": "The password",
    "database": "The database",
    "schema": "The team database",
    "other": "The connection",
}
EXAMPLE_URL = "postgresql://anna@db.example.org:5432/dsar?sslmode=verify-full&sslrootcert=/etc/dsar/ca.pem"  # an address
ERROR_STYLE = "color: #b02a37;"
OK_STYLE = "color: #0f5132;"


def _location_now() -> str:
    from dsar_desk.store.db import current_location

    place = current_location()
    if isinstance(place, ServerLocation):
        return tr("Now open: the team server {0}").format(place.label)
    if place is not None:
        return tr("Now open: your own file {0}").format(str(place))
    return tr("No database is open.")


class TeamServerDialog(QDialog):
    """The team server's address and password; test, use it, or go back to the own file.

    ``chosen`` after it closed: the location to open (a server URL, or the file's path), or None.
    ``switch``: called with that location to reopen the app's data on it (None: the caller does).
    """

    def __init__(self, parent=None, *, reason=None, switch=None):
        super().__init__(parent)
        self.setObjectName("team-server")
        self.setWindowTitle(tr("Team server"))
        self.switch = switch
        self.chosen: str | None = None
        self.worker: workers.Worker | None = None
        self.last_probe = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("A team works on one PostgreSQL server: every clerk sees the others' changes. Your "
                          "administrator gives you the address and your own login. The password is kept in "
                          "this computer's keyring, never in the settings."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason = QLabel(objectName="team-reason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE + " font-weight: 600;")
        self.reason.setVisible(reason is not None)
        if reason is not None:
            self.reason.setText(translate_message(reason))
        layout.addWidget(self.reason)
        self.now = QLabel(_location_now(), objectName="team-now")
        self.now.setStyleSheet("color: #505050;")
        self.now.setWordWrap(True)
        layout.addWidget(self.now)
        form = QFormLayout()
        self.url = QLineEdit(objectName="team-url")
        self.url.setPlaceholderText(EXAMPLE_URL)
        self.url.setMinimumWidth(520)
        remembered = Settings().get("team_server") or ""
        self.url.setText(remembered)
        self.url.textChanged.connect(self._address_changed)
        form.addRow(tr("Server address"), self.url)
        self.password = QLineEdit(objectName="team-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Password"), self.password)
        layout.addLayout(form)
        self.feedback = QLabel(objectName="team-result")
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(tr("Test the connection"), objectName="team-test")
        self.test_button.clicked.connect(self.test_connection)
        self.use_button = QPushButton(tr("Use this server"), objectName="team-use")
        self.use_button.clicked.connect(self.use_server)
        self.file_button = QPushButton(tr("Back to my own file"), objectName="team-file")
        self.file_button.clicked.connect(self.use_file)
        close = QPushButton(tr("Close"), objectName="team-close")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._address_changed()
        self.resize(760, 300)

    # -- the address --------------------------------------------------------------------------
    def place(self) -> ServerLocation | None:
        """The address as typed, checked part by part; None (and the problem shown) when wrong."""
        text = self.url.text().strip()
        if not text:
            self._show(tr("Give the server address: postgresql://user@host:port/database"), ok=False,
                       field=tr("Server address"))
            return None
        try:
            place = parse_location(text)
        except LocationError as exc:
            self._show(exc.args[0], ok=False, field=tr("Server address"))
            return None
        if not isinstance(place, ServerLocation):
            self._show(tr("This is a file, not a server address: write postgresql://user@host:port/database "
                          "(or use Back to my own file)"), ok=False, field=tr("Server address"))
            return None
        return place

    def _address_changed(self, *_args) -> None:
        from dsar_desk.desk.team import password_of

        try:
            place = parse_location(self.url.text().strip()) if self.url.text().strip() else None
        except LocationError:
            place = None
        stored = isinstance(place, ServerLocation) and password_of(place) is not None
        self.password.setPlaceholderText(tr("stored in the keyring (type to replace)") if stored
                                         else tr("not stored yet"))
        self.url.setStyleSheet("")

    def _show(self, text, *, ok: bool, field: str | None = None) -> None:
        words = translate_message(text)
        if field:
            from dsar_desk.ui.text import labelled

            words = labelled(field, words)
            self.url.setStyleSheet("border: 1px solid #b02a37;")
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setText(words)
        self.feedback.show()

    def _show_probe(self, probe) -> None:
        if probe.ok:
            self._show("✓ " + translate_message(probe.message), ok=True)
        else:
            self._show("✗ " + tr(STEP_LABELS.get(probe.step, "The connection")) + ": "
                       + translate_message(probe.message), ok=False)

    def _busy(self, busy: bool, text: str = "") -> None:
        for button in (self.test_button, self.use_button, self.file_button):
            button.setEnabled(not busy)
        if busy:
            self.feedback.setStyleSheet("")
            self.feedback.setText(text)
            self.feedback.show()

    # -- test, use --------------------------------------------------------------------------------
    def test_connection(self) -> workers.Worker | None:
        """The address and password as typed, tried off the UI thread; nothing stored."""
        from dsar_desk.desk import team

        place = self.place()
        if place is None or self.worker is not None:
            return None
        password = self.password.text() or None
        self._busy(True, tr("Testing the connection…"))
        self.worker = workers.Worker(lambda _progress: team.test_connection(place, password))
        self.worker.signals.done.connect(self._tested)
        self.worker.signals.failed.connect(self._failed)
        return workers.start(self.worker)

    def _tested(self, probe) -> None:
        self.worker = None
        self._busy(False)
        self.last_probe = probe
        self._show_probe(probe)

    def _failed(self, message) -> None:
        self.worker = None
        self._busy(False)
        self._show(message, ok=False)

    def use_server(self) -> workers.Worker | None:
        """Try the server (off the UI thread); once it took the login: the password into the
        keyring, the address into the settings, and the app's data reopened on it."""
        from dsar_desk.desk import team

        place = self.place()
        if place is None or self.worker is not None:
            return None
        password = self.password.text() or None
        self._busy(True, tr("Connecting to the team server…"))
        self.worker = workers.Worker(lambda _progress: team.try_server(place, password))
        self.worker.signals.done.connect(lambda probe: self._tried(place, probe))
        self.worker.signals.failed.connect(self._failed)
        return workers.start(self.worker)

    def _tried(self, place: ServerLocation, probe) -> None:
        self.worker = None
        self._busy(False)
        self.last_probe = probe
        self.password.clear()  # kept in the keyring when the server took it; never on screen again
        self._address_changed()
        if not probe.ok:
            self._show_probe(probe)
            return
        self._choose(place.url)

    def use_file(self) -> None:
        self._choose(str(own_file()))

    def _choose(self, location: str) -> None:
        if self.switch is not None:
            problem = self.switch(location)
            if problem is not None:
                self._show(problem, ok=False)
                return
        remember(location)
        self.chosen = location
        self.accept()


def own_file() -> Path:
    return paths.default_database()


def remember(location: str) -> None:
    """The settings name the server the app opens next time (its address, never a password)."""
    place = parse_location(location)
    Settings().set("team_server", place.url if isinstance(place, ServerLocation) else "")


def start_location(db_arg: str | None) -> str:
    """Where the app opens: ``--db`` when given, else the remembered team server, else the file."""
    if db_arg:
        return str(db_arg)
    remembered = (Settings().get("team_server") or "").strip()
    return remembered or str(own_file())


def switch_to(window, location: str):
    """Reopen the app's data at ``location`` in place; None when done, else the problem (the
    previous database then stays open)."""
    from PySide6.QtCore import QThreadPool

    from dsar_desk.desk import team
    from dsar_desk.store.db import DatabaseError, close_database, current_location

    previous = current_location()
    for detail in list(getattr(window, "details", {}).values()):
        detail.close()
    live = getattr(window, "live", None)
    if live is not None:
        live.stop()
    QThreadPool.globalInstance().waitForDone(10_000)  # background reads end on the database they began on
    close_database()
    try:
        team.open_location(location)
    except (DatabaseError, LocationError) as exc:
        log.warning("switching the database failed: %s", exc.__class__.__name__)
        if previous is not None:
            try:
                team.open_location(previous.url if isinstance(previous, ServerLocation) else previous)
            except (DatabaseError, LocationError):
                pass
        if live is not None:
            live.start()
        return exc.args[0] if exc.args else exc
    window.db_path = Path(location) if not isinstance(parse_location(location), ServerLocation) else location
    window.reload_organisations()
    window.reload()
    if live is not None:
        live.start()
    window.statusBar().showMessage(_location_now(), 8000)
    return None


def open_team_server(window) -> bool:
    """File → Team server…: True when the app's data was switched."""
    dialog = TeamServerDialog(window, switch=lambda location: switch_to(window, location))
    return seam.launch(dialog) == QDialog.DialogCode.Accepted and dialog.chosen is not None


def ask_at_start(reason, url: str) -> str | None:
    """At start, the remembered server cannot be opened (no password, refused, gone): the dialog
    with the reason, instead of a traceback. The location chosen (it is opened by the caller), or
    None when the clerk closed it."""
    dialog = TeamServerDialog(None, reason=reason)
    dialog.url.setText(url)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen
