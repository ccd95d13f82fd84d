"""The second pass of ``repair_candidates.candidates`` (split out of it; ``candidates`` calls it between its first and
third passes, so every repair's candidates keep their order): the tests that ask for the token's own label among those
of clauses and modifiers (``repair_candidates._CLAUSE_LABELS``), grouped under a guard on that label. A new test goes in
the group its first comparison fits (tests/test_speed_paths14.py and tests/test_speed_paths37_candidates.py read this
pass with the other two)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Doc

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_aside_verb import ASIDE_LABELS
from lapwing.extract.events.repair_blast_verb import blast_candidate
from lapwing.extract.events.repair_crowd_act import crowd_relative_candidate
from lapwing.extract.events.repair_free_verb import free_verb_candidate
from lapwing.extract.events.repair_headline import ROOT_PASSIVE
from lapwing.extract.events.repair_misread import NOUN_OBJECT_VERBS
from lapwing.extract.events.repair_name_adjective import name_adjective_candidate
from lapwing.extract.events.repair_name_noun import TARGET_CASES
from lapwing.extract.events.repair_noun_object import QUOTE_MARKS
from lapwing.extract.events.repair_opener_title import opener_candidate
from lapwing.extract.events.repair_participle import REPORTING_VERBS
from lapwing.extract.events.repair_accused_adjective import accused_adjective_candidate
from lapwing.extract.events.repair_plan_clause import plan_clause_candidate
from lapwing.extract.events.repair_plural_subject import plan_root_candidate, plural_before_base


def clause_pass(doc: Doc, tokens: list[int], todo: defaultdict[str, list[int]], P: list[str], D: list[str], T: list[str],
                L: list[str], X: list[str], H: list[int], n: int, time_at: Callable[[int], bool],
                all_forms: dict[str, str]) -> None:
    """The second pass of ``candidates`` over ``tokens`` (those with a label of ``_CLAUSE_LABELS``), on the columns
    of ``doc`` (part of speech, label, tag, lower form, text, head); adds each repair's candidates to ``todo``."""
    for i in tokens:
        pos, dep, tag, low = P[i], D[i], T[i], L[i]
        p = i - 1  # the previous token, if any
        if dep in ("conj", "advcl") and pos == "VERB" and H[i] < i and p >= 0 and P[p] in ("PROPN", "NOUN", "PRON") \
                and D[p] not in ("nsubj", "nsubj:pass"):
            todo["subjbefore"].append(i)  # "deepened *as President Arrieta refused*": the verb's subject hung before it
        if dep in ("ROOT", "root", "advcl") and tag == "VBG" and opener_candidate(tag, dep, i, X):
            todo["opentitle"].append(i)  # 255: "*Speaking* at ..., Kenya's envoy to the UN, Jane Doe, said ..."
        if dep in ("ccomp", "conj") and pos in ("NOUN", "ADJ") and i >= 3 and any(
                X[j] in QUOTE_MARKS and D[j - 1] == "obj" for j in range(max(1, i - 4), i)):
            todo["quotepred"].append(i)  # 'called her arrest *"a disgrace"*' with the predicate hung on "said"
        if dep == "amod" and accused_adjective_candidate(D, H, P, L, i):
            todo["accadj"].append(i)  # 314: "Premier X *accused* opposition leaders of ..." read as "the accused leaders"
        if dep in ("amod", "acl") and p >= 0 and H[i] == p and low.endswith("ed") and D[p] in ("nsubj", "nsubj:pass", "ccomp") \
                and H[p] > i and low in all_forms:
            todo["postverb"].append(i)  # "Peruvian police *clashed* with miners ..., and two miners were killed"
        if dep in ("acl", "amod") and pos == "VERB" and tag in ("VBD", "VBZ", "VBP", "VBN") and H[i] == p and p >= 4 \
                and D[p] in ("appos", "conj", "dep", "parataxis"):
            todo["frontcl"].append(i)  # "In a video posted on ..., the outgoing prime minister *called* on ..."
        if dep in ("amod", "parataxis", "conj") and p >= 4 and X[p] == "," and tag in ("VBD", "VBN", "JJ") and low in all_forms \
                and H[i] != i and P[H[i]] in ("NOUN", "PROPN") and D[p - 1] != "punct" and X[p - 1] != ",":
            todo["asidepp"].append(i)  # "The army, in a briefing, *accused* rebels", "X, in ..., *denied* that" (143)
        if dep in ("ROOT", "root", "ccomp", "parataxis") and tag == "VBN" and pos == "VERB":
            todo["rootvbn"].append(i)  # "X, whose party had called the rally, *denied* that ..." read as a participle
        if tag == "VBG" and dep in ("ccomp", "advcl") and H[i] < i and P[H[i]] == "VERB":
            todo["gcomp"].append(i)  # "is considering *sending* aid": a gerund complement
        if tag == "VBG" and dep == "csubj" and H[i] > i:
            todo["csubj"].append(i)
        if p >= 0 and L[p] in ("and", "or") and pos in ("VERB", "ADJ") and dep in ("amod", "conj") \
                and P[H[i]] in ("NOUN", "PROPN", "PRON", "NUM"):
            todo["vnoun"].append(i)  # "... and *detained* dozens of workers" read as an adjective
        if low in ("accused", "deceased") and dep in ("acl", "amod") and p >= 0 and H[i] == p and L[p].endswith("ing"):
            todo["ptnoun2"].append(i)  # "the absconding *accused*" read as a clause of *absconding*
        if dep == "amod":  # the tests of modifiers
            if p >= 0 and dep == "amod" and tag == "VBN" and (L[p] in ("have", "has", "had") or p >= 1 and T[p] == "RB"
                                                               and L[p - 1] in ("have", "has", "had")):
                todo["have"].append(i)  # (260: "have *also* intensified attacks")
            if dep == "amod" and pos == "VERB" and tag in ("VBD", "VBN") and p >= 0 and (
                    H[p] == i and D[p] == "nsubj" or H[p] == H[i] and D[p] == "compound" and P[p] == "PROPN"):
                todo["clsubj"].append(i)
            if dep == "amod" and tag in ("VBD", "VBN") and H[i] > i and p >= 0 and (
                    (D[p] in ("nsubj", "nsubj:pass") and H[p] > i) or time_at(p)
                    or (D[p] == "compound" and H[p] == H[i] and P[p] == "PROPN")):
                todo["latersubj"].append(i)  # "police *detained* dozens ... as protests continued"
            if dep == "amod" and pos == "ADJ" and H[i] < i and D[H[i]] == "obj" and P[H[H[i]]] == "VERB":
                todo["postadj"].append(i)  # "held Damascus *responsible*" with *responsible* read as the object's adjective
            if dep == "amod" and i >= 1 and L[i - 1] == "and" and H[i] > i + 1 and low in all_forms \
                    and D[i + 1] in ("det", "nmod:poss"):
                todo["amodverb"].append(i)  # "broke through police lines *and stormed* Armenia's parliament"
            if dep == "amod" and i >= 2 and L[i - 1] in ("have", "has", "had") and D[i - 1] == "aux" and H[i] > i \
                    and low in all_forms:
                todo["havepp"].append(i)  # 94: "is said *to have bombed* Ukraine" read as "[bombed] Ukraine"
            if dep == "amod" and low == "free" and free_verb_candidate(D, L, i):
                todo["freeverb"].append(i)  # 113: "urged the soldiers *to free* President X" read as "to [free President X]"
            if dep == "amod" and tag in ("VBN", "VBD") and p >= 3 and X[p] == "," and H[i] > i:
                todo["appverb"].append(i)  # "Ivan Petrov, Russia's president, *imposed* sanctions ..."
        if dep in ("ROOT", "root"):  # the tests of roots
            if dep in ("ROOT", "root") and pos in ("NOUN", "PROPN") and i + 1 < n and H[i + 1] == i and D[i + 1] == "acl" \
                    and T[i + 1] == "VBN" and any(D[k] == "acl" and T[k] in ("VBD", "VBN") for k in range(i + 3, min(n, i + 15))):
                todo["reducedacl"].append(i + 1)  # "A labourer *detained* in a liquor case *died* ..." (repair 153)
            if dep in ("ROOT", "root") and p >= 0 and H[p] == i and (D[p] == "compound" or D[p] == "nsubj" and pos == "NOUN") \
                    and plural_before_base(low, T[p], L[p]):
                todo["plsubj"].append(i)  # "Israeli troops *patrol* in ..." read as one noun phrase (repair 93)
            if dep in ("ROOT", "root") and p >= 0 and H[p] == i and i + 1 < n and plan_root_candidate(low, L[i + 1]):
                todo["plplan"].append(i)  # "Kenyan police *vow* to arrest ..." read as one noun phrase (repair 99)
            if dep in ("ROOT", "root") and tag == "VBG" and (i == 0 or X[i - 1] in (".", "!", "?", "\n", "\n\n")):
                todo["openvbg"].append(i)  # "*Underscoring* those concerns, Hamas militants shot ..."
            if dep in ("ROOT", "root") and tag in ("VBN", "VBD") and p >= 1 and X[p] == ",":
                todo["commapt"].append(i)  # "Eighteen fishermen, *held* captive ..., have been freed"
            if dep in ("ROOT", "root") and tag == "VBN" and (p < 0 or X[p].isspace()):
                todo["initpt"].append(i)  # "*Defeated* opposition candidate X on Saturday called on ..."
            if dep in ("ROOT", "root") and tag in ("VBD", "VBN") and p >= 0 and P[p] in ("NOUN", "PROPN") \
                    and (i + 1 >= n or P[i + 1] in ("ADP", "SCONJ", "PUNCT", "ADV")) and all_forms.get(low) in ROOT_PASSIVE:
                todo["hlpass"].append(i)  # the headline "Journalist *arrested* in Harare" read as active
            if dep in ("ROOT", "root") and tag == "VBZ" and low not in all_forms and p >= 1 and H[p] == i \
                    and D[p] in ("nsubj", "nsubj:pass") and T[p] == "NNS" and L[p] in all_forms:
                todo["swaphl"].append(i)  # the headline "Italy *launches* airstrikes on ..." read as "launches airstrikes"
            if dep in ("ROOT", "root") and pos in ("NOUN", "ADJ") and p >= 0 and i + 1 < n \
                    and P[i + 1] in ("NOUN", "PROPN", "ADJ", "NUM") and low in all_forms:
                todo["hlverb"].append(i)  # the headline "Britain *summons* Iranian envoy"
            if dep in ("ROOT", "root") and pos == "ADJ" and p >= 0 and H[p] == i and D[p] in ("nsubj", "nsubj:pass"):
                todo["adjroot"].append(i)  # "Gunmen *loyal* to a militia leader tried to ..."
            if pos == "NOUN" and tag == "NNS" and dep in ("ROOT", "root") and low in all_forms and p >= 0 and i + 1 < n \
                    and (L[i + 1] in ("on", "for") or P[i + 1] in ("DET", "PROPN", "NUM", "PRON")) and any(
                    c.i < i and c.right_edge.i == p and (c.dep_ == "nsubj" or c.dep_ == "compound" and (
                        c.pos_ == "PROPN" or c.lower_ in single_word_agents()) and L[i + 1] in ("on", "for"))
                    for c in doc[i].children):
                todo["nsverb"].append(i)  # the headline "Hamas *calls* on ..." read as a noun with a subject
            if tag == "VBG" and dep in ("ROOT", "root") and p >= 0 and X[p] == ",":
                todo["ing"].append(i)
                todo["nameing"].append(i)  # "Kila, *speaking* from his home, accused ...": the aside read as the root
            if tag == "VBG" and dep in ("ROOT", "root") and p >= 0 and D[p] == "nsubj" and H[p] == i:
                todo["vbgroot"].append(i)  # "A criminal *carrying* a reward ... was shot dead"
            if dep in ("ROOT", "root") and all_forms.get(low) in REPORTING_VERBS and p >= 2 and "," in X[max(0, i - 14):i]:
                todo["repverb"].append(i)  # "A police officer *shot* dead a vendor ..., the directorate said"
        if dep == "conj":  # the tests of conjuncts
            if dep == "conj" and tag == "VBN" and H[i] < i and D[H[i]].startswith("obl") and p >= 0 and L[p] == "and":
                todo["ptobl"].append(i)  # "was hit in the leg in retaliatory firing *and nabbed*" (repair 154)
            if dep == "conj" and pos in ("NOUN", "PROPN") and (P[H[i]] == "VERB" or L[H[i]] in all_forms) and H[i] < i - 2 \
                    and D[i - 1] != "cc" and any(D[k] == "conj" and H[k] == H[i] and P[k] in ("VERB", "ADJ") for k in range(H[i] + 1, i)):
                todo["objconj"].append(i)  # "shot and wounded *an Israeli farmer*" with the farmer a conjunct of *shot*
            if dep == "conj" and pos in ("NOUN", "PROPN", "PRON") and P[H[i]] == "ADJ" and H[i] < i - 2:
                todo["copobj"].append(i)  # "X was furious and accused *Serbia*" with *Serbia* a conjunct of *furious*
            if dep == "conj" and pos == "VERB" and D[H[i]] == "advcl" and H[i] < i:
                todo["subconj"].append(i)  # "fired tear gas when protesters tried ..., *and detained* 87 people"
            if dep == "conj" and pos in ("ADJ", "NOUN") and H[i] < i and L[i - 1] in ("and", "but") and low in all_forms \
                    and P[H[i]] in ("NOUN", "PROPN", "VERB"):
                todo["adjconj"].append(i)  # "blocked roads near Juliaca and Puno *and clashed* with police" on *Puno*
            if dep == "conj" and tag == "VBD" and H[i] < i and T[H[i]] in ("VB", "VBG"):
                todo["pastconj"].append(i)  # "said the plan aims to train nurses *and urged* ..."
            if dep == "conj" and pos == "VERB" and H[i] < i and D[H[i]] == "ccomp" and p >= 0 and L[p] == "and":
                todo["saidconj"].append(i)  # "said the coup had been crushed *and promised* that ..."
            if dep == "conj" and pos == "VERB" and H[i] < i and p >= 1 and L[p] == "and" and X[p - 1] in ('"', "\u201d", "''"):
                todo["quoteconj"].append(i)  # 'urged X to stay "until ..." *and called* on Y' (repair 164)
            if dep == "conj" and pos == "VERB" and H[i] < i and D[H[i]] == "acl:relcl" and p >= 0 and L[p] == "and":
                todo["relsaid"].append(i)  # "told a news conference that X would not be intimidated *and warned* ..."
            if dep == "conj" and pos == "VERB" and D[H[i]] in ("acl:relcl", "relcl") and H[i] < i:
                todo["relconj"].append(i)  # "... who had gathered ... *and detained* eight of them"
        if dep in ("ccomp", "xcomp", "parataxis"):  # the tests of complements
            if dep in ("ccomp", "xcomp", "parataxis") and tag == "VBZ" and H[i] < i and p >= 0 and H[p] == i and P[p] == "PROPN" \
                    and all_forms.get(L[H[i]]) in NOUN_OBJECT_VERBS:
                todo["namenoun"].append(i)  # "The Taliban reject *UN demands* on women" with *demands* a verb
            if dep == "ccomp" and H[i] < i and P[H[i]] == "VERB" and T[i] in ("VBN", "VB", "VBG", "VBD"):
                todo["saidobj"].append(i)  # "said *the suspect*, known as X, had been *arrested*"
            if dep == "ccomp" and name_adjective_candidate(D, H, P, L, i):
                todo["nameadj"].append(i)  # 111: "ordered *the United Nations integrated office* to leave" read as a clause
            if dep in ("ccomp", "xcomp") and pos == "VERB" and tag in ("VB", "VBP") and p >= 1 and P[p] == "PROPN" \
                    and H[i] < i and i + 1 < n and L[i + 1] in TARGET_CASES:
                todo["namenounev"].append(i)  # "condemned *the United States attack* on Syria" read as a clause
            if dep == "xcomp" and tag == "VB" and plan_clause_candidate(D, H, L, i):
                todo["planacl"].append(i)  # "criticised *Poland's plan to militarise* ..." read as object control (140)
            if dep == "xcomp" and pos in ("PROPN", "NOUN") and H[i] < i and P[H[i]] == "VERB":
                todo["xobj"].append(i)  # "Russia accused *Ukraine* of corruption" with *Ukraine* a predicate
            if pos == "NOUN" and dep in ("ccomp", "xcomp") and p >= 0 and D[p] == "nsubj" and H[p] == i:
                todo["nclause"].append(i)
        if dep in ("acl", "acl:relcl"):  # the tests of clauses of nouns
            if dep == "acl" and tag == "VBN" and H[i] < i and D[H[i]] in ("conj", "nsubj"):
                todo["listverb"].append(i)  # "The US, Britain and the EU *called* for ... and urged ..., while X said"
            if dep == "acl:relcl" and pos in ("NOUN", "PROPN") and H[i] < i and P[H[i]] in ("NOUN", "PROPN") and any(
                    D[k] == "cc" and (H[k] == i or H[H[k]] == i) for k in range(H[i] + 1, i)):
                todo["relnoun"].append(i)  # "Both X *and his Ugandan counterpart*" read as a relative clause (262)
            if dep == "acl:relcl" and L[H[i]] in ("whom", "which") and D[H[i]].startswith("nmod"):
                todo["partrel"].append(i)  # "dozens *of whom were detained*": the partitive's relative with no subject (131)
            if dep in ("acl", "acl:relcl") and H[i] < i and (D[H[i]].startswith("obl") or D[H[i]] == "nmod") and any(
                    L[k] == "that" and H[k] == i for k in range(max(0, i - 6), i)):
                todo["chanthat"].append(i)  # "said in a statement *that* jets had bombed ..." on the noun
            if dep == "acl" and tag in ("VBD", "VBN") and p >= 0 and X[p] == "," and H[i] < i and D[H[i]] in ASIDE_LABELS \
                    and (D[H[H[i]]] in ("nsubj", "nsubj:pass") and H[H[H[i]]] > i or D[H[H[i]]] in ("ROOT", "root")):
                todo["asideverb"].append(i)  # "X, in a statement carried by state media, *called* on ... and return ..."
            if dep == "acl" and pos == "VERB" and tag in ("VBD", "VBN") and p >= 0 and H[i] == p \
                    and D[p] in ("nsubj", "nsubj:pass") and H[p] > i:
                todo["aclsubj"].append(i)  # "the crisis *deepened* as President X refused ..."
            if dep == "acl" and crowd_relative_candidate(D, H, T, L, i):
                todo["crowdacl"].append(i)  # "Hundreds of students *rallied* in X demanding ..." (176)
            if dep == "acl" and blast_candidate(D, H, P, L, i):
                todo["blast"].append(i)  # "A roadside bomb *detonated* near a patrol, killing ..." (182)
        if dep == "advcl":  # the tests of adverbial clauses
            if tag == "VBG" and dep == "advcl" and H[i] < i:
                todo["vbg"].append(i)
            if dep == "advcl" and tag == "VB" and plan_clause_candidate(D, H, L, i):
                todo["planacl"].append(i)  # "backed *Kenya's bid to host* the summit" read as a purpose (140)
            if tag == "VBG" and dep == "advcl" and H[i] > i and D[H[i]] == "nsubj":
                todo["ptonsubj"].append(i)  # "After *meeting* Hungary, the Slovak president praised" on the subject
