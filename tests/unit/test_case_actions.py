"""What a case allows is decided once (domain.actions) and enforced below both front ends: the
application layer refuses it, the CLI exits 2 with the same words, the case is left unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dsar_desk.__main__ import main
from dsar_desk.desk import cases as desk
from dsar_desk.desk import identity as idesk
from dsar_desk.domain import actions
from dsar_desk.domain.cases import CaseDraft, CaseRuleError, InvalidCase
from dsar_desk.domain.identity import IdentityDraft
from dsar_desk.store import cases as store
from dsar_desk.store.models import Event, IdentityCheck, Pause


def new_case(**changes):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be", language="nl",
                rights=["access"], received=date.today() - timedelta(days=3))
    base.update(changes)
    return desk.create_case(CaseDraft(**base), "anna")


def closed_case():
    case = new_case()
    desk.change_status(case, "in-progress", "anna")
    desk.change_status(case, "answered", "anna", override="answered by phone, confirmed by mail",
                       outcomes={"access": {"outcome": "granted", "no_letter": "answered by phone, confirmed by mail"}})
    desk.change_status(case, "closed", "anna", outcomes={"access": {"outcome": "granted"}})
    return store.get_case(case.reference)


def snapshot(case):
    c = store.get_case(case.reference)
    return (c.status, c.extended, c.due, Event.select().where(Event.case == c).count(),
            Pause.select().where(Pause.case == c).count(), IdentityCheck.select().where(IdentityCheck.case == c).count())


def run(db_path, capsys, *argv):
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_closed_case_allows_no_extension_no_identity_request_and_no_check(samples):
    case = closed_case()
    allowed = {a.name: a for a in store.actions_of(case)}
    for name in (actions.EXTEND, actions.REQUEST_IDENTITY, actions.IDENTITY_CHECK, actions.MARK_UNFOUNDED):
        assert not allowed[name].allowed and "closed" in allowed[name].reason
    assert allowed["status:in-progress"].allowed  # reopening stays possible
    before = snapshot(case)
    with pytest.raises(CaseRuleError, match="the case is closed"):
        desk.extend(case, "complex request", "anna")
    with pytest.raises(CaseRuleError, match="the case is closed"):
        desk.request_identity(case, "anna")
    with pytest.raises(CaseRuleError, match="the case is closed"):
        idesk.record_check(case, IdentityDraft(method="in-person", outcome="verified", checked_on=date.today()), "anna")
    assert snapshot(case) == before


def test_the_cli_refuses_the_same_with_exit_2_and_changes_nothing(db_path, samples, capsys):
    case = closed_case()
    before = snapshot(case)
    for argv in (("case", "extend", case.reference, "--reasons", "x"),
                 ("case", "identity-requested", case.reference),
                 ("case", "identity", case.reference, "--method", "in-person", "--outcome", "verified")):
        code, out, err = run(db_path, capsys, *argv)
        assert code == 2, (argv, out, err)
        assert "the case is closed" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
    assert snapshot(case) == before
    code, out, _ = run(db_path, capsys, "case", "show", case.reference)
    assert code == 0 and "extended" not in out.split("timeline:")[0]


def test_refusing_or_recording_a_withdrawal_needs_a_note_through_both(db_path, samples, capsys):
    case = new_case()
    with pytest.raises(InvalidCase) as err:
        desk.change_status(case, "refused", "anna", note="  ")
    assert err.value.problems[0].field == "note" and err.value.problems[0].code == "case.status-note-required"
    code, _, stderr = run(db_path, capsys, "case", "status", case.reference, "withdrawn")
    assert code == 2 and "say why the case is withdrawn" in stderr
    assert store.get_case(case.reference).status == "received"
    code, _, _ = run(db_path, capsys, "case", "status", case.reference, "withdrawn", "--note", "by phone")
    assert code == 0 and store.get_case(case.reference).status == "withdrawn"


def test_an_open_case_lists_what_it_allows(samples):
    case = new_case()
    allowed = {a.name for a in actions.allowed(store.facts_of(case), date.today())}
    assert {actions.REQUEST_IDENTITY, actions.EXTEND, actions.IDENTITY_CHECK, "status:in-progress",
            "status:refused", "status:withdrawn"} <= allowed
    assert actions.INFORMATION_RECEIVED not in allowed and "status:closed" not in allowed
    desk.request_identity(case, "anna")
    allowed = {a.name for a in actions.allowed(store.facts_of(store.get_case(case.reference)), date.today())}
    assert actions.INFORMATION_RECEIVED in allowed and actions.REQUEST_IDENTITY not in allowed


def test_an_unknown_command_is_refused_with_the_list_of_commands(db_path, capsys):
    code, out, err = run(db_path, capsys, "verfy")
    assert code == 2
    assert "invalid choice: 'verfy'" in err and "case" in err and "letter" in err
    assert not db_path.exists()  # nothing was opened, let alone the desktop app
