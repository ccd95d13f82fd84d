"""One read of an article's tokens for the actor coder's first steps: the lexicon scan (``lookup._scan``), the
entities' step (``lookup._add_entities``, ``_apposed_names``) and the chaining's per-document facts (``chains._Doc``).

Each of those walked the article on its own: the scan cut the sentences' ends and folded every word, the entities'
step made a spaCy ``Token`` per word it tested (and a sentence ``Span`` per ``Token.sent``: the nearest names of
every one-word actor and place), the chaining tested every word for a name again. :class:`TokenIndex` builds, once
per article, from the shared columns of :mod:`lapwing.extract.docfacts` (no ``Token`` made):

- ``sent_start`` / ``sent_end``: the bounds of each token's sentence (``doc[k].sent.start`` / ``.end``), the shared
  :func:`~lapwing.extract.docfacts.sentence_columns`;
- ``folded``: each word as the lexicons fold it (``fold_token``);
- ``name_token``: a capitalised alphabetic word that is no function word (``lookup._is_name_token``);
- :meth:`appos_children`: the tokens labelled ``appos`` that hang on a token, in order (read on first use).

Everything is a list of strings, numbers or booleans: nothing refers back to the document. Read-only: shared by the
steps of one article's coding.
"""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.extract.actors.common import NOT_NAMES
from lapwing.extract.docfacts import TokenColumns, doc_heads, sentence_columns, token_columns
from lapwing.lexicons import fold_token


class TokenIndex:
    """The per-article token facts of the actor coder's first steps (see the module's text)."""

    __slots__ = ("cols", "n", "head", "sent_start", "sent_end", "folded", "name_token", "_appos")

    def __init__(self, doc: Doc):
        cols: TokenColumns = token_columns(doc)
        self.cols = cols
        self.n = n = len(doc)
        self.head = doc_heads(doc)
        # (shared with the other extractors; raises ValueError, as ``doc.sents``, with no sentence boundaries)
        self.sent_start, self.sent_end = sentence_columns(doc)
        self.folded = list(map(fold_token, cols.text))
        self.name_token = [a and x[:1].isupper() and lw not in NOT_NAMES
                           for a, x, lw in zip(cols.alpha, cols.text, cols.lower)]
        self._appos: dict[int, list[int]] | None = None

    def appos_children(self, k: int) -> list[int]:
        """``[c.i for c in doc[k].children if c.dep_ == "appos"]`` (in the order ``Token.children`` gives them: by
        position), from the head and label columns."""
        if self._appos is None:
            out: dict[int, list[int]] = {}
            head = self.head
            for c, dep in enumerate(self.cols.dep):
                if dep == "appos" and head[c] != c:
                    out.setdefault(head[c], []).append(c)
            self._appos = out
        return self._appos.get(k, [])
