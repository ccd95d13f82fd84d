"""The name of a speaker given by a role: 'The other candidate on the stage, former treasurer [Ana Ruiz], drew a
contrast, saying ...', 'One pastor backing the mayor, [Jan Holm] of the Baptist church, said ...' (the name in the
apposition after the role's phrase), and 'Party contender and former surgeon [Ben Holm] responded ...' (a name closing
a run of title words the parser did not make the subject). Read on the words, as the parser hangs such names anywhere;
only a name the tagger marks as a person counts, so a role keeps no name rather than a wrong one."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS

ROLE_NAME_WORDS = 25  # how far after the role its name may stand
APPOSITION_AFTER = 9  # the longest phrase between a role and the comma before its name ('on the stage')
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_TITLE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}  # words of a title before a name ('former state treasurer')
_RUN_POS = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM"}  # a run of title words ('contender and former surgeon')


def role_name(token: Token) -> Span | None:
    """The person's name that goes with a role noun ``token`` heading a speaker, or None."""
    common = token.pos_ == "NOUN" or token.tag_ in ("NN", "NNS") or token.pos_ == "PROPN" and not token.ent_type_
    # ('Radio Lyon Vice [President] for news Jan Holm called ...': a title the tagger made part of an organisation's
    # name gets only the name closing its run)
    title = token.pos_ == "PROPN" and token.ent_type_ == "ORG"
    if not (common or title):
        return None
    doc = token.doc
    limit = min(index_of(doc).sent_end(token), token.i + ROLE_NAME_WORDS)
    title_run = True  # only title words so far ('Party contender and former surgeon ...')
    k = token.i + 1
    skipped = 0  # (the words of a short name in brackets, which do not count towards the apposition's distance)
    while k < limit:
        t = doc[k]
        if t.text == "(" and _abbreviation_end(doc, k, limit) is not None:
            # 'The secretary general of the Organization of American States (OAS), [Mariano Cortés], said': an
            # organisation's short name in brackets is a word of the role's phrase
            skipped += 3
            k += 3
            title_run = False
            continue
        if t.text in (",", "(", "--", "\u2014", "\u2013") or t.tag_ in _FINITE or t.text in QUOTE_CHARS or t.is_space:
            break
        if _person(t):
            run = _person_run(t, limit)
            after = doc[run.end] if run.end < len(doc) else None
            if title_run and after is not None and after.pos_ in ("VERB", "AUX") and after.tag_ in _FINITE | {"VBG"}:
                return run  # 'Party contender and former surgeon [Ben Holm] responded'
            if common and k >= 2 and (doc[k - 1].lower_ == "named" or doc[k - 1].lower_ == "as"
                                      and doc[k - 2].lower_ in ("identified", "named", "described")):
                return run  # 'A woman later identified as [Ana Ruiz], ...', 'a man named [Jan Holm]'
            k = run.end
            title_run = False
            continue
        if t.pos_ not in _RUN_POS:
            title_run = False
        k += 1
    if not common or k >= limit or doc[k].text != "," or k - token.i - skipped > APPOSITION_AFTER or any(
            t.pos_ == "CCONJ" for t in doc[token.i + 1 : k]):
        return None  # ('the court at an impasse and senators refusing to ..., Merrick Garland': another conjunct's)
    j = k + 1
    while j < limit and doc[j].pos_ in _TITLE_POS and not _person(doc[j]):
        j += 1
    if j < limit and _person(doc[j]):
        run = _person_run(doc[j], limit)
        after = doc[run.end] if run.end < len(doc) else None
        if after is not None and (after.tag_ == "POS" or after.text in ("'s", "\u2019s")):
            return None  # 'The mayor, Ana Ruiz's rival, said': a name owning the role is not its name
        return run if _closes_before_predicate(doc, run.end, min(len(doc), run.end + ROLE_NAME_WORDS)) else None
    return None


def _abbreviation_end(doc, k: int, limit: int) -> int | None:
    """The index after the ')' of a short name in brackets opening at ``k`` ('(OAS)', '(U.N.)'), else None."""
    if k + 2 < limit and doc[k + 2].text == ")" and len(doc[k + 1].text) >= 2 and \
            doc[k + 1].text.replace(".", "").replace("-", "").isupper():
        return k + 3
    return None


def _closes_before_predicate(doc, k: int, limit: int) -> bool:
    """The apposition ending at the next comma is followed by the subject's verb: 'One pastor backing the mayor,
    Jan Holm of the Baptist church, [said]' (a name after the role's phrase that a verb does not follow is the
    apposition of the noun before it: 'members refusing to meet its nominee, Karl Berg, the rules ...')."""
    while k < limit and doc[k].text not in (",", "--", "\u2014", "\u2013", "("):
        if doc[k].tag_ in _FINITE or doc[k].text in QUOTE_CHARS:
            return False
        k += 1
    if k < limit and doc[k].text == "(":  # 'Sen. Ana Ruiz (D-Ohio) said': past the party tag
        k = next((x.i for x in doc[k:limit] if x.text == ")"), limit)
    k += 1
    while k < limit and (doc[k].is_space or doc[k].pos_ == "ADV"):
        k += 1
    return k < limit and doc[k].pos_ in ("VERB", "AUX") and doc[k].tag_ in _FINITE


def _person(t: Token) -> bool:
    return t.pos_ == "PROPN" and t.ent_type_ == "PERSON"


def _person_run(t: Token, limit: int) -> Span:
    doc = t.doc
    e = t.i + 1
    while e < limit and doc[e].ent_type_ == "PERSON" and doc[e].ent_iob_ == "I":
        e += 1
    return doc[t.i : e]
