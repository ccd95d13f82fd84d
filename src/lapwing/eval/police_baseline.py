"""The keyword baseline of the police-action measure (``lapwing eval police``).

An article gets a label when one of its sentences holds a police word and an action word of that
label, in any case. This is the kind of baseline the outside check compares Lapwing with ("a police
word and an action word in one sentence"); the word lists below were written for Lapwing before
the gold set was, and are not tuned to it. They are deliberately plain: no negation, no tense, no
idea of who did what to whom, which is exactly what an event coder should add.

Sentences are split at ``.``, ``!`` or ``?`` followed by white space, and at line breaks. Words
match whole (``\\b`` on both sides); a phrase matches with any run of spaces or hyphens between
its words ("tear gas", "tear-gas").
"""

from __future__ import annotations

import re

LABELS: tuple[str, ...] = ("kill", "arrest", "force")

POLICE_WORDS: tuple[str, ...] = (
    "police", "policeman", "policemen", "policewoman", "policewomen", "cop", "cops", "constable",
    "constables", "head constable", "sub-inspector", "inspector", "sho", "station house officer",
    "superintendent of police", "dsp", "personnel", "security forces", "paramilitary", "crpf", "bsf",
    "rpf", "grp", "stf", "sog", "jawans", "gendarme", "gendarmes", "gendarmerie", "law enforcement",
    "riot squad", "task force",
)

ACTION_WORDS: dict[str, tuple[str, ...]] = {
    "kill": (
        "kill", "killed", "killing", "killings", "shot dead", "gunned down", "died", "dead", "death",
        "deaths", "succumbed", "lost his life", "lost her life", "lost their lives",
    ),
    "arrest": (
        "arrest", "arrested", "arrests", "detain", "detained", "detention", "custody", "held", "nabbed",
        "apprehended", "booked", "remanded", "rounded up", "picked up", "caught", "jailed", "taken in",
    ),
    "force": (
        "lathi", "lathis", "lathicharge", "lathicharged", "lathi charge", "lathi charged", "baton",
        "batons", "tear gas", "teargas", "tear smoke", "water cannon", "water cannons", "rubber bullets",
        "pellets", "fired", "firing", "opened fire", "shot", "beat", "beaten", "thrashed", "assaulted",
        "clash", "clashed", "clashes", "used force",
    ),
}

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    parts = sorted((r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", word)) for word in words),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


_POLICE = _alternation(POLICE_WORDS)
_ACTIONS = {label: _alternation(words) for label, words in ACTION_WORDS.items()}


def sentences(text: str) -> list[str]:
    """The text cut into sentences, the baseline's way (no model)."""
    return [s for s in (part.strip() for part in _SENTENCE_END.split(text)) if s]


def sentence_labels(sentence: str) -> dict[str, bool]:
    """Each label of one sentence: a police word and one of the label's action words in it."""
    has_police = _POLICE.search(sentence) is not None
    return {label: has_police and _ACTIONS[label].search(sentence) is not None for label in LABELS}


def article_labels(text: str) -> dict[str, bool]:
    """Each label of an article: true when any one sentence has it."""
    out = dict.fromkeys(LABELS, False)
    for sent in sentences(text):
        for label, value in sentence_labels(sent).items():
            out[label] = out[label] or value
    return out
