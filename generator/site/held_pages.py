"""What a build holds of every page between converting it and writing it.

MkDocs converts every page's Markdown before it puts any page into its
template, so a build holds the HTML of every page at once (and the Markdown
it came from): at 5,000 events, 8,500 pages, most of the build's memory
beside the timeline. Here a page's Markdown is let go once converted, its
HTML is held compressed (about a fifth of its size) until its template
needs it, and let go once the page is written.
"""
from __future__ import annotations

import zlib


class HeldPages:
    """The compressed HTML of the pages converted and not yet written."""

    def __init__(self) -> None:
        self.compressed: dict[str, bytes] = {}

    def converted(self, page, html: str) -> str:
        """Hold ``html`` compressed; the page keeps no Markdown and an empty
        content until its template (``templating``)."""
        self.compressed[page.file.src_uri] = zlib.compress(html.encode("utf-8"), 1)
        page.markdown = None
        page.file.content_string = ""  # a generated page's Markdown
        return ""

    def templating(self, page) -> None:
        page.content = zlib.decompress(self.compressed.pop(page.file.src_uri)).decode("utf-8")

    def written(self, page) -> None:
        page.content = None
