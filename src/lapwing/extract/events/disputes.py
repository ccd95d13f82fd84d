"""Fighting words in a dispute that is not fighting (issue 10, session 26, round 41, branch pr43).

News reuses the words of war for quarrels: two governments *clash over* car exports, a president *is battling* the
central bank over interest rates, ministers *sparred* at the summit, a union's *fight with* the government, a firm
*fights* a ruling *in court*. None of these is material conflict (CAMEO 18-20) or a violent protest (145): it is a
verbal disagreement (110 disapprove; 111 criticise for "attack"), or no political event at all when no political
actor takes part (the coder's verbal gate then drops it).

``dispute_reason`` says why a fighting trigger is such a dispute, or None:

* ``topic``: its "over / about / on / regarding / concerning" phrase is a non-military matter (``@dispute_matter``:
  trade, tariffs, prices, a law, an election, a court case, words; "clashed *over beef quotas*");
* ``object``: the verb's object is such a matter ("vowed to *fight the new law*");
* ``manner``: a word on the trigger says how or where it is fought (``@dispute_manner``, ``@dispute_setting``: "a
  *trade* war", "a *verbal* clash", "*publicly* sparred", "a *boardroom* clash");
* ``setting``: it happens in a forum of words (``@dispute_setting``: "clashed *in parliament*", "*at the summit*",
  "*in court*");
* ``bodies``: for the verbs of a two-sided fight (clash, fight, battle, spar, feud), a side is a firm, a union, a
  court, a legislature or the press (``@dispute_body``: "his fight *with the unions*").

Real fighting stays: nothing changes when a side is armed or a street crowd (a coded armed sector, ``@armed``,
``@met_by_force``, ``@dispute_street``: "troops clashed with rebels over the border town", "protesters clashed with
police over the results"), when the sentence tells of violence (``@dispute_violence``: killed, injured, stones, tear
gas), or when the topic is a place ("over the border town": no matter word)."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import _cases, lemma_of

#: fighting words that a quarrel borrows (verbs and nouns)
FIGHT_LEMMAS = frozenset({"clash", "fight", "battle", "spar", "feud", "war", "attack", "hit", "strike", "target",
                          "assault", "combat", "skirmish", "wrangle", "duel"})
#: the verbs and nouns of a two-sided fight, whose sides alone can make it a quarrel
TWO_SIDED = frozenset({"clash", "fight", "battle", "spar", "feud", "war", "wrangle", "duel"})
#: the prepositions of what a quarrel is about, and of where it takes place
TOPIC_PREPS = frozenset({"over", "about", "on", "regarding", "concerning"})
SETTING_PREPS = frozenset({"in", "at", "during", "before", "on"})
#: codes a quarrel is recoded from: material conflict and violent protest
FIGHT_ROOTS = frozenset({"18", "19", "20"})
#: the manner words that make even an attack one of words ("a *verbal* attack", "*rhetorical* strikes")
_WORDS_ONLY = frozenset({"verbal", "verbally", "rhetorical", "rhetorically"})

def _is(t: Token, words: frozenset[str]) -> bool:
    return lemma_of(t) in words or t.lower_ in words


def _matter(t: Token, matter: frozenset[str]) -> bool:
    """``t`` (a phrase head) or one of its conjuncts is a non-military matter ("car *exports*", "trade *policy*", "the
    election *results* and *taxes*")."""
    heads = [t] + [x for x in t.conjuncts if x.pos_ in ("NOUN", "PROPN")]
    return any(_is(h, matter) for h in heads)  # (the head: "*oil* tankers" are no matter, "car *exports*" are)


def _sides(trigger: Token, source_tok: Token | None, target_tok: Token | None) -> list[Token]:
    """The fight's sides as the sentence names them: source and target, the trigger's subject, objects and
    with / between / against phrases, and their conjuncts and compounds."""
    out = [x for x in (source_tok, target_tok) if x is not None]
    out += [c for c in children_of(trigger) if c.dep_ in ("nsubj", "nsubj:pass", "obj", "dobj", "nmod:poss")
            or (c.dep_ in ("obl", "nmod") and _cases(c) & {"with", "between", "against", "by"})]
    more = []
    for x in out:
        more += list(x.conjuncts) + [c for c in children_of(x) if c.dep_ in ("compound", "amod", "nmod", "appos")]
    return out + more


def _armed(sides: list[Token], sectors: tuple[str | None, ...], sets: dict[str, frozenset[str]],
           armed_sectors: set[str]) -> bool:
    words = sets.get("@armed", frozenset()) | sets.get("@met_by_force", frozenset()) | sets.get("@dispute_street", frozenset())
    return any((s or "").upper() in armed_sectors for s in sectors) or any(_is(x, words) for x in sides)


def dispute_reason(trigger: Token, source_tok: Token | None, target_tok: Token | None, sectors: tuple[str | None, ...],
                   sets: dict[str, frozenset[str]], armed_sectors: set[str]) -> str | None:
    """Why the fighting word ``trigger`` tells a quarrel, not a fight ("topic", "object", "manner", "setting", "bodies"), or
    None. ``sectors`` are the coded sectors of its source and target."""
    lem = lemma_of(trigger)
    if lem not in FIGHT_LEMMAS:
        return None
    sides = _sides(trigger, source_tok, target_tok)
    if _armed(sides, sectors, sets, armed_sectors):
        return None  # "troops clashed with rebels over the town", "protesters clashed with police over the vote"
    violence = sets.get("@dispute_violence", frozenset())
    if any(_is(x, violence) for x in trigger.sent if x.i != trigger.i):
        return None  # "... clashed over the results; two people were killed"
    matter = sets.get("@dispute_matter", frozenset())
    preps = TOPIC_PREPS if lem in TWO_SIDED else TOPIC_PREPS - {"on"}  # ("an attack *on* tankers": its target)
    holders = [trigger] + [x for x in sides if x.i != trigger.i and x.head.i == trigger.i]
    for h in holders:
        for c in children_of(h):
            if c.dep_ in ("obl", "nmod", "advcl") and _cases(c) & preps and c.pos_ in ("NOUN", "PROPN") \
                    and _matter(c, matter):
                return "topic"  # "clashed over car exports", "a clash with Tokyo over tariffs"
    if trigger.pos_ == "VERB" and any(c.dep_ in ("obj", "dobj") and _matter(c, matter) for c in children_of(trigger)):
        return "object"  # "fight the new law", "attacked the budget"
    setting = sets.get("@dispute_setting", frozenset())
    manner = sets.get("@dispute_manner", frozenset()) | setting
    if any(c.dep_ in ("compound", "amod", "advmod") and _is(c, manner if lem in TWO_SIDED else _WORDS_ONLY)
           for c in children_of(trigger)):
        return "manner"  # "a *trade* war", "a *verbal* clash", "*publicly* sparred", "a *boardroom* clash"
    if any(c.dep_ in ("obl", "nmod") and _cases(c) & SETTING_PREPS and _is(c, setting) for c in children_of(trigger)):
        return "setting"  # "clashed in parliament", "sparred at the summit", "fought it in court"
    if lem in TWO_SIDED and any(_is(x, sets.get("@dispute_body", frozenset())) for x in sides):
        return "bodies"  # "his fight with the unions", "Kenya is battling the oil companies"
    return None


def dispute_code(trigger: Token) -> str:
    """The verbal code of a quarrel told in fighting words: criticism for an attack, disapproval otherwise."""
    return "111" if lemma_of(trigger) in ("attack", "assault", "hit", "strike", "target") else "110"


def threatened_fight(trigger: Token) -> tuple[Token, Token | None] | None:
    """The fighting word a threat or a vow is about, with the other side when the clause names it: the trigger's
    to-clause ("vowed *to fight* the law") or that clause's object and with-phrase ("agreed to hold off *his fight*
    *with the unions*")."""
    for x in children_of(trigger):
        if x.dep_ not in ("xcomp", "ccomp"):
            continue
        if lemma_of(x) in FIGHT_LEMMAS:
            return x, None
        for o in children_of(x):
            if o.dep_ in ("obj", "dobj") and lemma_of(o) in FIGHT_LEMMAS:
                side = next((c for c in children_of(x) if c.dep_ == "obl" and _cases(c) & {"with", "against"}), None)
                return o, side
    return None
