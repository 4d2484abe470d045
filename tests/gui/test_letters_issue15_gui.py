"""Issue 15 in the letters dialog: the inputs of the new kinds, the blocks said plainly, one answer per case."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from dsar_desk.desk import cases as desk
from dsar_desk.store import letters as letters_store
from tests.gui.test_letters_gui import new_case, open_letters


def pdf_text(letter) -> str:
    data = bytes(letters_store.get_letter(letter.id).pdf)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_identity_request_asks_for_the_doubt_and_prints_it(qtbot, window, answers):
    queue, seen = answers
    case = new_case()
    dialog = open_letters(qtbot, window, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData("identity-request"))
    assert dialog.doubt.isVisibleTo(dialog) and not dialog.fee.isVisibleTo(dialog)
    queue.append(lambda d: QMessageBox.StandardButton.Ok)
    dialog.make_button.click()
    assert not queue and "doubt" in (seen[-1].text() + seen[-1].informativeText())
    assert letters_store.letters_of(case) == []
    dialog.doubt.setPlainText("Het verzoek kwam van een e-mailadres dat wij niet kennen.")
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    [letter] = letters_store.letters_of(case)
    text = pdf_text(letter)
    assert "Wij hebben redelijke twijfel over uw identiteit" in text and "dat wij niet kennen" in text


def test_a_case_with_several_rights_gets_one_combined_answer_by_default(qtbot, window, answers):
    from dsar_desk.desk import checklist
    from dsar_desk.store.checklist import items_of

    case = new_case(rights=["erasure", "objection"], received=date.today() - timedelta(days=3))
    desk.change_status(case, "in-progress", "Anna Clerk")
    for item in items_of(case):  # the erasure done and its recipients told: the letter says so (issue 17)
        checklist.set_item(case, item.position, "done", "erased", "Anna Clerk")
    dialog = open_letters(qtbot, window, case)
    assert dialog.kind.currentData() == "combined"
    assert dialog.exception.isVisibleTo(dialog) and dialog.direct_marketing.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    [letter] = letters_store.letters_of(case)
    text = pdf_text(letter)
    assert text.index("Wissing van uw persoonsgegevens (artikel 17 AVG)") < text.index("Uw bezwaar (artikel 21 AVG)")
    assert "Onze referentie" in text  # a Belgian organisation writes Belgian Dutch


def test_a_fee_letter_refuses_an_amount_it_cannot_read(qtbot, window, answers):
    queue, seen = answers
    case = new_case()
    dialog = open_letters(qtbot, window, case)
    dialog.kind.setCurrentIndex(dialog.kind.findData("fee"))
    assert dialog.fee.isVisibleTo(dialog) and dialog.fee_reason.isVisibleTo(dialog)
    dialog.fee.setText("twelve euros")
    queue.append(lambda d: QMessageBox.StandardButton.Ok)
    dialog.make_button.click()
    shown = seen[-1].text() + seen[-1].informativeText()
    assert not queue and "Fee (EUR)" in shown and "not an amount" in shown  # the field named, in words
    dialog.fee.setText("12,50")
    with qtbot.waitSignal(dialog.rendered, timeout=10000):
        dialog.make_button.click()
    assert "€ 12,50" in pdf_text(letters_store.letters_of(case)[0])
