"""How long the live preview takes: from saving timeline.yml to the edited
page being served by ``mkdocs serve``, beside a full ``mkdocs build``.

Two sizes: the seed timeline the site tests use (tests/fixtures/site/) and a
timeline of 2,000 events made from the 300-article news input of ``make
bench-events`` (944 events today; benchmarks/made_timeline.py: the input
and copies of it 28 and 56 years later, the last cut short), extracted
under ``.cache/bench/events/`` if it is not yet.

For each: a full ``mkdocs build --strict``; then a real ``mkdocs serve
--livereload`` on a free port, and three edits of the first event's title,
each timed from writing the file to the event page served with the new title
(the server answers a request only once a rebuild is done; its file watcher
polls every 0.5 s). The median is printed.

Usage::

    .venv/bin/python benchmarks/serve.py [--any-extraction]

``--any-extraction`` takes the news input's timeline as extracted, whatever
code extracted it (the preview is measured, not extraction): two checkouts
measured in one session then read the same timeline.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import event_inputs  # noqa: E402
import made_timeline  # noqa: E402
from site_fixtures import SITE_TIMELINE, copy_project  # noqa: E402

EVENTS = 2000
EDITS = 3
TIMEOUT = 600
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


@dataclass(frozen=True)
class Size:
    name: str
    make: Callable[[Path], Path]  # a project of this size in a given folder


@dataclass(frozen=True)
class Result:
    size: Size
    events: int
    pages: int
    build_s: float
    served_s: list[float]


def seed_project(dest: Path) -> Path:
    return copy_project(dest, SITE_TIMELINE.parent)


def made_project(dest: Path, any_extraction: bool = False) -> Path:
    """The 2,000-event project, made from the news input."""
    news = event_inputs.news_inputs()[0]
    if not (any_extraction and news.timeline.exists()):
        event_inputs.ensure_extracted(news)
    return made_timeline.project(made_timeline.timeline(EVENTS, made_timeline.inputs(t17=False)), dest)


def event_ids(timeline: Path) -> list[str]:
    return [line.split(": ", 1)[1] for line in timeline.read_text(encoding="utf-8").split("\nevents:\n", 1)[1].splitlines()
            if line.startswith("  - id: ")]


def full_build(project: Path) -> tuple[float, int]:
    """Seconds for `mkdocs build --strict`, and the HTML pages it wrote."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=ENV, check=True)
    seconds = time.perf_counter() - start
    return seconds, sum(1 for _ in (project / "site").rglob("index.html"))


def wait_for(url: str, text: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("mkdocs serve exited")
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} never showed {text!r}")


def save_to_served(project: Path, event: str, port: int, log: Path) -> list[float]:
    """Seconds from saving an edited title to its page served, per edit."""
    timeline = project / "timeline.yml"
    url = f"http://127.0.0.1:{port}/events/{event}/"
    with log.open("w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{port}"],
                                  cwd=project, env=ENV, stdout=out, stderr=subprocess.STDOUT)
    try:
        lines = timeline.read_text(encoding="utf-8").splitlines(keepends=True)
        at = next(i for i, line in enumerate(lines) if line == f"  - id: {event}\n")
        at = next(i for i in range(at, len(lines)) if lines[i].startswith("    title: "))
        wait_for(url, lines[at].split(": ", 1)[1].strip(), server)
        times = []
        for n in range(1, EDITS + 1):
            title = f"Edited title number {n} for the benchmark"
            lines[at] = f"    title: {title}\n"
            start = time.perf_counter()
            timeline.write_text("".join(lines), encoding="utf-8")
            wait_for(url, title, server)
            times.append(time.perf_counter() - start)
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(size: Size, work: Path) -> Result:
    project = size.make(work / size.name.split()[0])
    events = event_ids(project / "timeline.yml")
    build_s, pages = full_build(project)
    served = save_to_served(project, events[0], free_port(), work / f"{size.name.split()[0]}-serve.log")
    return Result(size, len(events), pages, build_s, served)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--any-extraction", action="store_true", help="the news timeline as extracted, by whatever code")
    args = parser.parse_args()
    sizes = [Size("seed (tests/fixtures/site)", seed_project),
             Size(f"made-{EVENTS} (news input)", lambda dest: made_project(dest, args.any_extraction))]
    with tempfile.TemporaryDirectory(prefix="bench-serve-") as tmp:
        results = [run(size, Path(tmp)) for size in sizes]
    print(f"\n{'timeline':<30} {'events':>6} {'pages':>6} {'full build s':>12} {'save→served s':>14} {'ratio':>6}")
    for r in results:
        served = statistics.median(r.served_s)
        print(f"{r.size.name:<30} {r.events:>6} {r.pages:>6} {r.build_s:>12.1f} {served:>14.2f} {served / r.build_s:>6.2f}")
    print(f"\nsave→served: median of {EDITS} edits of one event's title "
          f"({'; '.join(', '.join(f'{t:.2f}' for t in r.served_s) for r in results)})")


if __name__ == "__main__":
    main()
