"""What kind of thing an argument is, for the frame conditions ``objplace`` and ``objperson``: a
place (a place name, a place noun, a portion of a place) or people (a name, a nationality in the
plural, a noun of a person or group), so that "captured *Kunduz*", "captured *two commanders*" and
"captured *the gold medal*" are told apart."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import PERSONISH, _words, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.participants import _many
from lapwing.extract.events.phrases import measure_content
from lapwing.extract.events.actor_classes import _igo_codes

#: portion words whose "of" phrase names what was taken: "much of Liberia", "a third of Croatia"
_PORTIONS = frozenset({"much", "part", "parts", "third", "half", "most", "percent", "quarter", "rest", "swath",
                       "swathe", "chunk", "section", "area", "areas", "stretch", "control",
                       # strings and clusters of places: "a *string* of villages", "a *series* of towns"
                       "string", "series", "chain", "cluster", "handful", "belt", "pocket", "number"})
_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "centre", "center", "interior", "outskirts", "heartland"})
#: person nouns outside the event sets: "a drug *lord*", "the *six*"-style heads are not guessed
_PERSON_NOUNS = frozenset({"lord", "kingpin", "boss", "chief", "commander", "leader", "founder", "head", "planner",
                           "mastermind", "ringleader", "brother", "son", "daughter", "wife", "husband", "mistress",
                           "family", "member", "aide", "associate", "deputy", "henchman", "bodyguard", "guerrilla",
                           "fighter", "militant", "rebel", "insurgent", "gunman", "soldier", "officer", "pilot", "airman",
                           "serviceman", "servicewoman", "servicemen", "sailor", "marine", "operative", "contractor",
                           "immigrant", "migrant", "crewman", "diplomat", "engineer", "missionary", "manager"})


#: crowd words that name many people in the singular ("a *mob* attacked", "the *opposition* marched")
_COLLECTIVE = frozenset({"crowd", "mob", "people", "opposition", "throng", "horde", "multitude"})
#: nouns that count or gather people: "*thousands* of Kurds", "*hordes* of demonstrators", "a *crowd* of youths"
_CROWD_HEADS = frozenset({"thousand", "hundred", "dozen", "score", "million", "ten", "horde", "crowd", "throng",
                          "multitude", "droves", "busload", "truckload"})


#: personal pronouns that refer to people (and the relative "who", which refers only to people: "five Iranians
#: *who* were captured by U.S. forces")
_PERSON_PRONOUNS = frozenset({"he", "him", "she", "her", "they", "them", "who", "whom"})
#: partitive words whose "of" phrase names the people meant (numbers and count nouns: ``measure_content``)
_PARTITIVES = frozenset({"another", "some", "several", "many", "most", "all", "group"})


#: a name the entity recogniser calls a person is a place when the gazetteer holds a city this big by it
_BIG_CITY = 100_000
#: a name the entity recogniser left unlabelled is a place when the gazetteer holds a town this big by it
_TOWN = 5_000


def _gazetteer_place(name: str, min_pop: int = 0) -> bool:
    """The place gazetteer knows ``name`` (with at least ``min_pop`` people): a city the entity
    recogniser did not label, or labelled a person ("rebels captured *Lubumbashi*")."""
    from lapwing.geo.gazetteer import get_gazetteer, norm

    return any((e.pop or 0) >= min_pop for e in get_gazetteer().lookup_key(norm(name)))


#: the words a frame condition may use for a coded actor's sector (``src=police`` holds for any COP source)
_SECTOR_WORDS = {"COP": frozenset({"police"}), "MIL": frozenset({"military", "army", "soldier", "troop"}),
                 "GOV": frozenset({"government", "authority"}), "REB": frozenset({"rebel"}),
                 "INS": frozenset({"insurgent", "militant"}), "JUD": frozenset({"court", "judge"}),
                 "UAF": frozenset({"gunman"})}  # ("*armed men*", "unidentified assailants": unidentified armed forces)


def _unlabelled_town(o: Token) -> bool:
    """A one-word name the entity recogniser left unlabelled that the gazetteer holds as a town (the of-phrase of a
    portion: "parts of *Laghman*")."""
    return o.pos_ == "PROPN" and o.ent_type_ == "" and o.is_title and _one_word_name(o) and _gazetteer_place(o.text, _TOWN)


def _standalone(o: Token) -> bool:
    """A word not joined by a hyphen to the next ("*Mazar*-e-Sharif" is part of a longer name)."""
    doc = o.doc
    return o.i + 1 >= len(doc) or bool(o.whitespace_) or doc[o.i + 1].text not in ("-", "\u2013")


def _unknown(a) -> bool:
    """No table knows the actor: none, or a bare organisation with no country, sector or lexicon row."""
    return a is None or not (a.country or a.sector or a.lexicon)


def _one_word_name(o: Token) -> bool:
    """A name of one word: no other capitalised word joined to it ("Sufyan Maher *Hassan*" is a person's name)."""
    return not any(c.dep_ in ("flat", "compound", "amod", "flat:name") and (c.is_title or c.pos_ == "PROPN")
                   for c in o.children)


def _bare_count(o: Token) -> bool:
    """A number standing alone for the people counted before it: "*the six*", "*the 15*", "*all three*"
    (a determiner and no noun or "of" phrase; not a score, a year or a quantity: "captured 7-23")."""
    if o.pos_ != "NUM" or o.dep_ not in ("obj", "nsubj:pass", "dobj", "nsubjpass"):
        return False
    kids = list(o.children)
    return any(c.dep_ == "det" and c.lower_ in ("the", "all", "both", "these", "those") for c in kids) \
        and not any(c.dep_.startswith(("compound", "amod", "acl")) or (c.dep_.startswith("nmod") and any(
            x.dep_ == "case" and x.lower_ == "of" for x in c.children)) for c in kids) \
        and not (len(o.text) == 4 and o.text.isdigit()) and "-" not in o.text and ":" not in o.text


class KindsMixin:
    """Coder methods that tell places from people (``self.lex`` and ``self.actors`` come from the coder)."""

    def _place_like(self, o: Token | None) -> bool:
        """A place: a place name ("captured *Kunduz*"), a place noun of ``@place`` ("the *town*"), or a
        portion of one ("*much* of Liberia", "a *third* of Croatia", "70 *percent* of Bosnia")."""
        if o is None or o.ent_type_ == "NORP":
            return False
        if o.ent_type_ in ("PERSON", "ORG"):  # ("rebels captured *Bukavu*", labelled an organisation)
            return o.pos_ == "PROPN" and _one_word_name(o) \
                and not getattr(self.actors.get(o, fallback=False), "sector", None) \
                and _gazetteer_place(o.text, _BIG_CITY)
        if o.ent_type_ in ("LOC", "GPE", "FAC") or self._lemma_in(o, self.lex.sets.get("@place", frozenset())):
            return True
        if lemma_of(o) in _PORTIONS:  # ("parts of *Laghman*": a town's name in the portion's of-phrase too)
            return any(self._place_like(h) or _unlabelled_town(h) for cs, h in _prep_args(o) if "of" in cs)
        if lemma_of(o) in _COMPASS:  # "Yemen's *north*", "the east of the country"
            return any(self._place_like(c) for c in o.children if c.dep_ in ("nmod:poss", "poss", "nmod"))
        if o.pos_ == "PROPN" and o.ent_type_ not in ("ORG",):
            a = self.actors.get(o, fallback=False)  # a country or a city the actor tables place
            if a is not None:
                return bool(a.country) and not a.sector
            # a town the entity recogniser left unlabelled, as an object: "rebels captured *Birao*" (not a
            # surname the gazetteer holds as a hamlet, nor a multiword name; a sentence's first word, the
            # passive's subject "*Ramadan* was captured", is as often a person's name)
            return o.ent_type_ == "" and o.dep_ == "obj" and o.is_title and _one_word_name(o) \
                and _gazetteer_place(o.text, _TOWN)
        return False

    def _person_like(self, o: Token | None) -> bool:
        """People: a person's name, a nationality in the plural ("18 *Palestinians*"), a noun of a person
        or group of people ("two *suspects*", "a drug *lord*", "the *crew*"); never a place."""
        if o is None or self._place_like(o):
            return False
        if o.ent_type_ == "PERSON" or (o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS")):
            return True
        if o.lower_ in _PERSON_PRONOUNS:
            return True  # "he was captured in Pakistan"
        if o.pos_ == "PROPN" and getattr(self.actors.get(o, fallback=False), "kind", None) == "person":
            return True  # a titled name the entity recogniser read as an organisation: "captured former
            # Defence Minister *Tomas* Ibarra" (the actors read the title: a person)
        if (o.is_title or (o.text[:1].isupper() and o.text[1:2].islower())) and (not o.is_sent_start or o.pos_ == "PROPN") \
                and o.ent_type_ == "" and o.pos_ in ("PROPN", "NOUN") \
                and not _gazetteer_place(o.text):
            return True  # a name the entity recogniser missed: "police captured *Qadeer* in ..." (not "*Lubumbashi*"),
            # also one with a capital inside ("*McCoy* was captured")
        if o.ent_type_ == "ORG" and o.pos_ == "PROPN" and o.dep_ in ("obj", "dobj") and o.text[1:2].islower() \
                and _one_word_name(o) and _standalone(o) and _unknown(self.actors.get(o, fallback=False)):
            return True  # a surname the entity recogniser read as an organisation that no table knows: "forces
            # captured *Beltran* on Monday" (a place it would be was ruled out above; a known group is coded)
        if _bare_count(o):
            return True  # "the *six* were captured", "troops captured *the 15*": people counted, named before
        counted = measure_content(o) or (
            [h for cs, h in _prep_args(o) if "of" in cs] if lemma_of(o) in _PARTITIVES else [])
        if counted:  # "hundreds *of suspects*", "two *of the men*", "another *of the gang's leaders*"
            return any(self._person_like(h) for h in counted)
        sets = self.lex.sets
        people = sets.get("@prisoner", frozenset()) | sets.get("@lx_person", frozenset()) | sets.get("@lx_suspect", frozenset())
        return self._lemma_in(o, people) or bool(_words(o) & (PERSONISH | _PERSON_NOUNS))

    def _crowd_source(self, src: Token | None, strict: bool = False) -> bool:
        """People in numbers (the frame condition ``srccrowd``): protesters or partisans (``@crowd``: "demonstrators",
        "nationalists", "Hindus"), a nationality in the plural ("Iranians", "10,000 Sudanese"), a group of people of
        ``@protester`` ("students", "groups of strikers"), and a bare count of a hundred or more ("some 30,000
        marched"); never armed men ("Nazi *troops* marched into Poland"). ``strict`` (``srccrowd=many``, for a verb
        that is a protest only by its crowd: "marched through the city") wants such a group counted in hundreds
        ("thousands of workers", "5,000 students"; not "the workers marched to the canteen")."""
        if src is None:
            return False
        sets = self.lex.sets
        crowd, group = sets.get("@crowd", frozenset()), sets.get("@protester", frozenset())
        armed = sets.get("@armed", frozenset())

        def words(h: Token) -> set[str]:
            low = h.lower_
            return {lemma_of(h), low, low[:-1] if low.endswith("s") else low}

        def many(h: Token) -> bool:  # "5,000 students", "tens of thousands"
            return any(c.dep_ == "nummod" and (_many(c.text) or words(c) & _CROWD_HEADS) for c in h.children)

        def people(h: Token, counted: bool) -> bool:
            w = words(h)
            if w & armed:
                return False
            if w & crowd:  # strict: one "striker" or "protester" is no crowd ("a mob", "the crowd", "rioters" are)
                return not strict or h.tag_ != "NN" or bool(w & _COLLECTIVE) or counted or many(h)
            if h.pos_ in ("NOUN", "PROPN") or h.dep_ in ("nsubj", "nsubj:pass"):
                if h.ent_type_ == "NORP" or getattr(self.actors.get(h, fallback=False), "kind", None) == "norp":
                    return h.tag_ in ("NNS", "NNPS") or h.lower_.endswith(("s", "ese")) or counted or many(h)
            return bool(w & group) and (not strict or counted or many(h) or bool(w & _CROWD_HEADS))

        content = measure_content(src)
        if content:  # "thousands *of Kurds*" (not "thousands of fans", "dozens of soldiers")
            return all(not (words(h) & armed) for h in content) and any(people(h, True) for h in content)
        if people(src, False):  # "demonstrators", "Iranians", "groups of strikers", "5,000 students"
            return True
        if words(src) & _CROWD_HEADS:  # "hordes of demonstrators", "hordes" alone
            of = [h for cs, h in _prep_args(src) if "of" in cs]
            return not of or (all(not (words(h) & armed) for h in of) and any(people(h, True) for h in of))
        return src.like_num and _many(src.text)

    def _state_actor(self, src: Token | None) -> bool:
        """A state acts (the frame condition ``srcstate``): a source the actors code with a country and as its
        government or armed forces, or a country's name alone ("*Germany* blockaded the port")."""
        if src is None:
            return False
        a = self.actors.get(src, fallback=False)
        if a is None or not a.country:
            return False
        sector = (a.sector or "").upper()
        return sector in ("GOV", "MIL") or (not sector and (src.pos_ == "PROPN" and src.ent_type_ in ("GPE", "LOC")
                                                          or src.lower_ == "it"))  # ("it": a country named before)

    def _body_members(self, src: Token | None) -> bool:
        """Members of one multinational body meet among themselves (the frame condition ``srcbody``, round rc66): a
        plural source ("EU *leaders*", "G7 foreign *ministers*") the actors code with an organisation's code as its
        country or as an IGO; not one state's officials, nor an NGO or firm."""
        if src is None or src.tag_ not in ("NNS", "NNPS"):
            return False
        a = self.actors.get(src, fallback=False)
        if a is None:
            return False
        country, sector = (a.country or "").upper(), (a.sector or "").upper()
        return ((country in _igo_codes() and country not in ("NGO", "IMG")) or sector == "IGO") \
            and sector not in ("NGO", "MNC", "BUS")

    def _sector_word(self, src: Token | None, values: frozenset[str]) -> bool:
        """A source the actors code with a sector whose word the condition names: "the Economic Offences Wing of
        the Kolkata Police" (COP) meets ``src=@lx_police`` as "police" does."""
        if src is None or not values:
            return False
        a = self.actors.get(src, fallback=False)
        sector = (a.sector or "").upper() if a is not None else ""
        return bool(sector) and bool(_SECTOR_WORDS.get(sector, frozenset()) & values)
