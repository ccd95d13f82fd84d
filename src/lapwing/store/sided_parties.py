"""The other side of an act of force whose report codes none: the country its own words name for it.

An act of force (roots 18-20) has two sides. A report that codes the doer but no target country ("India's coast
guard said it had chased off Sri Lankan trawlers ... and had taken firm action", no target coded; "Indian border
guards shot dead two smugglers who had crossed from Iran", the smugglers of no country) still names the other side's
country in the act's own words. Without it, the report is the doer's act of that day against anyone, and it joins
the same doer's act of that day against another country ("rammed a Bangladeshi fishing boat").

:func:`sides` gives, for a mention of force whose doer has a country and whose target has none, the countries
(as a country or its adjective: "Sri Lankan", "from Iran") that its sentence names besides the doer's, after the
doer's own words (a joint doer's partner is its own: "Kenyan and Somali troops") and the wire's dateline, before
the act's clause ends (an attribution, ", Syrian state media said": who tells the act is no side of it; a clause
of reason or time, "because it had docked at Greek ports"), and not in a compound adjective ("a Panama-flagged
freighter": its registry). They are the act's parties, as a joint actor's countries are (``mentions._partners``),
and two acts that each name two parties, each one the other lacks, are two acts (``clustering.other_parties``). A
sentence that names no country besides the doer's adds nothing: a report naming fewer parties contradicts nothing.
"""

from __future__ import annotations

import re

from lapwing.schema import ArticleRecord, Event

#: Roots of force, told from either side (the same as ``clustering.SIDED_ROOTS``, which imports this module's
#: importer).
SIDED_ROOTS = frozenset({"18", "19", "20"})
#: Kinds of place that name a country: "Iran", "Sri Lankan".
COUNTRY_KINDS = frozenset({"country", "adjectival"})
#: Where the act's own clause ends, after its trigger: an attribution (", the foreign ministry said", "; Syrian
#: officials say", ", according to the navy": who tells the act is no side of it), or a clause of reason or time
#: ("because it had docked at Greek ports", "after talks with Omani officials", "as Delhi kept up ...").
_CLAUSE_END = re.compile(r"[,;]\s+(?:[^,;]*?\b(?:said|says|told|reported|reports|announced|added|stated)\b"
                         r"|according\s+to\b)|;|\b(?:because|since|after|before|while|when|as|amid|following)\b",
                         re.IGNORECASE)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the act's clause ends (:data:`_CLAUSE_END`) between ``start`` (its trigger's end) and ``end``."""
    m = _CLAUSE_END.search(text, start, end)
    return m.start() if m else end


#: A country named in a compound adjective is what it says of a thing, not a side: "a Panama-flagged freighter"
#: (its registry), "the Iran-backed militia" (its backer), "a Lisbon-based owner".
_COMPOUND = re.compile(r"\s*-\s*[a-z]")


def sides(record: ArticleRecord, e: Event, source_country: str | None, target_country: str | None,
          after: int = 0) -> frozenset[str]:
    """The countries the sentence of ``e`` (an act of force whose doer has a country and whose target has none)
    names besides the doer's, after the doer's own words (the other side is not a joint doer's partner: "Kenyan and
    Somali troops attacked") and ``after`` (the dateline's end), before the end of the act's clause, and not
    in a compound adjective; empty for any other act."""
    if e.cameo[:2] not in SIDED_ROOTS or target_country or not source_country or e.source is None:
        return frozenset()
    text = record.article.text
    s0, s1 = e.sentence.start, e.sentence.end
    end = _clause_end(text, e.trigger.end, s1)
    start = max(s0, after, e.source.end)
    return frozenset(p.country for p in record.places
                     if p.kind in COUNTRY_KINDS and p.country and p.country != source_country
                     and start <= p.start and p.end <= end and not _COMPOUND.match(text, p.end))
