"""Mail in the desktop app, offscreen, against the real test servers: a message file dropped or
imported fills the intake as proposals; the Inbox and its actions; the mailbox rounds and their
banner; Send… of a letter with the ZIP password shown once; the mail settings and their test."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPlainTextEdit, QPushButton, QWidget

from dsar_desk.desk import mail as desk_mail
from dsar_desk.desk.attachments import attachment_data
from dsar_desk.desk.letters import make_letter
from dsar_desk.mail.securezip import open_annexes
from dsar_desk.store.cases import attachments_of, get_case
from dsar_desk.store.models import Letter
from dsar_desk.ui.intake import IntakeDialog
from tests.mail.conftest import dovecot, dovecot_server, pki, sample, smtp_server  # noqa: F401 - fixtures
from tests.mail.desk_setup import CLERK, configure, email


def drop(widget, paths) -> None:
    """What a drag from the file manager sends: enter (accepted or not by the widget), then drop."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = widget.rect().center()
    buttons, modifiers = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, data, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, data, buttons, modifiers))


def test_an_eml_dropped_on_the_main_window_opens_the_intake_with_proposals(window, answers, qtbot, sample, tmp_path,
                                                                           smtp_server, pki):
    queue, seen = answers
    configure("ecomarket", pki, smtp=smtp_server)  # the message's To is ECOmarket's privacy address
    path = tmp_path / "verzoek.eml"
    path.write_bytes(sample("nl-inzage-base64.eml"))
    checked = {}

    def confirm(dialog):
        assert isinstance(dialog, IntakeDialog)
        fields = dialog.fields
        checked.update(name=fields.name.text(), email=fields.email.text(), channel=fields.channel.currentData(),
                       rights=[r for r, box in fields.rights.items() if box.isChecked()],
                       marked=[r for r, box in fields.rights.items() if box.styleSheet()],
                       language=fields.language.currentData(), received=fields.received.date().toString(Qt.ISODate),
                       note=dialog.proposal_note.text())
        dialog.save()
        return dialog.result()

    queue.append(confirm)
    drop(window, [path])
    qtbot.waitUntil(lambda: len(seen) == 1 and seen[0].created_reference is not None, timeout=5000)
    assert checked["name"] == "Jan Peeters" and checked["email"] == "jan.peeters@telenet.example"  # its Reply-To
    assert checked["channel"] == "email" and checked["received"] == "2026-03-03" and checked["language"] == "nl"
    assert checked["rights"] == ["access", "erasure"] == checked["marked"]  # ticked, and marked as proposals
    assert "proposals" in checked["note"]
    case = get_case(seen[0].created_reference)
    assert {a.filename: attachment_data(a.id) for a in attachments_of(case)}["verzoek.eml"] == path.read_bytes()


def test_file_import_a_message_and_a_drop_on_the_intake(window, answers, qtbot, sample, tmp_path):
    queue, seen = answers
    path = tmp_path / "effacement.eml"
    path.write_bytes(sample("fr-effacement-qp.eml"))

    def choose(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        return QDialog.DialogCode.Accepted

    def cancel(dialog):
        # no mail settings name the address it was sent to: the clerk picks the organisation, which proposes again
        dialog.fields.organisation.setCurrentIndex(dialog.fields.organisation.findData("ecomarket"))
        assert dialog.fields.language.currentData() == "fr" and dialog.fields.rights["erasure"].isChecked()
        assert dialog.fields.language.styleSheet()  # marked: proposed from the text
        return QDialog.DialogCode.Rejected

    queue += [choose, cancel]
    assert window.mail.choose_message() is None  # cancelled: nothing made
    assert len(seen) == 2 and window.model.rowCount() == 0
    # dropped on an open intake, it fills the intake too
    intake = IntakeDialog(CLERK, window)
    qtbot.addWidget(intake)
    drop(intake, [path])
    assert intake.fields.email.text() == "elodie.dupont@example.fr" and intake.message_source[0] == "file"


def test_a_broken_file_is_one_message_never_a_traceback(window, answers, sample, tmp_path):
    queue, seen = answers
    path = tmp_path / "broken.eml"
    path.write_bytes(sample("broken.eml"))
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    assert window.mail.import_message(path) is None
    assert isinstance(seen[0], QMessageBox) and "cannot be read as an e-mail" in seen[0].text()


def wait_round(qtbot, window):
    with qtbot.waitSignal(window.mail.round_done, timeout=20_000) as blocker:
        window.mail.fetch_now()
    return blocker.args[0]


def test_the_inbox_rounds_and_actions(window, answers, qtbot, sample, dovecot, pki):
    queue, seen = answers
    configure("ecomarket", pki, dovecot=dovecot)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    dovecot.deliver(sample("fr-effacement-qp.eml"))
    dovecot.deliver(email(subject="Weekly offers", body="Buy now", message_id="<offers@example.com>"))
    reports = wait_round(qtbot, window)
    assert [r.new for r in reports] == [3] and not window.mail.banner.isVisible()
    window.inbox_action = window.mail.inbox_action
    window.mail.inbox_action.trigger()
    inbox = window.mail.inbox
    assert inbox.table.rowCount() == 3 and inbox.windowTitle().endswith("(3)")
    subjects = [r.subject for r in inbox.rows]
    # make a case: the intake, filled in from the message
    inbox.select(inbox.rows[subjects.index("Verzoek om inzage in mijn persoonsgegevens")].id)
    assert "inzage" in inbox.preview.toPlainText().lower()

    def save(dialog):
        assert dialog.fields.rights["access"].isChecked() and dialog.fields.name.text() == "Jan Peeters"
        dialog.save()
        return dialog.result()

    queue.append(save)
    reference = inbox.make_case()
    assert reference and inbox.table.rowCount() == 2 and window.model.rowCount() >= 1
    # add to a case
    inbox.select(next(r.id for r in inbox.rows if r.subject.startswith("Demande")))

    def give_reference(dialog):
        dialog.reference.setText(reference)
        return QDialog.DialogCode.Accepted

    queue.append(give_reference)
    assert inbox.add_to_case() == reference and len(attachments_of(get_case(reference))) == 2
    # not a request
    queue.append(lambda box: QMessageBox.StandardButton.Yes)
    assert inbox.not_a_request() and inbox.table.rowCount() == 0
    assert wait_round(qtbot, window)[0].new == 0  # none comes back


def test_a_refused_login_is_a_banner_and_the_next_round_clears_it(window, qtbot, sample, dovecot, pki):
    configure("ecomarket", pki, dovecot=dovecot)
    desk_mail.set_password("ecomarket", "imap", "not the password")
    reports = wait_round(qtbot, window)
    assert reports[0].problem.kind == "login"
    banner = window.mail.banner
    assert banner.isVisible() and "ECOMARKET" in banner.text() and "refused the login" in banner.text()
    assert "Traceback" not in banner.text() and "{" not in banner.text()
    desk_mail.set_password("ecomarket", "imap", dovecot.password)
    dovecot.deliver(sample("nl-inzage-base64.eml"))
    assert wait_round(qtbot, window)[0].new == 1 and not banner.isVisible()


def test_send_a_letter_from_the_letters_dialog_with_the_zip_password_shown_once(window, answers, qtbot, smtp_server,
                                                                                  pki, tmp_path, db_path):
    from dsar_desk.ui.letters import LettersDialog
    from dsar_desk.ui.mail_send import SendLetterDialog

    queue, seen = answers
    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<g@example.be>"), "g.eml", CLERK)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    letters = LettersDialog(case.id, CLERK, parent=window)
    qtbot.addWidget(letters)
    assert letters.email_button.isEnabled()
    annex = tmp_path / "orders.csv"
    annex.write_bytes(b"order;total\n1;12.50\n")
    shown = {}

    def send(dialog):
        assert isinstance(dialog, SendLetterDialog)
        assert dialog.to.text() == "jan.peeters@example.be" and case.reference in dialog.body.toPlainText()
        dialog.add_annexes([annex])
        dialog.encrypt.setChecked(True)
        dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
        assert "ZIP" in dialog.body.toPlainText()
        dialog.send()
        qtbot.waitUntil(lambda: dialog.sent is not None, timeout=20_000)
        return dialog.result()

    def password_box(box):
        shown["password"] = box.informativeText()
        return QMessageBox.StandardButton.Ok

    queue += [send, password_box]
    sent = letters.send_email()
    assert sent is not None and shown["password"] == sent.zip_password
    assert Letter.get_by_id(letter.id).sent_method == "email" and not letters.email_button.isEnabled()
    back = BytesParser(policy=policy.default).parsebytes(smtp_server.received[0].data)
    zipped = next(p for p in back.iter_attachments() if p.get_filename().endswith(".zip")).get_content()
    assert open_annexes(zipped, shown["password"]) == {"orders.csv": annex.read_bytes()}
    assert shown["password"].encode() not in db_path.read_bytes()


def test_a_refused_send_stays_in_the_dialog_with_the_reason(window, qtbot, smtp_server, pki):
    from dsar_desk.ui.mail_send import SendLetterDialog

    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<h@example.be>"), "h.eml", CLERK)
    letter = make_letter(case, "acknowledgement", None, CLERK)
    smtp_server.refuse.add("jan.peeters@example.be")
    dialog = SendLetterDialog(letter.id, CLERK, window)
    qtbot.addWidget(dialog)
    dialog.send()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.send_button.isEnabled(), timeout=20_000)
    assert dialog.sent is None and dialog.status.text().startswith("Not sent")
    assert not Letter.get_by_id(letter.id).is_sent


def test_mail_settings_test_the_connection_and_save(window, answers, qtbot, dovecot, smtp_server, pki, memory_keyring):
    from dsar_desk.ui.mail_settings import MailSettingsDialog
    from dsar_desk.ui.organisations import OrganisationsDialog
    from tests.mail.servers import free_port

    queue, seen = answers
    dialog = MailSettingsDialog("ecomarket", CLERK, window)
    qtbot.addWidget(dialog)
    dialog.privacy_address.setText("privacy@ecomarket.test")
    dialog.imap_host.setText("127.0.0.1")
    dialog.imap_port.setValue(dovecot.imaps_port)
    dialog.imap_user.setText(dovecot.user)
    dialog.imap_password.setText(dovecot.password)
    dialog.smtp_host.setText("127.0.0.1")
    dialog.smtp_port.setValue(free_port())  # nobody there
    dialog.smtp_user.setText(smtp_server.user)
    dialog.smtp_password.setText(smtp_server.password)
    dialog.ca_file.setText(str(pki.ca_file))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.results is not None, timeout=20_000)
    text = dialog.test_result.text()
    assert "✓ IMAP" in text and "✗ SMTP: connection failed" in text
    dialog.smtp_port.setValue(smtp_server.port)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.results is not None and dialog.worker is None, timeout=20_000)
    assert "✗" not in dialog.test_result.text()
    dialog.privacy_address.setText("not an address")
    assert not dialog.save() and "Privacy address" in dialog.errors.text()
    dialog.privacy_address.setText("privacy@ecomarket.test")
    assert dialog.save()
    assert desk_mail.get_account("ecomarket").imap_port == dovecot.imaps_port
    assert dovecot.password in memory_keyring.store.values()
    # reachable from Organisations…
    orgs = OrganisationsDialog(window)
    qtbot.addWidget(orgs)
    orgs.select("ecomarket")
    queue.append(lambda d: QDialog.DialogCode.Rejected)
    orgs.mail_settings()
    assert seen[-1].objectName() == "mail-settings" and seen[-1].imap_password.text() == ""
    assert "keyring" in seen[-1].imap_password.placeholderText()


__all__ = ["dovecot", "dovecot_server", "pki", "sample", "smtp_server"]


def test_identity_received_is_a_proposal_on_the_case(window, qtbot, dovecot, pki):
    from dsar_desk.desk.cases import request_identity

    configure("ecomarket", pki, dovecot=dovecot)
    case = desk_mail.import_message("ecomarket", email(subject="Inzage", body="Ik vraag inzage in mijn gegevens.",
                                                       message_id="<i@example.be>"), "i.eml", CLERK)
    request_identity(case, CLERK)
    dovecot.deliver(email(subject=f"Re: {case.reference}", body="Hierbij mijn identiteitskaart.",
                          message_id="<i2@example.be>",
                          attachments=(("identiteitskaart.jpg", "image/jpeg", b"\xff\xd8\xff scan"),)))
    assert wait_round(qtbot, window)[0].identity == [case.reference]
    detail = window.open_case(case.id)
    button = detail.findChild(QPushButton, "identity-received")
    assert button.text() == "Identity received?" and "identiteitskaart.jpg" in button.toolTip()
    assert get_case(case.reference).status == "awaiting-identity"  # nothing applied until the clerk confirms


def test_an_art19_notice_from_the_checklist(window, answers, qtbot, smtp_server, pki):
    from dsar_desk.desk.organisations import import_profile
    from dsar_desk.resources import resource
    from dsar_desk.store.checklist import get_item

    queue, seen = answers
    text = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")
    import_profile(text.replace('id = "bpost"', 'id = "bpost"\nemail = "privacy@bpost.test"', 1))
    configure("ecomarket", pki, smtp=smtp_server)
    case = desk_mail.import_message("ecomarket", email(subject="Verwijderen", body="Verwijder al mijn gegevens.",
                                                       message_id="<n@example.be>"), "n.eml", CLERK)
    item = next(i for i, _r, address in desk_mail.notice_targets(case) if address)
    detail = window.open_case(case.id)
    panel = detail.findChild(QWidget, "checklist-panel")
    panel.select(item.position)
    assert not panel.notice.isHidden() and panel.notice.isEnabled()

    def confirm(dialog):
        assert dialog.to.text() == "privacy@bpost.test" and "19" in dialog.findChild(QPlainTextEdit).toPlainText()
        return QDialog.DialogCode.Accepted

    queue.append(confirm)
    panel.notice.click()
    qtbot.waitUntil(lambda: panel.notice_worker is None and get_item(case, item.position).state == "done",
                    timeout=20_000)
    assert smtp_server.received[0].rcpt_tos == ["privacy@bpost.test"]
    assert "Message-ID" in get_item(case, item.position).note
