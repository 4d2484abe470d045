"""The identity check of a case: method, outcome, document, MRZ with a live check-digit result, an ID
copy by file dialog or drag and drop, with the black-out reminder. No rules here: they are in
dsar_desk.domain.identity, enforced by dsar_desk.desk.identity.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import attachments as attachment_desk
from dsar_desk.desk import cases as case_desk
from dsar_desk.desk import identity as desk
from dsar_desk.desk import keys
from dsar_desk.domain import identity as rules
from dsar_desk.domain.cases import CaseRuleError, FieldProblem, InvalidCase, NewAttachment
from dsar_desk.domain.identity import (
    DOCUMENT_TYPE_LABELS,
    FIELD_LABELS,
    MATCHED_LABELS,
    METHOD_LABELS,
    OUTCOME_LABELS,
)
from dsar_desk.domain.mrz import MrzFormatError
from dsar_desk.store import cases as store
from dsar_desk.store import identity as idstore
from dsar_desk.ui import files, geometry, seam, workers
from dsar_desk.ui.keys import _mono, ensure_attachment_key
from dsar_desk.ui.messages import message_of, translate_message
from dsar_desk.ui.purge import start_purge
from dsar_desk.ui.text import format_long_date, format_size, labelled, tr
from dsar_desk.ui.unsaved import EditGuard
from dsar_desk.ui.widgets import CountryBox, date_edit

ID_COPY_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".webp")
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date edit: shown as "—", means none
def _to_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def _problem_lines(problems: list[FieldProblem]) -> str:
    return "\n".join("• " + labelled(tr(FIELD_LABELS.get(p.field, p.field)), translate_message(p.message))
                     for p in problems)


# --------------------------------------------------------------------------- the key


class IdentityDialog(QDialog):
    """Record an identity check of one case."""

    recorded = Signal(int)  # the check's id

    def __init__(self, case_id: int, clerk: str, parent=None):
        super().__init__(parent)
        self.setObjectName("identity-check")
        self.setAcceptDrops(True)
        self.case_id = case_id
        self.clerk = clerk
        self.id_copy: NewAttachment | None = None
        self.purge_worker: workers.Worker | None = None
        case = store.get_case_by_id(case_id)
        self.setWindowTitle(tr("Identity check — {0}").format(case.reference))
        outer = QVBoxLayout(self)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 4, 0)
        outer.addWidget(geometry.scrolling(content, object_name="identity-scroll"), 1)

        self.state = QLabel(objectName="state")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.policy_method = rules.policy_method(idstore.policy_method(case))
        self.policy = QLabel(objectName="policy")
        self.policy.setWordWrap(True)
        if self.policy_method:
            self.policy.setText(tr("{0}'s policy asks for: {1}. Another method needs the reason, below.").format(
                case.organisation.name, tr(METHOD_LABELS[self.policy_method])))
        else:
            self.policy.setText(tr("{0}'s policy asks for no routine identity check: ask for proof only when "
                                   "there is a reasonable doubt (Art. 12(6)).").format(case.organisation.name))
        layout.addWidget(self.policy)

        form = QFormLayout()
        self.method = QComboBox(objectName="method")
        for key in rules.METHODS:
            self.method.addItem(tr(METHOD_LABELS[key]), key)
        if self.policy_method:  # the method the policy asks for comes first and is chosen
            index = self.method.findData(self.policy_method)
            self.method.setItemText(index, tr("{0} (the policy)").format(tr(METHOD_LABELS[self.policy_method])))
            self.method.setCurrentIndex(index)
        self.outcome = QComboBox(objectName="outcome")
        for key in rules.OUTCOMES:
            self.outcome.addItem(tr(OUTCOME_LABELS[key]), key)
        self.checked_on = date_edit("checked_on")
        self.checked_on.setDate(QDate.currentDate())
        self.checked_on.setMaximumDate(QDate.currentDate())
        form.addRow(tr("Method"), self.method)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("Date of the check"), self.checked_on)
        layout.addLayout(form)

        # what matched (account-match)
        self.matched_box = QGroupBox(tr("Which data matched what the organisation holds"))
        matched_layout = QVBoxLayout(self.matched_box)
        self.matched: dict[str, QCheckBox] = {}
        for key in rules.MATCHED_DATA:
            box = QCheckBox(tr(MATCHED_LABELS[key]), objectName=f"matched-{key}")
            self.matched[key] = box
            matched_layout.addWidget(box)
        layout.addWidget(self.matched_box)

        # the document (id-document)
        self.document_box = QGroupBox(tr("Identity document"))
        doc = QFormLayout(self.document_box)
        self.document_type = QComboBox(objectName="document_type")
        self.document_type.addItem("—", "")
        for key in rules.DOCUMENT_TYPES:
            self.document_type.addItem(tr(DOCUMENT_TYPE_LABELS[key]), key)
        self.issuing_country = CountryBox(self, objectName="issuing_country")
        self.issuing_country.set_first(case.requester_country or case.organisation.country)
        self.expiry = date_edit("expiry")
        self.expiry.setMinimumDate(NO_DATE)
        self.expiry.setSpecialValueText("—")
        self.expiry.setDate(NO_DATE)
        self.expired_flag = QLabel(objectName="expired")
        self.expired_flag.setStyleSheet("color: #b02a37; font-weight: 600;")
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiry)
        expiry_row.addWidget(self.expired_flag, 1)
        self.document_number = QLineEdit(objectName="document_number")
        self.document_number.setPlaceholderText(tr("only the last 4 characters are kept"))
        doc.addRow(tr("Type"), self.document_type)
        doc.addRow(tr("Issuing country"), self.issuing_country)
        doc.addRow(tr("Expiry date"), self._wrap(expiry_row))
        doc.addRow(tr("Document number"), self.document_number)
        self.surname = QLineEdit(objectName="surname")
        self.given_names = QLineEdit(objectName="given_names")
        surname, given = rules.split_name(case.requester_name)
        self.surname.setText(surname)
        self.given_names.setText(given)
        doc.addRow(tr("Surname on the document"), self.surname)
        doc.addRow(tr("Given names on the document"), self.given_names)
        self.mrz = QPlainTextEdit(objectName="mrz")
        self.mrz.setFont(_mono())
        self.mrz.setPlaceholderText(tr("Optional: type or paste the machine-readable zone (2 or 3 lines). "
                                       "It is checked, never kept."))
        self.mrz.setFixedHeight(72)
        doc.addRow(tr("MRZ"), self.mrz)
        self.mrz_result = QLabel(objectName="mrz-result")
        self.mrz_result.setWordWrap(True)
        doc.addRow("", self.mrz_result)

        # the ID copy
        copy_row = QHBoxLayout()
        self.copy_label = QLabel(tr("No ID copy kept (drop a file here to keep one)"), objectName="id-copy")
        attach = QPushButton(tr("Attach ID copy…"), objectName="attach-id-copy")
        attach.clicked.connect(self._choose_copy)
        self.remove_copy = QPushButton(tr("Remove"), objectName="remove-id-copy")
        self.remove_copy.clicked.connect(lambda: self.set_id_copy(None))
        copy_row.addWidget(self.copy_label, 1)
        copy_row.addWidget(attach)
        copy_row.addWidget(self.remove_copy)
        doc.addRow(tr("ID copy"), self._wrap(copy_row))
        self.blackout_reminder = QLabel(objectName="blackout-reminder")
        self.blackout_reminder.setWordWrap(True)
        self.blackout_reminder.setStyleSheet("color: #664d03;")
        self.blackout_reminder.setText(tr(
            "Before keeping a copy: black out the photo and the national (citizen) number unless they "
            "are needed for this check. The copy is stored encrypted and deleted automatically after "
            "the retention period of the organisation's policy."))
        doc.addRow("", self.blackout_reminder)
        self.blacked_out = QCheckBox(tr("The photo and national number are blacked out (or needed for this check)"),
                                     objectName="blacked_out")
        doc.addRow("", self.blacked_out)
        self.proportionality = QPlainTextEdit(objectName="proportionality")
        self.proportionality.setPlaceholderText(tr("Why are lesser means (data already held, a signed letter) "
                                                   "not enough?"))
        self.proportionality.setFixedHeight(54)
        doc.addRow(tr("Why an ID copy"), self.proportionality)
        layout.addWidget(self.document_box)

        reason_form = QFormLayout()
        self.reason = QLineEdit(objectName="reason")
        self.reason.setPlaceholderText(tr("Why not needed / how it was checked / why it failed"))
        reason_form.addRow(tr("Reason"), self.reason)
        layout.addLayout(reason_form)

        self.errors = QLabel(objectName="errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b02a37;")
        self.errors.hide()
        layout.addWidget(self.errors)
        layout.addStretch(1)

        bottom = QHBoxLayout()
        self.ask_copy = QPushButton(tr("Ask the requester for an ID copy"), objectName="ask-id-copy")
        self.ask_copy.setToolTip(tr("Needs the reason why lesser means are not enough (in 'Why an ID copy')"))
        self.ask_copy.clicked.connect(self.ask_for_copy)
        bottom.addWidget(self.ask_copy)
        bottom.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.mrz.textChanged.connect(self.update_mrz_result)
        for edit in (self.surname, self.given_names, self.document_number):
            edit.textChanged.connect(self.update_mrz_result)
        self.expiry.dateChanged.connect(self._expiry_changed)
        self.checked_on.dateChanged.connect(self._expiry_changed)
        self.set_id_copy(None)
        self._method_changed()
        self._show_state()
        geometry.fit(self, "identity-check", (700, 820))
        self.guard = EditGuard(content)
        self.guard.mark_clean()

    def reject(self) -> None:
        """Esc, or closing the window: a check typed and not saved is not dropped silently."""
        if self.guard.allows_leaving(self._save_for_guard):
            super().reject()

    def _save_for_guard(self) -> bool:
        self.save()  # saved: the dialog accepted itself; not: the problems are shown, it stays
        return False

    @staticmethod
    def _wrap(layout) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    # -- live feedback ---------------------------------------------------------------------------
    def _show_state(self) -> None:
        case = store.get_case_by_id(self.case_id)
        block = idstore.disclosure_block(case)
        lines = [tr("Letters that disclose data: allowed") if block is None
                 else labelled(tr("Letters that disclose data are blocked"), translate_message(block))]
        latest = idstore.latest_check(case)
        if latest is not None:
            lines.append(tr("Last check: {0} on {1} by {2}").format(
                tr(OUTCOME_LABELS[latest.outcome]), format_long_date(latest.checked_on), latest.who))
        for reminder in idstore.identity_reminders(organisation=case.organisation.slug):
            if reminder.case_id == case.id:
                lines.append(tr("Reminder: the requester has not answered the identity request for {0} days")
                             .format(reminder.days_waiting))
        self.state.setText("\n".join(lines))

    def _method_changed(self) -> None:
        method = self.method.currentData()
        self.matched_box.setVisible(method == "account-match")
        self.document_box.setVisible(method == "id-document")
        other = bool(self.policy_method) and method not in (self.policy_method, "not-needed", "other")
        self.reason.setPlaceholderText(tr("Why another method than the policy's (required)") if other else
                                       tr("Why not needed / how it was checked / why it failed"))
        if method == "not-needed":
            self.outcome.setCurrentIndex(self.outcome.findData("not-needed"))

    def _expiry_changed(self) -> None:
        expiry = _to_date(self.expiry)
        checked = self.checked_on.date().toPython()
        self.expired_flag.setText(tr("EXPIRED") if rules.is_expired(expiry, checked) else "")
        self.update_mrz_result()

    def update_mrz_result(self) -> None:
        text = self.mrz.toPlainText()
        if not text.strip():
            self.mrz_result.setText("")
            return
        try:
            summary = rules.check_mrz(text, surname=self.surname.text(), given_names=self.given_names.text(),
                                      expiry=_to_date(self.expiry), document_number=self.document_number.text(),
                                      issuing_country=self.issuing_country.code() or "")
        except MrzFormatError as exc:
            self.mrz_result.setStyleSheet("color: #b02a37;")
            self.mrz_result.setText(labelled(tr("Not an MRZ"), translate_message(exc)))
            return
        self.mrz_result.setStyleSheet("color: #0f5132;" if summary.all_agree else "color: #b02a37;")
        lines = ["; ".join(translate_message(part) for part in summary.parts())]
        lines += [translate_message(m) for m in summary.messages]
        self.mrz_result.setText("\n".join(lines))

    # -- the ID copy -----------------------------------------------------------------------------
    def _choose_copy(self) -> None:
        path = files.open_file(self, tr("Attach an ID copy"),
                               tr("Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)"))
        if path is not None:
            self.attach_copy(path)

    def attach_copy(self, path: Path) -> bool:
        if path.suffix.lower() not in ID_COPY_SUFFIXES:
            self._show_errors([FieldProblem("id_copy", tr("{0}: attach an image or a PDF").format(path.name))])
            return False
        try:
            copy = attachment_desk.read_file(path, kind="id-copy", field="id_copy")
        except InvalidCase as exc:
            self._show_errors(exc.problems)
            return False
        self.set_id_copy(copy)
        if self.method.currentData() != "id-document":
            self.method.setCurrentIndex(self.method.findData("id-document"))
        return True

    def set_id_copy(self, copy: NewAttachment | None) -> None:
        self.id_copy = copy
        if copy is None:
            self.copy_label.setText(tr("No ID copy kept (drop a file here to keep one)"))
        else:
            self.copy_label.setText(tr("{0} ({1}) will be kept encrypted until the purge")
                                    .format(copy.filename, format_size(len(copy.data))))
        has = copy is not None
        self.remove_copy.setVisible(has)
        self.blackout_reminder.setVisible(has)
        self.blacked_out.setVisible(has)
        if not has:
            self.blacked_out.setChecked(False)

    def dragEnterEvent(self, event):  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.attach_copy(files[0])
            event.acceptProposedAction()

    # -- saving ----------------------------------------------------------------------------------
    def draft(self) -> rules.IdentityDraft:
        return rules.IdentityDraft(
            method=self.method.currentData() or "",
            outcome=self.outcome.currentData() or "",
            checked_on=self.checked_on.date().toPython(),
            matched=[k for k, box in self.matched.items() if box.isChecked()],
            document_type=self.document_type.currentData() or "",
            issuing_country=self.issuing_country.code(),
            expiry=_to_date(self.expiry),
            document_number=self.document_number.text(),
            mrz=self.mrz.toPlainText(),
            surname=self.surname.text(),
            given_names=self.given_names.text(),
            reason=self.reason.text(),
            proportionality=self.proportionality.toPlainText(),
            keep_id_copy=self.id_copy is not None,
            blacked_out=self.blacked_out.isChecked(),
        )

    def _show_errors(self, problems: list[FieldProblem]) -> None:
        self.errors.setText(_problem_lines(problems))
        self.errors.setVisible(bool(problems))

    def save(self) -> None:
        draft = self.draft()
        _, problems = rules.validate_check(draft, policy_identity=idstore.policy_method(store.get_case_by_id(self.case_id)))
        if problems:
            self._show_errors(problems)
            return
        if self.id_copy is not None and not ensure_attachment_key(self):
            self._show_errors([FieldProblem("id_copy", tr("the ID copy cannot be encrypted without the key; "
                                                          "nothing was saved"))])
            return
        case = store.get_case_by_id(self.case_id)
        try:
            check = desk.record_check(case, draft, self.clerk, id_copy=self.id_copy)
        except InvalidCase as exc:
            self._show_errors(exc.problems)
            return
        except CaseRuleError as exc:
            self._show_errors([FieldProblem("outcome", message_of(exc))])
            return
        except keys.KeyNeeded as exc:
            self._show_errors([FieldProblem("id_copy", message_of(exc))])
            return
        if self.id_copy is not None:
            self.purge_worker = start_purge(self.parent())
        self.recorded.emit(check.id)
        self.accept()

    def ask_for_copy(self) -> None:
        case = store.get_case_by_id(self.case_id)
        try:
            case_desk.request_identity(case, self.clerk, id_copy=True, why=self.proportionality.toPlainText())
        except InvalidCase as exc:
            self._show_errors(exc.problems)
            return
        except CaseRuleError as exc:
            self._show_errors([FieldProblem("proportionality", message_of(exc))])
            return
        self._show_errors([])
        self._show_state()


# --------------------------------------------------------------------------- purge


def open_identity(case_detail) -> int:
    """From the case detail's 'Identity check…' button."""
    dialog = IdentityDialog(case_detail.case_id, case_detail.clerk, case_detail)
    result = seam.launch(dialog)
    if result == QDialog.DialogCode.Accepted:
        case_detail._done()
    return result


