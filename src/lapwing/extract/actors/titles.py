"""The coder's reading of role words and affiliations: the sector a title gives (:meth:`_Titles.title_sector`), the
country and sector an affiliation gives ("pro-X", "X's", "supporters of X": :meth:`_Titles.group`) and the country of
an item (:meth:`_Titles.country_of`). A mixin of :class:`lapwing.extract.actors.coder._Coder`."""

from __future__ import annotations

import re

from lapwing.extract.actors.analysis import HOME_SECTORS, _Analysis, heads_unknown_org, led_institution
from lapwing.extract.actors.chains import Item


#: sectors of a body whose own ranks carry its sector rather than GOV (a party, the opposition, the armed forces,
#: police, intelligence, the courts, the legislature)
RANK_BODY_SECTORS = frozenset({"PTY", "OPP", "MIL", "COP", "SPY", "JUD", "LEG"})


#: rank words that also open company names ("*General* Mills", "*General* Dynamics", "*Admiral* Insurance")
_RANK_NAMES = ("General", "Admiral", "Colonel", "Major", "Marshal", "Commander", "Captain")
#: a rank word, one to three capitalised words and a company suffix: the article names a firm ("General Widget Corp")
_RANK_COMPANY = re.compile(r"\b((?:" + "|".join(_RANK_NAMES) + r")(?: [A-Z][A-Za-z&'.-]*){1,3}?) (?:Corp|Corporation|Inc|"
                           r"Incorporated|Co|Cos|Company|Ltd|Limited|Plc|PLC|Group|Holdings|Industries|Bancorp)\b\.?")


def rank_companies(text: str) -> frozenset[str]:
    """The names that open with a rank word and that the text also gives a company suffix: "General Widget" when it
    says "General Widget Corp" somewhere ("General Widget believes ..." is then the firm, no general)."""
    return frozenset(m.group(1) for m in _RANK_COMPANY.finditer(text))


class _Titles:
    """Title and affiliation methods of the coder (they read ``self.d``, ``self.doc``, ``self.item_codes`` and
    ``self.dictionary``)."""

    def country_of(self, it: Item) -> str | None:
        a = it.anchor
        if a is None:
            return None
        if a.kind == "country" and a.country is not None:
            return a.country.code
        if a.kind == "actor":
            c = self.dictionary(it)
            return c.country if c is not None else None
        return None

    def _party_of_title(self, an: _Analysis) -> str | None:
        """The sector of a party, opposition group or non-executive state body that owns the role word ("*the
        party's* vice president", "president *of the opposition movement*", "*U.S. Air Force* Chief of Staff",
        "*Supreme Court* President", "*CIA* Director"), or None: a rank within that body, not the government."""
        for rel, it in an.affiliations:
            if rel == "of" and it.type in ("anchor", "name") and it.start != an.head_agent.start:
                c = self.item_codes(it)
                if c is not None and c.sector in RANK_BODY_SECTORS and c.kind != "person":
                    return c.sector
        return None

    def title_sector(self, an: _Analysis) -> tuple[str | None, str | None]:
        """(sector, strength) from the role words: strength "stance", "strong" or "weak"."""
        head_agent = an.head_agent
        mods = an.title_agents
        for it in reversed(mods):
            ag = it.anchor.agent.agent
            if ag.has("stance") and ag.sector:
                return ag.sector, "stance"
        if head_agent is None:
            # a named head with only honorifics, or no role word at all
            return None, None
        ag = head_agent.anchor.agent.agent
        if ag.has("stance") and ag.sector:
            return ag.sector, "stance"
        if self._company_rank(head_agent):
            return None, None  # "General Mills said ...", the article naming "General Mills Inc": a firm
        if ag.sector and not ag.has("weak"):
            if heads_unknown_org(an, self.d, self.item_codes):
                return None, None  # "president of Women Arise": heads an organisation, not a state
            if ag.sector == "GOV":
                party = self._party_of_title(an)
                if party is not None:
                    return party, "strong"  # "*the party's* vice president": a rank in the party, not the state
            return ag.sector, "strong"
        for it in reversed(mods):
            m = it.anchor.agent.agent
            if m.sector and m.has("mod"):
                return m.sector, "strong"
        for it in an.complement_agents:
            m = it.anchor.agent.agent
            if m.sector and an.opposed:  # "critics of the government": its opposition, not it
                return ("OPP", "strong") if m.sector == "GOV" else (None, None)
            if m.sector:
                return m.sector, "strong"
        if ag.sector and heads_unknown_org(an, self.d, self.item_codes):
            return None, None
        return ag.sector, "weak" if ag.sector else None

    def _company_rank(self, head_agent: Item) -> bool:
        """The rank word opens a name that the article gives a company suffix elsewhere ("General Widget" beside
        "General Widget Corp"): part of a firm's name, not a title."""
        doc = self.doc
        first = doc[head_agent.start]
        if first.text not in _RANK_NAMES:
            return False
        names = getattr(self, "_rank_firms", None)
        if names is None:
            names = self._rank_firms = rank_companies(self.d.doc_text)  # (``doc.text``, joined once)
        if not names:
            return False
        words = [t.text for t in doc[head_agent.start:head_agent.start + 4]]
        return any(words[:len(n.split())] == n.split() for n in names)

    def group(self, an: _Analysis) -> tuple[str | None, str | None]:
        """(country, sector) from pro-X, anti-X, X's, X supporters, supporters of X."""
        for rel, it in an.affiliations:
            if it.type == "mod":
                word = self.doc[it.start].lower_
                if rel == "pro" and word in ("democracy",):
                    return None, "OPP"
                continue
            c = self.item_codes(it)
            if c is None:
                continue
            is_country = c.kind == "country" or (it.anchor is not None and it.anchor.kind == "country")
            if rel == "pro":
                return (None if is_country else c.country), (None if is_country else c.sector)
            if rel == "anti":
                sector = "OPP" if c.sector == "GOV" else None
                # "Berisha's opponents" are Albanians; "Apple's rivals" need not be American
                home = c.kind == "person" or c.sector in HOME_SECTORS
                return (None if is_country or not home else c.country), sector
            if an.allied:  # "Maduro's allies": his country's, of no known sector ("Russia's allies", "its allies":
                # other states)
                abroad = is_country or (it.type == "pron" and c.sector is None)
                return (None if abroad else c.country), None
            own = led_institution(an, self.d) if c.kind == "person" else None
            if own is not None:
                return c.country, own  # "Oala's government" (GOV), "Kila's party" (PTY): the institution he leads
            return (None if is_country else c.country), (None if is_country else c.sector)
        return None, None


def union_local(d, an: _Analysis) -> bool:
    """Does the phrase name a union local's officer ("the local's officials", "the union local's president", "UAW
    Local 600 officials")? A union's branch is a "local": its officials are the union's (LAB), not a government's."""
    s0 = an.chain.start
    if s0 >= 2 and d.lower[s0 - 1] in ("'s", "\u2019s") and d.lower[s0 - 2] == "local":
        return True
    return any(it.type == "mod" and d.text[it.start] == "Local" and it.start + 1 < d.n
               and d.text[it.start + 1].isdigit() for it in an.chain.items)


def _owner_gap(d, a: int, b: int) -> bool:
    """May the words from ``a`` to ``b`` stand between a country word and the body's name it owns? Nothing ("the
    *Kenyan* Red Cross"), a possessive ("*Pakistan's* National Security Council") and up to two capitalised words
    of the body's own name ("*Iran's* Supreme National Security Council")."""
    k = a
    if k < b and d.lower[k] in ("'s", "\u2019s", "'"):
        k += 1
    if k < b and d.lower[k - 1] in ("'s", "\u2019s", "'"):
        # "*South Korea's* main opposition Democratic Party", "*Japan's* ruling Liberal Democratic Party": after a
        # possessive, words that rank or place a party or body in its country's politics (session 30, wb56)
        while k < b and k - a <= 7 and d.lower[k] in _RANK_WORDS:
            k += 1
    return b - k <= 2 and all(d.text[j][:1].isupper() and d.text[j].isalpha() for j in range(k, b))


#: lower-case words that may stand between a country's possessive and the name of its party or body
_RANK_WORDS = frozenset({"main", "ruling", "governing", "opposition", "largest", "biggest", "second-largest", "junior",
                         "senior", "coalition", "former", "centre-left", "center-left", "centre-right", "center-right",
                         "conservative", "liberal", "nationalist", "socialist", "left-wing", "right-wing", "far-right",
                         "far-left", "leading", "powerful", "top", "new", "once-ruling", "formerly",
                         "-", "centre", "center", "left", "right", "far", "wing"})  # (hyphenated words split)


def local_country(coder: "_Titles", an: _Analysis, head: Item) -> str | None:
    """The country a place or nationality right before a dictionary body names ("the *Dhaka* Metropolitan Police",
    "the *Kenyan* Red Cross", "*Pakistan's* National Security Council", "*Iran's* Supreme National Security
    Council"): the body the dictionary knows under that name in another country is not this one.
    Only a modifier right before the name ("Iran-aligned Houthis", "the pro-Moscow militia" are affiliations), and no
    international body's."""
    d = coder.d
    found = {coder.country_of(it) for it in an.countries
             if an.chain.start <= it.start and _owner_gap(d, it.end, head.start)}
    found.discard(None)
    if not found:
        return generic_party_country(coder, head)
    return found.pop() if len(found) == 1 and not (found & set(coder.igos)) else None


#: words of a party name that many countries' parties share ("Democratic Party", "Labour Party", "the Republicans")
_GENERIC_PARTY = frozenset({"democratic", "republican", "labour", "labor", "liberal", "conservative", "socialist",
                            "progressive", "party", "democrats", "republicans", "the"})


def generic_party_country(coder: "_Titles", head: Item) -> str | None:
    """The article's own country for a party of generic name that the dictionary places elsewhere ("the opposition
    *Democratic Party*" in a story datelined Seoul is not the American one; session 30, px57): only when the article's
    country comes from its dateline or clearly leading mentions, and no word of the article names the dictionary's
    country (a Seoul story on an American election keeps it)."""
    d, dic, main = coder.d, coder.dictionary(head), getattr(coder, "main", None)
    if dic is None or dic.sector != "PTY" or not dic.country or not main or main == dic.country:
        return None
    if not all(d.lower[k] in _GENERIC_PARTY for k in range(head.start, head.end)) or head.end - head.start > 3:
        return None
    named = {a.country.code for a in coder.anchors if a.kind == "country" and a.country}
    return main if dic.country not in named and main not in coder.igos else None
