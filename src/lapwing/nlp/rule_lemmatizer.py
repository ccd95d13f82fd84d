"""spaCy's English rule lemmatizer run over a document's attribute array: the same lemmas, faster (speed only).

spaCy's ``Lemmatizer.__call__`` makes a ``Token`` for every word, and ``rule_lemmatize`` reads its part of speech
and morphology (a ``MorphAnalysis`` object; for the many base forms, which it does not cache, the morphology parsed
into a dictionary) before it looks the word up. Its answer depends on the word's spelling, part of speech and
morphology alone (``(orth, pos, morph)``, the key of spaCy's own cache), with the tables fixed. ``ColumnRuleLemmatizer``
reads those three columns and each token's lemma with ``Doc.to_array``, asks spaCy's ``lemmatize`` once per key (a
``Token`` made then), remembers the lemma's hash per key and writes the lemma column back with ``Doc.from_array``.
A token with no part of speech is asked each time, as spaCy warns for each. A token that has a lemma already keeps
it (unless the component overwrites), as spaCy's does.

:func:`use_column_lemmatizer` gives the loaded pipeline's lemmatizer this class when it is spaCy's English
lemmatizer in mode ``rule`` (the shipped model's); any other lemmatizer is left as it is.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.tokens import Doc

#: keys remembered per lemmatizer before the memo starts again
MEMO_MAX = 200_000


class ColumnRuleLemmatizer(EnglishLemmatizer):
    """``EnglishLemmatizer`` in mode ``rule`` whose ``__call__`` reads and writes the document's columns."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            if len(doc):
                self._set_lemmas(doc)
            return doc
        except Exception as e:
            error_handler(self.name, self, [doc], e)

    def _memo(self) -> dict[tuple[int, int, int], int]:
        """{(orth, pos, morph): lemma hash}, started again when the lookups or spaCy's cache are replaced (as
        loading or initialising the component does), or past ``MEMO_MAX`` keys."""
        got = self.__dict__.get("_lapwing_memo")
        if got is None or got[0] is not self.lookups or got[1] is not self.cache or len(got[2]) > MEMO_MAX:
            got = self.__dict__["_lapwing_memo"] = (self.lookups, self.cache, {})
        return got[2]

    def _set_lemmas(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = arr[:, :3].tolist()
        lemmas = arr[:, 3].tolist()
        memo = self._memo()
        strings = doc.vocab.strings
        overwrite = self.overwrite
        changed = False
        for i, key in enumerate(map(tuple, keys)):
            if not overwrite and lemmas[i] != 0:
                continue
            h = memo.get(key)
            if h is None:
                h = strings.add(self.lemmatize(doc[i])[0])
                if key[1] != 0:  # (no part of speech: spaCy warns for each such token, so it is asked each time)
                    memo[key] = h
            lemmas[i] = h
            changed = True
        if changed:
            doc.from_array([LEMMA], numpy.asarray(lemmas, dtype="uint64"))


def use_column_lemmatizer(nlp: Language) -> Language:
    """Give ``nlp``'s lemmatizer the column reads of ``ColumnRuleLemmatizer`` when it is spaCy's English rule
    lemmatizer (idempotent; other lemmatizers are left alone)."""
    if "lemmatizer" not in nlp.pipe_names:
        return nlp
    lem = nlp.get_pipe("lemmatizer")
    if type(lem) is EnglishLemmatizer and lem.mode == "rule" and getattr(lem.lemmatize, "__func__", None) \
            is EnglishLemmatizer.rule_lemmatize:
        lem.__class__ = ColumnRuleLemmatizer
    return nlp
