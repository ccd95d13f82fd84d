"""Analysis of one chain: its head, the titles before it, nationality words, possessors, ``of``
complements and affiliations ("President of Venezuela Nicolas Maduro", "supporters of Maduro")."""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from lapwing.extract.actors.chains import Chain, Item, _Doc
from lapwing.extract.actors.common import NER_LABELS


@dataclass
class _Analysis:
    chain: Chain
    head: Item | None
    name_item: Item | None = None
    head_agent: Item | None = None
    title_agents: list[Item] = field(default_factory=list)  # modifiers/titles before the head
    complement_agents: list[Item] = field(default_factory=list)
    countries: list[Item] = field(default_factory=list)  # nationality evidence, best first
    affiliations: list[tuple[str, Item]] = field(default_factory=list)  # (relation, item)
    nested: list[list[Item]] = field(default_factory=list)  # possessors/complements: mentions of their own
    former: bool = False
    kind: str = ""
    quant: Item | None = None  # "dozens" in "dozens of protesters"
    foreign: bool = False  # a nationality-like word the lexicon does not know (African, Kurdish)
    opposed: bool = False  # the head opposes its possessor / complement ("China's critics", "critics of the government")
    allied: bool = False  # the head backs its possessor / complement ("Russia's allies", "allies of Maduro")


#: dependencies of a clause argument: an adjective in one of them is used as a noun
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "conj"})

#: a preposition and a role word that together are an adverb, not the role: "on board"
_IDIOMS = frozenset({("on", "board")})


def _nominal(item: Item, d: _Doc) -> bool:
    """Can this item head a mention?"""
    if item.target_of:
        return False
    if item.type in ("name", "quant"):
        return True
    if item.type != "anchor" or item.anchor is None:
        return False
    a = item.anchor
    if a.kind in ("actor", "ner"):
        return True
    if a.kind == "agent":
        form = a.agent
        # a role word used as an adjective ("military" in "military exercises") is dropped later, by
        # _Coder.modifies_other_noun, when the noun it modifies is not an actor
        if a.start >= 1 and (d.lower[a.start - 1], d.lower[a.start]) in _IDIOMS:
            return False  # "passengers *on board* the ferry": no board (session 37, round ac75)
        return form is not None and not form.agent.has("cue") and not form.agent.has("honorific")
    if a.kind == "country":
        roles = a.country_roles()
        if roles & {"name", "capital", "demonym-plural"}:
            return True
        if "demonym" in roles and a.of_kind("agent") == []:
            k = a.end - 1  # (the token's part of speech and label from the columns: no Token made)
            if d.parsed and d.pos[k] == "ADJ" and d.dep[k] in _ARGUMENT_DEPS:
                return True  # "*a Palestinian* detonated a bomb", "*an Israeli* was shot": a demonym as a noun
            return d.tagged and d.pos[k] in ("NOUN", "PROPN") and (not d.parsed or d.dep[k] not in ("amod", "compound"))
    return False


#: role words whose possessor or "of" complement is what they oppose ("China's critics", "critics of the government",
#: "Berisha's opponents", "the president's rivals")
OPPOSED_HEADS = frozenset({"critic", "critics", "opponent", "opponents", "rival", "rivals", "foe", "foes", "enemy",
                           "enemies", "adversary", "adversaries", "detractor", "detractors"})
#: sectors of a possessor whose opponents or rivals are its compatriots ("the ruling party's rivals")
HOME_SECTORS = frozenset({"GOV", "OPP", "PTY", "LEG", "JUD", "MIL", "COP", "REB", "INS", "SEP"})
#: role words whose possessor is whom they back, not whose they are: "Russia's allies" are other states, "Maduro's
#: allies" his country's people of no known sector
ALLIED_HEADS = frozenset({"ally", "allies", "backer", "backers"})
#: relation nouns (no actor words of their own) whose possessor is the other side of the relation: "China's trading
#: partners", "Kenya's neighbours", "Greece's creditors" are other states (session 24, round 34; read by the event
#: coder's participants, which otherwise lend a non-actor noun its possessor's code)
RELATION_HEADS = frozenset({"partner", "partners", "neighbour", "neighbours", "neighbor", "neighbors", "creditor",
                            "creditors", "donor", "donors", "lender", "lenders"})
#: participles that make a country before a hyphen the actor's backer, not its nationality ("Russia-backed rebels")
#: ("Iran-allied", "Russia-aligned" are left alone: an ally's country is taken for the actor's elsewhere too)
BACKER_PARTICIPLES = frozenset({"backed", "sponsored", "funded", "financed", "supported", "armed", "trained",
                                "bankrolled", "equipped"})


def backer_word(end: int, d: _Doc) -> bool:
    """Is the country word ending at ``end`` the backer on a "-backed" modifier ("*Russia*-backed separatists",
    "*U.S.*-trained commandos")? Its country is the backer's, not the actor's."""
    last = d.lower[end - 1]
    if "-" in last and last.rsplit("-", 1)[1] in BACKER_PARTICIPLES:
        return True  # one token: "U.S.-backed"
    return end + 1 < d.n and d.is_hyphen(end) and d.lower[end + 1] in BACKER_PARTICIPLES


def _backer(it: Item, d: _Doc) -> bool:
    return backer_word(it.end, d)


def _base_place(it: Item, head: Item, d: _Doc) -> bool:
    """A place named as a person's base, not their nationality: "a *Paris*-based spokesman for the rebels", "the
    *London*-based lawyer Amina Sule" (session 37, round ac74). A body's base stays its country ("a London-based
    rights group"): only a person's head is read so."""
    k = it.end
    if not (k + 1 < len(d.lower) and d.lower[k] == "-" and d.lower[k + 1] == "based"):
        return False
    a = head.anchor
    return _is_person_name(head) or (head.type == "anchor" and a is not None and a.kind == "agent"
                                     and a.agent is not None and a.agent.person)


#: heads whose country-name modifier is their subject of study, not their nationality ("a senior *Iran* analyst")
TOPIC_HEADS = frozenset({"analyst", "analysts", "economist", "economists", "consultant", "consultants"})


def _topic_country(it: Item, head: Item, d: _Doc) -> bool:
    """Is this country name right before an analyst word the analyst's subject ("Iran analyst"), not their country
    ("American analysts" keeps its adjective)?"""
    if it.end != head.start or d.lower[head.end - 1] not in TOPIC_HEADS or it.anchor is None or it.anchor.kind != "country":
        return False
    roles = it.anchor.country_roles()
    return "name" in roles and not roles & {"adjective", "demonym", "demonym-plural"}


def _analyse(chain: Chain, d: _Doc) -> _Analysis | None:
    items = chain.items
    parts: list[list[Item]] = [[]]
    for it in items:
        if it.type == "of":
            parts.append([])
        else:
            parts[-1].append(it)
    main = parts[0]
    complements = [p for p in parts[1:] if p]
    segments: list[list[Item]] = [[]]
    for it in main:
        if it.type == "poss":
            segments.append([])
        else:
            segments[-1].append(it)
    head_seg = segments[-1]
    poss_segs = [s for s in segments[:-1] if s]
    # a possessive pronoun starts the head segment: "his supporters"
    if head_seg and head_seg[0].type == "pron" and len(head_seg) > 1:
        poss_segs.append([head_seg[0]])
        head_seg = head_seg[1:]

    def last_nominal(seg: list[Item]) -> Item | None:
        for it in reversed(seg):
            if _nominal(it, d):
                return it
        return None

    if poss_segs and head_seg and _name_inside(poss_segs[-1], head_seg, d):
        # "the opposition *People's* Front", "the *Workers'* Party": a capitalised role word's possessive inside a
        # name is the name's, not its owner; the words before it stay the name's titles
        head_seg = [it for it in poss_segs.pop() if not _caps_agent(it, d)] + head_seg
    head = last_nominal(head_seg)
    if head is not None and head.type == "quant" and complements:
        # "dozens of protesters": coded as the complement, headed by the quantity word
        inner = _analyse(Chain([it for p in parts[1:] for it in p + [Item(0, 0, "of")]][:-1]), d)
        if inner is None:
            return None
        inner.chain, inner.quant = chain, head
        return inner
    if head is None and len(segments) > 1 and not head_seg:
        # "Venezuela's" at the end of a phrase whose head is not an actor: the possessor alone
        head_seg = poss_segs.pop() if poss_segs else []
        head = last_nominal(head_seg)
    if head is None:
        if len(main) == 1 and main[0].type == "pron":
            return _Analysis(chain, main[0], kind="pronoun")
        return None
    an = _Analysis(chain, head)
    # "President of Venezuela Nicolas Maduro": the name in the complement is the head
    if complements and _is_title(head):
        tail = last_nominal(complements[-1])
        if tail is not None and _is_person_name(tail):
            an.title_agents.append(head)
            rest = complements[-1]
            head_seg = head_seg + [it for it in rest if it is not tail and it.start < tail.start]
            head_seg = [it for it in head_seg if it is not head]
            complements = complements[:-1]
            head = an.head = tail
            head_seg = [it for it in head_seg] + [tail]
    before = [it for it in head_seg if it.start < head.start]
    an.foreign = any((it.anchor is not None and it.anchor.kind == "ner"
                      and NER_LABELS.get(it.anchor.label) in ("norp", "gpe"))
                     or (it.type == "mod" and d.anchor_at.get(it.start) is not None
                         and d.anchor_at[it.start].kind == "block") for it in before)
    agents_before = [it for it in before if it.type == "anchor" and it.anchor and it.anchor.kind == "agent"
                     and it.anchor.agent and not it.anchor.agent.agent.has("cue") and not it.target_of]
    if head.type == "anchor" and head.anchor.kind == "agent":
        an.head_agent = head
        an.title_agents = agents_before
    else:
        an.title_agents = agents_before + an.title_agents
        people_titles = [it for it in an.title_agents if not it.anchor.agent.agent.has("honorific")]
        an.head_agent = people_titles[-1] if people_titles else None
        if an.head_agent is not None:
            an.title_agents = [it for it in an.title_agents if it is not an.head_agent]
        an.name_item = head
    for seg_items in complements:
        if any(it.type == "cue" for it in seg_items):
            continue  # "supporters of *the former president*": the role is no longer held
        for it in seg_items:
            if it.type == "anchor" and it.anchor and it.anchor.kind == "agent" and not it.target_of:
                an.complement_agents.append(it)
    # ("supporters of *the former president*": the cue of a complement is the complement's, not the head's)
    an.former = any(it.type == "cue" for it in head_seg)
    # nationality: nearest to the head first, then possessors, then complements
    def countries_in(seg: list[Item]) -> list[Item]:
        return [it for it in seg if it.type == "anchor" and it.anchor and not it.target_of and it is not head
                and not _backer(it, d) and not _topic_country(it, head, d) and not _base_place(it, head, d)
                and (it.anchor.kind == "country" or (it.anchor.kind == "actor"
                                                     and any(a.kind == "country" for a in it.anchor.actors)))]
    an.countries = list(reversed(countries_in(before)))
    # "China's critics", "critics of Beijing": the possessor or complement is what they oppose, not whose they are
    opposed = an.opposed = head.type == "anchor" and head.anchor.kind == "agent" and d.lower[head.end - 1] in OPPOSED_HEADS
    allied = an.allied = head.type == "anchor" and head.anchor.kind == "agent" and d.lower[head.end - 1] in ALLIED_HEADS
    for seg in poss_segs + complements:
        if opposed:
            # "the Iraqi prime minister's rivals", "opponents of the Maldives government": a nationality of the office
            # or body they oppose is theirs (a state itself, "China's critics", is not)
            nom = last_nominal(seg)
            if nom is not None and nom.type == "anchor" and nom.anchor is not None and nom.anchor.kind == "agent" \
                    and nom.anchor.agent is not None and nom.anchor.agent.agent.sector in HOME_SECTORS:
                an.countries += [it for it in countries_in(seg) if it is not nom]
            continue
        an.countries += [it for it in countries_in(seg) if not (allied and _is_country_like(it))]
    # affiliations: pro-X / anti-X, possessors, actor modifiers, complements
    for it in head_seg:
        if it.target_of and it.type in ("anchor", "name"):
            an.affiliations.append((it.target_of, it))
        elif it.target_of and it.type == "mod":
            an.affiliations.append((it.target_of, it))
    for it in before:
        if it.type in ("anchor", "name") and not it.target_of and it.anchor is not None \
                and it.anchor.kind in ("actor", "ner") and not _is_country_like(it):
            an.affiliations.append(("of", it))
    for seg in poss_segs:
        nom = last_nominal(seg) or (seg[-1] if seg and seg[-1].type == "pron" else None)
        if nom is not None and not _is_country_like(nom):
            an.affiliations.append(("anti" if opposed else "of", nom))
        if nom is not None and nom.type != "pron":
            an.nested.append(seg)
    for seg in complements:
        nom = last_nominal(seg)
        former = any(it.type == "cue" for it in seg)  # "supporters of *the former president*": not in office
        if nom is not None and not former and not _is_country_like(nom) and nom.type != "quant" and not (
                nom.type == "anchor" and nom.anchor.kind == "agent"):
            an.affiliations.append(("anti" if opposed else "of", nom))
        if nom is not None and (nom.type in ("name",) or (nom.anchor is not None
                                                          and nom.anchor.kind in ("actor", "ner", "country"))):
            an.nested.append(seg)
    return an


def _caps_agent(item: Item, d: _Doc) -> bool:
    """A role word written with a capital inside a name: "People", "Workers", "Farmers"."""
    return (item.type == "anchor" and item.anchor is not None and item.anchor.kind == "agent"
            and d.text[item.start][:1].isupper())


def _name_inside(seg: list[Item], head_seg: list[Item], d: _Doc) -> bool:
    """Is the possessive before ``head_seg`` inside one name ("People's Front")? Its last item is a capitalised role
    word just before the possessive mark, and a capitalised name follows the mark at once."""
    last, first = seg[-1], head_seg[0]
    if not _caps_agent(last, d) or first.type not in ("name", "anchor") or not d.text[first.start][:1].isupper():
        return False
    if first.type == "anchor" and (first.anchor is None or first.anchor.kind not in ("ner", "actor")):
        return False
    return first.start - last.end <= 1 and d.lower[last.end] in ("'s", "'", "’s", "’")


def _is_title(item: Item) -> bool:
    return (item.type == "anchor" and item.anchor is not None and item.anchor.kind == "agent"
            and item.anchor.agent is not None and item.anchor.agent.person)


def _is_person_name(item: Item) -> bool:
    if item.type == "name":
        return True
    a = item.anchor
    if a is None:
        return False
    if a.kind == "actor":
        return any(e.kind == "person" for e in a.actors)
    return a.kind == "ner" and NER_LABELS.get(a.label) == "person"


def _is_country_like(item: Item) -> bool:
    a = item.anchor
    if a is None:
        return False
    if a.kind == "country":
        return True
    return a.kind == "actor" and all(e.kind == "country" for e in a.actors)


#: titles that head any organisation: with an unknown organisation after them they say nothing of a sector
ORG_HEAD_TITLES = frozenset({"president", "vice president", "vice-president", "chairman", "chairwoman", "chair",
                             "director", "executive director", "head", "chief", "chief executive", "founder",
                             "co-founder", "executive", "ceo", "secretary-general", "secretary general"})


#: words that make a name an organisation's ("Freedom *Watch*", "the Carnegie *Endowment*", "First Commercial *Bank*")
ORG_WORDS = frozenset({"institute", "foundation", "endowment", "center", "centre", "council", "group", "corp", "corp.",
                       "corporation", "company", "co", "co.", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "bank", "association",
                       "watch", "initiative", "university", "college", "movement", "network", "fund", "trust", "society",
                       "federation", "club", "agency", "consultancy", "partners", "holdings", "project", "forum", "school"})


def heads_unknown_org(an: _Analysis, d: _Doc, codes_of) -> bool:
    """Does the phrase's role word head an organisation nobody has coded ("president *of Freedom Watch*",
    "vice president *at the Carnegie Endowment*")? Then the role word's own sector (a president is GOV)
    does not hold. ``codes_of`` codes an item (the coder's ``item_codes``)."""
    h = an.head_agent
    if h is None or _words_text(d, h.start, h.end).lower() not in ORG_HEAD_TITLES:
        return False
    for rel, it in an.affiliations:
        if rel == "of" and it.start > h.start and it.type in ("anchor", "name") and (
                it.type == "name" or (it.anchor is not None and it.anchor.kind == "ner"
                                      and NER_LABELS.get(it.anchor.label) == "org")):
            c = codes_of(it)
            return c is None or not (c.country or c.sector)
    doc, k = d.doc, h.end
    if _firm_before(an, d, codes_of):
        return True  # "*Wexford* vice-president Lena Orr", the article naming "Wexford Pump Co"
    if k < len(doc) and doc[k].lower_ in ("at", "of"):  # a name no lexicon knows, that names an organisation
        k += 1
        while k < len(doc) and doc[k].lower_ in ("the", "a", "an"):
            k += 1
        a = d.anchor_at.get(k)
        if k >= len(doc) or not doc[k].text[:1].isupper() or not (a is None or a.kind == "ner"):
            return False
        run = []
        while k < len(doc) and len(run) < 8 and (doc[k].text[:1].isupper() or doc[k].lower_ in ("for", "of", "and", "&")):
            run.append(doc[k])
            k += 1
        # ("the municipal president *of Teloloapan*": a place the gazetteer does not know is no organisation)
        return any(t.lower_ in ORG_WORDS for t in run) or run[0].ent_type_ == "ORG"
    return False


#: a capitalised word opening a name that ends in a company suffix ("*Wexford* Pump Co", "*Acme* Corp")
_FIRM = re.compile(r"\b([A-Z][A-Za-z&'-]+)(?: [A-Z][A-Za-z&'.-]*){0,2} (?:Corp|Corporation|Inc|Incorporated|Co|Cos|"
                   r"Ltd|Limited|Plc|PLC|LLC|Holdings|Industries|Bancorp)\b")


def firm_words(text: str) -> frozenset[str]:
    """The first words of the company names in ``text`` (a name ending in Corp, Inc, Co, Ltd ...)."""
    return frozenset(m.group(1) for m in _FIRM.finditer(text)) - _NOT_FIRMS


#: capitalised words that open a sentence or a name without naming the firm
_NOT_FIRMS = frozenset({"The", "A", "An", "Its", "Their", "His", "Her", "Our", "In", "On", "At", "By", "For", "And", "But",
                        "Of", "To", "With", "From", "That", "This", "These", "Those", "New", "First", "National", "United",
                        "American", "General", "International", "Federal", "State", "Royal"})


def _firm_before(an: _Analysis, d: _Doc, codes_of) -> bool:
    """The role word comes right after an uncoded name that the article gives a company suffix elsewhere
    ("*Wexford* vice-president Lena Orr" beside "Wexford Pump Co"): a firm's officer."""
    h = an.head_agent
    for it in an.chain.items:
        if it.end == h.start and it.type in ("name", "anchor", "mod") and it.end - it.start == 1:
            word = d.text[it.start]
            if not word[:1].isupper() or (it.type == "anchor" and it.anchor is not None and it.anchor.kind != "ner"):
                return False
            c = codes_of(it) if it.type != "mod" else None
            if c is not None and (c.country or c.sector):
                return False
            firms = getattr(d, "_firm_words", None)
            if firms is None:
                firms = firm_words(d.doc_text)
                d._firm_words = firms
            return word in firms
    return False


#: role words of people a state posts to another state or to an international body
POSTED_TITLES = ("ambassador", "envoy", "representative", "delegate", "delegation", "mission", "emissary")


def posted_abroad(an: _Analysis, d: _Doc) -> bool:
    """Is the phrase's role word a diplomat's ("Iran's U.N. *ambassador*", "British Deputy U.N. *Ambassador*")?
    Then a country named in the phrase is the diplomat's own; an international body names where they serve."""
    h = an.head_agent
    return h is not None and _words_text(d, h.start, h.end).lower().endswith(POSTED_TITLES)


def _words_text(d: _Doc, i: int, j: int) -> str:
    """``d.doc[i:j].text``, cut from the document's text by the token columns (no ``Span`` made)."""
    if j <= i:
        return ""
    return d.doc_text[d.idx[i]:d.idx[j - 1] + len(d.text[j - 1])]


def posting_owner(an: _Analysis, country_of) -> str | None:
    """The country (or international body) a diplomat of a phrase naming both serves: the one of an of-phrase
    after the role word ("the UN ambassador *of Ukraine*"), else the first named ("*Iran's* U.N. ambassador",
    "*British* Deputy U.N. Ambassador", "the *U.N.* Syria envoy", "the *UN's* Libya mission")."""
    items = [it for it in an.countries if country_of(it)]
    after = [it for it in items if it.start > an.head.start]
    pick = after[0] if after else min(items, key=lambda it: it.start)
    return country_of(pick)



#: institutions a person leads: "Oala's government" is the government (GOV), "Kila's party" a party (PTY), whatever
#: the leader's own sector in the article (a former minister, ELI; an opposition leader, OPP; a prime minister, GOV)
LED_INSTITUTIONS = frozenset({"government", "administration", "regime", "cabinet", "party"})


def led_institution(an: _Analysis, d: _Doc) -> str | None:
    """The sector of the phrase's head when it is an institution a person leads ("*Oala's government*": GOV)."""
    h = an.head_agent
    if h is None or an.name_item is not None or _words_text(d, h.start, h.end).lower() not in LED_INSTITUTIONS:
        return None
    return h.anchor.agent.agent.sector
