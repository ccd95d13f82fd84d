"""Breadth of session 17 (issue 10): event classes the coder missed on wire phrasing and on a sweep of general
news phrasings per CAMEO root, fixed by general rows and frame conditions, each checked here in phrasings
written for Lapwing (other actors, tenses and word orders than the pattern examples), beside the other senses
of the same words that must stay uncoded.

- people in numbers who march (141): a nationality, faith or camp in the plural ("Kurds", "nationalists",
  "10,000 Sudanese"), a count or a crowd ("hordes of demonstrators"), the frame condition ``srccrowd``; an
  uncoded crowd is the actor of a protest ("thousands rallied", "anarchists rioted");
- a titled name the entity recogniser read as an organisation, or a name with a capital inside, is a person
  who is captured (173);
- slamming, blasting or faulting a decision, a plan or sanctions (111);
- test-fired or test-launched missiles and nuclear devices set off with no target (150);
- demonstrating support: a crowd's rally (141), a leader's endorsement (051);
- coming out in support of (051) or against (111);
- orders to an envoy to leave (161), to peacekeepers, inspectors or aid agencies
  to leave (1661-1663), to foreigners to leave the country (174), the leaving itself not coded apart;
- aid mobilised (07x);
- captives set free (0841), ships freed (0842), the internet cut off by authorities (1721);
- a state sinking ships (190); shells and rockets that land, fall, crash, slam or rain on a place (194);
- peaks and heights taken (192)."""

from __future__ import annotations

import pytest

from event_helpers import events, show

# (sentence, CAMEO code, source text contains, target text contains or None)
POSITIVE = [
    # crowds that march
    ("Thousands of Tamils marched through Colombo on Saturday.", "141", "Tamils", None),
    ("Several hundred Armenians marched to the Turkish consulate in Los Angeles.", "141", "Armenians", None),
    ("About 300 nationalists marched through the old town on Sunday.", "141", "nationalists", None),
    ("Anarchists and leftists marched across the city centre in Hamburg.", "141", "Anarchists", None),
    ("Some 40,000 Eritreans marched in Asmara on the anniversary.", "141", "Eritreans", None),
    ("Hundreds of Sikhs marched to the parliament in New Delhi.", "141", "Sikhs", None),
    ("Hordes of students marched into the main square of Dhaka.", "141", "Hordes", None),
    ("Dozens of neo-Nazis marched near the memorial in Dresden.", "141", "Dozens", None),
    # uncoded crowds as the actors of protests
    ("Thousands rallied outside the courthouse on Monday.", "141", "Thousands", None),
    ("Hundreds took to the streets of Bamako after Friday prayers.", "141", "Hundreds", None),
    ("Anarchists rioted in the port city overnight.", "145", "Anarchists", None),
    # people captured
    ("Soldiers captured former Defence Minister Carlos Ibarra at a farm near the border.", "173", "Soldiers",
     "Ibarra"),
    ("Police captured McKinnon at a farm on Sunday.", "173", "Police", "McKinnon"),
    # disapproval of a decision
    ("The Chinese foreign ministry slammed the Japanese decision as provocative.", "111", "ministry", "Japanese"),
    ("The Iranian president blasted the European sanctions on Tuesday.", "111", "president", "European"),
    ("The Brazilian foreign minister faulted the American response to the crisis.", "111", "minister", "American"),
    # force posture
    ("Iran test-fired two medium-range missiles on Sunday.", "150", "Iran", None),
    ("India test-launched a nuclear-capable missile from a site off the coast.", "150", "India", None),
    ("India detonated three nuclear devices in the Rajasthan desert.", "150", "India", None),
    # support
    ("Thousands of Serbs demonstrated their support for the president in Belgrade.", "141", "Serbs", None),
    ("The Turkish president demonstrated his support for Azerbaijan during the visit.", "051", "president",
     "Azerbaijan"),
    ("The French prime minister came out in support of the Spanish government.", "051", "prime minister",
     "Spanish government"),
    ("The Polish president came out against the German proposal.", "111", "president", None),
    # orders
    ("Kenya ordered the Ugandan ambassador to leave the country.", "161", "Kenya", "Ugandan ambassador"),
    ("The military government ordered two French journalists to leave the country.", "174", "government",
     "journalists"),
    ("The Sudanese government ordered the African Union peacekeepers to leave Darfur.", "1661", "government",
     "peacekeepers"),
    ("Baghdad ordered the UN weapons inspectors to quit the country.", "1662", "Baghdad", "inspectors"),
    ("The Niger junta ordered three foreign aid agencies to leave the country.", "1663", "junta", "agencies"),
    # cooperation
    ("The Saudi government mobilized $50 million in aid for Sudan.", "071", "Saudi government", "Sudan"),
    # release
    ("The Taliban set free two kidnapped Korean nurses on Thursday.", "0841", "Taliban", None),
    ("Kidnappers set the Tunisian diplomats free after a week.", "0841", "Kidnappers", "diplomats"),
    ("The Houthis freed a Saudi cargo ship on Monday.", "0842", "Houthis", None),
    ("The Ethiopian authorities cut off the internet in the Amhara region.", "1721", "authorities", None),
    # force
    ("Britain sank two Argentine patrol boats in the South Atlantic.", "190", "Britain", "Argentine"),
    ("A mortar shell landed near the parliament building in Mogadishu.", "194", None, "parliament"),
    ("Two Russian rockets crashed into an apartment building in Odesa.", "194", "rockets", None),
    ("Mortar rounds slammed into a hospital in Kandahar.", "194", None, "hospital"),
    ("Rebel fighters captured strategic peaks near the border.", "192", "fighters", None),
]

# (sentence, the trigger word that must give no event)
NEGATIVE = [
    ("The workers marched to the gate at the end of the shift.", "marched"),
    ("Nazi troops marched into Paris in June.", "marched"),
    ("The school band marched through the town on Sunday.", "marched"),
    ("The winger slammed the ball into the net.", "slammed"),
    ("He slammed the door and walked out of the meeting.", "slammed"),
    ("Critics blasted the film as dull and long.", "blasted"),
    ("The new phone demonstrated its support for faster charging.", "demonstrated"),
    ("The results demonstrated support for the theory.", "demonstrated"),
    ("The sun came out in the afternoon.", "came"),
    ("The climber reached the peak of Everest on Monday.", "reached"),
    ("The plane landed in Kabul on Monday.", "landed"),
    ("Prices fell on Tuesday in Tokyo.", "fell"),
    ("Heavy rain fell on the city overnight.", "fell"),
    ("The missile fell into the sea off the coast.", "fell"),
    ("The rocket landed safely on the launch pad in Florida.", "landed"),
    ("The storm cut off the internet in the region.", "cut"),
    ("The council set free parking for the weekend.", "set"),
]


@pytest.mark.parametrize("text,code,src,tgt", POSITIVE)
def test_breadth17_phrasing_is_coded(pipe, text, code, src, tgt):
    evs = events(pipe, text)
    hits = [e for e in evs if e.cameo == code and e.status == "asserted"]
    assert hits, f"{text!r}: expected {code}, got {show(evs)}"
    e = hits[0]
    if src is not None:
        assert e.source is not None and src in e.source.text, f"{text!r}: source {show(evs)}"
    if tgt is not None:
        assert e.target is not None and tgt in e.target.text, f"{text!r}: target {show(evs)}"


@pytest.mark.parametrize("text,word", NEGATIVE)
def test_breadth17_other_sense_not_coded(pipe, text, word):
    evs = [e for e in events(pipe, text) if text[e.trigger.start:e.trigger.end] == word]
    assert not evs, f"{text!r}: {word!r} must not be coded, got {show(evs)}"


def test_police_ordering_a_crowd_off_a_square_is_no_expulsion(pipe):
    """Ordering people to leave a square is no expulsion from the country: the 174 row needs a country."""
    evs = events(pipe, "Police ordered the protesters to leave the square in front of the palace.")
    assert evs and not [e for e in evs if e.cameo == "174"], show(evs)


def test_an_order_to_leave_is_one_event(pipe):
    """The leaving a state orders is the content of the order, not a withdrawal of its own."""
    evs = events(pipe, "Mali ordered the UN peacekeeping mission to leave the country.")
    assert [e.cameo for e in evs if e.status == "asserted"] == ["1661"], show(evs)


def test_nuclear_device_over_a_country_stays_an_attack(pipe):
    """A nuclear test has no target; a nuclear device set off over a country is the use of WMD (2042)."""
    evs = events(pipe, "The American military detonated an atomic bomb over Nagasaki in Japan.")
    assert [e for e in evs if e.cameo == "2042"] and not [e for e in evs if e.cameo == "150"], show(evs)


def test_crowd_condition(pipe):
    """``srccrowd`` holds for people in numbers (a crowd word, a nationality in the plural, a count of people),
    never for armed men or one person; ``srccrowd=many`` (strict) also wants a plain group of people counted."""
    from lapwing.extract.events import coder as coder_mod
    from lapwing.extract.events.syntax import _subj_token

    seen = {}
    orig = coder_mod.Coder.run

    def run(self):
        seen["coder"] = self
        return orig(self)

    coder_mod.Coder.run = run
    try:
        # (sentence, srccrowd, srccrowd=many)
        cases = [("More than 30,000 people marched in Lisbon.", True, True),
                 ("Thousands of soldiers marched in Lisbon.", False, False),
                 ("Thousands of Kurds marched in Lisbon.", True, True), ("Iranians marched in Lisbon.", True, True),
                 ("Hordes of demonstrators marched in Lisbon.", True, True),
                 ("Thousands of fans marched in Lisbon.", False, False), ("The general marched in Lisbon.", False, False),
                 ("Tanks marched in Lisbon.", False, False), ("The workers marched in Lisbon.", True, False),
                 ("About 5,000 workers marched in Lisbon.", True, True)]
        for text, want, want_strict in cases:
            events(pipe, text)
            c = seen["coder"]
            verb = next(t for t in c.doc if t.lower_ == "marched")
            assert c._crowd_source(_subj_token(verb)) is want, text
            assert c._crowd_source(_subj_token(verb), strict=True) is want_strict, text
    finally:
        coder_mod.Coder.run = orig
