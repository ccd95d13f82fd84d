"""Word sets and small predicates on a matched candidate that the event builder (`coding.BuildMixin`) reads: which
subjects are causes rather than doers, which encounter nouns only set a harm's scene, rival sides, hostage taking,
an own possessive, a protesting crowd, a document as doer."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.arguments import _FIGHT_NOUNS
from lapwing.extract.events.frames import Candidate
from lapwing.extract.events.dyad_words import DOCUMENT_NOUNS
from lapwing.extract.events.syntax import _words, lemma_of
from lapwing.extract.events.parse_memo import children_of

VIOLENT_ROOTS = {"18", "19", "20"}


#: nouns of how something was received: "met with *criticism*", "was met with *resistance*"
RECEPTION_NOUNS = frozenset({"opposition", "criticism", "resistance", "skepticism", "scepticism", "disapproval",
                             "derision", "outrage", "condemnation", "hostility", "silence", "success", "approval",
                             "applause", "praise", "resentment", "anger", "indifference", "protest", "protests",
                             "objection", "objections", "dismay", "alarm", "concern", "suspicion", "ridicule"})
#: subjects of "killed", "wounded", "displaced" that are no doer: a conflict or a condition
ABSTRACT_CAUSES = frozenset({"war", "conflict", "fighting", "violence", "unrest", "insurgency", "crisis", "famine",
                             "hunger", "disease", "drought", "poverty", "bloodshed", "turmoil", "chaos"})

#: subjects of "forced X to ..." that are a cause, not a doer: "mass *protests* forced the president to resign"
PRESSURE_CAUSES = frozenset({"pressure", "protest", "protests", "sanction", "sanctions", "demonstration", "strike",
                             "collapse", "shortage", "scandal", "defeat", "loss", "situation", "circumstance", "law",
                             "ruling", "decision", "outcry", "backlash", "criticism", "month", "week", "year",
                             "discontent", "anger", "dissatisfaction", "frustration", "outrage", "resentment", "inflation",
                             "hardship", "rise"})


#: verbs of a death that a fight's other side caused ("killed in an encounter with the police")
_DEATH_VERBS = frozenset({"kill", "shoot", "gun"})
#: verbs whose subject died or was hurt ("two suspects *died* in a shootout with police")
#: nouns of shooting whose code says no more than the killing's ("killed in police *firing*")
_FIRING_NOUNS = frozenset({"firing", "fire", "shooting", "gunfire", "crossfire", "cross-fire"})
#: raids that, done by the police, are searches ("police raided the house")
_SEARCH_RAIDS = frozenset({"raid"})
_HARM_VERBS = frozenset({"die", "kill", "wound", "injure", "hurt", "succumb", "shoot", "perish"})
#: a plain encounter noun: "in an attack", "in a clash" names the setting of a harm, no more telling a code
#: (a gunfight, a shootout: a fight with small arms, 193, tells more than the verb)
_PLAIN_ENCOUNTERS = frozenset({"attack", "assault", "clash", "fighting", "skirmish", "battle", "confrontation",
                                "exchange", "encounter"})


#: groups whose "rival" ones fight one another ("fighting between rival factions", "clashes between rival clans")
_RIVAL_GROUPS = frozenset({"faction", "clan", "tribe", "militia", "group", "gang", "camp"})


def _rival_sides(c) -> bool:
    """"The arrests triggered *fighting between rival factions*", "clashes between rival clans": a fight noun
    whose sides are rival groups is a fight between armed sides, though no side is coded (only a fight noun, with
    the sides in its "between" phrase)."""
    s = c.source_tok
    return c.nominal and s is not None and lemma_of(c.trigger) in _FIGHT_NOUNS and lemma_of(s) in _RIVAL_GROUPS \
        and any(x.dep_ == "case" and x.lower_ == "between" for x in children_of(s)) \
        and any(x.dep_ in ("amod", "compound") and x.lower_ == "rival" for x in children_of(s))


def _takes_hostages(c) -> bool:
    """"Inmates *took* twelve guards *hostage*", "the hijackers *seized* the crew *as hostages*": taking people
    hostage is violence whoever does it (the violence gate asks no armed doer of it)."""
    return c.trigger.pos_ == "VERB" and lemma_of(c.trigger) in ("take", "seize") and any(
        lemma_of(x) in ("hostage", "captive") for x in children_of(c.trigger) if x.dep_ in ("obj", "xcomp", "obl"))


def _doer_told(c, h, cases) -> bool:
    """"Troops *killed* five smugglers *in a clash* on the border", "gunmen *killed* the mayor *in an attack*":
    a verb of harm with its own doer and victim, in or during a plain encounter noun, is the act the report
    tells (the noun only its setting), so the verb is coded, not left to the noun."""
    return (lemma_of(c.trigger) in _HARM_VERBS and "by" not in cases and lemma_of(h) in _PLAIN_ENCOUNTERS
            and c.source_tok is not None and c.target_tok is not None and c.trigger.pos_ == "VERB"
            and not any(x.dep_ in ("aux:pass", "nsubj:pass") for x in children_of(c.trigger)))


#: CAMEO roots of verbal acts (statements, appeals, intents, consultations, approval, demands, disapproval,
#: rejection, threats)
#: roots whose acts may well be about prices and markets: statements, demands, disapproval, rejection, threats
#: and protests ("marched against rising bread prices", "demanded lower fuel prices")
_WORDS_ON_MARKETS = frozenset({"01", "10", "11", "12", "13", "14"})
#: consultations by talking (040 "spoke to", 042-044 "met"): with the press they are interviews
#: roots of cooperation that firms' deals borrow: intents, talks, agreements, economic cooperation
_DEAL_ROOTS = frozenset({"03", "04", "05", "06"})
_TALK_CODES = frozenset({"040", "041", "042", "043", "044", "046"})
_SAID_ACTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


_OWN_WORDS = frozenset({"its", "their"})


def _own_possessive(c: Candidate) -> bool:
    """The target found is "its" / "their" on the verb's object whose subject is the source ("suspended *its*
    participation", "ended *their* boycott"): the subject's own thing (when the pronoun stands for the subject: the
    caller checks that both are coded alike; "demanded *his* resignation" is someone else's)."""
    t, s = c.target_tok, c.source_tok
    return (t is not None and s is not None and not c.nominal and t.lower_ in _OWN_WORDS and t.dep_ == "nmod:poss"
            and t.head.head.i == c.trigger.i and s.head.i == c.trigger.i and s.dep_ == "nsubj")


#: people in the street, whose demands and appeals are political by the act of protesting
_PROTEST_CROWD = frozenset({"protester", "protestor", "demonstrator", "marcher", "striker", "rioter"})


def _protest_crowd(t: Token | None) -> bool:
    """The source is protesters ("protesters demanded new elections", "thousands of demonstrators called for
    ..."): their demands and appeals are political events though the crowd has no political sector."""
    if t is None:
        return False
    if _words(t) & _PROTEST_CROWD or any(c.dep_ == "amod" and c.lower_ in ("striking", "protesting", "demonstrating")
                                          for c in children_of(t)):  # "striking miners"
        return True
    return any(c.dep_ == "nmod" and any(g.lower_ == "of" for g in children_of(c)) and _words(c) & _PROTEST_CROWD
               for c in children_of(t))


def _document_doer(tok) -> bool:
    """The doer is a text ("the resolution aims to"), also through the relative pronoun of a clause on one ("a bill
    *that* seeks to")."""
    if tok is not None and tok.tag_ == "WDT" and tok.head.dep_ in ("acl:relcl", "relcl"):
        tok = tok.head.head
    return tok is not None and lemma_of(tok) in DOCUMENT_NOUNS

#: people named only by a job outside politics ("analysts", "an economist", "the plant manager"): actors for the
#: quotes (a later he or she can be them), but with no country, sector or name never the doer of an event: the
#: coder reads them as no actor, as before they were mentions
JOB_PEOPLE = frozenset({"analyst", "economist", "consultant", "manager"})

