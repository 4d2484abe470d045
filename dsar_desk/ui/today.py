"""The "Today" view beside the case list, the reminders, the title badge and the .ics export.

Everything shown comes from :mod:`dsar_desk.store.today` (SQL, LIMITed) and
:mod:`dsar_desk.domain.reminders` (when to remind); this module only lays it out.

The main window creates one :class:`TodayController` and asks it for its menu actions and its
window title; the controller keeps the "Today" dock, the reminder timer, the tray icon (or the
banner where there is no system tray) and the calendar export.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.domain.cases import RIGHT_LABELS, STATUS_LABELS
from dsar_desk.domain.reminders import DEFAULT_WITHIN_DAYS, Reminder, reminder_due
from dsar_desk.resources import resource
from dsar_desk.settings import Settings
from dsar_desk.store import today as today_store
from dsar_desk.store.today import TodaySnapshot
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.retention import RetentionPanel
from dsar_desk.ui.text import days_left_text, format_date, format_long_date, format_number, tr

log = logging.getLogger(__name__)

CHECK_INTERVAL_MS = 10 * 60 * 1000  # the morning reminder is looked for every ten minutes
CASE_ID = Qt.ItemDataRole.UserRole

SECTION_TITLES = {
    "overdue": "Overdue",
    "today": "Due today",
    "soon": "Due within {0} days",
    "waiting": "Waiting for the requester",
    "extended": "Extended",
}


ROOT = 0  # internal id of a section row; a case row's internal id is its section's number + 1
TREE_COLUMNS = ("Case", "Organisation", "Due", "Days", "Assignee", "Status")
ASSIGNEE_COLUMNS = ("Assignee", "Overdue", "Due today", "Within {0} days", "Waiting", "Extended", "Open")
OVERDUE_FG = QColor("#842029")
SOON_FG = QColor("#664d03")


class TodayModel(QAbstractItemModel):
    """Two levels: the five sections, and under each its first rows (and "… N more").

    A model rather than a QTreeWidget: a refresh is one reset, not thousands of item calls, so
    it stays quick with 1,000 rows listed (and it avoids a per-call cost of PySide's setters).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.snap: TodaySnapshot | None = None
        self.keys: list[str] = []
        self.remind_after: dict[str, int] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_snapshot(self, snap: TodaySnapshot) -> None:
        remind_after = today_store.reminder_days_by_organisation()  # read first: a refused read changes nothing
        self.beginResetModel()
        self.snap = snap
        self.keys = list(today_store.SECTIONS)
        self.remind_after = remind_after
        self.endResetModel()

    # -- structure
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, ROOT)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == ROOT:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, ROOT)

    def rowCount(self, parent=QModelIndex()):
        if self.snap is None:
            return 0
        if not parent.isValid():
            return len(self.keys)
        if parent.internalId() != ROOT or parent.column() != 0:
            return 0
        section = self.snap.sections[self.keys[parent.row()]]
        return len(section.rows) + (1 if section.more > 0 else 0)

    def columnCount(self, parent=QModelIndex()):
        return len(TREE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(TREE_COLUMNS[section])
        return None

    # -- content
    def section_title(self, key: str) -> str:
        section = self.snap.sections[key]
        return f"{tr(SECTION_TITLES[key]).format(self.snap.within_days)} ({format_number(section.total)})"

    def row_at(self, index) -> tuple[str, object]:
        """(section key, TodayRow or None for the "more" line) of a case-level index."""
        key = self.keys[index.internalId() - 1]
        rows = self.snap.sections[key].rows
        return key, rows[index.row()] if index.row() < len(rows) else None

    def case_id(self, index) -> int | None:
        if not index.isValid() or index.internalId() == ROOT:
            return None
        _key, row = self.row_at(index)
        return row.case_id if row is not None else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.snap is None:
            return None
        if index.internalId() == ROOT:
            key = self.keys[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return self.section_title(key)
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == CASE_ID + 1:
                return key
            return None
        key, row = self.row_at(index)
        column = index.column()
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                more = self.snap.sections[key].more
                return tr("… and {0} more: use the filters of the case list").format(format_number(more))
            return None
        today = self.snap.today
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.reference
            if column == 1:
                return row.organisation
            if column == 2:
                if key == "waiting":
                    return tr("asked {0}").format(format_date(row.waiting_since))
                return format_date(row.due)
            if column == 3:
                if key == "waiting":
                    waited = tr("waited %n day(s)", row.days_waited(today) or 0)
                    if row.needs_reminder(today, self.remind_after.get(row.organisation)):
                        return tr("{0}: remind the requester").format(waited)
                    return waited
                return days_left_text(row.days_left(today))
            if column == 4:
                return row.assignee
            if column == 5:
                return tr(STATUS_LABELS.get(row.status, row.status))
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and key == "waiting":
            return OVERDUE_FG if row.needs_reminder(today, self.remind_after.get(row.organisation)) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and key != "waiting":
            left = row.days_left(today)
            return OVERDUE_FG if left < 0 else SOON_FG if left <= self.snap.within_days else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(tr(RIGHT_LABELS.get(r, r)) for r in row.rights)
        if role == CASE_ID:
            return row.case_id
        return None


class AssigneeModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.within_days = DEFAULT_WITHIN_DAYS
        self.clerk = ""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows, within_days: int, clerk: str) -> None:
        self.beginResetModel()
        self.rows, self.within_days, self.clerk = list(rows), within_days, clerk
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ASSIGNEE_COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(ASSIGNEE_COLUMNS[section]).format(self.within_days)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        counts = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (counts.assignee, counts.overdue, counts.today, counts.soon, counts.waiting, counts.extended,
                      counts.open)
            return values[column] if column == 0 else format_number(values[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and counts.assignee == self.clerk:
            return self._bold
        return None


class TodayView(QWidget):
    """Five sections of cases (the first rows of each, with totals) and the counts per assignee."""

    case_activated = Signal(int)  # a case id, on double-click or Enter

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("today-view")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        head = QHBoxLayout()
        self.heading = QLabel(objectName="today-heading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.refresh_button = QPushButton(tr("Refresh"), objectName="today-refresh")
        head.addWidget(self.heading, 1)
        head.addWidget(self.refresh_button)
        layout.addLayout(head)

        self.model = TodayModel(self)
        self.tree = QTreeView(objectName="today-tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for column, width in enumerate((150, 115, 80, 135, 100, 100)):
            # never narrower than the header's words (longer in Dutch and French)
            self.tree.setColumnWidth(column, max(width, self.tree.header().sectionSizeHint(column)))
        # In a narrow dock what matters shows first: case, days left, due; then organisation...
        # (the visual order only: the model's columns stay as they are)
        header = self.tree.header()
        header.moveSection(header.visualIndex(3), 1)
        header.moveSection(header.visualIndex(2), 2)
        self.tree.activated.connect(self._activated)
        layout.addWidget(self.tree, 3)

        layout.addWidget(QLabel(tr("Per assignee (open cases)")))
        self.assignee_model = AssigneeModel(self)
        self.assignees = QTreeView(objectName="today-assignees")
        self.assignees.setModel(self.assignee_model)
        self.assignees.setRootIsDecorated(False)
        self.assignees.setUniformRowHeights(True)
        self.assignees.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.assignees, 1)
        self.retention = RetentionPanel(self)  # closed cases past their retention (issue 16)
        layout.addWidget(self.retention)
        self.snapshot: TodaySnapshot | None = None

    def _activated(self, index) -> None:
        case_id = self.model.case_id(index)
        if case_id:
            self.case_activated.emit(int(case_id))

    def show_snapshot(self, snap: TodaySnapshot, clerk: str = "") -> None:
        was = {key: self.tree.isExpanded(self.section_index(key)) for key in self.model.keys}
        self.snapshot = snap
        self.heading.setText(tr("Today, {0}").format(format_long_date(snap.today)))
        self.model.set_snapshot(snap)
        for row, key in enumerate(self.model.keys):
            index = self.model.index(row, 0)
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            if was.get(key, key in ("overdue", "today", "soon", "waiting")):
                self.tree.expand(index)
            section = snap.sections[key]
            if section.more > 0:
                self.tree.setFirstColumnSpanned(len(section.rows), index, True)
        self.assignee_model.set_rows(snap.assignees, snap.within_days, clerk)
        for column in (3, 2):  # days left ("vandaag te beantwoorden") and due date read in full
            self.tree.resizeColumnToContents(column)
        self.retention.show_due(snap.due_for_deletion)

    # -- for tests and the controller: what the clerk sees
    def section_index(self, key: str):
        return self.model.index(self.model.keys.index(key), 0) if key in self.model.keys else QModelIndex()

    def section_title(self, key: str) -> str:
        return self.model.section_title(key)

    def section_texts(self, key: str, column: int = 0) -> list[str]:
        parent = self.section_index(key)
        return [self.model.index(r, column, parent).data() for r in range(self.model.rowCount(parent))]

    def assignee_texts(self) -> dict[str, list[str]]:
        m = self.assignee_model
        return {m.index(r, 0).data(): [m.index(r, c).data() for c in range(1, m.columnCount())]
                for r in range(m.rowCount())}


class ReminderBanner(QFrame):
    """Where there is no system tray: a non-modal line at the top of the window."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reminder-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminder-banner { background: #fff3cd; border: 1px solid #ffe69c; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel(objectName="reminder-text")
        self.text.setWordWrap(True)
        self.show_button = QPushButton(tr("Show today"), objectName="reminder-show")
        self.dismiss = QPushButton(tr("Dismiss"), objectName="reminder-dismiss")
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.dismiss)
        self.hide()


def app_icon() -> QIcon:
    icon = QApplication.windowIcon()
    if icon.isNull():
        path = resource("icons", "dsar-desk.svg")
        if path.exists():
            icon = QIcon(str(path))
    if icon.isNull():
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return icon


class TodayController(QObject):
    """The today dock, the reminders (timer, tray or banner), the title badge, the .ics export."""

    reminded = Signal(str, str)  # title, text: each reminder given (tray or banner)
    refreshed = Signal(object)  # the TodaySnapshot now shown
    reminder_checked = Signal(object)  # the Reminder of each check, given or not

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.within_days = Settings().soon_days
        self.last_reminded: date | None = None
        self.snapshot: TodaySnapshot | None = None
        self.tray: QSystemTrayIcon | None = None
        self._asked = 0  # the latest count asked for: an older one arriving later is not shown
        self.last_reminder: Reminder | None = None  # the last reminder check's (start, each morning)
        self._counting: workers.Worker | None = None

        self.view = TodayView()
        self.view.case_activated.connect(window.open_case)
        self.view.refresh_button.clicked.connect(self.refresh)
        self.view.retention.purged.connect(lambda _report: (self.refresh(), getattr(window, "reload", lambda: None)()))
        self.dock = QDockWidget(tr("Today"), window, objectName="today-dock")
        self.dock.setWidget(self.view)
        self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        from dsar_desk.ui.geometry import available

        # about a quarter of the screen: the case list keeps room for its columns on a laptop
        width = max(300, min(500, int(available(window).width() * 0.26)))
        window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        self.dock.visibilityChanged.connect(lambda visible: visible and self._refresh_if_stale())

        self.show_action = self.dock.toggleViewAction()
        self.show_action.setText(tr("&Today"))
        self.show_action.setShortcut(QKeySequence("Ctrl+T"))
        self.export_action = QAction(tr("Export due dates to &calendar…"), window)
        self.export_action.setObjectName("export-calendar")
        self.export_action.triggered.connect(self.export_calendar)

        self.banner = ReminderBanner()
        self.banner.show_button.clicked.connect(self.show_today)
        central = window.centralWidget()
        if central is not None and central.layout() is not None:
            central.layout().insertWidget(0, self.banner)

        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check_reminders)
        self.timer.start()
        # Counted once the window is shown, off the UI thread: the view, the badge, the reminder.
        QTimer.singleShot(0, self.check_reminders)

    # -- the view and the badge --------------------------------------------------------------
    def _read_setting(self) -> int:
        """The clerk may change "remind within N days" in the preferences at any time."""
        self.within_days = Settings().soon_days
        return self.within_days

    def refresh(self) -> workers.Worker:
        """Count the Today view off the UI thread (about 0.1 s at 100,000 cases) and show it."""
        return self._count(remind=None)

    def _count(self, remind: date | None) -> workers.Worker:
        self._asked += 1
        asked, day, within = self._asked, date.today(), self._read_setting()

        def job(_progress):
            from dsar_desk.store.db import close_thread_connection

            try:
                snapshot = today_store.snapshot(day, within)
                return asked, snapshot, today_store.reminder(remind, within) if remind else None
            finally:
                close_thread_connection()

        worker = workers.Worker(job)
        # Bound methods of this QObject: Qt drops the connection if the window goes first.
        worker.signals.done.connect(self._counted)
        worker.signals.failed.connect(self._not_counted)
        self._counting = workers.start(worker)
        return worker

    def _counted(self, result) -> None:
        import shiboken6

        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.window):
            return  # the window was closed while the worker counted
        asked, snapshot, reminder = result
        try:
            if asked == self._asked:
                self._show(snapshot)
            if reminder is not None:
                self._give(reminder)
        except Exception as exc:
            from dsar_desk.store.db import is_connection_lost

            if not is_connection_lost(exc):
                raise
            live = getattr(self.window, "live", None)  # team mode: the server went while it counted
            if live is not None:
                live.query_failed(exc)

    def _not_counted(self, _message) -> None:
        log.warning("the Today view could not be counted")

    def _show(self, snapshot: TodaySnapshot) -> None:
        self.snapshot = snapshot
        self.view.show_snapshot(snapshot, getattr(self.window, "clerk", ""))
        if self.tray is not None:
            self.tray.setToolTip(self.title())
        self.window.setWindowTitle(self.title())
        self.refreshed.emit(snapshot)

    def _refresh_if_stale(self) -> None:
        if self.snapshot is None or self.snapshot.today != date.today():
            self.refresh()

    def badge(self) -> int:
        snap = self.snapshot
        if snap is None:
            return 0
        return snap.total("overdue") + snap.total("today") + snap.total("soon")

    def title(self) -> str:
        """The window title, with the badge: overdue + due within N days (clock running)."""
        count = self.badge()
        if not count:
            return "DSAR Desk"
        snap = self.snapshot
        return tr("DSAR Desk ({0}) — {1} overdue, {2} due within {3} days").format(
            count, snap.total("overdue"), snap.total("today") + snap.total("soon"), snap.within_days)

    def show_today(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        self.dock.show()
        self.dock.raise_()
        self.banner.hide()

    # -- reminders -----------------------------------------------------------------------------
    def tray_available(self) -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def check_reminders(self, now: datetime | None = None) -> bool:
        """Give the reminder at start and once each morning; returns True when one was given."""
        now = now or datetime.now()
        self._refresh_if_stale()
        if not reminder_due(self.last_reminded, now):
            return False
        self.last_reminded = now.date()
        # A new day: the due dates of cases waiting for the requester moved on by the days waited.
        # Storing them takes about 0.5 s per 5,000 waiting cases: off the UI thread, then remind.
        day = now.date()

        def job(_progress) -> int:
            from dsar_desk.desk.deadlines import refresh_waiting_deadlines
            from dsar_desk.store.db import close_thread_connection

            try:
                return refresh_waiting_deadlines(day)
            finally:
                close_thread_connection()

        def done(moved) -> None:
            if moved and hasattr(self.window, "reload"):
                self.window.reload()
            self.remind(day)

        def failed(message: str) -> None:
            log.warning("the morning update of waiting cases failed; reminding anyway")
            self.remind(day)

        worker = workers.Worker(job)
        worker.signals.done.connect(done)
        worker.signals.failed.connect(failed)
        self._morning_worker = workers.start(worker)
        return True

    def reminder_text(self, r: Reminder) -> tuple[str, str]:
        title = tr("DSAR Desk: {0} request(s) to answer soon").format(format_number(r.badge))
        parts = []
        if r.overdue:
            parts.append(tr("%n overdue", r.overdue))
        if r.due_today:
            parts.append(tr("%n due today", r.due_today))
        if r.due_soon:
            parts.append(tr("%n due within {0} days", r.due_soon).format(r.within_days))
        lines = [", ".join(parts) + "."]
        for item in r.items:
            lines.append(f"{item.reference}: {format_date(item.due)}")
        if r.more():
            lines.append(tr("… and {0} more").format(format_number(r.more())))
        return title, "\n".join(lines)

    def remind(self, today: date | None = None) -> workers.Worker:
        """Tell the clerk what is due within N days (tray notification, or the banner), counted off
        the UI thread; ``reminder_checked`` gives the Reminder, worth notifying or not."""
        return self._count(remind=today or date.today())

    def _give(self, r: Reminder) -> None:
        self.last_reminder = r
        self.reminder_checked.emit(r)
        if not r.worth_notifying:
            self.banner.hide()
            return
        title, text = self.reminder_text(r)
        if self.tray_available():
            if self.tray is None:
                self.tray = QSystemTrayIcon(app_icon(), self)
                self.tray.setObjectName("tray")
                self.tray.messageClicked.connect(self.show_today)
                self.tray.activated.connect(lambda _reason: self.show_today())
            self.tray.setToolTip(self.title())
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        else:
            self.banner.text.setText(f"<b>{title}</b><br>" + text.replace("\n", "<br>"))
            self.banner.show()
        log.info("reminder: %s overdue, %s due today, %s due soon", r.overdue, r.due_today, r.due_soon)
        self.reminded.emit(title, text)

    # -- calendar export -------------------------------------------------------------------------
    def export_calendar(self) -> workers.Worker | None:
        """Ask where, then write the .ics off the UI thread."""
        path = files.save_file(self.window, tr("Export due dates to calendar"),
                               str(Path.home() / "dsar-desk-due-dates.ics"), tr("Calendar files (*.ics)"), "ics",
                               object_name="export-calendar-dialog")
        if path is None:
            return None
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        from dsar_desk.desk.calendar import write_calendar
        from dsar_desk.ui.i18n import ui_language

        language = ui_language()

        def job(progress):
            return str(path), write_calendar(path, language=language, progress=progress)

        worker = workers.Worker(job)
        worker.signals.progress.connect(self._export_progress)
        worker.signals.done.connect(self._exported)
        worker.signals.failed.connect(self._export_failed)
        self.export_action.setEnabled(False)
        self.window.statusBar().showMessage(tr("Exporting due dates…"))
        return workers.start(worker)

    def _export_progress(self, done: int, total: int) -> None:
        bar = getattr(self.window, "progress", None)
        if bar is not None:
            bar.setRange(0, max(total, 1))
            bar.setValue(done)
            bar.show()

    def _export_ended(self) -> None:
        self.export_action.setEnabled(True)
        bar = getattr(self.window, "progress", None)
        if bar is not None:
            bar.hide()

    def _exported(self, result) -> None:
        self._export_ended()
        where, counts = result
        self.window.statusBar().showMessage(
            tr("{0} due dates exported to {1} ({2} no longer due)").format(counts.events, where, counts.cancelled),
            10000)

    def _export_failed(self, message: str) -> None:
        self._export_ended()
        self.window.statusBar().clearMessage()
        seam.message(self.window, tr("Calendar not exported"), message, icon=QMessageBox.Icon.Warning)
