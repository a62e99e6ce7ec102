"""Render a timeline as the site's generated files: ``{path under site_src/: text}``.

Pages are Markdown (raw HTML only where Markdown has no form for it: the
article text with an anchor per sentence, quote variants side by side);
exports (timeline.json, timeline.ics, feed.xml) sit beside the home page. Every claim links to the sentence of
its source page that states it.
"""
from __future__ import annotations

from typing import Callable

from ..model import Article, Ranking, Timeline, dates
from ..rank import rank
from .exports import ATOM_PATH, EXPORT_PATHS, ICAL_PATH, TIMELINEJS_PATH
from .exports.atom import atom
from .exports.ical import ical
from .exports.timelinejs import timelinejs
from .exports.visual import VISUAL_DIR, visual_files
from .index import ORGANISATIONS_FOLDER, PEOPLE_FOLDER, SiteIndex
from .memo import PageMemo, no_memo
from .pages.event import event_inputs, event_page
from .pages.home import HOME, KEY_DIR, key_events, key_pages
from .pages.months import months_index, period_pages
from .pages.person import organisations_index, people_index, person_inputs, person_page
from .pages.places import PLACES_DIR, PLACES_INDEX, place_page, places_index, places_of
from .pages.source import source_inputs, source_page, sources_index
from .pages.storylines import STORYLINES_DIR, STORYLINES_INDEX, storyline_page, storylines_index
from .periods import MONTHS_DIR, MONTHS_INDEX, UNDATED_DIR

GENERATED_DIRS = ("events", PEOPLE_FOLDER, ORGANISATIONS_FOLDER, "sources", MONTHS_DIR, UNDATED_DIR, PLACES_DIR,
                  STORYLINES_DIR, VISUAL_DIR, KEY_DIR)
# The section pages the navigation lists (mkdocs.yml).
INDEX_PAGES = (HOME, MONTHS_INDEX, STORYLINES_INDEX, f"{PEOPLE_FOLDER}/index.md", f"{ORGANISATIONS_FOLDER}/index.md", PLACES_INDEX,
               "sources/index.md")
# Generated files at the top of the docs folder.
GENERATED_FILES = (HOME, *EXPORT_PATHS)


def render_site(timeline: Timeline, articles: dict[str, Article],
                ranker: Callable[[Timeline], Ranking] = rank, memo: PageMemo | None = None) -> dict[str, str]:
    """Every generated file of the site, by path relative to ``site_src/``
    (``ranker``: ``rank``, or a ``Ranker`` that keeps work between saves;
    ``memo``: the pages of the last rendering, kept where their inputs are the same)."""
    site = SiteIndex(timeline, articles, ranker(timeline))
    if memo is not None:
        memo.start()
    page = memo.page if memo is not None else no_memo
    periods = site.listings
    places = places_of(site)
    undated = sum(1 for e in site.events if dates.parse_point(e.date) is None)
    files = key_pages(site, undated)
    files.update(zip(INDEX_PAGES[1:], (months_index(site, periods), storylines_index(site), people_index(site),
                                       organisations_index(site), places_index(site, places), sources_index(site))))
    files.update(period_pages(site, periods))
    for event in (e for e in site.events if e.id in site.paged):
        files[f"events/{event.id}.md"] = page(f"events/{event.id}.md", lambda: event_inputs(site, event), lambda: event_page(site, event))
    for folder, entities in ((PEOPLE_FOLDER, timeline.people), (ORGANISATIONS_FOLDER, timeline.organisations)):
        for entity in entities:
            path = f"{folder}/{entity.id}.md"
            files[path] = page(path, lambda: person_inputs(site, entity), lambda: person_page(site, entity))
    for key, (name, events) in places.items():
        files[f"{PLACES_DIR}/{key}.md"] = place_page(site, name, events)
    for source in timeline.sources:
        files[f"sources/{source.id}.md"] = page(f"sources/{source.id}.md", lambda: source_inputs(site, source), lambda: source_page(site, source))
    for storyline in site.ranking.storylines:
        files[f"{STORYLINES_DIR}/{storyline.id}.md"] = storyline_page(site, storyline)
    files[TIMELINEJS_PATH] = timelinejs(site)
    files[ICAL_PATH] = ical(site)
    files[ATOM_PATH] = atom(site)
    files.update(visual_files(site, periods, key_events(site)))
    return files

