"""Repair 16 of ``parse_repair``: a reduced relative with a by-agent read as the main verb.

"Missiles *fired by Russian forces* destroyed a bridge", "Shells fired by government troops killed five
civilians": the participle is read as the sentence's finite verb ("Missiles fired ..."), and the real
verb hangs under it as a clause with no subject, so the event loses its subject ("Three suspects
arrested by the DCI *were arraigned* on Monday": a participle with its own auxiliary is such a verb too;
with such a verb no by-agent is needed: "A snatcher *wanted* in 14 cases *was shot* in the leg"). A verb with a
by-agent and no passive auxiliary is no finite active verb: it is a participle modifying its
"subject", and the next verb (after the agent, with no subject of its own) is the main verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.repair_index import RepairIndex

_CLAUSE = ("xcomp", "advcl", "conj", "ccomp", "parataxis", "dep")
#: verbs with no passive, whose participle after a noun is no reduced relative ("a case *died* in custody")
_NO_PASSIVE = frozenset({"die", "succumb", "collapse", "faint"})


def _cased(x: Token) -> bool:
    """A noun with a preposition of its own, which no subject has."""
    return x.i < x.head.i and any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < x.i for c in x.children)


def _in_cased_subject(x: Token, c: Token) -> bool:
    """``x`` lies inside a cased "subject" of ``c`` ("in 30 cases of murder*,* kidnapping *and* robbery")."""
    return any(s.dep_ in ("nsubj", "nsubj:pass") and _cased(s) and s.left_edge.i <= x.i <= s.right_edge.i
               for s in c.children)


def repair_reduced_relative(v: Token) -> bool:
    """Apply repair 16 at the root verb ``v``; True when applied."""
    if v.dep_ not in ("ROOT", "root") or v.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(v.children)
    if any(c.dep_ in ("aux", "aux:pass", "cop") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
    agent = next((c for c in kids if c.dep_ == "obl:agent" and c.i > v.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    if agent is None and any(c.dep_ in ("obj", "dobj", "iobj") for c in kids):
        return False
    if agent is None and any(c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG" and c.i == v.i + 1 for c in kids):
        return False  # "ministers *said negotiating* with rebel groups is considered a crime": a verb with its own
        # gerund clause is no participle on its subject (the gerund is the next clause's subject: status_means.py)

    def passive(c: Token) -> bool:
        return c.tag_ == "VBN" and any(x.dep_ in ("aux", "aux:pass") and x.i < c.i for x in c.children)

    # the main verb: finite, or a participle with its own auxiliary ("... *were arraigned* on Monday");
    # with no by-agent, only the latter ("a snatcher *wanted* in 14 cases *was shot* ...")
    main = next((c for c in kids if c.dep_ in _CLAUSE and c.pos_ == "VERB" and c.i > (agent or v).i
                 and ((agent is not None and (c.tag_ in ("VBD", "VBZ", "VBP") or (
                     c.tag_ == "VBN" and not passive(c) and any(x.dep_ in ("obj", "dobj") for x in c.children))))
                      or passive(c))
                 and not any(x.dep_ in ("mark", "expl") or (x.dep_ in ("nsubj", "nsubj:pass") and not _cased(x))
                             for x in c.children)
                 and (agent is not None or not any((x.is_punct or x.dep_ == "cc") and not _in_cased_subject(x, c)
                                                   for x in v.doc[v.i + 1:c.i]))), None)
    if main is None and agent is not None:
        # "... launched by Houthi rebels *struck* two stations" with the main verb hung on the agent
        main = next((c for c in agent.children if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.i == agent.i + 1
                     and (c.tag_ == "VBD" or (c.tag_ == "VBN" and any(x.dep_ in ("obj", "dobj") for x in c.children)))
                     and not any(x.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass") for x in c.children)), None)
    if main is None:
        return False
    for x in list(main.children):  # "wanted *in several murder cases*" read as the subject of "was arrested"
        if x.dep_ in ("nsubj", "nsubj:pass") and _cased(x):
            x.head, x.dep_ = v, "obl"
    main.head, main.dep_ = main, "ROOT"
    if main.tag_ == "VBN" and not passive(main):
        main.tag_ = "VBD"  # "Drones launched by the group *struck* two stations": a past tense with its object
    subj.head, subj.dep_ = main, "nsubj:pass" if any(x.dep_ == "aux:pass" for x in main.children) else "nsubj"
    v.head, v.dep_, v.tag_ = subj, "acl", "VBN"
    for c in kids:  # what follows the main verb is its own ("... destroyed a bridge *in Kharkiv* *.*")
        if c.i > main.i and c.head.i == v.i:
            c.head = main
    return True


def repair_reduced_before_acl(v: Token) -> bool:
    """Repair 153: a reduced relative read as the main verb, and the main verb hung on the last noun of its phrase.

    "A man *arrested* in a theft case *died* in custody at the ... police station", "Two youths *injured* in the
    firing *died* in hospital": the participle is read as the finite verb of its subject and the real verb, a past
    tense with no subject of its own, as a clause on the participle's last noun ("case", "firing"). A participle with
    no auxiliary, object or agent, followed by such a past tense, is a participle on its subject: the past tense is
    the main verb, the noun its subject. True when applied."""
    verbless = v.dep_ == "acl" and v.head.dep_ in ("ROOT", "root") and v.head.pos_ in ("NOUN", "PROPN") \
        and v.head.i == v.i - 1  # ("A labourer *detained* in a liquor case *died* ...": no verb at all)
    if not (v.dep_ in ("ROOT", "root") or verbless) or v.tag_ != "VBN":
        return False
    kids = list(v.children)
    if any(c.dep_ in ("aux", "aux:pass", "cop", "obj", "dobj", "iobj", "obl:agent", "ccomp", "xcomp") for c in kids):
        return False
    subj = v.head if verbless else next((c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _cased(subj):
        return False
    obls = [c for c in kids if c.dep_.startswith("obl") and c.i > v.i]
    # the main verb: a past tense, or the participle of a verb with no passive ("died", "succumbed")
    main = next((m for o in obls for m in o.subtree if m.dep_ == "acl" and m.pos_ == "VERB" and (
                 m.tag_ == "VBD" or (m.tag_ == "VBN" and m.lemma_ in _NO_PASSIVE))
                 and m.head.i <= o.i and all(o.left_edge.i <= t.i for t in v.doc[v.i + 1:m.i])
                 and not any(x.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass") for x in m.children)), None)
    if main is None or any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in v.doc[v.i + 1:main.i]):
        return False
    root_kids = list(subj.children) if verbless else kids
    main.head, main.dep_ = main, "ROOT"
    main.tag_ = "VBD"
    subj.head, subj.dep_ = main, "nsubj"
    v.head, v.dep_ = subj, "acl"
    for c in root_kids:  # what follows the main verb is its own (the final stop)
        if c.i > main.i and c.head.i in (v.i, subj.i):
            c.head = main
    return True


#: verbs of sending or placing a force or a person, whose bare participle after a noun is a reduced relative
#: ("troops *deployed* to the border", "police *sent* to the scene", "soldiers *stationed* in the north") (repair 242)
_PLACING = frozenset({"deploy", "send", "station", "dispatch", "post", "base", "position", "rush", "airlift", "assign",
                      "mobilise", "mobilize", "summon", "bring", "fly", "redeploy", "move"})
_PLACED_FORMS = frozenset({"deployed", "sent", "stationed", "dispatched", "posted", "based", "positioned", "rushed",
                           "airlifted", "assigned", "mobilised", "mobilized", "summoned", "brought", "flown",
                           "redeployed", "moved"})
_MAIN_DEPS = ("xcomp", "advcl", "conj", "ccomp", "parataxis", "dep", "acl", "amod")


def placed_candidates(doc, index: RepairIndex | None = None) -> list[int]:
    """The tokens of ``doc`` that repair 242 is tried on: a root past form of a verb of sending or placing (with
    ``index``, only its roots of those words are read)."""
    toks = doc if index is None else index.tokens(index.find(dep=("ROOT", "root"), words=_PLACED_FORMS, tag=("VBD", "VBN")))
    return [t.i for t in toks if t.dep_ in ("ROOT", "root") and t.lower_ in _PLACED_FORMS and t.tag_ in ("VBD", "VBN")]


def repair_placed_relative(v: Token) -> bool:
    """Repair 242 (session 31, round rp58): "Troops *deployed* to the border *clashed* with protesters", "Police *sent*
    to the scene *fired* tear gas": a participle of sending or placing, with a place phrase and no object, read as the
    main verb, and the real verb (a past tense with no subject, mark or auxiliary of its own, right after the phrase
    with no comma, "and" or other verb between) hung under it. Two finite verbs cannot follow one subject with
    nothing joining them, so the first is a participle on the subject: the second is the main verb, the noun its
    subject. True when applied."""
    from lapwing.extract.events.repair_forms import verb_forms

    kids = list(v.children)
    if any(c.dep_ in ("aux", "aux:pass", "cop", "obj", "dobj", "iobj", "expl", "mark") for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubj:pass") and c.i < v.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or _cased(subj) or subj.i != v.i - 1 and not all(
            v.doc[k].head.i == subj.i or v.doc[k].head.head.i == subj.i for k in range(subj.i + 1, v.i)):
        return False
    obls = [c for c in kids if c.dep_.startswith("obl") and c.i > v.i]
    if not obls:
        return False
    forms = verb_forms()
    main = None
    for m in v.doc[obls[0].right_edge.i + 1:v.sent.end]:
        if m.is_punct or m.dep_ == "cc" or m.pos_ in ("AUX", "SCONJ", "PRON"):
            return False
        if m.i > obls[-1].right_edge.i or m.pos_ in ("VERB", "ADJ"):
            main = m
            break
    if main is None or main.dep_ not in _MAIN_DEPS or not (main.head.i == v.i or main.head.i in {o.i for o in obls}):
        return False
    past = main.tag_ == "VBD" or (main.tag_ in ("JJ", "VBN") and main.lower_.endswith("ed") and main.lower_ in forms)
    if not past or any(x.dep_ in ("nsubj", "nsubj:pass", "mark", "aux", "aux:pass", "cop") for x in main.children):
        return False
    if not all(o.left_edge.i > v.i for o in obls) or any(t.pos_ in ("VERB", "AUX") for t in v.doc[v.i + 1:main.i]):
        return False
    main.head, main.dep_ = main, "ROOT"
    if main.pos_ != "VERB" or main.tag_ != "VBD":
        main.pos_, main.tag_ = "VERB", "VBD"
        main.lemma_ = forms.get(main.lower_, main.lemma_)
    subj.head, subj.dep_ = main, "nsubj"
    v.head, v.dep_, v.tag_ = subj, "acl", "VBN"
    for c in kids:  # what follows the main verb is its own ("... with protesters *.*")
        if c.i > main.i and c.head.i == v.i:
            c.head = main
    return True
