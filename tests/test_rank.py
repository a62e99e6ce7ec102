"""The rank stage on real timelines: what the articles say about each day,
key days and their summaries, each event's importance and its reasons,
storylines, and an editor's ``key: true`` / ``key: false``.

The timelines (tests/fixtures/rank/, README there) are cut from real
extractions: CNN on the Egyptian protests, 25-28 January 2011 (and four
articles of the 29th and 30th looking back), and AFP and Xinhua on the Middle
East, 14-30 November 2005.
"""
from __future__ import annotations

import copy
import dataclasses
from datetime import date
from pathlib import Path

import pytest
from conftest import EGYPT_TIMELINE as EGYPT
from conftest import NEWS_TIMELINE as NEWS

from generator.model import Evidence
from generator.rank import Ranker, key_events, rank
from generator.rank import words
from generator.rank.assess import assess
from generator.rank.days import DAMPING, Damping, pick_days
from generator.rank.reports import FURNITURE_DAYS, LEAD_CHARS, Report, furniture, published_days
from generator.rank.storylines import MAJOR, MIN_EVENTS
from generator.rank.summary import MAX_WORDS, MIN_WORDS, REDUNDANT, summarize
from generator.store.load import load
from generator.store.plain import event_data, event_from_data
from generator.store.reconcile import reconcile
from generator.store.validate import parse, validate

RETWEET = "ie/11BX93W 7:01 pm ET February 11, 2013 RETWEET Could the next pope be from Africa or Latin America?"


def read(path: Path):
    return load(path)[1]


@pytest.fixture(scope="module")
def egypt_ranking(egypt):
    return rank(egypt)


@pytest.fixture(scope="module")
def news_ranking(news):
    return rank(news)


# --- what the articles say about each day -------------------------------------

@pytest.mark.parametrize("day, published, named, looked_back", [
    ("2011-01-23", 0, 3, 3),  # the Sunday before: only looked back at
    ("2011-01-25", 2, 7, 5),  # the first day of protests
    ("2011-01-26", 2, 6, 3),
    ("2011-01-27", 2, 4, 2),
    ("2011-01-28", 2, 7, 4),  # the "Friday of anger"
    ("2011-01-29", 4, 5, 0),  # nothing published later in the cut looks back at it
    ("2011-02-03", 0, 2, 0),  # named ahead of time
])
def test_what_the_articles_say_about_a_day(egypt, day, published, named, looked_back):
    counts = assess(egypt).counts
    d = date.fromisoformat(day)
    assert (counts.published[d], counts.named[d], counts.looked_back[d]) == (published, named, looked_back)


def test_page_furniture_is_no_report(egypt):
    """A RETWEET box printed word for word on three publication days dates nothing."""
    every = [e for event in egypt.events for e in event.sources if e.text == RETWEET]
    sources = {e.source for e in every}
    published = published_days(egypt)
    assert len({published[s] for s in sources}) >= FURNITURE_DAYS
    assert RETWEET in furniture(egypt)
    assert RETWEET not in {r.text for r in assess(egypt).reports}


@pytest.mark.parametrize("text, start, lead", [
    ("Massive Protests in Egypt; Lebanon Political Upheaval; Al Jazeera Leaks; Preview of President…", 1, True),
    ("Once again, Clinton measured her words Tuesday morning.", 1581, False),
    ("Thousands of demonstrators took to the streets of Egypt's major cities on Friday, …", 78, True),
])
def test_lead_is_the_top_of_the_article(text, start, lead):
    report = Report("e", "s", date(2011, 1, 26), date(2011, 1, 25), True, text, (start, start + len(text)))
    assert report.lead is lead
    assert (start < LEAD_CHARS) is lead


# --- key days ---------------------------------------------------------------

def test_key_days_in_date_order_each_with_its_events(egypt, egypt_ranking):
    ranking = egypt_ranking
    days = key_events(egypt, 4)
    reported_on = {(r.event, r.day.isoformat()) for r in assess(egypt).reports if r.day}
    assert [d.date for d in days] == sorted(d.date for d in days)
    assert len(days) == 4
    best = max(ranking.days, key=lambda d: d.score)
    assert best.date in [d.date for d in days]
    for day in days:
        scores = [ranking.importance[e].score for e in day.events]
        assert scores == sorted(scores, reverse=True), day.date
        assert all((e, day.date) in reported_on for e in day.events)
        assert 1 <= day.sources <= len(egypt.sources)


@pytest.mark.parametrize("name", ["egypt", "news"])
def test_a_day_is_reported_by_every_source_of_its_events(name, request):
    """The home page says "reported by N sources" of a day and of each of its
    events: the day's N is never below one of its events'."""
    timeline, ranking = request.getfixturevalue(name), request.getfixturevalue(f"{name}_ranking")
    sources = {e.id: {x.source for x in e.sources} for e in timeline.events}
    for day in ranking.days:
        assert day.sources == len(set().union(*(sources[e] for e in day.events))), day.date


@pytest.mark.parametrize("start, end, expected", [
    ("2011-01-26", "2011-01-28", ["2011-01-26", "2011-01-27", "2011-01-28"]),
    ("2011-01-29", None, ["2011-01-29", "2011-01-30", "2011-02-03", "2011-02-04", "2011-02-10", "2011-02-22"]),
    (None, "2010-06-01", ["2005-04-15", "2005-04-16", "2005-08-14", "2010-05-15"]),
])
def test_key_days_within_a_window(egypt, start, end, expected):
    days = key_events(egypt, 30, date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None)
    assert [d.date for d in days] == expected


@pytest.mark.parametrize("path, damping", [
    (EGYPT, DAMPING), (NEWS, DAMPING),
    (NEWS, Damping(neighbours=2, same_thing=0.3, factor=0.5)),  # stronger: days do move
    (NEWS, Damping(neighbours=1, same_thing=0.0, factor=0.0)),  # never two days in a row while others are left
])
def test_each_day_is_the_best_left_once_repeats_are_damped(path, damping):
    """Each day picked is the best left once a day's score is damped for each
    neighbour picked before it that says the same thing."""
    timeline = read(path)
    counts = assess(timeline).counts
    order = pick_days(counts, damping=damping)

    def damped(day: date, picked: list[date]) -> float:
        same = sum(1 for n in picked if 0 < abs((n - day).days) <= damping.neighbours
                   and words.dot(counts.vector(n), counts.vector(day)) >= damping.same_thing)
        return counts.score(day) * damping.factor ** same

    assert len(order) == len(set(order)) == len(set(counts.published) | set(counts.named))
    for k, day in enumerate(order):
        assert all(damped(day, order[:k]) >= damped(later, order[:k]) - 1e-9 for later in order[k + 1:])


def test_a_day_that_repeats_its_neighbour_is_pushed_back(news):
    counts = assess(news).counts
    by_score = pick_days(counts, damping=Damping(factor=1.0))
    damping = Damping(neighbours=2, same_thing=0.3, factor=0.5)
    order = pick_days(counts, damping=damping)
    moved = next(d for d, s in zip(order, by_score) if d != s)
    assert order.index(moved) < by_score.index(moved)  # another day came forward …
    pushed = by_score[order.index(moved)]
    assert any(0 < abs((n - pushed).days) <= damping.neighbours  # … because this one repeats a neighbour picked before
               and words.dot(counts.vector(n), counts.vector(pushed)) >= damping.same_thing for n in order[:order.index(moved)])


# --- summaries ----------------------------------------------------------------

def report(text: str, start: int = 1000, event: str = "e") -> Report:
    return Report(event, f"s{start}", date(2011, 1, 26), date(2011, 1, 25), True, text, (start, start + len(text)))


CAIRO = "Thousands of people who filled the streets of Cairo on Tuesday hope their demonstrations against corruption and failing economic policies will cause upheaval in the government, like the similar protests in Tunisia that inspired them."
POLICE = "Egypt's interior ministry says one demonstrator and one policeman were killed during anti-government protests in Cairo on Tuesday."
POLICE_AGAIN = "One demonstrator and one policeman were killed during anti-government protests in Cairo on Tuesday, Egypt's interior ministry says."
CLINTON = "Once again, Clinton measured her words Tuesday morning."
SHORT = "More flights cancelled today."
FLIGHTS = "More than half of the scheduled flights have been canceled today."


@pytest.mark.parametrize("reports, expected", [
    # The lead sentence first, though the other says more of what they all say.
    ([report(POLICE), report(CAIRO, start=80), report(POLICE_AGAIN, start=2000)], [CAIRO, POLICE]),
    # Never the same thing twice: the other wording of the policeman's death is left out.
    ([report(POLICE), report(POLICE_AGAIN, start=2000), report(CLINTON, start=3000)], [POLICE, CLINTON]),
    # A four-word fragment is no summary; one sentence said by two sources is said once.
    ([report(SHORT), report(FLIGHTS, start=5), report(FLIGHTS, start=5)], [FLIGHTS]),
])
def test_summary_table(reports, expected):
    assert summarize(reports) == " ".join(expected)


def test_summary_prefers_the_days_own_events():
    reports = [report(CAIRO, start=80, event="elsewhere"), report(CLINTON, event="own")]
    assert summarize(reports, {"own"}).startswith(CLINTON)


def test_every_key_day_summary_is_short_and_not_repetitive(news, news_ranking):
    for day in news_ranking.days:
        sentences = [s for s in {r.text for event in news.events for r in event.sources} if s in day.summary]
        assert sentences, day
        assert 1 <= len(sentences) <= 2
        assert all(MIN_WORDS <= len(s.split()) <= MAX_WORDS for s in sentences) or len(sentences) == 1
        if len(sentences) == 2:
            assert words.dot(words.vector(sentences[0]), words.vector(sentences[1])) < REDUNDANT


# --- importance -----------------------------------------------------------------

AGREEMENT = "2005-11-15-the-agreement-was-reached-after-intense-mediation"
OPENING = "2005-11-25-open-the-rafah-crossing-on-the-gaza-egypt-border"


@pytest.mark.parametrize("event, signal, count, text", [
    (AGREEMENT, "sources", 2, "reported by 2 sources"),
    (AGREEMENT, "looked_back", 2, "looked back at by 2 articles published later"),
    (AGREEMENT, "day_named", 8, "its day, 15 Nov 2005, named by 8 articles"),
    (OPENING, "lead", 1, "in the opening lines of 1 article"),
    (OPENING, "day_named", 4, "its day, 25 Nov 2005, named by 4 articles"),
])
def test_importance_reasons(news_ranking, event, signal, count, text):
    reasons = {r.signal: r for r in news_ranking.importance[event].reasons}
    assert (reasons[signal].count, reasons[signal].text) == (count, text)


def test_one_source_is_no_reason(news, news_ranking):
    ranking = news_ranking
    single = [e for e in news.events if len({x.source for x in e.sources}) == 1]
    assert single
    assert all("sources" not in {r.signal for r in ranking.importance[e.id].reasons} for e in single)
    assert ranking.importance[AGREEMENT].score > ranking.importance[OPENING].score


# --- an editor's word -----------------------------------------------------------

def with_key(timeline, event_id: str, key: bool):
    edited = copy.deepcopy(timeline)
    edited.events = [dataclasses.replace(e, key=key) if e.id == event_id else e for e in edited.events]
    return edited


def test_key_true_brings_an_events_day_in(egypt, egypt_ranking):
    last = egypt_ranking.days[-1]
    assert last.date not in [d.date for d in key_events(egypt, 4)]
    edited = with_key(egypt, last.events[0], True)
    assert last.date in [d.date for d in key_events(edited, 4)]
    importance = rank(edited).importance[last.events[0]]
    assert importance.key is True and importance.reasons[0].signal == "editor"


def test_key_false_takes_an_event_out(news, news_ranking):
    ranking = news_ranking
    edited = with_key(news, AGREEMENT, False)
    after = rank(edited)
    assert all(AGREEMENT not in d.events for d in after.days)
    assert all(AGREEMENT not in s.key_events for s in after.storylines)
    assert after.importance[AGREEMENT].key is False
    day = date(2005, 11, 15)
    before_counts = assess(news).counts
    after_counts = assess(edited).counts
    assert after_counts.score(day) <= before_counts.score(day)
    assert len(after_counts.reports[day]) < len(before_counts.reports[day])
    assert ranking.importance[AGREEMENT].key is None


def test_hidden_events_are_not_ranked(news):
    edited = copy.deepcopy(news)
    edited.events = [dataclasses.replace(e, hidden=True) if e.id == AGREEMENT else e for e in edited.events]
    ranking = rank(edited)
    assert AGREEMENT not in ranking.importance
    assert all(AGREEMENT not in s.events for s in ranking.storylines)


# --- storylines -----------------------------------------------------------------

def test_storylines_are_the_same_every_time(news_ranking):
    assert news_ranking.storylines == rank(read(NEWS)).storylines


def test_storylines_records(news, news_ranking):
    ranking = news_ranking
    stories = ranking.storylines
    assert stories
    assert len({s.id for s in stories}) == len(stories)
    assert sum(s.major for s in stories) <= MAJOR
    assert [s.major for s in stories] == sorted((s.major for s in stories), reverse=True)
    texts = {e.id: " ".join([e.title, *(x.text for x in e.sources)]).lower() for e in news.events}
    for story in stories:
        assert len(story.events) >= MIN_EVENTS
        assert set(story.key_events) <= set(story.events)
        scores = [ranking.importance[e].score for e in story.key_events]
        assert scores == sorted(scores, reverse=True)
        assert any(story.title.lower() in texts[e] for e in story.events), story.title
    memberships = [e for s in stories for e in s.events]
    assert len(memberships) == len(set(memberships))  # one storyline per event


def test_germanys_new_government_and_washington_are_one_storyline(news_ranking):
    """Merkel sworn in, her foreign minister's talks with Rice, her promise to
    repair relations with the United States: one thread, named for her."""
    events = ("2005-11-22-angela-merkel-was-sworn-in", "2005-11-29-frank-walter-steinmeier-held-talks-with-rice",
              "2005-11-30-angela-merkel-has-promised-to-repair-germany-us")
    thread = {s for e in events for s in news_ranking.storylines_of(e)}
    assert len(thread) == 1
    assert "Merkel" in thread.pop().title


@pytest.mark.xfail(reason="Rafah is tagged a person ('person:rafah', 'person:rafah-crossing': issue 15), so the "
                          "agreement and the opening share no term the thread is built on", strict=True)
def test_the_rafah_crossing_agreement_and_opening_are_one_storyline(news_ranking):
    thread = {s.id for e in ("2005-11-15-clinched-on-the-rafah-crossings-after-intense", AGREEMENT, OPENING,
                              "2005-11-25-the-rafah-border-crossing-to-open") for s in news_ranking.storylines_of(e)}
    assert len(thread) == 1


def test_an_event_without_evidence_dated_to_a_day_is_in_no_key_day(news, news_ranking):
    undated = [e for e in news.events if e.date is None]
    assert undated
    in_days = {e for d in news_ranking.days for e in d.events}
    assert not in_days & {e.id for e in undated}


def test_evidence_dated_by_its_own_source_counts_for_that_day(news):
    """Evidence whose source gives another day than the event's counts for
    the day its source gives."""
    event = next(e for e in news.events if e.id == AGREEMENT)
    moved = dataclasses.replace(event, sources=[Evidence(x.source, x.text, x.span, "2005-11-20", x.date_span) for x in event.sources])
    edited = copy.deepcopy(news)
    edited.events = [moved if e.id == AGREEMENT else e for e in edited.events]
    reports = [r for r in assess(edited).reports if r.event == AGREEMENT]
    assert {r.day for r in reports if r.by_text} == {date(2005, 11, 20)}


# --- key: true / false in timeline.yml ---------------------------------------------

def edited_text(key_line: str) -> str:
    """The news timeline with ``key_line`` added to the agreement event."""
    text = NEWS.read_text(encoding="utf-8")
    anchor = f"  - id: {AGREEMENT}\n"
    assert anchor in text
    return text.replace(anchor, anchor + f"    {key_line}\n")


def test_key_is_read_from_timeline_yml(tmp_path: Path):
    path = tmp_path / "timeline.yml"
    path.write_text(edited_text("key: false"), encoding="utf-8")
    timeline = read(path)
    assert next(e for e in timeline.events if e.id == AGREEMENT).key is False
    assert rank(timeline).importance[AGREEMENT].key is False


def test_a_key_that_is_not_true_or_false_is_a_problem_on_its_line():
    text = edited_text("key: yes please")
    data, problems = validate(text)
    line = text.splitlines().index("    key: yes please") + 1
    assert [(p.line, p.path) for p in problems] == [(line, f"events[{data['events'].index(next(e for e in data['events'] if e['id'] == AGREEMENT))}].key")]
    assert "boolean" in problems[0].message


def test_key_survives_reextraction():
    """An editor's key is kept when the generator writes its new output (it never writes key itself)."""
    base = parse(NEWS.read_text(encoding="utf-8"))
    current = parse(edited_text("key: true"))
    new = copy.deepcopy(base)
    agreement = next(e for e in new["events"] if e["id"] == AGREEMENT)
    agreement["title"] = "The Rafah crossing agreement was reached"
    merged = next(e for e in reconcile(base, current, new)["events"] if e["id"] == AGREEMENT)
    assert merged["key"] is True
    assert merged["title"] == "The Rafah crossing agreement was reached"
    assert event_data(event_from_data(merged))["key"] is True


@pytest.mark.parametrize("status, factor, says", [
    ("scheduled", 0.8, "scheduled, not yet happened: counts ×0.8"),
    ("forecast", 0.5, "a forecast, not a happening: counts ×0.5"),
    ("hypothetical", 0.25, "hypothetical, not a happening: counts ×0.25"),
])
def test_a_happening_outranks_what_did_not_happen(news, news_ranking, status, factor, says):
    edited = copy.deepcopy(news)
    edited.events = [dataclasses.replace(e, status=status) if e.id == AGREEMENT else e for e in edited.events]
    importance = rank(edited).importance[AGREEMENT]
    assert importance.score == pytest.approx(news_ranking.importance[AGREEMENT].score * factor, abs=1e-3)
    assert importance.reasons[-1].text == says


def test_page_furniture_makes_no_event_important(egypt, egypt_ranking):
    furniture = [e for e in egypt.events if e.sources and all(x.text == RETWEET for x in e.sources)]
    assert furniture and any(len({x.source for x in e.sources}) > 1 for e in furniture)
    assert all(egypt_ranking.importance[e.id].score == 0 and not egypt_ranking.importance[e.id].reasons for e in furniture)


# --- ranking again after an edit (the preview) -------------------------------------

def test_a_ranker_reuses_the_evidence_when_only_titles_change(news, news_ranking):
    ranker = Ranker()
    assert ranker(news) == news_ranking
    kept = ranker.assessment
    retitled = set(news_ranking.storylines[0].events)
    edited = dataclasses.replace(news, events=[dataclasses.replace(e, title="Untitled happening") if e.id in retitled else e
                                               for e in news.events])
    fresh = rank(edited)
    assert fresh.storylines != news_ranking.storylines  # storylines read titles: they are made again
    assert ranker(edited) == fresh
    assert ranker.assessment.importance is kept.importance  # not assessed again


def test_a_ranker_assesses_again_when_the_evidence_changes(news, news_ranking):
    ranker = Ranker()
    ranker(news)
    top = max(news_ranking.importance.values(), key=lambda i: i.score).event
    edited = dataclasses.replace(news, events=[dataclasses.replace(e, hidden=True) if e.id == top else e for e in news.events])
    assert ranker(edited) == rank(edited)
    assert top not in ranker.assessment.importance
