"""Text cleaning for export fields: mojibake repair, line ends, HTML message bodies.

HTML → text is the project's one helper, :func:`counterlink.ingest.html.html_to_text`; this
module only decides when to call it and adds what is specific to LinkedIn exports.
"""

from __future__ import annotations

import re

import ftfy

from counterlink.ingest.html import html_to_text

# Only the encoding repair: the other ftfy fixes (straightening curly quotes, ligatures,
# full-width characters) would change what the sender actually wrote.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
# UTF-8 read as Latin-1/Windows-1252 leaves a lead byte (Â..ô) followed by a continuation byte
# (U+0080..U+00BF, or the cp1252 characters those bytes map to). Only strings with such a pair
# are handed to ftfy, which is far slower than this check.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]"
)
SPONSORED_MARKER = "spinmail"


def repair_mojibake(value: str) -> str:
    """``value`` with double-encoded UTF-8 (``RenÃ©`` for ``René``) repaired; else unchanged."""
    if value.isascii() or not _MOJIBAKE_HINT.search(value):
        return value
    return ftfy.fix_text(value, _FTFY_CONFIG)


def clean_content(value: str) -> str:
    """A message body as plain text: line ends unified, HTML (sponsored InMail) flattened."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in value or "&" in value:
        value = html_to_text(value)
    return value.strip()


def is_sponsored(content: str, sender_name: str, sender_url: str) -> bool:
    """Sponsored InMail: the spinmail editor's markup, or HTML from a sender with no profile."""
    if SPONSORED_MARKER in content:
        return True
    return not sender_url and sender_name in ("", "LinkedIn Member") and "</p>" in content
