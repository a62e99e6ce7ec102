"""Bad input in timeline.yml and in the corpus (issue 16, the editor's half):
every case is a one-line error naming file, line and problem, exit 1, no
traceback, and nothing lost (timeline.yml's bytes are as before).

Each case changes a copy of the seed project the way an editor (or a
mishap) would; ``test_every_command_reports_every_case_without_a_traceback``
then runs every command, in its own process, over the same broken inputs.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ARTICLES
from site_fixtures import build

from generator import cli, pipeline
from generator.project import BASE_NAME, Project
from generator.read.corpus import read_article
from generator.store.found_spans import find_span
from generator.store.reconcile import reconcile, recorded
from generator.store.splice import rewrite
from generator.store.validate import parse

NEW_ARTICLE = "election_first_report.md"


def text(project: Path) -> str:
    return (project / "timeline.yml").read_text(encoding="utf-8")


def write(project: Path, value: str) -> None:
    (project / "timeline.yml").write_text(value, encoding="utf-8")


def event_items(value: str) -> tuple[str, list[str]]:
    """The text up to the events' list, and each event's item."""
    head, events = value.split("\nevents:\n")
    return head + "\nevents:\n", re.split(r"(?m)^(?=  - id: )", events)[1:]


def line_of(value: str, needle: str) -> int:
    return value[:value.index(needle)].count("\n") + 1


def replace_first(project: Path, pattern: str, new: str) -> int:
    """Replace the first match of ``pattern`` in timeline.yml; its line."""
    value = text(project)
    found = re.search(pattern, value, re.MULTILINE)
    write(project, value[:found.start()] + found.expand(new) + value[found.end():])
    return value[:found.start()].count("\n") + 1


# Each case: changes the project and returns the regex its error line must
# match; the commands it is reported by.

def missing_timeline(project: Path) -> str:
    (project / "timeline.yml").unlink()
    return r"^error: timeline\.yml: not found, but timeline\.generated\.yml is: .* delete timeline\.generated\.yml too to start afresh$"


def cut_short(project: Path) -> str:
    head, items = event_items(text(project))
    write(project, head + "".join(items[:3]))
    gone = len(items) - 3
    return rf"^error: timeline\.yml: {gone} of the {len(items)} events the last run left in it are gone .*--accept-deletions"


def read_only(project: Path) -> str:
    shutil.copy(ARTICLES / NEW_ARTICLE, project / "corpus" / NEW_ARTICLE)
    os.chmod(project / "timeline.yml", 0o444)
    return r"^error: timeline\.yml: read-only; nothing written"


def impossible_month(project: Path) -> str:
    line = replace_first(project, r"^(    date: )\d{4}-\d\d-\d\d$", r"\g<1>2025-13-45")
    return rf"^timeline\.yml:{line}: events\[\d+\]\.date: .*got '2025-13-45': no such date$"


def impossible_day(project: Path) -> str:
    line = replace_first(project, r"^(    date: )\d{4}-\d\d-\d\d$", r"\g<1>2025-02-30")
    return rf"^timeline\.yml:{line}: events\[\d+\]\.date: .*got '2025-02-30': no such date$"


def impossible_published(project: Path) -> str:
    line = replace_first(project, r"^(    published: )\d{4}-\d\d-\d\d$", r"\g<1>2025-02-30")
    return rf"^timeline\.yml:{line}: sources\[\d+\]\.published: expected YYYY-MM-DD, got '2025-02-30': no such date$"


def impossible_time(project: Path) -> str:
    line = replace_first(project, r"^(    date: )(\d{4}-\d\d-\d\d)$", r"\g<1>\g<2> 25:61:00")
    return rf"^timeline\.yml:{line}: events\[\d+\]\.date: "


def title_not_text(project: Path) -> str:
    line = replace_first(project, r"^(  - id: [a-z0-9-]+\n    date: .*\n    title: )(.*)$", r"\g<1>[\g<2>]")
    return rf"^timeline\.yml:{line + 2}: events\[0\]\.title: .* is not of type 'string'$"


def span_not_numbers(project: Path) -> str:
    line = replace_first(project, r"^(        span: )\[\d+, \d+\]$", r"\g<1>[start, end]")
    return rf"^timeline\.yml:{line}: events\[\d+\]\.sources\[\d+\]\.span\[0\]: 'start' is not of type 'integer'$"


def hidden_not_boolean(project: Path) -> str:
    line = replace_first(project, r"^(events:\n  - id: [a-z0-9-]+)$", r"\g<1>\n    hidden: maybe")
    return rf"^timeline\.yml:{line + 2}: events\[0\]\.hidden: 'maybe' is not of type 'boolean'$"


def events_not_a_list(project: Path) -> str:
    head, _ = event_items(text(project))
    write(project, head.replace("\nevents:\n", "\nevents: none\n"))
    return rf"^timeline\.yml:{line_of(head, 'events:')}: events: 'none' is not of type 'array'$"


def person_pinned_badly(project: Path) -> str:
    line = replace_first(project, r"^(people:\n  - id: [a-z0-9-]+)$", r"\g<1>\n    pinned: name")
    return rf"^timeline\.yml:{line + 2}: people\[0\]\.pinned: 'name' is not of type 'array'$"


def indented_less(project: Path) -> str:
    line = replace_first(project, r"^    title: (.*)$", r"   title: \g<1>")
    return rf"^timeline\.yml:{line}:4: not valid YAML: this line is indented differently from the lines above it"


def indented_more(project: Path) -> str:
    line = replace_first(project, r"^    summary: (.*)$", r"     summary: \g<1>")
    return rf"^timeline\.yml:{line}:\d+: not valid YAML: a second 'key:' on one line, or a line indented too far"


def tab(project: Path) -> str:
    line = replace_first(project, r"^    title: (.*)$", "\ttitle: \\g<1>")
    return rf"^timeline\.yml:{line}:1: not valid YAML: a tab: indent with spaces$"


def quote_never_closed(project: Path) -> str:
    line = replace_first(project, r"^(    title: )(.*)$", '\\g<1>"\\g<2>')
    return rf"^timeline\.yml:{line}:\d+: not valid YAML: this quotation mark is never closed$"


def bracket_never_closed(project: Path) -> str:
    line = replace_first(project, r"^(        span: \[\d+, \d+)\]$", r"\g<1>")
    return rf"^timeline\.yml:{line}:\d+: not valid YAML: this '\[' is never closed with '\]'$"


def quote_span_past_the_end(project: Path) -> str:
    replace_first(project, r"^(    quotes:\n      - speaker: .*\n(?:        .*\n)*?        span: )\[\d+, \d+\]$", r"\g<1>[99990, 99999]")
    shutil.copy(ARTICLES / NEW_ARTICLE, project / "corpus" / NEW_ARTICLE)  # something new to write
    line = line_of(text(project), "[99990, 99999]")
    return rf"^timeline\.yml:{line}: events\[\d+\]\.quotes\[0\]\.span: span \[99990, 99999\] is outside the source text"


def evidence_text_not_in_source(project: Path) -> str:
    source = re.search(r"^  - id: ([a-z0-9-]+)$", text(project), re.MULTILINE).group(1)
    write(project, text(project) + hand_made_event(source, "Words no article ever printed"))
    return rf"^timeline\.yml:\d+: events\[\d+\]\.sources\[0\]\.text: text not found in source '{source}'"


def not_utf8(project: Path) -> str:
    line = replace_first(project, r"^(    title: )(.*)$", "\\g<1>Caf\xe9 \\g<2>")
    (project / "timeline.yml").write_bytes(text(project).encode("utf-8").replace("Caf\xe9".encode(), b"Caf\xe9"))
    return rf"^timeline\.yml:{line}: not UTF-8 text \(invalid continuation byte at byte \d+\): save it as UTF-8$"


def front_matter_impossible_date(project: Path) -> str:
    (project / "corpus" / "impossible-date.md").write_text(
        "---\ntitle: A day that never was\npublished: 2025-02-30\n---\nThe minister resigned on Monday, officials said.\n", encoding="utf-8")
    return r"^error: impossible-date\.md:3: published: no such date, got '2025-02-30'$"


def hand_made_event(source: str, quoted: str, event_id: str = "hand-made", date: str = "2025-09-04") -> str:
    return (f"  - id: {event_id}\n    date: {date}\n    title: Made by hand\n    sources:\n"
            f"      - source: {source}\n        text: {quoted}\n")


# (case, commands that report it: extract, check)
CASES = [
    (missing_timeline, ["extract"]),
    (cut_short, ["extract"]),
    (read_only, ["extract"]),
    (impossible_month, ["extract", "check"]),
    (impossible_day, ["extract", "check"]),
    (impossible_published, ["extract", "check"]),
    (impossible_time, ["extract", "check"]),
    (title_not_text, ["extract", "check"]),
    (span_not_numbers, ["extract", "check"]),
    (hidden_not_boolean, ["extract", "check"]),
    (events_not_a_list, ["extract", "check"]),
    (person_pinned_badly, ["extract", "check"]),
    (indented_less, ["extract", "check"]),
    (indented_more, ["extract", "check"]),
    (tab, ["extract", "check"]),
    (quote_never_closed, ["extract", "check"]),
    (bracket_never_closed, ["extract", "check"]),
    (quote_span_past_the_end, ["extract", "check"]),
    (evidence_text_not_in_source, ["extract", "check"]),
    (not_utf8, ["extract", "check"]),
    (front_matter_impossible_date, ["extract"]),
]
TABLE = [pytest.param(case, command, id=f"{case.__name__}-{command}") for case, commands in CASES for command in commands]


def command_line(command: str, project: Path) -> list[str]:
    paths = ["--timeline", str(project / "timeline.yml"), "--corpus", str(project / "corpus")]
    return [command, *paths, "--no-daemon"] if command == "extract" else [command, *paths]


def snapshot(project: Path) -> tuple:
    """timeline.yml's bytes and mode (None when absent), and the base file's bytes."""
    timeline = project / "timeline.yml"
    state = (timeline.read_bytes(), stat.S_IMODE(timeline.stat().st_mode)) if timeline.exists() else None
    return state, (project / BASE_NAME).read_bytes()


@pytest.mark.parametrize("case, command", TABLE)
def test_bad_input_is_one_line_naming_it_and_nothing_is_lost(project: Path, case, command: str, capsys):
    expected = case(project)
    before = snapshot(project)
    status = cli.main(command_line(command, project))
    err = capsys.readouterr().err
    assert status == 1
    assert "Traceback" not in err
    assert any(re.search(expected, line) for line in err.splitlines()), err
    if case is front_matter_impossible_date:  # the other articles are extracted: the base file is rewritten
        assert snapshot(project)[0] == before[0]
    else:
        assert snapshot(project) == before


@pytest.mark.parametrize("case", [case for case, commands in CASES if "check" in commands][:6] + [indented_less])
def test_every_problem_of_a_file_is_the_one_line_then_the_line_shown_and_the_spot_marked(project: Path, case, capsys):
    case(project)
    assert cli.main(command_line("check", project)) == 1
    lines = capsys.readouterr().err.splitlines()
    if "not valid YAML" not in lines[0]:
        assert all(re.match(r"timeline\.yml:\d+: ", line) for line in lines)
        return
    number, column = map(int, re.match(r"timeline\.yml:(\d+):(\d+): ", lines[0]).groups())
    assert lines[1] == "    " + text(project).splitlines()[number - 1]
    assert lines[2] == "    " + " " * (column - 1) + "^"


def test_the_front_matter_case_skips_only_its_article(project: Path, capsys):
    front_matter_impossible_date(project)
    shutil.copy(ARTICLES / NEW_ARTICLE, project / "corpus" / NEW_ARTICLE)
    assert cli.main(command_line("extract", project)) == 1
    assert NEW_ARTICLE in text(project) and "impossible-date.md" not in text(project)
    assert cli.main(command_line("check", project)) == 0


def test_deletions_go_through_when_accepted_and_are_counted_from_there(project: Path):
    cut_short(project)
    kept = text(project)
    assert cli.main(command_line("extract", project) + ["--accept-deletions"]) == 0
    assert text(project) == kept  # the events stay deleted
    assert cli.main(command_line("extract", project)) == 0  # the file as it is now is the new count


def test_starting_afresh_is_deleting_both_files(project: Path):
    (project / "timeline.yml").unlink()
    (project / BASE_NAME).unlink()
    assert cli.main(command_line("extract", project)) == 0
    assert parse(text(project))["events"]


def test_writes_keep_each_files_mode(project: Path):
    os.chmod(project / "timeline.yml", 0o664)
    os.chmod(project / BASE_NAME, 0o640)
    shutil.copy(ARTICLES / NEW_ARTICLE, project / "corpus" / NEW_ARTICLE)
    before = text(project)
    assert cli.main(command_line("extract", project)) == 0
    assert text(project) != before
    assert stat.S_IMODE((project / "timeline.yml").stat().st_mode) == 0o664
    assert stat.S_IMODE((project / BASE_NAME).stat().st_mode) == 0o640


def test_comments_stay_above_their_entries_and_a_trailing_one_at_the_end(project: Path):
    head, items = event_items(text(project))
    ids = [item.split("\n", 1)[0].removeprefix("  - id: ") for item in items]
    write(project, head + "".join(f"  # about {i}\n{item}" for i, item in zip(ids, items)) + "# the end\n")
    shutil.copy(ARTICLES / NEW_ARTICLE, project / "corpus" / NEW_ARTICLE)
    assert cli.main(command_line("extract", project)) == 0
    after = text(project)
    assert len(event_items(after)[1]) > len(items)  # new events went in among them
    for event_id in ids:
        assert f"  # about {event_id}\n  - id: {event_id}\n" in after
    assert after.endswith("# the end\n")


def test_a_new_entry_at_the_end_goes_before_the_trailing_comment():
    body = "title: T\nevents:\n  - id: a\n    title: A\n  # about b\n  - id: b\n    title: B\n# the end\n"
    current = parse(body)
    data = {**current, "events": current["events"] + [{"id": "c", "title": "C"}]}
    assert rewrite(body, current, data) == (
        "title: T\nevents:\n  - id: a\n    title: A\n  # about b\n  - id: b\n    title: B\n  - id: c\n    title: C\n# the end\n")
    moved = {**current, "events": current["events"][::-1]}
    assert rewrite(body, current, moved) == "title: T\nevents:\n  # about b\n  - id: b\n    title: B\n  - id: a\n    title: A\n# the end\n"


def test_a_rename_is_kept_whatever_later_articles_make_the_generator_pick(project: Path):
    """The generator picks A; the editor renames to B; a later article makes
    it pick B too; later still, A again: B stays."""
    data = parse(text(project))
    person = data["people"][0]
    generated = {**data, "people": [{**person, "name": person["name"] + " Jr"}] + data["people"][1:]}  # B
    edited = {**data, "people": generated["people"]}
    result = reconcile(data, edited, generated)  # the generator now picks B too
    base = recorded(data, edited, generated)
    assert result["people"][0]["name"] == person["name"] + " Jr"
    assert base["people"][0]["name"] == person["name"]  # the edit is recorded
    assert reconcile(base, result, data)["people"][0]["name"] == person["name"] + " Jr"  # back to A: B stays


def test_people_and_organisations_can_be_pinned(project: Path):
    value = text(project)
    person = re.search(r"^people:\n  - id: ([a-z0-9-]+)\n    name: (.*)$", value, re.MULTILINE)
    write(project, value.replace(person.group(0), person.group(0) + "\n    pinned: [name, description]", 1))
    data = parse(text(project))
    generated = {**data, "people": [{**data["people"][0], "name": "Someone Else"}] + data["people"][1:]}
    generated["people"][0].pop("pinned")
    assert cli.main(command_line("check", project)) == 0
    assert reconcile(data, data, generated)["people"][0]["name"] == person.group(2)


def test_hand_made_evidence_by_its_text_gets_its_span(project: Path):
    data = parse(text(project))
    source = data["sources"][0]
    body = read_article(project / "corpus" / source["file"], project / "corpus").body
    quoted = " ".join(body[body.index(". ") + 2:].split()[:8])
    write(project, text(project) + hand_made_event(source["id"], quoted))
    assert cli.main(command_line("check", project)) == 0
    event = next(e for e in pipeline.load_timeline(Project.at(project)).events if e.id == "hand-made")
    start, end = event.sources[0].span
    assert " ".join(body[start:end].split()) == quoted and (start, end) == find_span(body, quoted)


def test_within_a_day_the_files_order_is_the_sites_order(project: Path):
    head, items = event_items(text(project))
    date = "2025-09-04"
    # Three events of one day, written in the reverse of the generator's order.
    made = [hand_made_event("x", "", f"day-order-{n}", date).split("    sources:")[0].replace("Made by hand", f"Day order {n}") for n in range(3)]
    write(project, head + "".join(items) + "".join(made[::-1]))
    assert cli.main(command_line("render", project) + ["--out", str(project / "site_src")]) == 0
    page = (project / "site_src" / "months" / "2025-09.md").read_text(encoding="utf-8")
    assert page.index("Day order 2") < page.index("Day order 1") < page.index("Day order 0")


@pytest.mark.slow
def test_every_command_reports_every_case_without_a_traceback(tmp_path: Path):
    """extract, check, render and `mkdocs build`, each in its own process,
    over every broken input: exit 1 (0 where the command does not read what
    is broken) and never a traceback."""
    from site_fixtures import copy_project

    for case, _ in CASES:
        project = copy_project(tmp_path / case.__name__)
        case(project)
        runs = {command: subprocess.run([sys.executable, "-m", "generator", *command_line(command, project)]
                                        + (["--out", str(project / "site_src")] if command == "render" else []),
                                        cwd=project, capture_output=True, text=True, timeout=600)
                for command in ("extract", "check", "render")}
        runs["mkdocs build"] = build(project)
        for command, result in runs.items():
            assert "Traceback" not in result.stderr, (case.__name__, command, result.stderr)
            assert result.returncode in (0, 1), (case.__name__, command, result.stderr)
            if result.returncode:
                assert result.stderr.strip(), (case.__name__, command)
