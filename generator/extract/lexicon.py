"""The words extraction goes by, in one place: reporting verbs, the titles
and roles that introduce or stand for a person, words that give away a
person's gender, and words after which a quotation is a name, not speech.

(The words of dates, month and weekday names, are the date tagger's own:
``timex/lexicon.py``.)
"""
from __future__ import annotations

# Verbs that report speech ("said", "warned", "told"), by lemma.
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

# Nouns that stand for a person's title without naming it ("the Russian leader").
ROLE_NOUNS = {"leader", "head", "official", "politician", "diplomat"}

# Words in a person's title or description that say their gender ("Mrs.", "spokeswoman").
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "lady", "dame", "queen", "princess", "spokeswoman", "chairwoman",
                "businesswoman", "congresswoman", "housewife", "wife", "mother", "widow", "daughter", "sister", "actress", "girl", "woman"}
MALE_WORDS = {"mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "businessman", "congressman",
              "husband", "father", "widower", "son", "brother", "actor", "boy", "man"}

# Pronouns that refer to a person named before, and the gender they say.
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
