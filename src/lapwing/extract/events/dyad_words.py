"""Word sets of the dyad gates of ``coding.build``: document nouns that voice a statement but intend nothing, and nouns
of firms and the like that hint a non-political actor. Split out of ``gates.py`` (session 34, round gs69).
"""

from __future__ import annotations

#: texts that may voice a statement ("the report called for sanctions") but intend nothing themselves
DOCUMENT_NOUNS = {"resolution", "bill", "law", "legislation", "report", "draft", "measure", "decree", "document",
                  "agreement", "deal", "treaty", "accord", "pact", "motion", "amendment", "budget", "study", "survey", "memo",
                  "communique", "declaration", "charter", "text"}
NONPOLITICAL_HINT = {"company", "firm", "bank", "club", "team", "brand", "shop", "store", "retailer",
                     "manufacturer", "carmaker", "airline", "startup", "investor", "analyst"}
