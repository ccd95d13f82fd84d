"""Who a participle cue speaks for when the parser hung it far from its subject: a cue clause set off before it
('A, a port official said, adding that B'), the noun of an absolute 'with' phrase ('with three in 10 saying'), a name
it hangs on ('footage of Maria Lopez asking')."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import is_cue_verb, lexicon
from lapwing.extract.quotes.index import index_of


# saying ...'); not 'while', 'where', 'as', 'when', whose clause may hold the speaker ('while [others] are setting up
# shop, seeking ...')
_OTHER_CLAUSE_MARKS = {"after", "because", "how", "why", "what", "that", "whether", "if", "since", "before", "once",
                       "until", "although", "though", "unless"}


def _cue_clause_before(verb: Token) -> Token | None:
    """'A, [a port official] said, adding that B', 'A, the mayor told reporters, adding B': a participle cue right
    after a cue clause set off after its content speaks for that clause's subject, however the parser hung it."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    lo = index_of(doc).sent_start(verb)
    for k in range(verb.i - 2, max(lo - 1, verb.i - 5), -1):
        t = doc[k]
        if t.tag_ in ("VBD", "VBZ", "VBP") and is_cue_verb(t):
            subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i < t.i), None)
            if subj is None or not any(doc[j].text == "," for j in range(max(lo, subj.left_edge.i - 1), subj.left_edge.i)):
                return None  # only a cue clause set off by a comma before it ('A, X said, adding')
            return None if subj.lower_ in ("it", "there", "that", "what") else subj
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
    return None


_WITH_PHRASE_WORDS = 10  # longest noun phrase between 'with' and its participle ('with three in 10 likely voters')


def _with_absolute(verb: Token) -> Token | None:
    """The noun right before a participle cue in an absolute 'with' phrase after a comma or opening the sentence
    (', with three in [10] saying', ', with Fox News and NBC [News] calling the race', ', with [Cruz] repeatedly
    calling'); None when other words (a verb, punctuation) stand between them."""
    if verb.tag_ != "VBG" or not is_cue_verb(verb):
        return None
    doc = verb.doc
    lo = max(index_of(doc).sent_start(verb), verb.i - _WITH_PHRASE_WORDS - 1)
    k = verb.i - 1
    while k >= lo and doc[k].lower_ != "with":
        t = doc[k]
        if not (t.pos_ in ("NOUN", "PROPN", "NUM", "DET", "ADJ", "ADV", "CCONJ", "PRON") or t.lower_ in ("of", "in")
                or t.tag_ in ("POS", "PRP$", "HYPH") or t.text == "."):
            return None
        k -= 1
    if k < lo or k == verb.i - 1 or k > lo and doc[k - 1].text not in (",", ";", "\u2014", "--"):
        return None  # an absolute phrase opens the sentence or follows a comma ('replaced it with language calling')
    words = [t for t in doc[k + 1 : verb.i] if t.pos_ != "ADV"]
    last = words[-1] if words else None  # the noun right before the participle ('30 percent of [voters]')
    if last is None or not (last.pos_ in ("NOUN", "PROPN", "NUM") or last.lower_ in ("he", "she", "they", "we", "i")):
        return None
    return last


def _named(noun: Token) -> Token | None:
    """A name, or the name in its 'of' phrase ('footage of Maria Lopez'): who a participle on ``noun`` is about."""
    if noun.pos_ == "PROPN" or noun.ent_type_ == "PERSON":
        return noun
    return next((c for c in noun.children if c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                 and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children)), None)


def with_conjoined(verb: Token) -> Token | None:
    """A participle cue conjoined inside an absolute 'with' phrase: after 'and' with a noun phrase of its own, that noun
    phrase speaks (', with Ruiz calling for a ban and [others] supporting a tariff'); after 'and' alone, it shares the
    first participle's noun phrase (', with [Ruiz] tweeting that ... and asking, "..."')."""
    if verb.tag_ != "VBG" or not (is_cue_verb(verb) or verb.lower_ in lexicon().object_forms):
        return None
    doc = verb.doc
    lo = index_of(doc).sent_start(verb)
    k = verb.i - 1
    while k > lo and doc[k].pos_ == "ADV":
        k -= 1
    if doc[k].lower_ == "and":
        # the participle before it, however the parser hung this one (None unless it is one of a 'with' phrase)
        first = next((doc[j] for j in range(k - 1, lo - 1, -1) if doc[j].tag_ == "VBG"), None)
        return _with_absolute(first) if first is not None and verb.dep_ in ("conj", "advcl", "xcomp") else None
    last = doc[k]
    if not (last.pos_ in ("NOUN", "PROPN") or last.lower_ in ("others", "many", "some", "they", "he", "she")):
        return None
    j = k
    while j > lo and (doc[j].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") or doc[j].tag_ in ("POS", "PRP$", "HYPH")
                      or doc[j].lower_ in ("others", "many", "some", "they", "he", "she")) and k - j < _WITH_PHRASE_WORDS:
        j -= 1
    if doc[j].lower_ != "and" or j == k:
        return None
    # a 'with' phrase opening the sentence or set off by a comma before the 'and', with no clause break between
    for w in range(j - 1, lo - 1, -1):
        t = doc[w]
        if t.text in (";", ":", ".", "\u2014") or t.is_space:
            return None
        if t.lower_ == "with" and (w == lo or doc[w - 1].text in (",", "\u2014", "--")):
            return last
    return None
