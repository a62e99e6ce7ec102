"""Which mentions are one happening (combine/cluster.py), on real Xinhua
reports of November 2005 extracted by the real model, and the rules it goes
by (classes of happening, the date vote, titles) as tables."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import ARTICLES

from generator.combine.assemble import assemble
from generator.combine.dating import event_date
from generator.combine.event_classes import event_classes, related
from generator.combine.similarity import cannot_join, profile
from generator.combine.titles import distinct_titles, flaws
from generator.extract.article import extract_articles
from generator.model import CLAUSE, NOUN, REACTION, Article, Event, EventMention, Sourced
from generator.read.corpus import read_corpus

AMMAN = ("happening_amman_bombings_iraq_condemns.md", "happening_amman_bombings_king_speaks.md",
         "happening_amman_bombings_syria_condoles.md")
BAGHDAD = ("happening_baghdad_roadside_bombs_monday.md", "happening_baghdad_car_bomb_tuesday.md")
HELICOPTERS = ("happening_iraq_helicopters_this_week.md", "happening_iraq_helicopters_last_week.md")


def articles_of(names: tuple[str, ...], folder: Path) -> list[Article]:
    """The fixture articles ``names``, read as a corpus in ``folder``."""
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_bytes((ARTICLES / name).read_bytes())
    articles, errors = read_corpus(folder)
    assert errors == []
    return articles


@pytest.fixture(scope="module")
def timeline(nlp, tmp_path_factory):
    articles = articles_of(AMMAN + BAGHDAD + HELICOPTERS, tmp_path_factory.mktemp("happenings"))
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


def test_one_happening_two_outlets_dating_it_to_different_weeks_is_one_event(timeline):
    """AFP on Friday 25 April 1997: "Baghdad earlier this week sent nine
    helicopters"; on Sunday 27 April: "Baghdad last week sent nine
    helicopters": the same words, weeks 17 and 16, one happening."""
    sent = _events_with(timeline, "sent nine helicopters to the south")
    assert len(sent) == 1
    assert sent[0].source_count == 2


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


HELICOPTERS_THIS_WEEK = ('Baghdad earlier this week sent nine helicopters to the south, already violating the "no-fly" zone, '
                         "to wait for the Iraqis returning from the pilgrimage to Mecca in Saudi Arabia.")
HELICOPTERS_LAST_WEEK = ("Baghdad last week sent nine helicopters to the south to wait for the Iraqis returning from the "
                         "pilgrimage to Mecca in Saudi Arabia.")
ROADSIDE_BOMBS = ("Four Iraqis, including a police commando, were killed and seven others wounded in two roadside bomb "
                  "attacks in Baghdad on Monday, a police source said.")
CAR_BOMB = "A car bomb attacked a Iraqi police patrol east of Baghdad on Tuesday, killing two policemen, police source said."


def _mention(source: str, text: str, date_value: str, published: date) -> Sourced:
    mention = EventMention(date=date_value, date_text=None, date_basis="text", title=text.split(",")[0], text=text,
                           start=0, end=len(text), people=(), places=("Baghdad",))
    return Sourced(source=source, order=0, mention=mention, people=frozenset(), subject=None, speakers=(), published=published)


@pytest.mark.parametrize("a, b, never", [
    # two outlets' weeks for one happening told in the same words: may join (their score decides)
    ((HELICOPTERS_THIS_WEEK, "1997-W17", date(1997, 4, 25)), (HELICOPTERS_LAST_WEEK, "1997-W16", date(1997, 4, 27)), False),
    # the same words, weeks a month apart: two happenings
    ((HELICOPTERS_THIS_WEEK, "1997-W17", date(1997, 4, 25)), (HELICOPTERS_LAST_WEEK, "1997-W13", date(1997, 3, 30)), True),
    # the same words, a week against a month: not a disagreement on the day
    ((HELICOPTERS_THIS_WEEK, "1997-W17", date(1997, 4, 25)), (HELICOPTERS_LAST_WEEK, "1997-03", date(1997, 4, 27)), True),
    # bombs in Baghdad on Monday and on Tuesday, told in other words: two happenings
    ((ROADSIDE_BOMBS, "2005-11-14", date(2005, 11, 14)), (CAR_BOMB, "2005-11-15", date(2005, 11, 15)), True),
])
def test_dates_that_cannot_meet_join_only_as_one_report_told_twice(a, b, never):
    assert cannot_join(profile(_mention("a", *a)), profile(_mention("b", *b))) is never


US_HOUSE = ("The US House of Representatives backed a resolution Friday asserting that the Palestinain Islamist movement "
            "Hamas should not be allowed to participate in Palestinian elections unless it renounces violence.")
HAMAS_WINS = ("Hamas scored a resounding victory Friday in local elections in the main West Bank cities in what was one of "
              "the last tests of its strength ahead of landmark Palestinian parliamentary elections.")


def _act(title: str, text: str, organisations: tuple[str, ...], places: tuple[str, ...], form: str = CLAUSE) -> Sourced:
    mention = EventMention(date="2005-12-16", date_text="Friday", date_basis="text", title=title, text=text, start=0,
                           end=len(text), people=(), places=places, organisations=organisations, form=form)
    return Sourced(source="a", order=0, mention=mention, people=frozenset(), subject=None, speakers=(), published=date(2005, 12, 16))


@pytest.mark.parametrize("title, organisations, places, form, actor", [
    ("The US House of Representatives backed a resolution", ("US House of Representatives", "Hamas"), (), CLAUSE,
     "actor:us house of representatives"),
    ("Hamas scored a resounding victory in local elections", ("Hamas",), ("West Bank",), CLAUSE, "actor:hamas"),
    ("Iraq condemned the three suicide bombing attacks", (), ("Iraq", "Amman"), CLAUSE, "actor:iraq"),
    # no organisation or place opens it
    ("The closures prevent tens of thousands of Palestinian laborers from reaching their jobs", (), ("Israel",), CLAUSE, None),
    ("The results are expected to bode well for Hamas", ("Hamas",), (), CLAUSE, None),
    # a place that names a happening, not one that acts
    ("Paris summit", (), ("Paris",), NOUN, None),
])
def test_whose_act_a_headline_reports(title, organisations, places, form, actor):
    assert profile(_act(title, title, organisations, places, form)).actor == actor


@pytest.mark.parametrize("title, trigger, form, classes", [
    # the subject and verb tell the act's class, not what it is about (Xinhua, 13 Nov 2005; AFP, 9 Apr 1997)
    ("The woman confessed that she was told to carry out the Amman hotel bombing attacks", "confess", CLAUSE, set()),
    ("The German foreign ministry advised its nationals against travelling to Iran", "advise", CLAUSE, set()),
    ("Iraq condemned the three suicide bombing attacks", "condemn", CLAUSE, {"condemnation"}),
    # an irregular verb is found in its past form, not taken for the whole title (AFP, 1997)
    ("Italy's centre-left coalition held its ground against the right in the first round of partial local elections",
     "hold", CLAUSE, set()),
    ("The annual pilgrimage to Mecca drew to a close on Saturday as frantic relatives awaited news of the 343 pilgrims "
     "killed in a huge blaze four days earlier", "draw", CLAUSE, set()),
    # a subject that names the happening (Xinhua, 4 and 10 Nov 2005)
    ("Riots and violent clashes between police and demonstrators were continuing in the Argentine beach city of Mar del Plata",
     "continue", CLAUSE, {"protest"}),
    ("Three deadly bombings ripped through three hotels", "rip", CLAUSE, {"attack", "killing"}),
    # a noun phrase is its words' class
    ("Amman hotel bombing attacks", "attack", NOUN, {"attack"}),
])
def test_a_clause_is_of_its_subject_and_verb_class(title, trigger, form, classes):
    sourced = _act(title, title, (), ())
    assert profile(replace(sourced, mention=replace(sourced.mention, trigger=trigger, form=form))).classes == classes


def test_two_actors_acts_of_one_day_in_one_article_stay_apart():
    """AFP, 16 Dec 2005: the US House's resolution and Hamas's win, both on
    Friday, both about Hamas and elections: two happenings."""
    house = _act("The US House of Representatives backed a resolution asserting that Hamas should not be allowed to "
                 "participate in Palestinian elections", US_HOUSE, ("US House of Representatives", "Hamas"), ())
    win = _act("Hamas scored a resounding victory in local elections in the main West Bank cities", HAMAS_WINS,
               ("Hamas",), ("West Bank",))
    assert cannot_join(profile(house), profile(win))


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
    # an irregular past after a vague subject (news 1st half: AFP_ENG_19970428.0299, AFP_ENG_20051213.0484)
    ("The former official left his post", ["a description the reader cannot place"]),
    ("The security cabinet took the decision", ["a description the reader cannot place"]),
    # a subject that names its owner in capitals: no description (news 1st half)
    ("The German foreign ministry said it would not make a statement", []),
    # an article's title the crawl cut off (T17 MJ); a quote headline's own ellipsis is none
    ("Michael Jackson doctor trial jury to see death photos Lawyers for Dr Murray, shown in 2010, had…", ["cut off"]),
    ("Tony Hayward: “We are attacking this spill on all fronts, bringing into play all…”", []),
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
    articles = articles_of(AMMAN[:2], tmp_path)
    first = assemble(list(extract_articles(articles, nlp)))
    again = assemble([*extract_articles(articles, nlp), *extract_articles(read_corpus_of(AMMAN[2], tmp_path), nlp)], first)
    bombing_before = next(e for e in first.events if e.date.startswith("2005-11-09"))
    bombing_after = next(e for e in again.events if e.date.startswith("2005-11-09"))
    assert bombing_after.id == bombing_before.id
    assert bombing_after.source_count == bombing_before.source_count + 1


def read_corpus_of(name: str, folder: Path) -> list[Article]:
    return [replace(a, file=name) for a in articles_of((name,), folder / "later")]


def test_a_dated_noun_phrase_joins_by_its_best_link(nlp, tmp_path):
    """Rice's visit (14 Nov) names the Amman bombings only as "last
    Wednesday's deadly suicide bombings in the Jordanian capital": a few
    words, close to the King's report it joins first, far from the
    bomber's confession (13 Nov) and Syria's cable. Judged by its best
    link, not its mean, it no longer keeps the King's report out of the
    event the other articles tell."""
    names = (*AMMAN, "happening_amman_bombings_rice_visits.md", "happening_amman_bomber_confesses.md",
             "happening_amman_bomber_confesses_again.md")
    timeline = assemble(list(extract_articles(articles_of(names, tmp_path), nlp)))
    bombing = [e for e in timeline.events if any("three deadly bombings ripped" in v.text for v in e.sources)
               and e.date.startswith("2005-11-09")]
    assert len(bombing) == 1
    told = " ".join(v.text for v in bombing[0].sources)
    assert "Syrian Prime Minister" in told and "Rice arrived" in told
