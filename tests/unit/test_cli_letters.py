"""`dsar-desk letter` as a clerk's script uses it: paths printed, exit 2 with one line per problem."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from dsar_desk.__main__ import main
from dsar_desk.resources import resource


@pytest.fixture
def cli(db_location, capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)

    def run(*args):
        code = main(["--db", db_location, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def reference(cli):
    for name in ("ecomarket", "ecomail", "maildrop"):
        code, _, err = cli("profile", "import", str(resource("samples", f"{name}.toml")))
        assert code == 0, err
    received = (date.today() - timedelta(days=4)).isoformat()
    code, out, err = cli("case", "new", "--org", "ecomail", "--name", "Ĳsbrand Ödön Szőke", "--email", "i@example.nl",
                         "--address", "Dorpsstraat 1", "--address", "1012 AB Amsterdam", "--country", "NL",
                         "--language", "nl", "--right", "access", "--received", received)
    assert code == 0, err
    return out.strip()


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


NO_REGISTRATION = "check: the profile gives no company number for the letterhead (organisation.registration)"


def mark_searches(cli, reference, found: set[str]):
    """`dsar-desk case checklist --set`: data found in ``found``, the other activities not concerned."""
    code, out, err = cli("case", "checklist", reference, "--json")
    assert code == 0, err
    for item in json.loads(out)["items"]:
        if item["action"] == "search" and item["state"] == "open":
            state = "done" if item["activity"] in found else "not-concerned"
            code, _, err = cli("case", "checklist", reference, "--set", str(item["id"]), "--state", state,
                               "--note", "gevonden" if state == "done" else "")
            assert code == 0, err


def test_letter_prints_the_path_and_keeps_the_letter_with_the_case(cli, reference, tmp_path):
    target = tmp_path / "ack.pdf"
    code, out, err = cli("letter", reference, "--kind", "acknowledgement", "-o", str(target))
    assert code == 0 and err.splitlines() == [NO_REGISTRATION]  # ECOMAIL's policy gives no SIREN (issue 15)
    assert out.splitlines() == [str(target)]
    assert "Ĳsbrand Ödön Szőke" in text_of(target) and reference in text_of(target)
    code, out, _ = cli("case", "show", reference, "--json")
    data = json.loads(out)
    [letter] = data["letters"]
    assert (letter["kind"], letter["version"], letter["language"]) == ("acknowledgement", 1, "nl")
    assert letter["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    assert any(e["kind"] == "letter" and letter["sha256"][:12] in e["text"] for e in data["events"])


def test_without_output_the_letter_goes_to_the_current_folder_in_the_asked_language(cli, reference, tmp_path):
    code, out, err = cli("letter", reference, "--kind", "acknowledgement", "--language", "fr")
    assert code == 0, err
    path = tmp_path / f"{reference}-acknowledgement-v1-fr.pdf"
    assert out.strip() == str(path) and path.exists()
    assert "Madame, Monsieur" in text_of(path)


def test_bad_input_exits_2_with_one_line_per_problem(cli, reference):
    code, out, err = cli("letter", reference, "--kind", "thanks", "--language", "de", "-o", "letter.txt")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("--kind: 'thanks' is not a kind of letter")
    assert lines[1].startswith("--language: 'de' is not a letter language")
    assert lines[2].startswith("--output:")
    code, _, err = cli("letter", "NOPE-2026-0001", "--kind", "access")
    assert code == 2 and err.strip() == "no case 'NOPE-2026-0001'"
    code, _, err = cli("letter", reference)
    assert code == 2 and err.startswith("--kind: say which letter")
    code, _, err = cli("letter", reference, "--kind", "refusal")
    assert code == 2 and "reasons" in err and "Traceback" not in err


def test_access_answer_is_blocked_until_identity_then_overridden_with_a_reason(cli, reference, tmp_path):

    # issue 15: the searches first (the answer lists where data were found), and the copy's files
    code, out, err = cli("letter", reference, "--kind", "access")
    assert code == 2 and out == ""
    assert err.splitlines()[0].startswith("checklist: processing 'email-service'") and "still open" in err
    mark_searches(cli, reference, {"email-service", "billing"})
    code, out, err = cli("letter", reference, "--kind", "access")
    assert code == 2 and err.strip().startswith("annexes: list the files sent as the copy")
    code, out, err = cli("letter", reference, "--kind", "access", "--annex", "kopie.pdf")
    assert code == 2 and out == ""
    assert err.startswith("identity: this letter discloses personal data")
    code, out, err = cli("letter", reference, "--kind", "access", "-o", str(tmp_path / "a.pdf"), "--annex", "kopie.pdf",
                         "--override-identity", "Known customer, asked at the counter")
    assert code == 0, err
    assert "Ĳsbrand Ödön Szőke" in text_of(tmp_path / "a.pdf")
    _, out, _ = cli("case", "show", reference, "--json")
    assert json.loads(out)["letters"][0]["override_reason"] == "Known customer, asked at the counter"


def test_mark_sent_by_kind_and_version_or_by_id(cli, reference, tmp_path):
    cli("letter", reference, "--kind", "acknowledgement", "-o", str(tmp_path / "a.pdf"))
    cli("letter", reference, "--kind", "no-data", "-o", str(tmp_path / "b.pdf"))
    code, _, err = cli("letter", reference, "--mark-sent", "acknowledgement:1", "--method", "registered")
    assert code == 2 and err.strip() == "tracking: a registered letter needs its tracking number"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _, err = cli("letter", reference, "--mark-sent", "acknowledgement:1", "--method", "fax", "--on", tomorrow)
    assert code == 2 and [line.split(":")[0] for line in err.splitlines()] == ["method", "date"]
    code, out, err = cli("letter", reference, "--mark-sent", "acknowledgement:1", "--method", "registered",
                         "--tracking", "RR123456785NL")
    assert code == 0, err
    assert out.strip() == f"acknowledgement:v1 sent {date.today().isoformat()}"
    _, out, _ = cli("letter", reference, "--list", "--json")
    rows = json.loads(out)
    code, out, err = cli("letter", reference, "--mark-sent", str(rows[1]["id"]), "--method", "email")
    assert code == 0, err
    code, _, err = cli("letter", reference, "--mark-sent", str(rows[1]["id"]), "--method", "email")
    assert code == 2 and "already marked sent" in err
    _, out, _ = cli("case", "show", reference, "--json")
    data = json.loads(out)
    assert data["answered_on"] == date.today().isoformat()
    assert data["letters"][0]["sent"] == {"method": "registered", "on": date.today().isoformat(),
                                          "tracking": "RR123456785NL", "by": data["letters"][0]["who"]}


def test_portability_with_a_data_file_writes_the_annex_beside_the_pdf(cli, reference, tmp_path):

    export = tmp_path / "export.json"
    export.write_text(json.dumps({"orders": [{"number": "N-7", "total": "3.10"}]}), encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = cli("letter", reference, "--kind", "portability", "--data", str(export), "-o", str(out_dir),
                         "--override-identity", "Signed letter received by post")
    assert code == 0, err
    paths = out.splitlines()
    assert [p.rsplit("/", 1)[-1] for p in paths] == [
        f"{reference}-portability-v1-nl.pdf", f"{reference}-data.json", f"{reference}-data.csv"]
    assert json.loads(open(paths[1], encoding="utf-8").read()) == {"orders": [{"number": "N-7", "total": "3.10"}]}
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    code, _, err = cli("letter", reference, "--kind", "portability", "--data", str(bad),
                       "--override-identity", "x")
    assert code == 2 and "JSON object" in err


def test_letter_names_what_to_check_before_sending(cli, reference, tmp_path):
    code, out, err = cli("case", "new", "--org", "ecomail", "--name", "Noor Bakker", "--email", "n@example.nl",
                         "--language", "nl", "--right", "access")
    assert code == 0, err
    code, out, err = cli("letter", out.strip(), "--kind", "acknowledgement", "-o", str(tmp_path / "n.pdf"))
    assert code == 0
    assert out.splitlines() == [str(tmp_path / "n.pdf")]
    assert "check: no postal address of the requester" in err


# ------------------------------------------------------------------------------------ issue 15

def test_identity_request_takes_the_doubt_and_says_it(cli, reference, tmp_path):
    code, out, err = cli("letter", reference, "--kind", "identity-request")
    assert code == 2 and out == ""
    assert err.strip() == "doubt: say why there is a reasonable doubt about the requester's identity (Art. 12(6)): " \
                          "the letter states it"
    target = tmp_path / "id.pdf"
    code, out, err = cli("letter", reference, "--kind", "identity-request", "-o", str(target),
                         "--doubt", "Het verzoek kwam van een onbekend e-mailadres.")
    assert code == 0, err
    text = " ".join(text_of(target).split())
    assert "Wij hebben redelijke twijfel over uw identiteit" in text and "onbekend e-mailadres" in text
    assert "burgerservicenummer" not in text  # ECOMAIL is French: no national number to black out


def test_the_register_gaps_refuse_the_letter_one_line_each(cli, reference):
    mark_searches(cli, reference, {"email-service", "audience-statistics"})
    code, out, err = cli("letter", reference, "--kind", "access", "--annex", "kopie.pdf",
                         "--override-identity", "Known customer")
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0].startswith("register: processing 'audience-statistics'") and "processing[4].retention" in lines[0]
    assert lines[1].startswith("register: recipient 'google-analytics'") and "recipient[3].safeguards" in lines[1]
    assert lines[2].startswith("register: recipient 'facebook-pixel'") and len(lines) == 3


def test_details_of_the_new_kinds(cli, reference, tmp_path):
    target = tmp_path / "mandate.pdf"
    code, out, err = cli("letter", reference, "--kind", "mandate-request", "-o", str(target),
                         "--detail", "representative_name=Pieter Janssens",
                         "--detail", "representative_address=Meir 1|2000 Antwerpen", "--detail",
                         "representative_country=BE")
    assert code == 0, err
    text = text_of(target)
    assert "Pieter Janssens" in text and "2000 Antwerpen" in text and "BELGIË" in text
    code, _, err = cli("letter", reference, "--kind", "fee", "--detail", "fee_cents=twelve", "--detail", "colour=red")
    assert code == 2 and [line.split(":")[0] for line in err.splitlines()] == ["--detail", "--detail"]
    code, out, err = cli("letter", reference, "--kind", "fee", "--detail", "fee_cents=1250", "-o", str(tmp_path / "f.pdf"))
    assert code == 0, err
    assert "12,50" in text_of(tmp_path / "f.pdf")
