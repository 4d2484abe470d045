"""An organisation's mail settings (Organisations… → Mail…): the IMAP and SMTP servers, the
passwords (into the OS keyring, never shown again), and "Test the connection", off the UI
thread, naming the step that failed (DNS, connection, TLS, login, folder)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from dsar_desk import secrets
from dsar_desk.desk import mail as desk_mail
from dsar_desk.mail.account import MailAccount
from dsar_desk.store.organisations import get_organisation, profile_of
from dsar_desk.ui import seam, workers
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import labelled, tr

log = logging.getLogger(__name__)

ERROR_STYLE = "border: 1px solid #b02a37;"
STEP_LABELS = {"dns": "server name (DNS)", "connect": "connection", "timeout": "connection (no answer)",
               "tls": "secure connection (TLS)", "login": "login", "folder": "folder", "sent-folder": "Sent folder",
               "protocol": "server's answer", "oauth": "sign-in (OAuth)", "settings": "settings", "server": "server"}
FIELD_LABELS = {"privacy_address": "Privacy address", "imap_host": "IMAP server", "imap_port": "IMAP port",
                "imap_security": "IMAP security", "smtp_host": "SMTP server", "smtp_port": "SMTP port",
                "smtp_security": "SMTP security", "auth": "Sign-in", "provider": "Provider",
                "oauth_client_id": "Client ID", "check_minutes": "Check every", "move_to": "Move handled to",
                "password": "Password"}


class MailSettingsDialog(QDialog):
    def __init__(self, slug: str, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("mail-settings")
        self.slug = slug
        self.clerk = clerk
        self.worker: workers.Worker | None = None
        self.results: list | None = None
        org = get_organisation(slug)
        self.setWindowTitle(tr("Mail settings of {0}").format(org.name))
        account = desk_mail.get_account(slug) or MailAccount(privacy_address=profile_of(org).email or "")
        self.account = account

        layout = QVBoxLayout(self)
        general = QFormLayout()
        self.privacy_address = QLineEdit(account.privacy_address, objectName="privacy_address")
        self.sender_name = QLineEdit(account.sender_name, objectName="sender_name")
        self.sender_name.setPlaceholderText(org.name)
        general.addRow(tr("Privacy address"), self.privacy_address)
        general.addRow(tr("Sender name"), self.sender_name)
        self.auth = QComboBox(objectName="auth")
        self.auth.addItem(tr("Password"), "password")
        self.auth.addItem(tr("XOAUTH2 (Microsoft 365, Google)"), "xoauth2")
        self.auth.setCurrentIndex(max(0, self.auth.findData(account.auth)))
        general.addRow(tr("Sign-in"), self.auth)
        self.provider = QComboBox(objectName="provider")
        for value, label in (("", tr("(none)")), ("microsoft", "Microsoft 365"), ("google", "Google")):
            self.provider.addItem(label, value)
        self.provider.setCurrentIndex(max(0, self.provider.findData(account.provider)))
        self.client_id = QLineEdit(account.oauth_client_id, objectName="oauth_client_id")
        self.tenant = QLineEdit(account.oauth_tenant, objectName="oauth_tenant")
        general.addRow(tr("Provider"), self.provider)
        general.addRow(tr("Client ID"), self.client_id)
        general.addRow(tr("Tenant"), self.tenant)
        layout.addLayout(general)
        self.auth.currentIndexChanged.connect(self._auth_changed)
        self._auth_changed()

        imap_box = QGroupBox(tr("Incoming mail (IMAP)"))
        imap = QFormLayout(imap_box)
        self.imap_host = QLineEdit(account.imap_host, objectName="imap_host")
        self.imap_port = self._port(account.imap_port, "imap_port")
        self.imap_security = self._security((("tls", tr("TLS")), ("starttls", "STARTTLS")), account.imap_security,
                                            "imap_security")
        self.imap_user = QLineEdit(account.imap_user, objectName="imap_user")
        self.imap_user.setPlaceholderText(tr("the privacy address"))
        self.imap_password = self._password("imap")
        self.imap_folder = QLineEdit(account.imap_folder, objectName="imap_folder")
        self.check_minutes = QSpinBox(objectName="check_minutes")
        self.check_minutes.setRange(1, 1440)
        self.check_minutes.setValue(account.check_minutes)
        self.check_minutes.setSuffix(tr(" min"))
        self.mark_seen = QCheckBox(tr("Mark fetched messages read on the server"), objectName="mark_seen")
        self.mark_seen.setChecked(account.mark_seen)
        imap.addRow(tr("Server"), self.imap_host)
        imap.addRow(tr("Port"), self.imap_port)
        imap.addRow(tr("Security"), self.imap_security)
        imap.addRow(tr("User"), self.imap_user)
        imap.addRow(tr("Password"), self.imap_password)
        imap.addRow(tr("Folder"), self.imap_folder)
        imap.addRow(tr("Check every"), self.check_minutes)
        imap.addRow("", self.mark_seen)
        layout.addWidget(imap_box)

        smtp_box = QGroupBox(tr("Outgoing mail (SMTP)"))
        smtp = QFormLayout(smtp_box)
        self.smtp_host = QLineEdit(account.smtp_host, objectName="smtp_host")
        self.smtp_port = self._port(account.smtp_port, "smtp_port")
        self.smtp_security = self._security((("starttls", "STARTTLS"), ("ssl", tr("SSL/TLS"))),
                                            account.smtp_security, "smtp_security")
        self.smtp_user = QLineEdit(account.smtp_user, objectName="smtp_user")
        self.smtp_user.setPlaceholderText(tr("the IMAP user"))
        self.smtp_password = self._password("smtp")
        self._auth_changed()
        smtp.addRow(tr("Server"), self.smtp_host)
        smtp.addRow(tr("Port"), self.smtp_port)
        smtp.addRow(tr("Security"), self.smtp_security)
        smtp.addRow(tr("User"), self.smtp_user)
        smtp.addRow(tr("Password"), self.smtp_password)
        layout.addWidget(smtp_box)

        self.ca_file = QLineEdit(account.ca_file, objectName="ca_file")
        self.ca_file.setPlaceholderText(tr("the system's trust store"))
        extra = QFormLayout()
        extra.addRow(tr("CA certificate file"), self.ca_file)
        layout.addLayout(extra)

        self.errors = QLabel(objectName="errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b02a37;")
        self.errors.hide()
        layout.addWidget(self.errors)
        self.test_result = QLabel(objectName="test-result")
        self.test_result.setWordWrap(True)
        self.test_result.hide()
        layout.addWidget(self.test_result)
        row = QHBoxLayout()
        self.test_button = QPushButton(tr("Test the connection"), objectName="test-connection")
        self.test_button.clicked.connect(self.test_connection)
        row.addWidget(self.test_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.field_widgets = {"privacy_address": self.privacy_address, "imap_host": self.imap_host,
                              "imap_port": self.imap_port, "imap_security": self.imap_security,
                              "smtp_host": self.smtp_host, "smtp_port": self.smtp_port,
                              "smtp_security": self.smtp_security, "auth": self.auth, "provider": self.provider,
                              "oauth_client_id": self.client_id, "check_minutes": self.check_minutes}
        self.resize(560, 760)

    def _auth_changed(self) -> None:
        oauth = self.auth.currentData() == "xoauth2"
        for widget in (self.provider, self.client_id, self.tenant):
            widget.setEnabled(oauth)
        for which in ("imap_password", "smtp_password"):
            edit = getattr(self, which, None)
            if edit is not None:
                edit.setEnabled(not oauth)

    # -- widgets ----------------------------------------------------------------------------------
    @staticmethod
    def _port(value: int | None, name: str) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(0, 65535)
        box.setSpecialValueText(tr("default"))
        box.setValue(value or 0)
        return box

    @staticmethod
    def _security(choices, current: str, name: str) -> QComboBox:
        box = QComboBox(objectName=name)
        for value, label in choices:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    def _password(self, which: str) -> QLineEdit:
        edit = QLineEdit(objectName=f"{which}_password")
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        stored = desk_mail.has_password(self.slug, which)
        edit.setPlaceholderText(tr("stored in the keyring (type to replace)") if stored else tr("not stored yet"))
        return edit

    def account_from_form(self) -> MailAccount:
        return MailAccount(
            privacy_address=self.privacy_address.text().strip(), sender_name=self.sender_name.text().strip(),
            imap_host=self.imap_host.text().strip(), imap_port=self.imap_port.value() or None,
            imap_security=self.imap_security.currentData(), imap_user=self.imap_user.text().strip(),
            imap_folder=self.imap_folder.text().strip() or "INBOX", sent_folder=self.account.sent_folder,
            smtp_host=self.smtp_host.text().strip(), smtp_port=self.smtp_port.value() or None,
            smtp_security=self.smtp_security.currentData(), smtp_user=self.smtp_user.text().strip(),
            auth=self.auth.currentData(), provider=self.provider.currentData(),
            oauth_client_id=self.client_id.text().strip(), oauth_tenant=self.tenant.text().strip(),
            ca_file=self.ca_file.text().strip(), check_minutes=self.check_minutes.value(),
            mark_seen=self.mark_seen.isChecked(), move_to=self.account.move_to, extra=dict(self.account.extra))

    def passwords(self) -> dict[str, str]:
        return {"imap": self.imap_password.text(), "smtp": self.smtp_password.text()}

    def show_problems(self, problems) -> None:
        for widget in self.field_widgets.values():
            widget.setStyleSheet("")
        lines = []
        for p in problems:
            lines.append("• " + labelled(tr(FIELD_LABELS.get(p.field, p.field)), translate_message(p.message)))
            widget = self.field_widgets.get(p.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    # -- test, save -------------------------------------------------------------------------------
    def test_connection(self) -> workers.Worker | None:
        """The settings as typed (not saved yet), tried off the UI thread."""
        from dsar_desk.mail.account import check_account

        account = self.account_from_form()
        problems = check_account(account)
        self.show_problems(problems)
        if problems or self.worker is not None:
            return None
        slug, passwords = self.slug, self.passwords()
        self.results = None
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(tr("Testing the connection…"))
        self.test_result.show()
        self.worker = workers.Worker(lambda progress: desk_mail.test_connection(slug, account, passwords))
        self.worker.signals.done.connect(self._tested)
        self.worker.signals.failed.connect(self._test_failed)
        return workers.start(self.worker)

    def _tested(self, results) -> None:
        self.worker = None
        self.results = results
        self.test_button.setEnabled(True)
        lines, ok = [], True
        for which, check in results:
            name = "IMAP" if which == "imap" else "SMTP"
            if check.ok:
                lines.append(f"✓ {name}: {translate_message(check.message)}")
            else:
                ok = False
                lines.append(f"✗ {name}: " + tr("{0} failed: {1}").format(
                    tr(STEP_LABELS.get(check.failed, check.failed or "")), translate_message(check.message)))
        self.test_result.setStyleSheet("" if ok else "color: #b02a37;")
        self.test_result.setText("\n".join(lines) or tr("No server to test: give the IMAP or the SMTP server."))

    def _test_failed(self, message) -> None:
        self.worker = None
        self.test_button.setEnabled(True)
        self.test_result.setStyleSheet("color: #b02a37;")
        self.test_result.setText(translate_message(message))

    def save(self) -> bool:
        account = self.account_from_form()
        try:
            desk_mail.save_account(self.slug, account, self.clerk)
            for which, password in self.passwords().items():
                if password:
                    desk_mail.set_password(self.slug, which, password)
        except desk_mail.InvalidMail as exc:
            self.show_problems(exc.problems)
            return False
        except secrets.SecretStoreError as exc:
            seam.message(self, tr("The password was not stored"), str(exc))
            return False
        self.accept()
        return True


def open_mail_settings(parent, slug: str | None, clerk: str) -> bool:
    if not slug:
        return False
    return seam.launch(MailSettingsDialog(slug, clerk, parent)) == QDialog.DialogCode.Accepted
