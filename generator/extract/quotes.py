"""Direct quotes: their kind (full speech, partial phrase, or not speech at all)
and who said them.

Reporting verbs are learnt from PolNeAR's Cue annotations (lexicon.QUOTE_CUES).
Rules, in the order they are tried for a quote:
1. the reporting verb the quote hangs from in the parse ("… would be
   ‘targets’, he warned"), reached through complement links only, so a quote in
   an adverbial clause ("Having “rolled out the red carpet”, Trump accused …")
   is not given the main verb's subject;
2. for speech-like quotes, the nearest reporting verb outside the quotation in
   the sentences around it ("…,” he said. / saying, “…”); for quoted words,
   the reporting verb above them in the parse, however deep (a partial quote
   in a paraphrase: "Cruz attacked Trump’s “New York values”");
3. a speech-like quote after a colon or a dash with no speaker yet takes the
   subject of the clause before it ("Rubio fired back: “…”"); a quote standing
   alone in its paragraph takes the subject of the last
   reporting verb of the paragraph before when that one ends in a colon
   ("…, as the Heritage Foundation website notes:"), else the speaker of the
   last quote of the paragraph before, else the person its last sentence is
   about when no quote stands in it ("Viguerie is upbeat … ¶ “…”"); a quote
   that is a sentence of its own after
   another quote of its paragraph ("…,” she said. “…”) takes that one's;
4. quoted words in double marks that none of these gives a speaker take the
   person who is the subject of the clause above them ("Ramos believes in
   journalism that “takes sides”"): PolNeAR's annotators give them to that person.
A quote right after a word naming a work or a term (poem “…”, the word “…”,
dubbed “…”) is a name, not speech.
A subject that is a pronoun or a surname is resolved to the person named
earlier; a subject that is no person may be an organisation, with the voice
it speaks in (``speakers.py``); no speaker is given rather than a guess.
"""
from __future__ import annotations

from bisect import bisect_right
import re
from typing import TYPE_CHECKING

from ..model import Paragraph, Quote
from .lexicon import NAMING_WORDS, QUOTE_CUES, SPEAKER_ROLES
from .people import gender_of
from .quote_spans import QuoteSpan, find_quotes
from .relays import RELAY_MARKS, relaying_organisation
from .span_set import SpanSet
from .speakers import PERSON, Speaker, Speakers, person

if TYPE_CHECKING:  # spaCy is imported by whoever loads the model, not by importing this
    from spacy.tokens import Doc, Span, Token

# Links a quote may hang from its reporting verb by.
_COMPLEMENT_DEPS = frozenset({
    "ccomp", "xcomp", "dobj", "pobj", "prep", "attr", "acomp", "oprd", "conj", "appos",
    "npadvmod", "dative", "parataxis", "compound", "amod", "nmod", "det", "poss", "cc",
    "punct", "nummod", "quantmod", "advmod", "neg", "aux", "auxpass", "nsubj", "nsubjpass",
    "mark", "pcomp", "relcl",
})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Links from a reported clause up to the verb that reports it: "said he was right", "saying he would … and he is …".
_REPORTED_DEPS = ("ccomp", "conj", "xcomp", "parataxis")
# Verbs that report speech only when nothing but the quote follows them ("…,” he continued." / "He continued, “…”"), not "continued to portray".
_BARE_CUES = frozenset({"continue"})
# Verbs that report only what a document or a voice says: "…,” the statement read; "…,” reads the editorial.
_VOICE_CUES = frozenset({"read"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "prep", "advcl", "attr", "acomp"})
# The small words a name or title keeps in lower case: “Coalition of the Willing”, “Fox & Friends”, “This Week with George Stephanopoulos”.
_TITLE_SMALL_WORDS = ("of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "with", "&", "de", "du", "la", "le")
_TITLE_WORD = r"(?:[A-Z][\w’'-]*|" + "|".join(map(re.escape, _TITLE_SMALL_WORDS)) + ")"
_TITLE_CASE_RE = re.compile(rf"^{_TITLE_WORD}(?:\s+{_TITLE_WORD})*[,.]?$")
_MAX_NAME_WORDS = 7
_CUE_AFTER_WORDS = 3  # words of the sentence after a quote its cue may stand in ("Sanders asked rhetorically")
_FRAME_WORDS = 4  # words after a quote's closing mark its reporting verb may stand in ("“Savage,” she said")
_SENTENCE_END_RE = re.compile(r"[.!?][”’\"]?\s*$")
# How a quote a frame follows ends: "“Savage,” she said", "“Out!” the crowd yelled".
_FRAME_END_RE = re.compile(r"[,!?]\s*$")
# Prepositions that put a reporting verb's clause under the verb of its speaker: "He explained it by saying", "without saying".
_MANNER_PREPOSITIONS = frozenset({"by", "without", "upon", "after", "before", "while", "in"})
# Subjects that make a verb right after a quote its frame whatever the verb ("“…,” Trump answered"; "he surmised").
_FRAME_SUBJECT_POS = ("PROPN", "PRON")
# Words a voice frame after a quote opens with ("…,” the statement said), and the words it may have before its voice ("the Cruz fundraising email").
_FRAME_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_FRAME_MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})
# What the parser may call a voice there: "the editorial read", "editorial" an adjective.
_FRAME_VOICE_POS = frozenset({"NOUN", "ADJ"})
# The reporting verbs of a voice frame read by its words.
_FRAME_CUES = QUOTE_CUES | _VOICE_CUES
# Quoted words in single marks are a headline's or a scare quote's ("start off the ‘bipartisan cooperation’"), nobody's to use.
_SINGLE_MARK = "‘"
_WRAPPED = 150  # a line longer than this is a paragraph, not a hard-wrapped line


def extract_quotes(paragraphs: list[Paragraph], speakers: Speakers) -> tuple[list[Quote], list[str]]:
    """Every quote in the article's paragraphs, in order, with kind and speaker."""
    starts = _paragraph_starts(paragraphs)
    spans, problems = find_quotes(_paragraph_texts(paragraphs, starts))
    spans = _join_split_quotes(spans, paragraphs)
    quoted = SpanSet(part for span in spans for part in span.parts)
    quotes: list[Quote] = []
    previous: dict[int, Speaker] = {}  # paragraph index → speaker of its latest quote
    for span in spans:
        _, para = _paragraph_at(paragraphs, span.start)
        index = bisect_right(starts, span.start) - 1
        doc, offset = para.doc, para.block.start
        inner = doc.char_span(span.parts[0][0] - offset, span.parts[0][1] - offset, alignment_mode="expand")
        text = " … ".join(_body_text(paragraphs, s, e) for s, e in span.parts)
        if inner is None or not text.strip():
            continue
        named = _names_something(inner) or _is_attribute_value(doc.text, span.start - offset)
        before, after = _outside(para, span, starts[index], starts[index + 1] if index + 1 < len(starts) else para.block.end)
        speechlike = ((_is_speechlike(inner, text) and not _looks_like_name(text))
                      or _framed_as_speech(inner, text, before, quoted, offset)) and not named
        cue = None if named else _hanging_cue(inner, quoted, offset)
        frame = _voice_frame(inner, text, quoted, offset) if cue is None and speechlike else None
        if frame is not None:
            voice, cue = frame
            speaker = speakers.of_token(voice, offset)
        else:
            if cue is None and speechlike:
                cue = _nearby_cue(doc, inner, quoted, offset) or _frame_verb(inner, text, quoted, offset)
            elif cue is None and not named:
                cue = _enclosing_cue(inner, quoted, offset)
            speaker = _speaker_of_cue(cue, inner, speakers, quoted, offset) if cue is not None else None
        if speaker is None and span.mark != _SINGLE_MARK and not (speechlike or named or _looks_like_name(text) or _within_name(inner)):
            speaker = _clause_subject(inner, speakers, quoted, offset)
        if speaker is None and speechlike and re.search(r"[:—–-]\s*$", before):
            speaker = _lead_in_speaker(doc, inner.start, speakers, quoted, offset)
        elif cue is None and speechlike:
            if not before and not after:
                speaker = (_paragraph_lead_in(paragraphs, starts[index], speakers, quoted) or previous.get(index - 1)
                           or _paragraph_subject(paragraphs, starts[index], speakers, quoted))
            elif (not after or _SENTENCE_END_RE.search(text)) and _SENTENCE_END_RE.search(before):
                speaker = previous.get(index) or _sentence_before_speaker(inner, starts[index] - offset, speakers, quoted, offset)
        said = (speaker is not None or (cue is not None and (cue.i < inner.start or _has_verb(inner)))
                or (not named and _in_report(inner, quoted, offset)))
        kind = "not_speech" if named else _kind(text, speechlike, said)
        if kind == "not_speech":
            speaker, cue = None, None
        else:
            speaker = relaying_organisation(inner, cue, speakers, quoted, offset) or speaker
        speakers.settle(speaker)
        quote = Quote(text, span.start, span.end, kind, speaker.name if speaker else None, cue.text if cue is not None else None, span.parts,
                      speaker.kind if speaker else None, speaker.role if speaker else None)
        quotes.append(quote)
        if speaker is not None:
            previous[bisect_right(starts, span.end) - 1] = speaker
            _hear(speakers, speaker, cue if cue is not None else _closing_mark(inner), span.end, offset)
    return quotes, problems


def _hear(speakers: Speakers, speaker: Speaker, token: Token | None, end: int, offset: int) -> None:
    """Let the pronouns after a quote that ends at ``end`` stand for its
    speaker: a person's (``ArticlePeople.hear``), an organisation's or a
    voice's (``Speakers.hear``)."""
    named = speakers.people.find(speaker.name) if speaker.kind == PERSON else None
    if named is not None and token is not None:
        speakers.people.hear(named, token, offset)
    speakers.hear(speaker, end)


def _closing_mark(inner: Span) -> Token | None:
    return inner.doc[inner.end] if inner.end < len(inner.doc) else None


def _words_after(inner: Span, count: int) -> list[Token]:
    """The first ``count`` words after a quote's closing mark."""
    closing = inner.end_char + 1
    return [t for t in inner.doc[inner.end:inner.end + count + 2] if t.idx >= closing and not t.is_space][:count]


def _paragraph_at(paragraphs: list[Paragraph], position: int) -> tuple[int, Paragraph]:
    index = bisect_right(paragraphs, position, key=lambda para: para.block.start) - 1  # they are in text order
    if index >= 0 and position <= paragraphs[index].block.end:
        return index, paragraphs[index]
    raise ValueError(f"no paragraph at character {position}")


def _body_text(paragraphs: list[Paragraph], start: int, end: int) -> str:
    _, para = _paragraph_at(paragraphs, start)
    return para.doc.text[start - para.block.start:end - para.block.start]


def _join_split_quotes(spans: list[QuoteSpan], paragraphs: list[Paragraph]) -> list[QuoteSpan]:
    """Join "…,” he said, “…" into one quote with two parts."""
    joined: list[QuoteSpan] = []
    for span in spans:
        if joined and _is_attribution_gap(joined[-1], span, paragraphs):
            joined[-1] = QuoteSpan(joined[-1].parts + span.parts, joined[-1].mark)
        else:
            joined.append(span)
    return joined


def _is_attribution_gap(first: QuoteSpan, second: QuoteSpan, paragraphs: list[Paragraph]) -> bool:
    i, para = _paragraph_at(paragraphs, first.end)
    j, _ = _paragraph_at(paragraphs, second.start)
    if i != j:
        return False
    offset = para.block.start
    before = para.doc.text[:first.end - offset].rstrip()
    gap = para.doc.text[first.end - offset + 1:second.start - offset - 1]
    words = gap.strip(" ,:").split()
    if not (before.endswith(",") and gap.rstrip().endswith(",") and 1 < len(words) <= 6):
        return False
    span = para.doc.char_span(first.end - offset + 1, second.start - offset - 1, alignment_mode="expand")
    return span is not None and any(t.lemma_ in QUOTE_CUES for t in span)


def _inside(token: Token, quoted: SpanSet, offset: int) -> bool:
    return _inside_chars(token.idx + offset, quoted)


def _hanging_cue(inner: Span, quoted: SpanSet, offset: int) -> Token | None:
    """The reporting verb the quotation depends on, through complement links."""
    token = inner.root
    for _ in range(10):
        if token.head is token:
            return None
        if token.dep_ not in _COMPLEMENT_DEPS:
            return None
        token = token.head
        according = next((c for c in token.children if c.lower_ == "according"), None)
        if according is not None and token.pos_ in ("VERB", "AUX"):
            return according  # "According to X, the estimates showed a “modest” return"
        if not _inside(token, quoted, offset) and _is_cue(token):
            return token
        if token.pos_ in ("VERB", "AUX") and not _inside(token, quoted, offset) and token.dep_ not in ("xcomp", "ccomp", "conj", "relcl"):
            # "According to X, the estimates indicated a “modest” viability"
            return next((c for c in token.children if c.lower_ == "according"), None)
    return None


def _enclosing_cue(inner: Span, quoted: SpanSet, offset: int) -> Token | None:
    """The reporting verb whose reported words hold a quoted phrase, however
    deep ("Cruz attacked Trump’s “New York values”"): the first one above it
    in the parse and before it, or put in aside ("…, he added, were “…”";
    "as the Global Times noted, the candidate “has … fans in China”"),
    through a clause that describes a noun too ("Trump called the system
    “rigged”", parsed so; PolNeAR's annotators give such words to the one
    who speaks); not through a subject (but for the subject of a reported
    clause), a to-clause naming a term ("rejected proposals to deploy a
    “reassurance force”": the proposers' words) nor out of a clause put
    before its head ("Having “rolled out the red carpet” …, Trump accused him")."""
    token = inner.root
    while True:
        aside = next((c for c in token.children if _is_aside(c) and c.i < inner.start), None)
        if aside is not None and not _inside(aside, quoted, offset):
            return aside  # "Cost estimates, he added, were “based on a prototype”"
        if token.head.i == token.i:
            return None
        if (token.dep_ in _SUBJECT_DEPS and token.head.dep_ != "ccomp") or _is_term_purpose(token, inner) or _put_before_head(token):
            return None
        token = token.head
        if _is_cue(token) and token.i < inner.start and not _inside(token, quoted, offset):
            return token


def _is_aside(token: Token) -> bool:
    """A reporting clause put in aside of the clause it reports: "…, he added,
    …" or one marked "as" ("As Breitbart News reported, …")."""
    marked = token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in RELAY_MARKS for c in token.children)
    return (token.dep_ == "parataxis" or marked) and _is_cue(token)


def _clause_subject(inner: Span, speakers: Speakers, quoted: SpanSet, offset: int) -> Speaker | None:
    """Who uses quoted words that no reporting verb holds: the person, or the
    voice (``Speakers.of_token``: "the piece goes on to slam Sanders’ “political
    revolution”" → the Post, role "piece"), that is the subject of the first
    clause above them outside the quotation ("Ramos believes in journalism
    that “takes sides”"; "Beck, who has described Trump as “…”"); PolNeAR's
    annotators give such words to that subject. Nobody when that subject is
    neither (an organisation's name: "the FBI" and its “gross negligence” are
    as often the writer's scare quotes), or a name in a clause that a
    reporting verb above it reports ("Yepez said Perez was right to urge …":
    the reporter's words, whom the rules before did not find; a pronoun
    there is the reporter: "The foreign minister said he was “very
    satisfied”"), nor through a subject, a to-clause naming a term or a
    clause put before its head (see _enclosing_cue)."""
    token = inner.root
    while token.head.i != token.i:
        if token.dep_ in _SUBJECT_DEPS or _is_term_purpose(token, inner) or _put_before_head(token):
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and not _inside(token, quoted, offset) and any(c.dep_ in _SUBJECT_DEPS for c in token.children):
            named = any(c.dep_ in _SUBJECT_DEPS and c.pos_ != "PRON" for c in token.children)
            if named and _is_reported(token, quoted, offset):
                return None
            found = speakers.of_verb(token, offset, quoted, past_other_subjects=False)
            return found if found is not None and (found.kind == PERSON or found.role is not None) else None
    return None


def _within_name(inner: Span) -> bool:
    """Quoted words between two proper nouns: a piece of a name ("Moviento Patria Altiva "i" Soberana")."""
    doc = inner.doc
    before, after = inner.start - 1, inner.end
    while before >= 0 and doc[before].is_quote:
        before -= 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    return before >= 0 and after < len(doc) and all(doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() for k in (before, after))


def _is_reported(verb: Token, quoted: SpanSet, offset: int) -> bool:
    """A clause a reporting verb reports, through complement and conjunct links."""
    token = verb
    while token.dep_ in _REPORTED_DEPS and token.head.i != token.i:
        token = token.head
        if _is_cue(token) and not _inside(token, quoted, offset):
            return True
    return False


def _put_before_head(token: Token) -> bool:
    """A clause put before the verb it hangs from ("Having “rolled out the red carpet” …, Trump accused him")."""
    return token.dep_ == "advcl" and token.i < token.head.i


def _is_term_purpose(token: Token, inner: Span) -> bool:
    """A to-clause describing a noun ("proposals to deploy …") and holding quoted words that say nothing, a term."""
    return token.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and not _has_verb(inner)


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return True
    if token.lemma_ in _BARE_CUES:
        return token.pos_ == "VERB" and not any(c.dep_ in _COMPLEMENTS and not _opens_quote(c) for c in token.rights)
    if token.lemma_ in _VOICE_CUES:
        return token.pos_ == "VERB" and _voice_reads(token)
    return token.pos_ in ("VERB", "AUX") and token.lemma_ in QUOTE_CUES


def _voice_reads(verb: Token) -> bool:
    """Whether a document or a voice reads: its subject, or its object when it has no subject ("read the email")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    voices = subjects or [c for c in verb.rights if c.dep_ == "dobj"]
    return any(v.lemma_ in SPEAKER_ROLES for v in voices)


def _opens_quote(token: Token) -> bool:
    """The words ``token`` heads open with a quotation mark, or follow one."""
    first = token.left_edge.i
    return token.doc[first].is_quote or (first > 0 and token.doc[first - 1].is_quote)


def _nearby_cue(doc: Doc, inner: Span, quoted: SpanSet, offset: int) -> Token | None:
    """The reporting verb nearest the quotation, outside quotes, in its sentences."""
    sentences = list(doc.sents)
    first = next(i for i, s in enumerate(sentences) if s.start <= inner.start < s.end)
    last = next(i for i, s in enumerate(sentences) if s.start <= inner.end - 1 < s.end)
    window = [t for s in sentences[first:last + 1] for t in s]
    if last + 1 < len(sentences):
        after = sentences[last + 1]
        # "….” he said." / "…?” Sanders asked rhetorically, shaking his head.": the parser split them
        window += list(after) if len(after) <= 8 else list(after[:_CUE_AFTER_WORDS])
    cues = [t for t in window if _is_cue(t) and not _inside(t, quoted, offset)]
    if not cues:
        return None
    return min(cues, key=lambda t: min(abs(t.i - inner.start), abs(t.i - inner.end)))


def _is_speechlike(inner: Span, text: str) -> bool:
    """A sentence's worth of speech: a clause with its own subject, or a capital start."""
    words = text.split()
    has_clause = any(t.dep_ in _SUBJECT_DEPS and inner.start <= t.head.i < inner.end and t.head.dep_ not in ("relcl", "acl") for t in inner)
    return has_clause or (len(words) >= 4 and text.lstrip("…. ")[:1].isupper() and not _TITLE_CASE_RE.match(text))


def _framed_as_speech(inner: Span, text: str, before: str, quoted: SpanSet, offset: int) -> bool:
    """Words laid out as speech, however short: a quote that opens a sentence
    and either ends in a comma, "!" or "?" with a reporting verb right after
    its closing mark ("“Savage,” she said"; "“Out!” the crowd yelled"), or is a
    sentence of its own ("“It is a tough charge,” Pence said. “But, come on.”")."""
    if before and not _SENTENCE_END_RE.search(before):
        return False
    if re.search(r"[.!?]\s*$", text):
        return True
    if not _FRAME_END_RE.search(text):
        return False
    following = _words_after(inner, _FRAME_WORDS)
    return any(_is_cue(t) and not _inside(t, quoted, offset) for t in following)


def _paragraph_starts(paragraphs: list[Paragraph]) -> list[int]:
    """Where each paragraph starts, in text order: each block, and each line of
    a block whose lines are not hard-wrapped (one over _WRAPPED characters),
    where a line break ends a paragraph."""
    starts = []
    for para in paragraphs:
        text = para.doc.text
        starts.append(para.block.start)
        if any(len(line) > _WRAPPED for line in text.split("\n")):
            starts += [para.block.start + m.end() for m in re.finditer(r"\n", text.rstrip("\n"))]
    return starts


def _paragraph_texts(paragraphs: list[Paragraph], starts: list[int]) -> list[tuple[int, str]]:
    """(offset, text) of each paragraph at ``starts``: a block, or a line of a block of one-line paragraphs."""
    texts = []
    for para in paragraphs:
        offset, text = para.block.start, para.doc.text
        own = [s for s in starts if offset <= s < offset + len(text)]
        texts += [(s, text[s - offset:e - offset]) for s, e in zip(own, own[1:] + [offset + len(text)])]
    return texts


def _outside(para: Paragraph, span: QuoteSpan, start: int, end: int) -> tuple[str, str]:
    """The words of the quote's paragraph (body offsets ``start``–``end``) before
    its opening mark and after its closing mark ('' when there are none); a
    multi-paragraph quote has nothing after."""
    text = para.doc.text
    offset = para.block.start
    before = text[start - offset:span.start - offset - 1]
    after = text[span.parts[0][1] - offset + 1:end - offset] if len(span.parts) == 1 else ""
    return (before if re.search(r"\w", before) else "", after if re.search(r"\w", after) else "")


def _in_report(inner: Span, quoted: SpanSet, offset: int) -> bool:
    """Quoted words after a reporting verb of their sentence (outside quotes),
    though not under it: PolNeAR's annotators attribute them;
    not in a clause that describes a noun ("France and Britain, which co-chair
    a “coalition of the willing,” have indicated …") or one put before its
    head (see _enclosing_cue)."""
    token = inner.root
    while token.head.i != token.i:
        if token.dep_ in ("acl", "relcl") or _put_before_head(token):
            return False
        token = token.head
    return any(_is_cue(t) and not _inside(t, quoted, offset) for t in inner.doc[inner.sent.start:inner.start])


def _is_attribute_value(text: str, start: int) -> bool:
    """A value of markup left in the text (<tweet author="@edhenry">): its opening mark follows "="."""
    return text[:max(start - 1, 0)].rstrip().endswith("=")


def _names_something(inner: Span) -> bool:
    """A quote right after a word like "poem", "dubbed", "so-called" or "the word"."""
    doc = inner.doc
    i = inner.start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    so_called = i >= 2 and doc[i].lower_ == "called" and doc[i - 2].lower_ == "so"
    return i >= 0 and (doc[i].lower_ in NAMING_WORDS or so_called)


def _speaker_of_cue(cue: Token, inner: Span, speakers: Speakers, quoted: SpanSet, offset: int) -> Speaker | None:
    """The cue's subject; for a cue with no subject after the quote ("…,” Antija
    Zlatun, from Novi Travnik, said), the person named between the two."""
    manner = cue.dep_ == "pcomp" and cue.head.lower_ in _MANNER_PREPOSITIONS and cue.head.head.pos_ in ("VERB", "AUX")
    clause = cue.head.head if manner else cue
    speaker = speakers.of_verb(clause, offset, quoted)
    if speaker is not None or cue.i < inner.end or any(c.dep_ in _SUBJECT_DEPS for c in cue.children):
        return speaker
    start, end = inner.end_char + offset, cue.idx + offset
    named = [p for p in speakers.people.placed.starting_in(start, end) if not _inside_chars(p.start, quoted)]
    return person(named[0].person) if named else _named_after(cue, speakers, offset)


def _named_after(cue: Token, speakers: Speakers, offset: int) -> Speaker | None:
    """The person named right after a reporting verb that has no subject, in
    a frame put after its quote ("…,” said Skelly, explaining …), though the
    parser did not take the name for the subject."""
    for token in cue.doc[cue.i + 1:cue.i + 1 + _FRAME_WORDS]:
        if token.is_punct or token.is_quote:
            return None
        named = speakers.people.at(token.idx + offset) or (speakers.people.find_at(token.text, token.idx + offset) if token.text[:1].isupper() else None)
        if named is not None:
            return person(named)
    return None


def _frame_verb(inner: Span, text: str, quoted: SpanSet, offset: int) -> Token | None:
    """The verb of a frame right after a quote that ends in a comma, "?" or
    "!", whatever the verb: the first verb of the few words after its closing
    mark, when its subject, a name or a pronoun, stands among them too ("“I
    would say this,” Trump answered"; "“…,” he surmised"; "“This is
    fantastic!” beamed Donald Hartley"; "“…?” Hannity pressed", the name
    tagged a noun)."""
    if not _FRAME_END_RE.search(text):
        return None
    following = _words_after(inner, _FRAME_WORDS)
    verb = next((t for t in following if t.pos_ == "VERB" and t.dep_ not in _SUBJECT_DEPS), None)  # "Trump shot back": "Trump" tagged a verb
    if verb is None or _inside(verb, quoted, offset):
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS and (c.pos_ in _FRAME_SUBJECT_POS or c.text[:1].isupper())]
    return verb if any(s in following for s in subjects) else None


def _voice_frame(inner: Span, text: str, quoted: SpanSet, offset: int) -> tuple[Token, Token] | None:
    """(voice, verb) of a frame right after a quote that ends in a comma, "?"
    or "!", read by its words where the parse missed the verb: a voice
    (``SPEAKER_ROLES``) and a reporting verb after it ("“…,” the email read":
    "read" parsed a noun the email modifies)."""
    if not _FRAME_END_RE.search(text):
        return None
    following = _words_after(inner, _FRAME_WORDS + 1)
    words = following[1:_FRAME_WORDS + 1] if following and following[0].lower_ in _FRAME_DETERMINERS else following[:_FRAME_WORDS]
    for voice, verb in zip(words, words[1:]):
        if voice.lemma_ in SPEAKER_ROLES and voice.pos_ in _FRAME_VOICE_POS and verb.lemma_ in _FRAME_CUES and not _inside(verb, quoted, offset):
            return voice, verb
        if not (voice.is_alpha and voice.pos_ in _FRAME_MODIFIER_POS):
            return None
    return None


def _sentence_before_speaker(inner: Span, start: int, speakers: Speakers, quoted: SpanSet, offset: int) -> Speaker | None:
    """Who speaks in a quote that is a sentence of its own after a sentence
    of its paragraph (which starts at doc offset ``start``) with a reporting
    verb: that verb's subject ("Trump isn’t a conservative, he said. “He’s a liberal!”")."""
    i = inner.start - 1
    while i >= 0 and (inner.doc[i].is_quote or inner.doc[i].is_space):
        i -= 1
    if i < 0 or inner.doc[i].idx < start:
        return None
    sentence = inner.doc[i].sent
    cues = [t for t in inner.doc[max(sentence.start, 0):i + 1] if t.idx >= start and _is_cue(t) and not _inside(t, quoted, offset)]
    return _speaker_of_cue(cues[-1], inner, speakers, quoted, offset) if cues else None


def _paragraph_lead_in(paragraphs: list[Paragraph], start: int, speakers: Speakers, quoted: SpanSet) -> Speaker | None:
    """Who speaks in a quote standing alone in its paragraph (body offset
    ``start``) after a paragraph that ends with a colon: the subject of the
    last reporting verb of its last sentence ("…, as the Heritage Foundation
    website notes:"), or of the one put in aside ("As Breitbart News reported,
    the White House was refusing to call it terrorism:"), else of the
    clause before the colon ("He said: ¶ “…”")."""
    index = bisect_right(paragraphs, start - 1, key=lambda para: para.block.start) - 1
    if index < 0:
        return None
    para = paragraphs[index]
    offset = para.block.start
    lead = para.doc.text[:min(start, para.block.end) - offset].rstrip()
    if not lead.endswith(":") or _inside_chars(offset + len(lead) - 1, quoted):
        return None
    end = next((t.i + 1 for t in reversed(para.doc) if t.idx < len(lead)), 0)
    last = para.doc[end - 1].sent if end else None
    cues = [t for t in para.doc[last.start:end] if _is_cue(t) and not _inside(t, quoted, offset)] if last is not None else []
    cue = next((c for c in cues if _is_aside(c)), cues[-1]) if cues else None
    speaker = speakers.of_verb(cue, offset, quoted) if cue is not None else None
    return speaker or _lead_in_speaker(para.doc, end, speakers, quoted, offset)


def _paragraph_subject(paragraphs: list[Paragraph], start: int, speakers: Speakers, quoted: SpanSet) -> Speaker | None:
    """Who speaks in a quote standing alone in its paragraph (body offset
    ``start``) after a paragraph whose last sentence, with no quote in it, is
    about a person: the subject of its main verb ("Viguerie is upbeat about
    Cruz’s chances … ¶ “Not only can Ted Cruz win …”"); or whose main verb
    reports, whoever its subject ("CNN reported that night Petraeus
    testifies … ¶ “The hearing was closed …”" → CNN)."""
    index = bisect_right(paragraphs, start - 1, key=lambda para: para.block.start) - 1
    if index < 0:
        return None
    para = paragraphs[index]
    offset = para.block.start
    last = next((t.sent for t in reversed(para.doc) if t.idx + offset < start and not t.is_space), None)
    if last is None or any(_inside(t, quoted, offset) for t in last):
        return None
    if _is_cue(last.root):
        return speakers.of_verb(last.root, offset, quoted, past_other_subjects=False)
    return person(speakers.people.subject_of(last.root, offset, quoted, past_other_subjects=False))


def _lead_in_speaker(doc: Doc, end: int, speakers: Speakers, quoted: SpanSet, offset: int) -> Speaker | None:
    """Who speaks in a quote after a colon or a dash (its first word the
    ``end``-th of ``doc``, or the paragraph after ``doc``): the subject of the
    clause before it ("He had one message — “…”"), or its owner ("His reply
    was blunt: “…”")."""
    i = end - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_punct):
        i -= 1
    if i < 0:
        return None
    root = doc[i].sent.root
    if root.i >= end:  # the parser took the quote as the main clause: the clause of the subject nearest the colon, as high as it goes before the quote
        subject = next((t for t in reversed(doc[doc[i].sent.start:i + 1]) if t.dep_ in _SUBJECT_DEPS), None)
        if subject is None:
            return None
        root = subject.head
        while root.head.i != root.i and root.head.i < end:
            root = root.head
    speaker = speakers.of_verb(root, offset, quoted)
    if speaker is not None:
        return speaker
    subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
    owners = [c for s in subjects for c in s.children if c.dep_ == "poss"]
    if not owners:
        return None
    owner = owners[0]
    if owner.pos_ == "PRON":
        return person(speakers.people.before(owner.idx + offset, gender_of(owner.lower_), quoted)) if gender_of(owner.lower_) else None
    return person(speakers.people.at(owner.idx + offset))


def _inside_chars(position: int, quoted: SpanSet) -> bool:
    """Inside a quotation or on one of its marks."""
    return position in quoted.widened(1, 1)


def _has_verb(inner: Span) -> bool:
    """Quoted words that say something ("is not welcome", "to make every
    effort"), not a term ("coalition of the willing", "reassurance force")."""
    return any(t.pos_ in ("VERB", "AUX") for t in inner)


def _looks_like_name(text: str) -> bool:
    """A few words, each capitalised but the small ones: a name, title or
    slogan (“Make America Great Again”, “Let's Get Loud”), whatever the parse."""
    return bool(_TITLE_CASE_RE.match(text.strip())) and len(text.split()) <= _MAX_NAME_WORDS


def _kind(text: str, speechlike: bool, said: bool) -> str:
    """Full, partial or not speech; ``said``: someone says the words, or a
    reporting verb governs words that say something."""
    if _looks_like_name(text) and not speechlike:
        return "not_speech"  # a name or title: “Coalition of the Willing”
    if speechlike:
        return "full"
    if said:
        return "partial"
    return "not_speech"  # a term in quotation marks, with no one to say it
