"""``python -m generator key-events``: the contract the site's key-events
view and benchmarks/keyevents.py rely on, on a real timeline (AFP and
Xinhua on the Middle East, 14-30 November 2005: tests/fixtures/rank/)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import NEWS_TIMELINE as NEWS
from conftest import ROOT

from generator.rank import key_events

LINE = re.compile(r"^(\d{4}-\d{2}-\d{2}) \((\d+) sources?\): (.+)$")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "key-events", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.mark.slow  # a real run: spaCy's import and the timeline read
def test_text_lists_the_n_days_in_date_order_with_summaries(news):
    result = run("--dates", "5", str(NEWS))
    assert result.returncode == 0, result.stderr
    lines = [LINE.match(line) for line in result.stdout.splitlines()]
    assert len(lines) == 5 and all(lines)
    expected = key_events(news, 5)
    assert [m[1] for m in lines] == [d.date for d in expected] == sorted(d.date for d in expected)
    assert [(int(m[2]), m[3]) for m in lines] == [(d.sources, d.summary) for d in expected]


@pytest.mark.slow  # a real run: spaCy's import and the timeline read
def test_json_one_object_a_line(news):
    result = run("--json", "--dates", "3", "--from", "2005-11-20", "--to", "2005-11-30", str(NEWS))
    assert result.returncode == 0, result.stderr
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(items) == 3
    for item in items:
        assert set(item) == {"date", "summary", "events", "sources"}
        assert "2005-11-20" <= item["date"] <= "2005-11-30"
        assert isinstance(item["summary"], str) and item["summary"]
        assert isinstance(item["events"], list) and all(isinstance(e, str) for e in item["events"])
        assert isinstance(item["sources"], int) and item["sources"] >= 1
    expected = key_events(news, 3, date(2005, 11, 20), date(2005, 11, 30))
    assert items == [{"date": d.date, "summary": d.summary, "events": list(d.events), "sources": d.sources} for d in expected]


@pytest.mark.slow  # a real run: spaCy's import and the timeline read
def test_fewer_days_than_asked_when_the_window_has_fewer():
    result = run("--json", "--dates", "30", "--from", "2005-11-28", "--to", "2005-11-29", str(NEWS))
    assert [json.loads(line)["date"] for line in result.stdout.splitlines()] == ["2005-11-28", "2005-11-29"]


@pytest.mark.slow  # a real run: spaCy's import and the timeline read
def test_the_timeline_in_the_current_folder_by_default(tmp_path: Path):
    (tmp_path / "timeline.yml").write_text(NEWS.read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "key-events", "--dates", "1"], cwd=tmp_path,
                            capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert LINE.match(result.stdout.strip())


@pytest.mark.parametrize("args, status, message", [
    (["--from", "2005-11-30", "--to", "2005-11-01"], 2, "error: --from 2005-11-30 is after --to 2005-11-01"),
    (["--from", "30/11/2005"], 2, "argument --from: expected a day as YYYY-MM-DD, got '30/11/2005'"),
    (["--dates", "0"], 2, "argument --dates: expected a positive number, got 0"),
    (["missing.yml"], 1, "error: missing.yml: not found"),
])
def test_bad_arguments_say_what_is_wrong(args, status, message):
    result = run(*args, *([str(NEWS)] if "missing.yml" not in args else []))
    assert result.returncode == status
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.slow  # a real run: spaCy's import and the timeline read
def test_a_broken_timeline_is_reported_with_its_line(tmp_path: Path):
    text = NEWS.read_text(encoding="utf-8").replace("published: 2005-11-14\n", "published: 14 Nov 2005\n", 1)
    broken = tmp_path / "timeline.yml"
    broken.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    published: 14 Nov 2005") + 1
    result = run(str(broken))
    assert result.returncode == 1
    assert f"timeline.yml:{line}: sources[0].published: expected YYYY-MM-DD, got '14 Nov 2005'" in result.stderr
    assert result.stdout == ""
