"""Command line: ``python -m generator extract|render|check|inspect``.

A thin layer: parse arguments, call one library function, print its report,
and turn a library error into one line per problem and a non-zero exit.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import pipeline
from .check import TimelineError, check_file
from .nlp import ModelNotInstalled
from .timeline_file import ConcurrentEdit


def _paths(parser: argparse.ArgumentParser, corpus: bool = True, timeline: bool = True, out: bool = False) -> None:
    if corpus:
        parser.add_argument("--corpus", type=Path, default=Path("corpus"), help="folder of articles (default: corpus/)")
    if timeline:
        parser.add_argument("--timeline", type=Path, default=Path("timeline.yml"), help="the timeline file (default: timeline.yml)")
    if out:
        parser.add_argument("--out", type=Path, default=Path("site_src"), help="MkDocs docs folder to write pages into (default: site_src/)")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Turn news articles into an annotated timeline site.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract = commands.add_parser("extract", help="extract events, quotes and people from the corpus into timeline.yml",
                                  description="Extract the corpus and merge the result into timeline.yml, keeping every hand edit.")
    _paths(extract)
    extract.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="parse articles in N processes (default: 1)")
    extract.add_argument("--no-cache", dest="use_cache", action="store_false",
                         help=f"parse every article again, ignoring and not updating the cache in {pipeline.CACHE_DIR}/")
    render = commands.add_parser("render", help="write the site's Markdown pages from timeline.yml",
                                 description="Render timeline.yml into Markdown pages under site_src/.")
    _paths(render, out=True)
    check = commands.add_parser("check", help="validate timeline.yml and report every problem with its line",
                                description="Validate timeline.yml against its schema, its ids and its sources' text.")
    _paths(check)
    inspect = commands.add_parser("inspect", help="print what the extractor finds in article files, as JSON lines",
                                  description="Print one JSON object per file: title, publication date, dates, quotes and events with offsets into the body.")
    inspect.add_argument("files", nargs="+", type=Path, metavar="FILE", help="article files (text or Markdown with front matter)")
    inspect.add_argument("--published", type=date.fromisoformat, metavar="YYYY-MM-DD", help="publication date to resolve relative dates against")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except TimelineError as error:
        print(error, file=sys.stderr)
        print(f"{error.file}: not changed; fix the problems above and run again", file=sys.stderr)
        return 1
    except (ConcurrentEdit, ModelNotInstalled, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


def _print_report(report: pipeline.Report) -> int:
    for line in report.messages:
        print(line)
    for line in report.errors:
        print(f"error: {line}", file=sys.stderr)
    return 1 if report.errors else 0


def _extract(args) -> int:
    return _print_report(pipeline.extract(args.corpus, args.timeline, jobs=args.jobs, use_cache=args.use_cache))


def _render(args) -> int:
    return _print_report(pipeline.render(args.timeline, args.corpus, args.out))


def _check(args) -> int:
    if not args.timeline.exists():
        raise FileNotFoundError(f"{args.timeline}: not found")
    _, problems = check_file(args.timeline, args.corpus)
    for problem in problems:
        print(problem.format(args.timeline.name), file=sys.stderr)
    if problems:
        return 1
    print(f"{args.timeline.name}: OK")
    return 0


def _inspect(args) -> int:
    from .inspect import inspect_files

    status = 0
    for line, error in inspect_files(args.files, args.published):
        if error:
            print(f"error: {error}", file=sys.stderr)
            status = 1
        else:
            print(json.dumps(line, ensure_ascii=False))
    return status


_COMMANDS = {"extract": _extract, "render": _render, "check": _check, "inspect": _inspect}
