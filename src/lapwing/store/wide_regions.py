"""Regions that hold first-order divisions: a place named by the wider area and a town of a division inside it.

Outlets name a place by the area their readers know: "off the coast of Puntland", "in Darfur", "in northern Mali's
Azawad". The gazetteer knows these areas as regions of their own (Lapwing's admin1 lexicon), while it ties each town
to its GeoNames first-order division: Eyl lies in Nugaal, Nyala in South Darfur, Timbuktu in Tombouctou. A region
contradicts a town of another division; these areas hold the divisions listed here, so a town of one of them lies in
the area ("pirates hijacked a bulk carrier off Puntland", "boarded the carrier east of Eyl": one place). Each entry
is (country, the area as the gazetteer names it) -> the GeoNames names of the divisions it holds, with its reason:

* Puntland, a federal member state of Somalia: Bari, Nugaal, Mudug's north, and Sool and Sanaag (which
  Somaliland claims too: both areas hold them, as outlets on either side write);
* Somaliland, self-declared state in Somalia's north-west: Woqooyi Galbeed, Togdheer, Awdal, Sool, Sanaag;
* Jubaland, a federal member state of Somalia: Jubbada Hoose, Jubbada Dhexe, Gedo;
* Darfur, Sudan's western region, split into states: North, South and West Darfur (GeoNames' names);
* Kordofan, Sudan's central region: North and South Kordofan;
* Azawad, the north of Mali as its rebels name it: Tombouctou, Gao, Kidal;
* Ogaden, the Somali Region of Ethiopia by its older name: Somali;
* the West Bank and the Gaza Strip, each a first-order division of Palestine in GeoNames that holds its towns
  (Janin, Nablus), while the governorates named like those towns are divisions of their own ("the Jenin camp" read
  as the Jenin governorate): the West Bank holds its eleven governorates, the Gaza Strip its five.
"""

from __future__ import annotations

HOLDS: dict[tuple[str, str], frozenset[str]] = {
    ("SOM", "Puntland"): frozenset({"Bari", "Nugaal", "Mudug", "Sool", "Sanaag"}),
    ("SOM", "Somaliland"): frozenset({"Woqooyi Galbeed", "Togdheer", "Awdal", "Sool", "Sanaag"}),
    ("SOM", "Jubaland"): frozenset({"Jubbada Hoose", "Jubbada Dhexe", "Gedo"}),
    ("SDN", "Darfur"): frozenset({"North Darfur", "South Darfur", "West Darfur"}),
    ("SDN", "Kordofan"): frozenset({"North Kordofan", "South Kordofan"}),
    ("MLI", "Azawad"): frozenset({"Tombouctou", "Gao", "Kidal"}),
    ("ETH", "Ogaden"): frozenset({"Somali"}),
    ("PSE", "West Bank"): frozenset({"Jenin", "Tubas", "Tulkarm", "Nablus", "Qalqilya", "Salfit", "Ramallah",
                                     "Jericho and Al Aghwar", "Jerusalem", "Bethlehem", "Hebron"}),
    ("PSE", "Gaza Strip"): frozenset({"North Gaza", "Gaza", "Deir El Balah", "Khan Yunis", "Rafah"}),
}
#: How much a wider area and a town or division inside it agree: as a country and its city do (they are one
#: place, but the area says little where in it).
HELD_AGREEMENT = 0.3


def held_in(country: str | None, area: str | None, division: str | None) -> bool:
    """The division ``division`` (a GeoNames first-order division's name) lies in the wider area ``area``."""
    return bool(country and area and division) and division in HOLDS.get((country, area), frozenset())


def one_area(country_a: str | None, admin1_a: str | None, country_b: str | None, admin1_b: str | None) -> bool:
    """Two first-order names of one country of which one is a wider area holding the other."""
    return country_a == country_b and (held_in(country_a, admin1_a, admin1_b) or held_in(country_b, admin1_b, admin1_a))
