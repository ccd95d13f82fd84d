"""The actor coder makes a mention's ``Actor`` only when something reads ``ActorMention.actor`` (session 26 round 40,
issue 13, speed only): until then the mention holds a :class:`PendingActor` with the values the ``Actor`` would have
had, and the scans over the article's mentions that only compare codes read them through
``ActorMention.actor_view``. Each slow path is the code it replaced, written out here: the ``Actor`` made at once
(``_Coder.actor`` before the change) and copied with ``model_copy``; the whole records of made-up articles are the same
with every actor made at once. The sentences are made up for these tests."""

from __future__ import annotations

import copy

import pytest

from lapwing.extract.actors import coder as coder_module
from lapwing.extract.actors import extract_actors
from lapwing.extract.actors.common import ActorMention, Codes, PendingActor
from lapwing.extract.registry import Context
from lapwing.schema import Actor, Article, ArticleRecord

SOURCE = "Foreign Minister Ilse Varga of Ostland met the Peruvian police chief in Lima on Monday."

TEXTS = [
    "Foreign Minister Ilse Varga of Ostland met the Peruvian police chief in Lima on Monday. Varga said the talks "
    "went well. She thanked the Peruvian government and its president, and the two sides agreed to meet again.",
    "Kenyan police fired tear gas at protesters in Mombasa on Thursday, the Interior Ministry said. Officers arrested "
    "a dozen people, and opposition leader Daniel Oduya condemned the raid. Oduya said he would sue the ministry.",
    "The leaders of Japan and Indonesia signed a fishing pact on Wednesday. Tokyo and Jakarta had argued for years. "
    "Prime Minister Kenji Arai said Japan was pleased, and his Indonesian counterpart praised the deal.",
    "Rebels attacked an army post near Goma, the Congolese military said on Sunday. Its spokesman, Colonel Paul "
    "Mbeki, said troops repelled them. Mbeki added that the United Nations mission had sent helicopters.",
    "Halden Marine Inc. said on Friday it would cut 300 jobs. Halden Marine blamed Chinese competition, and the "
    "union's local officials said the company had broken its word. The sheriff said deputies were watching.",
]


def _old_actor(text: str, start: int, end: int, codes: Codes, kind: str, rule: str | None) -> Actor:
    """``_Coder.actor`` before the change: the Actor made at once (``start``/``end`` are character offsets here)."""
    return Actor(text=text[start:end], name=codes.name, country=codes.country, sector=codes.sector, start=start,
                 end=end, kind=kind, rule=rule if rule is not None else codes.rule,
                 lexicon="; ".join(dict.fromkeys(codes.lexicon)) or None)


FIELDS = ("text", "name", "country", "sector", "start", "end", "kind", "rule", "lexicon")

CODES = [
    (Codes("Ilse Varga", "OST", "GOV", {"sector": "title", "country": "dictionary"}, "person",
           lexicon=["actors.tsv:12", "agents.tsv:40", "actors.tsv:12"]), "person", None, (17, 27)),
    (Codes(None, "PER", "COP", {"country": "nationality", "sector": "title", "generic": "generic"}, "agent"),
     "agent", None, (46, 57)),
    (Codes(None, None, None, {}, "pronoun"), "pronoun", "unresolved", (0, 7)),
    (Codes("Lima", "PER", None, {"country": "country", "zz-other": "main-country"}, "gpe",
           lexicon=["countries.tsv:3"]), "gpe", None, (70, 74)),
]


@pytest.mark.parametrize("codes,kind,rule,span", CODES)
def test_pending_actor_gives_the_actor_made_at_once(codes, kind, rule, span):
    start, end = span
    pending = PendingActor(SOURCE, start, end, codes, kind, rule)
    old = _old_actor(SOURCE, start, end, codes, kind, rule)
    assert pending.make() == old
    assert pending.make().model_dump_json() == old.model_dump_json()
    for f in FIELDS:  # what ``actor_view`` reads is what the Actor says
        assert getattr(pending, f) == getattr(old, f), f


@pytest.mark.parametrize("codes,kind,rule,span", CODES)
def test_pending_actor_keeps_the_codes_of_the_moment_it_was_made(codes, kind, rule, span):
    start, end = span
    codes = copy.deepcopy(codes)  # (changed below)
    old = _old_actor(SOURCE, start, end, codes, kind, rule)
    pending = PendingActor(SOURCE, start, end, codes, kind, rule)
    # the coder changes a mention's codes after making its actor; the actor keeps what they were
    codes.sources["sector"] = "former"
    codes.lexicon.append("agents.tsv:99")
    codes.country, codes.name = "XXX", "Someone Else"
    assert pending.make() == old


UPDATES = [
    {"kind": "person"},
    {"name": "Ilse Varga", "country": "OST", "sector": "GOV", "rule": "coref:name"},
    {"sector": "COP", "rule": "coref:sheriff"},
    {"country": "PER", "rule": "nationality+coref:pair"},
    {"name": None, "country": None, "sector": "IGO", "rule": "coref:org"},
]


@pytest.mark.parametrize("update", UPDATES)
@pytest.mark.parametrize("codes,kind,rule,span", CODES)
def test_updated_pending_actor_is_the_model_copy(codes, kind, rule, span, update):
    start, end = span
    old = _old_actor(SOURCE, start, end, codes, kind, rule).model_copy(update=update)
    pending = PendingActor(SOURCE, start, end, codes, kind, rule).updated(update)
    assert pending.make() == old and pending.make().model_dump_json() == old.model_dump_json()
    for f in FIELDS:
        assert getattr(pending, f) == getattr(old, f), f


def test_mention_makes_its_actor_once_at_the_first_read():
    codes = CODES[0][0]
    m = ActorMention(3, 5, 4, PendingActor(SOURCE, 17, 27, codes, "person", None), kind="person")
    assert type(m.actor_view) is PendingActor and m.coded  # (answered without making the Actor)
    assert type(m.actor_view) is PendingActor
    m.update_actor({"sector": "ELI", "rule": "former"})
    assert type(m.actor_view) is PendingActor and m.actor_view.sector == "ELI"
    first = m.actor
    assert isinstance(first, Actor) and m.actor is first and m.actor_view is first
    assert (first.text, first.sector, first.rule, first.country) == ("Ilse Varga", "ELI", "former", "OST")
    m.update_actor({"country": "PER"})  # a made actor is copied as before
    assert isinstance(m.actor, Actor) and m.actor is not first and m.actor.country == "PER"
    # an update of another field (the text and offsets of a joined phrase) makes the Actor and copies it
    m2 = ActorMention(0, 1, 0, PendingActor(SOURCE, 17, 27, codes, "person", None))
    m2.update_actor({"text": SOURCE[0:27], "start": 0})
    assert isinstance(m2.actor_view, Actor) and (m2.actor.text, m2.actor.start, m2.actor.end) == (SOURCE[0:27], 0, 27)
    # a mention made with an Actor keeps it
    a = Actor(text="Lima", start=70, end=74, kind="gpe")
    assert ActorMention(14, 15, 14, a).actor is a


def _old_coder_actor(self, start: int, end: int, codes: Codes, kind: str, rule: str | None = None) -> Actor:
    """``_Coder.actor`` before the change, written out (``start``/``end`` are token offsets)."""
    d = self.d
    cs, ce = d.idx[start], d.idx[end - 1] + len(d.text[end - 1])
    return Actor(text=self.ctx.article.text[cs:ce], name=codes.name, country=codes.country,
                 sector=codes.sector, start=cs, end=ce, kind=kind, rule=rule if rule is not None else codes.rule,
                 lexicon="; ".join(dict.fromkeys(codes.lexicon)) or None)


def _records(pipe, eager: bool, monkeypatch) -> list[bytes]:
    if eager:  # the slow path: every actor made when its mention is coded, copied on update
        monkeypatch.setattr(coder_module._Coder, "actor_later", _old_coder_actor)
    out = []
    try:
        for k, text in enumerate(TEXTS):
            out.append(pipe.analyse(Article(id=f"a{k}", text=text, published="2025-03-04", language="en")).to_json())
    finally:
        monkeypatch.undo()
    return out


def test_records_are_those_of_actors_made_at_once(pipe, monkeypatch):
    lazy = _records(pipe, False, monkeypatch)
    eager = _records(pipe, True, monkeypatch)
    assert lazy == eager
    assert any(b'"source":{' in r or b'"speaker":{' in r for r in lazy)  # (the texts do code actors)


def test_most_mentions_make_no_actor(pipe):
    pending = made = 0
    for k, text in enumerate(TEXTS):
        art = Article(id=f"b{k}", text=text, published="2025-03-04", language="en")
        doc = pipe.nlp(text)
        ctx = Context(doc=doc, article=art, record=ArticleRecord(article=art), config=pipe.config)
        mentions = extract_actors(ctx)
        for m in mentions:
            if type(m.actor_view) is PendingActor:
                pending += 1
            else:
                made += 1
        # every mention's fields read the same pending or made, and the Actor made from them is valid
        for m in mentions:
            view = {f: getattr(m.actor_view, f) for f in FIELDS}
            assert view == {f: getattr(m.actor, f) for f in FIELDS}
    assert pending > made > 0


# ---- the gender table of a pronoun's candidates, and the company-suffix gate -------------------------------------
GENDER_TEXTS = [
    "Ms. Ana Ruiz met Mr. Tomas Berg in Oslo on Monday. She said the talks were useful, and he agreed. Ruiz later "
    "told reporters that Berg had promised her a reply, and his spokeswoman said he would write soon.",
    "The chairwoman of the board, Lena Okafor, rejected the offer. Her deputy, Samuel Adu, said he backed her. Adu "
    "and Okafor will meet the union, whose leader said she was ready.",
]


def _coders(pipe, texts):
    from lapwing.extract.actors.coder import _Coder

    for k, text in enumerate(texts):
        art = Article(id=f"g{k}", text=text, published="2025-03-04", language="en")
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        coder = _Coder(ctx)
        coder.run()
        yield coder


def test_gender_table_of_some_entities_answers_as_the_whole_table(pipe):
    from lapwing.extract.actors.coref import GenderTable

    asked = said = 0
    for coder in _coders(pipe, GENDER_TEXTS):
        whole = GenderTable(coder.doc, coder.mentions, {})
        entities = sorted({m.entity for m in coder.mentions})
        for some in (set(entities[:1]), set(entities[::2]), set(entities)):
            part = GenderTable(coder.doc, coder.mentions, {}, some)
            for m in coder.mentions:
                if m.entity in some:
                    asked += 1
                    said += whole.gender(m) is not None
                    assert part.gender(m) == whole.gender(m)
    assert asked and said  # (the texts do say genders)


def _old_short_company_name(coder, start: int, end: int):
    """``name_repeats.short_company_name`` before the change, written out: every earlier mention read."""
    from lapwing.extract.actors.name_repeats import _SUFFIXES, name_words

    d = coder.d
    key = tuple(d.lower[k] for k in range(start, end))
    if not key or not all(d.text[k][:1].isupper() and d.text[k][:1].isalpha() for k in range(start, end)) \
            or key[0] in ("the", "a", "an"):
        return None
    found = {}
    for x in coder.mentions:
        if x.start >= start or x.kind not in ("org", "agent") or x.actor.sector != "BUS" \
                or coder.d.lower[x.end - 1].rstrip(".") not in _SUFFIXES:
            continue
        words = name_words(coder, x.start, x.end)
        if len(words) > len(key) and words[:len(key)] == key:
            found.setdefault((x.actor.country, x.actor.sector), x)
    return next(iter(found.values())) if len(found) == 1 else None


def test_short_company_name_with_and_without_a_company_suffix(pipe):
    from lapwing.extract.actors.name_repeats import short_company_name

    texts = ["Borealis Shipping Ltd. said on Friday it would sell two ferries. Borealis said the sale would close "
             "in May, and Borealis Shipping workers protested.",
             "Corvin Tools Inc reported a loss. Corvin blamed steel prices; Mayor Ida Corvin denied any link.",
             "Borealis said on Friday it would sell two ferries, and Corvin Tools workers protested in Tromso."]
    seen = firms = 0
    for coder, suffix in zip(_coders(pipe, texts), (True, True, False)):
        short_company_name(coder, 0, 1)
        assert coder._company_suffix is suffix  # (worked out once per article: no mention read without one)
        for m in coder.mentions:
            for start in (m.start, m.start + 1):
                if start < m.end:
                    seen += 1
                    got = short_company_name(coder, start, m.end)
                    assert got is _old_short_company_name(coder, start, m.end)
                    firms += got is not None
    assert seen and firms  # (some bare names do shorten a firm's)


# ---- the lexicon scan's start positions -----------------------------------------------------------------------
SCAN_TEXTS = [
    "The U.S.-backed forces and al-Shabaab fighters clashed near Kismayo, the Somali army said. Officials of the "
    "African Union told the Security Council that pro-government militias and anti-Houthi groups had joined in.",
    "In Brasilia, President Joao Silva's office said the Bank of England and the International Monetary Fund had "
    "agreed to help.  The  European  Union's  envoy, who is in Togo, said to reporters it was too early.",
    "the ministry of defence in new delhi said indian troops and the border security force had repelled the "
    "attack. the united nations and the red cross called for calm in the north-east.",
    "Sen. Maria Ortiz (D-Calif.) and Rep. Hal Weber, R-Texas, said the Pentagon's inspector general, the CIA's "
    "director and NATO's chief would testify. Israel's Netanyahu and Palestinian Authority officials disagreed.",
]


def _old_starts(folded, texts, space, punct, ws, lex):
    """The scan's start positions before the change, written out: every word in ``prefixes``."""
    return [k for k, f in enumerate(folded)
            if f in lex.prefixes and not space[k] and not (punct[k] and texts[k] not in ("'", "\u2019"))]


def test_scan_from_fewer_starts_finds_the_same_anchors(pipe, monkeypatch):
    from lapwing.extract.actors import lookup
    from lapwing.extract.docfacts import token_columns
    from lapwing.lexicons import actor_paths, agent_paths, fold_token, lexicon

    lex = lexicon(actor_paths(pipe.config), agent_paths(pipe.config))
    fewer = anchors = 0
    for text in SCAN_TEXTS:
        doc = pipe.nlp(text)
        cols = token_columns(doc)
        folded = list(map(fold_token, cols.text))
        new = lookup._start_positions(folded, cols.text, cols.space, cols.punct, cols.ws, lex)
        old = _old_starts(folded, cols.text, cols.space, cols.punct, cols.ws, lex)
        assert set(new) <= set(old) and new == sorted(new)
        fewer += len(old) - len(new)
        got = [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in lookup._scan(doc, lex)]
        with monkeypatch.context() as mp:
            mp.setattr(lookup, "_start_positions", _old_starts)
            want = [(a.start, a.end, a.kind, [id(h) for h in a.hits]) for a in lookup._scan(doc, lex)]
        assert got == want
        anchors += len(got)
    assert fewer > 0 and anchors > 10
