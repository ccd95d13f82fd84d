"""Argument specs of the event patterns: the token a pattern's ``source`` / ``target`` spec names
(``subj``, ``obj``, ``prep:on``, ``objowner``, ``xsubj`` ...), for ``FramesMixin``."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.contact_targets import _contacted, _for_subject
from lapwing.extract.events.employer_phrase import employer
from lapwing.extract.events.protest_phrase import protested_phrase
from lapwing.extract.events.content import _bare_gerund
from lapwing.extract.manner_words import manner_adverb
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.syntax import (
    PERSONISH, SUBJ, _cases, _ccomp, _is_temporal, _obj_token, _subj_token, _words, _xcomp, lemma_of,
)
from lapwing.extract.events.syntax_args import _between, _conj, _purpose_between, _name_conj, _owner, _prep, _prep_args
from lapwing.extract.events.phrases import measure_content
from lapwing.extract.events.topics import TOPIC_PREPS, topic_noun
from lapwing.extract.events.parse_memo import children_of
# whose a thing or a site is: the owners' mixin and its word lists, re-exported (owned.py reads _BODY_NOUNS here)
from lapwing.extract.events.argspec_owners import _BODY_NOUNS, _OWN, _TRADE_NOUNS, OwnersMixin, _self_owned  # noqa: F401

#: the channel nouns of a call: "spoke *by phone* with X"
# (round 60) penalties whose target the parser may hang on the verb that takes them: "announced tariffs *on X*"
_PENALTY_NOUNS = frozenset({"tariff", "sanction", "embargo", "duty", "levy", "boycott", "penalty", "surtax"})

_CHANNELS = frozenset({"phone", "telephone", "video", "videolink", "video-link", "videoconference", "link"})

#: verbs of a purpose clause that name whom aid is for ("to help Haiti", "to assist the refugees")
_HELP_VERBS = {"help", "assist", "support", "aid", "rebuild", "feed", "relieve", "supply", "equip", "reconstruct"}



#: verbs of a protest's purpose clause that name whom it makes demands of
_DEMAND_VERBS = {"demand", "call", "urge", "press", "ask", "insist", "pressure", "pressurize", "force"}
#: verbs of a protest's purpose clause that name whom it is against, by the object or its possessor (session 35, round
#: ar70): "marched *to protest the government's* decision", "rallied to denounce *Israel's* strikes"
_AGAINST_VERBS = {"protest", "denounce", "condemn", "oppose", "decry"}


#: verbs of a source that a misparse may hang on the demand ("..., the health ministry *said*")
_NEWS_VERBS = {"say", "report", "tell", "add", "confirm", "announce", "state", "claim"}


#: nouns whose in-phrase names the party that receives them: "investment *in Zambia*", "a stake in ..."
#: (round 61) the phrases that name what an act leaves or takes part in: "walked out *of* the talks", "withdrew *from*
#: the negotiations", "broke *off* the talks" (``nounprep:X``)
_ABOUT_PREPS = frozenset({"of", "from", "off", "out", "away"})
_STAKE_NOUNS = frozenset({"investment", "stake", "shareholding", "holding", "investor"})
#: verbs that move a body of people or arms somewhere: their object is the doer's own force, and the place or party
#: it goes to or leaves is the target ("threatened to send *troops* into Cameroon", "refused to deploy peacekeepers
#: *in* Iraq"; session 26, round 40)
_SEND_VERBS = frozenset({"send", "deploy", "dispatch", "despatch", "station", "contribute", "commit", "post", "move",
                         "redeploy", "withdraw", "pull", "airlift", "fly", "rush", "position", "base", "mass", "provide",
                         "lend", "send in", "ship"})
#: the forces, personnel and arms such a verb sends (lemmas): never the target of the act of sending them
_SENT_HEADS = frozenset({"troop", "troops", "soldier", "force", "forces", "peacekeeper", "personnel", "policeman",
                         "policemen", "officer", "marine", "paratrooper", "commando", "reinforcement", "unit", "battalion",
                         "brigade", "division", "contingent", "warship", "ship", "jet", "fighter", "aircraft", "plane",
                         "helicopter", "tank", "drone", "observer", "monitor", "adviser", "advisor", "trainer",
                         "instructor", "expert", "doctor", "medic", "engineer", "rescuer", "team", "delegation",
                         "envoy", "emissary", "guard", "sailor", "airman", "pilot", "militiaman", "fighters"})
#: where a sent force goes or comes from: "to / into / in / inside Y", "from / out of Y"
_SENT_PREPS = frozenset({"to", "into", "in", "inside", "from", "out", "toward", "towards"})


#: the rate nouns of a levy's "of" phrase: "tariffs *of 25 percent*", "a duty of ten per cent", "a levy of 5 %"
_RATE_NOUNS = frozenset({"percent", "pct", "cent", "%", "percentage"})


#: what an amount of money is given in: "20 mln dlrs *in aid* to Haiti", "5 billion yen in *loans* to Vietnam"
_HELP_NOUNS = frozenset({"aid", "assistance", "help", "grant", "grants", "loan", "loans", "credit", "credits", "relief",
                         "support", "funding", "donation", "donations", "contribution", "contributions", "financing"})


def _money_amount(o: Token) -> bool:
    """``o`` is an amount ("20 mln", "5 billion yen", "20 mln Canadian dlrs"): a number on it or on its apposition."""
    return any(c.like_num or c.dep_ == "nummod" for x in (o, *(a for a in children_of(o) if a.dep_ == "appos"))
               for c in children_of(x))


def _rate_phrases(o: Token) -> list[Token]:
    """The rate phrases of the noun ``o`` ("tariffs [of 25 percent] on steel": *percent*), which the parser often gives
    the on-phrase that is the levy's own."""
    return [c for c in children_of(o) if c.dep_.startswith("nmod") and "of" in _cases(c) and c.lower_ in _RATE_NOUNS]


def _sent_force(x: Token, o: Token | None) -> bool:
    """``o``, the object of the content verb ``x``, is a force or team that ``x`` sends, deploys or withdraws
    ("to send *troops*", "to deploy *300 peacekeepers*", "to station more *soldiers*"): a common noun, never a name."""
    return o is not None and o.pos_ == "NOUN" and lemma_of(x) in _SEND_VERBS \
        and (lemma_of(o) in _SENT_HEADS or o.lower_ in _SENT_HEADS)


#: prepositions of an event noun's complement, which a by-agent may wrongly hang on
_COMPLEMENT_PREPS = frozenset({"of", "on", "to", "against", "with", "into", "at"})
#: an owner word that names the object's own country or owner: possessor, nationality word, name word
_OWNER_MODS = frozenset({"nmod:poss", "poss", "amod", "compound"})


#: acts whose possessor or "of" phrase is the one they were done to, not their doer ("X's arrest", "the killing of X")
PATIENT_OWNED = frozenset({"arrest", "detention", "jailing", "imprisonment", "abduction", "kidnapping", "killing",
                            "murder", "assassination", "execution", "deportation", "expulsion", "extradition",
                            "sentencing", "conviction", "torture", "beating", "persecution", "harassment"})


def _named_object(o: Token | None) -> Token | None:
    """The object, or what a free relative names in its place: *criminals* in "sent [what officials described as
    *criminals*] to the prison", where the parser made *officials* (the namers) the object; None when the relative
    names nothing."""
    if o is None or not any(d.dep_ == "det" and d.lower_ == "what" for d in children_of(o)):
        return o
    for v in children_of(o):
        if v.dep_ in ("acl", "acl:relcl") and v.pos_ == "VERB":
            return next((x for x in children_of(v) if x.dep_ in ("xcomp", "obj") or (
                x.dep_.startswith("obl") and "as" in _cases(x))), None)
    return o


def _subject_after_participle(s: Token | None) -> Token | None:
    """The subject, or its apposition when the parser took a fronted participle's object for the subject: "After
    meeting [Serbia], [former Bolivian President Evo Morales] criticised ..." read with *Serbia* the subject and the
    titled name its apposition (the participle has no object, and the subject stands right after it)."""
    if s is None or s.dep_ not in SUBJ:
        return s
    ap = next((c for c in children_of(s) if c.dep_ == "appos" and c.i > s.i and (c.pos_ == "PROPN" or c.tag_ == "NNP")), None)
    if ap is None or s.i + 1 >= len(s.doc) or s.doc[s.i + 1].text != ",":
        return s
    fronted = any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.right_edge.i == s.left_edge.i - 1 and not any(
        g.dep_ in ("obj", "dobj") for g in children_of(c)) for c in children_of(s.head))
    return ap if fronted else s


def _thing(h: Token) -> bool:
    """A common noun that is no person or body ("aid", "tariffs"): coded only by its country word."""
    return h.pos_ == "NOUN" and not _words(h) & PERSONISH and lemma_of(h) not in _BODY_NOUNS


class ArgSpecsMixin(OwnersMixin):
    """``arg(spec, token, nominal)``: the argument a spec names, or None."""

    def _content_clause(self, t: Token) -> Token | None:
        x = _xcomp(t) or _ccomp(t)
        if x is not None:
            return x
        for cs, h in _prep_args(t):
            if cs & {"for"} and h.pos_ in ("VERB", "AUX"):
                return h
        return None

    def arg(self, spec: str, t: Token, nominal: bool) -> Token | None:
        if spec == "subj":
            s = _subj_token(t) if not nominal else None
            if s is None and not nominal:  # ("[Nigerian opposition leader X *sharply*] criticised": the adverb hung on
                s = next((c for c in children_of(t) if c.dep_ == "advmod" and c.pos_ == "NOUN" and c.i < t.i  # the verb)
                          and manner_adverb(c.lower_) and any(d.dep_ == "compound" for d in children_of(c))), None)
            if s is not None and s.pos_ == "NOUN" and manner_adverb(s.lower_):
                # "[Britain and France *sharply*] criticised ...": a manner adverb read as the subject's head noun,
                # the subject its modifier
                s = next((c for c in sorted(children_of(s), key=lambda c: -c.i) if c.i < s.i and c.dep_ in (
                    "compound", "nmod:poss", "poss") and c.pos_ in ("NOUN", "PROPN")), s)
            if s is not None and s.pos_ == "PROPN" and (c := _name_conj(s)) is not None and c.i < s.i:
                return c  # the first of two titled names the parser hung inside the second's title
            return _subject_after_participle(s)
        if spec in ("conj1", "conj2"):
            # the two sides in the order written (the parser may make the second name the subject: "U.S. Secretary
            # of State Mike Pompeo and Russian Foreign Minister Sergei Lavrov met"); the second side of "the
            # leaders of X and Y" is the pair's other member (Coder.pair_partner)
            s = _subj_token(t) if not nominal else None
            c = _name_conj(s) if s is not None else None
            if c is None and (side := self.actors.coded_side(s)) is not None:
                # "*Israeli* and Palestinian negotiators met": the subject (its mention the second word's) is one side,
                # the first word the other (adjective_sides.py)
                return s if spec == "conj1" else side
            if c is None:
                return None
            first, second = (c, s) if c.i < s.i else (s, c)
            return first if spec == "conj1" else second
        if spec == "obj":
            return _named_object(_obj_token(t))
        if spec == "iobj":
            for c in children_of(t):
                if c.dep_ == "iobj":
                    return c
            return self._dative_compound(t)
        if spec.startswith("prep:"):
            h = _prep(t, {spec[5:]})
            if h is None and spec == "prep:by" and nominal:
                h = self._agent_on_complement(t)
            if h is None and spec == "prep:with":  # "spoke by telephone *with the Israeli prime minister*": the
                # partner hung on the channel of a call
                h = next((w for cs, c in _prep_args(t) if cs & {"by", "over", "via", "on"} and _words(c) & _CHANNELS
                          for w in [_prep(c, {"with"})] if w is not None), None)
            if (h is None and nominal and spec in ("prep:on", "prep:against") and t.lemma_.lower() in _PENALTY_NOUNS
                    and t.dep_ in ("obj", "dobj") and t.head.pos_ == "VERB"):
                # (round 60) "announced higher tariffs *on US steel*": the penalty's target hung on the verb that
                # takes the penalty as its object (never a time: "announced sanctions on Monday")
                h = _prep(t.head, {spec[5:]})
                if h is not None and h.ent_type_ in ("DATE", "TIME"):
                    h = None
            if h is None and spec == "prep:against":  # "a hunger strike *in protest of* the law" (protest_phrase.py)
                h = protested_phrase(t)
            return h
        if spec.startswith(("codedprep:", "codedobjprep:")):
            # a party or country only, never the doer's own: where an agentless expulsion sends its people from ("was
            # sent home *from Mali*", "was ordered out *of Russia*", the "of" after the verb's particle), where an
            # investment goes ("to increase investment *in Zambia*"; not "in infrastructure", "in its ports")
            h = self.arg(spec[5:], t, nominal)
            return h if h is not None and not _self_owned(h) and is_coded(self.actors.get(h, fallback=False)) else None
        if spec.startswith("nounprep:"):
            # (round 61) the X phrase of the noun the act is about, a coded party only: the noun of the trigger's
            # of / from / off phrase ("walked out *of the talks with Ethiopia*", "pulled out of the negotiations
            # with ...") or the of-phrase of its object ("rejected an offer *of talks with the United States*")
            ps = {spec[9:]}
            o = _obj_token(t) if not nominal else None
            nouns = [h for cs, h in _prep_args(t) if cs & _ABOUT_PREPS and h.pos_ in ("NOUN", "PROPN")]
            if o is not None:
                nouns += [h for cs, h in _prep_args(o) if "of" in cs and h.pos_ == "NOUN"]
            for n in nouns:
                h = _prep(n, ps)
                if h is not None and not _self_owned(h) and is_coded(self.actors.get(h, fallback=False)):
                    return h
            return None
        if spec.startswith("prepowner:"):
            # whose is the prepositional object: *police* in "died in police custody", *the Kotwali
            # police* in "died in the custody of the Kotwali police" (a coded modifier or of/by phrase)
            o = _prep(t, {spec[10:]})
            return self._noun_owner(o) if o is not None else None
        if spec.startswith("objprep:"):
            o = _obj_token(t)
            if o is None and nominal:  # (round 60) a nominal event's of-phrase is its object: "the severing *of
                o = _prep(t, {"of"})  # ties* with Taiwan"
            if o is None:
                return None
            ps = {spec[8:]}  # "sent 20 tonnes of food aid [to Yemen]": also the measured thing's phrase
            h = _prep(o, ps) or next((h for x in measure_content(o) if (h := _prep(x, ps)) is not None), None)
            if h is None:  # (round 48, ex44) "imposed tariffs *of 25 percent* on Chinese steel": the phrase hung on
                h = next((h for x in _rate_phrases(o) if (h := _prep(x, ps)) is not None), None)  # the object's rate
            if h is None and _money_amount(o):  # (round fr64) "pledged 20 mln Canadian dlrs *in aid to Haiti*": the
                h = next((h for y in (t, o, *(a for a in children_of(o) if a.dep_ == "appos"))  # phrase of the help
                          for cs, x in _prep_args(y) if "in" in cs and lemma_of(x) in _HELP_NOUNS  # it is given in,
                          for h in [_prep(x, ps)] if h is not None), None)  # on the verb or on the amount
            if h is None and ps == {"to"}:  # (round ag76) help names whom it goes to by "for" too: "pledged aid
                h = self._help_for(t, o)  # *for Lebanon*", "50 million euros in aid for Syria" (a coded party only)
            if h is None and ps == {"by"}:  # "rejected the sanctions *imposed by the bloc*": the by-agent of the
                # participle that follows the object
                h = next((a for c in children_of(o) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > o.i
                          for a in [_prep(c, ps)] if a is not None), None)
            return h
        if spec.startswith("forprep:"):
            # the party of an appeal's for-phrase: "called for talks *with Ethiopia*", "pushed for a meeting *with*
            # ...", "called for sanctions *against Iran*" (a coded actor, or a thing a coded word owns)
            f = _prep(t, {"for"})
            h = _prep(f, {spec[8:]}) if f is not None and f.pos_ in ("NOUN", "PROPN") else None
            if h is None and f is not None and f.pos_ in ("NOUN", "PROPN"):  # the phrase hung on the verb after it
                h = next((x for cs, x in _prep_args(t) if spec[8:] in cs and x.i > f.i), None)
            if h is not None and (is_coded(self.actors.get(h, fallback=False)) or self._noun_owner(h) is not None):
                return h
            return None
        if spec.startswith("objforprep:"):
            # (round 45, rc47) the party of the for-phrase of an appeal noun a light verb takes: "renewed its call for
            # the dismissal *of the mayor*", "repeated their demand for the withdrawal *of the troops*" (coded or owned)
            o = _obj_token(t)
            f = _prep(o, {"for"}) if o is not None and o.pos_ == "NOUN" else None
            h = _prep(f, {spec[11:]}) if f is not None and f.pos_ in ("NOUN", "PROPN") else None
            if h is not None and (is_coded(self.actors.get(h, fallback=False)) or self._noun_owner(h) is not None):
                return h
            return None
        if spec == "xsubj":
            x = self._content_clause(t)
            if x is None:
                return None
            for c in children_of(x):
                if c.dep_ in SUBJ:
                    return c
            return _for_subject(t, x)  # "called for *the government* to resign" (contact_targets.py)
        if spec == "thatsubj":
            # (round 48) the one an attitude is about, as the coded subject of its that-clause: "expressed optimism
            # *that North Korea* would return to talks", "voiced hope that *the new government in Somalia* will ..."
            return self._attitude_subject(t)
        if spec == "helped":
            # the one a purpose clause helps: "earmarked 1.5 million euros in aid *to help Haiti*"
            for c in children_of(t):
                if c.dep_ in ("xcomp", "advcl") and c.i > t.i and lemma_of(c) in _HELP_VERBS:
                    return _obj_token(c)
            return None
        if spec == "contacted":
            return _contacted(t) if not nominal else None
        if spec == "xobj":
            x = self._content_clause(t)
            if x is None:
                return None
            # the content clause's object, else its with/to/on/against/from phrase; an actor first:
            # "threatened to break *relations* with *Russia*" is aimed at Russia
            # ("offered to mediate *between* Ethiopia and Egypt", "to host talks between X and Y": the first of the
            # parties a go-between serves; round ag76)
            preps = {"with", "to", "on", "against", "from", "at", "toward", "towards", "into", "inside", "out", "between"}
            o = _obj_token(x)
            while o is None and (nx := next((c for c in children_of(x) if (c.dep_ == "xcomp" and c.pos_ == "VERB") or _bare_gerund(c)), None)):
                x, o = nx, _obj_token(nx)  # "vowed to keep fighting *the army*"
            # ("threatened to send *troops* into Cameroon": a sent force is the doer's own; where it goes is the target)
            sent = _sent_force(x, o)
            if sent:
                preps = preps | _SENT_PREPS
            found = [o] if o is not None and not sent else []
            about = o is not None and topic_noun(o)  # "to share intelligence [on X]" hung on the verb: still the topic
            found += [h for cs, h in _prep_args(x) if cs & preps and not (about and cs & TOPIC_PREPS)]
            found += [h for a in children_of(x) if a.dep_ == "advmod" and a.i > x.i  # "to move its forces *closer to* Y"
                      for cs, h in _prep_args(a) if cs & preps]
            if o is not None:  # "to break *relations with Russia*", "to impose sanctions on Iran", "to shell
                found += [h for cs, h in _prep_args(o) if cs & preps  # positions *of Hezbollah*" (last)
                          and not (about and cs & TOPIC_PREPS)]  # ("to share information *on* X": topics.py)
                found += [h for cs, h in _prep_args(o) if "of" in cs and not cs & preps and not sent]
                if lemma_of(o) in _STAKE_NOUNS:  # "to increase investment *in Zambia*": where money goes, not a place
                    found += [h for cs, h in _prep_args(o) if "in" in cs]  # of the act ("deploy troops in Mali")
            coded = [h for h in found if is_coded(self.actors.get(h, fallback=False))]
            # the doer's own people or things ("willing to withdraw *its troops* from Abyei", "to lay down *their*
            # weapons in Lebanon") are never the target: the place or party they act on is, or none
            own = self._doers_own
            other = sorted((h for h in coded if not own(h, t)), key=_thing)  # a party before a thing its
            if other:  # country word codes ("to cut [French] aid to *Mali*": the aid is the doer's own)
                return other[0]
            if coded and (away := [h for h in found if h not in coded and h.pos_ == "PROPN"]):
                return away[0]  # ("withdraw its troops from *Abyei*": a named place the tables do not know)
            return self._owned_phrase(None if sent else o, found, t) or (None if coded else next(
                (h for h in found if not own(h, t)), None))
        if spec == "objowner":
            # (an event noun's object is its "of" phrase: "Russia's expulsion *of Poland's envoy*")
            o = _obj_token(t) if not nominal else _prep(t, {"of"})
            if o is not None and not nominal and (a := self._act_doer(t, o)) is not None:
                return a  # "denounced the killing of civilians *by Syrian troops*": whose act it is
            w = _owner(o) if o is not None else None
            if w is not None and not nominal and lemma_of(o) in PATIENT_OWNED:
                return None  # "condemned *Mhlanga's* arrest", "the killing *of civilians*": the one it was done to
            if w is not None and w.dep_ in _OWNER_MODS and (o.pos_ == "PROPN" or self._actor_phrase(o, w)):
                # the object is itself the actor: a word of a name ("condemned *North* Korea"), a country of a person
                # ("condemned *Kenya's* president and ...", whose conjuncts hang on the object, not on its owner)
                return o
            if w is None and o is not None and self._actor_phrase(o, o):
                return o  # "deported *a French aid worker*": a person owns nothing here, it is the one acted on
            if w is None and (e := self._employer(o)) is not None:
                return e  # "expelled two inspectors *for the IAEA*" (employer_phrase.py)
            return w
        if spec == "objposs":  # the one whose object it is, as a patient: "extended *the activist's* detention"
            o = _obj_token(t) if not nominal else None
            return next((c for c in children_of(o) if c.dep_ in ("nmod:poss", "poss") and c.lower_ != "its"
                         and not _is_temporal(c)), None) if o is not None else None
        if spec == "demanded":
            return self._demanded(t)
        if spec == "objsite":
            return self._site_country(t)
        if spec == "poss":
            for c in children_of(t):
                if c.dep_ in ("nmod:poss", "poss") and not _is_temporal(c):  # not "this year's offensive"
                    return c
            return None
        if spec == "mod":
            for c in children_of(t):
                if c.dep_ in ("amod", "compound") and self._modifier_actor(c):
                    return c
            return None
        if spec in ("between1", "between2"):
            pair = _between(t)
            if pair[0] is None and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubj:pass") and t.head.pos_ == "VERB":
                pair = _between(t.head)  # the phrase on the verb the event is the subject of: "fighting broke out *between
                # the army and the militia*", "clashes erupted between ..."
            if pair[0] is None and not nominal and t.pos_ == "VERB":
                subj = next((c for c in children_of(t) if c.dep_ == "nsubj:pass"), None)
                if subj is not None:
                    pair = _between(subj)  # (round sd77) the phrase on a passive's subject: "a deal *between X and
                    # Y* was signed"
            if pair[0] is None and nominal:
                pair = _purpose_between(t)  # "a peace effort *to heal the split between* X and Y"
            return pair[0] if spec == "between1" else pair[1]
        return None

    def _help_for(self, t: Token, o: Token) -> Token | None:
        """The coded party of the for-phrase of the help the verb ``t`` gives: its object ("aid *for Lebanon*"), the
        measured thing ("20 tonnes of food aid for Yemen") or the help an amount is given in ("$2 billion in aid for
        Syria"); never a purpose ("aid for reconstruction") or the doer's own."""
        helps = [x for x in (o, *measure_content(o)) if lemma_of(x) in _HELP_NOUNS]
        if _money_amount(o):
            helps += [x for y in (t, o, *(a for a in children_of(o) if a.dep_ == "appos"))
                      for cs, x in _prep_args(y) if "in" in cs and lemma_of(x) in _HELP_NOUNS]
        return next((f for x in helps for f in [_prep(x, {"for"})] if f is not None and not _is_temporal(f)
                     and not self._doers_own(f, t) and is_coded(self.actors.get(f, fallback=False))), None)

    def _dative_compound(self, t: Token) -> Token | None:
        """The receiver of a verb with two objects read as the first word of its object: "gave [*Syria* military
        aid]", "sent [*North Korea* fuel supplies]", "denied [*Cuba* landing] rights" (a coded name right after the
        verb, another word before the object's head, no determiner and no to / for phrase), "denied [three Filipino
        *fishermen*] entry" (people of a country right before the head, the object's first words). Only for a pattern
        that names a receiver (``iobj``)."""
        o = _obj_token(t)
        if o is None or o.pos_ != "NOUN" or _prep(t, {"to", "for"}) is not None or _prep(o, {"to", "for"}) is not None:
            return None
        for c in children_of(o):
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.left_edge.i == t.i + 1 and c.i < o.i - 1 \
                    and not any(d.dep_ == "det" for d in children_of(o)):
                a = self.actors.get(c, fallback=False)
                return c if is_coded(a) and a.country else None
            if c.dep_ == "compound" and c.pos_ == "NOUN" and c.tag_ == "NNS" and c.i == o.i - 1 \
                    and o.left_edge.i == t.i + 1 and not any(d.dep_ in ("nmod", "acl", "acl:relcl") for d in children_of(o)):
                # "denied [three Filipino *fishermen*] entry": people of a country, no mention of their own
                a = self.actors.get(c)
                return c if is_coded(a) and a.country else None
        return None

    def _act_doer(self, t: Token, o: Token) -> Token | None:
        """The coded by-agent of an object that is an event noun, on the noun, on its complement, or on the verb
        right after it ("condemned the attack *by the army*", "the killing of civilians *by troops*")."""
        if o.pos_ != "NOUN" or not any(k == "N" for k, _q in self.patterns_for(o)):
            return None
        found = [h for cs, h in _prep_args(o) if "by" in cs]
        found += [h for cs, h in _prep_args(t) if "by" in cs and h.left_edge.i == o.right_edge.i + 1]
        a = self._agent_on_complement(o)
        found += [a] if a is not None else []
        return next((h for h in found if is_coded(self.actors.get(h, fallback=False))), None)

    def _agent_on_complement(self, t: Token) -> Token | None:
        """The by-agent of an event noun that the parser hung on the noun's own complement: "the arrest [of two
        journalists *by the police*]", "the attack [on the convoy *by rebels*]", "the visit [to Kenya *by the
        minister*]" (a coded actor only)."""
        for cs, h in _prep_args(t):
            if not cs & _COMPLEMENT_PREPS or any(k == "N" for k, _q in self.patterns_for(h)):
                continue  # (an act's own agent: "an inquiry into [abuses *by security forces*]")
            for cs2, a in _prep_args(h):
                if "by" in cs2 and a.i > h.i and is_coded(self.actors.get(a, fallback=False)):
                    return a
        return None

    def _attitude_subject(self, t: Token) -> Token | None:
        """The coded subject of the that-clause of an attitude verb or its noun ("expressed concern *that Bolivia*
        might close the border"); not the doer's own, not a relative clause's own "that"."""
        heads = [t] + [c for c in children_of(t) if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]
        if t.dep_ == "amod" and t.head.pos_ == "NOUN":  # "[voiced] hope that ..." with the verb read as a modifier
            heads.append(t.head)
        for h in heads:
            for x in children_of(h):
                if x.dep_ not in ("ccomp", "acl", "acl:relcl") or x.i < h.i or x.pos_ not in ("VERB", "AUX"):
                    continue
                kids = children_of(x)
                that = next((k for k in kids if k.lower_ == "that" and k.i < x.i), None)
                if that is None or that.i < h.i:
                    continue
                subj = next((k for k in kids if k.dep_ in SUBJ and k.i > that.i and k.i < x.i), None)
                if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not self._doers_own(subj, t) \
                        and is_coded(self.actors.get(subj, fallback=False)):
                    return subj
        return None

    def _employer(self, o: Token | None) -> Token | None:
        """The coded body (not a country) a role noun works for: "inspectors *for the IAEA*" (employer_phrase.py)."""
        e = employer(o)
        a = self.actors.get(e, fallback=False) if e is not None else None
        return e if is_coded(a) and a.kind not in ("gpe", "country") else None

    def _demanded(self, t: Token) -> Token | None:
        """Whom a protest makes its demand of, in its purpose or participle clause: "marched *to demand that
        the military council* hand power", "rallied, *demanding the president's* resignation", "protested,
        *calling on the government* to ..."; a coded actor only."""
        for c in children_of(t):
            if c.dep_ not in ("xcomp", "advcl") or c.i < t.i or lemma_of(c) not in _DEMAND_VERBS | _AGAINST_VERBS:
                continue
            if lemma_of(c) in _AGAINST_VERBS:  # (not the of-phrase: "to protest the arrest *of their leader*")
                o = _obj_token(c)
                own = next((x for x in children_of(o) if x.dep_ in ("nmod:poss", "poss") or (x.dep_ in (
                    "amod", "compound") and x.ent_type_ in ("NORP", "GPE"))), None) if o is not None else None
                h = next((h for h in (own, o) if h is not None and is_coded(self.actors.get(h, fallback=False))), None)
                if h is not None:
                    return h
                continue
            found: list[Token] = []
            for x in children_of(c):
                if x.dep_ in ("ccomp", "xcomp") and lemma_of(x) not in _NEWS_VERBS:  # "demand that the council hand power"
                    found += [y for y in children_of(x) if y.dep_ in SUBJ]
            o = _obj_token(c)
            if o is not None:  # "demanding the president's resignation", "urging the government to ..."
                found += [o] if _owner(o) is None else [_owner(o), o]
            found += [h for cs, h in _prep_args(c) if cs & {"on", "from", "of"}]  # "calling on X", "of X"
            # (round ar75) whom the demand is made of, in a from / by phrase of the verb or of its object: "to demand
            # reforms *by the president's government*", "demanding an apology *from the army*" (never a deadline:
            # "to demand a vote *by Friday*")
            asked = [h for y in (c, o) if y is not None for cs, h in _prep_args(y)
                     if cs & {"from", "by"} and h.pos_ in ("NOUN", "PROPN") and not _is_temporal(h)]
            found += asked + [w for h in asked if h.pos_ == "NOUN" and (w := _owner(h)) is not None]
            for h in found:
                if h is not None and is_coded(self.actors.get(h, fallback=False)):
                    return h
        return None


    # -- matching ------------------------------------------------------------------------------
