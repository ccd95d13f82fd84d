"""The nouns a nationality or agent word owns: "Israeli tanks", "Syrian officers", "a US offer", "a police
raid" (the word names who the noun belongs to or whose act it is), against "an army base", "Turkish
prices" (a modifier only)."""

from __future__ import annotations

#: nouns whose nationality or agent modifier names who they belong to or whose act they are: armed
#: units and weapons ("Israeli tanks", "Saudi warplanes"), people ("Syrian officers"), and events with
#: a doer ("a US offer", "the Russian invasion", "a police raid"); a country word on any other noun
#: ("Turkish prices", "the Venezuela crisis", "an army base") stays a modifier
ARMED_NOUNS = frozenset({
    "tank", "warplane", "jet", "aircraft", "plane", "helicopter", "gunship", "drone", "artillery", "warship",
    "gunboat", "frigate", "destroyer", "submarine", "battleship", "missile", "rocket", "bomber", "battery",
    "convoy", "patrol", "sniper", "commando", "paratrooper", "unit", "battalion", "brigade", "regiment",
    "division", "squadron", "fleet", "navy", "militiaman", "gunman", "fighter", "soldier", "troop",
})
PERSON_NOUNS = frozenset({
    "officer", "commander", "general", "colonel", "captain", "agent", "envoy", "mediator", "negotiator",
    "diplomat", "delegate", "delegation", "representative", "emissary", "counterpart", "authority",
    "national", "citizen", "pilot", "guard",
    # people an event is done to, named by their country ("denied [two Swiss *journalists*] entry")
    "journalist", "reporter", "fisherman", "worker", "dissident", "refugee", "migrant", "tourist", "student",
    "activist", "prisoner", "detainee", "hostage", "sailor", "seaman", "trader", "businessman", "passenger",
    "pilgrim", "interpreter", "athlete", "scientist", "researcher", "volunteer", "missionary", "asylum-seeker",
})
EVENT_NOUNS = frozenset({
    "offer", "proposal", "invasion", "incursion", "attack", "offensive", "raid", "strike", "airstrike",
    "air-strike", "bombing", "bombardment", "shelling", "operation", "intervention", "occupation",
    "blockade", "embargo", "sanction", "crackdown", "ultimatum", "threat", "demand", "request", "initiative",
    "plan", "mediation", "aid", "assistance", "veto", "warning", "protest", "appeal", "pledge", "overture",
    "deployment", "withdrawal", "pullout", "expulsion", "arrest", "detention", "seizure", "assault",
})


def owned_noun(head, agent: bool) -> bool:
    """A country word (or, for an agent word, an event noun) on ``head`` is the head's owner or doer:
    "Israeli tanks", "Syrian officers", "a US offer", "a police raid" (not "an army base")."""
    lemma = head.lemma_.lower()
    if agent:
        return head.pos_ == "NOUN" and lemma in EVENT_NOUNS
    return head.pos_ == "NOUN" and (lemma in ARMED_NOUNS or lemma in PERSON_NOUNS or lemma in EVENT_NOUNS)

#: places and installations a nationality word says whose they are when an event acts on them ("attacked
#: an *Iraqi* army base", "captured a *Syrian* outpost", "stormed the *US* embassy"): used only by
#: :func:`lapwing.extract.actors.owner_country`, for the owner of an event's object, never to make the
#: modifier an actor mention of its own
OWNED_PLACES = frozenset({
    "base", "airbase", "outpost", "barracks", "garrison", "checkpoint", "headquarters", "embassy", "consulate",
    "position", "installation", "territory", "airspace", "waters", "border", "post", "fort", "camp",
})
