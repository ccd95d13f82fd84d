"""Argument specs of the event patterns: the token a pattern's ``source`` / ``target`` spec names
(``subj``, ``obj``, ``prep:on``, ``objowner``, ``xsubj`` ...), for ``FramesMixin``."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.content import _bare_gerund
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.syntax import (
    SUBJ,
    _between,
    _ccomp,
    _conj,
    _name_conj,
    _is_temporal,
    _obj_token,
    _owner,
    _prep,
    _prep_args,
    _subj_token,
    _xcomp,
    lemma_of,
)
from lapwing.extract.events.phrases import measure_content

#: verbs of a purpose clause that name whom aid is for ("to help Haiti", "to assist the refugees")
_HELP_VERBS = {"help", "assist", "support", "aid", "rebuild", "feed", "relieve", "supply", "equip", "reconstruct"}


class ArgSpecsMixin:
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
            return _subj_token(t) if not nominal else None
        if spec == "conj1":
            s = _subj_token(t) if not nominal else None
            return s if s is not None and _name_conj(s) is not None else None
        if spec == "conj2":
            # (the second side of "the leaders of X and Y" is the pair's other member: Coder.pair_partner)
            s = _subj_token(t) if not nominal else None
            return _name_conj(s) if s is not None else None
        if spec == "obj":
            return _obj_token(t)
        if spec == "iobj":
            for c in t.children:
                if c.dep_ == "iobj":
                    return c
            return None
        if spec.startswith("prep:"):
            return _prep(t, {spec[5:]})
        if spec.startswith("prepowner:"):
            # whose is the prepositional object: *police* in "died in police custody", *the Kotwali
            # police* in "died in the custody of the Kotwali police" (a coded modifier or of/by phrase)
            o = _prep(t, {spec[10:]})
            return self._noun_owner(o) if o is not None else None
        if spec.startswith("objprep:"):
            o = _obj_token(t)
            if o is None:
                return None
            ps = {spec[8:]}  # "sent 20 tonnes of food aid [to Yemen]": also the measured thing's phrase
            return _prep(o, ps) or next((h for x in measure_content(o) if (h := _prep(x, ps)) is not None), None)
        if spec == "xsubj":
            x = self._content_clause(t)
            if x is None:
                return None
            for c in x.children:
                if c.dep_ in SUBJ:
                    return c
            return None
        if spec == "helped":
            # the one a purpose clause helps: "earmarked 1.5 million euros in aid *to help Haiti*"
            for c in t.children:
                if c.dep_ in ("xcomp", "advcl") and c.i > t.i and lemma_of(c) in _HELP_VERBS:
                    return _obj_token(c)
            return None
        if spec == "xobj":
            x = self._content_clause(t)
            if x is None:
                return None
            # the content clause's object, else its with/to/on/against/from phrase; an actor first:
            # "threatened to break *relations* with *Russia*" is aimed at Russia
            preps = {"with", "to", "on", "against", "from", "at", "toward", "towards", "into", "inside"}
            o = _obj_token(x)
            while o is None and (nx := next((c for c in x.children if (c.dep_ == "xcomp" and c.pos_ == "VERB") or _bare_gerund(c)), None)):
                x, o = nx, _obj_token(nx)  # "vowed to keep fighting *the army*"
            found = [o] if o is not None else []
            found += [h for cs, h in _prep_args(x) if cs & preps]
            if o is not None:  # "to break *relations with Russia*", "to impose sanctions on Iran"
                found += [h for cs, h in _prep_args(o) if cs & preps]
            for h in found:
                if is_coded(self.actors.get(h, fallback=False)):
                    return h
            return found[0] if found else None
        if spec == "objowner":
            o = _obj_token(t)
            return _owner(o) if o is not None else None
        if spec == "poss":
            for c in t.children:
                if c.dep_ in ("nmod:poss", "poss") and not _is_temporal(c):  # not "this year's offensive"
                    return c
            return None
        if spec == "mod":
            for c in t.children:
                if c.dep_ in ("amod", "compound") and self._modifier_actor(c):
                    return c
            return None
        if spec == "between1":
            return _between(t)[0]
        if spec == "between2":
            return _between(t)[1]
        return None

    def _noun_owner(self, o: Token) -> Token | None:
        for c in o.children:
            if c.dep_ in ("nmod:poss", "poss", "compound", "amod") and c.i < o.i and self._modifier_actor(c):
                return c
        for cs, h in _prep_args(o):
            if cs & {"of", "by"} and is_coded(self.actors.get(h, fallback=False)):
                return h
        return None

    # -- matching ------------------------------------------------------------------------------
