"""Offline language identification (py3langid)."""

from __future__ import annotations

import re
from functools import lru_cache

#: Characters of text used for identification: enough to be reliable, cheap on long articles.
SAMPLE_CHARS = 2000
_NON_SPACE = re.compile(r"\S")
#: A word written with a capital: names (and a sentence's first word), which belong to no one language.
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*")
#: Below this probability for the best guess, the language is unknown (None), not rejected.
UNSURE = 0.5


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    text = text or ""
    first = _NON_SPACE.search(text)  # no strip() of the whole text: it may be many megabytes
    sample = text[first.start() : first.start() + SAMPLE_CHARS].rstrip() if first else ""
    if sum(map(str.isalpha, sample)) < 20:
        return None
    lang, prob = _identifier().classify(sample)
    if lang != "en" and prob < 0.9:
        # A weak guess on a short or mixed snippet: do not reject an English article on it.
        top = [code for code, _ in _identifier().rank(sample)[:3]]
        if "en" in top:
            return "en"
        if prob < UNSURE:
            # "Hamas met Egyptian President Ali Hassan in Cairo.": a short text of names, where every
            # language is about as likely as the next; no language can be told, so none is claimed
            return None
    if lang != "en":
        # "Ugandan President Yoweri Museveni met Kenyan Deputy President William Ruto in Entebbe.": names tip
        # the guess to a language of their region; judge the words that are not names instead
        rest = _CAPITALISED.sub(" ", sample)
        if sum(map(str.isalpha, rest)) < 20:
            return None  # too little besides the names to tell
        if _identifier().classify(rest)[0] == "en":
            return "en"
    return str(lang)
