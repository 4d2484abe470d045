"""The fulfilment checklist, register versions, repeat requests, fees and refusals (issue 6),
on a real SQLite file with the sample organisations."""

import json
from datetime import date, timedelta

import pytest

from dsar_desk.desk import cases as case_desk
from dsar_desk.desk import cases as desk
from dsar_desk.desk import checklist as cldesk
from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain.cases import CaseRuleError
from dsar_desk.domain.checklist import ChecklistError, months_before, parse_cents
from dsar_desk.domain.profile import parse_profile
from dsar_desk.domain.register_diff import diff_profiles
from dsar_desk.resources import resource
from dsar_desk.store import cases as store
from dsar_desk.store import checklist as cl
from dsar_desk.store.models import Case, Event
from dsar_desk.store.organisations import (
    export_profile,
    get_organisation,
    profile_for_case,
    profile_of,
    register_versions,
)

ECOMARKET = resource("samples", "ecomarket.toml").read_text(encoding="utf-8")


def draft(**fields):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be",
                address=["Kerkstraat 1", "2000 Antwerpen"], country="BE", language="nl",
                rights=["erasure"], received=date.today() - timedelta(days=2))
    base.update(fields)
    return desk.CaseDraft(**base)


def labels(case):
    return [i.label for i in cl.items_of(case)]


def test_erasure_case_lists_every_system_and_every_recipient_of_the_register(samples):
    case = desk.create_case(draft(), "anna")
    items = cl.items_of(case)
    profile = profile_of(get_organisation("ecomarket"))
    # every system of every activity ("act in"), or the activity itself where it names no system
    for activity in profile.processing:
        systems = (profile.text_list(activity.get("systems"), "nl").items if activity.get("systems") else [])
        acts = [i for i in items if i.activity == activity["id"] and i.action == "act"]
        if systems:
            assert sorted(i.target_name for i in acts) == sorted(systems), activity["id"]
        else:
            assert [i.target_kind for i in acts] == ["activity"], activity["id"]
        informs = sorted(i.target_name for i in items if i.activity == activity["id"] and i.action == "inform")
        assert informs == sorted(r["name"] for r in profile.recipients_of(activity))
    shown = labels(case)
    assert "act in Database (registratie) (erasure)" in shown
    assert "act in Microsoft Exchange-mailbox (erasure)" in shown
    for name in ("bpost", "Facebook", "Google Analytics", "Google AdWords"):
        assert f"inform {name} (erasure)" in shown
    assert not any(i.action == "search" for i in items)  # no access asked
    assert all(i.state == "open" for i in items)
    assert [i.position for i in items] == list(range(1, len(items) + 1))
    assert case.register_version == get_organisation("ecomarket").profile_version


def test_access_searches_every_system_and_building_again_adds_without_duplicating(samples):
    case = desk.create_case(draft(rights=["access"]), "anna")
    first = labels(case)
    assert "search Database (registratie)" in first and "search Microsoft Exchange-mailbox" in first
    assert not any(x.startswith(("act", "inform")) for x in first)
    assert cldesk.build_checklist(case, "anna") == []
    assert labels(case) == first
    cldesk.set_item(case, 1, "done", "one mail found", "anna")
    desk.update_case(case, {"rights": ["access", "erasure"]}, "anna")
    after = labels(case)
    assert after[:len(first)] == first  # the items already there keep their place and number
    assert len(after) == len(set(after)) and any(x.startswith("inform bpost") for x in after)
    assert cl.items_of(case)[0].note == "one mail found"
    # access no longer asked: untouched search items go, the one marked stays
    desk.update_case(case, {"rights": ["erasure"]}, "anna")
    searches = [i for i in cl.items_of(case) if i.action == "search"]
    assert [(i.position, i.state) for i in searches] == [(1, "done")]


def test_marking_an_item_is_recorded_with_who_when_and_a_timeline_event(samples, recorded):
    case = desk.create_case(draft(), "anna")
    bpost = next(i for i in cl.items_of(case) if i.target == "bpost")
    cldesk.set_item(case, bpost.position, "done", "asked bpost to delete the delivery address", "Anna Clerk")
    item = cl.items_of(case)[bpost.position - 1]
    assert (item.state, item.who, item.note) == ("done", "Anna Clerk", "asked bpost to delete the delivery address")
    assert item.at is not None
    event = Event.select().where(Event.case == case, Event.kind == "checklist").get()
    assert event.who == recorded("Anna Clerk") and (event.old, event.new) == ("open", "done")
    assert "inform bpost (erasure)" in event.text and "asked bpost" in event.text


def test_bad_marks_are_refused_and_nothing_is_written(samples):
    case = desk.create_case(draft(), "anna")
    with pytest.raises(ChecklistError, match="reason"):
        cldesk.set_item(case, 1, "not-applicable", "  ", "anna")
    with pytest.raises(ChecklistError, match="not a state"):
        cldesk.set_item(case, 1, "finished", "", "anna")
    with pytest.raises(ChecklistError, match="Art. 17"):
        cldesk.set_item(case, 1, "done", "kept", "anna", exception="because")
    with pytest.raises(cl.UnknownItem):
        cldesk.set_item(case, 999, "done", "", "anna")
    assert all(i.state == "open" and not i.who for i in cl.items_of(case))
    assert not Event.select().where(Event.case == case, Event.kind == "checklist").exists()


def test_an_erasure_item_may_keep_data_under_an_art_17_3_exception_with_its_reason(samples):
    case = desk.create_case(draft(rights=["access", "erasure"]), "anna")
    act = next(i for i in cl.items_of(case) if i.action == "act" and i.activity == "customer-account")
    search = next(i for i in cl.items_of(case) if i.action == "search")
    with pytest.raises(ChecklistError, match="which data are kept"):
        cldesk.set_item(case, act.position, "not-applicable", "", "anna", exception="legal-obligation")
    with pytest.raises(ChecklistError, match="only to erasure"):
        cldesk.set_item(case, search.position, "done", "invoices", "anna", exception="legal-obligation")
    cldesk.set_item(case, act.position, "done", "invoices kept 7 years (tax law)", "anna", exception="legal-obligation")
    assert cl.items_of(case)[act.position - 1].exception == "legal-obligation"


def test_an_open_item_blocks_answered_and_the_override_is_kept_in_the_timeline(samples):
    case = desk.create_case(draft(), "anna")
    desk.change_status(case, "in-progress", "anna")
    items = cl.items_of(case)
    for item in items[:-1]:
        cldesk.set_item(case, item.position, "done", "", "anna")
    with pytest.raises(CaseRuleError, match="1 checklist item"):
        desk.change_status(case, "answered", "anna")
    with pytest.raises(CaseRuleError):
        desk.change_status(case, "answered", "anna", override="   ")
    assert store.get_case(case.reference).status == "in-progress"
    desk.change_status(case, "answered", "anna", override="Google confirmed by phone; letter to follow",
                       outcomes={"erasure": {"outcome": "granted", "no_letter": "confirmed by phone"}})
    case = store.get_case(case.reference)
    assert case.status == "answered"
    override = Event.select().where(Event.case == case, Event.kind == "checklist-override").get()
    assert "Google confirmed by phone" in override.text and f"#{items[-1].position}" in override.text


def test_every_item_marked_lets_the_case_be_answered_without_override(samples):
    case = desk.create_case(draft(name="Inès Lambert", email="ines@example.fr"), "anna")
    desk.change_status(case, "in-progress", "anna")
    for item in cl.items_of(case):
        cldesk.set_item(case, item.position, "not-applicable", "no such customer", "anna")
    desk.change_status(case, "answered", "anna", outcomes={"erasure": {"outcome": "no-data",
                                                                      "no_letter": "told at the desk"}})
    assert store.get_case(case.reference).status == "answered"
    assert not Event.select().where(Event.case == case, Event.kind == "checklist-override").exists()


def test_not_concerned_marks_the_whole_activity_and_feeds_the_access_letter(samples):
    case = desk.create_case(draft(rights=["access", "erasure"]), "anna")
    assert cl.unconcerned_activities(case) == set()
    first_website = next(i for i in cl.items_of(case) if i.activity == "website-visits")
    cldesk.set_item(case, first_website.position, "not-concerned", "", "anna")
    website = [i for i in cl.items_of(case) if i.activity == "website-visits"]
    assert {i.state for i in website} == {"not-concerned"} and len(website) == 4  # search, act, 2 recipients
    assert cl.unconcerned_activities(case) == {"website-visits"}
    # an activity where something was found is concerned, whatever else is marked
    account = [i for i in cl.items_of(case) if i.activity == "customer-account"]
    cldesk.set_item(case, account[0].position, "done", "account found", "anna")
    cldesk.set_item(case, account[1].position, "not-concerned", "", "anna")
    assert "customer-account" not in cl.unconcerned_activities(case)
    # every activity out: the letters show "no data held"
    for item in cl.open_items(case):
        cldesk.set_item(case, item.position, "not-concerned", "", "anna")
    every = {a["id"] for a in profile_of(get_organisation("ecomarket")).processing}
    assert cl.unconcerned_activities(case) == every - {"customer-account"}


def test_register_versions_are_kept_and_a_case_remembers_its_version(samples):
    org = get_organisation("ecomarket")
    v1 = org.profile_version
    case = desk.create_case(draft(), "anna")
    assert case.register_version == v1
    import_profile(ECOMARKET)  # the same text again is the same version
    assert get_organisation("ecomarket").profile_version == v1
    changed = ECOMARKET.replace('name = "bpost"', 'name = "bpost NV"')
    import_profile(changed)
    org = get_organisation("ecomarket")
    assert org.profile_version == v1 + 1
    versions = register_versions(org)
    assert [v.version for v in versions][-2:] == [v1, v1 + 1]
    assert 'name = "bpost NV"' in versions[-1].profile and 'name = "bpost NV"' not in versions[-2].profile
    # the case was built from v1: its register is still there to explain an old letter
    closed = store.get_case(case.reference)
    Case.update(status="answered").where(Case.id == closed.id).execute()
    closed = store.get_case(case.reference)
    assert cldesk.build_checklist(closed) == []  # an answered case keeps its checklist
    old = profile_for_case(closed)
    assert old.recipients["bpost"]["name"] == "bpost"
    # an open case follows the new register: the item names and version move on, with an event
    fresh = desk.create_case(draft(name="Noor Visser", email="noor@example.nl"), "anna")
    assert fresh.register_version == v1 + 1
    assert "inform bpost NV (erasure)" in labels(fresh)


def test_migration_4_keeps_the_profiles_already_stored_as_versions(db_path):
    import sqlite3

    from dsar_desk.store import db as dbmodule
    from dsar_desk.store import migrations

    only_3 = {k: v for k, v in migrations.MIGRATIONS.items() if k <= 3}
    original = dbmodule.MIGRATIONS, dbmodule.LATEST
    dbmodule.MIGRATIONS, dbmodule.LATEST = only_3, 3
    try:
        dbmodule.open_database(db_path)
        dbmodule.database.execute_sql(
            """INSERT INTO "organisation" (slug, name, prefix, country, languages, profile, profile_version,
               pause_rule, imported_at, updated_at) VALUES ('x', 'X', 'XX', 'BE', 'nl', 'format = 1', 7,
               'suspend', '2026-01-01', '2026-01-01')""")
        dbmodule.close_database()
    finally:
        dbmodule.MIGRATIONS, dbmodule.LATEST = original
    dbmodule.open_database(db_path)
    dbmodule.close_database()
    conn = sqlite3.connect(db_path)
    assert conn.execute("select version, profile from register_version").fetchall() == [(7, "format = 1")]
    columns = {row[1] for row in conn.execute('pragma table_info("case")')}
    assert {"register_version", "fee_asked_cents", "fee_paid_cents", "unfounded", "unfounded_reason"} <= columns
    conn.close()


# -- repeat and excessive requests -----------------------------------------------------------------

def _earlier(received, **fields):
    return desk.create_case(draft(rights=["access"], received=received, **fields), "anna")


def test_repeat_detection_with_cases_11_and_13_months_apart(samples):
    today = date.today()
    eleven = months_before(today, 11)
    thirteen = months_before(today, 13)
    _earlier(thirteen)
    check = cl.repeat_check("ecomarket", "bram@example.be", "Bram Peeters", ["Kerkstraat 1", "2000 Antwerpen"],
                            ["access"], today)
    assert check.earlier == [] and not check.beyond_free  # 13 months ago: outside the 12 months
    earlier = _earlier(eleven)
    check = cl.repeat_check("ecomarket", "bram@example.be", "Bram Peeters", ["Kerkstraat 1", "2000 Antwerpen"],
                            ["access"], today)
    assert [c.reference for c in check.earlier] == [earlier.reference]
    assert check.free_per_year == 1 and check.earlier_access == 1 and check.beyond_free
    assert "fee may be asked" in check.explanation()
    # an erasure request is never "beyond the free access requests"
    assert not cl.repeat_check("ecomarket", "bram@example.be", "", [], ["erasure"], today).beyond_free


def test_repeat_matches_the_email_or_the_name_and_address_and_stays_within_the_organisation(samples):
    today = date.today()
    earlier = _earlier(today - timedelta(days=60), name="Zoë Ørsted", email="zoe@example.dk",
                       address=["Nørregade 10", "1165 København K"])
    by_email = cl.repeat_check("ecomarket", "ZOE@example.dk", "Someone Else", [], ["access"], today)
    by_name = cl.repeat_check("ecomarket", "", "zoe orsted", ["Norregade 10", "1165 Kobenhavn K"], ["access"], today)
    other_address = cl.repeat_check("ecomarket", "", "Zoë Ørsted", ["Elsewhere 1"], ["access"], today)
    other_org = cl.repeat_check("ecomail", "zoe@example.dk", "Zoë Ørsted", [], ["access"], today)
    assert [c.reference for c in by_email.earlier] == [earlier.reference]
    assert [c.reference for c in by_name.earlier] == [earlier.reference]
    assert other_address.earlier == [] and other_org.earlier == []
    assert other_org.free_per_year is None and not other_org.beyond_free


def test_fees_are_integer_cents_and_unfounded_leads_to_refusal(samples):
    case = desk.create_case(draft(rights=["access"]), "anna")
    assert parse_cents("12,5") == 1250 and parse_cents("€ 7") == 700 and parse_cents("") is None
    with pytest.raises(ChecklistError):
        parse_cents("twelve")
    with pytest.raises(ChecklistError):
        case_desk.record_fee(case, "anna", asked_cents=-1)
    case_desk.record_fee(case, "anna", asked_cents=1250)
    case_desk.record_fee(case, "anna", paid_cents=1250)
    stored = store.get_case(case.reference)
    assert (stored.fee_asked_cents, stored.fee_paid_cents) == (1250, 1250)
    assert isinstance(stored.fee_asked_cents, int)
    fees = [e.text for e in store.events_of(stored) if e.kind == "fee"]
    assert fees == ["fee asked: EUR 12.50", "fee paid: EUR 12.50"]
    with pytest.raises(ChecklistError, match="reason"):
        case_desk.mark_unfounded(stored, " ", "anna")
    case_desk.mark_unfounded(stored, "Fifth identical request this month.", "anna")
    stored = store.get_case(case.reference)
    assert stored.unfounded and stored.unfounded_reason == "Fifth identical request this month."
    assert stored.status == "refused"
    from dsar_desk.domain.letter_content import suggest_kind

    assert suggest_kind(stored.status, stored.right_list) == "refusal"
    refused = [e for e in store.events_of(stored) if e.kind == "status" and e.new == "refused"]
    assert refused[0].text == "Fifth identical request this month."  # the refusal letter's reasons


def test_diff_summary_of_an_import_over_an_existing_organisation():
    old = parse_profile(ECOMARKET).profile.data
    text = ECOMARKET.replace('country = "BE"\npurpose.nl = "Levering', 'country = "US"\npurpose.nl = "Levering')
    text = text.replace("free_requests_per_year = 1", "free_requests_per_year = 2")
    new = parse_profile(text).profile.data
    changes = diff_profiles(old, new)
    assert "recipient 'bpost': country: BE → US" in changes
    assert "policy.free_requests_per_year: 1 → 2" in changes
    assert diff_profiles(old, old) == []


def test_preview_import_shows_changes_only_over_an_existing_organisation(samples):
    from dsar_desk.store.organisations import preview_import

    same = preview_import(export_profile("ecomarket"))
    assert same.replaces and same.changes == []
    changed = preview_import(ECOMARKET.replace('name = "Nosto"', 'name = "Nosto Solutions"'))
    assert changed.changes == ["recipient 'nosto': name: Nosto → Nosto Solutions"]
    new = preview_import(ECOMARKET.replace('slug = "ecomarket"', 'slug = "ecomarket-2"'))
    assert not new.replaces


# -- the command line ----------------------------------------------------------------------------------

@pytest.fixture
def cli(db_location, capsys):
    from dsar_desk.__main__ import main

    def run(*args):
        code = main(["--db", db_location, *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_checklist_json_and_set(cli):
    assert cli("profile", "import", str(resource("samples", "ecomarket.toml")))[0] == 0
    code, out, err = cli("case", "new", "--org", "ecomarket", "--name", "Bram Peeters", "--email", "b@example.be",
                         "--language", "nl", "--right", "erasure")
    assert code == 0, err
    ref = out.strip()
    code, out, err = cli("case", "checklist", ref, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["reference"] == ref and data["open"] == len(data["items"])
    targets = {i["target"] for i in data["items"]}
    assert {"Database (registratie)", "bpost", "Facebook", "Google Analytics", "Google AdWords"} <= targets
    first = data["items"][0]
    assert set(first) >= {"id", "action", "target", "state", "note", "who", "when"}
    assert first["state"] == "open" and first["who"] is None
    bpost = next(i for i in data["items"] if i["target"] == "bpost")
    code, out, err = cli("case", "checklist", ref, "--set", str(bpost["id"]), "--state", "done",
                         "--note", "deletion asked by e-mail")
    assert code == 0, err
    after = json.loads(cli("case", "checklist", ref, "--json")[1])
    marked = next(i for i in after["items"] if i["id"] == bpost["id"])
    assert marked["state"] == "done" and marked["note"] == "deletion asked by e-mail"
    assert marked["who"] and marked["when"].endswith("Z")
    assert after["open"] == data["open"] - 1
    # plain listing
    code, out, _ = cli("case", "checklist", ref)
    assert code == 0 and "inform bpost (erasure)" in out and "deletion asked by e-mail" in out
    # bad input: exit 2, one clear line, nothing written
    for args, words in ((("--set", "999", "--state", "done"), "no checklist item 999"),
                        (("--set", "1", "--state", "finished"), "not a state"),
                        (("--set", "1", "--state", "not-applicable"), "reason"),
                        (("--set", "1"), "--state"),
                        (("--state", "done"), "--set")):
        code, out, err = cli("case", "checklist", ref, *args)
        assert code == 2 and words in err and "Traceback" not in err, (args, err)
    assert json.loads(cli("case", "checklist", ref, "--json")[1])["open"] == after["open"]
    # answered needs the override
    assert cli("case", "status", ref, "in-progress")[0] == 0
    code, _, err = cli("case", "status", ref, "answered")
    assert code == 2 and "still open" in err
    assert cli("case", "status", ref, "answered", "--override", "rest confirmed by phone",
               "--outcome", "erasure=granted", "--no-letter", "erasure=confirmed at the counter")[0] == 0


def test_cli_fee_unfounded_and_repeats(cli):
    assert cli("profile", "import", str(resource("samples", "ecomarket.toml")))[0] == 0
    refs = []
    for received in (date.today() - timedelta(days=40), date.today()):
        code, out, err = cli("case", "new", "--org", "ecomarket", "--name", "Bram Peeters", "--email", "b@example.be",
                             "--language", "nl", "--right", "access", "--received", received.isoformat())
        assert code == 0, err
        refs.append(out.strip())
    data = json.loads(cli("case", "repeats", refs[1], "--json")[1])
    assert [c["reference"] for c in data["earlier"]] == [refs[0]] and data["beyond_free"]
    code, _, err = cli("case", "fee", refs[1], "--asked", "twelve")
    assert code == 2 and "--asked" in err
    code, out, err = cli("case", "fee", refs[1], "--asked", "12,50")
    assert code == 0 and "12.50" in out, err
    code, out, err = cli("case", "unfounded", refs[1], "--reason", "Same request every week.")
    assert code == 0 and "refused" in out, err


def test_the_access_letter_leaves_out_the_activities_marked_not_concerned(samples):
    from dsar_desk.desk.letters import request_for
    from dsar_desk.domain.letter_content import build_letter

    case = desk.create_case(draft(rights=["access"], language="fr"), "anna")
    profile = profile_of(get_organisation("ecomarket"))
    website = next(i for i in cl.items_of(case) if i.activity == "website-visits")
    cldesk.set_item(case, website.position, "not-concerned", "", "anna")
    req = request_for(case, "access", who="anna", details={"annexes": ["copie.pdf"]})
    assert req.not_concerned == {"website-visits"}
    # issue 15: the answer lists the activities where data were found; the others are marked first
    for item in cl.items_of(case):
        if item.action == "search" and item.state == "open":
            cldesk.set_item(case, item.position, "done" if item.activity == "newsletter" else "not-applicable",
                        "inscrit" if item.activity == "newsletter" else "rien trouvé", "anna")
    req = request_for(case, "access", who="anna", details={"annexes": ["copie.pdf"]})
    assert req.found == {"newsletter"} and not req.search_open
    text = build_letter(req, profile).plain_text()
    assert "Visites du site web et cookies" not in text
    assert "Compte client" not in text  # searched, nothing found: not in the answer
    assert "Newsletter (inscription automatique)" in text
