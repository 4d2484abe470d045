"""The case list's table model: lazy, one SQL page at a time, never all rows in Python."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from dsar_desk.domain.cases import RIGHT_LABELS, STATUS_LABELS
from dsar_desk.domain.reminders import DEFAULT_WITHIN_DAYS
from dsar_desk.store import case_list
from dsar_desk.store.case_list import COLUMN_KEYS, CaseFilter, CaseRow
from dsar_desk.store.db import is_connection_lost
from dsar_desk.ui.text import column_header, format_date

PAGE = 200
MAX_PAGES = 20  # 4,000 rows kept at most

OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#842029")
SOON_BG = QColor("#fff3cd")
SOON_FG = QColor("#664d03")

class CaseTableModel(QAbstractTableModel):
    """Rows come from ``case_list.page`` in pages of 200, cached in a small LRU. On a team server
    out of reach, a read keeps what the list shows and says so with ``unreachable``."""

    unreachable = Signal(object)  # the exception of a read the team server could not answer

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = CaseFilter()
        self._sort = "due"
        self._descending = False
        self._count = 0
        self._hits: CaseFilter | None = None  # the filter with its search's cases, found once per reload
        self.more = False  # the search matches more cases than it shows (SEARCH_CAP)
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self.today = date.today()
        self.soon_days = DEFAULT_WITHIN_DAYS  # the main window sets the clerk's "due soon"

    # -- what is shown ------------------------------------------------------------------------
    @property
    def filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, f: CaseFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self, count: bool = True) -> None:
        """Read the list again (``count``: the number of rows too; a new sort order keeps it)."""
        today = date.today()
        try:
            counted = self._counted(today) if count else None
        except Exception as exc:
            if not is_connection_lost(exc):
                raise
            self.unreachable.emit(exc)
            return  # the team server is out of reach: the list keeps what it shows
        self.beginResetModel()
        self.today = today
        self._pages.clear()
        if counted is not None:
            self._hits, self.more, self._count = counted
        self.endResetModel()

    def _counted(self, today: date) -> tuple[CaseFilter | None, bool, int]:
        current = self._filter.with_(today=today)
        if current.text.strip():
            found = case_list.search_hits(current)
            return current.with_(hits=found.ids), found.more, len(found.ids)
        return None, False, case_list.count(current)

    def row_tuple(self, row: int) -> CaseRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            shown = self._hits or self._filter.with_(today=self.today)
            try:
                page = case_list.page(shown, number * PAGE, PAGE, self._sort, self._descending)
            except Exception as exc:
                if not is_connection_lost(exc):
                    raise
                self.unreachable.emit(exc)
                return None  # not read: an empty row until the server is back
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def case_id(self, row: int) -> int | None:
        data = self.row_tuple(row)
        return data.id if data else None

    def reference(self, row: int) -> str | None:
        data = self.row_tuple(row)
        return data.reference if data else None

    # -- Qt's interface -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_header(COLUMN_KEYS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_tuple(index.row())
        if row is None:
            return None
        key = COLUMN_KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            urgency = self.urgency(row)
            if urgency == "overdue":
                return QBrush(OVERDUE_BG if role == Qt.ItemDataRole.BackgroundRole else OVERDUE_FG)
            if urgency == "soon":
                return QBrush(SOON_BG if role == Qt.ItemDataRole.BackgroundRole else SOON_FG)
            return None
        if role == Qt.ItemDataRole.FontRole and key in ("days_left", "due") and self.urgency(row) == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "days_left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "requester":  # the whole name and the address, where the column is narrow
                return f"{row.requester_name} <{row.requester_email}>" if row.requester_email else row.requester_name
            if key in ("rights", "organisation"):
                return self.data(index, Qt.ItemDataRole.DisplayRole)
            urgency = self.urgency(row)
            if urgency == "overdue":
                return self.tr("Overdue: the answer was due on {0}").format(format_date(row.due))
            if urgency == "soon":
                return self.tr("Due within {0} days").format(self.soon_days)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def urgency(self, row: CaseRow) -> str | None:
        left = row.days_left(self.today)
        if left is None:
            return None
        if left < 0:
            return "overdue"
        if left <= self.soon_days:
            return "soon"
        return None

    def _display(self, row: CaseRow, key: str):
        if key == "reference":
            return row.reference
        if key == "requester":
            return row.requester_name
        if key == "rights":
            return ", ".join(self.tr(RIGHT_LABELS.get(r, r)) for r in row.right_list)
        if key == "organisation":
            return row.organisation
        if key == "received":
            return format_date(row.received)
        if key == "due":
            return format_date(row.due)
        if key == "days_left":
            left = row.days_left(self.today)
            return "–" if left is None else str(left)
        if key == "status":
            return self.tr(STATUS_LABELS.get(row.status, row.status))
        if key == "assignee":
            return row.assignee
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = COLUMN_KEYS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._pages:
            return  # Qt asks twice for one click (the header's indicator, then the view)
        self._sort, self._descending = key, descending
        self.reload(count=False)
