"""A cooperation told as the charge of a custody or legal act is no act of its own (session 29, round 52, issue 10).

"the opposition figure was detained *for collaborating with* an armed group", "a Russian court convicted the physicist
*of cooperating with* Chinese intelligence", "the general was jailed *for supporting* the coup plotters", "two
traders were detained *for aiding* the rebels": the for- / of- / over-clause of an arrest, a conviction, a sentence,
a charge (``@charge_acts`` in ``lexicons/event_patterns/00_sets.tsv``) names what the person is held for, an
allegation of the authority, not a cooperation, support, aid or yielding (CAMEO 03-08) that the sentence reports;
and the parse hands such a clause the court or the police as its doer. ``charged_deed`` says so and ``coding.py``
does not emit the event.

What stays: an accusation's content ("X was accused *of aiding* the rebels": an allegation attributed to the
accuser, by the accused-of convention of ``arguments``); a deed of force or protest named so ("arrested two men *for attacking* a bus driver", "jailed *for
protesting*": the attack or the protest happened; only its doer is alleged), a clause of another verb ("thanked
Poland *for opening* its border", "praised the army *for helping* flood victims"), and a purpose to-clause ("sent
police *to help* the villagers").
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import lemma_of

#: the CAMEO roots of cooperation that a charge names as an allegation (intent, consultation, support, material
#: cooperation, aid, yielding)
CHARGED_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: the words that introduce a charge's deed ("arrested *for* aiding", "convicted *of* spying", "charged *with* helping", "jailed *over*
#: helping")
_CHARGE_MARKS = frozenset({"for", "of", "over", "with"})
#: the labels by which the deed's clause hangs on the act or on its noun
_CLAUSE_DEPS = frozenset({"advcl", "acl", "pcomp", "xcomp", "obl", "nmod"})
#: the labels of the person or the charge noun through which the clause reaches the custody verb ("detained *two men*
#: for attacking", "arrested the mayor *on charges* of ...")
_NOUN_DEPS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass", "obl", "nmod", "iobj"})


def charged_deed(trigger: Token, code: str, sets: dict[str, frozenset[str]]) -> bool:
    """The trigger is a verb of cooperation (CAMEO 03-08) in a for- / of- / over-clause of a custody or legal act
    (``@charge_acts``), on the act itself or on its person or charge noun: the charge, not a reported act."""
    if code[:2] not in CHARGED_ROOTS or trigger.pos_ not in ("VERB", "AUX") or trigger.dep_ not in _CLAUSE_DEPS:
        return False
    if not any(c.dep_ in ("mark", "case") and c.lower_ in _CHARGE_MARKS and c.i < trigger.i for c in children_of(trigger)):
        return False
    acts = sets.get("@charge_acts", frozenset())
    h = trigger.head
    if h.i == trigger.i:
        return False
    if lemma_of(h) in acts:  # "arrested for collaborating", "on suspicion of aiding"
        return True
    # "detained two men for aiding", "convicted the physicist of cooperating": the person the act holds
    return h.pos_ in ("NOUN", "PROPN", "PRON") and h.dep_ in _NOUN_DEPS and h.head.i != h.i and lemma_of(h.head) in acts
