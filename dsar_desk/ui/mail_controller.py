"""The main window's mail: File → Import a message…, View → Inbox, message files dropped on the
window, a round of every mailbox every few minutes off the UI thread, and the banner that says
when a mailbox could not be read. Light at start: the mail code itself (dsar_desk.desk.mail, the
Inbox window, the intake from a message) loads when first used."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from dsar_desk.store import mail as mail_queries
from dsar_desk.store.organisations import list_organisations
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.files import is_message_file
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.style import BANNER_STYLE
from dsar_desk.ui.text import tr

log = logging.getLogger(__name__)

FIRST_ROUND_MS = 20_000  # the first round a little after start, then every check_minutes
def _round_job(clerk: str, organisation: str | None = None):
    def job(progress):
        from dsar_desk.desk import mail as desk_mail

        return desk_mail.fetch_all(clerk, organisation)
    return job


class MailController(QObject):
    """The main window's mail: actions, drops, the banner, the rounds every few minutes."""

    round_done = Signal(object)  # the list of RoundReports

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.inbox: object | None = None
        self.running: workers.Worker | None = None
        self.import_action = QAction(tr("Import a &message…"), window, objectName="import-message")
        self.import_action.triggered.connect(self.choose_message)
        self.inbox_action = QAction(tr("&Inbox"), window, objectName="inbox-action")
        self.inbox_action.triggered.connect(self.open_inbox)
        self.banner = QLabel(objectName="mail-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.fetch_now)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def install(self, layout) -> None:
        """Put the banner at the top of the window's layout and plan the first round."""
        layout.insertWidget(0, self.banner)
        self.show_problems()
        self.schedule(FIRST_ROUND_MS)

    # -- the mailbox ----------------------------------------------------------------------------
    def interval_ms(self) -> int | None:
        minutes = [int(data.get("check_minutes", 5) or 5) for _org, data in mail_queries.accounts()
                   if data.get("imap_host")]
        return min(minutes) * 60_000 if minutes else None

    def schedule(self, ms: int | None = None) -> None:
        ms = ms if ms is not None else self.interval_ms()
        if ms is not None:
            self.timer.start(ms)

    def fetch_now(self, ask_key: bool = False) -> workers.Worker | None:
        """One round of every mailbox, off the UI thread (not two at once)."""
        if self.running is not None:
            return self.running
        if self.interval_ms() is None:
            self.timer.stop()
            return None
        from dsar_desk.ui import keys

        if ask_key and not keys.ensure_attachment_key(self.window):
            return None
        worker = workers.Worker(_round_job(self.window.clerk))
        worker.signals.done.connect(self._round_done)
        worker.signals.failed.connect(self._round_failed)
        self.running = worker
        self.window.statusBar().showMessage(tr("Checking the mailbox…"), 3000)
        return workers.start(worker)

    def _round_done(self, reports) -> None:
        self.running = None
        new = sum(r.new for r in reports)
        joined = [ref for r in reports for ref in r.joined]
        self.show_problems([r for r in reports if r.problem is not None])
        if new or joined:
            parts = []
            if new:
                parts.append(tr("%n new message(s) in the Inbox", new))
            if joined:
                parts.append(tr("%n message(s) added to their case", len(joined)))
            self.window.statusBar().showMessage(" · ".join(parts), 8000)
            self.window.reload()
        if self.inbox is not None:
            self.inbox.reload()
        self.round_done.emit(reports)
        self.schedule()

    def _round_failed(self, message) -> None:
        self.running = None
        self.banner.setText(tr("The mailbox could not be checked: {0}").format(translate_message(message)))
        self.banner.show()
        self.round_done.emit([])
        self.schedule()

    def show_problems(self, reports=None) -> None:
        problems = mail_queries.mailbox_problems()
        lines = [tr("{0}: the mailbox could not be read: {1}").format(name, translate_message(p))
                 for name, p, _since in problems]
        if lines:
            lines.append(tr("The next check tries again."))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(problems))

    # -- the Inbox, message files ---------------------------------------------------------------
    def open_inbox(self):
        if self.inbox is None:
            from dsar_desk.ui.inbox import InboxWindow

            self.inbox = InboxWindow(self, self.window)
            self.inbox.changed.connect(self.window.reload)
            self.inbox.finished.connect(self._inbox_closed)
        self.inbox.reload()
        self.inbox.show()
        self.inbox.raise_()
        return self.inbox

    def _inbox_closed(self, _result=0) -> None:
        self.inbox = None

    def choose_message(self) -> str | None:
        path = files.open_file(self.window, tr("Import a message"), tr("E-mail messages (*.eml *.msg)"))
        return self.import_message(path) if path is not None else None

    def import_message(self, path: Path) -> str | None:
        """The intake, filled in from the message file; the reference of the case made, or None."""
        if not list_organisations():
            seam.message(self.window, tr("No organisation"),
                         tr("Import an organisation profile first (File → Import organisation profile)."))
            return None
        from dsar_desk.ui.intake import IntakeDialog

        dialog = IntakeDialog(self.window.clerk, self.window)
        if not dialog.load_message_file(Path(path)):
            seam.message(self.window, tr("Import a message"), dialog.proposal_note.text()
                         if dialog.proposal_note is not None else dialog.errors.text(), icon=QMessageBox.Icon.Warning)
            return None
        if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.created_reference:
            return None
        self.window.reload()
        self.window.statusBar().showMessage(tr("Case {0} created").format(dialog.created_reference), 5000)
        return dialog.created_reference

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if watched is self.window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if any(is_message_file(Path(u.toLocalFile())) for u in event.mimeData().urls() if u.isLocalFile()):
                event.acceptProposedAction()
                return True
        elif watched is self.window and event.type() == QEvent.Type.Drop:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            messages = [p for p in paths if is_message_file(p)]
            if messages:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.import_message(messages[0]))  # after the drop has ended
                return True
        return super().eventFilter(watched, event)
