"""Pronoun speakers ("he said", "she told reporters"): the person the pronoun
stands for, by gender (a first name's, from lexicon.FIRST_NAME_GENDERS or
gender-guesser's list) and by whom the verb is said to ("he told Hannity":
not Hannity). Sentences of PolNeAR articles of the development folds (1-4)."""
from __future__ import annotations

import pytest

from generator.extract.quotes import extract_quotes
from generator.extract.speakers import collect_speakers
from generator.model import Block, Paragraph


def speakers_of(nlp, *paragraphs: str) -> dict[str, str | None]:
    """Each quote's first words → its speaker."""
    paras, offset = [], 0
    for text in paragraphs:
        paras.append(Paragraph(Block(offset, offset + len(text), "body"), nlp(text)))
        offset += len(text) + 2
    found, _ = extract_quotes(paras, collect_speakers(paras))
    return {" ".join(q.text.split()[:4]): q.speaker for q in found}


FLEISCHER = ("One of the authors of that 2013 report, Ari Fleischer, said Trump’s nomination will at least test the validity of their conclusions. "
             "“Certainly Donald Trump has gone in the opposite direction from what we recommended,” said the former top aide to President George W. Bush. "
             "“If he loses, he’ll give even more credence to our report.”")
HANNITY = ("During an interview with Sean Hannity that aired Wednesday night, Donald Trump discussed one of his signature proposals — the wall that would "
           "run along the southern U.S. border with Mexico.")


@pytest.mark.parametrize("paragraphs, quote, speaker", [
    # "she": not Ari Fleischer, a man by his first name (gender-guesser), though no title or pronoun of the article says so
    # (Huffington Post, 2016).
    ([FLEISCHER, "At a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson also railed against immigrants, and explained "
      "how much it upset her to hear them speak in other languages. “They should speak English in public,” she said."],
     "They should speak English", "Brenda Johnson"),
    # "he": not Zoe Saldana, named after him (Huffington Post, 2015).
    (["Here’s what John Leguizamo, Zoe Saldana, America Ferrera, Gina Rodriguez and many more Latinos said that really got us thinking in 2015.",
      "In a conversation with HuffPost Live’s Alyona Minkovski about his upcoming comedy project, “Latin History for Dummies,” the actor discussed "
      "the absence of Latinos in U.S history education. “Just imagine, you’re a white kid and all of a sudden everybody’s Latin,” he said."],
     "Just imagine, you’re a", "John Leguizamo"),
    # "he told Hannity": not Hannity, the subject before (Western Journalism, 2016).
    ([HANNITY, "Hannity asked Trump how high the wall would be.",
      "“I think the height could be 35 to 45 feet. That’s high,” he told Hannity, to cheers from the crowd at the town hall."],
     "I think the height", "Donald Trump"),
    # Negative: the one he tells is someone else; he is still the subject before (Washington Post, 2015).
    (["At a meet-and-greet in an Oskaloosa, Iowa, coffee shop last month, Rubio supporter Scott Szlachta told the senator that he drove from "
      "Chicago to ask him about H-1B visas.",
      "“U.S. citizens that are in my spot have been horribly abused by the H-1B program,” he told Rubio."],
     "U.S. citizens that are", "Scott Szlachta"),
    # "he": the subject written in the sentence before, not the speaker a quote inside it was given ("shows": Obama)
    # (Politico, 2015).
    (["Westmacott, who will retire soon after also serving in Iran, Turkey and France, praised Obama’s presidency in an interview "
      "published Saturday.",
      "Westmacott also said that Obama shows “great charm” and exhibits a fondness for the United Kingdom.",
      "“President Obama seems to me to be somebody who’s pretty fond of the UK,” he said."],
     "President Obama seems to", "Westmacott"),
])
def test_pronoun_speaker(nlp, paragraphs, quote, speaker):
    assert speakers_of(nlp, *paragraphs)[quote] == speaker
