"""The .ics export read back with icalendar: stable UIDs, right dates, no personal data."""

import json
from datetime import date, timedelta

import pytest
from icalendar import Calendar

from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.desk.calendar import write_calendar
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.store import cases as store
from dsar_desk.store.calendar import build_calendar, event_uid

NAMES = ("Łukasz Śmigły", "Zoë Ørsted", "Ĳsbrand de Vries")


def new_case(name, received, org="ecomarket", rights=("access", "erasure")):
    return desk.create_case(
        CaseDraft(organisation=org, name=name, email=f"{name.split()[0].lower()}@example.org",
                  address=["Rue de la Loi 16", "1000 Bruxelles"], country="BE",
                  language="nl" if org != "maildrop" else "fr", rights=list(rights), received=received,
                  summary="Je veux savoir ce que vous savez de moi"),
        "Anna Clerk",
    )


def events_of(data: bytes) -> dict:
    cal = Calendar.from_ical(data)
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


@pytest.fixture
def cases(samples):
    today = date.today()
    return [
        new_case(NAMES[0], today - timedelta(days=3)),
        new_case(NAMES[1], today - timedelta(days=10), org="ecomail", rights=("access",)),
        new_case(NAMES[2], today - timedelta(days=20), org="maildrop", rights=("rectification",)),
    ]


def test_one_all_day_event_per_open_case_on_its_due_date(cases):
    data, result = build_calendar()
    assert result.events == 3 and result.cancelled == 0
    events = events_of(data)
    assert len(events) == 3
    for case in cases:
        event = events[event_uid(case.reference, case.organisation.slug)]
        assert event.decoded("DTSTART") == case.due  # a date, not a date-time: an all-day event
        assert not hasattr(event.decoded("DTSTART"), "hour")
        assert event.decoded("DTEND") == case.due + timedelta(days=1)
        assert case.reference in str(event["SUMMARY"])
        assert str(event["STATUS"]) == "CONFIRMED"
        assert str(event["TRANSP"]) == "TRANSPARENT"
        description = str(event["DESCRIPTION"])
        assert store.deadline_of(case).explanation in description
        assert case.due.isoformat() in description
    ecomarket = events[event_uid(cases[0].reference, "ecomarket")]
    assert "access, erasure" in str(ecomarket["SUMMARY"])
    assert str(ecomarket["UID"]) == f"{cases[0].reference.lower()}.ecomarket@dsar-desk"


def test_no_requester_data_in_the_file(cases):
    data, _ = build_calendar()
    # unfolded, so that a name cut by a line fold would still be found
    text = data.decode("utf-8").replace("\r\n ", "").replace("\\,", ",")
    for name in NAMES:
        assert name not in text
        for part in name.split():
            if len(part) > 3:
                assert part not in text, part
    for needle in ("@example.org", "Rue de la Loi", "Bruxelles", "Je veux savoir"):
        assert needle not in text


def test_re_export_updates_the_same_events(cases, tmp_path):
    target = tmp_path / "due.ics"
    write_calendar(target)
    first = events_of(target.read_bytes())
    write_calendar(target)
    again = events_of(target.read_bytes())
    assert set(again) == set(first)  # same UIDs: nothing duplicated
    for uid in first:  # nothing changed: the same event, the same revision
        assert again[uid].to_ical() == first[uid].to_ical()

    # extend one case: same UID, new date, higher SEQUENCE, later or equal revision time
    case = cases[0]
    uid = event_uid(case.reference, "ecomarket")
    desk.extend(case, "Three systems to search by hand.", "Anna Clerk")
    write_calendar(target)
    after = events_of(target.read_bytes())
    assert set(after) == set(first)
    assert after[uid].decoded("DTSTART") == case.due > first[uid].decoded("DTSTART")
    assert int(after[uid]["SEQUENCE"]) > int(first[uid]["SEQUENCE"])
    assert after[uid].decoded("LAST-MODIFIED") >= first[uid].decoded("LAST-MODIFIED")
    assert after[uid].decoded("DTSTAMP") == after[uid].decoded("LAST-MODIFIED")
    assert "extended" in str(after[uid]["SUMMARY"])

    # a closed case is sent once more as CANCELLED, so that the calendar drops it
    withdrawn = cases[1]
    uid = event_uid(withdrawn.reference, "ecomail")
    desk.change_status(withdrawn, "withdrawn", "Anna Clerk", note="no longer wanted")
    data, result = build_calendar()
    events = events_of(data)
    assert (result.events, result.cancelled) == (2, 1)
    assert str(events[uid]["STATUS"]) == "CANCELLED"
    assert int(events[uid]["SEQUENCE"]) > int(after[uid]["SEQUENCE"])


def test_waiting_for_identity_moves_the_event_and_its_sequence(cases):
    case = cases[2]
    uid = event_uid(case.reference, "maildrop")
    before = events_of(build_calendar()[0])[uid]
    desk.request_identity(case, "Anna Clerk", case.received + timedelta(days=1))
    desk.information_received(case, "Anna Clerk", case.received + timedelta(days=8))
    after = events_of(build_calendar()[0])[uid]
    assert after.decoded("DTSTART") == case.due
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert "7 days waited" in str(after["DESCRIPTION"])
    # while the clock is stopped, each day of waiting raises the sequence (the date moves daily)
    tomorrow = date.today() + timedelta(days=1)
    desk.request_identity(case, "Anna Clerk", date.today())
    now = events_of(build_calendar(today=date.today())[0])[uid]
    later = events_of(build_calendar(today=tomorrow)[0])[uid]
    assert int(later["SEQUENCE"]) == int(now["SEQUENCE"]) + 1
    assert "waiting for requester" in str(now["SUMMARY"])


def test_one_organisation_only(cases):
    events = events_of(build_calendar("ecomail")[0])
    assert list(events) == [event_uid(cases[1].reference, "ecomail")]


@pytest.fixture
def cli(db_location, capsysbinary):
    def run(*args):
        code = main(["--db", db_location, *args])
        out, err = capsysbinary.readouterr()
        return code, out, err.decode()

    return run


def test_calendar_command(cases, cli, tmp_path):
    target = tmp_path / "due.ics"
    code, out, err = cli("calendar", "-o", str(target))
    assert code == 0, err
    assert b"3 due dates" in out
    assert len(events_of(target.read_bytes())) == 3
    code, out, err = cli("calendar", "--org", "maildrop")
    assert code == 0, err
    assert list(events_of(out)) == [event_uid(cases[2].reference, "maildrop")]
    code, out, err = cli("calendar", "--org", "nowhere")
    assert code == 2 and "--org: no organisation 'nowhere'" in err
    code, out, err = cli("calendar", "-o", str(tmp_path))
    assert code == 2 and "is a folder" in err
    code, out, err = cli("calendar", "--language", "fr", "-o", str(target))
    assert code == 0
    assert "reçue le" in str(next(iter(events_of(target.read_bytes()).values()))["DESCRIPTION"])


def test_deadline_rules_command(samples, cli):
    case = new_case(NAMES[0], date(2026, 3, 2), org="maildrop")
    assert case.due == date(2026, 4, 2)
    code, out, err = cli("deadline-rules", "maildrop", "--json")
    assert code == 0, err
    assert json.loads(out) == {"organisation": "maildrop", "country": "FR", "subdivision": None,
                               "pause_rule": "suspend", "deadline_days": None}
    code, out, err = cli("deadline-rules", "maildrop", "--pause-rule", "later")
    assert code == 2 and "--pause-rule" in err
    code, out, err = cli("deadline-rules", "maildrop", "--subdivision", "Atlantis")
    assert code == 2 and "--subdivision" in err and "Atlantis" in err
    code, out, err = cli("deadline-rules", "maildrop", "--subdivision", "57", "--pause-rule", "restart")
    assert code == 0, err
    assert b"holiday region 57, pause rule restart" in out
    assert json.loads(cli("deadline-rules", "maildrop", "--json")[1])["pause_rule"] == "restart"
    code, out, err = cli("deadline-rules", "nowhere")
    assert code == 2 and "nowhere" in err
