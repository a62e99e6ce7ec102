"""Which blocks are story text (read/blocks.py): captions and credits, on real text."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.blocks import classify_blocks
from generator.read.corpus import read_article

ROOT = Path(__file__).resolve().parent.parent
# A liveblog's posts in one block (lines with no blank line between; one holds a dated photo caption),
# then the author of the last (Huffington Post, 2016: PolNeAR, a development fold).
LIVEBLOG = """Missed cues and a camera stare-down made for some painful moments.

34 postsGet LivefyreFAQSign in5 people listening  + FollowSharePost comment as...Custom HTML PreviewLoadingFollow LiveblogNewest | OldestAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 11:19PMDonald Trump And Marco Rubio Miss The Mark On Discrimination
Republicans this election cycle don't have a very good track record when it comes to speaking about religious and racial discrimination.
Donald Trump was asked a relatively straightforward question about police violence against people of color.
"There are many who argue that cell phones and smartphones are just now exposing what has been happening in this country for years -- cases of excessive force against minorities," the moderator said. "As you know, Mr. Trump, on the other side, the FBI director recently said there's a chill wind blowing through law enforcement because of increased scrutiny. You have said police are the most mistreated people in America. As president, how do you bridge the divide?"
Trump acknowledged that a rift does exist between communities of color -- mainly African-Americans and Latinos -- and the police. But he stood by comments he had made previously about police being disrespected.
"I have to say that the police are absolutely mistreated and misunderstood," he said.
\xa0FlagShareLikeReplyPaige Lavender 5ptsmoderatorFeaturedFebruary 6, 2016 10:14PMBuddiesASSOCIATED PRESSOhio Gov. John Kasich shakes hands with former Florida Gov. Jeb Bush after an exchange during a Republican presidential primary debate hosted by ABC News at the St. Anselm College Saturday, Feb. 6, 2016, in Manchester, N.H.

Amanda Terkel
"""


def kinds(text: str) -> list[str]:
    return [block.kind for block in classify_blocks(text)]


@pytest.mark.parametrize("text, expected", [
    # A dated line above a picture agency's name is a caption, the name its credit (the Reuters seed).
    ((ROOT / "corpus" / "004_e79f7a1425042016.txt").read_text(encoding="utf-8"), ["caption", "credit"]),
    # A block of a hundred words and more above a short name is story text, not a caption.
    (LIVEBLOG, []),
])
def test_captions(text, expected):
    assert [k for k in kinds(text) if k in ("caption", "credit")] == expected


FIXTURES = ROOT / "tests" / "fixtures" / "articles"
# A report's last sentence, then what follows it (Reuters, Timeline17 bpoil: a development topic).
REPORT_END = ("Shares of Transocean traded on the New York Stock Exchange fell 8 cents to $90.29, "
              "while shares of BP traded on the NYSE were off 54 cents at $59.55.")


@pytest.mark.parametrize("line, expected", [
    # Where readers' comments begin under a report (Timeline17 bpoil and MJ, development topics).
    ("Views expressed in the comments do not represent those of Reuters.", "comments"),
    ("We welcome comments that advance the story through relevant opinion, anecdotes, links and data.", "comments"),
    ("This discussion is now closed.", "comments"),
    ("8th November 2011 - 17:42 This comment was removed because the moderators found it broke the house rules.", "comments"),
    ("9th November 2011 - 8:26 This to me seems like the infectious American legal and suing culture.", "comments"),
    # Story text that speaks of comments, readers or the time of day stays story text.
    ("(Your thoughts on who's up and down are welcomed in the comments section below): Thad Allen: He rescued the "
     "federal government's response to Hurricane Katrina in 2005.", "body"),
    ("We welcome your comments on Panorama's BP - In Deep Water.", "body"),
    ("An agency official said the quake, which struck at 1:24 p.m. (0424 GMT), was believed to be an aftershock "
     "of a strong quake on March 26.", "body"),
    ("On 29 November, during sentencing, I believe that Judge Pastor will show more mercy to Murray than did his jurors.", "body"),
])
def test_readers_comments_begin(line, expected):
    after = "Kind of lets you know what he thinks his place is in the order of things."
    blocks = [block.kind for block in classify_blocks(f"{REPORT_END}\n\n{line}\n\n{after}", title="BP chairman apologizes")]
    assert blocks == ["body", expected, expected]


@pytest.mark.parametrize("text, title, expected", [
    # A BBC page's update stamp between the title and the lead (Timeline17 MJ, a development topic).
    ("Michael Jackson was ‘murdered for money’, says sister Page last updated at 08:58 GMT, Thursday, 24 June 2010 "
     "09:58 UK LaToya Jackson has claimed her brother Michael was murdered.",
     "Michael Jackson was ‘murdered for money’, says sister",
     [("title", "Michael Jackson was ‘murdered for money’, says sister"),
      ("boilerplate", "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK"),
      ("body", "LaToya Jackson has claimed her brother Michael was murdered.")]),
    ("6 January 2011 Last updated at 04:46 GMT Help A bodyguard to Michael Jackson has testified that the singer's "
     "doctor ordered him to clean up medical paraphernalia in the moments after he died.", None,
     [("boilerplate", "6 January 2011 Last updated at 04:46 GMT Help"),
      ("body", "A bodyguard to Michael Jackson has testified that the singer's doctor ordered him to clean up "
               "medical paraphernalia in the moments after he died.")]),
    # The server's note where a part of the page failed.
    ("Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK (an error occurred while processing this directive) "
     "A judge in Los Angeles has ruled a film of Michael Jackson rehearsing before his death can not be used in the trial.", None,
     [("boilerplate", "Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK"),
      ("boilerplate", "(an error occurred while processing this directive)"),
      ("body", "A judge in Los Angeles has ruled a film of Michael Jackson rehearsing before his death can not be used in the trial.")]),
    # A wire page's time stamp before the dateline (Timeline17 bpoil, a development topic).
    ("HOUSTON/SEATTLE, April 30 | Fri Apr 30, 2010 5:23 pm EDT HOUSTON/SEATTLE, April 30 (Reuters) - The explosion of the "
     "Deepwater Horizon rig could become one of the worst spills in U.S. history.", "Oil spill could become one of worst",
     [("boilerplate", "HOUSTON/SEATTLE, April 30 | Fri Apr 30, 2010 5:23 pm EDT"),
      ("body", "HOUSTON/SEATTLE, April 30 (Reuters) - The explosion of the Deepwater Horizon rig could become one of the worst "
               "spills in U.S. history.")]),
    # A newspaper page's time stamp between its standfirst and its lead, and its note of the print edition (bpoil).
    ("White House lists actions taken to contain the disaster as BP says robot submarines have blocked one leak "
     "Wednesday 5 May 2010 21.48 BST The Obama administration took defensive action today over its response.", "Oil spill",
     [("body", "White House lists actions taken to contain the disaster as BP says robot submarines have blocked one leak"),
      ("boilerplate", "Wednesday 5 May 2010 21.48 BST"),
      ("body", "The Obama administration took defensive action today over its response.")]),
    ("BP shares fell again. This article was published on guardian. A version appeared on p24 of the Main section "
     "section of the Guardian on 01.23 BST on Saturday 5 June 2010 Follow the latest business news.", "BP shares",
     [("body", "BP shares fell again."),
      ("boilerplate", "This article was published on guardian. A version appeared on p24 of the Main section section of "
                      "the Guardian on 01.23 BST on Saturday 5 June 2010"),
      ("body", "Follow the latest business news.")]),
    # A newspaper's note of a correction after the report's last words (Guardian, bpoil).
    ("BP's revenues were $239bn. This article was amended on 8 May 2010 to correct the figure given for BP's total revenues "
     "in 2009 from $327bn to $239bn.", "BP",
     [("body", "BP's revenues were $239bn."),
      ("boilerplate", "This article was amended on 8 May 2010 to correct the figure given for BP's total revenues in 2009 "
                      "from $327bn to $239bn.")]),
    # A blog post's author and time before its first sentence (BBC, bpoil).
    ("Clare Spencer | 09:26 UK time, Friday, 11 June 2010 Commentators discuss BP's oil spill and how it is affecting US-UK "
     "relations.", "Commentators discuss BP's oil spill",
     [("boilerplate", "Clare Spencer | 09:26 UK time, Friday, 11 June 2010"),
      ("body", "Commentators discuss BP's oil spill and how it is affecting US-UK relations.")]),
    # A time in a sentence is no stamp (bpoil).
    ("The rig sank below the surface at 10:21 a.m. CDT (1521 GMT), about 42 miles southeast of Venice.", "Rig sinks",
     [("body", "The rig sank below the surface at 10:21 a.m. CDT (1521 GMT), about 42 miles southeast of Venice.")]),
    # A report that tells the time (AFP, news): no furniture in it.
    ("Gingrich is due to have lunch with Premier Lien Chan before leaving for home at 1:00 p.m. (0500 GMT).", "Gingrich in Taipei",
     [("body", "Gingrich is due to have lunch with Premier Lien Chan before leaving for home at 1:00 p.m. (0500 GMT).")]),
    # A photo credit run into the lead, and the caption before it (bpoil, a development topic).
    ("Photograph: Jim Watson/AFP/Getty Images Prolonged exposure to crude oil and chemical dispersants is a public health "
     "danger, environmental scientists warned yesterday.", "Oil spill health warning",
     [("boilerplate", "Photograph: Jim Watson/AFP/Getty Images"),
      ("body", "Prolonged exposure to crude oil and chemical dispersants is a public health danger, environmental scientists "
               "warned yesterday.")]),
    ("Al Grillo/AP BP shares slid nearly 2.5% this morning after closure of a major Alaskan pipeline.", "BP shares slide",
     [("boilerplate", "Al Grillo/AP"), ("body", "BP shares slid nearly 2.5% this morning after closure of a major Alaskan pipeline.")]),
    ("A heavily oiled bird struggles to get on to a boon, designed to hold back the spill from Barataria Bay in Louisiana "
     "Photograph: Gerald Herbert/AP Russia's top energy official said he expected BP chief executive Tony Hayward to step down soon.",
     "Russia expects Hayward to go",
     [("caption", "A heavily oiled bird struggles to get on to a boon, designed to hold back the spill from Barataria Bay in Louisiana"),
      ("boilerplate", "Photograph: Gerald Herbert/AP"),
      ("body", "Russia's top energy official said he expected BP chief executive Tony Hayward to step down soon.")]),
    # A photo credit opening a paragraph makes no caption of the paragraph above it (bpoil).
    ("But all three oil firms try to blame each other's errors; hearing acknowledges regulatory oversight failed.\n\n"
     "Photograph: Ted Jackson/AP BP insisted last night that its contingency plan had worked.", "BP chief tells angry senators",
     [("body", "But all three oil firms try to blame each other's errors; hearing acknowledges regulatory oversight failed."),
      ("boilerplate", "Photograph: Ted Jackson/AP"), ("body", "BP insisted last night that its contingency plan had worked.")]),
    # A credit in brackets is part of its sentence.
    ("On Friday night, the House of Representatives passed legislation (Patrick Semansky/AP) that would block BP.", "House vote",
     [("body", "On Friday night, the House of Representatives passed legislation (Patrick Semansky/AP) that would block BP.")]),
    # A web page's date and clock, with the byline around them (bpoil).
    ("Wednesday, May 5, 2010; 12:54 PM BP said Wednesday that it has capped one of the three leaks.", "BP caps a leak",
     [("boilerplate", "Wednesday, May 5, 2010; 12:54 PM"), ("body", "BP said Wednesday that it has capped one of the three leaks.")]),
    ("By Lisa Rein and Ed O'Keefe | November 15, 2010; 6:00 AM ET On October 18, 2010, The Donovan Law Group sent a letter.",
     "Oil spill fund",
     [("boilerplate", "By Lisa Rein and Ed O'Keefe | November 15, 2010; 6:00 AM ET"),
      ("body", "On October 18, 2010, The Donovan Law Group sent a letter.")]),
    ("July 15, 2010 - 7:48 AM | by: Jonathan Serrie Pressure testing on the damaged oil well ran into a snag overnight.",
     "Pressure testing",
     [("boilerplate", "July 15, 2010 - 7:48 AM | by: Jonathan Serrie"),
      ("body", "Pressure testing on the damaged oil well ran into a snag overnight.")]),
])
def test_page_furniture_cut_out(text, title, expected):
    assert [(block.kind, text[block.start:block.end]) for block in classify_blocks(text, title)] == expected


def test_readers_comments_set_aside_with_a_warning():
    article = read_article(FIXTURES / "crawl_report_with_readers_comments.md", FIXTURES)
    story = " ".join(article.body[b.start:b.end] for b in article.text_blocks())
    assert "Svanberg told reporters" in story and "small people" not in story
    assert article.warnings == ("crawl_report_with_readers_comments.md: readers' comments set aside: 13 paragraphs "
                                "from “Views expressed in the comments do not represent those of Re…”",)


def test_title_that_is_page_furniture():
    article = read_article(FIXTURES / "crawl_update_stamp_as_title.md", FIXTURES)
    assert article.title.startswith("Michael Jackson's mother said promoters ignored signs of stress")
    assert "updated" not in article.title and "directive" not in article.title


# The report's paragraph under each caption (Timeline17 bpoil, a development topic).
REPORT_PARAGRAPH = "The well is leaking an estimated 5,000 barrels a day, the Coast Guard said."


@pytest.mark.parametrize("paragraph, expected", [
    # A wire photo's caption ends with the picture's day and year, after a comma or a weekday (AP, Reuters; bpoil).
    ("White House Press Secretary Robert Gibbs briefs reporters at the White House in Washington, Wednesday, May 5, 2010.", "caption"),
    ("The ultra-deepwater semisubmersible rig Development Drill III begins operations for drilling a relief well Monday, May 3, 2010.",
     "caption"),
    ("Maura Wood, Senior Program Manager, Coastal Louisiana Restoration for National Wildlife Federation takes a sample of water in "
     "a heavily oiled marsh near Pass a Loutre, Louisiana, May 20, 2010.", "caption"),
    # A report's sentence dates its happening with "on" (Reuters, bpoil), or with no comma.
    ("More than half an inch of oil covered the sea when Dennis Kelso's boat, piled with a few newly dead birds, nudged up against "
     "the side of the Exxon Valdez on Friday, March 24, 1989.", "body"),
    ("The Deepwater Horizon rig exploded April 20, 2010.", "body"),
    # A gallery's caption opens with the picture's day and a colon (Fox News; bpoil).
    ("May 23: An oil-covered pelican flaps its wings on an island in Barataria Bay off the coast of Louisiana.", "caption"),
    ("April 29, 2010: Workers in Orange Beach, Ala., lay inflatable orange booms to protect the beach and wildlife against a "
     "massive oil spill nearing the coastline.", "caption"),
    # A timeline's entry, its day set off by a dash, is story text (Reuters; bpoil).
    ("* May 9 - BP says it might try to plug the undersea leak by pumping materials such as shredded up tires and golf balls "
     "into the well at high pressure, a method called a \u201cjunk shot.\u201d", "body"),
])
def test_wire_photo_captions(paragraph, expected):
    """A caption is set aside; the paragraph under it stays story text (not taken for the caption's credit)."""
    assert kinds(f"A title\n\n{paragraph}\n\n{REPORT_PARAGRAPH}")[1:] == [expected, "body"]
