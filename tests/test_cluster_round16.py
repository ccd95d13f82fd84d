"""The sixteenth round's clustering rules, on records and mentions built by hand (no model), each checked both ways.

Words for the two parties just named that the coder gives as both the source and the target ("Ruto hosted Merz,
and the two governments signed an agreement": source "the two governments" with Kenya's code, target the same words
with Germany's) are those parties, as the same words with no target already were. For the one match (two groups
that are each other's clear best), a root's generic code of force and a code of that root ("struck", 190; "an air
strike", 195) are one act, as one three-digit code is; in the verbal roots they stay two."""

from __future__ import annotations

from datetime import date, timedelta

from lapwing.schema import Actor, Article, ArticleRecord, Event, Span, Trigger
from lapwing.store.clustering import cluster
from lapwing.store.evidence import compare_codes
from lapwing.store.mentions import ActorKey, Mention, PlaceKey, mentions_of

# ------------------------------------------------------------------------------------ the two parties, both roles


def _actor(text: str, country: str | None, sector: str | None = "GOV", kind: str = "person") -> Actor:
    return Actor(text=text, country=country, sector=sector, start=0, end=len(text), kind=kind)


def _visit_and_deal(text: str, source: str, target: str | None, countries: tuple[str | None, str | None],
                    first: tuple[str, str] = ("KEN", "DEU"), aid: str = "wire") -> ArticleRecord:
    """A visit (the host of ``first[0]`` receives a leader of ``first[1]``), then a deal whose source is ``source``
    and whose target is ``target`` (the coder's codes ``countries``), in the sentences of ``text``."""
    hosted, signed = text.index("hosted"), text.index("signed")
    stop = text.find(". ")
    s1 = Span(start=0, end=stop + 1) if 0 <= stop < signed else Span(start=0, end=len(text))
    s2 = Span(start=stop + 2, end=len(text)) if 0 <= stop < signed else s1
    evs = [
        Event(cameo="043", quad_class=1, goldstein=2.8, plover=None, sentence=s1,
              trigger=Trigger(text="hosted", start=hosted, end=hosted + 6), date="2026-09-01", date_source="text",
              source=_actor("President Amani Kiprono", first[0]), target=_actor("Chancellor Lena Brandt", first[1])),
        Event(cameo="057", quad_class=1, goldstein=8.0, plover=None, sentence=s2,
              trigger=Trigger(text="signed", start=signed, end=signed + 6), date="2026-09-01", date_source="text",
              source=_actor(source, countries[0], kind="agent"),
              target=None if target is None else _actor(target, countries[1], kind="agent")),
    ]
    return ArticleRecord(article=Article(id=aid, text=text, published="2026-09-01T14:00:00"), events=evs)


def _brief(aid: str, a: str, a_code: str, b: str, b_code: str) -> ArticleRecord:
    text = f"{a}, {b} sign labour deal."
    t0 = text.index("sign")
    ev = Event(cameo="057", quad_class=1, goldstein=8.0, plover=None, sentence=Span(start=0, end=len(text)),
               trigger=Trigger(text="sign", start=t0, end=t0 + 4), date="2026-09-01", date_source="published",
               source=Actor(text=a, country=a_code, start=0, end=len(a), kind="gpe"),
               target=Actor(text=b, country=b_code, start=len(a) + 2, end=len(a) + 2 + len(b), kind="gpe"))
    return ArticleRecord(article=Article(id=aid, text=text, published="2026-09-01T12:45:00"), events=[ev])


def test_the_two_parties_given_as_source_and_target_are_the_parties_just_named():
    for text, words in [
        ("President Amani Kiprono hosted Chancellor Lena Brandt in Nairobi on Tuesday, and the two governments "
         "signed an agreement on skilled workers.", "the two governments"),
        ("President Amani Kiprono hosted Chancellor Lena Brandt in Nairobi on Tuesday. The two leaders signed a "
         "labour pact.", "The two leaders"),
        ("President Amani Kiprono hosted Chancellor Lena Brandt at State House, and both sides signed seven deals.",
         "both sides"),
    ]:
        deal = mentions_of(_visit_and_deal(text, words, words, ("KEN", "KEN")))[1]
        assert (deal.source.country, deal.target.country) == ("KEN", "DEU"), text
        assert not deal.source.names and not deal.target.names  # the governments, not the persons who met
        # so the deal joins a headline that names the two countries, in either order, and not another pair's deal
        assert compare_codes(deal, mentions_of(_brief("flash", "Germany", "DEU", "Kenya", "KEN"))[0]) is not None
        assert compare_codes(deal, mentions_of(_brief("flash", "Kenya", "KEN", "Germany", "DEU"))[0]) is not None
        assert compare_codes(deal, mentions_of(_brief("other", "Ghana", "GHA", "Germany", "DEU"))[0]) is None


def test_the_same_words_keep_no_country_without_two_parties_named_before_them():
    # the deal comes first: no parties were named before the words
    text = "The two governments signed a labour pact after President Amani Kiprono hosted Chancellor Lena Brandt."
    rec = _visit_and_deal(text, "The two governments", "The two governments", ("KEN", "DEU"))
    rec.events.reverse()
    deal = next(m for m in mentions_of(rec) if m.cameo == "057")
    assert deal.source.country is None and deal.target.country is None
    # a named target is no word for the two parties: the coder's actors stand
    text = ("President Amani Kiprono hosted Chancellor Lena Brandt on Tuesday, and the two governments signed a deal "
            "with Ghana.")
    deal = mentions_of(_visit_and_deal(text, "the two governments", "Ghana", (None, "GHA")))[1]
    assert deal.target.country == "GHA" and deal.source.country is None
    # one meeting's host and guest of one country name no two parties
    text = "President Amani Kiprono hosted Governor Ruth Wanjiru on Tuesday, and the two leaders signed a pact."
    deal = mentions_of(_visit_and_deal(text, "the two leaders", "the two leaders", ("KEN", "KEN"),
                                       first=("KEN", "KEN")))[1]
    assert deal.source.country is None and deal.target.country is None


# ------------------------------------------------------------------------------------ a root's generic code, one act

BEIRUT = PlaceKey("Beirut", "LBN", 33.89, 35.50, "city")
TYRE = PlaceKey("Tyre", "LBN", 33.27, 35.20, "city")


def _m(aid: str, cameo: str, src: ActorKey | None, tgt: ActorKey | None, day: str, place: PlaceKey | None,
       sentence: str, precise: bool = True) -> Mention:
    d = date.fromisoformat(day)
    d0 = d if precise else d - timedelta(days=3)
    return Mention(aid, 0, cameo, None, 4, -10.0, "asserted", src, tgt, d0, d, precise, place, sentence,
                   day + "T12:00:00", aid, 0.8)


ISRAELI_FORCES = ActorKey("Israeli forces", "ISR", "MIL", frozenset())
ISRAEL = ActorKey("Israel", "ISR", None, frozenset(), state=True)


def test_a_generic_act_of_force_and_its_specific_code_are_each_others_one_match():
    struck = _m("army", "190", ISRAELI_FORCES, None, "2026-11-23", BEIRUT,
                "Israeli forces struck a building on Sunday, the army said in a statement.")
    air = _m("flash", "195", ISRAEL, None, "2026-11-23", BEIRUT, "Beirut hit by air raid.", precise=False)
    assert [sorted(c.members) for c in cluster([struck, air])] == [[0, 1]]
    # another town that day: the places contradict, nothing joins
    tyre = _m("flash", "195", ISRAEL, None, "2026-11-23", TYRE, "Tyre hit by air raid.", precise=False)
    assert len(cluster([struck, tyre])) == 2
    # two specific codes of the root (an air strike, 195; small arms, 193) are two acts: nothing joins
    shots = _m("army", "193", ISRAELI_FORCES, None, "2026-11-23", BEIRUT,
               "Israeli forces opened fire on a building on Sunday, the army said in a statement.")
    assert len(cluster([shots, air])) == 2


def test_two_codes_of_a_verbal_root_are_not_one_act_for_the_one_match():
    """A meeting (040) and a negotiation (046) of the same parties that week: two acts, unless the links join them."""
    met = _m("a", "040", ActorKey("the junta", "MMR", "GOV", frozenset()), None, "2026-02-02", None,
             "Junta envoys met on Monday, state media said.")
    talks = _m("b", "046", ActorKey("the regime", "MMR", "GOV", frozenset()), None, "2026-02-02", None,
               "Negotiations in Kunming ended.", precise=False)
    assert len(cluster([met, talks])) == 2
