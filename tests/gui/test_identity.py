"""Identity checks driven through the real widgets: record a check, attach an ID copy, see the
block on the access letter lift; the key's recovery code; the no-keyring passphrase route."""

from __future__ import annotations

import re
import warnings
from datetime import date, timedelta

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from dsar_desk.desk import cases as desk
from dsar_desk.desk import keys as attachment_keys
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.store import cases as store
from dsar_desk.store import identity as idstore
from dsar_desk.store.models import Attachment
from tests.unit.mrz_specimens import corrupt, td1

CODE_RE = re.compile(r"([A-Z2-7]{4}-){13}[A-Z2-7]{4}")


def close_key_setup_dialogs():
    for w in QApplication.topLevelWidgets():
        if w.objectName() == "key-setup":
            w.close()


@pytest.fixture(autouse=True)
def fresh_session():
    attachment_keys.forget_keys()
    close_key_setup_dialogs()  # another test's first attachment may have shown one
    yield
    attachment_keys.forget_keys()
    close_key_setup_dialogs()


def ecomail_case():
    return desk.create_case(CaseDraft(organisation="ecomail", name="Bram Peeters", email="bram@example.nl",
                                       language="nl", rights=["access"], channel="email",
                                       received=date.today() - timedelta(days=4)), "Anna Clerk")


def key_setup_dialogs():
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "key-setup" and not w.isHidden()]


def drop_file(widget, path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    with warnings.catch_warnings():  # PySide marks the only QDragEnterEvent constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)


def test_record_a_check_with_an_id_copy_and_the_access_letter_block_lifts(qtbot, window, answers, tmp_path):
    queue, seen = answers
    case = ecomail_case()
    detail = window.open_case(case.id)

    letters = detail.open_letter("access")
    qtbot.addWidget(letters)
    assert not letters.block.isHidden()
    assert "policy" in letters.block.text()
    letters.close()

    scan = tmp_path / "identity-card.jpg"
    scan.write_bytes(b"\xff\xd8\xff MARKER-GUI-ID-COPY scanned card")

    def fill(dialog):
        assert dialog.objectName() == "identity-check"
        assert "blocked" in dialog.state.text()
        dialog.method.setCurrentIndex(dialog.method.findData("id-document"))
        assert not dialog.document_box.isHidden() and dialog.matched_box.isHidden()
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("verified"))
        dialog.document_type.setCurrentIndex(dialog.document_type.findData("identity-card"))
        dialog.issuing_country.set_code("BE")
        dialog.expiry.setDate(dialog.expiry.date().fromString("2031-05-01", "yyyy-MM-dd"))
        qtbot.keyClicks(dialog.document_number, "SPEC12345")
        assert (dialog.surname.text(), dialog.given_names.text()) == ("Peeters", "Bram")
        # the MRZ is checked as it is typed
        dialog.mrz.setPlainText(corrupt(td1(), 2, 15))
        assert "check digit wrong: expiry_date" in dialog.mrz_result.text()
        dialog.mrz.setPlainText("not an mrz")
        assert "Not an MRZ" in dialog.mrz_result.text()
        dialog.mrz.setPlainText(td1())
        assert "every check digit holds; name agrees; expiry date agrees; document number agrees" in \
            dialog.mrz_result.text()
        # the ID copy arrives by drag and drop; the black-out reminder appears
        assert dialog.blackout_reminder.isHidden()
        drop_file(dialog, scan)
        assert dialog.id_copy is not None and dialog.id_copy.filename == "identity-card.jpg"
        assert not dialog.blackout_reminder.isHidden()
        assert "black out the photo and the national" in dialog.blackout_reminder.text()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert not dialog.errors.isHidden()
        assert "Why an ID copy" in dialog.errors.text() and "Blacked out" in dialog.errors.text()
        assert idstore.checks_of(case) == []
        dialog.blacked_out.setChecked(True)
        dialog.proportionality.setPlainText("The request came from an address we do not know.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    queue.append(fill)
    detail.findChild(QPushButton, "identity-check").click()
    assert not queue
    [check] = idstore.checks_of(case)
    assert (check.method, check.outcome, check.number_last4, check.mrz_format) == ("id-document", "verified", "2345", "TD1")
    assert idstore.disclosure_block(store.get_case(case.reference)) is None

    # the first attachment made the key: its recovery code is shown once
    [setup] = key_setup_dialogs()
    assert CODE_RE.fullmatch(setup.code.text())
    ok = setup.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    setup.confirm.setChecked(True)
    assert ok.isEnabled()
    ok.click()

    # retention 0: the copy is purged off the UI thread right after the check
    qtbot.waitUntil(lambda: Attachment.get_by_id(check.attachment_id).data is None, timeout=10000)
    detail.refresh()
    timeline = [detail.timeline.topLevelItem(i).text(3) for i in range(detail.timeline.topLevelItemCount())]
    assert any(line.startswith("Identity verified: identity document seen") for line in timeline)
    assert any(f"ID copy purged on {date.today().isoformat()}" in line for line in timeline)

    letters = detail.open_letter("access")
    qtbot.addWidget(letters)
    assert letters.block.isHidden()


def test_opening_an_attachment_is_recorded(qtbot, window, answers, tmp_path):
    case = ecomail_case()
    detail = window.open_case(case.id)
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")
    detail.attach_files([scan])
    [setup] = key_setup_dialogs()  # first attachment: the recovery code
    setup.close()
    [a] = store.attachments_of(case)
    assert b"a letter" not in bytes(Attachment.get_by_id(a.id).data)
    from dsar_desk.ui.keys import save_attachment_copy

    target = tmp_path / "copy.pdf"
    assert save_attachment_copy(detail, a.id, target)
    assert target.read_bytes() == b"%PDF-1.4 a letter"
    timeline = [(detail.timeline.topLevelItem(i).text(1), detail.timeline.topLevelItem(i).text(2),
                 detail.timeline.topLevelItem(i).text(3)) for i in range(detail.timeline.topLevelItemCount())]
    assert ("Anna Clerk", "Attachment opened", "brief.pdf opened (saved as a copy)") in timeline


def test_without_a_keyring_the_clerk_is_told_and_a_passphrase_works(qtbot, window, answers, tmp_path):
    queue, seen = answers
    keyring.set_keyring(FailKeyring())
    case = ecomail_case()
    detail = window.open_case(case.id)
    scan = tmp_path / "brief.pdf"
    scan.write_bytes(b"%PDF-1.4 a letter")

    def cancel(dialog):
        assert dialog.objectName() == "passphrase"
        return QDialog.DialogCode.Rejected

    queue.append(cancel)
    detail.attach_files([scan])
    assert store.attachments_of(case) == []

    def choose(dialog):
        assert dialog.objectName() == "passphrase" and dialog.setup
        text = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
        assert "No keyring works on this computer" in text and "gnome-keyring" in text
        qtbot.keyClicks(dialog.passphrase, "a good long passphrase")
        qtbot.keyClicks(dialog.again, "a good long passphrase")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    queue.append(choose)
    detail.attach_files([scan])
    assert not queue
    assert [a.filename for a in store.attachments_of(case)] == ["brief.pdf"]
    [setup] = key_setup_dialogs()
    assert CODE_RE.fullmatch(setup.code.text())
    setup.close()

    # next session: asked once, then not again
    attachment_keys.forget_keys()

    def unlock(dialog):
        assert dialog.objectName() == "passphrase" and not dialog.setup
        qtbot.keyClicks(dialog.passphrase, "a good long passphrase")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    queue.append(unlock)
    detail.attach_files([scan])
    detail.attach_files([scan])
    assert not queue
    assert len(store.attachments_of(case)) == 3

    # the Security dialog says plainly that no keyring works
    from dsar_desk.ui.security import SecurityDialog

    security = SecurityDialog(window)
    qtbot.addWidget(security)
    assert "None works on this computer" in security.keyring.text()
    assert "derived from a passphrase" in security.key.text()


def test_security_dialog_from_the_menu_shows_the_keyring(qtbot, window, answers):
    queue, seen = answers

    def look(dialog):
        assert dialog.objectName() == "security"
        assert dialog.keyring.text().startswith("in-memory (tests)")
        assert "none yet" in dialog.key.text()
        dialog.reminder_days["ecomail"].setValue(21)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    queue.append(look)
    [action] = [a for m in window.menuBar().actions() for a in m.menu().actions() if a.text() == "&Security…"]
    action.trigger()
    assert not queue
    from dsar_desk.store.organisations import get_organisation

    assert idstore.reminder_days(get_organisation("ecomail")) == 21
