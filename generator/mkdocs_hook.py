"""MkDocs hook: render the timeline's pages in memory on every build.

``mkdocs build`` and ``mkdocs serve`` read timeline.yml themselves, so there
is no render step to remember. Pages are added as generated files (MkDocs
1.6), not written into the docs folder, which would retrigger ``serve``. A
broken timeline fails ``build`` with the problem's line; ``serve`` shows it
as the home page and keeps serving until the next good save.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from generator import pipeline
from generator.check import TimelineError
from generator.corpus import article_paths
from generator.render import GENERATED_DIRS, HOME, render_site

log = logging.getLogger("mkdocs.hooks.timeline")
_state = {"command": "build", "announced": None}


def on_startup(command: str, dirty: bool) -> None:
    _state["command"] = command


def _paths(config) -> tuple[Path, Path]:
    root = Path(config.config_file_path).parent
    return root / "timeline.yml", root / "corpus"


def on_files(files: Files, config) -> Files:
    timeline_path, corpus = _paths(config)
    try:
        timeline = pipeline.load_timeline(timeline_path, corpus)
        pages = render_site(timeline, pipeline.articles_of(timeline, corpus))
        _announce_new_articles(timeline, corpus)
    except (TimelineError, FileNotFoundError) as error:
        if _state["command"] != "serve":
            raise PluginError(str(error)) from None
        log.error(str(error))
        pages = {HOME: _error_page(str(error))}
    for file in list(files):
        if file.src_uri in pages or file.src_uri.split("/", 1)[0] in GENERATED_DIRS:
            files.remove(file)  # stale copies written by `generator render`
    for path, text in pages.items():
        files.append(File.generated(config, path, content=text))
    return files


def _announce_new_articles(timeline, corpus: Path) -> None:
    known = {s.file for s in timeline.sources}
    new = sorted(p.relative_to(corpus).as_posix() for p in article_paths(corpus) if p.relative_to(corpus).as_posix() not in known)
    if new and new != _state["announced"]:
        # A warning would fail `mkdocs build --strict`; the server says it louder.
        say = log.warning if _state["command"] == "serve" else log.info
        say(f"{len(new)} new article{'s' if len(new) != 1 else ''} in corpus/ not in timeline.yml: run `python -m generator extract`")
    _state["announced"] = new


def _error_page(message: str) -> str:
    lines = "\n".join(f"    {line}" for line in message.splitlines())
    return (
        "# timeline.yml has problems\n\n"
        "The site is not rebuilt until they are fixed; save the file again to reload.\n\n"
        f"{lines}\n"
    )
