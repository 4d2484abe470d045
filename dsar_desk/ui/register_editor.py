"""The organisation editor: every key of docs/profile-format.md, the texts of each of the
organisation's languages side by side, the import's own validation live, saving through the import.

No rules here: validation is dsar_desk.domain.profile's (the import's), saving goes through the
import (dsar_desk.desk.organisations), and editing the register's references (a renamed or removed
recipient) is dsar_desk.domain.register_edit's.
"""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk import organisations as desk
from dsar_desk.desk.organisations import ProfileRejected
from dsar_desk.domain.profile import IDENTITY_CHECKS, LEGAL_BASES, POLICY_LIMITS, RECIPIENT_ROLES, check_profile_data
from dsar_desk.domain.register_edit import remove_recipient, rename_recipient
from dsar_desk.store.organisations import (
    get_organisation,
    profile_of,
)
from dsar_desk.ui import seam
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import labelled, tr
from dsar_desk.ui.widgets import CountryBox

WARNING_STYLE = "border: 2px solid #cc8a00;"
ERROR_STYLE = "border: 2px solid #b02a37;"
_PATH = re.compile(r"^(organisation|policy|authority|processing|recipient)(?:\[(\d+)\])?(?:\.([A-Za-z_]+))?")


def _set(table: dict, key: str, value) -> None:
    """Write a key (keeping its place), or remove it when the value is None."""
    if value is None:
        table.pop(key, None)
    else:
        table[key] = value


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class LangText(QWidget):
    """A (text) or (text list) field: one editor per language, side by side.

    Unchanged, it gives back the value it was loaded with (a plain string stays a plain string);
    changed, a table language → text (a plain value when the organisation has one language).
    """

    edited = Signal()

    def __init__(self, languages: list[str], name: str, kind: str = "text", tall: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.languages = languages
        self.kind = kind
        self._original = None
        self._loaded: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[str, QWidget] = {}
        for lang in languages:
            column = QVBoxLayout()
            column.setSpacing(1)
            label = QLabel(lang)
            label.setStyleSheet("color: palette(mid); font-size: 8pt;")
            column.addWidget(label)
            if kind == "list" or tall:
                edit = QPlainTextEdit(objectName=f"{name}-{lang}")
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(70 if kind == "list" else 52)
                if kind == "list":
                    edit.setPlaceholderText(tr("one per line"))
                edit.textChanged.connect(self.edited)
            else:
                edit = QLineEdit(objectName=f"{name}-{lang}")
                edit.textChanged.connect(self.edited)
            column.addWidget(edit)
            layout.addLayout(column, 1)
            self.edits[lang] = edit

    def text(self) -> str:
        """The text in the default language (the first)."""
        return self._text(self.languages[0]).strip()

    def _text(self, lang: str) -> str:
        edit = self.edits[lang]
        return edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()

    def _put(self, lang: str, text: str) -> None:
        edit = self.edits[lang]
        edit.blockSignals(True)
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)
        edit.blockSignals(False)

    def set_value(self, value) -> None:
        self._original = copy.deepcopy(value)
        default = self.languages[0]
        if isinstance(value, dict):
            per_lang = value
        elif value is None:
            per_lang = {}
        else:
            per_lang = {default: value}
        for lang in self.languages:
            v = per_lang.get(lang)
            if isinstance(v, list):
                text = "\n".join(str(x) for x in v)
            else:
                text = "" if v is None else str(v)
            self._put(lang, text)
        self._loaded = {lang: self._text(lang) for lang in self.languages}

    def set_text(self, lang: str, text: str) -> None:
        """Fill one language (as a clerk would type it)."""
        edit = self.edits[lang]
        if isinstance(edit, QPlainTextEdit):
            edit.setPlainText(text)
        else:
            edit.setText(text)

    def value(self):
        now = {lang: self._text(lang) for lang in self.languages}
        if now == self._loaded:
            return copy.deepcopy(self._original)
        out: dict = {}
        for lang, text in now.items():
            if self.kind == "list":
                items = [line.strip() for line in text.splitlines() if line.strip()]
                if items:
                    out[lang] = items
            elif text.strip():
                out[lang] = text.strip()
        if isinstance(self._original, dict):  # languages the organisation no longer lists are kept
            for lang, v in self._original.items():
                if lang not in self.languages:
                    out[lang] = v
        if not out:
            return None
        if len(self.languages) == 1 and list(out) == self.languages:
            return out[self.languages[0]]
        return out

    def mark(self, style: str, tip: str) -> None:
        for edit in self.edits.values():
            edit.setStyleSheet(style)
            edit.setToolTip(tip)


class OptionalNumber(QSpinBox):
    """A [policy] number that may be left out ("—": the default of the format)."""

    def __init__(self, name: str, low: int, high: int, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(low - 1, high)
        self.setSpecialValueText(tr("— default —"))

    def set(self, value) -> None:
        self.setValue(value if isinstance(value, int) and not isinstance(value, bool) else self.minimum())

    def get(self):
        return None if self.value() == self.minimum() else self.value()


class OrganisationEditor(QDialog):
    """Edit everything in profile-format.md; the import's validation, live; saving is an import."""

    def __init__(self, slug: str, parent=None):
        super().__init__(parent)
        self.setObjectName("organisation-editor")
        org = get_organisation(slug)
        self.slug = slug
        self.data = copy.deepcopy(profile_of(org).data)
        self.languages = list(self.data["organisation"]["languages"])
        self.setWindowTitle(tr("Organisation: {0}").format(org.name))
        self.saved = None
        self._loading = False
        self.current_activity: int | None = None
        self.current_recipient: int | None = None
        self.check = None

        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(objectName="editor-tabs")
        layout.addWidget(self.tabs, 1)
        self._build_organisation()
        self._build_policy()
        self._build_authority()
        self._build_processing()
        self._build_recipients()

        layout.addWidget(QLabel(tr("Problems (errors stop saving; warnings show a gap):")))
        self.problems = QListWidget(objectName="problems")
        self.problems.setMaximumHeight(150)
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemDoubleClicked.connect(self._go_to_problem)
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.validate)
        self._load_all()
        self.validate()
        self.resize(1100, 760)

    # -- building -----------------------------------------------------------------------------
    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(objectName=name)
        edit.textChanged.connect(self._changed)
        return edit

    def _plain(self, name: str, height: int = 60) -> QPlainTextEdit:
        edit = QPlainTextEdit(objectName=name)
        edit.setFixedHeight(height)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._changed)
        return edit

    def _lang(self, name: str, kind: str = "text", tall: bool = False) -> LangText:
        widget = LangText(self.languages, name, kind, tall)
        widget.edited.connect(self._changed)
        return widget

    def _build_organisation(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.org_slug = QLineEdit(objectName="org-slug")
        self.org_slug.setReadOnly(True)
        self.org_name = self._line("org-name")
        self.org_registration = self._line("org-registration")
        self.org_address = self._plain("org-address")
        self.org_country = CountryBox(objectName="org-country")
        self.org_country.currentIndexChanged.connect(self._changed)
        self.org_languages = self._line("org-languages")
        self.org_email = self._line("org-email")
        self.org_phone = self._line("org-phone")
        self.org_website = self._line("org-website")
        self.org_dpo = self._lang("org-dpo")
        form.addRow(tr("Slug"), self.org_slug)
        form.addRow(tr("Name"), self.org_name)
        form.addRow(tr("Registration"), self.org_registration)
        form.addRow(tr("Address (one line per row)"), self.org_address)
        form.addRow(tr("Country"), self.org_country)
        form.addRow(tr("Languages (default first)"), self.org_languages)
        hint = QLabel(tr("A change of languages shows in the text fields after saving."))
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        form.addRow(tr("Privacy e-mail"), self.org_email)
        form.addRow(tr("Phone"), self.org_phone)
        form.addRow(tr("Website"), self.org_website)
        form.addRow(tr("Data protection officer"), self.org_dpo)
        self.org_widgets = {"name": self.org_name, "registration": self.org_registration, "address": self.org_address,
                            "country": self.org_country, "languages": self.org_languages, "email": self.org_email,
                            "phone": self.org_phone, "website": self.org_website, "dpo": self.org_dpo,
                            "slug": self.org_slug}
        self.tabs.addTab(page, tr("Organisation"))

    def _build_policy(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.policy_numbers: dict[str, OptionalNumber] = {}
        labels = {"deadline_days": tr("Promised deadline (calendar days)"),
                  "id_copy_retention_days": tr("Keep ID copies (days)"),
                  "free_requests_per_year": tr("Free access requests per 12 months"),
                  "case_retention_years": tr("Keep closed cases (years)")}
        for key, (low, high) in POLICY_LIMITS.items():
            box = OptionalNumber(f"policy-{key}", low, high)
            box.valueChanged.connect(self._changed)
            self.policy_numbers[key] = box
            form.addRow(labels.get(key, key), box)
        self.policy_identity = QComboBox(objectName="policy-identity")
        self.policy_identity.addItem(tr("— default —"), None)
        for check in IDENTITY_CHECKS:
            self.policy_identity.addItem(check, check)
        self.policy_identity.currentIndexChanged.connect(self._changed)
        form.addRow(tr("Identity check"), self.policy_identity)
        self.policy_widgets = {**self.policy_numbers, "identity": self.policy_identity}
        self.tabs.addTab(page, tr("Policy"))

    def _build_authority(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.authority_own = QCheckBox(tr("Name the supervisory authority (else the default of the country)"),
                                       objectName="authority-own")
        self.authority_own.toggled.connect(self._changed)
        self.authority_name = self._lang("authority-name")
        self.authority_address = self._plain("authority-address")
        self.authority_website = self._line("authority-website")
        form.addRow(self.authority_own)
        form.addRow(tr("Name"), self.authority_name)
        form.addRow(tr("Address (one line per row)"), self.authority_address)
        form.addRow(tr("Website"), self.authority_website)
        self.authority_widgets = {"name": self.authority_name, "address": self.authority_address,
                                  "website": self.authority_website}
        self.tabs.addTab(page, tr("Authority"))

    def _list_with_buttons(self, name: str, add, remove) -> tuple[QWidget, QListWidget]:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        listing = QListWidget(objectName=name)
        column.addWidget(listing, 1)
        row = QHBoxLayout()
        plus = QPushButton(tr("Add"), objectName=f"{name}-add")
        plus.clicked.connect(add)
        minus = QPushButton(tr("Remove"), objectName=f"{name}-remove")
        minus.clicked.connect(remove)
        row.addWidget(plus)
        row.addWidget(minus)
        column.addLayout(row)
        return box, listing

    def _build_processing(self) -> None:
        splitter = QSplitter()
        left, self.activity_list = self._list_with_buttons("activities", self.add_activity, self.remove_activity)
        self.activity_list.currentRowChanged.connect(self.select_activity)
        splitter.addWidget(left)
        page = QWidget()
        form = QFormLayout(page)
        self.act_id = self._line("activity-id")
        self.act_name = self._lang("activity-name")
        self.act_purposes = self._lang("activity-purposes", "list")
        self.act_data = self._lang("activity-data", "list")
        self.act_basis = QComboBox(objectName="activity-legal_basis")
        self.act_basis.addItem("—", None)
        for basis in LEGAL_BASES:
            self.act_basis.addItem(basis, basis)
        self.act_basis.currentIndexChanged.connect(self._changed)
        self.act_retention = self._lang("activity-retention", tall=True)
        self.act_source = self._lang("activity-source")
        self.act_systems = self._lang("activity-systems", "list")
        self.act_recipients = QListWidget(objectName="activity-recipients")
        self.act_recipients.setMaximumHeight(90)
        self.act_recipients.itemChanged.connect(self._changed)
        self.act_no_recipients = QCheckBox(tr("The data go to no one outside the organisation"),
                                           objectName="activity-no-recipients")
        self.act_no_recipients.toggled.connect(self._changed)
        self.act_automated = self._lang("activity-automated_decisions", tall=True)
        form.addRow(tr("Id"), self.act_id)
        form.addRow(tr("Name"), self.act_name)
        form.addRow(tr("Purposes"), self.act_purposes)
        form.addRow(tr("Personal data"), self.act_data)
        form.addRow(tr("Legal basis"), self.act_basis)
        form.addRow(tr("Retention"), self.act_retention)
        form.addRow(tr("Source"), self.act_source)
        form.addRow(tr("Systems (where to search and erase)"), self.act_systems)
        form.addRow(tr("Recipients"), self.act_recipients)
        form.addRow("", self.act_no_recipients)
        form.addRow(tr("Automated decisions"), self.act_automated)
        self.activity_problems = QLabel(objectName="activity-problems")
        self.activity_problems.setWordWrap(True)
        form.addRow(self.activity_problems)
        self.activity_form = page
        self.activity_widgets = {"id": self.act_id, "name": self.act_name, "purposes": self.act_purposes,
                                 "data": self.act_data, "legal_basis": self.act_basis, "retention": self.act_retention,
                                 "source": self.act_source, "systems": self.act_systems,
                                 "recipients": self.act_recipients, "automated_decisions": self.act_automated}
        splitter.addWidget(page)
        splitter.setSizes([240, 760])
        self.tabs.addTab(splitter, tr("Processing activities"))

    def _build_recipients(self) -> None:
        splitter = QSplitter()
        left, self.recipient_list = self._list_with_buttons("recipients", self.add_recipient, self.remove_recipient)
        self.recipient_list.currentRowChanged.connect(self.select_recipient)
        splitter.addWidget(left)
        page = QWidget()
        form = QFormLayout(page)
        self.rec_id = self._line("recipient-id")
        self.rec_name = self._lang("recipient-name")  # (text): a name may differ by language
        self.rec_role = QComboBox(objectName="recipient-role")
        self.rec_role.addItem("—", None)
        for role in RECIPIENT_ROLES:
            self.rec_role.addItem(role, role)
        self.rec_role.currentIndexChanged.connect(self._changed)
        self.rec_country = CountryBox(objectName="recipient-country")
        self.rec_country.currentIndexChanged.connect(self._changed)
        self.rec_purpose = self._lang("recipient-purpose")
        self.rec_safeguards = self._lang("recipient-safeguards")
        form.addRow(tr("Id"), self.rec_id)
        form.addRow(tr("Name"), self.rec_name)
        form.addRow(tr("Role"), self.rec_role)
        form.addRow(tr("Country"), self.rec_country)
        form.addRow(tr("Purpose"), self.rec_purpose)
        form.addRow(tr("Safeguards (transfers outside the EEA)"), self.rec_safeguards)
        self.recipient_problems = QLabel(objectName="recipient-problems")
        self.recipient_problems.setWordWrap(True)
        form.addRow(self.recipient_problems)
        self.recipient_form = page
        self.recipient_widgets = {"id": self.rec_id, "name": self.rec_name, "role": self.rec_role,
                                  "country": self.rec_country, "purpose": self.rec_purpose,
                                  "safeguards": self.rec_safeguards}
        splitter.addWidget(page)
        splitter.setSizes([240, 760])
        self.tabs.addTab(splitter, tr("Recipients"))

    # -- loading ------------------------------------------------------------------------------
    def _load_all(self) -> None:
        self._loading = True
        try:
            org = self.data["organisation"]
            self.org_slug.setText(org.get("slug", ""))
            self.org_name.setText(org.get("name", ""))
            self.org_registration.setText(org.get("registration", ""))
            self.org_address.setPlainText("\n".join(org.get("address", [])))
            self.org_country.set_code(org.get("country", ""))
            self.org_languages.setText(", ".join(org.get("languages", [])))
            self.org_email.setText(org.get("email", ""))
            self.org_phone.setText(org.get("phone", ""))
            self.org_website.setText(org.get("website", ""))
            self.org_dpo.set_value(org.get("dpo"))
            policy = self.data.get("policy", {})
            for key, box in self.policy_numbers.items():
                box.set(policy.get(key))
            self.policy_identity.setCurrentIndex(max(0, self.policy_identity.findData(policy.get("identity"))))
            authority = self.data.get("authority")
            self.authority_own.setChecked(bool(authority))
            authority = authority or {}
            self.authority_name.set_value(authority.get("name"))
            address = authority.get("address", [])
            self.authority_address.setPlainText("\n".join(address) if isinstance(address, list) else "")
            self.authority_address.setEnabled(not isinstance(address, dict))
            self.authority_website.setText(authority.get("website", ""))
        finally:
            self._loading = False
        self._fill_lists()

    def _fill_lists(self) -> None:
        self._loading = True
        try:
            self.activity_list.clear()
            for activity in self.data.get("processing", []):
                self.activity_list.addItem(str(activity.get("id", "?")))
            self.recipient_list.clear()
            for recipient in self.data.get("recipient", []):
                name = recipient.get("name", "?")
                name = next(iter(name.values()), "?") if isinstance(name, dict) and name else name
                self.recipient_list.addItem(f"{name} ({recipient.get('id', '?')})")
        finally:
            self._loading = False
        self.current_activity = None
        self.current_recipient = None
        if self.activity_list.count():
            self.activity_list.setCurrentRow(0)
        else:
            self.activity_form.setEnabled(False)
        if self.recipient_list.count():
            self.recipient_list.setCurrentRow(0)
        else:
            self.recipient_form.setEnabled(False)

    def select_activity(self, row: int) -> None:
        if self._loading:
            return
        activities = self.data.get("processing", [])
        self.current_activity = row if 0 <= row < len(activities) else None
        self.activity_form.setEnabled(self.current_activity is not None)
        if self.current_activity is None:
            return
        a = activities[row]
        self._loading = True
        try:
            self.act_id.setText(str(a.get("id", "")))
            self.act_name.set_value(a.get("name"))
            self.act_purposes.set_value(a.get("purposes"))
            self.act_data.set_value(a.get("data"))
            self.act_basis.setCurrentIndex(max(0, self.act_basis.findData(a.get("legal_basis"))))
            self.act_retention.set_value(a.get("retention"))
            self.act_source.set_value(a.get("source"))
            self.act_systems.set_value(a.get("systems"))
            self.act_automated.set_value(a.get("automated_decisions"))
            self.act_recipients.clear()
            named = a.get("recipients") if isinstance(a.get("recipients"), list) else []
            for recipient in self.data.get("recipient", []):
                rid = recipient.get("id")
                item = QListWidgetItem(f"{recipient.get('name', rid)} ({rid})")
                item.setData(Qt.ItemDataRole.UserRole, rid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if rid in named else Qt.CheckState.Unchecked)
                self.act_recipients.addItem(item)
            self.act_no_recipients.setChecked("recipients" in a and not named)
        finally:
            self._loading = False
        self._mark_fields()

    def select_recipient(self, row: int) -> None:
        if self._loading:
            return
        recipients = self.data.get("recipient", [])
        self.current_recipient = row if 0 <= row < len(recipients) else None
        self.recipient_form.setEnabled(self.current_recipient is not None)
        if self.current_recipient is None:
            return
        r = recipients[row]
        self._loading = True
        try:
            self.rec_id.setText(str(r.get("id", "")))
            self.rec_name.set_value(r.get("name"))
            self.rec_role.setCurrentIndex(max(0, self.rec_role.findData(r.get("role"))))
            self.rec_country.set_code(r.get("country", ""))
            self.rec_purpose.set_value(r.get("purpose"))
            self.rec_safeguards.set_value(r.get("safeguards"))
        finally:
            self._loading = False
        self._mark_fields()

    # -- writing back -------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if self._loading:
            return
        self.commit()
        self._timer.start()

    def commit(self) -> None:
        """Write every form into the data (unchanged fields keep their original values)."""
        org = self.data.setdefault("organisation", {})
        _set(org, "name", self.org_name.text().strip() or None)
        _set(org, "registration", self.org_registration.text().strip() or None)
        _set(org, "address", _lines(self.org_address) or None)
        _set(org, "country", self.org_country.code() or None)
        languages = [x.strip() for x in re.split(r"[,\s]+", self.org_languages.text()) if x.strip()]
        _set(org, "languages", languages or None)
        for key, edit in (("email", self.org_email), ("phone", self.org_phone), ("website", self.org_website)):
            _set(org, key, edit.text().strip() or None)
        _set(org, "dpo", self.org_dpo.value())

        policy = dict(self.data.get("policy", {}))
        for key, box in self.policy_numbers.items():
            _set(policy, key, box.get())
        _set(policy, "identity", self.policy_identity.currentData())
        if policy or "policy" in self.data:
            self.data["policy"] = policy

        if self.authority_own.isChecked():
            authority = dict(self.data.get("authority") or {})
            _set(authority, "name", self.authority_name.value())
            if self.authority_address.isEnabled():
                _set(authority, "address", _lines(self.authority_address) or None)
            _set(authority, "website", self.authority_website.text().strip() or None)
            self.data["authority"] = authority
        else:
            self.data.pop("authority", None)

        if self.current_activity is not None:
            a = self.data["processing"][self.current_activity]
            _set(a, "id", self.act_id.text().strip() or None)
            for key, widget in (("name", self.act_name), ("purposes", self.act_purposes), ("data", self.act_data),
                                ("retention", self.act_retention), ("source", self.act_source),
                                ("systems", self.act_systems), ("automated_decisions", self.act_automated)):
                _set(a, key, widget.value())
            _set(a, "legal_basis", self.act_basis.currentData())
            checked = [self.act_recipients.item(i).data(Qt.ItemDataRole.UserRole)
                       for i in range(self.act_recipients.count())
                       if self.act_recipients.item(i).checkState() == Qt.CheckState.Checked]
            before = a.get("recipients")
            if checked:
                if not (isinstance(before, list) and set(before) == set(checked)):
                    a["recipients"] = checked
            elif self.act_no_recipients.isChecked():
                a["recipients"] = []
            else:
                a.pop("recipients", None)
            item = self.activity_list.item(self.current_activity)
            if item is not None:
                item.setText(str(a.get("id", "?")))

        if self.current_recipient is not None:
            r = self.data["recipient"][self.current_recipient]
            old_id = r.get("id")
            new_id = self.rec_id.text().strip() or None
            _set(r, "id", new_id)
            if old_id and new_id and old_id != new_id:  # the activities follow a renamed recipient
                rename_recipient(self.data, old_id, new_id)
            _set(r, "name", self.rec_name.value())
            _set(r, "role", self.rec_role.currentData())
            _set(r, "country", self.rec_country.code() or None)
            _set(r, "purpose", self.rec_purpose.value())
            _set(r, "safeguards", self.rec_safeguards.value())
            item = self.recipient_list.item(self.current_recipient)
            if item is not None:
                item.setText(f"{self.rec_name.text() or '?'} ({r.get('id', '?')})")

    def add_activity(self) -> None:
        self.commit()
        activities = self.data.setdefault("processing", [])
        n = len(activities) + 1
        while any(a.get("id") == f"activity-{n}" for a in activities):
            n += 1
        activities.append({"id": f"activity-{n}"})
        self._loading = True
        self.activity_list.addItem(f"activity-{n}")
        self._loading = False
        self.activity_list.setCurrentRow(len(activities) - 1)
        self.validate()

    def remove_activity(self) -> None:
        row = self.activity_list.currentRow()
        if row < 0:
            return
        self.commit()
        del self.data["processing"][row]
        self.current_activity = None
        self._fill_lists()
        self.validate()

    def add_recipient(self) -> None:
        self.commit()
        recipients = self.data.setdefault("recipient", [])
        n = len(recipients) + 1
        while any(r.get("id") == f"recipient-{n}" for r in recipients):
            n += 1
        recipients.append({"id": f"recipient-{n}", "name": tr("New recipient"), "role": "processor",
                           "country": self.data["organisation"].get("country", "")})
        self._loading = True
        self.recipient_list.addItem(f"{recipients[-1]['name']} ({recipients[-1]['id']})")
        self._loading = False
        self.recipient_list.setCurrentRow(len(recipients) - 1)
        self.validate()

    def remove_recipient(self) -> None:
        row = self.recipient_list.currentRow()
        if row < 0:
            return
        self.commit()
        removed = self.data["recipient"].pop(row).get("id")
        remove_recipient(self.data, removed)
        if not self.data["recipient"]:
            self.data.pop("recipient")
        self.current_recipient = None
        self._fill_lists()
        self.validate()

    # -- validation ---------------------------------------------------------------------------
    def validate(self):
        """The import's own validation on the data as edited; each problem listed and marked."""
        self._timer.stop()
        self.check = check_profile_data(self.data)
        self.problems.clear()
        for severity, problems in (("error", self.check.errors), ("warning", self.check.warnings)):
            for p in problems:
                item = QListWidgetItem(labelled(tr("Error") if severity == "error" else tr("Warning"),
                                                labelled(self._where(p.path), translate_message(p.message))))
                item.setData(Qt.ItemDataRole.UserRole, p.path)
                item.setForeground(Qt.GlobalColor.darkRed if severity == "error" else Qt.GlobalColor.darkYellow)
                self.problems.addItem(item)
        self._mark_fields()
        return self.check

    def _where(self, path: str) -> str:
        m = _PATH.match(path or "")
        if not m:
            return path or tr("profile")
        section, index, key = m.group(1), m.group(2), m.group(3)
        if section in ("processing", "recipient") and index is not None:
            items = self.data.get(section, [])
            n = int(index)
            ident = items[n].get("id", f"#{n + 1}") if n < len(items) and isinstance(items[n], dict) else f"#{n + 1}"
            noun = tr("Activity") if section == "processing" else tr("Recipient")
            return f"{noun} '{ident}'" + (f" · {key}" if key else "")
        return f"{section}" + (f" · {key}" if key else "")

    def _problems_at(self, section: str, index: int | None) -> dict[str, tuple[str, str]]:
        """key → (style, message) of the problems of one table."""
        out: dict[str, tuple[str, str]] = {}
        if self.check is None:
            return out
        for style, problems in ((WARNING_STYLE, self.check.warnings), (ERROR_STYLE, self.check.errors)):
            for p in problems:
                m = _PATH.match(p.path or "")
                if not m or m.group(1) != section:
                    continue
                if index is not None and (m.group(2) is None or int(m.group(2)) != index):
                    continue
                key = m.group(3) or ""
                previous = out.get(key)
                text = translate_message(p.message)
                message = text if previous is None else previous[1] + "\n" + text
                out[key] = (style if previous is None or style == ERROR_STYLE else previous[0], message)
        return out

    def _apply_marks(self, widgets: dict[str, QWidget], marks: dict[str, tuple[str, str]]) -> None:
        for key, widget in widgets.items():
            style, tip = marks.get(key, ("", ""))
            if isinstance(widget, LangText):
                widget.mark(style, tip)
            else:
                widget.setStyleSheet(style)
                widget.setToolTip(tip)

    def _mark_fields(self) -> None:
        self._apply_marks(self.org_widgets, self._problems_at("organisation", None))
        self._apply_marks(self.policy_widgets, self._problems_at("policy", None))
        self._apply_marks(self.authority_widgets, self._problems_at("authority", None))
        self._apply_marks(self.activity_widgets, self._problems_at("processing", self.current_activity)
                          if self.current_activity is not None else {})
        self._apply_marks(self.recipient_widgets, self._problems_at("recipient", self.current_recipient)
                          if self.current_recipient is not None else {})
        for label, section, index in ((self.activity_problems, "processing", self.current_activity),
                                      (self.recipient_problems, "recipient", self.current_recipient)):
            marks = self._problems_at(section, index) if index is not None else {}
            label.setText("\n".join(f"⚠ {key}: {message}" if key else f"⚠ {message}"
                                     for key, (_style, message) in marks.items()))
            label.setStyleSheet("color: #8a5a00;" if marks else "")
        for listing, section in ((self.activity_list, "processing"), (self.recipient_list, "recipient")):
            for row in range(listing.count()):
                has = bool(self._problems_at(section, row))
                text = listing.item(row).text().removeprefix("⚠ ")
                listing.item(row).setText(("⚠ " if has else "") + text)

    def field_problem(self, widget: QWidget) -> str:
        """The problem shown on a field (its tooltip), "" when none: what a clerk sees on hover."""
        if isinstance(widget, LangText):
            return next(iter(widget.edits.values())).toolTip()
        return widget.toolTip()

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        m = _PATH.match(item.data(Qt.ItemDataRole.UserRole) or "")
        if not m:
            return
        section, index = m.group(1), m.group(2)
        tab = {"organisation": 0, "policy": 1, "authority": 2, "processing": 3, "recipient": 4}[section]
        self.tabs.setCurrentIndex(tab)
        if index is not None:
            listing = self.activity_list if section == "processing" else self.recipient_list
            listing.setCurrentRow(int(index))

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        self.commit()
        check = self.validate()
        if check.errors:
            seam.message(self, tr("Not saved"),
                         tr("The profile has {0} error(s); nothing was saved.").format(len(check.errors)),
                         icon=QMessageBox.Icon.Warning, details="\n".join(str(e) for e in check.errors))
            return False
        try:
            self.saved = desk.save_profile_data(self.data)
        except ProfileRejected as exc:  # pragma: no cover - the same validation ran just above
            seam.message(self, tr("Not saved"), "\n".join(str(e) for e in exc.errors), icon=QMessageBox.Icon.Warning)
            return False
        self.accept()
        return True


