"""The subject the parser gave a cue, read past what stands in for the speaker: a share of people hung on the cue
('About four in 10 said'), a party label in brackets ('Sen. Anna Berg (D-Ore.)'), a dateline ('RENO, Nev. (AP) —
Donald Trump says')."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.subject_words import _DASHES, _finite


def _share_before(verb: Token) -> Token | None:
    """'About [four] in 10 said ...', '[Almost half] said ...': a share of people right before a finite cue, which the
    parser hung on the cue as a phrase of its own rather than as its subject."""
    if not _finite(verb) or not is_cue_verb(verb):
        return None
    share = next((c for c in verb.children if c.dep_ in ("obl", "obl:npmod", "obl:unmarked", "advmod", "nummod")
                  and c.i < verb.i and c.right_edge.i == verb.i - 1
                  and (c.pos_ == "NUM" or c.lower_ in ("half", "percent", "%", "majority", "third", "quarter"))
                  and not any(k.dep_ == "case" for k in c.children)), None)
    return share


def _past_parenthesis(subj: Token) -> Token:
    """'Sen. Anna Berg (D-Ore.) said ...': a party and state label in brackets the parser made the subject stands for
    the name right before the bracket."""
    doc = subj.doc
    k = subj.i - 1
    if k < 1 or doc[k].text != "(" or not (subj.pos_ == "PROPN" or subj.is_upper) or len(subj.text) > 3 \
            or not any(t.text in _DASHES or "-" in t.text for t in doc[subj.i : min(len(doc), subj.i + 3)]):
        return subj
    name = doc[k - 1]
    if name.pos_ != "PROPN":
        return subj
    while name.dep_ in ("flat", "flat:name") and name.head.i < name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def _past_dateline(subj: Token, verb: Token) -> Token:
    """'RENO, Nev. (AP) — Donald Trump says': the subject is the name after the dateline dash."""
    between = subj.doc[subj.i + 1 : verb.i]
    # a dateline dash stands apart ('(AP) — Donald Trump'); the hyphen of 'Ruiz, D-Mass.,' does not
    dash = [t for t in between if t.text in _DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_]
    if not dash or not (subj.is_upper or subj.i == index_of(subj.doc).sent_start(subj) or subj.doc[subj.i - 1].is_space):
        return subj
    after = [t for t in subj.doc[dash[-1].i + 1 : verb.i] if not t.is_space]
    heads = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and (t.head.i == verb.i or t.head.i >= verb.i)]
    if heads:
        return heads[-1]
    # the name the words after the dash hang from, not a later word of its phrase ('— Sen. [Chuck] Grassley (R-Iowa)
    # on Wednesday downplayed ...'); else the last noun
    span = {t.i for t in after}
    tops = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.i not in span]
    cands = tops or [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return (cands[0] if tops else cands[-1]) if cands else subj


