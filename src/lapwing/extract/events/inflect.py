"""Inflections of trigger lemmas, for matching triggers on their surface form.

The trained lemmatiser is good but not perfect ("planned" -> "plann"); the event lexicon therefore
also matches triggers on the inflected forms generated here (regular rules plus ``IRREGULAR``).
"""

from __future__ import annotations

IRREGULAR = {
    "meet": ("met",), "fight": ("fought",), "take": ("took", "taken"), "hold": ("held",),
    "beat": ("beaten",), "strike": ("struck", "stricken"), "shoot": ("shot",), "flee": ("fled",),
    "give": ("gave", "given"), "send": ("sent",), "lead": ("led",), "break": ("broke", "broken"),
    "speak": ("spoke", "spoken"), "say": ("said",), "tell": ("told",), "leave": ("left",),
    "bring": ("brought",), "freeze": ("froze", "frozen"), "withdraw": ("withdrew", "withdrawn"),
    "overthrow": ("overthrew", "overthrown"), "undertake": ("undertook", "undertaken"),
    "seek": ("sought",), "make": ("made",), "blow": ("blew", "blown"), "throw": ("threw", "thrown"),
    "forgive": ("forgave", "forgiven"), "lay": ("laid",), "slay": ("slew", "slain"),
    "swear": ("swore", "sworn"), "overrun": ("overran",), "retake": ("retook", "retaken"),
    "stand": ("stood",), "win": ("won",), "bid": ("bid",), "set": ("set",), "put": ("put",),
    "cut": ("cut",), "hit": ("hit",), "shut": ("shut",), "spread": ("spread",), "quit": ("quit",),
    "mistake": ("mistook", "mistaken"), "begin": ("began", "begun"), "run": ("ran",),
    "sell": ("sold",), "buy": ("bought",), "keep": ("kept",), "draw": ("drew", "drawn"),
    "steal": ("stole", "stolen"), "forbid": ("forbade", "forbidden"), "arise": ("arose", "arisen"),
    "go": ("went", "gone"), "come": ("came",), "stick": ("stuck",), "hang": ("hung", "hanged"),
    "seize": (), "ride": ("rode", "ridden"), "drive": ("drove", "driven"), "write": ("wrote", "written"),
    "shake": ("shook", "shaken"), "rise": ("rose", "risen"), "fall": ("fell", "fallen"),
    "feel": ("felt",), "find": ("found",), "grind": ("ground",), "wage": (), "sting": ("stung",),
    "sweep": ("swept",), "bear": ("bore", "borne"), "tear": ("tore", "torn"),
    "wear": ("wore", "worn"), "shed": ("shed",), "spit": ("spat",), "split": ("split",),
    "sink": ("sank", "sunk"), "fly": ("flew", "flown"), "choose": ("chose", "chosen"),
    "think": ("thought",), "teach": ("taught",), "catch": ("caught",), "spend": ("spent",),
    "lose": ("lost",), "pay": ("paid",), "hear": ("heard",), "understand": ("understood",),
    "get": ("got", "gotten"), "do": ("did", "done"), "be": ("was", "were", "been", "is", "are"),
    "have": ("had", "has"), "see": ("saw", "seen"), "know": ("knew", "known"), "grow": ("grew", "grown"),
    "show": ("shown",), "build": ("built",), "send off": (), "mislead": ("misled",),
    "outlaw": (), "undergo": ("underwent", "undergone"), "oversee": ("oversaw", "overseen"),
    "foresee": ("foresaw", "foreseen"), "withhold": ("withheld",), "uphold": ("upheld",),
    "slit": ("slit",), "bleed": ("bled",), "breed": ("bred",), "feed": ("fed",), "bind": ("bound",),
}
_VOWELS = set("aeiou")


def inflections(lemma: str, pos: str = "V") -> set[str]:
    """Surface forms of a trigger lemma (regular inflection plus the irregular table)."""
    w = lemma.lower()
    forms = {w}
    if pos == "N":
        if w.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(w + "es")
        elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
            forms.add(w[:-1] + "ies")
        else:
            forms.add(w + "s")
        return forms
    if pos == "A":
        return forms
    forms.update(IRREGULAR.get(w, ()))
    # third person
    if w.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(w + "es")
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms.add(w[:-1] + "ies")
    else:
        forms.add(w + "s")
    # past / participle / gerund
    if w.endswith("e"):
        forms.update({w + "d", w[:-1] + "ing"})
        if w.endswith("ie"):
            forms.add(w[:-2] + "ying")
    elif w.endswith("y") and len(w) > 2 and w[-2] not in _VOWELS:
        forms.update({w[:-1] + "ied", w + "ing"})
    else:
        forms.update({w + "ed", w + "ing"})
        # consonant doubling for short CVC verbs (plan -> planned, ban -> banned, stab -> stabbed)
        if (len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS
                and w[-3] not in _VOWELS):
            forms.update({w + w[-1] + "ed", w + w[-1] + "ing"})
    return forms
