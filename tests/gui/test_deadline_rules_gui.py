"""Holiday region and identity pause rule, set from Organisations… → Deadline rules…"""

from datetime import date

from PySide6.QtWidgets import QDialog

from dsar_desk.desk import cases as desk
from dsar_desk.store import cases as store
from dsar_desk.store.organisations import get_organisation
from dsar_desk.ui.organisations import open_organisations


def test_alsace_moselle_moves_a_due_date_and_the_pause_rule_is_kept(qtbot, window, answers):
    queue, seen = answers
    # received Tue 25 Nov 2025: one month → Thu 25 Dec (Christmas) → Fri 26 Dec in France,
    # but 26 Dec is a public holiday in Moselle → Mon 29 Dec there.
    case = desk.create_case(desk.CaseDraft(organisation="maildrop", name="Marie Schmitt", email="m@example.fr",
                                             language="fr", rights=["access"], received=date(2025, 11, 25)),
                             "Anna Clerk")
    assert case.legal_limit == date(2025, 12, 26)

    def rules(dialog):
        assert dialog.objectName() == "deadline-rules"
        labels = [dialog.region.itemText(i) for i in range(dialog.region.count())]
        assert any(label.startswith("57") and "Moselle" in label for label in labels), labels
        dialog.region.setCurrentIndex(dialog.region.findData("57"))
        dialog.buttons_by_rule["restart"].setChecked(True)
        assert dialog.save()
        return QDialog.DialogCode.Accepted

    def organisations(dialog):
        dialog.select("maildrop")
        queue.insert(0, rules)
        assert dialog.findChild(type(dialog.list), "organisation-list") is not None
        assert dialog.deadline_rules()
        return QDialog.DialogCode.Accepted

    queue.append(organisations)
    open_organisations(window)
    assert not queue
    org = get_organisation("maildrop")
    assert (org.subdivision, org.pause_rule) == ("57", "restart")
    assert store.get_case(case.reference).legal_limit == date(2025, 12, 29)
    assert get_organisation("ecomarket").subdivision is None  # only the chosen organisation
