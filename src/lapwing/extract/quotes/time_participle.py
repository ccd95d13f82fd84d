"""A participle cue the parser hung on a time ('After [months] of refusing to apologize, Ruiz ...', 'a letter the
campaign sent on [Monday] alleging that ...'): a time never speaks, so the participle speaks for the subject of the
verb the time belongs to."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SUBJ_DEPS
from lapwing.extract.quotes.subject_words import is_time_word

# spans of time that open a phrase on a participle ('after [years] of saying', 'despite [weeks] of insisting')
SPAN_NOUNS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments", "hour", "day",
              "week", "month", "year", "decade"}
# subjects that stand for nobody who could have spoken
_NOBODY = {"it", "there", "that", "what", "this", "which"}


def is_time_span(noun: Token) -> bool:
    """A time ('Monday', 'this week') or a span of time ('months', 'years')."""
    return is_time_word(noun) or noun.lower_ in SPAN_NOUNS and noun.pos_ == "NOUN"


def time_participle_subject(verb: Token) -> Token | None:
    """The speaker of a participle cue (``verb``, tagged VBG) the parser hung, as a clause on a noun, on a time, with
    that time on a verb of the same sentence: the subject of that verb; None when the participle hangs on anything
    else, or that verb has no subject that could speak."""
    time = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or time.i >= verb.i or not is_time_span(time):
        return None
    if time.lower_ in SPAN_NOUNS and not is_time_word(time) \
            and not any(c.lower_ == "of" and c.i < verb.i for c in verb.children):
        return None  # ('the years [spent] saying ...' is not 'years of saying')
    owner = time.head
    if owner.i == time.i or owner.pos_ not in ("VERB", "AUX"):
        return None
    if owner.i > verb.i and owner.dep_ in ("acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp"):
        return None  # ('After months of refusing ..., in a way [Comey] slammed, Ruiz ...': a clause further on)
    subj = next((c for c in owner.children if c.dep_ in SUBJ_DEPS and not c.dep_.endswith("pass")
                 and not is_time_span(c)), None)
    if subj is None or subj.lower_ in _NOBODY:
        return None
    if owner.i > verb.i and (subj.left_edge.i == 0 or subj.doc[subj.left_edge.i - 1].text != ","):
        return None  # the main clause after the opening phrase starts after its comma ('..., Ruiz has ...')
    return subj
