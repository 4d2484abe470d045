"""The mail in the main window: the Inbox view, File → Import a message…, e-mails dropped on the
window, the mailbox checked every few minutes off the UI thread, failures as a banner.

:class:`MailController` is made by the main window (like the Today and backup controllers): it
owns the actions, the banner, the timer and the Inbox window. :class:`InboxWindow` lists the
messages waiting for the clerk, with what can be done to each: make a case (the intake, filled
in from the message), add it to a case, or mark it "not a request".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from dsar_desk.desk import mail as desk_mail
from dsar_desk.desk.keys import KeyNeeded
from dsar_desk.mail.errors import MailError
from dsar_desk.store import mail as mail_queries
from dsar_desk.store.cases import UnknownCase, get_case
from dsar_desk.ui import keys, seam
from dsar_desk.ui.intake import IntakeDialog
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.style import BANNER_STYLE
from dsar_desk.ui.text import format_utc, tr

log = logging.getLogger(__name__)

EXAMPLE_REFERENCE = "ECO-2026-0042"  # a case reference, as the clerk types it
STATE_LABELS = {"new": "new", "unreadable": "unreadable", "case": "case made", "joined": "added to a case",
                "not-request": "not a request"}


class AddToCaseDialog(QDialog):
    """The reference of the case the message belongs to."""

    def __init__(self, proposed: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("add-to-case")
        self.setWindowTitle(tr("Add to a case"))
        form = QFormLayout(self)
        self.reference = QLineEdit(proposed, objectName="reference")
        self.reference.setPlaceholderText(EXAMPLE_REFERENCE)
        form.addRow(tr("Case reference"), self.reference)
        self.error = QLabel(objectName="error")
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class InboxWindow(QDialog):
    """The messages waiting for the clerk. Non-modal, beside the case list."""

    changed = Signal()  # a case was made or a message added to one

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.clerk = controller.window.clerk
        self.setObjectName("inbox")
        self.setWindowTitle(tr("Inbox"))
        layout = QVBoxLayout(self)
        self.banner = QLabel(objectName="inbox-banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5, objectName="messages")
        self.table.setHorizontalHeaderLabels([tr("Organisation"), tr("Date"), tr("From"), tr("Subject"), tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.make_case())
        splitter.addWidget(self.table)
        self.preview = QPlainTextEdit(objectName="preview")
        self.preview.setReadOnly(True)
        splitter.addWidget(self.preview)
        splitter.setSizes([300, 220])
        layout.addWidget(splitter, 1)
        row = QHBoxLayout()
        self.make_button = QPushButton(tr("Make a case…"), objectName="make-case")
        self.make_button.clicked.connect(self.make_case)
        self.add_button = QPushButton(tr("Add to a case…"), objectName="add-to-case")
        self.add_button.clicked.connect(self.add_to_case)
        self.not_button = QPushButton(tr("Not a request"), objectName="not-a-request")
        self.not_button.clicked.connect(self.not_a_request)
        self.fetch_button = QPushButton(tr("Check the mailbox now"), objectName="fetch-now")
        self.fetch_button.clicked.connect(lambda: self.controller.fetch_now(ask_key=True))
        for button in (self.make_button, self.add_button, self.not_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.fetch_button)
        close = QPushButton(tr("Close"), objectName="close")
        close.clicked.connect(self.close)
        row.addWidget(close)
        layout.addLayout(row)
        self.rows: list[mail_queries.InboxRow] = []
        self.reload()
        self.resize(980, 620)

    # -- the list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_row()
        self.rows = mail_queries.inbox()
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = [r.organisation_name, format_utc(r.sent_date) if r.sent_date else "", r.sender,
                      r.subject if r.state != "unreadable" else tr("(cannot be read)"), tr(STATE_LABELS[r.state])]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, column, item)
            if current is not None and r.id == current.id:
                self.table.selectRow(i)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if self.table.currentRow() < 0 and self.rows:
            self.table.selectRow(0)
        self._selected()
        problems = mail_queries.mailbox_problems()
        self.banner.setText("\n".join(tr("{0}: the mailbox could not be read: {1}").format(name, translate_message(p))
                                      for name, p, _since in problems))
        self.banner.setVisible(bool(problems))
        self.setWindowTitle(tr("Inbox ({0})").format(len(self.rows)) if self.rows else tr("Inbox"))

    def current_row(self) -> mail_queries.InboxRow | None:
        index = self.table.currentRow()
        return self.rows[index] if 0 <= index < len(self.rows) else None

    def select(self, row_id: int) -> None:
        for i, r in enumerate(self.rows):
            if r.id == row_id:
                self.table.selectRow(i)

    def _selected(self) -> None:
        row = self.current_row()
        for button in (self.make_button, self.add_button, self.not_button):
            button.setEnabled(row is not None)
        if row is None:
            self.preview.setPlainText("")
            return
        if row.state == "unreadable":
            self.preview.setPlainText(tr("This message cannot be read: {0}").format(translate_message(row.problem)))
            return
        try:
            _row, proposed, _raw = desk_mail.inbox_message(row.id)
        except (desk_mail.InvalidMail, MailError, KeyNeeded) as exc:
            self.preview.setPlainText(translate_message(getattr(exc, "message", exc)))
            return
        except Exception as exc:  # noqa: BLE001 - a key that does not open it: said, never a traceback
            log.warning("inbox preview failed: %s", exc.__class__.__name__)
            self.preview.setPlainText(tr("This message cannot be shown ({0}).").format(exc.__class__.__name__))
            return
        lines = [f"{row.sender}", proposed.message.subject, ""]
        if proposed.proposal.references:
            lines.insert(2, tr("Case reference in the subject: {0}").format(", ".join(proposed.proposal.references)))
        if proposed.message.attachments:
            lines.insert(2, tr("Attachments: {0}").format(", ".join(a.filename for a in proposed.message.attachments)))
        self.preview.setPlainText("\n".join(lines) + proposed.message.text)

    # -- the actions ------------------------------------------------------------------------------
    def make_case(self) -> str | None:
        row = self.current_row()
        if row is None:
            return None
        if not keys.ensure_attachment_key(self):
            return None
        dialog = IntakeDialog(self.clerk, self)
        if row.state == "unreadable":
            dialog.message_source = ("inbox", row.id)
            index = dialog.fields.organisation.findData(row.organisation)
            dialog.fields.organisation.setCurrentIndex(max(0, index))
            dialog._show_note(tr("The message cannot be read: fill in the intake from what you know; the message "
                                 "is kept with the case."))
        else:
            _row, proposed, _raw = desk_mail.inbox_message(row.id)
            dialog.load_proposed(proposed, ("inbox", row.id))
        if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.created_reference:
            return None
        self.reload()
        self.changed.emit()
        return dialog.created_reference

    def add_to_case(self) -> str | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = AddToCaseDialog(row.references[0] if row.references else "", self)
        while seam.launch(dialog) == QDialog.DialogCode.Accepted:
            try:
                case = get_case(dialog.reference.text())
                desk_mail.add_to_case(row.id, case, self.clerk)
            except (UnknownCase, desk_mail.InvalidMail) as exc:
                dialog.error.setText(translate_message(getattr(exc, "problems", None) or exc.args[0]))
                dialog.error.show()
                continue
            self.reload()
            self.changed.emit()
            return case.reference
        return None

    def not_a_request(self) -> bool:
        row = self.current_row()
        if row is None:
            return False
        if not seam.ask(self, tr("Not a request"), tr("Take this message out of the Inbox as not a request? Its "
                                                      "content is not kept; it will not come back.")):
            return False
        try:
            desk_mail.not_a_request(row.id, self.clerk)
        except desk_mail.InvalidMail as exc:
            seam.message(self, tr("Not a request"), exc.problems[0].message, icon=QMessageBox.Icon.Warning)
        self.reload()
        return True


__all__ = ["InboxWindow", "AddToCaseDialog"]
