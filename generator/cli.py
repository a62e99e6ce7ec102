"""Command line: ``python -m generator extract|render|check|key-events|inspect|daemon``.

A thin layer: parse arguments, call one library function, print its report,
and turn a library error into one line per problem and a non-zero exit. The
library is imported once a command needs it, so that handing ``extract`` to
a running daemon costs a fraction of a second.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from .extract.nlp import ModelNotInstalled
from .project import CORPUS, DOCS, EXTRACT_CACHE, TIMELINE, Project
from .tools import daemon


def _paths(parser: argparse.ArgumentParser, corpus: bool = True, timeline: bool = True, out: bool = False) -> None:
    if corpus:
        parser.add_argument("--corpus", type=Path, default=Path(CORPUS), help=f"folder of articles (default: {CORPUS}/)")
    if timeline:
        parser.add_argument("--timeline", type=Path, default=Path(TIMELINE), help=f"the timeline file (default: {TIMELINE})")
    if out:
        parser.add_argument("--out", type=Path, default=Path(DOCS), help=f"MkDocs docs folder to write pages into (default: {DOCS}/)")


def _project(args: argparse.Namespace) -> Project:
    """The project the command line names (the defaults: the current folder's)."""
    return Project(args.timeline, getattr(args, "corpus", Path(CORPUS)), getattr(args, "out", Path(DOCS)))


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text}")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Turn news articles into an annotated timeline site.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract events, quotes and people from the corpus into timeline.yml",
                                  description="Extract the corpus and write the result into timeline.yml, keeping every hand edit.")
    _paths(extract)
    extract.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="parse articles in N processes (default: 1)")
    extract.add_argument("--cluster", metavar="ADDRESS",
                         help="parse articles on a Dask cluster: its scheduler's address (tcp://host:8786), "
                              "its scheduler file, or local:N for a local cluster of N worker processes")
    extract.add_argument("--no-cache", dest="use_cache", action="store_false",
                         help=f"parse every article again, ignoring and not updating the cache in {EXTRACT_CACHE}/")
    extract.add_argument("--full", action="store_true",
                         help="cluster every mention again, not only the groups new or changed articles touch "
                              "(the result is the same; for checking that it is)")
    extract.add_argument("--accept-deletions", action="store_true",
                         help="write even when the run deletes more than a quarter of the events (or more than 20) "
                              "since the last run; without it, such a run stops and says how many")
    extract.add_argument("--no-daemon", dest="use_daemon", action="store_false",
                         help="run in this process even when a daemon runs (see `daemon`)")
    render = commands.add_parser("render", help="write the site's Markdown pages from timeline.yml",
                                 description="Render timeline.yml into Markdown pages under site_src/.")
    _paths(render, out=True)
    check = commands.add_parser("check", help="validate timeline.yml and report every problem with its line",
                                description="Validate timeline.yml against its schema, its ids and its sources' text.")
    _paths(check)
    key_events = commands.add_parser("key-events", help="print the most important days of the timeline, each with a summary",
                                     description="Print the N most important days of the timeline in date order, each "
                                                 "with a summary of 1-3 sentences from its events' evidence.")
    key_events.add_argument("timeline", nargs="?", type=Path, default=Path(TIMELINE), metavar="TIMELINE",
                            help=f"the timeline file (default: {TIMELINE})")
    key_events.add_argument("--dates", type=_positive, default=30, metavar="N", help="how many days (default: 30)")
    key_events.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD", help="no day before this one")
    key_events.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD", help="no day after this one")
    key_events.add_argument("--json", action="store_true",
                            help='one JSON object per line: {"date", "summary", "events": [ids], "sources": n}')
    inspect = commands.add_parser("inspect", help="print what the extractor finds in article files, as JSON lines",
                                  description="Print one JSON object per file: title, publication date, dates, quotes and events with offsets into the body.")
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files (text or Markdown with front matter)")
    inspect.add_argument("--published", type=date.fromisoformat, metavar="YYYY-MM-DD", help="publication date to resolve relative dates against")
    resident = commands.add_parser("daemon", help="keep spaCy loaded between `extract` runs (start, stop, status)",
                                   description="A resident process that runs `extract` for this project with spaCy "
                                               "already loaded; `extract` uses it while it runs.")
    resident.add_argument("action", choices=("start", "stop", "status", "run"),
                          help="start it in the background, stop it, show it, or run it in the foreground")
    _paths(resident, corpus=False)
    resident.add_argument("--idle-minutes", type=float, default=daemon.IDLE_MINUTES, metavar="M",
                          help=f"stop after M minutes without a command (default: {daemon.IDLE_MINUTES})")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract" and args.use_daemon and not args.cluster:
        status = daemon.forward(_project(args), args)
        if status is not None:
            return status
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command in this process."""
    from .store.validate import TimelineError
    from .store.write import ConcurrentEdit, WriteRefused

    try:
        return _COMMANDS[args.command](args)
    except TimelineError as error:
        print(error, file=sys.stderr)
        print(f"{error.file}: not changed; fix the problems above and run again", file=sys.stderr)
        return 1
    except (ConcurrentEdit, WriteRefused, ModelNotInstalled, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _print_report(report) -> int:
    for line in report.messages:
        print(line)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    return 1 if report.errors else 0


def _extract(args) -> int:
    from . import pipeline

    if args.cluster is None:
        return _print_report(pipeline.extract(_project(args), jobs=args.jobs, use_cache=args.use_cache,
                                              accept_deletions=args.accept_deletions, full=args.full))
    from .extract.dask_cluster import ClusterError  # imports Dask

    try:
        return _print_report(pipeline.extract(_project(args), use_cache=args.use_cache, cluster=args.cluster,
                                              accept_deletions=args.accept_deletions, full=args.full))
    except ClusterError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _render(args) -> int:
    from . import pipeline

    return _print_report(pipeline.render(_project(args)))


def _check(args) -> int:
    from .store.validate import TimelineError, check_file

    project = _project(args)
    if not project.timeline.exists():
        raise FileNotFoundError(f"{project.timeline}: not found")
    try:
        _, problems = check_file(project.timeline, project.corpus)
    except TimelineError as error:  # not even text
        problems = error.problems
    for problem in problems:
        print(problem.format(project.timeline.name), file=sys.stderr)
    if problems:
        return 1
    print(f"{project.timeline.name}: OK")
    return 0


def _key_events(args) -> int:
    if args.start and args.end and args.start > args.end:
        print(f"error: --from {args.start} is after --to {args.end}", file=sys.stderr)
        return 2
    if not args.timeline.exists():
        raise FileNotFoundError(f"{args.timeline}: not found")
    from .rank import key_events  # imports spaCy (its stop words)
    from .store.load import load

    _, timeline = load(args.timeline)
    for day in key_events(timeline, args.dates, args.start, args.end):
        if args.json:
            print(json.dumps({"date": day.date, "summary": day.summary, "events": list(day.events), "sources": day.sources}, ensure_ascii=False))
        else:
            print(f"{day.date} ({day.sources} source{'' if day.sources == 1 else 's'}): {day.summary}")
    return 0


def _inspect(args) -> int:
    from .tools.inspect import inspect_files

    status = 0
    for line, error in inspect_files(args.files, args.published):
        if error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
        else:
            print(json.dumps(line, ensure_ascii=False))
    return status


def _daemon(args) -> int:
    project = _project(args)
    if args.action == "run":
        daemon.serve(project, run, args.idle_minutes)
        return 0
    if args.action == "start":
        try:
            running = daemon.start(project, args.idle_minutes)
        except RuntimeError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"daemon running (pid {running['pid']}); `extract` uses it, it stops after {args.idle_minutes:g} idle minutes")
        return 0
    if args.action == "stop":
        print("daemon stopped" if daemon.stop(project) else "no daemon was running")
        return 0
    running = daemon.status(project)
    if running is None:
        print("no daemon running")
        return 3
    minutes = (time.time() - running["started"]) / 60
    print(f"daemon running (pid {running['pid']}): up {minutes:.0f} min, {running['runs']} runs, peak {running['peak_mb']:.0f} MB")
    return 0


_COMMANDS = {"extract": _extract, "render": _render, "check": _check, "key-events": _key_events, "inspect": _inspect,
             "daemon": _daemon}
