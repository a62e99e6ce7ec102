"""Records of the read stage: an article as read from the corpus, its blocks
(paragraphs and header lines) and what each block is.

Every offset in these and the later records indexes ``Article.body``, the
text after the front matter.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Block kinds. Only EXTRACTED_KINDS are read by the extractors.
BODY = "body"
SUMMARY = "summary"
TITLE = "title"
BYLINE = "byline"
CAPTION = "caption"
CREDIT = "credit"
LABEL = "label"
BOILERPLATE = "boilerplate"
DUPLICATE = "duplicate"
COMMENTS = "comments"  # readers' comments under a report, set aside with a warning
EXTRACTED_KINDS = frozenset({BODY, SUMMARY})


@dataclass(frozen=True)
class Block:
    """A paragraph (or header line) of an article body and what it is."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """One corpus file, read and classified but not yet parsed."""

    file: str  # path relative to the corpus folder, with forward slashes
    body: str  # text after the front matter; all offsets index into it
    title: str
    outlet: str | None
    author: str | None
    published: date | None
    published_basis: str  # "front matter", "page" (a saved page's metadata), "byline", "caption", "override" or "none"
    url: str | None
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()

    def text_blocks(self) -> list[Block]:
        """The blocks the extractors read, in order."""
        return [b for b in self.blocks if b.kind in EXTRACTED_KINDS]
