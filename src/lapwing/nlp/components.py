"""Small spaCy components Lapwing adds to whichever pipeline is loaded.

``lapwing_boundaries`` runs before the parser and fixes sentence starts that
treebank-trained parsers get wrong on news text:

* a paragraph break (a whitespace token holding a newline) is a sentence of its
  own, so the parser never makes it a subject or joins a headline to the
  first sentence;
* a wire dateline ("CARACAS, April 30 (Lapwing Wire) -", "KANO:") ends before the
  dash or colon, so the lead sentence is parsed on its own (with its subject). A lower-cased
  article's "kano:" is written "KANO:" by the truecasing step (:mod:`lapwing.nlp.truecase`);
* a label in capitals with a dash that opens a later paragraph ("NAMPULA - Police opened fire ...", "REACTIONS -
  France condemned ..."): a roundup's section or a digest's own dateline, a sentence of its own as the article's
  dateline is (session 28 round 49);
* a live blog's timestamp that opens a paragraph ("23:15 - Police fired ...", "9.40 a.m. GMT: ...", "1040 GMT -")
  ends before the paragraph's first sentence, which the parser otherwise hangs on the time as its root;
* a subheading that lost its line break when the page was flattened ("... reserves. Regional support vital Lula,
  speaking Monday, thanked ..."; "... said. Fresh concerns The opposition accused ...") is a sentence of its own
  (:mod:`lapwing.nlp.subheadings`).

The parser keeps boundaries set before it runs.
"""

from __future__ import annotations

import re

from spacy.attrs import IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from lapwing.nlp.hash_strings import strings_of
from lapwing.nlp.subheadings import split_subheadings

# An upper-case place, optional ", Country" / ", Month Day", optional "(Agency)", then a dash or a colon.
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+){0,3})*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*(?:--|[-\u2013\u2014]|:)\s+"
)


# A place in any case ("Lahore:", "new delhi, dec 2 (pti):", "MORELIA, Michoacán:"), one to three words, then a colon: the dateline of
# regional and scraped news, which the parser otherwise reads as the subject of the first sentence
DATELINE_COLON = re.compile(
    r"^\s*(?!(?:he|she|they|it|we|i|police|officials?)\b)[^\W\d_][\w.'\-]*(?:\s+[^\W\d_][\w.'\-]*){0,2}"
    r"(?<!\bsaid)(?<!\bsays)(?<!\btold)(?<!\badded)(?<!\bwrote)"
    r"(?:,\s*(?!(?:he|she|they|it|we|i|police|officials?|said|says)\b)[^\W\d_][\w.'\-]*(?:\s+[^\W\d_][\w.'\-]*){0,2}"
    r"(?=\s*(?:,|:|\())(?<!\bsaid)(?<!\bsays))?"  # a region after the place ("MORELIA, Michoacán:")
    r"(?:,\s*[^\W\d_]{3,9}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?\s*:\s+", re.IGNORECASE)


# A clock time at the start of a line ("23:15", "9.40 a.m.", "1040 GMT", "10:15 (GMT+6)"), then a dash or a colon:
# the stamp of a live blog's update, a sentence of its own
TIMESTAMP = re.compile(
    r"^[ \t]*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC)))"
    r"(?:\s*\(?(?:GMT|UTC|[A-Z]{3,4})(?:[+-]\d{1,2})?\)?)?\s*(?:--|[-\u2013\u2014]|:)[ \t]+(?=\S)", re.MULTILINE)


#: the lead sentence after a dateline keeps at least its first words together
LEAD_WORDS = 6


def _text_and_breaks(doc: Doc) -> tuple[str, list[int]]:
    """``doc.text`` and the indices of its whitespace tokens that hold a newline, read from the document's
    attribute array (``doc.text`` and ``for tok in doc`` make one ``Token`` per word: speed only)."""
    if not len(doc):
        return "", []
    orths, ws, space = doc.to_array([ORTH, SPACY, IS_SPACE]).T.tolist()
    words = strings_of(doc, orths)
    text = "".join([w + " " if s else w for w, s in zip(words, ws)])  # (a token's whitespace: one space or none)
    return text, [i for i, sp in enumerate(space) if sp and "\n" in words[i]]


@Language.component("lapwing_boundaries")
def lapwing_boundaries(doc: Doc) -> Doc:
    n = len(doc)
    text, breaks = _text_and_breaks(doc)
    for i in breaks:
        doc[i].is_sent_start = True
        if i + 1 < n:
            doc[i + 1].is_sent_start = True
    m = DATELINE.match(text) or DATELINE_COLON.match(text)
    if m:
        after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if after is not None and 0 < after.start < n:
            doc[after.start].is_sent_start = True
            # the dateline is one sentence, its dash included ("DAKAR, March 4 (CW) -"), and the lead
            # sentence does not end after its first words ("BEIJING ... - German | Chancellor Olaf Scholz
            # met ..." was split so): no token of either starts a sentence but the lead's first
            for j in range(1, after.start):
                if not doc[j].is_space:
                    doc[j].is_sent_start = False
            for j in range(after.start + 1, min(after.start + LEAD_WORDS, n)):
                if doc[j].is_space or doc[j].text in (".", "!", "?"):
                    break
                doc[j].is_sent_start = False
    if "\n" in text:
        _paragraph_labels(doc, text, n)
    if ":" in text or "." in text:
        _timestamps(doc, text, n)
        split_subheadings(doc)
    if ". " in text:
        _initialism_ends(doc, text, n)
    return doc


#: an initialism with its dots ("U.S.", "U.N.", "U.K."): its own last dot may end the sentence too
INITIALISM = re.compile(r"^(?:[A-Z]\.){2,4}$")
#: words that open a sentence and never go on a name: "... flew home from the U.S. *The* Taliban rejected ...",
#: "... deported from the U.S. *If* the appeal ..." (round fp63; a name after it is left: "the U.S. Senate")
SENTENCE_OPENERS = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "These", "Those", "That",
                              "His", "Her", "Its", "Their", "Our", "But", "And", "If", "In", "On", "At", "Now", "However",
                              "Meanwhile", "When", "While", "After", "Since", "As", "There", "Last", "Earlier", "Later"})


def _initialism_ends(doc: Doc, text: str, n: int) -> None:
    """An initialism whose dot ends its sentence ("... flew home from the U.S. The Taliban rejected ..."): the
    tokenizer keeps the dot on the initialism and the parser runs the two sentences together; a sentence opener right
    after it (:data:`SENTENCE_OPENERS`) starts a new sentence."""
    for i in range(n - 1):
        t = doc[i]
        if t.whitespace_ and INITIALISM.match(t.text) and doc[i + 1].text in SENTENCE_OPENERS \
                and i + 2 < n and not doc[i + 2].is_punct:
            doc[i + 1].is_sent_start = True


# A label in capitals opening a later paragraph, then a dash ("NAMPULA - Police opened fire ...", "REACTIONS -
# France condemned ...", "BEIRA, Nov 1 (Lapwing Wire) -"): a roundup's section or a digest's own dateline
PARAGRAPH_LABEL = re.compile(
    r"(?<=\n)[ \t]*[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Za-z.]+){0,3})*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{1,40}\))?[ \t]*(?:--|[-\u2013\u2014])[ \t]+(?=[A-Z0-9\"\u201c])")


def _paragraph_labels(doc: Doc, text: str, n: int) -> None:
    """A label in capitals with a dash at a later paragraph's start (:data:`PARAGRAPH_LABEL`) is a sentence of its
    own, and the paragraph's first sentence keeps its first words together, as after the article's dateline."""
    for m in PARAGRAPH_LABEL.finditer(text):
        label = m.group(0).strip()
        if not any(c.isalpha() for c in label) or sum(c.isupper() for c in label) < 3:
            continue
        after = _own_sentence(doc, m, n)
        if after is None:
            continue
        for j in range(after + 1, min(after + LEAD_WORDS, n)):
            if doc[j].is_space or doc[j].text in (".", "!", "?"):
                break
            doc[j].is_sent_start = False


def _timestamps(doc: Doc, text: str, n: int) -> None:
    """A live blog's update stamp ("23:15 -") at a line's start is a sentence of its own (:data:`TIMESTAMP`)."""
    for m in TIMESTAMP.finditer(text):
        _own_sentence(doc, m, n)


def _own_sentence(doc: Doc, m: re.Match, n: int) -> int | None:
    """The matched stamp or label is a sentence of its own, and so is what follows it: the index of the token after
    it (None when the match does not fall on tokens inside the document's first ``n``)."""
    after = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    stamp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if after is None or stamp is None or not 0 < after.start < n:
        return None
    doc[after.start].is_sent_start = True
    for j in range(stamp.start + 1, after.start):
        if not doc[j].is_space:
            doc[j].is_sent_start = False
    return after.start


#: rank and title abbreviations of news copy that the treebank-trained tokenizer splits at the
#: full stop ("Lt. Gen. Prosper Avril" -> "Lt" "." ...), which breaks the title chain and the sentence
RANK_ABBREVIATIONS = ("Lt.", "Col.", "Maj.", "Sgt.", "Capt.", "Cpl.", "Pvt.", "Brig.", "Cmdr.", "Gens.", "Sr.",
                      "Lt.-Gen.", "Maj.-Gen.", "Brig.-Gen.", "Lt.-Col.", "Lt.-Cmdr.")


#: hyphenated nouns of protest and conflict that the tokenizer splits at the hyphen ("a sit - in"),
#: which the parser then reads as a verb and a preposition. Kept one token each (also plural and
#: capitalised), with the norm of a one-word noun of the same sense, so that the tagger and parser,
#: which read the norm, see a noun they know
HYPHENATED_NOUNS = {"sit-in": "protest", "walk-out": "strike", "shoot-out": "gunfight", "stand-off": "confrontation",
                    "break-in": "burglary", "cease-fire": "ceasefire", "lock-out": "closure", "take-over": "takeover",
                    "pull-out": "withdrawal", "crack-down": "crackdown", "clamp-down": "crackdown",
                    "round-up": "roundup", "hand-over": "handover", "face-off": "confrontation",
                    "die-in": "protest", "teach-in": "protest", "go-slow": "strike", "stay-away": "strike",
                    "shut-down": "shutdown"}


#: hyphenated verbs of police force in South Asian news ("Police *lathi-charged* the protesters"), which the
#: tokenizer splits so that the tool becomes the subject ("[Police baton] - charged"): one token each, with
#: the norm of the plain verb so that the tagger and parser read a verb; the lemma keeps the tool
HYPHENATED_VERBS = {"lathi-charge": "charge", "baton-charge": "charge", "cane-charge": "charge"}


#: double quotation marks: straight, curly, low-9 and guillemets (apostrophes and single marks are not here: they
#: stand inside words, "it’s", "rock 'n' roll")
QUOTE_MARKS = "\"\u201c\u201d\u201e\u00ab\u00bb"

#: infixes that cut a double quotation mark off the words it is glued to in news copy ('said,“Look', 'win,”he',
#: '"Yes."She'), and the punctuation right before it ('said,', 'said:', 'said—'); the marks are their own tokens,
#: as the treebanks the model learnt from write them
QUOTE_INFIXES = (f"[,:;!?\u2014\u2013](?=[{QUOTE_MARKS}])", f"[{QUOTE_MARKS}]")

#: infixes that cut a dateline's closing bracket and its full stop off the dash glued to them, as Spanish-language
#: agencies write it ('Lima, 3 mar (Agencia).- El ...'): ')' '.' '-' as three tokens, so that the dash is a dateline's
#: dash and the agency's name does not run into the sentence's first words
DATELINE_INFIXES = ("\\)(?=\\.[-\u2013\u2014])", "(?<=\\))\\.(?=[-\u2013\u2014])", "(?<=\\)\\.)[-\u2013\u2014]")


def split_quote_marks(nlp: Language) -> Language:
    """Add :data:`QUOTE_INFIXES` to the tokenizer's infixes, so that a double quotation mark is always a token of its
    own, whatever word or comma it touches (idempotent)."""
    import re as _re

    finditer = nlp.tokenizer.infix_finditer
    old = getattr(getattr(finditer, "__self__", None), "pattern", None)
    extra = "|".join(QUOTE_INFIXES + DATELINE_INFIXES)
    if old is not None and extra in old:
        return nlp
    nlp.tokenizer.infix_finditer = _re.compile(f"{extra}|{old}" if old else extra).finditer
    return nlp


#: abbreviated country names written with full stops, which the tokenizer keeps whole before a hyphen
DOTTED_COUNTRIES = ("U.S.", "U.N.", "U.K.", "E.U.")
#: the participle that follows them with a hyphen and names the leader ("U.S.-led coalition"; "U.N.-backed
#: government" is not the UN's, so "backed" and the like stay one token, coded as nobody's)
LED_PARTICIPLES = ("led",)


def _verb_forms(w: str, norm: str) -> list[tuple[str, str]]:
    stem = w[:-1] if w.endswith("e") else w
    nstem = norm[:-1] if norm.endswith("e") else norm
    return [(w, norm), (w + "s", norm + "s"), (stem + "ed", nstem + "ed"), (stem + "ing", nstem + "ing")]


def add_abbreviations(nlp: Language) -> Language:
    """Keep :data:`RANK_ABBREVIATIONS`, :data:`HYPHENATED_NOUNS` and :data:`HYPHENATED_VERBS` one token each
    (idempotent)."""
    from spacy.symbols import NORM, ORTH

    for a in RANK_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(a, [{ORTH: a}])
    forms = [(f, n) for w, norm in HYPHENATED_NOUNS.items() for f, n in ((w, norm), (w + "s", norm + "s"))]
    forms += [fn for w, norm in HYPHENATED_VERBS.items() for fn in _verb_forms(w, norm)]
    for form, n in forms:
        for v in (form, form[0].upper() + form[1:]):
            nlp.tokenizer.add_special_case(v, [{ORTH: v, NORM: n}])
    for a in DOTTED_COUNTRIES:  # "U.S.-led" as "U.S." "-" "led", as "Saudi-led" is split
        for part in LED_PARTICIPLES:
            nlp.tokenizer.add_special_case(f"{a}-{part}", [{ORTH: a}, {ORTH: "-"}, {ORTH: part}])
    return nlp


def add_to(nlp: Language) -> Language:
    """Insert the boundary fixer before the parser (or sentence splitter), once, the tokenizer's
    rank abbreviations and quotation marks, the lexicons' verbs as known lemmas
    (:mod:`lapwing.nlp.lexicon_verbs`), a hyphenated surname as one token before any tagging
    (:mod:`lapwing.nlp.hyphen_names`), and the base-form lemmas of a rule lemmatizer (:mod:`lapwing.nlp.lemmas`;
    spaCy's English rule lemmatizer reads the document's columns, :mod:`lapwing.nlp.rule_lemmatizer`)."""
    from lapwing.nlp.lemmas import add_base_lemmas
    from lapwing.nlp.lexicon_verbs import know_lexicon_verbs
    from lapwing.nlp.rule_lemmatizer import use_column_lemmatizer

    add_abbreviations(nlp)
    know_lexicon_verbs(nlp)
    split_quote_marks(nlp)
    add_base_lemmas(nlp)
    use_column_lemmatizer(nlp)
    if "lapwing_hyphen_names" not in nlp.pipe_names and len(nlp.pipe_names) > 1:
        import lapwing.nlp.hyphen_names  # noqa: F401  (registers the component: a hyphenated surname is one token)

        nlp.add_pipe("lapwing_hyphen_names", first=True)
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("lapwing_hyphen_name_ents", after="ner")
    if "lapwing_boundaries" in nlp.pipe_names:
        return nlp
    for anchor in ("parser", "senter", "sentencizer"):
        if anchor in nlp.pipe_names:
            nlp.add_pipe("lapwing_boundaries", before=anchor)
            return nlp
    nlp.add_pipe("lapwing_boundaries")
    return nlp
