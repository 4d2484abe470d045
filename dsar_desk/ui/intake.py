"""The intake dialog (New case, Ctrl+N): every field checked at once, nothing saved until valid."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk.attachments import read_file
from dsar_desk.desk.cases import create_case, validate
from dsar_desk.domain.cases import (
    CHANNEL_LABELS,
    CHANNELS,
    GDPR_APPLIES_FROM,
    RIGHT_LABELS,
    RIGHTS,
    CaseDraft,
    FieldProblem,
    InvalidCase,
    NewAttachment,
)
from dsar_desk.store.organisations import list_organisations
from dsar_desk.ui import files, geometry, keys
from dsar_desk.ui.checklist import RepeatHint
from dsar_desk.ui.message_intake import MessageIntake, is_message_file
from dsar_desk.ui.text import format_size, tr
from dsar_desk.ui.unsaved import EditGuard
from dsar_desk.ui.widgets import CountryBox, FieldErrors, date_edit, language_name, qdate


class CaseFieldsForm(QWidget):
    """The requester and request fields, shared by the intake dialog and the case detail."""

    def __init__(self, parent=None, *, with_organisation: bool = True, rights_columns: int = 4):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        for org in list_organisations():
            self.organisation.addItem(f"{org.name} ({org.slug})", org.slug)
            self.organisation.setItemData(self.organisation.count() - 1, org.languages, Qt.ItemDataRole.UserRole + 1)
            self.organisation.setItemData(self.organisation.count() - 1, org.country, Qt.ItemDataRole.UserRole + 2)
        self.name = QLineEdit(objectName="name")
        self.email = QLineEdit(objectName="email")
        self.email.setPlaceholderText("name@example.org")
        self.address = QPlainTextEdit(objectName="address")
        self.address.setPlaceholderText(tr("One line per row: street and number, postcode and town"))
        self.address.setFixedHeight(72)
        self.address.setTabChangesFocus(True)
        self.country = CountryBox(objectName="country")
        self.language = QComboBox(objectName="language")
        self.rights_box = QWidget(objectName="rights")
        grid = QGridLayout(self.rights_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rights: dict[str, QCheckBox] = {}
        for i, right in enumerate(RIGHTS):
            box = QCheckBox(tr(RIGHT_LABELS[right]))
            box.setObjectName(f"right-{right}")
            self.rights[right] = box
            grid.addWidget(box, i // rights_columns, i % rights_columns)
        self.channel = QComboBox(objectName="channel")
        for channel in CHANNELS:
            self.channel.addItem(tr(CHANNEL_LABELS[channel]), channel)
        self.received = date_edit("received")
        self.received.setMinimumDate(qdate(GDPR_APPLIES_FROM))
        self.received.setDate(QDate.currentDate())
        self.summary = QPlainTextEdit(objectName="summary")
        self.summary.setFixedHeight(80)
        self.summary.setTabChangesFocus(True)
        self.assignee = QLineEdit(objectName="assignee")

        if with_organisation:
            self.form.addRow(tr("Organisation"), self.organisation)
        self.form.addRow(tr("Requester name"), self.name)
        self.form.addRow(tr("Email"), self.email)
        self.form.addRow(tr("Postal address"), self.address)
        self.form.addRow(tr("Country"), self.country)
        self.form.addRow(tr("Language"), self.language)
        self.form.addRow(tr("Rights asked"), self.rights_box)
        self.form.addRow(tr("Channel"), self.channel)
        self.form.addRow(tr("Date received"), self.received)
        self.form.addRow(tr("Summary"), self.summary)
        self.form.addRow(tr("Assignee"), self.assignee)
        self.field_widgets = {
            "organisation": self.organisation, "name": self.name, "email": self.email, "address": self.address,
            "country": self.country, "language": self.language, "rights": self.rights_box,
            "channel": self.channel, "received": self.received, "summary": self.summary,
            "assignee": self.assignee,
        }
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self._organisation_changed()

    def _organisation_changed(self) -> None:
        languages = (self.organisation.currentData(Qt.ItemDataRole.UserRole + 1) or "").split(",")
        self.set_languages([x for x in languages if x])
        self.country.set_first(self.organisation.currentData(Qt.ItemDataRole.UserRole + 2) or "")

    def changed_signals(self) -> list:
        """Every signal of a field the clerk changes (the intake checks again as they type)."""
        signals = [self.organisation.currentIndexChanged, self.name.textChanged, self.email.textChanged,
                   self.address.textChanged, self.country.currentIndexChanged, self.language.currentIndexChanged,
                   self.channel.currentIndexChanged, self.received.dateChanged, self.summary.textChanged,
                   self.assignee.textChanged]
        return signals + [box.toggled for box in self.rights.values()]

    def set_languages(self, languages: list[str]) -> None:
        current = self.language.currentData()
        self.language.clear()
        for code in languages:
            self.language.addItem(f"{language_name(code)} ({code})", code)
        if current in languages:
            self.language.setCurrentIndex(languages.index(current))

    def draft(self) -> CaseDraft:
        q = self.received.date()
        return CaseDraft(
            organisation=self.organisation.currentData() or "",
            name=self.name.text(),
            email=self.email.text(),
            address=self.address.toPlainText().splitlines(),
            country=self.country.code(),
            language=self.language.currentData() or "",
            rights=[r for r, box in self.rights.items() if box.isChecked()],
            channel=self.channel.currentData(),
            received=date(q.year(), q.month(), q.day()),
            summary=self.summary.toPlainText(),
            assignee=self.assignee.text(),
        )

    def load(self, draft: CaseDraft) -> None:
        index = self.organisation.findData(draft.organisation)
        if index >= 0:
            self.organisation.setCurrentIndex(index)
        self.name.setText(draft.name)
        self.email.setText(draft.email)
        self.address.setPlainText("\n".join(draft.address))
        self.country.set_code(draft.country)
        index = self.language.findData(draft.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        for right, box in self.rights.items():
            box.setChecked(right in draft.rights)
        self.channel.setCurrentIndex(max(0, self.channel.findData(draft.channel)))
        if isinstance(draft.received, date):
            self.received.setDate(qdate(draft.received))
        self.summary.setPlainText(draft.summary)
        self.assignee.setText(draft.assignee)


class IntakeDialog(MessageIntake, QDialog):
    """New case. On Save every field is checked; the problems are listed and marked, nothing saved.
    Once a Save was refused, the list follows the clerk's corrections as they type. An e-mail (.eml,
    .msg) dropped here fills the fields as proposals (MessageIntake)."""

    def __init__(self, clerk: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New case"))
        self.setObjectName("intake")
        self.clerk = clerk
        self.created_reference: str | None = None
        self.files: list[tuple[str, bytes]] = []
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        self.fields = CaseFieldsForm(content)
        self.fields.assignee.setText(clerk)
        self.fields.received.setMaximumDate(QDate.currentDate())
        column.addWidget(self.fields)
        self.repeat = RepeatHint(self.fields, content)
        column.addWidget(self.repeat)
        column.addStretch(1)

        files_row = QHBoxLayout()
        self.file_list = QListWidget(objectName="attachments")
        self.file_list.setFixedHeight(60)
        add = QPushButton(tr("Attach file…"), objectName="attach")
        add.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(tr("Remove"), objectName="remove-attachment")
        self.remove_button.setToolTip(tr("Take the selected file off the list (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)
        self.file_list.currentRowChanged.connect(lambda row: self.remove_button.setEnabled(row >= 0))
        QShortcut(QKeySequence.StandardKey.Delete, self.file_list, activated=self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)
        self.fields.form.addRow(tr("Attachments"), self._wrap(files_row))
        hint = QLabel(tr("The original email or a scan of the letter. You can also drop files here."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.fields.form.addRow("", hint)
        layout.addWidget(geometry.scrolling(content, object_name="intake-scroll"), 1)

        self.errors = FieldErrors(self.fields.field_widgets, self)
        layout.addWidget(self.errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._checking = False  # set by the first refused Save: then the problems follow the typing
        self._recheck = QTimer(self, singleShot=True, interval=250)
        self._recheck.timeout.connect(self.check_again)
        for signal in self.fields.changed_signals():
            signal.connect(lambda *_: self._checking and self._recheck.start())
        geometry.fit(self, "intake", (720, 860))
        self.guard = EditGuard(content, exclude=[self.file_list], extra=lambda: bool(self.files))
        self.guard.mark_clean()

    def reject(self) -> None:
        """Esc, Cancel or closing: a request typed and not saved is not dropped silently."""
        if self.guard.allows_leaving(self._save_for_guard):
            super().reject()

    def _save_for_guard(self) -> bool:
        self.save()  # saved: the dialog accepted itself; not saved: the problems are shown, it stays
        return False

    @staticmethod
    def _wrap(layout) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    def _choose_files(self) -> None:
        self.add_files(files.open_files(self, tr("Attach files")))

    def add_files(self, paths: list[Path]) -> list[str]:
        """Read and list files; returns the problems (unreadable, too large)."""
        problems: list[FieldProblem] = []
        for path in paths:
            try:
                attachment = read_file(path)  # the size checked before a byte is read
            except InvalidCase as exc:
                problems += exc.problems
                continue
            self.files.append((attachment.filename, attachment.data))
            self.file_list.addItem(f"{attachment.filename} ({format_size(len(attachment.data))})")
        if problems:
            self.errors.show_problems(problems)
        return [p.message for p in problems]

    def remove_selected(self) -> bool:
        """Take the selected file off the list (nothing was stored yet)."""
        row = self.file_list.currentRow()
        if row < 0 or row >= len(self.files):
            return False
        del self.files[row]
        self.file_list.takeItem(row)
        return True

    def dragEnterEvent(self, event):  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        messages = [p for p in paths if is_message_file(p)]
        if messages and self.message_source is None:
            self.load_message_file(messages[0])  # the e-mail fills the intake; other files are attached
            paths = [p for p in paths if p != messages[0]]
        self.add_files(paths)

    def check_again(self) -> None:
        """After a refused Save: the problems as they stand now (those corrected go away)."""
        try:
            validate(self.fields.draft(), self.clerk)
        except InvalidCase as exc:
            self.errors.show_problems(exc.problems)
            return
        self.errors.clear_marks()

    def save(self) -> None:
        try:
            validate(self.fields.draft(), self.clerk)  # every field first: no key is made for a refused case
        except InvalidCase as exc:
            self.errors.show_problems(exc.problems)
            self._checking = True
            return
        if (self.files or self.message_source) and not keys.ensure_attachment_key(self):
            return  # attachments are encrypted; without a key nothing is saved
        try:
            attachments = [NewAttachment(name, data) for name, data in self.files]
            if self.message_source is not None:
                case = self.save_from_message(self.fields.draft(), attachments)
            else:
                case = create_case(self.fields.draft(), self.clerk, attachments)
        except InvalidCase as exc:
            self.errors.show_problems(exc.problems)
            self._checking = True
            return
        self.created_reference = case.reference
        self.accept()
