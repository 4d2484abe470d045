"""What goes into a letter to a requester: the legal rules, in plain Python.

:func:`build_letter` turns a :class:`LetterRequest` (the case, as the clerk filled it in) and the
organisation's :class:`~dsar_desk.domain.profile.Profile` into a :class:`LetterContent`: the
letterhead, the address for the window envelope, the references, the subject and a list of
typed blocks (headings, paragraphs, bullet lists, key-value tables, address blocks). The
``letters`` floor lays that out on A4 with reportlab; the preview can show it as it is.

The wording lives in ``resources/letters/<lang>/<kind>.toml`` and ``common.toml``, with named
``{placeholders}``, so that a lawyer can read and correct it without reading Python. Which
paragraphs go into which letter, and in which order, is decided here.

The package, by what the code holds:
    model.py        the kinds, LetterRequest (the input), the blocks and LetterContent (the output)
    texts.py        loading and filling the TOML texts, French typography, dates, city of an address
    gaps.py         what stops a letter (letter_blocks: never a false statement), what it covers
    builder.py      the Builder every kind uses: texts, register fields, fallbacks, what to check
    procedure.py    acknowledgement, identity request, reminder and closing, clarification,
                    a representative's mandate, extension, fee
    access.py       the access answer (Art. 15), and the partial one (Art. 15(4))
    answers.py      rectification (done or refused), erasure, restriction, objection, consent, portability
    outcomes.py     refusal, no data held, wrong organisation, forwarded to the controller, deceased
    combined.py     one answer for a case with several rights
    portability.py  the JSON and CSV annex of a portability answer
    build.py        build_letter() (the frame around the blocks) and suggest_kind()

No Qt, no database, no reportlab here: only the standard library, babel and the other modules
of ``dsar_desk.domain``. Every message for the clerk (LetterError, ``missing``, ``fell_back``)
is a coded message (dsar_desk.domain.messages).
"""
from dsar_desk.domain.letter_content.build import KIND_BUILDERS, build_letter, suggest_kind
from dsar_desk.domain.letter_content.gaps import (
    EXCEPTION_NAMES,
    LetterBlocked,
    action_outcome,
    concerned,
    discloses,
    letter_blocks,
    nothing_found,
    search_outcome,
    sections_of,
)
from dsar_desk.domain.letter_content.model import (
    ACCESS_KINDS,
    ANSWER_FOR_RIGHT,
    COMBINED_ORDER,
    DISCLOSING_KINDS,
    ERASURE_EXCEPTIONS,
    FEE_REASONS,
    LEGAL_BASIS,
    LETTER_KINDS,
    LETTER_LANGUAGES,
    LOCAL_PLACEHOLDERS,
    PLACEHOLDERS,
    RESTRICTION_GROUNDS,
    AddressBlock,
    Block,
    BulletList,
    Heading,
    KeyValueTable,
    LetterContent,
    LetterError,
    LetterLayout,
    LetterRequest,
    Paragraph,
    Sender,
    Signature,
)
from dsar_desk.domain.letter_content.portability import portability_annex, portability_file_names
from dsar_desk.domain.letter_content.texts import (
    city_of,
    country_name,
    format_letter_date,
    format_money,
    french_typography,
    letters_dir,
    load_texts,
    placeholders,
    variant_for,
)

__all__ = [
    "EXCEPTION_NAMES", "action_outcome", "ACCESS_KINDS", "COMBINED_ORDER", "FEE_REASONS", "LEGAL_BASIS", "LetterBlocked", "concerned", "discloses",
    "letter_blocks", "nothing_found", "search_outcome", "sections_of", "format_money", "variant_for",
    "ANSWER_FOR_RIGHT", "DISCLOSING_KINDS", "ERASURE_EXCEPTIONS", "LETTER_KINDS", "LETTER_LANGUAGES",
    "LOCAL_PLACEHOLDERS", "PLACEHOLDERS", "RESTRICTION_GROUNDS", "KIND_BUILDERS",
    "AddressBlock", "Block", "BulletList", "Heading", "KeyValueTable", "LetterContent", "LetterError",
    "LetterLayout", "LetterRequest", "Paragraph", "Sender", "Signature",
    "build_letter", "suggest_kind", "portability_annex", "portability_file_names",
    "city_of", "country_name", "format_letter_date", "french_typography", "letters_dir", "load_texts",
    "placeholders",
]
