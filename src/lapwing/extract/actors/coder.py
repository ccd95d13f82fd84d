"""The coder: one pass over the sentences that turns analysed chains into coded mentions (dictionary,
titles, nationality, group words, the article's main country)."""

from __future__ import annotations

from bisect import bisect_left
from datetime import date
from typing import Any

from spacy.tokens import Span

from lapwing.extract.abroad_words import abroad_place
from lapwing.extract.exemplars import exemplar_token
from lapwing.extract.actors.administration import administration_country
from lapwing.extract.actors.analysis import _analyse, _Analysis, posted_abroad, posting_owner
from lapwing.extract.actors.body_offices import body_office
from lapwing.extract.actors.chains import Chain, Item, _chains, _Doc
from lapwing.extract.actors.article_country import role_word_country
from lapwing.extract.actors.article_people import earlier_namesake, kin_head, office_body_reference
from lapwing.extract.actors.common import (COMPANY_SUFFIXES, DETERMINERS, TITLED_SECTORS, NER_LABELS, SUBJECT_DEPS,
                                           ActorMention, Codes, PendingActor)
from lapwing.extract.actors.context import _sentences, dateline, main_country
from lapwing.extract.actors.host_target import host_side_target
from lapwing.extract.actors.generic import MISSION_WORDS, cross_border, foreign_phrase, generic_plural, states_body
from lapwing.extract.actors.context_refs import (acronym_antecedent, is_counterpart, led_group_reference, of_pair_members,
                                                 org_reference, pair_members, possessor_bloc, sheriff_deputies)
from lapwing.extract.actors.coref import _Coref
from lapwing.extract.actors.dictionary import _choose_actor, _provenance
from lapwing.extract.actors.lookup import Anchor, _add_entities, _scan
from lapwing.extract.actors.mention_checks import _MentionChecks
from lapwing.extract.actors.mention_index import MentionIndex
from lapwing.extract.actors.name_repeats import repeated_name, short_company_name
from lapwing.extract.actors.titles import _Titles, local_country, union_local
from lapwing.extract.actors import role_country, token_index
from lapwing.extract.actors.us_states import party_state_label, us_state_anchors
from lapwing.extract.registry import Context
from lapwing.lexicons import Coding, actor_paths, agent_paths, article_day, fold_token, igo_codes, lexicon, normalize
from lapwing.schema import Actor


#: words before a name that make it the party in power ("the ruling National Unity League"; not "the ruling
#: coalition", which keeps its own word's codes)
RULING = frozenset({"ruling", "governing"})


class _Coder(_MentionChecks, _Coref, _Titles):
    """Codes the mentions of one article (coreference methods in :class:`_Coref`)."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        config = ctx.config or {}
        self.lex = lexicon(actor_paths(config), agent_paths(config))
        self.day: date | None = article_day(ctx.article.published)
        self.igos = igo_codes()
        anchors = _scan(self.doc, self.lex, ix := token_index.TokenIndex(self.doc))  # (its tokens read once: token_index.py)
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
        if a is None or a.kind != "actor":
            return None
        # asked for many times per anchor; the answer depends on the anchor and the day only
        key = id(a)
        if key not in self._dictionary:
            self._dictionary[key] = _choose_actor(a.actors, self.day)
        return self._dictionary[key]

    def sentence_countries(self, sent: Span) -> set[str]:
        """The countries a sentence names (not counting the dateline's): worked out once per sentence (asked for
        again for each mention of it), from the anchors that start in it (:meth:`_sentence_anchors`)."""
        key = (sent.start, sent.end)
        got = self._sentence_countries.get(key)
        if got is None:
            got = self._sentence_countries[key] = frozenset(self._countries_in(sent))
        return set(got)

    def _sentence_anchors(self, start: int, end: int) -> list[Anchor]:
        """``[a for a in self.anchors if start <= a.start < end]`` (in that order), by bisection on the anchors'
        starts, sorted once per document (the anchors never change once the coder is made)."""
        if self._anchor_order is None:
            order = sorted(range(len(self.anchors)), key=lambda k: self.anchors[k].start)
            self._anchor_order = (order, [self.anchors[k].start for k in order])
        order, starts = self._anchor_order
        ks = sorted(order[bisect_left(starts, start):bisect_left(starts, end)])
        return [self.anchors[k] for k in ks]

    def _countries_in(self, sent: Span) -> set[str]:
        here = set()
        for a in self._sentence_anchors(sent.start, sent.end):
            if self.d.idx[a.start] < self.dateline_end:
                continue  # (doc[a.start].idx, without a Token)
            if a.kind == "country" and a.country and not a.country.is_igo:
                if not abroad_place(self.doc[a.end - 1]) and not exemplar_token(self.doc[a.end - 1]):
                    # (not "who lives in exile *in Paris*", nor "neighbours *such as Uganda*")
                    here.add(a.country.code)
            elif a.kind == "actor":  # a dictionary organisation whose name names its country: "*Peruvian* police"
                owners = {r.country for e in a.actors if e.kind == "org" for r in e.roles if r.country}
                if len(owners) == 1 and not owners & self.igos and any(
                        h.kind == "country" and h.payload.code in owners
                        for k in range(a.start, a.end) for h in self.lex.get(normalize(self.d.text[k]))):
                    here |= owners
        return here

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

    # -- coding one analysed phrase ---------------------------------------------------------------------------
    def code(self, an: _Analysis, sent: Span) -> Codes:
        head = an.head
        codes = Codes()
        # 1. dictionary
        dic = self.dictionary(head) if head.type == "anchor" else None  # None when unknown or ambiguous
        if dic is not None:
            codes.name = dic.name
            codes.kind = {"person": "person", "org": "org", "country": "gpe"}.get(dic.kind, dic.kind)
            if dic.country:
                codes.country, codes.sources["country"] = dic.country, "dictionary"
            if dic.sector and dic.in_term:
                codes.sector, codes.sources["sector"] = dic.sector, "dictionary"
            if dic.source:
                codes.lexicon.append(dic.source)
            named = local_country(self, an, head) if dic.kind == "org" and codes.country not in (None, *self.igos) else None
            if named and named != codes.country:
                # "the *Dhaka* Metropolitan Police": a body of one country's name, placed by its modifier in another
                codes.country, codes.sources["country"] = named, "nationality"
        # kind and name
        if not codes.kind:
            if head.type == "quant":
                codes.kind = "agent"
            elif head.type == "name":
                codes.kind = "person"
            elif head.anchor.kind == "ner":
                codes.kind = NER_LABELS.get(head.anchor.label, "org")
            elif head.anchor.kind == "agent":
                codes.kind = "agent"
            elif head.anchor.kind == "country" and head.anchor.country.is_igo:
                codes.kind = "org"
            elif head.anchor.kind == "country":
                codes.kind = "norp" if "demonym-plural" in head.anchor.country_roles() or \
                    "demonym" in head.anchor.country_roles() and "name" not in head.anchor.country_roles() else "gpe"
            elif head.anchor.kind == "actor":
                codes.kind = "person" if any(e.kind == "person" for e in head.anchor.actors) else "org"
        if codes.kind == "org" and head.type == "anchor" and head.anchor.kind == "ner" \
                and an.head_agent is not None and an.head_agent.anchor.agent.person:
            codes.kind = "person"  # "U.S. Senator James Risch" tagged ORG by the NER
        if codes.kind == "agent" and head.type == "anchor" and self.d.lower[head.end - 1] in COMPANY_SUFFIXES \
                and head.start > an.chain.start and self.d.text[head.start - 1][:1].isupper():
            # "Chrysler Corp", "Halvard Mining Ltd": a company's name, not a role word
            codes.kind = "org"
            first = next(it.start for it in an.chain.items if self.d.text[it.start][:1].isupper()
                         and self.d.lower[it.start] not in DETERMINERS)
            codes.name = self.span_text(first, head.end)
        if codes.name is None and codes.kind in ("person", "org"):
            codes.name = self.span_text(head.start, head.end)
        # number and personhood
        if head.type == "quant":
            codes.plural = self.d.lower[head.start] not in ("one", "each")
        elif an.quant is not None and codes.kind in ("agent", "norp", "person"):
            codes.plural = self.d.lower[an.quant.start] not in ("one", "each")
            codes.person = not codes.plural
        elif codes.kind == "agent":
            form = head.anchor.agent
            codes.plural = form.plural or form.agent.has("plural")
            codes.person = form.person
        elif codes.kind == "person":
            codes.person = True
        elif codes.kind == "norp":
            codes.plural = "demonym-plural" in head.anchor.country_roles()
            codes.person = not codes.plural
        # 2. title / role words
        title_sector, strength = self.title_sector(an)
        contested = an.head_agent is not None and an.head_agent.anchor.agent.agent.has("contested")
        if codes.sector is None and title_sector and strength in ("strong", "stance"):
            codes.sector, codes.sources["sector"] = title_sector, "title"
        if codes.sector is None and any(it.type == "mod" and it.start < head.start and self.d.lower[it.start] in RULING
                                        and self.d.text[it.start + 1][:1].isupper() for it in an.chain.items):
            codes.sector, codes.sources["sector"] = "PTY", "title"  # "the ruling National Unity League": a party
        # 3. nationality / country named
        if head.type == "anchor" and head.anchor.kind == "country" and codes.country is None:
            where = next((self.country_of(it) for it in an.countries if self.country_of(it)), None)
            if codes.kind == "norp" and where:
                # "Bosnian Serbs", "Iraqi Kurds": where they live, not whom they are named after
                codes.country, codes.sources["country"] = where, "nationality"
            else:
                codes.country, codes.sources["country"] = head.anchor.country.code, "country"
            if codes.kind == "gpe":
                codes.name = head.anchor.country.name
                if self.d.parsed and "capital" in head.anchor.country_roles() and codes.sector is None \
                        and self.d.dep[head.end - 1] in SUBJECT_DEPS:
                    codes.sector, codes.sources["sector"] = "GOV", "country"  # "Moscow warned..."
        if codes.country is None:
            found = [c for c in map(self.country_of, an.countries) if c]
            if posted_abroad(an, self.d) and {c in self.igos for c in found} == {True, False}:
                found = [posting_owner(an, self.country_of)]  # "Iran's U.N. ambassador", "the U.N. Syria envoy"
            if found:
                codes.country, codes.sources["country"] = found[0], "nationality"
        # 4. group words
        g_country, g_sector = self.group(an)
        g_sector = None if kin_head(self.d, an) else g_sector  # "Putin's nephew": a civilian (article_people.py)
        if codes.country in self.igos and codes.sources.get("country") == "nationality" and g_country \
                and g_country not in self.igos and self.d.lower[head.end - 1] in MISSION_WORDS:
            # "his U.N. mission", "Iran's U.N. envoy": a state's mission to the UN is the state's
            codes.country, codes.sources["country"] = g_country, "group"
        if codes.sector is None and g_sector and (title_sector is None or strength == "weak"):
            codes.sector, codes.sources["sector"] = g_sector, "group"
        if codes.country is None and g_country and not is_counterpart(self, an):  # ("his counterpart")
            codes.country, codes.sources["country"] = g_country, "group"
        if codes.sector is None and codes.country is None and head.type == "anchor" \
                and states_body(self.doc, an.chain.start, an.chain.end):
            codes.sector, codes.sources["sector"] = "IGO", "title"  # "the 15-nation West African bloc"
        if codes.sector is None and title_sector:
            codes.sector, codes.sources["sector"] = title_sector, "title"
            codes.weak_title = True
        if contested and codes.sector is None and g_sector == "OPP":
            codes.sector, codes.sources["sector"] = "OPP", "group"
        if codes.sector == "GOV" and codes.sources.get("sector") == "title" and union_local(self.d, an):
            codes.sector = "LAB"  # "the local's officials": a union branch's
        # 5. main country, for bare agents and for named people whose sector comes from a title of
        #    national politics ("Ruling party chief Marek Dal" in a Chisinau-datelined article) or of the press
        #    ("journalist Otieno Wafula" in a Nairobi story; a foreign or an outlet's journalist has their own)
        titled_person = (codes.kind == "person" and an.name_item is not None and an.head_agent is not None
                         and codes.sources.get("sector") == "title" and codes.sector in TITLED_SECTORS)
        bare_agent = codes.kind == "agent" and an.name_item is None
        if codes.country is None and bare_agent and head.type == "anchor" and (
                codes.plural and generic_plural(self.doc, an.chain.start, head.end)
                or foreign_phrase(self.doc, an.chain.start, head.start, head.end)
                or cross_border(self.doc, an.chain.start, head.start, head.end, codes.sector)
                or codes.sector == "IGO"):  # "the regional bloc", "the head of the military alliance": many states'
            codes.sources["generic"] = "generic"  # "many leaders", "foreign bloggers", "rights groups": no one country
            bare_agent = False
        adm = administration_country(self, an) if codes.country is None and bare_agent else None
        if adm:  # "the administration": the one the article named, or the dateline's
            codes.country, codes.sources["country"] = adm, "administration"
        elif adm == "":  # the article named an administration of no known country: no country from the sentence
            codes.sources["generic"], bare_agent = "generic", False
        if codes.country is None and (bare_agent or titled_person) and self.main \
                and codes.sector is not None and not an.foreign:
            here = self.sentence_countries(sent)
            if not here or self.main in here or host_side_target(self, an, sent):
                # (other states' acts on the office holder: "Kenya's government congratulated the president")
                codes.country, codes.sources["country"] = self.main, "main-country"
        if (bare_agent and head.type == "anchor" or titled_person) and not an.foreign:  # "police" in a "lagos:" story
            role_word_country(self, codes, sent)
        # former office holders
        if an.former and (codes.sector or codes.country or an.head_agent is not None):
            codes.sector, codes.sources["sector"] = "ELI", "former"
        _provenance(codes, an, head, self)
        # IGOs: an IGO's own officials are coded IGO
        if codes.country in self.igos and (codes.sector is None or (codes.sector == "GOV" and codes.weak_title)):
            codes.sector = "IGO"
            codes.sources.setdefault("sector", codes.sources.get("country", "country"))
        return codes

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
        if not nested and not codes.sector and key is None and codes.kind in ("org", "agent"):
            rep = repeated_name(self, m, start, end)  # "the National Unity League" after "the ruling National ..."
            if rep is not None:
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
                pair_members(self, m, an) or role_country.same_role_country(self, m, an, sent)  # "the minister": role_country.py
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
