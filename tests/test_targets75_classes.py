"""Targets the coder missed, by class (session 37, round ar75, issue 10).

Every sentence is written for this test; the names are well known or invented.

- a threat's condition names the side it is aimed at: "threatened to quit the talks *if Washington* ...", "...
  *unless Lima* released ..." (events/threat_conditions.py); a threat with a target of its own keeps it, a pronoun
  for the threatener or an uncoded condition gives none;
- a protest's purpose clause names whom it asks by a "by" or "from" phrase: "to demand reforms *by the
  government*" (events/argspecs.py ``demanded``), never a deadline ("by the end of the month");
- a struck site in a town takes the town's country, with no sector (events/place_targets.py);
- "from / in / with *neighbouring* X" read as a participle clause: parse repair 210 (events/repair_neighbouring.py)
  gives the name back its phrase, so it can be the target;
- a counted crowd is placed by the phrase of the people it counts: "tens of thousands of students *throughout*
  Peru" (events/actor_context.py)."""

from __future__ import annotations

import pytest

CLAIMED = ("asserted", "attributed")


def claimed(pipe, text, root):
    from lapwing.schema import Article

    return [e for e in pipe.analyse(Article(id="t", text=text)).events
            if e.status in CLAIMED and e.cameo.startswith(root)]


def _show(evs):
    return [(e.cameo, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country)) for e in evs]


@pytest.mark.parametrize("text, src, tgt", [
    ("Ecuador threatened to cut trade ties unless Peru released the fishermen.", "ECU", "PER"),
    ("Kenya threatened to withdraw its troops unless Somalia paid the arrears.", "KEN", "SOM"),
    ("Moscow threatened to retaliate if Finland joins the alliance.", "RUS", "FIN"),
    ("Norway has threatened to halt the fishing talks to cut quotas if Iceland goes ahead with its new whaling "
     "season.", "NOR", "ISL"),
])
def test_threat_condition_names_target(pipe, text, src, tgt):
    evs = claimed(pipe, text, "13")
    assert evs, text
    assert any(e.source is not None and e.source.country == src and e.target is not None
               and e.target.country == tgt for e in evs), _show(evs)


@pytest.mark.parametrize("text, src", [
    # the threatener itself in the condition: no other side named
    ("Pakistan threatened to retaliate if it is attacked again.", "PAK"),
    # a condition with no party
    ("Chile threatened to recall its envoy if necessary.", "CHL"),
])
def test_threat_condition_without_other_side(pipe, text, src):
    evs = claimed(pipe, text, "13")
    assert evs, text
    assert all(e.target is None for e in evs if e.source is not None and e.source.country == src), _show(evs)


def test_threat_keeps_its_own_target(pipe):
    # the one the threatened act strikes stays the target; the condition's party does not replace it
    evs = claimed(pipe, "The Afghan government threatened to expel the Pakistani envoy if Islamabad closed the "
                        "border crossing.", "13")
    assert evs
    assert any(e.target is not None and "envoy" in e.target.text for e in evs), _show(evs)
    assert not any(e.target is not None and e.target.text == "Islamabad" for e in evs), _show(evs)


@pytest.mark.parametrize("text, country, words", [
    ("Tens of thousands of nurses throughout Colombia staged mass protests Friday to demand higher pay by President "
     "Petro's government.", "COL", "government"),
    ("Hundreds of dock workers throughout Brazil held protests on Tuesday to demand safety rules by President Lula's "
     "cabinet.", "BRA", "cabinet"),
    ("Thousands of lawyers across Nigeria staged protests on Monday to demand action by the Nigerian senate.", "NGA",
     "senate"),
    ("Activists marched in Lima to demand a full inquiry by the Peruvian congress.", "PER", "congress"),
    ("Farmers staged a rally to demand an apology from the Polish agriculture minister.", "POL", "minister"),
])
def test_protest_demand_by_phrase(pipe, text, country, words):
    evs = claimed(pipe, text, "14")
    assert evs, text
    assert any(e.target is not None and e.target.country == country and words in e.target.text for e in evs), \
        _show(evs)


def test_protest_deadline_is_no_target(pipe):
    evs = claimed(pipe, "Nurses rallied in Accra to demand new contracts by the end of the month.", "14")
    assert evs
    assert not any(e.target is not None and "end" in e.target.text for e in evs), _show(evs)


@pytest.mark.parametrize("text, country", [
    # the target's country is the crowd's too, but a target is no witness of its source's country: the crowd's own
    # phrase places it
    ("Tens of thousands of nurses throughout Colombia staged mass protests Friday to demand higher pay by President "
     "Petro's government.", "COL"),
    ("Hundreds of dock workers throughout Brazil held protests on Tuesday to demand safety rules by President Lula's "
     "cabinet.", "BRA"),
])
def test_counted_crowd_placed_by_its_phrase(pipe, text, country):
    evs = claimed(pipe, text, "14")
    assert evs, text
    assert any(e.source is not None and e.source.country == country for e in evs), _show(evs)


@pytest.mark.parametrize("text, country, town", [
    ("Turkish tanks fired three shells at outposts in Afrin, residents said.", "SYR", "Afrin"),
    ("Pakistani troops fired mortars at bunkers in Jalalabad overnight.", "AFG", "Jalalabad"),
    ("Turkish jets launched raids on rebel depots in Mosul on Friday.", "IRQ", "Mosul"),
    ("Russian aircraft carried out strikes against bases in Idlib province.", "SYR", "Idlib"),
])
def test_struck_site_in_a_town(pipe, text, country, town):
    # a site of force placed in a town the places extractor resolves: the town's country, with no sector
    evs = claimed(pipe, text, "19")
    assert evs, text
    assert any(e.target is not None and e.target.country == country and town in e.target.text
               and e.target.sector is None for e in evs), _show(evs)


def test_struck_site_needs_a_doer(pipe):
    # an act of force with no doer takes no town target (as for place targets)
    evs = claimed(pipe, "Turkish howitzers fired rounds at outposts in Afrin, residents said.", "19")
    assert not any(e.target is not None and e.target.text == "Afrin" and e.source is None for e in evs), _show(evs)


def test_people_in_a_town_stay_the_target(pipe):
    # people struck in a town are the target themselves, not the town
    evs = claimed(pipe, "Police fired tear gas at protesters in Hebron.", "17")
    assert evs
    assert any(e.target is not None and "protesters" in e.target.text for e in evs), _show(evs)
    assert not any(e.target is not None and e.target.text == "Hebron" for e in evs), _show(evs)


@pytest.mark.parametrize("text, root, country", [
    ("Chad is willing to pull its police units back from neighboring Niger.", "03", "NER"),
    ("Iraq said it is willing to pull its forces out from neighbouring Kuwait.", "03", "KWT"),
    ("Sudan agreed to hold border talks with neighbouring Eritrea next month.", "03", "ERI"),
])
def test_neighbouring_name_is_target(pipe, text, root, country):
    evs = claimed(pipe, text, root)
    assert evs, text
    assert any(e.target is not None and e.target.country == country for e in evs), _show(evs)


def test_repair_210_shape(pipe):
    from lapwing.extract.events.parse_repair import repaired

    doc = repaired(pipe.nlp("Egypt agreed to withdraw its forces from neighbouring Libya."))
    nb = next(t for t in doc if t.lower_ == "neighbouring")
    name = doc[nb.i + 1]
    assert (nb.dep_, nb.head.i, nb.pos_) == ("amod", name.i, "ADJ")
    assert doc[nb.i - 1].dep_ == "case" and doc[nb.i - 1].head.i == name.i
    assert name.head.lower_ == "withdraw" and name.dep_ == "obl"
    # no name after "neighbouring": nothing to give back
    same = pipe.nlp("The refugees fled from neighbouring villages at dawn.")
    assert [(t.dep_, t.head.i) for t in repaired(same)] == [(t.dep_, t.head.i) for t in same]


def test_repair_210_keeps_later_clause_on_the_verb(pipe):
    # a clause after "neighbouring X" is the verb's, so it keeps the verb's doer
    text = ("The Kurdish militia in neighbouring Iraq shelled Turkish border posts on Sunday after accusing Ankara "
            "of air raids.")
    evs = claimed(pipe, text, "112")
    assert any(e.source is not None and "militia" in e.source.text and e.target is not None
               and e.target.country == "TUR" for e in evs), _show(evs)
