"""Asks one date (when identity was asked for, when it arrived): clerks often record it later."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from dsar_desk.ui.widgets import date_edit, qdate


class DateDialog(QDialog):
    def __init__(self, title: str, prompt: str, default: dt.date, earliest: dt.date | None = None,
                 latest: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("date-dialog")
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = date_edit("date")
        if earliest is not None:
            self.edit.setMinimumDate(qdate(earliest))
        if latest is not None:
            self.edit.setMaximumDate(qdate(latest))
        self.edit.setDate(qdate(default))
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def set_date(self, day: dt.date) -> None:
        self.edit.setDate(qdate(day))

    def date(self) -> dt.date:
        return self.edit.date().toPython()
