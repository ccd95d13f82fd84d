"""`lapwing eval quotes` one-to-one figures (lapwing.eval.quotes_matched): the outside checks' definitions, on
texts and spans written for these tests."""

from __future__ import annotations

from dataclasses import dataclass

from lapwing.eval.quotes_matched import is_direct, score_matched
from lapwing.schema import Actor, Quote


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]


def span(text: str, words: str) -> tuple[int, int]:
    s = text.index(words)
    return s, s + len(words)


def quote(text: str, words: str, kind: str = "indirect", speaker: str | None = None, name: str | None = None) -> Quote:
    s, e = span(text, words)
    spk = None
    if speaker is not None:
        a, b = span(text, speaker)
        spk = Actor(text=speaker, name=name, start=a, end=b)
    return Quote(text=words, start=s, end=e, kind=kind, speaker=spk)


TEXT = ('"The bridge will open in May," the mayor said. "Nobody will pay a toll."\n\n'
        'The council said the budget was short by ten million.')


def test_a_quote_covering_two_attributions_is_one_match_and_a_miss():
    gold = [Gold([span(TEXT, "The bridge will open in May,")], [span(TEXT, "the mayor")]),
            Gold([span(TEXT, "Nobody will pay a toll.")], [span(TEXT, "the mayor")])]
    merged = quote(TEXT, 'The bridge will open in May," the mayor said. "Nobody will pay a toll', "direct",
                   speaker="the mayor")
    r = score_matched([TEXT], [gold], [[merged]])
    # the merged quote matches the first part (token F1 0.6) and nothing else: the second attribution is missed
    assert r["content"]["precision"] == 1.0 and r["content"]["recall"] == 0.5
    longer = quote(TEXT, 'The bridge will open in May," the mayor said. "Nobody will pay a toll."\n\nThe council '
                         'said the budget', "direct")
    assert score_matched([TEXT], [gold], [[longer]])["content"]["f1"] == 0.0  # below F1 0.5 with either
    parts = [quote(TEXT, "The bridge will open in May", "direct", speaker="the mayor"),
             quote(TEXT, "Nobody will pay a toll", "direct", speaker="the mayor")]
    r = score_matched([TEXT], [gold], [parts])
    assert r["content"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert r["direct"]["f1"] == 1.0 and r["speaker_accuracy"] == 1.0


def test_speaker_by_shared_capitalised_name_not_by_pronoun_or_title():
    text = "Mayor Ana Ruiz spoke first. Later she said the bridge would open in May."
    gold = [Gold([span(text, "the bridge would open in May")], [span(text, "she")])]
    by_name = quote(text, "the bridge would open in May", speaker="Mayor Ana Ruiz", name="Ana Ruiz")
    assert score_matched([text], [gold], [[by_name]])["speaker_accuracy"] == 0.0  # 'she' shares no name
    gold_named = [Gold([span(text, "the bridge would open in May")], [span(text, "Mayor Ana Ruiz")])]
    other = quote(text, "the bridge would open in May", speaker="she", name="Ruiz")
    assert score_matched([text], [gold_named], [[other]])["speaker_accuracy"] == 1.0  # the resolved name counts
    titled = quote(text, "the bridge would open in May", speaker="she", name="Mayor")
    assert score_matched([text], [gold_named], [[titled]])["speaker_accuracy"] == 1.0  # 'Mayor' is not stop-listed
    nobody = quote(text, "the bridge would open in May")
    assert score_matched([text], [gold_named], [[nobody]])["speaker_accuracy"] == 0.0


def test_direct_is_content_within_quotation_marks():
    assert is_direct(TEXT, [span(TEXT, "The bridge will open in May,")])  # widened by the marks around it
    assert not is_direct(TEXT, [span(TEXT, "The bridge will open in May")])  # the comma stands between
    assert not is_direct(TEXT, [span(TEXT, "the budget was short by ten million")])
    unclosed = 'She went on: "The toll will stay for ten years\n\nNext paragraph.'
    assert is_direct(unclosed, [span(unclosed, "The toll will stay for ten years")])  # runs to the paragraph end
    gold = [Gold([span(TEXT, "the budget was short by ten million")], [span(TEXT, "The council")])]
    as_direct = quote(TEXT, "the budget was short by ten million", "direct", speaker="The council")
    r = score_matched([TEXT], [gold], [[as_direct]])
    assert r["direct"]["precision"] == 0.0 and r["content"]["f1"] == 1.0
