"""The sender of a document that 'reads' or 'says' something: 'Mayor Holm shared a message from her aide that read:
"..."' / 'The board voted for a motion which said ...'.

A relative 'that' / 'which' as the subject of 'read' or 'said' on a document noun (a message, a statement, a
resolution, a letter, a tweet ...) stands for the document, but PolNeAR credits whoever sent, posted, shared or voted
it: the subject of the verb the document is the object of. Measured on two train samples of PolNeAR (one read, one
never read); a he / she cue under an outer speech cue credited to the outer speaker was tried beside it and taken out
(it lifted the read sample only).
"""

from __future__ import annotations

from spacy.tokens import Token


# nouns of a written or voted text that 'reads' or 'says' what its sender or maker puts in it
DOCUMENT_NOUNS = {"message", "statement", "resolution", "letter", "tweet", "post", "note", "email", "e-mail", "memo",
                  "motion", "text", "sign", "banner", "placard", "petition"}
_TEXT_CUES = {"read", "reads", "said", "says", "stated", "states"}


def document_sender(rel: Token) -> Token | None:
    """'She retweeted a message from an aide that read: "..."' / 'The council voted for a resolution which said ...':
    a relative 'that' / 'which' as the subject of 'read' or 'said' on a document noun (the noun itself, or a name in
    its 'from' phrase the clause hangs on) that is the object of a verb of someone's: that someone is the source
    PolNeAR credits (the one who sends, posts or votes the text), not the document. None otherwise."""
    if rel.lower_ not in ("that", "which") or rel.dep_ != "nsubj" or rel.head.lower_ not in _TEXT_CUES:
        return None
    if rel.head.dep_ not in ("acl:relcl", "relcl"):
        return None
    noun = rel.head.head
    for _ in range(3):  # up from a name in the document's 'from' phrase ('a message from her aide, Ann Lee, that')
        if noun.lemma_.lower() in DOCUMENT_NOUNS or noun.lower_ in DOCUMENT_NOUNS:
            break
        if noun.dep_ not in ("appos", "nmod", "flat"):
            return None
        noun = noun.head
    else:
        return None
    if noun.lemma_.lower() not in DOCUMENT_NOUNS and noun.lower_ not in DOCUMENT_NOUNS or noun.dep_ not in ("obj", "obl"):
        return None
    if noun.dep_ == "obl" and not any(c.dep_ == "case" and c.lower_ == "for" for c in noun.children):
        return None  # "voted *for* a motion"; not "posted his note *under* a banner that said ..." (where, not whose)
    verb = noun.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < noun.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN", "PRON") or subj.lower_ in ("it", "that", "this", "which"):
        return None
    return subj
