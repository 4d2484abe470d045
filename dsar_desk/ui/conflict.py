"""A save over a colleague's change (issue 13): who changed it and when, and the clerk's choice.

When a save of the case detail, a status change or a checklist mark raises ``ChangedMeanwhile``
(the row's version moved since the window read it: a colleague on the team server, or the CLI
beside the GUI on the file), :class:`ConflictDialog` says who changed it and when, and offers

* **Reload**: drop my edits, show theirs;
* **Compare**: a table of field / when I read it / theirs / mine (the desk's ``compare``);
* **Keep mine**: write my edits on top of the new version (the desk's ``keep_my_edits`` or the
  same write with ``over=``), the timeline recording whose change they went over.

The rules (what differs, what "keep mine" writes) are the desk's; this module only asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from dsar_desk.domain.cases import FIELD_LABELS as CASE_FIELD_LABELS
from dsar_desk.domain.cases import STATUS_LABELS
from dsar_desk.domain.checklist import STATE_LABELS
from dsar_desk.ui import seam
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_utc, tr

RELOAD, KEEP_MINE, CANCEL = "reload", "keep-mine", "cancel"

FIELD_LABELS = {  # the case form's words, and the checklist item's
    **CASE_FIELD_LABELS,
    "status": "Status",
    "state": "State",
    "exception": "Exception",
    "who": "Marked by",
}


def _shown(field: str, value: str) -> str:
    if field == "status" and value in STATUS_LABELS:
        return tr(STATUS_LABELS[value])
    if field == "state" and value in STATE_LABELS:
        return tr(STATE_LABELS[value])
    return value if value else "∅"


class ConflictDialog(QDialog):
    """Who changed it and when; Reload, Compare, Keep mine. ``choice`` after it closed."""

    def __init__(self, changed, compare: Callable[[], list], parent=None):
        super().__init__(parent)
        self.setObjectName("conflict")
        self.setWindowTitle(tr("Changed by a colleague"))
        self.changed = changed
        self._compare = compare
        self.choice = CANCEL
        layout = QVBoxLayout(self)
        who = changed.who or tr("someone else")
        when = format_utc(changed.at) if getattr(changed, "at", None) is not None else ""
        text = (tr("{0} changed this at {1}, after you opened it. Nothing of yours was saved yet.").format(who, when)
                if when else tr("{0} changed this after you opened it. Nothing of yours was saved yet.").format(who))
        self.summary = QLabel(text, objectName="conflict-summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.details = QLabel(translate_message(changed.message), objectName="conflict-message")
        self.details.setWordWrap(True)
        self.details.setStyleSheet("color: #505050;")
        layout.addWidget(self.details)
        hint = QLabel(tr("Reload shows their version and drops your edits. Keep mine writes your edits on top of "
                         "theirs; the timeline records that their change was overwritten."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4, objectName="conflict-table")
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("When you opened it"), tr("Their version"), tr("My version")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.hide()
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.compare_button = QPushButton(tr("Compare"), objectName="conflict-compare")
        self.compare_button.clicked.connect(self.show_comparison)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        self.reload_button = QPushButton(tr("Reload"), objectName="conflict-reload")
        self.reload_button.clicked.connect(lambda: self._choose(RELOAD))
        self.keep_button = QPushButton(tr("Keep mine"), objectName="conflict-keep")
        self.keep_button.clicked.connect(lambda: self._choose(KEEP_MINE))
        cancel = QPushButton(tr("Cancel"), objectName="conflict-cancel")
        cancel.clicked.connect(self.reject)
        for button in (self.reload_button, self.keep_button, cancel):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(640, 220)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def show_comparison(self) -> list:
        """The table of what differs (theirs beside mine); both changed in bold on amber."""
        rows = self._compare()
        self.table.setRowCount(len(rows))
        for r, diff in enumerate(rows):
            cells = [tr(FIELD_LABELS.get(diff.field, diff.field)), _shown(diff.field, diff.base),
                     _shown(diff.field, diff.theirs), _shown(diff.field, diff.mine)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if diff.both_changed and c >= 2:
                    item.setBackground(QBrush(QColor("#fff3cd")))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                elif c >= 2 and text == cells[1]:
                    item.setForeground(QBrush(QColor("#6c757d")))  # as it was: not changed on this side
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.show()
        self.compare_button.setEnabled(False)
        self.resize(max(self.width(), 900), max(self.height(), 260 + 44 * len(rows)))
        self.table.resizeRowsToContents()
        return rows

    def comparison(self) -> list[list[str]]:
        """The table's cells as shown (for the tests, and for what a reader sees)."""
        return [[self.table.item(r, c).text() for c in range(4)] for r in range(self.table.rowCount())]


def ask(parent, changed, compare: Callable[[], list]) -> str:
    """RELOAD, KEEP_MINE or CANCEL."""
    dialog = ConflictDialog(changed, compare, parent)
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return CANCEL
    return dialog.choice


# -- the three saves that can meet a colleague's change ---------------------------------------------
# Each returns SAVED, RELOAD (the clerk chose theirs: the caller shows the case as it is now) or
# CANCEL (nothing written, the clerk's edits stay on screen). A rule's refusal (InvalidCase,
# CaseRuleError, ChecklistError) goes up to the caller as without a conflict.

SAVED = "saved"


def save_case_edits(parent, shown, changes: dict, clerk: str) -> tuple[str, list[str]]:
    """desk.update_case on the case as the window read it; on a colleague's change, ask."""
    from dsar_desk.desk import cases as desk
    from dsar_desk.store.models import ChangedMeanwhile

    try:
        return SAVED, desk.update_case(shown, changes, clerk)
    except ChangedMeanwhile as exc:
        changed = exc
    while True:
        choice = ask(parent, changed, lambda: desk.compare(shown, changes))
        if choice != KEEP_MINE:
            return choice, []
        try:
            _fresh, written = desk.keep_my_edits(shown, changes, clerk, changed)
            return SAVED, written
        except ChangedMeanwhile as again:  # changed once more while the clerk looked
            changed = again


def change_status(parent, shown, status: str, clerk: str, **kwargs) -> str:
    """desk.change_status on the case as the window read it; on a colleague's change, ask."""
    from dsar_desk.desk import cases as desk
    from dsar_desk.store.models import ChangedMeanwhile

    try:
        desk.change_status(shown, status, clerk, **kwargs)
        return SAVED
    except ChangedMeanwhile as exc:
        changed = exc
    while True:
        choice = ask(parent, changed, lambda: desk.compare(shown, status=status))
        if choice != KEEP_MINE:
            return choice
        try:
            desk.change_status(shown.reread(), status, clerk, over=changed, **kwargs)
            return SAVED
        except ChangedMeanwhile as again:
            changed = again


def mark_item(parent, case, shown_item, state: str, note: str, clerk: str, exception=None) -> str:
    """desk.set_item over the item's version as the panel showed it; on a colleague's mark, ask."""
    from dsar_desk.desk import checklist as desk
    from dsar_desk.store.models import ChangedMeanwhile

    try:
        desk.set_item(case, shown_item.position, state, note, clerk, exception=exception,
                      seen_version=shown_item.version)
        return SAVED
    except ChangedMeanwhile as exc:
        changed = exc
    choice = ask(parent, changed, lambda: desk.compare_item(case, shown_item.position, shown_item, state, note,
                                                             exception))
    if choice == KEEP_MINE:
        desk.set_item(case, shown_item.position, state, note, clerk, exception=exception, over=changed)
        return SAVED
    return choice
