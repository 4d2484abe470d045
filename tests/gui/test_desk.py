"""The desk driven through its real widgets, offscreen."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox

from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import OPEN_STATUSES
from dsar_desk.store import cases as store
from dsar_desk.store.models import Case


def type_text(qtbot, widget, text):
    """Type ASCII with real key clicks; QTest cannot synthesise other keys, so insert those."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            widget.insert(ch) if hasattr(widget, "insert") else widget.insertPlainText(ch)


def fill_intake(qtbot, dialog, name="Zoë Ørsted", email="zoe@example.dk"):
    fields = dialog.fields
    fields.organisation.setCurrentIndex(fields.organisation.findData("ecomarket"))
    type_text(qtbot, fields.name, name)
    type_text(qtbot, fields.email, email)
    fields.address.setPlainText("Nørregade 10\n1165 København K")
    fields.country.set_code("DK")
    fields.language.setCurrentIndex(fields.language.findData("fr"))
    fields.rights["access"].setChecked(True)
    fields.rights["erasure"].setChecked(True)
    fields.channel.setCurrentIndex(fields.channel.findData("letter"))
    received = date.today() - timedelta(days=2)
    fields.received.setDate(QDate(received.year, received.month, received.day))
    type_text(qtbot, fields.summary, "Demande d'accès et d'effacement")


def click_save(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return dialog.result()


def test_intake_search_open_change_status_timeline(qtbot, window, answers, tmp_path):
    queue, _ = answers
    scan = tmp_path / "lettre.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned letter")

    def intake(dialog):
        fill_intake(qtbot, dialog)
        assert dialog.add_files([scan]) == []
        return click_save(dialog)

    queue.append(intake)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not queue, "Ctrl+N did not open the intake dialog"
    case = Case.get()
    assert case.requester_name == "Zoë Ørsted"
    assert case.right_list == ["access", "erasure"]
    assert case.language == "fr"
    assert [a.filename for a in store.attachments_of(case)] == ["lettre.pdf"]

    # find it by searching as you type (accents not needed)
    qtbot.keyClicks(window.search, "orsted")
    qtbot.waitUntil(lambda: window.model.filter.text == "orsted", timeout=2000)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == case.reference
    assert window.model.index(0, 1).data() == "Zoë Ørsted"

    # open it and move it on
    detail = window.open_case_at(0)
    assert case.reference in detail.title.text()
    assert detail.fields.name.text() == "Zoë Ørsted"
    button = detail.findChild(type(detail.save_button), "to-in-progress")
    assert button is not None
    assert detail.findChild(type(detail.save_button), "to-closed") is None  # not offered yet
    button.click()
    assert store.get_case(case.reference).status == "in-progress"
    timeline = [detail.timeline.topLevelItem(i).text(3) for i in range(detail.timeline.topLevelItemCount())]
    assert any("Received → In progress" in line for line in timeline)
    assert any("lettre.pdf" in line for line in timeline)
    whos = {detail.timeline.topLevelItem(i).text(1) for i in range(detail.timeline.topLevelItemCount())}
    assert whos == {"Anna Clerk"}
    # the list follows
    assert window.model.index(0, 7).data() == "In progress"


def test_invalid_intake_shows_the_problems_and_saves_nothing(qtbot, window, answers):
    queue, _ = answers
    seen_errors = []

    def intake(dialog):
        fill_intake(qtbot, dialog, name="", email="zoe-at-example")
        dialog.fields.rights["access"].setChecked(False)
        dialog.fields.rights["erasure"].setChecked(False)
        result = click_save(dialog)
        seen_errors.append(dialog.errors.text())
        assert not dialog.errors.isHidden()
        assert "border" in dialog.fields.email.styleSheet()
        assert "border" in dialog.fields.name.styleSheet()
        assert dialog.fields.country.styleSheet() == ""
        return result

    queue.append(intake)
    assert window.new_case() is None
    text = seen_errors[0]
    assert "Requester name: is required" in text
    assert "Email: 'zoe-at-example' is not an email address" in text
    assert "Rights asked: tick at least one right asked" in text
    assert Case.select().count() == 0


def test_edit_in_detail_records_old_and_new(qtbot, window):
    case = desk.create_case(desk.CaseDraft(organisation="maildrop", name="Inès Lambert", email="ines@example.fr",
                                             language="fr", rights=["rectification"]), "Anna Clerk")
    window.reload()
    detail = window.open_case(case.id)
    detail.fields.email.setText("bad address")
    detail.save_button.click()
    assert detail.errors.isVisible() and "Email" in detail.errors.text()
    assert store.get_case(case.reference).requester_email == "ines@example.fr"
    detail.fields.email.setText("ines.lambert@example.fr")
    detail.save_button.click()
    assert not detail.errors.isVisible()
    last = detail.timeline.topLevelItem(detail.timeline.topLevelItemCount() - 1).text(3)
    assert last == "Email: ines@example.fr → ines.lambert@example.fr"  # the field by its name


def test_closing_asks_the_outcome_the_letters_leave_open(qtbot, window, answers):
    """Closing means finished: a right answered by a letter takes its outcome from it (the clerk
    chooses where the letter allows two), one answered without a letter keeps what was recorded."""
    from dsar_desk.desk import letters as ldesk
    from tests.gui.test_letters_gui import mark_searches, verify_identity

    queue, seen = answers
    case = desk.create_case(desk.CaseDraft(organisation="ecomarket", name="Bram Peeters", email="bram@example.be",
                                             language="nl", rights=["access", "erasure"]), "Anna Clerk")
    desk.change_status(case, "in-progress", "Anna Clerk")
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    letter = ldesk.make_letter(store.get_case(case.reference), "access", None, "Anna Clerk",
                               details={"annexes": ["kopie.pdf"]})
    ldesk.mark_sent(letter, "email", date.today(), None, "Anna Clerk")
    desk.change_status(store.get_case(case.reference), "answered", "Anna Clerk", override="not under test here",
                       outcomes={"erasure": {"outcome": "refused", "reason": "Art. 17(3)(b): accounting records",
                                             "no_letter": "told by phone"}})
    detail = window.open_case(case.id)

    def outcome_left_open(dialog):
        assert "answered by the letter" in dialog.findChild(QLabel, "answered-access").text()
        assert not dialog.outcome_boxes["erasure"].isEnabled()  # recorded when it was answered
        return QDialog.DialogCode.Accepted

    def warning(box):
        assert isinstance(box, QMessageBox) and "Access" in box.text() and "choose the outcome" in box.text()
        return QMessageBox.StandardButton.Ok

    def granted(dialog):
        dialog.outcome_boxes["access"].setCurrentIndex(dialog.outcome_boxes["access"].findData("granted"))
        return QDialog.DialogCode.Accepted

    queue.extend([outcome_left_open, warning, granted])
    detail.findChild(type(detail.save_button), "to-closed").click()
    assert not queue
    closed = store.get_case(case.reference)
    assert closed.status == "closed"
    timeline = [detail.timeline.topLevelItem(i).text(3) for i in range(detail.timeline.topLevelItemCount())]
    assert "Access: Granted" in timeline and "Erasure: Refused: Art. 17(3)(b): accounting records" in timeline


def test_filters_and_urgent_rows_stand_out(qtbot, window):
    today = date.today()
    late = desk.create_case(desk.CaseDraft(organisation="ecomail", name="Daan Visser", email="d@example.nl",
                                             language="nl", rights=["access"],
                                             received=today - timedelta(days=45)), "Anna Clerk")
    desk.create_case(desk.CaseDraft(organisation="ecomail", name="Noor Bakker", email="n@example.nl",
                                      language="nl", rights=["access"], received=today), "Sophie")
    with qtbot.waitSignal(window.today.refreshed, timeout=10_000):  # the badge: counted off the UI thread
        window.reload()
    assert window.model.rowCount() == 2
    window.overdue.setChecked(True)
    assert window.model.rowCount() == 1
    assert window.model.index(0, 0).data() == late.reference
    assert window.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert int(window.model.index(0, 6).data()) < 0
    assert "overdue" in window.windowTitle()
    window.overdue.setChecked(False)
    window.mine.setChecked(True)
    assert window.model.rowCount() == 1
    window.mine.setChecked(False)
    window.status_filter.setCurrentIndex(window.status_filter.findData("closed"))
    assert window.model.rowCount() == 0
    assert window.empty_hint.isVisible()
    # sorting on a column asks SQL again
    window.status_filter.setCurrentIndex(0)
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert window.model.index(0, 1).data() == "Noor Bakker"


def test_first_start_offers_the_samples(qtbot, db, answers):
    from dsar_desk.store.models import Organisation
    from dsar_desk.ui.main_window import MainWindow

    queue, _ = answers
    w = MainWindow("Anna Clerk")
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.empty_hint.isVisible()

    def choose_samples(box):
        button = next(b for b in box.buttons() if b.text() == "Load the samples")
        button.click()
        return 0

    queue.append(choose_samples)
    w.offer_first_start()
    qtbot.waitUntil(lambda: Organisation.select().count() == 3 and Case.select().count() == 60, timeout=20000)
    # the list starts on the cases still owing an answer; "All statuses" shows the 60
    open_cases = Case.select().where(Case.status.in_(OPEN_STATUSES)).count()
    assert 0 < open_cases < 60
    qtbot.waitUntil(lambda: w.model.rowCount() == open_cases, timeout=5000)
    w.status_filter.setCurrentIndex(w.status_filter.findData(None))
    assert w.model.rowCount() == 60
    assert w.org_filter.count() == 4


def test_a_closed_case_offers_only_what_it_allows(qtbot, window):
    """The case detail shows the actions of domain.actions: a closed case can be reopened, not
    extended, asked for identity or checked (the same refusal as the CLI's)."""
    from PySide6.QtWidgets import QPushButton

    from dsar_desk.domain.cases import CaseDraft

    case = desk.create_case(CaseDraft(organisation="ecomarket", name="Bram Peeters", email="bram@example.be",
                                      language="nl", rights=["access"]), "Anna Clerk")
    desk.change_status(case, "in-progress", "Anna Clerk")
    desk.change_status(case, "answered", "Anna Clerk", override="answered at the desk",
                       outcomes={"access": {"outcome": "granted", "no_letter": "handed over at the desk"}})
    desk.change_status(case, "closed", "Anna Clerk", outcomes={"access": {"outcome": "granted"}})
    detail = window.open_case(case.id)
    names = {b.objectName() for b in detail.findChildren(QPushButton) if b.isVisibleTo(detail)}
    assert "to-in-progress" in names
    assert not names & {"extend", "identity-requested", "identity-received", "to-answered", "to-refused"}
    check = detail.findChild(QPushButton, "identity-check")
    assert not check.isEnabled() and "the case is closed" in check.toolTip()
