"""Deadlines in the desktop app: extension, identity pauses, the Today view, reminders, .ics export."""

from datetime import date, datetime, timedelta

from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.store import cases as store
from dsar_desk.ui.text import format_long_date


def new_case(received, org="ecomail", assignee="Anna Clerk", name="Noor Bakker"):
    return desk.create_case(CaseDraft(organisation=org, name=name, email="noor@example.nl",
                                       language="nl" if org != "maildrop" else "fr", rights=["access"],
                                       received=received, assignee=assignee), "Anna Clerk")


def reload(qtbot, window):
    """The list again, and the Today view once counted (off the UI thread)."""
    with qtbot.waitSignal(window.today.refreshed, timeout=10_000):
        window.reload()


def remind(qtbot, controller):
    """A reminder check, counted off the UI thread: its Reminder."""
    with qtbot.waitSignal(controller.reminder_checked, timeout=10_000) as checked:
        controller.remind()
    return checked.args[0]


def button(detail, name):
    """The action button as the clerk sees it now (replaced buttons wait for deleteLater)."""
    for i in range(detail.actions.count()):
        widget = detail.actions.itemAt(i).widget()
        if isinstance(widget, QPushButton) and widget.objectName() == name:
            return widget
    return None


def timeline(detail):
    return [(detail.timeline.topLevelItem(i).text(2), detail.timeline.topLevelItem(i).text(3))
            for i in range(detail.timeline.topLevelItemCount())]


def test_extend_asks_reasons_shows_the_new_date_and_offers_the_letter(qtbot, window, answers):
    queue, seen = answers
    case = new_case(date.today() - timedelta(days=5))
    detail = window.open_case(case.id)
    first_due = case.due

    # no reasons: refused, and the clerk is told why; nothing changes
    queue.append(lambda d: QDialog.DialogCode.Accepted)
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    button(detail, "extend").click()
    assert "reasons" in seen[-1].text()
    assert store.get_case(case.reference).extended is False

    def reasons(dialog):
        dialog.edit.setPlainText("Drie systemen moeten met de hand doorzocht worden.")
        return QDialog.DialogCode.Accepted

    offers = []

    def offer(box):
        offers.append(box.text())
        return QMessageBox.StandardButton.Yes

    queue.extend([reasons, offer])
    button(detail, "extend").click()
    assert not queue
    extended = store.get_case(case.reference)
    assert extended.extended and extended.due > first_due
    assert format_long_date(extended.due) in detail.deadline.text()
    assert "extended" in detail.deadline.text()
    assert "three months" in detail.deadline.text()  # the explanation says why
    assert ("Deadline extended", f"{first_due.isoformat()} → {extended.due.isoformat()}: "
            "Drie systemen moeten met de hand doorzocht worden.") in timeline(detail)
    assert button(detail, "extend") is None  # only once
    # the extension letter is offered, and accepting opens it on the extension letter
    assert "extension letter" in offers[0] and format_long_date(extended.due) in offers[0]
    letters = getattr(detail, "letters_dialog", None)
    assert letters is not None and not letters.isHidden()
    qtbot.addWidget(letters)
    assert letters.kind.currentData() == "extension"
    reload(qtbot, window)
    assert window.today.view.section_texts("extended") == [case.reference]


def test_extension_after_the_first_limit_is_refused(qtbot, window, answers):
    queue, seen = answers
    case = new_case(date.today() - timedelta(days=45))
    detail = window.open_case(case.id)

    # the rules say no before the clerk types reasons: the button is there, disabled, and says why
    extend = button(detail, "extend")
    assert not extend.isEnabled() and "Too late to extend" in extend.toolTip()
    extend.click()
    assert not seen and store.get_case(case.reference).extended is False


def test_identity_requested_and_received_move_the_due_date_by_the_days_waited(qtbot, window, answers):
    queue, _ = answers
    received = date.today() - timedelta(days=20)
    case = new_case(received, org="maildrop")
    detail = window.open_case(case.id)
    before = store.deadline_of(case)

    def on(day):
        def answer(dialog):
            assert dialog.objectName() == "date-dialog"
            dialog.set_date(day)
            return QDialog.DialogCode.Accepted
        return answer

    queue.append(on(received + timedelta(days=2)))
    button(detail, "identity-requested").click()
    assert "Awaiting identity" in detail.title.text()
    assert "waiting for the requester" in detail.deadline.text()
    assert button(detail, "identity-requested") is None

    queue.append(on(received + timedelta(days=12)))
    button(detail, "identity-received").click()
    after = store.get_case(case.reference)
    assert after.status == "in-progress"
    assert store.deadline_of(after).waited_days == 10
    # one month + 10 days, then the working-day rule: 10 to 12 days after the plain one-month
    # date (not after `before.legal_limit`, which may itself have been moved off a weekend)
    from dateutil.relativedelta import relativedelta

    one_month = received + relativedelta(months=1)
    assert 10 <= (after.legal_limit - one_month).days <= 12
    assert after.legal_limit > before.legal_limit
    assert format_long_date(after.due) in detail.deadline.text()
    assert "10 days waited" in detail.deadline.text()
    kinds = [what for what, _ in timeline(detail)]
    assert kinds.count("Waiting for requester") == 2 and "Due date moved" in kinds
    # a date before the request was asked is refused by the dialog itself (minimum date)
    queue.append(lambda dialog: (dialog.set_date(received - timedelta(days=30)),
                                 QDialog.DialogCode.Rejected)[1])
    button(detail, "identity-requested").click()
    assert store.get_case(case.reference).status == "in-progress"


def test_today_view_lists_overdue_cases_counts_per_assignee_and_opens_a_case(qtbot, window):
    today = date.today()
    late = new_case(today - timedelta(days=50), assignee="Sophie Martin", name="Daan Visser")
    new_case(today - timedelta(days=49), assignee="Sophie Martin", name="Bram Peeters")
    fresh = new_case(today, assignee="Anna Clerk")
    reload(qtbot, window)
    view = window.today.view
    assert not window.today.dock.isHidden()
    assert view.section_title("overdue") == "Overdue (2)"
    assert view.tree.isExpanded(view.section_index("overdue"))
    assert view.section_texts("overdue")[0] == late.reference
    assert view.section_texts("overdue", 4)[0] == "Sophie Martin"
    assert "overdue by" in view.section_texts("overdue", 3)[0]
    assert fresh.reference not in view.section_texts("overdue")
    assert not any("Daan" in text for column in range(6) for text in view.section_texts("overdue", column))
    counts = view.assignee_texts()
    assert counts["Sophie Martin"] == ["2", "0", "0", "0", "0", "2"]
    assert counts["Anna Clerk"][5] == "1" and counts["Anna Clerk"][0] == "0"

    # double-click opens the case, as the case list does
    rect = view.tree.visualRect(view.model.index(0, 0, view.section_index("overdue")))
    point = QPoint(rect.left() + 8, rect.center().y())
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a real double-click
    qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)  # starts with a press
    assert late.id in window.details
    qtbot.addWidget(window.details[late.id])
    assert late.reference in window.details[late.id].title.text()

    # the title badge: overdue + due within 7 days
    assert window.windowTitle().startswith("DSAR Desk (2) — 2 overdue")
    # Ctrl+T hides and shows the view
    window.today.show_action.trigger()
    assert window.today.dock.isHidden()
    window.today.show_action.trigger()
    assert not window.today.dock.isHidden()


def test_the_title_badge_follows_the_cases(qtbot, window):
    assert window.windowTitle() == "DSAR Desk"
    case = new_case(date.today() - timedelta(days=40))
    reload(qtbot, window)
    assert window.windowTitle().startswith("DSAR Desk (1) — 1 overdue")
    desk.change_status(case, "withdrawn", "Anna Clerk", note="no longer wanted")
    reload(qtbot, window)
    assert window.windowTitle() == "DSAR Desk"


def test_reminder_banner_without_a_system_tray(qtbot, window):
    controller = window.today
    assert not controller.tray_available()  # offscreen: no system tray
    case = new_case(date.today() - timedelta(days=40))
    now = datetime.now()
    controller.last_reminded = None
    with qtbot.waitSignal(controller.reminded):  # after the morning update, off the UI thread
        assert controller.check_reminders(now)
    assert not controller.banner.isHidden()
    assert case.reference in controller.banner.text.text()
    assert "1 overdue" in controller.banner.text.text()
    controller.banner.dismiss.click()
    assert controller.banner.isHidden()
    assert not controller.check_reminders(now + timedelta(minutes=10))  # once a day
    assert controller.banner.isHidden()
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time()).replace(hour=8, minute=5)
    with qtbot.waitSignal(controller.reminded) as signal:
        assert controller.check_reminders(tomorrow)
    assert "overdue" in signal.args[1]
    assert not controller.banner.isHidden()
    controller.banner.show_button.click()
    assert controller.banner.isHidden() and not controller.dock.isHidden()


def test_reminder_goes_to_the_tray_when_there_is_one(qtbot, window, monkeypatch):
    controller = window.today
    monkeypatch.setattr(controller, "tray_available", lambda: True)
    new_case(date.today() - timedelta(days=40))
    shown = []
    controller.reminded.connect(lambda title, text: shown.append((title, text)))
    remind(qtbot, controller)
    assert controller.tray is not None and controller.tray.isVisible()
    assert controller.banner.isHidden()
    assert shown and "1 request(s)" in shown[0][0]
    assert controller.tray.toolTip().startswith("DSAR Desk (1)")
    controller.tray.hide()


def test_the_reminder_window_follows_the_setting(qtbot, window):
    from dsar_desk.settings import Settings

    soon = new_case(date.today() - timedelta(days=26))  # due within about 5 days
    reload(qtbot, window)
    assert window.today.view.section_title("soon").startswith("Due within 7 days")
    days_left = (store.get_case(soon.reference).due - date.today()).days
    assert 0 < days_left <= 7
    Settings().set("remind_within_days", days_left - 1)
    reload(qtbot, window)
    assert window.today.view.section_title("soon") == f"Due within {days_left - 1} days (0)"
    assert window.windowTitle() == "DSAR Desk"
    Settings().set("remind_within_days", days_left)
    r = remind(qtbot, window.today)
    assert (r.due_soon, r.within_days) == (1, days_left)
    assert f"1 due within {days_left} days" in window.today.banner.text.text()


def test_nothing_due_means_no_reminder(qtbot, window):
    new_case(date.today())  # due in a month
    r = remind(qtbot, window.today)
    assert r.badge == 0
    assert window.today.banner.isHidden()


def test_export_due_dates_to_calendar_from_the_menu(qtbot, window, answers, tmp_path):
    queue, seen = answers
    case = new_case(date.today() - timedelta(days=3), name="Zoë Ørsted")
    target = tmp_path / "agenda"

    def choose(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    queue.append(choose)
    action = window.today.export_action
    assert action in window.menuBar().actions()[0].menu().actions()
    action.trigger()
    written = tmp_path / "agenda.ics"
    qtbot.waitUntil(lambda: written.exists() and action.isEnabled(), timeout=10000)
    assert "1 due dates exported" in window.statusBar().currentMessage()
    cal = Calendar.from_ical(written.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1 and events[0].decoded("DTSTART") == case.due
    assert "Zo" not in written.read_text(encoding="utf-8").replace("Zone", "")

    # a file that cannot be written: the clerk is told, nothing crashes
    queue.append(lambda d: (d.selectFile(str(tmp_path / "no" / "such" / "folder.ics")),
                            QDialog.DialogCode.Accepted)[1])
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    action.trigger()
    qtbot.waitUntil(lambda: not queue, timeout=10000)
    assert seen[-1].windowTitle() == "Calendar not exported"
    assert action.isEnabled()


def test_today_view_says_when_to_remind_a_requester_who_has_not_answered(qtbot, window):
    from dsar_desk.desk.identity import set_reminder_days
    from dsar_desk.store.organisations import get_organisation

    today = date.today()
    slow = new_case(today - timedelta(days=25), name="Daan Visser")
    recent = new_case(today - timedelta(days=6), name="Bram Peeters")
    desk.request_identity(slow, "Anna Clerk", on=today - timedelta(days=20))
    desk.request_identity(recent, "Anna Clerk", on=today - timedelta(days=5))
    set_reminder_days(get_organisation("ecomail"), 14)
    reload(qtbot, window)
    view = window.today.view
    refs = view.section_texts("waiting")
    days = dict(zip(refs, view.section_texts("waiting", 3)))
    assert days[slow.reference].endswith("remind the requester") and "20" in days[slow.reference]
    assert "remind" not in days[recent.reference] and "5" in days[recent.reference]
    # a longer reminder period: no reminder yet
    set_reminder_days(get_organisation("ecomail"), 21)
    reload(qtbot, window)
    days = dict(zip(view.section_texts("waiting"), view.section_texts("waiting", 3)))
    assert "remind" not in days[slow.reference]
