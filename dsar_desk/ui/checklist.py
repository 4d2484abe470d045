"""The fulfilment checklist of a case (a pane of the case detail), the override asked before
"answered" with open items, fees and the "manifestly unfounded or excessive" mark, and the intake's
hint about the requester's earlier requests. No rules here: dsar_desk.domain.checklist has them and
dsar_desk.desk.checklist enforces them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
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
    localized_target,
    next_open,
    parse_cents,
)
from dsar_desk.store import checklist as store
from dsar_desk.store.cases import get_case_by_id
from dsar_desk.store.organisations import profile_of
from dsar_desk.ui import conflict, seam
from dsar_desk.ui.mail_notice import send_notice
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_date, format_number, format_utc, labelled, tr
from dsar_desk.ui.widgets import TextDialog

ACTION_LABELS = {"search": "Search", "act": "Act in", "inform": "Inform"}
STATE_COLOURS = {"open": "#664d03", "done": "#0f5132", "not-applicable": "#41464b", "not-concerned": "#41464b"}
COLUMNS = ("#", "To do", "State", "Note", "Who", "When")


def item_text(item, profile=None, language: str | None = None) -> str:
    """'Search Database (registratie)', 'Inform bpost (erasure)' in the interface language, the
    register's names in the case's language where the register has them."""
    action = tr(ACTION_LABELS.get(item.action, item.action))
    name = item.target_name
    if profile is not None and language:
        name = localized_target(profile, item.activity, item.target_kind, item.target, language) or name
    if item.target_kind == "activity":
        target = tr("the records of {0}").format(name)
    else:
        target = name
    text = f"{action} {target}"
    if item.action != "search":
        text += f" ({tr(RIGHT_LABELS.get(item.right, item.right)).lower()})"
    return text


class ChecklistPanel(QWidget):
    """Every item with its state, note, who and when; worked through with the keyboard.

    Up and Down choose an item; its note takes the focus on Return; Return in the note (or
    Ctrl+Return anywhere in the pane) records it with the state chosen (Ctrl+1 done, Ctrl+2 not
    applicable, Ctrl+3 not concerned), and the next open item is chosen. "Mark every search done…"
    marks every open search item done with one note.
    """

    changed = Signal()

    def __init__(self, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("checklist-panel")
        self.clerk = clerk
        self.case_id: int | None = None
        self._profile = None
        self._language = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel(objectName="checklist-summary")
        self.summary.setWordWrap(True)
        top.addWidget(self.summary, 1)
        self.searches_button = QPushButton(tr("Mark every search done…"), objectName="searches-done")
        self.searches_button.setToolTip(tr("Every search still open marked done, with one note (Ctrl+Shift+D)"))
        self.searches_button.clicked.connect(self.mark_searches_done)
        top.addWidget(self.searches_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(objectName="checklist")
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.moveSection(header.visualIndex(2), 1)  # #, state, to do (read in full), note, who, when
        self.tree.currentItemChanged.connect(self._selected)
        self.tree.itemActivated.connect(lambda *_: (self.note.setFocus(), self.note.selectAll()))
        layout.addWidget(self.tree, 1)

        self.item_form = QWidget(objectName="item-form")
        form = QFormLayout(self.item_form)
        form.setContentsMargins(0, 0, 0, 0)
        self.state = QComboBox(objectName="item-state")
        for state in STATE_LABELS:
            self.state.addItem(tr(STATE_LABELS[state]), state)
        self.exception = QComboBox(objectName="item-exception")
        self.exception.addItem(tr("— none: everything erased —"), None)
        for code in EXCEPTION_LABELS:
            self.exception.addItem(tr(EXCEPTION_LABELS[code]), code)
        self.note = QLineEdit(objectName="item-note")
        self.note.setPlaceholderText(tr("What was found or done; the reason when not applicable"))
        self.note.returnPressed.connect(self.record_selected)
        self.record = QPushButton(tr("Record"), objectName="item-record")
        self.record.setToolTip(tr("Record the item and go to the next open one (Return in the note, or Ctrl+Return)"))
        self.record.clicked.connect(self.record_selected)
        self.notice = QPushButton(tr("Send the notice by e-mail…"), objectName="send-notice")  # ui.mail_notice
        self.notice.clicked.connect(lambda: send_notice(self, self._case(), self.selected_position()))
        self.notice_worker = None
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.record)
        row.addWidget(self.notice)
        form.addRow(tr("State"), row)
        form.addRow(tr("Kept under (Art. 17(3))"), self.exception)
        form.addRow(tr("Note"), self.note)
        layout.addWidget(self.item_form)
        self.problem = QLabel(objectName="item-problem")
        self.problem.setStyleSheet("color: #b02a37;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        for keys, slot in ((("Ctrl+Return", "Ctrl+Enter"), self.record_selected),
                           (("Ctrl+1",), lambda: self.choose_state("done")),
                           (("Ctrl+2",), lambda: self.choose_state("not-applicable")),
                           (("Ctrl+3",), lambda: self.choose_state("not-concerned")),
                           (("Ctrl+Shift+D",), self.mark_searches_done)):
            for key in keys:
                QShortcut(QKeySequence(key), self, activated=slot,
                          context=Qt.ShortcutContext.WindowShortcut)  # while the pane is shown

        # The fee and the refusal: a pane of their own (the case detail shows it as a tab).
        self.money_panel = QWidget(objectName="fee-panel")
        money_layout = QVBoxLayout(self.money_panel)
        money = QGroupBox(tr("Fee and refusal"))
        money_form = QFormLayout(money)
        self.repeat = QLabel(objectName="case-repeats")
        self.repeat.setWordWrap(True)
        money_form.addRow(self.repeat)
        self.fee_asked = QLineEdit(objectName="fee-asked")
        self.fee_paid = QLineEdit(objectName="fee-paid")
        for edit in (self.fee_asked, self.fee_paid):
            edit.setPlaceholderText(tr("euros, e.g. 12.50"))
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)
        fee_row = QHBoxLayout()
        fee_row.addWidget(QLabel(tr("asked")))
        fee_row.addWidget(self.fee_asked)
        fee_row.addWidget(QLabel(tr("paid")))
        fee_row.addWidget(self.fee_paid)
        save_fee = QPushButton(tr("Save fee"), objectName="save-fee")
        save_fee.clicked.connect(self.save_fee)
        fee_row.addWidget(save_fee)
        fee_row.addStretch(1)
        money_form.addRow(tr("Fee (EUR)"), fee_row)
        self.unfounded_button = QPushButton(tr("Manifestly unfounded or excessive…"), objectName="mark-unfounded")
        self.unfounded_button.clicked.connect(self.mark_unfounded)
        self.unfounded_label = QLabel(objectName="unfounded")
        self.unfounded_label.setWordWrap(True)
        money_form.addRow(self.unfounded_button, self.unfounded_label)
        self.money_problem = QLabel(objectName="fee-problem")
        self.money_problem.setStyleSheet("color: #b02a37;")
        self.money_problem.setWordWrap(True)
        self.money_problem.hide()
        money_form.addRow(self.money_problem)
        money_layout.addWidget(money)
        money_layout.addStretch(1)
        self._items: list = []

    # -- loading ------------------------------------------------------------------------------
    def load(self, case) -> None:
        self.case_id = case.id
        desk.build_checklist(case, self.clerk)
        self._items = store.items_of(case)
        self._profile = profile_of(case.organisation)
        self._language = case.language
        keep = self.selected_position()
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen = None
        for item in self._items:
            text = item_text(item, self._profile, self._language)
            row = QTreeWidgetItem([
                str(item.position), text, tr(STATE_LABELS[item.state]),
                (f"[{item.exception}] " if item.exception else "") + item.note,
                item.who, format_utc(item.at) if item.at else "",
            ])
            row.setData(0, Qt.ItemDataRole.UserRole, item.position)
            row.setForeground(2, QBrush(QColor(STATE_COLOURS[item.state])))
            row.setToolTip(1, text + "\n" + tr("activity: {0}").format(item.activity))
            row.setToolTip(3, item.note)
            self.tree.addTopLevelItem(row)
            if item.position == keep:
                chosen = row
        for column in (0, 1, 2):
            self.tree.resizeColumnToContents(column)
        self.tree.blockSignals(False)
        if chosen is None and self._items:
            first = next_open([(i.position, i.state) for i in self._items], None)
            chosen = self._row(first) if first is not None else None
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        still_open = self.open_count()
        if not self._items:
            self.summary.setText(tr("No checklist: the rights asked need no search or action in the register."))
        else:
            version = case.register_version
            self.summary.setText(tr("{0} of {1} item(s) open · register version {2}").format(
                format_number(still_open), format_number(len(self._items)), version if version is not None else "—"))
        self.searches_button.setEnabled(any(i.action == "search" and i.state == "open" for i in self._items))
        self.fee_asked.setText(format_cents(case.fee_asked_cents))
        self.fee_paid.setText(format_cents(case.fee_paid_cents))
        self.unfounded_label.setText(tr("Marked: {0}").format(case.unfounded_reason) if case.unfounded else "")
        check = store.repeat_check(case.organisation, case.requester_email, case.requester_name,
                                   case.address_lines, case.right_list, case.received, exclude_case=case.id)
        self.repeat.setText(repeat_text(check))
        self._selected()

    def _row(self, position: int):
        for i in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(i)
            if row.data(0, Qt.ItemDataRole.UserRole) == position:
                return row
        return None

    def has_unrecorded_note(self) -> bool:
        """A note typed for the selected item and not recorded yet."""
        item = self._selected_item()
        return item is not None and self.note.text().strip() != (item.note or "").strip()

    def choose_state(self, state: str) -> None:
        self.state.setCurrentIndex(max(0, self.state.findData(state)))
        self.note.setFocus()

    def _selected_item(self):
        position = self.selected_position()
        return next((i for i in self._items if i.position == position), None)

    def open_count(self) -> int:
        """How many items of the loaded checklist are still open."""
        return sum(1 for i in self._items if i.state == "open")

    def selected_position(self) -> int | None:
        current = self.tree.currentItem()
        return current.data(0, Qt.ItemDataRole.UserRole) if current else None

    def select(self, position: int) -> None:
        row = self._row(position)
        if row is not None:
            self.tree.setCurrentItem(row)

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
        """Record the selected item; then the next open item is chosen, its note ready to type."""
        position = self.selected_position()
        if position is None:
            self._show_problem(tr("Choose an item of the checklist first."))
            return False
        exception = self.exception.currentData() if self.exception.isEnabled() else None
        shown = next((i for i in self._items if i.position == position), None)  # its version as shown
        try:
            if shown is None:
                desk.set_item(self._case(), position, self.state.currentData(), self.note.text(), self.clerk,
                              exception=exception)
            else:  # a colleague's mark meanwhile: Reload, Compare, Keep mine (ui.conflict)
                outcome = conflict.mark_item(self, self._case(), shown, self.state.currentData(), self.note.text(),
                                             self.clerk, exception)
                if outcome != conflict.SAVED:
                    if outcome == conflict.RELOAD:
                        self.changed.emit()  # the case detail reloads the pane: their mark shown
                    return False
        except ChecklistError as exc:
            self._show_problem(exc)
            return False
        self.problem.hide()
        states = [(i.position, i.state if i.position != position else self.state.currentData()) for i in self._items]
        following = next_open(states, position)
        self.changed.emit()  # the case detail reloads the pane
        if following is not None:
            self.select(following)
            self.note.setFocus()
            self.note.selectAll()
        return True

    def mark_searches_done(self) -> bool:
        """Every open search item done with the one note the clerk types (what was found)."""
        open_searches = [i for i in self._items if i.action == "search" and i.state == "open"]
        if not open_searches:
            return False
        dialog = TextDialog(
            tr("Mark every search done"),
            tr("{0} search item(s) are still open. Mark them all done, with this note (what was found: the access "
               "answer lists each of these activities):").format(format_number(len(open_searches))),
            self, items=[f"#{i.position} {item_text(i, self._profile, self._language)}" for i in open_searches])
        dialog.setObjectName("searches-done-dialog")
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return False
        try:
            desk.mark_searches_done(self._case(), dialog.text(), self.clerk)
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
            self.money_problem.setText("\n".join(problems))
            self.money_problem.show()
            return False
        self.money_problem.hide()
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
        items=[f"#{i.position} {item_text(i, profile_of(case.organisation), case.language)}" for i in still_open],
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
