"""Content classes of code families: the words a family pattern ("agreed to ...", "called on X to
...", "threatened ...") collects from its content (``content_bag``), and the code of the first
content class those words name (``content_code``, ``lexicons/event_patterns.content.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import FAMILY_DEFAULT, Pattern
from lapwing.extract.events.syntax import _cases, _ccomp, _obj_token, _particles, _words, _xcomp, lemma_of, verb_bases
from lapwing.extract.events.syntax_args import _prep, _prep_args
from lapwing.extract.events.phrases import _modifiers, measure_content
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.verb_classes import LIGHT_VERBS

#: prepositions of a place phrase on a content verb: where the act is to happen, not what it is about
_PLACE_CASES = frozenset({"outside", "near", "around", "inside", "at", "across", "along", "opposite"})
#: verbs of gathering, whose place phrase says where the crowd is to be
_GATHER_VERBS = frozenset({"gather", "assemble", "rally", "march", "converge", "congregate", "mass", "flock",
                           "protest", "demonstrate", "camp"})


#: content classes of a warning's own words ("would bear the consequences", "would take measures"): threats when
#: warned, not when merely said or vowed (rounds rf67, lf70)
WORDS_ONLY_THREATS = frozenset({"threat_words_rf67", "warned_measures_lf70"})
#: words of a sum of money, which name no kind of aid (round sc80): tried after every other word of a content
MONEY_WORDS = frozenset({"$", "€", "£", "dollar", "euro", "pound", "yen", "yuan", "rupee", "million", "billion", "money"})
#: verbs of a vow, whose content may be a harm held over someone (a threat) as well as a friendly intent
VOWING_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


def _bare_gerund(c: Token) -> bool:
    """A gerund right after its verb, read as an adverbial clause: "resume *attacking* the convoys",
    "keep *firing*" (the model's parse of an aspectual verb's complement)."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == c.head.i + 1 and not any(
        x.dep_ == "mark" for x in children_of(c))


def second_party_clause(c: Token) -> bool:
    """``c`` is a to-clause joined to a content clause with a subject of its own, a second party asked, urged or
    told to act: "urged Israel to halt the strikes and *Hamas to free* the hostages" (the parse that repair 297
    gives: the party the subject of the second verb, that verb a conjunct of the first)."""
    return c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == "VB" and c.i > c.head.i and any(
        k.dep_ == "mark" and k.lower_ == "to" for k in children_of(c)) and any(
        k.dep_ == "nsubj" and k.i < c.i and k.pos_ in ("PROPN", "NOUN") for k in children_of(c))


def _ing_stems(w: str) -> list[str]:
    """The verb a gerund noun comes from, in its possible spellings ("shelling" -> shell, "bombing" ->
    bomb, "shooting" -> shoot, "raiding" -> raid / raide, "jamming" -> jamm / jam)."""
    stem = w[:-3]
    out = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        out.append(stem[:-1])
    return out



#: the content classes of the list asked about last, by key word: (that list, its length, {word: its classes, in the
#: list's order})
_BY_KEY: list = [None, 0, {}]


def _classes_by_key(classes: list) -> dict[str, list]:
    """``{w: [cc for cc in classes if w in cc.keys]}`` (speed: ``content_code`` asks for a word's classes, in the
    list's order, instead of testing every class); built once per content list."""
    if _BY_KEY[0] is not classes or _BY_KEY[1] != len(classes):
        index: dict[str, list] = {}
        for cc in classes:
            for w in cc.keys:
                index.setdefault(w, []).append(cc)
        _BY_KEY[:] = [classes, len(classes), index]
    return _BY_KEY[2]


#: modifiers that make a strike an armed attack ("air strikes", "missile strikes", "retaliatory strikes")
_ARMED_STRIKE_MODS = frozenset({"air", "aerial", "missile", "drone", "rocket", "artillery", "military", "naval",
                                "airstrike", "precision", "retaliatory", "pre-emptive", "preemptive", "punitive",
                                "nuclear", "surgical", "cross-border", "bombing"})
#: nouns of what an armed strike hits ("strikes on rebel *positions*", "strikes against militant *targets*")
_STRIKE_SITES = frozenset({"target", "position", "base", "village", "town", "city", "camp", "facility", "site",
                           "infrastructure", "hospital", "school", "port", "airport", "neighbourhood", "neighborhood",
                           "district", "area", "civilian", "territory", "depot", "plant", "grid", "stronghold",
                           "hideout", "militant", "rebel", "fighter", "region", "border", "strip"})
#: doers of an armed strike: a state named for its place, or an armed force
_ARMED_DOERS = frozenset({"army", "military", "force", "troop", "navy", "coalition", "militia", "regime",
                          "junta", "jet", "warplane", "aircraft"})


def _strike_doer(o: Token) -> Token | None:
    """Who is to stop (or keep up) the strike ``o``, the object of a content verb: the verb's subject, else the one
    asked (the object of "urged X to ..."), else the asker."""
    v = o.head
    s = next((c for c in children_of(v) if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if s is None and v.dep_ == "xcomp":
        h = v.head
        s = next((c for c in children_of(h) if c.dep_ in ("obj", "iobj", "dobj")), None) or next(
            (c for c in children_of(h) if c.dep_ == "nsubj"), None)
    return s


def military_strike(o: Token) -> bool:
    """``o`` is a strike that is an armed attack, not a labour strike: "halt its *strikes* on Gaza", "end the air
    *strikes*", "Russia agreed to halt *strikes* on power plants" (round sc80). Its mark is a modifier of arms (air,
    missile, drone), a phrase naming what it hits (on / against a place or a site noun, not a date), or a doer
    that is a state named for its place or an armed force; a union's, workers' or teachers' strike has none."""
    if lemma_of(o) not in ("strike", "airstrike", "air-strike"):
        return False
    if lemma_of(o) != "strike" or any(lemma_of(m) in _ARMED_STRIKE_MODS for m in _modifiers(o)):
        return True
    for c in children_of(o):
        # (a place named, even one the model tags no entity: "strikes on Rafah"; not a date, a firm or a person)
        named = c.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or (
            c.text[:1].isupper() and not c.is_sent_start and c.ent_type_ not in ("DATE", "TIME", "ORG", "PERSON"))
        if c.dep_.startswith("nmod") and c.dep_ != "nmod:poss" and _cases(c) & {"on", "against"} \
                and c.ent_type_ not in ("DATE", "TIME") and (named or lemma_of(c) in _STRIKE_SITES):
            return True
    d = _strike_doer(o)
    return d is not None and (d.ent_type_ in ("GPE", "LOC") or lemma_of(d) in _ARMED_DOERS)


class ContentMixin:
    """Needs ``self.lex`` (the loaded :class:`Lexicon`)."""

    # -- content classes ----------------------------------------------------------------------
    def _bag_np(self, t: Token, bag: list[str], depth: int = 0) -> None:
        lem = lemma_of(t)
        if t.pos_ in ("VERB", "AUX"):
            o = _obj_token(t)
            # (and the thing an amount measures: "cancel [$2 billion of *debt*]" -> cancel_debt; round sc78)
            objs = [o, *measure_content(o)] if o is not None else []
            if o is not None and military_strike(o):  # "halt its strikes on Gaza": an attack, not a walkout
                bag.extend(f"{b}_attack" for b in sorted(verb_bases(t)))
            if o is not None:  # verb + object first: "halt_fighting", "remove_sanction"
                bag.extend(f"{b}_{w}" for x in objs for b in sorted(verb_bases(t)) for w in sorted(_words(x)))
                # and verb + the noun compound on the object: "end *emergency* rule" -> end_emergency (round sb78)
                bag.extend(f"{b}_{lemma_of(c)}" for c in children_of(o) if c.dep_ == "compound" and c.i < o.i
                           and c.pos_ == "NOUN" for b in sorted(verb_bases(t)))
            prts = _particles(t)
            if o is not None and prts:  # "lay_down_weapon"
                bag.extend(f"{lem}_{p}_{w}" for x in objs for p in sorted(prts) for w in sorted(_words(x)))
        bag.append(lem)
        if t.lower_ != lem:
            bag.append(t.lower_)
        if t.pos_ == "NOUN" and lem.endswith("ing") and len(lem) > 5:
            bag.extend(_ing_stems(lem))  # "resume *shelling*" has the content of "resume to shell"
        if t.pos_ == "NOUN":  # "an end to the strike" -> end_strike, like the verb "end the strike"
            bag.extend(f"{lem}_{lemma_of(c)}" for c in children_of(t)
                       if c.dep_.startswith("nmod") and c.dep_ != "nmod:poss" and _cases(c) & {"to", "of"})
        prts = _particles(t)
        for p in prts:
            bag.insert(len(bag) - 1, f"{lem}_{p}")
        for m in _modifiers(t):
            bag.append(f"{lemma_of(m)}_{lem}")
            bag.append(lemma_of(m))
            # a modifier of two words is a key of its own: "*air defence* systems" -> air_defence
            bag.extend(f"{lemma_of(c)}_{lemma_of(m)}" for c in m.lefts if c.dep_ == "compound" and c.i == m.i - 1)
        if depth > 2:
            return
        o = _obj_token(t) if t.pos_ in ("VERB", "AUX") else None
        if o is not None:
            self._bag_np(o, bag, depth + 1)
        for c in children_of(t):
            if c.dep_.startswith(("nmod", "obl")) and c.dep_ != "nmod:poss":
                if t.pos_ == "VERB" and lemma_of(t) in _GATHER_VERBS and c.dep_.startswith("obl") and _cases(c) \
                        and _cases(c) <= _PLACE_CASES:
                    continue  # where it is to happen ("to gather *outside the Election Commission*") is no content
                self._bag_np(c, bag, depth + 1)
            elif (c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX")) or _bare_gerund(c):
                self._bag_np(c, bag, depth + 1)
            elif c.dep_ == "conj" and c.pos_ == t.pos_ and not second_party_clause(c):
                # (a joined to-clause with a party of its own, "urged A to X *and B to Y*", is B's content, not A's:
                # ``frame_contents.second_party_acts``)
                self._bag_np(c, bag, depth + 1)

    def content_bag(self, p: Pattern, t: Token, nominal: bool) -> tuple[list[str], set[int]]:
        bag: list[str] = []
        heads: set[int] = set()
        for src in p.content:
            h = None
            if src == "xcomp":
                h = _xcomp(t)
                if h is None:
                    for cs, x in _prep_args(t):
                        if cs & {"for", "to"} and x.pos_ in ("VERB", "AUX"):
                            h = x
                            break
                if h is None:
                    h = _time_given_infinitive(t)
            elif src == "ccomp":
                h = _ccomp(t)
            elif src == "advcl":
                h = next((x for x in children_of(t) if x.dep_ == "advcl" and x.i > t.i), None)
            elif src == "obj":
                h = _obj_token(t)
            elif src.startswith("prep:"):
                h = _prep(t, {src[5:]})
                if h is None and nominal:
                    h = _light_verb_phrase(t, src[5:])
            elif src == "self":
                h = t
            if h is None:
                continue
            if h.i != t.i:
                heads.add(h.i)
                if src == "xcomp":
                    # "called on Ruto *to withdraw* the bill *and resign*": a base verb joined to the content's
                    # infinitive is content too, not an act of its own (session 30, wb56)
                    heads.update(c.i for c in children_of(h) if c.dep_ == "conj" and c.tag_ == "VB" and c.i > h.i)
            self._bag_np(h, bag)
        return bag, heads

    def vowed_harm(self, bag: list[str]) -> str | None:
        """The threat a vow, pledge or promise makes when no class names a friendly intent in its content and one
        names a harm it holds over someone ("vowed to *ban* the party", "pledged to *impose visa restrictions* on its
        officials", "promised to *cut ties* with"): a vow of harm is a threat (13x), not the bare intent to
        cooperate (030) (session 37, round sa74). Not the classes of a warning's own words ("would act", "take
        measures"), which are threats only when warned."""
        code, name = self.content_code("threaten", bag)
        return code if name is not None and name not in WORDS_ONLY_THREATS else None

    def content_code(self, family: str, bag: list[str]) -> tuple[str | None, str | None]:
        """The code of the content: compound keys (modifier_head, verb_object: "war_crime",
        "military_assistance", "halt_fighting") before bare words, bare words in bag order (the head
        first); then a more specific class of the same family elsewhere in the bag wins over a generic
        one ("humanitarian aid": aid 070 -> humanitarian 073, appeal 023 -> 0233: the generic code, less
        its final 0 for a three-digit code, is a prefix of the specific one)."""
        hit = None
        by_key = _classes_by_key(self.lex.content)
        # a sum of money names no kind of aid: it is economic aid only where no other word names a kind ("$5 million
        # in *humanitarian* aid" is 0333, "20 million pounds in *food* aid" too; "$500 million in aid" 0331; sc80)
        bag = [w for w in bag if w not in MONEY_WORDS] + [w for w in bag if w in MONEY_WORDS]
        for compound in (True, False):
            for w in bag:
                if ("_" in w) != compound:
                    continue
                hit = next(((cc.codes[family], cc.name) for cc in by_key.get(w, ())
                            if family in cc.codes), None)
                if hit is not None:
                    break
            if hit is not None:
                break
        if hit is None:
            return FAMILY_DEFAULT.get(family), None
        code = hit[0]
        # CAMEO's generic code of a family ends in 0 (070 "provide aid" over 071-075)
        stem = code[:-1] if len(code) == 3 and code.endswith("0") else code
        for w in bag:
            for cc in by_key.get(w, ()):
                c2 = cc.codes.get(family)
                if c2 and len(c2) >= len(code) and c2 != code and c2.startswith(stem):
                    return c2, cc.name
        return hit


def _light_verb_phrase(t: Token, case: str) -> Token | None:
    """The ``case`` phrase of the light verb whose object the nominal trigger ``t`` is, after ``t``: the parse hangs
    "issued a demand *on Tuesday* for more peacekeepers" on the verb once a time phrase stands between (round sb78)."""
    v = t.head
    if t.dep_ != "obj" or v.pos_ != "VERB" or lemma_of(v) not in LIGHT_VERBS:
        return None
    return next((x for x in children_of(v) if x.dep_.startswith("obl") and x.i > t.i and _cases(x) == {case}), None)


def purpose_infinitives(h: Token) -> set[int]:
    """The purpose infinitives of a content verb ``h``, on it or on its object: "asked India to extradite the former
    prime minister *to stand trial*" (the trial is part of what is asked, not an act of its own; wb57)."""
    if h.pos_ not in ("VERB", "AUX"):
        return set()
    o = _obj_token(h)
    hosts = [(h, "advcl")] + ([(o, "acl")] if o is not None else [])
    return {x.i for host, dep in hosts for x in children_of(host) if x.dep_ == dep and x.i > h.i and x.tag_ == "VB"
            and any(m.dep_ == "mark" and m.tag_ == "TO" for m in children_of(x))}


#: spans of time given for an act ("gave him 72 *hours* to leave")
_GIVEN_TIMES = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _time_given_infinitive(t: Token) -> Token | None:
    """"gave the envoy 72 *hours to leave*", "gave the rebels a week to disarm": the infinitive on the span of time
    given is what is asked for, the content of the ultimatum, not an act of its own (session 37, round sc74)."""
    o = _obj_token(t)
    if o is None or lemma_of(o) not in _GIVEN_TIMES:  # (or read as a bare time phrase: "gave X *a month* to leave")
        o = next((x for x in children_of(t) if x.dep_ in ("obl:unmarked", "obl:tmod", "npadvmod")
                  and lemma_of(x) in _GIVEN_TIMES), None)
    if o is None:
        return None
    return next((x for x in children_of(o) if x.dep_ == "acl" and x.pos_ == "VERB" and x.i > o.i
                 and any(m.dep_ == "mark" and m.lower_ == "to" for m in children_of(x))), None)
