"""Parse repair 208: a message's participle read as the head of its "to" phrase. "The minister sent a letter *to the
Ugandan president threatening* to close the border", "sent a note to the prime minister *urging* him to free ...":
the parser takes the ``-ing`` form for the noun of the to-phrase (an ``obl`` of the verb of sending), with the
addressee as its compound or its subject, and the clause the participle governs ("to close ...") hung on the
verb of sending. The act of the participle then has the addressee as its doer, or no one.

The addressee's noun (the word just before the participle) takes the phrase's place (``obl`` of the verb, with the
preposition, article and modifiers before it); the participle becomes a clause on the message noun (``acl``), or on
the verb when the object is no message noun (``advcl``), with the to-clause after it as its own (``xcomp``). Only
after a verb of writing or sending (``_SEND``) whose object is a message noun (or "write to ..."), only for a "to" before
the noun, only for a noun or name right before the participle, and only for a participle with no case word of its
own before the noun ("to the police *training* centre" is a noun phrase of a place: no verb of sending a message)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, token_columns, word_positions

_SEND = frozenset({"send", "write", "address", "deliver", "hand", "dispatch", "forward", "pen"})
_MESSAGE = frozenset({"letter", "message", "note", "cable", "memo", "memorandum", "missive", "communique", "telegram",
                      "email", "e-mail"})


def message_participle_candidates(doc: Doc) -> list[int]:
    """The ``-ing`` words of ``doc`` that repair 208 is tried on: a word ending in "ing" labelled ``obl`` or ``nmod``
    of an earlier word, with a "to" among the words before it (read off the word and label columns)."""
    found = word_positions(doc)  # (the article's word index: the "-ing" words found among its distinct words)
    if "to" not in found:
        return []
    ing = sorted(k for w, at in found.items() if w.endswith("ing") for k in at)
    if not ing:
        return []
    cols = token_columns(doc)
    L, D = cols.lower, cols.dep
    H = doc_heads(doc)
    return [i for i in ing if D[i] in ("obl", "nmod") and H[i] < i and "to" in L[max(0, i - 8):i]]


def repair_message_participle(v: Token) -> bool:
    """Repair 208 on the participle ``v``; True when applied."""
    h = v.head
    if h.pos_ != "VERB" or h.lemma_.lower() not in _SEND:
        return False
    obj = next((c for c in h.children if c.dep_ in ("obj", "dobj") and c.i < v.i), None)
    if h.lemma_.lower() != "write" and (obj is None or obj.lemma_.lower() not in _MESSAGE):
        return False
    n = v.doc[v.i - 1]
    if n.head.i != v.i or n.pos_ not in ("NOUN", "PROPN") or n.dep_ not in ("compound", "nsubj", "amod", "flat"):
        return False
    kids = [c for c in v.children if c.i < n.i]
    to = next((c for c in kids if c.lower_ == "to" and c.dep_ in ("case", "mark")), None)
    if to is None or any(c.dep_ == "case" and c is not to for c in kids):
        return False
    for c in kids:
        c.head = n
        if c is to:
            c.dep_ = "case"
    n.head, n.dep_ = h, "obl"
    if obj is not None and obj.lemma_.lower() in _MESSAGE:
        v.head, v.dep_ = obj, "acl"
    else:
        v.head, v.dep_ = h, "advcl"
    v.pos_, v.tag_, v.lemma_ = "VERB", "VBG", v.lemma_ if v.lemma_.lower() != v.lower_ else v.lower_[:-3]
    for c in h.children:
        # ("threatening *to close* the border" with the to-clause hung on the verb of sending)
        if c.dep_ in ("advcl", "xcomp") and c.i > v.i and any(m.lower_ == "to" and m.dep_ == "mark" for m in c.children) \
                and not any(x.i > v.i and x.i < c.i and x.dep_ in ("obl", "obj") and x.head.i == h.i for x in h.children):
            c.head, c.dep_ = v, "xcomp"
            break
    return True
