"""The event coder's faster paths of session 20 (issues 13 and 10, speed only) give exactly what the paths they
replace give: ``lemma_of`` read from a memo by lemma hash, ``measure_content`` remembered per token of the coder's
frozen document, the "the" + comparative positions of ``status_wire`` read from the attribute array, and the token
index's word-list answers remembered per word list. Each slow path is written out here."""

from __future__ import annotations

import pytest

from lapwing.extract.events import parse_memo, phrases, status_wire, token_index
from lapwing.extract.events.syntax_words import _LEMMA_LOWER, lemma_of

TEXTS = [
    "The more the army shells the villages, the more refugees cross the border, the governor said on Monday.",
    "The longer the talks drag on, the harder it will be to reach a deal, analysts say the less they expect.",
    "Troops seized dozens of rifles and $4 million worth of equipment; some 300 of the fighters surrendered.",
    "Aid agencies sent 20 tonnes of food and hundreds of tents to the flood victims near Beira.",
    "Police arrested eighteen of the rebels, while The Hague court said fewer cases were filed than the year before.",
    "THE MORE they protest, THE LESS the junta listens, a spokesman for the opposition alliance told reporters.",
    "Rebels shelled the town. Villagers fled. The ministry condemned the attack and demanded an inquiry.",
    "The",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def test_lemma_of_from_its_memo_is_the_lower_cased_lemma_or_the_form(docs, pipe):
    def slow(t):
        lemma = t.lemma_
        return lemma.lower() if lemma else t.lower_

    for doc in docs:
        for t in doc:
            assert lemma_of(t) == slow(t), t.text
            assert lemma_of(t) == slow(t), t.text  # (the second time from the memo)
    # a lemma changed on a copy (as the parse repairs change them), and a token with no lemma at all
    doc = docs[0].copy()
    doc[1].lemma_ = "Bigger"
    doc[2].lemma_ = ""
    for t in doc:
        assert lemma_of(t) == slow(t), t.text
    assert lemma_of(doc[1]) == "bigger" and lemma_of(doc[2]) == doc[2].lower_
    assert 0 not in _LEMMA_LOWER  # (no lemma is never remembered: the form answers)


def test_measure_content_per_token_of_the_frozen_document_is_the_function_itself(docs):
    slow = phrases.measure_content.__wrapped__
    some = 0
    for doc in docs:
        want = [[x.i for x in slow(t)] for t in doc]
        some += sum(map(bool, want))
        try:
            parse_memo.freeze_parse(doc)
            for _ in range(2):  # (computed, then remembered)
                assert [[x.i for x in phrases.measure_content(t)] for t in doc] == want
        finally:
            parse_memo.thaw_parse()
        # another document, or none frozen: the function itself
        assert [[x.i for x in phrases.measure_content(t)] for t in doc] == want
    assert some >= 3  # ("dozens of rifles", "$4 million worth of equipment", "20 tonnes of food", ...)


def test_a_changed_parse_after_thawing_is_read_afresh(pipe):
    doc = pipe.nlp("Militias captured dozens of soldiers near the dam.")
    head = next(t for t in doc if t.lower_ == "dozens")
    try:
        parse_memo.freeze_parse(doc)
        assert [x.lower_ for x in phrases.measure_content(head)] == ["soldiers"]
    finally:
        parse_memo.thaw_parse()
    of = next(t for t in doc if t.lower_ == "soldiers")
    of.dep_ = "obl"  # no longer the count's "of" complement
    assert phrases.measure_content(head) == phrases.measure_content.__wrapped__(head) == []


def _slow_comparative_thes(doc):
    thes = [t.i for t in doc if t.lower_ == "the"]
    return [k for k in thes if k + 1 < len(doc) and (
        doc[k + 1].tag_ in status_wire._COMPARATIVE or doc[k + 1].lower_ in status_wire._MORE)]


def test_comparative_thes_from_the_columns_is_the_token_walk(docs):
    found = 0
    for doc in docs + [docs[0].copy()]:
        assert status_wire._comparative_thes(doc) is None  # (not frozen: the caller walks the sentence)
        try:
            parse_memo.freeze_parse(doc)
            got = status_wire._comparative_thes(doc)
            assert got == _slow_comparative_thes(doc), doc.text
            assert status_wire._comparative_thes(doc) is got  # (once per article)
            found += len(got)
        finally:
            parse_memo.thaw_parse()
    assert found >= 6


def test_comparative_thes_follows_a_tag_the_repairs_changed(docs):
    doc = docs[6].copy()  # "Rebels shelled the town. ...": no comparative after any "the"
    k = next(t.i for t in doc if t.lower_ == "the")
    doc[k + 1].tag_ = "JJR"
    try:
        parse_memo.freeze_parse(doc)
        assert status_wire._comparative_thes(doc) == _slow_comparative_thes(doc) == [k]
    finally:
        parse_memo.thaw_parse()


def _slow_indices(doc, pos=None, lemmas=None):
    return [t.i for t in doc if (pos is None or t.pos_ in pos) and (lemmas is None or lemma_of(t) in lemmas)]


def test_token_indices_with_remembered_answers_are_the_token_walk(docs):
    shapes = [
        frozenset({"shel", "seize", "arrest", "send", "flee"}),
        {"the": "x", "more": "y", "of": "z"}.keys(),  # a dictionary's keys, as context_death passes them
        {"Troops", "rebels", "condemn"},  # a capitalised word never matches a lower-cased lemma
        ["dozen", "hundred", "tonne", "refugee"],
        frozenset(),
    ]
    for _ in range(2):  # (the answers worked out, then read back)
        for doc in docs:
            for lemmas in shapes:
                assert token_index.token_indices(doc, lemmas=lemmas) == _slow_indices(doc, lemmas=lemmas)
                assert token_index.token_indices(doc, pos=("VERB",), lemmas=lemmas) == \
                    _slow_indices(doc, pos=("VERB",), lemmas=lemmas)
    # a word list changed between two calls is a new word list
    words = {"flee"}
    assert token_index.token_indices(docs[6], lemmas=words) == _slow_indices(docs[6], lemmas=words) != []
    words.add("condemn")
    words.discard("flee")
    assert token_index.token_indices(docs[6], lemmas=words) == _slow_indices(docs[6], lemmas=words) != []


# -- actors: taking office ---------------------------------------------------------------------------------------
OFFICE_TEXTS = [
    "Former finance minister Peter Oala was sworn in by the governor-general on Monday. Oala said he would act.",
    "Mensah took office in January, and Ruto was inaugurated a week later; Kamau has taken office since.",
    "The ceremony at which Adeyemi was sworn in as president was boycotted. Officials were sworn",
    "Nobody took the office seriously. He takes office. They were inaugurated",
    "Banda, who was inaugurated in 2019, said Phiri would take office after the vote. Phiri took office",
    "Police fired tear gas at protesters outside the electoral office in Lusaka.",
]


def _slow_took_office(doc):
    from lapwing.extract.actors.office import _subject_name

    out = {}
    for t in doc:
        low = t.lower_
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        if low == "sworn" and nxt == "in" or low == "inaugurated" and t.pos_ in ("VERB", "ADJ"):
            name = _subject_name(t)
        elif t.lemma_.lower() == "take" and t.pos_ == "VERB" and nxt == "office":
            name = _subject_name(t)
        else:
            continue
        if name is not None and name not in out:
            out[name] = t.idx
    return out


def test_took_office_from_the_lower_case_column_is_the_token_walk(pipe):
    from lapwing.extract.actors.office import took_office

    found = 0
    for text in OFFICE_TEXTS:
        doc = pipe.nlp(text)
        assert took_office(doc) == _slow_took_office(doc), text
        found += len(took_office(doc))
    assert found >= 4  # (Oala, Mensah, Ruto, Adeyemi, Banda, Phiri: as the parse reads them)
