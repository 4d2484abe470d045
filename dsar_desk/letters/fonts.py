"""The one font of every letter: Source Sans Pro, embedded (as a subset) in each PDF.

Helvetica, reportlab's default, has no glyphs for Ł, Ś, Ĳ, Ř, Ő, Ş: requesters' names from all
over the EU would print as black boxes. Source Sans Pro has them (and U+202F, which French
typography and babel use). The TTF files come from the ``font-source-sans-pro`` package; they
are registered with reportlab on first use, not at import.

The italic lacks Ĳ/ĳ: letters use italics for nothing a requester typed.
"""

from __future__ import annotations

from pathlib import Path
from threading import Lock

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dsar_desk.resources import bundle_dir

REGULAR = "SourceSansPro"
BOLD = "SourceSansPro-Bold"
ITALIC = "SourceSansPro-Italic"
BOLD_ITALIC = "SourceSansPro-BoldItalic"

_FILES = {
    REGULAR: "SourceSansPro-Regular.ttf",
    BOLD: "SourceSansPro-Bold.ttf",
    ITALIC: "SourceSansPro-It.ttf",
    BOLD_ITALIC: "SourceSansPro-BoldIt.ttf",
}

_lock = Lock()
_registered = False


class FontMissing(RuntimeError):
    """The font files cannot be found: the installation is incomplete."""


def font_dir() -> Path:
    """The folder holding the TTF files: the installed package, or a PyInstaller bundle."""
    bundle = bundle_dir()
    if bundle is not None:
        candidate = bundle / "font_source_sans_pro" / "files"
        if candidate.is_dir():
            return candidate
    try:
        import font_source_sans_pro
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise FontMissing("The package font-source-sans-pro is not installed: letters cannot be printed.") from exc
    return Path(font_source_sans_pro.__file__).resolve().parent / "files"


def font_files() -> dict[str, Path]:
    """Each face's TTF file (which may be missing on a broken installation)."""
    folder = font_dir()
    return {name: folder / filename for name, filename in _FILES.items()}


def register_fonts() -> None:
    """Register the four faces with reportlab once (thread-safe, idempotent)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FontMissing(f"The font file {filename} is missing from {folder}.")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _registered = True


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font cannot draw (spaces and line breaks aside)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return {ch for ch in text if not ch.isspace() and ord(ch) not in face.charToGlyph}
