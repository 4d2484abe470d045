"""Issue 17, the clerk's day, through the real widgets: the windows fit a 1366×768 screen (and use a
1920×1080 one), unsaved edits are never lost silently, the status changes that matter ask and can be
undone, closing means finished, the checklist is worked with the keyboard, the first start asks the
clerk's name, Preferences on Ctrl+, Help, the list as CSV, the intake, the recovery code."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QPushButton

from dsar_desk.desk import cases as desk
from dsar_desk.desk import letters as ldesk
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.settings import Settings
from dsar_desk.store import cases as store
from dsar_desk.store.checklist import items_of
from dsar_desk.store.models import Event
from tests.gui.test_letters_gui import mark_searches, verify_identity

ROOT = Path(__file__).resolve().parents[2]
SCREENS = Path(__file__).resolve().parent / "screens"
CLERK = "Anna Clerk"


def new_case(**changes):
    base = dict(organisation="ecomarket", name="Bram Peeters", email="bram@example.be",
                address=["Kerkstraat 1", "2000 Antwerpen"], country="BE", language="nl",
                rights=["access", "erasure"], received=date.today() - timedelta(days=3))
    base.update(changes)
    return desk.create_case(CaseDraft(**base), CLERK)


def button(widget, name) -> QPushButton | None:
    """The button as the clerk sees it (the action row is rebuilt after each change: shown a moment later)."""
    QApplication.processEvents()
    found = [b for b in widget.findChildren(QPushButton, name) if b.isVisibleTo(widget)]
    return found[-1] if found else None


def timeline(detail) -> list[tuple[str, str]]:
    return [(detail.timeline.topLevelItem(i).text(2), detail.timeline.topLevelItem(i).text(3))
            for i in range(detail.timeline.topLevelItemCount())]


# -------------------------------------------------------------------------- fits the screen

@pytest.mark.parametrize("screen,language", [("laptop-1366x768", "fr"), ("laptop-1366x768", "nl"),
                                             ("laptop-1366x768", "en"), ("desktop-1920x1080", "fr")])
def test_every_window_fits_the_screen_and_nothing_is_cut_off(tmp_path, screen, language):
    """The offscreen platform, given a screen of that size (its JSON configuration), opens each
    window of the clerk's day with the longest words and a case with every right (tests/gui/fit_app.py)."""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={SCREENS / (screen + '.json')}")
    run = subprocess.run([sys.executable, "-m", "tests.gui.fit_app", str(tmp_path / "app"), language],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    width, height = (int(x) for x in screen.split("-")[1].split("x"))
    assert report["screen"] == [width, height]
    names = [w["name"] for w in report["windows"]]
    assert names == ["main-window", "case-detail", "case-detail-tab-1", "case-detail-tab-2", "letters", "identity",
                     "identity-document", "answer", "intake", "preferences", "guide"]
    for window in report["windows"]:
        assert window["problems"] == [], (window["name"], window["problems"])
    main = report["windows"][0]
    assert main["maximised"]  # the first start: maximised
    assert main["columns_fit"], main["columns"]  # Days left, Status and Assignee in view, no scroll bar


def test_a_window_opens_at_the_size_it_had_when_closed(qtbot, window):
    from dsar_desk.ui import geometry

    case = new_case()
    detail = window.open_case(case.id)
    area = geometry.available(detail)
    assert detail.width() + geometry.FRAME.width() <= area.width()
    assert detail.height() + geometry.FRAME.height() <= area.height()
    detail.resize(700, 520)
    detail.close()
    assert Settings().get("window_sizes")["case-detail"] == [700, 520]
    again = window.open_case(case.id)
    assert (again.width(), again.height()) == (700, 520)
    # a size remembered on a bigger screen is fitted to this one
    sizes = Settings().get("window_sizes")
    Settings().set("window_sizes", {**sizes, "intake": [5000, 4000]})
    from dsar_desk.ui.intake import IntakeDialog

    intake = IntakeDialog(CLERK, window)
    qtbot.addWidget(intake)
    assert intake.width() <= area.width() and intake.height() <= area.height()


# -------------------------------------------------------------------------- unsaved edits

def test_esc_on_a_case_with_unsaved_edits_asks_save_discard_or_cancel(qtbot, window, answers):
    queue, seen = answers
    case = new_case()
    detail = window.open_case(case.id)
    qtbot.keyClick(detail, Qt.Key.Key_Escape)  # nothing typed: it closes at once
    assert not detail.isVisible() and not seen

    detail = window.open_case(case.id)
    detail.fields.name.setText("Bram Peeters-Janssens")
    queue.append(lambda box: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert seen[-1].objectName() == "unsaved-changes" and detail.isVisible()
    assert detail.fields.name.text() == "Bram Peeters-Janssens"  # back to the edits, kept

    queue.append(lambda box: QMessageBox.StandardButton.Discard)
    detail.close()  # the window's close button asks the same
    assert not detail.isVisible() and store.get_case(case.reference).requester_name == "Bram Peeters"

    detail = window.open_case(case.id)
    detail.fields.email.setText("bram.peeters@example.be")
    queue.append(lambda box: QMessageBox.StandardButton.Save)
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert not detail.isVisible() and store.get_case(case.reference).requester_email == "bram.peeters@example.be"
    assert not queue

    # a field that cannot be saved keeps the window open, the problem shown
    detail = window.open_case(case.id)
    detail.fields.email.setText("not an address")
    queue.append(lambda box: QMessageBox.StandardButton.Save)
    qtbot.keyClick(detail, Qt.Key.Key_Escape)
    assert detail.isVisible() and "not an email address" in detail.errors.text()
    queue.append(lambda box: QMessageBox.StandardButton.Discard)
    detail.close()


def test_a_checklist_mark_does_not_wipe_fields_being_edited(qtbot, window, answers):
    queue, _ = answers
    case = new_case(rights=["erasure"])
    detail = window.open_case(case.id)
    detail.fields.summary.setPlainText("Wissing gevraagd per brief")
    detail.checklist.note.setText("gewist")
    assert detail.checklist.record_selected()
    assert detail.fields.summary.toPlainText() == "Wissing gevraagd per brief"  # still there to save
    assert detail.guard.dirty()
    queue.append(lambda box: QMessageBox.StandardButton.Discard)
    detail.close()
    assert not queue


def test_the_intake_and_the_identity_check_ask_too(qtbot, window, answers):
    from dsar_desk.ui.identity_check import IdentityDialog
    from dsar_desk.ui.intake import IntakeDialog

    queue, seen = answers
    intake = IntakeDialog(CLERK, window)
    qtbot.addWidget(intake)
    intake.show()
    intake.fields.name.setText("Noor Bakker")
    queue.append(lambda box: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(intake, Qt.Key.Key_Escape)
    assert intake.isVisible() and seen[-1].objectName() == "unsaved-changes"
    queue.append(lambda box: QMessageBox.StandardButton.Discard)
    intake.buttons.button(intake.buttons.StandardButton.Cancel).click()
    assert not intake.isVisible()

    case = new_case()
    dialog = IdentityDialog(case.id, CLERK)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("gezien aan het loket")
    queue.append(lambda box: QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.reason.text() == "gezien aan het loket"
    queue.append(lambda box: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible() and not queue


# -------------------------------------------------------------------------- confirmation and undo

def test_return_never_presses_a_status_button_by_accident(qtbot, window, answers):
    case = new_case()
    desk.change_status(case, "in-progress", CLERK)
    detail = window.open_case(case.id)
    answered = button(detail, "to-answered")
    answered.setFocus()
    qtbot.keyClick(answered, Qt.Key.Key_Return)
    qtbot.keyClick(detail.fields.name, Qt.Key.Key_Down)
    qtbot.keyClick(detail.fields.name, Qt.Key.Key_Return)
    assert store.get_case(case.reference).status == "in-progress"
    assert all(not b.autoDefault() for b in detail.findChildren(QPushButton))


def test_answered_asks_what_answered_each_right_and_can_be_undone(qtbot, window, answers):
    queue, seen = answers
    case = new_case(rights=["erasure"])
    desk.change_status(case, "in-progress", CLERK)
    for item in items_of(case):
        from dsar_desk.desk.checklist import set_item

        set_item(case, item.position, "done", "gewist", CLERK)
    detail = window.open_case(case.id)

    def without_a_reason(dialog):
        assert dialog.objectName() == "answer-case"
        dialog.outcome_boxes["erasure"].setCurrentIndex(dialog.outcome_boxes["erasure"].findData("granted"))
        return QDialog.DialogCode.Accepted

    def refused(box):
        assert "no letter answering it was sent" in box.text()
        return QMessageBox.StandardButton.Ok

    queue.extend([without_a_reason, refused, lambda dialog: QDialog.DialogCode.Rejected])
    button(detail, "to-answered").click()
    assert store.get_case(case.reference).status == "in-progress" and not queue

    def by_phone(dialog):
        dialog.outcome_boxes["erasure"].setCurrentIndex(dialog.outcome_boxes["erasure"].findData("granted"))
        dialog.no_letter_edits["erasure"].setText("telefonisch bevestigd, per e-mail nagestuurd")
        return QDialog.DialogCode.Accepted

    queue.append(by_phone)
    button(detail, "to-answered").click()
    assert store.get_case(case.reference).status == "answered"
    assert ("Beantwoord zonder brief", "Erasure: telefonisch bevestigd, per e-mail nagestuurd") in timeline(detail) \
        or ("Answered without a letter", "Erasure: telefonisch bevestigd, per e-mail nagestuurd") in timeline(detail)

    # back to work from "answered" asks first; no is no
    queue.append(lambda box: QMessageBox.StandardButton.No)
    button(detail, "to-in-progress").click()
    assert "back to" in seen[-1].text().lower() or "Move it back" in seen[-1].text()
    assert store.get_case(case.reference).status == "answered"

    # the change made here can be undone (Ctrl+Z): asked, then a new event; the change stays
    undo = button(detail, "undo-status")
    assert undo is not None
    queue.append(lambda box: QMessageBox.StandardButton.Yes)
    detail.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=3000)
    qtbot.keyClick(detail, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.get_case(case.reference).status == "in-progress"
    kinds = [e.kind for e in store.events_of(store.get_case(case.reference))]
    assert kinds[-1] == "status-undo" and "status" in kinds
    assert button(detail, "undo-status") is None
    assert ("Status change undone", "Answered → In progress") in timeline(detail)


def test_refusing_asks_why_and_withdrawn_too(qtbot, window, answers):
    queue, seen = answers
    case = new_case()
    detail = window.open_case(case.id)
    queue.append(lambda dialog: QDialog.DialogCode.Rejected)
    button(detail, "to-refused").click()
    assert seen[-1].objectName() == "confirm-refused" and store.get_case(case.reference).status == "received"

    def why(dialog):
        dialog.edit.setPlainText("manifestly excessive: the fifth request this month")
        return QDialog.DialogCode.Accepted

    queue.append(why)
    button(detail, "to-refused").click()
    assert store.get_case(case.reference).status == "refused"


def test_a_contradicting_letter_is_refused_in_the_letters_window_with_the_reason(qtbot, window, answers):
    queue, seen = answers
    case = new_case(rights=["access"])
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    letter = ldesk.make_letter(store.get_case(case.reference), "access", None, CLERK,
                               details={"annexes": ["kopie.pdf"]})
    ldesk.mark_sent(letter, "email", date.today(), None, CLERK)
    detail = window.open_case(case.id)
    dialog = detail.open_letter("no-data")
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    dialog.make_button.click()
    shown = seen[-1].text() + seen[-1].informativeText()
    assert "would say the opposite" in shown and "Letter" in shown
    assert [x.kind for x in ldesk.letters_of(store.get_case(case.reference))] == ["access"] \
        if hasattr(ldesk, "letters_of") else True
    dialog.done(0)


def test_the_erasure_letter_shows_who_the_checklist_says_was_told(qtbot, window, answers):
    from dsar_desk.desk.checklist import set_item

    case = new_case(rights=["erasure"])
    for item in items_of(case):
        if item.action == "inform" and item.target == "bpost":
            set_item(case, item.position, "done", "per e-mail", CLERK)
    detail = window.open_case(case.id)
    dialog = detail.open_letter("erasure")
    told = {dialog.informed.item(i).text(): dialog.informed.item(i).checkState() == Qt.CheckState.Checked
            for i in range(dialog.informed.count())}
    assert told["bpost"] and not told["Facebook"]
    assert not dialog.informed.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable  # the checklist's, not typed
    dialog.done(0)


# -------------------------------------------------------------------------- the checklist with the keyboard

def test_the_checklist_is_worked_through_with_the_keyboard(qtbot, window, answers):
    queue, seen = answers
    case = new_case(rights=["access", "erasure"], language="fr")
    detail = window.open_case(case.id)
    detail.activateWindow()  # as the window manager does when it opens: its shortcuts work
    qtbot.waitUntil(lambda: QApplication.activeWindow() is detail, timeout=3000)
    detail.tabs.setCurrentIndex(1)
    panel = detail.checklist
    first = panel.selected_position()
    assert first == 1  # the first open item is chosen
    # the register's names in the case's language (French), the words of the interface in English
    texts = [panel.tree.topLevelItem(i).text(1) for i in range(panel.tree.topLevelItemCount())]
    assert "Search Base de données (enregistrement)" in texts and "Search Database (registratie)" not in texts
    # type the note, Return: recorded, and the next open item is chosen with its note ready
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "3 commandes")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert items_of(case)[0].state == "done" and items_of(case)[0].note == "3 commandes"
    assert panel.selected_position() == 2 and detail.focusWidget() is panel.note
    # Ctrl+2: not applicable; without a reason it is refused and says so
    qtbot.keyClick(panel.note, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert panel.state.currentData() == "not-applicable"
    qtbot.keyClick(panel.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.problem.isVisible() and "reason" in panel.problem.text()
    qtbot.keyClicks(panel.note, "aucun compte")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert items_of(case)[1].state == "not-applicable" and panel.selected_position() == 3

    def one_note(dialog):
        assert dialog.objectName() == "searches-done-dialog" and dialog.items.count() >= 3
        dialog.edit.setPlainText("données trouvées dans chaque système")
        return QDialog.DialogCode.Accepted

    queue.append(one_note)
    qtbot.keyClick(panel.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not queue
    searches = [i for i in items_of(case) if i.action == "search"]
    assert all(i.state == "done" for i in searches)
    assert sum(1 for i in searches if i.note == "données trouvées dans chaque système") == len(searches) - 1
    assert not panel.searches_button.isEnabled()


# -------------------------------------------------------------------------- first start, preferences, help

def test_the_first_start_asks_the_clerks_name_and_role(qtbot, db, answers):
    from dsar_desk.ui.main_window import MainWindow

    queue, seen = answers
    Settings().set("clerk_name", "")
    w = MainWindow("root")
    qtbot.addWidget(w)

    def name(dialog):
        assert dialog.objectName() == "clerk-name" and not dialog.ok.isEnabled()
        dialog.name.setText("  Anna   Peeters ")
        dialog.role.setText("Functionaris voor gegevensbescherming")
        return QDialog.DialogCode.Accepted

    queue.extend([name, lambda box: 0])  # then the offer of a profile or the samples: later
    w.offer_first_start()
    settings = Settings()
    assert settings.get("clerk_name") == "Anna Peeters" and settings.clerk == "Anna Peeters"
    assert settings.get("clerk_role") == "Functionaris voor gegevensbescherming"
    assert w.clerk == "Anna Peeters"  # the assignee of the cases taken, never "root"
    seen.clear()
    queue.append(lambda box: 0)
    w.offer_first_start()  # asked once
    assert all(d.objectName() != "clerk-name" for d in seen)


def test_preferences_open_on_ctrl_comma(qtbot, window, answers):
    queue, seen = answers
    queue.append(lambda dialog: QDialog.DialogCode.Rejected)
    qtbot.keyClick(window.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert not queue and seen[-1].objectName() == "preferences"
    assert window.preferences_action.menu() is None
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    place = menus.get("&Tools") if sys.platform == "win32" else menus.get("&Edit")
    assert window.preferences_action in place.actions()


def test_help_has_the_guide_in_the_interface_language_and_the_shortcuts(qtbot, window):
    from dsar_desk.ui import help

    window.guide_action.trigger()
    guide = window.guide_dialog
    qtbot.addWidget(guide)
    assert "a short guide" in guide.browser.toPlainText() and "Ctrl+N" in guide.browser.toPlainText()
    for language, words in (("nl", "korte handleiding"), ("fr", "guide succinct")):
        assert words in help.guide_path(language).read_text(encoding="utf-8")
    window.shortcuts_action.trigger()
    shortcuts = window.shortcuts_dialog
    qtbot.addWidget(shortcuts)
    keys = [shortcuts.tree.topLevelItem(i).text(0) for i in range(shortcuts.tree.topLevelItemCount())]
    assert {"Ctrl+N", "Ctrl+,", "Ctrl+Z", "Ctrl+Shift+D", "F1"} <= set(keys)


# -------------------------------------------------------------------------- the list as CSV

def test_the_list_is_exported_as_csv_from_the_file_menu(qtbot, window, answers, tmp_path):
    queue, seen = answers
    new_case(name="Zoë Ørsted", email="zoe@example.dk")
    window.reload()
    target = tmp_path / "lijst.csv"
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    worker = window.exports.export(target)
    qtbot.waitUntil(lambda: not queue, timeout=10000)
    assert "1 case(s) written" in seen[-1].text() and "personal data" in seen[-1].informativeText()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("This file holds personal data")
    assert "Zoë Ørsted" in lines[2] and "Received" in lines[2]
    assert worker is not None and window.exports.action.isEnabled()


# -------------------------------------------------------------------------- intake, identity, recovery code

def test_intake_removes_an_attachment_checks_again_as_one_types_and_puts_the_country_first(
        qtbot, window, answers, tmp_path):
    from dsar_desk.ui.intake import IntakeDialog

    intake = IntakeDialog(CLERK, window)
    qtbot.addWidget(intake)
    intake.show()
    f = intake.fields
    f.organisation.setCurrentIndex(f.organisation.findData("ecomarket"))
    assert f.country.itemData(1) == "BE"  # the organisation's country first, under "—"
    f.organisation.setCurrentIndex(f.organisation.findData("maildrop"))
    assert f.country.itemData(1) == "FR"
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    other = tmp_path / "andere.pdf"
    other.write_bytes(b"%PDF-1.4 other")
    intake.add_files([scan, other])
    intake.file_list.setCurrentRow(0)
    assert intake.remove_button.isEnabled() and intake.remove_selected()
    assert [name for name, _ in intake.files] == ["andere.pdf"] and intake.file_list.count() == 1

    intake.buttons.button(intake.buttons.StandardButton.Save).click()
    assert "Requester name" in intake.errors.text() and "Rights asked" in intake.errors.text()
    qtbot.keyClicks(f.name, "Noor Bakker")
    qtbot.waitUntil(lambda: "Requester name" not in intake.errors.text(), timeout=3000)
    assert "Rights asked" in intake.errors.text()  # what is still wrong stays listed
    intake.files.clear()
    intake.file_list.clear()
    f.email.setText("noor@example.nl")
    f.rights["access"].setChecked(True)
    qtbot.waitUntil(lambda: not intake.errors.isVisible(), timeout=3000)
    intake.done(0)


def test_identity_defaults_to_the_policys_method_and_another_needs_the_reason(qtbot, window, answers):
    from dsar_desk.ui.identity_check import IdentityDialog

    case = new_case()  # ECOMARKET's policy: a signed letter
    dialog = IdentityDialog(case.id, CLERK)
    qtbot.addWidget(dialog)
    assert dialog.method.currentData() == "signed-letter"
    assert "Signed letter" in dialog.policy.text()
    assert "(signed-letter)" not in dialog.state.text() and "“Signed letter”" in dialog.state.text()
    dialog.method.setCurrentIndex(dialog.method.findData("in-person"))
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert "policy asks for “Signed letter”" in dialog.errors.text()
    dialog.reason.setText("came to the office with an identity card")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_recovery_code_can_be_copied(qtbot):
    from dsar_desk.ui.keys import KeySetupDialog

    dialog = KeySetupDialog("ABCD-EFGH-IJKL")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "ABCD-EFGH-IJKL"
    page = dialog.document().toPlainText()
    assert "ABCD-EFGH-IJKL" in page and "recovery code" in page
    assert dialog.print_button.isVisibleTo(dialog)


# -------------------------------------------------------------------------- numbers and words

def test_numbers_keep_the_locales_grouping(qtbot, samples):
    from PySide6.QtCore import QLocale

    from dsar_desk.ui.i18n import install_translator, remove_translators
    from dsar_desk.ui.text import tr

    app = QGuiApplication.instance()
    before = QLocale()
    try:
        install_translator(app, "nl")
        assert "11.080" in tr("%n overdue", 11080)
        install_translator(app, "en")
        assert "11,080" in tr("%n overdue", 11080)
    finally:
        remove_translators(app)
        QLocale.setDefault(before)


def test_a_rule_message_standing_alone_starts_with_a_capital(qtbot, answers):
    from dsar_desk.domain.messages import msg
    from dsar_desk.ui import seam

    queue, seen = answers
    queue.append(lambda box: QMessageBox.StandardButton.Ok)
    seam.message(None, "Passphrase", msg("key.passphrase-must-at-least",
                                         "the passphrase must be at least 10 characters long"))
    assert seen[-1].text() == "The passphrase must be at least 10 characters long"


def test_the_outcome_dialog_names_the_letter_that_answered(qtbot, window):
    from dsar_desk.ui.status_flow import OutcomeDialog

    case = new_case(rights=["access"])
    verify_identity(case)
    mark_searches(case, {"newsletter"})
    letter = ldesk.make_letter(store.get_case(case.reference), "access", None, CLERK, details={"annexes": ["k.pdf"]})
    ldesk.mark_sent(letter, "post", date.today(), None, CLERK)
    dialog = OutcomeDialog(store.get_case(case.reference), closing=False)
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "answered-access").text()
    assert "Access answer (Art. 15)" in note and "version 1" in note
    assert "access" not in dialog.no_letter_edits
    assert Event.select().where(Event.kind == "letter-sent").count() == 1
