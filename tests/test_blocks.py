"""Which blocks are story text (read/blocks.py): captions and credits, on real text."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.read.blocks import classify_blocks

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
