"""The faster paths of session 23 outside the event coder (issues 13 and 10, speed only) give exactly what the paths
they replace give: the model's name read from its meta once set, the actors' phrase texts and a demonym's part of speech
and label read from the token columns, the actor index's orders sorted only where a token has two mentions or more,
and the document tone read from the lower-case column. Each slow path is written out here."""

from __future__ import annotations

import pytest
import spacy

from lapwing.extract.actors import _build_index, extract_actors
from lapwing.extract.actors.analysis import _words_text
from lapwing.extract.actors.chains import _Doc
from lapwing.extract.actors.lookup import _scan
from lapwing.extract.registry import Context
from lapwing.extract.tone import _words, document_tone, tone_of_words
from lapwing.lexicons import actor_paths, agent_paths, lexicon
from lapwing.nlp import describe
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Iran's U.N. ambassador told the Security Council on Tuesday that Tehran would not back down.",
    "The British Deputy U.N. Ambassador and the president of Freedom Watch met Oala's government in Rome.",
    "An Israeli was shot near Hebron, and a Palestinian detonated a bomb, police said; Israeli troops sealed the area.",
    "KABUL (Reuters) - Afghan officials said Taliban fighters didn't attack the base, but NATO wasn't so sure.",
    "She doesn't think it's good. We CAN'T accept it, the minister said, calling the deal a terrible failure.",
    "Über-confident Ukrainian soldiers retook İzmail district; the Kremlin's envoy denied any wrongdoing.",
    "Kila's party won, and the vice president at the Carnegie Endowment praised the peaceful, happy vote.",
    "Rebels shelled the town. Villagers fled. The ministry condemned the attack and demanded an inquiry.",
    "the",
    "",
]


@pytest.fixture(scope="module")
def docs(pipe):
    return [pipe.nlp(text) for text in TEXTS]


def _slow_describe(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"


def test_describe_reads_the_meta_as_language_meta_gives_it(pipe):
    assert describe(pipe.nlp) == _slow_describe(pipe.nlp)
    assert describe(pipe.nlp).startswith("en_lapwing-")
    blank = spacy.blank("en")
    blank._meta.pop("name", None)  # a key missing: the meta property's defaults, as before
    blank._meta.pop("version", None)
    assert describe(blank) == "en_pipeline-0.0.0"
    assert describe(blank) == _slow_describe(blank)
    blank.meta["version"] = "9.9.9"  # a meta changed after the first read is read again
    blank.meta["name"] = "other"
    assert describe(blank) == _slow_describe(blank) == "en_other-9.9.9"


def test_phrase_texts_from_the_columns_are_the_spans_texts(pipe, docs):
    lex = lexicon(actor_paths({}), agent_paths({}))
    checked = 0
    for doc in docs:
        d = _Doc(doc, _scan(doc, lex))
        n = len(doc)
        for i in range(n + 1):
            for j in range(i, min(n, i + 6) + 1):
                assert _words_text(d, i, j) == doc[i:j].text, (doc.text, i, j)
                checked += 1
            assert _words_text(d, i, i - 1 if i else 0) == ""
        for k in range(n):  # the demonym test's part of speech and label
            assert (d.pos[k], d.dep[k]) == (doc[k].pos_, doc[k].dep_)
    assert checked > 300


def _slow_index(mentions) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for k, m in enumerate(mentions):
        for t in range(m.start, m.end):
            index.setdefault(t, []).append(k)
    for t, ks in index.items():
        ks.sort(key=lambda k: (mentions[k].head != t, mentions[k].end - mentions[k].start))
    return index


def test_actor_index_is_the_sorted_index(pipe, docs):
    nested = 0
    for text, doc in zip(TEXTS, docs):
        art = Article(id="t", text=text, language="en") if text else None
        if art is None:
            continue
        ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config={}, nlp=pipe.nlp)
        mentions = extract_actors(ctx)
        got = _build_index(mentions)
        assert got == _slow_index(mentions)
        nested += sum(len(ks) > 1 for ks in got.values())
    assert nested > 0  # some token in two mentions: the sort was exercised


def test_document_tone_from_the_lower_case_column_is_the_tone_of_its_words(docs):
    for doc in docs:
        assert document_tone(doc) == tone_of_words(_words(doc)), doc.text
        for sent in doc.sents:  # a span takes the words' own path
            assert document_tone(sent) == tone_of_words([t.text for t in sent if t.is_alpha or t.lower_ == "n't"])
    negated = document_tone(docs[4])
    assert negated.negative > 0 and negated.word_count > 10


def test_agent_keys_fold_as_before():
    from lapwing.lexicons import fold, fold_token

    for text in ["Deputy Foreign Minister", "président", "Über-General", "ministers\u2019", "army chief\u2013of\u2013staff",
                 "", "İçişleri Bakanı", "MP"]:
        assert fold_token(text) == fold(text), text


def test_igo_codes_remembered_per_country_table(monkeypatch):
    from lapwing.lexicons import country_agents as ca

    def slow():
        return frozenset(c.code for c in ca.load_countries().values() if c.is_igo)

    first = ca.igo_codes()
    assert first == slow() and {"UNO", "IMF", "NGO"} <= first and "USA" not in first
    assert ca.igo_codes() is first  # (the second time from the memo)
    table = ca.load_countries()
    other = {code: c for code, c in table.items() if code != "UNO"}  # another table: read again
    monkeypatch.setattr(ca, "load_countries", lambda: other)
    assert ca.igo_codes() == slow() == first - {"UNO"}
    monkeypatch.undo()
    assert ca.igo_codes() == first


def _slow_phrase_at(lex, kind: str, tokens: list[str]):
    best = None
    for words, cat in lex.phrases[kind].items():
        n = len(words)
        if tuple(tokens[:n]) == words and (best is None or n > best[1]):
            best = (cat, n)
    return best


def test_count_phrases_by_first_word_are_the_longest_phrase_at_the_start():
    from lapwing.extract.counts.lexicon import KINDS, CountLexicon, load_count_lexicon

    lex = load_count_lexicon()
    words = sorted({w for kind in KINDS for p in lex.phrases[kind] for w in p})
    tried = found = 0
    for kind in KINDS:
        for phrase in list(lex.phrases[kind]):
            for tokens in (list(phrase), list(phrase) + ["the", "village"], list(phrase[:-1]), ["more"] + list(phrase),
                           list(phrase[:1]) + words[:3], []):
                got = lex.phrase_at(kind, tokens)
                assert got == _slow_phrase_at(lex, kind, tokens), (kind, tokens)
                tried += 1
                found += got is not None
    assert tried > 100 and found > 50
    # a table made by hand, grown after a first look-up, with phrases sharing a first word (the longest wins, the first
    # listed of two as long), and an empty phrase (which matches anything, as before)
    own = CountLexicon()
    own.phrases["trans"][("took", "into")] = "a"
    assert own.phrase_at("trans", ["took", "into", "custody"]) == ("a", 2)
    own.phrases["trans"][("took", "into", "custody")] = "arrested"
    own.phrases["trans"][("took", "part")] = "b"
    own.phrases["trans"][("took", "into", "account")] = "c"
    for tokens in (["took", "into", "custody"], ["took", "part", "in"], ["took"], ["gave", "into"], []):
        assert own.phrase_at("trans", tokens) == _slow_phrase_at(own, "trans", tokens), tokens
    assert own.phrase_at("trans", ["took", "into", "custody"]) == ("arrested", 3)
    own.phrases["trans"][()] = "any"
    for tokens in (["took", "part"], ["rain"], []):
        assert own.phrase_at("trans", tokens) == _slow_phrase_at(own, "trans", tokens), tokens
