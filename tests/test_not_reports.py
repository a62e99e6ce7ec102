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

# A radio phone-in's page (2011-11-08_MJ_bbc_781), a family-history helpline's (2010-06-29_MJ_bbc_1069), a report
# ending in a call for readers' stories (T17 bpoil, 2010-08-05_bpoil_bbc_1446).
PHONE_IN = ("Home Secretary Theresa May is attacked for relaxing border controls, but if truly tough border controls mean "
            "5 hour waits at airports, would you be prepared for the consequences?\n\n"
            "In the Michael Jackson trial, his doctor Conrad Murray has been found guilty of manslaughter, but what do you think?")
HELPLINE = "Are you trying to trace your family tree?\n\nHave you come up against a brick wall?\n\nWas your grandmother born in 1825?"
CALL_FOR_STORIES = ("There is still oil out there BP has finished pumping cement into the top of its damaged Gulf of Mexico oil well "
                    "as part of its “static kill” procedure.\n\nThe move comes the day after it was announced that almost "
                    "three-quarters of the oil spilled had been broken down by natural forces or cleaned up.\n\nOil leaked into the "
                    "Gulf from 20 April when the Deepwater Horizon rig explosion killed 11 workers.\n\nThe flow was stopped on 15 July."
                    "\n\nHow the spill affected you and your community?\n\nHas your business been affected?\n\n"
                    "Were you part of the clean-up operation?")


@pytest.mark.parametrize("text, expected", [
    (LISTING, "a programme listing (2 presenter/producer credits)"),
    (HELPLINE, "a page that talks to its reader (3 questions put to the reader)"),
    # Two questions to the reader are not yet such a page, nor a report's closing call for readers' stories;
    # a question in a quote is a speaker's (MJ).
    (PHONE_IN, None),
    (CALL_FOR_STORIES, None),
    ("“You must remember from the day that I found out that Michael was no longer with us, when my mother screamed "
     "‘he's dead’ on the phone, I just went into this, ‘Who did it?’” Jermaine said.\n\n"
     "“Can you help?” she asked. “Are you there?” he said.", None),
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
