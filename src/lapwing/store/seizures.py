"""A ship taken by force: one happening the coder gives codes of three roots.

Outlets name the taking of a ship with different verbs, and the event coder gives each verb its own code: "seized",
"impounded", "confiscated" or "detained the tanker" is a seizure of property (1711), "hijacked" an abduction (181),
"boarded" or "attacked" a use of force (190) and "took control of" an occupation (192). They are one act whenever the
thing taken is a vessel: a navy that seizes a tanker boards it, and pirates who hijack a bulk carrier board and
attack it. The root families keep 17 (coercion: arrests, curfews, seizures of goods) apart from 18-20 (assault and
force), so a seizure of a vessel is compared with the force family (its block), and agrees with the codes a
boarding, a hijacking or an attack are given, when both sentences name a vessel (``VESSEL``).

A **hijacking at sea and a kidnapping ashore** are two acts: two abductions (181), one whose sentence names a vessel or
its crew ("Pirates hijacked a Yemeni fishing dhow near Socotra", "its 21 crew were taken hostage") and one whose
sentence names a place ashore and no vessel ("Gunmen seized 40 pupils in a raid on a school"), never join, however close their days and
their armed men ("pirates" and "gunmen" are one sector family).

Only seizures (1711): a ship set on fire (1712) is told inside the attack that did it ("fired a missile at a tanker,
setting it on fire") and is coded apart by the coder on purpose; a seizure of goods, money or documents, and an
arrest of a crew (173), stay coercion.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from lapwing.store.mentions import Mention

#: The code of a seizure of property (CAMEO 1711: confiscate property).
SEIZURE = "1711"
#: The family a seizure of a vessel is compared with: assault, fight and mass violence (18-20).
SEIZURE_BLOCK = "18"
#: The codes other outlets give the taking of a ship, each with the verb that gets it: "hijacked" (181: abduct,
#: hijack or take hostage), "boarded", "attacked" (190: use conventional force), "took control of" (192: occupy).
SEIZURE_AS_FORCE = frozenset({"181", "190", "192"})
#: How much a seizure and a boarding or a hijacking of a vessel agree on the type: as two roots of one family do.
SEIZURE_AGREEMENT = 0.4
#: Words for a vessel (a ship's kind or the word for any ship).
VESSEL = re.compile(r"\b(?:ships?|vessels?|tankers?|boats?|trawlers?|freighters?|(?:bulk|car|gas|cargo)\s+carriers?|"
                    r"dhows?|ferr(?:y|ies)|yachts?|barges?|jiggers?|tugs?|skiffs?|supertankers?)\b", re.IGNORECASE)


#: The people of a vessel: an abduction of its crew is told at sea even when the ship is named only by its name.
CREW = re.compile(r"\b(?:crew(?:s|men|\s+members)?|sailors|seafarers|mariners|fishermen)\b", re.IGNORECASE)
#: The code of an abduction, a hijacking or a hostage-taking.
ABDUCTION = "181"


def at_sea(sentence: str) -> bool:
    return bool(VESSEL.search(sentence) or CREW.search(sentence))


#: Places ashore an abduction's sentence names: where people are kidnapped on land.
SHORE = re.compile(r"\b(?:schools?|college|university|villages?|church|mosque|highway|road|homes?|houses?|farms?|"
                   r"market|camp|hospital|hotel|mine)\b", re.IGNORECASE)


def ashore(sentence: str) -> bool:
    return not at_sea(sentence) and bool(SHORE.search(sentence))


def sea_and_shore(m: Mention, n: Mention) -> bool:
    """Two abductions (181), one told at sea (a vessel or its crew) and one ashore (a school, a village, a road, and
    no vessel): two acts. A sentence that names neither ("pirates hijacked the Sea Pearl") contradicts nothing."""
    return m.cameo[:3] == n.cameo[:3] == ABDUCTION and (
        (at_sea(m.sentence) and ashore(n.sentence)) or (ashore(m.sentence) and at_sea(n.sentence)))


#: Words for a site a state takes over: "nationalised the Kiaka Ridge gold mine" (1711), "The junta seized the mine"
#: (192: occupy). A site is occupied, not hijacked or boarded: only the occupation (192) is another report's word.
SITE = re.compile(r"\b(?:mines?|oil\s*fields?|gas\s*fields?|refiner(?:y|ies)|(?:power|nuclear)\s+plants?)\b", re.IGNORECASE)
OCCUPATION = frozenset({"192"})


def names_vessel(sentence: str) -> bool:
    return bool(VESSEL.search(sentence))


def names_site(sentence: str) -> bool:
    return bool(SITE.search(sentence))


def seized_vessel(m: Mention) -> bool:
    """A seizure (1711) whose sentence names a vessel ("Iran's navy seized the tanker", "detained the vessel") or a
    site ("nationalised the gold mine"): compared with the acts of force."""
    return m.cameo.startswith(SEIZURE) and (names_vessel(m.sentence) or names_site(m.sentence))


def one_seizure(m: Mention, n: Mention) -> bool:
    """``m`` and ``n`` are a seizure of a vessel and a hijacking, boarding or attack of a vessel, or a seizure of a
    site and its occupation, in either order."""
    for a, b in ((m, n), (n, m)):
        if not a.cameo.startswith(SEIZURE):
            continue
        if names_vessel(a.sentence) and b.cameo[:3] in SEIZURE_AS_FORCE and names_vessel(b.sentence):
            return True
        if names_site(a.sentence) and b.cameo[:3] in OCCUPATION and names_site(b.sentence):
            return True
    return False
