"""Gold direct quotes and their speakers, derived from PolNeAR's attribution
annotations (../shared/benchmarks/polnear, README there).

Policy, stated before the code:
1. Annotations: ``<stem>_<annotator>.ann`` in brat standoff; of several
   annotators the first id in sorted order, always. Only the ``E`` lines
   (attributions) and the spans they name are read.
2. A quoted stretch is the text between a pair of double quotation marks
   (straight or curly) in one paragraph (one line of the .txt). Marks are
   told opening or closing by what stands around them (the glyph only breaks
   ties, since an opening mark is sometimes typed where the closing one
   belongs; a straight mark with space on both sides closes an open quote,
   as the extractor reads it: "… 'Oh, this is important,' " Magel said"); double marks nested in a quote stay inside it; a quote left open
   at a paragraph's end runs to that end (the next paragraph opens again).
3. A stretch is a direct quote when an attribution's Content (or Content2)
   covers at least half of its characters; of several such attributions
   (a quote inside a reported quote) the one with the shortest Content is its
   own. A stretch no Content covers is not speech (titles, slogans, scare
   quotes).
4. Its kind is ``whole`` when the attribution's Content holds nothing but
   quoted stretches, the attribution's own Source and Cue, punctuation and
   space (``"…," he said, "…"`` is two whole quotes), else ``partial``
   (quoted words inside a paraphrase).
5. Its speaker is the attribution's Source, classed by speaker_kinds.classify;
   a pronoun is resolved there too (see that module).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from speaker_kinds import Lexicon, Source, lexicon_from, resolve_sources

ROOT = Path(__file__).resolve().parent.parent
# ../shared/benchmarks/polnear beside the project (or beside the folder of a worktree).
POLNEAR = next((p / "shared" / "benchmarks" / "polnear" for p in ROOT.parents if (p / "shared" / "benchmarks" / "polnear").is_dir()),
               ROOT.parent / "shared" / "benchmarks" / "polnear")
DOUBLE_MARKS = "\"“”„"
_OPENING_GLYPHS = "“„"
_CLOSING_GLYPHS = "”"
_COVERED = 0.5  # share of a stretch's characters a Content must cover
_T_RE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.MULTILINE)
_E_RE = re.compile(r"^(E\d+)\t(.*)$", re.MULTILINE)
_TRIM = " \t\n" + DOUBLE_MARKS + "‘’'"
_END_PUNCT = ".,;:!?…—–-"


@dataclass(frozen=True)
class Attribution:
    """One ``E`` line: where its parts stand in the text (a part may be discontinuous)."""

    id: str
    content: tuple[tuple[int, int], ...]  # Content and Content2 fragments
    source: tuple[tuple[int, int], ...]  # empty for Attribution-no-source
    cue: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldQuote:
    """A quoted stretch (offsets inside the marks) and who said it.

    kind: "whole", "partial" or "not_speech". ``speaker`` is the Source as
    resolved (a name, an organisation, a description), None when no one.
    """

    start: int
    end: int
    kind: str
    attribution: str | None
    source_text: str | None
    source_kind: str  # person, pronoun, organisation, other, none
    speaker: str | None
    family: bool = False  # a surname alone, chosen among several full names of the article

    @property
    def speech(self) -> bool:
        return self.kind != "not_speech"


@dataclass(frozen=True)
class GoldArticle:
    stem: str
    text: str  # the whole .txt: offsets index it (no front matter)
    quotes: tuple[GoldQuote, ...]
    anomalies: tuple[str, ...] = ()  # marks the stretch finder could not pair


def annotation_path(folder: Path, stem: str) -> Path | None:
    """The first annotator's file for ``stem``, in sorted order of annotator id."""
    found = sorted(p for p in (folder / "attributions").glob(f"{stem}_*.ann") if p.stem.rsplit("_", 1)[0] == stem)
    return found[0] if found else None


def parse_ann(ann: str) -> list[Attribution]:
    """The attributions of a brat file (span texts, notes and other lines ignored)."""
    spans = {}
    for match in _T_RE.finditer(ann):
        pairs = [tuple(int(n) for n in part.split()) for part in match[3].strip().split(";")]
        spans[match[1]] = tuple((s, e) for s, e in pairs)
    attributions = []
    for match in _E_RE.finditer(ann):
        roles: dict[str, list[tuple[int, int]]] = {"Content": [], "Source": [], "Cue": []}
        for arg in match[2].split():
            role, _, ref = arg.partition(":")
            role = "Content" if role.startswith("Content") else role
            if role in roles and ref in spans:
                roles[role].extend(spans[ref])
        if roles["Content"]:
            attributions.append(Attribution(match[1], tuple(sorted(roles["Content"])), tuple(sorted(roles["Source"])), tuple(sorted(roles["Cue"]))))
    return attributions


def _opens(text: str, i: int, inside: bool) -> bool:
    """Whether the double mark at ``i`` opens a quote, by its neighbours first;
    on a tie by its glyph, and a straight one by whether a quote is open
    (``inside``: "… 'Oh, this is important,' " Magel said" closes)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = before.isspace() or before in "([{—–/"
    space_after = after.isspace() or (after in ".,;:!?)]}" and text[i] not in _OPENING_GLYPHS)
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return text[i] in _OPENING_GLYPHS or (text[i] == '"' and not inside and not before.isalnum())


def find_stretches(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Quoted stretches of ``text`` as (start, end) inside the marks, in order,
    and one line per mark that could not be paired."""
    stretches, problems = [], []
    left_open = False  # the paragraph before ended inside a quote
    for para in re.finditer(r"[^\n]+", text):
        depth, start = 0, None
        marks = [i for i in range(para.start(), para.end()) if text[i] in DOUBLE_MARKS]
        for n, i in enumerate(marks):
            # A closing-looking mark with nothing open is an opening one typed
            # wrong when another mark follows; the end of a quote carried over
            # from the paragraph before when none does.
            if i == para.start() or _opens(text, i, depth > 0) or (depth == 0 and n + 1 < len(marks)):
                if depth == 0:
                    start = i + 1
                depth += 1
            elif depth:
                depth -= 1
                if depth == 0:
                    stretches.append((start, i))
            elif left_open and n == 0:
                stretches.append((para.start(), i))
            else:
                problems.append(f"closing mark at {i} with no opening one")
        left_open = bool(depth)
        if depth:
            stretches.append((start, para.end()))  # runs over paragraphs
    return [(s, e) for s, e in stretches if text[s:e].strip(_TRIM + _END_PUNCT)], problems


def _overlap(a: tuple[int, int], spans) -> int:
    return sum(max(0, min(a[1], e) - max(a[0], s)) for s, e in spans)


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def _whole(text: str, attribution: Attribution, stretches: list[tuple[int, int]]) -> bool:
    """Whether the Content is nothing but quoted stretches, its Source and Cue,
    punctuation and space."""
    rest = []
    for s, e in attribution.content:
        chars = list(text[s:e])
        for other in (*stretches, *attribution.source, *attribution.cue):
            for i in range(max(s, other[0]), min(e, other[1])):
                chars[i - s] = " "
        rest.append("".join(chars))
    return not re.search(r"\w", " ".join(rest))


def gold_quotes(text: str, attributions: list[Attribution], lexicon: Lexicon | None = None, headline: bool = False) -> tuple[GoldQuote, ...]:
    """Every quoted stretch of ``text``, classed and attributed (policy above);
    ``lexicon`` as speaker_kinds.lexicon_from gives it, ``headline`` as
    speaker_kinds.resolve_sources takes it."""
    stretches, _ = find_stretches(text)
    own = []
    for stretch in stretches:
        size = stretch[1] - stretch[0]
        covering = [a for a in attributions if _overlap(stretch, a.content) >= _COVERED * size]
        own.append(min(covering, key=lambda a: (_length(a.content), a.id)) if covering else None)
    sources = resolve_sources(text, _sources(attributions), lexicon, headline)
    quotes = []
    for (start, end), attribution in zip(stretches, own):
        if attribution is None:
            quotes.append(GoldQuote(start, end, "not_speech", None, None, "none", None))
            continue
        source = sources[attribution.id]
        kind = "whole" if _whole(text, attribution, stretches) else "partial"
        quotes.append(GoldQuote(start, end, kind, attribution.id, source.text, source.kind, source.speaker, source.choices > 1))
    return tuple(quotes)


def _sources(attributions: list[Attribution]) -> list[Source]:
    return [Source(a.id, a.source) for a in attributions]


def read_pair(folder: Path, stem: str) -> tuple[str, list[Attribution]]:
    """An article's text and its first annotator's attributions."""
    text = (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    ann = annotation_path(folder, stem)
    return text, parse_ann(ann.read_text(encoding="utf-8")) if ann else []


def stems(folder: Path = POLNEAR) -> list[str]:
    return sorted(p.stem for p in (folder / "text").glob("*.txt"))


def load_gold(folder: Path = POLNEAR, only: list[str] | None = None, headline: bool = False) -> list[GoldArticle]:
    """The articles of ``folder`` (or those of ``only``), in stem order;
    ``headline``: the first gold's procedure (speaker_kinds.resolve_sources).

    Genders and first names for pronouns are learnt from every article of the folder, so an
    article's gold does not depend on which others are loaded with it.
    """
    pairs = {stem: read_pair(folder, stem) for stem in stems(folder)}
    lexicon = lexicon_from([(text, _sources(attributions)) for text, attributions in pairs.values()], headline)
    articles = []
    for stem in only or pairs:
        text, attributions = pairs[stem]
        _, problems = find_stretches(text)
        articles.append(GoldArticle(stem, text, gold_quotes(text, attributions, lexicon, headline), tuple(problems)))
    return articles
