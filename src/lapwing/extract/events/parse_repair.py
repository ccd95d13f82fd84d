"""Repairs of a few systematic misparses of the trained pipeline, for the event coder only.

The coder reads the dependency parse; the trained model sometimes gives a clause the analysis of a
noun phrase or of an adjective, and the clause's event is then lost. ``repaired(doc)`` returns a
copy of the doc (same tokens, same indices, same sentences) in which these cases are re-analysed
as clauses; the original doc, which the other extractors read, is left untouched. Each repair only
applies to a sentence that has no main verb of its own, or to a token that cannot be what it was
tagged as, so a correct parse is never changed:

1. **Past participle tagged as a predicative adjective.** "Protesters *clashed* with security forces"
   with *clashed* ADJ/JJ and an ``nsubj`` but no copula: an adjective cannot have a subject
   without a copula, so the word is a finite verb (VERB/VBD).
2. **Verbless sentence whose root noun has a verb modifier before it.** "Britain and France
   *imposed* sanctions on Iran" parsed as the noun phrase "[Britain and France imposed] sanctions"
   (*imposed* amod of the root *sanctions*): the verb becomes the root, the noun its object and the
   name(s) before the verb its subject. Only when the words before the verb are bare names or nouns
   (no determiner or possessive: "the imposed sanctions", "Iran's imposed ..." stay as they are).
3. **Verbless sentence whose root noun (at the start of the sentence) has a finite verb as
   ``acl``/``relcl``.** "Opposition leader Juan Guaido *called* on the armed forces to ..." with
   *called* acl of *leader*: the verb becomes the root and the noun its subject. Only finite verbs
   (VBD/VBZ/VBP; a past participle may well be a reduced relative: "soldiers killed in the attack")
   with no subject, relative pronoun or marker of their own.
4. **A time phrase between the subject and its verb.** "Ruling party chief Marek Dal *on Tuesday*
   called on supporters to ...", "Former president X *on Friday* urged voters to ...": the verb was
   hung under the subject (acl) or read as an adjective on the next noun ("urged voters"). The verb
   becomes the root, the titled noun phrase before the time phrase its subject, the time phrase its
   oblique. Only when the verb has no subject, auxiliary or marker of its own, the words before the
   time phrase are one verbless noun phrase, and that phrase is not already the subject of a finite verb.
5. **A gerund event noun after an agent noun.** "killed in police *firing*", "died in army
   *shelling*": "in [police] [firing]" parsed as a noun with a verb modifier. The gerund becomes the
   head noun (as in "in the police raid") and the agent noun its compound. Only after in / during /
   amid / after / by, and only for a gerund with no object, subject or auxiliary of its own.
6. **Verbless sentence whose past-tense verb modifies the next noun.** "Saudi warplanes *bombed*
   Sanaa" parsed as "[Saudi warplanes] [bombed Sanaa]" with *bombed* an adjective on *Sanaa*: the
   verb becomes the root, the root noun its subject, the next noun its object (VBD only, or VBN
   right after the comma that closes a relative clause on the subject).
7. **Plural noun tagged as a verb in subject position.** "U.S. military *airstrikes* have
   killed ..." with *airstrikes* VBZ as the subject of *killed*: it is a noun (NNS), its "subject" a
   modifier, its "object" a nominal modifier.
8. **Subject words hung on the verb.** "The US military *trains* Iraqi pilots" with *The*, *US* and
   *military* as det / compound / amod of *trains*: a determiner cannot modify a verb, so they are the
   verb's subject noun phrase, headed by the last of them (finite verbs without a subject only).
9. **Particle read as a preposition** ("handed *over* the suspects", "walked *out* of the talks"): when
   verb + word is a ``prt=`` trigger of the lexicon, a ``compound:prt``; the noun its object unless it
   keeps a preposition of its own. Never a time noun ("called in the morning"). 10. A noun root with a
   particle and a subject is a verb ("The president *tore* up the treaty").
11. **Plural noun tagged as an auxiliary** ("Two *suspects* were picked up", *Two* the subject): it
   heads the subject. 12. (`repair_participle`) **A participle trigger modifying a noun that has a subject, or right after
   "have"** ("The EU *imposed* sanctions", "Militants have *abducted* schoolgirls") is the main verb
   (not for common adjectives: "have armed guards"). 15. (`repair_infinitive`) **"to" + a verb read
as a noun's compound after a control verb** ("threatened to *fire* rockets at Israel"); 44: a gerund complement
read as a clause of its own ("is considering *sending* aid"). 16. (`repair_reduced`) **A reduced relative with a by-agent
read as the main verb** ("Missiles *fired by Russian forces* destroyed a bridge"). 17. (`repair_noun_object`) **A noun root
with an object, its verb read as the object's modifier** ("NATO planes *repeatedly bombed* Serb assets");
17b: **an object read as the subject of an -ing clause** ("blocked *the bridge spanning* the Rhine"); 42: an
object labelled a predicate (``xcomp``) after a verb with no object ("accused *Ukraine* of corruption"). 18.
(`repair_fronted`) **The subject after a fronted phrase hung on that phrase** ("In Dagestan Wednesday,
*police* shot ..."; 18b: "In the city of Gagnoa, *police clashed* with ..." read as one noun phrase).
19. (`repair_subordinate`) **A main clause read as the subject of the clause after it** ("Japan *lifted*
sanctions on Iran *after the agency confirmed* ..."). 20. (`repair_relative`) a relative clause between commas read as the
main clause; 43: the main verb after an apposition read as an adjective ("Ivan Petrov, Russia's president,
*imposed* sanctions"). 21. (`repair_verbless`) **A verbless sentence rebuilt around a trigger verb's past form**
("A sniper *shot* a soldier", "Gunmen on Saturday *shot* dead a policeman"); 21b: "gunmen *shot* and killed
..." with *shot* a noun. 22-24 (`repair_auxiliary`): the subject on the auxiliary ("Police *have* so far
arrested ..."), "the *accused*" read as a verb, the victim of "shot dead X" read as a second complement, a headline verb
read as an adjective with an object ("Cops *nab* two ..."), "by" hung on a long agent's first name, an object hung on the next oblique, a noun after "in" read as a verb, a main clause's last verb joined to a relative clause, a subordinator read as its subject's preposition.
A subject labelled passive on a simple past verb with no passive auxiliary is an active subject.
41 (`repair_auxiliary`): the main verb's object read as the subject of a later "after / as" clause. 45-46
(`repair_subordinate`): a main verb read as an adjective after its own subject, which the parser gave to a later
verb ("Peruvian police *clashed* with miners ..., and two miners were killed"; "..., local media reported"); a
conjunct after ", and" taken out of a "when" clause; 49, a subordinate clause's subject hung on the main verb ("deepened
*as President X refused*"). 47 (`repair_noun_object`): the subject of a clause after
"said" read as its object ("said *the suspect*, known as X, *had been arrested*"). 65-69 (session 18): the subject after a
fronted phrase with its own participle (`repair_fronted`), an appeal's to-clause on its addressee (`repair_infinitive`),
"A, B and [C VERB]" and "X in PLACE, which ..., said" (`repair_list`), "NAME, speaking ..., VERB" (`repair_fronted`).
75-77 (session 19, `repair_misread`): a past form read as a preposition or an adverb after its own subject ("The EU
*rebuked* Serbia", "Israel *intensified* airstrikes"), and a name left as the predicate of a past form read as an
adjective ("Washington *rebuked* Beijing"); the object of a particle verb read as an adjective or a number
("handed over *the fugitive*", "*two suspects*", `repair_particle`); 78: "Bolivia *cut* relations with" read as a noun; 79: "reject *UN demands*" read as a clause.
87-89 (session 20): "X gunmen *shot* and killed ..., officials said" with the pair's noun reading a reported clause
(`repair_nominal_verbs`), "condemned *the United States attack* on Syria" read as a clause and "10 *IS* militants"
with the acronym read as the copula (`repair_name_noun`). 91 (session 19, second wave, `repair_quantity_of`): the
of-phrase of a quantity conjunct hung on the first conjunct ("police and *hundreds of* his supporters"); 92
(`repair_list_verb`): a list of states' "X, Y and Z *called* for ... and urged ..., while W said" with the first verb
read as a participle on Z and the list the subject of the while-clause.
with the acronym read as the copula (`repair_name_noun`). 93 (session 21): "Israeli troops *patrol* in ..." with the
plural read as the verb's compound (`repair_plural_subject`). 98-101 (session 23): a fight noun after a verb of
causing read as a verb (`repair_caused_noun`); "Kenyan police *vow* to ..." read as one noun phrase
(`repair_plural_subject`); an object after two coordinated verbs hung on the first (`repair_conjunct_object`);
"The Security Council *today* agreed" with "today" the verb's time phrase (4b widened, `repair_time`). 118-120
(session 26): "*air* and drone strikes" read as two nouns (`repair_modifier_pair`); a relative clause with "who"
labelled a plain ``acl`` (`repair_modifier_pair`); "Troops *surrounded* and then attacked" with the first verb a
participle on the root noun (repair 3 widened, `repair_root_noun`). 124 (session 26, `repair_opening_modifier`): an
opening "*Ruling* party chief X on Friday called ..." read as a verb. 130 (session 29, `repair_visiting`): "talks with
*visiting* Chancellor X", "met *visiting* Prime Minister Y" read as the host visiting the guest: "visiting" becomes
the guest's adjective.
147 (session 26 round 41, `repair_force_noun`): a force verb's past form read as the root noun between its subject
(a compound: plural noun, name or agent word) and its object ("The raiders *shot* Tomas Varga in the leg as he was
leaving", "Kovacs, a former guard, *shot* Petrov twice"), in sentences repair 21 leaves (another clause, an
auxiliary): the form is the verb; never after a determiner or number ("a warning shot"), nor with a thing noun
before it ("a bomb attack") or a time word after it.
159 (same round, `repair_force_noun`): the form read as a modifier (``compound`` / ``nmod:desc``) of its own object,
the object the root ("The gunmen *shot* Pedro Alves in the chest as he was ..."): the form is the root, the object and
the object's clauses and prepositional phrases its own.
157 (session 25 round 38, police, repair 22 widened, `repair_auxiliary`): "Nine men *have* so far *been* arrested" with the
subject on the perfect's auxiliary and the passive auxiliary another word: the subject moved to the verb is its passive
subject (it stayed an active one, so the arrest had no patient and no event).
158 (session 25 round 39, police, `repair_time_front`): "On Monday *police* opened fire on ..." with no comma after the
time phrase and the doer read as its noun ("on ... police", the day a compound): the noun is the verb's subject, the
time phrase its oblique.
164 (session 30, `repair_quoted_conjunct`): 'urged X to stay "until ..." *and called on* Y' with the second verb
joined to a word inside the quotation closed before its "and": it becomes the conjunct of the verb governing the quote.
165 (session 25 round 37, `repair_neighbouring`): "and the government *of neighbouring* Mauritius said it ..." with
"neighbouring" read as a participle marked by "of": it becomes the country's adjective, the country the body noun's
modifier, and the body noun the subject of the verb after the country when that verb has no other.
167 (session 25 round 39, `repair_span_object`, repair 30c widened): "..., hours *after rioters looted* and burned
*shops* in ..." with the subject hung on the time noun (or the subject of the adjective), the past verb an adjective
on the next noun and that noun hung on the subject's head or higher (or a second object of the main verb): the verb
is the clause's, the first noun its subject, the second its object.
166 (session 25 round 37, `repair_title_verb`): "The EU's foreign policy *chief urged* restraint, and the bloc said
..." read as one noun phrase with the title and the verb modifiers of the object: the verb heads the sentence, the
title (with its determiner and possessor) is its subject.
156 (session 24 round 33, police, repair 127 widened, `repair_hyphen_verb`): "[Police pepper] -sprayed [several
protesters]" with the verb an adjective after the root noun half and its object a parataxis, and "[Officers pepper]
-sprayed a man" with the noun half an unmarked oblique of the verb, and "[Police pepper] -sprayed traders ...,
witnesses said" with the noun half the subject or clause of the reporting verb.
151-154 (session 29, police on regional news): "CITY: [Police] [lathi-charged] students ..." with the subject hung on
the participle as its compound (repair 2 widened, `repair_root_noun`); "CITY: the police *denied using* force" read as
a noun with two reduced relatives (152, `repair_root_noun`); "a man *arrested* in a theft case *died* in custody"
with the participle read as the main verb and the main verb hung on the last noun of its phrase (153,
`repair_reduced`); "he was hit in the leg in retaliatory firing *and nabbed*" with the second participle joined to
the firing (154, `repair_passive_conjunct`); "MONTERREY, Nuevo León — State police officers fired ..." with the dateline
a second subject of the verb (155, `repair_passive_conjunct`).
`repair_quantity`): "killed *no fewer than* 30 villagers" with the noun hung on the comparative. 126 (session 29,
21e widened, `repair_nominal_verbs`): "shot dead two *suspects*" with the number the verb's object and the
counted plural a clause of its own. 127 (session 29, `repair_hyphen_verb`): "Police *pepper-sprayed*
students" with the noun half of the verb read as its subject, or the verb as an adjective of its object.
128-129 (session 23, round 31): "killed *upwards of* 20 farmers" (repair 14 widened, `repair_quantity`);
"*About 400* marched", "when *suspects* opened fire" with the clause's subject labelled the verb's auxiliary
(`repair_aux_subject`).
131 (session 24, round 33): "marched in Dakar, *dozens of whom were detained*" with the partitive's relative clause
hung on the pronoun and no subject (`repair_aside`). 132 (session 24, round 33): "Late Friday around 400 people
*demonstrated*" with no comma after the time phrase, the sentence read as verbless, or "On Monday morning scores of
lawyers marched" with the day the subject's compounds (`repair_time_front`). 133 (session 24, round 33): "announced
travel bans and asset *freezes* on ..." with one measure of the list read as a verb (`repair_measure_list`).
137 (session 25, round 37): "imposed an *arms embargo* on Libya" with the kind word the verb's object and the
measure an adverb or unmarked oblique of the verb (`repair_measure_list`).
170 (session 27, round 43, 137 widened): "declared a trade *embargo* against Haiti" with the measure an adverb of the
kind word itself (`repair_measure_list`).
138 (session 25, round 37): "destroyed *a Hamas tunnel*" with the object after an active verb that has none labelled
a plain oblique with no preposition (`repair_oblique_object`).
140 (session 25, round 39): "criticised *Poland's plan to militarise* the border", "condemned the decision *by Japan
to deploy* troops" with the to-clause of an owned plan noun read as the verb's ``xcomp``: it is the noun's ``acl``,
and its owner does the act (`repair_plan_clause`).
148-149 (session 25, round 38, `repair_time_complement`): a verb's complement after its own time phrase: "The
ministry *denied on Monday that* police had fired ..." with the that-clause read as a relative clause or a loose
clause (148: it is the verb's ``ccomp``, a verb hung under its subject the root); "Ethiopia *accused on Tuesday
Eritrea* of ...", "*expelled on Friday the* ambassador" with the object read inside the time phrase or as a bare
oblique (149: it is the verb's object).
150 (session 25, round 39, `repair_time_complement`): "said on Tuesday *that* rebels had killed ...", "denied
reports *that* soldiers had killed civilians" with "that" read as a second subject or object of the clause's verb
(it is the clause's ``mark``; a relative clause so freed on a noun is the noun's content clause). 134 (session
25, round 39, `repair_time_complement`): "denied *on Wednesday reports that* ..." with the report noun read as the
head of the verb's time phrase (it is the verb's object, the day its oblique).
143 (session 26 round 41, `repair_aside_verb`, beside repair 87): "The army, *in its weekly briefing,* accused
rebels of ...", "State broadcaster X, in its evening bulletin, denied that ..." with the verb after the subject's
prepositional aside read as an adjective of its object (the object a conjunct of the subject), or as a parataxis or
conjunct of the subject: the verb is the clause's, the subject before the aside its subject, the noun its object.
176-177 (session 27, round 45, `repair_crowd_act`): a crowd's protest verb read as a reduced relative on the subject
of an -ing root ("Hundreds of students *rallied* in La Paz *demanding* ..."), or as a compound of its plural object
("Truckers in Chile *blocked* roads for a third day, urging ...").
182 (session 28, round 48, `repair_blast_verb`): "A roadside bomb *detonated* near a patrol, killing ...",
"Elsewhere, a car bomb *exploded* outside ...", '"A car bomb *detonated* at ...," the source told' with the blast verb read
as a participle on its noun (``acl``) and the noun the root, the reported clause or the subject of a trailing
participle: the verb takes the noun's place and the noun is its subject. Only right after the noun (no comma), with no
object, agent, auxiliary or subject of its own, and when the noun is no argument of a finite verb.
220 (session 30, round 55, `repair_blast_verb.repair_blast_after_phrase`): "A car *parked* near X in Y district
*detonated* at 9 a.m., killing ...", "Two car bombs *targeting* army convoys *detonated* in ..." with the blast verb
hung on the last noun of its carrier's participle phrase and the participle read as the carrier's finite verb (or the
carrier a verbless root or reported clause): the verb takes that place, the carrier (a bomb or vehicle) is its subject
and the participle the carrier's ``acl`` again.
196 (session 28, round 49, repair 81 widened, `repair_verb_after_relative`): "Opposition candidate [Celso Mabunda], *who
says the count is being rigged*, called on his supporters to ..." with the relative clause on the name that the parser
hangs on the root title as its apposition: the clause is taken from the name, and the verb after its closing comma
becomes the root with the titled name its subject (the call was sourceless and read as part of what he "says").

200. **A hyphenated surname object cut at its hyphen.** "telephoned *Tejan-Kabba*", "met *Odhiambo-Wafula*": the
   first half read as an adjective or name object of the verb, the second as a second object or its ``flat``. The
   last half becomes the one object, the first its compound (``repair_hyphen_name.py``); only for a hyphen written
   with no space on either side, between two capitalised halves.

202 (session 28, round 50, `repair_amod_verb.repair_base_verb_after_modal`): "Peru said it *would sever* ties with
Bolivia", "Lima *will cut* links with ..." with the base-form verb after a modal read as an adjective of the noun after
it, or as its compound (the modal and the subject on the noun): an adjective does not follow a modal, so the form is the verb, it takes
the noun's place and the noun is its object (not when the noun has an article, possessor, number or adjective before it).

205 (session 29, round 52, ``repair_expletive``): "Kenya said *it* would cut links with the rebels" with the referring "it"
read as an expletive (``expl``) of a transitive or prepositional act that has no clause it could stand for: it becomes the
verb's subject (not for verbs of being, seeming, happening or taking: "it emerged that", "it took days to").

207 (session 30, round 55, ``repair_expletive``): the same with a stance adjective ("the union said *it* is skeptical of
the plan"): the pronoun becomes the adjective's subject when it has a copula, a prepositional oblique and no clause.

208 (session 30, round 55, ``repair_message_participle``): "sent a letter *to the Ugandan president threatening* to close
the border" with the participle read as the noun of the to-phrase: the addressee's noun takes the phrase back, the
participle becomes a clause on the message (or the verb), with the to-clause after it as its own.

209 (session 30, round 55, ``repair_acronym_verb``): "provided training *to AMISOM*" with the capitalised acronym read
as an infinitive's verb that keeps "to" as its case: it becomes a name in an oblique of its head.

206 (session 29, round 52, ``repair_against_phrase``): "Ecuador filed a suit *in a New York court against Chevron*" with
the against-phrase hung on the court or the place where the act was done: it moves up over those place phrases to the
verb or to its object, subject or root noun.
203 (session 29, round 52, `repair_crowd_act.repair_set_fire`): "A mob *set* fire to the police station", "Police said an angry crowd
set fire to ...", "The mob set ablaze two buses" with the subject noun a compound of *set* and *set* an adjective of
*fire* (the root or the object of "said") or of the noun burnt: *set* is the verb, the noun before it its subject,
*fire* or the noun burnt its object, the to-phrase and the head noun's later phrases its own.

213 (session 29, round 54, ``repair_judging_participle``): "China condemned a US decision to *sell* jets to Taiwan,
*calling* it a violation", "Cuba denied that it was *hosting* a spy base, *calling* the report a fabrication" with the
participle of judging or saying after a comma hung on the verb of what is judged (which gave the judging that verb's
doer and status): it is hung on the main verb of stance (or of reporting, when a thing is named). Not across a
relative clause, a conjunct or a verb of speech, nor when a person pronoun is named.

214 (session 30, ``repair_time_complement``): repairs 148-149 after a particle verb's particle ("ruled out on Friday
any talks with"). 225 (session 30, ``repair_to_noun``): "offered (on Friday) *to host* talks between X and Y" with
*host* a noun marked by "to". 215 (session 30, ``repair_claim_aside``): "accused X of firing on its posts, *a charge Yerevan
denied*" with the answering verb read as the root and the main clause its complement: the main verb is the root
again, the claim noun its aside and the answering verb a relative clause on the noun. 216 (session 30, in
``repair_time``): repair 4's object noun read as a verbless root ("police on monday detained *42 members* of ...") is
the verb's object. 223 (``repair_after_clause``): "after a road accident killed a schoolgirl" read as a phrase and a
conjunct: the noun is the verb's subject. 224 (``repair_said_conjunct``): "said 40 people were injured *and
accused* officers of ..." hung inside the report (or "accused" an adjective): a conjunct of the verb of saying. 231
(``repair_phrase_subject_verb``): repair 45d with a post-modified subject ("Supporters of X *clashed* with ..., Y said").
232 (``repair_ruling_party``): "Japan's *ruling* Liberal Democratic Party accused" with "ruling" a verb: an adjective.
233 (``repair_money_content``): "suspended $120 million *in security assistance* to X" with the aid on the verb: the sum's.
234 (round 56, ``repair_affiliation``): "Hackers *linked to X breached* ...": the verb after the phrase is the clause's. 238 (round 58, ``repair_copula_gerund``): "Tehran *is threatening* reprisals" with the "-ing" form an adjective: the verb.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

from lapwing.extract.docfacts import sentence_bounds
from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_auxiliary import (repair_adjective_with_object, repair_headline_verb, repair_statement_conjunct,
                                                    repair_adjective_phrase_subject, repair_by_on_compound, repair_conjunct_out_of_relative, repair_participle_as_subject, repair_modified_participle_noun,
                                                    repair_noun_after_preposition, repair_subordinator_on_subject,
                                                    repair_participle_noun, repair_unmarked_object, repair_result_object,
                                                    repair_subject_on_aux)
from lapwing.extract.events.repair_candidates import _EVENT_PREPS, candidates
from lapwing.extract.events.repair_verbless import _has_verb_root
from lapwing.extract.events.repair_lifted import lifted_reparsed
from lapwing.extract.events.repair_misread import (repair_adverb_verb, repair_compound_verb, repair_name_verb_object,
                                                 repair_preposition_verb)
from lapwing.extract.events.repair_list import repair_list_subject, repair_subject_on_place
from lapwing.extract.events.repair_split import split_reparsed

from lapwing.extract.events.repair_participle import (_participle_clause, repair_channel_clause, repair_name_as_participle_subject, repair_participle_subject,
                                                       repair_result_clause)
from lapwing.extract.events.repair_infinitive import repair_addressee_clause, repair_gerund_complement, repair_to_infinitive
from lapwing.extract.events.repair_particle import (_repair_noun_as_aux, _repair_noun_with_particle,
                                                    _repair_particle)
from lapwing.extract.events.repair_hyphen_verb import repair_hyphen_prefix_verb
from lapwing.extract.events.repair_hyphen_name import repair_hyphen_name_object
from lapwing.extract.events.repair_expletive import expletive_candidates, repair_expletive_subject
from lapwing.extract.events.repair_message_participle import message_participle_candidates, repair_message_participle
from lapwing.extract.events.repair_acronym_verb import acronym_verb_candidates, repair_acronym_verb
from lapwing.extract.events.repair_against_phrase import against_candidates, repair_against_on_place
from lapwing.extract.events.repair_judging_participle import judging_candidates, repair_judging_participle
from lapwing.extract.events.repair_claim_aside import claim_aside_candidates, repair_claim_aside
from lapwing.extract.events.repair_after_clause import after_clause_candidates, repair_after_clause
from lapwing.extract.events.repair_money_content import money_content_candidates, repair_money_content
from lapwing.extract.events.repair_phrase_subject_verb import phrase_subject_verb_candidates, repair_phrase_subject_verb
from lapwing.extract.events.repair_ruling_party import repair_ruling_party, ruling_party_candidates
from lapwing.extract.events.repair_copula_gerund import copula_gerund_candidates, repair_copula_gerund
from lapwing.extract.events.repair_said_conjunct import repair_said_conjunct, said_conjunct_candidates
from lapwing.extract.events.repair_to_noun import repair_to_noun, to_noun_candidates
from lapwing.extract.events.repair_quantity import repair_number_qualifier
from lapwing.extract.events.repair_aux_subject import repair_subject_read_as_aux
from lapwing.extract.events.repair_shot_dead import shot_dead_reparsed
from lapwing.extract.events.repair_modifier_pair import repair_modifier_pair, repair_relative_label
from lapwing.extract.events.repair_quantity_of import repair_quantity_of_phrase
from lapwing.extract.events.repair_list_verb import repair_list_verb_before_while
from lapwing.extract.events.repair_agent_noun import repair_participle_noun_with_agent
from lapwing.extract.events.repair_copula import repair_object_on_copula_adjective
from lapwing.extract.events.repair_amod_verb import (repair_adjective_verb_before_article, repair_base_verb_after_modal,
                                                     repair_participle_after_have)
from lapwing.extract.events.repair_aside import repair_partitive_aside, repair_partitive_relative
from lapwing.extract.events.repair_oblique_object import repair_oblique_object
from lapwing.extract.events.repair_plan_clause import repair_plan_clause
from lapwing.extract.events.repair_measure_list import repair_measure_cut_from_kind, repair_measure_read_as_verb
from lapwing.extract.events.repair_time_front import repair_time_before_subject, repair_time_fronted_subject, repair_time_in_subject
from lapwing.extract.events.repair_name_possessor import repair_name_and_possessor
from lapwing.extract.events.repair_name_noun import repair_acronym_read_as_copula, repair_name_as_event_subject
from lapwing.extract.events.repair_plural_subject import repair_plural_compound_subject, repair_plural_subject_plan
from lapwing.extract.events.repair_caused_noun import repair_caused_event_noun
from lapwing.extract.events.repair_conjunct_object import repair_object_to_second_verb
from lapwing.extract.events.repair_crowd_act import repair_crowd_act_compound, repair_crowd_act_relative, repair_set_fire
from lapwing.extract.events.repair_root_past import repair_root_participle_as_past
from lapwing.extract.events.repair_time_appos import repair_clause_after_time_phrase
from lapwing.extract.events.repair_relative_root import repair_verb_after_relative, repair_verb_in_bare_relative
from lapwing.extract.events.repair_aside_verb import repair_verb_after_aside, repair_verb_after_aside_misread
from lapwing.extract.events.repair_time_of import repair_of_phrase_on_time
from lapwing.extract.events.repair_time_complement import repair_object_after_time, repair_that_after_time, \
    repair_that_as_argument, repair_report_in_time_phrase
from lapwing.extract.events.repair_neighbouring import repair_neighbouring_of
from lapwing.extract.events.repair_title_verb import repair_title_before_verb
from lapwing.extract.events.repair_agent_phrase import repair_phrase_on_agent
from lapwing.extract.events.repair_passive_agent import repair_agent_on_phrase_noun
from lapwing.extract.events.repair_participle_object import repair_participle_object_as_subject, repair_participle_on_subject
from lapwing.extract.events.repair_dative import repair_first_of_two_objects, repair_receiver_compound
from lapwing.extract.events.repair_reduced import repair_reduced_before_acl, repair_reduced_relative
from lapwing.extract.events.repair_passive_conjunct import repair_dateline_subject, repair_participle_on_oblique
from lapwing.extract.events.repair_name_adjective import repair_name_adjective_object
from lapwing.extract.events.repair_absolute import repair_crowd_act_before_absolute
from lapwing.extract.events.repair_free_verb import repair_free_before_name
from lapwing.extract.events.repair_visiting import repair_visiting_guest
from lapwing.extract.events.repair_force_noun import repair_force_noun_root
from lapwing.extract.events.repair_blast_verb import repair_blast_verb
from lapwing.extract.events.repair_opening_modifier import repair_opening_modifier
from lapwing.extract.events.repair_quoted_conjunct import repair_quoted_conjunct
from lapwing.extract.events.repair_root_noun import _repair_acl, _repair_amod, _repair_verb_on_object
from lapwing.extract.events.repair_headline import repair_headline_passive, repair_headline_root_passive
from lapwing.extract.events.repair_relative import (repair_claim_relative, repair_participle_between_commas, repair_relative_as_main,
                                                    repair_verb_after_apposition)
from lapwing.extract.events.repair_verbless import (repair_name_pair_subject, repair_noun_with_subject, repair_verb_after_subject_phrase,
                                                   repair_verbless)
from lapwing.extract.events.repair_nominal_verbs import (repair_swapped_headline_verb, repair_past_form_conjunct, repair_coordinated_form, repair_counted_noun_as_verb, repair_number_object, repair_participle_root, repair_reported_verbless, repair_result_word, repair_verb_on_noun)
from lapwing.extract.events.repair_noun_object import (repair_object_as_conjunct, repair_postposed_predicate, repair_quoted_predicate, repair_noun_root_object, repair_noun_xcomp_object, repair_object_as_clause_subject,
                                                       repair_said_subject_as_object, repair_coordinated_name_as_apposition)
from lapwing.extract.events.repair_subordinate import (repair_clause_as_subject, repair_clause_hung_on_subject,
                                                      repair_subject_taken_by_later_clause, repair_verb_after_its_subject,
                                                      repair_conjunct_out_of_subordinate, repair_past_conjunct_of_infinitive,
                                                      repair_subject_hung_before_its_verb,
                                                      repair_that_clause_as_relative)
from lapwing.extract.events.repair_fronted import (repair_cased_subject, repair_fronted_clause, repair_fronted_subject, repair_fronted_verbless, repair_named_participle_root,
                                                   repair_opening_participle_root, repair_orphaned_first_conjunct)
from lapwing.extract.events.repair_forms import (
    repair_headline_present, repair_noun_clause, repair_that_clause_verb, repair_noun_root_with_object, repair_past_form, repair_resultative,
    repair_ambiguous_past_root, verb_forms)
from lapwing.extract.events.repair_time import (_SUBJ_DEPS, _repair_time_subject, _time_word, repair_initial_participle,
                                               repair_time_as_subject)
from lapwing.extract.events.repair_affiliation import affiliation_candidates, repair_affiliation
from lapwing.extract.events.repair_subject_words import _repair_gerund, _repair_plural_noun_as_verb, _repair_subject_as_modifiers


def _apply(out: Doc, todo: defaultdict[str, list[int]], repairs) -> None:
    """Run each token repair, in the order given, on its candidates in ``out``."""
    for key, repair in repairs:
        for i in todo[key]:
            repair(out[i])


def repaired(doc: Doc, reparse: Any = None) -> Doc:
    """A copy of ``doc`` with the repairs above applied, or ``doc`` itself when none applies. With the spaCy
    pipeline ``reparse``, repair 50 first parses apart the clauses it fits (``repair_split``)."""
    if reparse is not None:
        doc = split_reparsed(doc, reparse, repaired)
        doc = lifted_reparsed(doc, reparse, repaired)
        doc = shot_dead_reparsed(doc, reparse, repaired)
    todo, todo_np = candidates(doc)
    # 205-206: read off the label and word columns by their own modules (repair_candidates is at its size limit)
    todo["explsubj"], todo["againstup"] = expletive_candidates(doc), against_candidates(doc)
    todo["judging"] = judging_candidates(doc)  # 213
    todo["claimaside"] = claim_aside_candidates(doc)  # 215
    todo["msgpt"], todo["acroverb"] = message_participle_candidates(doc), acronym_verb_candidates(doc)  # 208-209
    todo["afterclause"] = after_clause_candidates(doc)  # 223
    todo["saidconj2"] = said_conjunct_candidates(doc)  # 224
    todo["tonoun"] = to_noun_candidates(doc)  # 225
    todo["phrsubj"], todo["rulingp"] = phrase_subject_verb_candidates(doc), ruling_party_candidates(doc)  # 231-232
    todo["moneyin"], todo["affil"], todo["copving"] = money_content_candidates(doc), affiliation_candidates(doc), copula_gerund_candidates(doc)  # 233-234, 238
    sents = sentence_bounds(doc)
    all_forms = verb_forms()
    if not todo_np and not any(todo.values()):
        return doc
    out = doc.copy()
    _apply(out, todo, (("claimaside", repair_claim_aside),))  # 215: first, the main clause back at the root
    _apply(out, todo, (("afterclause", repair_after_clause), ("saidconj2", repair_said_conjunct)))  # 223, 224
    _apply(out, todo, (("tonoun", repair_to_noun), ("affil", repair_affiliation), ("copving", repair_copula_gerund)))  # 225, 234, 238
    _apply(out, todo, (("rulingp", repair_ruling_party), ("phrsubj", repair_phrase_subject_verb),
                       ("moneyin", repair_money_content)))  # 232, 231, 233
    _apply(out, todo, (("hyphenverb", repair_hyphen_prefix_verb), ("hyphenname", repair_hyphen_name_object),
                       ("explsubj", repair_expletive_subject), ("againstup", repair_against_on_place),
                       ("msgpt", repair_message_participle), ("acroverb", repair_acronym_verb)))
    _apply(out, todo, (("visiting", repair_visiting_guest), ("isname", repair_acronym_read_as_copula), ("relacl", repair_relative_label),
                       ("openmod", repair_opening_modifier)))
    for i in todo["vtag"]:
        out[i].pos_, out[i].tag_ = "VERB", "VBD"
    for i in todo["vbz"]:
        out[i].tag_ = "VBZ"
    _apply(out, todo, (("nsverb", repair_noun_with_subject),))
    for i in todo["vbn"]:
        out[i].pos_, out[i].tag_, out[i].lemma_ = "VERB", "VBN", all_forms[out[i].lower_]
    _apply(out, todo, (("rootvbn", repair_root_participle_as_past), ("swaphl", repair_swapped_headline_verb), ("namepair", repair_name_pair_subject), ("agentnoun", repair_participle_noun_with_agent), ("hlverb", repair_headline_verb), ("saidconj", repair_statement_conjunct), ("quoteconj", repair_quoted_conjunct), ("adjroot", repair_adjective_phrase_subject), ("subord", repair_subordinator_on_subject), ("initpt", repair_initial_participle), ("thatarg", repair_that_as_argument), ("timereport", repair_report_in_time_phrase), ("thatrel", repair_that_clause_as_relative), ("casesubj", repair_cased_subject), ("relconj", repair_conjunct_out_of_relative), ("prepnoun", repair_noun_after_preposition), ("unmarked", repair_unmarked_object), ("bycomp", repair_by_on_compound), ("byphrase", repair_agent_on_phrase_noun), ("adjobj", repair_adjective_with_object), ("copobj", repair_object_on_copula_adjective), ("twoobj", repair_first_of_two_objects), ("recvcomp", repair_receiver_compound), ("ptonsubj", repair_participle_on_subject), ("ptobj", repair_participle_object_as_subject), ("agentphr", repair_phrase_on_agent), ("auxsubj", repair_subject_on_aux), ("ptsubj", repair_participle_as_subject), ("ptnoun2", repair_modified_participle_noun), ("ptnoun", repair_participle_noun),
                       ("nnoun", repair_counted_noun_as_verb), ("vbgroot", repair_participle_root),
                       ("namesubj", repair_name_as_participle_subject), ("clsubj", repair_clause_as_subject), ("latersubj", repair_subject_taken_by_later_clause), ("aclsubj", repair_clause_hung_on_subject), ("postverb", repair_verb_after_its_subject), ("subconj", repair_conjunct_out_of_subordinate), ("chanthat", repair_channel_clause), ("pastconj", repair_past_conjunct_of_infinitive), ("subjbefore", repair_subject_hung_before_its_verb), ("vbg", repair_object_as_clause_subject), ("gcomp", repair_gerund_complement), ("xobj", repair_noun_xcomp_object), ("saidobj", repair_said_subject_as_object), ("andname", repair_coordinated_name_as_apposition),
                       ("csubj", repair_participle_subject), ("rel", repair_relative_as_main), ("appverb", repair_verb_after_apposition), ("commapt", repair_participle_between_commas), ("claimrel", repair_claim_relative),
                       ("tsubj", repair_time_as_subject)))
    for i in todo["npass"]:
        # "Some 1,500 activists [nsubj:pass] demonstrated": a simple past with no passive auxiliary
        # is active, so its subject is an active one
        v = out[i].head
        if out[i].dep_ == "nsubj:pass" and not any(c.dep_ in ("aux:pass", "auxpass", "cop") or (
                c.dep_ == "aux" and c.lower_ not in ("has", "have", "had")) for c in v.children):
            # (also a present, "Italy finally *shot* [VBP] down a drone", and a perfect: "the minister *has called* for")
            out[i].dep_, v.tag_ = "nsubj", ("VBD" if v.tag_ == "VBN" else v.tag_)
    _apply(out, todo, (("relsaid", repair_statement_conjunct), ("qty", repair_number_qualifier), ("qtyof", repair_quantity_of_phrase), ("listverb", repair_list_verb_before_while), ("to", repair_to_infinitive), ("pair", repair_coordinated_form), ("someof", repair_partitive_aside), ("partrel", repair_partitive_relative), ("timesubj", repair_time_in_subject), ("timenoun", repair_time_before_subject), ("measlist", repair_measure_read_as_verb), ("measkind", repair_measure_cut_from_kind), ("oblobj", repair_oblique_object), ("planacl", repair_plan_clause), ("nameposs", repair_name_and_possessor), ("namenounev", repair_name_as_event_subject), ("nameadj", repair_name_adjective_object), ("freeverb", repair_free_before_name), ("timeappos", repair_clause_after_time_phrase), ("adjconj", repair_past_form_conjunct), ("amodverb", repair_adjective_verb_before_article), ("havepp", repair_participle_after_have), ("modalvb", repair_base_verb_after_modal),
                       ("vnoun", repair_verb_on_noun), ("numobj", repair_number_object), ("objconj", repair_object_as_conjunct),
                       ("postadj", repair_postposed_predicate), ("quotepred", repair_quoted_predicate),
                       ("timeof", repair_of_phrase_on_time), ("neighbour", repair_neighbouring_of)))
    for i in todo["form"]:
        repair_past_form(out[i]) or repair_noun_root_with_object(out[i]) or repair_resultative(out[i]) \
            or repair_ambiguous_past_root(out[i])
    _apply(out, todo, (("plsubj", repair_plural_compound_subject), ("plplan", repair_plural_subject_plan),
                       ("causednoun", repair_caused_event_noun), ("conjobj", repair_object_to_second_verb),
                       ("modpair", repair_modifier_pair)))
    if todo["form"] or todo["plsubj"] or todo["plplan"] or todo["causednoun"]:
        todo_np = [(a, b) for a, b in todo_np if not _has_verb_root(out[a:b])]
    _apply(out, todo, (("aux", _repair_noun_as_aux), ("auxsubj", repair_subject_read_as_aux), ("prt", _repair_particle), ("subj", _repair_subject_as_modifiers),
                       ("noun", _repair_plural_noun_as_verb), ("gerund", _repair_gerund)))
    for i in todo["time"]:
        v = out[i]
        _repair_time_subject(v, v.sent)
    _apply(out, todo, (("timecomp", repair_that_after_time),))
    for i in todo["adj"]:
        t = out[i]
        t.pos_ = "VERB"
        t.tag_ = "VBD"
        t.lemma_ = all_forms.get(t.lower_, t.lemma_)
        for c in list(t.rights):  # 77: "Washington *rebuked* Beijing ..." with the name a predicate of the adjective
            if c.dep_ == "xcomp":
                repair_noun_xcomp_object(c)
    _apply(out, todo, (("prepverb", repair_preposition_verb), ("advverb", repair_adverb_verb),
                       ("compverb", repair_compound_verb), ("namenoun", repair_name_verb_object)))
    _apply(out, todo, (("asideverb", repair_verb_after_aside), ("asidepp", repair_verb_after_aside_misread), ("frontcl", repair_fronted_clause), ("addr", repair_addressee_clause),
                       ("nameing", repair_named_participle_root), ("subjplace", repair_subject_on_place)))
    if todo["frontcl"]:
        todo_np = [(a, b) for a, b in todo_np if not _has_verb_root(out[a:b])]
    _apply(out, todo, (("reduced", repair_reduced_relative), ("reducedacl", repair_reduced_before_acl), ("ptobl", repair_participle_on_oblique), ("dateline", repair_dateline_subject), ("front", repair_fronted_subject),
                       ("orphancc", repair_orphaned_first_conjunct), ("openvbg", repair_opening_participle_root)))
    _apply(out, todo, (("blast", repair_blast_verb),))  # (182: before the verbless sentences are rebuilt)
    _apply(out, todo, (("crowdacl", repair_crowd_act_relative), ("crowdcomp", repair_crowd_act_compound),
                       ("setfire", repair_set_fire)))
    if todo["crowdcomp"] or todo["blast"] or todo["setfire"]:
        todo_np = [(a, b) for a, b in todo_np if not _has_verb_root(out[a:b])]
    for a, b in todo_np:
        sent = out[a:b]
        root = sent.root
        if _repair_noun_with_particle(root):
            continue
        # (a root noun with its own preposition is a fronted phrase first: "On Tuesday, Italy and its allies sold ...")
        repair_title_before_verb(root, sent) or repair_time_fronted_subject(root, sent) or repair_crowd_act_before_absolute(root, sent) or repair_fronted_verbless(root) or repair_list_subject(root) or _repair_amod(root, sent) or _participle_clause(root) \
            or repair_headline_passive(root, sent) or _repair_acl(root, sent) \
            or _repair_verb_on_object(root, sent) or repair_noun_root_object(root, sent) or repair_verbless(sent) \
            or repair_headline_present(root, sent) or repair_verb_after_subject_phrase(root, sent) \
            or repair_verb_after_relative(root, sent) or repair_verb_in_bare_relative(root, sent) \
            or repair_force_noun_root(root, sent)
    _apply(out, todo, (("timecomp", repair_object_after_time),))  # (149: after the verbless sentences' verbs are found)
    _apply(out, todo, (("hlpass", repair_headline_root_passive),))
    for i in todo["ing"]:
        repair_result_clause(out[i])
    _apply(out, todo, (("repverb", repair_reported_verbless),))
    _apply(out, todo, (("result", repair_result_word), ("resobj", repair_result_object)))
    for i in todo["nclause"]:
        repair_noun_clause(out[i])
    for i in todo["thatnoun"]:
        repair_that_clause_verb(out[i])
    for i in todo["have"]:
        if out[i].dep_ == "amod":
            _participle_clause(out[i].head)
    # repair 21c again, now that the first verb's own clause is mended: "Police baton-charged and fired tear gas
    # shells at doctors ... *and took* at least 22 of them into custody" (the shells were the root when it ran)
    _apply(out, todo, (("vnoun", repair_verb_on_noun), ("numobj", repair_number_object)))
    _apply(out, todo, (("judging", repair_judging_participle),))  # 213: on the mended clauses
    # repair 27b once more on the mended trees: a verb the repairs made keeps the apposition the parser had hung
    # on the noun it was read as ("Police *detained* five men on Monday", *men* an apposition of *Police*)
    strings = out.vocab.strings
    loose = {strings["appos"], strings["vocative"]}  # (read off the label column: no Token for the other words)
    owner = strings["nmod:poss"]
    for i, dep in enumerate(out.to_array([DEP]).tolist()):
        if dep in loose and out[i].head.i < i and out[i].head.pos_ == "VERB":
            repair_unmarked_object(out[i])
        elif dep == owner and out[i].head.pos_ == "VERB":  # "*Kenya's* army chief shot down ...": the subject's
            subj = next((c for c in out[i].head.children if c.dep_ in _SUBJ_DEPS and c.i > i), None)
            if subj is not None and subj.left_edge.i == i + 2:
                out[i].head = subj
    # spaCy keeps each token's children and edges up to date as heads are moved one at a time, but not
    # always (a verb given its object back kept an edge that hid it: "X on Saturday expressed
    # condolences to ..."); reading the heads back in rebuilds them from the tree itself
    out.from_array([HEAD, DEP], out.to_array([HEAD, DEP]))
    # the repairs keep every sentence a single tree; keep the original sentence boundaries regardless
    if sentence_bounds(out) != sents:
        return doc
    return out
