"""What kind of speaker a PolNeAR Source is, and whom it stands for.

Policy, stated before the code. Every rule reads only the annotations and
the article's words; no model is used, so the gold does not share the
errors of the systems it scores.
- ``none``: an attribution with no Source.
- ``pronoun``: he, she, him, her, his, I, me, who, whom. Other pronouns
  (it, they, we, which, …) are ``other``.
- ``organisation`` (organisation, office, group or document): the Source's
  head (its words before an appositive, a relative clause or an "of …") ends
  in a common noun of ORG_HEADS ("the campaign", "a Clinton spokesman",
  "the report"), or its name is an organisation's (a word of ORG_WORDS:
  "Judicial Watch", "The Washington Post"; an acronym: "CNN", "the FBI").
  A person who speaks for someone (a noun of VOICES: "a spokesman", "a top
  aide", "sources") is the organisation's only where the head names whose:
  a name, a possessive or an organisation's noun before it ("a Clinton
  spokesman", "his aides", "a campaign staffer"); with no owner written the
  text names nobody, and the Source is ``other``, like "the senator". A head
  ending in another common noun ("the Senate minority leader", "a Republican
  National Committee member") is someone described, not an organisation's
  name, whatever capitalised words come before it. A voice with a person's
  name in apposition is that person ("her chief policy aide, Jake Sullivan").
- ``person``: a person's name ends the head phrase or stands in apposition
  to it: "Trump", "House Speaker Paul Ryan" (titles dropped), "Jeff Weaver,
  Sanders’ campaign manager,", "the GOP nominee, Donald Trump,". A single
  capitalised word that the article also writes in lower case
  ("Progressives"), and places, are not names.
- ``other``: the rest: people described but not named ("the senator", "a
  Trump supporter", "a top aide", "the Senate minority leader"), crowds,
  pronouns of groups and things.

Who the Source stands for (``speaker``):
- a person: the fullest form of the name in the article. A surname alone
  becomes a full name of the article ending with it; of several ("Bill" and
  "Hillary Clinton"): those of the Source's gender if a title says it
  ("Mrs."), then the one a named Source before it gave last, else the one
  the article names most often.
- a pronoun: the nearest person mentioned before it whose gender (Lexicon:
  learnt from the corpus, by full name, else by first name) does not clash
  with the pronoun's. Mentions are the named-person Sources
  and, in the text outside quotation marks, full names whose first word is a
  first name some Source of the corpus bears and surnames of those, unless
  they follow a preposition or a conjunction, are possessive or modify a
  noun ("the Trump campaign"), and only where they open a sentence or clause
  or a verb-like word follows them (a subject, roughly). A relative "who"
  takes the name just before it in its sentence.
- an organisation: the Source's words without a determiner.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS  # a word list; no model is loaded

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "herself": "f",
                   "i": None, "me": None, "who": None, "whom": None}
OTHER_PRONOUNS = frozenset("""
it its they them their we us our you your which that this these those one another others some many both all each
everyone anyone someone nobody said
""".split())
# Heads of ORG_HEADS that are a person speaking for someone: an organisation's only with an owner written.
VOICES = frozenset("""
spokesman spokeswoman spokesperson spokesmen spokespeople spokespersons aide aides adviser advisers advisor advisors
official officials source sources staff staffer staffers representative representatives
""".split())
# Head nouns of an organisation, an office speaking for one (VOICES), a group or a document.
ORG_HEADS = VOICES | frozenset("""
campaign campaigns committee committees party parties statement statements report reports email emails e-mail letter
letters memo memos group groups board editorial editorials newspaper paper papers ad ads advertisement commercial
release releases poll polls survey surveys website site page blog post posts tweet tweets lawsuit suit complaint
filing filings company companies firm corporation administration department agency agencies office ministry
government court ruling indictment transcript document documents platform organization organisation union network
networks station magazine account message messages note study analysis book article piece video narrator voice-over
voiceover announcer script caption headline team operation pac super-pac fund foundation institute center council
commission bureau service police military army navy embassy outlet outlets show program programme broadcast column
op-ed press authors author readout readouts tabloid tabloids
""".split())
# What makes a word its owner's: "Clinton’s", "Sanders’".
_POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
# Pronouns that write whose a voice is: "his aides".
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its", "our"})
# Words before a voice that say whose it is not: "a former senior official", "One top aide".
_NOT_OWNERS = frozenset("senior chief multiple".split()) | STOP_WORDS
# Words that make a capitalised name an organisation's, not a person's.
ORG_WORDS = frozenset("""
Campaign Committee Party News Times Post Journal Foundation Institute Center Centre Department Network Watch
Association Council University College School Administration Commission Court Office Group Fund PAC Inc Corp
Company Democrats Republicans Forum Project Report Review Magazine Daily Tribune Herald Examiner Blaze Politico
Breitbart Gazette Press Bureau Agency Service Ministry Government Congress Senate House Caucus Coalition Union
Alliance League Federation Club Society Board Today Channel Radio Television TV Street Action Priorities Media
Matters Pentagon Kremlin Vatican Twitter Facebook Google Reuters PolitiFact Politifact Gallup Quinnipiac Rasmussen
Edition Transcript Statement Advocates
""".split())
# Titles and offices that stand before a name and are not part of it.
TITLES = frozenset("""
Mr Mrs Ms Miss Dr Sen Senator Rep Representative Gov Governor President Vice Speaker Secretary Leader Whip Chairman
Chairwoman Chair Director Rev Reverend Gen General Lt Col Capt Sgt Admiral Adm Rear Judge Justice Mayor Attorney
Minister Prime Chancellor Archbishop Pope Commissioner Ambassador Advocate Chief Officer CEO Pastor Professor Prof
Sheriff Rabbi Father Bishop Former Majority Minority Ranking Democratic Republican Presidential Candidate Nominee
Sens Reps Govs Co-anchor Anchor Lieutenant Congressman Congresswoman Councilman Councilwoman Founder Co-founder Host
Executive Delegate Senior Deputy Assistant Press State Independent US U.S. Democrat GOP First Lady King Queen Prince
Sheikh Supreme Court House Senate White FBI CIA NATO DNC RNC Spokesman Spokeswoman Spokesperson Strategist Pollster
Aide Adviser Advisor Analyst Economist Consultant Manager Coordinator Organizer Activist Author Columnist Historian
""".split())
PLACES = frozenset("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
York Hampshire Jersey Mexico Carolina Dakota Island America States Europe China Russia Israel Iran Syria Iraq France
Germany Britain England Canada Japan Cuba Chicago Cleveland Philadelphia Brooklyn Manhattan Miami Boston
""".split())
# Capitalised words that begin sentences, not names.
_NOT_FIRST_NAMES = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december meanwhile however still yet also though although while when where whether
but and or so then now today tonight yesterday tomorrow here there this that these those after before since
until unlike like as at by for from in into of on to with without about according despite during other
""".split())
# Words after which a name is not the subject of what follows.
_PREPOSITIONS = frozenset("""
of to by with for against about on at from in into than like over under toward towards between behind including
unlike versus vs the a an and or that both either neither whether nor
""".split())
# Words after which a name begins a clause.
_CLAUSE_OPENERS = frozenset("""
but so then still meanwhile instead however earlier later when while as after before though although because since if
once whereas where said says added adds asked told wrote writes tweeted
""".split())
# Lowercase nouns a name modifies ("the Trump campaign"): not a mention of the person.
_MODIFIED = frozenset("campaign campaigns administration supporters aides camp team foundation voters rally rallies era presidency "
                      "people fans allies backers loyalists spokesman spokeswoman adviser advisers staff".split())
FEMALE_WORDS = frozenset("mrs ms miss spokeswoman chairwoman congresswoman councilwoman businesswoman actress wife mother "
                         "daughter sister".split())
MALE_WORDS = frozenset("mr spokesman chairman congressman councilman businessman actor husband father son brother".split())
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "la", "le", "del", "da", "di", "bin", "al"})
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
_HEAD_END_RE = re.compile(r",|\s\(|\s(?:who|whose|which|that|of|from|at|with|for|in|outside|on)\s|\s[—–-]\s")
_DETERMINERS_RE = re.compile(r"^(?:the|a|an|one|another|some|two|three|several|many|his|her|their|its)\s+", re.IGNORECASE)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-Z][\w’'.-]*|[A-Z]\.)$")
_FULL_NAME_RE = r"\b((?:[A-Z][a-z’'-]+\.? |[A-Z]\. ){{1,3}}){surname}\b"
_ABBREVIATION = r"(?:Sen|Gov|Govs|Rep|Reps|Sens|Dr|Mr|Mrs|Ms|Lt|Gen|Col|St|Rev|Jr|Sr)\."
_CAPITALISED_RUN_RE = re.compile(rf"\b(?:[A-Z]\.|{_ABBREVIATION}|[A-Z][\w’'-]*)(?: (?:[A-Z]\.|{_ABBREVIATION}|[A-Z][\w’'-]*))*")
_SENTENCE_START_RE = re.compile(r"(?:[.!?][”\"’]?\s+|\n)(?=[^.!?\n]*$)")
_QUOTED_RE = re.compile(r"“[^”\n]*”?|\"[^\"\n]*\"?")


@dataclass(frozen=True)
class Source:
    """An attribution's Source spans, by attribution id (empty: no Source)."""

    attribution: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Resolved:
    """A Source classed and resolved: ``speaker`` is None where no one is named."""

    text: str | None
    kind: str  # person, pronoun, organisation, other, none
    speaker: str | None
    start: int = -1
    choices: int = 1  # full names a surname was chosen among (2+: a family name)


@dataclass(frozen=True)
class Lexicon:
    """What the whole corpus says about its people (see lexicon_from)."""

    genders: dict[str, str] = field(default_factory=dict)  # person_key(full name) → "m" or "f"
    first_names: frozenset[str] = frozenset()
    first_name_genders: dict[str, str] = field(default_factory=dict)  # "Mike" → "m"
    first_name_support: dict[str, int] = field(default_factory=dict)  # "Mike" → articles where a named Source bears it

    def gender(self, name: str) -> str | None:
        """A person's gender: theirs if known, else that of everyone known who bears their first name."""
        words = name.split()
        return self.genders.get(person_key(name)) or (self.first_name_genders.get(words[0]) if len(words) > 1 else None)


def person_key(name: str) -> str:
    """Lowercase words of a name, no punctuation: the key genders are kept by."""
    return " ".join(re.sub(r"[^\w\s-]", "", name.lower()).split())


def head_phrase(text: str) -> str:
    """The Source's words up to an appositive, a relative clause or an "of …"."""
    text = " ".join(text.split()).strip(" ,.;:")
    match = _HEAD_END_RE.search(text)
    return (text[:match.start()] if match else text).strip(" ,.;:")


def _bare(word: str) -> str:
    bare = word.strip(",.;:()")
    for ending in _POSSESSIVE_ENDINGS:
        bare = bare.removesuffix(ending)
    return bare


def _first_name(word: str) -> bool:
    """Whether a capitalised word can begin a full name (not "While", "Tuesday")."""
    lower = word.lower().strip(".")
    return lower not in STOP_WORDS and lower not in _NOT_FIRST_NAMES and len(lower) > 1


def name_in(head: str) -> str | None:
    """The person's name closing a head phrase, titles dropped; None if it ends
    otherwise (a lowercase noun, a possessive)."""
    run: list[str] = []
    for word in reversed(head.split()):
        if word.endswith(_POSSESSIVE_ENDINGS) and run:
            break  # "Trump’s campaign manager Corey Lewandowski": the possessor is not the name
        if _NAME_TOKEN_RE.match(word) or (word in _PARTICLES and run) or word in _SUFFIXES:
            run.insert(0, word)
        else:
            break
    run = [_bare(w) for w in run if not w.endswith("-based")]
    # Drop titles and the offices before them: "House Speaker Paul Ryan" → "Paul Ryan".
    last_title = max((i for i, w in enumerate(run) if w.rstrip(".") in TITLES or (w.isupper() and len(w) > 1)), default=-1)
    cut = max((i for i, w in enumerate(run[:-1]) if not _first_name(w) and w.lower() not in _PARTICLES), default=-1)
    run = run[max(last_title, cut) + 1:]
    while run and run[0] in _PARTICLES:
        run = run[1:]
    return " ".join(run) if run else None


def _name_or_org(head: str, article: str) -> tuple[str, str] | None:
    """(kind, speaker) when a head phrase ends in a person's or an organisation's name."""
    bare = _DETERMINERS_RE.sub("", head)
    if bare.isupper() and len(bare) > 1 and " " not in bare:
        return "organisation", bare  # the FBI, CNN
    name = name_in(head)
    if name is None:
        return None
    words = name.split()
    if any(w in ORG_WORDS for w in words) or (name.isupper() and len(words) == 1):
        return "organisation", bare
    if all(w in PLACES for w in words) or (len(words) == 1 and (
            name.lower() in OTHER_PRONOUNS or name.lower() in ORG_HEADS
            or re.search(rf"(?<![\w.] )\b{re.escape(name.lower())}\b", article))):
        return None  # a place; "Progressives", "Aides": common nouns
    return "person", name


def classify(text: str | None, article: str = "") -> tuple[str, str | None]:
    """(kind, speaker as written) of a Source text; see the module's policy.

    ``article`` is the text it stands in, to tell common nouns from names.
    """
    if not text or not text.strip():
        return "none", None
    text = " ".join(text.split()).strip(" ,.;:")
    head = head_phrase(text)
    if head.lower() in PERSON_PRONOUNS:
        return "pronoun", None
    if head.lower() in OTHER_PRONOUNS or not head:
        return "other", None
    last = _bare(head.split()[-1])
    if last.lower() in ORG_HEADS and (not last[:1].isupper() or len(head.split()) == 1):
        if last.lower() in VOICES:
            if (named := _apposed_person(text, article)) is not None:
                return "person", named  # "her chief policy aide, Jake Sullivan,"
            if not _owned(head):
                return "other", None  # "a top aide", "sources": nobody named
        return "organisation", _DETERMINERS_RE.sub("", text)
    found = _name_or_org(head, article)
    if found is None and "," in text:
        found = _apposed(text, article)  # "the GOP nominee, Donald Trump,"
    clause = text.split(",")[0]
    if found is None and clause != head:
        # "former secretary of state Hillary Clinton": not an "of …" after all.
        found = _name_or_org(clause, article)
    if found is None and not last.islower() and any(_bare(w) in ORG_WORDS for w in head.split() if w[:1].isupper()):
        found = "organisation", _DETERMINERS_RE.sub("", text)
    return found or ("other", None)


def _apposed(text: str, article: str) -> tuple[str, str] | None:
    """(kind, speaker) of a name in apposition to the head: "the GOP nominee, Donald Trump,"."""
    apposition = text.split(",")[1].strip() if "," in text else ""
    if apposition and not apposition.split()[0].islower():
        return _name_or_org(head_phrase(apposition), article)
    return None


def _apposed_person(text: str, article: str) -> str | None:
    """The person named in apposition to the head ("her chief policy aide, Jake Sullivan,"), if any."""
    found = _apposed(text, article)
    return found[1] if found is not None and found[0] == "person" else None


def _owned(head: str) -> bool:
    """Whether a head ending in a voice writes whose it is (the module's policy)."""
    for word in head.split()[:-1]:
        lower = word.lower()
        if (word.endswith(_POSSESSIVE_ENDINGS) or lower in _POSSESSIVE_PRONOUNS
                or lower in ORG_HEADS or (word[:1].isupper() and _bare(lower) not in _NOT_OWNERS)):
            return True
    return False


def title_gender(text: str) -> str | None:
    """The gender a title or role word states ("Mrs.", "spokeswoman"), if any."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & FEMALE_WORDS:
        return "f"
    if words & MALE_WORDS:
        return "m"
    return None


def full_names(text: str, surname: str, first_names: frozenset[str] = frozenset()) -> list[str]:
    """Every full name in ``text`` ending with ``surname``, in text order, repeats
    kept; words before the first known first name are dropped ("Casually
    Conflates Ted Cruz" in a headline → "Ted Cruz")."""
    out = []
    for match in re.finditer(_FULL_NAME_RE.format(surname=re.escape(surname)), text):
        words = (name_in(match.group(0).strip()) or "").split()
        known = [i for i, w in enumerate(words[:-1]) if w in first_names]
        words = words[known[0]:] if known else words
        if len(words) >= 2 and words[-1] == surname:
            out.append(" ".join(words))
    return out


def fullest(text: str, name: str, named_before: list[str] = (), gender: str | None = None,
            lexicon: Lexicon | None = None) -> tuple[str, int]:
    """The fullest form of a name in the article, and how many it was chosen among
    (the module's policy)."""
    if len(name.split()) > 1:
        return name, 1
    lexicon = lexicon or Lexicon()
    found = full_names(text, name, lexicon.first_names)
    candidates = list(dict.fromkeys(found))
    if gender:
        candidates = [c for c in candidates if lexicon.gender(c) in (None, gender)] or candidates
    if len(candidates) <= 1:
        return (candidates[0] if candidates else name), len(candidates)
    for before in reversed(named_before):
        if before in candidates:
            return before, len(candidates)
    return max(candidates, key=lambda c: (found.count(c), -candidates.index(c))), len(candidates)


def _written(text: str, source: Source) -> str | None:
    return " ".join(text[s:e] for s, e in source.spans) or None


def resolve_sources(text: str, sources: list[Source], lexicon: Lexicon | None = None, headline: bool = False) -> dict[str, Resolved]:
    """Every Source of one article, classed and resolved (the module's policy).

    Args:
        text: the article text the spans index.
        sources: the attributions' Sources.
        lexicon: genders and first names from the whole corpus (lexicon_from).
        headline: whether the names of the article's first line (its title) count
            as mentions of people and full names like the body's; the first gold
            did, which made "Understated Perez" of a headline a person.
    Returns:
        attribution id → Resolved.
    """
    lexicon = lexicon or Lexicon()
    article, title = text, 0
    if not headline:
        title = text.find("\n") + 1
        text = " " * title + text[title:]
    classed = {}
    for source in sources:
        written = _written(article, source)
        kind, speaker = classify(written, article)
        classed[source.attribution] = Resolved(written, kind, speaker, source.spans[0][0] if source.spans else -1)
    named = sorted((r for r in classed.values() if r.kind == "person"), key=lambda r: r.start)
    for attribution, r in classed.items():
        if r.kind == "person" and len(r.speaker.split()) == 1:
            before = [n.speaker for n in named if n.start < r.start and len(n.speaker.split()) > 1]
            speaker, choices = fullest(text, r.speaker, before, title_gender(r.text), lexicon)
            classed[attribution] = Resolved(r.text, "person", speaker, r.start, choices)
    people = sorted(((r.start, r.speaker) for r in classed.values() if r.kind == "person" and r.start >= title), key=lambda m: m[0])
    mentions = sorted(set(people + _mentions(text, people, lexicon.first_names)))
    return {a: Resolved(r.text, "pronoun", _antecedent(text, r, mentions, lexicon), r.start) if r.kind == "pronoun" else r
            for a, r in classed.items()}


def _mentions(text: str, people: list[tuple[int, str]], first_names: frozenset[str]) -> list[tuple[int, str]]:
    """(position, full name) of people named in the text outside quotation marks
    where they may be a subject (the module's policy)."""
    quoted = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    known = {name for _, name in people}
    out = []
    for match in _CAPITALISED_RUN_RE.finditer(text):
        start, end = match.span()
        if any(s <= start < e for s, e in quoted) or not _may_be_subject(text, start, end):
            continue
        name = name_in(match.group(0))
        if not name:
            continue
        words = name.split()
        if len(words) >= 2 and (name in known or words[0] in first_names) and not any(w in ORG_WORDS or w in PLACES for w in words):
            out.append((start, name))
            known.add(name)
        elif len(words) == 1:
            owners = [k for k in known if k.split()[-1] == name]
            if owners:
                previous = [n for p, n in people + out if p < start and n in owners]
                out.append((start, previous[-1] if previous else owners[0]))
    return out


def _may_be_subject(text: str, start: int, end: int) -> bool:
    """Whether a name at text[start:end] may be the subject of its clause: not
    after a preposition or a conjunction, not possessive, not modifying a
    noun; and opening a sentence or clause or followed by a verb-like word."""
    before = text[max(0, start - 30):start]
    word_before = before.split()[-1].lower() if before.split() else ""
    after = text[end:end + 30]
    following = re.match(r"\s*([\w,]+)", after)
    following = following[1] if following else ""
    if word_before in _PREPOSITIONS or text[start:end].endswith(("’s", "'s")) or re.match(r"[’']", after):
        return False
    if following in _MODIFIED:
        return False
    sentence_end = re.search(r"(?:[.!?:;,(—–][”\"’]?|\n)\s*$", before) and not re.search(rf"\b{_ABBREVIATION}\s*$", before)
    opens = not before.strip() or sentence_end or word_before in _CLAUSE_OPENERS
    verb_like = following == "," or (following[:1].islower() and following not in _PREPOSITIONS and following not in {"in", "on"})
    return bool(opens or verb_like)


def _antecedent(text: str, pronoun: Resolved, mentions: list[tuple[int, str]], lexicon: Lexicon) -> str | None:
    word = " ".join((pronoun.text or "").split()).lower()
    before = [name for start, name in mentions if start < pronoun.start]
    if word in ("who", "whom"):
        # A relative pronoun: the name just before it in its sentence.
        sentence = text[:pronoun.start]
        cut = _SENTENCE_START_RE.search(sentence)
        name = name_in((sentence[cut.end():] if cut else sentence).rstrip(" ,"))
        if name:
            return fullest(text, name, before, None, lexicon)[0]
        return before[-1] if before else None
    gender = PERSON_PRONOUNS.get(word)
    for name in reversed(before):
        if gender is None or lexicon.gender(name) in (None, gender):
            return name
    return None


def lexicon_from(articles: list[tuple[str, list[Source]]], headline: bool = False) -> Lexicon:
    """Genders and first names, from the whole corpus.

    A person's gender: a title or role word in a Source naming them ("Mrs.",
    "spokeswoman": two votes) and each he/she Source that follows their
    Source within two paragraphs with no other named person's surname in
    between (one vote); it needs two votes and three in four of them.
    First names: first words of the full names of person Sources, each borne
    by two different full names at least; a first name's gender is that of
    the people of known gender who bear it, when they all agree. Sources are
    resolved as resolve_sources does with ``headline``.
    """
    votes: dict[str, list[str]] = {}
    full = set()
    support = Counter()
    for text, sources in articles:
        ordered = sorted(resolve_sources(text, sources, headline=headline).values(), key=lambda r: r.start)
        surnames = {r.speaker.split()[-1] for r in ordered if r.kind == "person"}
        named = {r.speaker for r in ordered if r.kind == "person" and len(r.speaker.split()) > 1}
        full.update(named)
        support.update({name.split()[0] for name in named})
        last = None
        for r in ordered:
            if r.kind == "person":
                last = r
                if (g := title_gender(r.text or "")) is not None:
                    votes.setdefault(person_key(r.speaker), []).extend([g, g])
            elif r.kind == "pronoun" and last is not None:
                gender = PERSON_PRONOUNS.get(" ".join((r.text or "").split()).lower())
                between = text[last.start + len(last.text or ""):r.start]
                others = any(re.search(rf"\b{re.escape(n)}\b", between) for n in surnames)
                if gender and between.count("\n") <= 2 and not others:
                    votes.setdefault(person_key(last.speaker), []).append(gender)
    genders = {}
    for key, vs in votes.items():
        for g in ("m", "f"):
            if len(vs) >= 2 and vs.count(g) >= 0.75 * len(vs):
                genders[key] = g
    first_names = Counter(name.split()[0] for name in full)
    by_first: dict[str, set[str]] = {}
    for name in full:
        if (g := genders.get(person_key(name))) is not None:
            by_first.setdefault(name.split()[0], set()).add(g)
    first_name_genders = {first: next(iter(gs)) for first, gs in by_first.items() if len(gs) == 1}
    return Lexicon(genders, frozenset(n for n, count in first_names.items() if count >= 2), first_name_genders,
                   {first: support[first] for first in first_name_genders})
