"""Saved web pages in the corpus: an article page's text and metadata, read
from its markup by trafilatura (the standard tool for main-text extraction),
navigation, share bars, related links, advertising and footers left out.

Metadata comes from what pages declare (Open Graph and ``article:`` meta
tags, JSON-LD, ``<link rel="canonical">``, the author meta tag), read by
trafilatura and htmldate. The body is the text trafilatura extracts, one
paragraph a block, blank lines between: that text is what the source page
shows and what every span indexes.
"""
from __future__ import annotations

import re
from datetime import date


class NoArticleText(ValueError):
    """A page in which no article text was found."""


def read_page(html: bytes) -> tuple[dict, str]:
    """A saved page's front-matter-like fields (title, outlet, author,
    published, url; those it declares) and its article text."""
    import trafilatura  # imported only when the corpus holds a page: it takes a second

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                           include_images=False, favor_precision=True)
    text = document.text if document is not None else None
    paragraphs = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not paragraphs:
        raise NoArticleText("no article text found in this HTML page")
    fields = {
        "title": document.title, "outlet": document.sitename, "author": document.author,
        "published": _day(document.date), "url": document.url if re.match(r"^https?://", document.url or "") else None,
    }
    return {key: value for key, value in fields.items() if value}, "\n\n".join(paragraphs) + "\n"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
