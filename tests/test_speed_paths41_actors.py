"""The actor coder's coreference look-ups read a per-article index of its mentions (session 26 round 41, issue 13,
speed only; ``extract/actors/mention_index.py``): by entity, by sentence, by name word and by capitalised words,
kept up to date where a mention joins or leaves the list, changes its entity or its start. Each look-up is checked
here against the scan over the whole list it replaced (written out below), at every call, on made-up articles that
change entities (appositives, pronouns resolved again), join titles and repeat names; and the records are the same
with the old scans put back. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

from lapwing.extract.actors import coder as coder_module
from lapwing.extract.actors import coref as coref_module
from lapwing.extract.actors import name_repeats
from lapwing.extract.actors.common import ActorMention
from lapwing.extract.actors.mention_index import MentionIndex
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "Marta Kline, the opposition leader, met Interior Minister Jonas Pell in Vilnor on Tuesday. Kline said she "
    "wanted new elections. Pell said he would answer her, and the opposition leader thanked him.",
    "Former Ruvian defence minister and opposition figure Tomasz Brell said on Friday that the ruling Civic Renewal "
    "Front had lost its way. The Civic Renewal Front denied it. Brell said he would run for president, and Brell's "
    "aides said they were ready.",
    "The rebel Freedom Liberation Army attacked a convoy near Tarsk on Monday, the army said. Freedom Liberation "
    "Army fighters later withdrew. General Oskar Lind said they had fled. He urged the villagers to stay calm.",
    "Police in Galway arrested two men after a protest on Saturday. Chief Superintendent Aoife Brennan said they "
    "were held overnight. Brennan, who leads the regional force, told reporters she would say more later. "
    "Ms. Brennan and Mr. Declan Hurley met on Sunday, and he said they agreed.",
    "Senator Rosa Delgado and Governor Miguel Arce clashed on Wednesday. Delgado accused Arce of hiding the budget. "
    "He denied it, and she said the senate would vote. Arce later urged Delgado to meet him. She refused.",
    "ACCRA, March 9 - The opposition Democratic Reform Movement boycotted the vote on Thursday. Two days later the "
    "Democratic Reform Movement called for new polls, and the ruling Unity Congress said it would not talk to them.",
]


# ---- the scans the index replaced, written out -------------------------------------------------------------
def _old_find_by_name(self, key):
    if not key:
        return None
    found = {}
    for m in self.mentions:
        if m.kind != "person" or m.nested and id(m) not in self.names:
            continue
        full = self.names.get(id(m))
        if not full or len(full) < len(key):
            continue
        if any(full[k:k + len(key)] == key for k in range(len(full) - len(key) + 1)):
            found.setdefault(m.entity, m)
    if len(found) == 1:
        m = next(iter(found.values()))
        same = [x for x in self.mentions if x.entity == m.entity and id(x) in self.names]
        return max(same, key=lambda x: (len(self.names[id(x)]), -x.start))
    return None


def _old_repeated_name(coder, m, start, end):
    key = name_repeats.name_words(coder, start, end)
    if len(key) < 2:
        return None
    found = {}
    for x in coder.mentions:
        if x.start >= m.start or x.kind not in ("org", "agent") or not x.actor_view.sector:
            continue
        if name_repeats.name_words(coder, x.start, x.end) == key:
            found.setdefault((x.actor_view.country, x.actor_view.sector), x)
    return next(iter(found.values())) if len(found) == 1 else None


def _old_retry_subject_pronouns(self):
    """``retry_subject_pronouns`` before the index: every mention of the article read for the verb's objects."""
    from lapwing.extract.actors.common import Codes

    for m, cands, t, cls in getattr(self, "_retry", ()):
        verb = t.head
        objs = [c.i for c in verb.children if c.dep_ in ("obj", "iobj", "dobj")]
        if not objs:
            continue
        taken = {self.root(x).entity for x in self.mentions
                 if x.kind != "pronoun" and x is not m and any(x.start <= o < x.end for o in objs)}
        left = [c for c in cands if self.root(c).entity not in taken]
        if not taken or len(left) == len(cands):
            continue
        antecedent = self._pick(left, m.sent, t, cls, False)
        if antecedent is None:
            continue
        src = self.codes[id(antecedent)]
        codes = Codes(src.name, src.country, src.sector, {}, src.kind, src.person, src.plural)
        m.actor = self.actor_later(m.start, m.end, codes, "pronoun", "coref:pronoun")
        m.antecedent, m.entity, m.resolved = antecedent, antecedent.entity, True
        self.codes[id(m)] = codes


def _same(a, b) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


class _CheckedIndex(MentionIndex):
    """The index, each answer compared with the scan over the whole list (identity and order)."""

    calls: dict[str, int] = {}

    def _count(self, what):
        _CheckedIndex.calls[what] = _CheckedIndex.calls.get(what, 0) + 1

    def set_entity(self, m, entity):
        self._count("set_entity")
        super().set_entity(m, entity)

    def remove(self, m):
        self._count("remove")
        super().remove(m)

    def of_entity(self, entity):
        got = super().of_entity(entity)
        assert _same(got, [x for x in self.coder.mentions if x.entity == entity])
        self._count("of_entity")
        return got

    def in_sentences(self, first, last):
        got = super().in_sentences(first, last)
        assert _same(got, [x for x in self.coder.mentions if first <= x.sent <= last])
        self._count("in_sentences")
        return got

    def has_span(self, start, end):
        got = super().has_span(start, end)
        assert got == any(m.start == start and m.end == end for m in self.coder.mentions)
        self._count("has_span")
        return got

    def all_people(self):
        got = super().all_people()
        assert _same(got, [x for x in self.coder.mentions if x.kind == "person"])
        self._count("all_people")
        return got

    def people_named(self, word):
        got = super().people_named(word)
        assert _same(got, [x for x in self.coder.mentions if x.kind == "person"
                           and word in (self.coder.names.get(id(x)) or ())])
        self._count("people_named")
        return got

    def with_caps(self, key):
        got = super().with_caps(key)
        assert _same(got, [x for x in self.coder.mentions if x.kind in ("org", "agent")
                           and name_repeats.name_words(self.coder, x.start, x.end) == key])
        self._count("with_caps")
        return got


def _coders(pipe, texts):
    for k, text in enumerate(texts):
        art = Article(id=f"i{k}", text=text, published="2025-03-04", language="en")
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        coder = coder_module._Coder(ctx)
        yield coder


def test_each_index_answer_is_the_whole_list_scan(pipe, monkeypatch):
    monkeypatch.setattr(coder_module, "MentionIndex", _CheckedIndex)
    old_find, old_rep = [], []
    real_find = coref_module._Coref.find_by_name
    real_rep = name_repeats.repeated_name

    def find(self, key):
        got = real_find(self, key)
        assert got is _old_find_by_name(self, key)
        old_find.append(got)
        return got

    def rep(coder, m, start, end):
        got = real_rep(coder, m, start, end)
        assert got is _old_repeated_name(coder, m, start, end)
        old_rep.append(got)
        return got

    monkeypatch.setattr(coref_module._Coref, "find_by_name", find)
    monkeypatch.setattr(coder_module, "repeated_name", rep)
    _CheckedIndex.calls = {}
    for coder in _coders(pipe, TEXTS):
        coder.run()
    calls = _CheckedIndex.calls
    # (the texts do reach every look-up, change entities and find names again)
    for what in ("of_entity", "in_sentences", "people_named", "with_caps", "set_entity", "has_span", "all_people"):
        assert calls.get(what, 0) > 0, what
    assert any(x is not None for x in old_find)
    assert any(x is not None for x in old_rep)


def _records(pipe) -> list[bytes]:
    return [pipe.analyse(Article(id=f"r{k}", text=t, published="2025-03-04", language="en")).to_json()
            for k, t in enumerate(TEXTS)]


def test_records_are_those_of_the_whole_list_scans(pipe, monkeypatch):
    fast = _records(pipe)
    with monkeypatch.context() as mp:
        mp.setattr(coref_module._Coref, "find_by_name", _old_find_by_name)
        mp.setattr(coder_module, "repeated_name", _old_repeated_name)
        mp.setattr(coref_module._Coref, "retry_subject_pronouns", _old_retry_subject_pronouns)
        slow = _records(pipe)
    assert fast == slow
    assert any(b'"source":{' in r for r in fast)


def test_the_index_reads_fewer_mentions_than_the_scans(pipe):
    read = scanned = 0
    for coder in _coders(pipe, TEXTS):
        sizes = []
        idx = coder.index
        for name in ("of_entity", "in_sentences", "people_named", "with_caps", "all_people"):
            real = getattr(idx, name)

            def wrapped(*a, _real=real):
                sizes.append(len(coder.mentions))
                return _real(*a)
            setattr(idx, name, wrapped)
        coder.run()
        read += idx.read
        scanned += sum(sizes)
    assert 0 < read < scanned / 2


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_entity_buckets_keep_the_list_order(order):
    class _C:
        names: dict = {}
    owner = _C()
    idx = MentionIndex(owner)
    ms = [ActorMention(k, k + 1, k, None, kind="pronoun", sent=0, entity=k) for k in range(3)]
    for m in ms:
        idx.add(m)
    for k in order:  # every mention moved to entity 7, in some order: the bucket keeps the list's order
        idx.set_entity(ms[k], 7)
    assert _same(idx.of_entity(7), ms)
    idx.remove(ms[1])
    assert _same(idx.of_entity(7), [ms[0], ms[2]])
    assert _same(idx.in_sentences(0, 0), [ms[0], ms[2]])


def test_a_coder_is_freed_without_the_garbage_collector(pipe):
    # the index holds its coder weakly: no cycle keeps an article's coder, document and mentions alive after it ran
    import gc
    import weakref

    enabled = gc.isenabled()
    gc.disable()
    try:
        for k, text in enumerate(TEXTS[:2]):
            art = Article(id=f"f{k}", text=text, published="2025-03-04", language="en")
            ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
            coder = coder_module._Coder(ctx)
            coder.run()
            ref = weakref.ref(coder)
            del coder
            assert ref() is None
    finally:
        if enabled:
            gc.enable()
