"""The faster paths of session 32 round 61 (issue 13, speed only) give exactly what the paths they replace give.

- ``article_country._lead`` reads the lead's paragraph breaks from the shared document text and offsets (it read
  ``doc.text``, which joins a new ``Token`` per word of the article, twice per lead sentence), and
  ``article_country`` takes the sentences of the coder's own pass (it cut them again);
- ``coref._in_office`` and ``titles._company_rank`` read the shared text (``doc.text`` once per article each).

The slow paths are the code these had (written out); the articles are made up for these tests."""

from __future__ import annotations

from collections import Counter

import pytest

from lapwing.extract.actors import article_country as ac
from lapwing.extract.actors.coder import _Coder
from lapwing.extract.actors.context import _sentences
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord
from speed_helpers import tokens_made

ARTICLES = [
    # a lead of one sentence, then a paragraph break
    "Floods have swept through northern Ghana, destroying hundreds of homes.\n\nGhana has asked donors for tents "
    "and food.\n\nThe army said it had rescued forty people from rooftops.",
    # a lead of two sentences in one paragraph
    "A bus plunged into a ravine in Peru on Friday. It was the worst road accident in Peru this year, officials "
    "said.\n\nPolice said the driver had lost control on a bend.",
    # a line break inside the first sentence
    "Talks between Chad and Sudan\non the border resumed on Monday. Chad and Sudan each blame the other.\n\n"
    "Troops were seen moving north, residents said.",
    # one paragraph only
    "Officials in Kenya said fuel prices would rise. The government said it would not back down. Kenya imports "
    "most of its fuel.",
    "Quiet day.",
]


def _coder(pipe, text: str) -> _Coder:
    art = Article(id="t", text=text, language="en")
    ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
    return _Coder(ctx)


def _slow_lead(coder, sents, counts):
    """``_lead`` before round 61."""
    lead = set()
    for s in sents[:ac.LEAD_SENTENCES]:
        lead |= coder.sentence_countries(s)
        after = coder.doc.text[s.start_char:coder.doc[s.end].idx] if s.end < len(coder.doc) else ""
        if "\n" in s.text or "\n" in after:
            break
    if len(lead) != 1:
        return None
    code = next(iter(lead))
    top = counts.get(code, 0)
    if code in coder.igos or top < 2 or 2 * (sum(counts.values()) - top) >= top:
        return None
    return code


@pytest.mark.parametrize("text", ARTICLES)
def test_lead_as_before(pipe, text):
    coder = _coder(pipe, text)
    sents = _sentences(coder.doc)
    counts = ac._counts(coder)
    for k in range(len(sents) + 1):  # (each later start of the lead too: the breaks after every sentence)
        assert ac._lead(coder, sents[k:], counts) == _slow_lead(coder, sents[k:], counts)
        coder._sentence_countries.clear()


def test_lead_finds_the_country_and_makes_no_token_per_word(pipe):
    coder = _coder(pipe, ARTICLES[0])
    sents = _sentences(coder.doc)
    counts = ac._counts(coder)
    assert ac._lead(coder, sents, counts) == "GHA"
    assert tokens_made(lambda: ac._lead(coder, sents, counts)) < len(coder.doc) / 4
    assert tokens_made(lambda: _slow_lead(coder, sents, counts)) > len(coder.doc)


@pytest.mark.parametrize("text", ARTICLES)
def test_article_country_takes_the_coders_sentences(pipe, text):
    ran = _coder(pipe, text)
    ran.run()  # (its sentences kept as ``sentences``)
    assert [(s.start, s.end) for s in ran.sentences] == [(s.start, s.end) for s in _sentences(ran.doc)]
    fresh = _coder(pipe, text)  # (no pass run: the sentences cut here)
    assert not hasattr(fresh, "sentences")
    assert ac.article_country(fresh) == ac.article_country(ran)
    assert [(s.start, s.end) for s in fresh._ac_sents] == [(s.start, s.end) for s in ran._ac_sents]
    assert ran._ac_sents is ran.sentences


def test_shared_text_is_the_documents(pipe):
    for text in ARTICLES:
        coder = _coder(pipe, text)
        assert coder.d.doc_text == coder.doc.text == text


# ---- the actor coder's token index (actors/token_index.py) and the steps that read it -------------------------------
INDEX_TEXTS = [
    "Chad Smith, the opposition leader, met Eric Trump in The Hague on Monday. President Idriss Deby of Chad said the "
    "U.S.-backed forces and al-Shabaab fighters had clashed near Kismayo, the Somali army said.",
    "Bola Adeyemi, the party's chief, said the Gambia and the United Nations had agreed. The party's chief, Chidi "
    "Okonkwo, told reporters that the UN Working Group and the European Union Election Observation Mission would "
    "return.",
    "the ministry of defence in new delhi said indian troops and the border security force had repelled the attack. "
    "the united nations and the red cross called for calm in the north-east.",
    "Standard and Poor's Corp said Jordan's King Abdullah and Michael Jordan's agent had met. Sen. Maria Ortiz "
    "(D-Calif.) and Rep. Hal Weber, R-Texas, said the Pentagon's inspector general would testify.\n\nGeorgia, "
    "the governor said, would pay. Strider warned that Israel's Netanyahu and Palestinian Authority officials "
    "disagreed.",
    "Quiet.",
]


@pytest.fixture(scope="module")
def index_docs(pipe):
    return [pipe.nlp(text) for text in INDEX_TEXTS]


@pytest.fixture(scope="module")
def lex(pipe):
    from lapwing.lexicons import actor_paths, agent_paths, lexicon

    return lexicon(actor_paths(pipe.config), agent_paths(pipe.config))


def test_token_index_is_what_the_tokens_say(index_docs):
    from lapwing.extract.actors.lookup import _is_name_token
    from lapwing.extract.actors.token_index import TokenIndex
    from lapwing.lexicons import fold_token

    appositions = 0
    for doc in index_docs:
        ix = TokenIndex(doc)
        assert ix.n == len(doc)
        assert ix.sent_start == [t.sent.start for t in doc] and ix.sent_end == [t.sent.end for t in doc]
        assert ix.folded == [fold_token(t.text) for t in doc]
        assert ix.name_token == [_is_name_token(t) for t in doc]
        assert ix.head == [t.head.i for t in doc]
        for t in doc:
            assert ix.appos_children(t.i) == [c.i for c in t.children if c.dep_ == "appos"]
            appositions += len(ix.appos_children(t.i))
    assert appositions >= 2


def _old_starts(folded, texts, space, punct, ws, lex):
    """The scan's start positions of round 40 (before this round), written out: a word after which a space follows
    kept when it begins a key of several words, whatever the next word."""
    heads = frozenset(k[:m] for k in lex.keys for m, ch in enumerate(k) if ch == " ")
    out = []
    for k, f in enumerate(folded):
        if f not in lex.prefixes or space[k] or (punct[k] and texts[k] not in ("'", "\u2019")):
            continue
        if f in lex.keys or k + 1 >= len(folded) or folded[k + 1] == "-" or f == "-" or not ws[k] or f in heads:
            out.append(k)
    return out


def test_scan_from_the_two_word_starts_finds_the_same_anchors(index_docs, lex, monkeypatch):
    from lapwing.extract.actors import lookup
    from lapwing.extract.actors.token_index import TokenIndex

    fewer = anchors = 0
    for doc in index_docs:
        ix = TokenIndex(doc)
        c = ix.cols
        new = lookup._start_positions(ix.folded, c.text, c.space, c.punct, c.ws, lex)
        old = _old_starts(ix.folded, c.text, c.space, c.punct, c.ws, lex)
        assert set(new) <= set(old) and new == sorted(new)
        fewer += len(old) - len(new)
        got = [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in lookup._scan(doc, lex, ix)]
        assert got == [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in lookup._scan(doc, lex)]
        with monkeypatch.context() as mp:
            mp.setattr(lookup, "_start_positions", _old_starts)
            want = [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in lookup._scan(doc, lex)]
        assert got == want
        anchors += len(got)
        # the words kept before a space open a key of several words with the next word ("the hague", "the gambia")
        for k in set(old) - set(new):
            assert ix.folded[k] not in lex.keys
    assert fewer > 10 and anchors > 20
    texts = [ix_word for doc in index_docs[:2] for ix_word in TokenIndex(doc).folded]
    assert "hague" in texts and "gambia" in texts


def _old_adjacent_name(doc, k, a, lexical):
    """``lookup._adjacent_name`` before this round, written out."""
    from lapwing.extract.actors.lookup import _is_name_token

    if not (0 <= k < len(doc)) or k in lexical or not _is_name_token(doc[k]):
        return False
    t = doc[k]
    if t.pos_ and t.pos_ != "PROPN":
        return False
    if t.sent != doc[a.start].sent:
        return False
    return not (k < a.start and k == t.sent.start)


def _old_org_name_after(doc, k):
    from lapwing.extract.actors.lookup import _ORG_HEADS

    last = None
    for j in range(k, min(len(doc), k + 8)):
        t = doc[j]
        if t.text[:1].isupper() and t.is_alpha:
            last = t
        elif t.lower_ in ("of", "on", "for", "and") and last is not None:
            continue
        else:
            break
        if last.lower_ in _ORG_HEADS:
            return True
    return False


def test_entity_step_helpers_as_before(index_docs, lex):
    from lapwing.extract.actors import lookup
    from lapwing.extract.actors.token_index import TokenIndex

    adjacent = 0
    for doc in index_docs:
        ix = TokenIndex(doc)
        anchors = lookup._scan(doc, lex, ix)
        lexical = {k for a in anchors for k in range(a.start, a.end)}
        for a in anchors:
            for k in range(-1, len(doc) + 1):
                got = lookup._adjacent_name(ix, k, a, lexical)
                assert got == _old_adjacent_name(doc, k, a, lexical)
                adjacent += got and k in (a.start - 1, a.end)
        for k in range(len(doc) + 1):
            assert lookup._org_name_after(ix, k) == _old_org_name_after(doc, k)
        assert tokens_made(lambda: [lookup._adjacent_name(ix, k, a, lexical) or lookup._org_name_after(ix, k)
                                    for a in anchors for k in (a.start - 1, a.end)]) == 0
    assert adjacent >= 2  # ("*Chad* Smith", "Eric *Trump*")


def test_entity_step_as_before_with_fewer_tokens(index_docs, lex):
    from lapwing.extract.actors import lookup
    from lapwing.extract.actors.token_index import TokenIndex

    seen = set()
    for doc in index_docs:
        ix = TokenIndex(doc)
        anchors = lookup._scan(doc, lex, ix)
        got = lookup._add_entities(doc, list(anchors), ix)
        assert [(a.start, a.end, a.kind, a.label) for a in got] == \
            [(a.start, a.end, a.kind, a.label) for a in lookup._add_entities(doc, list(anchors))]
        seen |= {doc[a.start:a.end].text for a in got if a.kind == "ner"}
    assert {"Chad Smith", "Bola Adeyemi", "Okonkwo"} <= seen


APPOSED_TEXTS = [
    "Kwame Mensah, the opposition leader, said on Monday. The police chief, Yaw Boateng, told reporters.",
    "Ada Obi, a senior minister, said talks would go on. The mayor, Tunde Bello Ade, said so.",
    "The union's chief, Mariama Conteh-Bangura, called a strike. Adeyemi, the party's chief, said it would end.",
    "Her spokesman, Henrik Solberg, said the minister, Lena Ostrova, had resigned.",
]


def _old_apposed_names(doc, anchors, covered):
    """``lookup._apposed_names`` before this round, written out (a ``Token`` per word read)."""
    from lapwing.extract.actors.lookup import Anchor, _is_name_token

    titles = {k: a for a in anchors if a.kind == "agent" and a.agent is not None and a.agent.person
              for k in range(a.start, a.end)}
    out = []
    for k, a in titles.items():
        t = doc[k]
        if t.i != t.head.i and t.dep_ == "appos" and t.head.i not in covered:
            name = t.head
        elif t.dep_ != "appos":
            name = next((c for c in t.children if c.dep_ == "appos" and c.i not in covered), None)
            if name is None:
                continue
        else:
            continue
        if not _is_name_token(name) or name.i in covered:
            continue
        start = name.i
        while start - 1 >= name.sent.start and start - 1 not in covered and _is_name_token(doc[start - 1]) \
                and doc[start - 1].head.i == name.i and doc[start - 1].dep_ in ("compound", "flat", "nmod"):
            start -= 1
        end = name.i + 1
        while end < name.sent.end and end not in covered and _is_name_token(doc[end]) \
                and doc[end].head.i == name.i and doc[end].dep_ == "flat":
            end += 1
        if end - start < 2 and name.is_sent_start:
            continue
        out.append(Anchor(start, end, "ner", [], "PERSON"))
        covered.update(range(start, end))
    return out


def test_apposed_names_as_before(pipe, lex, index_docs):
    from lapwing.extract.actors import lookup
    from lapwing.extract.actors.token_index import TokenIndex

    found = set()
    for doc in [pipe.nlp(text) for text in APPOSED_TEXTS] + list(index_docs):
        ix = TokenIndex(doc)
        anchors = lookup._scan(doc, lex, ix)
        for covered in (set(), {k for a in anchors for k in range(a.start, a.end) if a.kind != "agent"}):
            got = lookup._apposed_names(doc, anchors, set(covered), ix)
            want = _old_apposed_names(doc, anchors, set(covered))
            assert [(a.start, a.end) for a in got] == [(a.start, a.end) for a in want]
            assert [(a.start, a.end) for a in lookup._apposed_names(doc, anchors, set(covered))] == \
                [(a.start, a.end) for a in want]
            found |= {doc[a.start:a.end].text for a in got}
    # (the name before its title, and after it: "Her spokesman, Henrik Solberg,"; a hyphenated surname)
    assert {"Kwame Mensah", "Bola Adeyemi", "Henrik Solberg", "Lena Ostrova", "Mariama Conteh-Bangura"} <= found


# ---- column reads in place of a Token per word: US states' names, company suffixes, quotes and attributions ---------
STATE_TEXTS = [
    "The governor of Georgia said on Monday that Georgia's legislature would meet. In Tbilisi, Georgia's president "
    "said the talks with Russia would go on.",
    "Georgia state senators and a senator from Georgia met the Jordan delegation. Chad and Jordan signed a deal.",
    "Halden Marine Inc. said its chief would resign. Halden Marine shares fell, and Kestrel Mining Holdings Ltd said "
    "Kestrel would bid.",
]


def _old_us_state_anchors(doc, anchors, lex):
    """``us_states.us_state_anchors`` before this round, written out (the words of each anchor as a ``Span``)."""
    from lapwing.extract.actors.lookup import Anchor
    from lapwing.extract.actors.us_states import _state_cue, state_names
    from lapwing.lexicons import Hit

    usa = [h for h in lex.keys.get("united states", ()) if h.kind == "country"]
    names, out = state_names(), []
    for a in anchors:
        if (a.kind == "country" and a.country_roles() == {"name"} and a.country is not None
                and doc[a.start:a.end].text.lower() in names and _state_cue(doc, a)):
            a = Anchor(a.start, a.end, "country", [Hit("country", doc[a.start:a.end].text, usa[0].payload, "name")]
                       + [h for h in a.hits if h.kind == "agent"])
        out.append(a)
    return out


def test_us_state_anchors_as_before(pipe, lex):
    from lapwing.extract.actors.lookup import _scan
    from lapwing.extract.actors.us_states import us_state_anchors

    codes = []
    for text in STATE_TEXTS + INDEX_TEXTS:
        doc = pipe.nlp(text)
        anchors = _scan(doc, lex)
        got = us_state_anchors(doc, anchors, lex)
        want = _old_us_state_anchors(doc, anchors, lex)
        assert [(a.start, a.end, a.kind, [(h.kind, h.surface, h.role, h.payload) for h in a.hits]) for a in got] == \
            [(a.start, a.end, a.kind, [(h.kind, h.surface, h.role, h.payload) for h in a.hits]) for a in want]
        codes += [(doc[a.start:a.end].text, a.country.code) for a in got if a.kind == "country"]
    assert ("Georgia", "USA") in codes and ("Georgia", "GEO") in codes  # (the state's, and the country's)


def test_company_suffix_test_as_before(pipe):
    from lapwing.extract.actors.name_repeats import _SUFFIXES, _has_company_suffix

    answers = []
    for text in STATE_TEXTS + INDEX_TEXTS:
        coder = _coder(pipe, text)
        got = _has_company_suffix(coder)
        assert got == any(t.lower_.rstrip(".") in _SUFFIXES for t in coder.doc)
        assert _has_company_suffix(coder) is got  # (kept on the coder)
        answers.append(got)
    assert answers[2] and not answers[0]


QUOTE_TEXTS = [
    '"We urge the authorities to act now," they said. "The talks are over," he added, a spokesman for the army said.',
    'The minister said prices would rise. "It is too early," she said.\n\n"We will see," they told reporters.',
    "\u201cThe vote was fair,\u201d the observers said. Officials, the mayor said, were \u201cready\u201d. He said so.",
    "Troops would keep order, a spokesman for the army said. He urged calm, officials told reporters on Monday.",
    "No quote here, the minister said, and the talks would go on.",
]


def _old_quote_before(doc, t):
    close = next((k for k in range(t.i - 1, t.sent.start - 1, -1) if doc[k].text in ("\u201d", '"', "''")), None)
    if close is None:
        return None
    for k in range(close - 1, max(-1, close - 400), -1):
        if doc[k].text in ("\u201c", '"', "``"):
            return k, close
        if "\n\n" in doc[k].text_with_ws:
            return None
    return None


def _old_closing_attribution(doc, m):
    from lapwing.extract.actors.common import SUBJECT_DEPS
    from lapwing.extract.actors.coref import _ATTRIBUTION_VERBS

    head = doc[m.head]
    v = head.head
    if head.dep_ not in SUBJECT_DEPS or v.i < m.end or m.start < 1 or doc[m.start - 1].text != ",":
        return False
    if v.lemma_.lower() not in _ATTRIBUTION_VERBS:
        return False
    end = doc[v.i].sent.end
    return not any(doc[k].pos_ in ("VERB", "AUX") for k in range(v.i + 1, end))


def test_quote_before_and_closing_attribution_as_before(pipe):
    from lapwing.extract.actors.coref import _closing_attribution, _quote_before

    quotes = closing = 0
    for text in QUOTE_TEXTS:
        coder = _coder(pipe, text)
        doc = coder.doc
        for t in doc:
            got = _quote_before(doc, t)
            assert got == _old_quote_before(doc, t)
            quotes += got is not None
        for m in coder.run():
            got = _closing_attribution(doc, m)
            assert got == _old_closing_attribution(doc, m)
            closing += got
    assert quotes >= 5 and closing >= 2
