"""Checks the coder makes on one mention against its neighbours: two titles of one person joined by
"and", a country or role word that only modifies another noun, a stance noun ("opposition to")."""

from __future__ import annotations

from lapwing.extract.actors.analysis import _Analysis
from lapwing.extract.actors.chains import Chain
from lapwing.extract.actors.common import DETERMINERS, NER_LABELS, ActorMention
from lapwing.extract.actors.nouns import owned_noun
from lapwing.extract.manner_words import manner_adverb


class _MentionChecks:
    """Mixed into the coder: reads ``self.doc``, ``self.d``, ``self.codes``, ``self.names``, ``self.titles``,
    ``self.mentions`` and ``self.ctx``."""

    def joined_titles(self, a: ActorMention, b: ActorMention, bn: _Analysis) -> bool:
        """``Former Moldovan defence minister and opposition figure Piotr Kowal``: two titles of one person
        joined by "and" make one mention, named by the second. The person keeps the sector of the title
        next to the name (the current role) and takes the first title's country when it has none; with no
        sector of its own it takes the first title's. Not when the first title has a determiner ("the
        minister and opposition leader Anna Voss met" names two people) or a name of its own, nor before
        a plural verb."""
        doc = self.doc
        if b.start != a.end + 1 or doc[a.end].lower_ != "and" or a.nested or b.nested:
            return False
        ka, kb = self.codes[id(a)], self.codes[id(b)]
        if a.kind != "agent" or not ka.person or b.kind != "person" or id(b) not in self.names:
            return False
        if bn.head_agent is None or bn.name_item is None or bn.head_agent.start > bn.name_item.start \
                or doc[b.start].i == bn.name_item.start:
            return False  # the second phrase must itself be "title + name"
        if doc[a.start].lower_ in DETERMINERS:
            return False
        nxt = next((t for t in doc[b.end:b.end + 6] if t.pos_ in ("VERB", "AUX")), None)
        if nxt is not None and (nxt.tag_ == "VBP" or nxt.lower_ in ("are", "were", "have")):
            return False
        upd: dict = {}
        if kb.country is None and ka.country and ka.sources.get("country") != "main-country":
            kb.country = upd["country"] = ka.country
            kb.sources["country"] = ka.sources.get("country", "nationality")
        if ka.sector and (kb.sector is None or kb.sources.get("sector") == "former" != ka.sources.get("sector")):
            kb.sector = upd["sector"] = ka.sector  # (the current role: "opposition candidate and *former* mayor X")
            kb.sources["sector"] = ka.sources.get("sector", "title")
        text = self.ctx.article.text
        cs = doc[a.start].idx
        upd.update(text=text[cs:b.actor_view.end], start=cs, rule=kb.rule)
        b.update_actor(upd)
        b.start = a.start
        self.index.moved(b)
        self.titles[id(b)] = self.titles.get(id(b), []) + self.titles.pop(id(a), [])
        if id(a) in self.body_titled:
            self.body_titled.add(id(b))
        # (by identity: ``list.remove`` would compare the mentions before ``a`` field by field, making their actors)
        del self.mentions[next(k for k, x in enumerate(self.mentions) if x is a)]
        self.index.remove(a)
        self.codes.pop(id(a), None)
        return True

    def modifies_other_noun(self, an: _Analysis, chain: Chain) -> bool:
        """A country or role word used as a modifier of a non-actor noun (Venezuela crisis, army base)."""
        if not self.d.parsed or an.head.type not in ("anchor",):
            return False
        a = an.head.anchor
        if not (a.kind in ("agent", "country") or (a.kind == "ner" and NER_LABELS.get(a.label) in ("norp", "gpe"))):
            return False
        k = an.head.end - 1
        h = self.d.head[k]  # (the token columns first: most words are no such modifier)
        if self.d.dep[k] in ("compound", "amod") and h >= chain.end and self.d.pos[h] in ("NOUN", "PROPN"):
            t = self.doc[k]
            if h == chain.end and t.head.dep_ in ("nsubj", "nsubj:pass", "advmod") and manner_adverb(t.head.lower_):
                return False  # "the interior minister *sharply* criticised": an adverb read as the noun it modifies
            # a verb between the word and "its" noun shows a misparse, not a compound: "police detained
            # migrants" read as one noun phrase (a hyphenated participle, "army-backed", is a modifier)
            if any(self.doc[k].pos_ in ("VERB", "AUX") and self.doc[k].tag_ in ("VBD", "VBN", "VBZ", "VBP")
                   and not self.d.is_hyphen(k - 1) for k in range(an.head.end, t.head.i)):
                return False
            # a person's title joined by "and" to a second title and a name, the parse hanging the first
            # on the second: "Ghanaian trade minister and ruling party chairman Kofi Mensah"
            title = a.kind == "agent" and a.agent is not None and a.agent.person
            if title and chain.end < len(self.doc) and self.doc[chain.end].lower_ == "and" \
                    and (self.d.anchor_at.get(t.head.i) is not None or self.d.is_name(t.head.i)):
                return False
            if owned_noun(t.head, agent=a.kind == "agent") and (a.kind != "agent" or t.pos_ in ("NOUN", "PROPN")):
                return False
            return True
        return False

    def abstract_noun(self, an: _Analysis) -> bool:
        """``opposition to the plan``: the word names a stance, not a group."""
        h = an.head
        if h.type != "anchor" or h.anchor.kind != "agent" or h.end >= len(self.doc):
            return False
        return self.d.lower[h.end - 1] in ("opposition", "resistance") and self.d.lower[h.end] == "to"
