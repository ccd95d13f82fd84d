"""Appositives: "Juan Guaido, the opposition leader," and "the opposition leader, Juan Guaido,": the name and the
title are one person, the name taking the title's country and sector. A mixin of the coder (through
:class:`lapwing.extract.actors.coref._Coref`)."""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.chains import Chain
from lapwing.extract.actors.common import POSSESSIVE_PRONOUNS, TITLED_SECTORS, ActorMention
from lapwing.extract.actors.serving_body import serving_body


#: the sectors of an appositive title whose guess of the article's main country a named person takes
_APPOSED_SECTORS = TITLED_SECTORS - {"JUD"}
#: the parts of speech of a short prepositional phrase after a title ("the AU's mediator *for the crisis*, X")
_PP_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM"})


class _Appositives:
    """The coder's appositive link (it reads ``self.doc``, ``self.d``, ``self.codes``, ``self.names`` and
    ``self.titles``)."""

    def appositive(self, a: ActorMention, ca: Chain, b: ActorMention, cb: Chain) -> None:
        """``Juan Guaido, the opposition leader,`` / ``the opposition leader, Juan Guaido,``."""
        doc = self.doc
        if serving_body(self, a, b):
            return  # "X, the shadow minister *for Spain's Socialist party*,": the body the title serves
        pp = _pp_title(self, a, b)  # "Ghana's envoy *to the United Nations*, Kofi Mensah,": the envoy's name
        a = pp or a
        # one token between them (read from the token columns: most pairs stop here)
        country_possessor = _country_possessor(self.d, a.end, b.start)
        if (b.start - a.end != 1 or self.d.text[a.end] not in (",", "(", "\u2014", "--")) \
                and not _phrase_then_comma(doc, a.end, b.start) and not country_possessor and pp is None:
            return
        after = doc[b.end] if b.end < len(doc) else None
        if after is not None and after.lower_ in ("and", "or"):
            return  # a list: Maduro, Putin and Erdogan
        ka, kb = self.codes[id(a)], self.codes[id(b)]
        named_a = a.kind in ("person", "org") and id(a) in self.names
        named_b = b.kind in ("person", "org") and id(b) in self.names
        titled_a = a.kind == "agent" and ka.person
        titled_b = b.kind == "agent" and kb.person
        if self.d.parsed:
            hb, ha = doc[b.head], doc[a.head]
            linked = (hb.dep_ == "appos" and a.start <= hb.head.i < a.end) or \
                     (ha.dep_ == "appos" and b.start <= ha.head.i < b.end)
        else:
            linked = False
        closing = after is None or after.is_punct or after.is_sent_end
        if named_a and a.kind == "person" and b.kind == "norp" and kb.person and kb.country and ka.country is None \
                and b.end - b.start == 2 and self.d.lower[b.start] in ("a", "an") and (linked or closing):
            ka.country, ka.sources["country"] = kb.country, "appositive"  # "Jane Wanjiru, a Kenyan,": her country
            a.update_actor({"country": kb.country, "rule": ka.rule})
            return
        if named_a and titled_b and (linked or closing):
            named, title = a, b
        elif titled_a and named_b and (linked or closing):
            named, title = b, a
        else:
            return
        kn, kt = self.codes[id(named)], self.codes[id(title)]
        upd = {}
        # a former office's nationality is the past: "the AU's mediator, former Sierra Leonean foreign minister X"; a
        # name's main-country guess gives way to the description's own country ("Judge X, the court's president")
        was = kn.sources.get("sector") == "former" and kt.sector is not None and kt.sector != "ELI" \
            or kn.sources.get("country") == "main-country"
        # "Anna Voss, *the country's* foreign minister": the article's country is the description's own
        said = self.codes[id(title)].sources.get("country") != "main-country" or country_possessor
        if (kn.country is None or was) and kt.country and said:
            kn.country = upd["country"] = kt.country
            kn.sources["country"] = "appositive"
        elif kn.country is None and kt.country and named.kind == "person" \
                and (any("-" in t.text for t in doc[named.start:named.end]) or _domestic_guess(self, title, kt)):
            # a hyphenated name the parse now keeps whole ("the leader of X, Mariama Conteh-Bangura,"): the
            # title's guess of the article's country stays the person's, as it was the title's alone before; so does
            # a title of national politics or the press ("X, a member of the senate,"), as a title before the
            # name gives it ("Senator X": coder step 5; session 32, co61; :func:`_domestic_guess`)
            kn.country = upd["country"] = kt.country
            kn.sources["country"] = "main-country"
        if kt.sector and (kn.sector is None or kn.sources.get("sector") not in ("dictionary", "title")):
            if kn.sector != kt.sector:
                kn.sector = upd["sector"] = kt.sector
                kn.sources["sector"] = "appositive"
        if upd:
            upd["rule"] = kn.rule
            named.update_actor(upd)
        title.update_actor({"name": kn.name, "country": kn.country, "sector": kn.sector, "rule": "appositive"})
        title.antecedent = named
        self.index.set_entity(title, named.entity)
        self.titles[id(named)] = self.titles.get(id(named), []) + self.titles.get(id(title), [])
        if id(title) in self.body_titled:
            self.body_titled.add(id(named))  # "Omar Farah, president of the Unity Party"

    # -- definite descriptions ---------------------------------------------------------------------------------


def _phrase_then_comma(doc: Any, a_end: int, b_start: int) -> bool:
    """A prepositional phrase of a few words, then a comma, between a title and the name it is in apposition
    with: "The African Union's mediator *for the crisis,* former foreign minister Amara Sesay, ..."."""
    if not (2 < b_start - a_end <= 6) or doc[a_end].pos_ != "ADP" or doc[b_start - 1].text != ",":
        return False
    return all(doc[k].pos_ in _PP_POS for k in range(a_end, b_start - 1))


#: "the *country*'s foreign minister": words for the state the article is about
_STATE_WORDS = frozenset({"country", "nation", "state", "kingdom", "republic"})


def _country_possessor(d, a_end: int, b_start: int) -> bool:
    """Only ", the country's" between a name and its title: "Anna Voss, *the country's* foreign minister, said" (the
    title's mention starts after the possessor)."""
    if b_start - a_end != 4:
        return False
    w = d.lower
    return d.text[a_end] == "," and w[a_end + 1] == "the" and w[a_end + 2] in _STATE_WORDS \
        and w[a_end + 3] in ("'s", "\u2019s")


#: the prepositions of a short phrase between a title and the name in apposition with it
_TITLE_PREPS = frozenset({"to", "for", "at", "in", "on"})


def _pp_title(coder: Any, a: ActorMention, b: ActorMention) -> ActorMention | None:
    """"Ghana's envoy *to the United Nations*, Kofi Mensah,", "a spokesman *for Peru's interior ministry*, Jorge
    Salas,": the title before a short prepositional phrase whose object is the mention ``a`` just before the name
    ``b``; the name is the title's, not the object's (session 32, co61). None unless ``a`` is a body, a place or a
    group (not a person: "the envoy to the president, Ali Hassan," is the president) and ``b`` a name after one comma,
    and the phrase is a preposition, "the" and ``a`` (at most eight words from the title to the name)."""
    d = coder.d
    if b.kind != "person" or b.start - a.end != 1 or d.text[a.end] != "," or a.kind == "pronoun" \
            or a.kind == "person" or coder.codes[id(a)].person:
        return None
    k = a.start
    if k > 0 and d.lower[k - 1] == "the":
        k -= 1
    if k == 0 or d.lower[k - 1] not in _TITLE_PREPS:
        return None
    k -= 1
    for x in reversed(coder.mentions):
        if x.end <= k and not x.nested:
            if x.end == k and x.kind == "agent" and coder.codes[id(x)].person and b.start - x.end <= 8:
                return x
            return None
    return None


def _domestic_guess(coder: Any, title: ActorMention, kt: Any) -> bool:
    """May a named person take the main-country guess of the title in apposition with it ("X, a member of the upper
    house,")? Only a title of national politics or the press (not a court's: a lawyer's or a judge's country is the
    court's place when the event coder finds one, ``court_place.py``), with no possessor of its own ("Malaysia sent
    *its* foreign minister, X,": the guess was another rule's, the possessor's country is the person's), in a sentence
    that names no country."""
    if kt.sector not in _APPOSED_SECTORS:
        return False
    if any(coder.d.lower[k] in _POSSESSIVE_WORDS for k in range(title.start, title.end)):
        return False
    return not coder.sentence_countries(coder.doc[title.start].sent)


_POSSESSIVE_WORDS = POSSESSIVE_PRONOUNS | {"'s", "\u2019s"}
