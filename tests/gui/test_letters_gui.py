"""Letters from the case detail, driven through the real widgets, offscreen."""

from __future__ import annotations

import hashlib
import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.store import letters as letters_store
from dsar_desk.ui.letters import LettersDialog


def new_case(**changes):
    base = dict(organisation="ecomarket", name="Zoë Ørsted", email="zoe@example.dk",
                address=["Nørregade 10", "1165 København K"], country="DK", language="nl",
                rights=["access"], channel="letter", received=date.today() - timedelta(days=2),
                summary="Inzage")
    base.update(changes)
    return desk.create_case(CaseDraft(**base), "Anna Clerk")


def verify_identity(case):
    from dsar_desk.desk import identity
    from dsar_desk.domain.identity import IdentityDraft

    identity.record_check(case, IdentityDraft(method="in-person", outcome="verified", checked_on=date.today(),
                                              reason="seen at the desk with an identity card"), "Anna Clerk")


def mark_searches(case, found: set[str]):
    """The checklist as the clerk marks it: data found in ``found``, the other activities not concerned."""
    from dsar_desk.desk import checklist
    from dsar_desk.store.checklist import items_of

    for item in items_of(case):
        if item.action == "search" and item.state == "open":
            state = "done" if item.activity in found else "not-concerned"
            checklist.set_item(case, item.position, state, "found" if state == "done" else "", "Anna Clerk")


def open_letters(qtbot, window, case) -> LettersDialog:
    detail = window.open_case(case.id)
    button = detail.findChild(QPushButton, "letters")
    assert button is not None, "the case detail offers no Letters… button"
    button.click()
    dialog = detail.letters_dialog
    assert dialog.isVisible()
    return dialog


def action_names(detail) -> list[str]:
    row = detail.actions
    return [row.itemAt(i).widget().objectName() for i in range(row.count()) if row.itemAt(i).widget()]


def timeline_texts(detail) -> list[str]:
    return [detail.timeline.topLevelItem(i).text(3) for i in range(detail.timeline.topLevelItemCount())]


def test_make_preview_print_save_and_mark_sent(qtbot, window, answers, tmp_path):
    queue, _ = answers
    case = new_case()
    dialog = open_letters(qtbot, window, case)
    detail = dialog.parent()
    # a new case: the app suggests the acknowledgement, in the case's language
    assert dialog.kind.currentData() == "acknowledgement"
    assert dialog.language.currentData() == "nl"
    assert dialog.versions.topLevelItemCount() == 0
    assert not dialog.save_button.isEnabled()

    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
        assert not dialog.make_button.isEnabled()  # rendering runs in the background
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready, timeout=5000)
    assert dialog.document.pageCount() > 0
    assert dialog.versions.topLevelItemCount() == 1
    letter = letters_store.letters_of(case)[0]
    assert letter.kind == "acknowledgement" and letter.version == 1
    row = dialog.versions.topLevelItem(0)
    assert row.text(4) == letter.sha256[:12] and row.text(5) == "not sent"
    assert any("acknowledgement letter v1" in line for line in timeline_texts(detail))

    # print: the dialog goes through the seam; the printer writes a PDF here
    printed = tmp_path / "printed.pdf"

    def print_to_file(d):
        d.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        d.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    queue.append(print_to_file)
    dialog.print_button.click()
    assert not queue
    assert len(PdfReader(printed).pages) == dialog.document.pageCount()

    # save as PDF: the bytes on disk are the ones kept with the case
    target = tmp_path / "out" / "ontvangst.pdf"
    target.parent.mkdir()

    def save_as(d):
        d.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    queue.append(save_as)
    assert dialog.save_letter() == [target]
    assert hashlib.sha256(target.read_bytes()).hexdigest() == letter.sha256
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(target.read_bytes())).pages)
    assert "Zoë Ørsted" in text and case.reference in text

    # mark sent: registered post without a tracking number is refused, then given
    def registered_without_number(d):
        d.method.setCurrentIndex(d.method.findData("registered"))
        return QDialog.DialogCode.Accepted

    def with_number(d):
        assert not d.errors.isHidden() and "tracking number" in d.errors.text()
        d.tracking.setText("RR123456785BE")
        return QDialog.DialogCode.Accepted

    queue.extend([registered_without_number, with_number])
    dialog.sent_button.click()
    assert not queue
    stored = letters_store.get_letter(letter.id)
    assert (stored.sent_method, stored.sent_on, stored.sent_tracking) == ("registered", date.today(), "RR123456785BE")
    assert "RR123456785BE" in dialog.versions.topLevelItem(0).text(5)
    assert not dialog.sent_button.isEnabled()  # once only
    assert any("sent by registered post" in line and "RR123456785BE" in line for line in timeline_texts(detail))


def test_making_again_adds_a_version_and_the_preview_follows_the_selection(qtbot, window, answers):
    case = new_case()
    dialog = open_letters(qtbot, window, case)
    for language in ("nl", "fr"):
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        with qtbot.waitSignal(dialog.rendered, timeout=10000):
            dialog.make_button.click()
    assert dialog.versions.topLevelItemCount() == 2
    newest, older = dialog.versions.topLevelItem(0), dialog.versions.topLevelItem(1)
    assert (newest.text(1), newest.text(2), older.text(1), older.text(2)) == ("2", "fr", "1", "nl")
    dialog.versions.setCurrentItem(older)
    assert dialog.current.version == 1 and dialog.current.language == "nl"


def test_access_answer_blocked_until_identity_unless_a_reason_is_given(qtbot, window, answers, monkeypatch):
    queue, seen = answers
    case = new_case()
    mark_searches(case, {"newsletter"})  # issue 15: the answer lists where data were found
    desk.request_identity(case, "Anna Clerk")  # waiting for proof of identity: disclosure is blocked
    dialog = open_letters(qtbot, window, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData("access"))
    assert not dialog.block.isHidden()
    dialog.annexes.setPlainText("kopie-gegevens.pdf")  # and the files of the copy

    queue.append(lambda d: QDialog.DialogCode.Rejected)  # asked for a reason: cancelled
    dialog.make_button.click()
    assert not queue and seen[-1].objectName() == "override-identity"
    assert letters_store.letters_of(case) == []

    def reason(d):
        d.reason.setPlainText("Requester came in person with an ID card; checked at the desk.")
        return QDialog.DialogCode.Accepted

    queue.append(reason)
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    letter = letters_store.letters_of(case)[0]
    assert letter.kind == "access" and "checked at the desk" in letter.override_reason
    assert "checked at the desk" in dialog.report.text()


def test_refusal_without_reasons_names_the_problem(qtbot, window, answers):
    queue, seen = answers
    case = new_case()
    dialog = open_letters(qtbot, window, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData("refusal"))
    assert dialog.refusal_reasons.isVisibleTo(dialog) and not dialog.ground.isVisibleTo(dialog)
    queue.append(lambda d: QMessageBox.StandardButton.Ok)
    dialog.make_button.click()
    qtbot.waitUntil(lambda: not queue, timeout=10000)  # the problem comes back from the render thread
    assert dialog.make_button.isEnabled()
    assert "reasons" in seen[-1].text() or "reasons" in seen[-1].informativeText()
    assert letters_store.letters_of(case) == []


def test_extended_case_offers_the_extension_letter(qtbot, window, answers):
    case = new_case()
    desk.extend(case, "Drie systemen moeten met de hand doorzocht worden.", "Anna Clerk")
    detail = window.open_case(case.id)
    assert "extension-letter" in action_names(detail)
    detail.findChild(QPushButton, "extension-letter").click()
    dialog = detail.letters_dialog
    assert dialog.kind.currentData() == "extension"
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    pdf = bytes(letters_store.letters_of(case, with_pdf=True)[0].pdf)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Drie systemen" in text
    assert "extension-letter" not in action_names(detail)  # made: no longer offered


@pytest.mark.parametrize("kind", ["portability"])
def test_portability_letter_saves_its_data_files_beside_the_pdf(qtbot, window, answers, tmp_path, kind):
    queue, _ = answers
    case = new_case(rights=["access", "portability"])
    verify_identity(case)
    dialog = open_letters(qtbot, window, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    target = tmp_path / "letter.pdf"
    queue.append(lambda d: (d.selectFile(str(target)), QDialog.DialogCode.Accepted)[1])
    paths = dialog.save_letter()
    assert [p.name for p in paths] == ["letter.pdf", f"{case.reference}-data.json", f"{case.reference}-data.csv"]
    assert "Zoë Ørsted" in paths[1].read_text(encoding="utf-8")
