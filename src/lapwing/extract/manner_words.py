"""Manner adverbs that the parser reads as nouns ("The Egyptian interior minister *sharply* criticised ...", with
*sharply* the subject's head and the real head its compound). Shared by the actor extractor (a title before such a
word still heads its mention) and the event coder (the subject is the word before it)."""

from __future__ import annotations

#: nouns in -ly, which are no manner adverb read as a noun
LY_NOUNS = frozenset({"daily", "weekly", "monthly", "quarterly", "family", "ally", "rally", "assembly", "supply",
                      "monopoly", "anomaly", "reply", "july", "italy", "bully", "tally", "folly", "homily", "oligopoly",
                      "fly", "lily", "belly", "jelly", "gully", "holly", "poly", "melancholy", "underbelly"})


def manner_adverb(lower: str) -> bool:
    """A lower-case word in -ly that is no noun: "sharply", "strongly", "swiftly" (not "ally", "rally", "daily")."""
    return lower.endswith("ly") and len(lower) > 4 and lower not in LY_NOUNS
