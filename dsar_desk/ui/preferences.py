"""The clerk's preferences: name and role (on letters, "Mine"), interface language, reminders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from dsar_desk.settings import Settings
from dsar_desk.ui import geometry, i18n, seam
from dsar_desk.ui.text import tr
from dsar_desk.ui.unsaved import EditGuard


class PreferencesDialog(QDialog):
    """Reads and writes dsar_desk.settings; the language applies to windows opened afterwards
    and fully at the next start (the open windows keep their words)."""

    def __init__(self, settings: Settings | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(tr("Preferences"))
        self.settings = settings or Settings()
        layout = QVBoxLayout(self)
        form = QFormLayout()

        self.clerk_name = QLineEdit(objectName="clerk-name")
        self.clerk_name.setText(self.settings.get("clerk_name") or "")
        self.clerk_name.setPlaceholderText(tr("As it goes under the letters, e.g. Anna Peeters"))
        form.addRow(tr("Your name"), self.clerk_name)
        self.clerk_role = QLineEdit(objectName="clerk-role")
        self.clerk_role.setText(self.settings.get("clerk_role") or "")
        self.clerk_role.setPlaceholderText(tr("e.g. Data protection officer"))
        form.addRow(tr("Your role (under your name on letters)"), self.clerk_role)

        self.language = QComboBox(objectName="ui-language")
        self.language.addItem(tr("System default"), "")
        for code in i18n.SUPPORTED:
            self.language.addItem(i18n.NATIVE_NAMES[code], code)
        index = self.language.findData(self.settings.get("ui_language") or "")
        self.language.setCurrentIndex(max(0, index))
        form.addRow(tr("Interface language"), self.language)

        self.remind = QSpinBox(objectName="remind-days")
        self.remind.setRange(1, 60)
        self.remind.setValue(self.settings.soon_days)
        self.remind.setSuffix(tr(" days"))
        form.addRow(tr("Remind me of cases due within"), self.remind)
        layout.addLayout(form)

        self.note = QLabel(tr("A new interface language is used by the windows you open from now on, "
                              "and everywhere after DSAR Desk is restarted."), objectName="language-note")
        self.note.setWordWrap(True)
        self.note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda _: self.note.setVisible(self.language.currentData() != (self.settings.get("ui_language") or "")))
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit in (self.clerk_name, self.clerk_role):  # the hints read in full, in every language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        geometry.fit(self, "preferences", (max(560, self.sizeHint().width()), self.sizeHint().height()))
        self.guard = EditGuard(self)
        self.guard.mark_clean()

    def reject(self) -> None:
        """Esc, Cancel or closing: changed preferences are not dropped silently."""
        if self.guard.allows_leaving(self._save_for_guard):
            super().reject()

    def _save_for_guard(self) -> bool:
        self.accept()  # open_preferences saves an accepted dialog
        return False

    def language_changed(self) -> bool:
        return self.language.currentData() != (self.settings.get("ui_language") or "")

    def save(self) -> bool:
        """Store the choices; returns True when the interface language changed (and is now loaded)."""
        changed = self.language_changed()
        self.settings.values.update({
            "clerk_name": self.clerk_name.text().strip(),
            "clerk_role": self.clerk_role.text().strip(),
            "ui_language": self.language.currentData() or "",
            "remind_within_days": self.remind.value(),
        })
        self.settings.save()
        if changed:
            app = QCoreApplication.instance()
            if app is not None:
                i18n.install_translator(app, self.settings.get("ui_language"))
        return changed


def open_preferences(window) -> PreferencesDialog:
    """The Preferences menu command of the main window."""
    dialog = PreferencesDialog(parent=window)
    if seam.launch(dialog) == QDialog.DialogCode.Accepted:
        language_changed = dialog.save()
        clerk = dialog.settings.clerk
        if clerk != getattr(window, "clerk", clerk):
            window.clerk = clerk
            if hasattr(window, "apply_filter"):
                window.apply_filter()  # "Mine" now means the new name
        if language_changed and hasattr(window, "statusBar"):
            window.statusBar().showMessage(tr("Restart DSAR Desk to see the new language everywhere."), 10000)
    return dialog
