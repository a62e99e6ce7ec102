"""The story learnt from the corpus (generator/combine/story.py), on a real
timeline: AFP and Xinhua on the Middle East, 14-30 November 2005
(tests/fixtures/rank/, 54 articles). An event no other article connects to
is marked off the story, kept in the file and left off the site."""
from __future__ import annotations

import dataclasses
import math
from collections import Counter, defaultdict

import pytest
from conftest import FIXTURES

from generator.combine.story import MIN_ARTICLES, _linked, _words, game_articles, mark_off_story, off_story, story_names, stray_articles
from generator.model import Timeline
from generator.rank import rank
from generator.rank.importance import central_entities
from generator.rank.terms import entity_names
from generator.store.load import load
from generator.store.plain import event_data, event_from_data
from generator.store.reconcile import reconcile

GAMES = FIXTURES / "story" / "games.yml"


@pytest.fixture(scope="module")
def marked(news):
    return mark_off_story(news)


def titles(timeline, ids) -> set[str]:
    return {e.title for e in timeline.events if e.id in ids}


def test_events_of_other_stories_are_off_it(news):
    off = titles(news, off_story(news, central_entities(news, news.events)))
    assert {"Presidential election in Honduras", "Tsunami in Asia and this year's hurricanes in America"} <= off
    assert len(off) < 0.1 * len(news.events)


def test_an_event_two_articles_report_or_naming_the_story_s_people_is_on_it(news):
    off = off_story(news, central_entities(news, news.events))
    assert off
    for event in news.events:
        if len({x.source for x in event.sources}) > 1 or "Rafah" in event.title:
            assert event.id not in off, event.title


def test_an_article_naming_none_of_the_story_s_names_is_off_it(news):
    assert {"Iraq", "Israel", "Gaza Strip", "Mahmoud Abbas"} <= set(story_names(news))
    strays = {s.title for s in news.sources if s.id in stray_articles(news, central_entities(news, news.events))}
    assert "Bangladesh to cut double taxation with 14 more countries" in strays
    assert not any(name in title for title in strays for name in ("Iraq", "Israel", "Gaza", "Palestin", "Iran", "Leban"))
    off = titles(news, off_story(news, central_entities(news, news.events)))
    assert "Bangladesh Observer reported" in off


def test_the_events_of_an_article_about_games_are_off_the_story(news):
    games = load(GAMES)[1]
    both = Timeline(news.title, news.sources + games.sources, news.people + games.people, news.events + games.events,
                    news.organisations + games.organisations)
    assert game_articles(news) == set()
    assert game_articles(both) == {s.id for s in games.sources}
    off = off_story(both, central_entities(both, both.events))
    assert {e.id for e in games.events} <= off  # "Japan and Australia begin Group F action …", "Kostomarov won the ice dancing title"
    assert off - {e.id for e in games.events} == off_story(news, central_entities(news, news.events))


def test_a_match_two_articles_about_games_report_is_off_the_story(news):
    games = load(GAMES)[1]
    [match] = [e for e in games.events if e.title == "Australia play Brazil at Nuremburg"]
    other = next(x for e in games.events for x in e.sources if x.source != match.sources[0].source)
    reported_twice = dataclasses.replace(match, sources=[*match.sources, other])
    both = Timeline(news.title, news.sources + games.sources, news.people + games.people,
                    news.events + [reported_twice if e is match else e for e in games.events], news.organisations + games.organisations)
    assert reported_twice.id in off_story(both, central_entities(both, both.events))


def test_a_small_corpus_tells_no_story_to_learn(egypt):
    assert len(egypt.sources) < MIN_ARTICLES
    assert off_story(egypt, central_entities(egypt, egypt.events)) == set()


def test_an_off_story_event_is_kept_in_the_file_but_off_the_site(news, marked):
    [event] = [e for e in marked.events if e.title == "Presidential election in Honduras"]
    assert event.off_story and not event.shown
    assert event_data(event)["off_story"] is True
    assert event_from_data(event_data(event)) == event
    assert len(marked.events) == len(news.events)
    importance = rank(marked).importance
    assert event.id not in importance
    shown = dataclasses.replace(event, off_story=False)
    assert "off_story" not in event_data(shown)


@pytest.mark.parametrize("link", [3.0, 6.0, 9.0, 12.0])
def test_an_event_is_linked_when_one_other_article_s_shared_words_weigh_link_or_more(news, link):
    """The pruned walk (rarest words first, common words' articles not
    walked once they cannot matter) decides as summing every shared word
    over every article does."""
    sources = {e.id: {x.source for x in e.sources} for e in news.events}
    names = entity_names(news)
    bags = {e.id: _words(e, names) for e in news.events}
    by_word: dict[str, set[str]] = defaultdict(set)
    for event in news.events:
        for word in bags[event.id]:
            by_word[word] |= sources[event.id]
    count = len({s for found in sources.values() for s in found})
    idf = {w: math.log(count / len(a)) for w, a in by_word.items()}
    decided = []
    for event in news.events:
        own, bag = sources[event.id], bags[event.id]
        summed = Counter()
        for word in bag:
            for article in by_word[word] - own:
                summed[article] += idf[word]
        expected = max(summed.values(), default=0.0) >= link
        assert _linked(bag, own, by_word, idf, link) == expected, event.id
        decided.append(expected)
    assert any(decided) and not all(decided) or link == 3.0


def test_an_editor_s_off_story_false_outlives_the_next_extraction(marked):
    """The generator marks the event again; the editor's ``off_story: false`` stays, and the event is shown."""
    [event] = [e for e in marked.events if e.title == "Presidential election in Honduras"]
    generated = {"events": [event_data(event)]}
    edited = {"events": [{**event_data(event), "off_story": False}]}
    [kept] = reconcile(generated, edited, generated)["events"]
    assert kept["off_story"] is False and event_from_data(kept).shown
    [untouched] = reconcile(generated, generated, generated)["events"]
    assert untouched["off_story"] is True and not event_from_data(untouched).shown
