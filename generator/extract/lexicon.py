"""The words extraction goes by, in one place: reporting verbs, the titles
and roles that introduce or stand for a person, words that give away a
person's gender, words after which a quotation is a name, not speech, and
the last words that make a name an organisation's, a place's or a building's.

(The words of dates, month and weekday names, are the date tagger's own:
``timex/lexicon.py``.)
"""
from __future__ import annotations

from pathlib import Path

# Verbs that report speech ("said", "warned", "told"), by lemma: a statement's
# verb, and a name's that speaks.
CUE_VERBS = frozenset({
    "say", "tell", "warn", "caution", "add", "state", "note", "insist", "maintain",
    "confirm", "praise", "emphasize", "emphasise", "stress", "promise", "ask", "reply",
    "respond", "declare", "announce", "argue", "claim", "explain", "write", "describe",
    "suggest", "predict", "vow", "pledge", "urge", "reiterate", "acknowledge", "admit",
    "deny", "complain", "comment", "observe", "remark", "assert", "call", "express",
    "recall", "quip", "concede", "tweet", "conclude", "testify",
    "report", "tout", "dismiss", "criticize", "criticise", "accuse", "threaten", "agree",
    "contend", "affirm", "reaffirm", "proclaim", "scoff", "shout", "whisper", "joke",
    "cite",
})

# Verbs a quotation may hang from, from data: PolNeAR's Cue annotations (how
# the file was made is written at its top), with the verbs above.
QUOTE_CUES = CUE_VERBS | frozenset(
    line.strip() for line in (Path(__file__).parent / "cue_verbs.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))

# The gender "he" or "she" takes a first name for, from data: PolNeAR's Source
# annotations (how the file was made is written at its top).
FIRST_NAME_GENDERS = dict(
    line.split() for line in (Path(__file__).parent / "first_names.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#"))

# Words after which a quotation is a name or a term, not speech.
NAMING_WORDS = frozenset({
    "poem", "song", "book", "novel", "film", "movie", "album", "play", "title", "headline", "motto",
    "word", "words", "term", "phrase", "nickname", "operation", "entitled", "titled", "dubbed",
    "nicknamed", "named", "codenamed", "christened",
})

# Words that introduce a name without being part of it.
TITLES = {
    "president", "prime", "minister", "chancellor", "secretary", "secretary-general",
    "general", "gen.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
    "king", "queen", "prince", "princess", "pope", "sen.", "senator", "rep.",
    "gov.", "governor", "mayor", "leader", "chairman", "chief", "spokesman",
    "spokeswoman", "ambassador", "envoy", "premier", "vice", "deputy", "foreign",
    "defence", "defense", "minister", "commander", "colonel", "col.", "lt.",
}

# Titles that make one name a whole name: "King Hussein" is not a Hussein.
REGNAL_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir", "tsar", "czar", "shah"})

# Nouns that stand for a person's title without naming it ("the Russian leader").
ROLE_NOUNS = {"leader", "head", "official", "politician", "diplomat"}

# Words in a person's title or description that say their gender ("Mrs.", "spokeswoman").
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "spokeswoman", "chairwoman",
                "businesswoman", "congresswoman", "housewife", "wife", "mother", "widow", "daughter", "sister", "actress", "girl", "woman"}
MALE_WORDS = {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "businessman", "congressman",
              "husband", "father", "widower", "son", "brother", "actor", "boy", "man"}

# Pronouns that refer to a person named before, and the gender they say.
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

# Last words of an organisation's name ("Israel Radio", "State Department").
ORG_WORDS = frozenset("""
agency agencies airlines airways alliance army assembly association authority board brigade brigades bureau
cabinet campaign caucus center centre channel church club coalition college commission committee company congress
corp corporation council court department embassy examiner faction federation forces forum foundation front fund
gazette government group guard guards herald inc institute institution journal league ltd magazine ministry
movement navy network news newspaper office organisation organization pac parliament party police post press
project radio regime review senate service services society television times tribunal tribune tv union
university watch
""".split())

# Last words of a place's name ("Gaza Strip", "Latin America") and of a building's or site's ("Concert Hall").
PLACE_WORDS = frozenset("""
america africa asia avenue bank bay beach border bridge camp canal capital city coast county crossing desert
district east europe gulf hall heights highway hill hills hospital hotel house inn island islands lake mosque
mountain mountains ocean palace plaza port prison province region republic river road sea square stadium
state states station strip street temple territory tower town valley village west
""".split())

# Documents an organisation speaks in: "the report" with no owner written is
# the last organisation named before it.
DOCUMENTS = frozenset("""
report readout paper study survey poll statement communique release letter memo analysis editorial document filing
lawsuit suit complaint transcript email e-mail message website ad post piece
""".split())

# Verbs that send a document, and the document: "the email" after "Huma Abedin emailed supporters" is hers.
SENDING_VERBS = {"email": "email", "tweet": "tweet"}

# Nouns for a body of people that speaks as one ("the group said", "the newspaper
# said"): with no owner written, the organisation the article named last, like a document.
GROUPS = frozenset("""
group newspaper board organization organisation company agency network firm magazine tabloid outlet
""".split())

# Nouns for a body that speaks for its owner ("the Obama administration", "Russia's
# foreign ministry") or, with none written, for the organisation named last whose
# name ends in the noun ("the party" after "the Republican Party"); never, like a
# group's noun, for whichever organisation the article named last.
BODIES = frozenset("""
administration party ministry government court union team commission bureau service embassy foundation institute
center centre fund pac army military police navy
""".split())

# Nouns for what an organisation or a person publishes or airs ("the Times
# article", "an op-ed in The Post", "the court's ruling"): its owner's voice,
# only where the text writes the owner (unlike DOCUMENTS).
WORKS = frozenset("""
article column op-ed blog video commercial broadcast show program programme platform ruling indictment note
""".split())

# Nouns for the voice an organisation or a person speaks in ("a Downing Street
# spokeswoman", "the report", "the Clinton campaign"): the speaker is their
# owner, the noun its role.
SPEAKER_ROLES = frozenset("""
spokesman spokeswoman spokesperson spokesmen spokespeople official officials source sources aide aides adviser
advisers advisor advisors representative statement statements report reports communique release letter memo
email website account tweet tweets ad advertisement editorial survey poll study campaign campaigns committee
staff staffer staffers paper analysis document documents filing lawsuit transcript office department council
narrator voice-over author piece book
""".split()) | DOCUMENTS | GROUPS | BODIES | WORKS
