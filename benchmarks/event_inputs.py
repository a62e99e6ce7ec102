"""The inputs of benchmarks/events.py: which articles, and their timelines as
today's generator extracts them (through its CLI, cached under
``.cache/bench/events/``).

The news input is one story chosen by a stated rule (``NEWS_RULE``), not by
hand: the first ``NEWS_ARTICLES`` articles of ``../shared/benchmarks/news/``
in name order whose title or text names a place of the region in
``REGION_PLACES``. Its first and second halves (name order) are extracted as
inputs of their own: the first half is the one errors are read from, the
second is held out.

Each Timeline17 topic's corpus is one input as it stands.

The polnear input is held out as a whole (nobody reads its errors; totals
only): ``POLNEAR_RULE``, the ``POLNEAR_ARTICLES`` articles of PolNeAR's 840
(``../shared/benchmarks/polnear/``, the 2016 US election, Nov 2015–Sep 2016)
whose file stem has the smallest sha256 hex digest, each written as a
Markdown article: front matter from ``metadata.tsv`` (title; published =
publication_date; outlet = the publisher's name, ``PUBLISHERS``), body the
text's lines after its title (the lines before the first blank one), a
blank line between them. It is measured only when named (``--inputs
polnear``).
"""
from __future__ import annotations

import csv
import hashlib
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the project (a worktree one level deeper finds it too).
SHARED = next((p / "shared" / "benchmarks" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "benchmarks").is_dir()),
              ROOT.parent / "shared" / "benchmarks")
NEWS = SHARED / "news"
T17 = SHARED / "timeline17"
T17_TOPICS = ("bpoil", "H1N1", "Finan", "MJ", "EgyptianProtest")
POLNEAR = SHARED / "polnear"
CACHE = ROOT / ".cache" / "bench" / "events"
JOBS = 2

NEWS_ARTICLES = 300
# Iraq, Iran, Israel–Palestine, Lebanon, with Jordan and Syria around them:
# countries, their people, capitals and the towns the 2005–2006 news names.
# Matched as whole words, case-sensitive, a plural "s" allowed. The corpus
# holds 308 such articles; about 280 name the region in their first
# paragraph or more than once, so a single mention has to count to reach 300.
REGION_PLACES = (
    "Iraq", "Iraqi", "Baghdad", "Basra", "Mosul", "Fallujah", "Ramadi", "Tikrit", "Kirkuk", "Najaf", "Karbala",
    "Tal Afar", "Sadr City",
    "Iran", "Iranian", "Tehran",
    "Israel", "Israeli", "Jerusalem", "Tel Aviv", "Haifa", "Palestine", "Palestinian", "Gaza", "West Bank",
    "Rafah", "Ramallah", "Nablus", "Hebron", "Jenin", "Bethlehem",
    "Lebanon", "Lebanese", "Beirut", "Sidon", "Tyre",
    "Jordan", "Jordanian", "Amman", "Syria", "Syrian", "Damascus", "Golan",
)
NEWS_RULE = (f"the first {NEWS_ARTICLES} articles of ../shared/benchmarks/news/ in name order whose title or text "
             f"names one of {len(REGION_PLACES)} places of Iraq, Iran, Israel–Palestine, Lebanon, Jordan and Syria "
             "(benchmarks/event_inputs.py: REGION_PLACES)")
POLNEAR_ARTICLES = 300
POLNEAR_RULE = (f"the {POLNEAR_ARTICLES} of the 840 articles of ../shared/benchmarks/polnear/ whose file stem has "
                "the smallest sha256 hex digest (benchmarks/event_inputs.py: polnear_selection)")
PUBLISHERS = {  # metadata.tsv's publisher → the outlet's name
    "breitbart": "Breitbart", "huff-post": "Huffington Post", "nyt": "New York Times", "politico": "Politico",
    "usa-today": "USA Today", "wash-post": "Washington Post", "west-journal": "Western Journalism",
}
_REGION = re.compile(r"\b(?:%s)s?\b" % "|".join(map(re.escape, REGION_PLACES)))
_FRONT_END = re.compile(r"^---[ \t]*$\n?", re.MULTILINE)


@dataclass(frozen=True)
class Input:
    """One benchmark input: a corpus folder and where its timeline goes."""

    name: str
    corpus: Path
    folder: Path  # holds timeline.yml (and the generator's files beside it)

    @property
    def timeline(self) -> Path:
        return self.folder / "timeline.yml"


def split_article(raw: str) -> tuple[dict, str]:
    """An article file's front matter fields and body, the body as the
    generator cuts it (offsets in timeline.yml index into it)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.startswith("---\n"):
        return {}, raw
    closing = _FRONT_END.search(raw, 4)
    if closing is None:
        return {}, raw
    fields = yaml.safe_load(raw[4:closing.start()]) or {}
    return (fields if isinstance(fields, dict) else {}), raw[closing.end():]


def about_region(raw: str) -> bool:
    fields, body = split_article(raw)
    return bool(_REGION.search(str(fields.get("title") or "")) or _REGION.search(body))


def news_selection(folder: Path = NEWS, count: int = NEWS_ARTICLES) -> list[Path]:
    """The news articles of the one story (``NEWS_RULE``), in name order."""
    chosen = []
    for path in sorted(p for p in folder.glob("*.md") if not p.name.startswith("README")):
        if about_region(path.read_text(encoding="utf-8")):
            chosen.append(path)
            if len(chosen) == count:
                return chosen
    raise SystemExit(f"{folder}: only {len(chosen)} articles about the region, {count} wanted")


def lay_out(corpus: Path, files: dict[str, bytes]) -> Path:
    """``corpus`` holding exactly ``files`` (name → content), laid anew
    unless it already does."""
    if {p.name: p.read_bytes() for p in corpus.glob("*") if p.is_file()} != files:
        shutil.rmtree(corpus, ignore_errors=True)
        corpus.mkdir(parents=True)
        for name, content in files.items():
            (corpus / name).write_bytes(content)
    return corpus


def news_inputs() -> list[Input]:
    """All the news articles, their first half and their second half."""
    chosen = news_selection()
    half = len(chosen) // 2
    parts = (("news", chosen), ("news 1st half", chosen[:half]), ("news 2nd half", chosen[half:]))
    inputs = []
    for name, paths in parts:
        folder = CACHE / "news" / name.replace(" ", "-")
        inputs.append(Input(name, lay_out(folder / "corpus", {p.name: p.read_bytes() for p in paths}), folder))
    return inputs


def polnear_selection(folder: Path = POLNEAR, count: int = POLNEAR_ARTICLES) -> list[dict[str, str]]:
    """The metadata rows of the chosen PolNeAR articles (``POLNEAR_RULE``), in stem order."""
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as rows:
        every = list(csv.DictReader(rows, delimiter="\t"))
    chosen = sorted(every, key=lambda row: hashlib.sha256(row["filename"].encode("utf-8")).hexdigest())[:count]
    return sorted(chosen, key=lambda row: row["filename"])


def polnear_article(row: dict[str, str], text: str) -> str:
    """A PolNeAR article as Markdown with front matter: its metadata, and its
    text's lines after the title as paragraphs."""
    lines = text.replace("\r\n", "\n").split("\n")
    after_title = lines[lines.index(""):] if "" in lines else []
    fields = {"title": row["title"], "outlet": PUBLISHERS[row["publisher"]], "published": row["publication_date"]}
    front = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{front}---\n" + "\n\n".join(line.strip() for line in after_title if line.strip()) + "\n"


def polnear_input(folder: Path = POLNEAR) -> Input:
    """The polnear input: the chosen articles written as Markdown (``polnear_article``)."""
    files = {f"{row['filename']}.md": polnear_article(row, (folder / "text" / f"{row['filename']}.txt").read_text(encoding="utf-8")).encode("utf-8")
             for row in polnear_selection(folder)}
    return Input("polnear", lay_out(CACHE / "polnear" / "corpus", files), CACHE / "polnear")


def t17_inputs(topics: tuple[str, ...] = T17_TOPICS) -> list[Input]:
    return [Input(f"T17 {topic}", T17 / topic / "corpus", CACHE / "t17" / topic) for topic in topics]


def seed_input() -> Input:
    return Input("seeds", ROOT / "corpus", CACHE / "seeds")


def generator_stamp() -> str:
    """A hash of the source and data files of the generator package that
    extraction runs (``python -m generator`` in ``ROOT``: this checkout's,
    even where another is installed in the environment): a timeline
    extracted by other code is extracted again."""
    folder = ROOT / "generator"
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".json", ".txt", ".tsv"):
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def ensure_extracted(item: Input, shared_cache: Path | None = None, quiet: bool = False) -> Path:
    """Extract ``item`` with today's generator unless its timeline is the
    current code's output for the current articles; a fresh timeline every
    time (no earlier output to merge with), the per-article cache reused.

    ``shared_cache`` (another input's folder) lends its per-article cache:
    the halves of the news input parse nothing the whole did not.
    """
    stamp = generator_stamp() + " " + hashlib.sha256("\n".join(sorted(p.name for p in item.corpus.iterdir())).encode()).hexdigest()[:16]
    stamp_file = item.folder / "stamp"
    if item.timeline.exists() and stamp_file.exists() and stamp_file.read_text() == stamp:
        return item.timeline
    item.folder.mkdir(parents=True, exist_ok=True)
    if shared_cache is not None and not (item.folder / ".cache").exists():
        (shared_cache / ".cache").mkdir(parents=True, exist_ok=True)
        (item.folder / ".cache").symlink_to((shared_cache / ".cache").resolve(), target_is_directory=True)
    for name in ("timeline.yml", "timeline.generated.yml", "stamp"):
        (item.folder / name).unlink(missing_ok=True)
    if not quiet:
        print(f"extracting {item.name} into {item.timeline.relative_to(ROOT)} …", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "generator", "extract", "--corpus", str(item.corpus),
                    "--timeline", str(item.timeline), "--jobs", str(JOBS), "--no-daemon"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    stamp_file.write_text(stamp)
    return item.timeline
