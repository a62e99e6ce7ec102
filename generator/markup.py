"""Safe Markdown and HTML from text that comes from outside (articles, editors).

Every string from an article or from ``timeline.yml`` goes through one of
these before it reaches a page, so no text can inject HTML or script.
"""
from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

# Characters that start Markdown formatting, escaped with a backslash; those
# Python-Markdown cannot backslash-escape become entities.
_BACKSLASHED = re.compile(r"([\\`*_\[\]{}])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"}
_LINE_START = re.compile(r"^([#+\-]|\d+[.)])")


def text(value: str | None) -> str:
    """Inline Markdown that shows ``value`` literally, on one line."""
    if not value:
        return ""
    flat = " ".join(str(value).split())
    escaped = "".join(_ENTITIES.get(ch, ch) for ch in flat)
    escaped = _BACKSLASHED.sub(r"\\\1", escaped)
    return _LINE_START.sub(lambda m: "\\" + m.group(1), escaped)


def html_text(value: str | None) -> str:
    """HTML that shows ``value`` literally (for raw HTML blocks)."""
    return html.escape(value or "", quote=True)


def front_matter_title(value: str) -> str:
    """A YAML string holding ``value`` HTML-escaped, for a page's ``title:``."""
    return json.dumps(html.escape(" ".join(value.split()), quote=False), ensure_ascii=False)


def attr(value: str | None) -> str:
    return html.escape(value or "", quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: no javascript: or data: links."""
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def text_fragment(url: str, sentence: str) -> str:
    """A link that browsers scroll to the sentence in (``#:~:text=``)."""
    words = sentence.split()
    if len(words) > 8:
        target = quote(" ".join(words[:4]), safe="") + "," + quote(" ".join(words[-4:]), safe="")
    else:
        target = quote(" ".join(words), safe="")
    base = url.split("#", 1)[0]
    return f"{base}#:~:text={target.replace('-', '%2D')}"


def note_markdown(value: str | None) -> str:
    """An editor's note: Markdown allowed, raw HTML shown as text."""
    if not value:
        return ""
    return html.escape(value, quote=False)
