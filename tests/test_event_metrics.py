"""The rules benchmarks/events.py measures timelines by, on tiny hand-made
timelines (titles and sentences taken from real news output)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import event_inputs  # noqa: E402
import event_metrics as m  # noqa: E402
import events as bench  # noqa: E402


def event(id="e", date=None, title="Title", people=(), evidence=()):
    return m.Event(id, date, title, tuple(people), tuple(evidence))


def evidence(source="s1", text="", span=None, date=None, date_span=None):
    return m.Evidence(source, text, span, date, date_span)


@pytest.mark.parametrize("title, expected", [
    ("Election", True),
    ("Parliamentary election ( )", True),
    ("Washington Post reported", True),
    ("", True),
    ("Israel opens Rafah crossing", False),
    ("Pierre Gemayel shot dead in Beirut", False),
])
def test_short_titles(title, expected):
    assert m.is_short(title) is expected


@pytest.mark.parametrize("title, expected", [
    ("Washington Post reported", True),
    ("Its army chief of staff said", True),
    ("Mark Furlong was quoted as saying", True),
    ("Reported", True),
    ("Israel opens Rafah crossing to Palestinians", False),
    ("Troops leave the United States", False),  # "states": a noun, not on the list
    ("Pierre Gemayel: “a cowardly act”", False),
])
def test_titles_ending_in_a_reporting_verb(title, expected):
    assert m.ends_in_reporting_verb(title) is expected


@pytest.mark.parametrize("title, expected", [  # titles of the news dev half
    ("Israel's decision to begin work on a new Jewish settlement at Abu Ghneim in disputed east Jerusalem", True),
    ("Attacks by Palestinian militants to coincide with the Jewish Passover holidays", True),
    ("Election for a transitional parliament", True),
    ("Bomb attacks on three hotels in Jordan", True),
    ("Iraq issues fresh call for lifting of UN sanctions", False),
    ("Israel mulls plan to protect Palestinian laborers from closures", False),
    ("Major petrochemical complex opens in Iran", False),
    ("Israel opens Rafah crossing to Palestinians", False),
])
def test_titles_without_a_verb(title, expected):
    assert m.without_verb([title]) == [expected]


@pytest.mark.parametrize("title, signs", [
    ("Kadima ( )", ["empty brackets"]),
    ("International Atomic Energy Agency ( ) found Iran in non-compliance", ["empty brackets"]),
    ("Championship, , began", ["doubled punctuation"]),
    ("The HAMAS representative in Amman , said", ["doubled punctuation"]),
    ("Abductions of Japanese nationals including a -old girl", ["number cut from a hyphen word"]),
    ("'s first Kurdish head of state said", ["possessive without its owner"]),
    ("The army sent in", ["ends in a function word"]),
    ("The Senate voted in favor of a gradual lifting of UN sanctions against", ["ends in a function word"]),
    ('Rashid Kidwai said the controversy snowballed through "inept handling', ["unbalanced quotes or brackets"]),
    ("A Greek Orthodox turned An-Nahar ( into a tribunal", ["unbalanced quotes or brackets"]),
    # negative cases
    ("Ibrahim Jaafari was sworn in", []),
    ("Kanafani: “We are extremely upset by this”", []),
    ("Scott McClellan: “It's clear this attack is intended to intimidate those in…”", []),
    ("Invading US-led troops ousted Saddam", []),
    ("Israel's Likud suffers a new blow", []),
    ("Plan A", []),
    ("Pierre Gemayel shot dead in Beirut", []),
])
def test_titles_with_dropped_words(title, signs):
    assert m.dropped_word_signs(title) == signs


def test_duplicate_titles_are_case_folded_and_every_copy_counts():
    events = [event("a", title="Election"), event("b", title="election"), event("c", title=" ELECTION "),
              event("d", title="Israel opens Rafah crossing")]
    assert [e.id for e in m.duplicate_titles(events)] == ["a", "b", "c"]


def span_of(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


@pytest.mark.parametrize("body, expression, expected", [
    ("Resolution 1636 adopted by the UN Security Council on Monday", "1636", "document or other number"),
    ("in accordance with UN resolution 1701 which brokered a truce", "1701", "document or other number"),
    ("the curfew began at 8:00 p.m. (1700 GMT) Thursday", "1700", "clock time"),
    ("the curfew began at 1700 GMT Thursday", "1700 GMT", "clock time"),
    ("Tajikistan drew 2-2 with Iran", "2", "score or range of numbers"),
    ("some 2000 troops were sent", "2000", "count"),
    ("it cost 1950 dollars", "1950", "amount"),
    ("a budget of $1999 was set", "1999", "amount"),
    ("the 1,700 people", "700", "part of a larger number"),
    ("carbon-dated to between 1260 and 1390", "1260", None),  # a year, however long ago
    ("the latest in 25 attacks", "25", "implausible year"),
    ("in the year 610 of the Common Era", "the year 610", None),
    ("the curfew began at 1700 BST", "1700", "clock time"),
    ("(Updated 10:37 a.m. (1737 in Egypt))", "1737", "clock time"),
    ("heading for 1600 Pennsylvania Avenue", "1600", "street number"),
    ("the ASTM F1780-97 methodology", "97", "document or other number"),
    ("Tajikistan drew 2-2 with Iran in the 1st round", "1st", None),
    ("the recession in 2007-09 shifted", "09", None),
    ("the BSE scare of 1995-7", "1995", None),
    ("1979: 140m gallons were spilt", "1979", None),
    ("Spanish flu in 1918, killed perhaps 50 million people", "1918", None),
    ("abductions in the 70s", "the 70s", None),
    ("An explosion there in 2005 killed 15 people", "2005", None),
    ("In 1918 Children would skip-rope to this rhyme.", "1918", None),
    ("targets for the decades around 2050", "around 2050", None),
    ("Obama spoke.\n\n2051: Chris Cillizza, The Fix", "2051", "clock time"),
    ("to search the 10s of 1000s of people", "the 10s", "count"),
    # years
    ("ousted in 2003", "2003", None),
    ("its 1975-1990 civil war", "1975", None),
    ("killed in the 1987-88 crackdown", "1987", None),
    ("abductions in the 1970s", "the 1970s", None),
    ("Euro 2004 runners-up Portugal", "2004", None),
    ("on Monday", "Monday", None),
    ("the 2006 elections", "2006", None),
])
def test_numbers_that_are_not_years(body, expression, expected):
    assert m.non_year_reason(body, span_of(body, expression), published_year=2005) == expected


def test_an_event_dated_by_a_resolution_number():
    body = "Watt saw UN-Lebanese cooperation strengthened under Resolution 1636, he said."
    dated = event("x", "1636", "UN-Lebanese cooperation strengthened",
                  evidence=[evidence(text=body, span=(0, len(body)), date_span=span_of(body, "1636"))])
    found = m.non_year_date(dated, lambda source: body, lambda source: 2005)
    assert (found.reason, found.expression) == ("document or other number", "1636")
    # An event dated with no date span is not judged.
    assert m.non_year_date(event("y", "1700", "8:00 p.m. ( )", evidence=[evidence()]), lambda s: "", lambda s: 2005) is None
    assert m.non_year_date(event("z", "2005-11-25", "Rafah crossing opens", evidence=[evidence()]), lambda s: "", lambda s: 2005) is None
    assert m.non_year_date(event("u", None, "Undated"), lambda s: "", lambda s: 2005) is None


@pytest.mark.parametrize("value, expected", [
    ("2005-11-25", True), ("2005-11-25TAF", True), ("2005-11-25?", True), ("2005-09-01/2005-09-05", True),
    ("2005-11", False), ("2005-W47", False), ("2005", False), ("199", False), ("2005-11~", False), (None, False),
])
def test_has_day(value, expected):
    assert m.has_day(value) is expected


@pytest.mark.parametrize("value, expected", [
    (date(2005, 9, 5), "2005-09-05"), (2025, "2025"), (199, "199"), ("2025-09", "2025-09"), (None, None), ("", None),
])
def test_dates_as_pyyaml_gives_them(value, expected):
    assert m.date_text(value) == expected


@pytest.mark.parametrize("coarse, expected", [
    ("2005-11-25", True), ("2005-11-25TAF", True), ("2005-11", True), ("2005-W47", True),
    ("2005-W48", False), ("2005", False), ("2005-11-26", False), (None, False),
])
def test_date_contains(coarse, expected):
    assert m.date_contains(coarse, "2005-11-25") is expected  # a Friday of ISO week 47


def test_a_happening_split_into_events():
    rafah = m.Happening("Rafah crossing opens", ("2005-11-25",), __import__("re").compile(r"Rafah[^.]{0,80}open"))
    events = [
        event("a", "2005-11-25", evidence=[evidence("afp", "The Rafah crossing opened on Friday."), evidence("xin", "Rafah crossing opens.")]),
        event("b", "2005-11", evidence=[evidence("xin2", "since Rafah reopened late last month")]),
        event("c", "2004-11-25", evidence=[evidence("xin3", "Rafah will be re-opened as of Nov. 25")]),
        event("d", None, evidence=[evidence("afp2", "Rafah is open to traffic.")]),
        event("e", "2005-11-25", evidence=[evidence("afp3", "Abbas met Mubarak.")]),
    ]
    found = m.count_happening(rafah, events)
    assert [e.id for e in found.events] == ["a", "b"]
    assert (found.biggest_sources, found.sources_naming, found.elsewhere) == (2, 3, 2)


def test_timeline_from_data_and_people_who_are_not_people(tmp_path):
    data = {
        "sources": [{"id": "s1", "file": "a.md", "title": "A", "published": date(2005, 11, 25)}],
        "people": [{"id": "rafah-crossing", "name": "Rafah Crossing"}, {"id": "ehud-olmert", "name": "Ehud Olmert", "aliases": ["Olmert"]}],
        "events": [
            {"id": "e1", "date": date(2005, 11, 25), "title": "Crossing", "people": ["rafah-crossing"],
             "sources": [{"source": "s1", "text": "t", "span": [0, 1], "date_span": [0, 1]}, {"source": "s1", "text": "u", "span": [2, 3]}]},
            {"id": "e2", "date": 2005, "title": "Ehud Olmert visits Cairo", "people": ["ehud-olmert"], "sources": []},
        ],
    }
    timeline = m.timeline_from_data(data)
    assert timeline.sources["s1"].published == "2005-11-25"
    assert [e.date for e in timeline.events] == ["2005-11-25", "2005"]
    assert timeline.events[0].sources == ("s1",)  # two sentences, one source
    names = tmp_path / "not_people.txt"
    names.write_text("Minister\n[news]\n# places\nRafah Crossing  # a border crossing\n\nTal Afar\n[T17 bpoil]\nAlex\n", encoding="utf-8")
    lists = m.read_name_list(names)
    assert lists == {"": {"minister"}, "news": {"rafah crossing", "tal afar"}, "T17 bpoil": {"alex"}}
    assert m.names_for(lists, "news 1st half") == {"minister", "rafah crossing", "tal afar"}
    assert m.names_for(lists, "T17 MJ") == {"minister"}
    fake = m.not_people(timeline, m.names_for(lists, "news"))
    assert [p.id for p in fake] == ["rafah-crossing"]
    assert [e.id for e in m.events_of(timeline, {p.id for p in fake})] == ["e1"]


def test_grade_summary():
    summary = m.grade_summary({"a": "usable", "b": "usable", "c": "garbled_title", "d": "trivia"})
    assert summary["usable"] == (2, 50.0)
    assert summary["garbled_title"] == (1, 25.0)
    assert summary["wrong_date"] == (0, 0.0)
    with pytest.raises(ValueError, match="e: 'good'"):
        m.grade_summary({"e": "good"})


def test_the_sample_depends_on_the_seed_and_the_events_not_their_order():
    events = tuple(event(f"e{i:03d}") for i in range(200))
    loaded = lambda evs: bench.Loaded(event_inputs.Input("x", Path("."), Path(".")), m.Timeline({}, {}, evs))  # noqa: E731
    first = [e.id for e in bench.sample(loaded(events), 50, 14)]
    assert first == [e.id for e in bench.sample(loaded(tuple(reversed(events))), 50, 14)]
    assert first != [e.id for e in bench.sample(loaded(events), 50, 15)]
    assert len(set(first)) == 50


@pytest.mark.parametrize("raw, fields, body", [
    ('---\ntitle: "A"\npublished: "2005-11-25"\n---\nBody text.\n', {"title": "A", "published": "2005-11-25"}, "Body text.\n"),
    ("No front matter.\r\nSecond line.", {}, "No front matter.\nSecond line."),
])
def test_article_body_as_the_generator_cuts_it(raw, fields, body):
    assert event_inputs.split_article(raw) == (fields, body)


@pytest.mark.parametrize("raw, expected", [
    ('---\ntitle: "Rafah crossing opens"\n---\nGaza, Friday.', True),
    ("---\ntitle: Markets\n---\nThe Israeli shekel rose.", True),
    ("---\ntitle: Markets\n---\nMalaysian shares fell.", False),
    ("---\ntitle: Markets\n---\nIranians voted.", True),  # a plural "s" counts
    ("---\ntitle: Markets\n---\nThe tyre factory closed.", False),  # case-sensitive
])
def test_news_rule(raw, expected):
    assert event_inputs.about_region(raw) is expected


POLNEAR_FIXTURE = ROOT / "tests" / "fixtures" / "polnear_events"  # two real PolNeAR articles outside the chosen 300


@pytest.mark.parametrize("stem, title, outlet, published, first, paragraphs", [
    # a title of two lines (title; subtitle) in the text, one line in metadata.tsv
    ("usa-today_2016-07-15_ginsburg-apologizes-for-trump-co",
     "Ginsburg apologizes for Trump comments; Justice vows to be 'more circumspect' with her opinions",
     "USA Today", date(2016, 7, 15), "Ruth Bader Ginsburg regrets her insults of Donald Trump.", 7),
    ("breitbart_2016-06-04_darrell-scott-you-find-me-an-abe",
     "Darrell Scott: ‘You Find Me an Aberration Because I’m Black and I Support Trump!’",
     "Breitbart", date(2016, 6, 4), "From\xa0Josh Feldman writing at Mediaite:", 5),  # a no-break space, as written
])
def test_a_polnear_article_as_the_generator_reads_it(stem, title, outlet, published, first, paragraphs):
    from generator.read.corpus import parse_article
    [row] = [r for r in event_inputs.polnear_selection(POLNEAR_FIXTURE) if r["filename"] == stem]
    text = (POLNEAR_FIXTURE / "text" / f"{stem}.txt").read_text(encoding="utf-8")
    article = parse_article(f"{stem}.md", event_inputs.polnear_article(row, text))
    assert (article.title, article.outlet, article.published) == (title, outlet, published)
    assert article.body.split("\n\n")[0] == first
    assert len(article.body.strip().split("\n\n")) == paragraphs


def test_the_polnear_rule_takes_the_smallest_sha256_of_the_stem():
    # sha256: breitbart_2016-06-04_darrell… 6545d78c…, usa-today_2016-07-15_ginsburg… 81879618…
    assert [r["filename"] for r in event_inputs.polnear_selection(POLNEAR_FIXTURE, count=1)] == [
        "breitbart_2016-06-04_darrell-scott-you-find-me-an-abe"]
    assert len(event_inputs.polnear_selection(POLNEAR_FIXTURE)) == 2


def test_a_corpus_is_laid_anew_only_when_its_files_differ(tmp_path):
    corpus = tmp_path / "corpus"
    event_inputs.lay_out(corpus, {"a.md": b"A", "b.md": b"B"})
    kept = (corpus / "a.md").stat().st_ino
    event_inputs.lay_out(corpus, {"a.md": b"A", "b.md": b"B"})
    assert (corpus / "a.md").stat().st_ino == kept
    event_inputs.lay_out(corpus, {"a.md": b"A2"})
    assert {p.name: p.read_bytes() for p in corpus.iterdir()} == {"a.md": b"A2"}
