"""Organisations…: the list, and the way to edit, import and export their profiles; the preview of
an import over an existing organisation (what changes) before it is applied.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from dsar_desk.desk.organisations import ProfileRejected, import_profile
from dsar_desk.paths import write_private
from dsar_desk.store.organisations import (
    export_profile,
    list_organisations,
    preview_import,
)
from dsar_desk.ui import files, seam
from dsar_desk.ui.deadline_rules import open_deadline_rules
from dsar_desk.ui.mail_settings import open_mail_settings
from dsar_desk.ui.register_editor import OrganisationEditor
from dsar_desk.ui.text import tr


class ImportPreviewDialog(QDialog):
    """What an import over an existing organisation changes, before it is applied."""

    def __init__(self, name: str, changes: list[str], warnings: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("import-preview")
        self.setWindowTitle(tr("Import over {0}").format(name))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("This profile replaces the one of {0}. {1} change(s):").format(name, len(changes)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.changes = QListWidget(objectName="changes")
        self.changes.addItems(changes)
        layout.addWidget(self.changes, 1)
        if warnings:
            layout.addWidget(QLabel(tr("Warnings of the new profile:")))
            self.warnings = QListWidget(objectName="warnings")
            self.warnings.addItems(warnings)
            self.warnings.setMaximumHeight(110)
            layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 460)


def import_profile_file(parent, path: Path):
    """Read a profile file, show what changes, import it; the clerk is told of every failure.

    Returns the import result, or None when nothing was imported (unreadable, cancelled, refused).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        seam.message(parent, tr("Import failed"), tr("{0} cannot be read: {1}").format(path.name, exc),
                     icon=QMessageBox.Icon.Warning)
        return None
    if not confirm_import(parent, text):
        return None
    try:
        return import_profile(text)
    except ProfileRejected as exc:
        seam.message(parent, tr("Profile refused"),
                     tr("{0} has {1} error(s); nothing was imported.").format(path.name, len(exc.errors)),
                     icon=QMessageBox.Icon.Warning, details="\n".join(str(e) for e in exc.errors))
        return None


def confirm_import(parent, text: str) -> bool:
    """Before importing `text`: True to go on (a new organisation, a refused profile whose errors the
    import reports, or the clerk applied the changes shown); False when the clerk cancelled or
    nothing would change (the clerk is told)."""
    preview = preview_import(text)
    if not preview.replaces:
        return True
    name = preview.existing.name
    if not preview.changes:
        seam.message(parent, tr("Nothing to import"), tr("This profile is the same as the one of {0}.").format(name))
        return False
    dialog = ImportPreviewDialog(name, preview.changes, [str(w) for w in preview.check.warnings], parent)
    return seam.launch(dialog) == QDialog.DialogCode.Accepted


class OrganisationsDialog(QDialog):
    """Organisations…: the list, and the way to edit, import and export their profiles."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("organisations")
        self.setWindowTitle(tr("Organisations"))
        layout = QHBoxLayout(self)
        self.list = QListWidget(objectName="organisation-list")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.list, 1)
        column = QVBoxLayout()
        for label, name, slot in ((tr("Edit…"), "edit", self.edit), (tr("Import…"), "import", self.choose_import),
                                  (tr("Export…"), "export", self.choose_export),
                                  (tr("Deadline rules…"), "deadline-rules", self.deadline_rules),
                                  (tr("Mail…"), "mail-settings", self.mail_settings)):
            button = QPushButton(label, objectName=name)
            button.clicked.connect(slot)
            column.addWidget(button)
        column.addStretch(1)
        close = QPushButton(tr("Close"), objectName="close")
        close.clicked.connect(self.accept)
        column.addWidget(close)
        layout.addLayout(column)
        self.reload()
        self.resize(560, 320)

    def reload(self) -> None:
        current = self.current_slug()
        self.list.clear()
        for org in list_organisations():
            item = QListWidgetItem(f"{org.name} ({org.slug}) · {tr('register version')} {org.profile_version}")
            item.setData(Qt.ItemDataRole.UserRole, org.slug)
            self.list.addItem(item)
            if org.slug == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def deadline_rules(self) -> bool:
        """Holiday region and identity pause rule of the selected organisation (not in its profile)."""
        if open_deadline_rules(self, self.current_slug()):
            self.changed.emit()
            return True
        return False

    def mail_settings(self) -> bool:
        """The mail account of the selected organisation (servers, passwords, test the connection)."""
        from dsar_desk.settings import Settings

        return open_mail_settings(self, self.current_slug(), Settings().clerk)

    def current_slug(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, slug: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == slug:
                self.list.setCurrentRow(row)

    def editor(self, slug: str | None = None) -> OrganisationEditor | None:
        slug = slug or self.current_slug()
        return OrganisationEditor(slug, self) if slug else None

    def edit(self) -> bool:
        dialog = self.editor()
        if dialog is None or seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.reload()
        self.changed.emit()
        return True

    def choose_import(self) -> None:
        path = files.open_file(self, tr("Import organisation profile"), tr("Organisation profiles (*.toml)"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        result = import_profile_file(self, path)
        if result is None:
            return False
        self.reload()
        self.select(result.slug)
        self.changed.emit()
        return True

    def choose_export(self) -> None:
        slug = self.current_slug()
        if not slug:
            return
        path = files.save_file(self, tr("Export organisation profile"), f"{slug}.toml",
                               tr("Organisation profiles (*.toml)"), "toml")
        if path is not None:
            self.export_to(slug, path)

    def export_to(self, slug: str, path: Path) -> bool:
        try:
            write_private(path, export_profile(slug).encode("utf-8"))
        except OSError as exc:
            seam.message(self, tr("Export failed"), tr("{0} cannot be written: {1}").format(path.name, exc.strerror),
                         icon=QMessageBox.Icon.Warning)
            return False
        return True


def open_organisations(window) -> OrganisationsDialog:
    """File → Organisations…: the list follows every change (filters, open case details)."""
    dialog = OrganisationsDialog(window)

    def changed():
        window.reload_organisations()
        window.reload()

    dialog.changed.connect(changed)
    seam.launch(dialog)
    return dialog
