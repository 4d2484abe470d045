"""Letters of a case: choose a kind, render off the UI thread, preview, print, save, mark sent.

The rules (what goes into a letter, which details each kind takes, the identity block,
immutability, versions) live in the domain and are enforced by ``dsar_desk.desk.letters``; this
module only shows and asks.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import letters as desk
from dsar_desk.domain.cases import FieldProblem
from dsar_desk.domain.checklist import ChecklistError, format_cents, parse_cents
from dsar_desk.domain.letter_content import (
    COMBINED_ORDER,
    ERASURE_EXCEPTIONS,
    FEE_REASONS,
    LETTER_KINDS,
    LETTER_LANGUAGES,
    RESTRICTION_GROUNDS,
    discloses,
    suggest_kind,
)
from dsar_desk.domain.letter_content import (
    EXCEPTION_NAMES as EXCEPTION_LABELS,
)
from dsar_desk.domain.letter_details import (
    KIND_LABELS,
    MAX_TRACKING,
    PORTABILITY_DATA_KINDS,
    SEND_METHODS,
    InvalidLetter,
    kinds_for,
    parse_portability_data,
)
from dsar_desk.store import letters as store
from dsar_desk.store.cases import get_case_by_id
from dsar_desk.store.checklist import items_of
from dsar_desk.store.identity import disclosure_block
from dsar_desk.store.models import Letter
from dsar_desk.store.organisations import profile_of
from dsar_desk.ui import files, geometry, seam, workers
from dsar_desk.ui.mail_send import send_letter_dialog
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_date, format_utc, labelled, tr
from dsar_desk.ui.unsaved import EditGuard
from dsar_desk.ui.widgets import date_edit, language_name, qdate

if TYPE_CHECKING:  # Qt PDF and printing load with the first letters window (see LettersDialog)
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter
FEE_REASON_LABELS = {
    "further-copy": "A further copy (Art. 15(3))",
    "excessive": "Manifestly unfounded or excessive (Art. 12(5)(a))",
}
METHOD_LABELS = {
    "post": "Post",
    "registered": "Registered post",
    "email": "Email",
    "hand": "By hand",
}
GROUND_LABELS = {
    "accuracy-contested": "Accuracy contested (Art. 18(1)(a))",
    "unlawful-opposes-erasure": "Unlawful, erasure opposed (Art. 18(1)(b))",
    "legal-claims": "Needed for legal claims (Art. 18(1)(c))",
    "objection-pending": "Objection being verified (Art. 18(1)(d))",
}
# The fields a letter's problems name, as the clerk knows them on this screen.
FIELD_NAMES = {
    "kind": "Letter", "language": "Language", "identity": "Identity", "signer": "Signer", "fee": "Fee (EUR)",
    "data_file": "Data file", "refusal_reasons": "Reasons", "restriction_ground": "Ground",
    "erasure_exception": "Kept under", "objection_compelling_grounds": "Grounds", "annexes": "Copy of the data",
    "recipients_informed": "Recipients told (Art. 19)", "identity_doubt": "Reasonable doubt",
    "clarification_questions": "What to specify", "withheld_reasons": "Withheld, and why",
    "rectification_refused_reasons": "Why not rectified", "controller": "Controller", "deceased_name": "Deceased person",
    "representative_name": "Representative", "checklist": "Checklist", "register": "Register of processing",
    "doubt": "Reasonable doubt", "reasons": "Reasons",
}
PRINT_DPI_CAP = 300  # a raster page at 300 dpi prints sharp text and stays ~35 MB in memory


# -- printing ------------------------------------------------------------------------------------

def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` full-page (the address must stay in the window)."""
    from PySide6.QtPrintSupport import QPrinter

    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(tr("The printer could not be started."))
    printed = 0
    try:
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            target = QRectF(0, 0, points.width() * scale, points.height() * scale)
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


# -- small dialogs -------------------------------------------------------------------------------

class OverrideDialog(QDialog):
    """The identity is not verified: asks why the letter must go out all the same."""

    def __init__(self, blocked: str, parent=None):
        super().__init__(parent)
        self.setObjectName("override-identity")
        self.setWindowTitle(tr("Identity not verified"))
        layout = QVBoxLayout(self)
        label = QLabel(tr("This letter discloses personal data, and {0}. Make it anyway only for a good "
                          "reason; the reason is recorded with the letter and in the timeline.").format(
            translate_message(blocked)))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit(objectName="override-reason")
        self.reason.setPlaceholderText(tr("Why the letter may be sent before the identity is verified"))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(460, 240)

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class MarkSentDialog(QDialog):
    """How and when a letter left: method, date, tracking number."""

    def __init__(self, letter: Letter, parent=None):
        super().__init__(parent)
        self.setObjectName("mark-sent")
        self.setWindowTitle(tr("Mark the letter sent"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("{0}, version {1}, made on {2}").format(
            tr(KIND_LABELS.get(letter.kind, letter.kind)), letter.version, format_date(letter.made_on)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.method = QComboBox(objectName="method")
        for method in SEND_METHODS:
            self.method.addItem(tr(METHOD_LABELS[method]), method)
        self.sent_on = date_edit("sent-on")
        today = date.today()
        self.sent_on.setDateRange(qdate(letter.made_on), qdate(today))
        self.sent_on.setDate(qdate(today))
        self.tracking = QLineEdit(objectName="tracking")
        self.tracking.setPlaceholderText(tr("Required for registered post"))
        self.tracking.setMaxLength(MAX_TRACKING)
        form.addRow(tr("Sent by"), self.method)
        form.addRow(tr("On"), self.sent_on)
        form.addRow(tr("Tracking number"), self.tracking)
        layout.addLayout(form)
        self.errors = QLabel(objectName="errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b02a37;")
        self.errors.hide()
        layout.addWidget(self.errors)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def _method_changed(self) -> None:
        self.tracking.setEnabled(self.method.currentData() in ("post", "registered"))

    def values(self) -> tuple[str, date, str]:
        d = self.sent_on.date()
        tracking = self.tracking.text() if self.tracking.isEnabled() else ""
        return self.method.currentData(), date(d.year(), d.month(), d.day()), tracking

    def show_problems(self, problems) -> None:
        labels = {"method": tr("Sent by"), "date": tr("On"), "tracking": tr("Tracking number")}
        self.errors.setText("\n".join("• " + labelled(labels.get(p.field, p.field), translate_message(p.message))
                                     for p in problems))
        self.errors.show()


# -- the dialog ----------------------------------------------------------------------------------

class LettersDialog(QDialog):
    """The letters of one case. Non-modal, opened from the case detail."""

    changed = Signal(str)  # the case reference, after a letter was made or marked sent
    rendered = Signal(int)  # the id of a letter just made and shown

    def __init__(self, case_id: int, clerk: str, kind: str | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("letters")
        self.case_id = case_id
        self.clerk = clerk
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._worker: workers.Worker | None = None
        self._buffer: QBuffer | None = None
        self.current: Letter | None = None
        case = get_case_by_id(case_id)
        self.reference = case.reference
        self.setWindowTitle(tr("Letters — {0}").format(case.reference))

        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="letters-splitter")
        splitter.setChildrenCollapsible(False)
        outer.addWidget(splitter)

        # Left: what to make (scrolls on a small screen), then the letters made and what to do with
        # them (always in view); right: the preview.
        left = QSplitter(Qt.Orientation.Vertical, objectName="letters-left")
        left.setChildrenCollapsible(False)
        inputs = QWidget()
        column = QVBoxLayout(inputs)
        column.setContentsMargins(0, 0, 4, 0)
        form = QFormLayout()
        self.kind = QComboBox(objectName="kind")
        for k in LETTER_KINDS:
            self.kind.addItem(tr(KIND_LABELS[k]), k)
        self.language = QComboBox(objectName="language")
        languages = [x for x in case.organisation.language_list if x in LETTER_LANGUAGES]
        languages += [x for x in LETTER_LANGUAGES if x not in languages]
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(case.language)))
        form.addRow(tr("Letter"), self.kind)
        form.addRow(tr("Language"), self.language)
        column.addLayout(form)

        self.details = QGroupBox(tr("For this letter"), objectName="details")
        self.detail_form = QFormLayout(self.details)
        self._build_details(case)
        column.addWidget(self.details)

        self.block = QLabel(objectName="identity-block")
        self.block.setWordWrap(True)
        self.block.setStyleSheet("color: #842029;")
        column.addWidget(self.block)

        row = QHBoxLayout()
        self.make_button = QPushButton(tr("Make letter"), objectName="make")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.progress = QProgressBar(objectName="progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.hide()
        row.addWidget(self.make_button)
        row.addWidget(self.progress)
        row.addStretch(1)
        column.addLayout(row)

        self.report = QLabel(objectName="report")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.report)
        column.addStretch(1)
        left.addWidget(geometry.scrolling(inputs, object_name="letter-inputs"))

        made = QWidget()
        column = QVBoxLayout(made)
        column.setContentsMargins(0, 0, 4, 0)
        made_label = QLabel(tr("Letters made (never changed: making again makes a new version)"))
        made_label.setWordWrap(True)
        column.addWidget(made_label)
        self.versions = QTreeWidget(objectName="versions")
        self.versions.setHeaderLabels([tr("Letter"), tr("Version"), tr("Language"), tr("Made"), tr("SHA-256"),
                                       tr("Sent")])
        self.versions.setRootIsDecorated(False)
        self.versions.currentItemChanged.connect(lambda *_: self._show_selected())
        column.addWidget(self.versions, 1)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("Print…"), objectName="print")
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(tr("Save as PDF…"), objectName="save")
        self.save_button.clicked.connect(self.save_letter)
        self.sent_button = QPushButton(tr("Mark sent…"), objectName="mark-sent")
        self.sent_button.clicked.connect(self.mark_sent)
        self.email_button = QPushButton(tr("Send…"), objectName="send-email")  # by e-mail (ui.mail_send)
        self.email_button.clicked.connect(self.send_email)
        for b in (self.print_button, self.save_button, self.email_button, self.sent_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        column.addLayout(buttons)
        left.addWidget(made)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        splitter.addWidget(left)

        # Qt PDF (its renderer is some 30 MB) is loaded with the first letters window, not with the case.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self.preview = QPdfView(self, objectName="preview")
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        splitter.addWidget(self.preview)
        size = geometry.fit(self, "letters", (1280, 900))
        splitter.setSizes([int(size.width() * 0.45), int(size.width() * 0.55)])

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.setCurrentIndex(self.kind.findData(kind or suggest_kind(case.status, case.right_list)))
        self._kind_changed()
        self._load_versions()
        self.guard = EditGuard(inputs, exclude=[self.kind, self.language])
        self.guard.mark_clean()

    def reject(self) -> None:
        """Esc, or closing the window: input typed for a letter not made yet is not dropped silently."""
        if self.guard.allows_leaving(None):
            super().reject()

    # -- the per-kind inputs ---------------------------------------------------------------------
    def _build_details(self, case) -> None:
        f = self.detail_form
        self.refusal_reasons = QPlainTextEdit(objectName="refusal-reasons")
        self.refusal_reasons.setPlainText(store.refusal_reasons(case))
        self.refusal_reasons.setFixedHeight(70)
        self.unfounded = QCheckBox(tr("Manifestly unfounded or excessive (Art. 12(5))"), objectName="unfounded")
        self.unfounded.setChecked(bool(case.unfounded))  # marked so in the case detail
        self.ground = QComboBox(objectName="ground")
        for g in RESTRICTION_GROUNDS:
            self.ground.addItem(tr(GROUND_LABELS[g]), g)
        self.exception = QComboBox(objectName="exception")
        self.exception.addItem(tr("None: everything erased"), "")
        for e in ERASURE_EXCEPTIONS:
            self.exception.addItem(tr(EXCEPTION_LABELS[e]), e)
        self.exception_detail = QLineEdit(objectName="exception-detail")
        self.exception_detail.setPlaceholderText(tr("Which data are kept, and why"))
        self.direct_marketing = QCheckBox(tr("The objection is to direct marketing"), objectName="direct-marketing")
        self.direct_marketing.setChecked(True)
        self.compelling = QPlainTextEdit(objectName="compelling-grounds")
        self.compelling.setPlaceholderText(tr("Compelling legitimate grounds to go on (empty: processing stopped)"))
        self.compelling.setFixedHeight(60)
        self.direct_marketing.toggled.connect(lambda on: self.compelling.setEnabled(not on))
        self.compelling.setEnabled(False)
        self.annexes = QPlainTextEdit(objectName="annexes")
        self.annexes.setPlaceholderText(tr("The files sent as the copy of the data, one per line"))
        self.annexes.setFixedHeight(60)
        self.rectified = QLineEdit(objectName="rectified")
        self.rectified.setPlaceholderText(tr("What was corrected, separated by commas"))
        self.informed = QListWidget(objectName="informed")
        self.informed.setFixedHeight(80)
        profile = self.profile = profile_of(case.organisation)
        facts = store.case_facts(case)
        told = facts.get("informed_by_checklist")  # the checklist says who was told: the letter reads it
        told_ids = {rid for rids in (told or {}).values() for rid in rids}
        for rid, rec in profile.recipients.items():
            item = QListWidgetItem(profile.recipient_name(rec, case.language))
            item.setData(Qt.ItemDataRole.UserRole, rid)
            if told is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if rid in told_ids else Qt.CheckState.Unchecked)
                item.setToolTip(tr("From the checklist: mark its “inform” item done to name this recipient"))
            self.informed.addItem(item)
        if told is not None:
            self.informed.setToolTip(tr("The recipients the checklist marks as told (Art. 19)"))
        kept = facts.get("kept_by_checklist", {}).get("erasure") or []
        if len(kept) == 1:  # the checklist keeps data under this exception: the letter says so
            self.exception.setCurrentIndex(max(0, self.exception.findData(kept[0])))
            notes = [i.note for i in items_of(case) if i.exception == kept[0] and i.note.strip()]
            self.exception_detail.setText("; ".join(dict.fromkeys(notes)))
        self.data_file = QLineEdit(objectName="data-file")
        self.data_file.setPlaceholderText(tr("JSON export of the data (empty: what the case holds)"))
        self._build_new_details(case, profile)
        # which letters each input belongs to: the domain's rule (letter_details.DETAILS_BY_KIND)
        widgets = {
            "refusal_reasons": (self.refusal_reasons, "refusal_reasons"),
            "unfounded": (self.unfounded, "manifestly_unfounded_or_excessive"),
            "ground": (self.ground, "restriction_ground"),
            "exception": (self.exception, "erasure_exception"),
            "exception_detail": (self.exception_detail, "erasure_exception_detail"),
            "direct_marketing": (self.direct_marketing, "objection_direct_marketing"),
            "compelling": (self.compelling, "objection_compelling_grounds"),
            "annexes": (self.annexes, "annexes"),
            "rectified": (self.rectified, "rectified_fields"),
            "informed": (self.informed, "recipients_informed"),
            "doubt": (self.doubt, "identity_doubt"),
            "questions": (self.questions, "clarification_questions"),
            "withheld": (self.withheld, "withheld_reasons"),
            "rect_reasons": (self.rect_reasons, "rectification_refused_reasons"),
            "statement": (self.statement, "supplementary_statement"),
            "fee": (self.fee, "fee_cents"),
            "fee_reason": (self.fee_reason, "fee_reason"),
            "fee_payment": (self.fee_payment, "fee_payment"),
            "controller": (self.controller, "controller"),
            "intended_for": (self.intended_for, "intended_for"),
            "deceased": (self.deceased, "deceased_name"),
            "representative": (self.representative, "representative_name"),
            "representative_address": (self.representative_address, "representative_address"),
        }
        self._rows: dict[str, tuple[QWidget, tuple[str, ...]]] = {
            key: (widget, kinds_for(detail)) for key, (widget, detail) in widgets.items()
        }
        self._rows["data_file"] = (self.data_file, PORTABILITY_DATA_KINDS)
        labels = {
            "refusal_reasons": tr("Reasons"), "unfounded": "", "ground": tr("Ground"),
            "exception": tr("Kept under"), "exception_detail": tr("Details"), "direct_marketing": "",
            "compelling": tr("Grounds"), "annexes": tr("Copy of the data"), "rectified": tr("Corrected"),
            "informed": tr("Recipients told (Art. 19)"), "data_file": tr("Data file"),
            "doubt": tr("Reasonable doubt"), "questions": tr("What to specify"),
            "withheld": tr("Withheld, and why"), "rect_reasons": tr("Why not rectified"), "statement": "",
            "fee": tr("Fee (EUR)"), "fee_reason": tr("Fee for"), "fee_payment": tr("How to pay"),
            "controller": tr("Controller"), "intended_for": tr("Meant for"), "deceased": tr("Deceased person"),
            "representative": tr("Representative"), "representative_address": tr("Representative's address"),
        }
        for key, (widget, _) in self._rows.items():
            f.addRow(labels[key], widget)

    def _build_new_details(self, case, profile) -> None:
        """Issue 15: the inputs of the new kinds."""
        def text(name: str, hint: str, height: int = 56) -> QPlainTextEdit:
            edit = QPlainTextEdit(objectName=name)
            edit.setPlaceholderText(hint)
            edit.setFixedHeight(height)
            return edit

        self.doubt = text("doubt", tr("Why is there a reasonable doubt about the requester's identity? "
                                      "(the letter says it)"))
        self.questions = text("questions", tr("What the requester could specify (optional)"))
        self.withheld = text("withheld", tr("Which data of other persons are withheld, and why"))
        self.rect_reasons = text("rectification-reasons", tr("Why the data were not rectified"))
        self.statement = QCheckBox(tr("The requester's supplementary statement was added to the data"),
                                   objectName="statement")
        self.fee = QLineEdit(objectName="fee")
        self.fee.setPlaceholderText(tr("e.g. 12.50"))
        self.fee.setText(format_cents(case.fee_asked_cents))
        self.fee_reason = QComboBox(objectName="fee-reason")
        for reason in FEE_REASONS:
            self.fee_reason.addItem(tr(FEE_REASON_LABELS[reason]), reason)
        self.fee_payment = QLineEdit(objectName="fee-payment")
        self.fee_payment.setPlaceholderText(tr("Bank account and reference to quote (optional)"))
        self.controller = QComboBox(objectName="controller")
        self.controller.setEditable(True)
        for cid, record in profile.controllers.items():
            name = record.get("name")
            self.controller.addItem(profile.text(name, case.language).text if name else cid, cid)
        self.controller.setCurrentIndex(0 if self.controller.count() else -1)
        self.intended_for = QLineEdit(objectName="intended-for")
        self.intended_for.setPlaceholderText(tr("The organisation the request seems meant for (optional)"))
        self.deceased = QLineEdit(objectName="deceased")
        self.representative = QLineEdit(objectName="representative")
        self.representative.setPlaceholderText(tr("Empty: the letter goes to the requester"))
        self.representative_address = text("representative-address", tr("One line per line of the address"), 48)

    def _new_details(self, kind: str) -> dict:
        """The inputs of the kinds beyond the first twelve (only ``kind``'s are kept by details_for)."""
        d: dict = {
            "identity_doubt": self.doubt.toPlainText(),
            "clarification_questions": self.questions.toPlainText(),
            "withheld_reasons": self.withheld.toPlainText(),
            "rectification_refused_reasons": self.rect_reasons.toPlainText(),
            "supplementary_statement": self.statement.isChecked(),
            "fee_reason": self.fee_reason.currentData(),
            "fee_payment": self.fee_payment.text(),
            "intended_for": self.intended_for.text(),
            "deceased_name": self.deceased.text(),
            "representative_name": self.representative.text(),
            "representative_address": [x.strip() for x in self.representative_address.toPlainText().splitlines()
                                       if x.strip()],
        }
        if kind == "fee":
            try:
                d["fee_cents"] = parse_cents(self.fee.text())
            except ChecklistError as exc:
                raise InvalidLetter([FieldProblem("fee", exc.args[0])]) from None
        index = self.controller.currentIndex()
        typed = self.controller.currentText().strip()
        same = index >= 0 and self.controller.itemText(index) == typed
        d["controller"] = self.controller.itemData(index) if same else typed
        return d

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        any_shown = False
        for widget, kinds in self._rows.values():
            shown = kind in kinds
            self.detail_form.setRowVisible(widget, shown)
            any_shown = any_shown or shown
        self.details.setVisible(any_shown)
        case = self.case()
        sections = [r for r in COMBINED_ORDER if r in case.right_list]
        reason = disclosure_block(case) if discloses(kind, sections) else None
        self.block.setText(tr("Identity not verified: {0}. Making this letter asks for a reason.").format(
            translate_message(reason)) if reason else "")
        self.block.setVisible(bool(reason))

    def details_for(self, kind: str) -> dict:
        """What the clerk typed for a letter of ``kind``: only the inputs of that kind (the desk
        layer refuses any other and drops what the kind does not use)."""
        told = [self.informed.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.informed.count())
                if self.informed.item(i).checkState() == Qt.CheckState.Checked
                and self.informed.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable]  # else: the checklist's
        raw = {
            "refusal_reasons": self.refusal_reasons.toPlainText(),
            "manifestly_unfounded_or_excessive": self.unfounded.isChecked(),
            "restriction_ground": self.ground.currentData(),
            "erasure_exception": self.exception.currentData(),
            "erasure_exception_detail": self.exception_detail.text(),
            "objection_direct_marketing": self.direct_marketing.isChecked(),
            "objection_compelling_grounds": self.compelling.toPlainText(),
            "annexes": [x.strip() for x in self.annexes.toPlainText().splitlines() if x.strip()],
            "rectified_fields": [x.strip() for x in self.rectified.text().split(",") if x.strip()],
            "recipients_informed": told,
            **self._new_details(kind),
        }
        return {k: v for k, v in raw.items() if kind in kinds_for(k)}

    # -- making ----------------------------------------------------------------------------------
    def case(self):
        return get_case_by_id(self.case_id)

    def _fail(self, message) -> None:
        if isinstance(message, InvalidLetter):  # each problem with the field it is about, in words
            message = "\n".join(labelled(tr(FIELD_NAMES[p.field]), translate_message(p.message))
                                if p.field in FIELD_NAMES else translate_message(p.message) for p in message.problems)
        seam.message(self, tr("The letter was not made"), message, icon=seam.QMessageBox.Icon.Warning)

    def _portability_data(self) -> dict | None:
        name = self.data_file.text().strip()
        if not name:
            return None
        try:
            return parse_portability_data(Path(name).read_text(encoding="utf-8"))
        except OSError as exc:
            raise InvalidLetter([FieldProblem("data_file", tr("cannot be read ({0})").format(
                exc.strerror or exc.__class__.__name__))]) from None
        except UnicodeDecodeError:
            raise InvalidLetter([FieldProblem("data_file", tr("is not a JSON file"))]) from None
        except ValueError as exc:
            raise InvalidLetter([FieldProblem("data_file", exc.args[0])]) from None

    def make(self) -> None:
        """Prepare here, render in the thread pool, keep the result when it is done."""
        if self._worker is not None:
            return
        kind = self.kind.currentData()
        language = self.language.currentData()
        override = None
        try:
            data = self._portability_data() if kind in ("portability", "combined") else None
            details = self.details_for(kind)
            while True:
                try:
                    draft = desk.prepare(self.case(), kind, language, self.clerk, override,
                                         details=details, portability_data=data)
                    break
                except InvalidLetter as exc:
                    if not exc.blocked or override is not None:
                        raise
                    dialog = OverrideDialog(exc.blocked, self)
                    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                        return
                    override = dialog.text()
                    if not override:
                        self._fail(tr("No reason given: the letter was not made."))
                        return
        except InvalidLetter as exc:
            self._fail(exc)
            return
        self.make_button.setEnabled(False)
        self.progress.show()
        self.report.setText(tr("Making the letter…"))
        worker = workers.Worker(lambda _progress: desk.render(draft))
        worker.signals.done.connect(lambda rendered: self._rendered(draft, rendered))
        worker.signals.failed.connect(self._render_failed)
        self._worker = worker
        workers.start(worker)

    def _render_failed(self, message: str) -> None:
        self._worker = None
        self.make_button.setEnabled(True)
        self.progress.hide()
        self.report.setText("")
        self._fail(translate_message(message))

    def _rendered(self, draft: desk.Draft, rendered: desk.Rendered) -> None:
        self._worker = None
        self.make_button.setEnabled(True)
        self.progress.hide()
        try:
            letter = desk.keep(draft, rendered, self.clerk)
        except Exception as exc:  # noqa: BLE001 - the database refused: tell the clerk, keep nothing
            self.report.setText("")
            self._fail(tr("The letter could not be kept with the case ({0}).").format(exc.__class__.__name__))
            return
        if draft.kind != draft.asked_kind:
            self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.guard.mark_clean()  # what was typed went into the letter
        self._load_versions(select=letter.id)
        self.changed.emit(self.reference)
        self.rendered.emit(letter.id)

    # -- the versions ----------------------------------------------------------------------------
    def _load_versions(self, select: int | None = None) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        chosen = None
        for letter in reversed(store.letters_of(self.case())):
            if letter.is_sent:
                sent = tr("{0} on {1}").format(tr(METHOD_LABELS[letter.sent_method]), format_date(letter.sent_on))
                if letter.sent_tracking:
                    sent += f" ({letter.sent_tracking})"
            else:
                sent = tr("not sent")
            item = QTreeWidgetItem([tr(KIND_LABELS.get(letter.kind, letter.kind)), str(letter.version),
                                    letter.language, format_utc(letter.made_at), letter.short_hash, sent])
            item.setData(0, Qt.ItemDataRole.UserRole, letter.id)
            item.setToolTip(4, letter.sha256)
            self.versions.addTopLevelItem(item)
            if chosen is None or letter.id == select:
                chosen = item  # the newest, unless another was asked for
        for col in range(6):
            self.versions.resizeColumnToContents(col)
        self.versions.blockSignals(False)
        if chosen is not None:
            self.versions.setCurrentItem(chosen)
        self._show_selected()

    def selected_letter(self) -> Letter | None:
        item = self.versions.currentItem()
        if item is None:
            return None
        return store.get_letter(item.data(0, Qt.ItemDataRole.UserRole))

    def _show_selected(self) -> None:
        letter = self.selected_letter()
        self.current = letter
        for b in (self.print_button, self.save_button):
            b.setEnabled(letter is not None)
        self.sent_button.setEnabled(letter is not None and not letter.is_sent)
        self.email_button.setEnabled(letter is not None and not letter.is_sent)
        if letter is None:
            self.document.close()
            self.report.setText("")
            return
        self._load_pdf(bytes(letter.pdf))
        self.report.setText(self._report_text(letter))

    def _report_text(self, letter: Letter) -> str:
        report = letter.report_data
        lines = [tr("{0}, version {1}: SHA-256 {2}").format(tr(KIND_LABELS.get(letter.kind, letter.kind)),
                                                            letter.version, letter.short_hash)]
        if letter.override_reason:
            lines.append(tr("Made before the identity was verified, because: {0}").format(letter.override_reason))
        if report["fell_back"]:
            lines.append(tr("Not translated, taken from another language:") + "\n  • "
                         + "\n  • ".join(translate_message(m) for m in report["fell_back"]))
        if report["missing"]:
            lines.append(tr("Check before sending:") + "\n  • "
                         + "\n  • ".join(translate_message(m) for m in report["missing"]))
        if letter.annex_json_name:
            lines.append(tr("Data files saved beside the PDF: {0}, {1}").format(letter.annex_json_name, letter.annex_csv_name))
        return "\n".join(lines)

    def _load_pdf(self, data: bytes) -> None:
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer

    # -- print, save, sent -----------------------------------------------------------------------
    def print_letter(self) -> None:
        letter = self.current
        if letter is None or self.document.pageCount() == 0:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(letter.file_name)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print the letter"))
        if seam.launch(dialog) != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.document, dialog.printer())
        except OSError as exc:
            self._fail(exc)

    def save_letter(self) -> list[Path]:
        letter = self.current
        if letter is None:
            return []
        target = files.save_file(self, tr("Save the letter as PDF"), str(Path.home() / letter.file_name),
                                 tr("PDF files (*.pdf)"), "pdf", object_name="save-letter")
        if target is None:
            return []
        try:
            return desk.save_letter_files(store.get_letter(letter.id), target)
        except OSError as exc:
            self._fail(tr("The file could not be written ({0}).").format(exc.strerror or exc.__class__.__name__))
        except InvalidLetter as exc:
            self._fail(exc)
        return []

    def mark_sent(self) -> None:
        letter = self.current
        if letter is None or letter.is_sent:
            return
        dialog = MarkSentDialog(letter, self)
        while True:
            if seam.launch(dialog) != QDialog.DialogCode.Accepted:
                return
            method, on, tracking = dialog.values()
            try:
                desk.mark_sent(letter, method, on, tracking, self.clerk)
                break
            except InvalidLetter as exc:
                dialog.show_problems(exc.problems)
        self._load_versions(select=letter.id)
        self.changed.emit(self.reference)


    def send_email(self):
        """Send… the selected letter by e-mail; marked sent once the server accepted it."""
        letter = self.current
        if letter is None or letter.is_sent:
            return None
        sent = send_letter_dialog(self, letter.id, self.clerk)
        if sent is not None:
            self._load_versions(select=letter.id)
            self.changed.emit(self.reference)
        return sent


# -- in the case detail -------------------------------------------------------------------------

def add_letter_buttons(detail, case) -> None:
    """'Letters…' in the case detail's action row, and 'Extension letter…' once extended."""
    button = QPushButton(tr("Letters…"), objectName="letters")
    button.clicked.connect(lambda: open_letters(detail))
    detail.actions.addWidget(button)
    if store.extension_letter_still_owed(case):
        ext = QPushButton(tr("Extension letter…"), objectName="extension-letter")
        ext.setToolTip(tr("The requester must be told of the extension and its reasons before the first due date."))
        ext.clicked.connect(lambda: open_letters(detail, "extension"))
        detail.actions.addWidget(ext)


def open_letters(detail, kind: str | None = None) -> LettersDialog:
    """Open (or bring forward) the letters of the detail's case."""
    dialog = getattr(detail, "letters_dialog", None)
    if dialog is None or not dialog.isVisible():
        dialog = LettersDialog(detail.case_id, detail.clerk, kind, detail)
        dialog.changed.connect(lambda _ref: detail._done())
        detail.letters_dialog = dialog
    elif kind:
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.show()
    dialog.raise_()
    return dialog
