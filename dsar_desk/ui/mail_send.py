"""Send… a letter by e-mail (the letters dialog): the address, the covering text to edit, the
annexes and the encrypted-ZIP option; sent off the UI thread; the ZIP password shown once.

The letter is marked sent by e-mail only once the server accepted it (the desk layer's rule); a
failure leaves it unsent, with the server's reason in the dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import mail as desk_mail
from dsar_desk.desk.attachments import read_file
from dsar_desk.domain.cases import InvalidCase
from dsar_desk.mail.covering import PASSWORD_CHANNELS
from dsar_desk.mail.errors import MailError
from dsar_desk.store.letters import get_letter
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_size, tr

log = logging.getLogger(__name__)

CHANNEL_LABELS = {"phone": "by telephone", "sms": "by text message", "post": "by post"}


class SendLetterDialog(QDialog):
    """Send one letter by e-mail. ``sent`` holds the result once the server accepted it."""

    def __init__(self, letter_id: int, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("send-letter")
        self.setWindowTitle(tr("Send by e-mail"))
        self.letter_id = letter_id
        self.clerk = clerk
        self.sent: desk_mail.SentLetter | None = None
        self.worker: workers.Worker | None = None
        self.extra: list[tuple[str, bytes]] = []
        letter = get_letter(letter_id)
        case = letter.case
        account = desk_mail.get_account(case.organisation.slug)
        self.account = account

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sender = QLabel(account.privacy_address if account else tr("(no mail settings)"), objectName="sender")
        form.addRow(tr("From"), self.sender)
        self.to = QLineEdit(case.requester_email, objectName="to")
        form.addRow(tr("To"), self.to)
        self.annexes = QListWidget(objectName="annexes")
        self.annexes.setFixedHeight(64)
        for name, data in letter.annex_files():
            self.annexes.addItem(f"{name} ({format_size(len(data))})")
        attach = QPushButton(tr("Add an annex…"), objectName="add-annex")
        attach.clicked.connect(self._choose_annexes)
        row = QHBoxLayout()
        row.addWidget(self.annexes, 1)
        row.addWidget(attach)
        holder = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        form.addRow(tr("Annexes"), holder)
        self.encrypt = QCheckBox(tr("Send the annexes in an encrypted ZIP (AES-256); you give the password by "
                                    "another channel"), objectName="encrypt")
        self.channel = QComboBox(objectName="password-channel")
        for channel in PASSWORD_CHANNELS:
            self.channel.addItem(tr(CHANNEL_LABELS[channel]), channel)
        self.encrypt.toggled.connect(self._refresh_text)
        self.channel.currentIndexChanged.connect(self._refresh_text)
        form.addRow("", self.encrypt)
        form.addRow(tr("Password given"), self.channel)
        self.body = QPlainTextEdit(objectName="body")
        self.body.setMinimumHeight(200)
        form.addRow(tr("Covering text"), self.body)
        layout.addLayout(form)
        self.status = QLabel(objectName="status")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("send")
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._edited = False
        self.body.textChanged.connect(self._body_edited)
        self._refresh_text()
        self._update_state()
        if account is None or account.smtp() is None:
            self._show(tr("{0} has no SMTP server in its mail settings (Organisations… → Mail…).").format(
                case.organisation.name), error=True)
            self.send_button.setEnabled(False)
        self.resize(640, 600)

    def _body_edited(self) -> None:
        if not self._filling:
            self._edited = True

    def _update_state(self) -> None:
        has_annexes = self.annexes.count() > 0
        self.encrypt.setEnabled(has_annexes)
        self.channel.setEnabled(has_annexes and self.encrypt.isChecked())

    def _refresh_text(self) -> None:
        """The standard covering text, unless the clerk has edited it."""
        self._update_state()
        if getattr(self, "_edited", False):
            return
        self._filling = True
        try:
            text = desk_mail.covering_for(get_letter(self.letter_id), encrypt=self.encrypt.isChecked(),
                                          password_channel=self.channel.currentData(), extra_annexes=self.extra)
            self.body.setPlainText(text.body)
        except MailError as exc:
            self._show(translate_message(exc.message), error=True)
        finally:
            self._filling = False

    _filling = False

    def _choose_annexes(self) -> None:
        self.add_annexes(files.open_files(self, tr("Add annexes")))

    def add_annexes(self, paths) -> None:
        for path in paths:
            try:
                attachment = read_file(path, field="annexes")
            except InvalidCase as exc:
                self._show(translate_message(exc.problems), error=True)
                continue
            self.extra.append((attachment.filename, attachment.data))
            self.annexes.addItem(f"{attachment.filename} ({format_size(len(attachment.data))})")
        self._refresh_text()

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b02a37;" if error else "")
        self.status.setText(text)
        self.status.show()

    # -- sending ----------------------------------------------------------------------------------
    def send(self) -> workers.Worker | None:
        """Send off the UI thread; the dialog stays open (and the letter unsent) on a failure."""
        if self.worker is not None:
            return self.worker
        encrypt = self.encrypt.isChecked() and self.annexes.count() > 0
        values = dict(to=self.to.text().strip(), encrypt=encrypt,
                      password_channel=self.channel.currentData() if encrypt else "",
                      body=self.body.toPlainText() if self._edited else None, extra_annexes=list(self.extra))
        letter, clerk = get_letter(self.letter_id), self.clerk

        def job(progress):
            return desk_mail.send_letter(letter, clerk, **values)

        self.send_button.setEnabled(False)
        self._show(tr("Sending…"))
        self.worker = workers.Worker(job)
        self.worker.signals.done.connect(self._sent)
        self.worker.signals.failed.connect(self._failed)
        return workers.start(self.worker)

    def _failed(self, message) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        self._show(tr("Not sent: {0}").format(translate_message(message)), error=True)

    def _sent(self, sent: desk_mail.SentLetter) -> None:
        self.worker = None
        self.sent = sent
        lines = [tr("Sent to {0}; the server accepted it ({1}).").format(", ".join(sent.delivery.recipients),
                                                                          sent.message_id)]
        if sent.delivery.copy_problem is not None:
            lines.append(tr("The copy to the Sent folder failed: {0}").format(
                translate_message(sent.delivery.copy_problem.message)))
        if sent.zip_password:
            box = QMessageBox(QMessageBox.Icon.Information, tr("The ZIP password"),
                              tr("Give this password to the requester {0}. It is shown only now and never stored:"
                                 ).format(tr(CHANNEL_LABELS[self.channel.currentData()])),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("zip-password")
            box.setInformativeText(sent.zip_password)
            seam.launch(box)
        self._show("\n".join(lines))
        self.accept()


def send_letter_dialog(parent, letter_id: int, clerk: str) -> desk_mail.SentLetter | None:
    """Send… in the letters dialog: the result once sent, None when cancelled."""
    dialog = SendLetterDialog(letter_id, clerk, parent)
    seam.launch(dialog)
    return dialog.sent
