"""Parse repair 106: a passive verb's by-agent hung on a noun of its other phrase, or its "by" on another word.

"Its polling agents were driven out of dozens of polling stations *by ruling-party activists*", "Three men were
taken from their homes *by soldiers*", "the ballot boxes were carried away from the schools *by armed men*": the
parser hangs "by X" on the last noun before it ("stations by activists", "homes by soldiers"), or reads "by" as the
marker of a word inside X ("by ruling-party"), so the passive verb has no agent and the event no source. A place
or a thing has no by-phrase of people: when a passive verb with no agent of its own has, inside one of its
prepositional phrases (or as such a phrase), a "by" phrase whose noun is people or a named group, the phrase is the
verb's agent. A nominal act keeps its by-phrase ("the attack on the office *by militants* was condemned": *attack*
is no passive verb's phrase; "arrested in *a raid by police*": the raid is an act of its own, a trigger noun of the
lexicon), and so does a by-phrase of no people ("killed in a blast *by the roadside*").

Repair 211 (session 29, round 52, branch ar48) widens it to agents that are names, not people words: "a statue was
returned to the Republic of Cyprus *by Interpol*", "was expelled from the country *by Tanzania*", "a vase was
returned to the Republic of Iraq *by FBI and NYPD officers*": an organisation, country, nationality or
person name (or an all-capital acronym) is an agent too, and a people or agent noun the parser coordinated with the
phrase's noun instead of with the name ("to the Republic of Egypt by ICE *and CBP officials*") joins the name. Never a
date, a time word, a place that is no state ("by Lake Victoria"), a word in lower case, nor the backer of an agent
("by U.N.-backed government": which government is not said).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.lexicon_loader import agent_word_sectors, lexicon
from lapwing.extract.events.repair_auxiliary import _people_word
from lapwing.extract.events.repair_particle import _set_head
from lapwing.extract.events.repair_time import _time_word
from lapwing.lexicons import lexicon as actor_lexicon

_PHRASE_DEPS = ("obl", "nmod")


def _passive_without_agent(v: Token) -> bool:
    kids = list(v.children)
    return v.pos_ == "VERB" and any(c.dep_ in ("aux:pass", "auxpass") for c in kids) \
        and not any(c.dep_ in ("obl:agent", "agent") for c in kids)


def by_noun(b: Token) -> Token | None:
    """The noun that the "by" ``b`` introduces: the first noun after it whose phrase starts right after it."""
    doc = b.doc
    for k in range(b.i + 1, min(b.i + 6, len(doc))):
        t = doc[k]
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in _PHRASE_DEPS + ("obj",) and t.left_edge.i in (b.i, b.i + 1):
            return t
        if t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") and t.dep_ not in ("amod", "compound", "punct"):
            return None
    return None


def _agent_noun(t: Token) -> bool:
    """Repair 211: a people word or an agent word of the actors lexicon ("officials", "government", "forces")."""
    sectors = agent_word_sectors()
    return _people_word(t) or t.lower_ in sectors or t.lemma_.lower() in sectors


#: entity types of a name that can be an agent (211): organisations, states, peoples, persons
_AGENT_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _named_agent(n: Token) -> bool:
    """Repair 211: ``n`` is a name that can act: an organisation, state, people or person name, or an all-capital
    acronym ("FBI", "ICE"); never a date or time word, nor a place that is no state."""
    if n.pos_ != "PROPN" or _time_word(n) or n.ent_type_ in ("DATE", "TIME", "FAC", "EVENT"):
        return False
    if n.ent_type_ == "LOC":  # the model tags states and lakes alike: a state is one the countries lexicon names
        words = [c.lower_ for c in n.children if c.dep_ in ("compound", "flat") and c.i < n.i] + [n.lower_]
        return any(h.kind == "country" and h.role in ("name", "capital") for h in actor_lexicon().get(" ".join(words)))
    letters = n.text.replace(".", "")
    return n.ent_type_ in _AGENT_ENTS or (len(letters) >= 2 and letters.isalpha() and letters.isupper())


def _stray_conjunct(n: Token) -> Token | None:
    """Repair 211: "by ICE *and CBP officials*" with the people noun a conjunct of the noun before "by": that conjunct
    (right after ``n``'s phrase and its "and"), which belongs to ``n``."""
    doc = n.doc
    k = n.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ not in ("and", "&"):
        return None
    for c in n.head.children:
        if c.dep_ == "conj" and c.i > k and c.left_edge.i in (k, k + 1) and _agent_noun(c):
            return c
    return None


def repair_agent_on_phrase_noun(b: Token) -> bool:
    """Repair 106 on a "by" ``b`` (case or mark), widened by 211 to names; True when applied."""
    n = by_noun(b)
    if n is None:
        return False
    stray = None
    if not _people_word(n):
        if not _named_agent(n) or (n.i + 1 < len(n.doc) and n.doc[n.i + 1].tag_ == "HYPH"):
            return False  # "by *U.N.*-backed government": the name only backs the agent
        stray = _stray_conjunct(n)
    h = n
    steps = 0
    while h.dep_ in _PHRASE_DEPS and h.head.pos_ in ("NOUN", "PROPN") and h.head.i < h.i and steps < 4:
        h = h.head
        steps += 1
    v = h.head
    if h.dep_ != "obl" or v.i > b.i or not _passive_without_agent(v):
        return False
    if steps and ("N", n.head.lemma_.lower()) in lexicon().by_lemma:
        return False  # "arrested in *a raid by police*": an act named by a noun keeps its own doer
    if steps == 0 and b.head.i == n.i and b.dep_ == "case":
        return False  # already the verb's own phrase, "by" and all (a mislabel other repairs handle)
    _set_head(b, n, "case")
    _set_head(n, v, "obl:agent")
    if stray is not None:
        _set_head(stray, n, "conj")  # 211: "by ICE and *CBP officials*"
    return True
