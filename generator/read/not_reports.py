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
    within: float = 1.0  # the share of the text its first marker must fall within (a footer or a comment thread comes last)


NOT_REPORTS = (
    # A broadcaster's programme listing: one "Presenter/…, Producer/…" credit under each programme.
    PageKind("a programme listing", "presenter/producer credits", re.compile(r"\bPresenters?/[A-Z][^,/]*, Producers?/"), 2),
    # A page that talks to its reader (a readers' forum, a TV interview's transcript, a quiz, a family-history helpline):
    # questions put to "you" in its own words, not in a quote ("What do you think of BP's action?", "Are you trying to
    # trace your family tree?"), from its first half on; a report ending in a call for readers' stories ("Has your
    # business been affected?") or in readers' comments is a report.
    PageKind("a page that talks to its reader", "questions put to the reader",
             re.compile(r"(?:^|(?<=[.!?]\s))(?![\"“'‘])[^.?!\n\"“”]*\b(?:you|your)\b[^.?!\n\"“”]*\?", re.IGNORECASE | re.MULTILINE), 3,
             within=0.5),
)


def not_a_report(body: str, blocks: list[m.Block] | tuple[m.Block, ...]) -> str | None:
    """What the page is when its story blocks show it is no report
    ("a programme listing (9 presenter/producer credits)"), or None."""
    text = "\n".join(body[b.start:b.end] for b in blocks if b.kind in m.EXTRACTED_KINDS)
    for kind in NOT_REPORTS:
        found = [match.start() for match in kind.marker.finditer(text)]
        if len(found) >= kind.least and found[0] <= kind.within * len(text):
            return f"{kind.name} ({len(found)} {kind.markers})"
    return None
