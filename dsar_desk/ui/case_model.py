"""The case list's table model: lazy, one SQL page at a time, never all rows in Python."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dsar_desk.domain.cases import OPEN_STATUSES, RIGHT_LABELS, STATUS_LABELS
from dsar_desk.store import case_list
from dsar_desk.store.case_list import COLUMN_KEYS, CaseFilter
from dsar_desk.ui.text import column_header, format_date

PAGE = 200
MAX_PAGES = 20  # 4,000 rows kept at most
SOON_DAYS = 7

OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#842029")
SOON_BG = QColor("#fff3cd")
SOON_FG = QColor("#664d03")

# Row tuple positions (see case_list.ROW_FIELDS)
R_ID, R_REF, R_NAME, R_EMAIL, R_RIGHTS, R_ORG, R_RECEIVED, R_DUE, R_STATUS, R_ASSIGNEE = range(10)


class CaseTableModel(QAbstractTableModel):
    """Rows come from ``case_list.page`` in pages of 200, cached in a small LRU."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = CaseFilter()
        self._sort = "due"
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self.today = date.today()

    # -- what is shown ------------------------------------------------------------------------
    @property
    def filter(self) -> CaseFilter:
        return self._filter

    def set_filter(self, f: CaseFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.today = date.today()
        self._pages.clear()
        self._count = case_list.count(self._filter.with_(today=self.today))
        self.endResetModel()

    def row_tuple(self, row: int) -> tuple | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = case_list.page(self._filter.with_(today=self.today), number * PAGE, PAGE,
                                  self._sort, self._descending)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def case_id(self, row: int) -> int | None:
        data = self.row_tuple(row)
        return data[R_ID] if data else None

    def reference(self, row: int) -> str | None:
        data = self.row_tuple(row)
        return data[R_REF] if data else None

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
            if key == "requester" and row[R_EMAIL]:
                return row[R_EMAIL]
            urgency = self.urgency(row)
            if urgency == "overdue":
                return self.tr("Overdue: the answer was due on {0}").format(format_date(row[R_DUE]))
            if urgency == "soon":
                return self.tr("Due within {0} days").format(SOON_DAYS)
        if role == Qt.ItemDataRole.UserRole:
            return row[R_ID]
        return None

    def urgency(self, row: tuple) -> str | None:
        if row[R_STATUS] not in OPEN_STATUSES:
            return None
        left = (row[R_DUE] - self.today).days
        if left < 0:
            return "overdue"
        if left <= SOON_DAYS:
            return "soon"
        return None

    def _display(self, row: tuple, key: str):
        if key == "reference":
            return row[R_REF]
        if key == "requester":
            return row[R_NAME]
        if key == "rights":
            return ", ".join(self.tr(RIGHT_LABELS.get(r, r)) for r in row[R_RIGHTS].split(",") if r)
        if key == "organisation":
            return row[R_ORG]
        if key == "received":
            return format_date(row[R_RECEIVED])
        if key == "due":
            return format_date(row[R_DUE])
        if key == "days_left":
            if row[R_STATUS] not in OPEN_STATUSES:
                return "–"
            return str((row[R_DUE] - self.today).days)
        if key == "status":
            return self.tr(STATUS_LABELS.get(row[R_STATUS], row[R_STATUS]))
        if key == "assignee":
            return row[R_ASSIGNEE]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMN_KEYS[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
