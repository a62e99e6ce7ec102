"""The key-events benchmark's reading of timeline.yml: days, the input window,
and the per-day signals (the full run is `make bench-keyevents`)."""
from __future__ import annotations

import sys
from datetime import date, datetime

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import tls_data  # noqa: E402
import tls_systems  # noqa: E402


@pytest.mark.parametrize("value, expected", [
    (date(2011, 1, 25), date(2011, 1, 25)),
    (datetime(2011, 1, 25, 14, 0), date(2011, 1, 25)),
    ("2011-01-25", date(2011, 1, 25)),
    ("2011-01-25TNI", date(2011, 1, 25)),  # a time of day names its day
    ("2011-01-25T14:00", date(2011, 1, 25)),
    ("2011-01", None),
    ("2011-W04", None),
    (2011, None),
    (None, None),
    ("2011-02-30", None),
])
def test_as_day_keeps_only_day_precision(value, expected):
    assert tls_data.as_day(value) == expected


D1, D2, D3, D9 = date(2011, 1, 1), date(2011, 1, 2), date(2011, 1, 3), date(2011, 1, 9)


def source(id_, published):
    return {"id": id_, "file": f"{id_}.md", "title": id_, "published": published}


def evidence(src, text, dated=True, **extra):
    e = {"source": src, "text": text, "span": [0, len(text)]}
    if dated:
        e["date_span"] = [0, 3]
    return {**e, **extra}


TIMELINE = {
    "title": "t",
    "people": [],
    "sources": [source("a", D1), source("b", D3), source("c", D3), source("late", D9)],
    "events": [
        # Named on 1 Jan by a (same day) and b (two days later); late's report gives 2 Jan.
        {"id": "quake", "date": D1, "title": "Quake", "sources": [
            evidence("a", "A quake struck on Saturday."),
            evidence("b", "Saturday's quake killed ten."),
            evidence("late", "The quake of 2 January.", date=D2)]},
        # Dated only by c's publication.
        {"id": "aid", "date": D3, "date_basis": "publication", "title": "Aid", "sources": [
            evidence("c", "Aid arrives.", dated=False)]},
        # Only from an article outside the window.
        {"id": "inquiry", "date": D9, "title": "Inquiry", "sources": [evidence("late", "An inquiry opens.")]},
        # Its own date came from `late`; the kept report gives another.
        {"id": "toll", "date": D9, "title": "Toll", "sources": [
            evidence("late", "The toll rose on 9 January."),
            evidence("b", "The toll rose on 2 January.", date=D2)]},
    ],
}


def test_in_window_keeps_sources_published_in_it_and_their_evidence():
    windowed = tls_data.in_window(TIMELINE, D1, D3)
    assert [s["id"] for s in windowed["sources"]] == ["a", "b", "c"]
    events = {e["id"]: e for e in windowed["events"]}
    assert set(events) == {"quake", "aid", "toll"}  # "inquiry" had no evidence left
    assert [e["source"] for e in events["quake"]["sources"]] == ["a", "b"]
    assert events["toll"]["date"] == D2 and "date" not in events["toll"]["sources"][0]
    assert TIMELINE["events"][3]["date"] == D9  # the input is not changed


def test_mentions_carry_the_day_their_own_source_gives():
    by_text = {m.text: m for m in tls_data.mentions(TIMELINE)}
    assert (by_text["The quake of 2 January."].basis, by_text["The quake of 2 January."].day) == ("text", D2)
    assert (by_text["Aid arrives."].basis, by_text["Aid arrives."].day) == ("publication", D3)


def test_day_stats_count_articles_naming_a_day_and_those_looking_back():
    stats = tls_systems.day_stats(tls_data.in_window(TIMELINE, D1, D3), (D1, D3))
    assert (stats.published[D1], stats.published[D3]) == (1, 2)
    assert (stats.refs[D1], stats.refs_later[D1], stats.refs_same[D1]) == (2, 1, 1)
    assert (stats.refs[D2], stats.refs_later[D2]) == (1, 1)  # b names 2 Jan for the toll
    assert stats.refs[D3] == 0  # "aid" is dated by publication only
    assert stats.top_event[D1] == 2


@pytest.mark.parametrize("ranking, n, expected", [
    (tls_systems.PUBCOUNT, 2, [D3, D1]),
    (tls_systems.RankedDays((("refs", 1.0),)), 2, [D1, D2]),
    (tls_systems.RankedDays((("refs", 1.0),)), 3, [D1, D2, D3]),  # D3 has no reference: a publication day still counts
    # D2 is next to D1, damped to nothing: D3 (publication day) before it.
    (tls_systems.RankedDays((("refs", 1.0), ("published", 0.1)), radius=1, damp=0.0), 2, [D1, D3]),
])
def test_ranked_days(ranking, n, expected):
    stats = tls_systems.day_stats(tls_data.in_window(TIMELINE, D1, D3), (D1, D3))
    assert ranking.pick(stats, n) == expected


def test_page_furniture_printed_on_three_days_is_left_out():
    furniture = "7:01 pm ET RETWEET Could the next pope be from Africa?"
    timeline = {**TIMELINE, "sources": TIMELINE["sources"] + [source("d", D2)], "events": TIMELINE["events"] + [
        {"id": "furniture", "date": D2, "title": "x", "sources": [evidence(s, furniture, date=D2) for s in ("a", "b", "d")]}]}
    stats = tls_systems.day_stats(tls_data.in_window(timeline, D1, D3), (D1, D3))
    assert furniture not in {m.text for m in stats.mentions[D2]}
    assert tls_systems.day_stats(tls_data.in_window(timeline, D1, D3), (D1, D3), furniture_days=None).refs[D2] == 3  # a, b, d


FAKE_KEY_EVENTS = '''
import argparse, json, yaml
p = argparse.ArgumentParser()
p.add_argument("--dates", type=int); p.add_argument("--from", dest="start"); p.add_argument("--to")
p.add_argument("--json", action="store_true"); p.add_argument("timeline")
a = p.parse_args()
data = yaml.safe_load(open(a.timeline))
for e in data["events"][:a.dates]:
    print(json.dumps({"date": str(e["date"]), "summary": e["title"], "events": [e["id"]], "sources": len(e["sources"])}))
'''


def test_cli_system_runs_the_command_on_the_windowed_timeline(tmp_path):
    script = tmp_path / "fake_key_events.py"
    script.write_text(FAKE_KEY_EVENTS)
    system = tls_systems.cli_system(command=(str(script),))
    assert system(tls_data.in_window(TIMELINE, D1, D3), (D1, D3), 2) == [(D1, "Quake"), (D3, "Aid")]


@pytest.mark.parametrize("script, message", [
    ("import sys; sys.stderr.write(\"error: argument command: invalid choice: 'key-events'\\n\"); sys.exit(2)", "does not exist yet"),
    ("import sys; sys.exit(3)", "exited 3"),
    ("print('not json')", "not a JSON object"),
    ("print('{\"date\": \"2011-01\", \"summary\": \"x\"}')", "is not YYYY-MM-DD"),
])
def test_cli_system_fails_cleanly(tmp_path, script, message):
    path = tmp_path / "fake.py"
    path.write_text(script)
    with pytest.raises(tls_systems.SystemUnavailable, match=message):
        tls_systems.cli_system(command=(str(path),))(TIMELINE, (D1, D3), 2)
