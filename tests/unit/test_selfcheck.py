"""`dsar-desk check` and `dsar-desk self-test`: what a clerk (or the smoke test) reads."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from pypdf import PdfReader

from dsar_desk import selfcheck
from dsar_desk.cli import run
from dsar_desk.store.migrations import LATEST


def lines_of(text: str) -> dict[str, str]:
    """{check name: whole line} of the check output."""
    out = {}
    for line in text.splitlines():
        status, _, rest = line.partition(" ")
        name = rest.strip().split(":", 1)[0]
        out[name] = line
    return out


def test_self_test_uses_a_temporary_database_and_reports_everything(capsys, private_folders):
    code = run(["self-test"])
    out = capsys.readouterr().out
    found = lines_of(out)
    assert code == 0, out
    assert set(found) == {"version", "database", "keyring", "letter font", "letter", "Qt", "free disk"}
    assert found["database"].startswith("ok ")
    assert "temporary" in found["database"] and f"schema {LATEST} of {LATEST}" in found["database"]
    assert found["letter"].startswith("ok ") and "Source Sans Pro embedded" in found["letter"]
    assert found["letter font"].startswith("ok ") and "SourceSansPro-Regular.ttf" in found["letter font"]
    # the tests' in-memory keyring is a working keyring
    assert found["keyring"].startswith("ok ") and "keyring: in-memory (tests)" in found["keyring"]
    assert found["Qt"].startswith("ok ") and "platform offscreen starts" in found["Qt"]
    # the user's own data folder was not touched
    assert not (private_folders / "data" / "dsar-desk.sqlite3").exists()
    assert not list((private_folders).glob("**/*.sqlite3"))


def test_check_reports_the_users_database_path_and_schema(capsys, db_path):
    code = run(["--db", str(db_path), "check"])
    found = lines_of(capsys.readouterr().out)
    assert code == 0
    assert str(db_path) in found["database"] and f"schema {LATEST} of {LATEST}" in found["database"]
    assert "GB free" in found["free disk"]


def test_check_fails_with_exit_1_on_a_damaged_database(capsys, tmp_path):
    bad = tmp_path / "broken.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    code = run(["--db", str(bad), "check"])
    found = lines_of(capsys.readouterr().out)
    assert code == 1
    assert found["database"].startswith("FAIL") and str(bad) in found["database"]
    assert found["letter"].startswith("ok ")  # the other checks still ran


def test_check_self_test_flag_is_the_same_as_the_command(capsys):
    assert run(["check", "--self-test"]) == 0
    assert "temporary" in lines_of(capsys.readouterr().out)["database"]


def test_sample_letter_is_a_real_pdf_with_the_font_and_eu_names():
    reader = PdfReader(io.BytesIO(selfcheck.sample_letter_pdf()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Łukasz Śmigły" in text and "Ĳsbrand Řehoř" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            desc = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            if desc is not None and "/FontFile2" in desc.get_object():
                fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert any(name.startswith("SourceSansPro") for name in fonts), fonts


def test_missing_font_files_are_named(monkeypatch, tmp_path):
    from dsar_desk.letters import fonts

    monkeypatch.setattr(fonts, "font_dir", lambda: tmp_path)
    name, good, detail = selfcheck.check_font()
    assert good is False and "SourceSansPro-Bold.ttf" in detail and str(tmp_path) in detail


def test_a_platform_that_cannot_start_is_a_warning_naming_it(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "nosuchplatform")
    name, good, detail = selfcheck.check_qt()
    assert good is None, detail
    assert "nosuchplatform cannot start" in detail and "offscreen" in detail


def _env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", DSAR_DESK_DATA=str(tmp_path / "data"),
               DSAR_DESK_CONFIG=str(tmp_path / "config"), DSAR_DESK_LOGS=str(tmp_path / "logs"))
    return env


def test_python_m_dsar_desk_self_test_exits_0(tmp_path):
    done = subprocess.run([sys.executable, "-m", "dsar_desk", "self-test"], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    found = lines_of(done.stdout)
    assert found["letter"].startswith("ok ") and found["Qt"].startswith("ok ")
    # no keyring daemon here is a warning (attachments then use a passphrase), not a failure
    assert found["keyring"].split()[0] in ("ok", "warn")
    assert "backends in this install:" in found["keyring"] and "SecretService" in found["keyring"]
    assert not (tmp_path / "data" / "dsar-desk.sqlite3").exists()


def test_python_m_dsar_desk_check_on_a_database(tmp_path):
    db = tmp_path / "mine.sqlite3"
    done = subprocess.run([sys.executable, "-m", "dsar_desk", "--db", str(db), "check"], env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert str(db) in lines_of(done.stdout)["database"] and db.exists()


def test_the_checks_themselves_load_no_qt(tmp_path):
    """The CLI floor stays Qt-free: Qt is only started in the child process of the Qt check."""
    code = ("import sys\nfrom dsar_desk.selfcheck import run_checks\nrun_checks(temporary=True)\n"
            "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            "print(bad)\nsys.exit(1 if bad else 0)\n")
    done = subprocess.run([sys.executable, "-c", code], env=_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
