"""A person's nationality told in a relative clause (session 30, round 57).

"Mehdiyev, *who is Azerbaijani*, said ...", "Tomas Varga, *who was Hungarian*, criticised ...", "Wanjiru, *who is a
Kenyan lawyer*, accused ...": the article gives a named person no title to code but says where they are from in a
clause of their own. An apposition with a nationality ("X, a Kenyan activist,") is the coder's appositive step; this
is its relative-clause twin, run once the mentions are coded (``extract_actors``).

Only a person's name with no country of its own, only a clause introduced by "who" whose verb is a copula ("is",
"was") with a nationality word (or a country name) as its predicate or as the modifier of the predicate noun; a
relative clause of any other verb ("who fled Syria", "who met the Turkish envoy") says nothing of nationality. The
person's later mentions that refer back to it (a pronoun, the surname again) take the country too.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from lapwing.extract.docfacts import token_columns

#: words a copular relative clause may open with
_WHO = frozenset({"who", "whom"})


def clause_country(head: Any, nat: dict[int, str]) -> str | None:
    """The country a copular "who is/was ..." clause on the name ``head`` tells, or None."""
    for c in head.children:
        if c.dep_ not in ("acl:relcl", "relcl") or c.i < head.i:
            continue
        kids = list(c.children)
        if not any(k.dep_ in ("nsubj",) and k.lower_ in _WHO for k in kids) \
                or not any(k.dep_ == "cop" and k.lemma_.lower() == "be" for k in kids):
            continue
        if c.i in nat and (c.pos_ == "ADJ" or c.pos_ == "PROPN" and c.ent_type_ == "NORP") \
                and not any(k.dep_ == "case" for k in kids):
            return nat[c.i]  # "who is Azerbaijani" (a nationality word, not "who is in Kenya")
        if c.pos_ == "NOUN":  # "who is a Kenyan lawyer"
            own = [nat[k.i] for k in kids if k.dep_ in ("amod", "compound") and k.i in nat]
            if len(set(own)) == 1:
                return own[0]
    return None


def has_who(doc: Any) -> bool:
    """Does a word of ``doc`` read "who" or "whom" (any case)? Read from the shared lower-case column for a ``Doc``
    (``any(t.lower_ in _WHO for t in doc)`` made one spaCy ``Token`` per word of every article)."""
    if isinstance(doc, Doc):
        return not _WHO.isdisjoint(token_columns(doc).lower)
    return any(t.lower_ in _WHO for t in doc)


def relative_nationality(doc: Any, mentions: list, nat: dict[int, str]) -> None:
    """Give each uncoded person's name its relative clause's country, and the mentions referring back to it."""
    if not nat or not has_who(doc):
        return
    for k, m in enumerate(mentions):
        a = m.actor_view
        if m.kind != "person" or a.country or m.antecedent is not None:
            continue
        country = clause_country(doc[m.head], nat)
        if country is None:
            continue
        m.update_actor({"country": country})
        for x in mentions:  # the pronouns and repeated names resolved to it
            seen, j = 0, x.antecedent
            while j is not None and j != k and seen < 20:
                j, seen = mentions[j].antecedent, seen + 1
            if j == k and x is not m and not x.actor_view.country:
                x.update_actor({"country": country})
