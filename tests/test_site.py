"""Pages and the built site: a real `mkdocs build --strict` on the seed
timeline, links to source sentences, and escaping of hostile text."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from site_fixtures import SITE_TIMELINE, build, copy_project

from generator import pipeline
from generator.project import Project
from generator.render import markup as mk
from generator.render.index import has_page
from generator.render.pages.problems import problems_page
from generator.render.site import render_site
from generator.store.validate import TimelineError


@pytest.fixture(scope="module")
def pages():
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    return render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus"))


def test_pages_for_home_events_people_and_sources(pages):
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    assert "index.md" in pages
    paged = {e.id for e in timeline.events if has_page(e)}
    assert paged and len(paged) < len(timeline.events)
    assert {f"events/{i}.md" for i in paged} <= set(pages)
    assert not {f"events/{e.id}.md" for e in timeline.events if e.id not in paged} & set(pages)
    assert {f"people/{p.id}.md" for p in timeline.people} <= set(pages)
    assert {f"sources/{s.id}.md" for s in timeline.sources} <= set(pages)


def test_home_is_the_key_days_and_links_every_other_listing(pages):
    home = pages["index.md"]
    days = re.findall(r'^### <time datetime="([\d-]+)">', home, re.MULTILINE)
    assert days == ["2025-09-04", "2025-09-05", "2025-09-06"]  # the days dated to a day
    assert "#### " not in home and "event-card" not in home
    assert "[Every event, month by month](months/index.md)" in home
    assert "Volodymyr Zelenskiy" in pages["months/2025-09.md"] and "Sometime in January 2025" in pages["months/2025-01.md"]


def test_an_event_without_a_page_is_told_on_its_month_page_and_every_link_goes_there(pages):
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    pageless = [e for e in timeline.events if not has_page(e)]
    assert pageless
    for event in pageless:
        anchor = f'<span id="{event.id}"></span>'
        listed = [path for path, text in pages.items() if anchor in text]
        assert len(listed) == 1 and listed[0].startswith(("months/", "undated/")), (event.id, listed)
        line = next(x for x in pages[listed[0]].splitlines() if anchor in x)
        assert mk.text(event.title) in line
        evidence = pages[listed[0]].split(anchor, 1)[1].split("\n- ", 1)[0]
        assert re.search(r"\(\.\./sources/[\w-]+\.md#s\d+\)", evidence), evidence  # its sentence, linked
        targets = {m for text in pages.values() if isinstance(text, str)
                   for m in re.findall(rf"\]\(((?:\.\./)*[\w/.-]*?)#{re.escape(event.id)}\)", text)}
        assert targets and {t.lstrip("./") for t in targets} == {listed[0]}, targets
        assert not any(f"events/{event.id}" in text for text in pages.values()), event.id


def test_every_evidence_link_targets_a_sentence_anchor_on_its_source_page(pages):
    for path, text in pages.items():
        if not path.startswith(("events/", "months/", "undated/")):
            continue
        for source, anchor in re.findall(r"\(\.\./sources/([\w-]+)\.md#(s\d+)\)", text):
            assert f'id="{anchor}"' in pages[f"sources/{source}.md"], (path, source, anchor)


@pytest.mark.slow  # a real mkdocs build
def test_mkdocs_build_strict_passes_on_the_seed_timeline(project: Path):
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert (site / "index.html").exists() and (site / "404.html").exists()
    event_pages = list((site / "events").glob("*/index.html"))
    assert len(event_pages) >= 5
    source_html = next((site / "sources").glob("putin-warns*/index.html")).read_text(encoding="utf-8")
    assert 'class="sentence" id="s' in source_html
    # The navigation lists the sections, never the events, people or sources.
    sections = re.findall(r"^  - [^:]+: \S+\.md$", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.M)
    for page in (site / "index.html", event_pages[0]):
        links = re.findall(r'<a href="([^"]*)"[^>]*class="md-(?:nav|tabs)__link', page.read_text(encoding="utf-8"))
        assert not [link for link in links if re.search(r"(events|people|sources)/[^/#]+/", link)], page
        assert len([link for link in links if "#" not in link]) <= 2 * len(sections), page  # the sections, in the tabs and the drawer


@pytest.mark.slow  # a real mkdocs build
def test_hostile_article_text_renders_as_text(project: Path):
    hostile = (
        "---\ntitle: \"<script>alert('title')</script> Vote <img src=x onerror=alert(1)>\"\n"
        "outlet: \"<b>Evil</b> News\"\npublished: 2025-09-07\nurl: \"https://example.org/a?b=<x>\"\n---\n"
        "Jane Doe said on Saturday, “<script>alert('quote')</script> we will <img src=x onerror=alert(2)> win.”\n"
    )
    (project / "corpus" / "hostile.md").write_text(hostile, encoding="utf-8")
    pipeline.extract(Project.at(project))
    result = build(project)
    assert result.returncode == 0, result.stderr
    for html_file in (project / "site").rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        assert "<script>alert(" not in html, html_file
        assert "<img src=x" not in html and "<img src=\"x\"" not in html, html_file
        assert "<b>Evil</b>" not in html, html_file
    source_page = next((project / "site" / "sources").glob("script-*/index.html")).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#x27;quote&#x27;)&lt;/script&gt;" in source_page or "&lt;script&gt;alert('quote')&lt;/script&gt;" in source_page


@pytest.mark.slow  # a real mkdocs build
def test_broken_timeline_fails_the_build_with_its_line(project: Path):
    timeline = project / "timeline.yml"
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("title: News timeline", "title: [News", 1), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "timeline.yml:2:" in result.stderr


@pytest.mark.slow  # a real mkdocs build
def test_a_timeline_mistake_fails_the_build_with_the_message_serve_shows(project: Path):
    timeline = project / "timeline.yml"
    text = timeline.read_text(encoding="utf-8")
    person = next(p for e in yaml.safe_load(text)["events"] for p in e.get("people") or [])  # one an event names
    typo = person[:-1]
    assert f"      - {person}\n" in text
    timeline.write_text(text.replace(f"      - {person}\n", f"      - {typo}\n", 1), encoding="utf-8")
    with pytest.raises(TimelineError) as error:
        pipeline.load_timeline(Project(timeline, project / "corpus"))
    assert f"unknown person id '{typo}' (did you mean '{person}'?)" in str(error.value)
    result = build(project)
    assert result.returncode != 0
    assert str(error.value) in result.stderr
    assert mk.html_text(str(error.value)) in problems_page(str(error.value))


def test_render_writes_only_changed_pages_and_removes_stale_ones(project: Path):
    out = project / "site_src"
    first = pipeline.render(Project(project / "timeline.yml", project / "corpus", out))
    assert "0 removed" in first.messages[0]
    stale = out / "events" / "no-longer-there.md"
    stale.write_text("old", encoding="utf-8")
    again = pipeline.render(Project(project / "timeline.yml", project / "corpus", out))
    assert re.search(r", 0 written, 1 removed$", again.messages[0])
    assert not stale.exists() and (out / "about.md").exists()


HOSTILE_EDITS = [
    ("title: News timeline", 'title: "<script>window.x=1</script> News"'),
    ("  - id: vladimir-putin\n    name: Vladimir Putin", '  - id: vladimir-putin\n    name: "Vladimir <img src=x onerror=alert(1)> Putin"'),
    ("    description: Russian President", '    description: "<b>Russian</b> President"'),
    ("      - Alaska\n", '      - "<svg onload=alert(2)>Alaska"\n'),
    ("    title: Mark Rutte reinforced that Russia has no veto over foreign troops entering Ukraine",
     '    title: "Rutte </script><script>alert(3)</script>\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:injected"\n'
     '    note: "<iframe src=x></iframe> [click](javascript:alert(4)) **kept**"'),
]
RAW = ["<script>window.x", "<img src=x", "<b>Russian", "<svg onload", "<script>alert(3)", "<iframe", "javascript:alert(4)"]


@pytest.mark.slow  # a real mkdocs build
def test_hostile_timeline_fields_are_escaped_in_pages_and_exports(tmp_path: Path):
    import json
    import xml.etree.ElementTree as etree

    from icalendar import Calendar

    project = copy_project(tmp_path, SITE_TIMELINE.parent)
    timeline = project / "timeline.yml"
    text = timeline.read_text(encoding="utf-8")
    for old, new in HOSTILE_EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    timeline.write_text(text, encoding="utf-8")
    result = build(project)
    assert result.returncode == 0, result.stderr
    site = project / "site"
    for path in [*site.rglob("*.html"), site / "feed.xml", site / "sitemap.xml"]:
        page = path.read_text(encoding="utf-8")
        assert [raw for raw in RAW if raw in page] == [], path
    event = (site / "events" / "2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto" / "index.html").read_text(encoding="utf-8")
    assert "<strong>kept</strong>" in event and "&lt;iframe" in event
    data = json.loads((site / "timeline.json").read_text(encoding="utf-8"))
    shown = json.dumps(data)  # TimelineJS treats headline and text as HTML
    assert [raw for raw in RAW if raw in shown] == []
    calendar = Calendar.from_ical((site / "timeline.ics").read_text(encoding="utf-8"))
    events = calendar.walk("VEVENT")
    assert len(events) == 8  # those dated to a day: the title's line breaks did not start a new event
    assert any(str(e["summary"]).startswith("Rutte </script>") and "BEGIN:VEVENT" in str(e["summary"]) for e in events)
    feed = etree.parse(site / "feed.xml").getroot()
    titles = [e.findtext("{http://www.w3.org/2005/Atom}title") for e in feed.iter("{http://www.w3.org/2005/Atom}entry")]
    assert any("Rutte </script><script>alert(3)</script>" in t for t in titles)  # text, as XML escaped it
    # The visual timeline's data is JSON the script shows as text (textContent), never as HTML.
    items = json.loads((site / "visual" / "2025-09.json").read_text(encoding="utf-8"))
    assert any(item[3].startswith("Rutte </script><script>alert(3)</script>") for item in items)


def test_claims_link_to_the_original_with_a_text_fragment_where_the_source_has_a_url():
    timeline = pipeline.load_timeline(Project(SITE_TIMELINE, ROOT / "corpus"))
    timeline.sources[1].url = "https://example.org/putin-warns"
    pages = render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus"))
    event = pages["events/2025-09-05-volodymyr-zelenskiy-we-are-ready-for-any-kind.md"]
    # The evidence sentence and the quote, each to its own words.
    assert "(https://example.org/putin-warns#:~:text=%E2%80%9CWe%20are%20ready%20for,Zelenskyy%20said%20on%20Friday.)" in event
    assert "(https://example.org/putin-warns#:~:text=We%20are%20ready%20for,nobody%20trusts%20his%20words%2C)" in event
    assert "[https://example.org/putin-warns](https://example.org/putin-warns)" in pages["sources/putin-warns-western-troops-in-ukraine.md"]
    other = pages["events/2025-09-06-mark-rutte-reinforced-that-russia-has-no-veto.md"]  # from the source without a url
    assert "#:~:text=" not in other


def test_an_event_no_text_dates_says_it_was_reported_then():
    timeline = pipeline.load_timeline(Project(ROOT / "timeline.yml", ROOT / "corpus"))
    pages = render_site(timeline, pipeline.articles_of(timeline, ROOT / "corpus"))
    reported = [e for e in timeline.events if e.date_basis == "reported"]
    assert reported, "the seed timeline has statements no text dates"
    for event in reported:  # on its page, or on its line of its month's page
        told = pages.get(f"events/{event.id}.md") or next(x for x in pages["months/2025-09.md"].splitlines() if event.id in x)
        day = date.fromisoformat(event.date)
        assert f"reported on {day.day} {day:%b %Y} (date not stated)" in told
    several = [e for e in timeline.events if e.source_count > 1]
    assert several and all(f"**Reported by:** {e.source_count} sources" in pages[f"events/{e.id}.md"] for e in several)
