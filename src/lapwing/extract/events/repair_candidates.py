"""Where the parse repairs of ``parse_repair`` may apply: one pass over the token columns.

``candidates(doc)`` returns, for each token repair, the indices of the tokens it is tried on, and the sentences with
no main verb (which the sentence repairs rebuild). The tests are the cheapest first and read the columns shared with
the other extractors (``docfacts``); ``Token`` objects are made only for the rare candidates. The repairs themselves,
and the order they run in, are in ``parse_repair``.
"""

from __future__ import annotations

from collections import defaultdict

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Token

from lapwing.extract.events.repair_means_agent import MEANS_NOUNS
from lapwing.extract.events.repair_aside import PARTITIVES
from lapwing.extract.events.repair_oblique_object import OPENERS as OBL_OPENERS
from lapwing.extract.events.repair_measure_list import _CUT as _CUT_MEASURE, _FIRST as _CUT_FIRST, MEASURE_KINDS, MEASURE_NOUNS
from lapwing.extract.docfacts import doc_heads, sentence_bounds, token_columns
from lapwing.extract.events.repair_forms import past_forms, verb_forms
from lapwing.extract.events.repair_name_noun import IS_NOUNS, TARGET_CASES
from lapwing.extract.events.repair_time import FINITE, is_time_word
from lapwing.extract.events.repair_verbless import _adjective_verb, _verbless
from lapwing.extract.events.repair_caused_noun import CAUSED_NOUNS, caused_noun_candidate
from lapwing.extract.events.repair_conjunct_object import conjunct_object_candidate
from lapwing.extract.events.repair_crowd_act import CROWD_ACTS, crowd_compound_candidate, set_fire_candidate
from lapwing.extract.events.repair_modifier_pair import MODIFIER_KINDS, modifier_pair_candidate
from lapwing.extract.events.repair_hyphen_name import hyphen_name_candidate
from lapwing.extract.events.repair_amod_verb import MODALS as _MODALS, possessor_verb_candidate  # repairs 202, 263
from lapwing.extract.events.repair_visiting import visiting_candidate
from lapwing.extract.events.repair_opening_modifier import OPENING_MODIFIERS
from lapwing.extract.events.repair_quantity_of import QUANTITY_NOUNS
from lapwing.extract.events.repair_relative import CLAIM_SUMS, REPORT_NOUNS
from lapwing.extract.events.verb_classes import light_past_forms
from lapwing.extract.events.repair_candidates_clauses import clause_pass  # the second pass (labels of clauses)

_EVENT_PREPS = {"in", "during", "amid", "after", "by"}
#: the first word after a verb that may open its time phrase ("denied *on* Monday that", repairs 148-149)
_TIME_GAP = frozenset({"on", "late", "early", "earlier", "last", "this", "overnight", "in"})

#: last words of a number qualifier before the number ("up *to* 16", "*about* 160", "at *least* 20")
_QUALIFIER_ENDS = frozenset({"to", "over", "as", "some", "than", "about", "around", "nearly", "almost",
                             "approximately", "roughly", "least", "of"})


#: the dependency labels the tests of ``candidates``' first pass ask of the token itself (every label that starts
#: with "obl" too: ``dep.startswith("obl")``), and those of its second pass; a token with another label skips them
_NOMINAL_LABELS = frozenset({"case", "nsubj", "nsubj:pass", "obj", "iobj", "mark", "aux", "aux:pass", "nummod", "appos",
                             "nmod:unmarked", "vocative", "dep"})
_CLAUSE_LABELS = frozenset({"amod", "acl", "acl:relcl", "conj", "ROOT", "root", "ccomp", "advcl", "xcomp", "csubj",
                            "parataxis"})
#: the parts of speech and the words the tests of the third pass ask of the token itself
_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "ADV", "ADP"})
_WORDS = frozenset({"whose", "who", "which", "dead", "unconscious", "is"})


#: the word lists the third pass's tests read (a word of none of them, not ending in "ed", is taken by no test but a
#: verb's, a listed word's or a preposition's after a verb: ``_word_pass_tokens``)
_PASS3_LISTS = frozenset(MEASURE_NOUNS | MEASURE_KINDS | _CUT_FIRST | set(CAUSED_NOUNS) | MODIFIER_KINDS | _WORDS | CROWD_ACTS)


def _word_pass_tokens(P: list[str], L: list[str], all_forms: dict[str, str], forms: dict[str, str]) -> list[int]:
    """The tokens the third pass of ``candidates`` visits: of those with a part of speech of ``_WORD_POS`` or a word of
    ``_WORDS``, the ones one of its tests may take. A test there that is not a verb's, a listed word's or "prt" (a
    preposition right after a verb) asks for a word of a list (``_PASS3_LISTS``, a verb's form: ``all_forms``,
    ``forms``) or for a form ending in "ed", so the other words are skipped; each distinct word is asked once
    (tests/test_speed_paths37_candidates.py checks the pass against one over every token of ``_WORD_POS`` and ``_WORDS``)."""
    marked = {w for w in set(L) if w in _PASS3_LISTS or w in all_forms or w in forms or w.endswith("ed")}
    return [k for k, (ps, lw) in enumerate(zip(P, L))
            if ps == "VERB" or (lw in marked and (ps in _WORD_POS or lw in _WORDS))
            or (ps == "ADP" and k >= 1 and P[k - 1] == "VERB")]


def candidates(doc: Doc) -> tuple[defaultdict[str, list[int]], list[tuple[int, int]]]:
    """The candidate tokens of each token repair (by repair) and the verbless sentences of ``doc``."""
    sents = sentence_bounds(doc)
    # the candidates of each token repair, by repair (applied below in a fixed order)
    todo: defaultdict[str, list[int]] = defaultdict(list)
    forms, all_forms, light = past_forms(), verb_forms(), light_past_forms()
    # one pass over the token columns (shared with the other extractors), cheapest tests first: the
    # coder runs this on every article; Token objects are made only for the rare candidates
    cols = token_columns(doc)
    P, D, T, L, X, H = cols.pos, cols.dep, cols.tag, cols.lower, cols.text, doc_heads(doc)
    todo_np = _verbless(doc, sents, P, T, H)
    strings = doc.vocab.strings
    ents = [strings[e] if e else "" for e in doc.to_array([ENT_TYPE]).tolist()] if len(doc) else []

    def time_at(j: int) -> bool:  # _time_word(doc[j]) on the columns
        return is_time_word(L[j], P[j], ents[j])

    n = len(doc)
    # three passes, each over the tokens its tests may take (tests/test_speed_paths14.py checks that each test is
    # in a pass that visits every token it may take): the tests that ask for the token's own label, one pass for
    # the labels of nominal words and function words (_NOMINAL_LABELS) and one for those of clauses and modifiers
    # (_CLAUSE_LABELS: ``clause_pass``, in repair_candidates_clauses.py); then the tests that ask for the token's part of speech or word (_WORD_POS, _WORDS). A new
    # test goes in the pass that fits it, and its label, part of speech or word in that pass's set. Within a pass the
    # tests are grouped under a guard on the token's own label, part of speech or word (a token meets only its
    # group's tests; tests/test_speed_paths37_candidates.py): a new test goes in the group its first comparison fits, or outside
    # the groups when it takes labels of two; the third pass visits only the tokens ``_word_pass_tokens`` lets
    # through, so a test there that asks for a new word list needs that list in ``_PASS3_LISTS``
    labels = set(D)
    obliques = {d for d in labels if d.startswith("obl")}  # (the labels of obliques this document has)
    nominal = {d for d in labels if d in _NOMINAL_LABELS} | obliques
    for i in [k for k, d in enumerate(D) if d in nominal]:
        pos, dep, tag, low = P[i], D[i], T[i], L[i]
        p = i - 1  # the previous token, if any
        if dep in ("aux", "nummod", "obl") and tag in ("CD", "NNS", "VBZ") and (tag == "CD" or dep == "aux") and not (
                dep == "aux" and p >= 0 and P[p] in ("NUM", "DET", "ADJ")) and (
                dep == "aux" or (H[i] > i and P[H[i]] == "VERB")):
            todo["auxsubj"].append(i)  # "*about 400* marched", "when *suspects* opened fire" (repair 129)
        if dep == "obl:agent" and low in MEANS_NOUNS:
            todo["meansagent"].append(i)  # 315: "*spoke by telephone* with X and told them" read as a passive's agent
        if dep in ("nsubj", "appos") and low in CLAIM_SUMS and p >= 1 and L[p] in ("a", "an") and X[p - 1] == ",":
            todo["claimrel"].append(i)  # "..., *a charge* New Delhi rejected"
        if low == "that" and dep in ("mark", "obj") and H[i] > i and D[H[i]] in ("acl:relcl", "acl") \
                and D[H[H[i]]] in ("iobj", "obj"):
            todo["thatrel"].append(H[i])  # "told army commanders *that the rebels had been defeated*" read as a relative
        if low == "that" and dep in ("nsubj", "nsubj:pass", "obj") and H[i] > i + 1:
            todo["thatarg"].append(H[i])  # "said on Tuesday *that* rebels had killed" with *that* a second subject (150)
        if dep == "obl" and low in REPORT_NOUNS and p >= 0 and H[p] == i and time_at(p):
            todo["timereport"].append(i)  # "denied on Wednesday *reports* that ..." with the report in the time phrase (134)
        if dep in ("nsubj", "nsubj:pass", "obl:unmarked", "obl:tmod", "obl") and p >= 0 and H[p] == i \
                and D[p] == "compound" and time_at(i):
            todo["tsubj"].append(i)  # "The Security Council *today* agreed" (repairs 4b and 101)
        if dep == "nmod:unmarked" and H[i] > i and pos in ("NOUN", "PROPN"):
            todo["unmarked"].append(i)  # "detained *five men* after the robbery" with *men* on *robbery*
        if dep in ("obl:unmarked", "appos", "vocative") and H[i] < i and P[H[i]] == "VERB" and pos in ("NOUN", "PROPN"):
            todo["unmarked"].append(i)  # "expelled *two diplomats*", "detained *five men* on Monday", "visits *Kyiv*"
        if dep == "obj" and hyphen_name_candidate(D, H, P, X, i):
            todo["hyphenname"].append(i)  # 200: "telephoned *Tejan-Kabba*" cut at the hyphen into two objects
        if dep == "obl" and H[i] < i and P[H[i]] == "VERB" and L[H[i] + 1] in OBL_OPENERS and pos in ("NOUN", "PROPN"):
            todo["oblobj"].append(i)  # "destroyed *a Hamas tunnel*" with the object an oblique (138)
        if dep == "obl" and H[i] > i and P[H[i]] == "VERB" and pos in ("NOUN", "PROPN") and p >= 1 and D[p] == "compound" \
                and H[p] == i and time_at(p) and not time_at(i):
            todo["timenoun"].append(i)  # "On Monday *police* opened fire" with the doer in the time phrase (158)
        if pos == "PROPN" and i + 2 < n and X[i + 1] == "," and D[i + 2] == "nsubj" and H[i + 2] == H[i] \
                and dep in ("obl:unmarked", "vocative", "dep", "appos", "nmod:unmarked"):
            todo["namepair"].append(i)  # the headline "Ghana, Togo sign ..." with Ghana hung on the verb
        if dep in ("obj", "appos", "obl:unmarked") and pos in ("NOUN", "ADJ") and i >= 3 and (
                (dep != "appos" and any(D[k] == "obj" and H[k] == H[i] for k in range(H[i] + 1, i)))
                or (dep == "appos" and D[H[i]] == "obj" and H[i] < i)):
            todo["quotepred"].append(i)  # "branded the visit *a provocation*", 'called the vote *"a farce"*'
        if dep == "nummod" and p >= 0 and L[p] in _QUALIFIER_ENDS and (D[H[i]].startswith("obl") or (
                L[p] == "of" and D[H[i]] == "nmod")):  # ("upwards *of* 12 sailors" with the noun on the qualifier)
            todo["qty"].append(H[i])
        if dep in ("case", "mark"):  # the tests of function words
            if dep == "case" and low == "of" and p >= 1 and L[p] in QUANTITY_NOUNS and D[p] == "conj" and H[i] > i \
                    and H[H[i]] == H[p] != p:
                todo["qtyof"].append(H[i])  # "police and *hundreds* of his supporters" with the of-phrase on *police*
            if dep == "case" and pos == "ADP" and D[H[i]] in ("nsubj", "nsubj:pass") and H[i] > i and H[H[i]] > H[i]:
                todo["casesubj"].append(H[i])  # "*after* the fall of ..., the interim president signed ..."
            if low == "that" and dep == "mark" and P[H[i]] in ("NOUN", "PROPN") and H[i] > i + 2 \
                    and D[H[i]] in ("acl", "ccomp", "acl:relcl"):
                todo["thatnoun"].append(H[i])  # "its demand that Israel *ease* restrictions" with *ease* a noun
            if dep == "case" and low in ("'s", "’s") and D[H[i]] == "conj" and D[H[H[i]]] == "compound":
                todo["nameposs"].append(H[H[i]])  # "*Hakobyan* and Azerbaijan's president signed" read as one possessor
            if dep in ("mark", "case") and low in ("in", "during", "amid", "amidst") and P[H[i]] == "VERB" \
                    and (H[i] == i + 1 or (H[i] == i + 2 and X[i + 1] in ("'", '"', "‘", "“"))) \
                    and T[H[i]] in ("VB", "VBP", "NN"):
                todo["prepnoun"].append(H[i])  # "died in *crossfire* with police" read as a verb
            if dep in ("mark", "case") and low == "of" and i + 1 < n and L[i + 1] in ("neighbouring", "neighboring") \
                    and p >= 0 and P[p] == "NOUN" and (P[i + 1] != "ADJ" or dep == "mark"):
                todo["neighbour"].append(i)  # "the government *of* neighbouring Mauritius said" (repair 165)
            if dep == "case" and low == "of" and D[H[i]] == "nmod" and H[H[i]] < H[i] and time_at(H[H[i]]):
                todo["timeof"].append(H[i])  # "the arrest on Thursday morning *of* two lawmakers" with *of* on *morning*
            if dep == "case" and low in ("after", "before", "until", "since", "as") and D[H[i]] in ("nsubj", "nsubj:pass", "obl", "nmod"):
                todo["subord"].append(i)  # "died *after* policemen caned him" with *after* on *policemen*
            if low == "by" and dep == "case" and D[H[i]] == "compound":
                todo["bycomp"].append(i)  # "by General Service Unit (GSU) officers" with *by* on *Unit*
            if low == "by" and dep in ("case", "mark") and (D[H[i]] == "nmod" or D[H[i]] != "obl" and H[i] > i):
                todo["byphrase"].append(i)  # 106: "driven out of the stations *by* activists" with the agent on *stations*
            if dep == "mark" and low == "to" and H[i] > i and D[H[i]] == "acl" and D[H[H[i]]] in ("obj", "iobj", "obl", "obl:arg"):
                todo["addr"].append(H[i])  # "urged his supporters *to gather*" with the to-clause on the supporters
            if dep == "case" and low == "to" and (p >= 0 and P[p] == "VERB" or i + 1 < n and T[i + 1] == "VB"):
                todo["to"].append(i)  # 15, 197; 302: a bare verb after a time phrase ("threatened on Monday *to sever*")
        if dep in ("nsubj", "nsubj:pass"):  # the tests of subjects
            if dep in ("nsubj", "nsubj:pass") and i >= 3 and H[i] > i and any(
                    D[k] == "cc" and H[k] <= i for k in range(max(0, i - 5), i)):
                todo["orphancc"].append(i)  # "On Tuesday, Italy *and its allies* withdrew ..."
            if dep == "nsubj" and pos == "PROPN" and i + 1 < n and H[i] == i + 1 and T[i + 1] == "VBG" and p >= 0 \
                    and P[p] == "NOUN":
                todo["namesubj"].append(i)  # "outside the capital *Mogadishu* using car bombs"
            if dep == "nsubj" and p >= 0 and D[p] == "compound" and H[p] == i and time_at(p):
                todo["timesubj"].append(i)  # "On Monday *morning* scores of lawyers marched": the day in the subject (132)
            if dep == "nsubj" and low in PARTITIVES and p >= 1 and X[p] == "," and H[i] > i:
                todo["someof"].append(i)  # "Protesters, *some* of them armed with bars, stormed ..." read as the clause
            if pos == "NOUN" and tag == "NNS" and dep == "nsubj" and low in all_forms and H[i] > i and T[H[i]] == "VB" \
                    and D[H[i]] in ("ROOT", "root") and p >= 0 and P[p] == "PROPN" and i + 1 < n and P[i + 1] == "ADP" \
                    and any(c.lower_ == "to" and c.dep_ == "mark" for c in doc[H[i]].children):
                todo["nsverb"].append(i)  # "X *calls* on Peru to free ...", read as the subject of "to free"
            if dep == "nsubj" and H[i] > i and any(D[k] == "advcl" and T[k] == "VBG" and H[k] == H[i] for k in range(max(0, i - 8), i)):
                todo["ptobj"].append(i)  # "After meeting *Serbia*, former President X criticised" with X an apposition
            if tag == "VBN" and dep in ("nsubj", "nsubj:pass") and H[i] > i and p >= 0 and P[p] in ("NOUN", "PROPN") \
                    and (H[p] == i or H[H[p]] == i):
                todo["ptsubj"].append(i)  # "Two youths *shot* dead by officers ... were buried" read as its subject
            if dep == "nsubj" and i < 8 and any(X[k] in ("—", "–", ":", "--") for k in range(i + 1, min(n, i + 6))) and any(
                    D[k] in ("nsubj", "nsubj:pass") and H[k] == H[i] for k in range(i + 2, min(n, H[i]))):
                todo["dateline"].append(i)  # "*MONTERREY*, Nuevo León — State police officers fired ..." (repair 155)
            if dep in ("nsubj", "nsubj:pass") and D[H[i]] in ("aux", "aux:pass") and H[i] > i:
                todo["auxsubj"].append(i)  # "Police *have* so far arrested ...": the subject on the auxiliary
            if dep == "nsubj:pass" and T[H[i]] in ("VBD", "VBN", "VBP", "VBZ") and H[i] > i and D[H[i]] in ("ROOT", "root"):
                todo["npass"].append(i)
            if dep in ("nsubj", "nsubj:pass") and H[i] > i and T[H[i]] == "VBN" and D[H[i]] in ("ROOT", "root") \
                    and any(D[k] == "acl" and T[k] == "VBD" for k in range(H[i] + 2, min(n, H[i] + 14))):
                todo["reducedacl"].append(H[i])  # "a man *arrested* in a theft case *died* in custody" (repair 153)
            if dep == "nsubj" and H[i] > i and P[H[i]] in ("NOUN", "PROPN") and D[H[i]] in ("advcl", "ccomp", "dep", "parataxis") \
                    and H[H[i]] > H[i]:
                todo["subjplace"].append(i)  # "*China's embassy* in Port Moresby, which ..., said" with the subject on the place
        if dep in ("obj", "iobj"):  # the tests of objects
            if dep == "obj" and conjunct_object_candidate(D, H, P, i):
                todo["conjobj"].append(i)  # "marched and burned *tyres*" with *tyres* on *marched* (repair 100)
            if dep == "obj" and P[H[i]] == "ADJ" and H[i] < i:
                todo["adjobj"].append(i)  # the headline "Cops *nab* two ..." with *nab* an adjective
                todo["copobj"].append(i)  # "X was furious and accused *Y*" with *Y* on *furious*
            if dep == "iobj" and P[H[i]] == "VERB" and H[i] < p and any(
                    D[k] == "compound" and H[k] == i and P[k] == "NOUN" for k in range(max(H[i] + 1, i - 3), i)):
                todo["recvcomp"].append(i)  # "gave [the Greek consul] 48 *hours* to leave" read as the receiver
            if dep == "obj" and P[H[i]] == "VERB" and H[i] < i:
                if any(D[k] == "obj" and H[k] == H[i] for k in range(i + 1, min(n, i + 8))):
                    todo["twoobj"].append(i)  # "denied *two Swiss journalists* entry" read as two objects
                elif any(D[k] == "compound" and H[k] == i and P[k] == "NOUN" for k in range(max(H[i] + 1, i - 3), i)):
                    todo["recvcomp"].append(i)  # "denied [a Dutch citizen] *entry*" read as one noun phrase
            if dep == "obj" and pos == "VERB" and tag in ("VB", "VBP", "NN") and p >= 1 and P[p] == "PROPN" and H[p] == i \
                    and i + 1 < n and L[i + 1] in TARGET_CASES:
                todo["namenounev"].append(i)  # "condemned *the United Kingdom attack* on its ships"
        if dep in ("aux", "aux:pass"):  # the tests of auxiliaries
            if p >= 0 and dep == "aux" and P[p] in ("NUM", "DET", "ADJ"):
                todo["aux"].append(i)
            if dep == "aux:pass" and P[H[i]] in ("NOUN", "ADJ", "PROPN") and L[H[i]] in all_forms and H[i] > i:
                todo["vbn"].append(H[i])  # "was *shot*" read as a noun: a passive auxiliary takes a participle
            if dep == "aux:pass" and H[H[i]] < i and D[H[H[i]]] in ("ROOT", "root") and T[H[H[i]]] in ("VBD", "VBN") \
                    and D[H[i]] in ("ccomp", "conj", "xcomp", "advcl", "parataxis", "dep"):
                todo["reduced"].append(H[H[i]])  # "a snatcher *wanted* in 14 cases was shot ..."
        if dep == "appos":  # the tests of appositions
            if dep == "appos" and pos == "PROPN" and H[i] < i and "and" in L[H[i]:i]:
                todo["andname"].append(i)  # "Emmanuel Macron *and* Kenyan President *William* Ruto signed"
            if dep == "appos" and H[i] < i and i + 1 < n and H[i + 1] == i and time_at(H[i]):
                todo["timeappos"].append(i)  # "...; on Tuesday, *police* detained ..." read as the day's apposition
        if dep in obliques:  # the tests of obliques
            if pos == "NUM" and dep.startswith("obl") and P[H[i]] == "VERB" and H[i] < i:
                todo["numobj"].append(i)  # "held *about 30* of them"
            if dep == "obl:agent" and D[H[i]] in ("ROOT", "root") and T[H[i]] in ("VBD", "VBN"):
                todo["reduced"].append(H[i])
            if dep == "obl:agent" and H[i] < i and any(D[k] == "nmod" and H[k] == i for k in range(i + 1, min(n, i + 6))):
                todo["agentphr"].append(i)  # "blamed by the Americans *on Iran*" with the phrase on the agent
            if dep == "obl:agent" and P[H[i]] == "NOUN" and H[i] < i:
                todo["agentnoun"].append(H[i])  # "families of two traders *shot* dead by police marched"
    clausal = labels & _CLAUSE_LABELS
    clause_pass(doc, [k for k, d in enumerate(D) if d in clausal], todo, P, D, T, L, X, H, n, time_at, all_forms)
    for i in _word_pass_tokens(P, L, all_forms, forms):
        pos, dep, tag, low = P[i], D[i], T[i], L[i]
        p = i - 1  # the previous token, if any
        if pos in ("VERB", "NOUN") and (low in MEASURE_NOUNS or low in MEASURE_KINDS) and p >= 1 and (
                pos == "VERB" or dep == "ccomp"):
            todo["measlist"].append(i)  # "travel bans and asset *freezes* on ..." read as a verb (133)
        if pos in ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "ADP") and p >= 0 and dep in _CUT_MEASURE \
                and L[p] in MEASURE_KINDS and (low in MEASURE_NOUNS or low in _CUT_FIRST):
            todo["measkind"].append(i)  # "imposed an arms *embargo* on" with *arms* the object (137)
        if pos in ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "ADP") and dep in ("compound", "amod") \
                and crowd_compound_candidate(D, H, P, L, i):
            todo["crowdcomp"].append(i)  # "Truckers in Chile *blocked* roads ..." read as one noun phrase (177)
        if pos in ("ADJ", "VERB") and dep == "amod" and i + 2 < n and possessor_verb_candidate(D, H, P, L, i):
            todo["possverb"].append(i)  # "Bangladesh *summoned* India's high commissioner" read as one noun phrase (263)
        if pos in ("NOUN", "VERB", "ADJ") and dep in ("amod", "compound") and set_fire_candidate(D, H, P, L, i):
            todo["setfire"].append(i)  # "A mob *set* fire to the police station" read as one noun phrase (203)
        if pos in ("NOUN", "VERB") and low in CAUSED_NOUNS and caused_noun_candidate(L, i):
            todo["causednoun"].append(i)  # "the ruling *sparked clashes* between ..." with *clashes* a verb (repair 98)
        if pos in ("ADP", "ADV", "VERB") and dep in ("case", "advmod") and low.endswith("ed") and H[i] > i \
                and (low in all_forms or low in light) and p >= 0 and P[p] in ("NOUN", "PROPN") and not time_at(p):
            todo["prepverb"].append(i)  # "The EU *rebuked* Serbia over ..." with *rebuked* the case of *Serbia*
        if pos == "VERB":  # the tests of verbs
            if pos == "VERB" and tag == "VB" and dep in ("amod", "compound") and p >= 0 and L[p] in _MODALS \
                    and D[p] == "aux" and H[i] > i and low in all_forms:
                todo["modalvb"].append(i)  # 202: "Peru *would sever* ties with Bolivia" read as "[sever] ties"
            if pos == "VERB" and visiting_candidate(L, P, i):
                todo["visiting"].append(i)  # "talks with *visiting* Chancellor X" read as a visit of X (repair 130)
            if pos == "VERB" and tag in ("VBN", "VBD") and p >= 0 and D[p] == "det" and H[p] == i:
                todo["ptnoun"].append(i)  # "arrest *the accused*" read as a verb
            if pos == "VERB" and low in OPENING_MODIFIERS and (tag == "VBG" or dep not in ("ROOT", "root")):
                todo["openmod"].append(i)  # 124: "*Ruling* party chief X on Friday called on ..." read as a verb
            if pos == "VERB" and tag in ("VBD", "VBN") and p >= 1 and L[p] == "-" and P[p - 1] == "NOUN" and i in (H[p - 1], H[i] + 2):
                todo["hyphenverb"].append(i)  # 127: "Police *pepper-sprayed* students" split at the hyphen
            if pos == "VERB" and tag == "VBZ" and p >= 0 and P[p] == "NUM" and (H[p] == i or (D[p] == "obj" and H[p] == H[i] < p)):
                todo["nnoun"].append(i)  # "arrested two *suspects*" with *suspects* a verb (126: "two" the verb's object)
            if pos == "VERB" and tag == "VBD" and dep == "advmod" and H[i] == i + 1 and T[i + 1] in ("NNS", "NN") \
                    and D[i + 1] in ("ROOT", "root") and (low in all_forms or low in light):
                todo["advverb"].append(i)  # "Israel *intensified* airstrikes on ..." with *airstrikes* the root
        if pos in ("NOUN", "PROPN", "ADJ"):  # the tests of nouns and adjectives
            if pos in ("NOUN", "PROPN", "ADJ") and i + 2 < n and L[i + 1] in ("and", "or") and P[i + 2] == "VERB" \
                    and low in all_forms:
                todo["pair"].append(i)  # "gunmen *shot* and killed ..." with *shot* read as a noun
            if pos in ("NOUN", "ADJ") and low in MODIFIER_KINDS and modifier_pair_candidate(L, D, H, T, i):
                todo["modpair"].append(i)  # "carried out *air* and drone strikes" with *air* the object (repair 118)
        if low in _WORDS:  # the tests of the listed words
            if low in ("whose", "who", "which") and p >= 0 and X[p] == ",":
                todo["rel"].append(i)
            if low in ("who", "which") and dep in ("nsubj", "nsubj:pass") and D[H[i]] == "acl" and H[H[i]] < i < H[i]:
                todo["relacl"].append(i)  # "X, *who* was sanctioned by ..., visited" with the clause a plain acl (repair 119)
            if low == "is" and X[i] == "IS" and i + 1 < n and L[i + 1] in IS_NOUNS:
                todo["isname"].append(i)  # "At least 10 *IS* militants were killed" with *IS* a copula
            if low in ("dead", "unconscious") and p >= 0:
                if dep != "xcomp":
                    todo["result"].append(i)  # "shot *dead*" with *dead* a modifier
                todo["resobj"].append(i)  # "shot dead *a criminal*" with the victim a second complement
        if pos == "VERB":
            if tag == "NNS" and dep in ("ROOT", "root") and low.endswith("s") and low in all_forms:
                todo["vbz"].append(i)  # the headline "Kenyan police *calls* on ..." tagged a plural noun
                tag = "VBZ"
            if dep in ("ROOT", "root") and (tag in FINITE or tag == "VBN") and i >= 3 and "," in X[max(0, i - 10):i]:
                todo["front"].append(i)
            if p >= 0 and dep not in ("ROOT", "root") and time_at(p):
                todo["time"].append(i)
            if i + 2 < n and any(L[j] in _TIME_GAP or time_at(j) for j in (i + 1, i + 2)[:1 + (D[i + 1] == "compound:prt" or (
                    D[i + 1] == "advmod" and L[i + 1] in ("back", "out", "off", "away")))]):  # (214, round sc76: "pushed *back* on")
                todo["timecomp"].append(i)  # "denied *on Monday* that", "accused on Tuesday *Eritrea*", "ruled out on Friday any" (148-149, 214)
            if tag == "VBZ" and dep in ("nsubj", "nsubj:pass"):
                todo["noun"].append(i)
            if p >= 0 and (tag in FINITE or tag == "VBN" and dep in ("ROOT", "root", "ccomp")) and (H[p] == i and D[p] in ("amod", "compound") or any(
                    c.dep_ == "compound" and c.pos_ == "PROPN" and not time_at(c.i) for c in doc[i].lefts)):
                todo["subj"].append(i)
            elif tag == "VBG" and p >= 0 and P[p] in ("NOUN", "PROPN") and any(
                    c.dep_ == "case" and c.lower_ in _EVENT_PREPS for c in doc[p].children):
                todo["gerund"].append(i)
        elif pos in ("ADV", "ADJ", "ADP", "NOUN") and p >= 0 and low.endswith("ed") and time_at(p) \
                and (low in all_forms or low in light) and i + 1 < n \
                and P[i + 1] in ("DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"):
            # "The Sudanese army on Monday *stepped up* its shelling": a past verb after a time phrase
            # read as an adverb or a preposition; a verb it is, and repair 4 gives it its subject
            todo["vtag"].append(i)
            todo["time"].append(i)
        elif pos == "NOUN" and dep == "compound" and low in all_forms and i + 1 < n and H[i] == i + 1 and T[i + 1] == "NNS" \
                and D[i + 1] in ("ROOT", "root") and p >= 0 and P[p] == "PROPN" and H[p] == i + 1:
            todo["compverb"].append(i)  # "Bolivia *cut* relations with Israel" read as one noun phrase
        elif pos in ("NOUN", "PROPN") and (low in forms or (low in all_forms and dep in ("ROOT", "root"))):
            todo["form"].append(i)
        elif pos == "ADJ" and low.endswith("ed") and _adjective_verb(doc[i]):
            todo["adj"].append(i)
        elif pos == "ADP" and p >= 0 and P[p] == "VERB" and dep in ("case", "advmod"):
            todo["prt"].append(i)
    return todo, todo_np
