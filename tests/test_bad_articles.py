"""What the corpus holds, as people have it (issue 16): each case is one file
dropped into a copy of the extracted seed project, and ``python -m generator
extract`` run as a user runs it. Each asserts the exit code, the one line
said about the file (or, for a file read, what was read from it), that no
traceback was printed, and that the seed articles are still the timeline's
sources: one file never stops the corpus."""
from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import CORPUS, FIXTURES, SEED_REUTERS, SEED_WORLDVIEW
from generator.read.corpus import MAX_BLOCK_CHARS, MAX_BODY_CHARS, MAX_FILE_BYTES, read_article

PAGE = FIXTURES / "corpus_input" / "saved_page.html"
FRONT = "---\ntitle: Kyiv talks resume\noutlet: Kyiv Daily\npublished: 2025-09-07\n---\n"
STORY = "Talks between the two delegations resumed in Geneva on Monday, officials said.\n\n" \
        "\"We are ready to continue,\" said Andriy Sybiha, the foreign minister.\n"
BYLINED = ("Kyiv prepares for winter as strikes continue\n\nBy Oksana Hrytsenko, Kyiv Daily\nSeptember 7, 2025\n\n"
           "Russian drones struck the power grid near Kharkiv on Saturday, the regional governor Oleh Syniehubov said.\n\n"
           "\"We will restore power within two days,\" Syniehubov said on Sunday.\n")
KYIV_TALKS = {"title": "Kyiv talks resume", "outlet": "Kyiv Daily", "published": date(2025, 9, 7)}


# Distinct sentences, over the cap of text; one paragraph over the parser's.
HUGE = "\n\n".join(" ".join(f"Word{p}x{w}" for w in range(10)) + "." for p in range(20_000)) + "\n"
PARAGRAPH = "Word " * (MAX_BLOCK_CHARS // 5 + 10)


# name, bytes, exit code, the line about the file (None: read as a source), what the source reads as
CASES = {
    "saved HTML page": ("kharkiv.html", PAGE.read_bytes(), 0, None, {
        "title": "Drones strike Kharkiv power grid as talks stall", "outlet": "Kyiv Daily", "author": "Oksana Hrytsenko",
        "published": date(2025, 9, 7), "url": "https://kyivdaily.example/world/2025/09/07/kharkiv-power-grid-drones"}),
    "byte-order mark before front matter": ("bom.md", b"\xef\xbb\xbf" + (FRONT + STORY).encode(), 0, None, KYIV_TALKS),
    "CRLF line ends": ("crlf.md", (FRONT + STORY).replace("\n", "\r\n").encode(), 0, None, KYIV_TALKS),
    "BOM and CRLF": ("bom-crlf.md", b"\xef\xbb\xbf" + (FRONT + STORY).replace("\n", "\r\n").encode(), 0, None, KYIV_TALKS),
    "byline 'By NAME, OUTLET' and a dateline": ("bylined.txt", BYLINED.encode(), 0, None, {
        "title": "Kyiv prepares for winter as strikes continue", "author": "Oksana Hrytsenko", "outlet": "Kyiv Daily",
        "published": date(2025, 9, 7)}),
    "empty file": ("empty.md", b"", 0, "empty.md: skipped: the file is empty", None),
    "blank lines only": ("blank.txt", b"\n  \r\n\t\n", 0, "blank.txt: skipped: the file is empty", None),
    "front matter and no text": ("only-front.md", FRONT.encode(), 0, "only-front.md: skipped: no article text", None),
    "page with no article": ("menu.html", b"<html><head><title>Menu</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
                                          b"<li><a href='/world'>World</a></li></ul></nav><footer>(c) 2025 Site. All rights reserved.</footer></body></html>", 0,
                             "menu.html: skipped: no article text found in this HTML page", None),
    "text over the size cap": ("huge.txt", HUGE.encode(), 0,
                               f"huge.txt: skipped: {len(HUGE):,} characters of text, over the {MAX_BODY_CHARS:,} an article may have", None),
    "file over the size cap": ("huge.html", b" " * (MAX_FILE_BYTES + 1), 0,
                               f"huge.html: skipped: {MAX_FILE_BYTES + 1:,} bytes, over the {MAX_FILE_BYTES:,} an article may have", None),
    "paragraph too long to parse": ("one-paragraph.txt", ("A headline\n\n" + PARAGRAPH).encode(), 0,
                                    f"one-paragraph.txt: skipped: a paragraph of {len(PARAGRAPH.strip()):,} characters, "
                                    f"over the {MAX_BLOCK_CHARS:,} the parser takes", None),
    "copy of a cited article": ("0-copy.txt", (CORPUS / SEED_WORLDVIEW).read_bytes(), 0,
                                f"0-copy.txt: skipped: the same text as {SEED_WORLDVIEW}", None),
    "copy with other line ends": ("zz-copy.txt", (CORPUS / SEED_REUTERS).read_bytes().replace(b"\n", b"\r\n"), 0,
                                  f"zz-copy.txt: skipped: the same text as {SEED_REUTERS}", None),
    "not UTF-8": ("latin1.txt", "Café talks\n\nThe café closed.\n".encode("latin-1"), 1,
                  "error: latin1.txt: not UTF-8 text (invalid continuation byte at byte 3)", None),
}


def extract(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "extract", "--no-daemon"], cwd=root, capture_output=True, text=True)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """The seed project extracted once: its cache leaves each case only its own file to parse."""
    root = tmp_path_factory.mktemp("seeded")
    shutil.copytree(CORPUS, root / "corpus")
    assert extract(root).returncode == 0
    return root


def _timeline(root: Path) -> dict:
    return yaml.safe_load((root / "timeline.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, raw, code, line, expected", CASES.values(), ids=CASES.keys())
def test_a_corpus_file(seeded: Path, tmp_path: Path, name: str, raw: bytes, code: int, line: str | None, expected: dict | None):
    shutil.copytree(seeded, tmp_path, dirs_exist_ok=True)
    (tmp_path / "corpus" / name).write_bytes(raw)
    result = extract(tmp_path)
    output = result.stdout + result.stderr
    assert result.returncode == code, output
    assert "Traceback" not in output
    said = [text for text in output.splitlines() if text.startswith((name, f"error: {name}"))]
    sources = {s["file"]: s for s in _timeline(tmp_path)["sources"]}
    assert {SEED_WORLDVIEW, SEED_REUTERS} <= set(sources)  # the rest of the corpus is still there
    if line is not None:
        assert said == [line]
        assert name not in sources
        return
    assert not [text for text in said if "skipped" in text or text.startswith("error")], output
    source = sources[name]
    assert {key: source.get(key) for key in expected} == expected


@pytest.mark.parametrize("name, raw", [(n, r) for n, r, _, line, _ in CASES.values() if line is None], ids=[k for k, c in CASES.items() if c[3] is None])
def test_spans_index_the_text_read(seeded: Path, tmp_path: Path, name: str, raw: bytes):
    """Every event and quote of a file read cites its text where its span says,
    in the text the source page shows (a page's extracted text, not its markup)."""
    shutil.copytree(seeded, tmp_path, dirs_exist_ok=True)
    (tmp_path / "corpus" / name).write_bytes(raw)
    assert extract(tmp_path).returncode == 0
    timeline = _timeline(tmp_path)
    source_id = next(s["id"] for s in timeline["sources"] if s["file"] == name)
    body = read_article(tmp_path / "corpus" / name).body
    cited = [e for event in timeline["events"] for e in event["sources"] + event.get("quotes", []) if e.get("source") == source_id]
    assert cited
    for evidence in cited:
        start, end = evidence["span"]
        assert body[start:end] == evidence["text"]


def test_a_page_is_read_without_its_boilerplate():
    article = read_article(PAGE)
    for boilerplate in ("Skip to main content", "Most read", "Share on X", "Sign up", "Privacy policy", "All rights reserved",
                        "Advertisement", "Allies pledge troops", "gtag"):
        assert boilerplate not in article.body
    assert article.body.startswith("Russian drones struck the power grid around Kharkiv overnight into Sunday")
    assert "“We will restore power to most homes within two days" in article.body
    assert article.body.rstrip().endswith("as temperatures fall in October.")


CREDITED = BYLINED + "\nReporting by Pavel Polityuk; Editing by Alex Richardson\n\nTom Balmforth contributed reporting.\n"


@pytest.mark.parametrize("name, raw, journalists", [
    ("kharkiv.html", PAGE.read_bytes(), ["Oksana Hrytsenko"]),
    ("bylined.txt", BYLINED.encode(), ["Oksana Hrytsenko"]),
    ("credited.txt", CREDITED.encode(), ["Oksana Hrytsenko", "Pavel Polityuk", "Alex Richardson", "Tom Balmforth"]),
], ids=["page", "byline", "credits"])
def test_journalists_are_no_people_of_the_story(seeded: Path, tmp_path: Path, name: str, raw: bytes, journalists: list[str]):
    shutil.copytree(seeded, tmp_path, dirs_exist_ok=True)
    (tmp_path / "corpus" / name).write_bytes(raw)
    assert extract(tmp_path).returncode == 0
    people = [p["name"] for p in _timeline(tmp_path)["people"]]
    assert "Oleh Syniehubov" in people
    assert not set(journalists) & set(people)


def test_a_copy_of_a_deleted_events_article_does_not_bring_it_back(seeded: Path, tmp_path: Path):
    """A second copy of an article, under a name that sorts first, after one
    of its events was deleted by hand: the copy is skipped, the event stays deleted."""
    shutil.copytree(seeded, tmp_path, dirs_exist_ok=True)
    timeline = tmp_path / "timeline.yml"
    data = _timeline(tmp_path)
    worldview = next(s["id"] for s in data["sources"] if s["file"] == SEED_WORLDVIEW)
    gone = next(e for e in data["events"] if any(ev["source"] == worldview for ev in e["sources"]))
    text = timeline.read_text(encoding="utf-8")
    start = text.index(f"  - id: {gone['id']}\n")
    end = text.find("\n  - id: ", start + 1)
    timeline.write_text(text[:start] + text[end + 1:], encoding="utf-8")
    (tmp_path / "corpus" / "0-copy.txt").write_bytes((CORPUS / SEED_WORLDVIEW).read_bytes())
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"0-copy.txt: skipped: the same text as {SEED_WORLDVIEW}" in result.stdout.splitlines()
    after = _timeline(tmp_path)
    assert not [e for e in after["events"] if e["id"].startswith(gone["id"]) or e["title"] == gone["title"]]
    assert "0-copy.txt" not in {s["file"] for s in after["sources"]}
