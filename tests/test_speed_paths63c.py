"""The parse repairs' shared index of session 33 round cd63 (issues 10 and 13, speed only).

``repair_index.RepairIndex`` lists where a document's words, labels, tags, parts of speech and word endings stand,
once per ``repaired`` call; the candidate scans of repairs 215, 223-224, 231-233, 238, 242-244, 246-250 and 252-253
ask it for the tokens their own first test may take and read only those as ``Token``s. These tests check the index
against a scan of every token, and each scan with the index against the same scan without it (the code it had:
every token walked), on articles made up for these tests; and that ``repaired`` gives the same document with an
index that skips nothing.
"""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

from lapwing.extract.events import parse_repair
from lapwing.extract.events.repair_after_clause import after_clause_candidates
from lapwing.extract.events.repair_by_gerund import by_gerund_candidates
from lapwing.extract.events.repair_claim_aside import claim_aside_candidates
from lapwing.extract.events.repair_conjunct_form import conjunct_form_candidates
from lapwing.extract.events.repair_copula_gerund import copula_gerund_candidates
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_index import RepairIndex
from lapwing.extract.events.repair_money_content import money_content_candidates
from lapwing.extract.events.repair_phrase_subject_verb import phrase_subject_verb_candidates
from lapwing.extract.events.repair_reduced import placed_candidates
from lapwing.extract.events.repair_reported_noun import reported_noun_candidates
from lapwing.extract.events.repair_ruling_party import ruling_party_candidates
from lapwing.extract.events.repair_said_conjunct import said_conjunct_candidates, said_object_candidates
from lapwing.extract.events.repair_subject_form import subject_form_candidates
from lapwing.extract.events.repair_with_clause import with_clause_candidates

SCANS = [after_clause_candidates, by_gerund_candidates, claim_aside_candidates, conjunct_form_candidates,
         copula_gerund_candidates, money_content_candidates, phrase_subject_verb_candidates, placed_candidates,
         reported_noun_candidates, ruling_party_candidates, said_conjunct_candidates, said_object_candidates,
         subject_form_candidates, with_clause_candidates]

#: made-up articles, most with a shape one of the scans looks for, some with none
ARTICLES = [
    "The navy shelled and bombed rebel camps along the coast. The ministry closed the crossing and cut fuel "
    "supplies to the enclave.",
    "Ghana responded by imposing tariffs on imported steel. After shelling the harbour, the gunboats withdrew.",
    "Norway's governing Labour Party accused the opposition of stalling the budget. Oslo is demanding answers.",
    "Soldiers deployed to the frontier clashed with farmers on Sunday. Police sent to the market fired tear gas.",
    "Officials said twelve people were hurt and blamed the organisers for the crush. The union said strikers "
    "seized the depot.",
    "Denmark suspended $40 million in development aid to the junta. A report on its talks with Chile has been "
    "published.",
    "Fans of the home side fought with stewards outside the ground, the club said. Lima said militants shot "
    "three guards.",
    "Peru accused Chile of moving troops to the border, a claim Santiago denied. The ferry sank after a storm "
    "capsized it near the reef.",
    "The European Union cut funding to the agency. Rebels shell villages near the lake every night, residents say.",
    "Quiet weekend in the capital.",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in ARTICLES]


def _slow_find(doc, words=None, dep=None, tag=None, pos=None, suffix=None) -> list[int]:
    """``RepairIndex.find`` as a walk over every token."""
    one = lambda v: (v,) if isinstance(v, str) else v  # noqa: E731
    return [t.i for t in doc
            if (words is None or t.lower_ in one(words)) and (dep is None or t.dep_ in one(dep))
            and (tag is None or t.tag_ in one(tag)) and (pos is None or t.pos_ in one(pos))
            and (suffix is None or t.lower_.endswith(suffix))]


QUERIES = [
    {},
    {"dep": "ROOT"},
    {"dep": ("amod", "compound", "conj")},
    {"tag": ("VBD", "VBN"), "pos": "VERB"},
    {"pos": ("NOUN", "PROPN")},
    {"words": "the"},
    {"words": "with", "dep": "mark"},
    {"words": frozenset({"said", "the", "no-such-word"})},
    {"words": verb_forms()},  # a long word list: tested last
    {"words": verb_forms(), "dep": ("amod", "compound", "conj")},
    {"suffix": "ing"},
    {"suffix": "ed", "dep": ("amod", "acl")},
    {"suffix": "ed", "words": verb_forms(), "tag": ("VBD", "VBN", "JJ")},
    {"dep": "no-such-label"},
]


@pytest.mark.parametrize("query", QUERIES, ids=[str(sorted(q)) for q in QUERIES])
def test_find_is_a_scan_of_every_token(docs, query):
    for doc in docs:
        assert RepairIndex(doc).find(**query) == _slow_find(doc, **query), (doc.text, query)


def test_find_answers_again_the_same_and_hands_out_copies(docs):
    doc = docs[0]
    ix = RepairIndex(doc)
    first = ix.find(dep=("conj", "amod"))
    first.append(-1)  # (a caller that changes its list changes nobody else's)
    assert ix.find(dep=("conj", "amod")) == _slow_find(doc, dep=("conj", "amod"))
    ends = ix.find(suffix="ed")
    ends.clear()
    assert ix.find(suffix="ed") == _slow_find(doc, suffix="ed")
    assert [t.i for t in ix.tokens([0, 2])] == [0, 2]
    assert RepairIndex(docs[-1]).find() == [] and RepairIndex(docs[-1]).find(words="the") == []


@pytest.mark.parametrize("scan", SCANS, ids=[s.__name__ for s in SCANS])
def test_each_scan_with_the_index_is_the_scan_of_every_token(docs, scan):
    for doc in docs:
        assert scan(doc, RepairIndex(doc)) == scan(doc), (doc.text, scan.__name__)


def test_the_articles_meet_the_scans(docs):
    """(Not an empty comparison: most scans take a token of these articles.)"""
    taken = {scan.__name__ for scan in SCANS if any(scan(doc, RepairIndex(doc)) for doc in docs)}
    assert len(taken) >= len(SCANS) // 2, taken


def test_a_sentence_is_scanned_token_by_token(docs):
    """243 is asked again about the mended verbless sentences, ``Span``s: with no index it walks their tokens."""
    doc = docs[4]
    for sent in doc.sents:
        assert said_object_candidates(sent) == [i for i in said_object_candidates(doc) if sent.start <= i < sent.end]


class _EveryToken(RepairIndex):
    """An index that skips no token: the scans then test every token, as they did before the index."""

    def find(self, **_tests) -> list[int]:
        return list(range(len(self.lower)))


def _parse(doc) -> list:
    return doc.to_array([POS, TAG, DEP, HEAD, LEMMA]).tolist() if len(doc) else []


def test_repaired_is_the_same_with_an_index_that_skips_nothing(pipe, docs, monkeypatch):
    fast = [_parse(parse_repair.repaired(pipe.nlp(doc.text), reparse=pipe.nlp)) for doc in docs]
    monkeypatch.setattr(parse_repair, "RepairIndex", _EveryToken)
    slow = [_parse(parse_repair.repaired(pipe.nlp(doc.text), reparse=pipe.nlp)) for doc in docs]
    assert fast == slow


# ---------------------------------------------------------------------------------------------
# two whole-article walks of the coder read off the shared columns instead


def _slow_named_subject(t, nat=None) -> bool:
    """``named_subject`` as it was (its last test walked every token of the article)."""
    from lapwing.extract.events.lexicon_loader import agent_word_sectors, single_word_agents
    from lapwing.extract.events.syntax import PERSONISH
    if t.pos_ != "PROPN" or t.tag_ != "NNP" or t.ent_type_ or t.dep_ not in ("nsubj",) or t.head.pos_ not in ("VERB",):
        return False
    w = t.text
    flat = any(c.dep_ == "flat" for c in t.children)
    if len(w) < (2 if flat else 3) or not w.isalpha() or not w.istitle() or (nat and t.i in nat):
        return False
    low = w.lower()
    if low in PERSONISH or low in single_word_agents() or low in agent_word_sectors():
        return False
    if any(c.dep_ not in ("flat", "compound", "punct") or c.pos_ not in ("PROPN", "PUNCT") for c in t.children):
        return False
    return not any(x.text == low for x in t.doc)


@pytest.mark.parametrize("text", [
    "Wako urged Uganda to reopen the border. Officials in Kampala said wako was a nickname.",
    "Wako urged Uganda to reopen the border on Friday.",
    "Baraka warned that fuel prices would rise. The baraka of the market was gone.",
    "Baraka warned that fuel prices would rise, traders said.",
    "Odinga and Ruto met in Nairobi. Ruto said the talks went well.",
])
def test_named_subject_reads_the_word_column(pipe, text):
    from lapwing.extract.events.named_subject import named_subject
    doc = pipe.nlp(text)
    assert [named_subject(t, {}) for t in doc] == [_slow_named_subject(t, {}) for t in doc]


def _slow_first_at(doc, end: int):
    return next((t for t in doc if t.idx >= end), None)


@pytest.mark.parametrize("text", [
    "Gunmen linked to the cartel attacked a bus near Culiacan.",
    "Hackers tied to Pyongyang breached the bank's servers, Seoul said.",
    "Fighters loyal to the general shelled the airport.",
    "Rebels attacked a convoy.",
])
def test_affiliate_of_finds_the_word_after_the_actor_on_the_offsets(pipe, text):
    from lapwing.extract.events import repair_affiliation
    doc = pipe.nlp(text)
    for end in range(0, len(text) + 2):
        slow = _slow_first_at(doc, end)
        k = repair_affiliation.bisect_left(repair_affiliation.word_columns(doc).idx, end)
        assert (None if k >= len(doc) else k) == (None if slow is None else slow.i)
    # and the answer of the whole test on the actor, the first word: the same as a walk over every word
    end = doc[0].idx + len(doc[0].text)
    for start in [t.idx for t in doc]:
        t = _slow_first_at(doc, end)
        slow = t is not None and t.lower_ in repair_affiliation._PROXY and t.i + 1 < len(doc) \
            and doc[t.i + 1].lower_ in repair_affiliation._PREPS and doc[t.i + 1].idx < start
        got = repair_affiliation.affiliate_of(doc, end, start)
        assert not got or slow  # (the stop word of the phrase may end it earlier: never later)


def _made_doc(pipe, words, pos, tags, deps, heads):
    from spacy.tokens import Doc
    return Doc(pipe.nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads)


@pytest.mark.parametrize("later", [["Zuberi", "agreed"], ["zuberi", "agreed"], ["Others", "agreed"]])
def test_named_subject_on_a_parse_with_no_entities(pipe, later):
    """(The model tags most such names as people: a parse made by hand reaches the word-column test.)"""
    from lapwing.extract.events.named_subject import named_subject
    words = ["Zuberi", "warned", "the", "council", ".", later[0], later[1], "."]
    doc = _made_doc(pipe, words, ["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PUNCT"],
                    ["NNP", "VBD", "DT", "NN", ".", "NNP", "VBD", "."],
                    ["nsubj", "ROOT", "det", "obj", "punct", "nsubj", "ROOT", "punct"], [1, 1, 3, 1, 1, 6, 6, 6])
    got = named_subject(doc[0], {})
    assert got == _slow_named_subject(doc[0], {})
    assert got == (later[0] != "zuberi")
