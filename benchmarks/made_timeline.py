"""Large timelines made from extracted ones, for the site benchmarks
(benchmarks/site.py at 50,000 events, benchmarks/serve.py at 2,000).

The inputs are timelines the other benchmarks extracted with the generator's
CLI: the news input of ``make bench-events`` (benchmarks/event_inputs.py)
and the five Timeline17 topics of ``make bench-keyevents``
(``.cache/bench/timeline17/``). Each is put in with its ids prefixed (its
sources' files under a corpus folder of that name; its people and
organisations by the input's name, so that its copies share them: one id
may be a person in one input and an organisation in another); the inputs
are repeated, every date moved by 28
years more each time (the Gregorian calendar, weekdays and ISO weeks
included, repeats after 28 years), until the timeline holds the number of
events asked for, the last copy cut short. Articles are not copied: each
prefix's corpus folder is a link to its input's corpus.
"""
from __future__ import annotations

import re
import shutil
import sys

import yaml
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import event_inputs  # noqa: E402
import tls_data  # noqa: E402

from generator.store.plain import plain  # noqa: E402
from generator.store.write import SCHEMA_COMMENT  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from site_fixtures import copy_project  # noqa: E402

T17 = ROOT / ".cache" / "bench" / "timeline17"
SHIFT_YEARS = 28
# A year that starts a date or an end of an EDTF interval.
_YEAR = re.compile(r"(^|/)(\d{4})")


def inputs(t17: bool = True) -> list[tuple[str, Path, Path]]:
    """(prefix, timeline.yml, corpus folder) of every extracted input: the
    Timeline17 topics (when ``t17``), then the news."""
    found = [(topic.lower(), T17 / topic / "timeline.yml", event_inputs.T17 / topic / "corpus")
             for topic in tls_data.TOPICS if t17 and (T17 / topic / "timeline.yml").exists()]
    news = event_inputs.news_inputs()[0]
    if news.timeline.exists():
        found.append(("news", news.timeline, news.corpus))
    if not found:
        raise SystemExit("no extracted input: run `make bench-events` (and `make bench-keyevents`) first")
    return found


def shifted(value, years: int):
    """A date value (YYYY…), or an EDTF one (each end of an interval), moved
    by ``years``; other values as they are."""
    text = str(value) if value is not None else None
    if not years or not text or not re.match(r"\d{4}", text):
        return value
    return _YEAR.sub(lambda m: f"{m[1]}{int(m[2]) + years:04d}", text)


def shifted_edtf(value, years: int):
    """An EDTF value with every year in it moved by ``years``; None for one
    with unspecified digits (a decade 199X is no decade 28 years later)."""
    text = str(value) if value is not None else None
    if not years or not text:
        return value
    if "X" in text:
        return None
    return re.sub(r"(?<!\d)\d{4}(?!\d)", lambda m: f"{int(m.group()) + years:04d}", text)


def copy_of(data: dict, prefix: str, years: int, entity_prefix: str) -> dict:
    """One input's sources and events with ids prefixed (``prefix`` for
    sources and events, ``entity_prefix`` for people and organisations) and
    dates moved."""
    def entity(value: str | None) -> str | None:
        return f"{entity_prefix}-{value}" if value else value

    def quote(q: dict) -> dict:
        return {**q, "source": f"{prefix}-{q['source']}", "speaker": entity(q.get("speaker")),
                "variants": [quote(v) for v in q.get("variants") or []]}

    def evidence(x: dict) -> dict:
        return {**x, "source": f"{prefix}-{x['source']}", **({"date": shifted(x["date"], years)} if x.get("date") else {})}

    sources = [{**s, "id": f"{prefix}-{s['id']}", "file": f"{prefix}/{s['file']}", "published": shifted(s.get("published"), years)}
               for s in data.get("sources") or []]
    events = [{**e, "id": f"{prefix}-{e['id']}", "date": shifted(e.get("date"), years),
               **({"edtf": shifted_edtf(e["edtf"], years)} if e.get("edtf") is not None else {}),
               "people": [entity(x) for x in e.get("people") or []],
               **({"organisations": [entity(x) for x in e["organisations"]]} if e.get("organisations") else {}),
               "sources": [evidence(x) for x in e.get("sources") or []], "quotes": [quote(q) for q in e.get("quotes") or []]}
              for e in data.get("events") or []]
    return {"sources": sources, "events": events}


def entities(data: dict, key: str, prefix: str) -> list[dict]:
    return [{**x, "id": f"{prefix}-{x['id']}"} for x in data.get(key) or []]


def timeline(count: int, found: list[tuple[str, Path, Path]]) -> tuple[dict, dict[str, Path]]:
    """The ``count``-event timeline data, and each prefix's corpus folder."""
    loaded = []
    for prefix, path, corpus in found:
        data = tls_data.load_timeline(path)
        tls_data.repair(data)
        loaded.append((prefix, plain(data), corpus))
    people = [p for prefix, d, _ in loaded for p in entities(d, "people", prefix)]
    organisations = [o for prefix, d, _ in loaded for o in entities(d, "organisations", prefix)]
    sources, events, corpora, copy = [], [], {}, 0
    while len(events) < count:
        for prefix, data, corpus in loaded:
            name = prefix if copy == 0 else f"{prefix}-{copy}"
            part = copy_of(data, name, copy * SHIFT_YEARS, prefix)
            corpora[name] = corpus
            sources += part["sources"]
            events += part["events"][:count - len(events)]
            if len(events) >= count:
                break
        copy += 1
    data = {"title": f"{count:,} events made from {len(loaded)} extracted timelines", "sources": sources,
            "people": people, "organisations": organisations, "events": events}
    return data, corpora


def yaml_text(data: dict) -> str:
    """The timeline file's text, by libyaml's emitter: the generator's own
    writer (ruamel.yaml, entry by entry) took 90 s for 5,000 events, this
    takes 4; the layout differs, the data is the same."""
    return SCHEMA_COMMENT + "\n" + yaml.dump(data, Dumper=yaml.CSafeDumper, sort_keys=False, allow_unicode=True, width=120)


def project(made: tuple[dict, dict[str, Path]], dest: Path) -> Path:
    """A copy of the project (benchmarks/../tests/site_fixtures.copy_project)
    with the made timeline and its corpus folders."""
    data, corpora = made
    text = yaml_text(data)
    folder = dest / "timeline"
    folder.mkdir(parents=True)
    for name in ("timeline.yml", "timeline.generated.yml"):
        (folder / name).write_text(text, encoding="utf-8")
    made_project = copy_project(dest / "project", folder)
    shutil.rmtree(made_project / "corpus")
    (made_project / "corpus").mkdir()
    for name, corpus in corpora.items():
        (made_project / "corpus" / name).symlink_to(corpus.resolve(), target_is_directory=True)
    print(f"{data['title']}: {len(data['sources']):,} sources, {len(data['people']):,} people, "
          f"{len(data['organisations']):,} organisations, timeline.yml {len(text.encode()) / 1e6:.1f} MB "
          f"(parts: {', '.join(corpora)})", flush=True)
    return made_project
