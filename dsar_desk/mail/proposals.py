"""What a received message seems to ask: proposals for the intake, never decisions.

:func:`propose` reads an :class:`~dsar_desk.mail.message.IncomingMessage` and proposes

* the **language** (nl, fr, en, de) from common words and the rights' own keywords;
* the **rights** asked (access, rectification, erasure, restriction, portability, objection,
  withdraw-consent), each with the words that suggested it;
* the **requester**: the display name and the address to answer (Reply-To over From);
* the **case references** in the subject (``ECO-2026-0042``) and the Message-IDs the message
  answers (In-Reply-To, References), for the desk to find the case;
* whether an attachment looks like a **proof of identity** (an image or PDF, with words such
  as "identiteitskaart", "passeport", "ID" in the text or the file name): "identity received?".

Matching is on whole words or stems, without accents or case ("Accès", "acces" and "ACCÈS" are
one word), sentence by sentence. Words that are only a request in a data-protection context
("toegang", "accès", "access", "Auskunft", "correct", "update", ...) count only when the same
sentence speaks of personal data (gegevens, données, data, Daten, AVG, RGPD, GDPR, DSGVO, ...):
"toegang tot de winkel" or "Auskunft über Ihre Öffnungszeiten" propose nothing. "Widerruf"
(which in German shops is the cancellation of a purchase) proposes withdrawal of consent only
next to "Einwilligung".
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from dsar_desk.domain.cases import SUMMARY_MAX, parse_reference, search_key
from dsar_desk.mail.errors import MailError
from dsar_desk.mail.message import IncomingMessage, received_date

__all__ = ["Proposal", "IdentityHint", "propose", "propose_rights", "propose_language", "find_references",
           "identity_hint", "PROPOSED_RIGHTS", "LANGUAGES"]

LANGUAGES = ("nl", "fr", "en", "de")
PROPOSED_RIGHTS = ("access", "rectification", "erasure", "restriction", "portability", "objection",
                   "withdraw-consent")

# Words that make a weak keyword count: the sentence is about personal data.
_DATA = (r"\b(persoons)?gegevens\b|\bdonnees\b|\bdata\b|\bdaten\b|\bpersonenbezogen\w*|\binformations?\b"
         r"|\binformatie\b|\bavg\b|\bgdpr\b|\brgpd\b|\bdsgvo\b|\bprivacy\b|\bvie privee\b|\bdatenschutz\w*"
         r"|\bdossier\b|\bprofiel\b|\bprofil\b|\bprofile\b|\baccount\b|\bcompte\b|\bkonto\b")
_PERSONAL_FIELD = _DATA + (r"|\badres\b|\baddress\b|\badresse\b|\banschrift\b|\bnaam\b|\bname\b|\bnom\b"
                           r"|\bgeboortedatum\b|\bdate of birth\b|\bdate de naissance\b|\bgeburtsdatum\b"
                           r"|\be-?mail(adres)?\b|\btelefoonnummer\b|\bphone number\b|\btelephone\b")

# "... about me": what turns "what information" into a question about the requester's data.
_ABOUT_ME = (r"\b(about|on|of) me\b|\byou (hold|have|keep|process|store)\b|\bsur moi\b|\bme concernant\b"
             r"|\bvous (avez|detenez|conservez|traitez)\b|\buber mich\b|\bvon mir\b|\bzu meiner person\b"
             r"|\bspeicher\w*|\bverarbeite\w*")

# right -> [(pattern on the accent-free lower-case sentence, context pattern or None, language or "")]
_RULES: dict[str, list[tuple[str, str | None, str]]] = {
    "access": [
        (r"\binzage\w*", None, "nl"),
        (r"\binzien\b", _DATA, "nl"),
        (r"\btoegang\b", _DATA, "nl"),
        (r"\bkopie\b", _DATA, "nl"),
        (r"\bwelke (persoons)?gegevens\b", None, "nl"),
        (r"\bquelles (sont les )?(donnees|informations)\b", _ABOUT_ME, "fr"),
        (r"\bwhat (personal )?(data|information)\b|\ball (the )?(personal )?(data|information)\b", _ABOUT_ME, "en"),
        (r"\bwelche (personenbezogenen )?daten\b", _ABOUT_ME, "de"),
        (r"\bdroit d'acces\b", None, "fr"),
        (r"\bacces\b", _DATA, "fr"),
        (r"\bacceder\b", _DATA, "fr"),
        (r"\bcopie\b", _DATA, "fr"),
        (r"\bcommuniquer\b|\bcommunication\b", _DATA, "fr"),
        (r"\bsubject access\b|\bright of access\b|\bdsar\b", None, "en"),
        (r"\baccess\b", _DATA, "en"),
        (r"\bcopy\b", _DATA, "en"),
        (r"\bauskunft\w*", _DATA, "de"),
        (r"\bzugang\b|\beinsicht\b", _DATA, "de"),
        (r"\b(art|article|artikel)\.? ?15\b", _DATA, ""),
    ],
    "rectification": [
        (r"\brechtzet\w*|\brectificatie\w*|\bverbeter\w*", None, "nl"),
        (r"\bcorrigeer\w*|\bcorrectie\w*|\baanpass\w*|\bwijzig\w*|\bonjuist\w*", _PERSONAL_FIELD, "nl"),
        (r"\brectifi\w*", None, "fr"),
        (r"\bcorrig\w*|\bmettre a jour\b|\bmodifi\w*|\binexact\w*", _PERSONAL_FIELD, "fr"),
        (r"\brectif\w*", None, "en"),
        (r"\bcorrect(ed|ion|ing)?\b|\bupdate\b|\binaccurate\b|\bwrong\b", _PERSONAL_FIELD, "en"),
        (r"\bberichtig\w*", None, "de"),
        (r"\bkorrig\w*|\bunrichtig\w*|\baktualisier\w*", _PERSONAL_FIELD, "de"),
        (r"\b(art|article|artikel)\.? ?16\b", _DATA, ""),
    ],
    "erasure": [
        (r"\bverwijder\w*|\brecht op vergetelheid\b|\bvergeten te worden\b", None, "nl"),
        (r"\bwissen\b|\bwis\b|\buitwissen\b", _DATA, "nl"),
        (r"\beffac\w*|\bdroit a l'oubli\b|\bsuppr(ime|imer|imez|ession)\w*", None, "fr"),
        (r"\berase\b|\berasure\b|\bdelet(e|ed|ion)\b|\bright to be forgotten\b", None, "en"),
        (r"\bremove\b", _DATA, "en"),
        (r"\bloe?sch\w*|\bvergessenwerden\b|\bvergessen zu werden\b", None, "de"),
        (r"\b(art|article|artikel)\.? ?17\b", _DATA, ""),
    ],
    "restriction": [
        (r"\bbeperk\w*", r"\bverwerk\w*", "nl"),
        (r"\blimit\w*", r"\btraitement\b", "fr"),
        (r"\brestrict\w*", r"\bprocessing\b|\buse\b", "en"),
        (r"\beinschrank\w*|\beinschraenk\w*", r"\bverarbeitung\b", "de"),
        (r"\b(art|article|artikel)\.? ?18\b", _DATA, ""),
    ],
    "portability": [
        (r"\b(gegevens)?overdraagbaarheid\b|\bmachineleesbaar\w*", None, "nl"),
        (r"\bover te dragen\b|\boverdragen\b|\boverdracht\b", _DATA, "nl"),
        (r"\bportabilite\b|\blisible par (une )?machine\b", None, "fr"),
        (r"\btransmettre\b|\btransferer\b", _DATA, "fr"),
        (r"\bportability\b|\bmachine[- ]readable\b", None, "en"),
        (r"\btransfer\b|\btransmit\b", _DATA, "en"),
        (r"\b(daten)?ubertragbarkeit\b|\b(daten)?uebertragbarkeit\b|\bmaschinenlesbar\w*", None, "de"),
        (r"\b(art|article|artikel)\.? ?20\b", _DATA, ""),
    ],
    "objection": [
        (r"\bbezwaar\w*|\bverzet\b|\bverzet mij\b|\buitschrijv\w*|\bschrijf mij uit\b", None, "nl"),
        (r"\bdroit d'opposition\b|\bm'oppose\w*|\bs'opposer\b|\bopposition\b|\bme desabonner\b|\bdesinscri\w*",
         None, "fr"),
        (r"\bright to object\b|\bobjection\b|\bobject to\b|\bi object\b|\bopt(-| )?out\b|\bunsubscribe\b",
         None, "en"),
        (r"\bwiderspruch\w*|\bwiderspreche\w*|\babmelden\b|\babbestellen\b", None, "de"),
        (r"\b(art|article|artikel)\.? ?21\b", _DATA, ""),
    ],
    "withdraw-consent": [
        (r"\btoestemming\w*", r"\bin ?trek\w*|\bin te trekken\b|\btrek\w*|\bterug\w*", "nl"),
        (r"\bconsentement\b", r"\bretir\w*|\brevoqu\w*|\bannul\w*", "fr"),
        (r"\bconsent\b", r"\bwithdraw\w*|\brevok\w*|\bretract\w*", "en"),
        (r"\beinwilligung\w*", r"\bwiderruf\w*|\bzuruckzieh\w*|\bzurueckzieh\w*|\bzuruck\b", "de"),
    ],
}
_COMPILED = {right: [(re.compile(p), re.compile(c) if c else None, lang) for p, c, lang in rules]
             for right, rules in _RULES.items()}

# Common short words of each language (accent-free, lower case).
_STOPWORDS = {
    "nl": "de het een en van ik mijn u uw niet zijn voor met op dat die wil graag ook naar om te is bij "
          "hebt heb heeft wordt zou kunnen vriendelijke groet geachte beste alle welke over".split(),
    "fr": "le la les des et je mes mon ma vous votre vos pour que qui est une du au aux avec sur pas "
          "ne ce cette dans madame monsieur bonjour cordialement merci veuillez mes".split(),
    "en": "the and of to my i you your is please for with that this are have has be it me on at from "
          "dear regards kind would like any all about".split(),
    "de": "der die das und ich mein meine meiner sie ihre ihnen nicht mit zu von fur bitte ist ein eine "
          "auf dem den sehr geehrte damen herren freundlichen grussen uber".split(),
}
_STOP_SETS = {lang: frozenset(words) for lang, words in _STOPWORDS.items()}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|\n\s*\n|\n(?=\s*[-*•])")
_REFERENCE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{2,6}-\d{4}-\d{4,})(?![A-Za-z0-9-])")

# Proofs of identity, by name (accent-free, lower case) ...
_IDENTITY_WORDS = re.compile(
    r"\bidentiteitskaart\w*|\bidentiteitsbewijs\w*|\bpaspoort\w*|\brijbewijs\w*|\bverblijfs(titel|kaart)\w*"
    r"|\bpasseport\w*|\bcarte d'identite\b|\bpiece d'identite\b|\bpieces d'identite\b|\btitre de sejour\b"
    r"|\bpermis de conduire\b|\bpassport\w*|\bidentity card\b|\bid card\b|\bproof of identity\b"
    r"|\bidentity document\b|\bdriving licen[cs]e\b|\bdriver'?s licen[cs]e\b|\bpersonalausweis\w*"
    r"|\bausweis\w*|\breisepass\w*|\bfuhrerschein\w*|\bfuehrerschein\w*|\beid\b|\bbelgian eid\b")
# ... and the word "ID" as written (upper case in the text; any case as a part of a file name).
_ID_IN_TEXT = re.compile(r"(?<![A-Za-z])ID(?![A-Za-z])")
_ID_IN_NAME = re.compile(r"(?<![a-z])(id|eid|ic)(?![a-z])")


@dataclass(frozen=True)
class IdentityHint:
    """Attachments that look like a proof of identity: a question for the clerk, not a check."""

    attachments: tuple[str, ...]  # their file names
    words: tuple[str, ...]  # what suggested it ("identiteitskaart", "ID", ...)

    @property
    def question(self) -> str:
        return "identity received?"


@dataclass(frozen=True)
class Proposal:
    """The intake fields a message proposes; every one is for the clerk to confirm or change."""

    name: str
    email: str
    language: str | None
    rights: tuple[str, ...]
    evidence: dict[str, tuple[str, ...]]  # right -> the words that proposed it
    references: tuple[str, ...]  # case references in the subject, upper case
    thread_ids: tuple[str, ...]  # Message-IDs the message answers
    identity: IdentityHint | None
    subject: str
    summary: str  # subject and plain text, at most SUMMARY_MAX characters
    received: date | None  # in the organisation's time zone (when one was given)
    message_id: str
    attachments: tuple[str, ...]
    channel: str = "email"

    def as_dict(self) -> dict:
        return {
            "name": self.name, "email": self.email, "channel": self.channel,
            "received": self.received.isoformat() if self.received else None,
            "language": self.language, "rights": list(self.rights),
            "evidence": {k: list(v) for k, v in self.evidence.items()},
            "references": list(self.references), "thread_ids": list(self.thread_ids),
            "identity": None if self.identity is None else {
                "question": self.identity.question, "attachments": list(self.identity.attachments),
                "words": list(self.identity.words)},
            "subject": self.subject, "summary": self.summary, "message_id": self.message_id,
            "attachments": list(self.attachments),
        }

    def to_json(self) -> str:
        """The proposal as JSON (``dsar-desk mail import --dry-run``)."""
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


# -- text ----------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    """Accent-free lower case, typographic apostrophes as ', one space between words."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'").replace("\u00b4", "'")
    return search_key(text)


def _sentences(text: str) -> list[str]:
    return [s for s in (" ".join(part.split()) for part in _SENTENCES.split(_plain(text))) if s]


def propose_rights(text: str) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]], dict[str, int]]:
    """The rights a text asks, in the order of :data:`PROPOSED_RIGHTS`, the words found for each,
    and how many keyword hits each language had (for :func:`propose_language`)."""
    found: dict[str, list[str]] = {}
    languages = dict.fromkeys(LANGUAGES, 0)
    for sentence in _sentences(text):
        for right, rules in _COMPILED.items():
            for pattern, context, lang in rules:
                match = pattern.search(sentence)
                if not match or (context is not None and not context.search(sentence)):
                    continue
                words = found.setdefault(right, [])
                if match.group(0) not in words:
                    words.append(match.group(0))
                if lang:
                    languages[lang] += 1
    rights = tuple(r for r in PROPOSED_RIGHTS if r in found)
    return rights, {r: tuple(found[r]) for r in rights}, languages


def propose_language(text: str, keyword_hits: dict[str, int] | None = None) -> str | None:
    """nl, fr, en or de, when the text says so clearly enough; None when it does not."""
    scores = dict.fromkeys(LANGUAGES, 0.0)
    for word in _WORD.findall(_plain(text)):
        for lang, words in _STOP_SETS.items():
            if word in words:
                scores[lang] += 1
    for lang, hits in (keyword_hits or {}).items():
        scores[lang] += 2 * hits
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 3 or top < 1.5 * second:
        return None
    return best


def find_references(subject: str) -> tuple[str, ...]:
    """Case references (``ECO-2026-0042``) in a subject, upper case, in order, each once."""
    found: list[str] = []
    for candidate in _REFERENCE.findall(subject or ""):
        reference = candidate.upper()
        parsed = parse_reference(reference)
        if parsed is None or not any(c.isalpha() for c in parsed[0]) or not 2018 <= parsed[1] <= 2099:
            continue
        if reference not in found:
            found.append(reference)
    return tuple(found)


def identity_hint(message: IncomingMessage) -> IdentityHint | None:
    """Attachments that may be a proof of identity: an image or a PDF, with an identity word in
    the subject, the text or its own file name."""
    candidates = [a for a in message.attachments
                  if a.mime.startswith("image/") or a.mime == "application/pdf"
                  or a.filename.lower().endswith((".pdf", ".jpg", ".jpeg", ".png", ".heic", ".tif", ".tiff"))]
    if not candidates:
        return None
    words: list[str] = []
    text = f"{message.subject}\n{message.text}"
    for match in _IDENTITY_WORDS.finditer(_plain(text)):
        if match.group(0) not in words:
            words.append(match.group(0))
    if _ID_IN_TEXT.search(text):
        words.append("ID")
    named = []
    for attachment in candidates:
        stem = _plain(attachment.filename.rsplit(".", 1)[0].replace("_", " ").replace("-", " "))
        hits = [m.group(0) for m in _IDENTITY_WORDS.finditer(stem)] + [m.group(0) for m in _ID_IN_NAME.finditer(stem)]
        if hits:
            named.append(attachment.filename)
            words += [h for h in hits if h not in words]
    if not words:
        return None
    return IdentityHint(tuple(named or [a.filename for a in candidates]), tuple(words))


def _requester_name(message: IncomingMessage) -> str:
    name = message.from_name.strip().strip('"').strip()
    if "@" in name:
        return ""
    return unicodedata.normalize("NFC", name)


def propose(message: IncomingMessage, tz: tzinfo | str | None = None,
            fallback_date: datetime | None = None) -> Proposal:
    """The intake a message proposes. ``tz`` is the organisation's time zone (for the date received)."""
    text = f"{message.subject}\n\n{message.text}"
    rights, evidence, hits = propose_rights(text)
    language = propose_language(text, hits)
    received = None
    if tz is not None:
        try:
            received = received_date(message, tz, fallback_date)
        except MailError as exc:
            if exc.kind != "parse":  # no readable date: the clerk enters it; a bad zone is a setting problem
                raise
    summary = message.subject + ("\n\n" + message.text if message.text else "")
    return Proposal(
        name=_requester_name(message), email=message.reply_address, language=language, rights=rights,
        evidence=evidence, references=find_references(message.subject), thread_ids=message.thread_ids,
        identity=identity_hint(message), subject=message.subject, summary=summary[:SUMMARY_MAX],
        received=received, message_id=message.message_id,
        attachments=tuple(a.filename for a in message.attachments))
