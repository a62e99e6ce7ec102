"""The site at scale (issue 18): what a reader downloads and waits for, and
what a 50,000-event build costs.

1. **Reader's view**, on the 300-article news input of ``make bench-events``
   (benchmarks/event_inputs.py; with ``--halves``, each half too): ``mkdocs
   build --strict`` of a copy of the project with that timeline, then, in
   headless Chromium (Debian's, driven by Playwright; the CPU slowed 4× and
   the network held to 9 Mbit/s down, 40 ms latency, over the DevTools
   protocol; a 412×915 phone viewport; no cache; pages served uncompressed
   by Python's http.server, so bytes are the worst case): the home page's
   HTML bytes (and gzipped), DOM nodes, height, the bytes its load
   transfers, seconds to its ``load`` event (ready) and to the visual
   timeline drawn, best and median of ``--repeat`` loads (on a shared
   machine noise only ever adds time); the largest page of each listing
   folder; a first search's bytes (Pagefind's script, its index entry and
   the chunks the query needs) beside the whole index. ``--before REV``
   builds the same timeline with the code of another commit too (its files
   from ``git archive``), side by side.
2. **50,000 events** (``--events``): a timeline made from the extracted
   inputs (benchmarks/made_timeline.py: the five Timeline17 topics of
   ``make bench-keyevents`` and the news input above, ids prefixed,
   repeated 28 years later until it holds the number asked for). Its
   ``mkdocs build --strict`` (render, MkDocs, Pagefind) beside builds of
   trivial pages (a heading and a sentence each, same theme, no hook) in the
   same run, one per event (the issue's yardstick) and one per page of the
   site: wall time and peak memory of each (the peak is Pagefind's when it
   is the larger); then a first search's bytes on it. Several sizes may be
   given (``--events 10000 50000``).

Usage::

    .venv/bin/python benchmarks/site.py [--events 50000 …] [--repeat 3] [--before REV] [--halves]
        [--skip-reader] [--skip-scale] [--news-only]
"""
from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import event_inputs  # noqa: E402
import made_timeline  # noqa: E402
from site_fixtures import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")
PHONE = {"width": 412, "height": 915}
NETWORK = {"offline": False, "latency": 40, "downloadThroughput": 9_000_000 / 8, "uploadThroughput": 9_000_000 / 8}
CPU_SLOWDOWN = 4
LISTINGS = ("key", "months", "undated", "storylines", "places", "people", "organisations", "sources")
QUERY = "president"
# A drawn item of the visual timeline (today's, and the hand-written one before issue 18).
VISUAL_DRAWN = ".timeline-visual a.tl-event, .timeline-visual a.tl-bar"


@dataclass(frozen=True)
class Build:
    seconds: float
    cpu_seconds: float  # user + system, of MkDocs and what it ran: fair beside another build on a loaded machine
    peak_mb: float
    pages: int


@dataclass(frozen=True)
class Load:
    ready_s: float
    visual_s: float
    transferred: int
    nodes: int
    height: int


def build(project: Path, site_url: str | None = None) -> Build:
    """``mkdocs build --strict`` in ``project`` (for ``site_url``, where it
    will be served): wall time, CPU time and peak resident memory (of MkDocs
    and of what it ran, Pagefind included) and HTML pages."""
    env = dict(ENV, SITE_URL=site_url) if site_url else ENV
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    stderr = process.stderr.read().decode()
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"mkdocs build in {project} failed:\n{stderr[-2000:]}")
    return Build(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, sum(1 for _ in (project / "site").rglob("*.html")))


# -- the reader's view ---------------------------------------------------------

def throttled_tab(browser):
    """A phone-sized tab with the CPU and network throttled and no cache, and
    a counter of the bytes each URL transferred."""
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    cdp = context.new_cdp_session(tab)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    cdp.send("Network.emulateNetworkConditions", NETWORK)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    urls: dict[str, str] = {}
    transferred: dict[str, int] = {}
    cdp.on("Network.responseReceived", lambda e: urls.__setitem__(e["requestId"], e["response"]["url"]))
    cdp.on("Network.loadingFinished",
           lambda e: transferred.__setitem__(urls.get(e["requestId"], e["requestId"]), int(e["encodedDataLength"])))
    return context, tab, transferred


def load_home(browser, url: str) -> Load:
    context, tab, transferred = throttled_tab(browser)
    try:
        tab.goto(url, wait_until="load", timeout=300_000)
        ready = tab.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd") / 1000
        tab.wait_for_selector(VISUAL_DRAWN, state="attached", timeout=300_000)
        visual = tab.evaluate("performance.now()") / 1000
        nodes = tab.evaluate("document.getElementsByTagName('*').length")
        height = tab.evaluate("document.documentElement.scrollHeight")
        return Load(ready, visual, sum(transferred.values()), nodes, height)
    finally:
        context.close()


def first_search(browser, site_url: str, query: str = QUERY) -> tuple[int, int]:
    """Bytes a first search transfers from Pagefind's folder, and its results
    shown; (0, 0) where the site has no Pagefind (the code before it)."""
    context, tab, transferred = throttled_tab(browser)
    try:
        tab.goto(f"{site_url}search/?q={query}", wait_until="load", timeout=300_000)
        if tab.locator(".timeline-search").count() == 0:
            return 0, 0
        tab.wait_for_selector(".pagefind-ui__result", timeout=300_000)
        tab.wait_for_load_state("networkidle", timeout=300_000)
        results = tab.locator(".pagefind-ui__result").count()
        return sum(n for u, n in transferred.items() if "/pagefind/" in u), results
    finally:
        context.close()


def largest_pages(site: Path) -> list[tuple[str, str, int]]:
    """(folder, its largest page, bytes) for each listing folder."""
    rows = []
    for folder in LISTINGS:
        pages = list((site / folder).rglob("index.html"))
        if pages:
            page = max(pages, key=lambda p: p.stat().st_size)
            rows.append((folder, page.parent.relative_to(site).as_posix() + "/", page.stat().st_size))
    return rows


def folder_bytes(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


def project_at(root: Path, dest: Path, item: event_inputs.Input) -> Path:
    """A copy of the project whose code is in ``root`` (this checkout or
    another commit's), with the input's timeline and articles."""
    shutil.copytree(root / "site_src", dest / "site_src", ignore=shutil.ignore_patterns(
        "index.md", "events", "people", "sources", "timeline.json", "timeline.ics", "feed.xml"))
    shutil.copytree(root / "overrides", dest / "overrides")
    shutil.copy(root / "mkdocs.yml", dest / "mkdocs.yml")
    (dest / "generator").symlink_to(root / "generator")
    for name in ("timeline.yml", "timeline.generated.yml"):
        shutil.copy(item.folder / name, dest / name)
    shutil.copytree(item.corpus, dest / "corpus")
    return dest


def reader_view(browser, root: Path, project: Path, repeat: int) -> dict[str, str]:
    """The figures of one site, by row of the printed table."""
    (project / "site").mkdir()
    server = serve(project / "site")
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        done = build(project, url)
        loads = [load_home(browser, url) for _ in range(repeat)]
        search_bytes, results = first_search(browser, url)
    finally:
        server.shutdown()
        server.server_close()
    site = project / "site"
    home = (site / "index.html").read_bytes()
    index = site / "pagefind" if (site / "pagefind").is_dir() else site / "search"
    ready = sorted(x.ready_s for x in loads)
    rows = {
        "events (pages)": f"{len(list((site / 'events').glob('*/index.html'))):,}",
        "HTML pages; build s; peak MB": f"{done.pages:,}; {done.seconds:.0f}; {done.peak_mb:.0f}",
        "home: HTML bytes (gzipped)": f"{len(home):,} ({len(gzip.compress(home)):,})",
        "home: DOM nodes": f"{loads[0].nodes:,}",
        f"home: height px (phone screens of {PHONE['height']} px)": f"{loads[0].height:,} ({loads[0].height / PHONE['height']:.0f})",
        "home: bytes its load transfers": f"{loads[0].transferred:,}",
        f"home: ready (load event) s, best / median of {repeat}": f"{ready[0]:.2f} / {statistics.median(ready):.2f}",
        "home: visual timeline drawn s, best / median": f"{min(x.visual_s for x in loads):.2f} / "
                                                         f"{statistics.median(x.visual_s for x in loads):.2f}",
        f"first search ('{QUERY}'): bytes (results shown)": f"{search_bytes:,} ({results})" if results else "—",
        "search index, all: files, bytes": "{:,}, {:,}".format(*folder_bytes(index)),
    }
    for folder, page, size in largest_pages(site):
        rows[f"largest {folder} page"] = f"{page} {size:,}"
    return rows


def print_table(title: str, columns: dict[str, dict[str, str]]) -> None:
    print(f"\n## {title}\n")
    print("| | " + " | ".join(columns) + " |\n|---|" + "---:|" * len(columns))
    for row in dict.fromkeys(r for figures in columns.values() for r in figures):
        print(f"| {row} | " + " | ".join(figures.get(row, "—") for figures in columns.values()) + " |")


def before_tree(rev: str, dest: Path) -> Path:
    """The files of commit ``rev`` (``git archive``: the repository is not touched)."""
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


# -- 50,000 events -------------------------------------------------------------

def trivial_project(pages: int, dest: Path) -> Path:
    """As many trivial pages, the same theme, no hook: MkDocs' own cost."""
    docs = dest / "docs"
    for n in range(pages):
        folder = docs / f"p{n // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page-{n}.md").write_text(f"# Page {n}\n\nA trivial page, number {n}.\n", encoding="utf-8")
    (docs / "index.md").write_text("# Trivial pages\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text("site_name: Trivial\nsite_url: http://127.0.0.1:8000/\ntheme:\n  name: material\n"
                                     "  font: false\nplugins: []\nnav:\n  - Home: index.md\n"
                                     "validation:\n  omitted_files: ignore\n", encoding="utf-8")
    return dest


def at_scale(browser, count: int, work: Path, t17: bool = True) -> None:
    """The ``count``-event build beside two builds of trivial pages in the
    same run: one per event (the issue's yardstick: what MkDocs takes for
    as many pages as the timeline has events) and one per page of the site
    (what MkDocs alone takes for as many pages as ours)."""
    start = time.perf_counter()
    project = made_timeline.project(made_timeline.timeline(count, made_timeline.inputs(t17)), work / "scale")
    made_s = time.perf_counter() - start
    done = build(project)
    per_event = build(trivial_project(count - 1, work / "trivial-events"))  # and its home page
    per_page = build(trivial_project(done.pages - 1, work / "trivial-pages"))
    server = serve(project / "site")
    try:
        search_bytes, results = first_search(browser, f"http://127.0.0.1:{server.server_address[1]}/")
    finally:
        server.shutdown()
        server.server_close()
    index_files, index_bytes = folder_bytes(project / "site" / "pagefind")
    print(f"\n## {count:,} events: mkdocs build --strict beside trivial pages (timeline made in {made_s:.0f} s)\n")
    print("| build | HTML pages | seconds | CPU seconds | peak MB |\n|---|---:|---:|---:|---:|")
    print(f"| the timeline's site (render, MkDocs, Pagefind) | {done.pages:,} | {done.seconds:.0f} | {done.cpu_seconds:.0f} | "
          f"{done.peak_mb:,.0f} |")
    for label, trivial in (("one per event", per_event), ("one per page of the site", per_page)):
        print(f"| trivial pages, {label} (MkDocs alone) | {trivial.pages:,} | {trivial.seconds:.0f} | {trivial.cpu_seconds:.0f} | "
              f"{trivial.peak_mb:,.0f} |")
    print(f"\nratio to a trivial page per event {done.seconds / per_event.seconds:.2f} wall, "
          f"{done.cpu_seconds / per_event.cpu_seconds:.2f} CPU (target ≤ 1.5), per page "
          f"{done.seconds / per_page.seconds:.2f} wall, {done.cpu_seconds / per_page.cpu_seconds:.2f} CPU; "
          f"peak {done.peak_mb / 1024:.2f} GB (target ≤ 2)")
    print(f"first search ('{QUERY}', {results} results shown): {search_bytes:,} bytes; whole index {index_files:,} files, "
          f"{index_bytes:,} bytes")
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, nargs="+", default=[50_000], help="events of the timelines built at scale")
    parser.add_argument("--repeat", type=int, default=3, help="throttled loads of the home page")
    parser.add_argument("--before", metavar="REV", help="also the same sites built by the code of this commit")
    parser.add_argument("--halves", action="store_true", help="also each half of the news input")
    parser.add_argument("--skip-reader", action="store_true", help="no reader's view")
    parser.add_argument("--skip-scale", action="store_true", help="no build at scale")
    parser.add_argument("--news-only", action="store_true", help="the build at scale made from the news input alone")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp, sync_playwright() as playwright:
        work = Path(tmp)
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        roots = {"today": ROOT}
        if args.before:
            roots[f"before ({args.before})"] = before_tree(args.before, work / "before")
        try:
            if not args.skip_reader:
                news = event_inputs.news_inputs()
                for item in news[:3 if args.halves else 1]:
                    event_inputs.ensure_extracted(item, shared_cache=news[0].folder if item is not news[0] else None)
                    columns = {label: reader_view(browser, root, project_at(root, work / f"{n}-{item.folder.name}", item),
                                                  args.repeat) for n, (label, root) in enumerate(roots.items())}
                    print_table(f"{item.name}: the reader's view", columns)
            if not args.skip_scale:
                for count in args.events:
                    at_scale(browser, count, work / f"{count}", t17=not args.news_only)
        finally:
            browser.close()
    print(f"\nload average at the end (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
