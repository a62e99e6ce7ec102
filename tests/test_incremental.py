"""Incremental extraction: the per-article cache, the up-to-date run, parallel
extraction and the entry-by-entry YAML writer, on the seeds and real
newswire articles with the real model."""
from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import seeds_with, NEWSWIRE, NEWSWIRE_NEXT_DAY, ROOT

from generator import pipeline
from generator.cli import main
from generator.extract import cache as cache_module
from generator.extract.cache import ExtractionCache, extractor_version
from generator.project import EXTRACT_CACHE, Project
from generator.store.plain import plain
from generator.store.round_trip import to_yaml
from generator.store.validate import validate
from generator.store.write import dump, dump_plain


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """The seeds and ten newswire articles, no timeline yet."""
    return seeds_with(tmp_path, NEWSWIRE)


def cached_entries(folder: Path) -> list[Path]:
    return sorted((folder / EXTRACT_CACHE / "articles").rglob("*.pickle"))


def test_an_unchanged_corpus_is_not_extracted_again(newsroom: Path, capsys):
    timeline = newsroom / "timeline.yml"
    assert main(["extract", "--corpus", str(newsroom / "corpus"), "--timeline", str(timeline)]) == 0
    written = timeline.read_bytes()
    assert len(cached_entries(newsroom)) == 12
    capsys.readouterr()
    assert main(["extract", "--corpus", str(newsroom / "corpus"), "--timeline", str(timeline)]) == 0
    assert "unchanged (no article and no file changed since the last run)" in capsys.readouterr().out
    assert timeline.read_bytes() == written


def test_cached_extractions_are_used_instead_of_parsing(newsroom: Path):
    """Changing what the cache holds for an article changes the timeline: the
    article was not parsed again."""
    corpus, timeline = newsroom / "corpus", newsroom / "timeline.yml"
    pipeline.extract(Project(timeline, corpus))
    store = ExtractionCache(newsroom / EXTRACT_CACHE)
    for path in cached_entries(newsroom):
        extraction = pickle.loads(path.read_bytes())
        if extraction.article.file == NEWSWIRE[0].name:
            store.put(path.stem, replace(extraction, article=replace(extraction.article, title="Title from the cache")))
    # A hand edit, so that the run is not skipped as up to date.
    timeline.write_text(timeline.read_text(encoding="utf-8").replace("title: News timeline", "title: My timeline", 1), encoding="utf-8")
    pipeline.extract(Project(timeline, corpus))
    data, problems = validate(timeline.read_text(encoding="utf-8"))
    assert problems == []
    assert data["title"] == "My timeline"
    assert {s["title"] for s in data["sources"] if s["file"] == NEWSWIRE[0].name} == {"Title from the cache"}


def test_a_changed_or_added_article_is_the_only_one_parsed(newsroom: Path):
    corpus, timeline = newsroom / "corpus", newsroom / "timeline.yml"
    pipeline.extract(Project(timeline, corpus))
    before = set(cached_entries(newsroom))
    shutil.copy(NEWSWIRE_NEXT_DAY, corpus / NEWSWIRE_NEXT_DAY.name)
    edited = corpus / NEWSWIRE[1].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe talks resumed on Monday, officials said.\n", encoding="utf-8")
    report = pipeline.extract(Project(timeline, corpus))
    assert "updated (13 articles" in report.messages[-1]
    assert len(set(cached_entries(newsroom)) - before) == 2
    data, _ = validate(timeline.read_text(encoding="utf-8"))
    assert NEWSWIRE_NEXT_DAY.name in {s["file"] for s in data["sources"]}
    # Nobody edited the file: it is still the generator's own output, entry
    # for entry and in its order, so the next run writes it without a round trip.
    body = timeline.read_text(encoding="utf-8").split("\n", 1)[1]
    assert body == (newsroom / "timeline.generated.yml").read_text(encoding="utf-8").split("\n", 2)[2]


def test_what_the_cache_remembers_of_the_files_is_what_they_hold(newsroom: Path):
    """The next run takes the timeline's data from the cache when the file is
    the one written: it must be exactly what reading the file gives."""
    corpus, timeline = newsroom / "corpus", newsroom / "timeline.yml"
    pipeline.extract(Project(timeline, corpus))
    remembered = ExtractionCache(newsroom / EXTRACT_CACHE).written()
    data, problems = validate(timeline.read_text(encoding="utf-8"))
    assert problems == []
    assert remembered["timeline"] == plain(data)
    base, _ = validate((newsroom / "timeline.generated.yml").read_text(encoding="utf-8"))
    assert remembered["base"] == plain(base)


def test_an_edited_file_read_by_entry_gives_what_reading_it_whole_gives(newsroom: Path, tmp_path_factory):
    """After a hand edit, the entries left as they were are known from the
    cache; the run must write what a run without the cache writes."""
    corpus, timeline = newsroom / "corpus", newsroom / "timeline.yml"
    pipeline.extract(Project(timeline, corpus))
    text = timeline.read_text(encoding="utf-8")
    assert text.count("\n    title: ") > 20
    first = text.index("\n    title: ", text.index("\nevents:")) + 1
    edited = text[:first] + "    title: Retitled by hand  # an editor's comment" + text[text.index("\n", first):]
    edited = edited.replace("title: News timeline", "title: Our timeline", 1)
    timeline.write_text(edited, encoding="utf-8")
    shutil.copy(NEWSWIRE_NEXT_DAY, corpus / NEWSWIRE_NEXT_DAY.name)
    alone = tmp_path_factory.mktemp("alone")
    shutil.copytree(corpus, alone / "corpus")
    for name in ("timeline.yml", "timeline.generated.yml"):
        shutil.copy(newsroom / name, alone / name)
    pipeline.extract(Project(timeline, corpus))
    pipeline.extract(Project.at(alone), use_cache=False)
    assert timeline.read_bytes() == (alone / "timeline.yml").read_bytes()
    assert "    title: Retitled by hand  # an editor's comment\n" in timeline.read_text(encoding="utf-8")
    assert ExtractionCache(newsroom / EXTRACT_CACHE).written()["text"] == timeline.read_text(encoding="utf-8")


def test_a_bad_article_is_reported_on_every_run(newsroom: Path, capsys):
    (newsroom / "corpus" / "broken.md").write_bytes(b"---\ntitle: Broken\n---\nCaf\xe9 owners said on Friday.\n")
    args = ["extract", "--corpus", str(newsroom / "corpus"), "--timeline", str(newsroom / "timeline.yml")]
    assert main(args) == 1
    assert "broken.md: not UTF-8 text" in capsys.readouterr().err
    assert main(args) == 1
    assert "broken.md: not UTF-8 text" in capsys.readouterr().err


def test_two_processes_write_the_same_timeline_as_one(newsroom: Path, tmp_path_factory):
    other = tmp_path_factory.mktemp("jobs2")
    shutil.copytree(newsroom / "corpus", other / "corpus")
    pipeline.extract(Project.at(newsroom), jobs=1, use_cache=False)
    assert main(["extract", "--jobs", "2", "--no-cache", "--corpus", str(other / "corpus"), "--timeline", str(other / "timeline.yml")]) == 0
    assert (other / "timeline.yml").read_bytes() == (newsroom / "timeline.yml").read_bytes()
    assert not (other / EXTRACT_CACHE).exists()


def test_jobs_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["extract", "--jobs", "0"])
    assert "expected a positive number, got 0" in capsys.readouterr().err


def test_the_extractor_version_covers_the_modules_extraction_imports():
    package = cache_module.PACKAGE
    closure = {p.relative_to(package).as_posix() for p in cache_module.import_closure(
        [package / name for name in cache_module.ENTRY_MODULES])}
    # Every module of the read and extract stages and every record, but for
    # those that run around extraction, not in it (the cache, the process
    # pool, the Dask client and its workers' fork server, the progress bar,
    # the model loader: the model's name and version are hashed themselves).
    stages = {p.relative_to(package).as_posix() for folder in ("read", "extract", "model") for p in (package / folder).rglob("*.py")}
    assert stages - {"extract/cache.py", "extract/parallel.py", "extract/dask_cluster.py", "extract/forkserver_preload.py", "extract/progress.py", "extract/nlp.py"} <= closure
    assert "extract/lexicon.py" in closure and "model/dates.py" in closure
    assert not {"render/site.py", "site/mkdocs_hook.py", "render/pages/event.py", "store/write.py", "pipeline.py"} & closure
    assert extractor_version() == extractor_version()
    assert len(extractor_version()) == 64


def test_entry_by_entry_yaml_is_the_whole_dump():
    data, _ = validate((ROOT / "timeline.yml").read_text(encoding="utf-8"))
    data = plain(data)
    chunks: dict[str, str] = {}
    whole = dump(to_yaml(data))
    assert dump_plain(data, chunks=chunks) == whole
    assert len(chunks) == sum(len(data[k]) for k in ("sources", "people", "organisations", "events"))
    # From the stored texts, with one entry changed.
    data["events"][0]["title"] = "Changed: a title"
    assert dump_plain(data, chunks=dict(chunks)) == dump(to_yaml(data))


def test_text_that_yaml_1_1_would_read_as_another_type_stays_text():
    """ruamel writes YAML 1.2; PyYAML reads 1.1, where these are booleans,
    numbers (a race time '1:34.01' is base 60) or null. Found at 1,000
    articles of the benchmark corpus."""
    tricky = ["no", "Yes", "On", "1:34.01", "~", "null", "2025", "0x1F", ".5", "1_000", "2025-09-05"]
    data = {"title": "no", "sources": [], "events": [],
            "people": [{"id": "a", "name": "Yes", "aliases": tricky, "description": "1:34.01"}]}
    text = dump_plain(data)
    assert text == dump(to_yaml(data))
    parsed, problems = validate(text)
    assert problems == []
    assert parsed["title"] == "no"
    assert parsed["people"][0]["aliases"] == tricky
    assert parsed["people"][0]["description"] == "1:34.01"
