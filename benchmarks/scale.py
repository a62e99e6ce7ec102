"""Scale: extraction on a Dask cluster, and the combine stage at 1,000 to 20,000 articles.

    python benchmarks/scale.py [--extract-size 1000] [--sizes 1000 5000 20000]   (or: make bench-scale)

1. Engine overhead: the first ``--extract-size`` articles of the real corpus
   (below), each run a fresh process with no cache and no timeline, timed by
   wall clock: ``extract --jobs 2`` against ``extract --cluster local:2`` (a
   LocalCluster of two worker processes, started by the run, its model
   loading included). Target: cluster over jobs 2 ≤ 1.15.
2. The combine stage alone (``combine.assemble``: people and organisations
   index, clustering mentions into events, quote variants, ids), on
   extractions read from the cache, at each of ``--sizes``: time (with the
   index and the clustering apart) and peak memory, each size in a fresh
   process, with the ratio of each size to the one before and that ratio
   over n·log n's.
3. The incremental combine (``--shares``): at each size n, the combine of
   n articles run once (its links and timeline kept, as the project's cache
   keeps them), then n × share new articles added (drawn at random among
   all, so spread over the corpus's months: the unkind case; seed 17), and
   the combine of all of them timed twice (CPU and wall), each in a fresh process: full
   (no links) and incremental (the kept links loaded from disk, their
   reading timed); both with the first run's timeline as the previous one.
   Printed: time and peak memory of each, their ratio, whether the two
   timelines' events are the same (each event's evidence), how many of the
   first run's events changed (their evidence is no event's now), and how
   much of the links the incremental run reused.

The real corpus is the news set and PolNeAR's training part (~2,860
articles, ``scale_inputs.py``), extracted once into ``.cache/bench/scale/``
(``--jobs 2``, 15 to 50 minutes on a shared 2-core machine; later runs read
the cache; ``--cache DIR`` puts it elsewhere). Sizes above it are made of copies: copy k has every date k
years later and every person renamed (``scale_inputs.copy_of``).
"""
from __future__ import annotations

import argparse
import ctypes
import hashlib
import json
import math
import os
import pickle
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

from scale_inputs import ROOT, sized, write_real_corpus

CACHE = Path(os.environ.get("SCALE_CACHE", ROOT / ".cache" / "bench" / "scale"))
PYTHON = sys.executable


# prctl(2): orphans of this process's children become its children, so that
# waiting for them counts their CPU time in RUSAGE_CHILDREN.
PR_SET_CHILD_SUBREAPER = 36


def run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds of a command run to completion (its output discarded),
    and the CPU seconds of it and every process it started, those it left
    running too (the fork server of ``--cluster local:N``'s workers and its
    children outlive the command by a moment: they are waited for)."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    wall = time.perf_counter() - start
    _wait_for_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _wait_for_orphans() -> None:
    """Wait until every process left by the last command has exited."""
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def engine_overhead(size: int) -> list[tuple[float, float]]:
    """Wall and CPU seconds of ``--jobs 2`` and of ``--cluster local:2`` on
    the first ``size`` articles, run one after the other."""
    write_real_corpus(CACHE / "corpus")
    names = sorted(p.name for p in (CACHE / "corpus").glob("*.md"))[:size]
    seconds = []
    for how in (["--jobs", "2"], ["--cluster", "local:2"]):
        folder = CACHE / "engine"
        shutil.rmtree(folder, ignore_errors=True)
        (folder / "corpus").mkdir(parents=True)
        for name in names:
            shutil.copy(CACHE / "corpus" / name, folder / "corpus" / name)
        seconds.append(run([PYTHON, "-m", "generator", "extract", "--no-cache", "--no-daemon", *how], folder))
    shutil.rmtree(CACHE / "engine", ignore_errors=True)
    return seconds


def engine_lines(size: int, repeat: int) -> list[tuple[float, float]]:
    """The engine comparison ``repeat`` times, a line each with the machine's
    load average (1 minute) before and after it; the first run's figures."""
    first = None
    for _ in range(repeat):
        load = os.getloadavg()[0]
        (jobs, jobs_cpu), (cluster, cluster_cpu) = runs = engine_overhead(size)
        first = first or runs
        print(f"extraction of {size} articles, no cache: --jobs 2 {jobs:.1f} s ({jobs_cpu:.0f} CPU s), "
              f"--cluster local:2 {cluster:.1f} s ({cluster_cpu:.0f} CPU s); ratio {cluster / jobs:.2f} wall "
              f"(target ≤ 1.15), {cluster_cpu / jobs_cpu:.2f} CPU; load average {load:.1f} → {os.getloadavg()[0]:.1f}", flush=True)
    return first


def dask_costs(tasks: int = 2000) -> tuple[float, float, float]:
    """Dask's cost per task in seconds (``tasks`` no-op tasks through a
    LocalCluster of two worker processes, wall time over their number), the
    seconds the workers take to load the model (``ModelPlugin``), and a
    worker's resident MB once it has."""
    import psutil
    from distributed import Client, LocalCluster

    from generator.extract.dask_cluster import ModelPlugin

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        client.gather(client.map(_nothing, range(50)))  # connections made
        start = time.perf_counter()
        client.gather(client.map(_nothing, range(tasks)))
        per_task = (time.perf_counter() - start) / tasks
        start = time.perf_counter()
        client.register_plugin(ModelPlugin())
        load = time.perf_counter() - start
        rss = client.run(lambda: psutil.Process().memory_info().rss / 2**20)
        return per_task, load, max(rss.values())


def _nothing(item: int) -> int:
    return item


def real_extractions() -> list:
    """The real corpus's extractions, in corpus order, from the cache (the
    missing ones extracted first, with ``--jobs 2``)."""
    from generator.extract.cache import ExtractionCache, article_key, extractor_version
    from generator.project import Project
    from generator.read.corpus import article_paths

    write_real_corpus(CACHE / "corpus")
    project = Project(CACHE / "timeline.yml", CACHE / "corpus")
    cache, version = ExtractionCache(project.cache), extractor_version()
    keys = [article_key(version, p.relative_to(project.corpus).as_posix(), p.read_bytes()) for p in article_paths(project.corpus)]
    found = [cache.get(key) for key in keys]
    if None in found:
        print(f"extracting {found.count(None)} articles into {CACHE} (--jobs 2) …", file=sys.stderr)
        run([PYTHON, "-m", "generator", "extract", "--jobs", "2", "--no-daemon", "--corpus", "corpus", "--timeline", "timeline.yml"], CACHE)
        found = [cache.get(key) for key in keys]
    return [x for x in found if x is not None]


def combine_once(size: int) -> dict:
    """Time and memory of ``assemble`` on ``size`` extractions, in this process."""
    from generator.combine import assemble as stage

    extractions = sized(real_extractions(), size)
    timed = _timed_steps(stage, {"entities": "index_entities", "cluster": "cluster"}, time.perf_counter)
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    timeline = stage.assemble(extractions)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "seconds": seconds, "cpu": cpu, **timed, "mentions": sum(len(x.events) for x in extractions),
            "events": len(timeline.events), "people": len(timeline.people), "before_mb": before, "peak_mb": peak}


def _timed_steps(stage, steps: dict[str, str], clock) -> dict[str, float]:
    """Seconds by ``clock`` spent in each of ``stage``'s functions named in
    ``steps`` (label → function name), filled in as they run."""
    timed = dict.fromkeys(steps, 0.0)
    for label, function in steps.items():
        inner = getattr(stage, function)

        def timing(*args, _inner=inner, _label=label):
            start = clock()
            try:
                return _inner(*args)
            finally:
                timed[_label] += clock() - start
        setattr(stage, function, timing)
    return timed


def split(size: int, share: float) -> tuple[list, list]:
    """The ``size`` articles of the first run, and all of them with
    ``size`` × ``share`` new ones drawn at random among them (seed 17)."""
    every = sized(real_extractions(), size + round(size * share))
    new = set(random.Random(17).sample(range(len(every)), len(every) - size))
    return [x for n, x in enumerate(every) if n not in new], every


def first_run(size: int, share: float) -> None:
    """Combine the first run's articles; keep its timeline and links."""
    from generator.combine.assemble import combine

    old, _ = split(size, share)
    timeline, links = combine(old)
    for name, value in (("timeline", timeline), ("links", links)):
        path = _kept(size, share, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def second_run(size: int, share: float, incremental: bool) -> dict:
    """Time and memory of combining all the articles after the first run,
    with its links (their reading from disk timed) or without."""
    from generator.combine import assemble as stage

    previous = pickle.loads(_kept(size, share, "timeline").read_bytes())
    _, every = split(size, share)
    index = _timed_steps(stage, {"index_cpu": "index_entities"}, time.process_time)
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    known = pickle.loads(_kept(size, share, "links").read_bytes()) if incremental else None
    timeline, links = stage.combine(every, previous, known)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    evidence = sorted(sorted(f"{e.source}:{e.span[0]}" for e in event.sources) for event in timeline.events)
    old = [frozenset((e.source, e.span) for e in event.sources) for event in previous.events]
    now = {frozenset((e.source, e.span) for e in event.sources) for event in timeline.events}
    return {"seconds": seconds, "cpu": cpu, **index, "before_mb": before, "peak_mb": peak, "events": len(timeline.events),
            "old_events": len(old), "changed": sum(e not in now for e in old),
            "evidence": hashlib.sha256(json.dumps(evidence).encode()).hexdigest(),
            "mentions": len(links.keys), "new_mentions": len(set(links.keys) - set(known.keys if known else ())),
            "groups": len(links.groups), "reused_groups": len(set(known.groups) & set(links.groups)) if known else 0,
            "links_mb": _kept(size, share, "links").stat().st_size / 2**20}


def _kept(size: int, share: float, name: str) -> Path:
    return CACHE / "incremental" / f"{size}-{share}.{name}.pickle"


def incremental_table(sizes: list[int], shares: list[float]) -> tuple[list[str], list[dict]]:
    """The table's lines, and each size and share's incremental run (its
    ``size``, ``share`` and figures)."""
    runs = []
    lines = ["| articles | new | full CPU s (wall) | incremental CPU s (wall) | CPU ratio | people index CPU s (of incremental) | "
             "full peak MB | incremental peak MB | same events | old events changed | new mentions | groups reused | links on disk |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|"]
    for size in sizes:
        for share in shares:
            _subprocess_json(["--first-run", str(size), "--share", str(share)])
            full = _subprocess_json(["--second-run", str(size), "--share", str(share)])
            inc = _subprocess_json(["--second-run", str(size), "--share", str(share), "--incremental"])
            runs.append({**inc, "size": size, "share": share, "full_cpu": full["cpu"]})
            lines.append(f"| {size:,} | +{share * 100:g}% ({round(size * share):,}) | {full['cpu']:.1f} ({full['seconds']:.1f}) | "
                         f"{inc['cpu']:.1f} ({inc['seconds']:.1f}) | {inc['cpu'] / full['cpu']:.2f} | "
                         f"{inc['index_cpu']:.2f} ({inc['index_cpu'] / inc['cpu']:.0%}) | {full['peak_mb']:.0f} | {inc['peak_mb']:.0f} | "
                         f"{'yes' if full['evidence'] == inc['evidence'] else 'NO'} | {inc['changed']:,} of {inc['old_events']:,} | "
                         f"{inc['new_mentions']:,} of {inc['mentions']:,} | {inc['reused_groups']:,} of {inc['groups']:,} | {inc['links_mb']:.0f} MB |")
            print(lines[-1], flush=True)
    return lines, runs


def _subprocess_json(args: list[str]) -> dict:
    out = subprocess.run([PYTHON, __file__, *args], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    if out.returncode != 0:
        sys.exit(out.stderr[-3000:])
    return json.loads(out.stdout.splitlines()[-1])


def _rss_mb() -> float:
    with open("/proc/self/statm") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def combine_table(sizes: list[int]) -> tuple[list[str], list[dict]]:
    rows = [_subprocess_json(["--combine-one", str(size)]) for size in sizes]
    lines = ["| articles | mentions | events | combine s (CPU s) | index s | cluster s | s per 1,000 articles | peak MB (of which combine) | "
             "time ratio to previous (CPU) | n·log n ratio | memory ratio |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for previous, row in zip([None, *rows], rows):
        if previous:
            n0, n1 = previous["size"], row["size"]
            ratios = (f"{row['seconds'] / previous['seconds']:.2f} ({row['cpu'] / previous['cpu']:.2f})",
                      f"{n1 * math.log(n1) / (n0 * math.log(n0)):.2f}",
                      f"{(row['peak_mb'] - row['before_mb']) / max(1.0, previous['peak_mb'] - previous['before_mb']):.2f}")
        else:
            ratios = ("", "", "")
        lines.append(f"| {row['size']:,} | {row['mentions']:,} | {row['events']:,} | {row['seconds']:.1f} ({row['cpu']:.1f}) | {row['entities']:.1f} | "
                     f"{row['cluster']:.1f} | {1000 * row['seconds'] / row['size']:.2f} | {row['peak_mb']:.0f} ({row['peak_mb'] - row['before_mb']:.0f}) | "
                     + " | ".join(ratios) + " |")
    return lines, rows


def extrapolation(per_article: float, per_task: float, load: float, worker_mb: float, rows: list[dict],
                  incremental: list[dict]) -> list[str]:
    """Wall time and memory of 100,000 and 1,000,000 articles on 1, 10 and
    100 workers, a model on paper from measured costs:

    - extraction: ``load`` (a worker loading the model) + n × ``per_article``
      (one worker process, one core) / workers + n / 8 tasks × ``per_task``
      (Dask's cost per task, counted as if the scheduler did them one by one);
    - combine, on the client alone: c × n·ln n, c the largest measured
      size's CPU seconds / n·ln n (where fixed costs weigh least; CPU, as
      wall time on a shared machine measures the other jobs); a later run
      with 1 % new articles (``incremental``: the smallest share's runs)
      that times the incremental run's CPU over the full run's at the
      largest size (its links read from disk included), its extraction
      that of the new articles alone;
    - memory: each worker ``worker_mb``; the client m0 + m × n, fitted on
      the two largest measured sizes' peaks.
    """
    largest = max(rows, key=lambda r: r["size"])
    c = largest["cpu"] / (largest["size"] * math.log(largest["size"]))
    share = min((r["share"] for r in incremental), default=None)
    later = [r["cpu"] / r["full_cpu"] for r in sorted(incremental, key=lambda r: -r["size"]) if r["share"] == share][:1]
    (n0, p0), (n1, p1) = [(r["size"], r["peak_mb"]) for r in rows[-2:]]
    slope = (p1 - p0) / (n1 - n0)
    lines = ["| articles | workers | extraction | combine (client) | total | client memory | per worker |"
             + (f" later run, +{share:.0%} new: extraction + combine |" if later else ""),
             "|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if later else "")]
    for n in (100_000, 1_000_000):
        combine = c * n * math.log(n)
        for workers in (1, 10, 100):
            extract = load + n * per_article / workers + n / 8 * per_task
            line = (f"| {n:,} | {workers} | {_hours(extract)} | {_hours(combine)} | {_hours(extract + combine)} | "
                    f"{(p0 + slope * (n - n0)) / 1024:.1f} GB | {worker_mb / 1024:.1f} GB |")
            if later:
                new = n * share * per_article / workers + n * share / 8 * per_task
                line += f" {_hours(new)} + {_hours(later[0] * combine)} |"
            lines.append(line)
    return lines


def _hours(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.0f} s"
    return f"{seconds / 3600:.1f} h" if seconds >= 3600 else f"{seconds / 60:.0f} min"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extract-size", type=int, default=1000, help="articles of the engine comparison (0: skip it)")
    parser.add_argument("--repeat", type=int, default=1, help="times the engine comparison is run (each printed)")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000], help="articles of the combine measurement")
    parser.add_argument("--per-article", type=float, help="extraction CPU seconds per article for the "
                        "extrapolation (default: the --jobs 2 run's CPU time over its articles)")
    parser.add_argument("--shares", type=float, nargs="*", default=[0.01, 0.05],
                        help="new articles of the incremental combine, as shares of each size (none: skip it)")
    parser.add_argument("--skip-full-table", action="store_true", help="measure only the incremental combine at --sizes")
    parser.add_argument("--combine-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--first-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--second-run", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--share", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--incremental", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.combine_one:
        print(json.dumps(combine_once(args.combine_one)))
        return 0
    if args.first_run:
        first_run(args.first_run, args.share)
        print("{}")
        return 0
    if args.second_run:
        print(json.dumps(second_run(args.second_run, args.share, args.incremental)))
        return 0
    if args.skip_full_table:
        incremental_table(args.sizes, args.shares)
        return 0
    per_article = args.per_article
    if args.extract_size:
        (_, jobs_cpu), _ = engine_lines(args.extract_size, args.repeat)
        per_article = per_article or jobs_cpu / args.extract_size
    per_task, load, worker_mb = dask_costs()
    print(f"\nDask: {1000 * per_task:.1f} ms per task (2,000 no-op tasks, 2 workers), model loaded by the workers in {load:.1f} s, "
          f"a worker with the model {worker_mb:.0f} MB resident")
    if args.sizes:
        real = len(real_extractions())
        print(f"\nreal corpus: {real} articles (news + PolNeAR train), extracted in {CACHE}")
        print(f"\ncombine stage alone (sizes above {real}: copies under later dates and renamed people)\n")
        lines, rows = combine_table(args.sizes)
        print("\n".join(lines))
        runs = []
        if args.shares:
            print("\nincremental combine: the first run's n articles, then n × share new ones (random, seed 17), full against incremental\n")
            _, runs = incremental_table(args.sizes, args.shares)
        if per_article and len(rows) >= 2:
            print(f"\nextrapolation ({per_article:.3f} CPU s per article and worker process, tasks of 8 articles)\n")
            print("\n".join(extrapolation(per_article, per_task, load, worker_mb, rows, runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
