"""The command line: help for every command, the inspect contract, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT, SEED_REUTERS, SEED_WORLDVIEW

from generator.cli import build_parser


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("command", ["extract", "render", "check", "key-events", "inspect"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: python -m generator {command}")
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    assert subparsers.choices[command].description


def test_inspect_prints_the_contract_for_the_seeds():
    result = run("inspect", str(CORPUS / SEED_WORLDVIEW), str(CORPUS / SEED_REUTERS))
    assert result.returncode == 0, result.stderr
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"file", "title", "published", "dates", "quotes", "events"} <= set(first)
    assert first["published"] == "2025-09-06"
    values = {(d["text"], d["value"]) for d in first["dates"]}
    assert {("last month", "2025-08"), ("this week", "2025-W36")} <= values
    values = {(d["text"], d["value"]) for d in second["dates"]}
    assert {("Friday", "2025-09-05"), ("a day after", "2025-09-04"), ("January", "2025-01")} <= values
    body = (CORPUS / SEED_REUTERS).read_text(encoding="utf-8")
    for item in second["dates"] + second["quotes"]:
        assert body[item["start"]:item["end"]].startswith(item["text"].split(" … ")[0])
    for quote in second["quotes"]:
        assert " … ".join(body[s:e] for s, e in quote["spans"]) == quote["text"]
        assert {"cue", "speaker_kind", "role"} <= set(quote)
    said = [q for q in second["quotes"] if q["speaker"] == "Vladimir Putin" and q["kind"] == "full"]
    assert said and {q["speaker_kind"] for q in said} == {"person"} and any(q["cue"] == "said" for q in said)
    assert "Xi Jinping" in first["people"] and "NATO" in second["organisations"]


def test_inspect_published_overrides_the_file(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("A headline\n\nThe minister resigned last month, officials said.\n", encoding="utf-8")
    result = run("inspect", str(article), "--published", "2020-03-10")
    data = json.loads(result.stdout)
    assert data["published"] == "2020-03-10"
    assert [(d["text"], d["value"]) for d in data["dates"]] == [("last month", "2020-02")]


def test_inspect_reports_an_unreadable_file_and_goes_on(tmp_path: Path):
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [x\n---\nText.\n", encoding="utf-8")
    result = run("inspect", str(bad), str(CORPUS / SEED_REUTERS))
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1
    assert "bad.md:2: front matter is not valid YAML" in result.stderr


def test_check_passes_on_the_committed_timeline():
    result = run("check")
    assert (result.returncode, result.stdout.strip()) == (0, "timeline.yml: OK")


def test_check_and_extract_fail_on_a_broken_timeline_without_touching_it(project: Path):
    timeline = project / "timeline.yml"
    broken = timeline.read_text(encoding="utf-8").replace("date: 2025-08\n", "date: 2025-13\n", 1)
    timeline.write_text(broken, encoding="utf-8")
    check = run("check", cwd=project)
    assert check.returncode == 1
    assert "events[1].date: expected YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn, got '2025-13'" in check.stderr
    extract = run("extract", cwd=project)
    assert extract.returncode == 1
    assert "timeline.yml: not changed" in extract.stderr
    assert timeline.read_text(encoding="utf-8") == broken
