"""Repairs of a few systematic misparses of the trained pipeline, for the event coder only.

The coder reads the dependency parse; the trained model sometimes gives a clause the analysis of a
noun phrase or of an adjective, and the clause's event is then lost. ``repaired(doc)`` returns a
copy of the doc (same tokens, same indices, same sentences) in which these cases are re-analysed
as clauses; the original doc, which the other extractors read, is left untouched. Each repair only
applies to a sentence that has no main verb of its own, or to a token that cannot be what it was
tagged as, so a correct parse is never changed:

Repairs 1 to 196 are listed, by number with their modules, in docs/parse-repairs.md; the later ones:

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

210 (session 37, round ar75, ``repair_neighbouring``): "pulled its police *out of neighbouring* Chad" with
"neighbouring" a participle marked by the preposition: an adjective of the name, the preposition its case, the name
the phrase of the participle's head (repair 165 does the same after "of").

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
192 (sc74, same module): the same before a common-noun body ("Niger's *ruling* junta ordered", "ruling generals").
233 (``repair_money_content``): "suspended $120 million *in security assistance* to X" with the aid on the verb: the sum's.
234 (round 56, ``repair_affiliation``): "Hackers *linked to X breached* ...": the verb after the phrase is the clause's.
238 (round 58, ``repair_copula_gerund``): "Tehran *is threatening* reprisals" with the "-ing" form an adjective: the verb.
244 (fx59, ``repair_reported_noun``): "said gunmen *shot* two guards" with the verb a noun that has its subject and object: the verb.
245 (fx59, ``repair_adverb_phrase``): repair 21 with "again", "then", "at first", "in turn" between subject and verb.
246 (fx59, ``repair_with_clause``): "A statement on its meeting *with Iran has been released*" read as a with-clause: the main verb.
241-243 (rp58): 224 for "said the talks *went well and urged*"; "Troops *deployed* to X *clashed*"; "said *rebels seized*".
247-250 (pr61, ``repair_subject_form``, ``repair_by_gerund``): a verb form spelt like a noun read as the noun's
modifier or as a noun between subject and object ("The EU *cut* funding to Niger", "Troops *shell* town", "said rebels
*fire* rockets"); the "-ing" form after by / after / before read as an adjective ("responded *by imposing* tariffs").
252-253 (pr61, ``repair_conjunct_form``): the second of two past verbs read as an adjective of the shared object ("The
army shelled and *bombed* rebel positions") or as a conjunct of the first verb's object ("closed the crossing and *cut*
fuel supplies"). 251 (pr61): repair 243 once more on a verb of saying that the verbless sentences' repairs made ("The ministry *said*
gunmen shot ..." with *said* an adjective of *gunmen*).
291-292 (sc76): repair 264 also with a common noun before the "-ing" noun ("the Kerem Shalom *goods* crossing") and
with the name read as an indirect object (``repair_ing_noun``); "declared X *persona* non grata" with "persona" a verb:
a noun in apposition to X, X the object (``repair_persona``). 293 (``repair_offer_clause``): "turned down an offer
from X *on Monday to send* ..." with the to-clause the verb's purpose: the offer's clause.
257 (sc61, ``repair_time_complement._copular``): 148 and 150 on a copular that-clause ("said on Monday *that* rebels were behind ...").
258 (sc61, ``repair_day_on_reported_subject``): "said on [Friday Hamas] fired ...": the day the verb's, the name the clause's subject.
263 (rf64, ``repair_amod_verb.repair_adjective_verb_before_possessor``): "Bangladesh *summoned* India's high commissioner
on Sunday to protest ..." read as one noun phrase (the verb an adjective before the object's possessor): the verb, its
subject, its object. Repair 56 also climbs to a root tagged VBN with a subject and no auxiliary (rf64).
259 (lc64, ``repair_said_conjunct``): 224 after a verb of denying or alleging, whatever the clause's voice ("denied
that he had owned a gun *and accused* officers of ...").
264-267 (pa67, ``repair_ing_noun``, ``repair_possessed_conjunct``): "closed *the Torkham crossing*" with the "-ing" noun a
gerund clause (264); "Troops *pursuing the rebels clashed*" with the verb the participle's complement (265); "X and *his
Ugandan counterpart* condemned" with the adjective the first name's conjunct (266); "*The outlawed* X Party said" with
the participle a second subject (267).
277-280, 183 (session 36, round mp72; docs/parse-repairs.md): "the arms *deal*" read as a verb (``repair_modifier_verb``);
"visit *Beijing* next month" with the name an adjective of the time phrase (``repair_place_time``); "a storm *tore*
through" with the verb a noun (``repair_through_verb``); "to *18* Rwandan rebels" with the preposition on the number
(``repair_cased_object``); "The ministry *summoned envoys*" with the object the root verb (``repair_relative_object``).
281 (session 37, round mp74, ``repair_reduced_past``): "the attacks *carried* out by X" with the reduced relative
tagged as a simple past: the participle (its by-agent is then read as the doer). 282 (``repair_to_participle``): "granted
asylum *to persecuted* journalists" with "to" an infinitive's marker: the noun's preposition, the participle its adjective.
283 (``repair_bare_relative``): "welcomed the deal *Kenya signed*" with the name the phrase's head (or the act noun's part)
and the verb a participle: a relative clause without "that" on the act noun, the name its subject. 284
(``repair_coordinated_subject``): repair 2 after a coordinated subject ("warplanes and units *destroyed* positions").
285-287 (session 38, round sa76, ``repair_multi_act``): an after-clause's subject read as a phrase on the object before
it; a comma participle hung on a verb of saying, or a by-gerund on a time adverb, re-hung on its doer's clause; "police
*beat* and detained" with the past form read as a noun.
288 (session 38, round sb76, ``repair_headline_infinitive``): a headline's plan "Hamas *to free* three hostages" with
no finite verb (the verb read as an adjective of the object or a clause of the subject noun): the verb the root, the
opening noun phrase its subject. The headline passive (21h, 21h2) also reads "held" ("Two men *held* for theft",
"Three students *held* after clashes", a preposition or subordinator after the participle).
294 (session 38, round pr76, ``repair_acl_conjunct``): "Police *detained* and beat three students" with the first
past verb a participle of the subject: the verb, the second its conjunct. 295 (``repair_phrase_plural``): "lifted the ban on
beef *imports*" with the plural noun a verb or clause whose subject is the object: the object's phrase again.
296 (session 38, round rv77, in ``repair_time_complement``): a figure after a weekday counts the object ("deported on
Thursday *12* nationals"). 297 (``repair_gapped_control``): "prompting A to X and *B to* Y": B the second verb's subject.
302 (session 39, round sb78; repair 15 widened in ``repair_infinitive``): "threatened on Monday *to sever* diplomatic
relations", a bare verb after "to" and a time phrase read as an adjective of its object, modifiers of the object between.
306 (session 39, round sc78, in ``repair_gapped_control``): the same after "called *on A* to X and B to Y", the first
to-clause an adverbial clause of the verb. 307 (``repair_verb_tag_root``): "The US *froze* $300 million in aid" with the
past verb, tagged as a verb, labelled a noun root and its subject a compound of it: the verb, the compound its subject.
135 (session 39, round rv79, ``repair_particle_noun``): "demanded that Belarus *hand over* the pilot" with the particle
verb's base form read as a noun (the name its compound, the particle a preposition): the verb, its subject, its object.
136 (``repair_comma_participle``): "parked tractors on the highway, *blocking traffic*" with the participle after the
comma read as its object's adjective: an adverbial clause of the main verb, the noun its object (not in a noun list).
141 (``repair_late_object``): "handed over to Malaysia on Friday *three suspects*" with the counted object after the
verb's obliques read as a clause or as the time phrase's head: the verb's object, the figure its count. 142
(``repair_adjective_conjunct``): "Soldiers beat and *tortured* dozens of villagers" with the second verb tagged an
adjective (the object on the first): a past verb, the object its own. 144 (``repair_object_particle``): "handed the
two rebels *over* to Congo" with the particle after the object hung on the object: the verb's particle.
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
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_verbless import _has_verb_root
from lapwing.extract.events.repair_lifted import lifted_reparsed
from lapwing.extract.events.repair_opener_title import repair_opener_title_name
from lapwing.extract.events.repair_misread import (repair_adverb_verb, repair_compound_verb, repair_name_verb_object,
                                                 repair_preposition_verb)
from lapwing.extract.events.repair_list import repair_list_subject, repair_subject_on_place
from lapwing.extract.events.repair_split import split_reparsed

from lapwing.extract.events.repair_participle import (_participle_clause, repair_channel_clause, repair_name_as_participle_subject, repair_participle_subject,
                                                       repair_present_on_noun, repair_result_clause)
from lapwing.extract.events.repair_infinitive import repair_addressee_clause, repair_gerund_complement, repair_to_infinitive
from lapwing.extract.events.repair_particle import (_repair_noun_as_aux, _repair_noun_with_particle,
                                                    _repair_particle)
from lapwing.extract.events.repair_hyphen_verb import repair_hyphen_prefix_verb
from lapwing.extract.events.repair_hyphen_name import repair_hyphen_name_object
from lapwing.extract.events.repair_expletive import expletive_candidates, repair_expletive_subject
from lapwing.extract.events.repair_message_participle import message_participle_candidates, repair_message_participle
from lapwing.extract.events.repair_acronym_verb import acronym_verb_candidates, repair_acronym_verb
from lapwing.extract.events.repair_against_phrase import against_candidates, repair_against_on_place
from lapwing.extract.events.repair_judging_participle import (directive_candidates, judging_candidates,
                                                              repair_directive_participle, repair_judging_participle)
from lapwing.extract.events.repair_claim_aside import claim_aside_candidates, repair_claim_aside
from lapwing.extract.events.repair_after_clause import after_clause_candidates, repair_after_clause
from lapwing.extract.events.repair_money_content import money_content_candidates, repair_money_content
from lapwing.extract.events.repair_phrase_subject_verb import phrase_subject_verb_candidates, repair_phrase_subject_verb
from lapwing.extract.events.repair_ruling_party import repair_ruling_body, repair_ruling_party, ruling_body_candidates, ruling_party_candidates
from lapwing.extract.events.repair_copula_gerund import copula_gerund_candidates, repair_copula_gerund
from lapwing.extract.events.repair_said_conjunct import repair_said_conjunct, repair_said_object_clause, said_conjunct_candidates, said_object_candidates
from lapwing.extract.events.repair_to_noun import repair_to_noun, to_noun_candidates
from lapwing.extract.events.repair_reported_noun import repair_reported_noun, reported_noun_candidates
from lapwing.extract.events.repair_with_clause import repair_with_clause, with_clause_candidates
from lapwing.extract.events.repair_subject_form import repair_subject_form, subject_form_candidates
from lapwing.extract.events.repair_by_gerund import by_gerund_candidates, repair_by_gerund
from lapwing.extract.events.repair_conjunct_form import conjunct_form_candidates, repair_conjunct_form
from lapwing.extract.events.repair_quantity import repair_number_qualifier
from lapwing.extract.events.repair_aux_subject import repair_subject_read_as_aux
from lapwing.extract.events.repair_shot_dead import shot_dead_reparsed
from lapwing.extract.events.repair_modifier_pair import repair_modifier_pair, repair_relative_label
from lapwing.extract.events.repair_quantity_of import repair_quantity_of_phrase
from lapwing.extract.events.repair_list_verb import repair_list_verb_before_while
from lapwing.extract.events.repair_agent_noun import repair_participle_noun_with_agent
from lapwing.extract.events.repair_copula import repair_object_on_copula_adjective
from lapwing.extract.events.repair_accused_adjective import repair_accused_adjective
from lapwing.extract.events.repair_means_agent import repair_means_agent
from lapwing.extract.events.repair_amod_verb import (repair_adjective_verb_before_article, repair_adjective_verb_before_possessor, repair_base_verb_after_modal,
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
    repair_that_as_argument, repair_report_in_time_phrase, repair_day_on_reported_subject
from lapwing.extract.events.repair_neighbouring import neighbouring_phrase_candidates, repair_neighbouring_of, repair_neighbouring_phrase
from lapwing.extract.events.repair_persona import persona_candidates, repair_persona_noun
from lapwing.extract.events.repair_offer_clause import offer_clause_candidates, repair_offer_clause
from lapwing.extract.events.repair_title_verb import repair_title_before_verb
from lapwing.extract.events.repair_agent_phrase import repair_phrase_on_agent
from lapwing.extract.events.repair_passive_agent import repair_agent_on_phrase_noun
from lapwing.extract.events.repair_participle_object import repair_participle_object_as_subject, repair_participle_on_subject
from lapwing.extract.events.repair_dative import repair_first_of_two_objects, repair_receiver_compound
from lapwing.extract.events.repair_reduced import placed_candidates, repair_placed_relative, repair_reduced_before_acl, repair_reduced_relative
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
from lapwing.extract.events.repair_headline import repair_headline_infinitive, repair_headline_passive, repair_headline_root_passive
from lapwing.extract.events.repair_relative import (repair_claim_relative, repair_participle_between_commas, repair_relative_as_main,
                                                    repair_verb_after_apposition)
from lapwing.extract.events.repair_verbless import (repair_name_pair_subject, repair_noun_with_subject, repair_verb_after_subject_phrase,
                                                   repair_verbless)
from lapwing.extract.events.repair_nominal_verbs import (repair_swapped_headline_verb, repair_past_form_conjunct, repair_coordinated_form, repair_counted_noun_as_verb, repair_number_object, repair_participle_root, repair_reported_verbless, repair_result_word, repair_verb_on_noun)
from lapwing.extract.events.repair_noun_object import (repair_object_as_conjunct, repair_postposed_predicate, repair_quoted_predicate, repair_noun_root_object, repair_noun_xcomp_object, repair_object_as_clause_subject,
                                                       repair_said_subject_as_object, repair_coordinated_name_as_apposition)
from lapwing.extract.events.repair_verb_after_subject import repair_verb_after_its_subject
from lapwing.extract.events.repair_subordinate import (repair_clause_as_subject, repair_clause_hung_on_subject,
                                                      repair_subject_taken_by_later_clause,
                                                      repair_conjunct_out_of_subordinate, repair_past_conjunct_of_infinitive,
                                                      repair_subject_hung_before_its_verb,
                                                      repair_that_clause_as_relative)
from lapwing.extract.events.repair_fronted import (repair_cased_subject, repair_fronted_clause, repair_fronted_subject, repair_fronted_verbless, repair_named_participle_root,
                                                   repair_noun_conjunct_as_relative, repair_opening_participle_root,
                                                   repair_orphaned_first_conjunct)
from lapwing.extract.events.repair_forms import (
    repair_headline_present, repair_noun_clause, repair_that_clause_verb, repair_noun_root_with_object, repair_past_form, repair_resultative,
    repair_ambiguous_past_root, verb_forms)
from lapwing.extract.events.repair_time import (_SUBJ_DEPS, _repair_time_subject, _time_word, repair_initial_participle,
                                               repair_time_as_subject)
from lapwing.extract.events.repair_affiliation import affiliation_candidates, repair_affiliation
from lapwing.extract.events.repair_adverb_noun import adverb_noun_candidates, repair_adverb_noun
from lapwing.extract.events.repair_ing_noun import ing_noun_candidates, phrase_subject_candidates, repair_ing_noun, repair_phrase_subject
from lapwing.extract.events.repair_possessed_conjunct import (participle_subject_candidates, possessed_conjunct_candidates,
                                                              repair_participle_subject_word, repair_possessed_conjunct)
from lapwing.extract.events.repair_modifier_verb import modifier_verb_candidates, repair_modifier_verb
from lapwing.extract.events.repair_place_time import place_time_candidates, repair_place_time
from lapwing.extract.events.repair_through_verb import repair_through_verb, through_verb_candidates
from lapwing.extract.events.repair_relative_object import relative_object_candidates, repair_relative_object
from lapwing.extract.events.repair_cased_object import cased_object_candidates, repair_cased_object
from lapwing.extract.events.repair_reduced_past import reduced_past_candidates, repair_reduced_past
from lapwing.extract.events.repair_to_participle import repair_to_participle, to_participle_candidates
from lapwing.extract.events.repair_bare_relative import bare_relative_candidates, repair_bare_relative
from lapwing.extract.events.repair_coordinated_subject import coordinated_subject_candidates, repair_coordinated_subject
from lapwing.extract.events.repair_multi_act import (hung_participle_candidates, noun_past_candidates, repair_hung_participle,
                                                     repair_noun_past, repair_subordinate_object,
                                                     subordinate_object_candidates)
from lapwing.extract.events.repair_acl_conjunct import acl_conjunct_candidates, repair_acl_conjunct
from lapwing.extract.events.repair_phrase_plural import phrase_plural_candidates, repair_phrase_plural
from lapwing.extract.events.repair_gapped_control import gapped_control_candidates, repair_gapped_control
from lapwing.extract.events.repair_verb_tag_root import repair_verb_tag_root, verb_tag_root_candidates
from lapwing.extract.events.repair_particle_noun import particle_noun_candidates, repair_particle_noun
from lapwing.extract.events.repair_comma_participle import comma_participle_candidates, repair_comma_participle
from lapwing.extract.events.repair_late_object import late_object_candidates, repair_late_object
from lapwing.extract.events.repair_adjective_conjunct import adjective_conjunct_candidates, repair_adjective_conjunct
from lapwing.extract.events.repair_object_particle import object_particle_candidates, repair_object_particle
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
    ix = RepairIndex(doc)  # (where the later repairs' shapes may be: their scans read only those tokens)
    # 205-206: read off the label and word columns by their own modules (repair_candidates is at its size limit)
    todo["explsubj"], todo["againstup"] = expletive_candidates(doc), against_candidates(doc)
    todo["judging"], todo["claimaside"] = judging_candidates(doc), claim_aside_candidates(doc, ix)  # 213, 215
    todo["msgpt"], todo["acroverb"] = message_participle_candidates(doc), acronym_verb_candidates(doc, ix)  # 208-209
    todo["afterclause"] = after_clause_candidates(doc, ix)  # 223
    todo["saidconj2"], todo["placed"], todo["saidacl"] = said_conjunct_candidates(doc, ix), placed_candidates(doc, ix), said_object_candidates(doc, ix)  # 224, 242-243
    todo["tonoun"], todo["repnoun"], todo["withcl"] = to_noun_candidates(doc), reported_noun_candidates(doc, ix), with_clause_candidates(doc, ix)  # 225, 244, 246
    todo["phrsubj"], todo["rulingp"] = phrase_subject_verb_candidates(doc, ix), ruling_party_candidates(doc, ix)  # 231-232
    todo["rulingb"] = ruling_body_candidates(doc, ix)  # 192
    todo["moneyin"], todo["affil"], todo["copving"] = money_content_candidates(doc, ix), affiliation_candidates(doc), copula_gerund_candidates(doc, ix)  # 233-234, 238
    todo["subjform"], todo["bying"] = subject_form_candidates(doc, ix), by_gerund_candidates(doc, ix)  # 247-248, 249-250
    todo["conjform"] = conjunct_form_candidates(doc, ix)  # 252-253
    todo["ingnoun"], todo["ptphrase"] = ing_noun_candidates(doc, ix), phrase_subject_candidates(doc, ix)  # 264-265
    todo["posscj"], todo["ptsubjw"] = possessed_conjunct_candidates(doc, ix), participle_subject_candidates(doc, ix)  # 266-267
    todo["advnoun"] = adverb_noun_candidates(doc, ix)  # 272
    todo["modverb"], todo["placetime"] = modifier_verb_candidates(doc, ix), place_time_candidates(doc, ix)  # 277-278
    todo["throughv"], todo["casedobj"] = through_verb_candidates(doc, ix), cased_object_candidates(doc, ix)  # 279-280
    todo["relobj"] = relative_object_candidates(doc, ix)  # 183
    todo["redpast"], todo["toppt"] = reduced_past_candidates(doc, ix), to_participle_candidates(doc, ix)  # 281-282
    todo["barerel"], todo["cjsubj"] = bare_relative_candidates(doc, ix), coordinated_subject_candidates(doc, ix)  # 283-284
    todo["directive"] = directive_candidates(doc)  # 188 (round sb74)
    todo["aclconj"], todo["phrplural"] = acl_conjunct_candidates(doc, ix), phrase_plural_candidates(doc, ix)  # 294-295
    todo["gapctl"] = gapped_control_candidates(doc, ix)  # 297 (round rv77)
    todo["vtagroot"] = verb_tag_root_candidates(doc, ix)  # 307 (round sc78)
    todo["prtnoun"], todo["commapt2"] = particle_noun_candidates(doc, ix), comma_participle_candidates(doc, ix)  # 135-136 (round rv79)
    todo["lateobj"], todo["adjconj2"] = late_object_candidates(doc, ix), adjective_conjunct_candidates(doc, ix)  # 141-142 (rv79)
    todo["objprt"] = object_particle_candidates(doc, ix)  # 144 (round rv79)
    todo["nbphrase"] = neighbouring_phrase_candidates(doc)  # 210 (round ar75)
    todo["subobj"], todo["hungpt"] = subordinate_object_candidates(doc, ix), hung_participle_candidates(doc, ix)  # 285-286
    todo["nounpast"] = noun_past_candidates(doc, ix)  # 287 (round sa76)
    todo["persona"], todo["offercl"] = persona_candidates(doc, ix), offer_clause_candidates(doc, ix)  # 292-293 (round sc76)
    sents = sentence_bounds(doc)
    all_forms = verb_forms()
    if not todo_np and not any(todo.values()):
        return doc
    out = doc.copy()
    _apply(out, todo, (("claimaside", repair_claim_aside),))  # 215: first, the main clause back at the root
    _apply(out, todo, (("nounpast", repair_noun_past), ("subobj", repair_subordinate_object)))  # 287, 285 (round sa76)
    _apply(out, todo, (("afterclause", repair_after_clause), ("saidacl", repair_said_object_clause), ("saidconj2", repair_said_conjunct), ("placed", repair_placed_relative)))  # 223, 243, 224, 242
    _apply(out, todo, (("tonoun", repair_to_noun), ("affil", repair_affiliation), ("copving", repair_copula_gerund), ("repnoun", repair_reported_noun), ("withcl", repair_with_clause)))  # 225, 234, 238, 244, 246
    _apply(out, todo, (("advnoun", repair_adverb_noun),))  # 272: "the arms *embargo*" read as an adverb
    _apply(out, todo, (("persona", repair_persona_noun), ("offercl", repair_offer_clause)))  # 292-293 (round sc76)
    _apply(out, todo, (("modverb", repair_modifier_verb), ("placetime", repair_place_time),
                       ("throughv", repair_through_verb), ("casedobj", repair_cased_object),
                       ("relobj", repair_relative_object)))  # 277-280, 183 (round mp72)
    _apply(out, todo, (("toppt", repair_to_participle), ("barerel", repair_bare_relative),
                       ("cjsubj", repair_coordinated_subject)))  # 282-284 (round mp74)
    _apply(out, todo, (("aclconj", repair_acl_conjunct), ("phrplural", repair_phrase_plural)))  # 294-295 (round pr76)
    _apply(out, todo, (("gapctl", repair_gapped_control),))  # 297 (round rv77)
    _apply(out, todo, (("vtagroot", repair_verb_tag_root),))  # 307 (round sc78)
    _apply(out, todo, (("prtnoun", repair_particle_noun), ("commapt2", repair_comma_participle),
                       ("lateobj", repair_late_object), ("adjconj2", repair_adjective_conjunct),
                       ("objprt", repair_object_particle)))  # 135-136, 141-142, 144 (rv79)
    if todo["throughv"] or todo["cjsubj"] or todo["prtnoun"]:
        todo_np = [(a, b) for a, b in todo_np if not _has_verb_root(out[a:b])]
    _apply(out, todo, (("ingnoun", repair_ing_noun), ("ptphrase", repair_phrase_subject),
                       ("posscj", repair_possessed_conjunct), ("ptsubjw", repair_participle_subject_word)))  # 264-267
    if todo["ptphrase"] or todo["posscj"]:
        todo_np = [(a, b) for a, b in todo_np if not _has_verb_root(out[a:b])]
    _apply(out, todo, (("rulingp", repair_ruling_party), ("rulingb", repair_ruling_body), ("phrsubj", repair_phrase_subject_verb),
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
    _apply(out, todo, (("relsaid", repair_statement_conjunct), ("qty", repair_number_qualifier), ("qtyof", repair_quantity_of_phrase), ("listverb", repair_list_verb_before_while), ("to", repair_to_infinitive), ("pair", repair_coordinated_form), ("someof", repair_partitive_aside), ("partrel", repair_partitive_relative), ("timesubj", repair_time_in_subject), ("timenoun", repair_time_before_subject), ("measlist", repair_measure_read_as_verb), ("measkind", repair_measure_cut_from_kind), ("oblobj", repair_oblique_object), ("planacl", repair_plan_clause), ("nameposs", repair_name_and_possessor), ("namenounev", repair_name_as_event_subject), ("nameadj", repair_name_adjective_object), ("accadj", repair_accused_adjective), ("meansagent", repair_means_agent), ("freeverb", repair_free_before_name), ("timeappos", repair_clause_after_time_phrase), ("adjconj", repair_past_form_conjunct), ("amodverb", repair_adjective_verb_before_article), ("possverb", repair_adjective_verb_before_possessor), ("havepp", repair_participle_after_have), ("modalvb", repair_base_verb_after_modal),
                       ("vnoun", repair_verb_on_noun), ("numobj", repair_number_object), ("objconj", repair_object_as_conjunct),
                       ("postadj", repair_postposed_predicate), ("quotepred", repair_quoted_predicate),
                       ("timeof", repair_of_phrase_on_time), ("neighbour", repair_neighbouring_of),
                       ("nbphrase", repair_neighbouring_phrase)))
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
    _apply(out, todo, (("timecomp", repair_that_after_time), ("timecomp", repair_day_on_reported_subject)))  # 148, 258
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
    _apply(out, todo, (("opentitle", repair_opener_title_name),))  # 255 (before 57: the participle is no root after it)
    _apply(out, todo, (("reduced", repair_reduced_relative), ("reducedacl", repair_reduced_before_acl), ("ptobl", repair_participle_on_oblique), ("dateline", repair_dateline_subject), ("front", repair_fronted_subject),
                       ("orphancc", repair_orphaned_first_conjunct), ("relnoun", repair_noun_conjunct_as_relative),
                       ("openvbg", repair_opening_participle_root)))
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
        repair_headline_infinitive(root, sent) or repair_title_before_verb(root, sent) or repair_time_fronted_subject(root, sent) or repair_crowd_act_before_absolute(root, sent) or repair_fronted_verbless(root) or repair_list_subject(root) or _repair_amod(root, sent) or _participle_clause(root) or repair_present_on_noun(root) \
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
    # 247-250, after the repairs above (which keep their own shapes); 251: repair 243 on a verb of saying that the
    # verbless sentences' repairs made ("The ministry *said* gunmen shot ..." with "said" an adjective)
    _apply(out, todo, (("subjform", repair_subject_form), ("bying", repair_by_gerund), ("conjform", repair_conjunct_form)))
    for a, b in todo_np:  # (only the verbless sentences just mended: elsewhere 243 has had its turn)
        for i in said_object_candidates(out[a:b]):
            if i not in todo["saidacl"]:
                repair_said_object_clause(out[i])
    # repair 21c again, now that the first verb's own clause is mended: "Police baton-charged and fired tear gas
    # shells at doctors ... *and took* at least 22 of them into custody" (the shells were the root when it ran)
    _apply(out, todo, (("vnoun", repair_verb_on_noun), ("numobj", repair_number_object)))
    _apply(out, todo, (("judging", repair_judging_participle),))  # 213: on the mended clauses
    _apply(out, todo, (("redpast", repair_reduced_past),))  # 281: on the clauses the repairs above left as they were
    _apply(out, todo, (("directive", repair_directive_participle),))  # 188: an order's to-clause, then its participle
    _apply(out, todo, (("hungpt", repair_hung_participle),))  # 286 (round sa76): on the mended clauses
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
