"""Where international bodies sit: a story about the body's own act is filed from its seat ("BRUSSELS, Sept 20 -
The European Union imposed sanctions on ..."), so the dateline's country is the body's, not a third party's.

Data, with its reason: the country of each body's headquarters (the seat the body's own announcements come from).
The United Nations announces from New York and Geneva; the courts from The Hague.
"""

from __future__ import annotations

#: Body code (lexicons/countries.tsv) -> the countries of its seats.
SEATS: dict[str, frozenset[str]] = {
    "UNO": frozenset({"USA", "CHE"}),  # New York; Geneva (the human-rights and humanitarian offices)
    "EUR": frozenset({"BEL"}),  # Brussels: the Commission and the Council
    "NAT": frozenset({"BEL"}),  # Brussels
    "AFR": frozenset({"ETH"}),  # Addis Ababa
    "ARL": frozenset({"EGY"}),  # Cairo
    "ASN": frozenset({"IDN"}),  # Jakarta
    "OAS": frozenset({"USA"}),  # Washington
    "OPC": frozenset({"AUT"}),  # Vienna
    "OIC": frozenset({"SAU"}),  # Jeddah
    "GCC": frozenset({"SAU"}),  # Riyadh
    "ECW": frozenset({"NGA"}),  # Abuja
    "SAD": frozenset({"BWA"}),  # Gaborone
    "IGD": frozenset({"DJI"}),  # Djibouti
    "EAC": frozenset({"TZA"}),  # Arusha
    "PIF": frozenset({"FJI"}),  # Suva
    "OSC": frozenset({"AUT"}),  # Vienna
    "IMF": frozenset({"USA"}),  # Washington
    "WBK": frozenset({"USA"}),  # Washington
    "WTO": frozenset({"CHE"}),  # Geneva
    "ICC": frozenset({"NLD"}),  # The Hague
    "ICJ": frozenset({"NLD"}),  # The Hague
}


def with_seats(parties: frozenset[str]) -> frozenset[str]:
    """The parties' countries, with the seats of the bodies among them: a dateline in Brussels is the EU's own."""
    extra = [SEATS[p] for p in parties if p in SEATS]
    return parties.union(*extra) if extra else parties
