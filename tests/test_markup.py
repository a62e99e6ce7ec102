"""Escaping and safe links: text from articles and editors never becomes
markup, and links go only to http(s)."""
from __future__ import annotations

import html

import markdown
import pytest

from generator.render import markup as mk
from generator.render.pages.event import mark_differences


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
    ("http://example.org/a_(b)", "http://example.org/a_%28b%29"),  # ) would end a Markdown link
    ("  https://example.org/  ", "https://example.org/"),
    ("javascript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("https://example.org/\"onmouseover=\"x", None),
    ("ftp://example.org/", None),
    ("//example.org/", None),
    (None, None),
])
def test_safe_url_allows_only_http_and_https(url, expected):
    assert mk.safe_url(url) == expected


@pytest.mark.parametrize("note, present, absent", [
    ("**Bold** and a [source](https://example.org/x).", ['<strong>Bold</strong>', 'href="https://example.org/x"'], []),
    ("<script>alert(1)</script>", ["&lt;script&gt;"], ["<script"]),
    ("<img src=x onerror=alert(1)>", ["&lt;img"], ["<img"]),
    ("[click](javascript:alert(1))", ["click"], ["javascript:", "<a"]),
    ("![pic](data:image/png;base64,xx)", ["pic"], ["<img", "data:"]),
    ("See [the sentence](#s120).", ['href="#s120"'], []),
    ("# Heading", ["<h3>Heading</h3>"], ["<h1>"]),
])
def test_editor_note_is_markdown_without_raw_html_or_unsafe_links(note, present, absent):
    html = mk.note_html(note)
    for text in present:
        assert text in html
    for text in absent:
        assert text not in html


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "*not* [a](javascript:x) `code` # heading", "1. not a list",
                                   "2) nor this", "- nor this", "# nor a heading", "a | b ~~c~~ &amp; \\*x\\*"])
def test_text_renders_literally_through_markdown(value):
    rendered = markdown.markdown(mk.text(value))
    assert rendered.startswith("<p>") and rendered.endswith("</p>")
    assert "<" not in rendered[3:-4]
    assert html.unescape(rendered[3:-4]) == value


def test_text_fragment_points_at_the_words():
    url = mk.text_fragment("https://example.org/a#top", "Putin said on Friday that troops would be legitimate targets in Ukraine.")
    assert url == "https://example.org/a#:~:text=Putin%20said%20on%20Friday,legitimate%20targets%20in%20Ukraine."


def test_differences_between_quote_variants_are_marked():
    a, b = mark_differences(["I do not see much point.", "I don't see much point at all."])
    assert a == 'I <mark class="diff">do not</mark> see much point.'
    assert b == 'I <mark class="diff">don\'t</mark> see much point <mark class="diff">at all.</mark>'
    same, _ = mark_differences(["We will win.", "We will win."])
    assert "<mark" not in same
