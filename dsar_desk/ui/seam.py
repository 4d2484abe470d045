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


def sentences(text: str) -> str:
    """Each line as a sentence: the rules' messages start in lower case ("the passphrase must be
    ..."), to follow a field's name; standing alone in a box they start with a capital."""
    lines = []
    for line in text.split("\n"):
        lead = len(line) - len(line.lstrip("•-* \t"))
        body = line[lead:]
        lines.append(line[:lead] + body[:1].upper() + body[1:] if body[:1].islower() else line)
    return "\n".join(lines)


def message(parent: QWidget | None, title: str, text, *, icon=QMessageBox.Icon.Information,
            details="") -> int:
    # what the rules say (a Message, an exception, a list) is shown in the interface language
    box = QMessageBox(icon, title, sentences(translate_message(text)), QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(sentences(translate_message(details)))
    return launch(box)


def ask(parent: QWidget | None, title: str, text, details="") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, sentences(translate_message(text)),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    if details:
        box.setInformativeText(sentences(translate_message(details)))
    return launch(box) in (QMessageBox.StandardButton.Yes, QDialog.DialogCode.Accepted)
