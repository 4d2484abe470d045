"""An HTML mail body as readable plain text (stdlib ``html.parser``; no markup survives).

Paragraphs, headings, list items, table rows and ``<br>`` become line breaks; list items start
with "- "; links keep their address after the text when it differs ("the form
(https://...)"); ``<script>``, ``<style>``, ``<head>`` and comments disappear; character
references are decoded; runs of spaces collapse and at most one empty line stays between
paragraphs.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_BLOCK = {"p", "div", "section", "article", "header", "footer", "blockquote", "pre", "address",
          "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "hr", "center"}
_LINE = {"tr", "li", "dt", "dd", "caption"}
_SKIP = {"script", "style", "head", "title", "template", "noscript"}
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.links: list[tuple[str, int]] = []
        self.pre = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre += 1
        elif tag in _LINE:
            self.parts.append("\n- " if tag == "li" else "\n")
        elif tag in ("td", "th"):
            self.parts.append("  ")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href, len(self.parts)))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" [{alt}] ")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            shown = "".join(self.parts[start:]).strip()
            if href.startswith(("http:", "https:")) and href.rstrip("/") != shown.rstrip("/"):
                self.parts.append(f" ({href})")
            elif href.startswith("mailto:") and href[7:].split("?")[0] != shown:
                self.parts.append(f" ({href[7:].split('?')[0]})")

    def handle_data(self, data):
        if self.skip:
            return
        self.parts.append(data if self.pre else _SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(html: str) -> str:
    """Readable text of an HTML document or fragment."""
    parser = _Text()
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser is lenient; this is a last resort
        pass
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
