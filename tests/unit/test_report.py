"""The annual report PDF read back, the procedure PDF, and the CSV/JSON exports (hand-built requests)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import stat
import subprocess
from datetime import date

import pytest
from pypdf import PdfReader

from dsar_desk.desk.figures import figures as count
from dsar_desk.desk.procedure import procedure_for
from dsar_desk.letters import report
from dsar_desk.store import figures
from tests.unit.test_figures import TODAY, YEAR_2025, clock, desk  # noqa: F401 - fixtures

# The requests are told day by day on the desk's clock (store.models.now); a team's server dates
# every event by its own clock (the record's rule), so these run on the file; on a server, the
# figures are tested in tests/unit/test_figures_server.py.
pytestmark = pytest.mark.sqlite_only

NAMES = {"ecomarket": "ECOMARKET SRL", "maildrop": "Maildrop"}


def flat(text: str) -> str:
    """The text with every run of spaces and line breaks (no-break ones too) as one space."""
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def pdf_text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def images_in(data: bytes) -> int:
    count = 0
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
        count += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
    return count


@pytest.fixture
def year(desk):
    f = count(*YEAR_2025, "ecomarket", today=TODAY)
    return f, report.report_pdf(f, [procedure_for("ecomarket", "en", today=TODAY)], "en", NAMES)


def test_the_report_prints_every_figure_of_the_json(year):
    f, pdf = year
    text = pdf_text(pdf)
    data = json.loads(report.figures_json(f))
    labels = report.load_labels("en")["counters"]
    for name, value in data["total"].items():
        if name in labels and isinstance(value, int):
            assert f"{labels[name]} {value:,}" in text, name
    assert f"{labels['on_time_rate']} 81.8 %" in text  # 9 of 11, as the JSON's 0.8182
    assert data["total"]["on_time_rate"] == 0.8182
    assert f"{labels['median']} {data['days_to_answer']['median']}" in text
    assert "Days to answer, median 30" in text
    assert f"{labels['p90']} 84" in text
    assert "Annual report on data subject requests ECOMARKET SRL Requests received from 1 January 2025 to " \
           "31 December 2025" in text
    # the breakdowns: March 2025 received 3, answered 3, on time 2, late 1
    assert "March 2025 3 3 2 1 66.7 %" in text
    assert "Access 11" in text and "Erasure 3" in text
    assert "E-mail 8" in text and "Web form 2" in text
    assert "Manifestly unfounded or excessive (Art. 12(5)) 1 0" in text
    assert "Legal obligation or public task (Art. 17(3)(b)) 0 1" in text
    assert "Signed letter 2 1 0" in text
    assert "No closed case was deleted under the retention rule in this period." in text
    # the procedure follows the figures
    assert "Procedure for handling data subject requests ECOMARKET SRL Version 1" in text
    assert "5. Deadlines and extension" in text


def test_the_report_names_no_requester_and_its_charts_are_vector(desk, year):
    _, pdf = year
    text = pdf_text(pdf)
    for case in desk.values():
        assert case.requester_name not in text and case.reference not in text
    assert images_in(pdf) == 0  # the three charts are drawn, not pasted as pictures
    assert "Requests per month, by right" in text and "legal limit (one month)" in text
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 4


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_report_renders(year, tmp_path):
    _, pdf = year
    source = tmp_path / "report.pdf"
    source.write_bytes(pdf)
    result = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "2", "-l", "2", str(source), str(tmp_path / "p")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    png = next(tmp_path.glob("p-*.png"))
    assert png.stat().st_size > 10_000  # the charts' page, not a blank one


@pytest.mark.parametrize("language, title, label, month", [
    ("nl", "Jaarverslag over de verzoeken van betrokkenen", "Ontvangen verzoeken 16", "maart 2025 3 3 2 1 66,7 %"),
    ("fr", "Rapport annuel sur les demandes des personnes concernées", "Demandes reçues 16",
     "mars 2025 3 3 2 1 66,7 %"),
])
def test_the_report_in_dutch_and_french(desk, language, title, label, month):
    f = count(*YEAR_2025, "ecomarket", today=TODAY)
    pdf = report.report_pdf(f, [procedure_for("ecomarket", language, today=TODAY)], language, NAMES)
    text = pdf_text(pdf)
    assert title in text and label in text and month in text
    assert procedure_for("ecomarket", language, today=TODAY).title in text


def test_the_procedure_alone(desk):
    procedure = procedure_for("ecomarket", "fr", today=TODAY)
    text = pdf_text(report.procedure_pdf(procedure))
    assert text.count(procedure.title) >= 1
    for section in procedure.sections:
        assert flat(section.heading) in text
    assert "lettre signée" in text and "Version 1 du" in text


def test_the_csv_holds_what_the_json_holds(year):
    f, _ = year
    data = json.loads(report.figures_json(f))
    rows = list(csv.reader(io.StringIO(report.figures_csv(f).decode("utf-8"))))
    assert rows[0] == ["section", "key", "measure", "value"]
    cells = {(s, k, m): v for s, k, m, v in rows[1:]}
    for name, value in data["total"].items():
        if name == "rights":
            for right, n in value.items():
                assert cells[("total", "", f"rights.{right}")] == str(n)
        else:
            assert cells[("total", "", name)] == ("" if value is None else str(value))
    for month, values in data["months"].items():
        assert cells[("months", month, "received")] == str(values["received"])
    assert cells[("days_to_answer", "", "median")] == "30"
    assert cells[("days_to_answer", "14", "answered")] == "2"
    assert cells[("refusal_grounds", "refused", "unfounded")] == "1"


def test_the_case_list_export_says_it_holds_personal_data_and_is_owner_only(desk, tmp_path):
    rows = [r.to_json() for r in figures.case_rows(*YEAR_2025, "ecomarket", today=TODAY)]
    data = report.cases_csv(rows)
    assert data.decode("utf-8").splitlines()[0].startswith("# PERSONAL DATA")
    target = report.write_export(tmp_path / "cases.csv", data, personal=True)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    lines = target.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 + 16 and "Léa Dubois" in target.read_text(encoding="utf-8")
    with pytest.raises(report.ExportExists):
        report.write_export(target, b"other", personal=True)
    assert target.read_bytes() == data
    # a symlink planted where the export goes is not followed
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("untouched", encoding="utf-8")
    trap = tmp_path / "trap.json"
    trap.symlink_to(elsewhere)
    with pytest.raises(report.ExportExists):
        report.write_export(trap, report.cases_json(rows), personal=True)
    assert elsewhere.read_text(encoding="utf-8") == "untouched"
    as_json = json.loads(report.cases_json(rows))
    assert list(as_json)[0] == "personal_data" and len(as_json["cases"]) == 16


def test_the_aggregate_exports_name_no_requester(desk, tmp_path):
    f = count(*YEAR_2025, today=TODAY)
    for name, data in (("f.json", report.figures_json(f)), ("f.csv", report.figures_csv(f))):
        text = report.write_export(tmp_path / name, data, personal=False).read_text(encoding="utf-8")
        for case in desk.values():
            assert case.requester_name not in text and case.requester_email not in text
            assert case.reference not in text
        report.write_export(tmp_path / name, data, personal=False)  # written again, whole
    assert date(2025, 1, 1).isoformat() in (tmp_path / "f.json").read_text(encoding="utf-8")


def test_a_year_with_one_answer_still_draws_its_charts(desk):
    """2026 has a single answer (C14, January) and one open request: one point on the rate line."""
    f = count(date(2026, 1, 1), date(2026, 12, 31), "ecomarket", today=TODAY)
    assert [m for m, c in f.months.items() if c.on_time_rate is not None] == ["2026-01"]
    text = pdf_text(report.report_pdf(f, [], "fr", NAMES))
    assert "Réponses dans les délais, par mois" in text and "Demandes reçues 2" in text


@pytest.mark.parametrize("language", ["en", "nl", "fr"])
def test_no_word_of_a_column_head_is_broken_in_two(language):
    """Every word of the breakdown tables' heads fits its 18 mm column (in Dutch "Beantwoord" was
    printed "Beantwoor" / "d"): the head's type is made smaller rather than a word broken."""
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from dsar_desk.letters import report

    styles = report._Styles()
    for key, head in report.Words(language)["columns"].items():
        for base in (styles.head, styles.head_right):
            style = report._head_style(head, 18 * mm, base)
            widest = max(stringWidth(w, style.fontName, style.fontSize) for w in head.split())
            assert widest <= 18 * mm - 2 * report.PADDING, (language, key, head, style.fontSize)
