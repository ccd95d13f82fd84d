"""Parse repair 255 (session 33, round rc63): an opening participle phrase, then a title and a name set off by
commas, then the verb: "*Speaking* at the Security Council on Monday, Kenya's envoy to the United Nations, Jane Doe,
said ...", "*Addressing* the assembly, Ghana's foreign minister, John Roe, accused Togo of ...".

The parser often loses the subject there: the title is hung on the opening participle (as its ``parataxis``,
``obl:unmarked`` or apposition of its time word) or on the verb as a bare ``dep``, the name becomes a second
parataxis or a subject without its title, and the verb is sometimes read as an adjective of its own object. The
speaker is then no coded actor (only the title carries the country) and the act has no source.

Here, in a sentence that opens with a participle (VBG) and whose first three commas close the opening phrase, a
title phrase (its last noun before a preposition a title or agent word) and a name (one to four capitalised words),
the word after the third comma is the clause's verb when it is a finite past or present form or a trigger verb's
form: the verb heads the sentence, the title is its subject with the name its apposition (the shape
"Kenya's envoy to the United Nations, Jane Doe, said" already has), the opening participle is the verb's adverbial
clause and the words after the verb that hung before it are the verb's. Not when the verb already has the title or the
name (with the title in apposition) as its subject."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import single_word_agents
from lapwing.extract.events.repair_forms import verb_forms
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_title_verb import TITLE_HEADS

#: title words beyond ``TITLE_HEADS`` and the actors' one-word agents that head the title phrase
_MORE_TITLES = frozenset({"envoy", "rapporteur", "adviser", "advisor", "negotiator", "delegate", "premier", "chancellor",
                          "official", "deputy", "prosecutor", "general", "secretary", "mayor"})


def opener_candidate(tag: str, dep: str, i: int, X: list[str]) -> bool:
    """Whether the token ``i`` (tag, label, the texts ``X``) may open repair 255's sentence: a participle (VBG) that
    is the root or an adverbial clause, first in its sentence."""
    return tag == "VBG" and dep in ("ROOT", "root", "advcl") and (i == 0 or X[i - 1] in (".", "!", "?", "\n", "\n\n"))


def _is_title(w: Token) -> bool:
    low = w.lower_
    return low in TITLE_HEADS or low in _MORE_TITLES or low in single_word_agents()


def repair_opener_title_name(first: Token) -> bool:
    """Repair 255 (module docstring); ``first`` is the opening participle. True when applied."""
    doc, sent = first.doc, first.sent
    if first.i != sent.start or first.tag_ != "VBG" or first.dep_ not in ("ROOT", "root", "advcl"):
        return False
    commas = [k for k in range(first.i + 1, sent.end) if doc[k].text == ","][:3]
    if len(commas) < 3 or commas[2] + 1 >= sent.end:
        return False
    c1, c2, c3 = commas
    name = doc[c2 + 1:c3]
    if not 1 <= len(name) <= 4 or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in name):
        return False
    if not 2 <= c2 - c1 - 1 <= 12:
        return False
    # the title's head: its last noun before its first preposition ("Kenya's *envoy* to the United Nations")
    cut = next((k for k in range(c1 + 1, c2) if doc[k].pos_ == "ADP"), c2)
    nouns = [doc[k] for k in range(c1 + 1, cut) if doc[k].pos_ in ("NOUN", "PROPN") and doc[k].lower_ not in ("'s", "’s")]
    if not nouns or not _is_title(nouns[-1]):
        return False
    t = nouns[-1]
    v = doc[c3 + 1]
    forms = verb_forms()
    if not (v.tag_ in ("VBD", "VBZ") or v.lower_ in forms) or v.pos_ in ("NOUN", "PROPN") and v.lower_ not in forms:
        return False
    named = [w for w in name if not c2 < w.head.i < c3]
    n = named[-1] if named else name[-1]
    if t.head.i == v.i and t.dep_ in ("nsubj", "nsubj:pass"):
        return False  # (the parse has it)
    if n.head.i == v.i and n.dep_ in ("nsubj", "nsubj:pass") and t.head.i == n.i and t.dep_ == "appos":
        return False
    if v.dep_ not in ("ROOT", "root"):
        _set_head(v, v, "ROOT")
    if v.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or v.pos_ != "VERB":
        v.pos_, v.tag_, v.lemma_ = "VERB", "VBD", forms.get(v.lower_, v.lemma_)
    for k in range(v.i + 1, sent.end):  # the words after the verb that hung before it are the verb's
        w = doc[k]
        if w.head.i <= c3 or w.head.i == w.i:
            _set_head(w, v, "obl" if w.dep_.startswith("nmod") else w.dep_)
    _set_head(t, v, "nsubj")
    for k in range(c1 + 1, c2):  # the title's words that hung outside it are the title's
        w = doc[k]
        if w.i != t.i and not c1 < w.head.i < c2:
            _set_head(w, t, ("compound" if w.pos_ in ("NOUN", "PROPN") else "amod") if w.i < t.i else "nmod")
    _set_head(n, t, "appos")
    for w in name:
        if w.i != n.i and not c2 < w.head.i < c3:
            _set_head(w, n, "flat")
    _set_head(doc[c1], v, "punct")
    _set_head(doc[c2], n, "punct")
    _set_head(doc[c3], n, "punct")
    if first.i != v.i:
        _set_head(first, v, "advcl")
    return True
