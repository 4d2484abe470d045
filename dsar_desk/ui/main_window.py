"""The main window: the case list with its filters, and the way to everything else."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dsar_desk import __version__
from dsar_desk.domain.cases import STATUS_LABELS, STATUSES
from dsar_desk.settings import Settings
from dsar_desk.store import case_list
from dsar_desk.store.case_list import CaseFilter
from dsar_desk.store.organisations import list_organisations
from dsar_desk.ui import files, geometry, help, seam, workers
from dsar_desk.ui.backups import BackupController
from dsar_desk.ui.case_model import CaseTableModel
from dsar_desk.ui.exports import ExportController
from dsar_desk.ui.flow_layout import FlowLayout
from dsar_desk.ui.live import LiveController
from dsar_desk.ui.mail_controller import MailController
from dsar_desk.ui.text import format_number, tr
from dsar_desk.ui.today import TodayController

if TYPE_CHECKING:
    from dsar_desk.ui.case_detail import CaseDetail

# The first screen is the case list: the dialogs behind the menus and the case window (and the
# letters, identity, keyring and register code they bring) are imported when first opened.

SEARCH_DELAY_MS = 150


class MainWindow(QMainWindow):
    def __init__(self, clerk: str, db_path: Path | None = None):
        super().__init__()
        self.setObjectName("main-window")
        self.clerk = clerk
        self.db_path = db_path
        self.details: dict[int, CaseDetail] = {}
        self.model = CaseTableModel(self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)

        bar_box = QWidget(objectName="filter-bar")
        bar = FlowLayout(bar_box)  # one row on a wide screen, two on a laptop's (longer words in nl and fr)
        self.search = QLineEdit(objectName="search")
        self.search.setPlaceholderText(tr("Search reference, name or email…"))
        self.search.setClearButtonEnabled(True)
        # the hint read in full (longer in nl and fr)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 40)
        self.status_filter = QComboBox(objectName="status-filter")
        self.status_filter.addItem(tr("All statuses"), None)
        self.status_filter.addItem(tr("Open (not answered yet)"), "open")
        for status in STATUSES:
            self.status_filter.addItem(tr(STATUS_LABELS[status]), status)
        self.status_filter.setCurrentIndex(1)  # a clerk starts from what still owes an answer
        self.org_filter = QComboBox(objectName="org-filter")
        self.overdue = QCheckBox(tr("Overdue"), objectName="overdue")
        self.soon_days = self.model.soon_days = Settings().soon_days
        self.due_soon = QCheckBox(tr("Due within {0} days").format(self.soon_days), objectName="due-soon")
        self.mine = QCheckBox(tr("Mine"), objectName="mine")
        bar.addWidget(self.search)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.org_filter)
        bar.addWidget(self.overdue)
        bar.addWidget(self.due_soon)
        bar.addWidget(self.mine)
        new_case = QPushButton(tr("New case"), objectName="new-case")
        new_case.clicked.connect(self.new_case)
        bar.addWidget(new_case)
        layout.addWidget(bar_box)

        self.table = QTableView(objectName="cases")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(200)  # sized to the rows on screen and a sample: quick at 100,000 cases
        self._columns_sized = False
        header.setSortIndicator(case_list.COLUMN_KEYS.index("due"), Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda index: self.open_case_at(index.row()))
        self.table.activated.connect(lambda index: self.open_case_at(index.row()))
        layout.addWidget(self.table, 1)

        self.empty_hint = QLabel(objectName="empty-hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.hide()
        layout.addWidget(self.empty_hint)
        self.setCentralWidget(central)

        self.counts = QLabel(objectName="counts")
        self.statusBar().addWidget(self.counts, 1)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(200)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)

        self.today = TodayController(self)  # the Today dock, reminders, the badge, the .ics export
        self.backups = BackupController(self)  # Back up now, Restore…, Verify the record
        self.mail = MailController(self)  # Import a message…, the Inbox, drops, the mailbox rounds, the banner
        self.exports = ExportController(self)  # File → Export the list as CSV…
        self.live = LiveController(self)  # team mode: colleagues' changes, presence, the server lost (not on a file)
        self._build_menu()
        self.mail.install(layout)
        self.live.install(layout)
        self.model.unreachable.connect(self.live.query_failed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        for box in (self.status_filter, self.org_filter):
            box.currentIndexChanged.connect(self.apply_filter)
        for check in (self.overdue, self.due_soon, self.mine):
            check.toggled.connect(self.apply_filter)

        self.reload_organisations()
        self.apply_filter()
        self.live.start()
        geometry.fit(self, "main-window", (1280, 760), remember_size=False)  # app.py shows it maximised or as last used

    def show_as_last_used(self) -> None:
        """Maximised the first time, then at the size (or maximised state) it had when closed."""
        geometry.show_main_window(self)
        self.size_columns()

    def size_columns(self) -> None:
        """Each column as wide as its contents (and its header, longer in Dutch and French); the
        last one takes what is left."""
        header = self.table.horizontalHeader()
        # a screenful of rows: Qt's default reads 1,000 (15,000 cells, 0.13 s at start-up); 0, "the
        # visible area", reads every row while the window is not shown yet
        header.setResizeContentsPrecision(30)
        self.table.resizeColumnsToContents()
        widths = [min(max(header.sectionSize(c), header.sectionSizeHint(c)), 320) for c in range(self.model.columnCount())]
        # on a small screen the long texts (requester, rights, organisation) give way, their tooltips
        # show them whole; the dates, days left, status and assignee stay in view
        room = self.table.viewport().width() - self.table.verticalScrollBar().sizeHint().width() - sum(widths)
        flexible = [case_list.COLUMN_KEYS.index(k) for k in ("requester", "rights", "organisation")]
        while room < 0:
            spares = {c: widths[c] - max(header.sectionSizeHint(c), 90) for c in flexible}
            widest = max(spares, key=spares.get)
            if spares[widest] <= 0:
                break
            cut = min(spares[widest], -room, max(8, spares[widest] // 4))
            widths[widest] -= cut
            room += cut
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self._columns_sized = self.model.rowCount() > 0

    def closeEvent(self, event):  # noqa: N802 - Qt's name
        """The case windows close first: one with unsaved changes asks, and may keep the app open."""
        for detail in list(self.details.values()):
            if detail.isVisible():
                detail.close()
                if detail.isVisible():
                    event.ignore()
                    return
        super().closeEvent(event)

    def _build_menu(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        self.new_action = QAction(tr("&New case…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_case)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.mail.import_action)
        import_action = QAction(tr("&Import organisation profile…"), self)
        import_action.triggered.connect(self.choose_profile)
        file_menu.addAction(import_action)
        self.organisations_action = QAction(tr("&Organisations…"), self, objectName="organisations")
        self.organisations_action.triggered.connect(self.open_organisations)
        file_menu.addAction(self.organisations_action)
        samples_action = QAction(tr("Load the &sample organisations"), self)
        samples_action.triggered.connect(lambda: self.load_samples(with_cases=False))
        file_menu.addAction(samples_action)
        file_menu.addAction(self.today.export_action)
        file_menu.addAction(self.exports.action)
        file_menu.addSeparator()
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(tr("&Security…"), self.open_security)
        self.team_action = file_menu.addAction(tr("&Team server…"), self.open_team_server)
        self.team_action.setObjectName("team-server")
        file_menu.addSeparator()
        quit_action = QAction(tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._preferences_menu(menu, file_menu)  # Edit (Tools on Windows), between File and View
        view_menu = menu.addMenu(tr("&View"))
        refresh = QAction(tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.reload)
        view_menu.addAction(refresh)
        find = QAction(tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        view_menu.addAction(find)
        view_menu.addAction(self.today.show_action)
        view_menu.addAction(self.mail.inbox_action)
        figures_action = QAction(tr("&Figures"), self, objectName="view-figures")
        figures_action.triggered.connect(self.open_figures)
        view_menu.addAction(figures_action)
        report_menu = menu.addMenu(tr("&Report"))
        report_action = QAction(tr("&Annual report…"), self, objectName="annual-report")
        report_action.triggered.connect(self.open_annual_report)
        report_menu.addAction(report_action)
        help_menu = menu.addMenu(tr("&Help"))
        self.guide_action = QAction(tr("DSAR Desk &guide"), self, objectName="guide")
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(lambda: help.open_guide(self))
        help_menu.addAction(self.guide_action)
        self.shortcuts_action = QAction(tr("&Keyboard shortcuts"), self, objectName="shortcuts")
        self.shortcuts_action.triggered.connect(lambda: help.open_shortcuts(self))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.backups.verify_action)
        about = QAction(tr("&About DSAR Desk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def open_organisations(self) -> None:
        from dsar_desk.ui import organisations

        organisations.open_organisations(self)

    def open_figures(self) -> None:
        from dsar_desk.ui.figures import open_figures  # Qt Charts: loaded when first asked for

        self._figures = open_figures(self)

    def open_annual_report(self) -> None:
        from dsar_desk.ui.figures import open_annual_report

        self._annual_report = open_annual_report(self)

    def open_preferences(self) -> None:
        from dsar_desk.ui.preferences import open_preferences

        open_preferences(self)

    def open_team_server(self) -> bool:
        from dsar_desk.ui import team

        return team.open_team_server(self)

    def open_security(self) -> None:
        from dsar_desk.ui import security

        security.open_security(self)

    def _preferences_menu(self, menu, file_menu) -> None:
        """Preferences where each platform has them, on Ctrl+, everywhere (the standard key where
        the platform has one: Cmd+, on macOS): Edit → Preferences on Linux, Tools → Options on
        Windows, the application menu on macOS (Qt moves the action there)."""
        if sys.platform == "win32":
            place, text = menu.addMenu(tr("&Tools")), tr("&Options…")
        else:
            place, text = menu.addMenu(tr("&Edit")), tr("&Preferences…")
        self.preferences_action = QAction(text, self, objectName="preferences")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        keys = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) if not k.isEmpty()]
        if QKeySequence("Ctrl+,") not in keys:
            keys.append(QKeySequence("Ctrl+,"))
        self.preferences_action.setShortcuts(keys)
        self.preferences_action.triggered.connect(self.open_preferences)
        place.addAction(self.preferences_action)
        self.addAction(self.preferences_action)  # the shortcut works wherever the focus is in the window

    # -- list ---------------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            text=self.search.text(),
            status=self.status_filter.currentData(),
            organisation=self.org_filter.currentData(),
            overdue=self.overdue.isChecked(),
            due_within=self.soon_days if self.due_soon.isChecked() else None,
            assignee=self.clerk if self.mine.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_counts(recount=not hasattr(self, "_counts"))  # a filter changes what is shown only
        if not self._columns_sized and self.model.rowCount():
            self.size_columns()

    def reload(self) -> None:
        if self.live.lost:
            return  # the team server is out of reach: everything keeps what it shows until it is back
        self.soon_days = Settings().soon_days  # the clerk may have changed it in Preferences
        self.due_soon.setText(tr("Due within {0} days").format(self.soon_days))
        self.model.soon_days = self.soon_days
        self.model.reload()
        self.today.refresh()
        self._update_counts()

    def _update_counts(self, recount: bool = True) -> None:
        if recount:
            self._counts = case_list.summary_counts(soon_days=self.soon_days)
        counts = self._counts
        shown = self.model.rowCount()
        if self.model.more:  # a search that matches more cases than the list shows
            text = (tr("More than {0} cases match: the newest {0} are shown; narrow the search").format(
                format_number(shown)) + " · " + tr("{0} open · {1} overdue · {2} due within {3} days").format(
                format_number(counts["open"]), format_number(counts["overdue"]), format_number(counts["due_soon"]),
                format_number(self.soon_days)))
        else:
            text = tr("{0} cases shown · {1} open · {2} overdue · {3} due within {4} days").format(
                format_number(shown), format_number(counts["open"]), format_number(counts["overdue"]),
                format_number(counts["due_soon"]), format_number(self.soon_days))
        self.counts.setText(text)
        self.setWindowTitle(self.today.title())  # the badge: overdue + due within N days
        has_orgs = self.org_filter.count() > 1
        if not has_orgs:
            self.empty_hint.setText(tr("No organisation yet. Import an organisation profile (File menu) "
                                       "or load the sample organisations to try DSAR Desk."))
        elif shown == 0:
            self.empty_hint.setText(tr("No case matches the filter."))
        self.empty_hint.setVisible(not has_orgs or shown == 0)

    def reload_organisations(self) -> None:
        current = self.org_filter.currentData()
        self.org_filter.blockSignals(True)
        self.org_filter.clear()
        self.org_filter.addItem(tr("All organisations"), None)
        for org in list_organisations():
            self.org_filter.addItem(org.name, org.slug)
        index = self.org_filter.findData(current)
        self.org_filter.setCurrentIndex(max(0, index))
        self.org_filter.blockSignals(False)

    # -- cases --------------------------------------------------------------------------------
    def new_case(self) -> str | None:
        if not list_organisations():
            seam.message(self, tr("No organisation"),
                         tr("Import an organisation profile first (File → Import organisation profile)."))
            return None
        from dsar_desk.ui.intake import IntakeDialog

        dialog = IntakeDialog(self.clerk, self)
        if seam.launch(dialog) != QDialog.DialogCode.Accepted or not dialog.created_reference:
            return None
        self.reload()
        self.statusBar().showMessage(tr("Case {0} created").format(dialog.created_reference), 5000)
        return dialog.created_reference

    def open_case_at(self, row: int) -> CaseDetail | None:
        case_id = self.model.case_id(row)
        return self.open_case(case_id) if case_id else None

    def open_case(self, case_id: int) -> CaseDetail:
        detail = self.details.get(case_id)
        if detail is None:
            from dsar_desk.ui.case_detail import CaseDetail

            detail = CaseDetail(case_id, self.clerk, self)
            # A closed case window is deleted (it is the main window's child: kept, it would stay in
            # memory, some megabytes for each case opened in a day).
            detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            detail.changed.connect(lambda _ref: self.reload())
            detail.finished.connect(lambda _=0, cid=case_id: self.details.pop(cid, None))
            self.details[case_id] = detail
            self.live.watch(detail)  # team mode: announced while open, shows who else has it open
        detail.show()
        detail.raise_()
        detail.activateWindow()
        return detail

    # -- organisations ------------------------------------------------------------------------
    def choose_profile(self) -> None:

        path = files.open_file(self, tr("Import organisation profile"), tr("Organisation profiles (*.toml)"))
        if path is not None:
            self.import_profile_file(path)

    def import_profile_file(self, path: Path) -> bool:
        from dsar_desk.ui import organisations

        result = organisations.import_profile_file(self, path)  # shows what changes, before applying
        if result is None:
            return False
        self.reload_organisations()
        self.reload()
        text = tr("{0} imported.").format(result.name) if result.created else tr("{0} updated.").format(result.name)
        details = "\n".join(str(w) for w in result.warnings)
        seam.message(self, tr("Profile imported"),
                     text + (" " + tr("{0} warning(s) to look at:").format(len(result.warnings)) if details else ""),
                     details=details)
        return True

    def load_samples(self, with_cases: bool = True, cases: int = 60) -> workers.Worker:
        """Import the sample organisations (and demo cases) off the UI thread, with progress."""
        from dsar_desk.desk.demo import load_samples, make_cases

        clerk = self.clerk

        def job(progress):
            slugs = load_samples()
            made = make_cases(cases, clerk, progress=progress) if with_cases else 0
            return slugs, made

        worker = workers.Worker(job)
        self.progress.setRange(0, 0)
        self.progress.show()
        worker.signals.progress.connect(lambda done, total: (self.progress.setRange(0, total),
                                                             self.progress.setValue(done)))
        worker.signals.done.connect(self._samples_loaded)
        worker.signals.failed.connect(self._samples_failed)
        return workers.start(worker)

    def _samples_loaded(self, result) -> None:
        self.progress.hide()
        slugs, made = result
        self.reload_organisations()
        self.reload()
        self.statusBar().showMessage(tr("Sample organisations loaded: {0}; {1} demo cases").format(
            ", ".join(slugs), made), 8000)

    def _samples_failed(self, message: str) -> None:
        self.progress.hide()
        seam.message(self, tr("Could not load the samples"), message, icon=QMessageBox.Icon.Warning)

    def offer_first_start(self) -> None:
        """The first start asks the clerk's name and role (assignee, letters' signature); with no
        organisation yet, it offers to import a profile or to load the samples."""
        from dsar_desk.ui.first_start import ask_clerk

        ask_clerk(self)
        if list_organisations():
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("Welcome to DSAR Desk"),
                          tr("DSAR Desk answers requests for an organisation described by its profile "
                             "(who it is, its register of processing). Import your organisation's profile, "
                             "or load three sample organisations with demo cases to look around."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("first-start")
        importing = box.addButton(tr("Import a profile…"), QMessageBox.ButtonRole.AcceptRole)
        samples = box.addButton(tr("Load the samples"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        seam.launch(box)
        if box.clickedButton() is importing:
            self.choose_profile()
        elif box.clickedButton() is samples:
            self.load_samples(with_cases=True)

    def about(self) -> None:
        where = str(self.db_path) if self.db_path else ""
        seam.message(self, tr("About DSAR Desk"),
                     tr("DSAR Desk {0}: answer GDPR data subject requests on time, offline.").format(__version__),
                     details=tr("Database: {0}").format(where))
