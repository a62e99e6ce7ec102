"""The article's own title as a headline candidate (extract/article_headline.py)
and where an event takes it (combine/titles.py): real titles and lead
paragraphs of the first half of the events benchmark's news."""
from __future__ import annotations

import pytest

from generator.combine.assemble import assemble
from generator.extract.article import extract_articles
from generator.extract.article_headline import article_headline, title_text
from generator.read.corpus import parse_article


@pytest.mark.parametrize("title, text", [
    ("Urgent: Israeli PM begins meeting with Rice in Jerusalem", "Israeli PM begins meeting with Rice in Jerusalem"),
    ("URGENT Saddam trial adjourned until Wednesday", "Saddam trial adjourned until Wednesday"),
    ("1st lead: Woman suicide bomber confesses to bomb attack", "Woman suicide bomber confesses to bomb attack"),
    ("King Hussein grants refuge to HAMAS official jailed in US by Randa Habib", "King Hussein grants refuge to HAMAS official jailed in US"),
    ("1996 set grim record for executions: Amnesty", "1996 set grim record for executions"),
    ("Arafat in Cairo to ask Egypt's help (picture)", "Arafat in Cairo to ask Egypt's help"),
    # negatives: nothing taken off
    ("Fight terror, Rice tells Palestinians", "Fight terror, Rice tells Palestinians"),
    ("Israeli FM begins Turkey visit", "Israeli FM begins Turkey visit"),
])
def test_a_title_loses_the_desks_tags_and_the_byline(title, text):
    assert title_text(title) == text


@pytest.mark.parametrize("title, headline", [
    ("Iraq condemns Jordan's suicide bombings", "Iraq condemned Jordan's suicide bombings"),
    ("Israeli FM begins Turkey visit", "Israeli FM began Turkey visit"),
    ("Hamas, Jihad reject Palestinian-Israeli deal on Gaza crossings", "Hamas, Jihad rejected Palestinian-Israeli deal on Gaza crossings"),
    ("Maronite patriarch hopes pope's visit will unite Lebanon", "Maronite patriarch hoped pope's visit will unite Lebanon"),
    ("Iraq flies Mecca pilgrims home through both exclusion zones", "Iraq flew Mecca pilgrims home through both exclusion zones"),
    ("State prosecutor reaches decision on Netanyahu", "State prosecutor reached decision on Netanyahu"),
    ("Iranian war veterans hold overnight sit-in in front of German embassy",
     "Iranian war veterans held overnight sit-in in front of German embassy"),
    ("Nine bodies found south of Baghdad", "Nine bodies found south of Baghdad"),
    # no act in the present: a scene, a plan, a note to editors
    ("Arafat in Cairo to ask Egypt's help", None),
    ("Further studies may be done on Turin shroud", None),
    ("ATTENTION - ADDS quotes ///", None),
    ("oil-for-food scam", None),
    # cut off by the crawl (T17 MJ): where the headline ends is not known
    ("Michael Jackson doctor Conrad Murray gives TV interview Dr Murray was speaking to Steve Hewlett for…", None),
    ("Katherine Jackson has announced a tribute concert for Cardiff A judge in Los Angeles has ruled a film...", None),
])
def test_a_title_as_a_past_tense_headline(nlp, title, headline):
    assert article_headline(nlp(title)) == headline


@pytest.mark.parametrize("source, title, published, lead, expected, absent", [
    # the lead's own headline broken by the parser ("Visiting US Secretary of State Condoleezza Rice in Jerusalem"): the title
    ("XIN_ENG_20051114.0072", "Urgent: Israeli PM begins meeting with Rice in Jerusalem", "2005-11-14",
     "Israeli Prime Minister Ariel Sharon and Foreign Minister Silvan Shalom began a meeting with visiting US Secretary of State "
     "Condoleezza Rice in Jerusalem on Monday morning.", "Israeli PM began meeting with Rice in Jerusalem", "Visiting"),
    # negatives: a title that tells another act of the lead, or another happening, is not taken
    ("XIN_ENG_20051114.0308", "Bulgaria informs allies over Iraq withdrawal plans", "2005-11-14",
     "The Bulgarian battalion in Iraq will begin its withdrawal right after Iraqi parliamentary elections planned for Dec. 15, "
     "the press office of the Bulgarian Defense Ministry has announced.", None, "Bulgaria informed allies"),
    ("AFP_ENG_20051215.0505", "Donkey used to attack German aid group in Afghanistan", "2005-12-15",
     "Explosives strapped to a donkey were detonated near a German aid agency's vehicle in northern Afghanistan but the blast "
     "caused no human casualties, police said Thursday.", None, "Donkey used"),
])
def test_an_event_takes_its_articles_title_where_its_own_headline_is_broken(nlp, source, title, published, lead, expected, absent):
    article = parse_article(f"{source}.md", f'---\ntitle: "{title}"\npublished: {published}\n---\n{lead}\n')
    titles = [e.title for e in assemble(list(extract_articles([article], nlp))).events]
    if expected is not None:
        assert expected in titles, titles
    assert not any(t.startswith(absent) for t in titles), titles
