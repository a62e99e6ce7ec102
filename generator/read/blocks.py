"""Which blocks of an article are story text and which are not (titles,
bylines, captions, credits, labels, share bars, repeated paragraphs), and
what the title line and the byline state.
"""
from __future__ import annotations

import re

from .. import model as m
from ..extract.timex import find_full_dates
from ..extract.timex.lexicon import TIME_ZONES

# A byline such as "WorldView · Ann Nyambura · September 6, 2025".
BYLINE_RE = re.compile(r"^(?P<outlet>[^·•|]{2,60}?)\s*[·•|]\s*(?P<author>[^·•|]{2,80}?)\s*[·•|]\s*(?P<date>[^·•|]{6,40})$")
# "By Oksana Hrytsenko" or "By Oksana Hrytsenko, Kyiv Daily".
BY_RE = re.compile(r"^By\s+(?P<author>[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|and|&))*)\s*(?:,\s*(?P<outlet>[A-Z][^,;:.!?]{1,60}?))?\s*$")
# The words a line that only dates the article may have besides the date:
# "Published Sunday, September 7, 2025", "Updated 7 Sept. 2025".
_DATE_LINE_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|on|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
    r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d+(?:st|nd|rd|th)?)\b|[\s,./-]", re.IGNORECASE)
_LABELS = {"in summary", "summary", "key points", "highlights", "advertisement", "listen to this article"}
_BOILERPLATE_RE = re.compile(
    r"^(?:enjoyed this (?:story|article)\??.*|share (?:this|it)\b.*|stay bold\. stay informed\.?|"
    r"be the first to know\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|read more\b.*|"
    r"click here\b.*|your comments may be published\b.*|the bbc may edit your comments\b.*|related(?: articles| stories)?:?|copyright\b.*|©.*|all rights reserved\.?|"
    # Credits of the journalists: the source's, not people of the story.
    r"(?:additional )?reporting by\b.*|(?:writing|editing) by\b.*|[^.!?]{2,80}\bcontributed (?:additional )?report(?:ing)?(?: to this (?:story|report|article))?\.?)$",
    re.IGNORECASE,
)
# Lines after which nothing is story text.
_TRAILER_RE = re.compile(r"^(?:join the conversation|tags:?|related (?:articles|stories)|more from .*|comments)$", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# Where readers' comments under a report begin: the site's note above them or a comment's own
# stamp ("8th November 2011 - 17:42 This comment was removed …"). Nothing after is story text:
# the comments are set aside as COMMENTS, and the article says so in a warning.
COMMENTS_RE = re.compile(
    r"^(?:we welcome comments\b.*|views expressed in the comments\b.*|this discussion is now closed\.?|"
    r"all posts are reactively-moderated\b.*|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? {_MONTH} \d{{4}} - \d{{1,2}}:\d\d\b.*)$",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
# A time of day with its time zone: "21.48 BST", "8:45 am EDT".
_STAMP_CLOCK = rf"\d{{1,2}}[.:]\d\d(?: ?[ap]\.?m\.?)? {TIME_ZONES}\b"
# A name as a byline or a photo credit writes it: up to five capitalised words ("Win Mcnamee", "Ed O'Keefe", "Daniel de
# Vise"); bounded, or a long run of capitalised words costs a scan from each of its words (a 1 MB paragraph took hours).
_NAME = r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|van|von|al)){0,4}"
# Agencies a photo credit names after its slash: "Gerald Herbert/AP", "Jim Watson/AFP/Getty Images".
PHOTO_AGENCIES = r"(?:AP|AFP|Reuters|Getty Images|EPA|PA|Bloomberg|Xinhua|Corbis|Rex Features|Alamy)"
# A photo credit run into the text around it ("… in Louisiana Photograph: Gerald Herbert/AP Russia's top
# energy official said …"), not one in brackets ("(Patrick Semansky/AP)"): the words before it are its caption.
PHOTO_CREDIT = re.compile(rf"(?<!\()(?:(?i:photo(?:graph)?(?: credit)?):? )?(?:{_NAME}/)+(?i:{PHOTO_AGENCIES})\b(?!\))")
# Page furniture a crawl left inside a paragraph, cut out of it as boilerplate: a page's update
# stamp ("Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK", "24 June 2010 Last
# updated at 14:59 GMT Help"), a web server's note in place of a missing part of the page, a
# page's time stamp, a weekday, a date, a time and its zone with no word around them to make a
# sentence ("LONDON | Thu Apr 29, 2010 11:29 am EDT", "Wednesday 5 May 2010 21.48 BST"), a blog post's author and
# time ("Clare Spencer | 09:26 UK time, Friday, 11 June 2010"), and a
# newspaper's note of its print edition ("A version appeared on p24 of the Main section section
# of the Guardian on 01.23 BST on Saturday 5 June 2010") and of a correction ("This article was amended on 8 May 2010
# to correct the figure given for BP's total revenues in 2009 from $327bn to $239bn."), a page's date and clock with
# the byline around them ("By Daniel de Vise | July 21, 2010; 11:00 AM ET", "July 15, 2010 - 7:48 AM | by:
# Jonathan Serrie"), and a photo credit ("Photograph: Gerald Herbert/AP", "AFP/Getty Images").
FURNITURE_RES = (
    re.compile(rf"(?:\d{{1,2}} {_MONTH} \d{{4}} )?(?:page )?last updated at \d{{1,2}}:\d\d(?: gmt)?"
               rf"(?:,? [a-z]+day,? \d{{1,2}} {_MONTH} \d{{4}})?(?: \d{{1,2}}:\d\d uk)?(?: help\b)?", re.IGNORECASE),
    re.compile(r"\(an error occurred while processing this directive\)", re.IGNORECASE),
    re.compile(rf"(?:[^\s|][^\n|]{{0,40}} \| )?\b\d{{1,2}}:\d\d UK time,? {_WEEKDAY},? \d{{1,2}} {_MONTH} \d{{4}}", re.IGNORECASE),
    re.compile(rf"(?:[^\s|][^\n|]{{0,40}} \| )?\b{_WEEKDAY},? (?:{_MONTH} \d{{1,2}},?|\d{{1,2}} {_MONTH}) \d{{4}},? {_STAMP_CLOCK}",
               re.IGNORECASE),
    re.compile(rf"(?:this article was published on [\w.]+ )?a version appeared on p\d+ of the [\w ]{{1,40}}? section of the "
               rf"[\w ]{{1,40}}? on(?: {_STAMP_CLOCK} on {_WEEKDAY} \d{{1,2}} {_MONTH} \d{{4}})?", re.IGNORECASE),
    re.compile(rf"this article was amended on \d{{1,2}} {_MONTH} \d{{4}}[^.!?\n]*[.!?]?", re.IGNORECASE),
    re.compile(rf"(?:By {_NAME}(?: and {_NAME})? \|? ?)?(?i:(?:{_WEEKDAY},? )?{_MONTH} \d{{1,2}}, \d{{4}}(?:;| -) "
               rf"\d{{1,2}}:\d\d ?[ap]\.?m\.?)(?: {TIME_ZONES}\b)?(?: \| by: [A-Z][\w'’.-]* [A-Z][\w'’.-]*)?"),
    PHOTO_CREDIT,
)
_CREDIT_MAX_WORDS = 4
# A photo's caption, told by where it dates the picture (a block of a caption's length is one whatever stands around it):
# a wire caption ends with the picture's day and year after a comma or a weekday ("White House Press Secretary Robert
# Gibbs briefs reporters at the White House in Washington, Wednesday, May 5, 2010.", "… a relief well Monday, May 3,
# 2010."), where a report's sentence dates with "on" or with no comma ("on Friday, March 24, 1989.", "exploded April 20,
# 2010."); a gallery's caption opens with the picture's day and a colon ("May 23: An oil-covered pelican flaps its
# wings …", "April 29, 2010: Workers in Orange Beach, Ala., lay inflatable orange booms …").
CAPTION_RES = (
    re.compile(rf"(?:(?<!day),\s+(?:{_WEEKDAY},?\s+)?|(?<!\bon)\s+{_WEEKDAY},?\s+){_MONTH} \d{{1,2}}, \d{{4}}\.?$", re.IGNORECASE),
    re.compile(rf"^{_MONTH} \d{{1,2}}(?:, \d{{4}})?: ", re.IGNORECASE),
)
# A caption is a few lines under a picture: a longer block above a credit-like line is story text
# (a liveblog's posts, each under a dated header, before "Amanda Terkel").
_CAPTION_MAX_WORDS = 100
_CREDIT_RE = re.compile(r"\b(?:Reuters|AP|AFP|EPA|Getty|Images?|Photo|Pictures?|Shutterstock|Alamy|Xinhua|TASS|Sputnik|Anadolu|Bloomberg|Credit|Courtesy|File)\b|/")


def collapse_space(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def first_block_text(body: str, blocks: list[m.Block], kind: str) -> str | None:
    return next((body[b.start:b.end] for b in blocks if b.kind == kind), None)


def byline_fields(body: str, blocks: list[m.Block]) -> dict:
    """Author, outlet and date the byline lines state (the first of each)."""
    fields: dict = {}
    for block in blocks:
        if block.kind != m.BYLINE:
            continue
        line = body[block.start:block.end].strip()
        if match := BYLINE_RE.match(line):
            dates = find_full_dates(match["date"])
            found = {"outlet": match["outlet"].strip(), "author": match["author"].strip(), "date": dates[0] if dates else None}
        elif match := BY_RE.match(line):
            found = {"author": match["author"].strip(), "outlet": (match["outlet"] or "").strip() or None}
        else:
            found = {"date": next(iter(find_full_dates(line)), None)}
        fields |= {key: value for key, value in found.items() if value and not fields.get(key)}
    return fields


def is_date_line(line: str) -> bool:
    """A line that says a date and nothing else: "September 7, 2025"."""
    return len(line) <= 60 and not _DATE_LINE_WORDS.sub("", line) and len(find_full_dates(line)) == 1


def without_furniture(title: str) -> str | None:
    """A title cut where page furniture begins in it ("… says sister Page last
    updated at 08:58 GMT"), or None when it begins with furniture."""
    start = min((match.start() for pattern in FURNITURE_RES if (match := pattern.search(title))), default=len(title))
    return title[:start].strip() or None


def _cut_furniture(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the page furniture inside each cut out as spans of its own."""
    pieces = []
    for start, end in spans:
        found = sorted((match.start(), match.end()) for pattern in FURNITURE_RES for match in pattern.finditer(body, start, end))
        at = start
        for cut_start, cut_end in found:
            if cut_start < at:
                continue
            pieces += [(at, cut_start), (cut_start, cut_end)]
            at = cut_end
        pieces.append((at, end))
    return [(s, e) for s, e in pieces if body[s:e].strip()]


def _split_blocks(body: str) -> list[tuple[int, int]]:
    """Paragraphs of ``body`` as (start, end); a paragraph whose lines include a
    header or boilerplate line is split into its lines, and page furniture is
    cut out of a paragraph (``FURNITURE_RES``)."""
    spans = []
    for para in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", body):
        lines = [(line.start(), line.end()) for line in re.finditer(r"[^\n]*\S[^\n]*", para.group(0))]
        lines = [(para.start() + s, para.start() + e) for s, e in lines]
        texts = [body[s:e].strip() for s, e in lines]
        credit_below = len(texts) > 1 and _is_credit(texts[-1], texts[-2])
        if len(lines) > 1 and (credit_below or any(_line_kind(t) for t in texts)):
            spans.extend(lines)
        else:
            start, end = lines[0][0], lines[-1][1]
            spans.append((start, end))
    spans = _cut_furniture(body, spans)
    return [(s + len(body[s:e]) - len(body[s:e].lstrip()), e - (len(body[s:e]) - len(body[s:e].rstrip()))) for s, e in spans]


def _line_kind(line: str) -> str | None:
    """The kind of a line that is never story text, or None."""
    if BYLINE_RE.match(line) and find_full_dates(line) or BY_RE.match(line) or is_date_line(line):
        return m.BYLINE
    if line.lower().rstrip(":") in _LABELS:
        return m.LABEL
    if COMMENTS_RE.match(line):
        return m.COMMENTS
    if _BOILERPLATE_RE.match(line) or _TRAILER_RE.match(line) or any(p.fullmatch(line) for p in FURNITURE_RES):
        return m.BOILERPLATE
    return None


def _credit_below(body: str, block: tuple[int, int], below: tuple[int, int], line: str) -> bool:
    """Whether the block ``below`` is the credit of a picture ``block`` is
    the caption of: a photo credit cut out of a paragraph (``PHOTO_CREDIT``)
    only for the words before it in that paragraph, not for the paragraph
    above ("… Louisiana Photograph: Gerald Herbert/AP Russia's top …")."""
    credit = body[below[0]:below[1]].strip()
    if PHOTO_CREDIT.fullmatch(credit) and "\n" in body[block[1]:below[0]]:
        return False
    return _is_credit(credit, line)


def _is_credit(line: str, above: str | None = None) -> bool:
    """A photo credit ("Reuters", "AFP/Getty Images") under a caption.

    A short capitalized line alone could be a subheading, so it counts as a
    credit only when it names a picture agency or the line above it is dated.
    """
    if PHOTO_CREDIT.fullmatch(line):
        return True
    words = line.split()
    if not (0 < len(words) <= _CREDIT_MAX_WORDS and line[0].isupper() and line[-1] not in ".!?”\":;,"):
        return False
    if _TRAILER_RE.match(line) or _line_kind(line):
        return False
    return bool(_CREDIT_RE.search(line)) or (above is not None and bool(find_full_dates(above)))


def classify_blocks(body: str, title: str | None = None) -> list[m.Block]:
    """Split ``body`` into blocks and say what each one is."""
    spans = _split_blocks(body)
    kinds: list[str] = []
    seen_text: set[str] = set()
    trailer = comments = False
    after_label = False
    for index, (start, end) in enumerate(spans):
        line = body[start:end].strip()
        norm = collapse_space(line).lower()
        kind = _line_kind(line)
        if comments or kind == m.COMMENTS:
            comments, kind = True, m.COMMENTS
        elif trailer or _TRAILER_RE.match(line):
            trailer, kind = True, m.BOILERPLATE
        elif kind is None and index == 0 and title is None and len(line.split()) <= 30 and line[-1] not in ".!?":
            kind, title = m.TITLE, line
        elif kind is None and title is not None and norm == collapse_space(title).lower():
            kind = m.TITLE
        elif kind is None and norm in seen_text:
            kind = m.DUPLICATE
        elif kind is None and len(line.split()) <= _CAPTION_MAX_WORDS and (
                any(pattern.search(line) for pattern in CAPTION_RES)
                or index + 1 < len(spans) and _credit_below(body, (start, end), spans[index + 1], line)):
            kind = m.CAPTION
        elif kind is None and kinds and kinds[-1] == m.CAPTION and _is_credit(line, body[spans[index - 1][0]:spans[index - 1][1]].strip()):
            kind = m.CREDIT
        elif kind is None and (after_label or (index > 0 and kinds[-1] in (m.TITLE, m.BYLINE) and _same_paragraph(body, spans[index - 1], (start, end)))):
            kind = m.SUMMARY
        kind = kind or m.BODY
        after_label = kind == m.LABEL
        if kind in m.EXTRACTED_KINDS:
            seen_text.add(norm)
        kinds.append(kind)
    return [m.Block(s, e, k) for (s, e), k in zip(spans, kinds)]


def _same_paragraph(body: str, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    """True when two blocks are lines of one paragraph (no blank line between)."""
    return body[previous[1]:current[0]].count("\n") == 1
