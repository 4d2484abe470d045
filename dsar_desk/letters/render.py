"""Lay out a :class:`LetterContent` on A4 with reportlab and return the PDF bytes.

Platypus does the page flow (a first-page template with the letterhead, the window address
and the references; a later-page template that repeats the reference), but the text itself is
set by the small flowables below instead of ``Paragraph``: the letters need no inline markup,
and a greedy line breaker with cached word widths is several times faster than
``Paragraph``'s markup parser. A clerk previewing letters one keystroke at a time, and the
benchmark (``benchmarks/bench_letters.py``), both notice.

The page count ("Page 1 / 3") is known only at the end: :class:`_LetterCanvas` keeps each
page's drawing until ``save`` and then stamps the footers.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from dsar_desk.domain.letter_content import (
    AddressBlock,
    BulletList,
    Heading,
    KeyValueTable,
    LetterContent,
    LetterLayout,
    Paragraph,
)
from dsar_desk.letters import layout as L
from dsar_desk.letters.fonts import BOLD, REGULAR, register_fonts

__all__ = ["render_letter", "LetterLayout"]

PAGE_W, PAGE_H = A4
BODY_SIZE = 10.0
BODY_LEADING = 13.6
SMALL_SIZE = 8.5
TABLE_SIZE = 9.5
TABLE_LEADING = 12.4
GREY = (0.35, 0.35, 0.35)


def _y(top_mm: float) -> float:
    """A distance from the top of the page (mm) as a PDF y coordinate (points)."""
    return PAGE_H - top_mm * mm


# ------------------------------------------------------------------------ measuring

_WIDTHS: dict[str, dict[str, float]] = {}


def _width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points; word widths are cached per font (at 1 pt)."""
    cache = _WIDTHS.get(font)
    if cache is None:
        cache = _WIDTHS[font] = {}
    w = cache.get(text)
    if w is None:
        w = cache[text] = pdfmetrics.stringWidth(text, font, 1.0)
        if len(cache) > 50_000:  # names and free text are unbounded; keep the cache small
            cache.clear()
    return w * size


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces (not at no-break spaces); over-long words are cut."""
    space = _width(" ", font, size)
    lines: list[str] = []
    for part in text.split("\n"):
        words = part.split(" ")
        line: list[str] = []
        used = 0.0
        for word in words:
            if not word:
                continue
            w = _width(word, font, size)
            if w > width:  # a long URL or e-mail address: cut it where it must
                if line:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                chunk = ""
                for ch in word:
                    if _width(chunk + ch, font, size) > width and chunk:
                        lines.append(chunk)
                        chunk = ""
                    chunk += ch
                line, used = [chunk], _width(chunk, font, size)
                continue
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used = used + space + w if line else w
                line.append(word)
        lines.append(" ".join(line))
    return lines


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    """The largest size ≤ ``size`` (down to ``smallest``) at which ``text`` fits ``width``."""
    w = _width(text, font, size)
    if w <= width:
        return size
    return max(smallest, size * width / w)


# ------------------------------------------------------------------------ flowables


class _Lines(Flowable):
    """A run of text in one font: paragraph, bullet item, heading, quote, address block.

    Lines are broken once per width; the flowable splits between lines (never leaving a
    single line at the foot or the head of a page).
    """

    def __init__(
        self,
        text: str | None,
        font: str = REGULAR,
        size: float = BODY_SIZE,
        leading: float = BODY_LEADING,
        indent: float = 0.0,
        bullet: str | None = None,
        bullet_indent: float = 0.0,
        space_before: float = 0.0,
        space_after: float = 0.0,
        keep_with_next: bool = False,
        bar: bool = False,
        lines: list[str] | None = None,
        keep_lines: bool = False,
    ):
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.indent = indent
        self.bullet = bullet
        self.bullet_indent = bullet_indent
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self.keepWithNext = keep_with_next
        self.bar = bar
        self.keep_lines = keep_lines  # as given: do not re-wrap (addresses)
        self._lines = lines
        self._for_width: float | None = -1.0 if lines is not None else None

    def _layout(self, aw: float) -> list[str]:
        if self._lines is None or (self._for_width != aw and not self.keep_lines and self.text is not None):
            self._lines = wrap_text(self.text or "", self.font, self.size, aw - self.indent)
            self._for_width = aw
        return self._lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        lines = self._layout(aw)
        self.width = aw
        self.height = len(lines) * self.leading
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        lines = self._layout(aw)
        fit = int((ah + 0.01) // self.leading)
        n = len(lines)
        if fit >= n:
            return [self]
        if n - fit < 2:
            fit = n - 2
        if fit < 2:
            return []
        head = _Lines(None, self.font, self.size, self.leading, self.indent, self.bullet, self.bullet_indent,
                      self.spaceBefore, 0.0, False, self.bar, lines[:fit])
        tail = _Lines(None, self.font, self.size, self.leading, self.indent, None, 0.0,
                      0.0, self.spaceAfter, self.keepWithNext, self.bar, lines[fit:])
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        lines = self._lines or []
        size, leading = self.size, self.leading
        first = self.height - leading + (leading - size) / 2 + 0.22 * size
        if self.bar:
            canv.setLineWidth(0.8)
            canv.setStrokeColorRGB(0.7, 0.7, 0.7)
            canv.line(self.indent - 3 * mm, 1.0, self.indent - 3 * mm, self.height - 1.0)
        if self.bullet:
            canv.setFont(self.font, size)
            canv.drawString(self.bullet_indent, first, self.bullet)
        text = canv.beginText(self.indent, first)
        text.setFont(self.font, size, leading)
        for line in lines:
            text.textLine(line)
        canv.drawText(text)


class _KeyValue(Flowable):
    """One label / value row of an Art. 15 table: label on the left, values wrapped beside it."""

    def __init__(self, label: str, values: tuple[str, ...], label_width: float, space_after: float = 3.0):
        super().__init__()
        self.label = label
        self.values = values
        self.label_width = label_width
        self.spaceAfter = space_after
        self._rows: list[tuple[str | None, str]] | None = None  # (bullet, line)
        self._label_lines: list[str] = []
        self._for_width = -1.0

    def _layout(self, aw: float) -> None:
        if self._rows is not None and self._for_width == aw:
            return
        self._for_width = aw
        self._label_lines = wrap_text(self.label, BOLD, TABLE_SIZE, self.label_width - 3 * mm)
        value_width = aw - self.label_width
        rows: list[tuple[str | None, str]] = []
        several = len(self.values) > 1
        for value in self.values or ("—",):
            indent = 3.5 * mm if several else 0.0
            for i, line in enumerate(wrap_text(value, REGULAR, TABLE_SIZE, value_width - indent)):
                rows.append(("•" if several and i == 0 else ("" if several else None), line))
        self._rows = rows

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._layout(aw)
        self.width = aw
        self.height = max(len(self._rows or []), len(self._label_lines)) * TABLE_LEADING
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._layout(aw)
        rows = self._rows or []
        labels = self._label_lines
        fit = int((ah + 0.01) // TABLE_LEADING)
        if fit >= max(len(rows), len(labels)):
            return [self]
        if fit < 2 or len(rows) - fit < 2 or len(labels) > fit:
            return []  # no split that leaves two lines on each side: the row moves on
        head = _KeyValue(self.label, (), self.label_width, 0.0)
        head._rows, head._label_lines, head._for_width = rows[:fit], labels, aw
        tail = _KeyValue("", (), self.label_width, self.spaceAfter)
        tail._rows, tail._label_lines, tail._for_width = rows[fit:], [], aw
        return [head, tail]

    def draw(self) -> None:
        canv = self.canv
        size, leading = TABLE_SIZE, TABLE_LEADING
        first = self.height - leading + (leading - size) / 2 + 0.22 * size
        if self._label_lines:
            text = canv.beginText(0, first)
            text.setFont(BOLD, size, leading)
            for line in self._label_lines:
                text.textLine(line)
            canv.drawText(text)
        x = self.label_width
        rows = self._rows or []
        several = any(bullet is not None for bullet, _ in rows)
        text = canv.beginText(x + (3.5 * mm if several else 0.0), first)
        text.setFont(REGULAR, size, leading)
        for _, line in rows:
            text.textLine(line)
        canv.drawText(text)
        if several:
            canv.setFont(REGULAR, size)
            for i, (bullet, _) in enumerate(rows):
                if bullet:
                    canv.drawString(x, first - i * leading, "•")


class _Signature(Flowable):
    """Closing formula, room for the handwritten signature, name, role, organisation."""

    def __init__(self, closing: str, name: str, role: str, organisation: str):
        super().__init__()
        self.closing = closing
        self.name = name
        self.role = role
        self.organisation = organisation
        self.spaceBefore = 6.0
        self._closing_lines: list[str] = []

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._closing_lines = wrap_text(self.closing, REGULAR, BODY_SIZE, aw)
        tail = 1 + bool(self.role) + bool(self.organisation)
        self.width = aw
        self.height = len(self._closing_lines) * BODY_LEADING + 12 * mm + tail * BODY_LEADING
        return aw, self.height

    def draw(self) -> None:
        canv = self.canv
        y = self.height - BODY_LEADING + (BODY_LEADING - BODY_SIZE) / 2 + 0.22 * BODY_SIZE
        text = canv.beginText(0, y)
        text.setFont(REGULAR, BODY_SIZE, BODY_LEADING)
        for line in self._closing_lines:
            text.textLine(line)
        canv.drawText(text)
        y -= len(self._closing_lines) * BODY_LEADING + 12 * mm
        canv.setFont(BOLD, BODY_SIZE)
        canv.drawString(0, y, self.name)
        canv.setFont(REGULAR, BODY_SIZE)
        for line in (self.role, self.organisation):
            if line:
                y -= BODY_LEADING
                canv.drawString(0, y, line)


# ------------------------------------------------------------------------ the pages


class _LetterCanvas(Canvas):
    """Keeps every page until ``save``, then stamps "Page n / N" and the repeated header."""

    letter: LetterContent | None = None

    def __init__(self, *args: Any, **kwargs: Any):
        if not kwargs.get("initialFontName"):  # else Helvetica lands in the PDF, unembedded
            kwargs["initialFontName"] = REGULAR
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        letter = self.letter
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if total > 1 and letter is not None:
                label = letter.labels.get("page", "{page} / {pages}").format(page=number, pages=total)
                self.setFont(REGULAR, SMALL_SIZE)
                self.setFillColorRGB(*GREY)
                self.drawRightString(PAGE_W - L.MARGIN_RIGHT * mm, _y(L.FOOTER_BASELINE), label)
            Canvas.showPage(self)
        Canvas.save(self)


def _return_line(text: str, width: float) -> tuple[str, float]:
    """The return address on one line that fits the window: smaller type first, then without
    the middle address lines (name, city and country stay), then the name cut with an ellipsis."""
    smallest = 5.5
    parts = text.split(" · ")
    while True:
        line = " · ".join(parts)
        size = _fit(line, REGULAR, 7.0, width, smallest)
        if _width(line, REGULAR, size) <= width:
            return line, size
        if len(parts) > 3:
            del parts[1]
            continue
        rest = " · " + " · ".join(parts[1:]) if len(parts) > 1 else ""
        name = parts[0]
        while name and _width(name + "…" + rest, REGULAR, smallest) > width:
            name = name[:-1]
        return name.rstrip() + "…" + rest, smallest


def _draw_first(canv: Canvas, letter: LetterContent, geo: L.FirstPage, fold_marks: bool) -> None:
    left = L.MARGIN_LEFT * mm
    right = PAGE_W - L.MARGIN_RIGHT * mm
    sender = letter.sender
    canv.setFillColorRGB(0, 0, 0)

    # Letterhead: name and address on the left, contact and registration on the right.
    head_width = (geo.info_x - 8 if geo.info_align == "left" and geo.info_x > 100 else 95) * mm
    size = _fit(sender.name, BOLD, 15.0, min(head_width, right - left - 60 * mm), 10.0)
    canv.setFont(BOLD, size)
    canv.drawString(left, _y(18.0), sender.name)
    canv.setFont(REGULAR, 9.0)
    y = 23.5
    for line in sender.address[:5]:
        canv.drawString(left, _y(y), line)
        y += 3.9
    contact = list(sender.contact)
    if sender.registration:
        contact.append(sender.registration)
    canv.setFont(REGULAR, SMALL_SIZE)
    canv.setFillColorRGB(*GREY)
    y = 14.5
    for line in contact:
        canv.setFont(REGULAR, _fit(line, REGULAR, SMALL_SIZE, 70 * mm, 6.5))
        canv.drawRightString(right, _y(y), line)
        y += 3.7
    canv.setFillColorRGB(0, 0, 0)

    # The address, inside the envelope window.
    ax = geo.address_x * mm
    aw = geo.address_width * mm
    if letter.return_line:
        line, rsize = _return_line(letter.return_line, aw)
        canv.setFont(REGULAR, rsize)
        canv.drawString(ax, _y(geo.return_baseline), line)
        canv.setLineWidth(0.3)
        canv.line(ax, _y(geo.return_baseline + 0.9), ax + _width(line, REGULAR, rsize), _y(geo.return_baseline + 0.9))
    lines = letter.recipient_lines
    if lines:
        size, leading = 10.0, 12.0
        room = (geo.address_bottom - geo.address_top) * mm  # from the top of line 1 to the foot of the last
        if len(lines) * leading > room:
            leading = room / len(lines)
            size = min(size, leading / 1.12)
        baseline = _y(geo.address_top) - leading + (leading - size) / 2 + 0.22 * size
        for i, line in enumerate(lines):
            font = REGULAR
            canv.setFont(font, _fit(line, font, size, aw, 6.5))
            canv.drawString(ax, baseline - i * leading, line)

    # References and date.
    ix = geo.info_x * mm
    iw = geo.info_width * mm
    y = geo.info_y
    for label, value in letter.references:
        canv.setFont(REGULAR, 7.5)
        canv.setFillColorRGB(*GREY)
        canv.drawString(ix, _y(y + 2.6), label)
        canv.setFillColorRGB(0, 0, 0)
        canv.setFont(REGULAR, _fit(value, REGULAR, 10.0, iw, 6.5))
        canv.drawString(ix, _y(y + 6.6), value)
        y += 9.0
    canv.setFont(REGULAR, _fit(letter.place_date, REGULAR, 10.0, iw, 6.5))
    canv.drawString(ix, _y(y + 4.6), letter.place_date)

    if fold_marks:
        canv.setLineWidth(0.4)
        canv.setStrokeColorRGB(0.45, 0.45, 0.45)
        for fold in geo.folds:
            canv.line(4 * mm, _y(fold), 9 * mm, _y(fold))
        canv.line(4 * mm, _y(L.HOLE_MARK), 12 * mm, _y(L.HOLE_MARK))
        canv.setStrokeColorRGB(0, 0, 0)


def _draw_later(canv: Canvas, letter: LetterContent) -> None:
    left = L.MARGIN_LEFT * mm
    right = PAGE_W - L.MARGIN_RIGHT * mm
    canv.setFillColorRGB(*GREY)
    canv.setFont(BOLD, SMALL_SIZE)
    canv.drawString(left, _y(L.HEADER_BASELINE), letter.sender.name)
    canv.setFont(REGULAR, SMALL_SIZE)
    canv.drawRightString(right, _y(L.HEADER_BASELINE), letter.labels.get("continuation", ""))
    canv.setStrokeColorRGB(0.6, 0.6, 0.6)
    canv.setLineWidth(0.4)
    canv.line(left, _y(L.HEADER_BASELINE + 2.2), right, _y(L.HEADER_BASELINE + 2.2))
    canv.setFillColorRGB(0, 0, 0)
    canv.setStrokeColorRGB(0, 0, 0)


def _story(letter: LetterContent, width: float) -> list[Flowable]:
    story: list[Flowable] = [
        _Lines(letter.subject, BOLD, 11.0, 14.5, space_after=10.0),
        _Lines(letter.salutation, space_after=6.0),
    ]
    label_width = min(48 * mm, width * 0.3)
    blocks = letter.blocks
    for i, block in enumerate(blocks):
        if isinstance(block, Heading):
            if block.level <= 0:  # a part of a combined answer
                story.append(_Lines(block.text, BOLD, 12.0, 15.5, space_before=14.0, space_after=4.0,
                                    keep_with_next=True))
            elif block.level == 1:
                story.append(_Lines(block.text, BOLD, 11.0, 14.5, space_before=8.0, space_after=3.0,
                                    keep_with_next=True))
            else:
                story.append(_Lines(block.text, BOLD, BODY_SIZE, BODY_LEADING, space_before=5.0,
                                    space_after=2.5, keep_with_next=True))
        elif isinstance(block, Paragraph):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            lead_in = isinstance(nxt, (BulletList, AddressBlock)) or block.text.rstrip().endswith(":")
            if block.style == "quote":
                story.append(_Lines(block.text, indent=7 * mm, space_after=6.0, bar=True))
            else:
                story.append(_Lines(block.text, space_after=3.0 if lead_in else 6.0, keep_with_next=lead_in))
        elif isinstance(block, BulletList):
            items = block.items
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            # a short sentence after a list ("This first copy is free of charge.") goes with it
            short_next = isinstance(nxt, Paragraph) and len(nxt.text) <= 90
            for j, item in enumerate(items):
                last = j == len(items) - 1
                story.append(_Lines(item, indent=6 * mm, bullet="•", bullet_indent=2 * mm,
                                    space_after=6.0 if last else 1.5, keep_with_next=last and short_next))
        elif isinstance(block, KeyValueTable):
            rows = [_KeyValue(label, values, label_width) for label, values in block.rows]
            if rows:
                rows[-1].spaceAfter = 6.0
            if len(rows) >= 2:  # the last row never stands alone at the top of a page
                rows[-2].keepWithNext = True
            story.extend(rows)
        elif isinstance(block, AddressBlock):
            story.append(_Lines(None, indent=7 * mm, leading=12.5, space_after=6.0,
                                lines=list(block.lines), keep_lines=True))
    # The last paragraph goes with the signature: a page holding only "Yours sincerely" and a
    # name would look like a page that lost its letter.
    if isinstance(story[-1], _Lines):
        story[-1].keepWithNext = True
    # Not inside a KeepTogether: platypus does not chain keepWithNext into containers.
    story.append(_Signature(letter.closing, letter.signature.name, letter.signature.role,
                            letter.signature.organisation))
    if letter.attachments:  # the enclosures, listed after the signature
        story.append(_Lines(letter.enclosures_label or "Enclosures", BOLD, SMALL_SIZE + 0.5, 11.5,
                            space_before=10.0, space_after=1.5, keep_with_next=True))
        for name in letter.attachments:
            story.append(_Lines(name, size=SMALL_SIZE + 0.5, leading=11.5, indent=4 * mm, bullet="•"))
    return story


def render_letter(content: LetterContent, layout: LetterLayout | None = None) -> bytes:
    """The letter as PDF bytes: A4, Source Sans Pro embedded, metadata and /Lang set."""
    register_fonts()
    layout = layout or LetterLayout()
    geo = L.first_page(layout.window, layout.window_mm)
    left = L.MARGIN_LEFT * mm
    width = PAGE_W - left - L.MARGIN_RIGHT * mm
    bottom = L.MARGIN_BOTTOM * mm
    first_frame = Frame(left, bottom, width, _y(geo.body_top) - bottom, 0, 0, 0, 0, id="first")
    later_frame = Frame(left, bottom, width, _y(L.LATER_TOP) - bottom, 0, 0, 0, 0, id="later")
    meta = content.metadata
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=meta.get("title", content.title),
        author=meta.get("author", content.sender.name),
        subject=meta.get("subject", ""),
        creator=meta.get("creator", "DSAR Desk"),
        keywords=meta.get("keywords", ""),
        lang=meta.get("language", content.language),
        leftMargin=left,
        rightMargin=L.MARGIN_RIGHT * mm,
        topMargin=L.LATER_TOP * mm,
        bottomMargin=bottom,
        allowSplitting=1,
        initialFontName=REGULAR,
        initialFontSize=BODY_SIZE,
        initialLeading=BODY_LEADING,
    )
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[first_frame],
                onPage=lambda canv, _doc: _draw_first(canv, content, geo, layout.fold_marks),
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[later_frame], onPage=lambda canv, _doc: _draw_later(canv, content)),
        ]
    )

    class _Canvas(_LetterCanvas):
        letter = content

    doc.build(_story(content, width), canvasmaker=_Canvas)
    return buffer.getvalue()
