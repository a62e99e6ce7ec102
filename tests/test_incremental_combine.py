"""The incremental combine (combine/links.py): a run with new articles
reuses the last run's profiles, pair scores, clusters and assembled events,
and writes what a full combine writes; on the seeds and real Xinhua and AFP
reports with the real model."""
from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import ARTICLES, NEWSWIRE, NEWSWIRE_NEXT_DAY, seeds_with

from generator import pipeline
from generator.combine.assemble import combine
from generator.combine.links import mention_keys
from generator.combine.weights import reference_weights
from generator.extract.article import extract_articles
from generator.extract.cache import ExtractionCache
from generator.model import Sourced
from generator.project import EXTRACT_CACHE, Project
from generator.read.corpus import read_corpus

HAPPENINGS = [ARTICLES / f"happening_{name}.md" for name in (
    "amman_bombings_iraq_condemns", "amman_bombings_king_speaks", "amman_bombings_syria_condoles",
    "baghdad_roadside_bombs_monday", "baghdad_car_bomb_tuesday")]
FIRST = [*NEWSWIRE[:6], *HAPPENINGS[:2]]
LATER = [*NEWSWIRE[6:], NEWSWIRE_NEXT_DAY, *HAPPENINGS[2:]]
EDITED_TITLE = "A title an editor wrote"


def _evidence(timeline) -> set[frozenset]:
    return {frozenset((e.source, e.span) for e in event.sources) for event in timeline.events}


def test_new_articles_combined_incrementally_write_what_a_full_combine_writes(tmp_path: Path):
    first = seeds_with(tmp_path / "first", FIRST)
    project = Project(first / "timeline.yml", first / "corpus")
    pipeline.extract(project)
    text = project.timeline.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("    title: "))
    project.timeline.write_text(text.replace(title, f"    title: {EDITED_TITLE}", 1), encoding="utf-8")
    before = ExtractionCache(project.cache).links()

    written = {}
    for how in ("incremental", "full"):
        folder = tmp_path / how
        shutil.copytree(first, folder, symlinks=True)
        for article in LATER:
            shutil.copy(article, folder / "corpus" / article.name)
        pipeline.extract(Project(folder / "timeline.yml", folder / "corpus"), full=how == "full")
        written[how] = (folder / "timeline.yml").read_bytes()

    assert written["incremental"] == written["full"]
    assert f"title: {EDITED_TITLE}".encode() in written["incremental"]
    after = ExtractionCache(tmp_path / "incremental" / EXTRACT_CACHE).links()
    kept = set(before.groups) & set(after.groups)
    assert kept and set(after.groups) - kept  # groups reused, and groups the new articles made or changed
    assert set(before.keys) < set(after.keys)
    reused = set(before.events) & set(after.events)
    assert reused and set(after.events) - reused  # events reused, and events assembled again
    assert all(before.events[key] == after.events[key] for key in reused)


def test_combined_in_two_runs_the_events_are_those_of_one_run(nlp, tmp_path: Path):
    """The seeds and the fixture articles combined at once, and combined in
    two runs (the second reusing the first's links): the same events, each
    with the same evidence."""
    corpus = seeds_with(tmp_path, [*FIRST, *LATER]) / "corpus"
    articles, errors = read_corpus(corpus)
    assert errors == []
    extractions = list(extract_articles(articles, nlp))
    later = {a.name for a in LATER}
    earlier = [x for x in extractions if x.article.file not in later]
    once, _ = combine(extractions)
    _, links = combine(earlier)
    twice, again = combine(extractions, known=links)
    assert _evidence(twice) == _evidence(once)
    assert twice == once  # every field of every event, person and source
    assert set(links.groups) & set(again.groups)
    assert set(links.events) & set(again.events)


def test_a_kept_event_is_kept_as_assembled_not_as_the_run_left_it(seed_extractions):
    """The run gives events ids (and may retitle them and hang reactions
    under them) after assembling them; what the links keep is the event
    before that, so the next run starts from what assembling gives."""
    extractions = list(seed_extractions.values())
    timeline, links = combine(extractions)
    kept = [pickle.loads(blob) for blob in links.events.values()]
    assert {e.id for e in kept} == {""} and all(e.id for e in timeline.events)
    again, relinked = combine(extractions, known=links)
    assert again == timeline and relinked.events == links.events


@pytest.mark.parametrize("change", [
    pytest.param(lambda m: replace(m, speakers=tuple("someone-else" for _ in m.speakers)), id="a quote's speaker"),
    pytest.param(lambda m: replace(m, people=m.people | {"someone-else"}), id="a person"),
    pytest.param(lambda m: replace(m, published=None), id="its article's date"),
    pytest.param(lambda m: replace(m, mention=replace(m.mention, title=m.mention.title + " again")), id="its headline"),
])
def test_a_mention_changed_in_what_its_event_reads_is_a_new_mention(seed_extractions, change):
    x, mention = next((x, m) for x in seed_extractions.values() for m in x.events if m.quotes)
    sourced = Sourced(source="paris-summit", order=0, mention=mention, people=frozenset({"emmanuel-macron"}),
                      subject=None, speakers=tuple("emmanuel-macron" for _ in mention.quotes), published=x.article.published)
    assert mention_keys([change(sourced)]) != mention_keys([sourced])
    assert mention_keys([replace(sourced, order=7)]) == mention_keys([sourced])  # its place in the corpus is not read


def test_links_of_other_code_are_not_used(nlp, seed_extractions):
    extractions = list(seed_extractions.values())
    timeline, links = combine(extractions)
    links.version = "other code"
    links.groups = {mark: [[n] for kept in clusters for n in kept] for mark, clusters in links.groups.items()}
    again, _ = combine(extractions, known=links)
    assert _evidence(again) == _evidence(timeline)


def test_word_weights_are_fixed_and_rare_words_weigh_most():
    weights = reference_weights()
    unseen = weights.word("qzxv-never-seen")
    assert weights.word("said") < weights.word("bombing") < weights.word("ceasefire") <= unseen
    assert unseen == max(weights.word(w) for w in ("said", "summit", "qzxv-never-seen"))
