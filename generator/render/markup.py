"""Safe Markdown and HTML from text that comes from outside (articles, editors).

Every string from an article or from ``timeline.yml`` goes through one of
these before it reaches a page, so no text can inject HTML or script.
"""
from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as etree
from functools import lru_cache
from urllib.parse import quote

import markdown
from markdown.treeprocessors import Treeprocessor

# Characters that start Markdown formatting, escaped with a backslash; those
# Python-Markdown cannot backslash-escape become entities.
_BACKSLASHED = re.compile(r"([\\`*_\[\]{}])")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;"})
# What would start a heading or a list at the start of a line.
_LINE_START = re.compile(r"^(\d+)?([#+\-.)])")
# Characters kept as they are in a URL; the rest are percent-encoded.
_URL_SAFE = "/:?#[]@!$&*+,;=%-._~"


@lru_cache(maxsize=65536)  # titles and names recur on many pages
def text(value: str | None) -> str:
    """Inline Markdown that shows ``value`` literally, on one line."""
    if not value:
        return ""
    flat = " ".join(str(value).split())
    escaped = flat.translate(_ENTITIES)
    escaped = _BACKSLASHED.sub(r"\\\1", escaped)
    return _LINE_START.sub(lambda m: (m.group(1) or "") + "\\" + m.group(2), escaped)


def html_text(value: str | None) -> str:
    """HTML that shows ``value`` literally (for raw HTML blocks)."""
    return html.escape(value or "", quote=True)


def front_matter(value: str) -> str:
    """A YAML string holding ``value`` HTML-escaped, for a page's front matter
    (``title:``, ``description:``), which MkDocs and the theme put
    into the page unescaped."""
    return json.dumps(html.escape(" ".join(value.split()), quote=True), ensure_ascii=False)


def attr(value: str | None) -> str:
    return html.escape(value or "", quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: no javascript: or data: links.

    Characters that could end a Markdown link or an HTML attribute (quotes,
    parentheses, backslashes) are percent-encoded, so the result can go
    straight into ``[label](url)``.
    """
    if url and re.match(r"^https?://[^\s<>\"']+$", url.strip(), re.IGNORECASE):
        return quote(url.strip(), safe=_URL_SAFE)
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


def note_html(value: str | None) -> str:
    """An editor's note as HTML: Markdown is rendered, raw HTML shows as
    text, links and images only to http(s) (or ``#anchor``), headings are
    demoted below the page's own."""
    if not value:
        return ""
    md = markdown.Markdown(extensions=["sane_lists"])
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.treeprocessors.register(_SafeLinks(md), "safe_links", 0)
    return md.convert(value)


class _SafeLinks(Treeprocessor):
    """Drop links and images whose target is not http(s); demote headings."""

    def run(self, root: etree.Element) -> None:
        for parent, element in [(p, e) for p in root.iter() for e in p]:
            if element.tag in ("a", "img"):
                attribute = "href" if element.tag == "a" else "src"
                target = element.get(attribute, "")
                url = target if re.fullmatch(r"#[\w-]+", target) else safe_url(target)
                if url is None:
                    _unwrap(parent, element)
                    continue
                element.set(attribute, url)
                if element.tag == "a" and not target.startswith("#"):
                    element.set("rel", "nofollow noopener")
            elif re.fullmatch(r"h[1-6]", element.tag):
                element.tag = f"h{min(int(element.tag[1]) + 2, 6)}"


def _unwrap(parent: etree.Element, element: etree.Element) -> None:
    """Replace an element by its text (an image by its alt text)."""
    index = list(parent).index(element)
    words = element.get("alt", "") if element.tag == "img" else "".join(element.itertext())
    words += element.tail or ""
    parent.remove(element)
    if index > 0:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + words
    else:
        parent.text = (parent.text or "") + words
