"""Actor mentions: who is named in the article, coded with country and sector.

A mention is a noun phrase built around lexicon matches (actor dictionary, countries, agent words)
and named entities (PERSON, ORG, GPE, NORP), with its modifiers: titles, nationality words,
possessors, ``pro-X`` / ``anti-X`` words and ``of`` complements. Codes come, in order of priority, from

1. the actor dictionary, for the article's publication date       (rule ``dictionary``)
2. titles and role words, and appositives                           (``title``, ``appositive``)
3. nationality adjectives, country names, capitals                  (``nationality``, ``country``)
4. group words: pro-X, anti-X, X's, X supporters, supporters of X   (``group``)
5. the article's main country, for bare agents only                 (``main-country``)

Later mentions of a person by part of their name, and he/she/they/it, take the codes of their
antecedent when it is unambiguous (``coref:name``, ``coref:pronoun``). See ``docs/actors.md``.

What later extractors use:

- ``ctx.data["actors"]``: list of :class:`ActorMention` in text order;
- :func:`actor_for_token` and :func:`actor_for_span`: the coded :class:`~lapwing.schema.Actor` of the
  phrase a token belongs to (pronouns and surnames resolved);
- ``ctx.data["main_country"]``: the article's main country code or None.

The code is split by job: ``common`` (word lists, :class:`ActorMention`, ``Codes``), ``lookup`` (lexicon
and entity anchors), ``context`` (dateline, main country, sentences), ``chains`` (noun-phrase chains),
``analysis`` (head, titles, nationality and affiliations of a chain), ``coder`` (coding a chain),
``coref`` (names, appositives, pronouns, definite descriptions), ``subjects`` (subjects the parse
lost), ``nouns`` (the nouns a nationality word owns: "Israeli tanks"), ``dictionary`` (the lexicons'
answers, remembered across articles); this module holds the public API and registers the extractor.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from lapwing.extract.actors.coder import _Coder
from lapwing.extract.actors.common import ActorMention, Codes
from lapwing.extract.actors.context import dateline, dateline_country, main_country
from lapwing.extract.actors.analysis import backer_word
from lapwing.extract.actors.nouns import ARMED_NOUNS, OWNED_PLACES, owned_noun
from lapwing.extract.actors.relative_nationality import relative_nationality
from lapwing.extract.actors.subjects import find_lost_subject
from lapwing.extract.docfacts import doc_text
from lapwing.extract.registry import Context, extractor
from lapwing.schema import Actor

__all__ = ["ActorMention", "actor_for_token", "actor_for_span", "mention_for_token", "members_for_token", "extract_actors",
           "lost_subject", "owner_country", "Codes", "dateline", "dateline_country", "main_country"]


# ---- public API ----------------------------------------------------------------------------------------------
def extract_actors(ctx: Context) -> list[ActorMention]:
    """Find and code the actor mentions of ``ctx.doc``; stores them in ``ctx.data["actors"]``."""
    coder = _Coder(ctx)
    mentions = coder.run()
    ctx.data["actors"] = mentions
    ctx.data["main_country"] = coder.main
    ctx.data["actor_index"] = _build_index(mentions)
    ctx.data["actor_nationality"] = {k: a.country.code for a in coder.anchors if a.kind == "country"
                                     and a.country is not None and a.country.code != "-"
                                     and not backer_word(a.end, coder.d)  # ("*Russia*-backed rebels")
                                     for k in range(a.start, a.end)}
    relative_nationality(ctx.doc, mentions, ctx.data["actor_nationality"])  # "X, who is Azerbaijani,"
    return mentions


@extractor("actors", description="Actor mentions coded with country and sector (dictionary, titles, "
                                 "nationality, group words, main country; names and pronouns resolved).")
def actors_extractor(ctx: Context) -> None:
    extract_actors(ctx)


def _build_index(mentions: list[ActorMention]) -> dict[int, list[int]]:
    index: dict[int, list[int]] = {}
    for k, m in enumerate(mentions):
        for t in range(m.start, m.end):
            index.setdefault(t, []).append(k)
    for t, ks in index.items():
        if len(ks) > 1:  # (one mention at a token, as at most: nothing to order)
            ks.sort(key=lambda k: (mentions[k].head != t, mentions[k].end - mentions[k].start))
    return index


def _ensure(ctx: Context) -> tuple[list[ActorMention], dict[int, list[int]]]:
    if "actors" not in ctx.data:
        extract_actors(ctx)
    index = ctx.data.get("actor_index")
    if index is None:
        index = ctx.data["actor_index"] = _build_index(ctx.data["actors"])
    return ctx.data["actors"], index


def mention_for_token(ctx: Context, token: Token | int) -> ActorMention | None:
    """The mention a token belongs to: the one it heads, else the smallest one covering it."""
    mentions, index = _ensure(ctx)
    i = token if isinstance(token, int) else token.i
    ks = index.get(i)
    return mentions[ks[0]] if ks else None


def actor_for_token(ctx: Context, token: Token | int) -> Actor | None:
    """The coded actor of the phrase ``token`` belongs to (a head or any other token of it).

    Pronouns, repeated names and appositives come back with their antecedent's name and codes but
    their own text and offsets. An unresolved pronoun gives None."""
    m = mention_for_token(ctx, token)
    if m is None or not m.resolved:
        return None
    return m.actor


def actor_for_span(ctx: Context, span: Span) -> Actor | None:
    """The coded actor of a phrase: the mention its root heads or belongs to, else the mention that
    overlaps it most."""
    m = mention_for_token(ctx, span.root)
    if m is None:
        mentions, index = _ensure(ctx)
        overlap: Counter[int] = Counter()
        for t in range(span.start, span.end):
            for k in index.get(t, ()):
                overlap[k] += 1
        if not overlap:
            return None
        m = mentions[max(overlap, key=lambda k: (overlap[k], -(mentions[k].end - mentions[k].start)))]
    if not m.resolved:
        return None
    return m.actor


def members_for_token(ctx: Context, token: Token | int) -> list[Actor]:
    """The parties a phrase such as "the two sides" or "both countries" names, when the article named
    exactly two just before (see :mod:`lapwing.extract.actors.context_refs`); [] for any other phrase.
    :func:`actor_for_token` gives the first of them."""
    m = mention_for_token(ctx, token)
    return list(m.members) if m is not None and m.members else []


def owner_country(ctx: Context, token: Token | int) -> Actor | None:
    """The actor a nationality word or country name gives to a noun that is no actor mention itself but
    belongs to one: an armed unit or weapon ("Israeli tanks" -> ISR MIL), a person ("Syrian officers"
    -> SYR), an act with a doer ("a US offer", "the Russian invasion"). None for any other noun ("Turkish
    prices", "the Venezuela crisis") and for a noun with no such modifier."""
    _ensure(ctx)
    doc = ctx.doc
    t = doc[token] if isinstance(token, int) else token
    nat = ctx.data.get("actor_nationality") or {}
    if t.i in nat and t.dep_ in ("amod", "compound", "nmod:poss", "poss") and (
            owned_noun(t.head, agent=False) or (t.head.pos_ == "NOUN" and t.head.lemma_.lower() in OWNED_PLACES)):
        # the nationality word itself, asked for as the doer of its noun ("the *Russian* invasion") or as
        # the owner of a place an event acts on ("attacked an *Iraqi* army base")
        return Actor(text=t.text, country=nat[t.i], start=t.idx, end=t.idx + len(t.text), kind="norp",
                     rule="nationality+owner")
    if not owned_noun(t, agent=False):
        return None
    for c in t.children:
        if c.dep_ not in ("amod", "compound", "nmod:poss", "poss") or c.i not in nat:
            continue
        start = min(c.idx, t.idx)
        end = max(c.idx + len(c.text), t.idx + len(t.text))
        armed = t.lemma_.lower() in ARMED_NOUNS
        return Actor(text=doc_text(doc)[start:end], country=nat[c.i], sector="MIL" if armed else None,
                     start=start, end=end, kind="agent", rule="nationality+owner")
    return None


def lost_subject(ctx: Context, verb: Token | int) -> ActorMention | None:
    """The mention that is ``verb``'s subject by position when the parser lost it: a title chain read
    as the sentence's root with the verb hanging on it ("Ruling party chief Marek Dal on Monday called
    on ..."). None unless the sentence's root is a noun of that phrase and only a time phrase or an
    adverb stands between the phrase and its verb (see :mod:`lapwing.extract.actors.subjects`). The
    event coder uses ``mention.head`` as the subject token when its own rules find none."""
    mentions, index = _ensure(ctx)
    return find_lost_subject(ctx.doc, mentions, index, verb)
