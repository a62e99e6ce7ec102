"""Pages kept between the preview's saves (render/memo.py, site/records.py):
after every kind of edit, rendering with what the last rendering kept gives
exactly what rendering from scratch gives."""
from __future__ import annotations

from dataclasses import replace

import pytest
from site_fixtures import NEWSWIRE_CORPUS, NEWSWIRE_TIMELINE

from generator import pipeline
from generator.model import Timeline
from generator.project import Project
from generator.rank import Ranker
from generator.render.memo import PageMemo
from generator.render.site import render_site
from generator.site.records import Records


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return pipeline.load_timeline(Project(NEWSWIRE_TIMELINE, NEWSWIRE_CORPUS))


@pytest.fixture(scope="module")
def articles(timeline):
    return pipeline.articles_of(timeline, NEWSWIRE_CORPUS)


def with_event(timeline: Timeline, event_id: str, **changes) -> Timeline:
    return replace(timeline, events=[replace(e, **changes) if e.id == event_id else e for e in timeline.events])


def edits(timeline: Timeline):
    """(what, the timeline after it), each edit on top of the last; the
    records edited are found in the data (one with people and quotes, …)."""
    quoted = next(e for e in timeline.events if e.quotes and e.people)
    other = next(e for e in timeline.events if e.people and e.id != quoted.id)
    speaker = next(q.speaker for e in timeline.events for q in e.quotes if q.speaker)
    source = quoted.sources[0].source
    steps = [("title", lambda t: with_event(t, quoted.id, title="An edited title")),
             ("summary", lambda t: with_event(t, quoted.id, summary="An edited summary.")),
             ("a person's name", lambda t: replace(t, people=[replace(p, name="Renamed Person") if p.id == speaker else p for p in t.people],
                                                   organisations=[replace(o, name="Renamed Body") if o.id == speaker else o for o in t.organisations])),
             ("a source's title and outlet", lambda t: replace(t, sources=[replace(s, title="Edited source", outlet="Edited outlet") if s.id == source else s
                                                                           for s in t.sources])),
             ("a date", lambda t: with_event(t, other.id, date="1999-01-02", edtf=None)),
             ("a person added", lambda t: with_event(t, other.id, people=[*other.people, speaker])),
             ("evidence text", lambda t: with_event(t, quoted.id, sources=[replace(quoted.sources[0], text="Edited evidence."), *quoted.sources[1:]])),
             ("hidden", lambda t: with_event(t, other.id, hidden=True)),
             ("deleted", lambda t: replace(t, events=[e for e in t.events if e.id != quoted.id]))]
    for what, edit in steps:
        timeline = edit(timeline)
        yield what, timeline


def test_after_every_edit_the_kept_pages_are_what_rendering_anew_makes(timeline, articles):
    memo, records, ranker = PageMemo(), Records(), Ranker()
    render_site(records.reuse(timeline), articles, ranker, memo)
    made = memo.finish()
    assert made == len(memo.last) > 50  # every page made the first time
    for what, edited in edits(timeline):
        kept = render_site(records.reuse(edited), articles, ranker, memo)
        made = memo.finish()
        assert kept == render_site(edited, articles), what
        assert made < len(memo.last) / 2, f"{what}: {made} of {len(memo.last)} pages made again"


def test_an_article_that_changed_or_went_missing_remakes_its_pages(timeline, articles):
    memo, records, ranker = PageMemo(), Records(), Ranker()
    render_site(records.reuse(timeline), articles, ranker, memo)
    memo.finish()
    gone = next(iter(articles))
    fewer = {file: article for file, article in articles.items() if file != gone}
    assert render_site(records.reuse(timeline), fewer, ranker, memo) == render_site(timeline, fewer)
