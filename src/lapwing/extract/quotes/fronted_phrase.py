"""A main clause the parser hung inside a fronted phrase: 'In a video posted on his page, the outgoing premier
[called] on the army to ... and [urged] his supporters to ...'. The parser read the subject after the comma as an
apposition to the fronted phrase's last noun, the first verb as that subject's modifier, and made the verb after 'and'
the root with no subject of its own. Both verbs are the subject's: :func:`fronted_phrase_subject` finds it."""

from __future__ import annotations

from spacy.tokens import Token

_FINITE = ("VBD", "VBN", "VBZ", "VBP")
_CONJ_WORDS = ("and", "but")
_NAME_DEPS = ("flat", "flat:name", "compound")
_ADVERBIAL_MAX = 5


def fronted_phrase_subject(verb: Token) -> Token | None:
    """The subject of ``verb`` when the parser hung it as above; None otherwise."""
    if verb.tag_ not in _FINITE:
        return None
    if verb.dep_ in ("acl", "acl:relcl", "relcl"):
        return _modified_subject(verb)
    if verb.dep_ == "ROOT" and not any(c.dep_.startswith("nsubj") or c.dep_.startswith("aux") for c in verb.children):
        return _conjoined_root_subject(verb)
    return None


def _modified_subject(verb: Token) -> Token | None:
    """'..., the outgoing premier [called] on ...': the noun the verb hangs on, right before it (a name's words
    between), an apposition set off by a comma from a phrase opening the sentence with a preposition."""
    head = verb.head
    doc = verb.doc
    if head.i >= verb.i or head.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(doc[k].head.i != head.i or doc[k].dep_ not in _NAME_DEPS for k in range(head.i + 1, verb.i)):
        return None  # ('the premier's aide, who called ...', 'a crowd of people called ...': not right before it)
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass") or c.lower_ in ("who", "which", "that")
           for c in verb.children):
        return None
    if not any(c.i > verb.i and c.dep_ in ("obj", "obl", "iobj", "xcomp", "ccomp") for c in verb.children):
        return None  # ('a video posted on his page'): a verb with nothing after it is a reduced relative
    left = head.left_edge.i
    if doc[left].text == ",":  # (the parser may hang the comma on the apposition)
        left += 1
    sent = verb.sent
    if left < 2 or doc[left - 1].text != "," or doc[sent.start].tag_ != "IN" or doc[sent.start].dep_ != "case":
        return None
    if any(doc[k].text in (",", ";", ":") for k in range(sent.start, left - 1)):
        return None  # the comma closing the fronted phrase is the sentence's first
    if any(doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") for k in range(sent.start, left - 1)):
        return None  # ('In Lima, where crowds gathered, the ...'): a clause of its own in the phrase
    return head


def _conjoined_root_subject(verb: Token) -> Token | None:
    """'... and [urged] his supporters to ...': the root after 'and' (a short adverbial between) whose first verb is
    a verb hung as in :func:`_modified_subject`; its subject."""
    doc = verb.doc
    k = verb.i - 1
    while k > verb.sent.start and verb.i - k <= _ADVERBIAL_MAX + 1 and doc[k].lower_ not in _CONJ_WORDS:
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if doc[k].lower_ not in _CONJ_WORDS:
        return None
    firsts = [x for x in doc[verb.sent.start : k] if x.dep_ in ("acl", "acl:relcl", "relcl") and x.tag_ in _FINITE
              and verb in x.ancestors]
    for first in reversed(firsts):
        subj = _modified_subject(first)
        if subj is not None:
            return subj
    return None
