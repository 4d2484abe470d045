"""Deadline rules of an organisation that are not part of its profile: the holiday region and
what waiting for identity does to the clock. Reached from Organisations… ("Deadline rules…")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk.organisations import set_deadline_rules
from dsar_desk.domain.cases import InvalidCase
from dsar_desk.domain.deadlines import PAUSE_RULES, region_names, supported_subdivisions
from dsar_desk.store.organisations import get_organisation
from dsar_desk.ui import seam
from dsar_desk.ui.text import tr


def _rule_texts() -> dict[str, tuple[str, str]]:
    return {
        "suspend": (tr("Suspend the clock while waiting (EDPB Guidelines 01/2022)"),
                    tr("The due date moves by the days between asking and receiving the information.")),
        "restart": (tr("Start the month again when identity is confirmed (UK regulator)"),
                    tr("The period is counted anew from the day the information arrives.")),
        "none": (tr("No effect"),
                 tr("Waiting for the requester does not move the due date.")),
    }


class DeadlineRulesDialog(QDialog):
    def __init__(self, slug: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deadline-rules")
        self.slug = slug
        org = get_organisation(slug)
        self.setWindowTitle(tr("Deadline rules — {0}").format(org.name))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Public holidays are those of the organisation's country ({0}). Where some "
                          "regions have more (German states, Alsace-Moselle), choose the region.").format(org.country))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.region = QComboBox(objectName="region")
        self.region.addItem(tr("Whole country (national holidays only)"), "")
        names = region_names(org.country)
        for code in supported_subdivisions(org.country):
            label = f"{code} — {names[code]}" if code in names else code
            self.region.addItem(label, code)
        index = self.region.findData(org.subdivision or "")
        self.region.setCurrentIndex(max(0, index))
        self.region.setEnabled(self.region.count() > 1)
        form.addRow(tr("Holiday region"), self.region)
        layout.addLayout(form)

        layout.addWidget(QLabel(tr("While waiting for the requester (identity, or narrowing a large request):")))
        self.rules = QButtonGroup(self)
        self.buttons_by_rule: dict[str, QRadioButton] = {}
        for rule in PAUSE_RULES:
            title, explanation = _rule_texts()[rule]
            button = QRadioButton(title, objectName=f"rule-{rule}")
            button.setToolTip(explanation)
            self.rules.addButton(button)
            self.buttons_by_rule[rule] = button
            layout.addWidget(button)
            hint = QLabel(explanation)
            hint.setWordWrap(True)
            hint.setIndent(24)
            hint.setStyleSheet("color: #555;")
            layout.addWidget(hint)
        self.buttons_by_rule.get(org.pause_rule, self.buttons_by_rule["suspend"]).setChecked(True)

        note = QLabel(tr("The due dates of this organisation's open cases are computed again when you save."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def chosen_rule(self) -> str:
        return next(rule for rule, button in self.buttons_by_rule.items() if button.isChecked())

    def save(self) -> bool:
        try:
            set_deadline_rules(self.slug, self.region.currentData() or "", self.chosen_rule())
        except InvalidCase as exc:
            seam.message(self, tr("Not saved"), "\n".join(tr("Holiday region: {0}").format(p.message)
                                                          for p in exc.problems))
            return False
        self.accept()
        return True


def open_deadline_rules(parent: QWidget | None, slug: str | None) -> bool:
    if not slug:
        return False
    return seam.launch(DeadlineRulesDialog(slug, parent)) == QDialog.DialogCode.Accepted
