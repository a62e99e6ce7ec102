"""Reading and rewriting a hand-edited timeline.yml entry by entry
(``layout.read_by_entry``, ``splice.rewrite``) against parsing all of it and
ruamel's round trip of all of it, on the committed timeline."""
from __future__ import annotations

import copy
from pathlib import Path

from generator import yaml_load
from generator.store import validate as check
from generator.store.layout import entries_by_text, read_by_entry
from generator.store.load import load
from generator.store.plain import plain
from generator.store.splice import rewrite
from generator.store.write import SCHEMA_COMMENT, rewrite_whole

ROOT = Path(__file__).resolve().parent.parent


def committed_body() -> str:
    header, body = (ROOT / "timeline.yml").read_text(encoding="utf-8").split("\n", 1)
    assert header == SCHEMA_COMMENT
    return body


def read(body: str) -> dict:
    return plain(yaml_load.load(body))


def commented(body: str) -> str:
    """The committed file with an editor's comments all over it."""
    lines = body.splitlines(keepends=True)
    events = lines.index("events:\n")
    second_event = [i for i, line in enumerate(lines) if line.startswith("  - id:") and i > events][1]
    people = lines.index("people:\n")
    lines[second_event] = "  - id: '587'\n"  # an id YAML 1.1 would read as a number is quoted
    lines.insert(second_event, "  # checked against the wire copy\n")
    lines.insert(second_event - 1, lines.pop(second_event - 1).rstrip("\n") + "  # the editor's note\n")
    lines.insert(people, "# People: names as we print them\n")
    lines.insert(0, "# Curated by the night desk\n")
    return "".join(lines) + "# end of file\n"


def edits(data: dict) -> dict:
    """What a new extraction reconciled with it might hold."""
    reconciled = copy.deepcopy(data)
    reconciled["title"] = "A renamed timeline"
    events = reconciled["events"]
    events[0]["title"] = "Retitled"                 # the entry carrying the end-of-line comment
    events[2]["summary"] = "A changed summary."
    del events[4]
    events.insert(3, {"id": "a-new-event", "date": "2025-09", "title": "New", "sources": [{"source": events[0]["sources"][0]["source"], "span": [0, 10]}]})
    reconciled["people"][1]["description"] = "Changed: 'quoted' words, and a colon"
    return reconciled


def test_rewriting_by_entry_gives_what_the_whole_round_trip_gives():
    body = commented(committed_body())
    current = read(body)
    reconciled = edits(current)
    spliced = rewrite(body, current, reconciled)
    assert spliced is not None
    assert SCHEMA_COMMENT + "\n" + spliced == rewrite_whole(body, reconciled)
    assert "\n  - id: '587'\n" in spliced
    assert read(spliced) == reconciled
    for comment in ("# Curated by the night desk", "# checked against the wire copy", "# the editor's note",
                    "# People: names as we print them", "# end of file"):
        assert comment in spliced


def test_untouched_entries_keep_their_text_to_the_byte():
    body = committed_body()
    # In an event the edits leave alone (the second), among events they
    # change: spacing and quoting that ruamel would write otherwise.
    title = read(body)["events"][1]["title"]
    assert f"    title: {title}\n" in body
    loose = body.replace(f"    title: {title}\n", f'    title:     "{title}"\n', 1)
    current = read(loose)
    reconciled = edits(current)
    assert reconciled["events"][1] == current["events"][1] and reconciled["events"] != current["events"]
    spliced = rewrite(loose, current, reconciled)
    assert f'    title:     "{title}"\n' in spliced
    assert f'    title:     "{title}"\n' not in rewrite_whole(loose, reconciled)
    assert read(spliced) == reconciled


def test_a_layout_it_cannot_cut_is_rewritten_whole():
    body = committed_body()
    # Items at the key's own indentation, as another tool might write them.
    flush = body.replace("\n  - id:", "\n- id:").replace("\n    ", "\n  ")
    assert read(flush) == read(body)
    assert rewrite(flush, read(flush), edits(read(flush))) is None
    # An anchor and its alias could be cut apart.
    anchored = body.replace("description: French President", "description: &office French President", 1)
    anchored = anchored.replace("description: Russian President", "description: *office", 1)
    assert rewrite(anchored, read(anchored), edits(read(anchored))) is None
    # Text whose lines look like the start of an item: that list is
    # rewritten whole, and right.
    summary = read(body)["events"][0]["summary"]
    tricky = body.replace(f"    summary: {summary}\n", f'    summary: "{summary}\n  - id: not-an-item"\n', 1)
    assert read(tricky)["events"][0]["summary"].endswith(" - id: not-an-item")
    assert read(rewrite(tricky, read(tricky), edits(read(tricky)))) == edits(read(tricky))


def test_the_whole_round_trip_leaves_a_file_that_can_be_cut(tmp_path: Path):
    flush = committed_body().replace("\n  - id:", "\n- id:").replace("\n    ", "\n  ")
    current = read(flush)
    rewritten = rewrite_whole(flush, edits(current)).split("\n", 1)[1]
    assert read(rewritten) == edits(current)
    again = edits(read(rewritten))
    again["events"][0]["title"] = "Retitled twice"
    assert rewrite(rewritten, read(rewritten), again) is not None


def test_reading_by_entry_gives_what_parsing_all_of_it_gives():
    body = committed_body()
    already_read = entries_by_text(body, read(body))
    assert sum(len(items) for items in already_read.values()) == sum(len(read(body)[k]) for k in ("sources", "people", "organisations", "events"))
    edited = commented(body).replace("title: News timeline", "title: Ours", 1)
    edited = edited.replace("description: French President", "description: President of France", 1)
    for text in (body, edited):
        assert read_by_entry(text, already_read, check.parse) == check.parse(text)
    # Lines that only look like items: not read by entry, never misread.
    summary = read(body)["events"][0]["summary"]
    tricky = body.replace(f"    summary: {summary}\n", f'    summary: "{summary}\n  - id: not-an-item"\n', 1)
    assert read_by_entry(tricky, already_read, check.parse) is None


def test_validating_by_entry_finds_what_validating_all_of_it_finds(tmp_path: Path):
    """Entries read before are not checked against the schema again, nor
    made plain again: the data and the problems are those of a whole read."""
    body = committed_body()
    already_read = entries_by_text(body, read(body))
    first = read(body)["events"][1]
    bad = body.replace(f"    title: {first['title']}\n", f"    title: {first['title']}\n    titel: a typo\n", 1)
    assert bad != body
    for text in (commented(body), bad):
        assert check.validate(text, None, already_read) == check.validate(text)
    problems = check.validate(bad, None, already_read)[1]
    assert [p.path for p in problems] == ["events[1]"] and "unknown key 'titel'" in problems[0].message
    path = tmp_path / "timeline.yml"
    path.write_text(SCHEMA_COMMENT + "\n" + commented(body), encoding="utf-8")
    assert load(path, already_read=already_read)[0].data == load(path)[0].data
