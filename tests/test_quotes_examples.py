"""Every quote of each example article with its speaker, as a reader would list them (the issue's acceptance test:
every quote's speaker named where the article names one).

Each article's list holds (start of the content, speaker): the coded name, or the speaker's words when the article
gives no name. A quote Lapwing still gets wrong is listed in KNOWN_MISSES with what is wrong: those cases are
strict xfails, so fixing one turns the suite red until it moves into the list proper."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles.jsonl"

EXPECTED: dict[str, list[tuple[str, str]]] = {
    "lw-20190430-venezuela-uprising": [
        ("the armed forces to abandon President", "Juan Guaido"),     # 'called on the armed forces to abandon ...'
        ("The moment is now", "Juan Guaido"),
        ("more than 70 people were injured", "Health officials"),
        ("at least 25 soldiers had sought refuge", "human rights groups"),
        ("the armed forces remained loyal to Maduro", "Vladimir Padrino"),
        ("troops had repelled the rebels", "Vladimir Padrino"),          # "He told state television ..."
        ("government supporters to gather at Miraflores", "Diosdado Cabello"),
        ("Everyone to Miraflores", "Diosdado Cabello"),                   # '"...," he told a rally'
        ("the government had the situation under control", "Diosdado Cabello"),
        ("Washington stood with the Venezuelan people", "Mike Pompeo"),
        ("Maduro had tried to fly to Cuba", "A Colombian television network"),
        ("a crude lie", "Venezuela"),                                     # the government in Caracas
        ("Maduro had an aircraft waiting", "Mike Pompeo"),
        ("the claim", "Russia"),                                          # 'Moscow denied the claim'
        ("We have defeated this small group", "Nicolas Maduro"),          # '"...," he said'
        ("the economy has shrunk by about half", "National Assembly"),
        ("More than 3.7 million Venezuelans have left", "United Nations"),
    ],
    "lw-20190501-venezuela-may-day": [
        ("A 27-year-old woman was shot dead", "human rights groups"),    # '..., human rights groups said, a day after'
        ("at least 46 people were injured", "A monitoring group"),
        ("119 people had been arrested", "Foro Penal"),
        ("We are going to stay in the streets", "Juan Guaido"),
        ("rolling strikes in the public sector", "Juan Guaido"),         # 'He called for rolling strikes'
        ("would lead to a general strike", "Juan Guaido"),               # '..., which he said would lead to ...'
        ('the "coup" had been crushed', "Nicolas Maduro"),
        ("those behind it would be punished", "Nicolas Maduro"),         # '... and promised that ...'
        ("They will not go unpunished", "Nicolas Maduro"),
        ("Washington of directing the plot", "Nicolas Maduro"),          # 'He accused Washington of ...'
        ("80% of the soldiers", "Nicolas Maduro"),
        ("Leopoldo López", "Spain's government"),
        ("it would not hand him over", "Spain"),                          # 'Madrid said ...'
        ("Russian Foreign Minister Sergei Lavrov warned", "the Russian foreign ministry"),
        ("Pompeo, for his part, told Lavrov", "U.S. State Department"),  # '..., according to the State Department'
        ("Moscow's support for Maduro was destabilising", "Mike Pompeo"),
        ("the military may be waiting", "Some analysts"),
        ("The generals have not moved yet", "a retired Venezuelan colonel"),
    ],
    "lw-20190417-venezuela-central-bank-sanctions": [
        ("We will not rest until", "John Bolton"),
        ('the three governments formed a "troika of tyranny"', "John Bolton"),
        ("the central bank had been used", "U.S. Treasury"),
        ("the government would challenge them", "Jorge Arreaza"),
        ('the sanctions amounted to "economic warfare"', "Nicolas Maduro"),
        ("it did not support the U.S. sanctions", "European Union"),
    ],
    "lw-20190516-yemen-sanaa-air-strikes": [
        ("Air strikes by the Saudi-led coalition hit", "health officials"),
        ("it had targeted military sites", "Saudi-led coalition"),     # 'The coalition said ...': the one named
        ("the raids destroyed weapons depots", "The coalition's spokesman"),
        ("all necessary measures", "The coalition's spokesman"),   # '... and that "all necessary measures" had been
        ("one strike flattened a house", "Residents"),
        ("We pulled three bodies out of the rubble", "a neighbour"),
        ("any of their fighters had been killed", "Houthis"),
        ("the coalition was trying to cover up", "Houthis"),             # '... and said the coalition ...'
        ("the group would strike", "A senior Houthi official"),
        # 'called on both sides to ... and said ...'; the envoy's name is his (session 32, co61: "The United Nations
        # envoy for Yemen, Martin Griffiths," is one person)
        ("both sides to show restraint", "Martin Griffiths"),
    ],
    "lw-20190505-football-riverside-title": [
        ("We attacked them from the first minute", "Sarah Lindqvist"),
        ('his side had "shot themselves in the foot"', "Gary Whitlock"),
        ("You cannot give a team like that", "Gary Whitlock"),          # '"...," he said'
    ],
    "lw-20190509-markets-chipmakers-rally": [
        ("The chip cycle has turned", "Priya Raman"),
        ("investors who had fled the sector", "Priya Raman"),            # 'She said ...'
        ("it would take a $600 million charge", "Halvorsen"),            # '... after it cut ... and said ...': 'it'
                                                                         # is the company the clause hangs from
        ('analysts on a conference call that the cuts were "painful', "Martin Keller"),
        ("U.S. stockpiles rose by 5.4 million barrels", "industry data"),
    ],
}

# the two crisis reports written in session 17, listed as a reader would list them after the coder's round
EXPECTED["lw-20251009-peru-president-removed"] = [
    ("she was dissolving Congress", "Quispe"),
    ("it would not follow orders to close the legislature", "joint command"),
    ("Peruvians to stay calm", "joint command"),                       # '..., and urged Peruvians to stay calm' (added in round 38)
    ("a political truce", "Diego Mamani"),                                # 'called for a political truce'
    ("Peru needs calm, not revenge", "Diego Mamani"),                     # '... he told lawmakers'
    ("she had planned to request asylum", "a government source"),         # 'where, according to a government source, ...'
    ("his country was ready to offer her asylum", "Alberto Ruiz"),
    ("her arrest", "Alberto Ruiz"),                                   # '... and called her arrest "..."' (added in round 38: overlooked)
    ("Two people were killed", "ombudsman"),
    ("23 people had been detained in Lima", "Teresa Lozano"),
    ('agitators" of attacking police stations', "Teresa Lozano"),   # '... and accused "agitators" of ...': her own cue
    ("Washington rejected any attempt", "Mark Ellison"),
    ("all sides to refrain from violence", "Brazil"),                    # "Brazil's foreign ministry called on ..."
    ("The Organization of American States will send", "secretary general"),
]
EXPECTED["lw-20260310-kyrgyzstan-emergency"] = [
    ('the army would "not watch the country slide into civil war"', "Ruslan Asanov"),
    ("both camps to negotiate", "Ruslan Asanov"),                     # '... and urged both camps to negotiate' (added in round 38)
    ("Nine people were killed", "health officials"),
    ("143 people had been detained", "interior ministry"),
    ("Opposition supporters and riot police clashed again", "witnesses"),
    ("anyone had been killed by live fire", "KTRK"),                      # 'denied that ...'
    ("the Feb. 28 vote was rigged", "Ata-Jurt"),                          # 'The opposition Ata-Jurt alliance, which says'
    ("soldiers and police officers to refuse orders", "Kanybek Osmonov"),  # 'called on ... to refuse orders ...'
    ("his supporters to gather outside", "Kanybek Osmonov"),         # '... and urged his supporters to gather ...'
    ("We did not lose this election", "Kanybek Osmonov"),
    ("The people voted, the commission counted", "Aida Bekova"),          # '... she told reporters'
    ("the authorities to release him", "embassy"),                        # 'the U.S. embassy, which called on ...'
    ("Talks between Dauletov and Osmonov's envoys", "Kazakh diplomat"),
    ("Moscow firmly backed", "Russia's foreign ministry"),
    ("China supported Bishkek's efforts", "Lin Wei"),
    ("it was reviewing its aid programmes", "European Union"),           # 'the 27-nation bloc said'
    ("premature and regrettable", "Kyrgyz foreign ministry"),            # 'a decision the ... ministry called "..."'
]
EXPECTED["lw-20260827-png-no-confidence"] = [
    ("The motion, tabled last week", "clerk of parliament"),          # '..., the clerk of parliament said in a statement'
    ("they would challenge the vote", "lawyers"),                     # 'whose lawyers said they would ...'
    ('the Papua New Guinea Defence Force to "stand with', "Kila"),   # the outgoing prime minister's call on the army
    ("his supporters to gather", "Kila"),                             # '... and urged his supporters to gather ...'
    ("at least eight people had been killed", "Thomas Yaki"),         # both of his that-clauses
    ("The crisis unfolded over nine days", "parliamentary records"),  # 'according to parliamentary records and witnesses'
    ("On Aug. 18, the opposition lodged its motion", "residents"),    # the timeline, '..., residents said'
    ("he had spoken to the commanders", "Oala"),
    ("them to restore order", "Oala"),                                # '... and had asked them to restore order "..."'
    ("the military took no side in politics", "Aaron Wari"),
    ("political revenge", "prime minister's party"),                  # 'was condemned by ... as "political revenge"'
    ("Talks between Oala and Kila's party", "government source"),
    ("all sides to respect the decision of parliament", "Australia"),  # Australia, New Zealand and the Forum
    ("it stood behind the new prime minister", "Fiji"),
    ("her government supported Oala's government", "Claire Morton"),
    ("Chinese citizens to stay indoors", "embassy"),                  # 'China's embassy ..., which told ...'
    ("it had asked the authorities to protect", "embassy"),
]

EXPECTED["lw-20261112-armenia-parliament-stormed"] = [
    ("Several thousand protesters", "health ministry"),               # '..., the health ministry said in a statement'
    ("it will bring a lasting peace", "government"),                  # 'whose government has said it will ...'
    ("defend the constitutional order", "Hakobyan"),                  # the call on the armed forces "to ..."
    ("the interior ministry to clear the building", "Hakobyan"),     # '... and ordered the interior ministry to ...'
    ("he had met the chief of the general staff", "Hakobyan"),        # both that-clauses, the army's loyalty quoted
    ("Opposition leader Gor Sargsyan", "spokeswoman"),                # '..., a spokeswoman for the bloc told reporters'
    ("his supporters had started the violence", "Gor Sargsyan"),      # 'denied that ...'
    ("his supporters to gather again", "Sargsyan"),                   # 'urged his supporters to gather ...'
    ('soldiers "not to turn their weapons', "Gor Sargsyan"),          # 'called on soldiers "not to turn ..."'
    ("The crisis built up over four weeks", "officials"),             # 'according to officials and opposition figures'
    ("at least 112 people had been detained", "Investigative Committee"),
    ("the unrest as", "foreign ministry"),                            # 'described the unrest as "an internal matter"'
    ("it would not interfere", "Russia"),
    ("the authorities and the opposition to settle", "France"),       # France, the United States and the EU
    ("it expected Yerevan to honour the agreement", "Azerbaijan"),
    ("French Foreign Minister Claire Dubois", "ministry"),             # '..., her ministry said'
    ("France stood firmly by Armenia's", "Claire Dubois"),
    ("talks between the two sides were the only way out", "Armenian Apostolic Church"),
]

EXPECTED["lw-20261001-thailand-election-annulled"] = [
    ("Thailand's Constitutional Court on Thursday annulled", "officials"),  # '..., officials and witnesses said'
    ("it would", "commander"),                                        # 'whose commander had warned that it would "..."'
    ("At least 27 people", "Erawan emergency centre"),
    ("police had fired water cannon", "Erawan emergency centre"),     # '..., adding that police had fired ...'
    ('the armed forces to "respect the will', "Arunee Sirisombat"),  # 'called on the armed forces to "..."'
    ("she had spoken by telephone", "Arunee Sirisombat"),             # 'She later told reporters that ...'
    ("the troops would not be used against civilians", "commanders"),  # 'who she said had assured her that ...'
    ("the soldiers had been sent only to keep order", "Wirat"),
    ("all sides to accept the court's ruling", "Wirat"),              # 'He urged all sides to ...'
    ("the ruling as", "Thanawat Kiatsakul"),                          # 'rejected the ruling as "..."'
    ("his supporters to gather", "Thanawat Kiatsakul"),               # 'urged his supporters to gather at ...'
    ("them to stay peaceful", "Thanawat Kiatsakul"),                  # '..., telling them to stay peaceful'
    ("three student leaders had been taken into custody", "Pimchanok Rattana"),
    ("The crisis has built up over six weeks", "officials"),          # 'according to officials and diplomats'
    ("dividing the nation", "Wirat"),                                 # 'warned the party against "..."'
    ("it supported the court's decision", "Election Commission"),
    ("the army to respect the constitution", "United States"),        # the United States, Japan and the EU
    ("the ruling was Thailand's internal affair", "China's foreign ministry"),
    ("Australian Foreign Minister Helen Marsh", "office"),             # '..., her office said in a statement'
    ("Australia backed the caretaker government's call", "Helen Marsh"),
]

EXPECTED["lw-20261119-zambia-opposition-arrest"] = [
    ("Zambian police on Thursday arrested", "officials"),             # '..., his lawyers and party officials said'
    ("The arrest of Chanda", "doctor"),                               # 'according to a doctor at the ... Hospital'
    ("was quoted out of context", "party"),                           # 'a speech that his party says was quoted ...'
    ("Chanda had been detained", "Bernard Phiri"),
    ('him of plotting to "make the country ungovernable"', "Bernard Phiri"),  # 'accused him of plotting to "..."'
    ("officers had fired tear gas", "Ruth Mulenga"),                  # '..., and that 63 people had been arrested'
    ("President Edwin Tembo, who is seeking", "spokesman"),           # '..., a presidential spokesman said'
    ("the constitution forbids", "opposition"),                       # 'a third term that the opposition says ...'
    ("the president told the commanders", "spokesman"),               # 'According to the spokesman, ...'
    ("the armed forces must", "Edwin Tembo"),                         # ... the president told ... that ...' (his words)
    ("the army and the police to", "Grace Nkandu"),                   # 'called on the army and the police to "..."'
    ("the party's supporters to gather", "Grace Nkandu"),             # '... and urged the party's supporters to gather'
    ("the party fully supported the police", "Joseph Banda"),
    ("The standoff has deepened", "officials"),                       # 'diplomats and party officials said'
    ("foreign-funded groups", "Edwin Tembo"),                         # 'Tembo accused "..." of plotting unrest'
    ("it was \"deeply concerned\"", "African Union"),
    ("Harare stood by Tembo's government", "Tendai Moyo"),            # 'X, who telephoned ..., said in a statement that'
    ("two of the bloc's envoys", "South Africa"),                     # 'South Africa, which chairs ..., said ...'
    ("he would appear before a magistrate", "lawyers"),
]

EXPECTED["lw-20261129-bangladesh-election-night"] = [
    ("Prime Minister Farida Rahman has spoken", "press secretary"),  # '..., her press secretary says'
    ("she told the service chiefs", "press secretary"),             # 'According to the press secretary, ...'
    ("the armed forces", "Farida Rahman"),                          # ... she told ... that ...' (her words)
    ('the army to "protect the people\'s verdict"', "Tariq Hossain"),  # 'called on the army to "..."'
    ("his supporters to gather", "Tariq Hossain"),                  # 'Hossain also urged his supporters to gather'
    ("Come in your thousands", "Tariq Hossain"),                    # '"...," he said'
    ("Police and opposition supporters clashed", "witnesses"),      # '..., witnesses told our reporter'
    ("At least 14 people were injured", "doctor"),
    ("the opposition of \"inciting violence", "Kamal Uddin Chowdhury"),  # 'accused the opposition of "..."'
    ("The government, he said, fully backed", "Kamal Uddin Chowdhury"),
    ("police to clear the roads", "Kamal Uddin Chowdhury"),         # 'He has ordered police to clear ...'
    ("serious irregularities", "Election Commission"),              # 'after what it called "..."'
    ("its polling agents were driven out", "Front"),                # 'The People's Front says ...'
    ("Mobile internet in Dhaka", "monitoring group"),
    ("New Delhi supported the Bangladeshi government", "Rakesh Menon"),
    ("all parties to wait for the official results", "United Kingdom"),  # 'Britain, Japan and the EU ... called on
    #   ...': the coded name of Britain, as "Venezuela" stands for "the government in Caracas" above
    ("he was following events closely", "spokeswoman"),
    ("Talks between the Election Commission", "official"),          # '..., a commission official said'
    ("the men had been held without charge", "rights groups"),      # '..., who said the men had been held ...'
]

EXPECTED["lw-20261203-niger-un-mission-expelled"] = [
    ("The National Council for the Defence of the Homeland", "CNDH"),  # the communique's quoted text
    ("The U.N. Secretary-General deeply regretted", "Henrik Solberg"),  # '..., his spokesman, X, told reporters'
    ("the organisation had not been formally notified", "Henrik Solberg"),  # '..., adding that ...'
    ("We urge the authorities to reconsider", "Henrik Solberg"),   # '"...," Solberg said'
    ("The sanctions will stay in place", "Alieu Sanneh"),          # '..., ECOWAS Commission President X said on Thursday'
    ("Nigeria and Benin shut their border crossings", "customs officials"),  # '..., according to customs officials'
    ("Abuja would not be intimidated", "Chidi Okonkwo"),           # 'later told a news conference that ...'
    ("the junta against", "Chidi Okonkwo"),                        # '... and warned the junta against "..."' (added in round 38)
    ("Two U.N. staff members were briefly detained", "U.N. official"),
    ("they stood by", "military governments"),                     # 'whose military governments said ... that ...'
    ("In Niamey, thousands of supporters", "witnesses"),           # '..., some waving Russian flags, witnesses said'
    ("the expulsion as \"a grave mistake\"", "Hama Seydou"),       # 'condemned the expulsion as "..."'
    ("the soldiers to free President Moussa Kader", "Hama Seydou"),  # '... and urged the soldiers to free ...'
    ("ECOWAS defence chiefs are due to meet", "two diplomats"),
]

# the three example articles that had no list yet (qx27), written from a reading of the text before Lapwing's output
EXPECTED["lw-20261202-paraguay-impeachment-crisis"] = [
    ('the Armed Forces to "stand with the people"', "Benítez"),                          # 'the main opposition leader ... called on ... to'
    ('the military to "guarantee the constitutional order', "Benítez"),  # 'in which he asked the military to "..."'
    ("Of the 37 injured, 14 are police officers", "Ministry of Public Health"),  # '..., the ministry reported'
    ("52 people had been arrested", "Liliana Ocampo"),             # 'told reporters that ...'
    ("he had spoken to the commanders", "Cañete"),
    ("absolute loyalty to the Constitution", "commanders"),        # 'who had assured him of their "..."'
    ("Benítez of promoting", "Cañete"),                            # 'accused Benítez of promoting "..."'
    ("I am not going anywhere", "Cañete"),                         # '"...," he said'
    ("the president tried to leave the country", "Telefuturo"),
    ("a version", "Ministry of Information"),                      # 'a version the ministry denied "categorically"'
    ("party members to gather", "Hugo Zárate"),                    # 'called on party members to gather ...'
    ('Brasilia "stands by', "Ana Lúcia Correia"),                  # 'writing that Brasilia "..."'
    ("it backed Paraguay's constitutional authorities", "Argentina"),  # 'The government of Argentina said ...'
    ("all political actors to settle", "Argentina"),               # '... and called on all political actors to'
    ("the organisation was following events", "Cortés"),           # 'The secretary general of the OAS, X, said'
]
EXPECTED["lw-20261205-montenegro-parliament-blockade"] = [
    ("At least 23 people were injured", "Clinical Centre"),          # '..., the Clinical Centre of Montenegro said'
    ("was held without a quorum", "opposition"),                     # 'a session the opposition says was held ...'
                                                                     # (added after the first run: overlooked)
    ("they had detained 41 protesters", "Police"),
    ('the vote "an unconstitutional putsch', "Radulović"),            # 'called the vote "..."'
    ("his supporters to stay", "Marko Vuković"),                     # 'addressing the crowd ..., urged his supporters'
    ('police officers "not to raise', "Marko Vuković"),              # '... and called on police officers "..."'
    ("We will not leave this square", "Vuković"),                    # '"...," he said'
    ("the opposition of trying", "Nikola Đurović"),                  # 'accused the opposition of trying "..."'
    ("the government would not negotiate", "Nikola Đurović"),
    ("officers had acted", "Andrija Popović"),                       # 'told a news conference that ...'
    ('Serbia "cannot remain indifferent', "Dragan Milićević"),       # "Serbia's foreign minister, X, said ..."
    ("Podgorica against", "Dragan Milićević"),                       # '... and warned Podgorica against "..."'
    ("Belgrade of meddling", "foreign ministry"),                    # "Montenegro's foreign ministry ... accused ..."
    ("all sides to show restraint", "Anna Lindqvist"),
    ("the bloc stood ready to mediate", "Anna Lindqvist"),
    ("the government to respect", "Croatia"),                        # 'Croatia and Slovenia called on the government'
    ("President Milena Kaluđerović met", "office"),                  # '..., her office said'
    ("On Thursday night, a group of masked men", "Trade Union of Media"),
    ("they would join the protests", "students"),
]
EXPECTED["lw-20261206-georgia-foreign-influence-law"] = [  # written and listed in session 28
    ("63 people had been taken into custody", "interior ministry"),  # '..., and the interior ministry said ...'
    ("38 people were treated in hospital", "health ministry"),
    ("Georgia's place is in Europe", "Tamar Gelashvili"),             # '"...," she said in a televised address'
    ("organised groups", "Irakli Beridze"),                           # 'telling a news conference on Sunday that ...'
    ("He met the heads of the security services", "office"),          # '..., his office said, and ...'
    ("them to restore order", "Irakli Beridze"),                      # 'ordered them to restore order'
    ("supporters to gather again", "Nino Kapanadze"),                 # after a participle phrase on the subject
    ("civil servants to join", "Nino Kapanadze"),
    ("what he called the disproportionate", "foreign policy chief"),
    ("Brussels would review", "foreign policy chief"),
    ("they had recalled their ambassadors", "Lithuania"),             # 'Lithuania and Latvia said they had ...'
    ("Washington stood with the Georgian people", "State Department spokesman"),  # 'wrote on X that ...'
    ("Western governments of orchestrating", "Yelena Volkova"),
    ("attempts to stage", "Yelena Volkova"),                          # '... and warned that attempts ...'
    ("they would appeal", "lawyers"),
]
EXPECTED["lw-20261102-mozambique-election-violence"] = [  # written and listed in session 28 round 49 (branch ex45)
    ("Police opened fire on a crowd", "director"),                   # '..., the director of the city's central hospital said'
    ("his officers had been pelted", "Artur Macuácua"),               # "The provincial police commander, X, said ..."
    ("Forty-one people were rounded up", "Artur Macuácua"),           # '..., he added'
    ("Youths set a Frelimo office ablaze", "press freedom group"),    # '..., according to a local press freedom group'
    ("A police officer died in hospital", "provincial police"),
    ("the charges were invented", "lawyer"),
    ("the count is being rigged", "Mabunda"),                         # 'X, who says ..., called on ...'
    ("his supporters to march", "Celso Mabunda"),
    ('soldiers and police officers "not to raise', "Celso Mabunda"),   # '... and appealed to soldiers ... "..."' (the
    # hearer with the to-clause, as for 'urged soldiers and gendarmes to "..."'; session 28 round 50)
    ("any unauthorised march would be dispersed", "Ernesto Langa"),
    ("President Alberto Mutemba met the chiefs", "spokeswoman"),      # '..., his spokeswoman said'
    ("those who lost at the ballot box", "Alberto Mutemba"),          # 'accused "..." of trying to win ...'
    ("Pretoria supported the electoral commission", "Thandeka Mokoena"),
    ("all parties to accept its results", "Thandeka Mokoena"),        # 'said ... and urged all parties to accept ...'
    ('it was "deeply concerned"', "United States embassy"),
    ("Malawi's president telephoned Mutemba", "office"),              # '..., his office said'
    ("a clear victory", "ruling party"),  # 'congratulated X on what it called [a clear victory]': the name given
]
EXPECTED["lw-20261205-sierra-leone-coup-attempt"] = [  # written and listed in session 28 round 50 (branch ex46)
    ("dozens of men in uniform raided the armoury", "Residents"),   # 'Residents said ...'
    ("Two guards were shot dead", "technician"),                     # '..., a technician at the station told Lapwing Wire'
    ('a handful of rogue officers" had tried', "Kanu-Bright"),      # 'wrote on social media that "..." had tried to ...'
    ("citizens to stay indoors", "Kanu-Bright"),                     # '... and urged citizens to stay indoors'
    ("President Osman Tejan-Kabba met his service chiefs", "office"),  # '..., his office said'
    ("soldiers to stay in their barracks", "Osman Tejan-Kabba"),    # 'he called on soldiers to ... and to "..."'
    ("refuse every unlawful order", "Osman Tejan-Kabba"),
    ("14 attackers had been killed", "Tarawally"),                   # 'Army spokesman Lieutenant Colonel X said ...'
    ("them of financing the plot", "Police officers"),               # '..., accusing them of financing the plot'
    ("the government of using the attempt", "Conteh-Bangura"),       # 'The leader of X, Name, denied ... and accused ...'
    ('the attempted coup "in the strongest terms"', "ECOWAS"),       # 'condemned the attempted coup "..."'
    ("its mediator, former Liberian foreign minister", "ECOWAS"),    # '... and said its mediator, X, would fly ...'
    ("it stood firmly behind the elected government", "United States"),
    ("it would impose targeted sanctions", "European Union"),        # 'warned that it would ...'
    ("Kollie-Weah arrived at State House", "ECOWAS official"),      # (opened inside 'Kollie-Weah' before round 51)
    ("Nobody wins if this turns into a witch hunt", "Kollie-Weah"),  # '"...," the mediator told reporters'
    ("19 people had died in the fighting", "health ministry"),
    ("it was sheltering about 600 people", "Red Cross"),
]
EXPECTED["lw-20240114-madagascar-curfew"] = [
    ("the electoral commission of rigging", "opposition supporters"),  # '..., who accuse the commission of ...'
    ("his supporters to gather", "Hery Rakotobe"),                 # 'called on his supporters to gather ...'
    ('soldiers and gendarmes to "refuse to fire', "Hery Rakotobe"),  # 'He also urged soldiers ... to "..."'
    ("34 people were injured", "Hospital officials"),
    ("112 people had been arrested", "police spokesman"),
    ("calm had returned to most districts", "State television"),   # both that-clauses
    ("the accusation", "campaign"),                                # "Rakotobe's campaign denied the accusation"
    ('it "a fabrication by a regime', "campaign"),                 # '..., calling it "..."'
    ("the curfew would run", "Solofo Andrianarisoa"),
    ("Anyone found on the streets", "Solofo Andrianarisoa"),       # '..., he warned'
    ("the armed forces would remain", "Rivo Ramanantsoa"),  # (the content runs on over "and urged ... to settle")
    ("politicians of all sides to settle", "Rivo Ramanantsoa"),    # '... and urged politicians ... to settle'
    ("The African Union's mediator for the crisis", "AU"),         # '..., the AU said in a statement'
    ("We are here to listen", "Amara Sesay"),
    ('Paris "stands with', "Claire Dumont"),                       # 'tweeted that Paris "..."'
    ("it fully backed the AU's mediation effort", "Mauritius"),
    ("Ravalison, 49, a former army colonel", "provisional results"),  # '..., according to provisional results'
    ("The opposition has filed 230 complaints", "commission"),
]
EXPECTED["lw-20250318-guinea-bissau-mutiny"] = [
    ("a mutiny by a national guard unit", "Armando Correia"),      # 'told the commanders that ...'
    ("mutineers hand over weapons at dawn", "army"),               # the subheading '..., army says'
    ("the attackers of trying to", "Armando Correia"),             # 'accused the attackers of trying to "..."'
    ("they would face military justice", "Armando Correia"),
    ("The republic stands", "Armando Correia"),                    # '"...," he said'
    ("at least 11 people", "hospital director"),
    ("Forty soldiers and two civilians were arrested", "defence ministry"),
    ("heavy machine-gun fire echoed", "Residents"),
    ("We lay on the floor", "Aminata Sane"),                       # '"...," said X, a 34-year-old trader'
    ("the unit had tried to seize power", "Lassana Djalo"),        # 'denied that ...'
    ("it had only demanded wages", "Lassana Djalo"),
    ('"drug traffickers with foreign friends"', "TGB"),           # 'blamed "..." for the uprising'
    ("order had been restored", "TGB"),
    ("supporters to gather", "Domingos Nhaga"),                    # 'urged supporters to gather ...'
    ("the armed forces to stay out of politics", "Fatumata Balde"),  # 'called on the armed forces to ...'
    ("the president to explain", "Fatumata Balde"),                # '... and asked the president to explain ...'
    ("it firmly supported", "Senegal"),                            # "Senegal's government said ..."
    ('"any attempt to take power by force"', "ECOWAS"),           # 'condemned "..."'
    ("Lisbon stood by President Correia", "Ana Prates"),           # 'wrote on X that ...'
    ("the United Nations secretary-general called for calm", "spokesman"),
]

EXPECTED["lw-20261206-cambodia-laos-border-clash"] = [  # written and listed in session 29 round 52 (branch ex47)
    ("Laotian artillery shelled two Cambodian villages", "Chea Sopheak"),  # '..., provincial governor X told reporters'
    ("it had captured by mid-morning", "Cambodian"),                 # 'which the Cambodian army said it had captured'
    ("Laotian soldiers had opened fire first", "defence ministry"),  # 'the Cambodian defence ministry said ...'
    ("Vientiane of massing tanks", "defence ministry"),              # '... and accused Vientiane of massing tanks'
    ("Cambodian special forces had crossed", "Bounmy Keomany"),      # 'A spokesman for X, Colonel Y, ... said ...'
    ("them to hold every position", "Sok Vannarith"),               # '... met his army commanders and ordered them to'
    ("the troops to show restraint", "Sok Vannarith"),              # 'In a televised address he called on the troops'
    ("Laotian President Khamsing Vongphachanh flew", "state media"),  # '..., state media reported, and urged ...'
    ("the army to defend", "Khamsing Vongphachanh"),
    ("they had arrested a Cambodian journalist", "Laotian authorities"),
    ("it was running three evacuation centres", "Red Cross"),       # 'the Cambodian Red Cross said'
    ("a school used as a shelter was hit", "Aid workers"),
    ("Every hour of shelling", "Ahmad Faiz"),                       # '"...," Ahmad Faiz said after the meeting'
    ("both neighbours to settle the dispute", "China"),
    ("it was ready to impose sanctions", "European Union"),
]

# (article, start of the content) -> what Lapwing still gets wrong
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("lw-20261206-cambodia-laos-border-clash", "Laotian artillery shelled two Cambodian villages"):
        "a report closed by '..., provincial governor X told reporters' after a participle clause is not taken",
    ("lw-20261206-cambodia-laos-border-clash", "Vientiane of massing tanks"):
        "'said X had opened fire ... and accused Vientiane': the parser joins 'accused' to the reported verb",
    ("lw-20261102-mozambique-election-violence", "all parties to accept its results"):
        "the content of 'said Pretoria supported ... and urged all parties to ...' runs on over the speaker's own 'urged'",
}


# quotes Lapwing gives that a reader would not list, with the reason (each must still be produced as described)
EXTRA = {
    "lw-20261206-cambodia-laos-border-clash": [
        "the account",                                  # 'rejected the account': an object, not words said
        "the shelling of populated areas",              # 'condemned the shelling': an object, not words said
        "the arrest of the Cambodian journalist",       # 'criticised the arrest': an object, not words said
    ],
    "lw-20261205-sierra-leone-coup-attempt": [
        "any role",                                     # 'denied any role': an object, not words said
        "the arrests of the lawmakers as arbitrary",    # 'criticised the arrests ... as arbitrary': an object
    ],
    "lw-20261102-mozambique-election-violence": [
        "Frelimo party and of the opposition Podemos",  # a clash sentence cut inside its subject, with no speaker
        "the police's use of live ammunition",          # 'criticised the police's use': an object, not words said
        "an independent inquiry",                       # 'called for an independent inquiry': an object, not words said
        "the killings, and the United States embassy",  # 'condemned the killings': an object run on over the next clause
    ],
    "lw-20261206-georgia-foreign-influence-law": [
        "the crackdown",                                # 'defended the crackdown': an object, not words said
        "the criticism",                                # 'rejected the criticism': an object, not words said
        "solidarity with the protesters",               # 'expressed solidarity with': an object, not words said
    ],
    "lw-20190417-venezuela-central-bank-sanctions": ["where he also unveiled"],  # 'announced' read as taking the clause
    "lw-20190501-venezuela-may-day": ["in Venezuela would have grave consequences"],  # Lavrov's warning, cut short
    "lw-20260310-kyrgyzstan-emergency": [
        "the accusation",                               # 'rejected the accusation': an object, not words said
    ],
    "lw-20261112-armenia-parliament-stormed": [
        "the storming of parliament",                   # 'condemned the storming': an object, not words said
    ],
    "lw-20261001-thailand-election-annulled": [
        "On Aug. 30, the Progressive Alliance won",     # the timeline credited to the general it names
        "concern over the deployment",                  # 'expressed concern over': an object, not words said
    ],
    "lw-20261119-zambia-opposition-arrest": [
        "the party's challenge to the ban",             # 'rejected the party's challenge': an object, not words said
    ],
    "lw-20261129-bangladesh-election-night": [
        "this",                                         # 'The League denies this': an object, not words said
    ],
    "lw-20261203-niger-un-mission-expelled": [
        "the illegal and inhumane sanctions",           # 'rejects the sanctions': an object, not words said
    ],
    "lw-20261205-montenegro-parliament-blockade": [
        'to leave her office',                             # 'has refused to leave': a to-clause, not words said
        "an attempt to find",                              # 'in what it called [...]': the office's name for the meetings' aim
        "a general strike for Monday",                     # 'announced a general strike': an object, not words said
    ],
    "lw-20261202-paraguay-impeachment-crisis": [
        "to defend the president elected by the people",   # the rally call's quoted words with no speaker
        "her support for Cañete's government",             # 'expressed her support for': an object, not words said
    ],
    "lw-20240114-madagascar-curfew": [
        "every day until the truth comes out",             # the rally call's quoted words with no speaker
        "In a statement read on national radio",           # the general's opening phrase taken for his words
        "the result",                                      # 'has until Jan. 25 to confirm the result': no words said
    ],
}


@pytest.fixture(scope="module")
def records():
    from lapwing import nlp as nlp_mod
    from lapwing.pipeline import analyse
    from lapwing.schema import Article

    if "parser" not in nlp_mod.load().pipe_names:
        pytest.skip("the loaded NLP pipeline has no parser")
    out = {}
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in EXPECTED:
            out[row["id"]] = analyse(Article(**{k: row[k] for k in ("id", "title", "text", "published") if k in row}))
    return out


def _listed(record) -> list[tuple[str, str | None]]:
    return [(q.text, None if q.speaker is None else (q.speaker.name or q.speaker.text)) for q in record.quotes]


CASES = [(aid, start, speaker) for aid, rows in EXPECTED.items() for start, speaker in rows]


@pytest.mark.parametrize("aid,start,speaker", [
    pytest.param(a, s, p, marks=pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(a, s)]))
    if (a, s) in KNOWN_MISSES else (a, s, p) for a, s, p in CASES])
def test_example_quote_and_its_speaker(records, aid, start, speaker):
    got = _listed(records[aid])
    found = [g for g in got if g[0].startswith(start)]
    assert found, f"no quote starting {start!r}: {[g[0][:40] for g in got]}"
    assert found[0][1] is not None and speaker in found[0][1], (start, found[0][1])


@pytest.mark.parametrize("aid", sorted(EXPECTED))
def test_example_article_has_no_other_quotes(records, aid):
    got = _listed(records[aid])
    expected = [s for s, _ in EXPECTED[aid]] + EXTRA.get(aid, [])
    others = [g[0][:50] for g in got if not any(g[0].startswith(s) for s in expected)]
    assert not others, others
    # a known miss may be missing altogether (its words never taken as a quote): count the quotes of the rest
    missed = [s for s, _ in EXPECTED[aid] if (aid, s) in KNOWN_MISSES]
    listed = [s for s in expected if s not in missed]
    assert len([g for g in got if not any(g[0].startswith(s) for s in missed)]) == len(listed), [g[0][:40] for g in got]
