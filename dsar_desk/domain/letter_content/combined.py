"""One answer for a case with several rights: each right a section, in the order of the law
(access, rectification, erasure, restriction, objection, withdrawal of consent, portability),
the remedies once at the end."""

from __future__ import annotations

from collections.abc import Callable

from dsar_desk.domain.letter_content import access as _access
from dsar_desk.domain.letter_content import answers as _answers
from dsar_desk.domain.letter_content.builder import Builder
from dsar_desk.domain.letter_content.gaps import sections_of
from dsar_desk.domain.letter_content.model import Heading
from dsar_desk.domain.letter_content.texts import join_words

SECTIONS: dict[str, Callable[[Builder], None]] = {
    "access": _access.access,
    "rectification": _answers.rectification,
    "erasure": _answers.erasure,
    "restriction": _answers.restriction,
    "objection": _answers.objection,
    "withdraw-consent": _answers.withdraw_consent,
    "portability": _answers.portability,
}
ARTICLES = {"access": "15", "rectification": "16", "erasure": "17", "restriction": "18", "objection": "21",
            "withdraw-consent": "7(3)", "portability": "20"}


def articles(b: Builder) -> str:
    """"Articles 15 and 17 GDPR" in the letter's language, for the subject line."""
    numbers = [ARTICLES[s] for s in sections_of(b.req)]
    return b.t("combined", "articles" if len(numbers) > 1 else "article",
               articles=join_words(numbers, b.t("combined", "and")))


def combined(b: Builder) -> None:
    b.para("combined", "intro")
    b.combined = True
    for section in sections_of(b.req):
        b.blocks.append(Heading(b.t("combined.headings", section), 0))
        SECTIONS[section](b)
    b.combined = False
    if b.remedies is not None:
        b.blocks.append(Heading(b.t("combined", "remedies_heading"), 1))
        b.complaint(court=b.remedies)
