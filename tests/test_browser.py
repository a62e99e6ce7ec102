"""The built site in a real headless Chromium, served on localhost: what a
reader does (scan the timeline, open an event, check a quote against its
source, search, switch to dark mode, use the visual timeline), with a
screenshot of each step under test-output/screenshots/."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from site_fixtures import build, copy_project, heading, screenshot, serve

pytestmark = pytest.mark.browser

ZELENSKY_EVENT = "events/2025-09-05-volodymyr-zelenskiy-we-are-ready-for-any-kind/"
PUTIN_EVENT = "events/2025-09-05-vladimir-putin-warned-that-any-western-troops/"
TITLE = "article.md-content__inner h1"  # the page's own (search results have theirs)


def in_viewport(tab, selector: str) -> bool:
    """The element is on screen, below the theme's sticky header."""
    return tab.eval_on_selector(selector, """node => {
        const box = node.getBoundingClientRect();
        const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
        return box.height > 0 && box.top >= header - 1 && box.top < window.innerHeight;
    }""")


def test_home_lists_every_event_as_a_card_in_date_order(page, site_url, built_site: Path):
    page.goto(site_url)
    cards = page.locator("article.event-card")
    events = json.loads((built_site / "timeline.json").read_text(encoding="utf-8"))["events"]
    assert cards.count() == len(events) == 11
    dates = cards.locator("time").evaluate_all("nodes => nodes.map(n => n.getAttribute('datetime'))")
    assert dates[0] == "2025-01" and dates[1] == "2025-08" and dates[2] == "2025-W36"
    first = cards.first
    assert first.locator("h4 a:not(.headerlink)").inner_text().startswith("Donald Trump took office")
    assert "1 source" in first.inner_text() and "Vladimir Putin" in first.inner_text()
    zelensky = page.locator("article.event-card", has=page.locator(f'h4[id="{ZELENSKY_EVENT.split("/")[1]}"]'))
    assert "We are ready for any kind of meetings" in zelensky.locator("figure.quote blockquote").inner_text()
    assert [h.inner_text().replace("¶", "").strip() for h in page.locator("h2, h3").all()][:4] == ["Visual timeline", "2025", "Jan 2025", "Aug 2025"]
    screenshot(page, "home")


def test_visual_timeline_draws_the_json_and_zooms(page, site_url):
    page.goto(site_url)
    visual = page.locator(".timeline-visual")
    visual.locator("a.tl-event").first.wait_for()
    assert visual.is_visible()
    assert visual.locator("a.tl-event").count() == 11
    assert visual.locator(".tl-tick").count() >= 2
    items = visual.locator("li.tl-item")

    def extent() -> float:  # px from the first event to the last
        return items.last.bounding_box()["x"] - items.first.bounding_box()["x"]

    fitted = extent()
    page.get_by_role("button", name="Zoom in").click()
    page.get_by_role("button", name="Zoom in").click()
    assert extent() == pytest.approx(4 * fitted, rel=0.01)
    page.locator(".tl-viewport").focus()
    page.keyboard.press("-")
    assert extent() == pytest.approx(2 * fitted, rel=0.01)
    visual.scroll_into_view_if_needed()
    screenshot(page, "visual-timeline-zoomed")
    page.get_by_role("button", name="Fit all events").click()
    assert extent() == pytest.approx(fitted, rel=0.01)
    # A month-precision event is drawn as a bar over its month, a day as a dot.
    spans = visual.locator("li.tl-span").count()
    assert spans == 3  # Jan 2025, Aug 2025, week of 1 Sep 2025
    visual.locator("a.tl-event", has_text="Zelenskiy").click()
    page.wait_for_url(re.compile(re.escape(ZELENSKY_EVENT) + "$"))
    expect(page.locator(TITLE)).to_contain_text("Volodymyr Zelenskiy")


def test_without_javascript_the_list_is_the_timeline(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(site_url)
    assert tab.locator("article.event-card").count() == 11
    assert tab.locator("article.event-card").first.is_visible()
    assert not tab.locator(".timeline-visual").is_visible()
    screenshot(tab, "home-without-javascript")
    context.close()


def test_follow_an_event_from_the_home_page(page, site_url):
    page.goto(site_url)
    page.evaluate("window.sameDocument = true")
    link = page.locator("article.event-card h4 a:not(.headerlink)", has_text="Vladimir Putin warned")
    link.click()
    page.wait_for_url(re.compile(re.escape(PUTIN_EVENT) + "$"))
    expect(page.locator(TITLE)).to_contain_text("Vladimir Putin warned")
    assert page.evaluate("window.sameDocument === true"), "instant navigation: no full page load"
    assert heading(page).startswith("Vladimir Putin warned that any Western troops")
    body = page.locator("article.md-content__inner")
    assert "precision: day" in body.inner_text()
    variants = page.locator(".quote-variants").first
    assert variants.locator("figure").count() == 2
    boxes = [f.bounding_box() for f in variants.locator("figure").all()]
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 2 and boxes[0]["x"] < boxes[1]["x"], "side by side"
    assert variants.locator("mark.diff").count() >= 4
    assert page.locator("h2", has_text="Related events").count() == 1
    assert page.locator(".event-pager a").count() == 2
    assert page.locator(".md-tag", has_text="People/Vladimir Putin").count() == 1
    variants.scroll_into_view_if_needed()
    screenshot(page, "event-quote-variants")
    screenshot(page, "event", full_page=True)


def test_a_quote_links_to_its_sentence_on_the_source_page(page, site_url):
    page.goto(site_url + ZELENSKY_EVENT)
    quote = page.locator("figure.quote", has_text="We are ready for any kind of meetings")
    link = quote.locator("figcaption a[href*='sources/']").first
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    assert re.fullmatch(r"s\d+", anchor)
    link.click()
    page.wait_for_url(re.compile(re.escape(anchor) + "$"))
    sentence = page.locator(f"#{anchor}")
    sentence.wait_for()
    assert "We are ready for any kind of meetings" in sentence.inner_text()
    page.wait_for_function(f"document.getElementById('{anchor}').classList.contains('is-target')")
    assert in_viewport(page, f"#{anchor}")
    # The quote in the article links back to its event.
    assert sentence.locator("a.quote").get_attribute("href").endswith(ZELENSKY_EVENT)
    screenshot(page, "source-target-sentence")


def test_source_page_marks_dates_and_quotes_with_links_to_events(page, site_url):
    page.goto(site_url + "sources/putin-warns-western-troops-in-ukraine/")
    assert page.locator("span.sentence").count() > 20
    dates = page.locator("a.date").all_inner_texts()
    assert {"January", "last month", "Friday"} <= set(dates)
    assert page.locator("a.quote").count() >= 5
    january = page.locator("a.date", has_text="January")
    assert january.get_attribute("href").endswith("events/2025-01-donald-trump-took-office-with-a-pledge-to/")


def test_search_finds_events_quotes_and_people(page, site_url):
    page.goto(site_url)
    box = page.get_by_placeholder("Search")
    for query, expected in [("sovereign country", "Mark Rutte reinforced"),  # words of a quote
                            ("Healey", "John Healey"),  # a person
                            ("Alaska", "High-profile meeting in Alaska")]:  # an event
        box.fill("")
        box.press_sequentially(query)  # the theme searches on key presses
        # Retries until the results for this query (not the previous one) show.
        expect(page.locator(".md-search-result__item", has_text=expected).first).to_be_visible()
    box.fill("")
    box.press_sequentially("sovereign country")
    page.locator(".md-search-result__item").first.wait_for()
    screenshot(page, "search")
    page.locator(".md-search-result__link", has_text="Mark Rutte").first.click()
    page.wait_for_url(re.compile(r"events/2025-09-06-mark-rutte-reinforced"))
    expect(page.locator(TITLE)).to_contain_text("Mark Rutte reinforced")


def test_dark_mode_toggles_and_stays_on_the_next_page(page, site_url):
    page.goto(site_url)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.get_by_title("Switch to dark mode").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    screenshot(page, "home-dark")
    page.locator("article.event-card h4 a:not(.headerlink)").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    expect(page.locator(TITLE)).to_contain_text("Donald Trump took office")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.get_by_title("Switch to light mode").click()
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")


def test_person_page_lists_quotes_in_date_order(page, site_url):
    page.goto(site_url + "people/vladimir-putin/")
    assert heading(page) == "Vladimir Putin"
    assert "Russian President" in page.locator(".person-description").inner_text()
    quotes = page.locator("article figure.quote")
    assert quotes.count() >= 10
    first = quotes.first.inner_text()
    assert "5 Sep 2025" in first and "Vladimir Putin warned" in first
    screenshot(page, "person")


def test_missing_page_gets_the_sites_404(browser, site_url):
    context = browser.new_context()  # not `page`: the 404 is logged as a console error
    tab = context.new_page()
    response = tab.goto(site_url + "events/no-such-event/")
    assert response.status == 404
    assert heading(tab) == "Page not found"
    tab.get_by_role("link", name="The timeline").click()
    tab.wait_for_url(site_url)
    expect(tab.locator("article.event-card")).to_have_count(11)
    context.close()


def test_pages_carry_description_and_open_graph_tags(page, site_url):
    page.goto(site_url + PUTIN_EVENT)
    meta = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name=description]')]
        .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))""")
    assert meta["og:title"].startswith("Vladimir Putin warned")
    assert meta["description"] == meta["og:description"]
    assert meta["description"].startswith("Russian President Vladimir Putin warned")
    assert meta["og:type"] == "article"
    feeds = page.locator("link[rel=alternate][type='application/atom+xml']")
    assert feeds.count() == 1


HOSTILE = (
    "---\ntitle: \"<script>window.pwned=1</script> Vote <img src=x onerror=window.pwned=2>\"\n"
    "outlet: \"<b>Evil</b> News\"\npublished: 2025-09-07\nurl: \"https://example.org/a?b=(x)\"\n---\n"
    "Jane Doe said on Saturday, “<script>window.pwned=3</script> we will <img src=x onerror=window.pwned=4> win.”\n"
)


def test_hostile_article_renders_as_text_in_the_browser(browser, tmp_path_factory):
    from generator import pipeline
    from generator.project import Project

    project = copy_project(tmp_path_factory.mktemp("hostile"))
    (project / "corpus" / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    pipeline.extract(Project.at(project))
    timeline = (project / "timeline.yml").read_text(encoding="utf-8")
    (project / "timeline.yml").write_text(timeline.replace("    summary: Jane Doe", "    note: \"<script>window.pwned=5</script> [click](javascript:window.pwned=6)\"\n    summary: Jane Doe", 1), encoding="utf-8")
    (project / "site").mkdir()
    server = serve(project / "site")
    result = build(project, f"http://127.0.0.1:{server.server_address[1]}/")
    assert result.returncode == 0, result.stderr
    context = browser.new_context()
    tab = context.new_page()
    dialogs = []
    tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        source = next((project / "site" / "sources").glob("script-*/index.html")).parent.name
        event = next((project / "site" / "events").glob("*jane-doe*/index.html")).parent.name
        for path in ("", f"sources/{source}/", f"events/{event}/", "tags/"):
            tab.goto(base + path)
            tab.wait_for_timeout(200)
            assert tab.evaluate("window.pwned") is None, path
        tab.goto(base + f"events/{event}/")
        text = tab.locator("article").inner_text()
        assert "<script>window.pwned=5</script>" in text and "click" in text
        assert tab.locator("a[href^='javascript:']").count() == 0
        tab.goto(base + f"sources/{source}/")
        assert "<img src=x onerror=window.pwned=4>" in tab.locator("article").inner_text()
        assert heading(tab).startswith("<script>window.pwned=1</script> Vote")
        assert tab.title().startswith("<script>window.pwned=1</script>")
        screenshot(tab, "hostile-source")
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    assert dialogs == []
