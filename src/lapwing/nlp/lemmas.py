"""The lemmas of base forms that spaCy's rule lemmatizer can only lower-case.

The shipped pipeline lemmatises with spaCy's own ``lemmatizer`` (mode ``rule``; its tables are built
from the treebanks by ``training/lemma_tables.py``). spaCy lower-cases a base form (a singular noun, a
positive adjective, an infinitive) without reading its tables, so the treebank's "American" (ADJ)
or "p.m." (for the noun "PM") cannot come out of it. Those exact spellings travel in the
lemmatizer's own lookups, in the table :data:`BASE_TABLE` (``{UPOS: {spelling: lemma}}``), which
spaCy stores with the pipeline and otherwise ignores; :func:`add_base_lemmas` puts
``lapwing_base_lemmas`` right after the lemmatizer to apply it: one dictionary look-up per token.

A pipeline whose lemmatizer has no such table (a trainable lemmatizer, another spaCy pipeline)
gets no component.
"""

from __future__ import annotations

from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: the table of base-form lemmas inside the rule lemmatizer's lookups
BASE_TABLE = "lemma_base_exc"
COMPONENT = "lapwing_base_lemmas"


def base_table(nlp: Language) -> dict[str, dict[str, str]]:
    """The base-form table of ``nlp``'s rule lemmatizer, by UPOS name ({} when there is none)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table(BASE_TABLE):
        return {}
    table = lookups.get_table(BASE_TABLE)
    return {upos: dict(table[upos]) for upos in POS_IDS if upos and upos in table}


class BaseFormLemmas:
    """Sets the lemma of each token whose (spelling, UPOS) is in the lemmatizer's base-form table."""

    def __init__(self, nlp: Language, name: str = COMPONENT) -> None:
        self.name = name
        self.table: dict[tuple[int, int], str] = {
            (get_string_id(form), POS_IDS[upos]): lemma
            for upos, forms in base_table(nlp).items() for form, lemma in forms.items()}

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        if not table or not len(doc):
            return doc
        for i, key in enumerate(map(tuple, doc.to_array([ORTH, POS]).tolist())):
            lemma = table.get(key)
            if lemma is not None:
                doc[i].lemma_ = lemma
        return doc


@Language.factory(COMPONENT)
def make_base_form_lemmas(nlp: Language, name: str) -> BaseFormLemmas:
    return BaseFormLemmas(nlp, name)


def add_base_lemmas(nlp: Language) -> Language:
    """Put ``lapwing_base_lemmas`` after the lemmatizer when its lookups hold a base-form table (once)."""
    if COMPONENT not in nlp.pipe_names and base_table(nlp):
        nlp.add_pipe(COMPONENT, after="lemmatizer")
    return nlp
