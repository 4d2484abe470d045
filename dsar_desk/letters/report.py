"""The annual report as a PDF (figures, the dashboard's charts as vector graphics, the procedure),
the procedure alone as a PDF, and CSV/JSON exports of the figures and of the case list.

    pdf = report_pdf(figures, procedures, "nl")          # bytes; reportlab, Source Sans Pro embedded
    pdf = procedure_pdf(procedure)
    figures_json(figures), figures_csv(figures)           # aggregates: no requester in them
    cases_csv(rows), cases_json(rows)                     # the case list: personal data, says so first
    write_export(path, data, personal=True)               # owner-only 0600, created exclusively

The charts are drawn with reportlab.graphics (vector, as sharp printed as on screen) from the
same numbers and the same bars as the dashboard (``dsar_desk.domain.figures.days_bins``). The
words are in ``resources/report/<language>.toml`` (en, nl, fr). No database here.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tomllib
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal, format_percent
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from dsar_desk.domain.cases import RIGHTS
from dsar_desk.domain.figures import (
    COUNTERS,
    GROUNDS,
    ONE_MONTH_DAYS,
    THREE_MONTHS_DAYS,
    Counts,
    Figures,
    bin_position,
    days_bins,
)
from dsar_desk.domain.procedure import Procedure
from dsar_desk.letters.fonts import BOLD, REGULAR, register_fonts
from dsar_desk.resources import resource

__all__ = [
    "REPORT_LANGUAGES", "PERSONAL_DATA_NOTICE", "report_pdf", "procedure_pdf", "figures_json", "figures_csv",
    "cases_csv", "cases_json", "write_export", "ExportExists", "headline_rows", "load_labels", "Words",
]

REPORT_LANGUAGES = ("en", "nl", "fr")
LOCALES = {"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}
PERSONAL_DATA_NOTICE = ("PERSONAL DATA: this file lists data subject requests with the requesters' names and "
                        "e-mail addresses (GDPR). Keep it only as long as needed, where only authorised people "
                        "can read it, and delete it afterwards.")
# The colours of the rights, the same in the dashboard (dsar_desk.ui.figures).
RIGHT_COLOURS = {
    "access": "#1f77b4", "rectification": "#ff7f0e", "erasure": "#d62728", "restriction": "#9467bd",
    "portability": "#2ca02c", "objection": "#8c564b", "withdraw-consent": "#e377c2", "other": "#7f7f7f",
}
ON_TIME_COLOUR = "#2ca02c"
PAUSED_COLOUR = "#ff7f0e"
LIMIT_COLOUR = "#d62728"
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
WIDTH = PAGE_W - 2 * MARGIN


class ExportExists(FileExistsError):
    """A file with personal data is never written over: choose another name."""


# -- words and numbers --------------------------------------------------------------------------------

def report_dir() -> Path:
    """``resources/report`` (dsar_desk.resources)."""
    return resource("report")


@lru_cache(maxsize=4)
def load_labels(language: str) -> dict[str, Any]:
    with (report_dir() / f"{language if language in REPORT_LANGUAGES else 'en'}.toml").open("rb") as fh:
        return tomllib.load(fh)


class Words:
    """The report's words in one language, and its numbers, rates and dates in that locale."""

    def __init__(self, language: str):
        self.language = language if language in REPORT_LANGUAGES else "en"
        self.t = load_labels(self.language)
        self.locale = Locale.parse(LOCALES[self.language])

    def __getitem__(self, key: str) -> Any:
        return self.t[key]

    def number(self, value: int | None) -> str:
        return "–" if value is None else format_decimal(value, locale=self.locale)

    def rate(self, value: float | None) -> str:
        return "–" if value is None else format_percent(value, "#,##0.0 %", locale=self.locale)

    def day(self, value: date) -> str:
        return format_date(value, format="long", locale=self.locale)

    def month(self, key: str, long: bool = False) -> str:
        year, month = (int(x) for x in key.split("-"))
        return format_date(date(year, month, 1), format="MMMM yyyy" if long else "MMM", locale=self.locale)


def headline_rows(f: Figures, words: Words) -> list[tuple[str, str]]:
    """(label, value) of the figures table, in its order: the numbers the report prints."""
    t, c = f.total, words["counters"]
    rows = [(c[name], words.number(getattr(t, name))) for name in COUNTERS]
    rows.insert(COUNTERS.index("paused_late") + 1, (c["on_time_rate"], words.rate(t.on_time_rate)))
    rows.insert(COUNTERS.index("paused_late") + 2, (c["paused_on_time_rate"], words.rate(t.paused_on_time_rate)))
    rows += [(c["median"], words.number(f.days_median)), (c["p90"], words.number(f.days_p90))]
    return rows


# -- the charts (vector) ----------------------------------------------------------------------------------

def _style_axis(axis, size: float = 7) -> None:
    axis.labels.fontName = REGULAR
    axis.labels.fontSize = size


def _nice_max(value: int) -> tuple[int, int]:
    top = max(1, value)
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if top / step <= 6:
            return -(-top // step) * step, step
    return top, max(1, top // 5)


def _title(d: Drawing, text: str) -> None:
    d.add(String(0, d.height - 11, text, fontName=BOLD, fontSize=10))


def chart_months(f: Figures, words: Words, width: float = WIDTH, height: float = 62 * mm) -> Drawing:
    """Requests per month, stacked by right."""
    d = Drawing(width, height)
    _title(d, words["charts"]["months"])
    rights = [r for r in RIGHTS if any(m.rights.get(r) for m in f.months.values())] or ["access"]
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 22, width - 150, height - 42
    chart.data = [[m.rights.get(r, 0) for m in f.months.values()] for r in rights]
    chart.categoryAxis.categoryNames = [words.month(m) for m in f.months]
    chart.categoryAxis.style = "stacked"
    top = max((sum(m.rights.values()) for m in f.months.values()), default=0)
    chart.valueAxis.valueMin, (chart.valueAxis.valueMax, chart.valueAxis.valueStep) = 0, _nice_max(top)
    _style_axis(chart.categoryAxis, 6.5 if len(f.months) > 14 else 7)
    _style_axis(chart.valueAxis)
    if len(f.months) > 14:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
    for i, right in enumerate(rights):
        chart.bars[i].fillColor = colors.HexColor(RIGHT_COLOURS[right])
        chart.bars[i].strokeColor = None
    chart.barSpacing = 0
    d.add(chart)
    d.add(_legend([(RIGHT_COLOURS[r], words["rights"][r]) for r in rights], width - 112, height - 24))
    return d


def chart_rate(f: Figures, words: Words, width: float = WIDTH, height: float = 55 * mm) -> Drawing:
    """Answered on time per month (%), requests never paused and paused for identity apart.

    A month without such answers has no point; the line joins the months that have one.
    """
    d = Drawing(width, height)
    _title(d, words["charts"]["rate"])
    months = list(f.months)
    chart = LinePlot()
    chart.x, chart.y, chart.width, chart.height = 30, 22, width - 150, height - 42
    data = []
    for rate in ("on_time_rate", "paused_on_time_rate"):
        points = [(i, round(100 * getattr(m, rate), 1)) for i, m in enumerate(f.months.values())
                  if getattr(m, rate) is not None]
        data.append(points * 2 if len(points) == 1 else points or [(0, 0), (0, 0)])
    chart.data = data
    chart.xValueAxis.valueMin, chart.xValueAxis.valueMax = -0.5, len(months) - 0.5
    chart.xValueAxis.valueSteps = list(range(len(months)))
    chart.xValueAxis.labelTextFormat = lambda i: words.month(months[int(round(i))]) if 0 <= i < len(months) else ""
    chart.yValueAxis.valueMin, chart.yValueAxis.valueMax, chart.yValueAxis.valueStep = 0, 100, 20
    chart.yValueAxis.labelTextFormat = "%d %%"
    _style_axis(chart.xValueAxis, 6.5 if len(months) > 14 else 7)
    _style_axis(chart.yValueAxis)
    if len(months) > 14:
        chart.xValueAxis.labels.angle = 90
        chart.xValueAxis.labels.boxAnchor = "e"
    for i, (colour, series) in enumerate(((ON_TIME_COLOUR, data[0]), (PAUSED_COLOUR, data[1]))):
        chart.lines[i].strokeColor = colors.HexColor(colour)
        chart.lines[i].strokeWidth = 1.6 if series != [(0, 0), (0, 0)] else 0
        chart.lines[i].symbol = makeMarker("FilledCircle", size=3, fillColor=colors.HexColor(colour),
                                           strokeColor=colors.HexColor(colour))
        if series == [(0, 0), (0, 0)]:
            chart.lines[i].symbol = None
    d.add(chart)
    d.add(_legend([(ON_TIME_COLOUR, words["charts"]["rate_not_paused"]),
                   (PAUSED_COLOUR, words["charts"]["rate_paused"])], width - 112, height - 24))
    return d


def chart_days(f: Figures, words: Words, width: float = WIDTH, height: float = 55 * mm) -> Drawing:
    """Days to answer, a bar a week, with the legal limit (one month) and the extended one marked."""
    d = Drawing(width, height)
    _title(d, words["charts"]["days"])
    bins = days_bins(f.days_to_answer)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 22, width - 150, height - 48
    chart.data = [[b.count for b in bins]]
    chart.categoryAxis.categoryNames = [b.label for b in bins]
    chart.valueAxis.valueMin, (chart.valueAxis.valueMax, chart.valueAxis.valueStep) = \
        0, _nice_max(max((b.count for b in bins), default=0))
    _style_axis(chart.categoryAxis, 6.5)
    _style_axis(chart.valueAxis)
    chart.bars[0].fillColor = colors.HexColor("#1f77b4")
    chart.bars[0].strokeColor = None
    d.add(chart)
    for days, label, dash in ((ONE_MONTH_DAYS, words["charts"]["limit"], None),
                              (THREE_MONTHS_DAYS, words["charts"]["extended"], (3, 2))):
        x = chart.x + chart.width * bin_position(days) / len(bins)
        d.add(Line(x, chart.y, x, chart.y + chart.height + 4, strokeColor=colors.HexColor(LIMIT_COLOUR),
                   strokeWidth=1.2, strokeDashArray=dash))
        d.add(String(x + 2, chart.y + chart.height + 1, label, fontName=REGULAR, fontSize=6.5,
                     fillColor=colors.HexColor(LIMIT_COLOUR)))
    return d


def _legend(pairs: list[tuple[str, str]], x: float, y: float) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.dx = legend.dy = 6
    legend.deltay = 9
    legend.colorNamePairs = [(colors.HexColor(c), label) for c, label in pairs]
    return legend


# -- the PDF ----------------------------------------------------------------------------------------------

class _Styles:
    def __init__(self):
        register_fonts()
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
        self.subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=10.5, leading=14, spaceAfter=2)
        self.h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=4)
        self.h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=2)
        self.body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.6, spaceAfter=4)
        self.small = ParagraphStyle("small", fontName=REGULAR, fontSize=8, leading=10.5, textColor=colors.grey,
                                    spaceAfter=4)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=10, bulletIndent=2, spaceAfter=2)
        self.cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=8.5, leading=10.5)
        self.head = ParagraphStyle("head", fontName=BOLD, fontSize=7.5, leading=9.5)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.head_right = ParagraphStyle("head_right", parent=self.head, alignment=TA_RIGHT)


def _p(text: str, style) -> Paragraph:
    return Paragraph(escape(text), style)


PADDING = 6  # the table's left + right cell padding (reportlab's default, 6 points each side: 12)


def _head_style(text: str, width: float, style: ParagraphStyle) -> ParagraphStyle:
    """The column head's style, smaller when its longest word would not fit the column (a Dutch
    "Beantwoord" in 18 mm): a word is never broken in two."""
    room = width - 2 * PADDING - 1  # a point to spare: a word exactly as wide as the room still wraps
    widest = max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0)
    if widest <= room:
        return style
    size = max(5.5, style.fontSize * room / widest)
    return ParagraphStyle(f"{style.name}-{size:.1f}", parent=style, fontSize=size, leading=size * 1.25)


def _table(header: list[str], rows: list[list[str]], widths: list[float], styles: _Styles) -> Table:
    data = [[_p(h, _head_style(h, widths[i], styles.head if i == 0 else styles.head_right))
             for i, h in enumerate(header)]]
    data += [[_p(c, styles.cell if i == 0 else styles.cell_right) for i, c in enumerate(row)] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _doc(buffer: io.BytesIO, header: str, words: Words, title: str) -> BaseDocTemplate:
    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, PAGE_H - 11 * mm, header)
        canvas.drawRightString(PAGE_W - MARGIN, 10 * mm, words["page"].format(page=doc.page))
        canvas.restoreState()

    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                          bottomMargin=MARGIN, title=title, author="DSAR Desk", creator="DSAR Desk")
    doc.addPageTemplates([PageTemplate("page", [Frame(MARGIN, MARGIN, WIDTH, PAGE_H - 2 * MARGIN, id="f")],
                                       onPage=decorate)])
    return doc


def _procedure_story(procedure: Procedure, styles: _Styles, with_title: bool = True) -> list:
    story: list = []
    if with_title:
        story += [_p(procedure.title, styles.title), _p(procedure.organisation, styles.subtitle)]
    else:
        story.append(_p(procedure.organisation, styles.h1))
    story.append(_p(procedure.version_line, styles.small))
    for section in procedure.sections:
        block = [_p(section.heading, styles.h2)] + [_p(text, styles.body) for text in section.paragraphs]
        block += [Paragraph(escape(item), styles.item, bulletText="•") for item in section.items]
        story.append(KeepTogether(block[:2]))
        story += block[2:]
    story.append(_p(procedure.generated_line, styles.small))
    return story


def _breakdown(title: str, key_header: str, groups: dict[str, Counts], label, words: Words,
               styles: _Styles) -> list:
    col = words["columns"]
    header = [key_header, col["received"], col["answered"], col["on_time"], col["late"], col["rate"], col["open"],
              col["open_late"], col["refused_any"]]
    rows = [[label(k), words.number(c.received), words.number(c.answered), words.number(c.on_time + c.paused_on_time),
             words.number(c.late + c.paused_late), words.rate(c.all_on_time_rate), words.number(c.open),
             words.number(c.open_late), words.number(c.refused + c.partly_refused)]
            for k, c in groups.items()]
    first = WIDTH - 8 * 18 * mm
    return [CondPageBreak(40 * mm), _p(title, styles.h1),
            _table(header, rows, [first] + [18 * mm] * 8, styles)]


def report_pdf(figures: Figures, procedures: list[Procedure], language: str = "en",
               organisation_names: dict[str, str] | None = None) -> bytes:
    """The annual report: the figures, the charts, the breakdowns, the retention records, and the
    procedure of each organisation counted (``procedures``), in ``language``."""
    words = Words(language)
    styles = _Styles()
    names = organisation_names or {}
    f = figures
    org = f.organisation_name or words["all_organisations"]
    period = words["period"].format(start=words.day(f.period_start), end=words.day(f.period_end))
    buffer = io.BytesIO()
    doc = _doc(buffer, f"{words['title']} · {org} · {period}", words, f"{words['title']} – {org}")
    sec, col = words["sections"], words["columns"]
    story: list = [_p(words["title"], styles.title), _p(org, styles.subtitle), _p(period, styles.subtitle),
                   _p(words["generated"].format(today=words.day(f.today)), styles.small)]
    # the figures and the charts
    story += [_p(sec["headline"], styles.h1),
              _table(["", ""], [list(r) for r in headline_rows(f, words)], [WIDTH - 30 * mm, 30 * mm], styles),
              _p(words["how"], styles.small)]
    story += [CondPageBreak(64 * mm), chart_months(f, words), Spacer(1, 4 * mm),
              CondPageBreak(57 * mm), chart_rate(f, words), Spacer(1, 4 * mm),
              CondPageBreak(57 * mm), chart_days(f, words)]
    # breakdowns
    story += _breakdown(sec["months"], col["month"], f.months, lambda m: words.month(m, long=True), words, styles)
    rights = [[words["rights"][r], words.number(f.total.rights.get(r, 0))] for r in RIGHTS]
    story += [CondPageBreak(40 * mm), _p(sec["rights"], styles.h1),
              _table([col["right"], col["received"]], rights, [WIDTH - 30 * mm, 30 * mm], styles)]
    channels = [[words["channels"].get(c, c), words.number(n)] for c, n in f.channel_mix.items()]
    story += [CondPageBreak(30 * mm), _p(sec["channels"], styles.h1),
              _table([col["channel"], col["received"]], channels, [WIDTH - 30 * mm, 30 * mm], styles)]
    if len(f.organisations) > 1 or not f.organisation:
        story += _breakdown(sec["organisations"], col["organisation"], f.organisations,
                            lambda s: names.get(s, s), words, styles)
    story += _breakdown(sec["clerks"], col["clerk"], f.clerks, lambda k: k, words, styles)
    grounds = [[words["grounds"][g], words.number(f.refusal_grounds["refused"].get(g, 0)),
                words.number(f.refusal_grounds["partly-refused"].get(g, 0))] for g in GROUNDS]
    story += [CondPageBreak(40 * mm), _p(sec["grounds"], styles.h1),
              _table([col["ground"], col["refused"], col["partly_refused"]], grounds,
                     [WIDTH - 60 * mm, 30 * mm, 30 * mm], styles)]
    methods = [[words["methods"].get(m, m), words.number(o.get("verified", 0)), words.number(o.get("failed", 0)),
                words.number(o.get("not-needed", 0))] for m, o in f.identity_checks.items()]
    story += [CondPageBreak(30 * mm), _p(sec["identity"], styles.h1),
              _table([col["method"], col["verified"], col["failed"], col["not_needed"]], methods,
                     [WIDTH - 75 * mm, 25 * mm, 25 * mm, 25 * mm], styles)]
    story += [CondPageBreak(25 * mm), _p(sec["retention"], styles.h1)]
    story += [_p(words["retention"]["record"].format(date=words.day(p.purged_on), cases=words.number(p.cases),
                                                    organisation=names.get(p.organisation, p.organisation),
                                                    years=p.retention_years), styles.body) for p in f.purges] \
        or [_p(words["retention"]["none"], styles.body)]
    # the procedure of each organisation
    if procedures:
        story += [PageBreak(), _p(procedures[0].title, styles.title)]
        for i, procedure in enumerate(procedures):
            if i:
                story.append(CondPageBreak(80 * mm))
            story += _procedure_story(procedure, styles, with_title=False)
    doc.build(story)
    return buffer.getvalue()


def procedure_pdf(procedure: Procedure) -> bytes:
    """The procedure alone, for the DPO's file or the authority."""
    words = Words(procedure.language)
    styles = _Styles()
    buffer = io.BytesIO()
    doc = _doc(buffer, f"{procedure.title} · {procedure.organisation} · {procedure.version_line}", words,
               f"{procedure.title} – {procedure.organisation}")
    doc.build(_procedure_story(procedure, styles))
    return buffer.getvalue()


# -- exports ----------------------------------------------------------------------------------------------

def figures_json(figures: Figures) -> bytes:
    return (json.dumps(figures.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def figures_csv(figures: Figures) -> bytes:
    """The figures as rows of section, key, measure, value (aggregates only): what the JSON holds."""
    data = figures.to_json()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["section", "key", "measure", "value"])
    writer.writerow(["period", "", "start", data["period"]["start"]])
    writer.writerow(["period", "", "end", data["period"]["end"]])
    writer.writerow(["organisation", "", "slug", data["organisation"] or ""])
    writer.writerow(["today", "", "date", data["today"]])

    def counts(section: str, key: str, values: dict) -> None:
        for measure, value in values.items():
            if measure == "rights":
                for right, n in value.items():
                    writer.writerow([section, key, f"rights.{right}", n])
            else:
                writer.writerow([section, key, measure, "" if value is None else value])

    counts("total", "", data["total"])
    writer.writerow(["days_to_answer", "", "median", data["days_to_answer"]["median"] or ""])
    writer.writerow(["days_to_answer", "", "p90", data["days_to_answer"]["p90"] or ""])
    for days, n in data["days_to_answer"]["histogram"].items():
        writer.writerow(["days_to_answer", days, "answered", n])
    for section in ("months", "organisations", "channels", "clerks"):
        for key, values in data[section].items():
            counts(section, key, values)
    for kind, grounds in data["refusal_grounds"].items():
        for ground, n in grounds.items():
            writer.writerow(["refusal_grounds", kind, ground, n])
    for method, outcomes in data["identity_checks"].items():
        for outcome, n in outcomes.items():
            writer.writerow(["identity_checks", method, outcome, n])
    for p in data["retention_purges"]:
        writer.writerow(["retention_purges", p["organisation"], p["purged_on"], p["cases"]])
    return out.getvalue().encode("utf-8")


CASE_COLUMNS = ("reference", "organisation", "requester_name", "requester_email", "received", "rights", "channel",
                "assignee", "status", "state", "due", "legal_limit", "answered_on", "days_to_answer", "on_time",
                "extended", "extension_notice", "paused_identity", "refused", "partly_refused", "grounds",
                "repeat_request", "identity_method", "identity_outcome")


def cases_csv(rows: list[dict[str, Any]]) -> bytes:
    """The case list (``CaseRow.to_json()`` dicts); the first line says it holds personal data."""
    out = io.StringIO()
    out.write(f"# {PERSONAL_DATA_NOTICE}\n")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CASE_COLUMNS)
    for row in rows:
        writer.writerow([";".join(v) if isinstance(v, list) else "" if v is None else v
                         for v in (row.get(c) for c in CASE_COLUMNS)])
    return out.getvalue().encode("utf-8")


def cases_json(rows: list[dict[str, Any]]) -> bytes:
    return (json.dumps({"personal_data": PERSONAL_DATA_NOTICE, "cases": rows}, indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")


def write_export(path: Path | str, data: bytes, personal: bool) -> Path:
    """Write an export. With personal data: created exclusively (never over an existing file or
    through a symlink), owner-only (0600). Aggregates: written whole or not at all (a temporary
    file renamed), never through a symlink."""
    path = Path(path)
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if personal:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            raise ExportExists(str(path)) from None
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    tmp = path.with_name(f".{path.name}.part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | nofollow | getattr(os, "O_BINARY", 0), 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return path

