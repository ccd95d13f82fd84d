"""Session 34 (round rf66, issue 10): the classes of coder errors read off the eleventh reference batch, protest,
strikes and civil unrest (tests/data/event_reference/20_unrest.tsv), each fixed by a general rule. Sentences written
for these tests.

* a quantity head the actor tables do not know ("*Tens* of thousands of people marched", "*Thousands* marched
  through the capital") is the counted crowd (CVL, the sentence's or the dateline's country) for a march that asks
  for a crowd and for a blockade, as a missing subject already was (event_sides);
* workers who stay off or away from work with a protest or strike word below the verb strike (143); a sick day or a
  flood keeps no event;
* a title held in a club or a firm ("the club's president", "the company's chairman") is no office of state: no
  government sector, no dateline country, so an apolitical thank-you is no event (actors.code_rules);
* portfolio advisers and commissioners ("Labour Adviser X", "EU Agriculture Commissioner X") hold an office of
  government (agents lexicon), so their meetings are coded;
* depositors and savers are civilians, and a crowd of them storming banks protests violently.
"""

from __future__ import annotations

import pytest

from event_helpers import events, hits, show

PUB = "2026-12-07"  # a Monday


# ---------------------------------------------------------------------------------------------
# an uncoded quantity head is the counted crowd


@pytest.mark.parametrize("text, root, country", [
    ("BELGRADE, Serbia (Lapwing Wire) - Tens of thousands of people marched through Belgrade on Saturday in a "
     "student-led protest against corruption.", "14", "SRB"),
    ("SOFIA, Bulgaria (Lapwing Wire) - Tens of thousands of people marched through Sofia on Sunday in a rally "
     "against the budget.", "14", "BGR"),
    ("Thousands marched through Nairobi on Sunday.", "14", "KEN"),
])
def test_quantity_head_is_the_crowd(pipe, text, root, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, root, country=country), show(evs)


@pytest.mark.parametrize("text", [
    # controls: fans celebrating and runners running are no protest
    "Hundreds of fans marched through the city centre on Sunday to celebrate the title.",
    "Hundreds of runners ran through Nairobi on Sunday.",
])
def test_quantity_head_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)


# ---------------------------------------------------------------------------------------------
# staying off work in protest is a strike


@pytest.mark.parametrize("text, country", [
    ("SEOUL, South Korea (Lapwing Wire) - About 9,000 trainee doctors stayed off work for a second week on Monday in "
     "protest at a plan to raise medical school admissions.", "KOR"),
    ("ACCRA, Ghana (Lapwing Wire) - Nurses at public hospitals stayed away from work on Tuesday in protest against "
     "unpaid allowances.", "GHA"),
    ("ACCRA, Ghana (Lapwing Wire) - Thousands of teachers stayed off work on Monday as part of a strike over pay.",
     "GHA"),
])
def test_stay_off_work_in_protest_is_a_strike(pipe, text, country):
    evs = events(pipe, text, PUB)
    assert hits(evs, "143", country=country), show(evs)


@pytest.mark.parametrize("text", [
    "ACCRA, Ghana (Lapwing Wire) - Many office workers stayed off work on Monday because of the floods.",
    "ACCRA, Ghana (Lapwing Wire) - The minister stayed off work for a week after surgery.",
])
def test_stay_off_work_controls(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.cameo.startswith("14")], show(evs)


# ---------------------------------------------------------------------------------------------
# a title in a club or a firm is no office of state


@pytest.mark.parametrize("text", [
    "BUENOS AIRES, Argentina (Lapwing Wire) - Fans paraded through the city on Sunday.\n\nThe club's president "
    "thanked the fans for a peaceful celebration.",
    "LAGOS, Nigeria (Lapwing Wire) - The club's new president thanked the supporters on Sunday.",
    "NAIROBI, Kenya (Lapwing Wire) - The company's chairman praised the staff for a record year.",
])
def test_private_title_is_no_government(pipe, text):
    evs = events(pipe, text, PUB)
    assert not [e for e in evs if e.source is not None and e.source.sector == "GOV"], show(evs)


@pytest.mark.parametrize("text, source, country", [
    # controls: a state's president and a party's chairman keep their codes
    ("NAIROBI, Kenya (Lapwing Wire) - The country's president thanked the fans on Sunday.", "president", "KEN"),
    ("NAIROBI, Kenya (Lapwing Wire) - The party's chairman criticised the president on Sunday.", "chairman", "KEN"),
])
def test_private_title_controls(pipe, text, source, country):
    evs = events(pipe, text, PUB)
    assert [e for e in evs if e.source is not None and source in e.source.text and e.source.country == country], \
        show(evs)


# ---------------------------------------------------------------------------------------------
# portfolio advisers and commissioners hold an office of government


@pytest.mark.parametrize("text, source", [
    ("DHAKA, Bangladesh (Lapwing Wire) - Labour Adviser Nasir Uddin met representatives of the workers on Sunday.",
     "Nasir Uddin"),
    ("Health Adviser Rahima Akter met Chinese officials on Monday.", "Rahima Akter"),
    ("BRUSSELS, Belgium (Lapwing Wire) - EU Agriculture Commissioner Christophe Hansen met farm union leaders on "
     "Thursday.", "Christophe Hansen"),
])
def test_portfolio_adviser_and_commissioner_are_government(pipe, text, source):
    evs = events(pipe, text, PUB)
    assert [e for e in hits(evs, "04", source=source) if e.source.sector in ("GOV", "IGO")], show(evs)


def test_security_adviser_control(pipe):
    # a national security adviser stays what it was (an office of government of its own row)
    evs = events(pipe, "National Security Adviser Jake Sullivan met Chinese officials on Monday.", PUB)
    assert [e for e in hits(evs, "04", source="Sullivan") if e.source.sector == "GOV"], show(evs)


# ---------------------------------------------------------------------------------------------
# depositors storming banks


@pytest.mark.parametrize("text", [
    "BEIRUT, Lebanon (Lapwing Wire) - Depositors stormed three bank branches in Beirut on Friday to demand access "
    "to their savings.",
    "BEIRUT, Lebanon (Lapwing Wire) - Angry savers stormed a bank in Sidon on Monday.",
])
def test_depositors_storming_banks(pipe, text):
    evs = events(pipe, text, PUB)
    assert hits(evs, "145", country="LBN"), show(evs)
