"""The attachment key on screen: the recovery code of a new key (shown once), the passphrase where
no keyring works, restoring the key from its recovery code, and saving a decrypted copy.

:func:`ensure_attachment_key` makes sure attachments can be encrypted this session; the rules of
the key are in :mod:`dsar_desk.desk.keys`.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from dsar_desk.desk import attachments as attachment_desk
from dsar_desk.desk import keys
from dsar_desk.ui import seam
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_long_date, labelled, tr
from dsar_desk.vault import VaultError

_kept: set[QDialog] = set()  # non-modal dialogs shown without a parent that must outlive it


def _mono() -> object:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class KeySetupDialog(QDialog):
    """The recovery code of a new key, shown once, with what it means."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.setObjectName("key-setup")
        self.setWindowTitle(tr("Recovery code of the attachment key"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with "
            "a key kept in this computer's keyring (or derived from your passphrase). Here is the key's "
            "recovery code. It is shown only this once: write it down or print it and keep it somewhere "
            "safe, away from this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QLabel(code, objectName="recovery-code")
        self.code.setFont(_mono())
        self.code.setStyleSheet("font-size: 13pt; padding: 8px; border: 1px solid palette(mid);")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        layout.addWidget(self.code)
        warning = QLabel(tr(
            "Without the key or this code, nobody can read the attachments, not even you. Entering the "
            "code restores access on a new computer or for a teammate (File › Security…)."))
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: 600;")
        layout.addWidget(warning)
        row = QHBoxLayout()
        self.copy_button = QPushButton(tr("Copy"), objectName="copy-code")
        self.copy_button.setToolTip(tr("Copy the code, to paste it into your password manager"))
        self.copy_button.clicked.connect(self.copy_code)
        self.print_button = QPushButton(tr("Print…"), objectName="print-code")
        self.print_button.clicked.connect(self.print_code)
        row.addWidget(self.copy_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirm = QCheckBox(tr("I have written down, printed or stored the recovery code"),
                                 objectName="written-down")
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.code_text = code
        self.resize(600, 340)

    def copy_code(self) -> None:
        """On the clipboard (the clerk pastes it into a password manager; it is not kept anywhere else)."""
        QGuiApplication.clipboard().setText(self.code_text)
        self.copy_button.setText(tr("Copied"))

    def document(self) -> QTextDocument:
        """The page printed: what the code is for, the code, the date."""
        doc = QTextDocument()
        doc.setHtml("<h2>{}</h2><p>{}</p><p style='font-family: monospace; font-size: 16pt'>{}</p><p>{}</p>".format(
            html.escape(tr("DSAR Desk: recovery code of the attachment key")),
            html.escape(tr("Keep this page somewhere safe, away from the computer. With it, the attachments of the "
                           "database can be opened on a new computer (File › Security…).")),
            html.escape(self.code_text),
            html.escape(tr("Printed on {0}").format(format_long_date(date.today())))))
        return doc

    def print_code(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName("dsar-desk-recovery-code")
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print the recovery code"))
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.document().print_(dialog.printer())
        return True


def show_recovery_code(code: str, parent=None) -> KeySetupDialog:
    """Show the code without blocking the work just done (the attachment is already saved)."""
    dialog = KeySetupDialog(code, None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _kept.add(dialog)
    dialog.finished.connect(lambda _=0, d=dialog: _kept.discard(d))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class PassphraseDialog(QDialog):
    """The passphrase of the attachments, where no keyring works. ``setup`` asks it twice."""

    def __init__(self, explanation: str, setup: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("passphrase")
        self.setup = setup
        self.setWindowTitle(tr("Choose a passphrase for the attachments") if setup
                            else tr("Passphrase of the attachments"))
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase = QLineEdit(objectName="passphrase-1")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Passphrase"), self.passphrase)
        self.again = QLineEdit(objectName="passphrase-2")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if setup:
            form.addRow(tr("Again"), self.again)
        layout.addLayout(form)
        note = QLabel(tr("Asked once per session; DSAR Desk never writes it down.") if not setup else tr(
            "At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will "
            "also get a recovery code."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(objectName="errors")
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def _check(self) -> None:
        if self.setup and self.passphrase.text() != self.again.text():
            self.error.setText(tr("The two passphrases differ."))
            self.error.show()
            return
        if not self.passphrase.text():
            self.error.setText(tr("The passphrase is empty."))
            self.error.show()
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


class RestoreKeyDialog(QDialog):
    """Type the recovery code to open the attachments on this computer."""

    def __init__(self, explanation: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("restore-key")
        self.setWindowTitle(tr("Restore the attachment key"))
        layout = QVBoxLayout(self)
        text = QLabel(explanation or tr("Type the recovery code shown when the key was made (14 groups of 4)."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code = QLineEdit(objectName="code")
        self.code.setFont(_mono())
        layout.addWidget(self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(600, 160)


def _warn(parent, title: str, text) -> None:
    seam.message(parent, title, text, icon=QMessageBox.Icon.Warning)


def ensure_attachment_key(parent=None) -> bool:
    """True once attachments can be encrypted and opened this session; False if the clerk gave up.

    A key made now has its recovery code shown (once). Where no keyring works the clerk reads
    what to install and may choose or type a passphrase instead.
    """
    for _ in range(5):
        try:
            keys.current_key()
        except keys.KeyNeeded as exc:
            if exc.need in (keys.NEED_PASSPHRASE_SETUP, keys.NEED_PASSPHRASE):
                setup = exc.need == keys.NEED_PASSPHRASE_SETUP
                explanation = tr(
                    "No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. "
                    "On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. "
                    "'sudo apt install gnome-keyring'), then log out and in again. Or use a passphrase: "
                    "the key is derived from it and never written anywhere.") if setup else tr(
                    "The attachments of this database are locked with a passphrase. Type it to open them "
                    "for this session.")
                dialog = PassphraseDialog(explanation, setup, parent)
                if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                    return False
                try:
                    if setup:
                        code = keys.setup_passphrase(dialog.value())
                        show_recovery_code(code, parent)
                    else:
                        keys.unlock_with_passphrase(dialog.value())
                except VaultError as err:
                    _warn(parent, tr("Passphrase not accepted"), err)
                continue
            dialog = RestoreKeyDialog(translate_message(exc), parent)
            if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                return False
            try:
                keys.restore_from_code(dialog.code.text())
            except (VaultError, keys.SecretStoreError) as err:
                _warn(parent, tr("Recovery code not accepted"), err)
            continue
        except keys.SecretStoreError as exc:
            _warn(parent, tr("Keyring"), exc)
            return False
        code = keys.take_recovery_code()
        if code:
            show_recovery_code(code, parent)
        return True
    return False


# --------------------------------------------------------------------------- the check


def save_attachment_copy(case_detail, attachment_id: int, target: Path) -> bool:
    """Decrypt an attachment into a file the clerk chose; "opened" goes in the timeline."""
    if not ensure_attachment_key(case_detail):
        return False
    try:
        data = attachment_desk.open_attachment(attachment_id, case_detail.clerk, "opened (saved as a copy)")
    except keys.AttachmentPurged:
        _warn(case_detail, tr("Not possible"), tr("This ID copy was deleted at the end of its retention."))
        return False
    except (VaultError, keys.KeyNeeded) as exc:
        _warn(case_detail, tr("Not possible"), exc)
        return False
    try:
        target.write_bytes(data)
    except OSError as exc:
        _warn(case_detail, tr("Not possible"), labelled(target.name, exc.strerror or ""))
        return False
    case_detail._done()
    return True
