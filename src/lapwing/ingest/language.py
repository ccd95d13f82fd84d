"""Offline language identification (py3langid)."""

from __future__ import annotations

import re
from functools import lru_cache

#: Characters of text used for identification: enough to be reliable, cheap on long articles.
SAMPLE_CHARS = 2000
_NON_SPACE = re.compile(r"\S")
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
    return str(lang)
