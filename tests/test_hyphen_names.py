"""A hyphenated surname is one name (issue 10, session 28 round 51): the tokenizer's halves are merged before the
tagger (lapwing.nlp.hyphen_names), a speaker's and an actor's name keep the whole, and a half is never matched alone
to a known person. Every sentence here is written for this test."""

from __future__ import annotations

import pytest

from lapwing import nlp as nlp_mod


@pytest.fixture(scope="module")
def nlp():
    loaded = nlp_mod.load()
    if "parser" not in loaded.pipe_names:
        pytest.skip("the loaded NLP pipeline has no parser")
    return loaded


def _analyse(text: str):
    from lapwing.pipeline import analyse
    from lapwing.schema import Article

    return analyse(Article(id="t-hyphen", title="", text=text))


@pytest.mark.parametrize("text,name", [
    ("Finance Minister Esi Ampofo-Darko said on Monday that the budget would be cut.", "Ampofo-Darko"),
    ("Opposition leader Brigitte Vasseur-Lambert accused the prime minister of lying.", "Vasseur-Lambert"),
    ("The rebels freed Colonel Tomas Reyes-Quintana after three weeks.", "Reyes-Quintana"),
    ("Talks were led by envoy Adwoa Mensah-Bonsu-Addo, who flew in from Accra.", "Mensah-Bonsu-Addo"),
])
def test_hyphenated_surname_is_one_token(nlp, text, name):
    doc = nlp(text)
    assert name in [t.text for t in doc]
    tok = next(t for t in doc if t.text == name)
    assert tok.is_alpha and tok.ent_type_ == "PERSON"


@pytest.mark.parametrize("text,kept", [
    ("Rebels shot down a Russian-made helicopter near the border.", ["Russian", "-", "made"]),
    ("Pro-government militias attacked protesters in the capital.", ["Pro", "-", "government"]),
    ("Guinea-Bissau's president condemned the attack on the barracks.", ["Guinea", "-", "Bissau"]),
    ("Al-Shabaab fighters attacked a base near the coast.", ["Al", "-", "Shabaab"]),
    ("Deputy Secretary-General Amina Okafor visited the camp.", ["Secretary", "-", "General"]),
    ("He told The Lagos Evening-Herald that he would resign.", ["Evening", "-", "Herald"]),
    ("Leaders signed a Franco-German pact in Paris on Friday.", ["Franco", "-", "German"]),
])
def test_other_hyphenated_words_keep_their_tokens(nlp, text, kept):
    words = [t.text for t in nlp(text)]
    assert any(words[k:k + 3] == kept for k in range(len(words))), words


def _speakers(rec):
    return [(q.text, q.speaker.name if q.speaker is not None else None) for q in rec.quotes]


@pytest.mark.parametrize("text,speaker", [
    ("Information Minister Esi Ampofo-Darko wrote on social media that the rebels had fled and urged residents to "
     "stay at home.", "Esi Ampofo-Darko"),
    ('"We will rebuild every school," said Education Minister Kofi Boateng-Asante.', "Kofi Boateng-Asante"),
    ("The army's spokesman, Major Ruth Kamara-Sesay, said that the soldiers had retaken the bridge.",
     "Ruth Kamara-Sesay"),
    ("Senator Helena Duarte-Mendes said the vote had been rigged. Duarte-Mendes called for a recount.",
     "Helena Duarte-Mendes"),
])
def test_speaker_keeps_the_whole_name(nlp, text, speaker):
    got = _speakers(_analyse(text))
    assert got and all(s == speaker for _, s in got), got


@pytest.mark.parametrize("text", [
    'The bloc said its envoy, retired diplomat Patience Tamba-Weah, would travel to Monrovia. "Nobody gains from '
    'more fighting," the envoy told reporters.',
    "Mediator Samuel Kollie-Weah met both camps on Sunday and said a deal was close.",
    "Talks chaired by Amos Sirleaf-Weah broke down late on Thursday.",
])
def test_last_half_is_not_a_known_person(nlp, text):
    # "Weah" alone is a known Liberian president in the actor dictionary; these are other people
    rec = _analyse(text)
    names = {q.speaker.name for q in rec.quotes if q.speaker is not None}
    names |= {a.name for e in rec.events for a in (e.source, e.target) if a is not None}
    assert "George Weah" not in names, names


def test_apposed_hyphenated_name_is_the_speaker_and_source(nlp):
    rec = _analyse("The head of the opposition Unity Front, Ibrahim Conde-Bah, denied the charges and accused the "
                   "government of silencing its critics.")
    assert {q.speaker.name for q in rec.quotes if q.speaker is not None} == {"Ibrahim Conde-Bah"}
    accusations = [e for e in rec.events if e.cameo.startswith("112")]
    assert accusations and accusations[0].source.name == "Ibrahim Conde-Bah"


def test_target_of_a_call_keeps_the_whole_name(nlp):
    rec = _analyse("Kenya's president telephoned President Julius Obi-Kargbo to assure him of his support.")
    calls = [e for e in rec.events if e.cameo.startswith("04")]
    assert calls and calls[0].target is not None and calls[0].target.name == "Julius Obi-Kargbo"
