"""What benchmarks/events.py measures on a timeline: pure functions over
``Timeline`` records (read from timeline.yml by ``load_timeline``), their
rules as named module constants, independent of the generator's own lists.

A title is checked for: too few words, a reporting verb at its end, words
dropped out of it (``DROPPED_WORD_RULES``), and being another event's title.
An event's date is checked for a number that is not a year: the expression
that dates it (its evidence's ``date_span`` in the article body) is a bare
number that the words around it make a clock time, a score, a count, an
amount, a document or street number, or that is no plausible year (below
1000, or decades after the publication date).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Callable

import yaml

from generator.extract import nlp

# --- records ---------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    source: str
    text: str
    span: tuple[int, int] | None
    date: str | None  # set where this source's date differs from the event's
    date_span: tuple[int, int] | None


@dataclass(frozen=True)
class Event:
    id: str
    date: str | None
    title: str
    people: tuple[str, ...]
    evidence: tuple[Evidence, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        """Distinct sources, in order of first evidence."""
        return tuple(dict.fromkeys(e.source for e in self.evidence))


@dataclass(frozen=True)
class Source:
    id: str
    file: str
    title: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Timeline:
    sources: dict[str, Source]
    people: dict[str, Person]
    events: tuple[Event, ...]  # those the site shows: not hidden, not off the story, not minor
    off_story: int = 0  # events marked off the story (kept in the file, not shown)
    minor: int = 0  # events marked minor (kept in the file, not shown)


def date_text(value) -> str | None:
    """A timeline date as text: PyYAML gives ``date`` for 2025-09-05, ``int``
    for 2025 or a decade (199), ``str`` for the rest (2025-09, 2025-W36,
    EDTF); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):  # before date: a subclass of it
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _span(value) -> tuple[int, int] | None:
    return (int(value[0]), int(value[1])) if isinstance(value, (list, tuple)) and len(value) == 2 else None


def timeline_from_data(data: dict) -> Timeline:
    """``Timeline`` from timeline.yml's data (fields the benchmark does not
    use are ignored, so later versions of the format still read): the
    events a reader of the site sees, and how many are off the story."""
    sources = {s["id"]: Source(s["id"], s.get("file", ""), s.get("title", ""), s.get("outlet"), date_text(s.get("published")))
               for s in data.get("sources") or []}
    people = {p["id"]: Person(p["id"], p.get("name", p["id"]), tuple(p.get("aliases") or ())) for p in data.get("people") or []}
    events = tuple(
        Event(
            id=e["id"], date=date_text(e.get("date")), title=str(e.get("title") or ""),
            people=tuple(p if isinstance(p, str) else p.get("id", "") for p in e.get("people") or ()),
            evidence=tuple(Evidence(v["source"], v.get("text", ""), _span(v.get("span")), date_text(v.get("date")), _span(v.get("date_span")))
                           for v in e.get("sources") or () if v.get("kind") != "reaction"),  # a reaction shown under it does not report it
        )
        for e in data.get("events") or [] if not e.get("hidden") and not e.get("off_story") and not e.get("minor")
    )
    marked = data.get("events") or []
    return Timeline(sources, people, events, sum(bool(e.get("off_story")) for e in marked), sum(bool(e.get("minor")) for e in marked))


def load_timeline(path: Path) -> Timeline:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: a 15,000-event file in seconds, not a minute
    return timeline_from_data(yaml.load(path.read_text(encoding="utf-8"), Loader=loader))


# --- titles ------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]", re.UNICODE)
_EDGE_PUNCT = "\"'“”‘’()[]{}.,;:!?…-–—*"

# Verbs that report speech or writing, in the forms that end a cut-off
# headline ("Washington Post reported", "Officials said"). Words that are
# mostly nouns at a title's end (report, claims, notes, states) are left out.
REPORTING_VERBS = frozenset("""
    said says say saying told tells telling added adds adding reported reporting stated stating
    announced announces announcing declared declares confirmed confirms claimed explained explains
    insisted insists warned warns asserted asserts argued argues noted stressed stresses
    emphasized emphasised emphasizes emphasises acknowledged acknowledges admitted admits
    replied replies responded responds commented comments remarked remarks disclosed discloses
    revealed reveals quoted recalled recalls predicted predicts estimated estimates indicated indicates
    suggested suggests denied denies affirmed reiterated reiterates urged urges wrote writes
    cited quoting according
""".split())

# Words a headline cannot end on: prepositions, determiners, conjunctions.
FUNCTION_WORDS = frozenset("""
    of in on at to for with by from into onto about against between among after before over under
    during through via without within than as like per upon toward towards across behind beside
    the a an this that these those its his her their our your my some any each every no
    and or but nor so yet if because while whereas although though whether
""".split()) - {"this", "these", "those", "her"}  # also pronouns: "upset by this", "met her"
# Verb and particle pairs that end a headline well ("was sworn in").
PHRASAL_ENDINGS = frozenset(("sworn in", "took over", "taken over", "handed over", "went on", "carried on", "moved in", "stepped in", "set in"))


def words(title: str) -> list[str]:
    """The title's words: whitespace-separated pieces holding a letter or digit."""
    return [w for w in title.split() if _WORD.search(w)]


def last_word(title: str) -> str:
    found = words(title)
    return found[-1].strip(_EDGE_PUNCT).casefold() if found else ""


def is_short(title: str, most: int = 3) -> bool:
    """A title of 1 to ``most`` words (an empty title is short too)."""
    return len(words(title)) <= most


def ends_in_reporting_verb(title: str) -> bool:
    return last_word(title) in REPORTING_VERBS


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # Penn tags of a finite verb


def without_verb(titles: list[str]) -> list[bool]:
    """Per title: no finite verb (a bare noun phrase such as "Iran's plan to
    install centrifuges"), by the spaCy model's tags."""
    return [not any(t.tag_ in FINITE_VERB_TAGS for t in doc) for doc in nlp.load().pipe(titles)]


def _ends_in_function_word(title: str) -> bool:
    """Lower case only ("Vitamin A" is fine); a title cut on purpose, with
    an ellipsis, is not counted."""
    found = words(title)
    if not found or title.rstrip(" ”\"'’").endswith(("…", "...")):
        return False
    word = found[-1].strip(_EDGE_PUNCT)
    if len(found) > 1 and f"{found[-2].casefold()} {word}" in PHRASAL_ENDINGS:
        return False
    return word.islower() and word in FUNCTION_WORDS


def _unbalanced(title: str) -> bool:
    pairs = (("(", ")"), ("[", "]"), ("“", "”"))
    if any(title.count(a) != title.count(b) for a, b in pairs):
        return True
    return title.count('"') % 2 == 1


# (name, test) pairs: each a sign that words were cut out of the title.
DROPPED_WORD_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("empty brackets", lambda t: bool(re.search(r"\(\s*\)|\[\s*\]|“\s*”|\"\s*\"", t))),
    ("doubled punctuation", lambda t: bool(re.search(r"[,;:]\s*[,;:.]|\s[,;:.](?:\s|$)", t))),
    ("number cut from a hyphen word", lambda t: bool(re.search(r"(?<![\w-])-[^\W\d_]", t))),
    ("possessive without its owner", lambda t: bool(re.search(r"(?:^|\s)['’]s\b", t))),
    ("ends in a function word", lambda t: _ends_in_function_word(t)),
    ("unbalanced quotes or brackets", _unbalanced),
)


def dropped_word_signs(title: str) -> list[str]:
    """Names of the ``DROPPED_WORD_RULES`` the title breaks."""
    return [name for name, test in DROPPED_WORD_RULES if test(title)]


def title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def duplicate_titles(events: tuple[Event, ...] | list[Event]) -> list[Event]:
    """Events whose title (case-folded) is also another event's title."""
    counts = Counter(title_key(e.title) for e in events)
    return [e for e in events if counts[title_key(e.title)] > 1]


# --- dates -------------------------------------------------------------------

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T[\dA-Z:.]*)?$")
_YEAR_AT_START = re.compile(r"^(\d{4})")


def _plain(value: str) -> str:
    """An EDTF value without its uncertainty marks (?, ~, %)."""
    return re.sub(r"[?~%]", "", value).strip()


def has_day(value: str | None) -> bool:
    """True for a calendar day (and for a range of days, EDTF ``a/b``, both
    ends days); False for None, years, months, weeks, seasons, decades."""
    if value is None:
        return False
    parts = _plain(value).split("/")
    return all(_DAY.match(p) for p in parts)


def year_of(value: str | None) -> int | None:
    if value is None:
        return None
    found = _YEAR_AT_START.match(_plain(value).lstrip("-"))
    return int(found.group(1)) if found else None


# Context that makes a bare number something other than a year: the word
# right before it or right after it in the article (no punctuation between).
NUMBER_NOUNS_BEFORE = frozenset("""
    resolution resolutions no no. number article articles chapter section paragraph clause flight
    room route highway road page item point camp unit lot bus
""".split())
CLOCK_AFTER = frozenset("gmt utc bst cet est edt et pt local hours hrs hr a.m. p.m. am pm o'clock".split())
CURRENCY_BEFORE = frozenset("$ us$ usd € £ ¥ dollars euros rs".split())
AMOUNT_AFTER = frozenset("""
    dollars dollar euros euro pounds yuan yen shekels dinars riyals rupees francs marks cents
    million billion thousand hundred percent per % tonnes tons barrels km kilometers kilometres
    miles meters metres feet kg kilograms points votes seats
""".split())
COUNT_AFTER = frozenset("""
    people persons men women children troops soldiers civilians policemen police officers militants
    fighters insurgents prisoners detainees refugees pilgrims students workers families houses homes
    buildings vehicles cars deaths casualties cases members delegates
    candidates voters ballots residents settlers times trucks rockets missiles shells bombs tanks
    units days weeks months years hostages victims bodies
""".split())
_ERA = frozenset("year ad bc bce ce".split())  # "the year 610", "610 AD": a year however small
_BARE_NUMBER = re.compile(r"^(?:(?:in|the|of|since|by|from|until|till|to|year|years|around|about|circa|early|late|mid)\s+)*(\d{1,4})(s)?$", re.IGNORECASE)
_CLOCK_EXPRESSION = re.compile(r"^(?:at\s+)?\d{3,4}\s*(?:gmt|utc|bst|hours|hrs|local)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"(?:a\.m\.|p\.m\.|\bam|\bpm|\bET|GMT)\s*\(\s*$")  # "10:37 a.m. (1737 in Egypt)"
_ADDRESS_AFTER = re.compile(r"^\s+(?:[A-Z][a-z]+\s+){1,2}(?:Avenue|Street|Road|Boulevard|Ave|St|Blvd)\b")
_WORD_BEFORE = re.compile(r"(?:^|\s)(\$|€|£|¥|[^\W\d_][\w.'’]*)\s*$")
_SIGN_BEFORE = re.compile(r"(?:\$|€|£|¥|US\$)$")
_WORD_AFTER = re.compile(r"^\s*(%|[^\W\d_][\w.'’]*)")
EARLIEST_YEAR = 1000  # a bare number below it is not a year (unless "the year 610", "610 AD")
LATEST_AHEAD = 100  # years after the publication date ("targets for 2050" are years)


def _word(found: re.Match | None, lower_only: bool = False) -> str:
    """The word a match found, case-folded; "" for none, or for a
    capitalised one when ``lower_only`` (a new sentence, not a unit)."""
    if not found or lower_only and not found.group(1).islower() and found.group(1) != "%":
        return ""
    word = found.group(1).casefold()
    return word if word in ("a.m.", "p.m.", "no.") else word.rstrip(".")


def _plausible_year(number: int, published_year: int | None) -> bool:
    return number >= EARLIEST_YEAR and (published_year is None or number <= published_year + LATEST_AHEAD)


def _live_blog_time(number: int, digits: str, before_text: str, after_text: str, published_year: int | None) -> bool:
    """"2051: Chris Cillizza …" opening a paragraph: a time stamp (20:51), not
    a year (a list of past years, "1979: 140m gallons", stays a year)."""
    return (len(digits) == 4 and number // 100 < 24 and number % 100 < 60 and after_text.startswith(":")
            and (before_text == "" or before_text.endswith("\n")) and published_year is not None and number > published_year)


def non_year_reason(body: str, span: tuple[int, int], published_year: int | None) -> str | None:
    """Why the date expression ``body[span]`` is a number that is not a
    year, or None when it is a year or not a bare number at all."""
    expression = body[span[0]:span[1]].strip()
    if _CLOCK_EXPRESSION.match(expression):
        return "clock time"
    found = _BARE_NUMBER.match(expression)
    if not found:
        return None
    number, digits, plural = int(found.group(1)), found.group(1), bool(found.group(2))
    before_text, after_text = body[max(0, span[0] - 40):span[0]], body[span[1]:span[1] + 40]
    before, after = _word(_WORD_BEFORE.search(before_text)), _word(_WORD_AFTER.match(after_text))
    unit_after = _word(_WORD_AFTER.match(after_text), lower_only=True)
    if plural:  # "the 1990s", "the 70s": a decade or a century ("10s of 1000s" is a count)
        return "count" if after == "of" else None
    if _SIGN_BEFORE.search(before_text):
        return "amount"
    if re.search(r"[^\W\d_]\d+[-–]?$", before_text):  # "F1780-97": a code
        return "document or other number"
    range_before = re.search(r"(\d+)\s*[-–]\s*$|(\d+):$", before_text)
    range_after = re.match(r"^\s*[-–]\s*(\d+)|^:(\d+)", after_text)
    if range_before or range_after:
        other = next(g for g in (range_before or range_after).groups() if g)
        if range_before and len(other) == 4 and _plausible_year(int(other), published_year) and (len(digits) <= 2 or _plausible_year(number, published_year)):
            return None  # a range of years: "1975-1990", "2007-09"
        if range_after and _plausible_year(number, published_year) and (len(other) <= 2 or _plausible_year(int(other), published_year)):
            return None  # "the 1987-88 crackdown", "1995-7"
        return "score or range of numbers"
    if re.match(r"^[.,]\d", after_text) or re.search(r"\d[.,]$", before_text):
        return "part of a larger number"
    if after in CLOCK_AFTER or _CLOCK_BEFORE.search(before_text) or _live_blog_time(number, digits, before_text, after_text, published_year):
        return "clock time"
    if before in CURRENCY_BEFORE or unit_after in AMOUNT_AFTER:
        return "amount"
    if before in NUMBER_NOUNS_BEFORE:
        return "document or other number"
    if unit_after in COUNT_AFTER:
        return "count"
    if _ADDRESS_AFTER.match(after_text):
        return "street number"
    if before in _ERA or after in _ERA or re.search(r"\byear\s+\d", expression, re.IGNORECASE):
        return None
    if not _plausible_year(number, published_year):
        return "implausible year"
    return None


def dating_evidence(event: Event) -> list[Evidence]:
    """The evidence whose date expression gives the event its date (those
    without a date of their own, which would differ from the event's)."""
    return [e for e in event.evidence if e.date_span is not None and (e.date is None or e.date == event.date)]


@dataclass(frozen=True)
class NonYear:
    event: Event
    evidence: Evidence
    expression: str
    reason: str


def non_year_date(event: Event, body_of: Callable[[str], str | None], published_year: Callable[[str], int | None]) -> NonYear | None:
    """The number that dates ``event`` if it is not a year, else None.

    Args:
        body_of: source id → article body (None if unreadable).
        published_year: source id → its publication year.
    """
    if event.date is None:
        return None
    for evidence in dating_evidence(event):
        body = body_of(evidence.source)
        if body is None:
            continue
        reason = non_year_reason(body, evidence.date_span, published_year(evidence.source))
        if reason:
            return NonYear(event, evidence, body[evidence.date_span[0]:evidence.date_span[1]], reason)
    return None  # an event dated with no date span is not judged


# --- people ------------------------------------------------------------------


def read_name_list(path: Path) -> dict[str, set[str]]:
    """Names from a hand-kept list, one a line, case-folded, by the input a
    ``[input]`` line names ("" for names before any such line); ``#``
    starts a comment."""
    lists: dict[str, set[str]] = {"": set()}
    section = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name.startswith("[") and name.endswith("]"):
            section = name[1:-1].strip()
            lists.setdefault(section, set())
        elif name:
            lists[section].add(name.casefold())
    return lists


def names_for(lists: dict[str, set[str]], input_name: str) -> set[str]:
    """The names that hold for ``input_name``: its section's, those of a
    section it extends ("news" for "news 1st half"), and the global ones."""
    return set().union(*(names for section, names in lists.items()
                         if section in ("", input_name) or input_name.startswith(section + " ")))


def not_people(timeline: Timeline, names: set[str]) -> list[Person]:
    """The timeline's people whose name is on the not-a-person list."""
    return [p for p in timeline.people.values() if p.name.casefold() in names]


def events_of(timeline: Timeline, person_ids: set[str]) -> list[Event]:
    return [e for e in timeline.events if person_ids.intersection(e.people)]


# --- happenings --------------------------------------------------------------


@dataclass(frozen=True)
class Happening:
    """One real happening: evidence matching ``pattern``, on one of ``days``."""

    name: str
    days: tuple[str, ...]
    pattern: re.Pattern


@dataclass(frozen=True)
class HappeningCount:
    happening: Happening
    events: tuple[Event, ...]  # matching, dated on one of its days (or a date containing it)
    biggest_sources: int
    sources_naming: int  # distinct sources with matching evidence in those events
    elsewhere: int  # matching events dated otherwise (another day, undated)


def date_contains(coarse: str | None, day: str) -> bool:
    """Whether the date ``coarse`` is ``day`` (YYYY-MM-DD), a time of that
    day, its ISO week or its month (a year is too coarse to tell)."""
    if coarse is None:
        return False
    plain = re.sub(r"T.*$", "", _plain(coarse))
    week = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", plain)
    if week:
        iso = date.fromisoformat(day).isocalendar()
        return (iso.year, iso.week) == (int(week.group(1)), int(week.group(2)))
    return bool(re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", plain)) and day.startswith(plain)


def count_happening(happening: Happening, events: tuple[Event, ...] | list[Event]) -> HappeningCount:
    matching = [e for e in events if any(happening.pattern.search(v.text) for v in e.evidence)]
    on_date = tuple(e for e in matching if any(date_contains(e.date, day) for day in happening.days))
    naming = {v.source for e in on_date for v in e.evidence if happening.pattern.search(v.text)}
    return HappeningCount(happening, on_date, max((len(e.sources) for e in on_date), default=0), len(naming), len(matching) - len(on_date))


def read_happenings(path: Path) -> list[Happening]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    happenings = []
    for item in data:
        days = item["date"] if isinstance(item["date"], list) else [item["date"]]
        happenings.append(Happening(item["name"], tuple(date_text(d) for d in days), re.compile(item["pattern"])))
    return happenings


# --- grades ------------------------------------------------------------------

# "usable", then the faults in the order a grader tries them (the first that
# applies is the grade): is it a happening, worth a line, not there already,
# headed right, dated right.
GRADES = ("usable", "not_a_happening", "trivia", "duplicate", "garbled_title", "wrong_date", "no_event")  # no_event: re-grades only


def grade_summary(grades: dict[str, str]) -> dict[str, tuple[int, float]]:
    """Each grade's count and share of ``grades`` (event id → grade), in
    ``GRADES`` order.

    Raises:
        ValueError: a grade not in ``GRADES`` (named with its event).
    """
    unknown = {k: v for k, v in grades.items() if v not in GRADES}
    if unknown:
        raise ValueError("unknown grades: " + ", ".join(f"{k}: {v!r}" for k, v in unknown.items()) + f" (expected one of {', '.join(GRADES)})")
    counts = Counter(grades.values())
    total = len(grades) or 1
    return {g: (counts[g], 100 * counts[g] / total) for g in GRADES}
