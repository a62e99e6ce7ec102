"""Search in bundles (generator/site/search.py): the seed site's searched
pages indexed by real Pagefind runs of a few pages each, and searched in
real Chromium across every bundle."""
from __future__ import annotations

import json
import re
import shutil

import pytest
from playwright.sync_api import expect
from site_fixtures import serve

from generator.site.search import SEARCH_DIR, bundles, index_site

PER_BUNDLE = 4


def searched_pages(site) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if "data-pagefind-body" in p.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundled_site(built_site, tmp_path_factory):
    """A copy of the seed site, its search index made again in bundles of four pages."""
    site = tmp_path_factory.mktemp("bundled") / "site"
    shutil.copytree(built_site, site)
    shutil.rmtree(site / SEARCH_DIR)
    index_site(site, searched_pages(site), per_bundle=PER_BUNDLE)
    return site


def test_pages_cut_into_bundles_in_order():
    pages = [f"p{n}/index.html" for n in range(9)]
    assert bundles(pages, 4) == [(SEARCH_DIR, pages[:4]), (f"{SEARCH_DIR}/part-1", pages[4:8]), (f"{SEARCH_DIR}/part-2", pages[8:])]
    assert bundles(pages) == [(SEARCH_DIR, pages)]


@pytest.mark.parametrize("pages, expected", [
    (["a/1", "a/2", "b/1", "c/1"], [["a/1", "a/2", "b/1", "c/1"]]),  # whole folders that fit, together
    (["a/1", "a/2", "a/3", "b/1", "b/2"], [["a/1", "a/2", "a/3"], ["b/1", "b/2"]]),  # a folder is not cut where it fits
    (["a/1", "b/1", "b/2", "b/3", "b/4", "b/5", "c/1"], [["a/1"], ["b/1", "b/2", "b/3", "b/4"], ["b/5", "c/1"]]),  # a larger one is
])
def test_bundles_hold_whole_folders_where_they_fit(pages, expected):
    assert [chunk for _, chunk in bundles(pages, 4)] == expected


@pytest.mark.slow
def test_every_searched_page_is_in_one_bundle_of_at_most_four(bundled_site):
    pages = searched_pages(bundled_site)
    parts = json.loads((bundled_site / SEARCH_DIR / "parts.json").read_text(encoding="utf-8"))
    assert parts == [f"part-{n}/" for n in range(1, -(-len(pages) // PER_BUNDLE))]
    counts = []
    for folder in ["", *parts]:
        entry = json.loads((bundled_site / SEARCH_DIR / folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        counts.append(sum(language["page_count"] for language in entry["languages"].values()))
    assert all(count <= PER_BUNDLE for count in counts) and sum(counts) == len(pages)
    assert not (bundled_site / SEARCH_DIR / ".stage").exists()


@pytest.mark.slow
def test_one_bundle_when_the_pages_fit(built_site):
    assert json.loads((built_site / SEARCH_DIR / "parts.json").read_text(encoding="utf-8")) == []
    # Read where they are: Pagefind indexed the searched pages, and no other.
    entry = json.loads((built_site / SEARCH_DIR / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(language["page_count"] for language in entry["languages"].values()) == len(searched_pages(built_site))


@pytest.mark.browser
def test_search_finds_pages_of_every_bundle(page, bundled_site):
    server = serve(bundled_site)
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/?q=Healey")
        expect(page.locator(".pagefind-ui__result", has_text="John Healey").first).to_be_visible()
        box = page.locator(".pagefind-ui__search-input")
        # A person, an event, a quote's words, a source: pages of different bundles.
        for query, expected in [("Alaska", "High-profile meeting in Alaska"), ("sovereign country", "Mark Rutte reinforced")]:
            box.fill(query)
            expect(page.locator(".pagefind-ui__result", has_text=expected).first).to_be_visible()
        bundle_of = {page_path: n for n, (_, chunk) in enumerate(bundles(searched_pages(bundled_site), PER_BUNDLE)) for page_path in chunk}
        found = {bundle_of[p] for p in bundle_of if re.search(r"healey|alaska|mark-rutte-reinforced", p)}
        assert len(found) > 1  # the queries reached more than one bundle
    finally:
        page.goto("about:blank")  # the search's fetches still under way end with the page, not with the server
        server.shutdown()
        server.server_close()
