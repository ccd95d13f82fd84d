"""The body a speaker speaks for: 'A spokesman [for the army] said ...', 'a lawyer [for the family] told reporters ...'.

A role noun whose job is to speak or act for someone names that someone in a ``for`` phrase, as other roles do in an
``of`` phrase ('the commander of the army'). The speaker's words keep the phrase, and a role with no codes of its own
takes the codes (country, sector) of the body it speaks for, as 'the army's spokesman' has them. 'For its part',
'for years', 'for now' are no such phrase, and a role that is sent to a place ('the envoy for Syria') is not on the
list: its place is not whom it speaks for."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import doc_text
from lapwing.schema import Actor

#: role nouns that speak or act for the body their 'for' phrase names
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople",
                        "spokespersons", "lawyer", "lawyers", "attorney", "attorneys", "representative",
                        "representatives", "negotiator", "negotiators", "counsel"})

# heads of a 'for' phrase that say how long, why or in whose turn, never whom the role speaks for
_NOT_BODIES = frozenset({"part", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour",
                         "decades", "now", "time", "example", "instance", "comment", "decade", "while", "once",
                         "reasons", "reason", "fear", "lack", "sake"})


def for_phrase_end(token: Token) -> int | None:
    """Token index just past the 'for' phrase right after a speaking role ``token`` ('spokesman for the army'), or
    None. The phrase is the noun phrase the parser hung on the role (with its own 'of' phrase: 'a lawyer for the family
    of the victim'), not run over a comma, a bracket, a quotation mark or a number."""
    from lapwing.extract.quotes.speakers import speaker_span  # (speakers imports this module)

    doc = token.doc
    if token.pos_ != "NOUN" or token.lower_ not in SPEAKS_FOR or token.i + 2 >= len(doc) \
            or doc[token.i + 1].lower_ != "for":
        return None
    obj = next((c for c in token.children if c.dep_.startswith("nmod") and c.i > token.i + 1
                and c.left_edge.i == token.i + 1 and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.lower_ in _NOT_BODIES:
        return None
    end = speaker_span(obj)[1]
    for c in obj.children:  # 'lawyers for both Ruiz and his wife': the whole conjoined phrase
        if c.dep_ == "conj" and c.i >= end and c.pos_ in ("NOUN", "PROPN") \
                and all(x.dep_ in ("cc", "det", "compound", "flat", "flat:name", "amod") or x.i == c.i
                        for x in doc[end : c.i + 1]):
            end = speaker_span(c)[1]
    if any(t.text in ("\"", "\u201c", "\u201d", ",", ";", ":", "(", ")", "\u2014", "\u2013") or t.like_num
           or "<" in t.text or ">" in t.text for t in doc[token.i + 1 : end]):  # (nor a ticker's '<...>')
        return None
    return end


def with_for_phrase(ctx, actor: Actor, token: Token, actor_for_token) -> Actor:
    """The speaker ``actor`` of a speaking role ``token`` that ends on the role takes its 'for' phrase into its words
    ('A spokesman for the army'); with no country or sector of its own it takes those of the body after 'for' (the
    actor coder's, through ``actor_for_token``). Its name stays its own."""
    if actor.kind == "pronoun" or actor.end != token.idx + len(token) or not actor.start <= token.idx:
        return actor
    end = for_phrase_end(token)
    if end is None:
        return actor
    doc = token.doc
    last = doc[end - 1]
    update = {"text": doc_text(doc)[actor.start : last.idx + len(last)], "end": last.idx + len(last)}
    body = token.doc[token.i + 2 : end]
    obj = body.root if len(body) else None
    coded = actor_for_token(ctx, obj) if obj is not None and actor_for_token is not None else None
    if coded is not None and coded.kind == "agent" and obj.pos_ == "PROPN" \
            and not any(t.pos_ == "DET" for t in body):
        coded = None  # ('a spokesman for Porter': a surname the coder read as a role word names no sector)
    if coded is not None and actor.country is None and actor.sector is None and (coded.country or coded.sector):
        update.update({"country": coded.country, "sector": coded.sector, "rule": "quotes:for-phrase",
                       "lexicon": coded.lexicon})
    return actor.model_copy(update=update)
