"""Pattern matching: the lexicon's candidate patterns for a token, their frame conditions, their argument specs
(subj, obj, prep:X, xsubj...) and light verbs (``light_verbs.py``; content bags: ``content.py``). ``FramesMixin.match(token)`` returns
the first :class:`Candidate` whose frame holds.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import sentence_of
from lapwing.extract.events.content import VOWING_VERBS, ContentMixin, _bare_gerund, purpose_infinitives
from lapwing.extract.events.clauses import free_naming
from lapwing.extract.events.after_phrase import after_phrase, needs_own_doer, on_predicate, predicate_subject, takes_clause_subject
from lapwing.extract.events.argspecs import ArgSpecsMixin
from lapwing.extract.events.kinds import KindsMixin
from lapwing.extract.events.light_verbs import CAUSING_VERBS, JUDGING_LIGHT, MEASURE_NOUNS, LightVerbMixin  # noqa: F401
from lapwing.extract.events.frame_parts import (  # noqa: F401  (re-exported: read from here by other modules)
    Candidate, _aux_forms, _below, _conj_children, _conj_lemma_keys, _lemma_keys, _lemma_view, _mandative,
    _split_conds)
from lapwing.extract.events.lexicon_loader import Cond, Pattern
from lapwing.extract.events.status_words import NT_FORMS, future_negation
from lapwing.extract.events.participants import _many, collective_content, is_coded
from lapwing.extract.events.syntax import (
    PASS_SUBJ, PERSONISH, SUBJ, _cases, _ccomp, _is_month, _is_passive, _is_temporal, _obj_token, _particles,
    _subj_token, _words, _xcomp, lemma_of, verb_bases,
)
from lapwing.extract.events.syntax_args import _conj, _name_conj, _side_conj, _prep, _prep_args
from lapwing.extract.events.phrases import _loose_preps, _modifiers, amount_owner, measure_content
from lapwing.extract.events.under_attack import joined_antecedent
from lapwing.extract.events.verb_classes import _COMPOUND_PEOPLE, CARRY_ON_VERBS, HAPPEN_VERBS, LIGHT_VERBS
from lapwing.extract.events.parse_memo import children_of


#: content classes of force: what one promises not to do with them is restraint, not a refusal
_FORCE_CLASSES = {"violence", "occupy", "blockade", "repress", "wmd", "sanctions", "break_relations"}


def _collective_of(src: Token) -> list[Token]:
    """A collective head's of-complement as a frame's source words: "*rows of* soldiers", "*a cordon of* police"."""
    x = collective_content(src)
    return [x] if x is not None else []


#: the labels of a noun's slot: a word the parser calls a noun there is read as one whatever its tag ("triggered
#: *clashes* between protesters and police" with "clashes" tagged VBZ)
_NOUN_SLOTS = frozenset({"obj", "dobj", "nsubj", "nsubj:pass", "obl", "nmod", "iobj"})


class FramesMixin(ArgSpecsMixin, KindsMixin, ContentMixin, LightVerbMixin):
    """Coder methods that find triggers and check their frames."""

    # -- lexicon lookup --------------------------------------------------------------------
    def patterns_for(self, t: Token) -> list[tuple[str, Pattern]]:
        pos = t.pos_
        tag = t.tag_
        kinds = []
        if pos == "VERB" or tag.startswith("VB") and not (pos == "NOUN" and t.dep_ in _NOUN_SLOTS):
            kinds.append("V")  # (not "sparked *clashes* between ...": a noun, tagged VBZ, in a noun's slot)
        if pos in ("NOUN", "PROPN") or tag in ("NN", "NNS"):
            kinds.append("N")
        if pos == "ADJ" or tag in ("JJ", "VBN"):
            kinds.append("A")
        if pos == "ADJ" and tag in ("VBN", "VBD"):
            kinds.append("V")
        out = []
        for k in kinds:
            lems = []
            for w in (lemma_of(t), t.lower_):
                if (k, w) in self.lex.by_lemma:
                    lems.append(w)
                idx = self.forms.get((k, w))
                if idx:
                    lems.append(idx)
            seen = set()
            for lem in lems:
                if lem in seen:
                    continue
                seen.add(lem)
                for p in self.lex.by_lemma.get((k, lem), ()):
                    out.append((k, p))
        return out

    def frames_for(self, t: Token) -> tuple[tuple[str, Pattern, tuple[Cond, ...], tuple[Cond, ...]], ...]:
        """``(kind, pattern, conditions without the source, conditions on the source)`` for each of
        ``patterns_for(t)``, in its order (``_split_conds``)."""
        return tuple((k, p, *_split_conds(p)) for k, p in self.patterns_for(t))

    # -- frame conditions --------------------------------------------------------------------
    def _once(self, fn, t: Token):  # fn(t), a function of the parse alone: once per token of the (fixed) doc
        if t.doc is not self.doc:
            return fn(t)
        got = self._parse_memo.get((fn, t.i), self)  # (self: not asked yet)
        return got if got is not self else self._parse_memo.setdefault((fn, t.i), fn(t))

    def _lemma_in(self, t: Token | None, values: frozenset[str]) -> bool:
        if t is None:
            return False
        if not values:
            return True
        # its words; a modifier's "modifier_head" ("martial law" -> "law" matches, "human shield" -> compound +
        # head); a noun compound's words ("mediation efforts", "aid deliveries"; not "*aid* workers were
        # released", "*food* officials"); the measured thing ("sent 20 tonnes of food", "handed over $4 million
        # worth of equipment"): one set of them per token (``_lemma_keys``)
        return not self._once(_lemma_keys, t).isdisjoint(values)

    def _objactor(self, t: Token | None) -> bool:
        if t is None:
            return False
        if t.pos_ in ("PROPN",) or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        if _words(t) & PERSONISH:
            return True
        return is_coded(self.actors._raw(t))  # the phrase itself, not a mention nested in it

    def _hold(self, conds: tuple[Cond, ...], t: Token, kind: str, src: Token | None) -> bool:
        """``all(self.check(c, t, kind, src) for c in conds)``, with no generator (speed: ``match`` asks it of
        each of a token's patterns)."""
        check = self._check
        for c in conds:
            if c.negated:
                if check(c, t, kind, src):
                    return False
            elif not check(c, t, kind, src):
                return False
        return True

    def check(self, c: Cond, t: Token, kind: str, src: Token | None) -> bool:
        ok = self._check(c, t, kind, src)
        return (not ok) if c.negated else ok

    def _check(self, c: Cond, t: Token, kind: str, src: Token | None) -> bool:
        k = c.kind
        if k == "or":
            return any(self.check(a, t, kind, src) for a in c.alts)
        if k == "obj":  # the object or, for a condition that must hold, a conjunct of it
            o = _obj_token(t)  # ("fired live ammunition and *tear gas*")
            if o is not None and not c.negated and c.values:  # (the object's and its conjuncts' words at once)
                # "stoned *a line of* police", "fired on *a column of* troops": a collective head's of-complement
                # is what the act is done to (round 52)
                return not self._once(_conj_lemma_keys, o).isdisjoint(c.values) or any(
                    self._lemma_in(x, c.values) for x in _collective_of(o))
            return o is not None and (self._lemma_in(o, c.values) or (not c.negated and bool(c.values) and any(
                self._lemma_in(x, c.values) for x in self._once(_conj_children, o))))
        if k == "objdet":  # an object with a determiner or a possessor ("takes *the* issue" is no "takes issue")
            o = _obj_token(t)
            return o is not None and any(x.dep_ in ("det", "nmod:poss") for x in children_of(o))
        if k == "objactor":
            return self._objactor(_obj_token(t))
        if k == "objplace":
            return self._place_like(_obj_token(t))
        if k == "objperson":
            return self._person_like(_obj_token(t))
        if k == "iobj":
            return any(x.dep_ == "iobj" for x in children_of(t))
        if k == "prep":
            for cs, h in _prep_args(t):
                if cs & c.preps and (not c.values or self._lemma_in(h, c.values)):
                    return True
            return bool(c.values) and t.pos_ == "VERB" and any(self._lemma_in(h, c.values) for h in _loose_preps(t, c.preps))
        if k == "objprep":
            o = _obj_token(t)  # (and the measured thing's phrase: "launched *dozens of drones* at Kyiv")
            for x in ((o, *measure_content(o)) if o is not None else ()):
                for cs, h in _prep_args(x):
                    if cs & c.preps and (not c.values or self._lemma_in(h, c.values)):
                        return True
            return False
        if k == "prt":
            ps = _particles(t)
            return bool(ps) and (not c.values or bool(ps & c.values))
        if k == "xcomp":
            x = _xcomp(t)
            return x is not None and self._lemma_in(x, c.values)
        if k == "xpart":  # an order's small clause, a bare participle the parser hung on the object ("ordered the
            # activist *detained*", ``clauses.to_clause_on_object``), not a to-clause [whose verb is in the set]
            x = _xcomp(t)
            return x is not None and x.dep_ == "acl" and x.tag_ in ("VBN", "VBD") and not any(
                g.dep_ == "mark" for g in children_of(x)) and (not c.values or self._lemma_in(x, c.values))
        if k == "xobj":  # the to-clause's object [whose head is in the set]: "declined to give *details*"
            x = _xcomp(t)
            o = _obj_token(x) if x is not None else None
            return o is not None and (not c.values or self._lemma_in(o, c.values))
        if k == "ccomp":  # [whose head, or the preposition of a predicate noun, is in the set]
            x = _ccomp(t)
            # ("blame" only as the predicate "*was to blame* for": "said Y blamed Z" is Y's blame, not the sayer's; sc61)
            return x is not None and (not c.values or (self._lemma_in(x, c.values) and (x.lemma_.lower() != "blame" or any(
                y.dep_ == "cop" for y in children_of(x)))) or any(y.dep_ == "case" and y.lower_ in c.values for y in children_of(x)))
        if k == "advcl":  # [whose verb is in the set]
            return any(x.dep_ == "advcl" and x.pos_ in ("VERB", "AUX") and x.i > t.i and (
                not c.values or self._lemma_in(x, c.values) or verb_bases(x) & c.values) for x in children_of(t))
        if k == "fromclause":  # a from-gerund of prevention [whose verb is in the set]: "stopped students *from
            # marching*", on the trigger or hung by the parser on its object ("prevented [supporters from marching]")
            o = _obj_token(t)
            return any(x.dep_ in ("advcl", "acl") and x.tag_ == "VBG" and x.i > t.i and any(
                m.dep_ == "mark" and m.lower_ == "from" for m in children_of(x)) and (
                not c.values or self._lemma_in(x, c.values)) for h in (t, o) if h is not None for x in children_of(h))
        if k == "ccompmand":  # a that-clause in the mandative subjunctive ("insisted that Russia *pay*")
            x = _ccomp(t)
            return x is not None and _mandative(x)
        if k == "ccompaux":
            x = _ccomp(t)
            return x is not None and any(w in c.values for w in self._once(_aux_forms, x))
        if k == "ccomptag":  # the clause's verb in a present tense with no auxiliary: "claim they *protect* herders"
            x = _ccomp(t)
            return x is not None and x.tag_.lower() in c.values and not self._once(_aux_forms, x)
        if k == "pass":
            return _is_passive(t)
        if k == "participle":  # (rh70) a present participle hung on a verb before it: "voted to impeach X, *suspending*
            # him from office" tells the consequence of that verb's act, not an act of its own
            return t.tag_ == "VBG" and t.dep_ == "advcl" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX")
        if k == "src":  # the source or, for a condition that must hold, a conjunct of it ("U.S. and Iraqi *troops*")
            # "Large numbers *of police*", "dozens *of soldiers*": a count's content is the source (and only
            # it: "thousands *of runners*" are no crowd of protesters)
            return src is not None and any(self._lemma_in(h, c.values) or (not c.negated and any(
                x.dep_ == "conj" and self._lemma_in(x, c.values) for x in children_of(h)))
                for h in (measure_content(src) or _collective_of(src) or [src])) or (not c.negated and self._sector_word(src, c.values)) or (
                not c.negated and src is not None and src.like_num and not measure_content(src) and "people" in c.values
                and _many(src.text))  # "More than 200,000 *marched* ...": a bare count of people
        if k == "objmod":
            o = _obj_token(t)
            return o is not None and any(self._lemma_in(m, c.values) for m in self._once(_modifiers, o))
        if k == "mod":
            return any(self._lemma_in(m, c.values) for m in self._once(_modifiers, t))
        if k == "conj":
            s = _subj_token(t)
            return s is not None and (_side_conj(s) is not None or _name_conj(s) is not None or self._pair_subject(s)
                                      or self.actors.coded_side(s) is not None)  # "X and Y negotiators met"
        if k == "subj":  # the trigger's own subject, when it is no actor ("a car *bomb* exploded")
            s = _subj_token(t) if kind != "N" else None
            s = (joined_antecedent(s) or s) if c.values and s is not None else s  # (round 35: "when *it* came")
            return s is not None and (self._lemma_in(s, c.values) if c.values else True)
        if k == "child":  # a bare noun of the set among the trigger's own dependents ("made X *a condition* for Y";
            # not one in a phrase: "made progress *under* difficult conditions")
            if any(x.dep_ != "punct" and self._lemma_in(x, c.values) and not any(a.dep_ == "case" for a in children_of(x))
                   for x in children_of(t)):
                return True
            # "took two aid workers *captive*": the small clause's word read as the object's modifier (rf67)
            o = _obj_token(t) if kind == "V" else None
            return o is not None and any(x.dep_ in ("acl", "amod") and x.i == o.i + 1 and self._lemma_in(x, c.values)
                                         and x.pos_ in ("ADJ", "VERB", "NOUN") for x in children_of(o))
        if k == "sub":
            if any(self._lemma_in(x, c.values) for x in self._once(_below, t)):
                return True
            lv = self._light_verb(t) if kind == "N" else None
            if lv is None or lv[1] != "light":
                return False
            # "announced the deployment of 230 troops to Liberia *on a peacekeeping mission*": the
            # phrases of the verb that carries a nominal event describe that event too
            return any(self._lemma_in(x, c.values) for ch in lv[0].children
                       if ch.i != t.i and ch.dep_ not in SUBJ and ch.dep_ not in PASS_SUBJ for x in ch.subtree)
        if k == "xsubjnoun":
            x = _ccomp(t) or _xcomp(t)
            xs = next((g for g in children_of(x) if g.dep_ in SUBJ or g.dep_ in PASS_SUBJ), None) if x is not None else None
            return xs is not None and xs.pos_ in ("NOUN", "PROPN")
        if k == "xsubjpron":
            x = _ccomp(t) or _xcomp(t)
            if x is None:
                return False
            xs = next((g for g in children_of(x) if g.dep_ in SUBJ or g.dep_ in PASS_SUBJ), None)
            return xs is not None and (xs.pos_ == "PRON" or (src is not None and lemma_of(xs) == lemma_of(src)))
        if k == "xagentless":  # (round sb78) a passive content clause with no by-agent: "warned residents that a curfew
            # *would be imposed*", the doer left to be the one who warns
            x = _ccomp(t) or _xcomp(t)
            return x is not None and _is_passive(x) and not any(
                g.dep_ == "obl:agent" or (g.dep_.startswith("obl") and _cases(g) == {"by"}) for g in children_of(x))
        if k == "srcstate":
            return self._state_actor(src)
        if k == "srcbody":  # members of one multinational body ("EU leaders met", round rc66)
            return self._body_members(src)
        if k == "srccrowd":  # (``srccrowd=many``: a group word must be counted)
            return self._crowd_source(src, strict="many" in c.values)
        if k == "cop":
            return any(x.dep_ == "cop" for x in children_of(t))
        if k == "willnot":  # "will not", "would never", "won't" on the trigger: the act refused (vt65)
            return future_negation(t)
        return False

    # -- argument specs: ArgSpecsMixin (argspecs.py) ----------------------------------------------
    def match(self, t: Token) -> Candidate | None:
        if _is_month(t):
            return None  # "in March", "March 3": the month, not a protest march
        modifier = t.dep_ == "amod" or (t.dep_ == "acl" and t.i < t.head.i)
        naming = None  # free_naming(t), read at the first verb frame (the same for every frame of t)
        for kind, p, pre, with_src in self.frames_for(t):
            if modifier and kind in ("V", "A"):
                continue  # "the visiting prince", "a fleeing suspect", "troops loyal to X": a description, not an event
            if kind == "A" and t.dep_ in ("acl:relcl", "relcl"):
                continue  # "militias, which are loyal to Iran, ...": a state told of a noun in passing
            if kind == "V" and (naming if naming is not None else (naming := free_naming(t))):
                continue  # "condemned what it *called* an attack on its embassy": a name, no "call on" (round 48)
            nominal = kind == "N"
            if pre and not self._hold(pre, t, kind, None):
                continue  # a condition that needs no source fails: the source is not worth finding
            src_tok = None
            for spec in p.source or ():
                src_tok = self.arg(spec, t, nominal)
                if src_tok is not None:
                    break
            if src_tok is None and not nominal and p.has("themesrc") and _is_passive(t):
                # "1,500 Egyptian troops were deployed to Somalia": with no agent, a force whose own phrase
                # names its country is the actor ("security forces had been sent", whose sender the
                # text leaves open, is not)
                theme = next((c for c in children_of(t) if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
                own = theme is not None and any(
                    x.ent_type_ in ("NORP", "GPE", "ORG") or x.pos_ == "PROPN" or (x.text[:1].isupper() and x.i != sentence_of(x.doc, x.i)[0])
                    for x in theme.subtree if x.i < theme.i and x.pos_ != "DET")
                a = self.actors.get(theme, fallback=False) if own else None
                src_tok = theme if is_coded(a) else None
            if src_tok is None and not nominal and "subj" in (p.source or ()):
                src_tok = self.lost_subject(t)  # the actor extractor's subject-by-position
            if src_tok is None and not nominal and (p.code or "")[:2] in ("17", "18", "19", "20"):
                src_tok = self._event_noun_agent(t) or self._when_agent(t)  # "were killed in police firing"
            elif src_tok is not None and not nominal and (p.code or "")[:2] in ("17", "18", "19", "20") \
                    and not is_coded(self.actors.get(src_tok, fallback=False)) \
                    and (by := self.by_agent_of(src_tok)) is not None:
                src_tok = by  # "shells *fired by government troops* killed ..."
            elif src_tok is not None and not nominal and (p.code or "")[:2] in ("17", "18", "19", "20") \
                    and not is_coded(self.actors.get(src_tok, fallback=False)) \
                    and not any(k == "N" for k, _q in self.patterns_for(src_tok)):
                # "police bullets killed two students": the weapon's agent is the source (a subject that
                # is a nominal event of its own, "a drone strike killed ...", is coded there)
                src_tok = self.agent_of_event_noun(src_tok) or src_tok
            light = None
            if nominal:
                light = self._light_verb(t) or after_phrase(t, p.code) or on_predicate(t, p.code)
                if light is not None and light[1] == "oncop" and src_tok is None:
                    src_tok = predicate_subject(t)  # "*the minister* is on a visit to Cairo" (after_phrase.py)
                if light is not None and light[1] == "after" and needs_own_doer(p.code) and src_tok is None:
                    light = None  # ("after an attack on the base": a bare mention)
                if light is not None and light[1] == "after" and takes_clause_subject(p.code) and (
                        src_tok is None or ((src_tok.pos_ == "PRON" or src_tok.tag_ == "PRP$")
                                            and self.actors.get(src_tok) is None)):
                    src_tok = _subj_token(light[0])  # "*the envoy* returned after talks with ..." (after_phrase.py)
                if light is not None and light[1] == "light" and (
                        src_tok is None or ((src_tok.pos_ == "PRON" or src_tok.tag_ == "PRP$")
                                            and self.actors.get(src_tok) is None)):
                    src_tok = _subj_token(light[0])  # "X continued *their* hunger strike"
                elif light is not None and light[1] == "light" and src_tok is not None and src_tok.tag_ == "PRP$" \
                        and src_tok.head.i == t.i and (s := _subj_token(light[0])) is not None and s.pos_ != "PRON":
                    src_tok = s  # "Kurdish prisoners kept up *their* hunger strike": the owner is the subject (round 45)
                elif light is not None and light[1] == "in" and src_tok is None and (p.code or "")[:2] in ("18", "19", "20") \
                        and _cases(t) & {"in", "during"}:
                    # the verb tells the outcome of the attack the noun names: its doer is the attack's
                    if not _is_passive(light[0]) and light[2] is not None and light[2].dep_ in ("obj", "dobj"):
                        src_tok = _subj_token(light[0])  # "*militiamen* killed a soldier in an ambush"
                    elif _is_passive(light[0]):  # "were killed in an ambush *by Taliban fighters*"
                        src_tok = next((x for x in light[0].children if x.dep_ == "obl:agent" or (
                            x.dep_.startswith("obl") and "by" in _cases(x) and x.i > t.i)), None)
            if with_src and not self._hold(with_src, t, kind, src_tok):
                continue
            code = p.code
            consumed: set[int] = set()
            cclass = None
            if p.family:
                bag, heads = self.content_bag(p, t, nominal)
                code, cclass = self.content_code(p.family, bag)
                if p.family == "intent" and cclass is None and t.lemma_.lower() in VOWING_VERBS:
                    code = self.vowed_harm(bag) or code  # "vowed to ban the party": a threat (content.py)
                if p.family == "intent" and any(c.dep_ in ("neg", "advmod") and (c.lower_ in ("not", "never") or c.lower_ in NT_FORMS)
                                                for h in heads if t.doc[h].pos_ in ("VERB", "AUX")
                                                for c in t.doc[h].children):
                    # "vowed *not* to return the Golan Heights": a promise not to yield is a refusal; a
                    # promise not to use force ("pledged not to attack") is restraint, and one not to do
                    # something of no content class is left uncoded
                    code = None if cclass is None or cclass in _FORCE_CLASSES else self.content_code("reject", bag)[0]
                    if code is None:
                        for h in heads:
                            consumed.add(h)
                        continue
                if code is None:
                    continue
                consumed |= heads
                # the object of a content verb is part of the content ("prepared to resume *shelling*",
                # "agreed to hold *talks*"): not an event of its own
                for h in heads:
                    if t.doc[h].pos_ in ("VERB", "AUX") and (o := _obj_token(t.doc[h])) is not None:
                        consumed.add(o.i)
                    consumed.update(x.i for x in t.doc[h].children if (x.dep_ == "xcomp" and x.pos_ == "VERB") or _bare_gerund(x))
                    consumed |= purpose_infinitives(t.doc[h])  # "asked X to extradite her *to stand trial*"
            elif p.content:  # "considering sending aid": the considered action is not coded on its own
                heads = self.content_bag(p, t, nominal)[1]
                consumed |= heads
                # nor is the object of its verb (round sb78): "threatened to impose *a curfew*" is the threat, not
                # also a curfew imposed
                consumed.update(o.i for h in heads if t.doc[h].pos_ in ("VERB", "AUX")
                                and (o := _obj_token(t.doc[h])) is not None)
            # a verb whose object is itself a nominal trigger ("imposed sanctions", "signed a deal")
            for c in p.conds:  # (and a to-clause's object: "agreed to extend *sanctions*", ``xobj``)
                if c.kind in ("obj", "xobj") and not c.negated and c.values:
                    x = t if c.kind == "obj" else _xcomp(t)
                    if x is not None and (o := _obj_token(x)) is not None:
                        consumed.add(o.i)
            # target: the first spec whose token is an actor; else the first token found
            tgt_tok = first = None
            for spec in p.target or ():
                x = self.arg(spec, t, nominal)
                if x is not None and spec == "subj":
                    x = joined_antecedent(x) or x  # "the base fell after *it* came under attack" (round 37)
                elif x is not None and spec in ("obj", "xobj"):
                    x = amount_owner(x) or x  # "to write off [$1.8 billion of *Senegal's* debt]" (round sc78)
                if x is None or (src_tok is not None and x.i == src_tok.i) or _is_temporal(x):
                    continue
                if spec == "conj2" and first is not None and self._party_thing(first):
                    break  # "X and Y agreed to lift tariffs on *American* products": the thing's owner, not the partner
                if first is None:
                    first = x
                if self.actors.get(x) is not None:
                    tgt_tok = x
                    break
            tgt_tok = tgt_tok or first
            if tgt_tok is not None and p.target and not is_coded(self.actors.get(tgt_tok, fallback=False)):
                # "tweeted in *support* of Azerbaijan": the one backed is the relation noun's complement
                tgt_tok = self._war_purpose_target(t, code, src_tok) or self._nested_target(t, src_tok) \
                    or self._object_complement_target(t, src_tok, code) \
                    or self._site_target(tgt_tok, code) or tgt_tok  # ("fired rockets at *Israeli* towns")
            if tgt_tok is None and p.target and code:
                tgt_tok = self._prep_target(t, code, src_tok)
            elif tgt_tok is None and code and not nominal:
                tgt_tok = self._object_complement_target(t, src_tok, code)  # "rejected accusations *by the US*"
            anchor = t
            is_light = False
            if nominal and light is not None:
                anchor = light[0]
                is_light = light[1] in ("light", "oncop")  # ("oncop": anchored on the noun, no bare mention)
                under = light[1] == "under" and (p.code or "")[:2] not in ("18", "19", "20")  # (force: the verb's rows)
                if (light[1] in ("happen", "in") or under) and light[2] is not None and (tgt_tok is None or (
                        light[1] == "in" and (p.code or "")[:2] in ("18", "19", "20")
                        and not is_coded(self.actors.get(tgt_tok, fallback=False))
                        and is_coded(self.actors.get(light[2], fallback=False)))):
                    # "killed four soldiers in an attack on a *checkpoint*": the victims are the target
                    tgt_tok = light[2]
                if tgt_tok is None and is_light:
                    # "held talks in Moscow *with Putin*": the phrase hangs on the light verb
                    for spec in p.target or ():
                        if spec.startswith("prep:"):
                            x = _prep(light[0], {spec[5:]})
                            if x is None and free_naming(t.head):  # ("launched what they called a crackdown [on
                                x = _prep(t.head, {spec[5:]})  # gangs]": the phrase hung on the naming verb)
                            if x is not None and (src_tok is None or x.i != src_tok.i) and not _is_temporal(x) \
                                    and is_coded(self.actors.get(x, fallback=False)):
                                tgt_tok = x
                                break
                if tgt_tok is None and is_light and src_tok is not None and "conj1" in (p.source or ()) \
                        and _conj(src_tok) is not None:
                    tgt_tok = _conj(src_tok)  # "Iran and the US held a new round of talks": each other
                elif tgt_tok is None and is_light and src_tok is not None and "conj1" in (p.source or ()) \
                        and (side := self.actors.coded_side(src_tok)) is not None:
                    # (round sd77) "*Indian* and Japanese troops held joint exercises": the first nationality word
                    # one side (adjective_sides.py), the head's mention the other, as ``conj1`` / ``conj2`` on a verb
                    src_tok, tgt_tok = side, src_tok
            if src_tok is not None and tgt_tok is not None and "conj2" in (p.target or ()) \
                    and (code or "")[:2] not in ("18", "19", "20") \
                    and (side := self.actors.coded_side(src_tok)) is not None and side.i == tgt_tok.i:
                # (round pr80) "*Indian* and Chinese commanders met": the sides in the order written, the first
                # nationality word the source as the first of two names is (adjective_sides.py); not a clash of
                # force ("X and Y guards exchanged fire"), coded both ways, whose source a "killing ..." clause after
                # it inherits
                src_tok, tgt_tok = side, src_tok
            return Candidate(p, t, anchor, code, src_tok, tgt_tok, nominal, consumed, cclass, is_light)
        return None
