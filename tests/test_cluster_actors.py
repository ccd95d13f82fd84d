"""Actor keys of the cross-article clustering: words that stand for both parties of an encounter."""

from __future__ import annotations

from datetime import date

import pytest

from lapwing.schema import Actor
from lapwing.store.evidence import actor_agreement, compare
from lapwing.store.mentions import ActorKey, Mention, actor_key


def _actor(text: str, country: str | None, sector: str | None = "GOV", kind: str | None = None) -> Actor:
    return Actor(text=text, country=country, sector=sector, start=0, end=len(text), kind=kind)


@pytest.mark.parametrize("text", ["The two leaders", "both presidents", "the two foreign ministers",
                                  "The two governments", "both heads of state"])
def test_words_for_both_parties_have_no_one_country(text):
    key = actor_key(_actor(text, "UKR"))  # a country the coder read near them ("talks on Ukraine")
    assert key.country is None and key.collective and not key.names
    assert actor_agreement(key, actor_key(_actor("Olaf Scholz", "DEU", kind="person"))) is not None


@pytest.mark.parametrize("text", ["The Ukrainian leaders", "two Ukrainian soldiers", "President Zelensky"])
def test_other_actors_keep_their_country(text):
    key = actor_key(_actor(text, "UKR", kind="person" if "Zelensky" in text else None))
    assert key.country == "UKR"
    assert actor_agreement(key, actor_key(_actor("Olaf Scholz", "DEU", kind="person"))) is None


def _meeting(aid: str, src: ActorKey, tgt: ActorKey | None, sentence: str) -> Mention:
    return Mention(article_id=aid, idx=0, cameo="040", plover_type="CONSULT", quad_class=1, goldstein=1.0,
                   status="asserted", source=src, target=tgt, day_from=date(2024, 3, 6), day_to=date(2024, 3, 6),
                   precise=True, place=None, sentence=sentence, published="2024-03-06", outlet=aid, confidence=0.8)


def test_the_two_leaders_talks_join_the_visit_they_were_part_of():
    scholz = actor_key(_actor("Olaf Scholz", "DEU", kind="person"))
    macron = actor_key(_actor("Emmanuel Macron", "FRA", kind="person"))
    visit = _meeting("wire", scholz, macron, "Scholz met Macron in Berlin on Wednesday.")
    talks = _meeting("post", actor_key(_actor("The two leaders", "UKR")), None,
                     "The two leaders held talks on Ukraine and European defence.")
    assert compare(visit, talks) is not None
    kyiv = _meeting("kyiv", actor_key(_actor("Ukrainian officials", "UKR")), None, "Ukrainian officials held talks.")
    assert compare(visit, kyiv) is None  # a Ukrainian source is neither of the two
