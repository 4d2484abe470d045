"""Identity checks and the attachment key, on screen.

* :class:`IdentityDialog` records a check of a case (method, outcome, document, MRZ with a live
  check-digit result, an ID copy by file dialog or drag and drop, with the black-out reminder);
* :func:`ensure_attachment_key` makes sure attachments can be encrypted this session: it shows
  the recovery code of a new key (:class:`KeySetupDialog`, once), asks the passphrase where no
  keyring works (:class:`PassphraseDialog`) or the recovery code (:class:`RestoreKeyDialog`);
* :class:`SecurityDialog` shows which keyring is in use, the key, and the reminder days;
* :class:`PurgeScheduler` purges due ID copies at start and daily, off the UI thread.

No business rules here: they are in dsar_desk.domain.identity, enforced by dsar_desk.desk.identity.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
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
from dsar_desk.store.db import close_thread_connection
from dsar_desk.store.organisations import get_organisation, list_organisations
from dsar_desk.ui import seam, workers
from dsar_desk.ui.messages import message_of, translate_message
from dsar_desk.ui.text import format_long_date, labelled, tr
from dsar_desk.ui.widgets import CountryBox, date_edit
from dsar_desk.vault import VaultError

ID_COPY_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".heic", ".webp")
NO_DATE = QDate(2000, 1, 1)  # the minimum of an optional date edit: shown as "—", means none
DAY_MS = 24 * 60 * 60 * 1000
_kept: set[QDialog] = set()  # non-modal dialogs shown without a parent that must outlive it


def _mono() -> object:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


def _to_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == edit.minimumDate():
        return None
    return date(value.year(), value.month(), value.day())


def _problem_lines(problems: list[FieldProblem]) -> str:
    return "\n".join("• " + labelled(tr(FIELD_LABELS.get(p.field, p.field)), translate_message(p.message))
                     for p in problems)


# --------------------------------------------------------------------------- the key


class KeySetupDialog(QDialog):
    """The recovery code of a new key, shown once, with what it means."""

    def __init__(self, code: str, parent=None):
        super().__init__(parent)
        self.setObjectName("key-setup")
        self.setWindowTitle(tr("Recovery code of the attachment key"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "DSAR Desk now encrypts the attachments of this database (scans, e-mails, ID copies) with "
            "a key kept in this computer's keyring (or derived from your passphrase). Here is the key's "
            "recovery code. It is shown only this once: write it down or print it and keep it somewhere "
            "safe, away from this computer."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code = QLabel(code, objectName="recovery-code")
        self.code.setFont(_mono())
        self.code.setStyleSheet("font-size: 13pt; padding: 8px; border: 1px solid palette(mid);")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setWordWrap(True)
        layout.addWidget(self.code)
        warning = QLabel(tr(
            "Without the key or this code, nobody can read the attachments, not even you. Entering the "
            "code restores access on a new computer or for a teammate (File › Security…)."))
        warning.setWordWrap(True)
        warning.setStyleSheet("font-weight: 600;")
        layout.addWidget(warning)
        self.confirm = QCheckBox(tr("I have written down the recovery code"), objectName="written-down")
        layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.confirm.toggled.connect(self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.resize(560, 300)


def show_recovery_code(code: str, parent=None) -> KeySetupDialog:
    """Show the code without blocking the work just done (the attachment is already saved)."""
    dialog = KeySetupDialog(code, None)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _kept.add(dialog)
    dialog.finished.connect(lambda _=0, d=dialog: _kept.discard(d))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class PassphraseDialog(QDialog):
    """The passphrase of the attachments, where no keyring works. ``setup`` asks it twice."""

    def __init__(self, explanation: str, setup: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("passphrase")
        self.setup = setup
        self.setWindowTitle(tr("Choose a passphrase for the attachments") if setup
                            else tr("Passphrase of the attachments"))
        layout = QVBoxLayout(self)
        text = QLabel(explanation)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.passphrase = QLineEdit(objectName="passphrase-1")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("Passphrase"), self.passphrase)
        self.again = QLineEdit(objectName="passphrase-2")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if setup:
            form.addRow(tr("Again"), self.again)
        layout.addLayout(form)
        note = QLabel(tr("Asked once per session; DSAR Desk never writes it down.") if not setup else tr(
            "At least 10 characters. Asked once per session; DSAR Desk never writes it down. You will "
            "also get a recovery code."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = QLabel(objectName="errors")
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 260)

    def _check(self) -> None:
        if self.setup and self.passphrase.text() != self.again.text():
            self.error.setText(tr("The two passphrases differ."))
            self.error.show()
            return
        if not self.passphrase.text():
            self.error.setText(tr("The passphrase is empty."))
            self.error.show()
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()


class RestoreKeyDialog(QDialog):
    """Type the recovery code to open the attachments on this computer."""

    def __init__(self, explanation: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("restore-key")
        self.setWindowTitle(tr("Restore the attachment key"))
        layout = QVBoxLayout(self)
        text = QLabel(explanation or tr("Type the recovery code shown when the key was made (14 groups of 4)."))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.code = QLineEdit(objectName="code")
        self.code.setFont(_mono())
        layout.addWidget(self.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(600, 160)


def _warn(parent, title: str, text) -> None:
    seam.message(parent, title, text, icon=QMessageBox.Icon.Warning)


def ensure_attachment_key(parent=None) -> bool:
    """True once attachments can be encrypted and opened this session; False if the clerk gave up.

    A key made now has its recovery code shown (once). Where no keyring works the clerk reads
    what to install and may choose or type a passphrase instead.
    """
    for _ in range(5):
        try:
            keys.current_key()
        except keys.KeyNeeded as exc:
            if exc.need in (keys.NEED_PASSPHRASE_SETUP, keys.NEED_PASSPHRASE):
                setup = exc.need == keys.NEED_PASSPHRASE_SETUP
                explanation = tr(
                    "No keyring works on this computer, so DSAR Desk cannot keep the attachment key in it. "
                    "On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet, e.g. "
                    "'sudo apt install gnome-keyring'), then log out and in again. Or use a passphrase: "
                    "the key is derived from it and never written anywhere.") if setup else tr(
                    "The attachments of this database are locked with a passphrase. Type it to open them "
                    "for this session.")
                dialog = PassphraseDialog(explanation, setup, parent)
                if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                    return False
                try:
                    if setup:
                        code = keys.setup_passphrase(dialog.value())
                        show_recovery_code(code, parent)
                    else:
                        keys.unlock_with_passphrase(dialog.value())
                except VaultError as err:
                    _warn(parent, tr("Passphrase not accepted"), err)
                continue
            dialog = RestoreKeyDialog(translate_message(exc), parent)
            if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                return False
            try:
                keys.restore_from_code(dialog.code.text())
            except (VaultError, keys.SecretStoreError) as err:
                _warn(parent, tr("Recovery code not accepted"), err)
            continue
        except keys.SecretStoreError as exc:
            _warn(parent, tr("Keyring"), exc)
            return False
        code = keys.take_recovery_code()
        if code:
            show_recovery_code(code, parent)
        return True
    return False


# --------------------------------------------------------------------------- the check


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
        layout = QVBoxLayout(self)

        self.state = QLabel(objectName="state")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)

        form = QFormLayout()
        self.method = QComboBox(objectName="method")
        for key in rules.METHODS:
            self.method.addItem(tr(METHOD_LABELS[key]), key)
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
        layout.addLayout(bottom)

        self.method.currentIndexChanged.connect(self._method_changed)
        self.mrz.textChanged.connect(self.update_mrz_result)
        for edit in (self.surname, self.given_names, self.document_number):
            edit.textChanged.connect(self.update_mrz_result)
        self.expiry.dateChanged.connect(self._expiry_changed)
        self.checked_on.dateChanged.connect(self._expiry_changed)
        self.set_id_copy(None)
        self._method_changed()
        self._show_state()
        self.resize(640, 760)

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
                 else labelled(tr("Letters that disclose data are blocked"), block)]
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
        name, _ = QFileDialog.getOpenFileName(self, tr("Attach an ID copy"), "",
                                              tr("Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic *.webp)"))
        if name:
            self.attach_copy(Path(name))

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
            self.copy_label.setText(tr("{0} ({1:,} bytes) will be kept encrypted until the purge")
                                    .format(copy.filename, len(copy.data)))
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
        _, problems = rules.validate_check(draft)
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


def _purge_job(progress) -> desk.PurgeResult:
    """In a worker thread: purge due ID copies, encrypt any attachment stored in the clear."""
    try:
        try:
            keys.encrypt_plain_attachments()
        except (keys.KeyNeeded, keys.SecretStoreError):
            pass  # done another time, once the key is unlocked
        return desk.purge_id_copies()
    finally:
        close_thread_connection()


def start_purge(parent=None) -> workers.Worker:
    worker = workers.Worker(_purge_job)
    return workers.start(worker)


class PurgeScheduler(QObject):
    """Purges due ID copies at start and then daily while the app runs, off the UI thread."""

    purged = Signal(object)  # PurgeResult
    failed = Signal(str)

    def __init__(self, parent=None, interval_ms: int = DAY_MS):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_now)
        self.worker: workers.Worker | None = None
        self.running = False

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.run_now)

    def run_now(self) -> None:
        if self.running:
            return
        self.running = True
        worker = workers.Worker(_purge_job)
        worker.signals.done.connect(self._done)
        worker.signals.failed.connect(self._failed)
        self.worker = workers.start(worker)

    def _done(self, result) -> None:
        self.running = False
        self.purged.emit(result)

    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


def start_purge_schedule(window) -> PurgeScheduler:
    """For the main window: purge now and daily; say in the status bar when copies went."""
    scheduler = PurgeScheduler(window)

    def done(result) -> None:
        if result.purged and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                tr("ID copies deleted at the end of their retention: {0}").format(result.purged), 8000)

    scheduler.purged.connect(done)
    scheduler.start()
    return scheduler


# --------------------------------------------------------------------------- security settings


class SecurityDialog(QDialog):
    """Where secrets go: the keyring in use, the attachment key, reminders of identity requests."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("security")
        self.setWindowTitle(tr("Security"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.keyring = QLabel(objectName="keyring")
        self.keyring.setWordWrap(True)
        self.key = QLabel(objectName="key")
        self.key.setWordWrap(True)
        form.addRow(tr("Keyring"), self.keyring)
        form.addRow(tr("Attachment key"), self.key)
        layout.addLayout(form)
        row = QHBoxLayout()
        restore = QPushButton(tr("Restore from recovery code…"), objectName="restore")
        restore.clicked.connect(self.restore)
        self.unlock = QPushButton(tr("Unlock with passphrase…"), objectName="unlock")
        self.unlock.clicked.connect(self.unlock_now)
        row.addWidget(restore)
        row.addWidget(self.unlock)
        row.addStretch(1)
        layout.addLayout(row)

        reminders = QGroupBox(tr("Remind me when a requester has not answered an identity request after"))
        rform = QFormLayout(reminders)
        self.reminder_days: dict[str, QSpinBox] = {}
        for org in list_organisations():
            spin = QSpinBox(objectName=f"reminder-{org.slug}")
            spin.setRange(1, 365)
            spin.setSuffix(tr(" days"))
            spin.setValue(idstore.reminder_days(org))
            self.reminder_days[org.slug] = spin
            rform.addRow(org.name, spin)
        layout.addWidget(reminders)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(560, 320)

    def refresh(self) -> None:
        state = keys.state()
        if state["keyring_works"]:
            self.keyring.setText(tr("{0} — secrets (the attachment key, later passwords) are kept there, never in "
                                    "a file").format(state["keyring"]))
        else:
            self.keyring.setText(tr("None works on this computer. On Linux, install and unlock a Secret Service "
                                    "(GNOME Keyring or KWallet, e.g. 'sudo apt install gnome-keyring'). Until then "
                                    "the attachments use a passphrase, asked once per session."))
        if not state["key_id"]:
            self.key.setText(tr("none yet (made with the first attachment)"))
        else:
            where = tr("derived from a passphrase") if state["passphrase"] else tr("in the keyring")
            status = tr("unlocked") if state["unlocked"] else tr("not unlocked yet this session")
            self.key.setText(tr("id {0}, {1}; {2}").format(state["key_id"], where, status))
        self.unlock.setVisible(bool(state["passphrase"]))

    def restore(self) -> None:
        dialog = RestoreKeyDialog(parent=self)
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            where = keys.restore_from_code(dialog.code.text())
        except (VaultError, keys.SecretStoreError) as err:
            _warn(self, tr("Recovery code not accepted"), err)
            return
        seam.message(self, tr("Key restored"), tr("The key is back in the keyring.") if where == "keyring"
                     else tr("The key opens the attachments for this session (no keyring works here)."))
        self.refresh()

    def unlock_now(self) -> None:
        ensure_attachment_key(self)
        self.refresh()

    def save(self) -> None:
        for slug, spin in self.reminder_days.items():
            desk.set_reminder_days(get_organisation(slug), spin.value())
        self.accept()


def open_security(parent=None) -> int:
    return seam.launch(SecurityDialog(parent))


def open_identity(case_detail) -> int:
    """From the case detail's 'Identity check…' button."""
    dialog = IdentityDialog(case_detail.case_id, case_detail.clerk, case_detail)
    result = seam.launch(dialog)
    if result == QDialog.DialogCode.Accepted:
        case_detail._done()
    return result


def save_attachment_copy(case_detail, attachment_id: int, target: Path) -> bool:
    """Decrypt an attachment into a file the clerk chose; "opened" goes in the timeline."""
    if not ensure_attachment_key(case_detail):
        return False
    try:
        data = attachment_desk.open_attachment(attachment_id, case_detail.clerk, "opened (saved as a copy)")
    except keys.AttachmentPurged:
        _warn(case_detail, tr("Not possible"), tr("This ID copy was deleted at the end of its retention."))
        return False
    except (VaultError, keys.KeyNeeded) as exc:
        _warn(case_detail, tr("Not possible"), exc)
        return False
    try:
        target.write_bytes(data)
    except OSError as exc:
        _warn(case_detail, tr("Not possible"), labelled(target.name, exc.strerror or ""))
        return False
    case_detail._done()
    return True
