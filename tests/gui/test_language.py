"""The desk in Dutch and in French: menus, filters, columns, statuses, dates, rule messages."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton

from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft
from dsar_desk.settings import Settings
from dsar_desk.ui import i18n

EXPECTED = {
    "nl": {
        "menus": ["&Bestand", "Be&werken", "Bee&ld", "&Verslag", "&Help"],
        "statuses": ["Alle statussen", "Open (onbeantwoord)", "Ontvangen", "Wacht op identiteit",
                     "In behandeling", "Beantwoord", "Afgesloten", "Geweigerd", "Ingetrokken"],
        "headers": {"Referentie", "Betrokkene", "Organisatie", "Ontvangen", "Uiterste datum", "Status"},
        "overdue": "Over tijd",
        "new": "Nieuw dossier",
        "counts": "dossiers getoond",
        "status": "Ontvangen",
        "rights": "Inzage, Wissing",
        "month": "maart",
        "late": "dagen over tijd",
        "cancel": "Annuleren",
        "bad_email": "'bad address' is geen e-mailadres",
        "email": "E-mail",
    },
    "fr": {
        "menus": ["&Fichier", "&Édition", "&Affichage", "&Rapport", "Aid&e"],
        "statuses": ["Tous les statuts", "Sans réponse", "Reçu", "En attente d'identité",
                     "En cours", "Réponse envoyée", "Clôturé", "Refusé", "Retiré"],
        "headers": {"Référence", "Personne concernée", "Organisation", "Reçu", "Échéance", "Statut"},
        "overdue": "En retard",
        "new": "Nouveau dossier",
        "counts": "dossiers affichés",
        "status": "Reçu",
        "rights": "Accès, Effacement",
        "month": "mars",
        "late": "jours de retard",
        "cancel": "Annuler",
        "bad_email": "«\u00a0bad address\u00a0» n'est pas une adresse e-mail",
        "email": "E-mail\u00a0:",
    },
}


@pytest.fixture
def use_language(qapp):
    """Switch the interface language like the app does at start; back to English afterwards."""
    before = QLocale()

    def use(code: str) -> None:
        assert i18n.install_translator(qapp, code) == code

    yield use
    i18n.remove_translators(qapp)
    QLocale.setDefault(before)


def late_case():
    """Received Monday 3 February 2025 by the Belgian sample: due one month later, 3 March 2025."""
    return desk.create_case(CaseDraft(organisation="ecomarket", name="Bram Peeters", email="bram@example.be",
                                       language="nl", rights=["access", "erasure"], received=date(2025, 2, 3)),
                             "Anna Clerk")


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_main_window_speaks_the_chosen_language(qtbot, samples, use_language, code):
    from dsar_desk.ui.main_window import MainWindow

    use_language(code)
    expected = EXPECTED[code]
    case = late_case()
    window = MainWindow("Anna Clerk")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert [a.text() for a in window.menuBar().actions()] == expected["menus"]
    statuses = [window.status_filter.itemText(i) for i in range(window.status_filter.count())]
    assert statuses == expected["statuses"]
    model = window.table.model()
    headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())}
    assert expected["headers"] <= headers
    assert window.overdue.text() == expected["overdue"]
    assert window.findChild(QPushButton, "new-case").text() == expected["new"]
    assert expected["counts"] in window.counts.text()

    assert window.model.rowCount() == 1 and window.model.reference(0) == case.reference
    row = 0
    column = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    cell = lambda header: model.index(row, column[header]).data()  # noqa: E731
    status_header, rights_header = (("Status", "Rechten") if code == "nl" else ("Statut", "Droits"))
    received_header = "Ontvangen" if code == "nl" else "Reçu"
    assert cell(status_header) == expected["status"]
    assert cell(rights_header) == expected["rights"]
    assert cell(received_header) == "3/02/2025"  # Belgian order, full year (en_GB would say 03/02/2025)

    detail = window.open_case(case.id)
    deadline = detail.deadline.text()
    assert expected["month"] in deadline and "2025" in deadline
    assert expected["late"] in deadline

    # Qt's own words (standard buttons) come from qtbase_LL.qm
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == expected["cancel"]

    # a message of the rules (written in English in dsar_desk.domain) is shown translated
    detail.fields.email.setText("bad address")
    detail.save_button.click()
    assert not detail.errors.isHidden()
    assert expected["bad_email"] in detail.errors.text()
    assert expected["email"] in detail.errors.text()


@pytest.mark.parametrize("code,grouped", [("nl", "12.345"), ("fr", "12\u202f345"), ("en", "12,345")])
def test_numbers_and_sizes_follow_the_locale(use_language, code, grouped):
    from dsar_desk.ui.text import format_number, format_size

    use_language(code)
    assert format_number(12345) == grouped
    assert format_size(1_300_000) == {"nl": "1,2 MB", "fr": "1,2 Mo", "en": "1.2 MB"}[code]


def test_english_plurals(use_language):
    from dsar_desk.ui.text import days_left_text

    use_language("en")
    assert days_left_text(1) == "1 day left"
    assert days_left_text(3) == "3 days left"
    assert days_left_text(-1) == "overdue by 1 day"


def test_preferences_choose_the_language_and_the_name(qtbot, window, answers, use_language):
    queue, seen = answers
    use_language("en")

    def choose_french(dialog):
        assert dialog.objectName() == "preferences"
        dialog.clerk_name.setText("Anne Greffier")
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        assert not dialog.note.isHidden()  # it says when the new language shows
        return QDialog.DialogCode.Accepted

    queue.append(choose_french)
    window.preferences_action.trigger()
    assert not queue
    stored = Settings()
    assert stored.get("ui_language") == "fr" and stored.clerk == "Anne Greffier"
    assert window.clerk == "Anne Greffier"
    assert i18n.ui_language() == "fr"
    assert QApplication.translate("dsar_desk", "&File") == "&Fichier"  # new windows are French

    def back_to_system(dialog):
        assert dialog.language.currentData() == "fr"
        assert dialog.language.itemText(0) == "Langue du système"  # the dialog itself is now French
        dialog.language.setCurrentIndex(0)
        return QDialog.DialogCode.Accepted

    queue.append(back_to_system)
    window.preferences_action.trigger()
    assert Settings().get("ui_language") == ""


MRZ_WORDS = {
    # the identity dialog's MRZ result: the summary, then each disagreement, all in the language
    "nl": ["MRZ TD1: elk controlecijfer klopt", "naam verschilt", "achternaam: de MRZ vermeldt PEETERS, u gaf Janssens in",
           "land van afgifte: de MRZ vermeldt BEL (BE), niet FR"],
    "fr": ["MRZ TD1\u00a0: tous les chiffres de contrôle sont corrects", "le nom diffère",
           "nom\u00a0: la MRZ indique PEETERS, vous avez saisi Janssens",
           "pays de délivrance\u00a0: la MRZ indique BEL (BE), et non FR"],
}


@pytest.mark.parametrize("code", ["nl", "fr"])
def test_an_mrz_disagreement_is_shown_in_the_interface_language(qtbot, samples, use_language, code):
    from dsar_desk.ui.identity_check import IdentityDialog
    from tests.unit.mrz_specimens import td1

    use_language(code)
    case = late_case()
    dialog = IdentityDialog(case.id, "Anna Clerk")
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData("id-document"))
    dialog.surname.setText("Janssens")
    dialog.issuing_country.set_code("FR")
    dialog.mrz.setPlainText(td1(surname="PEETERS", given="BRAM"))
    shown = dialog.mrz_result.text()
    for words in MRZ_WORDS[code]:
        assert words.replace("\u00a0", " ") in shown.replace("\u00a0", " ").replace("\u202f", " "), shown
    assert "the MRZ has" not in shown and "differs" not in shown  # no English left
