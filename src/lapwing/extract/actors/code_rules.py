"""The coder's coding rules for one analysed phrase (:meth:`_CodeRules.code`): the dictionary, title and role
words, nationality and countries named, group words, the article's main country, former office holders and IGOs, in
that order. A mixin of :class:`lapwing.extract.actors.coder._Coder` (it reads the coder's state: ``self.d``,
``self.doc``, ``self.igos``, ``self.main``, the title and group methods of :class:`~.titles._Titles`)."""

from __future__ import annotations

from spacy.tokens import Span

from lapwing.extract.actors.administration import administration_country
from lapwing.extract.actors.analysis import _Analysis, posted_abroad, posting_owner
from lapwing.extract.actors.article_country import home_politics_country, province_country, role_word_country
from lapwing.extract.actors.city_titles import city_title_country
from lapwing.extract.actors.namesakes import mark_namesakes, namesake_codes
from lapwing.extract.actors.article_people import kin_head
from lapwing.extract.actors.common import COMPANY_SUFFIXES, DETERMINERS, NER_LABELS, SUBJECT_DEPS, TITLED_SECTORS, Codes
from lapwing.extract.actors.context_refs import is_counterpart
from lapwing.extract.actors.dictionary import _provenance
from lapwing.extract.actors.ethnic import ethnic_country, is_ethnic
from lapwing.extract.actors.generic import MISSION_WORDS, cross_border, foreign_phrase, generic_plural, states_body
from lapwing.extract.actors.host_target import host_side_target
from lapwing.extract.actors.legislatures import legislature_codes
from lapwing.extract.actors.located_agents import located_country
from lapwing.extract.actors.titles import local_country, union_local


#: words before a name that make it the party in power ("the ruling National Unity League"; not "the ruling
#: coalition", which keeps its own word's codes)
RULING = frozenset({"ruling", "governing"})


#: bodies whose titles ("the club's president") are no offices of state
PRIVATE_BODIES = frozenset({"club", "team", "company", "firm", "festival", "orchestra", "museum", "theatre", "theater",
                            "airline", "carmaker", "brewery", "studio", "band", "franchise", "gallery",
                            "restaurant", "hotel", "choir"})


#: offices held in one state only: "the Pope", "the pontiff" is the Holy See's (session 37, round ac74)
SOLE_OFFICES = {"pope": "VAT", "popes": "VAT", "pontiff": "VAT"}


def sole_office_country(d, an: _Analysis) -> str | None:
    """The state of an office only one state has ("the Pope said", "Pope John Paul II"), when no word before it
    names another church ("the Coptic Pope", "the Orthodox patriarch" keep their own rules)."""
    ha = an.head_agent
    if ha is None or ha.end - ha.start != 1 or (code := SOLE_OFFICES.get(d.lower[ha.start])) is None:
        return None
    if any(d.text[k][:1].isupper() and d.lower[k] not in DETERMINERS for k in range(an.chain.start, ha.start)):
        return None
    return code


#: leaders of a church, whom a national church's adjective ("the *Russian* Orthodox patriarch") places in its country
CHURCH_LEADERS = frozenset({"patriarch", "archbishop", "bishop", "metropolitan", "catholicos", "primate", "exarch"})
#: the words of a church's name after a nationality ("the Greek Orthodox archbishop", "a Serbian Orthodox bishop")
CHURCH_WORDS = frozenset({"orthodox", "catholic", "apostolic"})


def church_leader_country(coder, an: _Analysis) -> str | None:
    """The country of a national church's leader: "the Russian Orthodox patriarch" (RUS), "the Greek Orthodox
    archbishop" (GRC). "Greek Orthodox", "Russian Orthodox" are blocked as nationalities in ``countries.tsv`` (a
    church's faithful live in many states: "Greek Orthodox Christians in Syria"); a church leader of no see of his
    own (an "of" place, ``city_titles.py``, is read before) is of the church's country (session 37, round ac75)."""
    d, ha = coder.d, an.head_agent
    if ha is None or ha.end - ha.start != 1 or d.lower[ha.start] not in CHURCH_LEADERS or an.complement_agents:
        return None
    k = ha.start - 1
    if k < 1 or d.lower[k] not in CHURCH_WORDS or k - 1 < an.chain.start:
        return None
    for hit in coder.lex.get(d.lower[k - 1]):
        if hit.kind == "country" and hit.role in ("demonym", "adjective") and d.text[k - 1][:1].isupper():
            return hit.payload.code
    return None


def private_owner(lower: list[str], start: int) -> bool:
    """The words just before a title say it is held in a private body: "the club's (new) president"."""
    k = start - 1
    while k >= 1 and lower[k] not in ("'s", "’s") and start - k <= 3 and lower[k].isalpha():
        k -= 1  # ("the club's *new* president")
    return k >= 1 and lower[k] in ("'s", "’s") and lower[k - 1] in PRIVATE_BODIES


class _CodeRules:
    """Mixed into the coder: the codes of one analysed phrase."""

    def code(self, an: _Analysis, sent: Span) -> Codes:
        head = an.head
        codes = Codes()
        mark_namesakes(self, an)  # "Defence Minister Pedro Sanchez" in a Bogota report: no dictionary (namesakes.py)
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
        elif head.type == "anchor" and head.anchor.kind == "actor" \
                and (own := namesake_codes(self, head.anchor)) is not None:
            codes.country, codes.sector = own  # "The CPC denied ..." after "the CPC rebel coalition" (namesakes.py)
            codes.sources["country"] = codes.sources["sector"] = "namesake"
            codes.kind = "org"
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
            if codes.kind == "norp" and is_ethnic(self, head) \
                    and (lives := ethnic_country(self, head.anchor.country.code, sent)) is not None:
                # "ethnic Albanians" in a Skopje report: the state they live in, not the one they are named after
                codes.country, codes.sources["country"] = lives, "ethnic"
            elif codes.kind == "norp" and where:
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
            found = [c if not is_ethnic(self, it) else ethnic_country(self, c, sent) or c
                     for it in an.countries if (c := self.country_of(it))]  # ("the ethnic Albanian party": ethnic.py)
            if posted_abroad(an, self.d) and {c in self.igos for c in found} == {True, False}:
                found = [posting_owner(an, self.country_of)]  # "Iran's U.N. ambassador", "the U.N. Syria envoy"
            if found:
                codes.country, codes.sources["country"] = found[0], "nationality"
            elif (city := city_title_country(self, an, sent)) is not None:
                codes.country, codes.sources["country"] = city, "city"  # "the archbishop of Bamenda" (city_titles.py)
            elif (sole := sole_office_country(self.d, an)) is not None:
                codes.country, codes.sources["country"] = sole, "title"  # "the Pope": the Holy See's
            elif (church := church_leader_country(self, an)) is not None:
                codes.country, codes.sources["country"] = church, "title"  # "the Russian Orthodox patriarch"
            elif (region := legislature_codes(self, an, sent)) is not None:
                codes.country, codes.sources["country"] = region, "region"  # "the Sindh Assembly" (legislatures.py)
                if codes.sector is None:
                    codes.sector, codes.sources["sector"] = "LEG", "region"
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
        if codes.country is None and bare_agent and head.type == "anchor" and not an.foreign \
                and (here_in := located_country(self, head.end, codes.sector)) is not None:
            codes.country, codes.sources["country"] = here_in, "place"  # "lawmakers in Hungary" (located_agents.py)
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
            home_politics_country(self, codes, sent)  # "Opposition leader Ana Ruiz ... Peru's president"
            province_country(self, codes, sent)  # "rebel fighters surrendered ... in Ituri province"
        if codes.kind == "agent" and codes.sources.get("sector") == "title" and private_owner(self.d.lower, head.start):
            # "the club's president", "the company's chairman": a title held in a club or a firm is no office of
            # state, and the dateline's country is not its (session 34, round rf66)
            codes.sector = None
            codes.sources.pop("sector", None)
            if codes.sources.get("country") == "main-country":
                codes.country = None
                codes.sources.pop("country", None)
        # former office holders
        if an.former and (codes.sector or codes.country or an.head_agent is not None):
            codes.sector, codes.sources["sector"] = "ELI", "former"
        _provenance(codes, an, head, self)
        # IGOs: an IGO's own officials are coded IGO
        if codes.country in self.igos and (codes.sector is None or (codes.sector == "GOV" and codes.weak_title)):
            codes.sector = "IGO"
            codes.sources.setdefault("sector", codes.sources.get("country", "country"))
        return codes
