"""The site at any size: the home page's key days and its control, every
event on exactly one listing page (a month's, day by day; a year's; or,
with no date stated, apart by when it was first reported), place pages,
and the data of the visual timeline, on the frozen newswire timeline
(every date precision, 33 events with no date stated)."""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from site_fixtures import NEWSWIRE_CORPUS, NEWSWIRE_TIMELINE

from generator import pipeline
from generator.combine.ids import slug
from generator.model import dates
from generator.project import Project
from generator.render.index import has_page
from generator.render.periods import long_day
from generator.render.site import render_site

# An event's link to its page, or the line of one without a page (its anchor).
EVENT_LINK = re.compile(r'\]\(\.\./events/([\w-]+)\.md\)|^- <span id="([\w-]+)"></span>', re.MULTILINE)


def event_ids(text: str) -> list[str]:
    return [linked or told for linked, told in EVENT_LINK.findall(text)]


@pytest.fixture(scope="module")
def timeline():
    return pipeline.load_timeline(Project(NEWSWIRE_TIMELINE, NEWSWIRE_CORPUS))


@pytest.fixture(scope="module")
def pages(timeline):
    return render_site(timeline, pipeline.articles_of(timeline, NEWSWIRE_CORPUS))


def listing_pages(pages: dict[str, str]) -> dict[str, str]:
    return {path: text for path, text in pages.items()
            if path.startswith(("months/", "undated/")) and not path.endswith("index.md")}


def sections(page: str) -> dict[str, list[str]]:
    """The event ids under each heading anchor of a listing page."""
    found: dict[str, list[str]] = {}
    for part in re.split(r"^## ", page, flags=re.MULTILINE)[1:]:
        anchor = re.search(r"\{ #([\w-]+) \}", part.splitlines()[0])[1]
        found[anchor] = event_ids(part)
    return found


def test_every_event_is_listed_on_exactly_one_listing_page(timeline, pages):
    listed = Counter(e for text in listing_pages(pages).values() for e in event_ids(text))
    assert listed == Counter(e.id for e in timeline.events if not e.hidden)


def test_a_days_events_are_under_its_one_heading_in_date_order(timeline, pages):
    april = sections(pages["months/1997-04.md"])
    days = [a for a in april if a.startswith("d")]
    assert days == sorted(days) and len(days) == len(set(days))
    for event in timeline.events:
        point = dates.parse_point(event.date)
        if point and point.precision in (dates.DAY, dates.TIME) and dates.month(point.first) == "1997-04":
            assert event.id in april[f"d{point.first.isoformat()}"], event.date
    # A time of day is under its day's heading with the events of that day.
    timed = [e for e in timeline.events if e.date == "1997-04-01TMO"]
    assert timed and timed[0].id in april["d1997-04-01"]
    assert f"## {long_day(dates.parse_point('1997-04-01').first)} {{ #d1997-04-01 }}" in pages["months/1997-04.md"]


def test_month_events_come_first_and_vaguer_dates_go_to_their_years_page(timeline, pages):
    march = pages["months/1997-03.md"]
    assert re.findall(r"^## (.*) \{", march, re.MULTILINE)[0] == "Sometime in March 1997"
    autumn = next(e for e in timeline.events if e.date == "1996-FA")
    assert autumn.id in sections(pages["months/1996.md"])["p1996-fa"]
    assert "Autumn 1996" in pages["months/1996.md"]


def test_events_without_a_date_are_apart_under_the_day_first_reported(timeline, pages):
    sources = {s.id: s for s in timeline.sources}
    undated = [e for e in timeline.events if dates.parse_point(e.date) is None]
    assert len(undated) == 33
    on_months = {e for path, text in listing_pages(pages).items() if path.startswith("months/") for e in event_ids(text)}
    for event in undated:
        assert event.id not in on_months
        first = min(sources[e.source].published for e in event.sources)
        assert event.id in sections(pages[f"undated/{first[:7]}.md"])[f"r{first}"]
    assert "[33 events whose date the reports do not state](../undated/index.md)" in pages["months/index.md"]


def test_home_shows_the_key_days_and_a_control_that_is_links(pages):
    home, ten, hundred = pages["index.md"], pages["key/10.md"], pages["key/100.md"]
    days = re.findall(r'^### <time datetime="([\d-]+)">', home, re.MULTILINE)
    assert 0 < len(days) <= 30 and days == sorted(days)
    assert len(re.findall(r"^### <time", ten, re.MULTILINE)) == min(10, len(days))
    assert len(re.findall(r"^### <time", hundred, re.MULTILINE)) >= len(days)
    assert "[10 key days](key/10.md)" in home and "[100 key days](key/100.md)" in home
    assert '<strong aria-current="page">30 key days</strong>' in home
    assert "[30 key days](../index.md)" in ten and "[all events, month by month](../months/index.md)" in ten
    assert home.count("Reported by ") == len(days)
    assert "[Date not stated](undated/index.md): 33 events" in home


def test_every_place_has_a_page_listing_its_events(timeline, pages):
    for event in (e for e in timeline.events if e.places and not e.hidden):
        page = pages.get(f"events/{event.id}.md")
        assert (page is None) == (not has_page(event))
        for place in event.places:
            assert page is None or f"](../places/{slug(place)}.md)" in page
            assert re.search(rf"\]\(\.\./(events/{event.id}\.md|[\w/-]+\.md#{event.id})\)", pages[f"places/{slug(place)}.md"])
    assert "places/index.md" in pages


def test_visual_timeline_data_counts_every_event_it_draws(timeline, pages):
    days = json.loads(pages["visual/days.json"])
    drawn = [e for e in timeline.events if (p := dates.parse_point(e.date)) and p.precision in ("day", "time", "week", "month")]
    assert sum(n for _, n in days["days"]) + sum(n for _, n in days["months"]) == len(drawn)
    for month in days["chunks"]:
        items = json.loads(pages[f"visual/{month}.json"])
        listed = set(event_ids(pages[f"months/{month}.md"]))
        assert {item[0] for item in items} <= listed
        assert all(isinstance(item[3], str) and item[4] >= 1 for item in items)
        assert {item[0] for item in items if not item[6]} == {e.id for e in timeline.events if e.id in {i[0] for i in items} and not has_page(e)}
