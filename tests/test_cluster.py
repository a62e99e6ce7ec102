"""Which mentions are one happening (combine/cluster.py), on real Xinhua
reports of November 2005 extracted by the real model, and the rules it goes
by (classes of happening, the date vote, titles) as tables."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from conftest import ARTICLES

from generator.combine.assemble import assemble
from generator.combine.dating import event_date
from generator.combine.event_classes import event_classes, related
from generator.combine.titles import distinct_titles, flaws
from generator.extract.article import extract_articles
from generator.model import REACTION, Event, EventMention, Sourced
from generator.read.corpus import read_corpus

AMMAN = ("happening_amman_bombings_iraq_condemns.md", "happening_amman_bombings_king_speaks.md",
         "happening_amman_bombings_syria_condoles.md")
BAGHDAD = ("happening_baghdad_roadside_bombs_monday.md", "happening_baghdad_car_bomb_tuesday.md")


@pytest.fixture(scope="module")
def timeline(nlp, tmp_path_factory):
    folder = tmp_path_factory.mktemp("happenings")
    for name in AMMAN + BAGHDAD:
        (folder / name).write_bytes((ARTICLES / name).read_bytes())
    articles, errors = read_corpus(folder)
    assert errors == []
    return assemble(list(extract_articles(articles, nlp)))


def _events_with(timeline, words: str) -> list[Event]:
    return [e for e in timeline.events if any(words in v.text for v in e.sources)]


def test_one_bombing_reported_by_three_articles_is_one_event(timeline):
    bombing = [e for e in timeline.events if e.date and e.date.startswith("2005-11-09")]
    assert len(bombing) == 1
    assert bombing[0].source_count == 3


def test_reactions_hang_under_the_happening_they_answer(timeline):
    """Iraq's condemnation and Syria's cable of condolences answer the
    bombing: their sentences are its evidence, and neither is an event."""
    bombing = next(e for e in timeline.events if e.date.startswith("2005-11-09"))
    told = lambda words: [e for e in timeline.events if any(words in v.text for v in e.sources)]  # noqa: E731
    assert told("Iraq condemned on Thursday") == [bombing]
    assert told("Ottri on Thursday sent a cable of condolences") == [bombing]
    assert not bombing.title.startswith(("Iraq condemned", "Syrian Prime Minister"))
    # Talabani's sentence only reacts; Iraq's and Ottri's also tell the bombing ("the terrorist acts that rocked three hotels")
    kinds = {v.text: v.kind for v in bombing.sources}
    assert kinds["Iraqi president Jalal Talabani also condemned the bombings."] == REACTION
    assert [k for t, k in kinds.items() if "Ottri" in t] == [None]
    assert bombing.source_count == 3  # the three articles report it (each also reacts)
    # King Abdullah's quoted word ("blackmailed") stays his quote, never part of another's reaction.
    speakers = {q.speaker for e in timeline.events for q in e.quotes if "blackmail" in q.text}
    assert speakers and all(s and "abdullah" in s for s in speakers)


def test_two_bombings_in_baghdad_on_different_days_stay_apart(timeline):
    monday = [e for e in timeline.events if e.date == "2005-11-14"]
    tuesday = [e for e in timeline.events if e.date == "2005-11-15"]
    assert monday and tuesday
    assert not {e.id for e in monday} & {e.id for e in tuesday}


def test_a_sentence_feeds_one_event_per_happening(timeline):
    fed = {}
    for event in timeline.events:
        for evidence in event.sources:
            fed.setdefault((evidence.source, evidence.span), []).append(event.date)
    for dated in fed.values():
        assert len(dated) == len(set(dated))  # two events of one sentence are two dates, two happenings


def test_no_event_is_left_undated(timeline):
    assert all(e.date for e in timeline.events)
    reported = [e for e in timeline.events if e.date_basis == "reported"]
    assert all(e.date in ("2005-11-10", "2005-11-14", "2005-11-15") for e in reported)


@pytest.mark.parametrize("headline, classes", [
    ("Three suicide bombing attacks on three hotels in the Jordanian capital of Amman", {"attack"}),
    ("A car bomb attacked a Iraqi police patrol", {"attack"}),
    ("Pierre Gemayel shot dead in Beirut", {"killing"}),
    ("Iraqis voted for a full-term parliament", {"election"}),
    ("Amir Peretz elected Labour leader", {"election"}),
    ("Iraq condemned the three suicide bombing attacks", {"condemnation", "attack"}),
    ("The trial of Hussein was adjourned until Wednesday", {"trial"}),
    ("Cate Blanchett led a group of Australian celebrities", set()),
])
def test_classes_of_happening(headline, classes):
    assert event_classes(headline) == classes


@pytest.mark.parametrize("a, b, expected", [
    ("Three deadly bombings ripped through three hotels", "The attack killed at least 57 people", True),
    ("Gunmen ambushed an Iraqi army patrol", "Two soldiers were killed", True),
    ("Hamas scored a resounding victory in local elections", "The trial of Hussein was adjourned", False),
    ("Cate Blanchett led a group", "The trial of Hussein was adjourned", None),
])
def test_related_classes(a, b, expected):
    assert related(event_classes(a), event_classes(b)) is expected


def _sourced(source: str, order: int, date_value: str | None, basis: str = "text", published: date | None = None) -> Sourced:
    mention = EventMention(date=date_value, date_text=None, date_basis=basis, title="Three bombings ripped through hotels in Amman",
                           text="Three deadly bombings ripped through three hotels in downtown Amman.", start=0, end=66,
                           people=(), places=("Amman",))
    return Sourced(source=source, order=order, mention=mention, people=frozenset(), subject=None, speakers=(), published=published)


@pytest.mark.parametrize("members, expected", [
    # "Wednesday night", "this week", "November": all agree on the night, the most precise
    ([("a", "2005-11-09TNI"), ("b", "2005-W45"), ("c", "2005-11")], ("2005-11-09TNI", "text")),
    # two sources say the 9th, one the 10th: the majority wins
    ([("a", "2005-11-10"), ("b", "2005-11-09"), ("c", "2005-11-09")], ("2005-11-09", "text")),
    # a stated month beats a statement dated by its publication
    ([("a", "2005-11-10", "publication"), ("b", "2005-11")], ("2005-11", "text")),
    # no text dates it: reported by the earliest publication
    ([("a", None, "text", date(2005, 11, 12)), ("b", None, "text", date(2005, 11, 10))], ("2005-11-10", "reported")),
])
def test_the_date_most_sources_agree_with(members, expected):
    group = [_sourced(m[0], i, m[1], *m[2:]) for i, m in enumerate(members)]
    assert event_date(group) == expected


@pytest.mark.parametrize("title, found", [
    ("Election", ["short"]),
    ("The bourse announced", ["short", "ends in a reporting verb", "a description the reader cannot place"]),
    # the Amman bomber, never named in her article; the crossing, named before ("the Rafah crossing")
    ("The woman confessed that she was told to carry out the suicide attack", ["a description the reader cannot place"]),
    ("The Rafah crossing will be opened for two days", []),
    ("The new Egyptian parliament holds its first session", []),
    ("Stig Moeller met with the Palestinian president, , in Ramallah", ["words cut out"]),
    ("A -old girl went missing", ["words cut out"]),
    ("Hamas scored a resounding victory in local elections", []),
    # a name of capitals ending in "-ed" is no verb (news 1st half)
    ("The United States offered 10 million dollars of aid", []),
    ("The United Nations World Food Program launched a new appeal for 126 million dollars", []),
])
def test_headline_flaws(title, found):
    assert flaws(title) == found


def test_events_sharing_a_title_are_told_apart_by_place_then_person():
    a = Event("a", "2005-11-14", "Roadside bomb kills policeman", places=["Baghdad"], people=["p1"])
    b = Event("b", "2005-11-15", "Roadside bomb kills policeman", places=["Basra"], people=["p1"])
    c = Event("c", "2005-11-16", "Roadside bomb kills policeman", places=["Basra"], people=["p2"])
    distinct_titles([a, b, c], {"p1": "Ali Hassan", "p2": "Omar Said"})
    assert a.title == "Roadside bomb kills policeman in Baghdad"
    assert c.title == "Roadside bomb kills policeman (Omar Said)"
    assert len({a.title, b.title, c.title}) == 3


def test_ids_are_kept_when_a_new_source_joins(timeline, nlp, tmp_path):
    for name in AMMAN[:2]:
        (tmp_path / name).write_bytes((ARTICLES / name).read_bytes())
    articles, _ = read_corpus(tmp_path)
    first = assemble(list(extract_articles(articles, nlp)))
    again = assemble([*extract_articles(articles, nlp), *extract_articles(read_corpus_of(AMMAN[2], tmp_path), nlp)], first)
    bombing_before = next(e for e in first.events if e.date.startswith("2005-11-09"))
    bombing_after = next(e for e in again.events if e.date.startswith("2005-11-09"))
    assert bombing_after.id == bombing_before.id
    assert bombing_after.source_count == bombing_before.source_count + 1


def read_corpus_of(name: str, folder):
    extra = folder / "later"
    extra.mkdir()
    (extra / name).write_bytes((ARTICLES / name).read_bytes())
    articles, _ = read_corpus(extra)
    return [replace(a, file=name) for a in articles]
