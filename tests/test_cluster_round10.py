"""The tenth round's clustering rules, on mentions and records built by hand (no model), each checked both
ways: an acronym names the actor whose initials it spells ("EU" and "the European Union"). The cluster gold
set's figures are checked in tests/test_happenings.py."""

from __future__ import annotations

from datetime import date

from lapwing.store.evidence import compare, same_name
from lapwing.store.mentions import ActorKey, Mention, PlaceKey

BRUSSELS = PlaceKey("Brussels", "BEL", 50.85, 4.35, "city")


def _actor(text: str, country: str | None, sector: str | None, names: tuple[str, ...] = ()) -> ActorKey:
    return ActorKey(text, country, sector, frozenset(names))


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str,
       place: PlaceKey | None = None, sentence: str = "") -> Mention:
    d = date.fromisoformat(day)
    return Mention(aid, 0, cameo, None, 4, -5.0, "asserted", src, tgt, d, d, True, place, sentence, day, aid, 0.8)


IRAN_OFFICIALS = _actor("eight Iranian officials", "IRN", "GOV")


def test_an_acronym_names_the_actor_whose_initials_it_spells():
    assert same_name(frozenset({"eu"}), frozenset({"european", "union"}))
    assert same_name(frozenset({"tnla"}), frozenset({"ta'ang", "national", "liberation", "army"}))
    # other initials, a long word, or one name word against one are other actors
    assert not same_name(frozenset({"un"}), frozenset({"european", "union"}))
    assert not same_name(frozenset({"eu"}), frozenset({"union"}))
    assert not same_name(frozenset({"european"}), frozenset({"economic", "union"}))
    eu = _actor("EU", "EUR", "IGO", ("eu",))
    union = _actor("The European Union", "EUR", "IGO", ("european", "union"))
    brief = _m("brief", "163", eu, IRAN_OFFICIALS, "2026-01-26")
    wire = _m("wire", "163", union, IRAN_OFFICIALS, "2026-01-26", BRUSSELS)
    assert compare(brief, wire) is not None
    # the initials of another body do not make it the same actor
    asean = _actor("The Association of Southeast Asian Nations", "EUR", "IGO", ("association", "southeast", "asian", "nations"))
    assert compare(brief, _m("other", "163", asean, IRAN_OFFICIALS, "2026-01-26")) is None
