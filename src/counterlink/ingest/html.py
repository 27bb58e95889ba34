"""HTML message bodies (sponsored InMail, HTML e-mail) → plain text, with the stdlib parser."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"}
_SKIP_TAGS = {"script", "style", "head", "title"}
_LOOKS_LIKE_HTML = re.compile(r"<(?:p|div|br|span|a|html|body|li|ul|b|i|strong|em)\b[^>]*>", re.I)
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANK_LINES = re.compile(r"\n{3,}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text))


def html_to_text(text: str) -> str:
    """Visible text of an HTML fragment: blocks become lines, entities are decoded.

    Text that is not HTML is returned with entities decoded and nothing else changed.
    """
    if not looks_like_html(text):
        return unescape(text) if "&" in text else text
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    joined = "".join(collector.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in joined.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
