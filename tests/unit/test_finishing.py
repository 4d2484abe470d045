"""Closing means finished (issue 17), through the application layer and the CLI on a real SQLite file:
"answered" needs a reply letter sent per right (or an outcome with the reason no letter is needed),
closing takes the letters' outcomes, a letter that contradicts one sent is refused, the erasure
letter names who the checklist says was told, the last status change is undone with a new event,
every open search is marked done with one note."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.desk import checklist as cldesk
from dsar_desk.desk import letters as ldesk
from dsar_desk.domain import finishing
from dsar_desk.domain.cases import CaseDraft, CaseRuleError, InvalidCase
from dsar_desk.domain.checklist import ChecklistError
from dsar_desk.domain.letter_details import InvalidLetter
from dsar_desk.store import cases as store
from dsar_desk.store.answers import round_of
from dsar_desk.store.checklist import items_of
from dsar_desk.store.models import Case, Event
from tests.unit.test_letters_store import COPY, WHO, pdf_text, verify_identity

TODAY = date.today()


def ecomail_case(rights=("access", "erasure")) -> Case:
    return desk.create_case(CaseDraft(
        organisation="ecomail", name="Sanne de Vries", email="sanne@example.nl", address=["Dorpsstraat 1",
                                                                                          "1012 AB Amsterdam"],
        country="NL", language="nl", rights=list(rights), channel="email", received=TODAY - timedelta(days=5)), WHO)


def searched(case, found=("email-service", "billing")) -> None:
    """Data found in ``found``; every other activity does not concern the requester."""
    cldesk.build_checklist(case, WHO)
    for item in items_of(case):
        if item.action == "search" and item.state == "open":
            cldesk.set_item(case, item.position, "done" if item.activity in found else "not-concerned",
                            "gevonden" if item.activity in found else "", WHO)


def erased(case, except_inform=()) -> None:
    for item in items_of(case):
        if item.state == "open" and item.action == "act":
            cldesk.set_item(case, item.position, "done", "gewist", WHO)
        elif item.state == "open" and item.action == "inform" and item.target not in except_inform:
            cldesk.set_item(case, item.position, "done", "per e-mail gemeld", WHO)


def sent(letter):
    return ldesk.mark_sent(letter, "email", TODAY, None, WHO)


def fresh(case) -> Case:
    return store.get_case(case.reference)


# -------------------------------------------------------------------------- answered and closed

def test_answered_needs_a_letter_per_right_and_closing_takes_the_letters_outcomes(samples):
    case = ecomail_case()
    verify_identity(case)
    searched(case)
    desk.change_status(case, "in-progress", WHO)
    sent(ldesk.make_letter(case, "access", None, WHO, details=COPY))
    # the access answer went out, the erasure was never answered: not answered, not closable
    with pytest.raises(InvalidCase) as exc:
        desk.change_status(fresh(case), "answered", WHO, override="acts not under test here")
    assert [p.code for p in exc.value.problems] == ["answer.right-unanswered"]
    assert "Erasure: no letter answering it was sent" in str(exc.value)
    assert fresh(case).status == "in-progress"

    # the erasure letter is refused while the checklist says it is not done, or not everyone was told
    with pytest.raises(InvalidLetter) as exc:
        ldesk.make_letter(case, "erasure", None, WHO)
    codes = [p.code for p in exc.value.problems]
    assert codes == ["letter.gap-act-open", "letter.gap-inform-open"]
    assert "ILLIAD (ONLINE, Iliad-groep)" in str(exc.value) and "MAILCHANNELS" in str(exc.value)
    erased(case)
    letter = ldesk.make_letter(case, "erasure", None, WHO)
    text = pdf_text(bytes(letter.pdf)).replace("\n", " ")
    for name in ("ILLIAD (ONLINE, Iliad-groep)", "MAILCHANNELS", "ECL DIRECT SAS (Groupe STREGO)"):
        assert name in text  # Art. 19: who was told, as the checklist says
    sent(letter)

    desk.change_status(fresh(case), "answered", WHO)
    with pytest.raises(InvalidCase) as exc:  # the letter said everything was erased
        desk.change_status(fresh(case), "closed", WHO, outcomes={"erasure": {"outcome": "refused", "reason": "x"}})
    assert "answer.outcome-mismatch" in [p.code for p in exc.value.problems]
    assert "Erasure: “Refused” does not match what was sent" in str(exc.value) and "Granted" in str(exc.value)
    # access may be granted or partly granted by an access answer: the clerk says which
    with pytest.raises(InvalidCase, match="Access: choose the outcome"):
        desk.change_status(fresh(case), "closed", WHO)
    desk.change_status(fresh(case), "closed", WHO, outcomes={"access": {"outcome": "granted"}})
    data = store.case_dict(fresh(case))
    assert data["status"] == "closed"
    assert data["outcomes"] == {"access": {"outcome": "granted", "reason": ""},
                                "erasure": {"outcome": "granted", "reason": ""}}


def test_a_right_answered_without_a_letter_keeps_the_reason_in_the_timeline(samples):
    case = ecomail_case(rights=("erasure",))
    desk.change_status(case, "in-progress", WHO)
    with pytest.raises(InvalidCase, match="choose an outcome"):
        desk.change_status(case, "answered", WHO, override="x", outcomes={"erasure": {"no_letter": "by phone"}})
    with pytest.raises(InvalidCase, match="give the reason"):
        desk.change_status(case, "answered", WHO, override="x",
                           outcomes={"erasure": {"outcome": "refused", "no_letter": "by phone"}})
    desk.change_status(case, "answered", WHO, override="acts done by the host",
                       outcomes={"erasure": {"outcome": "granted", "no_letter": "answered by phone, confirmed "
                                                                                 "by e-mail on the same day"}})
    kinds = [(e.kind, e.field, e.new, e.text) for e in store.events_of(fresh(case))][-2:]
    assert kinds[0][:3] == ("outcome", "erasure", "granted")
    assert kinds[1] == ("no-letter", "erasure", "", "answered by phone, confirmed by e-mail on the same day")
    desk.change_status(fresh(case), "closed", WHO)  # the outcome recorded then is the closing one
    assert json.loads(fresh(case).outcomes)["erasure"]["outcome"] == "granted"


# -------------------------------------------------------------------------- contradictions

def test_a_no_data_letter_after_an_access_answer_is_refused(samples):
    case = ecomail_case(rights=("access",))
    verify_identity(case)
    searched(case)
    sent(ldesk.make_letter(case, "access", None, WHO, details=COPY))
    with pytest.raises(InvalidLetter) as exc:
        ldesk.make_letter(case, "no-data", None, WHO)
    assert [p.code for p in exc.value.problems] == ["answer.no-data-after-answer"]
    assert "told the requester which data are held" in str(exc.value)
    # a second version of the same answer is no contradiction
    assert ldesk.make_letter(case, "access", None, WHO, details=COPY).version == 2


def test_an_erasure_granted_after_a_refusal_is_refused_until_the_case_is_reopened(samples):
    case = ecomail_case(rights=("erasure",))
    desk.change_status(case, "refused", WHO, note="the data are needed for a pending claim")
    sent(ldesk.make_letter(fresh(case), "refusal", None, WHO))
    searched(case)
    erased(case)
    with pytest.raises(InvalidLetter) as exc:
        ldesk.make_letter(fresh(case), "erasure", None, WHO)
    assert [p.code for p in exc.value.problems] == ["answer.letter-contradicts"]
    assert "Refused" in str(exc.value) and "reopen the case" in str(exc.value)
    # the refused case closes: the refusal letter answered every right
    desk.change_status(fresh(case), "closed", WHO)
    assert json.loads(fresh(case).outcomes)["erasure"]["outcome"] == "refused"
    # reopened (the claim was settled): a new round, a new answer
    desk.change_status(fresh(case), "in-progress", WHO)
    assert round_of(fresh(case)).started_after > 0
    letter = ldesk.make_letter(fresh(case), "erasure", None, WHO)
    assert letter.kind == "erasure"


def test_the_erasure_letter_names_only_who_the_checklist_says_was_told(samples):
    case = ecomail_case(rights=("erasure",))
    searched(case)
    erased(case, except_inform=("mailchannels",))
    with pytest.raises(InvalidLetter) as exc:
        ldesk.make_letter(case, "erasure", None, WHO)
    assert [p.code for p in exc.value.problems] == ["letter.gap-inform-open"]
    inform = next(i for i in items_of(case) if i.target == "mailchannels" and i.state == "open")
    cldesk.set_item(case, inform.position, "not-applicable", "routing only: nothing stored (Art. 19)", WHO)
    with pytest.raises(InvalidLetter) as exc:  # the clerk cannot name someone the checklist did not tell
        ldesk.make_letter(case, "erasure", None, WHO, details={"recipients_informed": ["mailchannels"]})
    assert [p.field for p in exc.value.problems] == ["recipients_informed"]
    text = pdf_text(bytes(ldesk.make_letter(case, "erasure", None, WHO).pdf)).replace("\n", " ")
    assert "ILLIAD" in text and "MAILCHANNELS" not in text


def test_an_exception_recorded_in_the_checklist_goes_in_the_erasure_letter(samples):
    case = ecomail_case(rights=("erasure",))
    searched(case)
    act = next(i for i in items_of(case) if i.action == "act" and i.activity == "billing")
    cldesk.set_item(case, act.position, "done", "facturen 7 jaar bewaard (fiscale plicht)", WHO,
                    exception="legal-obligation")
    erased(case)
    with pytest.raises(InvalidLetter) as exc:  # the checklist keeps data under Art. 17(3)(b): the letter says so
        ldesk.make_letter(case, "erasure", None, WHO, details={"erasure_exception": "legal-claims"})
    assert [p.code for p in exc.value.problems] == ["letter.gap-exception-checklist"]
    letter = ldesk.make_letter(case, "erasure", None, WHO)  # the exception taken from the checklist
    assert json.loads(letter.details)["erasure_exception"] == "legal-obligation"
    assert "facturen 7 jaar bewaard" in pdf_text(bytes(letter.pdf)).replace("\n", " ")
    sent(letter)
    desk.change_status(fresh(case), "in-progress", WHO)
    desk.change_status(fresh(case), "answered", WHO)
    with pytest.raises(InvalidCase, match="Erasure"):  # the data kept: only partly granted
        desk.change_status(fresh(case), "closed", WHO, outcomes={"erasure": {"outcome": "granted"}})
    desk.change_status(fresh(case), "closed", WHO)
    assert json.loads(fresh(case).outcomes)["erasure"]["outcome"] == "partly-granted"


# -------------------------------------------------------------------------- undo

def test_the_last_status_change_is_undone_with_a_new_event(samples):
    case = ecomail_case(rights=("erasure",))
    desk.change_status(case, "in-progress", WHO)
    desk.change_status(fresh(case), "answered", WHO, override="x",
                       outcomes={"erasure": {"outcome": "granted", "no_letter": "by phone"}})
    events_before = Event.select().where(Event.case == case).count()
    assert desk.undo_status_change(fresh(case), WHO) == "in-progress"
    case = fresh(case)
    assert case.status == "in-progress" and case.outcomes == ""
    events = store.events_of(case)
    assert len(events) == events_before + 1  # append-only: the change stays, the undo is added
    assert (events[-1].kind, events[-1].old, events[-1].new) == ("status-undo", "answered", "in-progress")
    assert "undoes the change in progress → answered" in events[-1].text
    # an undo is not undone; after it, the change before it is not undoable either
    with pytest.raises(CaseRuleError, match="already undone"):
        desk.undo_status_change(case, WHO)
    # a closing undone gives the case back its answered outcomes
    desk.change_status(case, "answered", WHO, override="x",
                       outcomes={"erasure": {"outcome": "granted", "no_letter": "by phone"}})
    desk.change_status(fresh(case), "closed", WHO)
    assert desk.undo_status_change(fresh(case), WHO) == "answered"
    assert json.loads(fresh(case).outcomes)["erasure"]["no_letter"] == "by phone"


def test_undo_only_the_last_thing_done_by_the_same_clerk_within_the_hour(samples, backend):
    case = ecomail_case(rights=("erasure",))
    desk.change_status(case, "in-progress", WHO)
    if backend == "sqlite":  # on a team's server the clerk is the login: one login here
        with pytest.raises(CaseRuleError, match="only they can undo it"):
            desk.undo_status_change(fresh(case), "Bert Other")
    with pytest.raises(CaseRuleError, match="more than 60 minutes ago"):
        desk.undo_status_change(fresh(case), WHO, at=datetime.utcnow() + timedelta(minutes=61))
    desk.add_note(fresh(case), "called the requester", WHO)
    with pytest.raises(CaseRuleError, match="only a status change that is the last thing done"):
        desk.undo_status_change(fresh(case), WHO)
    assert fresh(case).status == "in-progress"


def test_the_rules_of_undo_in_the_domain():
    at = datetime(2026, 3, 2, 10, 0)
    events = [(1, "created", "", "", "", "", WHO, at), (2, "status", "status", "received", "in-progress", "", WHO, at),
              (3, "status", "status", "in-progress", "answered", "", WHO, at),
              (4, "outcome", "access", "", "granted", "Granted", WHO, at),
              (5, "no-letter", "access", "", "", "by phone", WHO, at)]
    state = finishing.replay(events)
    assert state.last_change.new == "answered" and state.outcomes() == {
        "access": {"outcome": "granted", "reason": "", "no_letter": "by phone"}}
    assert finishing.undo_problem(state, WHO, at) is None
    state = finishing.replay(events + [(6, "status-undo", "status", "answered", "in-progress", "", WHO, at)])
    assert state.last_change.new == "in-progress" and state.outcomes() == {}
    reopened = finishing.replay(events + [(6, "status", "status", "answered", "in-progress", "", WHO, at)])
    assert reopened.started_after == 6 and reopened.outcomes() == {}
    assert finishing.needs_confirmation("answered", "in-progress") and not finishing.needs_confirmation(
        "received", "in-progress")


# -------------------------------------------------------------------------- one note for every search

def test_every_open_search_is_marked_done_with_one_note(samples):
    case = ecomail_case()
    with pytest.raises(ChecklistError, match="say what was found"):
        cldesk.mark_searches_done(case, "  ", WHO)
    first = next(i for i in items_of(case) if i.action == "search")
    cldesk.set_item(case, first.position, "not-concerned", "", WHO)
    marked = cldesk.mark_searches_done(case, "klantgegevens gevonden in elk systeem", WHO)
    searches = [i for i in items_of(case) if i.action == "search"]
    assert {i.position for i in marked} == {i.position for i in searches if i.state == "done"}
    assert all(i.state in ("done", "not-concerned") for i in searches)
    assert all(i.note == "klantgegevens gevonden in elk systeem" and i.who == WHO for i in marked)
    assert any(i.action == "act" and i.state == "open" for i in items_of(case))  # the acts are not touched
    event = store.events_of(case)[-1]
    assert event.kind == "checklist" and f"{len(marked)} search item(s) marked done" in event.text
    with pytest.raises(ChecklistError, match="no search item of the checklist is still open"):
        cldesk.mark_searches_done(case, "again", WHO)


# -------------------------------------------------------------------------- the same through the CLI

@pytest.fixture
def cli(db_path, capsys, samples):
    def run(*argv):
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_cli_refuses_what_the_desk_refuses(cli, tmp_path):
    case = ecomail_case(rights=("access",))
    verify_identity(case)
    ref = case.reference
    for item in items_of(case):  # ECOMAIL's register describes these activities fully (issue 15)
        if item.action == "search" and item.activity not in ("email-service", "billing"):
            cldesk.set_item(case, item.position, "not-concerned", "", WHO)
    code, out, err = cli("case", "checklist", ref, "--searches-done")
    assert code == 2 and "say what was found" in err
    code, out, err = cli("case", "checklist", ref, "--searches-done", "--note", "gevonden")
    assert code == 0, err
    assert "search item(s) marked done" in out
    assert cli("case", "status", ref, "in-progress")[0] == 0
    code, _, err = cli("case", "status", ref, "answered")
    assert code == 2 and "Access: no letter answering it was sent" in err and "Traceback" not in err
    letter = ldesk.make_letter(fresh(case), "access", None, WHO, details=COPY)
    assert cli("letter", ref, "--mark-sent", str(letter.id), "--method", "email")[0] == 0
    code, _, err = cli("letter", ref, "--kind", "no-data", "-o", str(tmp_path))
    assert code == 2 and "would say the opposite" in err
    assert cli("case", "status", ref, "answered")[0] == 0
    code, out, err = cli("case", "undo", ref)
    assert code == 0 and "back to in-progress" in out, err
    assert store.get_case(ref).status == "in-progress"
    code, _, err = cli("case", "undo", ref)
    assert code == 2 and "already undone" in err
    code, _, err = cli("case", "status", ref, "answered", "--no-letter", "access")
    assert code == 2 and "--no-letter 'access': write RIGHT=WHY" in err


# -------------------------------------------------------------------------- identity: the policy's method

def test_another_method_than_the_policy_asks_needs_a_reason_in_the_cli_too(cli):
    case = ecomail_case(rights=("access",))  # ECOMAIL's policy: an identity document
    ref = case.reference
    from dsar_desk.store.identity import disclosure_block

    block = disclosure_block(case)  # in words, never the profile's code
    assert "“Identity document seen”" in block and "id-copy" not in block
    code, _, err = cli("case", "identity", ref, "--method", "in-person", "--outcome", "verified")
    assert code == 2 and "policy asks for “Identity document seen”" in err and "Traceback" not in err
    code, out, err = cli("case", "identity", ref, "--method", "in-person", "--outcome", "verified",
                         "--reason", "came to the office with her identity card")
    assert code == 0, err


# -------------------------------------------------------------------------- the list as CSV

def test_the_case_list_exports_as_an_owner_only_csv_that_says_it_holds_personal_data(cli, tmp_path):
    import csv
    import stat

    from dsar_desk.desk.exports import export_case_list
    from dsar_desk.store.case_list import CaseFilter

    first = ecomail_case(rights=("access",))
    second = ecomail_case(rights=("erasure", "objection"))
    desk.change_status(second, "in-progress", WHO)
    result = export_case_list(CaseFilter(status="open"), tmp_path / "lijst")
    assert result.path == tmp_path / "lijst.csv" and result.rows == 2
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    rows = list(csv.reader(result.path.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0].startswith("This file holds personal data")
    assert rows[1] == ["Reference", "Requester", "Email", "Rights", "Organisation", "Received", "Due", "Days left",
                       "Status", "Assignee"]
    by_ref = {r[0]: r for r in rows[2:]}
    assert by_ref[second.reference][3] == "Erasure, Objection" and by_ref[second.reference][8] == "In progress"
    assert by_ref[first.reference][1] == "Sanne de Vries" and int(by_ref[first.reference][7]) > 0

    target = tmp_path / "cases.csv"
    code, out, err = cli("case", "list", "--status", "in-progress", "--csv", "-o", str(target))
    assert code == 0, err
    assert "1 case(s) written" in out and "personal data" in out
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("This file holds personal data") and len(lines) == 3 and second.reference in lines[2]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for args, words in ((("--csv",), "go together"), (("-o", str(target)), "go together"),
                        (("--csv", "-o", str(tmp_path / "no" / "such.csv")), "existing folder"),
                        (("--csv", "--json", "-o", str(target)), "choose one")):
        code, _, err = cli("case", "list", *args)
        assert code == 2 and words in err, (args, err)
