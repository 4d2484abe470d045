"""Unsaved edits are never lost silently: Esc and closing a window with edits ask first.

The choice of the desk, the same in every window that takes edits (case detail, intake, identity
check, letters, preferences): nothing is saved behind the clerk's back; a window whose fields
differ from what was last loaded or saved asks, when the clerk presses Esc or closes it, whether to
save them (where the window has a Save), discard them, or go back to them.

    guard = EditGuard(self)              # every input under the window, as it is now
    guard.mark_clean()                   # after loading or saving
    if guard.allows_leaving(self.save):  # in reject(): Save / Discard / Cancel
        super().reject()
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from dsar_desk.ui import seam
from dsar_desk.ui.text import tr

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit,)):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText() if not widget.isReadOnly() else None
    if isinstance(widget, QComboBox):
        return widget.currentText() if widget.isEditable() else widget.currentIndex()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QListWidget):
        return tuple(widget.item(i).checkState().value for i in range(widget.count())
                     if widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    return None


_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QListWidget)


class EditGuard:
    """What the clerk typed under ``root``, compared with what was last loaded or saved."""

    def __init__(self, root: QWidget, exclude: Iterable[QWidget] = (),
                 extra: Callable[[], bool] | None = None):
        self.root = root
        self.exclude = list(exclude)
        self.extra = extra  # another test of unsaved work (the checklist's note not yet recorded)
        self._clean: dict[int, object] = {}

    def _inputs(self) -> list[QWidget]:
        out = []
        for widget in self.root.findChildren(QWidget):
            if not isinstance(widget, _INPUTS) or isinstance(widget.parent(), QComboBox):
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the editor inside a combo box or a date edit: the outer widget counts
            if any(widget is x or x.isAncestorOf(widget) for x in self.exclude):
                continue
            if widget.objectName().startswith("qt_") or widget.window() is not self.root.window():
                continue  # Qt's own parts, and the dialogs this window opened (their own windows)
            out.append(widget)
        return out

    def snapshot(self) -> dict[int, object]:
        return {id(w): _value(w) for w in self._inputs()}

    def mark_clean(self) -> None:
        self._clean = self.snapshot()

    def dirty(self) -> bool:
        now = self.snapshot()
        changed = any(key in self._clean and self._clean[key] != value for key, value in now.items())
        return changed or bool(self.extra and self.extra())

    def allows_leaving(self, save: Callable[[], bool] | None = None) -> bool:
        """True when the window may close: nothing unsaved, or the clerk saved (and it worked) or
        discarded; False when the clerk went back to the edits."""
        if not self.dirty():
            return True
        choice = ask_unsaved(self.root, can_save=save is not None)
        if choice == DISCARD:
            return True
        if choice == SAVE and save is not None:
            return bool(save()) and not self.dirty()
        return False


def ask_unsaved(parent: QWidget, can_save: bool) -> str:
    """Save / Discard / Cancel (or Discard / Cancel where nothing can be saved)."""
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    if can_save:
        buttons |= QMessageBox.StandardButton.Save
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Unsaved changes"),
                      tr("This window has changes that are not saved yet.") if can_save else
                      tr("This window has input that was not used yet."), buttons, parent)
    box.setObjectName("unsaved-changes")
    box.setInformativeText(tr("Save them, discard them, or go back to them?") if can_save
                           else tr("Discard it, or go back to it?"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    result = seam.launch(box)
    if result == QMessageBox.StandardButton.Save:
        return SAVE
    if result == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL
