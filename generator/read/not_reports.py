"""Pages of a web crawl that are not news reports, told by what their text
shows: each kind a marker and how many times a page must show it. Such a
page is skipped with a one-line notice naming the file and what it is, as a
bad article is (``corpus.ArticleSkipped``), so an editor sees what was set aside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import model as m


@dataclass(frozen=True)
class PageKind:
    """A kind of page that is no report, and the marker that shows it."""

    name: str  # what the page is, as the notice says it
    markers: str  # what its markers are, as the notice says them
    marker: re.Pattern[str]
    least: int  # markers a page must show to be of this kind


NOT_REPORTS = (
    # A broadcaster's programme listing: one "Presenter/…, Producer/…" credit under each programme.
    PageKind("a programme listing", "presenter/producer credits", re.compile(r"\bPresenters?/[A-Z][^,/]*, Producers?/"), 2),
    # A page that talks to its reader (a phone-in show, a quiz, a readers' forum, a family-history helpline): questions
    # put to "you" in its own words, not in a quote ("what do you think?", "Are you trying to trace your family tree?").
    PageKind("a page that talks to its reader", "questions put to the reader",
             re.compile(r"(?:^|(?<=[.!?]\s))(?![\"“'‘])[^.?!\n\"“”]*\b(?:you|your)\b[^.?!\n\"“”]*\?", re.IGNORECASE | re.MULTILINE), 2),
)


def not_a_report(body: str, blocks: list[m.Block] | tuple[m.Block, ...]) -> str | None:
    """What the page is when its story blocks show it is no report
    ("a programme listing (9 presenter/producer credits)"), or None."""
    text = "\n".join(body[b.start:b.end] for b in blocks if b.kind in m.EXTRACTED_KINDS)
    for kind in NOT_REPORTS:
        if (found := len(kind.marker.findall(text))) >= kind.least:
            return f"{kind.name} ({found} {kind.markers})"
    return None
