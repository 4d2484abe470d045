"""Issue 6 through the real widgets: the checklist pane, the override before "answered", the
intake's repeat hint, the organisation editor and the import preview."""

from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from dsar_desk.desk import cases as desk
from dsar_desk.desk.organisations import import_profile
from dsar_desk.domain.checklist import months_before
from dsar_desk.domain.profile import parse_profile
from dsar_desk.resources import resource
from dsar_desk.store import cases as store
from dsar_desk.store import checklist as cl
from dsar_desk.store.models import Event
from dsar_desk.store.organisations import get_organisation, profile_of


def erasure_case(name="Bram Peeters", email="bram@example.be"):
    case = desk.create_case(desk.CaseDraft(organisation="ecomarket", name=name, email=email, language="nl",
                                             rights=["erasure"]), "Anna Clerk")
    desk.change_status(case, "in-progress", "Anna Clerk")
    return case


def rows(tree):
    return [[tree.topLevelItem(i).text(c) for c in range(tree.columnCount())] for i in range(tree.topLevelItemCount())]


def test_checklist_pane_records_an_item_and_answered_asks_the_override(qtbot, window, answers):
    queue, seen = answers
    case = erasure_case()
    detail = window.open_case(case.id)
    panel = detail.checklist
    shown = rows(panel.tree)
    assert len(shown) == len(cl.items_of(case))
    assert any(r[1] == "Inform bpost (erasure)" and r[2] == "Open" for r in shown)
    assert "open" in panel.summary.text()

    # not applicable without a reason: told, nothing written
    bpost = next(i for i in cl.items_of(case) if i.target == "bpost")
    panel.select(bpost.position)
    panel.state.setCurrentIndex(panel.state.findData("not-applicable"))
    panel.note.setText("")
    panel.record.click()
    assert not panel.problem.isHidden() and "reason" in panel.problem.text()
    assert cl.items_of(case)[bpost.position - 1].state == "open"

    panel.state.setCurrentIndex(panel.state.findData("done"))
    qtbot.keyClicks(panel.note, "deletion asked by e-mail")
    panel.record.click()
    row = next(r for r in rows(detail.checklist.tree) if r[1] == "Inform bpost (erasure)")
    assert row[2] == "Done" and row[3] == "deletion asked by e-mail" and row[4] == "Anna Clerk" and row[5]
    timeline = [detail.timeline.topLevelItem(i).text(3) for i in range(detail.timeline.topLevelItemCount())]
    assert any("inform bpost (erasure): done" in t for t in timeline)

    # "Mark answered" with open items: cancel leaves the case as it was
    queue.append(lambda dialog: QDialog.DialogCode.Rejected)
    detail.findChild(type(detail.save_button), "to-answered").click()
    assert seen[-1].objectName() == "override-dialog" and seen[-1].items.count() == len(cl.open_items(case))
    assert store.get_case(case.reference).status == "in-progress"

    # an empty reason is not enough
    queue.append(lambda dialog: QDialog.DialogCode.Accepted)
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    detail.findChild(type(detail.save_button), "to-answered").click()
    assert "reason" in seen[-1].text()
    assert store.get_case(case.reference).status == "in-progress"

    def override(dialog):
        dialog.edit.setPlainText("Other recipients confirmed by phone")
        return QDialog.DialogCode.Accepted

    def answered_by_phone(dialog):  # no erasure letter was sent: the outcome, and why no letter is needed
        assert dialog.objectName() == "answer-case"
        dialog.outcome_boxes["erasure"].setCurrentIndex(dialog.outcome_boxes["erasure"].findData("granted"))
        dialog.no_letter_edits["erasure"].setText("confirmed by phone, the requester wanted no letter")
        return QDialog.DialogCode.Accepted

    queue.extend([override, answered_by_phone])
    detail.findChild(type(detail.save_button), "to-answered").click()
    assert store.get_case(case.reference).status == "answered"
    assert "Other recipients confirmed by phone" in Event.select().where(
        Event.case == case, Event.kind == "checklist-override").get().text
    assert not queue


def test_fee_and_unfounded_from_the_case_detail(qtbot, window, answers):
    queue, _ = answers
    case = erasure_case()
    detail = window.open_case(case.id)
    panel = detail.checklist
    panel.fee_asked.setText("twelve")
    assert panel.save_fee() is False and "Fee asked" in panel.money_problem.text()
    panel.fee_asked.setText("12,50")
    assert panel.save_fee() is True
    assert store.get_case(case.reference).fee_asked_cents == 1250
    assert detail.checklist.fee_asked.text() == "12.50"

    def reason(dialog):
        dialog.edit.setPlainText("Same request every week.")
        return QDialog.DialogCode.Accepted

    queue.append(reason)
    panel.unfounded_button.click()
    stored = store.get_case(case.reference)
    assert stored.unfounded and stored.status == "refused"
    assert "Same request every week." in detail.checklist.unfounded_label.text()


def test_intake_shows_earlier_requests_and_flags_a_repeat_access_request(qtbot, window, answers):
    queue, _ = answers
    today = date.today()
    desk.create_case(desk.CaseDraft(organisation="ecomarket", name="Noor Visser", email="noor@example.nl",
                                      language="nl", rights=["access"], received=months_before(today, 13)), "x")
    earlier = desk.create_case(desk.CaseDraft(organisation="ecomarket", name="Noor Visser", email="noor@example.nl",
                                                language="nl", rights=["access"],
                                                received=months_before(today, 11)), "x")
    texts = []

    def intake(dialog):
        f = dialog.fields
        f.organisation.setCurrentIndex(f.organisation.findData("ecomarket"))
        qtbot.keyClicks(f.email, "noor@example.nl")
        f.rights["erasure"].setChecked(True)
        dialog.repeat.refresh()
        texts.append((dialog.repeat.isHidden(), dialog.repeat.text(), dialog.repeat.check.beyond_free))
        f.rights["access"].setChecked(True)
        dialog.repeat.refresh()
        texts.append((dialog.repeat.isHidden(), dialog.repeat.text(), dialog.repeat.check.beyond_free))
        return QDialog.DialogCode.Rejected

    queue.append(intake)
    window.new_case()
    (hidden1, text1, beyond1), (hidden2, text2, beyond2) = texts
    assert not hidden1 and earlier.reference in text1 and not beyond1
    assert text1.count("ECO-") == 1  # the 13-month-old case is not listed
    assert not hidden2 and beyond2 and "fee may be" in text2


def test_organisation_editor_round_trip_with_the_transfer_warning(qtbot, window, answers, tmp_path):
    queue, seen = answers
    results = {}
    before_version = get_organisation("ecomarket").profile_version

    def organisations(dialog):
        assert dialog.objectName() == "organisations"
        dialog.select("ecomarket")

        def editor(ed):
            ed.tabs.setCurrentIndex(4)
            row = next(i for i, r in enumerate(ed.data["recipient"]) if r["id"] == "bpost")
            ed.recipient_list.setCurrentRow(row)
            assert ed.rec_name.text() == "bpost" and ed.rec_country.code() == "BE"
            assert ed.field_problem(ed.rec_country) == ""

            def bpost_warnings():
                ed.validate()
                return [ed.problems.item(i).text() for i in range(ed.problems.count())
                        if "Recipient 'bpost'" in ed.problems.item(i).text()]

            assert bpost_warnings() == []
            ed.rec_country.set_code("US")
            warnings = bpost_warnings()
            assert len(warnings) == 1 and "outside the EEA" in warnings[0] and warnings[0].startswith("Warning")
            assert "outside the EEA" in ed.field_problem(ed.rec_country)  # shown on the field itself
            assert ed.rec_country.styleSheet()
            assert ed.recipient_list.item(row).text().startswith("⚠")
            assert "outside the EEA" in ed.recipient_problems.text()  # under the recipient's form too
            ed.rec_safeguards.set_text("nl", "Standaardcontractbepalingen")
            ed.rec_safeguards.set_text("fr", "Clauses contractuelles types")
            assert bpost_warnings() == []
            assert ed.field_problem(ed.rec_country) == "" and not ed.rec_country.styleSheet()
            assert ed.recipient_problems.text() == "" and not ed.recipient_list.item(row).text().startswith("⚠")
            results["editor"] = ed.save()
            return ed.result()

        queue.append(editor)
        assert dialog.edit()
        results["listed"] = dialog.list.currentItem().text()
        results["exported"] = dialog.export_to("ecomarket", tmp_path / "ecomarket.toml")
        return QDialog.DialogCode.Accepted

    queue.append(organisations)
    window.organisations_action.trigger()
    assert not queue and results["editor"] and results["exported"]
    org = get_organisation("ecomarket")
    assert org.profile_version == before_version + 1
    assert f"register version {org.profile_version}" in results["listed"]
    saved = profile_of(org).data
    bpost = next(r for r in saved["recipient"] if r["id"] == "bpost")
    assert bpost["country"] == "US"
    assert bpost["safeguards"] == {"nl": "Standaardcontractbepalingen", "fr": "Clauses contractuelles types"}
    # everything not edited is as it was in the sample
    original = parse_profile(resource("samples", "ecomarket.toml").read_text(encoding="utf-8")).profile.data
    original_bpost = next(r for r in original["recipient"] if r["id"] == "bpost")
    assert {k: v for k, v in bpost.items() if k not in ("country", "safeguards")} == {
        k: v for k, v in original_bpost.items() if k != "country"}
    assert saved["processing"] == original["processing"] and saved["organisation"] == original["organisation"]
    # export, re-import: the same data, and no new version for the same text
    exported = (tmp_path / "ecomarket.toml").read_text(encoding="utf-8")
    check = parse_profile(exported)
    assert check.profile.data == saved
    assert not any("bpost" in str(w) for w in check.warnings)
    import_profile(exported)
    assert profile_of(get_organisation("ecomarket")).data == saved
    assert get_organisation("ecomarket").profile_version == org.profile_version


def test_editor_errors_stop_saving_and_are_listed(qtbot, window, answers):
    queue, seen = answers
    from dsar_desk.ui.register_editor import OrganisationEditor

    ed = OrganisationEditor("maildrop", window)
    qtbot.addWidget(ed)
    ed.org_name.setText("")
    check = ed.validate()
    assert any(p.path == "organisation.name" for p in check.errors)
    assert "required" in ed.field_problem(ed.org_name)
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    assert ed.save() is False
    assert "nothing was saved" in seen[-1].text()
    assert get_organisation("maildrop").name != ""
    # a new activity without recipients: the warning names it; stating "no one" clears it
    ed.org_name.setText("MAILDROP")
    ed.add_activity()
    ed.act_name.set_text("fr", "Nouvelle activité")
    ed.act_purposes.set_text("fr", "Une finalité")
    ed.act_data.set_text("fr", "Nom")
    ed.act_basis.setCurrentIndex(ed.act_basis.findData("consent"))
    ed.act_retention.set_text("fr", "Un an")
    ed.validate()
    new_id = ed.act_id.text()
    problems = [ed.problems.item(i).text() for i in range(ed.problems.count())]
    assert any(f"Activity '{new_id}' · recipients" in p and "no recipients" in p for p in problems)
    ed.act_no_recipients.setChecked(True)
    ed.validate()
    problems = [ed.problems.item(i).text() for i in range(ed.problems.count())]
    assert not any(f"Activity '{new_id}'" in p for p in problems)
    assert ed.save()
    assert profile_of(get_organisation("maildrop")).processing_by_id(new_id)["recipients"] == []


def test_import_over_an_existing_organisation_shows_the_changes_first(qtbot, window, answers, tmp_path):
    queue, seen = answers
    text = resource("samples", "ecomarket.toml").read_text(encoding="utf-8").replace(
        'name = "Nosto"', 'name = "Nosto Solutions"')
    path = tmp_path / "ecomarket.toml"
    path.write_text(text, encoding="utf-8")
    version = get_organisation("ecomarket").profile_version

    queue.append(lambda dialog: QDialog.DialogCode.Rejected)
    assert window.import_profile_file(path) is False
    preview = seen[-1]
    assert preview.objectName() == "import-preview"
    assert [preview.changes.item(i).text() for i in range(preview.changes.count())] == [
        "recipient 'nosto': name: Nosto → Nosto Solutions"]
    assert get_organisation("ecomarket").profile_version == version

    queue.append(lambda dialog: QDialog.DialogCode.Accepted)
    queue.append(lambda box: QMessageBox.StandardButton.Ok)  # "Profile imported"
    assert window.import_profile_file(path) is True
    assert get_organisation("ecomarket").profile_version == version + 1
    assert profile_of(get_organisation("ecomarket")).recipients["nosto"]["name"] == "Nosto Solutions"
