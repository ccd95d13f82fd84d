"""The speaker of a clause that introduces a quote with a colon ('The mayor was pleased: "..."').

The clause's own subject speaks: the subject of its main verb, or of the adjective or participle its copula carries,
not the subject of a clause inside it ('Another voter said he hoped Ruiz wins: "..."' is the voter's, and 'The
minister warned residents who live near the river: "..."' the minister's). A clause whose main subject says nothing
about who speaks ('It gets worse:', 'The answer is simple:') falls back to the last verb with a subject, a speech noun
with its owner ('The senator's response was blunt:') or a name ending the clause ('More from Jones:').
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import AUTHORED, SUBJ_DEPS, is_cue_verb, lexicon
from lapwing.extract.quotes.subject_words import _relative_who
from lapwing.extract.quotes.subjects import _subject_of

# what someone writes or posts, whose owner speaks a quote after a colon ('From Ruiz's Facebook post: "..."')
_WRITTEN = frozenset(AUTHORED | {"post", "posts", "tweet", "tweets", "blog", "op-ed", "essay", "note", "letters"})

# subjects that never name a speaker ('It gets worse:', 'Here is what she said:')
_EMPTY_SUBJECTS = {"it", "there", "this", "that", "what", "which", "these", "those", "here"}


def _usable(subj: Token | None) -> bool:
    """A subject that can name who speaks: a name, a personal pronoun or a noun that is not a speech noun."""
    if subj is None or subj.lower_ in _EMPTY_SUBJECTS:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in ("he", "she", "they", "we", "i", "you", "who", "another", "others", "one")
    return subj.pos_ in ("PROPN", "NOUN") and subj.lower_ not in lexicon().nouns


def feeling_object(words: list[Token]) -> tuple[Token, Token] | None:
    """(verb, who) for a clause whose verb says what someone felt, with that someone after it: 'The turnout surprised
    [Ana Ruiz], a statistician:', 'The vote worried [the mayor]:' (read on the words: the parser often makes the verb a
    modifier there). Who felt it speaks the quote after the colon."""
    for k, t in enumerate(words):
        if t.tag_ not in ("VB", "VBP", "VBD", "VBN", "VBZ", "JJ") or t.lower_ not in _FEELING_FORMS or k == 0:
            continue
        if any(c.dep_ in ("aux:pass", "auxpass", "cop") for c in t.children) or words[k - 1].lower_ in _BE_WORDS:
            return None  # 'The mayor was surprised:': the subject felt it (the main clause's reading)
        head = None
        for x in words[k + 1 : k + 6]:
            if x.pos_ == "PROPN" or x.pos_ == "NOUN" and x.lower_ not in lexicon().nouns:
                head = x
                if x.pos_ == "NOUN":
                    break
            elif x.lower_ in ("him", "her", "them", "us", "me") and head is None:
                return t, x
            elif head is not None or x.pos_ not in ("DET", "ADJ") and x.tag_ != "PRP$":
                break
        return (t, head) if head is not None else None
    return None


def _main_clause_speaker(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) from the top of the clause: the highest verb, adjective or participle among ``words`` whose
    subject can name a speaker ('[Ana Ruiz] said she hoped Berg wins:', '[The board] was conclusive in its
    findings:', '"...," said [Ruiz], explaining she had worked with Berg, who ...:')."""
    ids = {t.i for t in words}
    tops = [t for t in words if t.head.i == t.i or t.head.i not in ids]
    for top in reversed(tops):
        if top.pos_ == "VERB":
            subj = _subject_of(top)
            if _usable(subj) and (subj.i < top.i or is_cue_verb(top)):
                return top, _relative_who(subj)
        if top.pos_ in ("ADJ", "AUX", "VERB"):
            # 'The mayor was pleased:', 'She is sure that ...:', "Here's Ruiz in 1992:"
            copula = top.pos_ == "AUX" or any(c.dep_ in ("cop",) for c in top.children)
            subj = next((c for c in top.children if c.dep_ in SUBJ_DEPS and c.dep_ != "csubj" and c.i != top.i), None)
            if copula and _usable(subj):
                return top, _relative_who(subj)
    return None


# verbs whose object feels something: before a colon, the object is who speaks ('The result surprised Ruiz: "..."')
_FEELING_VERBS = {"surprise", "shock", "stun", "puzzle", "baffle", "worry", "concern", "alarm", "anger", "frustrate",
                  "disappoint", "impress", "amaze", "astonish", "please", "delight", "annoy", "trouble", "bother",
                  "dismay", "irritate", "confuse", "perplex", "startle", "unsettle", "encourage", "hearten", "relieve",
                  "sadden", "upset", "infuriate", "outrage", "amuse", "strike"}



def _forms(verb: str) -> set[str]:
    """Past and third-person forms of a regular feeling verb ('surprise' -> 'surprised', 'surprises')."""
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return {verb, verb[:-1] + "ied", verb[:-1] + "ies"}
    if verb.endswith("e"):
        return {verb, verb + "d", verb + "s"}
    return {verb, verb + "ed", verb + "s", verb + "es"}


_FEELING_FORMS = set().union(*(_forms(v) for v in _FEELING_VERBS - {"strike"})) | {"strike", "struck", "strikes"}


def felt_bounds(cue: Token, speaker: Token) -> tuple[int, int] | None:
    """The characters of who felt it, from the word after a feeling verb to the speaker's head ('surprised [Ana
    Ruiz]'), which the parser may have run into the words before the verb; None for any other cue."""
    if cue.lower_ not in _FEELING_FORMS or speaker.i <= cue.i:
        return None
    first = cue.doc[cue.i + 1]
    return first.idx, speaker.idx + len(speaker)
_BE_WORDS = {"is", "was", "were", "are", "be", "been", "being", "got", "get", "gets", "seemed", "seems", "felt", "feels"}
_DASHES = ("-", "--", "\u2013", "\u2014")
_NAME_MOST = 5  # the most words of a name between a dash and the colon ('... - Michael P. McDonald:')


def dash_name(before: list[Token]) -> Token | None:
    """'Pollsters agree - Carl Bialik: "..."', 'TURNOUT WAS HIGH - HuffPollster: "..."': in a round-up, the name
    between the last dash and the colon before a quote is who speaks (its last word); None for other words."""
    if len(before) < 3 or before[-1].text != ":":
        return None
    k = next((j for j in range(len(before) - 2, -1, -1) if before[j].text in _DASHES), None)
    if k is None or k == 0:
        return None
    name = before[k + 1 : -1]
    if not 1 <= len(name) <= _NAME_MOST or not all(t.text[:1].isupper() and t.is_alpha or t.text == "."
                                                   for t in name):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    return [t for t in name if t.text != "."][-1]


def _colon_intro(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) for a clause that introduces a quote with a colon: the main clause's subject (see
    :func:`_main_clause_speaker`), else the last verb with a subject, a speech noun with its owner, or the last name
    ('More from Jones:')."""
    felt = feeling_object(words)  # 'The result surprised Ana Ruiz:'
    if felt is not None:
        return felt
    main = _main_clause_speaker(words)
    if main is not None:
        return main
    for t in reversed(words):
        if t.pos_ in ("VERB",):
            subj = _subject_of(t)
            if subj is not None and subj.i < t.i:
                return t, _relative_who(subj)
    # 'The senator's response was blunt:' / 'His answer:' / 'From the mayor's Facebook post:': a speech noun, or a
    # noun for something written or said, with its owner
    nouns = set(lexicon().nouns) | _WRITTEN
    for t in reversed(words):
        if t.lower_ in nouns and t.pos_ == "NOUN":
            owner = next((c for c in t.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ not in ("its",)), None)
            if owner is not None:
                return t, owner
    names = [t for t in words if t.pos_ == "PROPN"]
    if names and words[-1].pos_ == "PROPN":
        return words[-1], words[-1]
    # "Here's Ruiz in March 2004:": the name after 'here is', whatever time follows it
    if names and words[0].lower_ == "here" and len(words) <= 8:
        first = names[0]
        while first.i + 1 < len(first.doc) and first.doc[first.i + 1].pos_ == "PROPN":
            first = first.doc[first.i + 1]
        return words[0], first
    return None
