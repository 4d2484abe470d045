"""Guards against a Qt binding that would crash the desk after hours of use.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every setter call that returns None;
Python then aborts ("none_dealloc: deallocating None") once None's count reaches zero: after a
few thousand refreshes of a list. This test fails on such a binding instead of a clerk's desk
crashing mid-afternoon.
"""

import sys

from PySide6.QtWidgets import QLabel


def test_widget_setters_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1_500):  # few enough that a leaky binding fails here before it aborts
        label.setText("case")
        label.setToolTip("due")
    after = sys.getrefcount(None)
    assert before - after < 100, f"None lost {before - after} references in 3,000 setter calls"
