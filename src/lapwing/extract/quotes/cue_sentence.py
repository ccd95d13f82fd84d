"""The sentence before a stand-alone quote that says who speaks ('Greene added that the bank wants out. "B."'): its main
verb is a cue with a subject (a speech verb, a weak one with its clause, an object cue with a person as subject, or a
verb whose object is a statement, a question or a warning), and that subject speaks the quote."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.quotes.cues import is_cue_verb
from lapwing.extract.quotes.index import Ranges
from lapwing.extract.quotes.segmentation import _overlaps
from lapwing.extract.quotes.subjects import _subject_of


def _main_cue(doc: Doc, lo: int, hi: int, marked_ranges: Ranges, lex) -> Token | None:
    """The cue of a sentence [lo, hi) that is its main verb (the root, or a verb conjoined to it), outside quotation
    marks, with a subject that is not a pronoun standing for nobody ('it seems', 'there is'); a sentence holding
    quotation marks of its own reports those, and gives None."""
    if _overlaps(marked_ranges, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
        return None
    for t in doc[lo:hi]:
        if t.is_space:
            continue
        weak_alone = lex.lemma(t) in lex.weak and (lex.lemma(t) in _MIND_VERBS or not any(
            c.dep_ == "ccomp" and c.i > t.i for c in t.children) and not _clause_word_after(t))
        if not is_cue_verb(t, lex) or weak_alone:  # ('Holm elaborated in an essay that ...': a weak cue with its clause)
            # 'The DNC issued a statement apologizing ...': a main verb whose object is a speech noun
            # ('Lund touted her record as a sponsor of the bill. "B."': a cue whose content is its object)
            if not (t.dep_ == "ROOT" and t.pos_ == "VERB" and (_person_object_cue(t, lex) or any(
                    c.dep_ == "obj" and c.lower_ in _STATEMENT_NOUNS for c in t.children))):
                continue
        elif not (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT"
                  or t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp") and t.head.dep_ == "ROOT"
                  or _cue_clause_at_end(t)):
            # ('Bolton distanced himself from the movement by saying he would help.': a participle on the main verb)
            continue
        subj = _subject_of(t)
        if subj is not None and subj.lower_ not in ("there", "what", "i", "we", "you"):
            return t
    return None


# words opening the clause a weak cue reports, right after it ('Ruiz recalled [how] on her first trip ...')
_CLAUSE_OPENERS = {"that", "how", "why", "whether", "what", "when"}


def _clause_word_after(t: Token) -> bool:
    """A weak cue followed right away by a word opening a clause: its clause, however the parser hung it."""
    doc = t.doc
    return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _CLAUSE_OPENERS and t.pos_ == "VERB"


def _cue_clause_at_end(t: Token) -> bool:
    """'The union will not take the case but will watch it closely, Ana Ruiz says.': a cue clause after a comma that
    closes its sentence, which the parser hung on the main verb."""
    doc = t.doc
    if t.dep_ != "parataxis" or t.head.dep_ != "ROOT" or t.i < t.head.i or t.left_edge.i < 1:
        return False
    if doc[t.left_edge.i].text != "," and doc[t.left_edge.i - 1].text != ",":
        return False
    rest = [x for x in doc[t.i + 1 : t.head.right_edge.i + 1] if not (x.is_punct or x.is_space)]
    return len(rest) <= 3  # ('..., Ruiz says.', '..., Ruiz said on Monday.')


def _person_object_cue(t: Token, lex) -> bool:
    """'Lund touted her record as a sponsor of the bill.': a cue whose content is its object, with a person as its
    subject (a name the parser tagged a person, or he / she)."""
    if t.lower_ not in lex.object_forms:
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
    return subj is not None and (subj.lower_ in ("he", "she") or subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON")


# weak cues that say what someone thinks, not that they spoke: no quote after them is theirs by that alone
_MIND_VERBS = {"believe", "think", "fear", "hope", "expect", "worry", "wonder", "remember", "find", "show", "estimate",
               "project", "convince", "signal", "imply", "indicate", "read", "marvel", "muse"}


# speech nouns that, as the object of a sentence's main verb, say that its subject spoke ('X issued a statement')
_STATEMENT_NOUNS = {"statement", "statements", "message", "letter", "remarks", "response", "reply", "answer",
                    "question", "warning", "plea", "advice", "prediction"}
