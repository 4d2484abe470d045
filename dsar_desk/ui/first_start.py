"""The first start asks the clerk's name and role: the assignee of the cases they take and the
signature of every letter (a letter is never signed with a login name)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from dsar_desk.settings import Settings
from dsar_desk.ui import geometry, seam
from dsar_desk.ui.text import tr


class ClerkDialog(QDialog):
    """Your name and role, as they go under the letters."""

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("clerk-name")
        self.setWindowTitle(tr("Who answers the requests?"))
        self.settings = settings or Settings()
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Your name and role go under every letter you make and name you as the assignee of the "
                          "cases you take. A letter is never signed with the computer's login name. You can change "
                          "them later in Preferences (Ctrl+,)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(objectName="clerk-name-edit")
        self.name.setText(self.settings.get("clerk_name") or "")
        self.name.setPlaceholderText(tr("e.g. Anna Peeters"))
        self.role = QLineEdit(objectName="clerk-role-edit")
        self.role.setText(self.settings.get("clerk_role") or "")
        self.role.setPlaceholderText(tr("e.g. Data protection officer"))
        form.addRow(tr("Your name"), self.name)
        form.addRow(tr("Your role"), self.role)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Later"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(bool(self.name.text().strip()))
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        geometry.fit(self, "clerk-name", (520, 240))

    def save(self) -> str:
        """Store the name and role; returns the name."""
        name = " ".join(self.name.text().split())
        self.settings.values.update({"clerk_name": name, "clerk_role": " ".join(self.role.text().split()),
                                     "first_start_done": True})
        self.settings.save()
        return name


def ask_clerk(window) -> bool:
    """At the first start (no name in the settings): ask it; True when the clerk gave it."""
    settings = Settings()
    if (settings.get("clerk_name") or "").strip():
        return False
    dialog = ClerkDialog(settings, window)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.name.text().strip():
        return False
    name = dialog.save()
    if hasattr(window, "clerk"):
        window.clerk = name
        if hasattr(window, "apply_filter"):
            window.apply_filter()
    return True
