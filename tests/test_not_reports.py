"""Pages of a web crawl that are no news report (read/not_reports.py), on real text
of Timeline17 MJ (a development topic): skipped with a notice naming the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.blocks import classify_blocks
from generator.read.corpus import ArticleSkipped, read_article
from generator.read.not_reports import not_a_report

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
# Two programmes of a BBC radio listing (2011-06-13_MJ_bbc_788), each under its credit line.
LISTING = ("Presenter/Ken Bruce, Producer/Gary Bones for the BBC Tonight, Paul Jones is joined by Woody Mann who comes in "
           "for a session and talks about his passion for acoustic blues and American roots music.\n\n"
           "Tonight, he shares some of his vast knowledge of the blues.\n\n"
           "Presenter/Paul Jones, Producer/Paul Long for the BBC Clare Teal presents the second part of the BBC Big Band "
           "in concert with Grammy Award-winning singer Patti Austin.")


@pytest.mark.parametrize("text, expected", [
    (LISTING, "a programme listing (2 presenter/producer credits)"),
    # One credit line is not yet a listing.
    (LISTING.split("\n\n")[0], None),
    # Reports that speak of presenters and producers stay (BBC, MJ).
    ("BBC Radio 1 presenter Fearne Cotton will co-host the event with Hollywood actor and singer Jamie Foxx.\n\n"
     "Fearne Cotton has been announced as the co-host of next month's Michael Jackson tribute concert.", None),
    ("Joker's Daughter is a collaboration between Helena Costas and influential producer Danger Mouse -- last seen "
     "as one half of Gnarls Barkley.\n\n"
     "His break came when pianist Winifred Atwell heard him and introduced him to her record producer at Decca.", None),
])
def test_not_a_report(text, expected):
    assert not_a_report(text, classify_blocks(text, title="Radio 2 this week")) == expected


def test_programme_listing_skipped_with_a_notice():
    with pytest.raises(ArticleSkipped, match=r"^crawl_programme_listing\.md: skipped: not a news report but a programme listing \(9 presenter/producer credits\)$"):
        read_article(FIXTURES / "crawl_programme_listing.md", FIXTURES)
