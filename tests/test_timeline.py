"""timeline.yml: the seed timeline's content, stable re-runs, edits that
survive re-extraction, refusal to touch a broken file, and validation."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from conftest import ROOT
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from generator import pipeline
from generator.project import BASE_NAME, Project
from generator.store.validate import TimelineError, check_file


@pytest.fixture(scope="module")
def seed_timeline():
    return pipeline.load_timeline(Project(ROOT / "timeline.yml", ROOT / "corpus"))


def event_on(timeline, date: str, *words: str):
    matches = [e for e in timeline.events if e.date == date and all(w in (e.title + " " + e.summary) for w in words)]
    assert matches, f"no event on {date} with {words}: {[(e.date, e.title) for e in timeline.events]}"
    return matches[0]


def test_committed_timeline_holds_the_seed_story(seed_timeline):
    warning = event_on(seed_timeline, "2025-09-05", "Putin", "legitimate targets")
    assert len({s.source for s in warning.sources}) == 2  # both seeds report it
    assert event_on(seed_timeline, "2025-09-04", "Macron", "announced").date_basis == "anchor"
    assert "Alaska" in event_on(seed_timeline, "2025-08", "Alaska").places
    event_on(seed_timeline, "2025-W36", "Xi Jinping", "Kim Jong Un")
    event_on(seed_timeline, "2025-01", "took office")


def test_committed_timeline_has_the_full_quotes_with_their_speakers(seed_timeline):
    full = {(q.speaker, q.text[:25]) for e in seed_timeline.events for quote in e.quotes for q in [quote, *quote.variants] if q.kind == "full"}
    assert ("vladimir-putin", "If decisions are reached ") in full
    assert ("vladimir-putin", "And if decisions are reac") in full
    assert ("mark-rutte", "Why are we interested in ") in full
    assert ("volodymyr-zelensky", "We are ready for any kind") in full


def test_two_translations_of_one_remark_are_variants(seed_timeline):
    warning = event_on(seed_timeline, "2025-09-05", "Putin", "legitimate targets")
    pairs = [(q.text, [v.text for v in q.variants]) for q in warning.quotes if q.variants]
    assert any("don’t see the point" in text and any("do not see any sense" in v for v in variants) for text, variants in pairs)


def test_spans_point_at_their_evidence(seed_timeline):
    _, problems = check_file(ROOT / "timeline.yml", ROOT / "corpus")
    assert problems == []


def test_extract_is_byte_for_byte_stable(project: Path):
    before = (project / "timeline.yml").read_bytes()
    pipeline.extract(Project.at(project))
    assert (project / "timeline.yml").read_bytes() == before
    pipeline.extract(Project.at(project))
    assert (project / "timeline.yml").read_bytes() == before


def test_extract_from_scratch_gives_the_committed_timeline(project: Path):
    committed = (project / "timeline.yml").read_bytes()
    (project / "timeline.yml").unlink()
    (project / BASE_NAME).unlink()
    pipeline.extract(Project.at(project))
    assert (project / "timeline.yml").read_bytes() == committed


def edit(path: Path, change) -> None:
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    text = path.read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    data = yaml.load(body)
    change(data)
    out = io.StringIO()
    yaml.dump(data, out)
    path.write_text(header + "\n" + out.getvalue(), encoding="utf-8")


def test_hand_edits_survive_re_extraction(project: Path):
    timeline = project / "timeline.yml"
    events = pipeline.load_timeline(Project(timeline, project / "corpus")).events
    retitled, redated, deleted = events[0].id, events[1].id, events[2].id

    def change(data):
        by_id = {e["id"]: e for e in data["events"]}
        by_id[retitled]["title"] = "An editor's title"
        by_id[retitled]["note"] = "Checked against the *original* report."
        by_id[redated]["date"] = "2025-08-15"
        data["events"] = [e for e in data["events"] if e["id"] != deleted]
        added = CommentedMap(id="editor-added", date="2025-09-10", title="A hand-written event", summary="Added by hand.")
        added.yaml_add_eol_comment("an editor's comment", "title")
        data["events"].append(added)

    edit(timeline, change)
    pipeline.extract(Project(timeline, project / "corpus"))
    text = timeline.read_text(encoding="utf-8")
    after = {e.id: e for e in pipeline.load_timeline(Project(timeline, project / "corpus")).events}
    assert after[retitled].title == "An editor's title"
    assert after[retitled].note == "Checked against the *original* report."
    assert after[redated].date == "2025-08-15"
    assert deleted not in after
    assert after["editor-added"].title == "A hand-written event"
    assert "# an editor's comment" in text
    again = timeline.read_bytes()
    pipeline.extract(Project(timeline, project / "corpus"))
    assert timeline.read_bytes() == again


def test_broken_timeline_is_refused_and_left_as_it_is(project: Path):
    timeline = project / "timeline.yml"
    broken = timeline.read_text(encoding="utf-8").replace("title: News timeline", "title: [News timeline", 1)
    timeline.write_text(broken, encoding="utf-8")
    with pytest.raises(TimelineError) as error:
        pipeline.extract(Project(timeline, project / "corpus"))
    assert str(error.value).startswith("timeline.yml:2:")
    assert timeline.read_text(encoding="utf-8") == broken


def test_check_reports_every_problem_with_its_line(project: Path):
    timeline = project / "timeline.yml"
    lines = timeline.read_text(encoding="utf-8").splitlines()
    first_event = next(i for i, line in enumerate(lines) if line.startswith("  - id: 2025"))
    lines[first_event + 1] = "    date: 03/2025"
    lines.insert(first_event + 2, "    titel: typo")
    timeline.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _, problems = check_file(timeline, project / "corpus")
    messages = [p.format("timeline.yml") for p in problems]
    assert f"timeline.yml:{first_event + 2}: events[0].date: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn, got '03/2025'" in messages
    assert f"timeline.yml:{first_event + 3}: events[0]: unknown key 'titel' (did you mean 'title'?)" in messages


def test_check_finds_unknown_ids_duplicates_and_stale_spans(project: Path):
    timeline = project / "timeline.yml"

    def change(data):
        data["events"][0]["people"].append("nobody-known")
        data["events"][1]["id"] = data["events"][0]["id"]
        data["events"][2]["sources"][0]["span"][0] += 3

    edit(timeline, change)
    _, problems = check_file(timeline, project / "corpus")
    text = "\n".join(p.message for p in problems)
    assert "unknown person id 'nobody-known'" in text
    assert "duplicate id" in text
    assert "no longer matches its text" in text


def test_round_trip_keeps_the_file_byte_for_byte():
    yaml = YAML()
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.preserve_quotes = True
    text = (ROOT / "timeline.yml").read_text(encoding="utf-8")
    header, body = text.split("\n", 1)
    out = io.StringIO()
    yaml.dump(yaml.load(body), out)
    assert header + "\n" + out.getvalue() == text


@pytest.mark.parametrize("value", ["2025", "2025-09", "2025-09-05", "2025-W36", "2025-Q3", "199", "06", "19"])
def test_every_date_precision_the_extractor_gives_survives_writing_and_checking(value):
    from generator.store.plain import plain
    from generator.store.round_trip import to_yaml
    from generator.store.validate import validate
    from generator.store.write import dump

    data = {"title": "T", "sources": [], "people": [], "events": [{"id": "e", "date": value, "title": "E"}]}
    text = dump(to_yaml(data))
    parsed, problems = validate(text)
    assert problems == []
    assert plain(parsed)["events"][0]["date"] == value


@pytest.mark.parametrize("written, as_text", [
    ("2025", "2025"), ("2025-09", "2025-09"), ("2025-09-05", "2025-09-05"), ("2025-W36", "2025-W36"),
    ("2025-09-05 10:30:00", "2025-09-05"),  # a datetime: its day (datetime is a date subclass)
])
def test_one_normaliser_gives_dates_as_text_at_their_precision(written, as_text):
    """PyYAML reads 2025 as an int, 2025-09-05 as a date and 2025-09 as text;
    store.plain.plain makes them all text, except that validation keeps a
    year written as a number a number, for the schema to judge as written."""
    from generator.store.plain import plain
    from generator.store.validate import parse

    parsed = parse(f"date: {written}\npublished: {written}\n")
    assert plain(parsed) == {"date": as_text, "published": as_text}
    assert parsed["date"] == (int(written) if written.isdigit() else as_text)


def test_yaml_errors_give_their_line_in_plain_words_with_the_spot_marked():
    from generator.store.validate import validate

    _, problems = validate("title: T\nsources: []\n\tpeople: []\n")
    assert [p.format("timeline.yml") for p in problems] == [
        "timeline.yml:3:1: not valid YAML: a tab: indent with spaces\n     people: []\n    ^"]
