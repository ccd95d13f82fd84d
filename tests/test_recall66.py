"""Recall on unseen news by PLOVER type (session 34, round rc66, issue 10): what a reader sees that the coder misses.

Classes found by reading, type by type, sentences of a blind sample of VOA and Reuters stories that hold a cue word of
the type and got no event of it; fixed with general rules:

* members of one multinational body meeting among themselves ("EU leaders met in Brussels", "G7 foreign ministers
  discussed Iran's nuclear programme"): CONSULT (040) with the body as source and no partner named; new frame
  condition ``srcbody`` (a plural source the actors code as an organisation: EU, NATO, African Union, G7, ...; not one
  state's officials, not an NGO); patterns ``meet_body``, ``discuss_body``;
* a repeated demand whose that-clause the parser hangs on the verb past a time phrase ("reiterated its demand *on
  Monday* that Turkey withdraw its troops"): a demand (10), patterns ``reiterate|repeat|renew|restate_demand_that_v``,
  tried before the statement reading of "reiterate" / "repeat";
* support told as something the supported party has, won, received, secured, enjoys or gained ("the plan has the
  backing of India", "won the support of France"): 051 with the of-phrase's party as source and the subject as
  target, a political supporter only (``have|win|receive|secure|enjoy|gain|get_support_of``);
* a ban on the supply, delivery or transfer of goods (``ban_imports`` widened; the to-phrase's party as target);
* a penalty dealt "with" a levy or by "slapping" a party with sanctions ("hit Mexico with a new levy", "slapped Russia
  with new sanctions"): 163, ``hit_with_sanctions`` (levy added), ``slap_with_sanctions``.

Each positive gives an event whose code starts with the stated code, with the stated source and target country
("" = not checked; "-" = no target). Controls must give no event of the round's rules. All sentences were written for
Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

POSITIVE = [
    # meet_body / discuss_body
    ("EU leaders met in Brussels on Thursday.", "040", "EUR", "-"),
    ("G7 foreign ministers met in Canada this week.", "040", "", "-"),
    ("African Union heads of state met in Addis Ababa to discuss the conflict.", "040", "AFR", "-"),
    ("NATO defence ministers discussed air defences for Ukraine in Brussels.", "040", "NAT", "-"),
    ("EU finance ministers discussed the new budget rules on Tuesday.", "040", "EUR", "-"),
    # a repeated demand with a that-clause hung on the verb
    ("The Iraqi government reiterated its demand on Monday that Turkey withdraw its troops.", "10", "IRQ", "TUR"),
    ("The teachers repeated their demand on Monday that the ministry pay their salaries.", "10", "", ""),
    ("The Greek government restated its demand on Sunday that Turkey halt the drilling.", "10", "GRC", "TUR"),
    ("The Nigerian union renewed its demand on Monday that the government pay the arrears.", "10", "NGA", "NGA"),
    # penalties dealt "with" a levy, or slapped
    ("Washington hit Mexico last week with a new 25% levy on steel.", "163", "USA", "MEX"),
    ("The European Union slapped Russia with new sanctions.", "163", "EUR", "RUS"),
    ("Canada slapped China with duties on electric cars.", "163", "CAN", "CHN"),
    # support told as a thing the supported party has, won or received: the supporter in the of-phrase
    ("The proposed accord also has the backing of India.", "051", "IND", ""),
    ("The French resolution won the support of Germany and Italy.", "051", "DEU", "FRA"),
    ("The Kenyan plan has received the backing of the African Union.", "051", "AFR", "KEN"),
    ("The Somali president secured the backing of Ethiopia for the plan.", "051", "ETH", "SOM"),
    ("The Serbian government enjoys the support of Russia.", "051", "RUS", "SRB"),
    ("The Palestinian request gained the support of Ireland and Spain.", "051", "IRL", "PSE"),
    # a ban on the supply of goods
    ("The United States has banned the supply of advanced chips to China.", "163", "USA", "CHN"),
    ("Russia banned the delivery of Georgian wine.", "163", "RUS", ""),
]

CONTROLS = [  # none of the round's rules may fire
    "Iranian officials met in Tehran on Monday.",
    "Chinese leaders discussed the economy at a party meeting.",
    "The EU's foreign policy chief discussed the crisis in Gaza.",
    "Opposition leaders met in Nairobi on Monday.",
    "Shareholders met on Friday to discuss the merger.",
    "Amnesty researchers met in London on Monday.",
    "The EU reiterated its position on Monday that the sanctions will remain in place.",
    "The minister repeated his claim on Friday that the economy was growing.",
    "The referee slapped the player with a fine.",
    "The storm hit the coast with heavy rain.",
    "The boxer hit his rival with a left hook.",
    "The plan has the support of most economists.",
    "The team has the support of its fans.",
    "The company won the backing of its shareholders.",
    "The patients receive the support of nurses.",
    "The measure has the support of about 60% of voters.",
    "The hospital banned the delivery of flowers to the wards.",
]

_RULES = ("meet_body", "discuss_body", "reiterate_demand_that_v", "repeat_demand_that_v", "renew_demand_that_v",
          "restate_demand_that_v", "hit_with_sanctions", "slap_with_sanctions", "ban_imports", "have_support_of",
          "win_support_of", "receive_support_of", "secure_support_of", "enjoy_support_of", "gain_support_of",
          "get_support_of")


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2026-11-02")).events


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_clear_act_coded(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo and e.cameo.startswith(code) and e.status in ("asserted", "attributed")
            and (not src or (e.source is not None and e.source.country == src))
            and (not tgt or (e.target is None if tgt == "-" else (e.target is not None and e.target.country == tgt)))]
    got = [(e.cameo, e.rule, e.status, e.source and e.source.country, e.target and e.target.country) for e in evs]
    assert hits, f"{text!r}: expected {code} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", CONTROLS)
def test_control_not_coded(pipe, text):
    evs = [e for e in _events(pipe, text) if e.rule in _RULES or (e.cameo and e.cameo.startswith(("04", "05", "10", "16")))]
    assert not evs, f"{text!r} must not be coded, got {[(e.cameo, e.rule) for e in evs]}"
