"""Reading articles: front matter, what the raw seed text states, boilerplate."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import CORPUS, SEED_REUTERS, SEED_WORLDVIEW

from generator import model as m
from generator.read.corpus import ArticleError, parse_article, read_article, read_corpus


def kinds_of(article: m.Article, kind: str) -> list[str]:
    return [article.body[b.start:b.end] for b in article.blocks if b.kind == kind]


def test_worldview_seed_metadata_comes_from_its_byline():
    article = read_article(CORPUS / SEED_WORLDVIEW, CORPUS)
    assert article.title == "Putin rejects Western troop plans in Ukraine, warns forces would be targeted"
    assert (article.outlet, article.author) == ("WorldView", "Ann Nyambura")
    assert (article.published, article.published_basis) == (date(2025, 9, 6), "byline")


def test_worldview_seed_boilerplate_is_not_story_text():
    article = read_article(CORPUS / SEED_WORLDVIEW, CORPUS)
    story = " ".join(article.body[b.start:b.end] for b in article.text_blocks())
    for boilerplate in ("Join the Conversation", "Enjoyed this story?", "Stay Bold", "Be the first to know", "In Summary", "WorldView ·"):
        assert boilerplate not in story
    # The summary paragraph is printed twice; only its first copy is read.
    repeated = "The statement follows a Paris summit"
    assert sum(b.kind in m.EXTRACTED_KINDS and article.body[b.start:b.end].startswith(repeated) for b in article.blocks) == 1
    assert any(text.startswith(repeated) for text in kinds_of(article, m.DUPLICATE))


def test_reuters_seed_date_is_inferred_from_its_caption_and_said_so():
    article = read_article(CORPUS / SEED_REUTERS, CORPUS)
    assert article.published == date(2025, 9, 5)
    assert article.published_basis == "caption"
    assert any("inferred from a photo caption" in w for w in article.warnings)
    assert kinds_of(article, m.CAPTION)[0].startswith("Russia's President Vladimir Putin at the Economic Forum")
    assert kinds_of(article, m.CREDIT) == ["Reuters"]
    assert kinds_of(article, m.BOILERPLATE) == ["Tags"]
    assert article.outlet is None  # the text never names its outlet


def test_front_matter_wins_and_body_offsets_start_after_it():
    raw = "---\ntitle: Given title\noutlet: Agence\npublished: 2024-03-01\nurl: https://example.org/a\n---\nFirst line of text.\n"
    article = parse_article("a.md", raw)
    assert (article.title, article.outlet, article.published, article.url) == ("Given title", "Agence", date(2024, 3, 1), "https://example.org/a")
    assert article.body == "First line of text.\n"
    assert article.published_basis == "front matter"


def test_missing_publication_date_is_reported_not_guessed():
    article = parse_article("undated.txt", "A headline\n\nPutin spoke on Friday about the war.\n")
    assert article.published is None
    assert article.warnings == ("undated.txt: no publication date found; relative dates stay unresolved",)


def test_published_override_wins_over_the_text():
    article = parse_article("a.txt", "Title\n\nOutlet · Someone · May 2, 2020\n\nText.\n", published=date(2021, 1, 1))
    assert (article.published, article.published_basis) == (date(2021, 1, 1), "override")


@pytest.mark.parametrize("raw, message", [
    ("---\ntitle: [unclosed\n---\nbody\n", "a.md:2: front matter is not valid YAML"),
    ("---\ntitle: x\npublished: 03/2025/77\n---\nbody\n", "a.md:3: published: expected YYYY-MM-DD, got '03/2025/77'"),
    ("---\ntitle: x\nurl: javascript:alert(1)\n---\nbody\n", "a.md:3: url: expected an http(s) URL"),
    ("---\ntitle: x\n", "a.md:1: front matter opened with '---' is never closed"),
])
def test_bad_front_matter_names_file_and_line(raw, message):
    with pytest.raises(ArticleError, match="^" + message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        parse_article("a.md", raw)


def test_a_bad_article_is_reported_and_the_rest_still_read(tmp_path: Path):
    (tmp_path / "good.md").write_text("---\ntitle: Good\npublished: 2024-01-02\n---\nText.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_text("---\ntitle: [broken\n---\nText.\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\xff\xfe\x00bad")
    articles, errors = read_corpus(tmp_path)
    assert [a.file for a in articles] == ["good.md"]
    assert len(errors) == 2
    assert errors[0].startswith("bad.md:2: ") and errors[1].startswith("binary.txt: not UTF-8")
