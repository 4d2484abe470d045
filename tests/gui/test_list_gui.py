"""The case list window at work (issue 18): what is counted off the UI thread, the search box
finding notes and summaries, sorting by a header click."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from dsar_desk.desk import cases as desk
from dsar_desk.domain.cases import CaseDraft


def new_case(name, summary="", received=None):
    return desk.create_case(CaseDraft(organisation="ecomail", name=name, email=f"{name.split()[0].lower()}@example.nl",
                                      language="nl", rights=["access"], summary=summary,
                                      received=received or date.today() - timedelta(days=3)), "Anna Clerk")


def test_the_today_view_and_the_reminder_are_counted_off_the_ui_thread(qtbot, window, monkeypatch):
    from dsar_desk.store import today as today_store

    threads = []
    for name in ("snapshot", "reminder"):
        real = getattr(today_store, name)

        def spy(*args, _real=real, **kwargs):
            threads.append(threading.current_thread() is threading.main_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(today_store, name, spy)
    new_case("Late Requester", received=date.today() - timedelta(days=40))
    with qtbot.waitSignal(window.today.refreshed, timeout=10_000):
        window.reload()
    with qtbot.waitSignal(window.today.reminder_checked, timeout=10_000) as checked:
        window.today.remind()
    assert threads and not any(threads)  # every count ran in a worker thread
    assert checked.args[0].overdue == 1
    assert window.windowTitle().startswith("DSAR Desk (1) — 1 overdue")


def test_the_search_box_finds_a_note_and_a_summary(qtbot, window):
    noted = new_case("Jan de Vries")
    desk.add_note(noted, "Wil ook de opnames van de klantenservice.", "Anna Clerk")
    summarised = new_case("Zoë Ørsted", summary="Vraagt wie haar adres van ons kreeg.")
    new_case("Someone Else")
    window.reload()
    assert window.model.rowCount() == 3
    qtbot.keyClicks(window.search, "klantenservice")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.index(0, 0).data() == noted.reference
    window.search.clear()
    qtbot.keyClicks(window.search, "ADRES VAN ONS")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.model.index(0, 0).data() == summarised.reference,
                    timeout=3000)
    assert "1 cases shown" in window.counts.text()


def test_a_header_click_sorts_the_whole_list_not_the_page(qtbot, window):
    for i, name in enumerate(["Bram", "anna", "Céline", "Daan", "ålof"]):
        new_case(f"{name} Test", received=date.today() - timedelta(days=i))
    window.reload()
    header = window.table.horizontalHeader()
    requester = 1
    x = header.sectionViewportPosition(requester) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    shown = [window.model.index(r, requester).data() for r in range(window.model.rowCount())]
    assert shown == sorted(shown) or shown == sorted(shown, reverse=True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    again = [window.model.index(r, requester).data() for r in range(window.model.rowCount())]
    assert again == list(reversed(shown))


def test_a_search_matching_more_than_the_list_shows_says_so(qtbot, window, monkeypatch):
    from dsar_desk.store import case_list

    monkeypatch.setattr(case_list, "SEARCH_CAP", 3)
    for i in range(5):
        new_case(f"Same Name {i}")
    window.reload()
    qtbot.keyClicks(window.search, "same name")
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=3000)
    assert "More than 3 cases match" in window.counts.text()
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 5, timeout=3000)
    assert "More than" not in window.counts.text()


def test_a_closed_case_window_is_deleted_not_kept_in_memory(qtbot, window):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    case = new_case("Kept Or Not")
    window.reload()
    detail = window.open_case(case.id)
    assert shiboken6.isValid(detail) and case.id in window.details
    detail.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(detail)
    assert case.id not in window.details
    again = window.open_case(case.id)  # opens afresh
    assert shiboken6.isValid(again) and again is not detail
    qtbot.addWidget(again)
