"""Event coder, sixteenth round (issue 10, precision on news nobody has labelled): classes of wrongly emitted
events found by judging the coder's output on a new seeded sample of unlabelled wire news (Reuters-21578 and VOA
stories; docs/events.md, session 16). Every sentence here was written for this test; each class is tested in
several phrasings next to uses of the same words that must stay as they are:

* a timetable is no act: "is due to / is slated to / is to visit" (future), "has yet to accept" (negated), a verb
  with a time still to come ("goes to China later this week", "a team going to Washington next week"), a
  present-tense when-clause under a future ("will take effect when both sides sign") (``events/status_wire.py``);
* "Asked if ..., X said ...": the answer is the sentence's main clause, not something asked for;
* what a law authorizes or a decree allows is not done by that; a condition ("subject to X signing"); a
  comparative correlative ("the more X bullies Y, the more ..."); "no assurance that ...";
* a subject that names no one ("none of the members", "no country", "few politicians") or is set apart by "not"
  ("X, but not Y, attended");
* a denial's or a failure's time clause is no part of what is denied ("denied rumours of riots after a gunman
  killed ...": the killing happened);
* lexicon and gates: "killed the bill / the plan" is no killing; talks and agreements on a firm's merger or sale
  are business (``events/market.py``); the transfer of a licence or of tax revenues is no extradition.
"""

from __future__ import annotations

import pytest

from event_helpers import events as _events, show as _show, with_trigger as _with


CLAIMED = ("asserted", "attributed", "future")
DONE = ("asserted", "attributed")


# -- a timetable is no act ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Indian prime minister is due to visit Japan next month.", "visit"),
    ("The Turkish foreign minister is due to meet his Greek counterpart on Friday.", "meet"),
    ("The Israeli prime minister is to visit Cairo on Monday.", "visit"),
    ("The Kenyan president is to meet the Ugandan leader in Nairobi.", "meet"),
    ("The Chinese foreign minister visits Moscow next month.", "visits"),
    ("The Canadian prime minister goes to China later this week.", "goes"),
    ("The Egyptian president travels to Washington next week for talks on Gaza.", "travels"),
    ("Kenyan President William Ruto is due to travel to Botswana on Friday as the guest of honour.", "travel"),
])
def test_timetable_is_future(pipe, text, trigger):
    evs = _events(pipe, text)
    got = _with(evs, trigger)
    assert got and all(e.status == "future" for e in got), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Indian prime minister visited Japan last month.", "visited"),
    ("The Israeli prime minister met the Egyptian president in Cairo on Monday.", "met"),
    ("The Chinese foreign minister visited Moscow last week.", "visited"),
])
def test_past_visit_stays_asserted(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, DONE), _show(evs)


def test_next_day_tells_the_past(pipe):
    evs = _events(pipe, "The next day, Israeli troops raided the camp near Jenin.")
    assert _with(evs, "raided", DONE, "19"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Iran has yet to accept the European proposal.", "accept"),
    ("Hamas has yet to release the remaining hostages.", "release"),
])
def test_yet_to_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The ceasefire will take effect when Israel and Hamas sign the accord.", "sign"),
    ("Officials said the deal takes effect when Serbia and Kosovo sign it.", "sign"),
    ("The truce will begin once the rebels withdraw from the city.", "withdraw"),
])
def test_present_when_clause_of_a_future_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, DONE), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested the leaders when protesters stormed the parliament.", "stormed"),
    ("The ceasefire took effect when Israel and Hamas signed the accord.", "signed"),
])
def test_past_when_clause_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, DONE), _show(evs)


# -- "Asked if ..., X said" ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Asked if major powers were now negotiating on new measures, the Japanese finance minister said they were not as "
    "the measures had already been agreed in Paris.",
    "Asked if the allies were still negotiating on what steps to take, the German chancellor said they were not "
    "because the steps had been agreed in Brussels.",
])
def test_answer_to_a_question_is_asserted(pipe, text):
    evs = _events(pipe, text)
    got = _with(evs, "said", root="01")
    assert got and all(e.status in DONE for e in got), _show(evs)


def test_the_question_stays_hypothetical(pipe):
    evs = _events(pipe, "Asked whether Israeli troops would withdraw from Gaza, the Egyptian foreign minister said "
                        "Cairo had no information.")
    assert not _with(evs, "withdraw", CLAIMED), _show(evs)


# -- permitted, conditions, tendencies, assurances ---------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("China passed a law that authorizes the coast guard to fire on foreign vessels.", "fire"),
    ("The decree allows the police to detain protesters for 30 days without charge.", "detain"),
    ("The new law empowers the army to arrest suspects without a warrant.", "arrest"),
])
def test_what_is_permitted_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


def test_the_permission_stays(pipe):
    evs = _events(pipe, "The Israeli army allowed the Red Cross to visit the prisoners.")
    assert _with(evs, "allowed", DONE, "08"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The sale is subject to the two governments signing an agreement on the border.", "signing"),
    ("The loan is conditional on Kenya signing the agreement with the IMF.", "signing"),
])
def test_condition_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


def test_signing_stays(pipe):
    evs = _events(pipe, "Kenya signed the agreement with the IMF on Tuesday.")
    assert _with(evs, "signed", DONE, "05"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The more China bullies Taiwan, the more support Taiwan gets.", "bullies"),
    ("The longer Russia shells Ukrainian cities, the harder it becomes to negotiate.", "shells"),
    ("Analysts say the more Iran threatens its neighbours, the closer they move to Washington.", "threatens"),
])
def test_comparative_correlative_is_no_act(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


def test_comparative_alone_stays(pipe):
    evs = _events(pipe, "Russia shelled Ukrainian cities more heavily on Sunday than at any time this month.")
    assert _with(evs, "shelled", DONE, "19"), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("There can be no assurance that Iran and Iraq will reach an agreement.", "reach"),
    ("There is no guarantee that the rebels will release the hostages.", "release"),
])
def test_no_assurance_is_not_claimed(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


# -- subjects that name no one -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("None of the NATO allies has asked for such a summit.", "asked"),
    ("No Arab country has recognised the new government in Niger.", "recognised"),
    ("Few politicians were prepared to criticise the army.", "prepared"),
    ("Nobody in the Israeli cabinet has condemned the settlers.", "condemned"),
])
def test_subject_naming_no_one(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("A few Iraqi politicians criticised the army.", "criticised"),
    ("Several Arab countries have recognised the new government in Niger.", "recognised"),
])
def test_subject_naming_some_stays(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, DONE), _show(evs)


def test_conjunct_set_apart_by_not(pipe):
    evs = _events(pipe, "Prime Minister Yasuhiro Nakasone met central bank governor Satoshi Sumita on Friday. "
                        "Nakasone, but not Sumita, is expected to attend the talks.")
    sumita = [e for e in evs if e.source is not None and e.source.text == "Sumita"]
    assert sumita and all(e.status == "negated" for e in sumita), _show(evs)


# -- a denial's time clause ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Malaysian police denied rumours of race riots after an armed man killed one person in Kuala Lumpur.", "killed"),
    ("Talks on the crisis failed last week after the Somali government expelled the UN envoy.", "expelled"),
    ("The Mexican president cancelled his visit after Trump imposed tariffs on Mexico.", "imposed"),
])
def test_time_clause_of_a_denial_happened(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger, DONE), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("The Israeli army denied that it shelled the village.", "shelled"),
    ("The Somali government failed to expel the UN envoy.", "expel"),
])
def test_denied_content_stays_negated(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, CLAIMED), _show(evs)


# -- lexicon rows and gates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Senate killed the bill on Tuesday.",
    "The veto effectively killed the peace proposal.",
    "Opposition lawmakers killed the tax reform in committee.",
    "The accord offered by the House speaker virtually killed the government's sales tax plan.",
])
def test_killing_a_plan_is_no_violence(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith(("18", "19", "20"))], _show(evs)


@pytest.mark.parametrize("text", [
    "Nigerian troops killed dozens of Boko Haram fighters.",
    "Gunmen killed the mayor of the town.",
])
def test_killing_people_stays(pipe, text):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith(("18", "19", "20")) and e.status in DONE], _show(evs)


def test_firms_talks_on_an_acquisition_are_business(pipe):
    text = ("Carl Berger and Northgate Holdings said they were holding early discussions regarding a "
            "possible joint purchase of the hardware store chain at 31 dlrs a share.")
    evs = _events(pipe, text, published="1987-03-02")
    assert not [e for e in evs if e.cameo.startswith("04")], _show(evs)


@pytest.mark.parametrize("text, deal", [
    ("They were holding discussions regarding a possible acquisition of the retailer.", True),
    ("The firm agreed to sell most of its stores to a rival chain.", True),
    ("The two banks reached an agreement on a merger.", True),
    ("Taiwan agreed to buy fighter jets from the United States.", False),
    ("Israeli and Palestinian negotiators held talks on a prisoner exchange.", False),
])
def test_commercial_deal_words(pipe, text, deal):
    from lapwing.extract.events.market import commercial_deal

    doc = pipe.nlp(pipe.make_doc(text))
    triggers = [t for t in doc if t.lemma_ in ("hold", "agree", "reach")]
    assert triggers and commercial_deal(triggers[0]) is deal


@pytest.mark.parametrize("text", [
    "Sale of the permit for the mine has been approved by the Federal Trade Commission.",
    "The Israeli cabinet approved the transfer of tax revenues to the Palestinian Authority.",
])
def test_transfer_of_things_is_no_extradition(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo == "063"], _show(evs)


@pytest.mark.parametrize("text", [
    "A Spanish court approved the extradition of the former minister to Venezuela.",
    "The French court approved the handover of the suspect to Spain.",
])
def test_extradition_stays(pipe, text):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo == "063"], _show(evs)


def _parsed(pipe, rows):
    """A doc with the parse given as (word, tag, pos, lemma, dep, head) rows: the shape the shipped model gives some
    sentences, fixed here so that the test does not hang on the model's mood."""
    from spacy.tokens import Doc

    words, tags, pos, lemmas, deps, heads = zip(*rows)
    return Doc(pipe.nlp.vocab, words=list(words), tags=list(tags), pos=list(pos), lemmas=list(lemmas), deps=list(deps),
               heads=list(heads))


def test_answer_under_an_asked_root_is_asserted(pipe):
    # "Asked if the allies were negotiating, Lavrov said they were not.", parsed with "Asked" as the root and the
    # answer as its complement (as the model parses some such sentences)
    from lapwing.extract.events.status import event_status

    doc = _parsed(pipe, [
        ("Asked", "VBD", "VERB", "ask", "ROOT", 0), ("if", "IN", "SCONJ", "if", "mark", 5),
        ("the", "DT", "DET", "the", "det", 3), ("allies", "NNS", "NOUN", "ally", "nsubj", 5),
        ("were", "VBD", "AUX", "be", "aux", 5), ("negotiating", "VBG", "VERB", "negotiate", "advcl", 8),
        (",", ",", "PUNCT", ",", "punct", 5), ("Lavrov", "NNP", "PROPN", "Lavrov", "nsubj", 8),
        ("said", "VBD", "VERB", "say", "ccomp", 0), ("they", "PRP", "PRON", "they", "nsubj", 10),
        ("were", "VBD", "AUX", "be", "ccomp", 8), ("not", "RB", "PART", "not", "advmod", 10),
        (".", ".", "PUNCT", ".", "punct", 0)])
    assert event_status(doc[8]).status == "asserted"
    assert event_status(doc[5]).status == "hypothetical"  # the question stays a question


def test_asked_with_a_subject_keeps_its_content_asked(pipe):
    # "Egypt asked Israel to withdraw": an appeal, its content not done
    from lapwing.extract.events.status import event_status

    doc = _parsed(pipe, [
        ("Egypt", "NNP", "PROPN", "Egypt", "nsubj", 1), ("asked", "VBD", "VERB", "ask", "ROOT", 1),
        ("Israel", "NNP", "PROPN", "Israel", "obj", 1), ("to", "TO", "PART", "to", "mark", 4),
        ("withdraw", "VB", "VERB", "withdraw", "xcomp", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert event_status(doc[4]).status == "hypothetical"


# -- a firm's officer or a researcher is no political speaker ------------------------------------------------------
@pytest.mark.parametrize("text", [
    '"Our exports will grow," said Anna Berg, vice president of Nordic Timber Ltd.',
    '"Prices will fall," said Ines Duarte, vice president of Lisbon Cork Co.',
    '"Demand will recover," said Karl Weber, president of Rhine Chemicals AG.',
])
def test_firm_officer_makes_no_statement(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("01")], _show(evs)


@pytest.mark.parametrize("text, word, firm", [
    ("Robert Smith, president and chief executive of Acme Corp, told reporters the deal was off.", "Smith", True),
    ("Lars Holm, secretary-general of the Baltic Policy Studies think tank, said the law would fail.", "Holm", True),
    ("Pedro Alves, an economist at the Brazilian Institute of Economics, said the plan would fail.", "Alves", True),
    ("Maria Silva, Brazil's finance minister, said the plan would fail.", "Silva", False),
    ("The chairman of the Senate Foreign Relations Committee said the treaty would pass.", "chairman", False),
])
def test_firm_speaker_phrase(pipe, text, word, firm):
    from lapwing.extract.events.market import firm_speaker

    doc = pipe.nlp(pipe.make_doc(text))
    tok = next(t for t in doc if t.text == word)
    assert firm_speaker(tok) is firm


def test_political_speaker_stays(pipe):
    evs = _events(pipe, "Brazil's finance minister said the plan would fail.")
    assert [e for e in evs if e.cameo.startswith("01") and e.status in DONE], _show(evs)


# -- a permission given ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Egypt granted permission for the Red Cross to visit the prisoners.", "visit"),
    ("Israel gave the green light for Qatar to send fuel to Gaza.", "send"),
    ("The Sudanese government gave approval for the aid agencies to deliver food next month.", "deliver"),
])
def test_what_a_permission_allows_is_not_done(pipe, text, trigger):
    evs = _events(pipe, text)
    assert not _with(evs, trigger, DONE), _show(evs)


@pytest.mark.parametrize("text", [
    "The Iranian foreign minister dismissed reports that Tehran had sent weapons to the Houthis.",
    "The widely denied reports that Tehran had sent weapons to the Houthis spread quickly.",
])
def test_claim_denied_by_a_modifier_is_negated(pipe, text):
    evs = _events(pipe, text)
    assert _with(evs, "sent") and not _with(evs, "sent", CLAIMED), _show(evs)


def test_reported_claim_without_denial_stays_attributed(pipe):
    evs = _events(pipe, "Reports that Tehran had sent weapons to the Houthis spread quickly.")
    assert _with(evs, "sent", ("attributed",)), _show(evs)


# -- a participle before its noun describes it ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The main party of jailed former premier Ali Rahman claimed that the army rigged the election.",
    "The lawyer's clients include jailed publisher Jimmy Lai in Hong Kong.",
    "Relatives of jailed Kurdish politician Selahattin Demirtas met the judges.",
])
def test_attributive_participle_is_no_arrest(pipe, text):
    evs = _events(pipe, text)
    assert not [e for e in evs if e.cameo.startswith("17") and e.status in CLAIMED], _show(evs)


@pytest.mark.parametrize("text", [
    "Egypt jailed three journalists on Monday.",
    "Police raided the house and jailed the owner.",
    "The publisher was jailed by a military court.",
])
def test_jailing_stays(pipe, text):
    evs = _events(pipe, text)
    assert [e for e in evs if e.cameo.startswith("17") and e.status in DONE], _show(evs)


# -- a guess ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Russian officials probably intend to use the new law to seize foreign vessels, analysts say.", "intend"),
    ("The Russian army possibly shelled the town on Sunday.", "shelled"),
    ("Israeli jets perhaps struck the convoy near the border.", "struck"),
])
def test_guess_is_not_claimed(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger) and not _with(evs, trigger, CLAIMED), _show(evs)


def test_report_without_a_guess_stays(pipe):
    evs = _events(pipe, "Israeli jets struck the convoy near the border.")
    assert _with(evs, "struck", DONE, "19"), _show(evs)


# -- no plan -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("The Turkish government has no intention to attack Syria.", "attack"),
    ("Iran has no intention of attacking its neighbours, the foreign minister said.", "attacking"),
])
def test_no_plan_is_not_claimed(pipe, text, trigger):
    evs = _events(pipe, text)
    assert _with(evs, trigger) and not _with(evs, trigger, CLAIMED), _show(evs)


@pytest.mark.parametrize("text, trigger", [
    ("Turkey has no plans to withdraw its troops from northern Iraq.", "withdraw"),
    ("Molina said Peru has no intention of rescheduling its external debt.", "rescheduling"),
])
def test_own_plan_to_yield_denied_is_a_refusal(pipe, text, trigger):
    # session 37, round sa74: an own plan to yield or cooperate denied is a refusal (12x, asserted), as "will not
    # withdraw" is (README of the reference set); the act itself stays unclaimed
    evs = _events(pipe, text)
    assert _with(evs, trigger, CLAIMED, "12"), _show(evs)
    assert not [e for e in _with(evs, trigger, CLAIMED) if not e.cameo.startswith("12")], _show(evs)


def test_a_plan_stays_future(pipe):
    evs = _events(pipe, "Turkey has plans to withdraw its troops from northern Iraq.")
    assert _with(evs, "withdraw", ("future",)), _show(evs)
