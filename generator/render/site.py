"""Render a timeline as the site's generated files: ``{path under site_src/: text}``.

Pages are Markdown (raw HTML only where Markdown has no form for it: the
article text with an anchor per sentence, quote variants side by side);
exports (timeline.json, timeline.ics, feed.xml) sit beside the home page. Every claim links to the sentence of
its source page that states it.
"""
from __future__ import annotations

from ..model import Article, Timeline
from .exports import ATOM_PATH, EXPORT_PATHS, ICAL_PATH, TIMELINEJS_PATH
from .exports.atom import atom
from .exports.ical import ical
from .exports.timelinejs import timelinejs
from .index import ORGANISATIONS_FOLDER, PEOPLE_FOLDER, SiteIndex
from .pages.event import event_page
from .pages.home import home_page
from .pages.person import organisations_index, people_index, person_page
from .pages.source import source_page, sources_index
from .pages.tags import ORGANISATIONS, PEOPLE, event_tags, tag, topics_by_event

GENERATED_DIRS = ("events", PEOPLE_FOLDER, ORGANISATIONS_FOLDER, "sources")
HOME = "index.md"
# The section pages the navigation lists (mkdocs.yml).
INDEX_PAGES = (HOME, f"{PEOPLE_FOLDER}/index.md", f"{ORGANISATIONS_FOLDER}/index.md", "sources/index.md")
# Generated files at the top of the docs folder.
GENERATED_FILES = (HOME, *EXPORT_PATHS)


def render_site(timeline: Timeline, articles: dict[str, Article]) -> dict[str, str]:
    """Every generated file of the site, by path relative to ``site_src/``."""
    site = SiteIndex(timeline, articles)
    topics = topics_by_event(site)
    files = dict(zip(INDEX_PAGES, (home_page(site), people_index(site), organisations_index(site), sources_index(site))))
    for event in site.events:
        files[f"events/{event.id}.md"] = event_page(site, event, event_tags(site, event, topics[event.id]))
    for person in timeline.people:
        files[f"{PEOPLE_FOLDER}/{person.id}.md"] = person_page(site, person, [tag(PEOPLE, person.name)])
    for organisation in timeline.organisations:
        files[f"{ORGANISATIONS_FOLDER}/{organisation.id}.md"] = person_page(site, organisation, [tag(ORGANISATIONS, organisation.name)])
    for source in timeline.sources:
        files[f"sources/{source.id}.md"] = source_page(site, source)
    files[TIMELINEJS_PATH] = timelinejs(site)
    files[ICAL_PATH] = ical(site)
    files[ATOM_PATH] = atom(site)
    return files
