"""HTML mail bodies turned into the text a support lead would read.

The HTML is only ever parsed (by inscriptis, on lxml), never rendered or run:
``<script>``, ``<style>`` and ``<head>`` content never reaches the text.
"""

from __future__ import annotations

import html
import logging
import re

from mailbot.reading import linear

log = logging.getLogger(__name__)

MAX_HTML = 2_000_000
"""Characters of HTML converted at most; the rest is dropped."""

_TAG = linear.compile(r"<[A-Za-z!/?]")
_INVISIBLE = linear.compile(  # one alternative per tag: RE2 has no back-reference
    "|".join(rf"<{tag}\b[^>]*>.*?</{tag}\s*>" for tag in ("script", "style", "head", "title", "template", "noscript"))
    + r"|<!--.*?-->",
    re.S | re.I,
)
_BREAK = linear.compile(r"<(?:br|/p|/div|/tr|/li|/h[1-6]|p|div|tr|li|h[1-6])\b[^>]*>", re.I)
_ANY_TAG = linear.compile(r"<[^>]*>")
_BLANKS = linear.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING = linear.compile(r"[ \t\xa0]+\n")


def html_to_text(markup: str) -> str:
    """Readable text of an HTML document or fragment.

    Tiny inputs and plain text wrongly labelled as HTML skip the HTML parser.
    When inscriptis fails (it should not, but the input is hostile) a crude
    tag stripper is used instead.
    """
    if not markup or not markup.strip():
        return ""
    if len(markup) > MAX_HTML:
        markup = markup[:MAX_HTML]
    if not _TAG.search(markup):
        return _tidy(html.unescape(markup))
    try:
        text = _inscriptis(markup)
    except Exception as exc:  # noqa: BLE001 - hostile input must not stop the pipeline
        log.warning("inscriptis failed (%s); stripping tags instead", exc)
        text = strip_tags(markup)
    if not text.strip():
        # Text only in <title> (or hidden in broken markup): better than nothing.
        text = html.unescape(_ANY_TAG.sub(" ", markup))
    return _tidy(text)


def strip_tags(markup: str) -> str:
    """A crude but safe tag stripper (the fallback, and for text/enriched)."""
    markup = _INVISIBLE.sub("", markup)
    markup = _BREAK.sub("\n", markup)
    return html.unescape(_ANY_TAG.sub("", markup))


def _inscriptis(markup: str) -> str:
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig

    global _CONFIG
    if _CONFIG is None:
        _CONFIG = ParserConfig(display_links=False, display_images=False)
    return get_text(markup, _CONFIG)


_CONFIG = None


def _tidy(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u200b", "")
    text = _TRAILING.sub("\n", text)
    text = _BLANKS.sub("\n\n", text)
    return text.strip("\n")
