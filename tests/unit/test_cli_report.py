"""`dsar-desk report`, `procedure` and `purge-closed-cases`; the figures agree with `case list --json`."""

from __future__ import annotations

import io
import json
import os
import stat
from collections import Counter
from datetime import date

import pytest
from pypdf import PdfReader

from dsar_desk.__main__ import main
from dsar_desk.domain.cases import OPEN_STATUSES, RIGHTS
from tests.unit.test_report import flat

# The requests are told day by day on the desk's clock (store.models.now); a team's server dates
# every event by its own clock (the record's rule), so these run on the file; on a server, the
# figures are tested in tests/unit/test_figures_server.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def cli(db_path, capsys):
    def run(*args):
        code = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def demo(cli):
    code, _, err = cli("demo", "--cases", "400")
    assert code == 0, err
    code, out, err = cli("case", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def figures_json(cli, tmp_path, year, *extra):
    target = tmp_path / f"figures-{year}-{'-'.join(extra) or 'all'}.json"
    code, _, err = cli("report", "--year", str(year), "-o", str(target), *extra)
    assert code == 0, err
    return json.loads(target.read_text(encoding="utf-8"))


def test_the_figures_agree_with_the_case_list(cli, demo, tmp_path):
    names = {line.split("\t")[4]: line.split("\t")[0] for line in cli("profile", "list")[1].splitlines()}
    years = sorted({c["received"][:4] for c in demo})
    assert len(years) == 2  # the demo spreads over 400 days: the check covers a year boundary
    for year in years:
        cases = [c for c in demo if c["received"].startswith(year)]
        data = figures_json(cli, tmp_path, year)
        total = data["total"]
        assert total["received"] == len(cases)
        assert {o: v["received"] for o, v in data["organisations"].items()} == \
            dict(Counter(names[c["organisation"]] for c in cases))
        assert {m: v["received"] for m, v in data["months"].items() if v["received"]} == \
            dict(Counter(c["received"][:7] for c in cases))
        assert {k: v["received"] for k, v in data["clerks"].items()} == dict(Counter(c["assignee"] for c in cases))
        assert total["rights"] == {r: sum(r in c["rights"] for c in cases) for r in RIGHTS}
        open_ = [c for c in cases if c["status"] in OPEN_STATUSES]
        running = [c for c in open_ if c["status"] != "awaiting-identity"]  # the demo's waiting cases
        assert total["open"] == len(open_)
        assert total["open_waiting"] == len(open_) - len(running)
        assert total["open_late"] == sum(c["days_left"] < 0 for c in running)
        assert total["open_on_time"] == sum(c["days_left"] >= 0 for c in running)
        assert total["withdrawn"] == sum(c["status"] == "withdrawn" for c in cases)
        assert total["answered"] + total["open"] + total["withdrawn"] + total["unanswered"] == len(cases)
        one = figures_json(cli, tmp_path, year, "--org", "ecomarket")
        assert one["total"]["received"] == sum(names[c["organisation"]] == "ecomarket" for c in cases)


def test_the_report_pdf_and_the_csv_of_a_year(cli, demo, tmp_path):
    year = demo[0]["received"][:4]
    pdf = tmp_path / "report.pdf"
    code, out, err = cli("report", "--year", year, "--org", "ecomarket", "-o", str(pdf))
    assert code == 0, err
    text = flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages))
    assert "Jaarverslag over de verzoeken van betrokkenen" in text  # the organisation's first language
    data = figures_json(cli, tmp_path, year, "--org", "ecomarket")
    assert f"Ontvangen verzoeken {data['total']['received']} Beantwoord {data['total']['answered']}" in text
    csv_path = tmp_path / "figures.csv"
    assert cli("report", "--year", year, "-o", str(csv_path))[0] == 0
    assert csv_path.read_text(encoding="utf-8").startswith("section,key,measure,value\n")


def test_the_case_list_export_is_personal_and_never_replaces_a_file(cli, demo, tmp_path):
    year = demo[0]["received"][:4]
    target = tmp_path / "cases.json"
    code, out, err = cli("report", "--year", year, "--cases", "-o", str(target))
    assert code == 0, err and "personal data" in out
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data) == ["personal_data", "cases"]
    assert len(data["cases"]) == sum(c["received"].startswith(year) for c in demo)
    code, _, err = cli("report", "--year", year, "--cases", "-o", str(target))
    assert code == 2 and "never replaces a file" in err
    assert cli("report", "--year", year, "--cases", "-o", str(tmp_path / "x.pdf"))[0] == 2


@pytest.mark.parametrize("args, words", [
    (("report", "--year", "2016"), "--year"),
    (("report", "--year", "2026", "--org", "nobody"), "--org"),
    (("report", "--year", "2026", "-o", "out.txt"), ".pdf, .csv, .json"),
    (("report", "--year", "2026", "--language", "de", "-o", "x.pdf"), "--language"),
    (("procedure", "nobody"), "slug"),
])
def test_bad_input_is_one_clear_line_and_exit_2(cli, demo, args, words):
    code, out, err = cli(*args)
    assert code == 2 and words in err and "Traceback" not in err


def test_the_procedure_command(cli, demo, tmp_path):
    code, out, err = cli("procedure", "maildrop")
    assert code == 0, err
    assert out.startswith("Procédure de traitement des demandes des personnes concernées\nMaildrop\nVersion 1")
    target = tmp_path / "procedure.pdf"
    assert cli("procedure", "ecomarket", "--language", "fr", "-o", str(target))[0] == 0
    assert "Procédure de traitement" in PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text()


def test_purge_closed_cases_keeps_the_figures(cli, demo, db_path, tmp_path):
    from dsar_desk.desk.organisations import import_profile
    from dsar_desk.store.db import close_database, open_database
    from dsar_desk.store.organisations import export_profile

    years = sorted({c["received"][:4] for c in demo})
    before = {y: figures_json(cli, tmp_path, y) for y in years}
    open_database(db_path)  # the French sample now keeps closed cases not a day
    text = export_profile("maildrop")  # it has no [policy] table yet
    import_profile(text.replace("[[processing]]", "[policy]\ncase_retention_years = 0\n\n[[processing]]", 1))
    close_database()
    code, out, err = cli("purge-closed-cases", "--dry-run", "--json")
    assert code == 0, err
    due = json.loads(out)
    assert due["dry_run"] and due["cases"] > 0 and set(due["per_organisation"]) == {"maildrop"}
    assert len(json.loads(cli("case", "list", "--json")[1])) == len(demo)
    code, out, err = cli("purge-closed-cases")
    assert code == 0, err
    assert out.startswith(f"{due['cases']} closed case(s) deleted under the retention rule on {date.today().isoformat()}")
    gone = {d["reference"] for d in due["due"]}
    assert not gone & {c["reference"] for c in json.loads(cli("case", "list", "--json")[1])}
    received = {c["reference"]: c["received"][:4] for c in demo}
    for year in years:
        after = figures_json(cli, tmp_path, year)
        assert {k: v for k, v in after["total"].items() if k != "deleted"} == \
            {k: v for k, v in before[year]["total"].items() if k != "deleted"}
        assert after["days_to_answer"] == before[year]["days_to_answer"]
        assert after["total"]["deleted"] == sum(received[r] == year for r in gone)
    assert [p["cases"] for p in figures_json(cli, tmp_path, date.today().year)["retention_purges"]] == [due["cases"]]
