"""Small widgets shared by several screens."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from babel import Locale
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.cases import FIELD_LABELS, FieldProblem
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import labelled, short_date_pattern, tr

ERROR_STYLE = "border: 2px solid #b02a37;"


def _ui_locale() -> Locale:
    return _babel_locale_of(QLocale().name())


@lru_cache(maxsize=8)
def _babel_locale_of(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except Exception:  # noqa: BLE001 - an unusual OS locale: English names
        return Locale("en")


def language_name(code: str) -> str:
    try:
        return Locale(code).get_display_name(_ui_locale()) or code
    except Exception:  # noqa: BLE001
        return code


def date_edit(object_name: str, parent: QWidget | None = None) -> QDateEdit:
    """A date field in the interface's locale (15/11/2026, 15-11-2026...), always with 4-digit years."""
    edit = QDateEdit(parent, objectName=object_name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(short_date_pattern())
    return edit


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TextDialog(QDialog):
    """Asks one piece of text (a reason, a note for the timeline), optionally below a list of items."""

    def __init__(self, title: str, prompt: str, parent=None, items: list[str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        if items:
            self.items = QListWidget(objectName="open-items")
            self.items.addItems(items)
            self.items.setMaximumHeight(160)
            layout.addWidget(self.items)
        self.edit = QPlainTextEdit(objectName="reason")
        layout.addWidget(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def text(self) -> str:
        return self.edit.toPlainText().strip()


class CountryBox(QComboBox):
    """Countries by name in the interface language; the value is the ISO alpha-2 code."""

    def __init__(self, parent=None, objectName: str = ""):  # noqa: N803 - Qt style
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setEditable(False)
        # as wide as a usual name, not as the longest one ("Saint-Vincent-et-les-Grenadines"): the
        # list that opens shows every name in full
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(22)
        names = _ui_locale().territories
        self._sorted = [(code, f"{name} ({code})") for code, name in
                        sorted(((c, n) for c, n in names.items() if len(c) == 2 and c.isalpha()), key=lambda x: x[1])]
        self._names = dict(self._sorted)
        self.addItem("—", "")
        for code, name in self._sorted:
            self.addItem(name, code)

    def set_first(self, code: str) -> None:
        """Put ``code`` (the organisation's own country) at the top of the list, under "—" and above
        a line; the whole list follows, by name."""
        code = (code or "").upper()
        if code == (self.property("first_country") or "") or (code and code not in self._names):
            return
        current = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem("—", "")
        if code:
            self.addItem(self._names[code], code)
            self.insertSeparator(self.count())
        for c, name in self._sorted:
            self.addItem(name, c)
        self.setProperty("first_country", code)
        self.set_code(current)
        self.blockSignals(False)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        index = self.findData((code or "").upper())
        self.setCurrentIndex(index if index >= 0 else 0)


class FieldErrors(QLabel):
    """Lists the problems of a form and marks each field that has one."""

    def __init__(self, widgets: dict[str, QWidget], parent=None):
        super().__init__(parent)
        self.setObjectName("errors")
        self.widgets = widgets
        self.setWordWrap(True)
        self.setStyleSheet("color: #b02a37;")
        self.hide()

    def show_problems(self, problems: list[FieldProblem]) -> None:
        self.clear_marks()
        lines = []
        for p in problems:
            label = tr(FIELD_LABELS.get(p.field, p.field.capitalize()))
            message = translate_message(p.message)
            lines.append("• " + labelled(label, message))
            widget = self.widgets.get(p.field)
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(message)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def clear_marks(self) -> None:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        self.clear()
        self.hide()
