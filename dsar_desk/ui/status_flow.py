"""Status changes that matter, as the case detail asks them: answered (what answered each right),
closed (the outcome of each right), refused and withdrawn (why), back to work (are you sure), and
the undo of the last change. The rules are dsar_desk.domain.finishing, enforced by
dsar_desk.desk.cases.change_status and undo_status_change: this module only shows and asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain import finishing
from dsar_desk.domain.cases import OUTCOME_LABELS, OUTCOMES, RIGHT_LABELS, STATUS_LABELS
from dsar_desk.domain.letter_details import KIND_LABELS
from dsar_desk.store.answers import recorded_outcomes, round_of, sent_in_round
from dsar_desk.ui import geometry, seam
from dsar_desk.ui.text import format_long_date, tr
from dsar_desk.ui.widgets import TextDialog


def _letter_line(allowed, letter) -> str:
    return tr("answered by the letter “{0}” (version {1}) sent on {2}").format(
        tr(KIND_LABELS.get(letter.kind, letter.kind)), letter.version, format_long_date(letter.sent_on))


class OutcomeDialog(QDialog):
    """One row per right asked: what answered it, or its outcome (and, for "answered", why no letter
    is needed). ``closing``: the outcome at closing, taken from the letters where they give one."""

    def __init__(self, case, closing: bool, parent=None):
        super().__init__(parent)
        self.closing = closing
        self.setObjectName("close-case" if closing else "answer-case")
        self.setWindowTitle(tr("Close case") if closing else tr("Mark answered"))
        state = round_of(case)
        sent = sent_in_round(case, state)
        recorded = recorded_outcomes(case, state)
        answered = finishing.covered(sent, case.right_list)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Record the outcome of each right asked. Closing means finished: the outcome is what the "
                          "letters sent said.") if closing else
                       tr("Marking {0} answered: each right asked is answered by a letter sent, or by its outcome "
                          "with the reason no letter is needed (kept in the timeline).").format(case.reference))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        self.outcome_boxes: dict[str, QComboBox] = {}
        self.reason_edits: dict[str, QLineEdit] = {}
        self.no_letter_edits: dict[str, QLineEdit] = {}
        row = 0
        for right in case.right_list:
            label = QLabel(f"<b>{tr(RIGHT_LABELS.get(right, right))}</b>")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            entry = answered.get(right)
            before = recorded.get(right) or {}
            if entry is not None:
                allowed, letter = entry
                note = QLabel(_letter_line(allowed, letter), objectName=f"answered-{right}")
                note.setWordWrap(True)
                grid.addWidget(note, row, 1, 1, 2)
                row += 1
                if not closing:
                    continue
                choices = allowed
            elif before.get("no_letter") and closing:
                note = QLabel(tr("answered without a letter: {0}").format(before["no_letter"]),
                              objectName=f"answered-{right}")
                note.setWordWrap(True)
                grid.addWidget(note, row, 1, 1, 2)
                row += 1
                choices = (before.get("outcome"),)
            else:
                choices = OUTCOMES
            box = QComboBox(objectName=f"outcome-{right}")
            if len(choices) > 1:
                box.addItem(tr("— choose —"), "")
            for outcome in choices:
                box.addItem(tr(OUTCOME_LABELS[outcome]), outcome)
            if before.get("outcome") in choices:
                box.setCurrentIndex(box.findData(before["outcome"]))
            box.setEnabled(len(choices) > 1)
            reason = QLineEdit(objectName=f"reason-{right}")
            reason.setPlaceholderText(tr("Reason (required when refused or partly granted)"))
            reason.setText(before.get("reason", ""))
            grid.addWidget(box, row, 1)
            grid.addWidget(reason, row, 2)
            self.outcome_boxes[right] = box
            self.reason_edits[right] = reason
            row += 1
            if entry is None and not (closing and before.get("no_letter")) and (not closing or
                                                                                 case.status != "withdrawn"):
                why = QLineEdit(objectName=f"no-letter-{right}")
                why.setPlaceholderText(tr("Why no letter is needed (e.g. answered by phone and confirmed by "
                                          "e-mail)"))
                grid.addWidget(QLabel(tr("No letter because")), row, 1)
                grid.addWidget(why, row, 2)
                self.no_letter_edits[right] = why
                row += 1
        layout.addLayout(grid)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Close case") if closing
                                                                        else tr("Mark answered"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        geometry.fit(self, "outcome-dialog", (760, 140 + 70 * len(case.right_list)))

    def outcomes(self) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for right, box in self.outcome_boxes.items():
            entry = {}
            if box.currentData():
                entry["outcome"] = box.currentData()
            if self.reason_edits[right].text().strip():
                entry["reason"] = self.reason_edits[right].text().strip()
            why = self.no_letter_edits.get(right)
            if why is not None and why.text().strip():
                entry["no_letter"] = why.text().strip()
            if entry:
                out[right] = entry
        return out


CloseDialog = OutcomeDialog  # closing: OutcomeDialog(case, closing=True)


def confirm_reopening(parent: QWidget, case, new: str) -> bool:
    """Back to work from a case that no longer owes an answer: a new round of answers begins."""
    return seam.ask(parent, tr("Back to work"),
                    tr("{0} is {1}. Move it back to “{2}”? Its letters and outcomes stay in the timeline; "
                       "it needs a new answer before it is answered again.").format(
                        case.reference, tr(STATUS_LABELS[case.status]).lower(), tr(STATUS_LABELS[new])))


def ask_reason(parent: QWidget, status: str, title: str) -> str | None:
    """Refusing or recording a withdrawal asks why (the note is kept in the timeline)."""
    prompt = (tr("Refuse the request: the case stops owing an answer, and the requester must be told why "
                 "(a refusal letter). Why is it refused?") if status == "refused" else
              tr("Record that the requester withdrew the request: the case stops owing an answer. "
                 "How did the requester withdraw it?"))
    dialog = TextDialog(title, prompt, parent)
    dialog.setObjectName(f"confirm-{status}")
    if seam.launch(dialog) != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
