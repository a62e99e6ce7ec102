"""Speakers that are organisations, offices and documents, or speak through one
(issue 15): table cases on sentences of PolNeAR's training folds 1-4."""
from __future__ import annotations

import pytest
from test_quotes import speakers_of


@pytest.mark.parametrize("paragraphs, expected", [
    # A person's office speaks for the person, the role kept (West Journal, 2016).
    (["Democratic presidential nominee Hillary Clinton told federal investigators in July she was advised by former Secretary of State Colin Powell to use a private email account, the New York Times reported late Thursday.",
      "“At the time there was no equivalent system within the department,” Powell’s office said in a statement."],
     [("Colin Powell", "person", "office")]),
    # A document a reporting verb describes speaks for its sender, in the sender's voice (Huffington Post, 2016).
    (["Republicans quickly pounced on the administration’s policy announcement by tying it to unauthorized immigration and, in Sen. David Vitter’s (R-La.) case, terrorist threats. His office put out a statement saying the U.S. “does not have the capacity to properly vet every incoming refugee.”"],
     [("David Vitter", "person", "office")]),
    # ... or the document sent to those the verb hangs from, as parsed (Politico, 2016).
    (["Hillary Clinton won the primary.",
      "Clinton’s team was all too happy to seize on Ryan’s comments. Her campaign quickly blasted out an email to supporters stating, “Speaker Paul Ryan Joins Growing List of Conservatives Rebuking Trump as He Captures GOP Nomination.”"],
     [("Hillary Clinton", "person", "campaign")]),
    # A document sent to those a reporting verb hangs from, as parsed, speaks for its sender (Washington Post, 2016).
    (["Bernie Sanders won the New Hampshire primary.",
      "Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a text message to supporters saying: \"With your help, we were just declared the winner in New Hampshire! Reply GIVE to contribute $10 from your phone bill and keep up the momentum.\""],
     [("Bernie Sanders", "person", "campaign")]),
    # A document reads; with no owner written it is the organisation's named before it (West Journal, 2016).
    (["Fox News confirmed that Kelly met with Trump.",
      "“Kelly requested a meeting with Mr. Trump, which took place at Trump Tower this morning,” the statement read."],
     [("Fox News", "organisation", "statement")]),
    # A document is the publication's it stands in (Huffington Post, 2016).
    (["“There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads a Wednesday editorial in The Des Moines Register."],
     [("Des Moines Register", "organisation", "editorial")]),
    # "The department", "the Post": the organisation named before whose name ends in that word (Politico, West Journal, 2016).
    (["The State Department also said on Thursday that it fell short of its court-ordered goal of releasing 43,000 pages of the trove by the end of the year.",
      "The department said it will “be adding this missing data in January 2016 and expect to be done by the end of the month.”"],
     [("State Department", "organisation", "department")]),
    (["The Washington Post reported that Lewandowski was ousted at the urging of three adult children and many key allies.",
      "“It just came to a head. There were a lot of voices that came together at once,” the Post reported, quoting an anonymous Republican official."],
     [("Washington Post", "organisation", None)]),
    # A magazine speaks for its publication (West Journal, 2016).
    (["“The train has already left the station,” wrote Time magazine."], [("Time", "organisation", "magazine")]),
    # A voice owned by a voice: "a Trump campaign source" is Trump's (Politico, 2016).
    (["It was exactly the kind of scripted political photo-op that Donald Trump loves to disparage as phony.",
      "\"It's the nominee's party,\" one Trump campaign source said."],
     [("Donald Trump", "person", "source")]),
    # Quoted paragraphs after a paragraph ending in a colon are the lead-in's (Breitbart, 2016).
    (["It would be difficult to overstate the significance of the Sharon Statement to the growth of the modern conservative movement, as the Heritage Foundation website notes:",
      "\"In the fall of 1960, some 90 young conservatives met at the Sharon, Connecticut, estate of William F. Buckley Jr. to form Young Americans for Freedom.\"",
      "\"Among those principles are the following: Free will and moral authority come from God.\""],
     [("Heritage Foundation", "organisation", "website")] * 2),
    # An organisation that relays a quote speaks for it, the outer attribution (West Journal, Politico, Breitbart, USA Today, 2016).
    (["“Sullivan set an April 15 deadline for parties to litigate a detailed investigative plan,” the Washington Post reported.",
      "“There has been a constant drip, drip, drip of declarations. When does it stop?,” the judge said, according to the Post. “This case is about the public’s right to know.”"],
     [("Washington Post", "organisation", None)] * 3),
    (["When asked about Sanders’ absence on the trail, Canova “bristled” and said, “No comment,” The Miami Herald reported."],
     [("Miami Herald", "organisation", None)] * 2),
    (["“This platform’s language just says (to abortion opponents) you are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today."],
     [("USA Today", "organisation", None)]),
    (["On Monday, Trump said he was \"happy to see\" that Khan was voted in, according to The New York Times. When asked about how his proposed ban would affect Khan, 45, Trump said: \"There will always be exceptions,\" the Times reported."],
     [("New York Times", "organisation", None)] * 2),
    # A relaying verb right after the closing mark, however parsed (Washington Post, 2016).
    (["During the investigation, Manafort acknowledged that the work he performed in return for consulting fees could be termed \"influence peddling,\" The Washington Post reported in 1991."],
     [("Washington Post", "organisation", None)]),
    # A relay written before the quote's own reporting verb is the inner speaker's: the smaller attribution (Xinhua, 2006).
    (["On Monday, Iranian Students News Agency (ISNA) reported that Iranian President Mahmoud Ahmadinejad said Israel would not attack the Islamic Republic as \"its regime is weak and it has many problems.\""],
     [("Mahmoud Ahmadinejad", "person", None)]),
    # A person who relays is no organisation, though the model labels the name ORG: the person rules give her (Politico, 2016).
    (["Rep. Lois Frankel recalled Alan Grayson giving her the same line. He promised to defeat Randolph thanks to the Grayson name, Frankel said.",
      "“She’s going to have my name, and I’m going to spend a lot of money on television,” Grayson said, according to Frankel."],
     [("Lois Frankel", "person", None)]),
    # "The Post" after "The Washington Post" is that one, though the model labels it nothing (West Journal, 2016: no-break spaces).
    (["“Sullivan set an April 15 deadline for parties to litigate a detailed investigative plan,” the Washington Post reported.",
      "“There has been a constant drip, drip, drip of declarations. When does it stop?,” the judge\xa0said, according to the\xa0Post."],
     [("Washington Post", "organisation", None)] * 2),
    # An outlet relays though the article took its name for a person's, where the model labels it an organisation (West Journal, 2015).
    (["But news has emerged that Cosby has been a big donor to the Bill and Hillary Clinton Foundation. Daily Caller reporters asked.",
      "As The Daily Caller reported, the Cosby Show creator and star “gave between $1,001 and $5,000” to the Clintons."],
     [("Daily Caller", "organisation", None)]),
    # A relaying clause closing the sentence after a comma, parsed a conjunct; its subject after the verb parsed an object (Huffington Post, Breitbart, 2016).
    (["Andrean High School fans also chanted, “Build a wall,” referring to the Republican presidential candidate’s vow to construct a wall along the U.S.-Mexican border, the Chicago Tribune reports."],
     [("Chicago Tribune", "organisation", None)]),
    (["Planned Parenthood’s president Cecile Richards noted that abortion – what her abortion business calls “comprehensive reproductive healthcare” – is “central” to the Democrat Party’s platform for the first time, reported the Washington Examiner."],
     [("Washington Examiner", "organisation", None)] * 2),
    # A voice frame read by its words where the parse missed its verb ("read" a noun): the email sent before (Washington Post, 2016).
    (["In the final days of his New Hampshire campaign, Sen. Ted Cruz (R-Tex.) never mentioned the man who was likely to beat him.",
      "The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show Cruz and Trump are in a two-man race.",
      "\"Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,\" the email read. It stated that Trump is so rattled."],
     [("Ted Cruz", "person", "email")]),
    # "It said" after a quote of a voice is that voice's (Washington Post, 2016); with none heard before, nobody's,
    # though an organisation was named just before (West Journal, 2015).
    (["In the final days of his New Hampshire campaign, Sen. Ted Cruz (R-Tex.) never mentioned the man who was likely to beat him.",
      "The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show Cruz and Trump are in a two-man race.",
      "\"Friend, let me be blunt. I can beat Hillary Clinton. Donald can't,\" the email read. It said that Trump supports \"Hillary-style healthcare\" and the procedure sometimes called partial-birth abortion."],
     [("Ted Cruz", "person", "email")] * 2),
    (["The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of Staff Jeremy Bash, more than three hours after the initial Benghazi attack and about an hour after a second attack at a CIA Annex almost a mile from the main compound.",
      "“I just tried you on the phone but you were all in with S (an apparent reference to Clinton),” it reads."],
     [(None, None, None)]),
    # The email after "X emailed" is X's (Breitbart, 2015).
    (["Huma Abedin, vice chairwoman for Clinton’s presidential campaign, emailed supporters on Monday evening, telling them, “I am a proud Muslim — but you don’t have to share my faith to share my disgust.”",
      "The email goes on to say: “Trump wants to literally write racism into our law books … his Islamaphobia doesn’t reflect our nation’s values — it goes far enough to damage our country’s reputation and could even threaten our national security.”"],
     [("Huma Abedin", "person", None), ("Huma Abedin", "person", "email")]),
    # A document is not the one's it is aimed at: "their Friday editorial at Clinton" read in a voice frame, the
    # parser making "editorial" an adjective, is not Clinton's (West Journal, 2016).
    (["That did not set well with the editors of The Advocate, who aimed their Friday editorial at Clinton.",
      "“If she wants to be the next president, Hillary Clinton should act like one, and come to Louisiana,” the editorial read."],
     [(None, None, None)]),
    # A document or a voice relays in the voice of its owner: an office, or a person (Politico, 2016).
    (["Defense Secretary Ash Carter spoke with his South Korean counterpart Han Min-koo \"to discuss potential alliance responses to the recent apparent North Korean nuclear test,\" according to a Pentagon readout."],
     [("Pentagon", "organisation", "readout")]),
    (["“No one knew who she was, and while she is certainly smart and very pretty, we told her that maybe she should run for the state House or state Senate or a smaller seat because she had no political experience and nobody knew who she was,” said Patricia Farley, who belonged to a local Democratic women’s club and is now vice president of the Democratic Women’s Club of Florida.",
      "“I know the Kennedy family. I want to run for Congress,” Dena Minning replied at the time, according to Farley’s account."],
     [("Patricia Farley", "person", None), ("Patricia Farley", "person", "account")]),
    # A voice whose owner is a group's noun is the group named before: "one former senior agency official" (Washington Post, 2016).
    (["Other former CIA officers with no direct knowledge of the case but with experience in war zones chafed at such second-guessing and said seeking reinforcements was the right course. \"Did he lose 20 minutes? Probably,\" said one former senior agency official. \"But that was probably the right solution.\""],
     [("CIA", "organisation", "official")] * 2),
    # A wire report's dateline is where, not who: the subject after it speaks (UPI, 2016).
    (["PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at the outset of the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders after leaked emails showed DNC staff favoring Hillary Clinton."],
     [("Democratic National Committee", "organisation", None)]),
    # Quoted words no reporting verb holds are those of the voice that is the subject of the clause above them (Politico, 2016) ...
    (["Enter The Washington Post. “He is a politician selling his own brand of fiction to a slice of the country that eagerly wants to buy it,” the paper's editorial board wrote. The piece goes on to slam Sanders’ “political revolution” for implying “a national consensus favoring his agenda when there is none and ignores the many legitimate checks and balances in the political system that he cannot wish away.”"],
     [("Washington Post", "organisation", "board")] + [("Washington Post", "organisation", "piece")] * 2),
    # ... but not an organisation's name: its scare quotes are as often the writer's (West Journal, 2015).
    (["The FBI is also exploring potential violations under the Espionage Act regarding provisions relating to “gross negligence” in the handling of national defense information."],
     [(None, None, None)]),
    # Negative: who came by a document is not its author: "obtained by The Post" (Washington Post, 2016).
    (["One such document, obtained by The Post, includes a \"no-disparagement\" clause that requires staffers to promise \"during the term of your service and at all time thereafter\" not to \"demean or disparage publicly\" Trump, his business ventures or any of his family members or their business ventures \"and to prevent your employees from doing so.\""],
     [(None, None, None)] * 4),
    # Negative: a document whose owner the text does not give relays nothing: the person asked keeps the quote (Politico, 2016).
    (["Hillary Clinton spoke to NPR on Wednesday.",
      "\"And it’s really a very general debate when it comes to Sen. Sanders about no, we need to have a single payer system. Well, what does that mean? \" Clinton asked, according to a transcript of the interview."],
     [("Hillary Clinton", "person", None)]),
    # An office's owner owns its document: "a report from the State Department's inspector general", "a letter
    # from the chairman of the … Committee" (Washington Post, Huffington Post, 2016).
    (["Two years before the public learned of Hillary Clinton's private server, the State Department gave an \"inaccurate and incomplete\" response about her email use when it told an outside group that it had no documents about Clinton's email accounts beyond her government address, according to a report from the State Department's inspector general to be released Thursday."],
     [("State Department", "organisation", "report")]),
    (["One message, apparently referring to air strikes against Islamic State by the United States and its allies, said: “You kill innocent women and children by doing us air strikes ... now taste the Islamic State vengeance,” according to a letter to Facebook from the chairman of the U.S. Senate Committee on Homeland Security."],
     [("U.S. Senate Committee on Homeland Security", "organisation", "letter")]),
    # A reporting clause marked "as" frames the clause it is put before: its quoted words (Washington Post, 2016),
    # or the quote standing alone after it in the next paragraph (Breitbart, 2015).
    (["But as the nationalist Global Times tabloid noted in an op-ed Thursday, the leading GOP candidate \"has surprisingly earned himself a few fans in China.\""],
     [("Global Times", "organisation", "tabloid")]),
    (["As Breitbart News reported, even on Friday morning, the Obama White House was refusing to call the San Bernardino Christmas party slaughter as terrorism:",
      "\"The Obama administration is still reluctant to call the attack in California an act of terrorism, citing the ongoing investigation by the F.B.I. before they might willing to specifically define the event.\""],
     [("Breitbart News", "organisation", None)]),
    # A quote standing alone after a paragraph whose last sentence reports is that reporter's (Breitbart, 2015).
    (["CNN reported that night Ex-CIA chief Petraeus testifies Benghazi attack was al Qaeda-linked terrorism.",
      "\"The hearing was closed but New York Congressman Pete King spoke to reporters afterwards and said this conflicted with previous accounts.\""],
     [("CNN", "organisation", None)]),
    # ... "issue" reporting there too (PolNeAR's cues: "issued a statement") (Breitbart, 2016; the article names
    # the DNC in full only later).
    (['At Brazille’s direction, the DNC issued a statement apologizing to Sanders for the emails, which included staff members suggesting someone should question Sanders’ Jewish faith.',
      '“On behalf of everyone at the DNC, we want to offer a deep and sincere apology to Senator Sanders, his supporters and everyone in the Democratic Party for the inexcusable remarks made over email. These comments to not reflect the values of the DNC or our steadfast commitment to neutrality during the nominating process. The DNC does not — and will not — tolerate disrespectful language toward our candidates. Individual staffers have rightly apologized for their comments and the DNC is taking appropriate action to ensure it never happens again.”'],
     [("DNC", "organisation", None)]),
    # Negative: an "as" clause that reports nothing gives its subject no words after it: the crowd chants (Washington Post, 2016).
    (["As Trump attacked Clinton, the attendees chanted, \"Lock her up!\" as they had for previous speakers."], [(None, None, None)]),
    # A name ending in "Watch" is an organisation's, that relays after a comma (Huffington Post, 2016).
    (["Swanson, who is a pastor at the Reformation Church of Elizabeth, Colorado, slammed the Girl Scouts for promoting “lesbianism, abortion and contraception for 14-year-old girls” among its participants on Monday’s installment of his weekly radio show, “Generations with Kevin Swanson,” Right Wing Watch first reported."],
     [("Right Wing Watch", "organisation", None), (None, None, None)]),
    # A body's noun with no owner written is the organisation named last whose name ends in it (Xinhua, 2005, 2006) ...
    (["Days of arson attacks also put the authorities on fire. The French Communist Party on Friday urged Interior Minister Nicolas Sarkozy to step down, saying his policy is \"a total failure.\"",
      "\"The interior minister's policy, recycling ideas of the far-right is more than a total failure: it stirs all the tensions and generates the results strictly contrary to what it pretends to obtain,\" the party said."],
     [("French Communist Party", "organisation", None), ("French Communist Party", "organisation", "party")]),
    (["Turkish Foreign Ministry on Tuesday strongly condemned killing of Lebanese Industry Minister Pierre Gemayel.",
      "\"We hope perpetrators of this attack will be found soon. Turkey is ready to provide every type of support for settlement of peace and stability in Lebanon,\" the ministry added."],
     [("Turkish Foreign Ministry", "organisation", "ministry")]),
    # ... but a body's noun among the quoted words is nobody's voice (Politico, 2016).
    (["“The drop we are seeing now is directly attributable to the emails, the foundation, all the old trust stuff,” said a person close to the Clintons. “That’s why Trump surged around the time of the conventions too. It’s a serious problem, but there’s not a lot we can do about it.”"],
     [(None, None, None)] * 2),
    # Negative: a work with no owner written ("The article") is not the organisation named last (CNN, which
    # reported it) (Xinhua, 2006).
    (["The editorial, posted on the Website of the Army Times on Saturday, said Rumsfeld \"has lost credibility with the uniformed leadership, with the troops, with Congress and with the public at large.\"",
      "The article, first reported by CNN, said Bush, Vice President Cheney and Rumsfeld have made \"one rosy reassurance after another, \" such as \"mission accomplished,\" the insurgency is \"in its last throes,\" and \"back off.\""],
     [(None, None, None)] * 5),
    # Negatives: a book's title is no speech of anyone's (Politico, 2016); a source the text gives no owner is nobody's (Washington Post, 2016).
    (["The security agency also secretly helped an East German journalist write a book, “Who’s Who in the CIA,” that accurately outed numerous undercover CIA agents."],
     [(None, None, None)]),
    (["\"There was wrongdoing,\" said a former senior law enforcement official."], [(None, None, None)]),
])
def test_organisation_speakers(nlp, paragraphs, expected):
    assert speakers_of(nlp, *paragraphs) == expected
