"""The faster paths of session 16 (issue 13, speed only) give exactly what the paths they replace give: the pipeline's
boundary fixer and its cut of over-long runs read from the document's attribute array, the case test counted in C,
spaCy's rule lemmatizer run over the columns with its answers remembered per (spelling, part of speech, morphology),
and the strings of hashes remembered across documents. Each slow path is written out here (as it was before), or is
spaCy's own."""

from __future__ import annotations

import random

import pytest
from spacy.attrs import SENT_START
from spacy.lang.en.lemmatizer import EnglishLemmatizer

from lapwing.limits import SPLITS_KEY, split_long_runs
from lapwing.nlp.components import DATELINE, DATELINE_COLON, LEAD_WORDS, lapwing_boundaries
from lapwing.nlp.truecase import case_of

TEXTS = [
    "CARACAS, April 30 (Lapwing Wire) - Troops loyal to the government fired tear gas at protesters on Tuesday.\n\n"
    "The opposition leader called for a general strike.",
    "KANO: Gunmen abducted 12 students from a school overnight, police said.\nA rescue operation is under way.",
    "new delhi, dec 2 (pti): the minister met farmers' leaders on monday.\n\n\nTalks will resume next week.",
    "Police arrested five men.\n   \nThey were charged with arson and robbery.\n",
    "\n\nHeadline without a full stop\nBody text follows here and ends",
    "MORELIA, Michoacán: Federal forces detained a suspected cartel leader, officials said.",
    "He said: the ceasefire holds. She added: talks go on.",
    "   ",
    "ISTANBUL -- Turkey summoned the Swedish envoy\tover a protest in Stockholm.",
    "Officials — who declined to be named — said the convoy was hit\r\nnear the border.",
]


def _old_boundaries(doc):
    """``lapwing_boundaries`` before session 16: a ``Token`` per word and ``doc.text`` read twice."""
    n = len(doc)
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = True
            if tok.i + 1 < n:
                doc[tok.i + 1].is_sent_start = True
    m = DATELINE.match(doc.text) or DATELINE_COLON.match(doc.text)
    if m:
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and 0 < after.start < n:
            doc[after.start].is_sent_start = True
            for j in range(1, after.start):
                if not doc[j].is_space:
                    doc[j].is_sent_start = False
            for j in range(after.start + 1, min(after.start + LEAD_WORDS, n)):
                if doc[j].is_space or doc[j].text in (".", "!", "?"):
                    break
                doc[j].is_sent_start = False
    return doc


def _marks(doc) -> list[int]:
    return doc.to_array([SENT_START]).astype("int64").tolist() if len(doc) else []


def test_boundaries_from_the_columns_are_the_old_ones(pipe):
    tok = pipe.nlp.tokenizer
    seen_breaks = seen_dateline = 0
    for text in TEXTS + [t.upper() for t in TEXTS] + [""]:
        fast, slow = tok(text), tok(text)
        lapwing_boundaries(fast)
        _old_boundaries(slow)
        assert _marks(fast) == _marks(slow), text
        seen_breaks += any(t.is_space and "\n" in t.text for t in slow)
        seen_dateline += bool(DATELINE.match(text) or DATELINE_COLON.match(text))
    assert seen_breaks >= 5 and seen_dateline >= 4  # (the inputs reach both branches)


def _old_split_long_runs(doc, max_tokens):
    """``limits.split_long_runs`` before session 16: a ``Token`` per position."""
    from lapwing.limits import _CONJUNCTIONS, _ENDS, _SOFT_CUTS

    n = len(doc)
    if not max_tokens or n <= max_tokens:
        return 0
    cuts = 0
    start = 0
    window = max(1, max_tokens // 4)
    i = 0
    while i < n:
        tok = doc[i]
        if i > start and tok.is_sent_start:
            start = i
        elif tok.text in _ENDS or (tok.is_space and "\n" in tok.text):
            start = i + 1
        elif i - start + 1 > max_tokens:
            cut = i
            for k in range(i - 1, max(start, i - window), -1):
                t = doc[k]
                if t.text in _SOFT_CUTS:
                    cut = k + 1
                    break
                if t.lower_ in _CONJUNCTIONS:
                    cut = k
                    break
            doc[cut].is_sent_start = True
            cuts += 1
            start = cut
            i = cut
        i += 1
    doc.user_data[SPLITS_KEY] = cuts
    return cuts


def _run_on_texts(seed: int, count: int) -> list[str]:
    """Run-on texts of words, commas, dashes, conjunctions (any case), full stops and line breaks, drawn at random."""
    rng = random.Random(seed)
    pieces = ["police", "fired", "at", "the", "crowd", ",", ";", "-", "--", "And", "and", "but", "WHILE", "as",
              "because", "protesters", "threw", "stones", "in", "Lagos", ".", "!", "...", "\n", "\n\n", "  ", "or",
              "although", "whereas", ":", "\u2014", "\u2026"]
    weights = [6] * 5 + [3, 1, 1, 1, 1, 2, 1, 1, 1, 1] + [6] * 5 + [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    return [" ".join(rng.choices(pieces, weights=weights, k=rng.randint(1, 400))) for _ in range(count)]


@pytest.mark.parametrize("max_tokens", [1, 2, 3, 5, 8, 17, 40, 200])
def test_long_runs_cut_from_the_columns_are_the_old_cuts(pipe, max_tokens):
    tok = pipe.nlp.tokenizer
    total = 0
    for text in _run_on_texts(max_tokens, 40) + TEXTS:
        fast, slow = tok(text), tok(text)
        lapwing_boundaries(fast)  # (marks set before the cut, as the pipeline has them)
        lapwing_boundaries(slow)
        got, want = split_long_runs(fast, max_tokens), _old_split_long_runs(slow, max_tokens)
        assert got == want and _marks(fast) == _marks(slow), (max_tokens, text)
        assert fast.user_data.get(SPLITS_KEY) == slow.user_data.get(SPLITS_KEY)
        total += got
    if max_tokens <= 40:
        assert total > 0  # (the runs are long enough to be cut)


def _old_case_of_counts(text: str) -> tuple[int, int]:
    upper = lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper, lower


def test_case_counts_in_c_are_the_old_counts():
    # no character is both upper and lower case: two counts in C give the old loop's two counts
    assert not [c for c in map(chr, range(0x110000)) if c.isupper() and c.islower()]
    texts = ["ALL CAPS NEWS FROM KANO", "all lower case news from kano, nato and un said", "Mixed Case Text",
             "ǅemal İstanbul ΑΘΗΝΑ αθήνα ß ẞ ﬁ 123", "", "12 345 -- ..."] + TEXTS
    rng = random.Random(16)
    alphabet = "aZ ǅİıßẞΣσς1,\n" + "".join(map(chr, range(0x370, 0x3ff)))
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 300))) for _ in range(200)]
    for text in texts:
        assert (sum(map(str.isupper, text)), sum(map(str.islower, text))) == _old_case_of_counts(text)
    assert case_of("ALL CAPS NEWS FROM KANO: POLICE ARRESTED FIVE MEN ON MONDAY, OFFICIALS SAID") == "upper"
    assert case_of("all lower case news from kano: police arrested five men on monday, officials said") == "lower"
    assert case_of("Police arrested five men in Kano on Monday, officials said in a statement.") is None


# -- the rule lemmatizer over the columns -------------------------------------------------------------------
LEMMA_TEXTS = [
    "Police arrested 20 protesters who were marching in the capital; officers had beaten three of them.",
    "The ministers met in Geneva and agreed to resume talks, saying the crises would worsen.",
    "Gunmen kidnapped the children's teachers and are holding them in the forests near the villages.",
    "He was better prepared than his rivals, the best of the candidates, and spoke more freely.",
    "Troops shelled rebel positions; the rebels' leaders fled as bombs fell and houses burned.",
    "She says they've been told the U.S.-led coalition struck ISIS fighters' bases.",
    "Lt. Gen. Avril's forces were baton-charged; a sit-in and two walk-outs followed the shoot-out.",
    "The women ran, swam and flew; geese, mice and oxen were seen; it rained heavily for days.",
]


def _upto_lemmatizer(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "lemmatizer":
            break
        doc = proc(doc)
    return doc


def test_the_shipped_lemmatizer_reads_the_columns(pipe):
    from lapwing.nlp.rule_lemmatizer import ColumnRuleLemmatizer

    lem = pipe.nlp.get_pipe("lemmatizer")
    assert isinstance(lem, ColumnRuleLemmatizer) and lem.mode == "rule"


@pytest.mark.parametrize("overwrite", [False, True])
def test_lemmas_from_the_columns_are_spacys(pipe, overwrite):
    nlp = pipe.nlp
    lem = nlp.get_pipe("lemmatizer")
    was = lem.overwrite
    lem.overwrite = overwrite
    try:
        for rnd in range(2):  # the second round from the remembered answers
            for text in LEMMA_TEXTS + TEXTS + [t.lower() for t in LEMMA_TEXTS]:
                base = _upto_lemmatizer(nlp, text)
                if rnd and len(base) > 3:  # a token that has a lemma keeps it unless the lemmatizer overwrites
                    base[1].lemma_ = "kept"
                fast, slow = base.copy(), base.copy()
                lem(fast)
                EnglishLemmatizer.__call__(lem, slow)
                assert [t.lemma_ for t in fast] == [t.lemma_ for t in slow], text
                assert fast.to_array(["LEMMA"]).tolist() == slow.to_array(["LEMMA"]).tolist()
    finally:
        lem.overwrite = was
    assert any(t.lemma_ != t.lower_ for t in slow)  # (the lemmatizer did change words)


def test_lemmas_of_untagged_tokens_are_spacys(pipe):
    """No part of speech: spaCy warns for each such token and lower-cases it; the columns' path asks spaCy each time."""
    nlp = pipe.nlp
    lem = nlp.get_pipe("lemmatizer")
    for _ in range(2):
        fast, slow = nlp.make_doc("Troops SHELLED the Villages"), nlp.make_doc("Troops SHELLED the Villages")
        with pytest.warns(UserWarning):
            lem(fast)
        with pytest.warns(UserWarning):
            EnglishLemmatizer.__call__(lem, slow)
        assert [t.lemma_ for t in fast] == [t.lemma_ for t in slow] == ["troops", "shelled", "the", "villages"]


def test_other_lemmatizers_are_left_alone():
    import spacy

    from lapwing.nlp.rule_lemmatizer import ColumnRuleLemmatizer, use_column_lemmatizer

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    use_column_lemmatizer(nlp)
    assert not isinstance(nlp.get_pipe("lemmatizer"), ColumnRuleLemmatizer)
    assert use_column_lemmatizer(spacy.blank("en")).pipe_names == []


def test_strings_of_hashes_are_the_string_stores(pipe):
    from lapwing.nlp import hash_strings

    docs = [pipe.nlp.make_doc(t) for t in TEXTS + LEMMA_TEXTS]
    for clear in (True, False):
        if clear:
            hash_strings._STRINGS.clear()
        for doc in docs:
            hashes = doc.to_array(["ORTH"]).tolist()
            assert hash_strings.strings_of(doc, hashes) == [t.text for t in doc]
    assert hash_strings.strings_of(docs[0], []) == []
