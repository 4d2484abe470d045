"""View → Figures: the dashboard of the requests, and Report → Annual report…

    open_figures(parent)          # the dashboard (non-modal), returns the FiguresDialog
    open_annual_report(parent)    # the annual report, figures, case list or procedure to a file

The numbers come from :func:`dsar_desk.desk.figures.figures` (what each one means is written
there), computed off the UI thread (:mod:`dsar_desk.ui.workers`); the charts are Qt Charts:
requests per month stacked by right, the on-time rate per month (requests paused for identity
apart), and the days to answer a bar a week with the legal limit marked. The same charts, drawn
by reportlab, are in the annual report. Printing and "Save as PDF" paint the dashboard itself
(vector) on the printer.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dsar_desk.desk.figures import figures
from dsar_desk.domain.cases import RIGHT_LABELS, RIGHTS
from dsar_desk.domain.figures import ONE_MONTH_DAYS, THREE_MONTHS_DAYS, Figures, bin_position, days_bins
from dsar_desk.letters.report import LIMIT_COLOUR, ON_TIME_COLOUR, PAUSED_COLOUR, RIGHT_COLOURS
from dsar_desk.store import figures as store
from dsar_desk.store.db import close_thread_connection
from dsar_desk.store.organisations import list_organisations
from dsar_desk.ui import files, seam, workers
from dsar_desk.ui.i18n import ui_language
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import format_long_date, format_number, tr
from dsar_desk.ui.widgets import date_edit, qdate

log = logging.getLogger(__name__)

__all__ = ["FiguresDialog", "AnnualReportDialog", "open_figures", "open_annual_report"]

CUSTOM = -1  # the year box's "custom period" entry


def _percent(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(100 * value, "f", 1) + "\u00a0%"


def _month_name(key: str) -> str:
    year, month = (int(x) for x in key.split("-"))
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


class Tile(QFrame):
    """One headline figure: the number, what it is, and a line of detail."""

    def __init__(self, name: str, caption: str, parent=None):
        super().__init__(parent, objectName=name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.value = QLabel("–", objectName="value")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, objectName="caption")
        self.caption.setWordWrap(True)
        self.detail = QLabel("", objectName="detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        for w in (self.value, self.caption, self.detail):
            layout.addWidget(w)

    def show_value(self, value: str, detail: str = "") -> None:
        self.value.setText(value)
        self.detail.setText(detail)


def _chart(title: str, legend: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(legend)
    return chart


def _view(name: str, chart: QChart) -> QChartView:
    view = QChartView(chart, objectName=name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def _fitting(parent, width: int, height: int) -> QSize:
    """The size asked for, or less on a small screen (1366x768 laptops): never taller or wider
    than the screen's free area, so the buttons at the bottom are always on it."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    return QSize(min(width, free.width() - 40), min(height, free.height() - 60))


def _small_labels(axis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(6.5, font.pointSizeF() * 0.8))
    axis.setLabelsFont(font)
    axis.setTruncateLabels(False)  # "105+" whole, not "10..." (a label may run into its neighbour's room)


def _value_axis(top: float, fmt: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setLabelFormat(fmt)
    axis.applyNiceNumbers()
    axis.setMinorTickCount(0)
    return axis


def months_chart(f: Figures) -> QChart:
    chart = _chart(tr("Requests per month, by right"))
    series = QStackedBarSeries()
    for right in RIGHTS:
        counts = [m.rights.get(right, 0) for m in f.months.values()]
        if not any(counts):
            continue
        bar = QBarSet(tr(RIGHT_LABELS[right]))
        bar.append([float(c) for c in counts])
        bar.setColor(QColor(RIGHT_COLOURS[right]))
        bar.setBorderColor(QColor(RIGHT_COLOURS[right]))
        series.append(bar)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([_month_name(m) for m in f.months])
    top = max((sum(m.rights.values()) for m in f.months.values()), default=0)
    y = _value_axis(max(top, 1))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    return chart


def rate_chart(f: Figures) -> QChart:
    chart = _chart(tr("Answered on time, per month"), Qt.AlignmentFlag.AlignBottom)
    x = QBarCategoryAxis()
    x.append([_month_name(m) for m in f.months])
    _small_labels(x)
    y = _value_axis(100, "%.0f\u00a0%")
    y.setRange(0, 100)
    y.setTickCount(6)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for name, colour, rate in ((tr("not paused for identity"), ON_TIME_COLOUR, "on_time_rate"),
                               (tr("paused for identity"), PAUSED_COLOUR, "paused_on_time_rate")):
        line = QLineSeries()
        line.setName(name)
        for i, month in enumerate(f.months.values()):
            value = getattr(month, rate)
            if value is not None:  # a month without such answers has no point
                line.append(QPointF(i, 100 * value))
        pen = QPen(QColor(colour))
        pen.setWidthF(2.2)
        line.setPen(pen)
        line.setPointsVisible(True)
        chart.addSeries(line)
        line.attachAxis(x)
        line.attachAxis(y)
    return chart


def days_chart(f: Figures) -> QChart:
    chart = _chart(tr("Days to answer"), Qt.AlignmentFlag.AlignBottom)
    bins = days_bins(f.days_to_answer)
    series = QBarSeries()
    bar = QBarSet(tr("answered requests"))
    bar.append([float(b.count) for b in bins])
    bar.setColor(QColor("#1f77b4"))
    series.append(bar)
    series.setBarWidth(0.8)
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append([str(b.low) if b.high is not None else f"{b.low}+" for b in bins])  # a bar a week, from day ...
    x.setTitleText(tr("days from receipt (a bar a week)"))
    _small_labels(x)
    top = max((b.count for b in bins), default=0)
    y = _value_axis(max(top, 1))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x)
    series.attachAxis(y)
    for marker in chart.legend().markers(series):  # the bars need no legend; the two limits do
        marker.setVisible(False)
    high = y.max()
    for days, name, style in ((ONE_MONTH_DAYS, tr("legal limit (one month)"), Qt.PenStyle.SolidLine),
                              (THREE_MONTHS_DAYS, tr("extended (three months)"), Qt.PenStyle.DashLine)):
        marker = QLineSeries()
        marker.setName(name)
        position = bin_position(days) - 0.5  # categories are centred on 0, 1, 2 ...
        marker.append(QPointF(position, 0))
        marker.append(QPointF(position, high))
        pen = QPen(QColor(LIMIT_COLOUR))
        pen.setWidthF(2)
        pen.setStyle(style)
        marker.setPen(pen)
        chart.addSeries(marker)
        marker.attachAxis(x)
        marker.attachAxis(y)
    return chart


class FiguresDialog(QDialog):
    """The dashboard: a period and an organisation, the headline figures, three charts."""

    loaded = Signal()

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent, objectName="figures-dialog")
        self.setWindowTitle(tr("Figures"))
        self.today = today or date.today()
        self.figures: Figures | None = None
        self._pending: workers.Worker | None = None
        self._again = False
        outer = QVBoxLayout(self)
        # the period and the organisation
        row = QHBoxLayout()
        self.year = QComboBox(objectName="year")
        for y in store.years_with_requests(self.today):
            self.year.addItem(str(y), y)
        self.year.addItem(tr("Other period"), CUSTOM)
        self.start = date_edit("start", self)
        self.end = date_edit("end", self)
        self.organisation = QComboBox(objectName="organisation")
        self.organisation.addItem(tr("All organisations"), None)
        for org in list_organisations():
            self.organisation.addItem(org.name, org.slug)
        row.addWidget(QLabel(tr("Year")))
        row.addWidget(self.year)
        row.addWidget(QLabel(tr("from")))
        row.addWidget(self.start)
        row.addWidget(QLabel(tr("to")))
        row.addWidget(self.end)
        row.addSpacing(12)
        row.addWidget(QLabel(tr("Organisation")))
        row.addWidget(self.organisation, 1)
        outer.addLayout(row)
        # what is printed: the sheet
        self.sheet = QWidget(objectName="sheet")
        sheet = QVBoxLayout(self.sheet)
        self.heading = QLabel("", objectName="heading")
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.status = QLabel(tr("Counting…"), objectName="status")
        sheet.addWidget(self.heading)
        sheet.addWidget(self.status)
        tiles = QGridLayout()
        self.tiles = {
            "received": Tile("received", tr("requests received")),
            "on_time": Tile("on-time", tr("answered on time (not paused for identity)")),
            "late": Tile("late", tr("answered late (not paused for identity)")),
            "paused": Tile("paused", tr("paused for identity, kept apart")),
            "open": Tile("open", tr("still open")),
            "extended": Tile("extended", tr("extended by two months")),
            "refused": Tile("refused", tr("refused")),
            "days": Tile("days", tr("days to answer, median")),
        }
        for i, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, i // 4, i % 4)
        sheet.addLayout(tiles)
        self.month_view = _view("months-chart", _chart(""))
        self.rate_view = _view("rate-chart", _chart(""))
        self.days_view = _view("days-chart", _chart(""))
        sheet.addWidget(self.month_view)
        charts = QHBoxLayout()
        charts.addWidget(self.rate_view)
        charts.addWidget(self.days_view)
        sheet.addLayout(charts)
        self.note = QLabel(tr("A request counts in the period in which it was received; open requests as of today. "
                              "On time: answered by the legal limit (one month, three when extended, moved by the "
                              "days waited for the requester's identity)."), objectName="note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        sheet.addWidget(self.note)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        outer.addWidget(scroll, 1)
        # buttons
        buttons = QHBoxLayout()
        self.print_button = QPushButton(tr("Print…"), objectName="print")
        self.pdf_button = QPushButton(tr("Save as PDF…"), objectName="save-pdf")
        self.report_button = QPushButton(tr("Annual report…"), objectName="annual-report")
        close = QPushButton(tr("Close"), objectName="close")
        for b in (self.print_button, self.pdf_button, self.report_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer.addLayout(buttons)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.report_button.clicked.connect(lambda: open_annual_report(self, self._year(), self.organisation.currentData()))
        close.clicked.connect(self.close)
        self.resize(_fitting(parent, 1280, 860))  # sixteen weekly bars side by side with twelve months
        # a change of period or organisation counts again, once the typing stops
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh)
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        self.organisation.currentIndexChanged.connect(lambda _i: self._timer.start())
        self._year_chosen()

    # -- the period
    def _year(self) -> int:
        data = self.year.currentData()
        return data if data != CUSTOM else self.start.date().year()

    def _year_chosen(self, *_args) -> None:
        year = self.year.currentData()
        if year != CUSTOM:
            for edit, day in ((self.start, date(year, 1, 1)), (self.end, date(year, 12, 31))):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        self._timer.start()

    def _dates_changed(self, *_args) -> None:
        year = self.year.currentData()
        start, end = self.period()
        if year != CUSTOM and (start, end) != (date(year, 1, 1), date(year, 12, 31)):
            self.year.blockSignals(True)
            self.year.setCurrentIndex(self.year.findData(CUSTOM))
            self.year.blockSignals(False)
        self._timer.start()

    def period(self) -> tuple[date, date]:
        def day(edit) -> date:
            q: QDate = edit.date()
            return date(q.year(), q.month(), q.day())

        return day(self.start), day(self.end)

    # -- counting, off the UI thread
    def refresh(self) -> workers.Worker | None:
        if self._pending is not None:
            self._again = True  # count once more when this one is done
            return self._pending
        start, end = self.period()
        if end < start:
            self.status.setText(tr("The period ends before it starts: choose the dates again."))
            return None
        slug = self.organisation.currentData()
        today = self.today
        self.status.setText(tr("Counting…"))
        worker = workers.Worker(lambda progress: _count(start, end, slug, today))
        worker.signals.done.connect(self._counted)
        worker.signals.failed.connect(self._failed)
        self._pending = worker
        return workers.start(worker)

    def _settle(self) -> None:
        self._pending = None
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self.status.setText(translate_message(message))
        self._settle()

    def _counted(self, f: Figures) -> None:
        self.figures = f
        self.show_figures(f)
        self._settle()
        self.loaded.emit()

    def show_figures(self, f: Figures) -> None:
        t = f.total
        who = f.organisation_name or tr("All organisations")
        self.heading.setText(tr("{0}: requests received from {1} to {2}").format(
            who, format_long_date(f.period_start), format_long_date(f.period_end)))
        self.status.setText(tr("Open requests as of {0}.").format(format_long_date(f.today))
                            + (" " + tr("{0} of them deleted under the retention rule, counted anonymously.").format(
                                format_number(t.deleted)) if t.deleted else ""))
        n = format_number
        self.tiles["received"].show_value(n(t.received), tr("answered: {0}, withdrawn: {1}").format(
            n(t.answered), n(t.withdrawn)))
        self.tiles["on_time"].show_value(_percent(t.on_time_rate), tr("{0} of {1}").format(
            n(t.on_time), n(t.on_time + t.late)))
        self.tiles["late"].show_value(n(t.late), tr("all answered on time: {0}").format(_percent(t.all_on_time_rate)))
        self.tiles["paused"].show_value(n(t.paused_identity), tr("answered on time: {0}, late: {1}").format(
            n(t.paused_on_time), n(t.paused_late)))
        self.tiles["open"].show_value(n(t.open), tr("late: {0}, past the legal limit: {1}, waiting: {2}").format(
            n(t.open_late), n(t.open_past_legal_limit), n(t.open_waiting)))
        self.tiles["extended"].show_value(n(t.extended), tr("told in time: {0}, late: {1}, not by letter: {2}").format(
            n(t.extension_in_time), n(t.extension_late), n(t.extension_not_notified)))
        self.tiles["refused"].show_value(n(t.refused), tr("partly refused: {0}, repeat requests: {1}").format(
            n(t.partly_refused), n(t.repeat_request)))
        median, p90 = f.days_median, f.days_p90
        self.tiles["days"].show_value("–" if median is None else n(median),
                                      tr("90% answered within {0} days").format("–" if p90 is None else n(p90)))
        self.month_view.setChart(months_chart(f))
        self.rate_view.setChart(rate_chart(f))
        self.days_view.setChart(days_chart(f))

    # -- printing
    def paint(self, printer: QPrinter) -> None:
        """Paint the figures on one landscape page of ``printer``: the heading and the headline
        figures as text, the three charts from their scenes (vector on a PDF or a printer)."""
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(tr("The printer could not be started."))
        try:
            page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            page.moveTo(0, 0)
            dpi = printer.resolution()
            mm = dpi / 25.4
            y = self._paint_text(painter, page, dpi)
            gap = 4 * mm
            rest = page.bottom() - y
            top = QRectF(page.left(), y, page.width(), rest * 0.5 - gap / 2)
            half = (page.width() - gap) / 2
            bottom_y = top.bottom() + gap
            bottom_h = page.bottom() - bottom_y
            for view, target in ((self.month_view, top),
                                 (self.rate_view, QRectF(page.left(), bottom_y, half, bottom_h)),
                                 (self.days_view, QRectF(page.left() + half + gap, bottom_y, half, bottom_h))):
                chart = view.chart()
                source = chart.sceneBoundingRect()
                scale = min(target.width() / max(1.0, source.width()), target.height() / max(1.0, source.height()))
                fitted = QRectF(target.left(), target.top(), source.width() * scale, source.height() * scale)
                view.scene().render(painter, fitted, source)
        finally:
            painter.end()

    def _paint_text(self, painter: QPainter, page: QRectF, dpi: int) -> float:
        """The heading, the status line and the tiles' figures; returns where the charts begin."""
        mm = dpi / 25.4

        def font(points: float, bold: bool = False) -> QFont:
            f = QFont(self.font())
            f.setPointSizeF(points)
            f.setBold(bold)
            return f

        def line(text: str, rect: QRectF, f: QFont, colour: str = "#000000") -> float:
            painter.setFont(f)
            painter.setPen(QColor(colour))
            bounds = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
            return bounds.height()

        y = page.top()
        y += line(self.heading.text(), QRectF(page.left(), y, page.width(), 12 * mm), font(13, True))
        y += line(self.status.text(), QRectF(page.left(), y, page.width(), 8 * mm), font(8.5), "#555555") + 2 * mm
        width = (page.width() - 3 * 3 * mm) / 4
        height = 17 * mm
        for i, tile in enumerate(self.tiles.values()):
            x = page.left() + (i % 4) * (width + 3 * mm)
            top = y + (i // 4) * (height + 2 * mm)
            painter.setPen(QColor("#bbbbbb"))
            painter.drawRect(QRectF(x, top, width, height))
            inner = QRectF(x + 2 * mm, top + 1 * mm, width - 4 * mm, height - 2 * mm)
            used = line(tile.value.text(), inner, font(14, True))
            used += line(tile.caption.text(), inner.adjusted(0, used, 0, 0), font(7.5))
            line(tile.detail.text(), inner.adjusted(0, used, 0, 0), font(7), "#555555")
        return y + 2 * (height + 2 * mm) + 2 * mm

    def print_to_pdf(self, path: Path | str) -> Path:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(tr("Figures"))
        self.paint(printer)
        return Path(path)

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(tr("Figures"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("Print the figures"))
        if seam.launch(dialog) == QDialog.DialogCode.Accepted:
            self._paint_or_say(dialog.printer())

    def save_pdf(self) -> Path | None:
        path = files.save_file(self, tr("Save the figures as PDF"), str(Path.home() / "figures.pdf"),
                               tr("PDF files (*.pdf)"), "pdf", object_name="save-figures-pdf")
        if path is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return path if self._paint_or_say(printer) else None

    def _paint_or_say(self, printer: QPrinter) -> bool:
        try:
            self.paint(printer)
            return True
        except OSError as exc:
            seam.message(self, tr("Figures"), str(exc))
            return False


def _count(start: date, end: date, slug: str | None, today: date) -> Figures:
    """In a worker thread: the figures (the stored facts brought up to date first), then the
    thread's own connection closed."""
    try:
        return figures(start, end, slug, today)
    finally:
        close_thread_connection()


# -- Report → Annual report… ------------------------------------------------------------------------

KINDS = (
    ("report", "Annual report (PDF)"),
    ("figures-csv", "Figures (CSV)"),
    ("figures-json", "Figures (JSON)"),
    ("cases-csv", "Case list with requester data (CSV)"),
    ("procedure", "Procedure of the organisation (PDF)"),
)
SUFFIXES = {"report": "pdf", "figures-csv": "csv", "figures-json": "json", "cases-csv": "csv", "procedure": "pdf"}


def make_export(kind: str, year: int, slug: str | None, language: str, today: date | None = None) -> bytes:
    """The bytes of one export (database reads and rendering: run it in a worker)."""
    from dsar_desk.desk.procedure import procedure_for
    from dsar_desk.letters import report

    start, end = date(year, 1, 1), date(year, 12, 31)
    if kind == "procedure":
        return report.procedure_pdf(procedure_for(slug, language, today))
    if kind == "cases-csv":
        return report.cases_csv([r.to_json() for r in store.case_rows(start, end, slug, today)])
    f = figures(start, end, slug, today)
    if kind == "figures-csv":
        return report.figures_csv(f)
    if kind == "figures-json":
        return report.figures_json(f)
    orgs = list_organisations()
    procedures = [procedure_for(o.slug, language, today) for o in orgs if slug in (None, o.slug)]
    return report.report_pdf(f, procedures, language, {o.slug: o.name for o in orgs})


class AnnualReportDialog(QDialog):
    """Year, organisation, language and what to save; the file is made off the UI thread."""

    saved = Signal(str)

    def __init__(self, parent=None, year: int | None = None, organisation: str | None = None,
                 today: date | None = None):
        super().__init__(parent, objectName="annual-report-dialog")
        self.setWindowTitle(tr("Annual report"))
        self.today = today or date.today()
        form = QFormLayout(self)
        self.year = QComboBox(objectName="year")
        for y in store.years_with_requests(self.today):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(year or self.today.year)))
        self.organisation = QComboBox(objectName="organisation")
        self.organisation.addItem(tr("All organisations"), None)
        for org in list_organisations():
            self.organisation.addItem(org.name, org.slug)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(organisation)))
        self.language = QComboBox(objectName="language")
        for code, name in (("en", "English"), ("nl", "Nederlands"), ("fr", "Français")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))
        self.kind = QComboBox(objectName="kind")
        for key, label in KINDS:
            self.kind.addItem(tr(label), key)
        self.warning = QLabel("", objectName="warning")
        self.warning.setWordWrap(True)
        form.addRow(tr("Year"), self.year)
        form.addRow(tr("Organisation"), self.organisation)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("What"), self.kind)
        form.addRow(self.warning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._explain)
        self.organisation.currentIndexChanged.connect(self._explain)
        self._explain()

    def _explain(self, *_args) -> None:
        kind = self.kind.currentData()
        if kind == "cases-csv":
            self.warning.setText(tr("This file holds personal data (the requesters' names and e-mail addresses): "
                                    "it is written readable by you only, never over another file. Delete it when done."))
        elif kind == "procedure" and self.organisation.currentData() is None:
            self.warning.setText(tr("Choose the organisation whose procedure to save."))
        else:
            self.warning.setText(tr("No requester is named in this file."))

    def choose_file(self) -> None:
        kind = self.kind.currentData()
        if kind == "procedure" and self.organisation.currentData() is None:
            return
        suffix = SUFFIXES[kind]
        name = f"{kind}-{self.year.currentData()}.{suffix}"
        path = files.save_file(self, tr("Save as"), str(Path.home() / name), suffix=suffix,
                               object_name="save-annual-report")
        if path is not None:
            self.save(path)

    def save(self, path: Path) -> workers.Worker:
        from dsar_desk.letters.report import ExportExists, write_export

        kind, year, slug, language = (self.kind.currentData(), self.year.currentData(),
                                      self.organisation.currentData(), self.language.currentData())
        today = self.today

        def job(progress):
            try:
                data = make_export(kind, year, slug, language, today)
            finally:
                close_thread_connection()
            try:
                write_export(path, data, personal=kind == "cases-csv")
            except ExportExists:
                raise OSError(tr("{0} exists: a file with personal data never replaces another. "
                                 "Choose another name.").format(path.name)) from None
            return str(path)

        worker = workers.Worker(job)
        worker.signals.done.connect(self._saved)
        worker.signals.failed.connect(lambda message: seam.message(self, tr("Annual report"), message))
        self.setEnabled(False)
        worker.signals.done.connect(lambda _p: self.setEnabled(True))
        worker.signals.failed.connect(lambda _m: self.setEnabled(True))
        return workers.start(worker)

    def _saved(self, path: str) -> None:
        self.warning.setText(tr("Saved: {0}").format(path))
        self.saved.emit(path)


def open_figures(parent=None) -> FiguresDialog:
    """View → Figures: the dashboard, non-modal (the main window adds the menu item)."""
    dialog = FiguresDialog(parent)
    dialog.show()
    dialog.raise_()
    return dialog


def open_annual_report(parent=None, year: int | None = None, organisation: str | None = None) -> AnnualReportDialog:
    """Report → Annual report…: a small dialog saving the report, the figures, the case list or the procedure."""
    dialog = AnnualReportDialog(parent, year, organisation)
    dialog.show()
    dialog.raise_()
    return dialog
