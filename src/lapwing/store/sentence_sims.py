"""TF-IDF cosine similarity of trigger sentences, the text evidence of event clustering (``clustering.py``) and of
the joins across root families (``family_bridge.py``)."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def bulk_sims(sentences: list[str], pairs: list[tuple[int, int]]) -> list[float]:
    """TF-IDF cosine of the sentence pairs (rows are L2-normalised, so a row product is the cosine); the vocabulary
    is fitted on the sentences the pairs use only."""
    if not pairs:
        return []
    used = sorted({i for p in pairs for i in p})
    pos = {i: k for k, i in enumerate(used)}
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english", min_df=1)
    try:
        x = vec.fit_transform([sentences[i] for i in used]).tocsr()
    except ValueError:  # nothing but stop words
        return [0.0] * len(pairs)
    a = x[[pos[i] for i, _ in pairs]]
    b = x[[pos[j] for _, j in pairs]]
    return [float(v) for v in np.asarray(a.multiply(b).sum(axis=1)).ravel()]
