"""The intake pre-filled from an e-mail: a message file (File → Import a message…, a drop on the
main window or the intake) or an Inbox item. What the text suggests (the rights, the language)
is marked as a proposal for the clerk to confirm; nothing is decided behind the clerk's back.

:class:`MessageIntake` is a mixin of :class:`dsar_desk.ui.intake.IntakeDialog` (it imports no
other interface module, so that the intake keeps no cycle).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QLabel

from dsar_desk.desk import mail as desk_mail
from dsar_desk.domain.cases import RIGHT_LABELS, InvalidCase, NewAttachment
from dsar_desk.mail.errors import MailError
from dsar_desk.ui.files import MESSAGE_SUFFIXES, is_message_file  # noqa: F401 - where intake finds them
from dsar_desk.ui.messages import translate_message
from dsar_desk.ui.text import tr
from dsar_desk.ui.widgets import language_name

log = logging.getLogger(__name__)

PROPOSED_STYLE = "background-color: #fff4c2;"  # the fields a message proposed, until the clerk saves


class MessageIntake:
    """What the intake needs to be filled from a message and to keep it with the new case."""

    message_source: tuple | None = None  # ("file", slug, raw, filename) or ("inbox", row id)
    proposed: desk_mail.Proposed | None = None
    proposal_note: QLabel | None = None

    # -- filling ----------------------------------------------------------------------------------
    def load_message_file(self, path: Path) -> bool:
        """Read a message file and fill the intake with what it proposes; the clerk is told of a
        file that cannot be read (and nothing else changes)."""
        try:
            raw = desk_mail.read_message_file(path)
            slug = self._organisation_for(raw, path.name)
            proposed = desk_mail.propose_file(slug, raw, path.name)
        except desk_mail.InvalidMail as exc:
            self.errors.show_problems(exc.problems)
            return False
        except MailError as exc:
            self._show_note(tr("{0} cannot be read as an e-mail: {1}").format(path.name, translate_message(exc.message)),
                            error=True)
            return False
        self.load_proposed(proposed, ("file", slug, raw, path.name))
        return True

    def _organisation_for(self, raw: bytes, filename: str) -> str:
        from dsar_desk.mail.message import parse_message_file

        chosen = self.fields.organisation.currentData() or ""
        try:
            return desk_mail.organisation_for(parse_message_file(raw, filename)) or chosen
        except MailError:
            return chosen

    def load_proposed(self, proposed: desk_mail.Proposed, source: tuple) -> None:
        self.proposed = proposed
        self.message_source = source
        # the clerk's own fields (who handles it) stay as they are
        self.fields.load(replace(proposed.draft, assignee=self.fields.assignee.text() or self.clerk))
        if not getattr(self, "_follows_organisation", False):
            self._follows_organisation = True
            self.fields.organisation.currentIndexChanged.connect(self._organisation_picked)
        self.setWindowTitle(tr("New case from an e-mail"))
        for widget in (self.fields.name, self.fields.email, self.fields.received, self.fields.summary):
            widget.setToolTip(tr("From the message: check it"))
        marked = []
        for right in proposed.draft.rights:
            box = self.fields.rights[right]
            box.setStyleSheet(PROPOSED_STYLE)
            words = ", ".join(proposed.proposal.evidence.get(right, ()))
            box.setToolTip(tr("Proposed from the words: {0}").format(words))
            marked.append(tr(RIGHT_LABELS[right]).lower())
        lines = [tr("Filled in from the e-mail of {0}. The highlighted fields are proposals: check them "
                    "before saving.").format(proposed.proposal.email or proposed.proposal.name)]
        if marked:
            lines.append(tr("Rights proposed from the text: {0}.").format(", ".join(marked)))
            self.fields.rights_box.setToolTip(tr("Proposed from the text of the message: confirm or change"))
        else:
            lines.append(tr("No right was recognised in the text: tick the rights asked."))
        if proposed.language_proposed:
            self.fields.language.setStyleSheet(PROPOSED_STYLE)
            self.fields.language.setToolTip(tr("Proposed from the text of the message"))
            lines.append(tr("Language proposed from the text: {0}.").format(language_name(proposed.draft.language)))
        if proposed.proposal.identity is not None:
            lines.append(tr("Identity received? {0} may be a proof of identity: check it and record the check "
                            "on the case.").format(", ".join(proposed.proposal.identity.attachments)))
        if proposed.message.attachments:
            lines.append(tr("The message and its {0} attachment(s) are kept with the case, encrypted.").format(
                len(proposed.message.attachments)))
        else:
            lines.append(tr("The message is kept with the case, encrypted."))
        self._show_note("\n".join(lines))

    def _organisation_picked(self) -> None:
        """Another organisation chosen for a message file: its languages and time zone propose again."""
        slug = self.fields.organisation.currentData()
        if not self.message_source or self.message_source[0] != "file" or slug == self.message_source[1]:
            return
        _, _old, raw, filename = self.message_source
        try:
            proposed = desk_mail.propose_file(slug, raw, filename)
        except MailError:  # it was read once: a time zone setting of the new organisation
            return
        for box in self.fields.rights.values():
            box.setStyleSheet("")
        self.fields.language.setStyleSheet("")
        self.load_proposed(proposed, ("file", slug, raw, filename))

    def _show_note(self, text: str, error: bool = False) -> None:
        if self.proposal_note is None:
            self.proposal_note = QLabel(objectName="proposal-note")
            self.proposal_note.setWordWrap(True)
            self.layout().insertWidget(0, self.proposal_note)
        self.proposal_note.setStyleSheet("padding: 6px; " + ("color: #b02a37;" if error else PROPOSED_STYLE))
        self.proposal_note.setText(text)
        self.proposal_note.show()

    # -- saving -----------------------------------------------------------------------------------
    def save_from_message(self, draft, attachments: list[NewAttachment]):
        """Create the case with the message kept; returns the case (or raises what create_case raises)."""
        try:
            if self.message_source[0] == "file":
                _, _slug, raw, filename = self.message_source
                return desk_mail.import_message(draft.organisation, raw, filename, self.clerk, draft=draft,
                                                attachments=attachments)
            return desk_mail.make_case_from(self.message_source[1], draft, self.clerk, attachments=attachments)
        except desk_mail.InvalidMail as exc:  # already kept, handled meanwhile: shown like the intake's own problems
            raise InvalidCase(exc.problems) from None


def mark_identity_proposal(button, case) -> bool:
    """On the case: "Identity received" marked as a proposal when a message kept with the case
    carries what looks like a proof of identity (the clerk checks it, then clicks)."""
    proposals = desk_mail.identity_proposals(case)
    if not proposals or not button.isEnabled():
        return False
    names = ", ".join(name for _row, attachments in proposals for name in attachments)
    button.setText(tr("Identity received?"))
    button.setStyleSheet(PROPOSED_STYLE)
    button.setToolTip(tr("Received by e-mail: {0} may be a proof of identity. Check it, then confirm.").format(names))
    return True
