"""Read corpus articles: which files are articles, their front matter, and
the metadata their text states (``html.py`` reads saved web pages); which
blocks are story text is ``blocks.py``'s to say, so nothing is extracted
from the others.

A file that is empty, larger than ``MAX_FILE_BYTES`` or whose article text
is longer than ``MAX_BODY_CHARS`` is skipped with a warning
(``ArticleSkipped``), so that one file never stops the corpus; so is a page
of a web crawl that is no news report (``not_reports.py``). Readers'
comments under a report are set aside with a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import yaml

from .. import model as m
from .. import yaml_load
from ..extract.timex import find_full_dates
from .blocks import byline_fields, classify_blocks, collapse_space, first_block_text, without_furniture
from .html import NoArticleText, read_page
from .not_reports import not_a_report

HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt", *HTML_SUFFIXES)
FRONT_MATTER_KEYS = {"title", "outlet", "author", "published", "url"}
# Extraction takes time in proportion to an article's length (about as long
# as parsing it, some 5 s per 100 KB here): beyond these a file is skipped.
MAX_BODY_CHARS = 2_000_000  # twice the longest book-length report one would feed it
MAX_FILE_BYTES = 20_000_000  # a saved page's markup included
MAX_BLOCK_CHARS = 1_000_000  # spaCy parses no longer text (Language.max_length)
OPENING_TITLE_CHARS = 100  # as Timeline17 cut its titles


class ArticleError(ValueError):
    """An article that cannot be read; the message names file and line."""


class ArticleSkipped(ArticleError):
    """A file left out with a warning (empty, too long): not an error."""


@dataclass(frozen=True)
class _FrontMatter:
    fields: dict
    body_offset: int  # where the body starts in the raw text
    body_line: int  # 1-based line number where the body starts


def read_corpus(folder: Path) -> tuple[list[m.Article], list[str]]:
    """Read every article under ``folder``, in path order.

    Returns the articles and one error line per article that could not be read;
    a bad article is skipped, the rest are still returned.
    """
    articles, errors = [], []
    for path in article_paths(folder):
        try:
            articles.append(read_article(path, folder))
        except ArticleSkipped:
            continue
        except ArticleError as error:
            errors.append(str(error))
    return articles, errors


def article_paths(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith((".", "README")))


def read_or_none(corpus: Path, file: str) -> m.Article | None:
    """The corpus article ``file`` (a path relative to ``corpus``), or None
    when it is missing or cannot be read."""
    try:
        return read_article(corpus / file, corpus)
    except (OSError, ValueError):
        return None


def body_reader(corpus: Path) -> Callable[[str], str | None]:
    """A function giving the body of a corpus file, or None when it cannot be
    read (what validation checks spans against)."""
    def source_text(file: str) -> str | None:
        article = read_or_none(corpus, file)
        return article.body if article else None
    return source_text


def read_article(path: Path, folder: Path | None = None, published: date | None = None) -> m.Article:
    """Read one article file; ``published`` overrides any date the file gives."""
    name = path.relative_to(folder).as_posix() if folder else path.as_posix()
    return decode_article(name, path.read_bytes(), published)


def decode_article(name: str, raw: bytes, published: date | None = None) -> m.Article:
    """Parse an article file's bytes (UTF-8 text, or a saved HTML page in
    any encoding it declares) into an ``Article``.

    Raises:
        ArticleSkipped: the file is empty or too long (a warning).
        ArticleError: it cannot be read.
    """
    if len(raw) > MAX_FILE_BYTES:
        raise ArticleSkipped(f"{name}: skipped: {len(raw):,} bytes, over the {MAX_FILE_BYTES:,} an article may have")
    if not raw.strip():
        raise ArticleSkipped(f"{name}: skipped: the file is empty")
    if name.lower().endswith(HTML_SUFFIXES):
        try:
            fields, body = read_page(raw)
        except NoArticleText as error:
            raise ArticleSkipped(f"{name}: skipped: {error}") from None
        return _article(name, fields, body, published, "page")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    # As read_text() would: universal newlines; and no byte-order mark (Windows editors write one).
    return parse_article(name, text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"), published)


def parse_article(name: str, raw: str, published: date | None = None) -> m.Article:
    """Parse an article's raw text (front matter optional) into an ``Article``."""
    front = _front_matter(name, raw)
    return _article(name, front.fields, raw[front.body_offset:], published, "front matter")


def _article(name: str, fields: dict, body: str, published: date | None, declared: str) -> m.Article:
    """An ``Article`` of a body and the fields its file declares (front matter
    or a page's metadata), completed by what the body states."""
    if not body.strip():
        raise ArticleSkipped(f"{name}: skipped: no article text")
    if len(body) > MAX_BODY_CHARS:
        raise ArticleSkipped(f"{name}: skipped: {len(body):,} characters of text, over the {MAX_BODY_CHARS:,} an article may have")
    declared_title = without_furniture(fields["title"]) if fields.get("title") else None
    blocks = classify_blocks(body, declared_title)
    if (longest := max((b.end - b.start for b in blocks), default=0)) > MAX_BLOCK_CHARS:
        raise ArticleSkipped(f"{name}: skipped: a paragraph of {longest:,} characters, over the {MAX_BLOCK_CHARS:,} the parser takes")
    if page := not_a_report(body, blocks):
        raise ArticleSkipped(f"{name}: skipped: not a news report but {page}")
    warnings = []
    if comments := [b for b in blocks if b.kind == m.COMMENTS]:
        opening = collapse_space(body[comments[0].start:comments[0].end])
        warnings.append(f"{name}: readers' comments set aside: {len(comments)} paragraphs from “{opening[:60]}{'…' if len(opening) > 60 else ''}”")

    title = declared_title or first_block_text(body, blocks, m.TITLE) or (fields.get("title") and _opening_words(body, blocks)) or Path(name).stem
    byline = byline_fields(body, blocks)
    outlet = fields.get("outlet") or byline.get("outlet")
    author = fields.get("author") or byline.get("author")

    basis = "none"
    if published is not None:
        basis = "override"
    elif fields.get("published"):
        published, basis = fields["published"], declared
    elif byline.get("date"):
        published, basis = byline["date"], "byline"
    else:
        caption_dates = [d for b in blocks if b.kind == m.CAPTION for d in find_full_dates(body[b.start:b.end])]
        if caption_dates:
            published, basis = max(caption_dates), "caption"
            warnings.append(f"{name}: publication date {published.isoformat()} inferred from a photo caption")
    if published is None:
        warnings.append(f"{name}: no publication date found; relative dates stay unresolved")
    return m.Article(
        file=name, body=body, title=collapse_space(title), outlet=outlet, author=author,
        published=published, published_basis=basis, url=fields.get("url"),
        blocks=tuple(blocks), warnings=tuple(warnings),
    )


def _opening_words(body: str, blocks: list[m.Block]) -> str | None:
    """The story's first words as a title (up to ``OPENING_TITLE_CHARS``), for
    an article whose declared title was all page furniture."""
    text = collapse_space(next((body[b.start:b.end] for b in blocks if b.kind in m.EXTRACTED_KINDS), ""))
    if len(text) <= OPENING_TITLE_CHARS:
        return text or None
    return text[:OPENING_TITLE_CHARS].rsplit(" ", 1)[0] + "…"


def _front_matter(name: str, raw: str) -> _FrontMatter:
    if not raw.startswith("---\n") and not raw.startswith("---\r\n"):
        return _FrontMatter({}, 0, 1)
    closing = re.search(r"^---[ \t]*\r?$\n?", raw[4:], re.MULTILINE)
    if closing is None:
        raise ArticleError(f"{name}:1: front matter opened with '---' is never closed")
    text = raw[4:4 + closing.start()]
    body_offset = 4 + closing.end()
    try:
        data = yaml_load.load(text) or {}
    except yaml.YAMLError as error:
        # Where an unclosed bracket or quote opened says more than where the text ended.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(error, "problem", None) or str(error)
        raise ArticleError(f"{name}:{line}: front matter is not valid YAML: {problem}") from None
    if not isinstance(data, dict):
        raise ArticleError(f"{name}:2: front matter must be a mapping of fields, got {type(data).__name__}")
    fields = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS or value in (None, ""):
            continue
        if key == "published":
            value = _front_matter_date(name, raw, value)
        elif key == "url" and not re.match(r"^https?://", str(value)):
            raise ArticleError(f"{name}:{_line_of(raw, key)}: url: expected an http(s) URL, got {value!r}")
        else:
            value = str(value).strip()
        fields[key] = value
    return _FrontMatter(fields, body_offset, raw[:body_offset].count("\n") + 1)


def _front_matter_date(name: str, raw: str, value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        found = find_full_dates(str(value))
        if found:
            return found[0]
    # A day that is no date (2025-02-30) is left as text by the YAML loader.
    problem = "no such date" if re.fullmatch(r"\d{4}-\d\d?-\d\d?", str(value).strip()) else "expected YYYY-MM-DD"
    raise ArticleError(f"{name}:{_line_of(raw, 'published')}: published: {problem}, got {value!r}")


def _line_of(raw: str, key: str) -> int:
    match = re.search(rf"^{key}\s*:", raw, re.MULTILINE)
    return raw[:match.start()].count("\n") + 1 if match else 1
