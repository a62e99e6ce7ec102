"""The built site in a real headless Chromium, served on localhost: what a
reader does (read the key days, choose how many, browse a month or a place,
open an event, check a quote against its source, search, switch to dark
mode, zoom the visual timeline), with a screenshot of each step under
test-output/screenshots/."""
from __future__ import annotations

import re

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


def test_home_shows_the_key_days_each_with_its_sources(page, site_url):
    page.goto(site_url)
    days = page.locator("article.key-day")
    assert days.count() == 3  # the seed's days dated to a day
    dates = days.locator("h3 time").evaluate_all("nodes => nodes.map(n => n.getAttribute('datetime'))")
    assert dates == ["2025-09-04", "2025-09-05", "2025-09-06"]
    friday = days.nth(1)
    assert friday.locator("li", has_text="Vladimir Putin warned").inner_text().endswith("reported by 2 sources")
    assert "Reported by 2 sources" in friday.inner_text()  # the day: every source of its events
    control = page.get_by_role("navigation", name="How many key days")
    assert control.locator("[aria-current=page]").inner_text() == "30 key days"
    assert [a.inner_text() for a in control.locator("a").all()] == ["10 key days", "100 key days", "all events, month by month"]
    screenshot(page, "home")


def test_visual_timeline_shows_events_close_up_and_bars_zoomed_out(page, site_url):
    page.goto(site_url)
    visual = page.locator(".timeline-visual")
    visual.locator("a.tl-event").first.wait_for()  # fitted to the busiest stretch: 1-7 Sep
    # In view: the 9 events of September and the month-long one of August,
    # in five rows; 6 Sep's events that do not fit say so, linked to that day.
    more = visual.locator(".tl-more a")
    # Each month's events load on their own (timeline.js drawEvents): wait until both months are drawn.
    page.wait_for_function("""() => {
        const v = document.querySelector(".timeline-visual"), more = v.querySelector(".tl-more a");
        return more && v.querySelectorAll("a.tl-event").length + parseInt(more.textContent.slice(1)) === 10;
    }""")
    assert more.count() == 1 and more.get_attribute("href") == "months/2025-09/#d2025-09-06"
    assert visual.locator("a.tl-event").count() + int(more.inner_text().split()[0]) == 10
    # An event links to its page, or, without one, to its line on its month's page.
    hrefs = [a.get_attribute("href") for a in visual.locator("a.tl-event").all()]
    assert all(re.fullmatch(r"events/[\w-]+/|months/2025-0[89]/#[\w-]+", h) for h in hrefs), hrefs
    assert {h.split("/")[0] for h in hrefs} == {"events", "months"}
    assert visual.locator("a.tl-bar").count() == 0
    assert "Showing events;" in visual.locator(".tl-scale").inner_text()
    visual.scroll_into_view_if_needed()
    screenshot(page, "visual-timeline-close")
    zoom_out = page.get_by_role("button", name="Zoom out")
    while visual.locator("a.tl-bar").count() == 0:
        zoom_out.click()
    assert visual.locator("a.tl-event").count() == 0
    assert "events per week" in visual.locator(".tl-scale").inner_text()
    for _ in range(8):  # zooming out stops at a quarter of the width that fits every event
        zoom_out.click()
    assert "events per month" in visual.locator(".tl-scale").inner_text()
    assert visual.locator(".tl-tick").count() >= 2
    labels = visual.locator("a.tl-bar").evaluate_all("nodes => nodes.map(n => n.getAttribute('aria-label'))")
    assert labels == ["Jan 2025: 1 event", "Aug 2025: 1 event", "Sep 2025: 9 events"]
    screenshot(page, "visual-timeline-wide")
    visual.locator("a.tl-bar").first.click()
    page.wait_for_url(re.compile(r"/months/2025-01/$"))
    expect(page.locator(TITLE)).to_contain_text("January 2025")


def test_without_javascript_the_key_days_and_the_control_work(browser, site_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.goto(site_url)
    assert tab.locator("article.key-day").count() == 3
    assert tab.locator("article.key-day").first.is_visible()
    assert not tab.locator(".timeline-visual").is_visible()
    screenshot(tab, "home-without-javascript")
    tab.get_by_role("link", name="10 key days").click()
    tab.wait_for_url(re.compile(r"/key/10/$"))
    assert tab.locator("article.key-day").count() == 3
    assert tab.locator("[aria-current=page]").inner_text() == "10 key days"
    tab.get_by_role("link", name="all events, month by month").click()
    tab.wait_for_url(re.compile(r"/months/$"))
    tab.get_by_role("link", name="September 2025").click()
    tab.wait_for_url(re.compile(r"/months/2025-09/$"))
    assert tab.locator("h2", has_text="Friday 5 September 2025").count() == 1
    context.close()


def test_a_month_page_lists_each_days_events_under_one_heading(page, site_url):
    page.goto(site_url + "months/2025-09/")
    assert heading(page) == "September 2025"
    headings = [h.replace("¶", "").strip() for h in page.locator("article h2").all_inner_texts()]
    assert headings == ["Week of 1 Sep 2025", "Thursday 4 September 2025", "Friday 5 September 2025", "Saturday 6 September 2025"]
    friday = page.locator("h2#d2025-09-05 + ul > li")
    assert friday.count() == 3
    assert friday.first.inner_text().startswith("Vladimir Putin warned") and friday.first.inner_text().endswith("2 sources")
    screenshot(page, "month", full_page=True)
    page.get_by_role("link", name="← August 2025").first.click()
    page.wait_for_url(re.compile(r"/months/2025-08/$"))
    assert "Sometime in August 2025" in page.locator("article").inner_text()


def test_filter_by_place_and_by_person(page, site_url):
    page.goto(site_url + PUTIN_EVENT)
    page.locator("article a[href*='places/']", has_text="Ukraine").first.click()
    page.wait_for_url(re.compile(r"/places/ukraine/$"))
    assert heading(page) == "Ukraine"
    listed = page.locator("article li a[href*='events/']")
    assert listed.count() >= 3 and "Vladimir Putin warned" in " ".join(listed.all_inner_texts())
    screenshot(page, "place")
    page.goto(site_url + "places/")
    assert page.locator("article li").first.inner_text().startswith("Ukraine")


def test_a_storyline_page_has_its_own_key_events_and_every_event(page, site_url):
    page.goto(site_url + "storylines/")
    page.get_by_role("link", name="Foreign troops entering Ukraine").click()
    page.wait_for_url(re.compile(r"/storylines/foreign-troops-entering-ukraine/$"))
    assert heading(page) == "Foreign troops entering Ukraine"
    key = page.locator("h2#key-events + ul > li")
    assert key.count() >= 1 and re.match(r"\d+ \w+ 2025: ", key.first.inner_text())
    every = page.locator("article li a[href*='events/']")
    assert every.count() >= 3 + key.count()  # its key events, then all its events month by month
    screenshot(page, "storyline", full_page=True)
    every.last.click()
    page.wait_for_url(re.compile(r"/events/"))
    assert page.locator("article a[href*='storylines/foreign-troops-entering-ukraine/']").count() == 1


def test_follow_an_event_from_the_home_page(page, site_url):
    page.goto(site_url)
    link = page.locator("article.key-day li a", has_text="Vladimir Putin warned")
    link.click()
    page.wait_for_url(re.compile(re.escape(PUTIN_EVENT) + "$"))
    expect(page.locator(TITLE)).to_contain_text("Vladimir Putin warned")
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
    assert body.locator("a[href*='people/vladimir-putin/']").count() >= 1
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
    # An event told by one source with no quote has no page: its line on its month's page.
    assert january.get_attribute("href").endswith("months/2025-01/#2025-01-donald-trump-took-office-with-a-pledge-to")
    january.click()
    page.wait_for_url(re.compile(r"/months/2025-01/#2025-01-donald-trump-took-office-with-a-pledge-to$"))
    told = page.locator("li:has([id='2025-01-donald-trump-took-office-with-a-pledge-to'])")
    expect(told).to_contain_text("Donald Trump took office with a pledge to end the war quickly")
    assert told.locator("a[href*='sources/putin-warns-western-troops-in-ukraine/#s']").count() == 1  # its sentence


def test_search_finds_events_quotes_and_people(page, site_url):
    page.goto(site_url)
    box = page.get_by_role("searchbox", name="Search events, people, places and sources")
    box.fill("sovereign country")  # words of a quote
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=sovereign\+country$"))
    expect(page.locator(".pagefind-ui__result", has_text="Mark Rutte reinforced").first).to_be_visible()
    screenshot(page, "search")
    results = page.locator(".pagefind-ui__search-input")
    for query, expected in [("Healey", "John Healey"),  # a person
                            ("Alaska", "High-profile meeting in Alaska")]:  # an event
        results.fill(query)
        # Retries until the results for this query (not the previous one) show.
        expect(page.locator(".pagefind-ui__result", has_text=expected).first).to_be_visible()
    results.fill("sovereign country")
    page.locator(".pagefind-ui__result-link", has_text="Mark Rutte").first.click()
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
    page.locator("article.key-day li a").first.click()  # one source, no quote: its line on its month's page
    page.wait_for_url(re.compile(r"/months/2025-09/#2025-09-04-emmanuel-macron-announced"))
    expect(page.locator("article")).to_contain_text("Emmanuel Macron announced")
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
    expect(tab.locator("article.key-day")).to_have_count(3)
    context.close()


def test_pages_carry_description_and_open_graph_tags(page, site_url):
    page.goto(site_url + PUTIN_EVENT)
    meta = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name=description]')]
        .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))""")
    assert meta["og:title"].startswith("Vladimir Putin warned")
    assert meta["description"] == meta["og:description"]
    assert meta["description"].startswith("Russian President Vladimir Putin warned")
    assert meta["og:type"] == "article"


HOSTILE = (
    "---\ntitle: \"<script>window.pwned=1</script> Vote <img src=x onerror=window.pwned=2>\"\n"
    "outlet: \"<b>Evil</b> News\"\npublished: 2025-09-07\nurl: \"https://example.org/a?b=(x)\"\n---\n"
    "Jane Doe won the <img src=x onerror=window.pwned=7> election on Saturday, officials said.\n\n"
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
        for path in ("", f"sources/{source}/", f"events/{event}/", "months/2025-09/", "places/", "search/?q=script"):
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
