"""The CLI as a clerk's script uses it: exit codes, one clear line per problem, JSON output."""

import json
import subprocess
import sys
from datetime import date, timedelta

import pytest

from dsar_desk.__main__ import main
from dsar_desk.resources import resource


@pytest.fixture
def cli(db_location, capsys):
    def run(*args):
        code = main(["--db", db_location, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def with_samples(cli):
    for name in ("ecomarket", "ecomail", "maildrop"):
        code, out, err = cli("profile", "import", str(resource("samples", f"{name}.toml")))
        assert code == 0, err
    return cli


def test_profile_import_prints_slug_and_warnings_then_export_round_trips(cli, tmp_path):
    code, out, err = cli("profile", "import", str(resource("samples", "ecomarket.toml")))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "ecomarket"
    assert all(line.startswith("warning: ") for line in lines[1:])
    target = tmp_path / "out.toml"
    code, out, _ = cli("profile", "export", "ecomarket", "-o", str(target))
    assert code == 0
    from dsar_desk.domain.profile import parse_profile

    original = parse_profile(resource("samples", "ecomarket.toml").read_text(encoding="utf-8")).profile
    assert parse_profile(target.read_text(encoding="utf-8")).profile.data == original.data


def test_profile_with_errors_is_refused_with_paths_and_lines(cli, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('format = 1\n[organisation]\nslug = "Bad Slug!"\nname = "X"\naddress = ["a"]\n'
                   'country = "BE"\nlanguages = ["nl"]\n', encoding="utf-8")
    code, out, err = cli("profile", "import", str(bad))
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert any("organisation.slug" in line and "line 3" in line for line in lines)
    assert any("processing" in line for line in lines)
    assert "Traceback" not in err
    code, out, _ = cli("profile", "list")
    assert out == ""


def test_missing_profile_file(cli, tmp_path):
    code, _, err = cli("profile", "import", str(tmp_path / "nowhere.toml"))
    assert code == 2 and "cannot read" in err and "Traceback" not in err


def test_case_new_show_list(with_samples):
    cli = with_samples
    received = (date.today() - timedelta(days=2)).isoformat()
    code, out, err = cli("case", "new", "--org", "ecomarket", "--name", "Ĳsbrand de Vries", "--email",
                         "ijsbrand@example.nl", "--address", "Kerkstraat 1", "--address", "2000 Antwerpen",
                         "--country", "BE", "--language", "nl", "--right", "access", "--right", "erasure",
                         "--channel", "letter", "--received", received, "--summary", "Inzage en wissen")
    assert code == 0, err
    reference = out.strip()
    assert reference.startswith(f"ECO-{date.today().year if received[:4] == str(date.today().year) else received[:4]}-")
    code, out, _ = cli("case", "show", reference, "--json")
    data = json.loads(out)
    assert data["reference"] == reference
    assert data["organisation"] == "ecomarket"
    assert data["requester"] == {"name": "Ĳsbrand de Vries", "email": "ijsbrand@example.nl",
                                 "address": ["Kerkstraat 1", "2000 Antwerpen"], "country": "BE", "language": "nl"}
    assert data["rights"] == ["access", "erasure"]
    assert data["channel"] == "letter"
    assert data["received"] == received
    assert data["status"] == "received"
    assert date.fromisoformat(data["due"]) > date.fromisoformat(received)
    assert data["events"][0]["kind"] == "created" and data["events"][0]["who"]
    code, out, _ = cli("case", "show", reference)
    assert "Ĳsbrand de Vries" in out and "why:" in out
    code, out, _ = cli("case", "list", "--org", "ecomarket", "--json")
    assert [c["reference"] for c in json.loads(out)] == [reference]
    code, out, _ = cli("case", "list", "--overdue", "--json")
    assert json.loads(out) == []


def test_case_new_bad_input_one_line_per_problem(with_samples):
    code, out, err = with_samples("case", "new", "--org", "ecomarket", "--name", "X", "--email", "bad",
                                  "--language", "de", "--right", "fly", "--received", "2099-01-01")
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 4
    assert any(line.startswith("Email:") for line in lines)
    assert any(line.startswith("Language:") for line in lines)
    assert any(line.startswith("Rights asked:") for line in lines)
    assert any(line.startswith("Date received:") and "future" in line for line in lines)
    code, out, _ = with_samples("case", "list", "--json")
    assert json.loads(out) == []


def test_unknown_case_and_bad_status(with_samples):
    code, _, err = with_samples("case", "show", "ECO-2026-9999")
    assert code == 2 and "no case 'ECO-2026-9999'" in err
    code, _, err = with_samples("case", "list", "--status", "lost")
    assert code == 2 and "not a status" in err


def test_status_changes_and_closing_from_the_cli(with_samples):
    cli = with_samples
    _, out, _ = cli("case", "new", "--org", "maildrop", "--name", "Amélie Girard", "--email", "a@example.fr",
                    "--language", "fr", "--right", "erasure")
    ref = out.strip()
    assert cli("case", "status", ref, "closed")[0] == 2
    assert cli("case", "status", ref, "in-progress")[0] == 0
    assert cli("case", "status", ref, "answered")[0] == 2  # checklist items open (issue 6)
    code, _, err = cli("case", "status", ref, "answered", "--override", "checklist not under test here")
    assert code == 2 and "Erasure: no letter answering it was sent" in err  # closing means finished
    assert cli("case", "status", ref, "answered", "--override", "checklist not under test here",
               "--outcome", "erasure=granted", "--no-letter", "erasure=confirmed by phone")[0] == 0
    code, _, err = cli("case", "status", ref, "closed", "--outcome", "erasure=refused:too late")
    assert code == 2 and "Erasure" in err and "without a letter" in err
    code, out, err = cli("case", "status", ref, "closed")
    assert code == 0, err
    data = json.loads(cli("case", "show", ref, "--json")[1])
    assert data["status"] == "closed"
    assert data["outcomes"] == {"erasure": {"outcome": "granted", "reason": "", "no_letter": "confirmed by phone"}}


def test_demo_fills_the_database(cli):
    code, out, err = cli("demo", "--cases", "80")
    assert code == 0, err
    assert "ecomarket" in out and "cases created: 80" in out
    data = json.loads(cli("case", "list", "--json")[1])
    assert len(data) == 80
    statuses = {c["status"] for c in data}
    assert {"received", "in-progress", "closed", "answered"} <= statuses
    overdue = json.loads(cli("case", "list", "--overdue", "--json")[1])
    soon = json.loads(cli("case", "list", "--due-within", "7", "--json")[1])
    assert overdue and soon
    assert all(c["days_left"] < 0 for c in overdue)
    assert all(0 <= c["days_left"] <= 7 for c in soon)


def test_deadline_command(cli):
    code, out, err = cli("deadline", "--received", "2026-01-31", "--country", "BE", "--days", "30", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["legal_limit"] == "2026-03-02"
    assert data["promise"] is not None
    assert data["due"] <= data["legal_limit"]
    assert "2026" in data["explanation"]
    code, out, err = cli("deadline", "--received", "2026-13-01", "--country", "BE")
    assert code == 2 and "--received" in err


def test_version_and_entry_point(db_path):
    result = subprocess.run([sys.executable, "-m", "dsar_desk", "--version"], capture_output=True, text=True)
    assert result.returncode == 0
    assert result.stdout.startswith("dsar-desk ")
    result = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db_path), "case", "show", "X-1"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
