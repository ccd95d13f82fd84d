"""Who speaks for a relative 'that' / 'which' of a written thing that someone put out: '[He] released a letter from
his doctor that says ...', '[The Courier] ran a piece that noted ...', '[Ruiz] released a video that said, "..."'.
PolNeAR credits the words to whoever released the thing; a thing no one is said to put out keeps its 'that'."""

from __future__ import annotations

from spacy.tokens import Token


# written things whose words are their author's when the author puts them out ('He released a letter that says ...')
_RELEASED_THINGS = {"letter", "video", "ad", "advertisement", "statement", "memo", "report", "piece", "column",
                    "caption", "post", "tweet", "message", "email", "release", "editorial", "article", "note",
                    "document", "paper"}


def _releaser(rel: Token, verb: Token) -> Token | None:
    """'[He] released a letter from his doctor that says ...', '[Ruiz] ran a piece that noted ...': the relative
    'that' / 'which' of a written thing that is the object of a verb with a subject speaks for that subject."""
    if rel.lower_ not in ("that", "which") or rel.tag_ != "WDT" or verb.dep_ not in ("acl:relcl", "relcl"):
        return None
    thing = verb.head
    if thing.lower_ not in _RELEASED_THINGS or thing.dep_ != "obj" or thing.head.pos_ != "VERB":
        return None
    owner = next((x for x in thing.head.children if x.dep_ == "nsubj" and x.i < thing.head.i), None)
    return owner if owner is not None and owner.lower_ not in ("it", "there", "that", "what", "which") else None
