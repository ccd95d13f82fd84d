"""Words that are never part of a person's or group's name: read by the cross-article clustering (store/mentions.py,
an actor's key words) and by the quote extractor (quotes/full_name.py, a given name). A module of its own, with no
imports, so that an extractor reading it does not load the store (DuckDB, PostgreSQL) into an analysis worker."""

from __future__ import annotations

__all__ = ["TITLE_WORDS"]

#: Words that are never part of a person's or group's name ("President Nicolas Maduro").
TITLE_WORDS = frozenset("""
president minister prime foreign defence defense interior secretary general leader opposition chief
head spokesman spokeswoman spokesperson official officials commander gen lt col maj capt sgt mr mrs ms dr
sen senator rep governor mayor king queen prince princess sheikh ambassador envoy self-styled interim
former acting deputy vice the a an of and party national state army police rebel rebels security forces
""".split()) | frozenset(
    # common nouns for weapons and armed men, which a headline capitalises ("Drones hit Russian refinery", "Gunmen
    # kill five"): the actor coder may take them for a name; they name no one
    """drone drones missile missiles rocket rockets shell shells bomb bombs jets warplanes troops soldiers gunmen
    militants insurgents pirates bandits protesters demonstrators""".split())
