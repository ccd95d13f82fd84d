"""Subject words: word-level tests the subject rules share (times, copulas, quotation marks, dashes, relative
'who', a paragraph break read as a noun)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.relative_speaker import nearest_conjunct
from lapwing.extract.quotes.segmentation import QUOTE_CHARS


def _real(token: Token) -> Token:
    """A paragraph break the parser used as a noun stands for the name hanging from it."""
    if token.is_space:
        after = next((x for x in token.rights if not x.is_space and not x.is_punct), None)
        if after is not None:
            return after
        # ('those surveyed  said': a double space the parser made the subject, its words hung on it before it)
        return next((x for x in reversed(list(token.lefts)) if x.pos_ in ("NOUN", "PROPN", "PRON", "DET")
                     and not x.is_space), token)
    return token


_BE_FORMS = {"is", "are", "was", "were", "been", "be", "'s", "\u2019s", "'re", "\u2019re", "am", "'m", "\u2019m"}


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "january", "february", "april", "june", "july", "august", "september", "october",
               "november", "december"}


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day"}
_TIME_DETERMINERS = {"last", "next", "this", "that", "every", "each", "earlier", "later", "previous", "same"}


def is_time_word(t: Token) -> bool:
    """A day, a date or a time of day ('Monday', 'yesterday', 'this week'): never who speaks."""
    low = t.lower_
    return low in _TIME_WORDS or low in _TIME_NOUNS and (t.ent_type_ in ("DATE", "TIME") or any(
        c.lower_ in _TIME_DETERMINERS and c.i < t.i for c in t.children))  # ('[last year] proposed')


def _finite(verb: Token) -> bool:
    """A finite verb, or a present-tense one the tagger read as a base form ('Sources close to her say ...': no 'to',
    no auxiliary)."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "mark", "aux:pass", "auxpass") for c in verb.children) \
        and not (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to")


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children)


# words that stand for a group of people before a cue, which the tagger may read as adverbs ('most said ...')
_QUANTITY_SUBJECTS = {"most", "many", "some", "few", "several", "half", "all", "both", "others", "none", "majorities",
                      "majority"}


# adverbs that may open a sentence before a cue whose subject the parser lost
_OPENING_ADVERBS = {"also", "then", "later", "earlier", "meanwhile", "separately", "finally", "however", "instead",
                    "still", "yet", "now", "again", "once", "first", "previously", "recently", "similarly", "likewise"}


# words that open an adverbial participle clause after a comma ('..., while arguing that ...')
_SUBORDINATORS = {"while", "by", "after", "before", "when", "despite", "without", "in", "on", "upon", "since"}


def doc_prev_is_comma_or_adverb(verb: Token) -> bool:
    """A participle that opens a clause of its own after a comma ('..., arguing that'; '..., even suggesting')."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k >= 0 and doc[k].lower_ in _SUBORDINATORS and doc[k].dep_ in ("mark", "case"):
        k -= 1  # '..., [while] arguing that', '..., [by] urging'
    if k >= 1 and doc[k].text in QUOTE_CHARS and doc[k - 1].text == ",":
        k -= 1  # '... was "corrupt[,"] noting that'
    return k >= 0 and (doc[k].text in (",", "\u2014", "--", ";")
                       or doc[k].text in ("-", "\u2013") and bool(doc[k].whitespace_) and k > 0
                       and bool(doc[k - 1].whitespace_))


def _inside_quote_token(t: Token) -> bool:
    return t.text in QUOTE_CHARS


_DASHES = {"\u2014", "\u2013", "--", "-"}


def _relative_who(token: Token) -> Token:
    """'who' in 'the minister, who said ...' -> the minister; 'the embassy in Lima, which told ...' -> the embassy,
    not the place the parser hung the clause on (:func:`owner_of_place_phrase`)."""
    # (also a relative clause the parser hung on a noun it made a clause: 'embassy in [Lima], which told ...')
    if token.lower_ in ("who", "which", "that") and (token.head.dep_ in ("acl:relcl", "relcl") or (
            token.head.dep_ == "advcl:relcl" and token.head.head.pos_ in ("NOUN", "PROPN")
            and token.head.head.i < token.i)):
        ante = nearest_conjunct(_real(token.head.head), token)  # ('police and [supporters], who ...')
        if token.i > 0 and token.doc[token.i - 1].text == "," and ante.ent_type_ in ("GPE", "LOC", "FAC") \
                and ante.i < token.i:
            owner = owner_of_place_phrase(ante)
            if owner is not None and owner.pos_ == "NOUN":
                return owner
        return ante
    return token


# prepositions of a phrase that places or owns the noun before it ('the embassy [in] Lima', 'the mayor [of] Lyon')
_PLACE_PREPS = {"in", "at", "from", "of", "for", "to"}


def owner_of_place_phrase(t: Token) -> Token | None:
    """The noun right before the prepositional phrase ``t`` heads, read on the words: 'the embassy in [Port Moresby]'
    -> embassy, 'Residents of the [district]' -> Residents (a comma after the phrase often makes the parser hang the
    relative clause or the cue on the phrase's noun). None when no noun stands right before the preposition."""
    doc = t.doc
    k = t.i - 1
    while k > 0 and t.i - k <= 6 and (doc[k].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM") or doc[k].tag_ == "POS"):
        k -= 1
    if k < 1 or doc[k].pos_ != "ADP" or doc[k].lower_ not in _PLACE_PREPS:
        return None
    case = doc[k]
    before = doc[case.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or is_time_word(before):
        return None
    while before.dep_ in ("flat", "flat:name", "compound") and before.head.i < case.i and before.head.i > before.i:
        before = before.head
    return before


def _main_clause_on_phrase(clause: Token) -> bool:
    """'Outside the town hall, [about 300 farmers gathered] ..., chanting': a clause with a subject of its own and no
    word marking it off, which the parser hung on the noun of an opening phrase (a preposition's noun at the root):
    the sentence's main clause, not a clause on that noun."""
    noun = clause.head
    if noun.dep_ != "ROOT" or not any(c.dep_ == "case" and c.i < noun.i for c in noun.children):
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.i < clause.i and c.pos_ in ("NOUN", "PROPN", "PRON") for c in clause.children)


def _finite_subject_before(verb: Token, root: Token) -> Token | None:
    """The nominal subject of the last finite verb between ``root`` and the participle ``verb`` (or the noun a past
    verb read as its participle hangs on: 'about 200 fans [congregated]'); None when there is none."""
    doc = verb.doc
    for k in range(verb.i - 1, root.i, -1):
        x = doc[k]
        if x.pos_ == "VERB" and (x.tag_ in ("VBD", "VBZ", "VBP") or x.tag_ == "VBN" and x.dep_ == "acl" and x.head.i == k - 1):
            subj = next((c for c in x.children if c.dep_ == "nsubj" and c.i < x.i), None)
            if subj is None:
                subj = x.head if x.dep_ == "acl" and x.head.i < x.i and x.head.pos_ in ("NOUN", "PROPN") \
                    and x.head.i != root.i else None
            if subj is not None and subj.pos_ in ("NOUN", "PROPN", "PRON") and subj.lower_ not in ("it", "there"):
                return _real(subj)
            return None
    return None
