"""Validate ``timeline.yml``: every problem at once, each with its line.

Three layers: YAML syntax (PyYAML's marks give line and column), the JSON
Schema (``generator/timeline.schema.json``, which every timeline.yml names on
its first line; unknown keys get a did-you-mean), and what a schema cannot
say: duplicate and unknown ids, impossible dates, and spans that no longer
match their source's text.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import fastjsonschema
import yaml

from .. import yaml_load
from ..model import dates, edtf_values
from . import layout
from .found_spans import find_span
from .plain import plain

if TYPE_CHECKING:
    import jsonschema

DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-Qn"
EDTF_FORMS = "a range 2003/2006, open 2014/.., approximate 2003~, uncertain 2003?, a decade 199X"
_PATTERN_MESSAGES = {"date": DATE_FORMS, "published": "YYYY-MM-DD", "url": "an http(s) URL"}


@dataclass(frozen=True, order=True)
class Problem:
    line: int
    column: int
    path: str
    message: str
    shown: str = ""  # the line as written, and a caret under the spot (YAML mistakes)

    def format(self, file: str) -> str:
        where = f"{file}:{self.line}:{self.column}" if self.column else f"{file}:{self.line}"
        text = f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"
        return f"{text}\n{self.shown}" if self.shown else text


class TimelineError(ValueError):
    """A timeline file that does not parse or validate; ``str()`` lists every problem."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file, self.problems = file, problems
        super().__init__("\n".join(p.format(file) for p in problems))


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resources.files("generator").joinpath("timeline.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _is_valid() -> Callable[[dict], object]:
    """The schema compiled to Python by fastjsonschema: it tells a valid
    timeline from an invalid one ~20 times faster than jsonschema (0.16 s
    against 2.9 s for 6,000 events), which then names every problem."""
    return fastjsonschema.compile(schema())


def validate(text: str, source_text: Callable[[str], str | None] | None = None,
             already_read: dict[str, dict[str, dict]] | None = None) -> tuple[dict | None, list[Problem]]:
    """Parse and validate a timeline's text.

    Args:
        text: the file's content.
        source_text: gives the body of a corpus file (by its ``file`` field),
            or None when it cannot be read; spans are checked against it.
        already_read: the entries of a text the generator wrote, by their
            text (``layout.entries_by_text``), valid plain data; those still
            there are not parsed, nor checked against the schema, again.

    Returns:
        The plain data (None when it does not parse) and the sorted problems.
    """
    known: set[int] = set()
    try:
        data = layout.read_by_entry(text, already_read, parse) if already_read else None
        if data is None:
            data = parse(text)
        elif isinstance(data, dict):
            known = layout.reused(already_read)
    except yaml.YAMLError as error:
        return None, [yaml_problem(text, error)]
    # Nodes carry the line numbers; composed only when there is a problem to place.
    root = cache(lambda: yaml_load.compose(text))
    if data is None or not isinstance(data, dict):
        return None, [Problem(1, 0, "", "expected a mapping with title, sources, people and events")]
    problems = []
    try:
        # The schema judges each entry alone: entries valid when read before need no new look.
        _is_valid()(layout.without(data, known) if known else data)
    except fastjsonschema.JsonSchemaException:
        import jsonschema  # only to name the problems: 50 ms of import every run is spared

        problems = [_schema_problem(root(), error) for error in jsonschema.Draft202012Validator(schema()).iter_errors(data)]
    if not problems:
        problems = _consistency(root, data, source_text)
    return data, sorted(set(problems))


# PyYAML's problems in plain words, by the start of its wording; where the
# mistake is: the problem's mark, or where the quote or bracket was opened.
_PLAIN_WORDS = (
    ("expected <block end>", "problem", "this line is indented differently from the lines above it: "
                                        "line it up with the other fields of its entry (spaces, not tabs)"),
    ("mapping values are not allowed", "problem", "a second 'key:' on one line, or a line indented too far: "
                                                  "line it up with the other fields of its entry, or put the text in quotes"),
    ("found character '\\t'", "problem", "a tab: indent with spaces"),
    ("found unexpected end of stream", "context", "this quotation mark is never closed"),
    ("expected ',' or ']'", "context", "this '[' is never closed with ']'"),
    ("expected ',' or '}'", "context", "this '{' is never closed with '}'"),
    ("could not find expected ':'", "context", "expected 'field: value' on this line"),
    ("expected <block mapping start>", "problem", "expected 'field: value' on this line"),
    ("found undefined alias", "problem", "'*' starts a reference to an '&' anchor that is not defined: put the text in quotes"),
)


def yaml_problem(text: str, error: yaml.YAMLError) -> Problem:
    """A YAML syntax error as a problem at the line that is wrong, in plain
    words, with that line shown and the spot marked."""
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    words = next((w for w in _PLAIN_WORDS if problem.startswith(w[0])), None)
    marks = [getattr(error, "problem_mark", None), getattr(error, "context_mark", None)]
    if words and words[1] == "context":
        marks.reverse()
    mark = next((m for m in marks if m is not None), None)
    message = words[2] if words else f"{problem} ({error.context})" if getattr(error, "context", None) else problem
    if mark is None:
        return Problem(1, 0, "", f"not valid YAML: {message}")
    lines = text.splitlines()
    shown = ""
    if mark.line < len(lines):
        line = lines[mark.line].replace("\t", " ")
        shown = f"    {line}\n    {' ' * mark.column}^"
    return Problem(mark.line + 1, mark.column + 1, "", f"not valid YAML: {message}", shown)


def source_problems(text: str, data: dict, source_text: Callable[[str], str | None]) -> list[Problem]:
    """The problems of ids, dates and spans in ``data``, already parsed from
    ``text`` and valid against the schema (its lines are composed only
    when there is a problem to place)."""
    return sorted(set(_consistency(cache(lambda: yaml_load.compose(text)), data, source_text)))


def parse(text: str):
    """YAML text as plain data, dates as the strings they were written as."""
    return plain(yaml_load.load(text), numbers_as_written=True)


def _path_text(path) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _node_at(root: yaml.Node, path) -> yaml.Node:
    node = root
    for part in path:
        if isinstance(node, yaml.MappingNode):
            found = next((v for k, v in node.value if k.value == part), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            found = node.value[part]
        else:
            found = None
        if found is None:
            break
        node = found
    return node


def _key_node(root: yaml.Node, path, key: str) -> yaml.Node:
    node = _node_at(root, path)
    if isinstance(node, yaml.MappingNode):
        return next((k for k, _ in node.value if k.value == key), node)
    return node


def _schema_problem(root: yaml.Node, error: jsonschema.ValidationError) -> Problem:
    path = list(error.absolute_path)
    node = _node_at(root, path)
    line = node.start_mark.line + 1
    if error.validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed))
        key = extra[0]
        line = _key_node(root, path, key).start_mark.line + 1
        guess = difflib.get_close_matches(key, allowed, n=1)
        hint = f" (did you mean '{guess[0]}'?)" if guess else f" (expected one of: {', '.join(allowed)})"
        return Problem(line, 0, _path_text(path), f"unknown key '{key}'{hint}")
    if error.validator == "required":
        return Problem(line, 0, _path_text(path), error.message.replace("is a required property", "is missing"))
    if error.validator == "pattern":
        expected = _PATTERN_MESSAGES.get(path[-1] if path else "", "an id of lowercase letters, digits and dashes")
        return Problem(line, 0, _path_text(path), f"expected {expected}, got {error.instance!r}")
    return Problem(line, 0, _path_text(path), error.message)


def _consistency(root: Callable[[], yaml.Node], data: dict, source_text) -> list[Problem]:
    problems: list[Problem] = []

    def report(path, message):
        problems.append(Problem(_node_at(root(), path).start_mark.line + 1, 0, _path_text(path), message))

    ids: dict[str, set[str]] = {}
    for section in ("sources", "people", "organisations", "events"):
        seen: set[str] = set()
        for index, item in enumerate(data.get(section) or []):
            if item["id"] in seen:
                report([section, index, "id"], f"duplicate id '{item['id']}'")
            elif section == "organisations" and item["id"] in ids["people"]:
                report([section, index, "id"], f"id '{item['id']}' is a person's too: people and organisations share one set of ids")
            seen.add(item["id"])
        ids[section] = seen
    # An event or quote may name either kind of entity: an editor who moves one
    # from people to organisations (or back) need not edit every event.
    ids["entities"] = ids["people"] | ids["organisations"]
    bodies = {s["id"]: (source_text(s["file"]) if source_text else None) for s in data.get("sources") or []}
    for index, source in enumerate(data.get("sources") or []):
        if source_text and bodies[source["id"]] is None:
            report(["sources", index, "file"], f"file '{source['file']}' not found in the corpus")
        if source.get("published") and dates.parse_point(str(source["published"])) is None:
            report(["sources", index, "published"], f"expected YYYY-MM-DD, got {source['published']!r}: no such date")

    def check_ref(path, value, section, noun):
        if value is not None and value not in ids[section]:
            guess = difflib.get_close_matches(value, sorted(ids[section]), n=1)
            report(path, f"unknown {noun} id '{value}'" + (f" (did you mean '{guess[0]}'?)" if guess else ""))

    def check_span(path, item, exact: bool):
        body = bodies.get(item["source"])
        if body is not None and (problem := _span_problem(item, body, exact)) is not None:
            report(path + [problem[0]], problem[1])

    for index, event in enumerate(data.get("events") or []):
        base = ["events", index]
        value = event.get("date")
        if value is not None and dates.parse_point(str(value)) is None:
            report(base + ["date"], f"expected {DATE_FORMS}, got {value!r}: no such date")
        if (problem := edtf_problem(event.get("edtf"), value)) is not None:
            report(base + ["edtf"], problem)
        for n, person in enumerate(event.get("people") or []):
            check_ref(base + ["people", n], person, "entities", "person")
        for n, organisation in enumerate(event.get("organisations") or []):
            check_ref(base + ["organisations", n], organisation, "entities", "organisation")
        for n, evidence in enumerate(event.get("sources") or []):
            check_ref(base + ["sources", n, "source"], evidence["source"], "sources", "source")
            check_span(base + ["sources", n], evidence, exact=True)
            if evidence.get("date") is not None and dates.parse_point(str(evidence["date"])) is None:
                report(base + ["sources", n, "date"], f"expected {DATE_FORMS}, got {evidence['date']!r}: no such date")
            date_span = evidence.get("date_span")
            if date_span and "span" in evidence and not evidence["span"][0] <= date_span[0] <= date_span[1] <= evidence["span"][1]:
                report(base + ["sources", n, "date_span"], f"date_span {list(date_span)} is not inside the evidence span {list(evidence['span'])}")
        for n, quote in enumerate(event.get("quotes") or []):
            for path, q in [(base + ["quotes", n], quote)] + [(base + ["quotes", n, "variants", k], v) for k, v in enumerate(quote.get("variants") or [])]:
                check_ref(path + ["speaker"], q.get("speaker"), "entities", "person or organisation")
                check_ref(path + ["source"], q["source"], "sources", "source")
                check_span(path, q, exact=False)
    return problems


def _span_problem(item: dict, body: str, exact: bool) -> tuple[str, str] | None:
    """The field and the problem of an evidence or quote whose ``span`` (or,
    for hand-made evidence, ``text``) does not fit its source's ``body``."""
    if "span" not in item:
        if find_span(body, item["text"]) is None:
            return "text", f"text not found in source '{item['source']}': quote it word for word as the article writes it"
        return None
    start, end = item["span"]
    if not 0 <= start <= end <= len(body):
        return "span", f"span [{start}, {end}] is outside the source text ({len(body)} characters)"
    found = body[start:end]
    parts = [item["text"]] if exact else item["text"].split(" … ")
    if not all(" ".join(p.split()) in " ".join(found.split()) for p in parts):
        return "span", f"span [{start}, {end}] no longer matches its text: the source says {found[:60]!r}"
    return None


_SPAN_PATH = re.compile(r"events\[(\d+)\]\.(sources|quotes)\[(\d+)\](?:\.variants\[(\d+)\])?\.(?:span|text)$")


def kept_span_problems(problems: list[Problem], current: dict, result: dict) -> list[Problem]:
    """The problems of spans (and evidence texts) in ``current`` whose item is
    still in ``result``, the data about to be written over it: a span the
    generator replaces is no problem, one a person keeps is."""
    events = current.get("events") or []
    kept = []
    for problem in problems:
        found = _SPAN_PATH.match(problem.path)
        if not found:
            continue
        event, field, index, variant = found.groups()
        item = events[int(event)][field][int(index)]
        item = item["variants"][int(variant)] if variant is not None else item
        if item in _items(result, events[int(event)]["id"]):
            kept.append(problem)
    return kept


def _items(data: dict, event_id: str) -> list[dict]:
    event = next((e for e in data.get("events") or [] if e.get("id") == event_id), {})
    quotes = event.get("quotes") or []
    return (event.get("sources") or []) + quotes + [v for q in quotes for v in q.get("variants") or []]


def edtf_problem(value, timex) -> str | None:
    """What is wrong with an event's EDTF value, if anything: it must read
    as EDTF and share a day with the event's TIMEX3 date."""
    if value is None:
        return None
    if edtf_values.span(str(value)) is None:
        return f"expected an EDTF date ({EDTF_FORMS}), got {value!r}"
    if not edtf_values.agrees(str(value), None if timex is None else str(timex)):
        return f"edtf {str(value)!r} and date {str(timex)!r} share no day: change both, or remove edtf"
    return None


def check_file(path: Path, corpus: Path | None = None) -> tuple[dict | None, list[Problem]]:
    """Validate a timeline file, checking spans against the corpus when given."""
    from ..read.corpus import body_reader

    return validate(read_text(path), body_reader(corpus) if corpus is not None else None)


def read_text(path: Path) -> str:
    """A timeline file's text.

    Raises:
        TimelineError: it is not UTF-8 (the line of the first bad byte).
    """
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[:error.start].count(b"\n") + 1
        raise TimelineError(path.name, [Problem(line, 0, "", f"not UTF-8 text ({error.reason} at byte {error.start}): save it as UTF-8")]) from None
