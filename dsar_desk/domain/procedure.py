"""The organisation's written procedure for handling data subject requests (GDPR Art. 5(2), 12, 24).

    procedure = build_procedure(profile, ProcedureSettings(register_version=3, ...), "nl")
    procedure.title, procedure.version_line
    for section in procedure.sections: section.heading, section.paragraphs, section.items

Generated from the organisation's profile (contact points, identity policy, promised deadline,
free requests, retention of cases and ID copies, the register of processing, the supervisory
authority) and its settings in the desk (who handles requests, the holiday region, what
waiting for the requester does to the clock, when a reminder goes out). Versioned with the
register: procedure version N is the one drawn from register version N, so a new register
version gives a new procedure (the EDPB's 2024 coordinated action found many controllers without
a documented procedure).

The wording is in ``resources/procedure/<language>.toml`` (en, nl, fr); another language of the
organisation falls back to English and says so. Plain Python: a pure function, no database.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date

from dsar_desk.domain.cases import CHANNELS
from dsar_desk.domain.profile import Profile
from dsar_desk.resources import resource

__all__ = ["PROCEDURE_LANGUAGES", "ProcedureSettings", "Section", "Procedure", "build_procedure", "procedure_dir"]

PROCEDURE_LANGUAGES = ("en", "nl", "fr")
SECTION_KEYS = ("purpose", "who", "channels", "identity", "deadlines", "answer", "records", "review")


class ProcedureError(ValueError):
    """The procedure texts cannot be read (an incomplete installation)."""


@dataclass(frozen=True)
class ProcedureSettings:
    """What the desk knows beside the profile."""

    register_version: int
    register_date: date | None = None  # when that version was recorded
    handlers: tuple[str, ...] = ()  # who answers requests: "Anna Clerk (privacy officer)", ...
    pause_rule: str = "suspend"  # suspend | restart | none
    subdivision: str | None = None  # holiday region
    reminder_days: int = 14  # an unanswered identity request is followed up after this many days
    channels: tuple[str, ...] = CHANNELS
    generated_on: date | None = None


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    paragraphs: tuple[str, ...]
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Procedure:
    organisation: str
    slug: str
    language: str  # of the text
    asked_language: str
    title: str
    version_line: str
    generated_line: str
    register_version: int
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def fell_back(self) -> bool:
        return self.language != self.asked_language

    def text(self) -> str:
        """The procedure as plain text (a heading, its paragraphs and items)."""
        lines = [self.title, self.organisation, self.version_line, ""]
        for s in self.sections:
            lines.append(s.heading)
            lines += list(s.paragraphs)
            lines += [f"- {item}" for item in s.items]
            lines.append("")
        lines.append(self.generated_line)
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation, "slug": self.slug, "language": self.language,
            "title": self.title, "version": self.register_version, "version_line": self.version_line,
            "sections": [{"key": s.key, "heading": s.heading, "paragraphs": list(s.paragraphs),
                          "items": list(s.items)} for s in self.sections],
        }


def procedure_dir() -> Path:
    """``resources/procedure`` (dsar_desk.resources: the source tree, an installed wheel or a bundle)."""
    return resource("procedure")


@lru_cache(maxsize=8)
def load_texts(language: str, folder: str | None = None) -> dict[str, Any]:
    path = (Path(folder) if folder else procedure_dir()) / f"{language}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ProcedureError(f"The procedure texts for “{language}” are missing ({path.name}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise ProcedureError(f"The procedure texts {path.name} cannot be read: {exc}.") from None


def _join(items: list[str], texts: dict[str, Any]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + texts["and"] + items[-1]


def build_procedure(profile: Profile, settings: ProcedureSettings, language: str | None = None) -> Procedure:
    """The procedure of the organisation in ``language`` (default: its first language)."""
    asked = (language or profile.default_language).lower()
    lang = asked if asked in PROCEDURE_LANGUAGES else "en"
    t = load_texts(lang)
    s = t["sections"]
    locale = Locale.parse({"en": "en_GB", "nl": "nl_BE", "fr": "fr_BE"}[lang])
    today = settings.generated_on or date.today()

    def day(value: date) -> str:
        return format_date(value, format="long", locale=locale)

    def text(value) -> str:
        found = profile.text(value, lang)
        return found.text if found else ""

    version = settings.register_version
    values = {
        "organisation": profile.name,
        "version": version,
        "register_date": day(settings.register_date) if settings.register_date else "",
        "today": day(today),
        "country": locale.territories.get(profile.country, profile.country),
        "subdivision": settings.subdivision or "",
        "languages": _join([locale.languages.get(x, x) for x in profile.languages], t),
        "days": settings.reminder_days,
        "deadline_days": profile.deadline_days or 0,
        "free": profile.free_requests_per_year if profile.free_requests_per_year is not None else 0,
        "years": profile.case_retention_years,
        "copy_days": profile.id_copy_retention_days,
        "activities": len(profile.processing),
        "recipients": len(profile.recipients),
    }

    def fill(template: str, **extra: Any) -> str:
        return template.format(**{**values, **extra})

    sections: list[Section] = []
    # 1. purpose and scope
    sections.append(Section("purpose", s["purpose"]["heading"], tuple(fill(p) for p in s["purpose"]["text"])))
    # 2. who
    who = s["who"]
    paragraphs = [fill(who["handlers"], handlers=_join(list(settings.handlers), t))] if settings.handlers \
        else [fill(who["no_handlers"])]
    dpo = text(profile.dpo)
    paragraphs.append(fill(who["dpo"], dpo=dpo) if dpo else fill(who["no_dpo"]))
    paragraphs += [fill(p) for p in who["text"]]
    sections.append(Section("who", who["heading"], tuple(paragraphs)))
    # 3. channels
    ch = s["channels"]
    contact = [x for x in (profile.email, profile.phone, profile.website) if x]
    items = [fill(ch["address"], address=", ".join(profile.address))]
    if contact:
        items.append(fill(ch["contact"], contact=", ".join(contact)))
    paragraphs = [fill(ch["text"][0], channels=_join([t["channels"][c] for c in settings.channels], t))]
    paragraphs += [fill(p) for p in ch["text"][1:]]
    sections.append(Section("channels", ch["heading"], tuple(paragraphs), tuple(items)))
    # 4. identity
    idt = s["identity"]
    paragraphs = [fill(idt["policy"][profile.identity]), *(fill(p) for p in idt["text"])]
    paragraphs.append(fill(idt["copy_retention_zero"] if profile.id_copy_retention_days == 0
                           else idt["copy_retention_days"]))
    paragraphs.append(fill(idt["pause"][settings.pause_rule]))
    paragraphs.append(fill(idt["reminder"]))
    sections.append(Section("identity", idt["heading"], tuple(paragraphs)))
    # 5. deadlines and the extension rule
    dl = s["deadlines"]
    paragraphs = [fill(p) for p in dl["text"]]
    paragraphs.append(fill(dl["promise"] if profile.deadline_days else dl["no_promise"]))
    paragraphs.append(fill(dl["holidays_region"] if settings.subdivision else dl["holidays"]))
    paragraphs += [fill(p) for p in dl["extension"]]
    sections.append(Section("deadlines", dl["heading"], tuple(paragraphs)))
    # 6. answering: register, letters, fees, refusals
    an = s["answer"]
    authority = profile.authority(lang)
    paragraphs = [fill(an["register"]), fill(an["languages"]), *(fill(p) for p in an["text"])]
    paragraphs.append(fill(an["free_n"] if profile.free_requests_per_year is not None else an["free_none"]))
    paragraphs.append(fill(an["refusal"], authority=authority.name if authority else ""))
    sections.append(Section("answer", an["heading"], tuple(paragraphs)))
    # 7. records and retention
    rc = s["records"]
    paragraphs = [*(fill(p) for p in rc["text"]), fill(rc["retention"] if profile.case_retention_years else
                                                       rc["retention_zero"])]
    sections.append(Section("records", rc["heading"], tuple(paragraphs)))
    # 8. review
    rv = s["review"]
    sections.append(Section("review", rv["heading"], tuple(fill(p) for p in rv["text"])))
    version_line = fill(t["version_dated"] if settings.register_date else t["version"])
    generated = fill(t["generated"])
    if lang != asked:
        generated += " " + fill(t["fallback"], asked=locale.languages.get(asked, asked))
    return Procedure(profile.name, profile.slug, lang, asked, fill(t["title"]), version_line, generated, version,
                     tuple(sections))
