"""The two sides of an event being built (split out of ``coding``: ``BuildMixin.build`` asks these in turn): the
source actor of a candidate (the actor of its source word, a pronoun's speaker, a role, a counted crowd, a coded
conjunct) and then its target actor (an object pronoun's antecedent in the clause before, a related party, the article's main country, a thing's owner, an example, a
message's addressee, a struck site's or a place's country, the force's host, the dyad's partner)."""

from __future__ import annotations

from lapwing.extract.events.actor_classes import _CROWD_NUMBERS
from lapwing.extract.events.argspecs import PATIENT_OWNED
from lapwing.extract.events.coding_checks import JOB_PEOPLE, VIOLENT_ROOTS, _own_possessive
from lapwing.extract.events.clause_pronoun import clause_antecedent
from lapwing.extract.events.context_force import force_from_context
from lapwing.extract.events.contact_targets import addressed_pronoun, message_addressee
from lapwing.extract.events.frames import Candidate
from lapwing.extract.events.owned import neighbour_is_main, own_country_thing, related_party, site_as_doer
from lapwing.extract.events.participants import is_coded
from lapwing.extract.events.place_targets import force_host, place_target, struck_town_country
from lapwing.extract.events.site_targets import struck_site_country
from lapwing.extract.events.syntax import lemma_of
from lapwing.extract.events.threat_conditions import condition_party
from lapwing.schema import Actor

#: purposes that make a rally a protest ("rallied in Caracas *to demand* new elections")
_PROTEST_PURPOSES = frozenset({"demand", "protest", "denounce", "condemn", "oppose", "reject", "decry", "press",
                               "urge", "call"})


#: acts of force and custody by which police meet the people of their own country (coercion, assault, fighting)
_POLICE_ROOTS = frozenset({"17", "18", "19"})


class EventSidesMixin:
    """Coder methods that find an event's source and target actors, for ``BuildMixin.build``."""

    def _event_source(self, c: Candidate, row, p) -> Actor | None:
        """The source actor of candidate ``c`` (``row``: its CAMEO row, ``p``: its pattern); may move
        ``c.source_tok`` to a coded conjunct or drop it."""
        src = self.actors.get(c.source_tok) or self.speaker_pronoun(c.source_tok)
        src = self.speaker_state(c.source_tok, src) or src  # "the ministry's spokesman said *China* supported ..."
        if src is not None and not (src.country or src.sector or src.name) and c.source_tok is not None \
                and lemma_of(c.source_tok) in JOB_PEOPLE:
            src = None  # "Analysts pointed to the army's inability to ...": a job word is a quote's speaker, no doer
        if not is_coded(src) and c.source_tok is not None and not c.nominal:
            named = src if src is not None else (
                self.actors.uncoded(c.source_tok, force=True)
                if c.source_tok.pos_ == "PROPN" or (c.source_tok.is_title and c.source_tok.pos_ == "NOUN") else None)
            src = self.role_as(c.trigger, named) or src  # "Suharto resigned *as president of Indonesia*"
        # a quantity head the actor tables do not know ("*Tens* of thousands of people marched", "*Thousands* of
        # farmers blocked the road") is the counted crowd, for a pattern that asks for a crowd and for a blockade
        # (session 34, round rf66; not for a strike, whose noun trigger would then stand as a second event)
        counted = src is None and c.source_tok is not None and not c.nominal and c.source_tok.lower_ in _CROWD_NUMBERS
        if src is None and row.root == "14" and p.has("agentless") and (
                (counted and (row.code[:3] == "144" or any(x.kind == "srccrowd" for x in p.conds)))
                or lemma_of(c.trigger) in ("demonstrate", "protest")
                or (lemma_of(c.trigger) == "march" and any(x.kind == "sub" or (x.kind == "src" and "protester" in x.values)
                                                          for x in p.conds))
                or (lemma_of(c.trigger) == "rally" and (c.target_tok is not None or any(
                    x.dep_ in ("advcl", "xcomp") and lemma_of(x) in _PROTEST_PURPOSES for x in c.trigger.children)))):
            # (a rally only against someone, outside a place, or to demand: fans rally to celebrate a title)
            # "Hundreds of Lebanese pacifists demonstrated ...", "thousands marched *to demand* ...", "some
            # 5,000 marched through the capital": a counted crowd (a march only with a protest's content or
            # through a place, by a pattern that asks for protesters or crowds: runners march too)
            src = self.crowd(c.source_tok)
        if not is_coded(src) and c.source_tok is not None and (row.root in VIOLENT_ROOTS or (
                src is None and c.source_tok.pos_ == "PRON")):
            # "beaten by county askaris *and police officers*": a coded conjunct of an uncoded doer is one;
            # "*She and other senior Kenyan ministers* held talks": so is one of a pronoun nothing resolves
            for x in c.source_tok.conjuncts:
                a = self.actors.get(x, fallback=False)
                if is_coded(a):
                    c.source_tok, src = x, a
                    break
        if row.root in VIOLENT_ROOTS and site_as_doer(c.source_tok):
            c.source_tok, src = None, None  # "the bombing of the embassy *that killed* 200": no killer named (owned.py)
        return src

    def _event_target(self, c: Candidate, src: Actor | None, row) -> tuple[Actor | None, Actor | None]:
        """The target actor of candidate ``c``, with the source actor ``src`` as a force word in context makes it
        (``(src, tgt)``); may move ``c.target_tok`` to a related party."""
        if not c.nominal:  # "sent rice to its neighbour *Laos*" (owned.py; a noun's pair stays as it was: "a
            c.target_tok = related_party(c.target_tok) or c.target_tok  # ceasefire between X and its neighbour, Y")
        tgt = self.actors.get(c.target_tok)
        if (tgt is None or (tgt.kind == "pronoun" and not is_coded(tgt))) and not c.nominal \
                and (ante := clause_antecedent(c.target_tok)) is not None \
                and (a := self.actors.get(ante)) is not None and (tgt is None or is_coded(a)):
            # "sued the company, accusing *it* of fraud", "called X and urged *him* to ...": the first clause's
            # patient, named (clause_pronoun.py)
            c.target_tok, tgt = ante, a
        if not is_coded(tgt) and (e := self._employer(c.target_tok)) is not None:
            c.target_tok, tgt = e, self.actors.get(e)  # "two reporters *for the BBC*" (employer_phrase.py)
        if not is_coded(tgt) and src is not None and neighbour_is_main(
                c.target_tok, src.country, main := self.ctx.data.get("main_country")):
            s_, e_ = (tgt.start, tgt.end) if tgt is not None else (c.target_tok.idx, c.target_tok.idx + len(c.target_tok))
            tgt = Actor(text=(tgt.text if tgt is not None else c.target_tok.text), country=main, start=s_, end=e_,
                        kind="gpe", rule="events:neighbour-main")  # "Senegal supported its neighbour" (owned.py)
        if not is_coded(tgt) and c.target_tok is not None and c.target_tok.pos_ == "NOUN" \
                and not (lemma_of(c.target_tok) in PATIENT_OWNED and row.root < "17") \
                and (owner := self._noun_owner(c.target_tok)) is not None:
            # "tariffs on *Canadian* exports", "cyber-attacks on *U.S.* financial institutions": whose things they are
            own = self.actors.get(owner)
            if is_coded(own):
                tgt = own
        if not is_coded(tgt) and (ex := self.example_target(c.target_tok)) is not None:
            tgt = self.actors.get(ex)  # "urged allies *such as Germany* to ..." (arguments.py)
        if (not is_coded(tgt) or addressed_pronoun(c.target_tok, c.trigger) or (src is not None and src.country and (
                tgt.country, tgt.sector) == (src.country, None))) and not c.nominal and row.root < "14" \
                and (adr := message_addressee(c.trigger)) is not None and is_coded(adr_actor := self.actors.get(adr)):
            tgt = adr_actor  # "sent a letter to X *threatening* to ...", "... *urging him*": its addressee (contact_targets.py)
        if tgt is None and row.root == "13" and src is not None \
                and (cond := condition_party(c.trigger)) is not None and is_coded(party := self.actors.get(cond)) \
                and party.start != src.start and (party.country, party.sector) != (src.country, src.sector):
            c.target_tok, tgt = cond, party  # "threatened to quit the talks *if Washington* ..." (threat_conditions.py;
            # a threat that names whom it strikes keeps it: "to attack the convoy if the army ...")
        if not is_coded(tgt) and (site := struck_site_country(self, c.target_tok, c.trigger, row.root)) is not None:
            tgt = self.actors.get(site)  # "air strikes against Kurdish positions *in northern Iraq*" (site_targets.py)
        elif src is not None and not is_coded(tgt) and (town := struck_town_country(self, c.target_tok, c.trigger, row.root)) is not None:
            tgt = town  # "shelled depots *in Kandahar*": the town's country (place_targets.py)
        if src is not None and not is_coded(tgt) and (place := place_target(self, c.trigger, c.anchor, c.code, c.source_tok,
                                                         c.target_tok, bool(src.country))) is not None:
            tgt = place  # "imposed a curfew in parts *of Kandy*", "aid for *Haiti*" (place_targets.py)
        mentions = self.ctx.data.get("actors")
        src = force_from_context(mentions, c.source_tok, src) or src  # "*The team* returned fire"
        tgt = force_from_context(mentions, c.target_tok, tgt) or tgt
        if src is not None and (host := force_host(self, c.code, c.target_tok, src)) is not None:
            tgt = host  # "troops to the UN mission *in Mali*": the place the force serves (place_targets.py)
        if src is not None and tgt is not None and src.start == tgt.start:
            tgt = None
        if tgt is not None and src is not None and (tgt.country, tgt.sector) == (src.country, src.sector) \
                and _own_possessive(c):
            tgt = None  # "Russia suspended *its* participation in the treaty": the subject's own thing, no target
        if tgt is not None and src is not None and row.root < "17" and own_country_thing(
                c.target_tok, src.country, tgt.country, tgt.sector,
                lambda w: getattr(self.actors.get(w, fallback=False), "country", None)):
            tgt = None  # "Trump threatened to pull *US* funding": the doer's own thing (owned.py)
        tgt = tgt or self.pair_partner(c, src)  # "the two sides signed", "after their meeting": each other
        return src, self._police_people(c, src, tgt, row)

    def _police_people(self, c: Candidate, src: Actor | None, tgt: Actor | None, row) -> Actor | None:
        """(session 35, round ar70) The people a country's police use force on or detain, named by no country
        ("*Egyptian* police opened fire on demonstrators", "Kenyan police arrested 20 protesters"), are of the police's
        own country, when the sentence names no other: police act at home. Civilians or people of no sector only; not for an army ("Israeli troops shot
        two protesters" names no place of the people), nor for a named person or a body."""
        if src is None or tgt is None or tgt.country or (tgt.sector or "CVL").upper() != "CVL" \
                or (src.sector or "").upper() != "COP" \
                or not src.country or row.root not in _POLICE_ROOTS or tgt.kind not in (None, "agent") \
                or c.target_tok is None or c.target_tok.pos_ != "NOUN":
            return tgt
        if any(code != src.country for _, _, code in self._sentence_countries(c.trigger.sent)):
            return tgt
        return tgt.model_copy(update={"country": src.country, "rule": (tgt.rule or "actor") + "+police-country"})
