"""The actor coder's chaining steps over what cannot open a phrase (session 26 round 41, issue 13, speed only;
``extract/actors/chains.py``): outside a phrase it jumps from a token that is neither a core nor a modifier to the
next one that may open a phrase (``_Doc.next_open``, one pass per document), and from a run of modifiers that fails
to reach a core to the end of the run. The chains are checked here, sentence by sentence, against the chaining
before the change (written out below), and the records are the same with the old chaining put back. The sentences
are made up for these tests."""

from __future__ import annotations

from spacy.tokens import Span

from lapwing.extract.actors import coder as coder_module
from lapwing.extract.actors.chains import POSSESSIVE_PRONOUNS, SERVICE_PREPS, Chain, Item, _Doc, _chains, _weak_role
from lapwing.extract.actors.coder import _Coder
from lapwing.extract.registry import Context
from lapwing.schema import Article, ArticleRecord

TEXTS = [
    "The newly elected Varnian prime minister, Elsa Moritz, met the visiting Dorlish trade delegation in Kessa on "
    "Monday, and the long-awaited very large joint economic plan was signed by both of them.",
    "Anti-government protesters and pro-Moritz supporters clashed outside the old red brick parliament building, "
    "where dozens of riot police officers with the Kessa Metropolitan Police stood guard.",
    "Rebels of the Eastern Salt Front, a Tarvish-backed armed group, had seized three small border villages last "
    "week, the defence ministry's spokesman said, adding that his troops were now advancing quickly.",
    "She will travel to neighbouring Orland next month. Officials at the foreign ministry said the president's "
    "trip was still being planned by their staff.",
    "It is not clear whether the quietly but firmly opposed northern coastal provinces will accept the deal, said "
    "Omar Feld, a senior Varnia analyst at a research group in Brisk.",
    "“We are ready,” General Ilse Varg told the soldiers. “They are not.” Her deputy, Colonel Pim Aster, "
    "said nothing, and the commander's aides later left the base with the guards of the Northern Army.",
]


# ---- the chaining before the change, written out -----------------------------------------------------------
def _old_chains(d: _Doc, sent: Span) -> list[Chain]:
    lower = d.lower
    out: list[Chain] = []
    cur: Chain | None = None
    i, end = sent.start, sent.end
    first = i
    # is_core at each position of the sentence, asked for several times per position below
    may = d.may_core
    mod = d.mod  # is_mod of every position
    core = [may[k] and d.is_core(k, end) for k in range(first, end)]

    def core_item(i: int) -> Item:
        if d.is_pro(i):
            return Item(i, i + 2, lower[i])
        a = d.anchor_at.get(i)
        if a is not None and a.kind != "block":
            if a.kind == "agent" and a.agent is not None and a.agent.agent.has("cue"):
                return Item(a.start, a.end, "cue", a)
            return Item(a.start, a.end, "anchor", a)
        if d.is_pro(i):
            return Item(i, i + 2, lower[i])
        if d.is_pronoun(i):
            return Item(i, i + 1, "pron")
        if d.is_quant(i, end):
            return Item(i, i + 1, "quant")
        j = i + 1
        while j < end and d.is_name(j):
            j += 1
        return Item(i, j, "name")

    while i < end:
        if core[i - first]:
            item = core_item(i)
            if item.type == "pron":
                # a personal pronoun stands alone; a possessive one starts a phrase
                if cur is not None:
                    out.append(cur)
                cur = Chain([item])
                i = item.end
                if lower[item.start] not in POSSESSIVE_PRONOUNS or lower[item.start] == "her" and \
                        not (i < end and (core[i - first] or mod[i])):
                    out.append(cur)
                    cur = None
                continue
            if cur is None:
                cur = Chain()
            if cur.items and cur.items[-1].type in ("pro", "anti"):
                item.target_of = cur.items[-1].type
            cur.items.append(item)
            i = item.end
            continue
        if cur is not None and cur.items and cur.items[-1].type in ("pro", "anti"):
            # pro-democracy, anti-war: keep the word as a modifier
            if not d.punct[i] and not d.space[i]:
                cur.items.append(Item(i, i + 1, "mod", target_of=cur.items[-1].type))
                i += 1
                continue
        # glue: tokens that may join two cores (of, 's, hyphen, determiners, modifiers)
        j = i
        glue: list[Item] = []
        while j < end and not core[j - first]:
            if cur is not None and lower[j] == "of" and glue == [] and cur.items[-1].type in ("anchor", "quant", "name"):
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and lower[j] in SERVICE_PREPS and glue == [] and _weak_role(cur.items[-1], lower):
                # "officers *with* the Lakeview Police Department", "detectives *from* the DCI", "deputies *at* the
                # sheriff's office": the body a weak role word serves in, read as its "of" complement
                glue.append(Item(j, j + 1, "of"))
            elif cur is not None and lower[j] in ("neighbouring", "neighboring") and len(glue) == 1 \
                    and glue[0].type == "of":
                # "the government of *neighbouring* Mauritius", the participle read as a verb (parse repair 165
                # mends the parse for the event coder; the phrase is one mention either way)
                glue.append(Item(j, j + 1, "mod"))
            elif cur is not None and d.is_poss(j) and glue == []:
                glue.append(Item(j, j + 1, "poss"))
            elif mod[j] and not (cur is not None and d.pos[j] in ("VERB", "AUX")
                                      and not d.is_hyphen(j - 1)):
                # inside a phrase a verb joins only as a hyphenated participle: "U.S.-backed"
                glue.append(Item(j, j + 1, "mod"))
            else:
                break
            j += 1
        if j < end and glue and core[j - first] and not d.is_pronoun(j) \
                or (j < end and glue and d.is_pronoun(j) and lower[j] in POSSESSIVE_PRONOUNS and cur is None):
            if cur is None:
                cur = Chain()
            cur.items.extend(glue)
            i = j
            continue
        if cur is not None and glue and glue[0].type == "poss":
            # Venezuela's (a possessor that ends the phrase: "Venezuela's" + non-actor noun)
            cur.items.append(glue[0])
        if cur is not None:
            out.append(cur)
            cur = None
        i = max(i + 1, j if not glue else i + 1)
    if cur is not None:
        out.append(cur)
    # strip leading and trailing modifiers/glue that do not belong to a core
    cleaned = []
    for c in out:
        items = c.items
        while items and items[-1].type in ("mod", "of", "poss", "pro", "anti") and not items[-1].target_of:
            items = items[:-1]
        while items and (items[0].type in ("of", "poss") or (items[0].type == "mod"
                                                              and d.punct[items[0].start])):
            items = items[1:]
        if items and d.parsed:
            lo, hi = items[0].start, items[-1].end
            while items and items[0].type == "mod" and not (lo <= d.head[items[0].start] < hi):
                items = items[1:]
                lo = items[0].start if items else lo
        if items:
            cleaned.append(Chain(items))
    return cleaned


def _sentence_chains(pipe):
    for k, text in enumerate(TEXTS):
        art = Article(id=f"c{k}", text=text, published="2025-03-04", language="en")
        ctx = Context(doc=pipe.nlp(text), article=art, record=ArticleRecord(article=art), config=pipe.config)
        coder = _Coder(ctx)
        for sent in coder.doc.sents:
            yield coder.d, sent


def _shape(chains: list[Chain]) -> list[list[tuple]]:
    return [[(it.start, it.end, it.type, it.target_of, id(it.anchor)) for it in c.items] for c in chains]


def test_chains_are_those_of_the_token_by_token_chaining(pipe):
    seen = 0
    for d, sent in _sentence_chains(pipe):
        new, old = _chains(d, sent), _old_chains(d, sent)
        assert _shape(new) == _shape(old), sent.text
        seen += len(new)
    assert seen > 20


def test_next_open_is_the_first_position_that_may_open_a_phrase(pipe):
    jumps = 0
    for d, _sent in _sentence_chains(pipe):
        opens = [k for k in range(d.n) if d.may_core[k] or d.mod[k]]
        for k in range(d.n + 1):
            assert d.next_open[k] == next((x for x in opens if x >= k), d.n)
            jumps += d.next_open[k] > k
    assert jumps > 10  # (the texts have tokens that open nothing)


def test_may_core_as_before(pipe):
    from lapwing.extract.actors.chains import _CORE_WORDS

    for d, _sent in _sentence_chains(pipe):
        assert d.may_core == [nt or lw in _CORE_WORDS or k in d.anchor_at
                              for k, (nt, lw) in enumerate(zip(d.name_token, d.lower))]


def test_records_are_those_of_the_old_chaining(pipe, monkeypatch):
    def run():
        return [pipe.analyse(Article(id=f"r{k}", text=t, published="2025-03-04", language="en")).to_json()
                for k, t in enumerate(TEXTS)]

    new = run()
    monkeypatch.setattr(coder_module, "_chains", _old_chains)
    old = run()
    monkeypatch.undo()
    assert new == old
    assert any(b'"source":{' in r for r in new)
