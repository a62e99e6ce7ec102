"""Which paragraphs of a corpus's pages are off its story, learnt from the
corpus itself.

A crawled page may carry many stories at once: a channel's live page or
"world news for schools" roundup with a paragraph per story, a radio show's
page listing the day's items. Each of its paragraphs is judged on its own:

- the story's words (``story_words``) are the ``STORY_WORDS`` words the
  corpus's articles use most, each weighed by how rare it is in a shipped
  reference corpus (``weights.reference_weights``: TF-IDF with the articles
  as the documents), among the words not too common there (weight ``RARE``
  or more: "said" tells no story) and not of the outlets' names ("BBC" is
  how the story is told); with the words of the story's central people,
  organisations and places (``rank.importance.central_entities``), each
  weighing as the first word: the reference corpus holds Timeline17, so on
  its topics the story's own words weigh little there ("oil" and "spill"
  on the BP oil spill), and "BP" is a name of two letters. On Timeline17's
  Michael Jackson topic: "conrad", "murray", "jackson", "manslaughter",
  "propofol", also "trial", "died", "fans" …;
- a paragraph names the story when the weights of the story's words it
  uses add up to ``NAMING`` of the first word's or more: "Jackson" alone,
  or "fans" with "family", not "fans" alone;
- a page is mixed when fewer than ``MIXED_PAGE`` of its paragraphs name
  the story (on that topic the pages about the story name it in 60-100 %
  of their paragraphs, the roundups in 0-40 %): a paragraph of a mixed page
  that does not name the story, nor do the ``CONTEXT`` paragraphs before it
  (which it may go on with: "The BBC's Peter Bowes gives an account of the
  first day"), is off the story: the Haiti earthquake of a schools'
  roundup that also says "Michael Jackson's doctor is officially accused".
  A page about the story keeps every paragraph: one that does not name it
  goes on with what the ones before said ("He graduated three years
  later").

Chosen on the dev inputs of benchmarks/events.py (T17 MJ, T17 bpoil, news
1st half) by reading samples of what they mark with 30-80 words, a weight
of 3.5-6 for ``RARE``, one or two paragraphs of ``CONTEXT``, with and
without the central names: as set, 7 shown events of MJ (all off the
story: a football row, Berlusconi's budget vote, a genealogy query, a
comedy's ratings …), 2 of the news (oil prices, a US terror trial's
sentencing) and 41 of bpoil (in a sample of 30, about 20 off the story:
readers' comments, brand rankings, a basketball salary, Sarah Palin's
prospects, submersibles in Lake Baikal; the rest the story's side threads:
claims paid to fishermen, Kenneth Feinberg's rules). Without the central
names and with ``RARE`` 6 the page test marks 411 events of bpoil, most of
them the story's; more context, fewer words or a higher
``RARE`` mark more of the story's side threads.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..model import Article
from ..rank.terms import DATE_WORDS
from ..rank.words import words
from .weights import reference_weights

# How many words are the story's, and how rare a word must be in the reference corpus to be one (weight = IDF + 1).
STORY_WORDS = 60
RARE = 3.5
# A paragraph names the story when its story words weigh this share of the first one's weight or more.
NAMING = 0.5
# How many paragraphs before one that does not name the story it may go on with.
CONTEXT = 2
# The share of a page's paragraphs that name the story below which the page is mixed: judged paragraph by paragraph.
MIXED_PAGE = 0.5
# Words used by fewer articles tell no corpus's story.
_MIN_ARTICLES_USING = 3


def story_words(articles: Iterable[Article], names: Iterable[str] = ()) -> dict[str, float]:
    """The ``STORY_WORDS`` words of the story the articles tell, each with
    its weight: the share of the articles using it times its reference
    weight; and the words of ``names`` (the story's central people,
    organisations and places), each weighing as the first word (see the
    module's docstring)."""
    used: Counter[str] = Counter()
    outlets: set[str] = set()
    count = 0
    for article in articles:
        count += 1
        used.update({w for text in _paragraphs(article).values() for w in _story_candidates(text)})
        outlets.update(words(article.outlet or ""))
    weights = reference_weights()
    score = {w: n / count * weights.word(w) for w, n in used.items()
             if n >= _MIN_ARTICLES_USING and weights.word(w) >= RARE and w not in outlets}
    story = {w: score[w] for w in sorted(score, key=lambda w: (-score[w], w))[:STORY_WORDS]}
    first = max(story.values(), default=1.0)
    return story | {w: first for name in names for w in words(name) if w not in outlets and w not in DATE_WORDS}


def off_paragraphs(article: Article, story: dict[str, float]) -> list[tuple[int, int]]:
    """The spans of ``article``'s paragraphs off the story (``story``: its
    words and their weights): on a mixed page, those that do not name it,
    nor do the ``CONTEXT`` paragraphs before them (none on a page about the
    story)."""
    paragraphs = _paragraphs(article)
    least = NAMING * max(story.values(), default=0.0)
    names = [sum(story.get(w, 0.0) for w in set(words(text))) >= least > 0 for text in paragraphs.values()]
    if not paragraphs or sum(names) >= MIXED_PAGE * len(paragraphs):
        return []
    return [span for at, span in enumerate(paragraphs) if not any(names[max(0, at - CONTEXT):at + 1])]


def _paragraphs(article: Article) -> dict[tuple[int, int], str]:
    return {(b.start, b.end): article.body[b.start:b.end] for b in article.text_blocks()}


def _story_candidates(text: str) -> set[str]:
    return {w for w in words(text) if w.isalpha() and len(w) > 2 and w not in DATE_WORDS}
