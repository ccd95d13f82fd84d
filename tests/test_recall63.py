"""Recall on unseen news (session 33, round rc63, issue 10): sentences with a clear act and no event.

Classes found by reading the sentences without an event in a blind sample of VOA stories, fixed with general rules:

* a light verb's participle after "have" on an event noun, read as the noun's adjective ("The militia have
  *intensified* attacks on ...", "has *relaunched* hostilities"): repair 254 (repair 12 for light verbs);
* an opening participle phrase, then a title and a name between commas, then the verb ("*Speaking* at ..., Kenya's
  envoy to the United Nations, Jane Doe, said ..."), the title hung on the participle and the speaker lost: repair 255;
* praise by crediting a party ("credited Ethiopia for its help", 051: ``credit_praise``);
* keeping a party out ("barred / prohibited the envoy from entering", 160: ``bar_from_entering``,
  ``prohibit_from_entering``);
* a statement dismissed "as" something with the as-phrase hung on the object ("dismissed the American statement as
  interference", 120: ``dismiss_obj_as``);
* a U.N. special rapporteur as an actor (the agents lexicon's person words: "rapporteur", "special rapporteur").

Each positive gives an event whose code starts with the stated code, with the stated source and target country
("" = not checked). Controls: the same words in sport, business and other plain uses, which must give no event of
the rules above. All sentences were written for Lapwing."""

from __future__ import annotations

import pytest

from lapwing.schema import Article

POSITIVE = [
    # repair 254: a light verb's participle after "have" on an event noun
    ("Houthi fighters have intensified attacks on Saudi border posts.", "19", "YEM", "SAU"),
    ("Al-Shabab fighters had intensified raids on Kenyan border towns.", "19", "SOM", "KEN"),
    ("The Sudanese army has escalated airstrikes on Khartoum.", "19", "SDN", "SDN"),
    ("The armed group has relaunched hostilities along the Congolese border.", "19", "", ""),
    ("The militia has intensified attacks on villages in the east.", "19", "", ""),
    ("Ukrainian forces have intensified drone strikes on Russian refineries.", "19", "UKR", ""),
    # repair 255: opening participle, title, name, verb
    ("Addressing the assembly on Friday, Ghana's ambassador to the African Union, Kwame Mensah, accused Togo of "
     "harbouring rebels.", "112", "GHA", "TGO"),
    ("Writing on social media late on Sunday, Poland's deputy foreign minister, Jan Nowak, criticized Hungary for "
     "blocking the aid package.", "111", "POL", "HUN"),
    ("Speaking at a briefing in New York on Thursday, Bolivia's permanent representative to the United Nations, "
     "Rosa Quispe, accused Chile of violating the accord.", "112", "BOL", "CHL"),
    ("Speaking to reporters in Lusaka, Zambia's foreign minister, Peter Banda, condemned the attack on the "
     "Zambian embassy.", "111", "ZMB", ""),
    # credit_praise
    ("The Brazilian president also credited Argentina and Chile for a helpful part in the negotiations.", "051", "BRA", "ARG"),
    ("The Kenyan foreign minister credited Ethiopia for its help at the border talks.", "051", "KEN", "ETH"),
    ("The German chancellor credited Poland with keeping the border open.", "051", "DEU", "POL"),
    ("The Turkish president has credited Qatar for brokering the truce.", "051", "TUR", "QAT"),
    # bar / prohibit from entering
    ("Israel barred the Turkish minister from entering Gaza.", "16", "ISR", "TUR"),
    ("The Georgian government barred the Russian journalist from entering the country.", "16", "GEO", "RUS"),
    ("The Malian junta prohibited the French envoy from returning to Bamako.", "16", "MLI", "FRA"),
    ("Canada has barred two senior Belarusian officials from entering the country.", "16", "CAN", "BLR"),
    # dismiss a statement as ...
    ("An Iranian spokesman dismissed the U.N. conclusions as lies.", "12", "IRN", ""),
    ("Beijing dismissed the American statement as interference.", "12", "CHN", "USA"),
    ("Moscow dismissed the British assessment as fiction.", "12", "RUS", "GBR"),
    # a U.N. special rapporteur
    ("U.N. special rapporteur Ana Lopez condemned the junta's ban on political parties.", "111", "", ""),
    ("The U.N. special rapporteur criticized the Taliban's curbs on women.", "111", "", "AFG"),
]

#: the actor check of the rapporteur rows: the source is a U.N. actor
RAPPORTEUR = [
    "U.N. special rapporteur Ana Lopez condemned the junta's ban on political parties.",
    "The U.N. special rapporteur criticized the Taliban's curbs on women.",
    "The UN-appointed rapporteur condemned the new press law.",
]

CONTROLS = [  # none of the round's rules may fire
    "The bank credited the account of the ministry on Monday.",
    "Analysts credited the central bank for the fall in inflation.",
    "The former general is credited with ending the war.",
    "The success of the vaccine was credited to the Indian scientists.",
    "The court barred the company from selling the drug.",
    "The referee barred the player from entering the pitch.",
    "The landlord prohibited the tenants from keeping pets.",
    "The coach dismissed the striker's complaint as nonsense.",
    "The hospital has limited supplies for the wounded soldiers.",
    "The police have armed guards at the embassy.",
    "The club has intensified training for the final.",
    "The company has launched products in Kenya.",
    "Speaking after the match, the coach, John Smith, praised his players.",
    "Citing security concerns, the airline, Kenya Airways, suspended flights to Mogadishu.",
    "Speaking at the launch, the company's chief executive, Mary Jones, said sales had doubled.",
]

_RULES = ("credit_praise", "bar_from_entering", "prohibit_from_entering", "dismiss_obj_as")


def _events(pipe, text):
    return pipe.analyse(Article(id="t", text=text, published="2026-11-02")).events


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_clear_act_coded(pipe, text, code, src, tgt):
    evs = _events(pipe, text)
    hits = [e for e in evs if e.cameo and e.cameo.startswith(code) and e.status in ("asserted", "attributed")
            and (not src or (e.source is not None and e.source.country == src))
            and (not tgt or (e.target is not None and e.target.country == tgt))]
    got = [(e.cameo, e.rule, e.status, e.source and e.source.country, e.target and e.target.country) for e in evs]
    assert hits, f"{text!r}: expected {code} {src}->{tgt}, got {got}"


@pytest.mark.parametrize("text", RAPPORTEUR)
def test_rapporteur_is_un_actor(pipe, text):
    evs = _events(pipe, text)
    assert any(e.source is not None and e.source.country == "UNO" for e in evs), \
        [(e.cameo, e.source and (e.source.text, e.source.country)) for e in evs]


@pytest.mark.parametrize("text", CONTROLS)
def test_control_not_coded(pipe, text):
    evs = [e for e in _events(pipe, text)
           if e.rule in _RULES or (e.cameo and e.cameo.startswith(("19", "051", "16", "12", "111", "010")))]
    assert not evs, f"{text!r} must not be coded, got {[(e.cameo, e.rule) for e in evs]}"
