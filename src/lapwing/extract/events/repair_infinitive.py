"""Repairs 15 and 44 of ``parse_repair``: a verb's infinitive or gerund complement misread.

**Repair 15**: an infinitive verb read as a noun modifier after "to".

Words that are both verbs and nouns ("fire", "attack", "shell", "strike", "bomb", "raid") after a
control verb are sometimes read as the first word of a noun phrase: "Hamas threatened *to fire
rockets* at Israel" comes out as "threatened [to [fire rockets]]", a place the threat goes to, and
the threat loses its content. After a verb that takes a to-infinitive (``CONTROL``), "to" + a bare
trigger-verb form read as the compound of the next noun is the verb of the to-clause, the noun its
object.

**Repair 197** (session 37, round rm74) widens 15: the misread word may keep the verb's own tag (``VB``: "vowed
*to stage* demonstrations", the word a ``NOUN`` compound tagged ``VB``), and a verb of organising that is never a
noun ("organise", "arrange", ``ORGANISING``) counts as a verb form though it is no trigger ("vowed *to organise*
demonstrations"): the protest or meeting it organises is then the content of the vow, threat or plan.

**Repair 302** (session 39, round sb78) widens 15 again: a bare verb (``VB``) read as an adjective (``amod``) or
compound of a noun that has modifiers of its own between them, "threatened on Monday *to sever* diplomatic
relations with France" (``to`` a case on "relations", "sever" and "diplomatic" its adjectives): the verb is the
to-clause's, the noun its object, the words between stay the noun's.

**Repair 44**: a gerund complement read as a clause of its own. "Japan is considering *sending* aid",
"Kazakhstan is weighing *sending* troops", "troops have begun *leaving*": the -ing verb right after a
verb that takes a gerund complement (``GERUND_TAKERS``) is often hung as ``ccomp`` or ``advcl``, so it
gets no subject (control does not reach it) and the first verb's mood (considering, weighing) does not
reach it either. With no subject, no subordinator and nothing but adverbs or a particle between them,
it is the verb's ``xcomp``.

**Repair 66**: the to-clause of an appeal read as a clause of its addressee. "Kila urged his supporters *to gather*
outside parliament", "called on the Defence Force *to "stand with the lawful government"*": the infinitive hung on
the addressee noun (``acl``) instead of on the appeal verb, so the appeal loses its content and the asked-for act
reads as done. After an appeal or order verb (``APPEAL_VERBS``), an infinitive on its object (or on its "on" /
"upon" / "to" oblique) that names people or a body is the verb's ``xcomp``.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_forms import verb_forms

#: verbs whose "to" starts an infinitive clause rather than a place or a recipient
CONTROL = {"threaten", "vow", "plan", "decide", "agree", "promise", "pledge", "try", "seek", "want", "refuse",
           "prepare", "continue", "begin", "start", "intend", "aim", "hope", "vote", "resolve",
           "attempt", "offer", "need", "fail", "decline", "order", "urge", "ask", "call", "warn", "demand",
           "allow", "force", "authorize", "authorise", "expect", "choose", "scramble"}

#: (repair 197) verbs of organising that are no trigger and never a noun: "vowed *to organise* demonstrations"
ORGANISING = frozenset({"organise", "organize", "arrange", "convene", "coordinate", "spearhead"})


def repair_to_infinitive(to: Token) -> bool:
    """Apply repair 15 at the word "to"; True when applied."""
    doc = to.doc
    if to.dep_ != "case" or to.i + 2 >= len(doc):
        return False
    v, n = doc[to.i + 1], to.head
    gov = n.head
    # (repair 302: a bare verb, ``VB``, read as an adjective or compound of a noun after modifiers of the noun's own:
    # "threatened on Monday *to sever* diplomatic relations with", the words between it and the noun the noun's)
    wide = v.tag_ == "VB" and v.dep_ in ("amod", "compound") and v.head.i == n.i and n.i > v.i + 1 and all(
        doc[j].head.i == n.i and doc[j].dep_ in ("amod", "compound") for j in range(v.i + 1, n.i))
    # (repair 197: a word the tagger kept as a bare verb, ``VB``, read as a compound all the same)
    if not wide and (v.dep_ != "compound" or v.head.i != n.i or v.tag_ not in ("NN", "VB") or n.i != v.i + 1):
        return False
    if n.pos_ != "NOUN" or not n.dep_.startswith(("obl", "nmod")) or gov.pos_ != "VERB" or gov.i > to.i:
        return False
    if gov.lemma_.lower() not in CONTROL or (verb_forms().get(v.lower_) != v.lower_ and v.lower_ not in ORGANISING):
        return False
    if any(c.dep_ in ("det", "nmod:poss", "nummod", "amod") and c.i < (v.i if wide else n.i) for c in n.children):
        return False  # "moved to the fire station", "appealed to fire victims' families" keep their noun
    v.pos_, v.tag_, v.lemma_ = "VERB", "VB", v.lower_
    v.head, v.dep_ = gov, "xcomp"
    to.head, to.dep_, to.pos_, to.tag_ = v, "mark", "PART", "TO"
    n.head, n.dep_ = v, "obj"
    return True


#: verbs that take a gerund complement ("considering *sending*", "began *shelling*", "denied *having*")
GERUND_TAKERS = frozenset({
    "consider", "weigh", "contemplate", "mull", "ponder", "discuss", "debate", "study", "explore",
    "propose", "suggest", "recommend", "advocate", "favor", "favour", "oppose", "resist", "reject",
    "begin", "start", "stop", "resume", "continue", "keep", "quit", "finish", "cease", "halt",
    "avoid", "deny", "admit", "risk", "postpone", "delay", "defer", "envisage", "envision",
    "rule", "justify", "defend", "condemn", "criticize", "criticise", "recall", "report", "threaten",
})


def repair_gerund_complement(g: Token) -> bool:
    """Apply repair 44 at the -ing verb ``g``; True when applied."""
    v = g.head
    if g.tag_ != "VBG" or g.dep_ not in ("ccomp", "advcl") or v.i >= g.i or v.pos_ != "VERB":
        return False
    if v.lemma_.lower() not in GERUND_TAKERS:
        return False
    doc = g.doc
    if any(doc[j].tag_ not in ("RB", "RP") for j in range(v.i + 1, g.i)):
        return False  # "considered, *sending* ...", "began the day *visiting* ..." keep their reading
    if any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "case", "expl", "aux", "aux:pass") for c in g.children):
        return False  # "denied that troops *were* ..."; "began by *sending* ..."
    if any(c.dep_ in ("obj", "dobj", "xcomp", "ccomp") and c.i != g.i for c in v.children):
        return False
    g.dep_ = "xcomp"
    return True


#: verbs that ask or order their addressee to do something ("urged X to ...", "called on X to ...")
APPEAL_VERBS = {"urge", "call", "ask", "order", "tell", "appeal", "encourage", "instruct", "invite", "press",
                "implore", "exhort", "beg", "direct", "command", "request", "advise", "warn", "pressure", "persuade",
                "convince", "push", "lobby", "prod", "nudge", "entreat", "counsel"}
#: collective nouns that name a body of people (an addressee), beside plurals, names and pronouns
_BODIES = {"government", "army", "military", "opposition", "public", "population", "people", "nation", "authorities",
           "community", "party", "side", "council", "parliament", "force", "junta", "regime", "leadership",
           "administration", "commission", "police", "guard", "country", "movement", "alliance", "coalition"}


def repair_addressee_clause(v: Token) -> bool:
    """Repair 66 (above). ``v`` is the infinitive hung on the addressee."""
    h = v.head
    a = h.head
    if v.dep_ != "acl" or v.pos_ != "VERB" or v.i < h.i or not any(
            c.dep_ == "mark" and c.lower_ == "to" for c in v.children) or a.pos_ != "VERB" \
            or a.lemma_.lower() not in APPEAL_VERBS or a.i > h.i:
        return False
    if h.dep_ in ("obl", "obl:arg"):
        if not any(c.dep_ == "case" and c.lower_ in ("on", "upon", "to") for c in h.children):
            return False
    elif h.dep_ not in ("obj", "iobj"):
        return False
    if not (h.tag_ in ("NNS", "NNPS") or h.pos_ in ("PROPN", "PRON") or h.lemma_.lower() in _BODIES
            or h.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")):
        return False
    if any(c.dep_ == "xcomp" for c in a.children):
        return False
    v.head, v.dep_ = a, "xcomp"
    return True
