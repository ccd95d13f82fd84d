"""A bare definite description takes the country of the article's earlier mentions with the same role word (session
32, round 61, co61; rule ``coref:role``).

"Kenya's foreign minister arrived in Kampala ... *The minister* said", "Sudanese rebels clashed with troops ... *The
rebels* said", "Ghana's envoy to the United Nations ... *The envoy* said": the description names no country of its
own, and the named-person link (``coref:title``) finds no named person to give it one. It now takes the country of
the earlier mentions whose role word (the last word of their title, singular or plural) is its own, when all of them
name one country. No guess when two countries' people or bodies fit ("Kenya's minister met Uganda's minister. The
minister said"), when one that fits has no country ("Kenyan rebels and rebels from the hills ... the rebels"), or
when it is a generic phrase ("ministers of many states"); nor when the description's own sentence names countries
and not that one (the main-country rule's guard). A description with a country of its own (a nationality, a
possessor, the article's main country) is left as it was, and so is a body's word ("the council", "the court": their
own rules in ``context_refs.py``, ``court_refs.py``): only a role word of people (the agents table's ``person`` flag).
"""

from __future__ import annotations

from typing import Any

from lapwing.extract.actors.common import Codes


def _role_form(word: str) -> str:
    """One form for a role word's singular and plural ("rebels", "rebel" -> "rebel"; "police" stays)."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def serves_named_body(doc: Any, end: int) -> bool:
    """"the spokesman *for Niger's Ministry of Defence*": a description followed by "for" and a name
    or a possessor within four words names the body it serves (``serving_body.py``), not an earlier person with its
    title (session 32, co61)."""
    if end >= len(doc) or doc[end].lower_ != "for":
        return False
    return any(t.pos_ == "PROPN" or t.lower_ in ("'s", "\u2019s") for t in doc[end + 1:end + 5])


def same_role_country(coder: Any, m: Any, an: Any, sent: Any) -> bool:
    """Give the definite description ``m`` the one country of the earlier mentions with its role word (see the
    module's docstring); True when it did. Its sector, when it had none, is theirs when they agree on one."""
    d, codes = coder.d, coder.codes[id(m)]
    head = an.head_agent
    if codes.country is not None or head is None or d.lower[m.start] != "the" or an.name_item is not None \
            or an.affiliations or an.countries or an.complement_agents or an.quant is not None \
            or codes.sources.get("generic") or codes.kind != "agent" or serves_named_body(coder.doc, m.end) \
            or not (head.anchor and head.anchor.agent and head.anchor.agent.agent.has("person")):
        return False  # (a body, "the council", "the court", has rules of its own: context_refs.py, court_refs.py)
    role = _role_form(d.lower[head.end - 1])
    countries: set[str] = set()
    sectors: set[str | None] = set()
    for x in coder.mentions:
        if x.start >= m.start:
            break
        if x.kind == "pronoun" or id(x) not in coder.titles:
            continue
        titles = coder.titles[id(x)] if x.kind == "person" else coder.titles[id(x)][:1]
        if not any(former == an.former and _role_form(t.split()[-1]) == role for t, former in titles if t):
            continue
        xc = coder.codes.get(id(x))
        if xc is None or xc.country is None or xc.sources.get("generic"):
            return False  # one that fits names no country: no guess
        countries.add(xc.country)
        sectors.add(xc.sector)
    if len(countries) != 1:
        return False
    country = countries.pop()
    here = coder.sentence_countries(sent)
    if here and country not in here:
        return False  # the sentence names other countries: the description may be one of theirs
    sector = codes.sector if codes.sector is not None or len(sectors) != 1 else sectors.pop()
    sources = {**codes.sources, "country": "coref:role"}
    if sector is not None and codes.sector is None:
        sources["sector"] = "coref:role"
    coder.codes[id(m)] = Codes(codes.name, country, sector, sources, codes.kind, codes.person, codes.plural,
                               codes.weak_title, codes.lexicon)
    m.update_actor({"country": country, "sector": sector, "rule": coder.codes[id(m)].rule})
    return True
