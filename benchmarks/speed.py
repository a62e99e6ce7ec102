"""Speed and memory of the whole pipeline at corpus scale.

    python benchmarks/speed.py [--sizes 100 300 1000]      (or: make bench)

On the first N articles of the benchmark corpus (../shared/benchmarks/news/,
name order), for each N, every step a fresh process as a user would run it,
timed by wall clock, with its peak resident memory:

- bare: a bare ``nlp.pipe`` of the same texts with the same model (loading
  it included, as extraction includes it): once over the article bodies as
  given, once over the story paragraphs extraction parses;
- cold: ``python -m generator extract`` with no cache and no timeline, with
  ``--jobs 1`` and ``--jobs 2``;
- warm: the same command again, nothing changed;
- add one: the next article of the corpus added, the command again; then
  the next one with the extraction daemon running (`generator daemon
  start`: spaCy stays loaded), and the next one after a hand edit of
  timeline.yml (the edited file is merged and rewritten, not replaced);
- build: ``mkdocs build --strict`` of the resulting site, its size per event.

The bare pipes and cold extractions run ``--repeat`` times (default 2),
interleaved, and the fastest of each is kept: on a shared machine the same
run varies by 10-15 %, and noise only ever adds time. Ratios are taken
between figures of the same run. Targets (issue 8): cold
over bare ≤ 1.25, jobs 2 over jobs 1 ≤ 0.65, warm and add-one over cold
≤ 0.05.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/benchmarks beside the project (a worktree one level deeper finds it too).
NEWS = next((p / "shared" / "benchmarks" / "news" for p in ROOT.parents if (p / "shared" / "benchmarks" / "news").is_dir()),
            ROOT.parent / "shared" / "benchmarks" / "news")
PYTHON = sys.executable

BARE_PIPE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from generator.extract import nlp as nlp_loader
    from generator.read.corpus import read_corpus
    articles, _ = read_corpus(Path(sys.argv[1]))
    if sys.argv[2] == "bodies":
        texts = [a.body for a in articles]
    else:
        texts = [a.body[b.start:b.end] for a in articles for b in a.text_blocks()]
    for _ in nlp_loader.load().pipe(texts):
        pass
""")


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float


def run(command: list[str], cwd: Path) -> Run:
    """Run a command to completion; its wall time and peak memory (its own
    and its worker processes', whichever is larger)."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    return Run(seconds, usage.ru_maxrss / 1024)


def project(folder: Path, articles: list[Path]) -> Path:
    """A copy of the site's project around a corpus of ``articles``."""
    (folder / "corpus").mkdir(parents=True)
    for article in articles:
        shutil.copy(article, folder / "corpus" / article.name)
    shutil.copytree(ROOT / "site_src", folder / "site_src", ignore=shutil.ignore_patterns(
        "index.md", "events", "people", "sources", "timeline.json", "timeline.ics", "feed.xml"))
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "generator").symlink_to(ROOT / "generator")
    return folder


def extract(folder: Path, jobs: int = 1) -> Run:
    return run([PYTHON, "-m", "generator", "extract", "--jobs", str(jobs)], folder)


def count_events(folder: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from generator.store.plain import plain
    from generator.yaml_load import load

    return len(plain(load((folder / "timeline.yml").read_text(encoding="utf-8")))["events"])


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def daemon_peak_mb(folder: Path) -> float:
    sys.path.insert(0, str(ROOT))
    from generator.project import Project
    from generator.tools import daemon

    return daemon.status(Project.at(folder))["peak_mb"]


def hand_edit(timeline: Path) -> None:
    """Retitle the first event, as an editor would."""
    text = timeline.read_text(encoding="utf-8")
    start = text.index("\n    title: ", text.index("\nevents:")) + 1
    end = text.index("\n", start)
    timeline.write_text(text[:start] + "    title: Retitled by an editor" + text[end:], encoding="utf-8")


def best(runs: list[Run]) -> Run:
    """The fastest of repeated runs (noise on a shared machine only ever
    adds time), with the highest peak memory."""
    return Run(min(r.seconds for r in runs), max(r.peak_mb for r in runs))


def measure(size: int, news: list[Path], work: Path, repeat: int) -> dict[str, float]:
    chosen, extra = news[:size], news[size:size + 3]
    timings: dict[str, list[Run]] = {"bodies": [], "paragraphs": [], "cold": [], "cold2": []}
    for attempt in range(repeat):  # interleaved, so that a slow spell hits every figure alike
        one = project(work / f"n{size}-jobs1-{attempt}", chosen)
        two = project(work / f"n{size}-jobs2-{attempt}", chosen)
        timings["bodies"].append(run([PYTHON, "-c", BARE_PIPE, str(one / "corpus"), "bodies"], ROOT))
        timings["paragraphs"].append(run([PYTHON, "-c", BARE_PIPE, str(one / "corpus"), "paragraphs"], ROOT))
        timings["cold"].append(extract(one, 1))
        timings["cold2"].append(extract(two, 2))
    bodies, paragraphs, cold, cold2 = (best(timings[k]) for k in ("bodies", "paragraphs", "cold", "cold2"))
    figures: dict[str, float] = {}
    warm = extract(one, 1)
    shutil.copy(extra[0], one / "corpus" / extra[0].name)
    added = extract(one, 1)
    run([PYTHON, "-m", "generator", "daemon", "start"], one)
    shutil.copy(extra[1], one / "corpus" / extra[1].name)
    added_daemon = extract(one, 1)
    peak_daemon = daemon_peak_mb(one)
    run([PYTHON, "-m", "generator", "daemon", "stop"], one)
    hand_edit(one / "timeline.yml")
    shutil.copy(extra[2], one / "corpus" / extra[2].name)
    added_edited = extract(one, 1)
    build = run([PYTHON, "-m", "mkdocs", "build", "--strict", "-q"], one)
    events = count_events(one)
    site_bytes = size_of(one / "site")
    figures.update(
        articles=size, events=events,
        bare_bodies=bodies.seconds, bare_paragraphs=paragraphs.seconds,
        cold=cold.seconds, cold_jobs2=cold2.seconds, warm=warm.seconds, add_one=added.seconds,
        add_one_daemon=added_daemon.seconds, add_one_edited=added_edited.seconds,
        build=build.seconds, build_ms_per_event=1000 * build.seconds / events, kb_per_event=site_bytes / 1024 / events,
        peak_bare=max(bodies.peak_mb, paragraphs.peak_mb), peak_cold=cold.peak_mb, peak_cold_jobs2=cold2.peak_mb,
        peak_add_one=added.peak_mb, peak_daemon=peak_daemon, peak_build=build.peak_mb,
    )
    return figures


ROWS = [
    ("articles", "{:.0f}", None),
    ("events", "{:.0f}", None),
    ("bare nlp.pipe, bodies (s)", "{:.1f}", "bare_bodies"),
    ("bare nlp.pipe, paragraphs (s)", "{:.1f}", "bare_paragraphs"),
    ("cold extract --jobs 1 (s)", "{:.1f}", "cold"),
    ("cold extract --jobs 2 (s)", "{:.1f}", "cold_jobs2"),
    ("warm re-run (s)", "{:.2f}", "warm"),
    ("add one article (s)", "{:.2f}", "add_one"),
    ("add one, daemon running (s)", "{:.2f}", "add_one_daemon"),
    ("add one to a hand-edited file (s)", "{:.2f}", "add_one_edited"),
    ("cold / bare bodies  [≤ 1.25]", "{:.2f}", lambda f: f["cold"] / f["bare_bodies"]),
    ("cold / bare paragraphs", "{:.2f}", lambda f: f["cold"] / f["bare_paragraphs"]),
    ("jobs 2 / jobs 1  [≤ 0.65]", "{:.2f}", lambda f: f["cold_jobs2"] / f["cold"]),
    ("warm / cold  [≤ 0.05]", "{:.3f}", lambda f: f["warm"] / f["cold"]),
    ("add one / cold  [≤ 0.05]", "{:.3f}", lambda f: f["add_one"] / f["cold"]),
    ("add one, daemon / cold  [≤ 0.05]", "{:.3f}", lambda f: f["add_one_daemon"] / f["cold"]),
    ("add one, hand-edited / cold", "{:.3f}", lambda f: f["add_one_edited"] / f["cold"]),
    ("mkdocs build (s)", "{:.1f}", "build"),
    ("mkdocs build ms per event", "{:.1f}", "build_ms_per_event"),
    ("site KiB per event", "{:.1f}", "kb_per_event"),
    ("peak MB: bare nlp.pipe", "{:.0f}", "peak_bare"),
    ("peak MB: cold --jobs 1", "{:.0f}", "peak_cold"),
    ("peak MB: cold --jobs 2 (largest process)", "{:.0f}", "peak_cold_jobs2"),
    ("peak MB: add one", "{:.0f}", "peak_add_one"),
    ("peak MB: daemon", "{:.0f}", "peak_daemon"),
    ("peak MB: mkdocs build", "{:.0f}", "peak_build"),
]


def table(results: list[dict[str, float]]) -> str:
    width = max(len(label) for label, _, _ in ROWS)
    lines = []
    for label, form, key in ROWS:
        key = key or label
        cells = [form.format(key(f) if callable(key) else f[key]) for f in results]
        lines.append(f"{label:<{width}}  " + "  ".join(f"{c:>9}" for c in cells))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--news", type=Path, default=NEWS, help="folder of corpus files (default: ../shared/benchmarks/news)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of the bare pipes and cold extractions, the fastest kept (default: 2)")
    args = parser.parse_args()
    news = sorted(p for p in args.news.glob("*.md") if not p.name.startswith("README"))
    if len(news) < max(args.sizes) + 3:
        sys.exit(f"{args.news}: {len(news)} articles, fewer than {max(args.sizes) + 3}")
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; corpus {args.news}; "
          f"bare and cold runs: fastest of {args.repeat}", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-speed-") as work:
        for size in args.sizes:
            results.append(measure(size, news, Path(work), args.repeat))
            print(f"\n{table(results)}", flush=True)


if __name__ == "__main__":
    main()
