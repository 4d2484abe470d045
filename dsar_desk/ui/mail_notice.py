"""Art. 19 notices from the checklist: an open "inform recipient" item sends its notice by e-mail
to the recipient's contact address (off the UI thread) and is closed with the Message-ID."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from dsar_desk.desk import mail as desk_mail
from dsar_desk.mail.covering import recipient_notice
from dsar_desk.mail.errors import MailError
from dsar_desk.store.organisations import profile_of
from dsar_desk.ui import seam, workers
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import tr


def notice_item(case, position):
    """(item, recipient, address) when the item at ``position`` is an open "inform recipient" one."""
    for item, recipient, address in desk_mail.notice_targets(case):
        if item.position == position:
            return item, recipient, address
    return None


class NoticeDialog(QDialog):
    def __init__(self, case, item, recipient: dict, address: str, parent=None):
        super().__init__(parent)
        self.setObjectName("send-notice")
        self.setWindowTitle(tr("Send the notice (Art. 19)"))
        form = QFormLayout(self)
        form.addRow(tr("Recipient"), QLabel(item.target_name))
        self.to = QLineEdit(address, objectName="to")
        self.to.setPlaceholderText(tr("the recipient's contact address ([[recipient]] email in the profile)"))
        form.addRow(tr("To"), self.to)
        preview = QPlainTextEdit(objectName="preview")
        preview.setReadOnly(True)
        profile = profile_of(case.organisation)
        try:
            text = recipient_notice(profile.default_language, action=item.right, reference=case.reference,
                                    organisation=profile.name, recipient=item.target_name,
                                    requester_name=case.requester_name, requester_email=case.requester_email)
            preview.setPlainText(f"{text.subject}\n\n{text.body}")
        except MailError as exc:
            preview.setPlainText(translate_message(exc.message))
        form.addRow(tr("Notice"), preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        send = buttons.addButton(tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        send.setObjectName("send")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 480)


def send_notice(panel, case, position) -> workers.Worker | None:
    """Ask for the address (the profile's by default), then send off the UI thread; the panel
    reloads once the item is closed, or shows the server's reason."""
    found = notice_item(case, position)
    if found is None:
        panel._show_problem(tr("Choose an open item that informs a recipient."))
        return None
    item, recipient, address = found
    dialog = NoticeDialog(case, item, recipient, address, panel)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return None
    to, clerk, case_id, item_id = dialog.to.text().strip() or None, panel.clerk, case.id, item.id

    def job(progress):
        from dsar_desk.store.cases import get_case_by_id

        return desk_mail.send_notice(get_case_by_id(case_id), item_id, clerk, to=to)

    worker = workers.Worker(job)
    panel.notice_worker = worker

    def done(_delivery):
        panel.notice_worker = None
        panel.load(panel._case())
        panel.changed.emit()

    def failed(message):
        panel.notice_worker = None
        panel._show_problem(tr("The notice was not sent: {0}").format(translate_message(message)))

    worker.signals.done.connect(done)
    worker.signals.failed.connect(failed)
    panel._show_problem(tr("Sending the notice…"))
    return workers.start(worker)
