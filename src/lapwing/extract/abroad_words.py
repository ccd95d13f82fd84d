"""A place where someone lives away from home ("who has lived in exile *in Paris*", "speaking from exile *in London*",
"who lives *in Geneva*"), or where someone speaks ("speaking *from Paris*", "said *in Geneva*", "told reporters *in
Nairobi*": session 36, round ac72): it says nothing of the nationality of a sentence's other actors. Shared by the actor
extractor (no main country is kept from a sentence that names only such a place) and the event coder (no sentence
country from it)."""

from __future__ import annotations

from spacy.tokens import Token

#: a life away from home: the words a place of exile or residence hangs on
ABROAD_WORDS = frozenset({"exile", "live", "reside", "asylum", "refuge", "settle"})

#: a place of speaking: the words such a place hangs on ("said *in Geneva*", "speaking *from Paris*", "told
#: reporters *in Nairobi*", "a news conference *in Kabul*"); a visitor speaks where he is, not where he is from
SPEECH_WORDS = frozenset({"say", "speak", "tell", "talk", "add", "announce", "declare", "comment", "reporter",
                          "journalist", "conference", "briefing", "interview", "statement"})


def abroad_place(t: Token) -> bool:
    """Is ``t`` (the head word of a place name) a place of exile or residence: "in Paris" hung on "exile", "lives",
    "resides", or on a verb that also has "from exile" before it; or a place of speaking: "in" / "from" a place hung
    on "said", "speaking", "told", "reporters", "news conference" (``SPEECH_WORDS``) and after that word ("In Togo,
    the government said" is Togo's government)?"""
    if not t.dep_.startswith(("obl", "nmod")) or not any(c.dep_ == "case" and c.lower_ in ("in", "from", "to")
                                                         for c in t.children):
        return False
    h = t.head
    if h.lemma_.lower() in ABROAD_WORDS or h.lower_ in ABROAD_WORDS or any(
            c.lower_ == "exile" for c in h.children if c.i < t.i):
        return True
    # (after its word only: a place put first frames the whole sentence, "*In Togo*, the government said ...")
    return t.i > h.i and any(c.dep_ == "case" and c.lower_ in ("in", "from") for c in t.children) and (
        h.lemma_.lower() in SPEECH_WORDS or h.lower_ in SPEECH_WORDS)
