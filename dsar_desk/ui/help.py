"""Help: a short user guide in the interface language (shipped in resources/guide, read offline)
and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from dsar_desk.resources import resource
from dsar_desk.ui import geometry
from dsar_desk.ui.i18n import SUPPORTED, ui_language
from dsar_desk.ui.text import tr

# Where each shortcut works, and what it does (the interface translates both).
SHORTCUT_PLACES = {"main": "Main window", "case": "A case", "checklist": "The checklist"}
MAIN_SHORTCUTS = (
    ("Ctrl+N", "New case"),
    ("Ctrl+F", "Find a case (reference, name, e-mail)"),
    ("F5", "Refresh the list"),
    ("Return", "Open the case chosen in the list"),
    ("Ctrl+Shift+E", "Export the list as CSV"),
    ("Ctrl+,", "Preferences"),
    ("F1", "This guide"),
    ("Ctrl+Q", "Quit"),
)
CASE_SHORTCUTS = (
    ("Ctrl+S", "Save the changes to the fields"),
    ("Ctrl+L", "Letters"),
    ("Ctrl+I", "Identity check"),
    ("Ctrl+Z", "Undo the last status change made in this window"),
    ("Esc", "Close the window (asks when something is not saved)"),
)
CHECKLIST_SHORTCUTS = (
    ("Up, Down", "Choose an item"),
    ("Return", "In the list: go to the item's note; in the note: record it and go to the next open item"),
    ("Ctrl+Return", "Record the chosen item"),
    ("Ctrl+1", "State: done"),
    ("Ctrl+2", "State: not applicable"),
    ("Ctrl+3", "State: not concerned"),
    ("Ctrl+Shift+D", "Mark every open search done, with one note"),
)


def guide_path(language: str | None = None):
    language = language or ui_language()
    path = resource("guide", f"{language}.md")
    return path if language in SUPPORTED and path.is_file() else resource("guide", "en.md")


class GuideDialog(QDialog):
    """The user guide, as a page to read (no network: the file is in the app)."""

    def __init__(self, parent=None, language: str | None = None):
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(tr("DSAR Desk guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(objectName="guide-text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_path(language).read_text(encoding="utf-8"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        geometry.fit(self, "guide", (760, 820))


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("shortcuts")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(objectName="shortcut-list")
        self.tree.setHeaderLabels([tr("Keys"), tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self._heading(tr(SHORTCUT_PLACES["main"]))
        for keys, what in MAIN_SHORTCUTS:
            self.tree.addTopLevelItem(QTreeWidgetItem([keys, tr(what)]))
        self._heading(tr(SHORTCUT_PLACES["case"]))
        for keys, what in CASE_SHORTCUTS:
            self.tree.addTopLevelItem(QTreeWidgetItem([keys, tr(what)]))
        self._heading(tr(SHORTCUT_PLACES["checklist"]))
        for keys, what in CHECKLIST_SHORTCUTS:
            self.tree.addTopLevelItem(QTreeWidgetItem([keys, tr(what)]))
        self.tree.resizeColumnToContents(0)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        geometry.fit(self, "shortcuts", (640, 620))

    def _heading(self, text: str) -> None:
        heading = QTreeWidgetItem([text, ""])
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(heading)
        heading.setFirstColumnSpanned(True)


def open_guide(window) -> GuideDialog:
    dialog = getattr(window, "guide_dialog", None)
    if dialog is None or not dialog.isVisible():
        dialog = GuideDialog(window)
        window.guide_dialog = dialog
    dialog.show()
    dialog.raise_()
    return dialog


def open_shortcuts(window) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.show()
    window.shortcuts_dialog = dialog
    return dialog
