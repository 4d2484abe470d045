"""The case detail: every field editable, the deadline with its reasoning, workflow, timeline."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import attachments as attachment_desk
from dsar_desk.desk import cases as desk
from dsar_desk.domain import actions, finishing
from dsar_desk.domain.cases import (
    FIELD_LABELS,
    OPEN_STATUSES,
    RIGHT_LABELS,
    STATUS_LABELS,
    CaseRuleError,
    InvalidCase,
)
from dsar_desk.settings import Settings
from dsar_desk.store import cases as store
from dsar_desk.store.deadlines import deadline_of
from dsar_desk.ui import conflict, files, geometry, identity_check, keys, seam, status_flow
from dsar_desk.ui.checklist import ChecklistPanel, confirm_answered
from dsar_desk.ui.date_dialog import DateDialog
from dsar_desk.ui.flow_layout import FlowLayout
from dsar_desk.ui.i18n import ui_language
from dsar_desk.ui.intake import CaseFieldsForm
from dsar_desk.ui.live import CaseNotices
from dsar_desk.ui.message_intake import mark_identity_proposal
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.status_flow import CloseDialog
from dsar_desk.ui.text import days_left_text, format_long_date, format_size, format_utc, labelled, tr
from dsar_desk.ui.unsaved import EditGuard
from dsar_desk.ui.widgets import FieldErrors, TextDialog

# How a status change is offered on a button.
ACTION_LABELS = {
    "awaiting-identity": "Awaiting identity",
    "in-progress": "Start work",
    "answered": "Mark answered",
    "closed": "Close case…",
    "refused": "Refuse",
    "withdrawn": "Withdrawn by requester",
}

OTHER_ACTION_LABELS = {
    actions.INFORMATION_RECEIVED: "Identity received",
    actions.REQUEST_IDENTITY: "Identity requested",
    actions.EXTEND: "Extend…",
}

EVENT_LABELS = {
    "created": "Case created",
    "edited": "Edited",
    "status": "Status changed",
    "note": "Note",
    "attachment": "Attachment added",
    "deadline": "Due date moved",
    "extended": "Deadline extended",
    "pause": "Waiting for requester",
    "outcome": "Outcome",
    "identity": "Identity check",
    "opened": "Attachment opened",
    "purged": "ID copy purged",
    "checklist": "Checklist",
    "checklist-override": "Answered with open items",
    "fee": "Fee",
    "unfounded": "Unfounded or excessive",
    "letter": "Letter made",
    "letter-sent": "Letter sent",
    "mail": "E-mail",
    "status-undo": "Status change undone",
    "no-letter": "Answered without a letter",
    "overwritten": "Kept over a colleague's change",
}


class CaseDetail(QDialog):
    """One case. Non-modal: several can be open beside the list.

    Edits are saved with Save (Ctrl+S); Esc and closing the window ask when something typed is not
    saved yet (dsar_desk.ui.unsaved). The status changes that matter ask for confirmation, and the
    last one made here can be undone (Ctrl+Z) while nothing else was done to the case.
    """

    changed = Signal(str)  # the reference, after any saved change

    def __init__(self, case_id: int, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("case-detail")
        self.case_id = case_id
        self.clerk = clerk
        self.undoable: str | None = None  # the status this window last moved the case to (this session)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(objectName="title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline = QLabel(objectName="deadline")
        self.deadline.setWordWrap(True)
        self.deadline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title)
        outer.addWidget(self.deadline)
        # team mode: who else has the case open, a colleague's change while editing (ui.live)
        self.notices = CaseNotices(self)
        outer.addWidget(self.notices)
        self.shown = None  # the case as these fields were loaded from: a save goes over its version

        actions_box = QWidget(objectName="actions")
        self.actions = FlowLayout(actions_box)
        outer.addWidget(actions_box)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="case-splitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 4, 0)
        self.fields = CaseFieldsForm(form_box, with_organisation=False, rights_columns=2)
        form_layout.addWidget(self.fields)
        self.errors = FieldErrors(self.fields.field_widgets, form_box)
        form_layout.addWidget(self.errors)
        form_layout.addStretch(1)
        left_layout.addWidget(geometry.scrolling(form_box, object_name="fields-scroll"), 1)
        self.save_button = QPushButton(tr("Save changes"), objectName="save")
        self.save_button.setToolTip(tr("Save the changes to the fields (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        left_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter.addWidget(left)

        # Right of the fields, one tab at a time: the history of the case, what is left to do, the fee.
        self.tabs = QTabWidget(objectName="case-tabs")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.timeline = QTreeWidget(objectName="timeline")
        self.timeline.setHeaderLabels([tr("When"), tr("Who"), tr("What"), tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setWordWrap(True)
        self.timeline.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline.header().setStretchLastSection(True)
        right_layout.addWidget(self.timeline, 1)
        note_row = QHBoxLayout()
        self.note = QLineEdit(objectName="note")
        self.note.setPlaceholderText(tr("Add a note to the timeline…"))
        self.note.returnPressed.connect(self.add_note)
        add_note = QPushButton(tr("Add note"), objectName="add-note")
        add_note.clicked.connect(self.add_note)
        note_row.addWidget(self.note, 1)
        note_row.addWidget(add_note)
        right_layout.addLayout(note_row)

        files = QGroupBox(tr("Attachments"))
        files_layout = QHBoxLayout(files)
        self.attachments = QListWidget(objectName="attachments")
        self.attachments.setMinimumHeight(48)
        self.attachments.setMaximumHeight(90)
        files_layout.addWidget(self.attachments, 1)
        buttons = QVBoxLayout()
        attach = QPushButton(tr("Attach…"))
        attach.clicked.connect(self._choose_files)
        save_copy = QPushButton(tr("Save a copy…"))
        save_copy.clicked.connect(self._save_copy)
        buttons.addWidget(attach)
        buttons.addWidget(save_copy)
        buttons.addStretch(1)
        files_layout.addLayout(buttons)
        right_layout.addWidget(files)
        self.tabs.addTab(right, tr("Timeline and attachments"))
        splitter.addWidget(self.tabs)
        self.checklist = ChecklistPanel(clerk, self)
        self.checklist.changed.connect(self._done)
        self.tabs.addTab(self.checklist, tr("Checklist"))
        self.tabs.addTab(geometry.scrolling(self.checklist.money_panel, object_name="fee-scroll"),
                         tr("Fee and refusal"))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return never presses a button by accident (a status change!)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_status)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=lambda: self.open_letter())
        QShortcut(QKeySequence("Ctrl+I"), self, activated=self._identity_shortcut)
        self.guard = EditGuard(self, exclude=[self.checklist.item_form, self.checklist.tree, self.timeline],
                               extra=self.checklist.has_unrecorded_note)
        self.fields_guard = EditGuard(self.fields)
        size = geometry.fit(self, "case-detail", (1240, 860))
        # the fields as wide as they need (within reason), the tabs the rest
        wanted = self.fields.minimumSizeHint().width() + 40
        left_width = min(max(int(size.width() * 0.4), wanted), int(size.width() * 0.5))
        splitter.setSizes([left_width, size.width() - left_width])
        self.refresh()

    def reject(self) -> None:
        """Esc, or closing the window: unsaved edits are never dropped silently."""
        if self.guard.allows_leaving(self.save):
            super().reject()

    # -- loading ------------------------------------------------------------------------------
    def case(self):
        return store.get_case_by_id(self.case_id)

    def refresh(self) -> None:
        self._show(self.case())

    def _show(self, case) -> None:
        self.setWindowTitle(f"{case.reference} — {case.requester_name}")
        status = tr(STATUS_LABELS[case.status])
        self.title.setText(f"{case.reference} · {case.organisation.name} · {status}")
        keep_edits = self.fields_guard.dirty()  # fields typed and not saved stay as typed
        if not keep_edits or self.shown is None:
            self.shown = case
            self.notices.clear_changed()
        if not keep_edits:
            self.fields.set_languages(case.organisation.language_list)
            self.fields.country.set_first(case.organisation.country)
            self.fields.received.setMaximumDate(self.fields.received.date().currentDate())
            self.fields.load(store.draft_of(case))
            self.fields_guard.mark_clean()
        self._show_deadline(case)
        self._show_actions(case)
        self._show_timeline(case)
        self._show_attachments(case)
        self.checklist.load(case)
        still_open = self.checklist.open_count()
        self.tabs.setTabText(1, tr("Checklist ({0} open)").format(still_open) if still_open else tr("Checklist"))
        if not keep_edits:
            self.guard.mark_clean()

    def _show_deadline(self, case) -> None:
        deadline = deadline_of(case, ui_language())
        today = date.today()
        parts = [f"<b>{labelled(tr('Due'), format_long_date(deadline.due))}</b>"]
        if case.status in OPEN_STATUSES:
            left = deadline.days_left(today)
            soon = Settings().soon_days
            colour = "#842029" if left < 0 else "#664d03" if left <= soon else "#0f5132"
            parts.append(f"<span style='color:{colour}'>{days_left_text(left)}</span>")
        parts.append(labelled(tr("legal limit"), format_long_date(deadline.legal_limit)))
        if deadline.promise:
            parts.append(labelled(tr("promised"), format_long_date(deadline.promise)))
        if deadline.extended:
            parts.append(tr("extended"))
        if deadline.waiting:
            parts.append(tr("waiting for the requester ({0} days so far)").format(deadline.waited_days))
        self.deadline.setText(" · ".join(parts) + f"<br><span style='color:#505050'>{html.escape(deadline.explanation)}</span>")

    def _show_actions(self, case) -> None:
        """A button for each action the rules allow now (domain.actions), nothing else."""
        while self.actions.count():
            item = self.actions.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.allowed = {a.name: a for a in store.actions_of(case)}
        for name, action in self.allowed.items():
            if not action.allowed:
                continue
            new = action.status
            if new is not None:
                if new == "awaiting-identity":
                    continue  # "Identity requested" below moves the case there and stops the clock
                button = QPushButton(tr(ACTION_LABELS[new]), objectName=f"to-{new}")
                button.clicked.connect(lambda _=False, s=new: self.change_status(s))
                self.actions.addWidget(button)
        for name, object_name, slot in (
            (actions.INFORMATION_RECEIVED, "identity-received", self.identity_received),
            (actions.REQUEST_IDENTITY, "identity-requested", self.identity_requested),
            (actions.EXTEND, "extend", self.extend),
        ):
            action = self.allowed.get(name)
            # Extending is shown while the case is open and not extended, disabled once too late,
            # so that the clerk sees why; the other actions only when they are possible.
            shown = action.allowed or (name == actions.EXTEND and case.status in OPEN_STATUSES
                                       and not case.extended)
            if shown:
                button = QPushButton(tr(OTHER_ACTION_LABELS[name]), objectName=object_name)
                button.clicked.connect(slot)
                button.setEnabled(action.allowed)
                if not action.allowed:
                    button.setToolTip(translate_message(action.reason))
                if name == actions.INFORMATION_RECEIVED:
                    mark_identity_proposal(button, case)  # a proof of identity came by e-mail: a proposal
                self.actions.addWidget(button)
        from dsar_desk.ui.letters import add_letter_buttons  # "Letters…", "Extension letter…"

        add_letter_buttons(self, case)
        ident = QPushButton(tr("Identity check…"), objectName="identity-check")
        ident.clicked.connect(self.open_identity)
        check = self.allowed.get(actions.IDENTITY_CHECK)
        ident.setEnabled(check is None or check.allowed)
        if check is not None and not check.allowed:
            ident.setToolTip(translate_message(check.reason))
        self.actions.addWidget(ident)
        if self.undoable and self.undoable == case.status:
            undo = QPushButton(tr("Undo “{0}”").format(tr(STATUS_LABELS[case.status])), objectName="undo-status")
            undo.setToolTip(tr("Take back the last status change made here (Ctrl+Z); the timeline keeps both"))
            undo.clicked.connect(self.undo_status)
            self.actions.addWidget(undo)
        for i in range(self.actions.count()):
            widget = self.actions.itemAt(i).widget()
            if isinstance(widget, QPushButton):
                widget.setAutoDefault(False)

    def _identity_shortcut(self) -> None:
        check = getattr(self, "allowed", {}).get(actions.IDENTITY_CHECK)
        if check is None or check.allowed:
            self.open_identity()

    def open_identity(self):
        """The identity check of this case."""
        return identity_check.open_identity(self)

    def open_letter(self, kind: str | None = None):
        """The letters of this case, with ``kind`` chosen when given."""
        from dsar_desk.ui.letters import open_letters

        return open_letters(self, kind)

    def _show_timeline(self, case) -> None:
        self.timeline.clear()
        for event in store.events_of(case):
            what = tr(EVENT_LABELS.get(event.kind, event.kind))
            if event.kind == "edited":
                field = tr(FIELD_LABELS[event.field]) if event.field in FIELD_LABELS else event.field
                details = f"{field}: {event.old or '∅'} → {event.new or '∅'}"
            elif event.kind == "status-undo":
                details = f"{tr(STATUS_LABELS.get(event.old, event.old))} → {tr(STATUS_LABELS.get(event.new, event.new))}"
            elif event.kind == "overwritten":  # "keep mine" over a colleague's change (ui.conflict)
                fields = ", ".join(tr(FIELD_LABELS[f]) if f in FIELD_LABELS else f
                                   for f in (x.strip() for x in event.field.split(",")) if f)
                details = tr("over the change by {0}: {1}").format(event.old or tr("someone else"), fields)
            elif event.kind == "no-letter":
                details = labelled(tr(RIGHT_LABELS.get(event.field, event.field)), event.text)
            elif event.kind == "status":
                details = f"{tr(STATUS_LABELS.get(event.old, event.old))} → {tr(STATUS_LABELS.get(event.new, event.new))}"
                if event.text:
                    details += f" ({event.text})"
            elif event.kind in ("deadline", "extended"):
                details = f"{event.old} → {event.new}" + (f": {event.text}" if event.text else "")
            elif event.kind == "outcome":
                details = labelled(tr(RIGHT_LABELS.get(event.field, event.field)), event.text)
            else:
                details = event.text or event.new
            item = QTreeWidgetItem([format_utc(event.at), event.who, what, details])
            item.setToolTip(3, details)
            self.timeline.addTopLevelItem(item)
        for column in range(3):
            self.timeline.resizeColumnToContents(column)
        self.timeline.scrollToBottom()

    def _show_attachments(self, case) -> None:
        self.attachments.clear()
        for a in store.attachments_of(case):
            item = QListWidgetItem(f"{a.filename} ({format_size(a.size)})")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, a.filename)
            self.attachments.addItem(item)

    # -- actions ------------------------------------------------------------------------------
    def _done(self) -> None:
        case = self.case()
        if self.notices.changed.isHidden():
            self.shown = case  # this window's own change: the fields kept go over it without asking
        self._show(case)
        self.changed.emit(case.reference)

    # -- team mode (ui.live) ------------------------------------------------------------------
    def show_presence(self, others: list[str]) -> None:
        """The colleagues who have this case open now."""
        self.notices.show_presence(others)

    def colleague_changed(self, who: str) -> None:
        """The case changed on the team server: shown at once; fields typed and not saved stay
        as typed, with "changed by X" (their Save then asks what to keep)."""
        editing = self.fields_guard.dirty()
        self.refresh()
        if editing and self.shown is not None and self.shown.version != self.case().version:
            self.notices.show_changed(who)

    def _reload_theirs(self) -> None:
        """Reload after a conflict: the colleague's version, my edits dropped."""
        self.fields_guard.mark_clean()
        self.shown = None
        self._done()

    def _fail(self, message) -> None:
        seam.message(self, tr("Not possible"), message, icon=seam.QMessageBox.Icon.Warning)

    def save(self) -> bool:
        """Save the fields; True when saved (or nothing to save), False with the problems shown."""
        draft = self.fields.draft()
        changes = {k: getattr(draft, k) for k in desk.EDITABLE}
        try:
            outcome, changed = conflict.save_case_edits(self, self.shown or self.case(), changes, self.clerk)
        except InvalidCase as exc:
            self.errors.show_problems(exc.problems)
            return False
        if outcome == conflict.RELOAD:
            self._reload_theirs()
            return False
        if outcome == conflict.CANCEL:
            return False  # nothing written; the fields keep what was typed
        self.errors.clear_marks()
        self.notices.clear_changed()
        self.fields_guard.mark_clean()
        if changed:
            self._done()
        if self.note.text().strip() or self.checklist.has_unrecorded_note():
            return True  # the fields are saved; the note line and the checklist are not fields
        self.guard.mark_clean()
        return True

    def add_note(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        try:
            desk.add_note(self.case(), text, self.clerk)
        except InvalidCase as exc:
            self._fail(exc)
            return
        self.note.clear()
        self._done()

    def change_status(self, status: str) -> bool:
        """A status button: the changes that matter ask first (domain.finishing.needs_confirmation);
        True when the case moved."""
        case = self.shown or self.case()  # the case as shown: a colleague's change meanwhile is asked about
        outcomes = None
        note = ""
        override = ""
        if finishing.is_reopening(case.status, status) and not status_flow.confirm_reopening(self, case, status):
            return False
        if status in ("refused", "withdrawn"):
            note = status_flow.ask_reason(self, status, tr(ACTION_LABELS[status]))
            if note is None:
                return False
        if status == "answered":  # open checklist items need an override reason
            override = confirm_answered(self, case)
            if override is None:
                return False
        if status in ("answered", "closed"):
            dialog = CloseDialog(case, closing=status == "closed", parent=self)
            while True:
                if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                    return False
                try:
                    outcome = conflict.change_status(self, case, status, self.clerk, outcomes=dialog.outcomes(),
                                                     override=override)
                    if outcome != conflict.SAVED:
                        return self._not_moved(outcome)
                    break
                except InvalidCase as exc:
                    self._fail(exc)  # the dialog comes back with what was typed
                except CaseRuleError as exc:
                    self._fail(exc)
                    return False
        else:
            try:
                outcome = conflict.change_status(self, case, status, self.clerk, outcomes=outcomes, note=note,
                                                 override=override)
            except (InvalidCase, CaseRuleError) as exc:
                self._fail(exc)
                return False
            if outcome != conflict.SAVED:
                return self._not_moved(outcome)
        self.undoable = status
        self._done()
        return True

    def _not_moved(self, outcome: str) -> bool:
        if outcome == conflict.RELOAD:
            self._reload_theirs()
        return False

    def undo_status(self) -> bool:
        """Take back the last status change made in this window (the timeline keeps both)."""
        if not self.undoable:
            return False
        case = self.case()
        if case.status != self.undoable:
            self.undoable = None
            return False
        if not seam.ask(self, tr("Undo the status change"),
                        tr("Move {0} back from “{1}”? The change and its undo both stay in the timeline.").format(
                            case.reference, tr(STATUS_LABELS[case.status]))):
            return False
        try:
            desk.undo_status_change(case, self.clerk)
        except CaseRuleError as exc:
            self.undoable = None
            self._fail(exc)
            self._done()
            return False
        self.undoable = None
        self._done()
        return True

    def _ask_date(self, title: str, prompt: str, earliest: date) -> date | None:
        """The date of a pause's start or end (often recorded a few days later)."""
        today = date.today()
        dialog = DateDialog(title, prompt, today, earliest=min(earliest, today), latest=today, parent=self)
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.date()

    def identity_requested(self) -> None:
        case = self.case()
        on = self._ask_date(tr("Identity requested"),
                            tr("On which date did you ask the requester to confirm their identity? "
                               "The deadline is suspended from that day."), case.received)
        if on is None:
            return
        try:
            desk.request_identity(case, self.clerk, on)
        except CaseRuleError as exc:
            self._fail(exc)
            return
        self._done()

    def identity_received(self) -> None:
        case = self.case()
        pause = store.open_pause(case)
        on = self._ask_date(tr("Identity received"),
                            tr("On which date did the proof of identity arrive? The deadline moves by the "
                               "days waited."), pause.requested if pause else case.received)
        if on is None:
            return
        try:
            desk.information_received(case, self.clerk, on)
        except CaseRuleError as exc:
            self._fail(exc)
            return
        self._done()

    def extend(self) -> None:
        dialog = TextDialog(
            tr("Extend the deadline"),
            tr("The deadline moves to three months from receipt (GDPR Art. 12(3)). Give the reasons: "
               "they are recorded and go in the extension letter to the requester."),
            self,
        )
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            deadline = desk.extend(self.case(), dialog.text(), self.clerk)
        except InvalidCase as exc:
            self._fail(exc)
            return
        except CaseRuleError as exc:
            self._fail(exc)
            return
        self._done()
        self.offer_extension_letter(deadline)

    def offer_extension_letter(self, deadline) -> None:
        """Art. 12(3): the requester must be told of the extension and its reasons."""
        if not seam.ask(self, tr("Extension letter"),
                        tr("The deadline is now {0}. The requester must be told of the extension and its "
                           "reasons within the first month (by {1}). Prepare the extension letter now?").format(
                            format_long_date(deadline.due), format_long_date(deadline.first_limit))):
            return
        self.open_letter("extension")

    def _choose_files(self) -> None:
        self.attach_files(files.open_files(self, tr("Attach files")))

    def attach_files(self, paths: list[Path]) -> None:
        if not paths or not keys.ensure_attachment_key(self):
            return  # nothing chosen; or attachments are encrypted, no key: nothing stored
        case = self.case()
        problems = []
        for path in paths:
            try:
                attachment_desk.add_attachment(case, attachment_desk.read_file(path), self.clerk)
            except InvalidCase as exc:
                problems.extend(exc.problems)
        if problems:
            self._fail("\n".join(problems))
        self._done()

    def _save_copy(self) -> None:
        item = self.attachments.currentItem()
        if item is None:
            return
        target = files.save_file(self, tr("Save a copy"), item.data(Qt.ItemDataRole.UserRole + 1))
        if target is not None:  # decrypts, and records "opened" in the timeline
            keys.save_attachment_copy(self, item.data(Qt.ItemDataRole.UserRole), target)
