"""View → Figures driven offscreen: the hand-built requests' figures, charts, nl/fr, printing, exports."""

from __future__ import annotations

import io
import json
import os
import stat
import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QBarSeries, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QLocale, QThreadPool

from dsar_desk.desk.figures import figures as count
from dsar_desk.ui import figures as ui_figures
from dsar_desk.ui import i18n
from dsar_desk.ui.figures import AnnualReportDialog, FiguresDialog, open_figures
from tests.unit.test_figures import TODAY, YEAR_2025, clock, desk  # noqa: F401 - fixtures


@pytest.fixture
def use_language(qapp):
    before = QLocale()

    def use(code: str) -> None:
        assert i18n.install_translator(qapp, code) == code

    yield use
    i18n.remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def dashboard(qtbot, desk):
    dialog = FiguresDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass  # the first count, of this year
    yield dialog
    QThreadPool.globalInstance().waitForDone(20_000)


def choose(qtbot, dialog, year=2025, organisation="ecomarket"):
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        dialog.organisation.setCurrentIndex(dialog.organisation.findData(organisation))
        dialog.year.setCurrentIndex(dialog.year.findData(year))


def series(view, kind):
    return [s for s in view.chart().series() if isinstance(s, kind)]


def test_the_dashboard_shows_the_year_of_one_organisation(qtbot, dashboard):
    assert dashboard.figures.period_start.year == 2026  # it opens on this year
    choose(qtbot, dashboard)
    tiles = dashboard.tiles
    assert tiles["received"].value.text() == "16"
    assert tiles["on_time"].value.text() == "81.8\u00a0%" and tiles["on_time"].detail.text() == "9 of 11"
    assert tiles["late"].value.text() == "2"
    assert tiles["paused"].value.text() == "3" and "on time: 2, late: 1" in tiles["paused"].detail.text()
    assert tiles["open"].value.text() == "1" and "late: 1" in tiles["open"].detail.text()
    assert tiles["extended"].detail.text() == "told in time: 1, late: 1, not by letter: 1"
    assert tiles["days"].value.text() == "30" and "within 84 days" in tiles["days"].detail.text()
    assert "ECOMARKET SRL" in dashboard.heading.text() and "2025" in dashboard.heading.text()
    # requests per month stacked by right: the rights asked that year, twelve months each
    (stacked,) = series(dashboard.month_view, QStackedBarSeries)
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in stacked.barSets()}
    assert set(sets) == {"Access", "Rectification", "Erasure", "Objection"}
    assert sets["Access"][2] == 2 and sets["Erasure"][2] == 1 and sets["Access"][5] == 3  # March, June
    # the on-time rate per month, paused apart; March: 2 of 3
    lines = {s.name(): s for s in series(dashboard.rate_view, QLineSeries)}
    march = [p.y() for p in lines["not paused for identity"].points() if p.x() == 2]
    assert march == [pytest.approx(200 / 3)]
    # days to answer a bar a week, with the legal limit marked at 30 days
    (bars,) = series(dashboard.days_view, QBarSeries)
    counts = [bars.barSets()[0].at(i) for i in range(bars.barSets()[0].count())]
    assert counts[:8] == [0, 2, 3, 1, 3, 1, 1, 1] and counts[12] == 1 and counts[14] == 1  # 84 and 100 days
    limit = {s.name(): s for s in series(dashboard.days_view, QLineSeries)}["legal limit (one month)"]
    assert [p.x() for p in limit.points()] == [pytest.approx(30 / 7 - 0.5)] * 2


def test_the_counting_runs_off_the_ui_thread(qtbot, dashboard, monkeypatch):
    seen = []
    real = ui_figures.figures

    def spy(*args, **kwargs):
        seen.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(ui_figures, "figures", spy)
    choose(qtbot, dashboard, organisation=None)
    assert seen and not any(seen)
    assert dashboard.tiles["received"].value.text() == "17"


@pytest.mark.parametrize("code, title, chart, received", [
    ("nl", "Cijfers", "Verzoeken per maand, per recht", "ontvangen verzoeken"),
    ("fr", "Chiffres", "Demandes par mois, par droit", "demandes reçues"),
])
def test_the_dashboard_in_dutch_and_french(qtbot, desk, use_language, tmp_path, code, title, chart, received):
    use_language(code)
    dialog = FiguresDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    choose(qtbot, dialog)
    assert dialog.windowTitle() == title
    assert dialog.month_view.chart().title() == chart
    assert dialog.tiles["received"].caption.text() == received
    assert dialog.tiles["on_time"].value.text() == "81,8\u00a0%"
    names = {s.name() for s in series(dialog.days_view, QLineSeries)}
    assert names == ({"wettelijke termijn (een maand)", "verlengd (drie maanden)"} if code == "nl"
                     else {"délai légal (un mois)", "prolongé (trois mois)"})
    shot = tmp_path / f"figures-{code}.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 20_000
    QThreadPool.globalInstance().waitForDone(20_000)


def test_print_to_pdf_is_the_figures_in_vector(qtbot, dashboard, tmp_path):
    choose(qtbot, dashboard)
    path = dashboard.print_to_pdf(tmp_path / "figures.pdf")
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert "16 requests received" in text and "9 of 11" in text and "Requests per month, by right" in text
    xobjects = (reader.pages[0].get("/Resources") or {}).get("/XObject") or {}
    assert not [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]


def test_the_annual_report_dialog_saves_the_figures_and_the_case_list(qtbot, desk, tmp_path, answers):
    dialog = AnnualReportDialog(year=2025, organisation="ecomarket", today=TODAY)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("figures-json"))
    assert dialog.warning.text() == "No requester is named in this file."
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save(tmp_path / "figures.json")
    saved = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    assert saved == count(*YEAR_2025, "ecomarket", today=TODAY).to_json()
    dialog.kind.setCurrentIndex(dialog.kind.findData("cases-csv"))
    assert "personal data" in dialog.warning.text()
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save(tmp_path / "cases.csv")
    assert stat.S_IMODE(os.stat(tmp_path / "cases.csv").st_mode) == 0o600
    queue, seen = answers
    queue.append(lambda box: 0)
    with qtbot.waitSignal(dialog.saved, timeout=3_000, raising=False) as blocker:
        dialog.save(tmp_path / "cases.csv")
        qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert not blocker.signal_triggered
    assert "never replaces another" in seen[0].text()
    QThreadPool.globalInstance().waitForDone(20_000)


def test_open_figures_shows_a_dashboard(qtbot, samples):
    dialog = open_figures()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    assert dialog.tiles["received"].value.text() == "0"
    QThreadPool.globalInstance().waitForDone(20_000)


def test_a_reversed_period_is_said_and_not_counted(qtbot, dashboard):
    counted = dashboard.figures
    dashboard.year.setCurrentIndex(dashboard.year.findData(-1))
    dashboard.start.setDate(dashboard.end.date().addDays(1))
    dashboard._timer.stop()
    assert dashboard.refresh() is None
    assert dashboard.status.text() == "The period ends before it starts: choose the dates again."
    assert dashboard.figures is counted


def test_the_menus_open_the_dashboard_and_the_annual_report(qtbot, window):
    from PySide6.QtGui import QAction

    figures_action = window.findChild(QAction, "view-figures")
    report_action = window.findChild(QAction, "annual-report")
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert figures_action in menus["View"].actions() and report_action in menus["Report"].actions()
    figures_action.trigger()
    dialog = window._figures
    assert isinstance(dialog, FiguresDialog) and dialog.isVisible()
    with qtbot.waitSignal(dialog.loaded, timeout=20_000):
        pass
    report_action.trigger()
    assert isinstance(window._annual_report, AnnualReportDialog) and window._annual_report.isVisible()
    dialog.close()
    window._annual_report.close()
    QThreadPool.globalInstance().waitForDone(20_000)


def test_the_today_view_deletes_the_closed_cases_past_their_retention(qtbot, samples, clock, answers):
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from dsar_desk.store.models import Case
    from dsar_desk.store.record import verify_open_database
    from dsar_desk.ui.main_window import MainWindow
    from tests.unit.test_figures import Story
    from tests.unit.test_retention import MARKER, tell_old_cases

    story = Story(clock)
    tell_old_cases(story)  # closed in 2019 and 2020: past the samples' five years today, but one never closed
    story.run()
    clock(date.today())
    window = MainWindow("Anna Clerk")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.today.snapshot is not None, timeout=10_000)  # counted off the UI thread
    panel = window.today.view.retention
    assert len(window.today.snapshot.due_for_deletion) == 5 and not panel.isHidden()
    assert panel.label.text() == "Closed cases past their retention period, due for deletion: 5"
    queue, seen = answers
    queue.append(lambda box: QMessageBox.StandardButton.No)
    assert not panel.confirm()  # asked first; "No" deletes nothing
    assert "This cannot be undone" in seen[0].text() and "closed on" in seen[0].informativeText()
    assert Case.select().count() == 6
    queue.append(lambda box: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(panel.purged, timeout=60_000) as blocker:
        assert panel.confirm()
        assert not panel.busy.isHidden() and not panel.button.isEnabled()  # a busy bar while the worker deletes
    assert blocker.args[0].cases == 5
    assert panel.result.text() == ("Closed cases deleted: 5; their figures are kept, anonymous. "
                                   "Backups cleaned: 0.")
    assert panel.busy.isHidden()
    qtbot.waitUntil(lambda: window.today.snapshot.due_for_deletion == (), timeout=10_000)
    assert Case.select().count() == 1 and not panel.button.isVisible()
    assert not Case.select().where(Case.requester_name.contains(MARKER)).exists()
    assert verify_open_database().ok
    QThreadPool.globalInstance().waitForDone(20_000)
