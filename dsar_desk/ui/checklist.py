"""The fulfilment checklist of a case (a pane of the case detail), the override asked before
"answered" with open items, fees and the "manifestly unfounded or excessive" mark, and the intake's
hint about the requester's earlier requests. No rules here: dsar_desk.domain.checklist has them and
dsar_desk.desk.checklist enforces them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import cases as case_desk
from dsar_desk.desk import checklist as desk
from dsar_desk.domain.cases import RIGHT_LABELS, STATUS_LABELS, CaseRuleError
from dsar_desk.domain.checklist import (
    EXCEPTION_LABELS,
    STATE_LABELS,
    ChecklistError,
    exception_allowed,
    format_cents,
    parse_cents,
)
from dsar_desk.store import checklist as store
from dsar_desk.store.cases import get_case_by_id
from dsar_desk.ui import seam
from dsar_desk.ui.mail_notice import send_notice
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_date, format_utc, labelled, tr
from dsar_desk.ui.widgets import TextDialog

ACTION_LABELS = {"search": "Search", "act": "Act in", "inform": "Inform"}
STATE_COLOURS = {"open": "#664d03", "done": "#0f5132", "not-applicable": "#41464b", "not-concerned": "#41464b"}
COLUMNS = ("#", "To do", "State", "Note", "Who", "When")


def item_text(item) -> str:
    """'Search Database (registratie)', 'Inform bpost (erasure)' in the interface language."""
    action = tr(ACTION_LABELS.get(item.action, item.action))
    if item.target_kind == "activity":
        target = tr("the records of {0}").format(item.target_name)
    else:
        target = item.target_name
    text = f"{action} {target}"
    if item.action != "search":
        text += f" ({tr(RIGHT_LABELS.get(item.right, item.right)).lower()})"
    return text


class ChecklistPanel(QWidget):
    """Every item with its state, note, who and when; select one, choose a state, record."""

    changed = Signal()

    def __init__(self, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("checklist-panel")
        self.clerk = clerk
        self.case_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(objectName="checklist-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(objectName="checklist")
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnWidth(0, 34)
        self.tree.setColumnWidth(1, 230)
        self.tree.setColumnWidth(2, 100)
        self.tree.currentItemChanged.connect(self._selected)
        layout.addWidget(self.tree, 1)

        form = QFormLayout()
        self.state = QComboBox(objectName="item-state")
        for state in STATE_LABELS:
            self.state.addItem(tr(STATE_LABELS[state]), state)
        self.exception = QComboBox(objectName="item-exception")
        self.exception.addItem(tr("— none: everything erased —"), None)
        for code in EXCEPTION_LABELS:
            self.exception.addItem(tr(EXCEPTION_LABELS[code]), code)
        self.note = QLineEdit(objectName="item-note")
        self.note.setPlaceholderText(tr("What was found or done; the reason when not applicable"))
        self.record = QPushButton(tr("Record"), objectName="item-record")
        self.record.clicked.connect(self.record_selected)
        self.notice = QPushButton(tr("Send the notice by e-mail…"), objectName="send-notice")  # ui.mail_notice
        self.notice.clicked.connect(lambda: send_notice(self, self._case(), self.selected_position()))
        self.notice_worker = None
        row = QHBoxLayout()
        row.addWidget(self.state)
        row.addWidget(self.record)
        row.addWidget(self.notice)
        form.addRow(tr("State"), row)
        form.addRow(tr("Kept under (Art. 17(3))"), self.exception)
        form.addRow(tr("Note"), self.note)
        layout.addLayout(form)
        self.problem = QLabel(objectName="item-problem")
        self.problem.setStyleSheet("color: #b02a37;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)

        money = QGroupBox(tr("Fee and refusal"))
        money_form = QFormLayout(money)
        self.repeat = QLabel(objectName="case-repeats")
        self.repeat.setWordWrap(True)
        money_form.addRow(self.repeat)
        self.fee_asked = QLineEdit(objectName="fee-asked")
        self.fee_paid = QLineEdit(objectName="fee-paid")
        for edit in (self.fee_asked, self.fee_paid):
            edit.setPlaceholderText(tr("euros, e.g. 12.50"))
        fee_row = QHBoxLayout()
        fee_row.addWidget(QLabel(tr("asked")))
        fee_row.addWidget(self.fee_asked)
        fee_row.addWidget(QLabel(tr("paid")))
        fee_row.addWidget(self.fee_paid)
        save_fee = QPushButton(tr("Save fee"), objectName="save-fee")
        save_fee.clicked.connect(self.save_fee)
        fee_row.addWidget(save_fee)
        money_form.addRow(tr("Fee (EUR)"), fee_row)
        self.unfounded_button = QPushButton(tr("Manifestly unfounded or excessive…"), objectName="mark-unfounded")
        self.unfounded_button.clicked.connect(self.mark_unfounded)
        self.unfounded_label = QLabel(objectName="unfounded")
        self.unfounded_label.setWordWrap(True)
        money_form.addRow(self.unfounded_button, self.unfounded_label)
        layout.addWidget(money)
        self._items: list = []

    # -- loading ------------------------------------------------------------------------------
    def load(self, case) -> None:
        self.case_id = case.id
        desk.build_checklist(case, self.clerk)
        self._items = store.items_of(case)
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.tree.clear()
        for item in self._items:
            row = QTreeWidgetItem([
                str(item.position), item_text(item), tr(STATE_LABELS[item.state]),
                (f"[{item.exception}] " if item.exception else "") + item.note,
                item.who, format_utc(item.at) if item.at else "",
            ])
            row.setData(0, Qt.ItemDataRole.UserRole, item.position)
            row.setForeground(2, QBrush(QColor(STATE_COLOURS[item.state])))
            row.setToolTip(1, tr("activity: {0}").format(item.activity))
            row.setToolTip(3, item.note)
            self.tree.addTopLevelItem(row)
            if item.position == keep:
                self.tree.setCurrentItem(row)
        still_open = self.open_count()
        if not self._items:
            self.summary.setText(tr("No checklist: the rights asked need no search or action in the register."))
        else:
            version = case.register_version
            self.summary.setText(tr("{0} of {1} item(s) open · register version {2}").format(
                still_open, len(self._items), version if version is not None else "—"))
        self.fee_asked.setText(format_cents(case.fee_asked_cents))
        self.fee_paid.setText(format_cents(case.fee_paid_cents))
        self.unfounded_label.setText(tr("Marked: {0}").format(case.unfounded_reason) if case.unfounded else "")
        check = store.repeat_check(case.organisation, case.requester_email, case.requester_name,
                                   case.address_lines, case.right_list, case.received, exclude_case=case.id)
        self.repeat.setText(repeat_text(check))
        self._selected()

    def open_count(self) -> int:
        """How many items of the loaded checklist are still open."""
        return sum(1 for i in self._items if i.state == "open")

    def selected_position(self) -> int | None:
        current = self.tree.currentItem()
        return current.data(0, Qt.ItemDataRole.UserRole) if current else None

    def select(self, position: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            if row.data(0, Qt.ItemDataRole.UserRole) == position:
                self.tree.setCurrentItem(row)
                return

    def _selected(self, *_args) -> None:
        position = self.selected_position()
        item = next((i for i in self._items if i.position == position), None)
        self.record.setEnabled(item is not None)
        self.notice.setVisible(item is not None and item.action == "inform" and item.target_kind == "recipient")
        self.notice.setEnabled(item is not None and item.state == "open")
        self.exception.setEnabled(item is not None and exception_allowed(item.right, item.action))
        if item is None:
            return
        self.state.setCurrentIndex(max(0, self.state.findData(item.state if item.state != "open" else "done")))
        self.exception.setCurrentIndex(max(0, self.exception.findData(item.exception or None)))
        self.note.setText(item.note)
        self.problem.hide()

    # -- actions ------------------------------------------------------------------------------
    def _case(self):
        return get_case_by_id(self.case_id)

    def _show_problem(self, text) -> None:
        self.problem.setText(translate_message(text))  # the rules' messages come in English
        self.problem.show()

    def record_selected(self) -> bool:
        position = self.selected_position()
        if position is None:
            self._show_problem(tr("Choose an item of the checklist first."))
            return False
        exception = self.exception.currentData() if self.exception.isEnabled() else None
        try:
            desk.set_item(self._case(), position, self.state.currentData(), self.note.text(), self.clerk,
                          exception=exception)
        except ChecklistError as exc:
            self._show_problem(exc)
            return False
        self.problem.hide()
        self.changed.emit()
        return True

    def save_fee(self) -> bool:
        problems, amounts = [], {}
        for name, edit, label in (("asked", self.fee_asked, tr("Fee asked")), ("paid", self.fee_paid, tr("Fee paid"))):
            try:
                amounts[name] = parse_cents(edit.text())
            except ChecklistError as exc:
                problems.append(labelled(label, translate_message(exc)))
        if not problems:
            try:
                case_desk.record_fee(self._case(), self.clerk, asked_cents=amounts["asked"], paid_cents=amounts["paid"])
            except ChecklistError as exc:
                problems.append(translate_message(exc))
        if problems:
            self._show_problem("\n".join(problems))
            return False
        self.problem.hide()
        self.changed.emit()
        return True

    def mark_unfounded(self) -> bool:
        dialog = TextDialog(
            tr("Manifestly unfounded or excessive"),
            tr("The request is refused as manifestly unfounded or excessive (GDPR Art. 12(5)); the refusal "
               "letter gives the requester this reason. Why?"),
            self,
        )
        dialog.setObjectName("unfounded-dialog")
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            case_desk.mark_unfounded(self._case(), dialog.text(), self.clerk)
        except (ChecklistError, CaseRuleError) as exc:
            seam.message(self, tr("Not possible"), exc, icon=seam.QMessageBox.Icon.Warning)
            return False
        self.changed.emit()
        return True


def repeat_text(check) -> str:
    if not check.earlier:
        return tr("No earlier request from this requester in the last 12 months.")
    lines = [tr("Earlier requests in the last 12 months:")]
    for c in check.earlier:
        lines.append(f"• {c.reference} · {format_date(c.received)} · {', '.join(tr(RIGHT_LABELS.get(r, r)) for r in c.rights)} · "
                     f"{tr(STATUS_LABELS.get(c.status, c.status))}")
    if check.beyond_free:
        lines.append("<b>" + tr("Repeat access request beyond the {0} free per 12 months: a reasonable fee may be "
                                "asked (GDPR Art. 15(3)).").format(check.free_per_year) + "</b>")
    elif check.free_per_year is None:
        lines.append(tr("The profile states no number of free requests per year."))
    return "<br>".join(lines)


def confirm_answered(parent, case) -> str | None:
    """Before "answered": "" when every item is marked; else the clerk's override reason, or None
    (cancelled, or no reason given: the clerk is told)."""
    desk.build_checklist(case)
    still_open = store.open_items(case)
    if not still_open:
        return ""
    dialog = TextDialog(
        tr("Checklist items still open"),
        tr("{0} checklist item(s) are still open. Mark them first, or give the reason to answer now "
           "(it is kept in the timeline).").format(len(still_open)),
        parent,
        items=[f"#{i.position} {item_text(i)}" for i in still_open],
    )
    dialog.setObjectName("override-dialog")
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return None
    if not dialog.text():
        seam.message(parent, tr("Not possible"), tr("Give the reason for answering with open checklist items."),
                     icon=seam.QMessageBox.Icon.Warning)
        return None
    return dialog.text()


class RepeatHint(QLabel):
    """The intake's note on the requester's earlier requests (same e-mail, or same name and address)."""

    def __init__(self, fields, parent=None):
        super().__init__(parent)
        self.setObjectName("repeat-hint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.fields = fields
        self.check = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        for signal in (fields.name.textChanged, fields.email.textChanged, fields.address.textChanged,
                       fields.organisation.currentIndexChanged, fields.received.dateChanged):
            signal.connect(lambda *_: self._timer.start())
        for box in fields.rights.values():
            box.toggled.connect(lambda *_: self._timer.start())
        self.hide()

    def refresh(self) -> None:
        f = self.fields
        slug = f.organisation.currentData()
        email, name = f.email.text().strip(), f.name.text().strip()
        if not slug or not (email or name):
            self.check = None
            self.hide()
            return
        q = f.received.date()
        rights = [r for r, box in f.rights.items() if box.isChecked()]
        try:
            self.check = store.repeat_check(slug, email, name, f.address.toPlainText().splitlines(), rights,
                                            date(q.year(), q.month(), q.day()))
        except LookupError:
            self.check = None
            self.hide()
            return
        if not self.check.earlier:
            self.hide()
            return
        self.setText(repeat_text(self.check))
        self.setStyleSheet("background: #fff3cd; color: #664d03; padding: 6px;" if self.check.beyond_free
                           else "color: palette(text); padding: 6px;")
        self.show()
