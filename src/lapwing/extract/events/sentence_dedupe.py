"""The events of one sentence made one per happening: one event per (code root, source, target, status), an act
kept over its aim and its setting, violent events on one target merged into the most specific; a noun framing a
verb of violence dropped (``coder.Coder.code_sentence`` calls these after coding a sentence's candidates)."""

from __future__ import annotations

from lapwing.extract.events.coding import VIOLENT_ROOTS
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.schema import Actor


def dedupe_events(events):
    """One event per (code root, source, target); violent events on one target merge into the most specific."""
    out = []
    key_best: dict[tuple, int] = {}
    for e in events:
        ev = e[0]
        # coercion's kinds are acts of their own: "baton-charged (175) ... and held (173) about 30 of them"
        k = (ev.cameo[:3] if ev.cameo[:2] == "17" else ev.cameo[:2], _akey(ev.source), _akey(ev.target), ev.status)
        act = next((out[j] for kb, j in key_best.items() if k[:2] == kb[:2] and _purpose_of(out[j], e)), None)
        if act is None:  # "rallied outside parliament, *waving* flags and *chanting* against ...": one protest (sb74)
            act = next((out[j] for kb, j in key_best.items()
                        if k[:2] == kb[:2] and k[3] == kb[3] and _manner_of(out[j], e)), None)
        if act is not None:
            # the aim of an act already kept, whatever target the aim names ("rallied *to protest*"), and whatever
            # status the parse hands it ("*refused food* to protest" is no refused protest; round sb74); the act
            # takes the aim's target when it names none ("began a hunger strike to protest against the authorities")
            _take_target(act, e)
            continue
        if any(_told_again(out[j], e) for j in key_best.values()):
            continue  # "declared X persona non grata *and ordered her* to leave": one expulsion (round sc76)
        if k in key_best and _conjunct_acts(out[key_best[k]], e):
            out.append(e)  # "shelled *and stormed* the town": two acts told by two verbs, one event each
            continue
        if k in key_best:
            j = key_best[k]
            if _purpose_of(out[j], e) or _setting_of(out[j], e):
                continue
            if _purpose_of(e, out[j]) or _setting_of(e, out[j]) or _better(e, out[j]):
                out[j] = e
            continue
        key_best[k] = len(out)
        out.append(e)
    # the aim or manner told before its act in the candidates' order ("began a hunger strike ... *to protest*": the
    # verb's candidate may come first); the act is kept, whatever target the aim names (round sb74)
    kept = []
    for e in out:
        act = next((f for f in out if f is not e and f[0].cameo[:2] == e[0].cameo[:2]
                    and _akey(f[0].source) == _akey(e[0].source)
                    and (_purpose_of(f, e) or f[0].status == e[0].status and _manner_of(f, e))), None)
        if act is None:
            kept.append(e)
        else:
            _take_target(act, e)
    out = kept
    # "jihadists killed 34 soldiers in an attack on an army post": the encounter noun is the setting of the
    # act told by its verb, one happening, whatever target each names
    out = [e for e in out if not (e[0].cameo[:2] in VIOLENT_ROOTS and any(
        f is not e and f[0].cameo[:2] in VIOLENT_ROOTS and f[0].status == e[0].status
        and _akey(f[0].source) == _akey(e[0].source) and _setting_of(f, e) for f in out))]
    # "shelled the village, *killing* four farmers": the harm told by an -ing clause is the act's result
    out = _drop_results(out)
    # violent events sharing a target: keep the more specific / better sourced one
    final = []
    for e in out:
        ev = e[0]
        if ev.cameo[:2] in VIOLENT_ROOTS:
            clash = None
            for j, f in enumerate(final):
                fv = f[0]
                if fv.cameo[:2] in VIOLENT_ROOTS and fv.status == ev.status and (
                    (_akey(fv.target) == _akey(ev.target) and ev.target is not None)
                    or (ev.source is None and fv.source is None and _akey(fv.target) == _akey(ev.target))
                ) and not _co_doers(e, f) and not _taking_and_harm(e, f):
                    clash = j
                    break
            if clash is not None:
                f = final[clash]
                keep, drop = (e, f) if _specific(e) > _specific(f) else (f, e)
                if keep[0].source is None and drop[0].source is not None:
                    keep[0].source = drop[0].source
                final[clash] = keep
                continue
        final.append(e)
    return final


#: verbs of harm whose -ing clause tells the result of the act of its head ("..., killing four farmers")
_HARM_LEMMAS = frozenset({"kill", "wound", "injure", "hurt", "maim"})


def _result_of(a, b) -> bool:
    """b's trigger is a verb of harm in a bare -ing clause on a's verb ("troops *shelled* the village, *killing* four
    farmers", "police *fired* tear gas, *injuring* a dozen"): the harm is the act's outcome, one happening by one doer.
    Not with a subordinator or preposition ("*after* killing two guards": an act of its own), not a killing after
    an act of repression or unrest (17x, 14x: the killing is what makes it a use of force), not across statuses."""
    ea, eb = a[0], b[0]
    ta, tb = a[3].trigger, b[3].trigger
    first = tb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
        first = first.head  # "..., killing one man *and wounding* 22": the second harm of the same clause
    if tb.lemma_ not in _HARM_LEMMAS or tb.tag_ != "VBG" or first.dep_ != "advcl" or first.head.i != ta.i:
        return False
    if first is not tb and first.lemma_ not in _HARM_LEMMAS:
        return False
    if ta.pos_ != "VERB" or eb.cameo[:2] not in VIOLENT_ROOTS or ea.status != eb.status:
        return False
    if any(ch.dep_ in ("mark", "case", "nsubj", "nsubjpass", "expl") for t in {tb, first} for ch in t.children):
        return False
    if eb.source is not None and _akey(eb.source) != _akey(ea.source):
        return False
    if ea.cameo[:2] in VIOLENT_ROOTS:
        return True
    return ea.cameo[:2] in ("14", "17") and tb.lemma_ != "kill"


def _drop_results(out: list) -> list:
    """Drop the events ``_result_of`` another kept event; the act takes the harmed as its target when it has none."""
    keep = []
    for e in out:
        act = next((f for f in out if f is not e and _result_of(f, e)), None)
        if act is None:
            keep.append(e)
        elif act[0].target is None and e[0].target is not None:
            act[0].target = e[0].target
    return keep


def _akey(a: Actor | None):
    if a is not None and "coref:pair" in (a.rule or ""):
        return (a.start, a.end, a.country, a.sector)  # "the two sides": one phrase, two parties
    return None if a is None else (a.start, a.end)


def _co_doers(a, b) -> bool:
    """Two events of one trigger and code whose sources are the conjuncts of one subject ("*Britain and France*
    attacked the port"): two doers of one act, kept apart (not one violent event told twice)."""
    ea, eb = a[0], b[0]
    return a[1] == b[1] and ea.cameo == eb.cameo and ea.source is not None and eb.source is not None \
        and _akey(ea.source) != _akey(eb.source)


#: the roots of acts done rather than said: two of them told by two coordinated verbs are two events
_MATERIAL_ROOTS = frozenset({"06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"})


def _conjunct_acts(a, b) -> bool:
    """a's and b's triggers are verbs coordinated with each other ("troops *shelled and then stormed* the town",
    "police *raided* the offices *and arrested* the editor") with codes that differ in their first three digits: two
    acts, each with its own pattern, not one told twice ("shot and killed" codes one act). Acts done only (material
    roots): statements coordinated are one statement."""
    ta, tb = a[3].trigger, b[3].trigger
    if a[0].cameo[:2] not in _MATERIAL_ROOTS:
        return False  # ("denied the losses and said ...": one statement, whatever its verbs)
    if a[0].target is not None and _akey(a[0].target) == _akey(b[0].target) and a[0].cameo[:2] in VIOLENT_ROOTS \
            and not _taking_and_harm(a, b):
        return False  # ("shot and killed *two guards*": one act on one target, merged below as before)
    return _coordinated(ta, tb) and a[0].cameo[:3] != b[0].cameo[:3]


def _coordinated(ta, tb) -> bool:
    """Two verbs, one the conjunct of the other."""
    return ta.pos_ == "VERB" and tb.pos_ == "VERB" and (
        (tb.dep_ == "conj" and tb.head.i == ta.i) or (ta.dep_ == "conj" and ta.head.i == tb.i))


#: acts of taking or closing in (abduction, blockade or siege, occupation) that are never the means of another
#: violent act nor its outcome: coordinated with one, each is an act of its own
_TAKING = frozenset({"181", "191", "192"})


def _taking_and_harm(a, b) -> bool:
    """a and b are coordinated verbs of one doer, one an act of taking or closing in (``_TAKING``) and the other a
    different act ("gunmen *abducted and killed* two engineers", "troops *surrounded and shelled* the town"): two
    acts, kept apart, where "shot and killed" (a means and its outcome) stays one."""
    ca, cb = a[0].cameo[:3], b[0].cameo[:3]
    return ca != cb and bool({ca, cb} & _TAKING) and a[0].status == b[0].status \
        and _akey(a[0].source) == _akey(b[0].source) and _coordinated(a[3].trigger, b[3].trigger)
#: object pronouns that take up the object of the verb before ("expelled the reporter and ordered *her* to leave")
_BACK_PRONOUNS = frozenset({"him", "her", "them"})


def _told_again(a, b) -> bool:
    """b is a's act told again by a verb coordinated with a's, on a pronoun that takes up a's object: the same code
    (three digits), source and status, a's target a noun phrase ("Juba *declared* the aid director persona non grata
    *and ordered her* to leave within 48 hours": one expulsion, round sc76)."""
    ea, eb = a[0], b[0]
    if eb.target is None or ea.target is None or eb.target.text.lower() not in _BACK_PRONOUNS \
            or ea.target.text.lower() in _BACK_PRONOUNS:
        return False
    if ea.cameo[:3] != eb.cameo[:3] or ea.status != eb.status or _akey(ea.source) != _akey(eb.source):
        return False
    ta, tb = a[3].trigger, b[3].trigger
    return ta.pos_ == "VERB" and tb.pos_ == "VERB" and tb.dep_ == "conj" and tb.head.i == ta.i


def _better(a, b) -> bool:
    return a[2] > b[2]


def _purpose_of(a, b) -> bool:
    """b's trigger is the purpose clause of a's ("residents *blocked* the ring road *to protest* against power
    cuts"): one act and its aim; the act is the event (the sentence's main verb), whichever is more confident."""
    ta, tb = a[3].trigger, b[3].trigger
    return (tb.dep_ in ("xcomp", "advcl") and tb.head.i in (ta.i, _aim_head(ta).i)
            and any(ch.dep_ == "mark" and ch.lower_ in ("to", "in_order_to") for ch in tb.children))


def _take_target(act, aim) -> None:
    """The act takes the target of its aim or manner when it names none of its own (round sb74)."""
    if act[0].target is None and aim[0].target is not None:
        act[0].target = aim[0].target


def _aim_head(t):
    """The verb an act's purpose clause hangs on: the trigger, or for an event noun the verb whose object or
    "on" phrase it is ("*began* a hunger strike ... to protest", "*staged* a sit-in to demand"; round sb74)."""
    if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("obj", "dobj", "obl") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return t


#: protest (CAMEO 14) told with its manner: an -ing clause of what the crowd did while it protested
_MANNER_ROOTS = frozenset({"14"})


def _manner_of(a, b) -> bool:
    """b's trigger is a bare -ing clause on a's verb (or the next -ing clause joined to one) and both are protest:
    "students *rallied* outside parliament, *waving* flags and *chanting* against the government" tells one rally,
    its manner in the participles (round sb74). Not with a subordinator or a subject of its own ("*after* marching
    ...", "*with* police watching"), and not across roots: "rallied ..., *blocking* a highway" is a protest told with
    a blockade (144 is its own event; the 14 roots share the key only where both are the same code root)."""
    ea, eb = a[0], b[0]
    if ea.cameo[:2] not in _MANNER_ROOTS or eb.cameo[:2] != ea.cameo[:2] or eb.cameo[:3] != ea.cameo[:3]:
        return False
    ta, tb = a[3].trigger, b[3].trigger
    first = tb
    while first.dep_ == "conj" and first.head.i != first.i and first.head.tag_ == "VBG":
        first = first.head
    if tb.tag_ != "VBG" or first.tag_ != "VBG" or first.dep_ not in ("advcl", "xcomp") or first.head.i != ta.i:
        return False
    if ta.pos_ != "VERB" or first.i < ta.i:
        return False
    return not any(ch.dep_ in ("mark", "case", "nsubj", "nsubj:pass", "expl") for t in {tb, first} for ch in t.children)


def _setting_of(a, b) -> bool:
    """b's trigger is a noun naming the encounter in which a's verb happened ("troops *killed* five smugglers
    *in a clash* on the border"; ``coding_checks._doer_told``): one act by the same parties; the verb, which tells
    what was done, is the event."""
    ta, tb = a[3].trigger, b[3].trigger
    return (ta.pos_ == "VERB" and tb.pos_ == "NOUN" and tb.dep_ == "obl" and tb.head.i == ta.i
            and any(ch.dep_ == "case" and ch.lower_ in ("in", "during") for ch in tb.children))


def _specific(e) -> tuple:
    ev = e[0]
    return (ev.source is not None, ev.cameo != "190", len(ev.cameo), e[2])


def _drop_frame_nouns(events: list) -> list:
    """"Nine militants were killed *in a combined raid* by Iraqi and Kurdish forces": a noun that is not itself violence,
    in the "in / during / by" phrase of a coded verb of violence, is the frame of that violence, not an event of
    its own (its arguments are the killing's)."""
    frames = {h.i for _e, _i, _c, cand in events if not cand.nominal and cand.code[:2] in VIOLENT_ROOTS
              for cs, h in _prep_args(cand.trigger) if cs & {"in", "during", "by"}}
    if not frames:
        return events
    return [ev for ev in events if not (ev[3].nominal and ev[3].trigger.i in frames
                                        and ev[3].code[:2] not in VIOLENT_ROOTS | {"17"})]
