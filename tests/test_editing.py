"""Edit sessions on timeline.yml: what editors do by hand survives new articles
and re-extraction; the file is never overwritten behind their back.

The scripted session uses real newswire: Xinhua's first report of the
Chechen parliamentary election and its update later that day, which
restates the same happenings (tests/fixtures/articles/election_*.md).
"""
from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from conftest import ARTICLES, ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from generator import pipeline
from generator.combine.assemble import assemble
from generator.extract import nlp as nlp_loader
from generator.extract.article import extract_articles
from generator.files import fingerprint
from generator.project import Project
from generator.read.corpus import read_corpus
from generator.store.load import load
from generator.store.plain import from_data, plain
from generator.store.round_trip import apply
from generator.store.validate import validate
from generator.store.write import ConcurrentEdit, dump, reconcile_and_write, rewrite_whole

FIRST_REPORT = "election_first_report.md"
UPDATE = "election_update_restates_first_report.md"


def yaml_rt() -> YAML:
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def edit(path: Path, change) -> None:
    """Edit the file the way an editor's tool would: load, change, save."""
    header, body = path.read_text(encoding="utf-8").split("\n", 1)
    data = yaml_rt().load(body)
    change(data)
    out = io.StringIO()
    yaml_rt().dump(data, out)
    path.write_text(header + "\n" + out.getvalue(), encoding="utf-8")


def events_by_id(path: Path) -> dict:
    return {e.id: e for e in pipeline.load_timeline(Project(path, path.parent / "corpus")).events}


@pytest.fixture
def newsroom(project: Path) -> Path:
    """The seed project plus Xinhua's first report of the Chechen election."""
    shutil.copy(ARTICLES / FIRST_REPORT, project / "corpus" / FIRST_REPORT)
    pipeline.extract(Project.at(project))
    return project


def chechen_event(events: dict, *words: str):
    found = [e for e in events.values() if all(w in e.summary for w in words)]
    assert len(found) == 1, [e.summary for e in found]
    return found[0]


def test_scripted_edit_session_then_new_reports(newsroom: Path):
    timeline = newsroom / "timeline.yml"
    before = events_by_id(timeline)
    statement = chechen_event(before, "officially announce", "valid")
    milestone = chechen_event(before, "milestone")
    trump = next(e for e in before.values() if "took office" in e.summary)
    deleted = next(e for e in before.values() if any("has deployed 24,000 police" in x.text for x in e.sources))

    def change(data):
        by_id = {e["id"]: e for e in data["events"]}
        by_id[statement.id]["title"] = "Alkhanov declares the Chechen vote valid"
        by_id[trump.id]["date"] = "2025-01-20"
        by_id[milestone.id]["note"] = "Putin's words as reported by Xinhua."
        data["events"] = [e for e in data["events"] if e["id"] != deleted.id]
        added = CommentedMap(id="ceasefire-talks-resume", date="2025-09", title="Ceasefire talks resume", summary="Written by an editor.")
        added.yaml_add_eol_comment("added by hand, no source yet", "title")
        data["events"].append(added)

    edit(timeline, change)
    shutil.copy(ARTICLES / UPDATE, newsroom / "corpus" / UPDATE)
    pipeline.extract(Project(timeline, newsroom / "corpus"))

    after = events_by_id(timeline)
    text = timeline.read_text(encoding="utf-8")
    assert after[statement.id].title == "Alkhanov declares the Chechen vote valid"
    assert after[trump.id].date == "2025-01-20"
    assert after[milestone.id].note == "Putin's words as reported by Xinhua."
    assert deleted.id not in after
    assert not any("has deployed 24,000 police" in x.text for e in after.values() for x in e.sources)
    assert after["ceasefire-talks-resume"].title == "Ceasefire talks resume"
    assert "# added by hand, no source yet" in text
    # The update's reports joined the events it restates, edited or not.
    files = {s.id: s.file for s in pipeline.load_timeline(Project(timeline, newsroom / "corpus")).sources}
    for event_id in (statement.id, milestone.id):
        assert {files[x.source] for x in after[event_id].sources} == {FIRST_REPORT, UPDATE}, event_id
    settled = timeline.read_bytes()
    pipeline.extract(Project(timeline, newsroom / "corpus"))
    assert timeline.read_bytes() == settled


def test_a_file_changed_during_extraction_is_not_overwritten(newsroom: Path):
    timeline = newsroom / "timeline.yml"
    current, previous = load(timeline)
    seen = fingerprint(timeline)
    articles, _ = read_corpus(newsroom / "corpus")
    generated = assemble(list(extract_articles(articles, nlp_loader.load())), previous)
    generated.title = "A generator change the editor has not seen"
    timeline.write_text(timeline.read_text(encoding="utf-8") + "# saved meanwhile\n", encoding="utf-8")
    with pytest.raises(ConcurrentEdit, match="changed on disk while extraction ran"):
        reconcile_and_write(timeline, generated, current, seen)
    assert timeline.read_text(encoding="utf-8").endswith("# saved meanwhile\n")
    assert not list(newsroom.glob(".timeline.yml.*.tmp"))


# --- property: random edit sequences lose nothing -----------------------------


@pytest.fixture(scope="module")
def generations(tmp_path_factory, nlp):
    """Two generator outputs: the seeds alone, then the seeds with a new article."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copytree(ROOT / "corpus", folder, dirs_exist_ok=True)
    articles, _ = read_corpus(folder)
    first = assemble(list(extract_articles(articles, nlp)))
    shutil.copy(ARTICLES / FIRST_REPORT, folder / FIRST_REPORT)
    articles, _ = read_corpus(folder)
    second = assemble(list(extract_articles(articles, nlp)), first)
    return first, second


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).map(str.strip).filter(bool)
DATES = st.sampled_from(["2024", "2024-06", "2024-W10", "2024-03-15", "2023-Q2"])
EDITS = st.lists(st.tuples(
    st.sampled_from(["title", "date", "summary", "note", "hide", "delete", "add", "person", "source"]),
    st.integers(min_value=0, max_value=50), TEXT, DATES,
), min_size=1, max_size=8)


def apply_edits(data: dict, edits) -> dict:
    """Apply edits to plain timeline data; returns what each edit must leave."""
    expect = {"fields": {}, "deleted": set(), "added": set(), "people": {}, "sources": {}}
    for op, index, text, date in edits:
        events = data["events"]
        if op == "add":
            new_id = f"hand-{len(expect['added'])}-{index}"
            events.append({"id": new_id, "date": date, "title": text})
            expect["added"].add(new_id)
            expect["fields"][(new_id, "title")] = text
            continue
        if op == "person":
            person = data["people"][index % len(data["people"])]
            person["description"] = text
            expect["people"][person["id"]] = text
            continue
        if op == "source":
            source = data["sources"][index % len(data["sources"])]
            source["title"] = text
            expect["sources"][source["id"]] = text
            continue
        if not events:
            continue
        event = events[index % len(events)]
        if op == "delete":
            events.remove(event)
            expect["deleted"].add(event["id"])
            expect["added"].discard(event["id"])
            expect["fields"] = {k: v for k, v in expect["fields"].items() if k[0] != event["id"]}
            continue
        field, value = {"title": ("title", text), "date": ("date", date), "summary": ("summary", text),
                        "note": ("note", text), "hide": ("hidden", True)}[op]
        event[field] = value
        expect["fields"][(event["id"], field)] = value
    return expect


# Derandomized so CI is repeatable; raise max_examples locally to search wider.
@pytest.mark.slow  # forty edit sessions, each extracting and writing twice
@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_no_edit_is_lost(generations, tmp_path_factory, edits):
    first, second = generations
    folder = tmp_path_factory.mktemp("edits")
    timeline = folder / "timeline.yml"
    reconcile_and_write(timeline, first, None, None)
    current_text = timeline.read_text(encoding="utf-8")
    data = plain(yaml_rt().load(current_text.split("\n", 1)[1]))
    expect = apply_edits(data, edits)
    edited_nodes = yaml_rt().load(current_text.split("\n", 1)[1])

    apply(edited_nodes, data)
    timeline.write_text(dump(edited_nodes), encoding="utf-8")
    current, _ = load(timeline)
    written = reconcile_and_write(timeline, second, current, fingerprint(timeline))
    # Rewritten entry by entry, the file is what a round trip of all of it gives.
    assert timeline.read_text(encoding="utf-8") == rewrite_whole(current.text.split("\n", 1)[1], written.timeline)

    result, problems = validate(timeline.read_text(encoding="utf-8"))
    assert problems == []
    reconciled = from_data(plain(result))
    events = {e.id: e for e in reconciled.events}
    for (event_id, field), value in expect["fields"].items():
        assert getattr(events[event_id], field) == value, (event_id, field)
    for event_id in expect["deleted"]:
        assert event_id not in events
    assert expect["added"] <= set(events)
    people = {p.id: p for p in reconciled.people}
    for person_id, description in expect["people"].items():
        assert people[person_id].description == description
    sources = {s.id: s for s in reconciled.sources}
    for source_id, title in expect["sources"].items():
        assert sources[source_id].title == title
    # New generated events still arrive (unless deleted by the editor).
    assert {e.id for e in second.events} - expect["deleted"] <= set(events)
    # And reconciling again changes nothing.
    settled = timeline.read_bytes()
    current, _ = load(timeline)
    reconcile_and_write(timeline, second, current, fingerprint(timeline))
    assert timeline.read_bytes() == settled
