"""The coder: one pass over the sentences that turns analysed chains into coded mentions, their entities and
their coreference (the coding rules of one phrase: code_rules.py; the countries a sentence names:
sentence_countries.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.tokens import Span

from lapwing.extract.actors.analysis import _analyse, _Analysis
from lapwing.extract.actors.body_offices import body_office
from lapwing.extract.actors.chains import Chain, Item, _chains, _Doc
from lapwing.extract.actors.article_people import earlier_namesake, office_body_reference, other_namesakes
from lapwing.extract.actors.code_rules import _CodeRules
from lapwing.extract.actors.common import DETERMINERS, ActorMention, Codes, PendingActor
from lapwing.extract.actors.context import _sentences, dateline, main_country
from lapwing.extract.actors.sentence_partner import sentence_partner_country
from lapwing.extract.actors.context_refs import (acronym_antecedent, led_group_reference, of_pair_members, org_reference,
                                                 pair_members, possessor_bloc, sheriff_deputies)
from lapwing.extract.actors.coref import _Coref
from lapwing.extract.actors.dictionary import _choose_actor
from lapwing.extract.actors.lookup import Anchor, _add_entities, _scan
from lapwing.extract.actors.mention_checks import _MentionChecks
from lapwing.extract.actors.mention_index import MentionIndex
from lapwing.extract.actors.namesakes import is_namesake
from lapwing.extract.actors.near_names import near_name_anchors
from lapwing.extract.actors.name_repeats import initialism, repeated_name, short_company_name
from lapwing.extract.actors.role_country import same_role_country
from lapwing.extract.actors.sentence_countries import _SentenceCountries
from lapwing.extract.actors.short_names import short_org_names
from lapwing.extract.actors.bare_legislatures import bare_legislatures
from lapwing.extract.actors.state_descriptions import described_country_start, described_states
from lapwing.extract.actors.titles import _Titles
from lapwing.extract.actors.token_index import TokenIndex
from lapwing.extract.actors.us_states import party_state_label, us_state_anchors
from lapwing.extract.registry import Context
from lapwing.lexicons import Coding, actor_paths, agent_paths, article_day, fold_token, igo_codes, lexicon
from lapwing.schema import Actor


class _Coder(_CodeRules, _SentenceCountries, _MentionChecks, _Coref, _Titles):
    """Codes the mentions of one article (the coding rules in :class:`_CodeRules`, the countries a sentence names in
    :class:`_SentenceCountries`, coreference methods in :class:`_Coref`)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        config = ctx.config or {}
        self.lex = lexicon(actor_paths(config), agent_paths(config))
        self.day: date | None = article_day(ctx.article.published)
        self.igos = igo_codes()
        anchors = _scan(self.doc, self.lex, ix := TokenIndex(self.doc))  # (its tokens read once: token_index.py)
        near = near_name_anchors(self.doc, anchors, self.lex, ix, lambda s, e, hits: Anchor(s, e, "actor", hits))
        if near:  # "President Laurent Gbago": the dictionary's name with one letter wrong (near_names.py)
            anchors = sorted(anchors + near, key=lambda a: a.start)
        self.anchors = us_state_anchors(self.doc, _add_entities(self.doc, anchors, ix), self.lex)
        _code, self.dateline_end = dateline(ctx.article.text, self.lex)
        self.d = _Doc(self.doc, self.anchors, ix)
        self.main, self.main_evidence = main_country(ctx.article.text, self.anchors, self.lex, ctx.article.title)
        self.mentions: list[ActorMention] = []
        self.index = MentionIndex(self)  # the mentions by entity, sentence and name (mention_index.py)
        self.codes: dict[int, Codes] = {}  # id(mention) -> codes
        self.names: dict[int, tuple[str, ...]] = {}  # id(mention) -> folded name tokens
        self.entity_of_key: dict[Any, int] = {}
        self.next_entity = 0
        self.bare: set[int] = set()  # ids of mentions that are a bare name (no title, nationality...)
        # id(mention) -> its title words, folded, each with "is a former office" (for definite descriptions)
        self.titles: dict[int, list[tuple[str, bool]]] = {}
        self.body_titled: set[int] = set()  # ids of mentions whose title is an office of a body (body_offices.py)
        self._dictionary: dict[int, Coding | None] = {}  # id(anchor) -> choose_actor(...), see dictionary()
        self.gender_words: dict[tuple, frozenset[str]] = {}  # see coref.GenderTable
        self._sentence_countries: dict[tuple[int, int], frozenset[str]] = {}  # see sentence_countries()
        self._anchor_order: tuple[list[int], list[int]] | None = None  # see _sentence_anchors()

    # -- helpers ---------------------------------------------------------------------------------------
    def actor(self, start: int, end: int, codes: Codes, kind: str, rule: str | None = None) -> Actor:
        return self.actor_later(start, end, codes, kind, rule).make()

    def actor_later(self, start: int, end: int, codes: Codes, kind: str, rule: str | None = None) -> PendingActor:
        """What :meth:`actor` would make now, kept to be made at the mention's first ``actor`` read (most mentions'
        actors are never read)."""
        d = self.d
        cs, ce = d.idx[start], d.idx[end - 1] + len(d.text[end - 1])
        return PendingActor(self.ctx.article.text, cs, ce, codes, kind, rule)

    def head_token(self, start: int, end: int, prefer: Item | None) -> int:
        if self.d.parsed:
            heads = self.d.head
            outside = [k for k in range(start, end) if not (start <= heads[k] < end) or heads[k] == k]
            if prefer is not None:
                inner = [k for k in outside if prefer.start <= k < prefer.end]
                if inner:
                    return inner[0]
            if outside:
                return outside[0]
        if prefer is not None:
            return prefer.end - 1
        return end - 1

    def dictionary(self, item: Item) -> Coding | None:
        a = item.anchor
        if a is None or a.kind != "actor" or is_namesake(self, a):
            return None  # (a namesake of the dictionary's actor in this article: namesakes.py)
        # asked for many times per anchor; the answer depends on the anchor and the day only
        key = id(a)
        if key not in self._dictionary:
            self._dictionary[key] = _choose_actor(a.actors, self.day)
        return self._dictionary[key]

    def item_codes(self, item: Item) -> Codes | None:
        """Codes of an item used as an affiliation or possessor (Maduro, the Kremlin, his)."""
        if item.type == "pron":
            m = self._pron_mentions.get(item.start)
            if m is not None and m.resolved:
                return Codes(m.actor_view.name, m.actor_view.country, m.actor_view.sector)
            return None
        if item.type == "mod":
            return None
        a = item.anchor
        if a is not None and a.kind == "actor":
            c = self.dictionary(item)
            if (own := earlier_namesake(self, item, c)) is not None:
                return own  # "Lai's son" after "media tycoon Jimmy Lai" (article_people.py)
            if c is not None:
                return Codes(c.name, c.country, c.sector if c.in_term else None, kind=c.kind)
            return None
        if a is not None and a.kind == "agent" and a.agent is not None:
            return possessor_bloc(self, item.start, item.end) or Codes(None, None, a.agent.agent.sector)
        if a is not None and a.kind == "country" and a.country is not None:
            return Codes(a.country.name, a.country.code, None, kind="country")
        # an unknown name: its earlier mention, if any
        key = self.name_key(item.start, item.end)
        prior = self.find_by_name(key)
        if prior is not None:
            c = self.codes[id(prior)]
            return Codes(c.name, c.country, c.sector, kind=c.kind)
        return None

    def item_text(self, item: Item) -> str:
        return " ".join([fold_token(x) for x in self.d.text[item.start:item.end]])

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, cut from the document's text (no Span built)."""
        d = self.d
        end = min(end, d.n)
        if end <= start:
            return ""
        return d.doc_text[d.idx[start]:d.idx[end - 1] + len(d.text[end - 1])]

    def name_key(self, start: int, end: int) -> tuple[str, ...]:
        d = self.d
        text, alpha = d.text, d.alpha
        return tuple([fold_token(text[k]) for k in range(start, min(end, d.n)) if alpha[k] or "-" in text[k]])

    # -- the pass ---------------------------------------------------------------------------------------------
    def run(self) -> list[ActorMention]:
        self._pron_mentions: dict[int, ActorMention] = {}
        self.envoy_country: dict[int, str] = {}  # id(person mention) -> the country of the state that sent them
        self._retry = []
        prev: tuple[ActorMention, Chain] | None = None
        self.sentences = _sentences(self.doc)  # (read again by article_country.py)
        for si, sent in enumerate(self.sentences):
            prev = None
            for chain in _chains(self.d, sent):
                if self.d.idx[chain.start] < self.dateline_end:
                    continue  # the dateline names a place, not an actor
                # possessive pronouns inside the phrase first ("his supporters")
                for it in chain.items:
                    if it.type == "pron" and (len(chain.items) > 1):
                        self.pronoun(it.start, si, sent, nested=True)
                an = _analyse(chain, self.d)
                if an is None:
                    continue
                if an.kind == "pronoun":
                    self.pronoun(an.head.start, si, sent, nested=False)
                    continue
                if self.modifies_other_noun(an, chain) or self.abstract_noun(an):
                    continue
                for it in an.nested:
                    self.add_nested(it, si, sent)
                m = party_state_label(self, self.add(an, chain, si, sent))  # "Jane Roe, R-Texas,"
                if m is None:
                    continue
                if prev is not None:
                    self.appositive(prev[0], prev[1], m, chain)
                    if self.joined_titles(prev[0], m, an):
                        prev = (m, Chain(prev[1].items + chain.items))
                        continue
                prev = (m, chain)
        self.retry_subject_pronouns()  # "X urged the president ... He also urged Farmajo"
        of_pair_members(self)  # "the leaders of Japan and Indonesia"
        sentence_partner_country(self)  # "Kenyan police arrested opposition leader Joseph Mwangi" (sentence_partner.py)
        short_org_names(self)  # "the Brotherhood" after "the Muslim Brotherhood" (short_names.py)
        bare_legislatures(self)  # "the Senate" in an article about one state (bare_legislatures.py)
        described_states(self)  # "Nauru ... The Pacific island nation accused" (state_descriptions.py)
        self.mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
        pos = {id(m): k for k, m in enumerate(self.mentions)}
        for m in self.mentions:
            if isinstance(m.antecedent, ActorMention):
                m.antecedent = pos.get(id(m.antecedent))
        return self.mentions

    def add_nested(self, seg: list[Item], si: int, sent: Span) -> None:
        """A possessor or ``of`` complement that names an actor: a mention of its own."""
        items = [it for it in seg if it.type != "pron"]
        while items and items[0].type == "mod" and self.doc[items[0].start].lower_ in DETERMINERS:
            items = items[1:]
        if not items:
            return
        chain = Chain(items)
        an = _analyse(chain, self.d)
        if an is None or an.kind == "pronoun" or an.quant is not None:
            return
        if an.head.type == "anchor" and an.head.anchor.kind == "agent":
            return  # "the opposition" in "leader of the opposition" is part of the title
        if an.head.type == "name" and an.head_agent is None:
            return
        if self.index.has_span(chain.start, chain.end):
            return
        self.finish(an, chain, si, sent, chain.start, chain.end, nested=True)

    def add(self, an: _Analysis, chain: Chain, si: int, sent: Span) -> ActorMention | None:
        start, end = chain.start, chain.end
        while start < end - 1 and self.doc[start].dep_ == "cc:preconj":
            start += 1  # "*Both* Pakistan and China": the preconjunct is the coordination's, not the party's (round nl66)
        # trailing possessive marker belongs to the phrase only when it is the head's
        if self.d.is_poss(end - 1) and an.head.end < end - 1:
            end = an.head.end
        if an.head.type == "name" and an.head_agent is None and not any(
                it.anchor and it.anchor.agent and it.anchor.agent.agent.has("honorific") for it in an.title_agents) \
                and self.find_by_name(self.name_key(an.head.start, an.head.end)) is None \
                and acronym_antecedent(self, an.head.start, an.head.end) is None \
                and short_company_name(self, an.head.start, an.head.end) is None:  # ("Tullow" after "Tullow Oil plc")
            # an unknown capitalised word without a title: not enough to call it an actor, unless it
            # repeats (part of) the name of one earlier person, whether or not the NER tagged it again
            return None
        if an.head.type == "anchor" and an.head.anchor is not None and an.head.anchor.kind == "country" \
                and an.head_agent is None and not an.title_agents \
                and an.head.start == start + (an.head.start > start and self.d.lower[start] == "the"):
            start = described_country_start(self, start, end)  # "the island nation of Fiji" (state_descriptions.py)
        return self.finish(an, chain, si, sent, start, end, nested=False)

    def finish(self, an: _Analysis, chain: Chain, si: int, sent: Span, start: int, end: int,
               nested: bool) -> ActorMention | None:
        codes = self.code(an, sent)
        head_tok = self.head_token(start, end, an.quant or an.head)
        m = ActorMention(start, end, head_tok, self.actor_later(start, end, codes, codes.kind), None,
                         kind=codes.kind, sent=si, plural=codes.plural, nested=nested)
        self.codes[id(m)] = codes
        bare = not an.title_agents and an.head_agent is None and not an.countries and not an.affiliations
        # entity and name coreference
        key = None
        if an.name_item is not None and codes.kind in ("person", "org"):
            self.names[id(m)] = self.name_key(an.name_item.start, an.name_item.end)
            dic = self.dictionary(an.name_item) if an.name_item.type == "anchor" else None
            if dic is not None:
                key = ("dict", dic.name)
                e = self.entity_of_key.get(key)
                first = next(iter(self.index.of_entity(e)), None) if e is not None else None
                other = self.find_by_name(self.names[id(m)]) if first is None and codes.kind == "person" and len(
                    self.names[id(m)]) == 1 else None
                if other is not None and self.codes[id(other)].name != dic.name \
                        and self.codes[id(other)].sources.get("country") != "main-country":
                    # "Solberg" after "his spokesman, Henrik Solberg": the surname of an earlier person the
                    # dictionary does not know, not the dictionary's Erna Solberg (unless that person's country is
                    # only the article's, a guess the dictionary's country beats)
                    first, key, bare = other, ("entity", other.entity), True
                elif first is None and bare and codes.kind == "person" and codes.sources.get("country") == "dictionary" \
                        and other_namesakes(self, self.names[id(m)], dic):
                    # "the younger Lai" after "Jimmy Lai" and "Sebastien Lai": one of them, not the dictionary's
                    # third Lai (article_people.py): no codes
                    own = self.span_text(an.name_item.start, an.name_item.end)
                    codes = self.codes[id(m)] = Codes(own, None, None, {}, codes.kind, codes.person, codes.plural)
                    m.update_actor({"name": own, "country": None, "sector": None, "rule": None, "lexicon": None})
                    key = None
            else:
                first = self.find_by_name(self.names[id(m)]) if codes.kind == "person" or (
                    # a bare one-word name the NER took for an organisation, that repeats one earlier person's
                    # given or family name ("who spoke to *Arunee*" after "Prime Minister Arunee Sirisombat")
                    codes.kind == "org" and bare and len(self.names[id(m)]) == 1 and not codes.country) else None
                if first is not None and codes.kind == "org":
                    codes.kind = m.kind = "person"
                    m.update_actor({"kind": "person"})
                if first is not None:
                    key = ("entity", first.entity)
            acr = acronym_antecedent(self, an.name_item.start, an.name_item.end) if not m.coded else None
            if acr is not None:  # "KHRC" after "the Kenya Human Rights Commission (KHRC)"
                first, key, m.kind, codes.kind = acr, ("entity", acr.entity), "org", "org"
                m.update_actor({"kind": "org"})
            if first is not None:
                self.inherit(m, first, bare or acr is not None)
        if not nested and not codes.sector and key is None and (
                codes.kind in ("org", "agent") or codes.kind == "person" and initialism(self, start, end)):
            rep = repeated_name(self, m, start, end)  # "the National Unity League" after "the ruling National ..."
            if rep is not None:
                if codes.kind == "person":  # "The PDP" the NER took for a person, after "the opposition PDP party"
                    codes.kind = m.kind = "org"
                    m.update_actor({"kind": "org"})
                self.inherit(m, rep, False)
                codes = self.codes[id(m)]
        if not nested and key is None and codes.kind in ("person", "org", "agent") \
                and (firm := short_company_name(self, start + (self.d.lower[start] == "the"), end)) is not None:
            # "Kestrel" after "Kestrel Mining Holdings Ltd": the firm, not a person of that name; "Halden Marine"
            # after "Halden Marine Inc.": the firm, not marines (name_repeats.py)
            codes.kind = m.kind = "org"
            m.update_actor({"kind": "org"})
            self.inherit(m, firm, True)
            codes = self.codes[id(m)]
            key = ("entity", firm.entity)
        if an.head_agent is not None:
            self.titles[id(m)] = [(self.item_text(it), an.former) for it in [an.head_agent] + an.title_agents]
            if body_office(self.doc, an.head_agent.end) or (
                    an.name_item is not None and an.name_item.start >= an.head_agent.end
                    and body_office(self.doc, an.name_item.end)):
                # "president of the Unity Party", "Chairman Kofi Boateng of the electoral commission": not the bare title
                self.body_titled.add(id(m))
            if not nested and codes.kind in ("person", "agent"):
                led_group_reference(self, m, an) or office_body_reference(self, m, an)  # "Alliance leader X"
            if not nested:
                sheriff_deputies(self, m, an)  # "Deputies tased an inmate", in an article that names a sheriff
        if codes.kind == "agent":
            first = None if nested else (self.description(m, an, chain) or org_reference(self, m, an))
            if first is None and not nested:
                pair_members(self, m, an) or same_role_country(self, m, an, sent)  # "the minister": role_country.py
            if first is not None:
                key = ("entity", first.entity)
            else:
                key = ("agent", fold_token(self.span_text(an.head.start, an.head.end)), codes.country, codes.sector)
        if codes.kind in ("gpe", "norp") and codes.country:
            key = (codes.kind, codes.country)
        if key is not None and key[0] == "entity":
            m.entity = key[1]
        else:
            m.entity = self.new_entity(key)
        self.mentions.append(m)
        self.index.add(m)
        return m
