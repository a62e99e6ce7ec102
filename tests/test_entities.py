"""Organisations beside people in timeline.yml: one id namespace, files
without them still valid, problems with their line, an editor's move of an
entity from one list to the other kept, and a page each on the site."""
from __future__ import annotations

from pathlib import Path

from conftest import ARTICLES, FIXTURES, ROOT, seeds_with
from test_editing import edit

from generator import pipeline
from generator.project import BASE_NAME, Project
from generator.render.index import has_page
from generator.render.site import render_site
from generator.store.plain import from_data
from generator.store.validate import validate

COMMITTED = (ROOT / "timeline.yml").read_text(encoding="utf-8")


def with_organisation(text: str, organisation: str, event: str | None = None) -> str:
    """The timeline with ``organisation`` listed on its first event (or on
    the event of id ``event``), as an editor would add it."""
    start = text.index(f"  - id: {event}\n") if event else 0
    return text[:start] + text[start:].replace("    places:\n", f"    organisations:\n      - {organisation}\n    places:\n", 1)


def test_a_file_with_people_only_still_loads():
    old = (FIXTURES / "timeline_before_organisations.yml").read_text(encoding="utf-8")
    assert "organisations" not in old
    data, problems = validate(old)
    assert problems == []
    timeline = from_data(data)
    assert timeline.organisations == [] and [p.id for p in timeline.people][:2] == ["emmanuel-macron", "vladimir-putin"]


def test_people_and_organisations_share_one_id_namespace():
    text = COMMITTED.replace("organisations:\n  - id: nato\n", "organisations:\n  - id: vladimir-putin\n")
    _, problems = validate(text)
    line = text.splitlines().index("  - id: vladimir-putin", text.splitlines().index("organisations:")) + 1
    assert [(p.line, p.path) for p in problems if "share one set of ids" in p.message] == [(line, "organisations[0].id")]


def test_an_unknown_organisation_of_an_event_is_named_with_its_line():
    text = with_organisation(COMMITTED, "natto")
    _, problems = validate(text)
    lines = text.splitlines()
    line = lines.index("      - natto") + 1
    event = sum(1 for row in lines[lines.index("events:"):line] if row.startswith("  - id: ")) - 1
    assert [p.format("timeline.yml") for p in problems] == [
        f"timeline.yml:{line}: events[{event}].organisations[0]: unknown organisation id 'natto' (did you mean 'nato'?)"]


def test_an_entity_an_editor_moves_to_the_other_list_stays_there(project: Path):
    timeline = project / "timeline.yml"

    def move(data):
        xi = next(p for p in data["people"] if p["id"] == "xi-jinping")
        data["people"].remove(xi)
        data["organisations"].append(xi)

    edit(timeline, move)
    (project / "corpus" / "000_3f670afbb6994cba.txt").write_text(
        (project / "corpus" / "000_3f670afbb6994cba.txt").read_text(encoding="utf-8") + "\nXi Jinping met Putin again.\n", encoding="utf-8")
    pipeline.extract(Project.at(project))
    after = pipeline.load_timeline(Project.at(project))
    assert "xi-jinping" in {o.id for o in after.organisations}
    assert "xi-jinping" not in {p.id for p in after.people}
    pages = render_site(after, {})
    assert "organisations/xi-jinping.md" in pages and "people/xi-jinping.md" not in pages


def test_organisations_have_pages_and_events_list_them():
    paged = next(e.id for e in from_data(validate(COMMITTED)[0]).events if has_page(e))
    timeline = from_data(validate(with_organisation(COMMITTED, "nato", paged))[0])
    pages = render_site(timeline, {})
    nato = next(e for e in timeline.events if "nato" in e.organisations)
    assert "[NATO](../organisations/nato.md)" in pages[f"events/{nato.id}.md"]
    assert "**Organisations:** [NATO](../organisations/nato.md)" in pages[f"events/{nato.id}.md"]  # the filter is its page
    assert nato.title in pages["organisations/nato.md"]
    assert "[NATO](../organisations/nato.md)" in pages["organisations/index.md"]


def test_an_old_file_gets_its_organisations_after_its_people(project: Path):
    old = (FIXTURES / "timeline_before_organisations.yml").read_text(encoding="utf-8")
    (project / "timeline.yml").write_text(old, encoding="utf-8")
    (project / BASE_NAME).write_text(old, encoding="utf-8")
    pipeline.extract(Project.at(project))
    keys = [line.split(":")[0] for line in (project / "timeline.yml").read_text(encoding="utf-8").splitlines() if line[:1].isalpha()]
    assert keys == ["title", "sources", "people", "organisations", "events"]


def test_an_organisation_that_speaks_is_an_entity_with_its_quotes_on_its_page(tmp_path: Path):
    """Issue 15: "…," the statement said, after "The Cardinal Kung Foundation said in a statement" (AFP, 1997):
    the quote is the foundation's, in the voice of its statement, and its page lists it."""
    project = Project.at(seeds_with(tmp_path, [ARTICLES / "newswire_organisation_speaks.md"]))
    pipeline.extract(project)
    timeline = pipeline.load_timeline(project)
    foundation = next(o for o in timeline.organisations if o.name == "Cardinal Kung Foundation")
    assert foundation.id not in {p.id for p in timeline.people}
    quote = next(q for e in timeline.events for q in e.quotes if q.speaker == foundation.id)
    assert quote.role == "statement" and quote.text.startswith("The raid consisting of six policemen")
    page = render_site(timeline, {})[f"organisations/{foundation.id}.md"]
    assert "The raid consisting of six policemen" in page and "(statement)" in page
