"""Accessibility: axe-core (from the npm registry, `npm ci`) run in headless
Chromium on every kind of page (the key days with the visual timeline drawn,
the other choices of the control, the months, a month, a place, a storyline, search with
its results, an event, a person, a source), in the light and the dark
palette. No serious or critical violation is allowed."""
from __future__ import annotations

import json

import pytest
from site_fixtures import AXE, OUTPUT, record

pytestmark = pytest.mark.browser

PAGES = {
    "home": "",
    "key-10": "key/10/",
    "months": "months/",
    "month": "months/2025-09/",
    "place": "places/ukraine/",
    "storyline": "storylines/foreign-troops-entering-ukraine/",
    "search": "search/?q=Putin",
    "event": "events/2025-09-05-vladimir-putin-warned-that-any-western-troops/",
    "person": "people/vladimir-putin/",
    "source": "sources/putin-warns-western-troops-in-ukraine/",
}
BLOCKING = ("serious", "critical")


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE}: not found; run `npm ci` (axe-core is pinned in package-lock.json)")
    return AXE.read_text(encoding="utf-8")


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_accessibility_violation(browser, site_url, axe_source, name, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="dark" if scheme == "slate" else "light")
    tab = context.new_page()
    try:
        tab.goto(site_url + PAGES[name])
        tab.wait_for_function(f"document.body.getAttribute('data-md-color-scheme') === '{scheme}'")
        if name == "home":
            tab.locator(".timeline-visual a.tl-event").first.wait_for()
        if name == "search":
            tab.locator(".pagefind-ui__result").first.wait_for()
        tab.add_script_tag(content=axe_source)
        result = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    finally:
        context.close()
    violations = result["violations"]
    by_impact = {impact: sum(len(v["nodes"]) for v in violations if v["impact"] == impact) for impact in ("critical", "serious", "moderate", "minor")}
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / f"axe-{name}-{scheme}.json").write_text(json.dumps(violations, indent=1), encoding="utf-8")
    record(f"axe {result['testEngine']['version']} {name} ({scheme}): {len(result['passes'])} rules passed; "
           + ", ".join(f"{impact} {count}" for impact, count in by_impact.items()))
    blocking = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations if v["impact"] in BLOCKING]
    assert blocking == []
