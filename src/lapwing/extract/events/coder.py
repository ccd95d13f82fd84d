"""The per-article run loop: sentences -> candidates -> events, conjunct expansion, dedupe; the
registered ``events`` extractor and ``code_text`` for tests and notebooks.
"""

from __future__ import annotations

import logging
from operator import or_
from typing import Any

import numpy

from spacy.tokens import Span, Token

from lapwing.extract.docfacts import doc_heads, share_words, word_columns
from lapwing.extract.events.arguments import ArgumentsMixin
from lapwing.extract.events.background import background_events
from lapwing.extract.events.coding import BuildMixin, drop_echo_statements
from lapwing.extract.events.conjuncts import argument_conjuncts, co_subjects
from lapwing.extract.events.frame_contents import plan_contents, second_party_acts, unstopped_act
from lapwing.extract.events.context_death import deaths_after_force
from lapwing.extract.events.modifier_arrest import arrests_by_their_reporter, arrests_in_modifiers
from lapwing.extract.events.frames import Candidate, FramesMixin
from lapwing.extract.events.offtopic_gates import OfftopicMixin
from lapwing.extract.events.history_gates import HistoryMixin
from lapwing.extract.events.later_sayings import later_plain_sayings
from lapwing.extract.events.lexicon_loader import Lexicon, form_index
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.actor_context import ParticipantsMixin
from lapwing.extract.events.participants import _Actors, _fn, _has_module, is_coded
from lapwing.extract.events.parse_memo import freeze_parse, thaw_parse
from lapwing.extract.events.protest_content import fold_protest_demands
from lapwing.extract.events.sentence_dedupe import _drop_frame_nouns, dedupe_events
from lapwing.extract.events.syntax import _cases, _ccomp, _xcomp
from lapwing.extract.events.token_index import lemma_words
from lapwing.extract.registry import Context, extractor
from lapwing.lexicons.user_patterns import lexicon_for
from lapwing.schema import Actor, Event

log = logging.getLogger(__name__)

DEFAULT_MIN_CONFIDENCE = 0.5
MAX_EVENTS_PER_SENTENCE = 8



def _alias(x: Token) -> bool:
    """The conjunct ``x`` is set off as another name of its head: ", or X," ("the Baloch Liberation Army, *or BLA*,")."""
    cc = next((c for c in x.children if c.dep_ == "cc"), None)
    return cc is not None and cc.lower_ == "or" and cc.i > 0 and x.doc[cc.i - 1].text == ","

class _PatternsMemo:
    """``FramesMixin.patterns_for`` remembered across articles, per lexicon: its answer depends on the
    token's part of speech, tag, lemma and lower-case form alone (read here as string hashes); so does
    ``frames_for``, remembered the same way."""

    memo: dict[int, tuple[object, object, dict[tuple[int, int, int, int], tuple], dict[tuple[int, int, int, int], tuple]]] = {}

    def _patterns_memo(self) -> tuple:
        got = _PatternsMemo.memo.get(id(self.lex))
        if got is None or got[0] is not self.lex or got[1] is not self.forms or len(got[2]) > 100_000:
            if len(_PatternsMemo.memo) > 8:
                _PatternsMemo.memo.clear()
            got = _PatternsMemo.memo[id(self.lex)] = (self.lex, self.forms, {}, {})
        return got

    def patterns_for(self, t: Token) -> list:
        got = self._patterns_memo()
        key = (t.pos, t.tag, t.lemma, t.lower)
        found = got[2].get(key)
        if found is None:
            found = got[2][key] = tuple(FramesMixin.patterns_for(self, t))
        return list(found)

    def frames_for(self, t: Token) -> tuple:
        got = self._patterns_memo()
        key = (t.pos, t.tag, t.lemma, t.lower)
        found = got[3].get(key)
        if found is None:
            found = got[3][key] = FramesMixin.frames_for(self, t)
        return found


def _partners(a: Token | None, b: Token | None) -> bool:
    """False only when ``a`` heads a coordination ("X and Y ...") and ``b`` is none of its sides."""
    if a is None or b is None:
        return True
    sides = [x for x in a.children if x.dep_ == "conj"]
    return not sides or b.i == a.i or any(b.i == x.i for x in sides) or (a.dep_ == "conj" and b.i == a.head.i) \
        or (a.dep_ in ("amod", "compound") and b.i == a.head.i)  # "[French] and German troops": the head's side


#: auxiliaries of an announced act ("said it *would* ...", "*will* ...")
_ANNOUNCING = frozenset({"will", "would", "'ll", "’ll", "'d", "’d", "shall"})


class Coder(_PatternsMemo, ParticipantsMixin, ArgumentsMixin, FramesMixin, OfftopicMixin, HistoryMixin, BuildMixin):
    """Codes one document. Built per article by the extractor; reusable helpers live here."""

    def __init__(self, ctx: Context, lex: Lexicon | None = None):
        self.ctx = ctx
        self.doc = repaired(ctx.doc, reparse=ctx.nlp)  # a copy with misparsed clauses re-analysed (event_parse.py)
        share_words(self.doc, ctx.doc)  # (its words are the article's: read from the article's columns)
        freeze_parse(self.doc)  # (its parse is final: the syntax helpers remember their answers for it)
        self._parse_memo: dict = {}  # FramesMixin._once: answers that depend on self.doc's parse alone
        self.lex = lex or lexicon_for(ctx.config)  # shipped + user pattern files (lapwing/lexicons/user_patterns.py)
        self.forms = form_index()
        self.actors = _Actors(ctx)
        cfg = ctx.config or {}
        self.min_conf = float(cfg.get("event_min_confidence", DEFAULT_MIN_CONFIDENCE))
        self.future_as_intent = bool(cfg.get("future_as_intent", True))
        self.statements = bool(cfg.get("event_statements", True))
        self.refusals = bool(cfg.get("negated_future_as_refusal", True))
        self.place_fn = _fn("lapwing.extract.event_place", "event_place")
        self.date_fn = _fn("lapwing.extract.dates", "event_date")
        self.members_fn = _fn("lapwing.extract.actors", "members_for_token")  # "the two sides"
        self.ref_year = self._ref_year()
        self._cache: dict = {}
        self.errors = 0
        self.trace: list | None = [] if cfg.get("event_trace") else None
        self.article_topic = self._article_topic()

    def code_sentence(self, sent: Span) -> list[tuple[Event, int]]:
        if self.trace is None and not any(self._maybe_triggers()[sent.start:sent.end]):
            return []  # no word could be a trigger: no candidate, so no event (its topic need not be read)
        n_off, topic = self.offtopic(sent)
        if self.article_topic is not None:
            n_off += 1  # the whole article is sport / markets / weather
        if n_off >= 2 and not (topic == "weather" and self.article_topic is None):
            # (a storm or flood sentence still carries a government's aid or sympathy: ``build`` keeps those)
            if self.trace is not None:
                self.trace.append((sent[0].i, None, f"off-topic sentence ({topic or self.article_topic})", None, None))
            return []
        # verbs/adjectives first (shallow first, so that families consume their content), then nouns
        depth = self._depths()
        maybe = self._maybe_triggers()
        doc = self.doc
        toks = sorted((doc[i] for i in range(sent.start, sent.end) if maybe[i]),
                      key=lambda t: (t.pos_ in ("NOUN", "PROPN"), depth[t.i], t.i))
        consumed: set[int] = set()
        cands: list[Candidate] = []
        held: list[Candidate] = []  # content a governing pattern took, coded alone if that one gives nothing
        for t in toks:
            if t.is_punct or t.like_num:
                continue
            c = self.match(t) if t.i not in consumed or self.maybe_content(t) else None
            if c is None:
                continue
            if t.i in consumed:
                held.append(c)
                continue
            consumed |= c.consumed
            cands.append(c)
        events: list[tuple[Event, int, float, Candidate]] = []
        trigger_idx = {c.trigger.i for c in cands}
        # the CAMEO root each nominal trigger was matched with: a verb of violence defers only to a noun of violence
        self.nominal_roots = {c.trigger.i: c.code[:2] for c in cands if c.nominal}
        left: list[Candidate] = []
        dropped: set[int] = set()  # candidates (by id) that gave no event
        plans, done = plan_contents(cands, held), set()  # "plans to expel": the planned act (frame_contents.py)
        for c in cands + held:
            if id(c) in done:
                continue
            if c.trigger.i in consumed:
                # consumed by an earlier (governing) pattern, e.g. the 'release' in 'agreed to release';
                # not when that pattern gave no event ("police gunned down a youth, his family *alleged*")
                if any(c.trigger.i in o.consumed and id(o) not in dropped for o in cands if o is not c):
                    continue
            ev = self.build(plans[id(c)], sent, n_off, trigger_idx) if id(c) in plans else None
            if ev is not None and ev[0].status == "future":
                c = plans[id(c)]
                done.add(id(c))
            else:
                ev = self.build(c, sent, n_off, trigger_idx)
            if ev is None:
                dropped.add(id(c))
            if ev is not None:
                events.append(ev)
                events.extend(self.conjuncts(ev, c) + unstopped_act(self, ev, c, sent)
                              + second_party_acts(self, ev, c, sent))
            elif not c.nominal and c.code[:2] in ("18", "19", "20"):
                left.append(c)
        events += self._unheld_sayings(cands, dropped, events, sent, n_off, trigger_idx)
        if left:
            # a verb of violence gives way to a nominal event in its "in / during / by" phrase ("stormed
            # the camp in a crackdown") only when that noun was coded: otherwise the verb is the event
            coded = {ev[0].trigger.start for ev in events}
            lost = {c.trigger.i for c in cands if c.nominal and c.trigger.idx not in coded}
            if lost:
                for c in left:
                    ev = self.build(c, sent, n_off, trigger_idx - lost)
                    if ev is not None:
                        events.append(ev)
                        events.extend(self.conjuncts(ev, c))
        events = _drop_frame_nouns(events)
        # (an earlier act named as the point of reference of a superlative: "the biggest turnout *since* ...")
        events = background_events(drop_echo_statements(self.dedupe(events)))
        events = fold_protest_demands(events, self.lex)  # "marched *demanding* ...": the protest's content
        events.sort(key=lambda e: e[1])
        return [(e, i) for e, i, _, _ in events[:MAX_EVENTS_PER_SENTENCE]]

    def _unheld_sayings(self, cands, dropped, events, sent, n_off: int, trigger_idx: set[int]) -> list:
        """A plain saying (010) gives way to the event of its content; when every trigger of that content gave no
        event ("said he would visit X" with the visit dropped) and the content's own verb was one, the saying is built
        again as if its content held no trigger: it stays a statement (or an own intent) exactly where a content with no trigger keeps one (in71)."""
        coded = {ev[0].trigger.start for ev in events}
        lost = {i for i in trigger_idx if self.doc[i].idx not in coded}
        out: list = []
        if not lost:
            return out
        # (an act of words or cooperation, roots 01-13; a report of a killing or an accident that coded nothing
        # tells a happening, not a statement: "nine were killed when the train derailed, officials said")
        verbs = {x.trigger.i for x in cands if not x.nominal and x.code[:2].isdigit() and int(x.code[:2]) <= 13}
        for c in cands:
            if id(c) not in dropped or c.pattern.code != "010" or c.nominal:
                continue
            cl = _ccomp(c.trigger) or _xcomp(c.trigger)
            inner = {x.i for x in cl.subtree} & trigger_idx if cl is not None else set()
            # (the content's own verb is the act that failed; a noun in it that failed, "said the talks were
            # useful", is talk about an event, and no saying comes back)
            # (an act announced, "would / will ...": a report of a thing done, "said X had sought refuge", stays as
            # dropped)
            announced = cl is not None and any(x.dep_ == "aux" and x.lower_ in _ANNOUNCING for x in cl.children)
            if inner and inner <= lost and cl.i in verbs and announced:
                ev = self.build(c, sent, n_off, trigger_idx - lost)
                if ev is not None:
                    out.append(ev)
        return out

    def conjuncts(self, built, c: Candidate) -> list:
        """"Britain and France imposed sanctions on Iran and Syria": one event per dyad of coded
        conjuncts (CAMEO codes each dyad), copied from the first event with the actors swapped in."""
        ev, ti, conf, cand = built
        # one event for a pair that acts together ("X and Y met": X -> Y), but only when the target found is the
        # subject's own partner: "X and Y agreed to sanction *Z*" is X -> Z and Y -> Z
        reciprocal = any(x in c.pattern.target for x in ("conj2", "between2")) and _partners(c.source_tok, c.target_tok)

        def expand(role: str, tok: Token | None) -> list[Actor | None]:
            base = getattr(ev, role)
            out = [base]
            # "the two sides signed ...": the parties the actor extractor found for the phrase
            mem = self._pair(tok)
            mem = mem if base is not None and mem and (base.start, base.end, base.country) == (
                mem[0].start, mem[0].end, mem[0].country) else []
            if tok is None or base is None or (role == "source" and reciprocal):
                return out
            if role == "target" and c.pattern.family and "between" in _cases(tok):
                # "offered to mediate *between Ethiopia and Egypt*": the go-between of a promised or offered act
                # serves the pair, one event (a pattern of content only: round ag76)
                return out
            sides = self.actors.coded_sides(tok)  # "*French* and German troops", "*British*, *French* and German ..."
            split = co_subjects(tok)[:3] if role == "source" else []  # "France, Germany and Italy urged ..."
            for x in argument_conjuncts(tok)[:3] + sides + split:  # (adjective_sides.py; conjuncts.py)
                a = self.actors.get(x, fallback=False)
                if is_coded(a) and all(b is None or (a.start, a.end) != (b.start, b.end) for b in out) \
                        and not (base.start <= a.start and a.end <= base.end) \
                        and not (_alias(x) and (a.country, a.sector) == (base.country, base.sector)):
                    # (not a second title of one person, nor its other name: "the Baloch Liberation Army, or BLA,")
                    out.append(a)
            out += [a for a in mem[1:3] if (a.country, a.sector) != (base.country, base.sector)]
            return out

        sources, targets = expand("source", c.source_tok), expand("target", c.target_tok)
        out = []
        for i, a in enumerate(sources):
            for j, b in enumerate(targets):
                if i == 0 and j == 0:
                    continue
                if a is not None and b is not None and (a.start, a.end) == (b.start, b.end):
                    continue
                out.append((ev.model_copy(update={"source": a, "target": b}), ti, conf, cand))
        return out[:8]

    def _pair(self, t: Token | None) -> list[Actor]:
        """The parties of a phrase the actor extractor read as a pair ("the two sides", "the leaders of Japan
        and Indonesia", "their" after "X and Y"): [] for any other phrase."""
        return self.members_fn(self.ctx, t) if self.members_fn is not None and t is not None else []

    def _pair_subject(self, s: Token) -> bool:
        """A subject that names two parties without a conjunction ("*the two sides* met")."""
        return len(self._pair(s)) >= 2

    def pair_partner(self, c: Candidate, src: Actor | None) -> Actor | None:
        """The target of a reciprocal act whose source is such a pair ("the two sides signed an accord",
        "after *their* meeting", "each side accused the other"): the second party; None otherwise."""
        other = c.target_tok is not None and c.target_tok.lower_ in ("other", "another", "each", "one") and any(
            t.lower_ in ("other", "another") for t in c.target_tok.subtree)  # "accused each other", "the other"
        if src is None or not (other or any(x in c.pattern.target for x in ("conj2", "between2"))):
            return None
        mem = self._pair(c.source_tok)
        return mem[1] if len(mem) == 2 and (mem[0].start, mem[0].country) == (src.start, src.country) else None

    def dedupe(self, events):
        """One event per (code root, source, target) in a sentence (``sentence_dedupe.py``)."""
        return dedupe_events(events)

    @staticmethod
    def maybe_content(t: Token) -> bool:
        """A verb another pattern took as its content, matched on its own too (kept aside: it is coded
        only when the pattern that took it gives no event)."""
        return t.pos_ == "VERB"

    def _maybe_triggers(self) -> list[bool]:
        """For every token of the doc: could its lemma or form be a trigger of the lexicon? Only those
        tokens are tried against the patterns (``patterns_for`` finds nothing for the others)."""
        got = self._cache.get("maybe")
        if got is None:
            # each token: its lower-case form or its lemma_of among the trigger words, one set look-up each on the
            # shared word columns (the lemmas read once per article for every scan of the coder: token_index.py)
            has = _trigger_words(self.lex, self.forms).__contains__
            got = list(map(or_, map(has, word_columns(self.doc).lower), map(has, lemma_words(self.doc))))
            self._cache["maybe"] = got
        return got

    def _depths(self) -> list[int]:
        """The depth of every token of the doc in its tree (0 for a root, at most 50), from the head
        column: all tokens climb towards their roots together, one step per round (numpy)."""
        got = self._cache.get("depths")
        if got is None:
            heads = numpy.asarray(doc_heads(self.doc), dtype="int64")
            # every token climbs one step per round, all at once; one that has reached its root stops
            # there (a token whose climb needs more than 50 steps gets 50, as _depth() does)
            at = numpy.arange(len(heads), dtype="int64")
            depth = numpy.zeros(len(heads), dtype="int64")
            for _ in range(50):
                up = heads[at]
                moved = up != at
                if not moved.any():
                    break
                depth += moved
                at = up
            got = depth.tolist()
            self._cache["depths"] = got
        return got

    def run(self) -> tuple[list[Event], list[int]]:
        per: list[tuple[Span, list[tuple[Event, int]]]] = []
        for sent in self.doc.sents:
            try:
                coded = self.code_sentence(sent)
            except Exception:  # one odd sentence must not cost the article its other events
                log.exception("event coder failed on a sentence of article %s", self.ctx.article.id)
                self.errors += 1
                coded = []
            per.append((sent, coded))
        try:  # an arrest told in a participle on its patient; a death told after the act that caused it
            arrests_in_modifiers(self, per)
            arrests_by_their_reporter(self, per)
            more = deaths_after_force(self, per)
        except Exception:
            log.exception("event coder failed on the deaths of article %s", self.ctx.article.id)
            self.errors += 1
            more = [[] for _ in per]
        # a plain statement in a paragraph after the lead is a voice in the story, not an event (later_sayings.py)
        per = later_plain_sayings(self.doc, per)
        evs: list[Event] = []
        idx: list[int] = []
        for (_sent, coded), extra in zip(per, more):
            for ev, i in coded + extra:
                evs.append(ev)
                idx.append(i)
        return evs, idx


_TRIGGER_WORDS: dict[int, tuple[object, object, frozenset[str]]] = {}


def _trigger_words(lex, forms) -> frozenset[str]:
    """Every word a pattern is looked up by: the lexicon's lemmas and the inflected forms it knows."""
    got = _TRIGGER_WORDS.get(id(lex))
    if got is None or got[0] is not lex or got[1] is not forms:
        words = frozenset(w for _k, w in lex.by_lemma) | frozenset(w for _k, w in forms)
        got = _TRIGGER_WORDS[id(lex)] = (lex, forms, words)
    return got[2]


# ---------------------------------------------------------------------------------------------


def has_parser(doc) -> bool:
    return doc.has_annotation("DEP")


_REQUIRES = ("actors",) if _has_module("lapwing.extract.actors") else ()


@extractor("events", requires=_REQUIRES, description="CAMEO/PLOVER events from the dependency parse")
def extract_events(ctx: Context) -> None:
    """Fill record.events and ctx.data['event_tokens'] (trigger token index per event)."""
    if not has_parser(ctx.doc):
        ctx.data["event_tokens"] = []
        if "events: the NLP pipeline has no parser; no events coded" not in ctx.record.warnings:
            ctx.record.warnings.append("events: the NLP pipeline has no parser; no events coded")
        return
    try:
        coder = Coder(ctx)
        events, idx = coder.run()
    finally:
        thaw_parse()  # (the syntax helpers' answers for the coder's document are dropped with it)
    ctx.record.events.extend(events)
    ctx.data["event_tokens"] = idx
    if coder.trace is not None:  # config event_trace: why each candidate was dropped
        ctx.data["event_trace"] = coder.trace
    if coder.errors:
        ctx.record.warnings.append(f"events: {coder.errors} sentence(s) could not be coded (internal error, logged)")


def code_text(text: str, nlp=None, config: dict[str, Any] | None = None):
    """Convenience for tests and notebooks: the ArticleRecord of ``text`` (all default extractors)."""
    from lapwing.pipeline import Pipeline
    from lapwing.schema import Article

    if nlp is None:
        pipe = Pipeline.create(config=config or {})
    else:
        from lapwing.pipeline import DEFAULT_EXTRACTORS, _available
        from lapwing.extract.registry import resolve_order

        pipe = Pipeline(nlp, resolve_order(_available(DEFAULT_EXTRACTORS)), dict(config or {}))
    return pipe.analyse(Article(id="t", text=text))
