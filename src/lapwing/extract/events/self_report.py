"""A party's report of its own act (session 34, round sr67).

The status ``attributed`` means an act reported by someone *other* than its doer (docs/events.md, the reference
set's README). When the one who says it is the doer itself, the act is the party's own account of what it did and
is ``asserted``; the announcing party stays in ``Event.attributed_to``, so a reader can still see who says so:

* the doer is a pronoun for the sayer ("the ministry said *it* had recalled its ambassador", "police announced
  *they* had detained 40 protesters");
* the doer is owned by the sayer ("the army said *its troops* had killed 20 militants", "the police chief said *his
  officers* were holding a suspect");
* the doer is a bare state told of by one of its own state bodies ("Jordan sent aid, *its army* said");
* the doer is the sayer's own party, named again ("Police arrested 61 students, *a police spokesman* said", "the
  rebels shelled the base, *the group* said in a statement"): the same country (the police's may be left open)
  and the same organised sector (a state body, a force, an armed group, a party, a firm), and no two different dictionary names;
* a state force told of by its state named on its own ("Peru said the intruders were *pushed back by Peruvian
  soldiers*"), a force's own machines with no sector of their own ("*French warplanes* struck the camps, the French
  military said"), and a state force's report put after the act of a force of its state, the army and the police
  speaking for one another's men ("*Kenyan security forces* killed nine militants, *the army* said"; round st79);
* an arrest, detention or expulsion told without a doer by the authority that holds people ("police said 87 people
  had been arrested", "19 students were detained, the security ministry said").

Not a self-report: another party's account ("the army said rebels had killed ten soldiers", "Russian forces
shelled the town, Ukraine's army said"), a bare voice ("officials said", "a spokesman said": no party of its own),
plain people ("residents said" of protesters), and anything that is not ``attributed`` to begin with (a denial stays
negated, a plan future).
"""
from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.code_shifts import bare_voice
from lapwing.extract.events.threat_conditions import announcer, threat_made  # noqa: F401  (re-exported to the coder)
from lapwing.schema import Actor

#: the sectors of an organised party that can give an account of its own acts (not plain people, victims or suspects)
PARTY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "OPP", "PTY", "IGO", "NGO",
                           "HRI", "BUS", "LAB", "MED", "IMG"})
#: the state's own bodies: a ministry's forces, an army's government ("the defence ministry said *its forces* ...")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
#: acts the holding authority does even when the sentence names no doer (custody, expulsion, restrictions on people)
_CUSTODY_PREFIXES = ("172", "173", "174")
#: who holds people: the police, the army, a government (not courts, lawyers or bar associations, all coded JUD)
_HOLDERS = frozenset({"GOV", "MIL", "COP", "SPY"})
#: armed state forces: an army and the police, a border guard or a navy (coded MIL or COP) speak for one another's
#: men in the field ("security forces killed nine militants, the army said")
_FORCES = frozenset({"MIL", "COP"})
#: organised parties outside the state whose named voice speaks for the party's men ("the rebels ..., a spokesman for
#: the rebels said")
_GROUP_SECTORS = frozenset({"REB", "INS", "OPP", "PTY", "IMG", "SEP"})
#: voices of a party, and the nouns that take the party up again ("a spokesman *for the group*")
_GROUP_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "commander"})
_GROUP_NOUNS = frozenset({"group", "movement", "organisation", "organization", "militia", "faction", "alliance",
                          "rebel", "insurgent", "militant", "party"})
#: sectors too wide to make two named actors one party: JUD is a court, a prosecutor, a lawyer and a bar association
_LOOSE_SECTORS = frozenset({"JUD"})
_OWNING = frozenset({"its", "their", "his", "her", "our"})
_SELF_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
#: voices that name no party unless a word says whose ("officials said", "sources said"; "*police* officials said")
_UNOWNED_VOICES = frozenset({"official", "source", "officer", "diplomat", "aide", "person", "people"})


def _bare_state(a: Actor) -> bool:
    """A state named on its own, speaking as a whole ("*Peru* said ..."): its forces and its police are its own."""
    return not a.sector and bool(a.country) and a.kind in ("gpe", "country")


def _trailing_saying(reporter: Token, src_tok: Token | None) -> bool:
    """The saying put after the act it tells, in the wire's manner of a body's own report ("Kenyan troops killed nine
    militants, *the army said*"); not a saying that opens the sentence ("the defence ministry said russian forces had
    shelled ...": there a body with no country of its own may be telling of the other side). The sayer is a common
    noun ("the army", "a navy commander"): a name may be anyone's ("the Forces Vives", a coalition of parties)."""
    return src_tok is not None and reporter.pos_ == "NOUN" and reporter.i > src_tok.i and reporter.head.i > src_tok.i and any(
        t.text == "," for t in reporter.doc[src_tok.i:reporter.i])


def _voice_of_the_group(reporter: Token) -> bool:
    """"a spokesman *for the group*", "a representative *of the movement*": a voice of the party just named (the
    noun taken up again with "the"), not of any party (bare "a spokesman" stays a voice of no one)."""
    if reporter.lemma_.lower() not in _GROUP_VOICES:
        return False
    return any(c.dep_ == "nmod" and c.lemma_.lower() in _GROUP_NOUNS and any(
        k.dep_ == "case" and k.lower_ in ("for", "of") for k in c.children) and any(
        k.dep_ == "det" and k.lower_ == "the" for k in c.children) for c in reporter.children)


def _unowned_voice(reporter: Token) -> bool:
    """"officials said", "the sources said": a voice with no word for its party (``bare_voice`` covers spokesmen)."""
    return reporter.lemma_.lower() in _UNOWNED_VOICES and all(c.dep_ in ("det", "punct", "amod", "nummod") and (
        c.dep_ != "amod" or c.lower_ in ("senior", "other", "local", "several", "two", "some", "unnamed", "top"))
        for c in reporter.children)


def _same_country(a: Actor, b: Actor) -> bool:
    return not a.country or not b.country or a.country == b.country


def _names_agree(a: Actor, b: Actor) -> bool:
    """No two different dictionary names; a state's own name never differs from one of its bodies' ("*a U.S. drone*
    strike killed ..., *the Pentagon* said": the drone is named by its state, the Pentagon is that state's)."""
    if a.name and b.name and a.name != b.name and a.country and a.country == b.country \
            and a.kind in ("gpe", "country", "norp") and not a.sector:
        return True
    return not a.name or not b.name or a.name == b.name


def _owned_by_sayer(src_tok: Token | None) -> bool:
    """"*its* troops", "*his* officers", "*their* fighters": the doer is owned by a pronoun."""
    return src_tok is not None and any(
        c.dep_ in ("nmod:poss", "poss") and c.lower_ in _OWNING for c in src_tok.children)


def self_reported(code: str, src: Actor | None, src_tok: Token | None, reporter: Token | None,
                  sayer: Actor | None, own_saying: bool) -> bool:
    """The attributed act is the sayer's own (see the module's doc). ``sayer`` is the reporter's coded actor,
    ``own_saying`` the coder's test that the doer is a pronoun or bare state for the sayer."""
    if reporter is not None and src is not None and (src.sector or "").upper() in PARTY_SECTORS - _FORCES \
            and _voice_of_the_group(reporter) and _trailing_saying(reporter, src_tok):
        # "Taliban fighters detained three journalists, *a spokesman for the group* said" (st79; the police or an army
        # is no "group": "Police arrested two rebels, a spokesman for the group said" is the rebels' account)
        return True
    if reporter is None or sayer is None or bare_voice(reporter) or _unowned_voice(reporter):
        return False
    if own_saying:
        return True  # "Germany said *it* ...", "the villagers said *they* had blocked the road"
    rs = (sayer.sector or "").upper()
    if not rs and sayer.country and sayer.kind == "gpe":
        rs = "GOV"  # a bare state speaks as its government ("Russia said *its forces* had captured ...")
    if rs not in PARTY_SECTORS:
        return False
    if src is None:
        # "police said 87 people had been arrested": no doer, the holding authority's own custody
        return src_tok is None and (code or "").startswith(_CUSTODY_PREFIXES) and rs in _HOLDERS
    if not (_same_country(src, sayer) and _names_agree(src, sayer)):
        return False
    ss = (src.sector or "").upper()
    if src_tok is not None and src_tok.lower_ in _SELF_PRONOUNS:
        return ss == rs or not ss  # "the army said *they* ...", left uncoded or the sayer's own
    if _owned_by_sayer(src_tok):
        return not ss or ss == rs or (ss in STATE_SECTORS and rs in STATE_SECTORS)
    if not ss and src.kind in ("gpe", "country") and src.country and src.country == sayer.country and rs in _HOLDERS:
        return True  # "Jordan sent 40 trucks of aid, *its army* said": a bare state told of by its own state body
    if src.country and src.country == sayer.country and _bare_state(sayer) and ss in STATE_SECTORS:
        return True  # "Peru said its border had been crossed and the intruders *pushed back by Peruvian soldiers*" (st79)
    if not ss and src.country and rs in _FORCES and src.kind not in ("gpe", "country") and (
            src.country == sayer.country or (not sayer.country and _trailing_saying(reporter, src_tok))):
        # "*French warplanes* struck the camps, the French military said": the force's own machines (st79); a force with
        # no country of its own put after the act ("*British jets* bombed ..., the Ministry of Defence said"; sb80)
        return True
    if src.rule and src.rule.endswith("+speaker") and ss == rs and rs not in _LOOSE_SECTORS:
        return True  # the doer the coder took from the sayer ("Police said 30 people were arrested")
    # (a named doer needs the sayer's very country: "the defence ministry said russian forces had shelled ..." with
    # no country for the ministry is the other side's act told; only the police, a force that acts at home, may
    # leave it open: "Indonesian police arrested 61 students, *a police spokesman* said")
    if ((ss in _FORCES and rs in _FORCES) or (ss == rs and rs in _GROUP_SECTORS)) and src.country \
            and sayer.country in (None, "", src.country) and _trailing_saying(reporter, src_tok):
        # "*Kenyan security forces* killed nine militants ..., *the army* said", "*Sudanese rebel leaders* agreed to
        # attend the talks, *a spokesman for the rebels* said" (st79)
        return True
    return bool(ss) and ss == rs and rs not in _LOOSE_SECTORS and (
        src.country == sayer.country or (not sayer.country and rs == "COP"))
