"""Read corpus articles: front matter, metadata the text states, and which
blocks are story text and which are boilerplate (titles, bylines, captions,
share bars), so nothing is extracted from the latter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import yaml

from .. import model as m
from ..extract.timex import find_full_dates
from ..store import yaml_load

ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
FRONT_MATTER_KEYS = {"title", "outlet", "author", "published", "url"}

# A byline such as "WorldView · Ann Nyambura · September 6, 2025".
_BYLINE_RE = re.compile(r"^(?P<outlet>[^·•|]{2,60}?)\s*[·•|]\s*(?P<author>[^·•|]{2,80}?)\s*[·•|]\s*(?P<date>[^·•|]{6,40})$")
_BY_RE = re.compile(r"^By\s+(?P<author>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&))*)\s*$")
_LABELS = {"in summary", "summary", "key points", "highlights", "advertisement", "listen to this article"}
_BOILERPLATE_RE = re.compile(
    r"^(?:enjoyed this (?:story|article)\??.*|share (?:this|it)\b.*|stay bold\. stay informed\.?|"
    r"be the first to know\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|read more\b.*|"
    r"click here\b.*|related(?: articles| stories)?:?|copyright\b.*|©.*|all rights reserved\.?)$",
    re.IGNORECASE,
)
# Lines after which nothing is story text.
_TRAILER_RE = re.compile(r"^(?:join the conversation|tags:?|related (?:articles|stories)|more from .*|comments)$", re.IGNORECASE)
_CREDIT_MAX_WORDS = 4
_CREDIT_RE = re.compile(r"\b(?:Reuters|AP|AFP|EPA|Getty|Images?|Photo|Pictures?|Shutterstock|Alamy|Xinhua|TASS|Sputnik|Anadolu|Bloomberg|Credit|Courtesy|File)\b|/")


class ArticleError(ValueError):
    """An article that cannot be read; the message names file and line."""


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
    """Parse an article file's bytes (UTF-8) into an ``Article``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ArticleError(f"{name}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    # As read_text() would: universal newlines.
    return parse_article(name, text.replace("\r\n", "\n").replace("\r", "\n"), published)


def parse_article(name: str, raw: str, published: date | None = None) -> m.Article:
    """Parse an article's raw text (front matter optional) into an ``Article``."""
    front = _front_matter(name, raw)
    body = raw[front.body_offset:]
    fields = front.fields
    blocks = classify_blocks(body, fields.get("title"))
    warnings = []

    title = fields.get("title") or _first_of(body, blocks, m.TITLE) or Path(name).stem
    byline = _byline(body, blocks)
    outlet = fields.get("outlet") or byline.get("outlet")
    author = fields.get("author") or byline.get("author")

    basis = "none"
    if published is not None:
        basis = "override"
    elif fields.get("published"):
        published, basis = fields["published"], "front matter"
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
        file=name, body=body, title=_clean(title), outlet=outlet, author=author,
        published=published, published_basis=basis, url=fields.get("url"),
        blocks=tuple(blocks), warnings=tuple(warnings),
    )


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
    raise ArticleError(f"{name}:{_line_of(raw, 'published')}: published: expected YYYY-MM-DD, got {value!r}")


def _line_of(raw: str, key: str) -> int:
    match = re.search(rf"^{key}\s*:", raw, re.MULTILINE)
    return raw[:match.start()].count("\n") + 1 if match else 1


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _first_of(body: str, blocks: list[m.Block], kind: str) -> str | None:
    return next((body[b.start:b.end] for b in blocks if b.kind == kind), None)


def _byline(body: str, blocks: list[m.Block]) -> dict:
    for block in blocks:
        if block.kind != m.BYLINE:
            continue
        line = body[block.start:block.end].strip()
        if match := _BYLINE_RE.match(line):
            dates = find_full_dates(match["date"])
            return {"outlet": match["outlet"].strip(), "author": match["author"].strip(), "date": dates[0] if dates else None}
        if match := _BY_RE.match(line):
            return {"author": match["author"].strip()}
    return {}


def _split_blocks(body: str) -> list[tuple[int, int]]:
    """Paragraphs of ``body`` as (start, end); a paragraph whose lines include a
    header or boilerplate line is split into its lines."""
    spans = []
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", body):
        lines = [(line.start(), line.end()) for line in re.finditer(r"[^\n]*\S[^\n]*", para.group(0))]
        lines = [(para.start() + s, para.start() + e) for s, e in lines]
        texts = [body[s:e].strip() for s, e in lines]
        credit_below = len(texts) > 1 and _is_credit(texts[-1], texts[-2])
        if len(lines) > 1 and (credit_below or any(_line_kind(t) for t in texts)):
            spans.extend(lines)
        else:
            start, end = lines[0][0], lines[-1][1]
            spans.append((start, end))
    return [(s + len(body[s:e]) - len(body[s:e].lstrip()), e - (len(body[s:e]) - len(body[s:e].rstrip()))) for s, e in spans]


def _line_kind(line: str) -> str | None:
    """The kind of a line that is never story text, or None."""
    if _BYLINE_RE.match(line) and find_full_dates(line) or _BY_RE.match(line):
        return m.BYLINE
    if line.lower().rstrip(":") in _LABELS:
        return m.LABEL
    if _BOILERPLATE_RE.match(line) or _TRAILER_RE.match(line):
        return m.BOILERPLATE
    return None


def _is_credit(line: str, above: str | None = None) -> bool:
    """A photo credit ("Reuters", "AFP/Getty Images") under a caption.

    A short capitalized line alone could be a subheading, so it counts as a
    credit only when it names a picture agency or the line above it is dated.
    """
    words = line.split()
    if not (0 < len(words) <= _CREDIT_MAX_WORDS and line[0].isupper() and line[-1] not in ".!?”\":;,"):
        return False
    if _TRAILER_RE.match(line) or _line_kind(line):
        return False
    return bool(_CREDIT_RE.search(line)) or (above is not None and bool(find_full_dates(above)))


def classify_blocks(body: str, title: str | None = None) -> list[m.Block]:
    """Split ``body`` into blocks and say what each one is."""
    spans = _split_blocks(body)
    kinds: list[str] = []
    seen_text: set[str] = set()
    trailer = False
    after_label = False
    for index, (start, end) in enumerate(spans):
        line = body[start:end].strip()
        norm = _clean(line).lower()
        kind = _line_kind(line)
        if trailer or _TRAILER_RE.match(line):
            trailer, kind = True, m.BOILERPLATE
        elif index == 0 and title is None and len(line.split()) <= 30 and line[-1] not in ".!?":
            kind, title = m.TITLE, line
        elif kind is None and title is not None and norm == _clean(title).lower():
            kind = m.TITLE
        elif kind is None and norm in seen_text:
            kind = m.DUPLICATE
        elif kind is None and index + 1 < len(spans) and _is_credit(body[spans[index + 1][0]:spans[index + 1][1]].strip(), line):
            kind = m.CAPTION
        elif kind is None and kinds and kinds[-1] == m.CAPTION:
            kind = m.CREDIT
        elif kind is None and (after_label or (index > 0 and kinds[-1] in (m.TITLE, m.BYLINE) and _same_paragraph(body, spans[index - 1], (start, end)))):
            kind = m.SUMMARY
        kind = kind or m.BODY
        after_label = kind == m.LABEL
        if kind in m.EXTRACTED_KINDS:
            seen_text.add(norm)
        kinds.append(kind)
    return [m.Block(s, e, k) for (s, e), k in zip(spans, kinds)]


def _same_paragraph(body: str, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """True when two blocks are lines of one paragraph (no blank line between)."""
    return body[previous[1]:current[0]].count("\n") == 1
