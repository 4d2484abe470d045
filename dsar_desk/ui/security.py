"""Security…: which keyring keeps the secrets, the attachment key, and after how many days an
unanswered identity request deserves a reminder.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from dsar_desk.desk import backup as backup_desk
from dsar_desk.desk import identity as desk
from dsar_desk.desk import keys
from dsar_desk.store import identity as idstore
from dsar_desk.store.organisations import get_organisation, list_organisations
from dsar_desk.ui import seam
from dsar_desk.ui.keys import RestoreKeyDialog, _warn, ensure_attachment_key
from dsar_desk.ui.text import tr
from dsar_desk.vault import VaultError


class SecurityDialog(QDialog):
    """Where secrets go: the keyring in use, the attachment key, reminders of identity requests."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("security")
        self.setWindowTitle(tr("Security"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keyring = QLabel(objectName="keyring")
        self.keyring.setWordWrap(True)
        self.key = QLabel(objectName="key")
        self.key.setWordWrap(True)
        form.addRow(tr("Keyring"), self.keyring)
        form.addRow(tr("Attachment key"), self.key)
        layout.addLayout(form)
        row = QHBoxLayout()
        restore = QPushButton(tr("Restore from recovery code…"), objectName="restore")
        restore.clicked.connect(self.restore)
        self.unlock = QPushButton(tr("Unlock with passphrase…"), objectName="unlock")
        self.unlock.clicked.connect(self.unlock_now)
        row.addWidget(restore)
        row.addWidget(self.unlock)
        row.addStretch(1)
        layout.addLayout(row)

        reminders = QGroupBox(tr("Remind me when a requester has not answered an identity request after"))
        rform = QFormLayout(reminders)
        self.reminder_days: dict[str, QSpinBox] = {}
        for org in list_organisations():
            spin = QSpinBox(objectName=f"reminder-{org.slug}")
            spin.setRange(1, 365)
            spin.setSuffix(tr(" days"))
            spin.setValue(idstore.reminder_days(org))
            self.reminder_days[org.slug] = spin
            rform.addRow(org.name, spin)
        layout.addWidget(reminders)
        backups = QGroupBox(tr("Backups"))
        bform = QFormLayout(backups)
        self.backups_kept = QSpinBox(objectName="backups-kept")
        self.backups_kept.setRange(1, 365)
        self.backups_kept.setSuffix(tr(" days"))
        self.backups_kept.setValue(backup_desk.kept())
        bform.addRow(tr("Keep the daily backups of the last"), self.backups_kept)
        layout.addWidget(backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(560, 320)

    def refresh(self) -> None:
        state = keys.state()
        if state["keyring_works"]:
            self.keyring.setText(tr("{0} — secrets (the attachment key, later passwords) are kept there, never in "
                                    "a file").format(state["keyring"]))
        else:
            self.keyring.setText(tr("None works on this computer. On Linux, install and unlock a Secret Service "
                                    "(GNOME Keyring or KWallet, e.g. 'sudo apt install gnome-keyring'). Until then "
                                    "the attachments use a passphrase, asked once per session."))
        if not state["key_id"]:
            self.key.setText(tr("none yet (made with the first attachment)"))
        else:
            where = tr("derived from a passphrase") if state["passphrase"] else tr("in the keyring")
            status = tr("unlocked") if state["unlocked"] else tr("not unlocked yet this session")
            self.key.setText(tr("id {0}, {1}; {2}").format(state["key_id"], where, status))
        self.unlock.setVisible(bool(state["passphrase"]))

    def restore(self) -> None:
        dialog = RestoreKeyDialog(parent=self)
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            where = keys.restore_from_code(dialog.code.text())
        except (VaultError, keys.SecretStoreError) as err:
            _warn(self, tr("Recovery code not accepted"), err)
            return
        seam.message(self, tr("Key restored"), tr("The key is back in the keyring.") if where == "keyring"
                     else tr("The key opens the attachments for this session (no keyring works here)."))
        self.refresh()

    def unlock_now(self) -> None:
        ensure_attachment_key(self)
        self.refresh()

    def save(self) -> None:
        for slug, spin in self.reminder_days.items():
            desk.set_reminder_days(get_organisation(slug), spin.value())
        backup_desk.set_kept(self.backups_kept.value())
        self.accept()


def open_security(parent=None) -> int:
    return seam.launch(SecurityDialog(parent))


