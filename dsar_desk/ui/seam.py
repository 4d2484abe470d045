"""Every modal dialog and message box goes through launch(), so tests can answer them.

In the app, launch() runs the dialog's own event loop. A test installs an answerer with
``answer_dialogs(fn)``: fn receives the dialog (already built and filled) and returns the result
code, after setting whatever it wants on the dialog's widgets, without any Qt patching.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from dsar_desk.ui.messages import translate_message

Answerer = Callable[[QDialog], int]
_answerer: Answerer | None = None


def answer_dialogs(answerer: Answerer | None) -> None:
    global _answerer
    _answerer = answerer


def launch(dialog: QDialog) -> int:
    if _answerer is not None:
        result = _answerer(dialog)
        dialog.setResult(result)
        return result
    return dialog.exec()


def message(parent: QWidget | None, title: str, text, *, icon=QMessageBox.Icon.Information,
            details="") -> int:
    # what the rules say (a Message, an exception, a list) is shown in the interface language
    box = QMessageBox(icon, title, translate_message(text), QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(translate_message(details))
    return launch(box)


def ask(parent: QWidget | None, title: str, text, details="") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, translate_message(text),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    if details:
        box.setInformativeText(translate_message(details))
    return launch(box) in (QMessageBox.StandardButton.Yes, QDialog.DialogCode.Accepted)
