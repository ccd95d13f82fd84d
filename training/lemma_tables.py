"""Build the tables of spaCy's rule lemmatizer from the UD treebanks' training splits.

    python training/lemma_tables.py                          # EWT + GUM train -> training/output/lemma_tables.json
    python training/lemma_tables.py --add-to DIR --out DIR2   # DIR's pipeline with its lemmatizer replaced

spaCy's English ``lemmatizer`` component in ``rule`` mode reads the UPOS and the morphology that the
morphologizer predicts and then, for a token that is not already a base form (a singular noun, an
infinitive, a positive adjective or adverb: ``EnglishLemmatizer.is_base_form``), looks at three
tables per UPOS:

* ``lemma_exc``: whole words whose lemma no suffix rule gives ("went" -> "go", "n't" -> "not");
* ``lemma_rules``: suffix rewrites ``[old, new]``; when no exception applies, the first rule (in
  order) whose ``old`` ends the lower-cased word gives the lemma;
* ``lemma_index``: known lemmas (optional; a rule's output in the index wins over rule order; among
  several in the index, the last rule's).

Every table here is derived from the treebanks (nothing is copied from elsewhere):

1. Each training token (lower-cased form, UPOS, gold lemma) that would reach the tables (not a base
   form by its gold morphology) is counted. A token marked ``Typo=Yes`` counts only where its
   spelling is no correct word of that UPOS ("teh" -> "the" does, "there" for "their" does not).
2. Suffix rules: for each word type, the edit from its form to its lemma is the changed tail
   (``studied`` -> ``studi|ed`` -> ``y``) widened by up to ``context`` letters of the unchanged stem
   (``ied`` -> ``y``, ``died`` -> ``dy``, ...); an unchanged word gives the identity on its last
   letters. For each suffix, the edit most word types with that suffix take wins, if at least
   ``min_types`` types take it and it differs from what the next shorter suffix already gives.
   Rules are ordered longest suffix first, so the most specific one applies; the empty rule
   ``["", ""]`` at the end lower-cases what nothing else matches.
3. Exceptions: a (form, UPOS) whose most frequent gold lemma the rules do not give becomes an
   exception when that makes more training tokens right than the rules do. The lemma must be
   spelt somewhere in the data ("fled" -> "flead", three annotation slips, gives way to "flee"); a
   capital the lemma only has from its word's spelling ("United" -> "Unite") is dropped.
4. Proper nouns get no rules: spaCy then keeps their spelling ("Kano" stays "Kano"). Words whose
   UPOS has no table at all (punctuation, numbers, ...) are lower-cased by spaCy.
5. Base-form exceptions: spaCy lower-cases a base form without reading the tables, which loses the
   treebank's "American" (ADJ) or "p.m." (for "PM"). Exact spellings whose base-form lemma is not
   their lower case go into the lemmatizer's lookups as one more table, which spaCy stores and
   ignores; Lapwing's loader applies it right after the lemmatizer (``lapwing.nlp.lemmas``: a
   dictionary look-up per token; spaCy's ``attribute_ruler`` with one pattern per spelling cost as
   much CPU as the neural lemmatizer it replaces).

6. Known verbs (the recipe's default; ``--no-index`` leaves them out): a ``lemma_index`` of VERB
   lemmas (those at least two training tokens spell as a base form, plus the verbs of the
   project's lexicons: ``lemma_known.py``) and, after the learnt rules, rules undoing a doubled final
   consonant (``lled`` -> ``l``, ``pping`` -> ``p``). A rule whose output is a known verb then wins:
   "shelled" -> "shell", not "shel"; "patrolled" -> "patrol", not "patroll"; an unknown verb keeps
   the first rule's output as before.

Hand-written entries (``training/lexicon/lemma_extra.tsv``, documented there) are added last; they
override the treebank's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_OUT = HERE / "output" / "lemma_tables.json"
EXTRA = HERE / "lexicon" / "lemma_extra.tsv"

#: UPOS values that get no suffix rules (their spelling is kept unless an exception says otherwise)
NO_RULES = {"PROPN"}
#: UPOS values given a lemma_index (with ``use_index``): verbs, whose doubled consonants and silent
#: "e" the suffix rules alone cannot know; a noun index turned "troops", "goods" into their own lemmas
INDEX_POS = {"VERB"}
#: UPOS values spaCy never lemmatises through the tables
SKIP_POS = {"SPACE", "_", ""}


@dataclass(frozen=True)
class Token:
    form: str
    upos: str
    feats: dict[str, str]
    lemma: str


@dataclass
class Tables:
    """The three tables, keyed by lower-case UPOS as spaCy looks them up."""

    rules: dict[str, list[list[str]]] = field(default_factory=dict)
    exc: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    index: dict[str, list[str]] = field(default_factory=dict)
    #: UPOS (upper case) -> exact spelling -> lemma, for base forms spaCy would only lower-case
    base: dict[str, dict[str, str]] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"lemma_rules": self.rules, "lemma_exc": self.exc, "lemma_index": self.index,
                "base_form_exceptions": self.base, "stats": self.stats}

    @classmethod
    def from_json(cls, data: dict) -> Tables:
        return cls(data["lemma_rules"], data["lemma_exc"], data.get("lemma_index", {}),
                   data.get("base_form_exceptions", {}), data.get("stats", {}))


# ---------------------------------------------------------------------------- reading


def parse_feats(feats: str) -> dict[str, str]:
    if feats in ("", "_"):
        return {}
    return dict(item.split("=", 1) for item in feats.split("|") if "=" in item)


def read_tokens(lines: Iterable[str], skip_doc=None) -> Iterator[Token]:
    """Tokens of CoNLL-U text (multiword ranges and empty nodes skipped). ``skip_doc(doc_id)`` true
    drops a document (``# newdoc id = ...``)."""
    skipping = False
    for line in lines:
        line = line.rstrip("\n")
        if line.startswith("#"):
            if line.startswith("# newdoc id") and "=" in line:
                doc_id = line.split("=", 1)[1].strip()
                skipping = bool(skip_doc and skip_doc(doc_id))
            continue
        if not line or skipping:
            continue
        cols = line.split("\t")
        if len(cols) < 6 or "-" in cols[0] or "." in cols[0]:
            continue
        form, lemma, upos = cols[1], cols[2], cols[3]
        if lemma == "_" and form != "_":
            lemma = form
        yield Token(form, upos, parse_feats(cols[5]), lemma)


def gum_excluded(doc_id: str) -> bool:
    """GUM documents of the genres the recipe leaves out (licence: see training/convert.py)."""
    sys.path.insert(0, str(HERE))
    from convert import EXCLUDED_GUM_GENRES

    parts = doc_id.split("_")
    return len(parts) > 1 and parts[1] in EXCLUDED_GUM_GENRES


def treebank_tokens(data: Path) -> Iterator[Token]:
    """The training splits: EWT train and GUM train (GUM without the excluded genres)."""
    tb = data / "treebanks"
    sources = [(tb / "UD_English-EWT" / "ewt-train.conllu", None),
               (tb / "UD_English-GUM" / "gum-train.conllu", gum_excluded)]
    for path, skip in sources:
        if not path.is_file():
            raise FileNotFoundError(f"{path} is missing: the lemma tables are built from the UD treebanks in "
                                    f"../shared/data/treebanks (give another folder with --data)")
        with open(path, encoding="utf8") as fh:
            yield from read_tokens(fh, skip)


# ---------------------------------------------------------------------------- what spaCy does


def is_base_form(upos: str, feats: dict[str, str]) -> bool:
    """spaCy's ``EnglishLemmatizer.is_base_form`` on UD values: such tokens never reach the tables."""
    pos = upos.lower()
    if pos == "noun" and feats.get("Number") == "Sing":
        return True
    if pos == "verb" and feats.get("VerbForm") == "Inf":
        return True
    if pos == "verb" and feats.get("VerbForm") == "Fin" and feats.get("Tense") == "Pres" and "Number" not in feats:
        return True
    if pos == "adj" and feats.get("Degree") == "Pos":
        return True
    return feats.get("VerbForm") in ("Inf", "None") or feats.get("Degree") == "Pos"


def apply_rules(word: str, rules: list[list[str]], index: set[str] | frozenset = frozenset()) -> str:
    """What spaCy's rule lemmatizer gives for ``word`` (original case) from ``rules`` alone (no
    exception): a rule output in the index first (the last such rule), then a non-alphabetic output
    (the first), then the first rule's output; with no rule matching, the word unchanged."""
    low = word.lower()
    known: list[str] = []
    other: list[str] = []
    oov: list[str] = []
    for old, new in rules:
        if low.endswith(old):
            form = low[: len(low) - len(old)] + new
            if not form:
                continue
            if form in index:
                known.insert(0, form)
            elif not form.isalpha():
                other.append(form)
            else:
                oov.append(form)
    forms = known + other
    if forms:
        return forms[0]
    return oov[0] if oov else word


# ---------------------------------------------------------------------------- building


def edit(form: str, lemma: str) -> tuple[str, str] | None:
    """The changed tail of a lower-cased form and lemma (``studied``, ``study`` -> ``ied``, ``y``);
    None when the lemma does not share the form's first letter (``went`` -> ``go``: a rule cannot learn it)."""
    p = 0
    while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
        p += 1
    if p == 0:
        return None
    return form[p:], lemma[p:]


def suffix_rules(pairs: Counter, context: int, min_types: int) -> list[list[str]]:
    """Suffix rules of one UPOS from its (form, lemma) word types (lower case), longest first."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for (form, lemma), _n in pairs.items():
        e = edit(form, lemma)
        if e is None:
            continue
        old, new = e
        stem = form[: len(form) - len(old)]
        for k in range(0, context + 1):
            if k > len(stem) - 1:  # keep at least one letter of the stem
                break
            ctx = stem[len(stem) - k:] if k else ""
            key = ctx + old
            if not key:
                continue
            votes[key][ctx + new] += 1
    chosen: dict[str, str] = {}
    for key in sorted(votes, key=len):  # shorter suffixes first, so a longer one is kept only if it differs
        new, n = votes[key].most_common(1)[0]
        if n < min_types:
            continue
        shorter = next((key[i:] for i in range(1, len(key)) if key[i:] in chosen), None)
        implied = (key[: len(key) - len(shorter)] + chosen[shorter]) if shorter is not None else key
        if new != implied:
            chosen[key] = new
    rules = sorted(([old, new] for old, new in chosen.items()), key=lambda r: (-len(r[0]), r[0]))
    rules.append(["", ""])
    return rules


#: consonants a verb doubles before -ed / -ing ("patrol" -> "patrolled", "ship" -> "shipping")
DOUBLING = "bdglmnprt"


def doubling_rules() -> list[list[str]]:
    """Rules undoing a doubled final consonant ("lled" -> "l", "pping" -> "p"), put after every learnt
    rule: spaCy takes the first output when none is a known lemma, so they never decide for an unknown
    word; among known lemmas the last rule's wins, so "patrolled" -> "patrol" (known) beats
    "patroll" (unknown). Only useful with an index (``use_index``)."""
    return [[c + c + end, c] for end in ("ed", "ing") for c in DOUBLING]


def _lower_counts(counts: Counter) -> Counter:
    out: Counter = Counter()
    for lemma, n in counts.items():
        out[lemma.lower()] += n
    return out


def build(tokens: Iterable[Token], context: int = 3, min_types: int = 3, use_index: bool = False,
          min_exc_gain: int = 1, min_index_tokens: int = 2, known: dict[str, set[str]] | None = None) -> Tables:
    """The rule lemmatizer's tables from gold tokens (see the module docstring); ``known`` (UPOS ->
    lemmas) adds lemmas from outside the treebanks to the index."""
    lemmas: dict[tuple[str, str], Counter] = defaultdict(Counter)   # (upos, lower form) -> gold lemmas
    forms: dict[tuple[str, str], Counter] = defaultdict(Counter)    # (upos, lower form) -> original forms
    seen_lemmas: dict[str, set[str]] = defaultdict(set)
    lemma_tokens: Counter = Counter()  # (UPOS, lower lemma) -> base-form tokens spelt as the lemma
    from_lower: dict[tuple[str, str], set[str]] = defaultdict(set)  # lemmas of lower-case spellings
    n_tokens = n_reaching = 0
    tokens = list(tokens)
    written_forms: set[str] = set()  # every spelling in the data, to check an exception's lemma against
    plain_forms: set[tuple[str, str]] = set()  # (UPOS, spelling) of words not marked as misspelt
    for t in tokens:
        if t.upos not in SKIP_POS:
            written_forms.add(t.form.lower())
            if t.feats.get("Typo") != "Yes" and t.lemma.isalpha() and t.form.lower() == t.lemma.lower() \
                    and is_base_form(t.upos, t.feats):
                # a lemma the data spells as a base form (an infinitive): not a gerund that one
                # annotation took for its own lemma ("Fighting" in a title)
                lemma_tokens[(t.upos, t.lemma.lower())] += 1
            if t.feats.get("Typo") != "Yes":
                plain_forms.add((t.upos, t.form.lower()))
    base: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (UPOS, exact form) -> lemmas of base forms
    for t in tokens:
        n_tokens += 1
        if t.upos in SKIP_POS:
            continue
        if t.feats.get("Typo") == "Yes" and (t.upos, t.form.lower()) in plain_forms:
            # a misspelling that is also a real word of that UPOS ("loose" for "lose"): an entry
            # would misread the word
            continue
        if is_base_form(t.upos, t.feats):
            base[(t.upos, t.form)][t.lemma] += 1
            continue
        n_reaching += 1
        key = (t.upos, t.form.lower())
        lemmas[key][t.lemma] += 1
        forms[key][t.form] += 1
        if t.form == t.form.lower():
            from_lower[key].add(t.lemma)
    plain_spellings = {form for _upos, form in plain_forms}
    for (upos, lem), n in lemma_tokens.items():
        # a lemma of one token only may be an annotation slip ("spel")
        if n >= min_index_tokens and lem in plain_spellings:
            seen_lemmas[upos].add(lem)
    tables = Tables()
    by_pos: dict[str, Counter] = defaultdict(Counter)
    for (upos, low), counts in lemmas.items():
        if upos in NO_RULES:
            continue
        best = counts.most_common(1)[0][0]
        by_pos[upos][(low, best.lower())] += 1
    for upos, pairs in by_pos.items():
        tables.rules[upos.lower()] = suffix_rules(pairs, context, min_types)
        if use_index and upos == "VERB":
            tables.rules["verb"] += doubling_rules()
        if use_index and upos in INDEX_POS:
            # a lemma no text spells is an annotation slip ("spelled" -> "spel"), not a known lemma
            tables.index[upos.lower()] = sorted(seen_lemmas[upos] | (known or {}).get(upos, set()))
    n_exc = 0
    for (upos, low), counts in sorted(lemmas.items()):
        pos = upos.lower()
        rules = tables.rules.get(pos, [])
        index = set(tables.index.get(pos, ()))
        # the most frequent gold lemma that is itself written somewhere in the data: a lemma no text
        # spells is an annotation slip ("fled" -> "flead"), not an irregular form
        attested = [lem for lem, _n in counts.most_common() if lem.lower() in written_forms]
        if not attested:
            continue
        best = attested[0]
        written = forms[(upos, low)]
        if upos not in NO_RULES and best != best.lower() and best not in written \
                and best not in from_lower[(upos, low)]:
            # a capital the lemma only has because its word began a title or a name ("United" -> "Unite"):
            # the table entry is looked up for every spelling, so it keeps the lower case ("me" -> "I",
            # which lower-case spellings have too, keeps its capital)
            best = best.lower()
            counts = _lower_counts(counts)
        # tokens right without an exception: each original spelling goes through the rules
        right_rules = sum(n * counts[apply_rules(form, rules, index)] for form, n in written.items())
        if counts[best] - right_rules >= min_exc_gain:
            tables.exc.setdefault(pos, {})[low] = [best]
            n_exc += 1
    for (upos, form), counts in sorted(base.items()):
        # spaCy lower-cases a base form without looking at the tables: where the treebank's lemma of
        # this exact spelling is something else ("Palestinian", "PM" -> "p.m."), an attribute ruler
        # sets it before the lemmatizer runs
        best, n = counts.most_common(1)[0]
        if best != form.lower() and best.lower() in written_forms and n - counts[form.lower()] >= min_exc_gain:
            tables.base.setdefault(upos, {})[form] = best
    tables.stats = {"tokens": n_tokens, "tokens_reaching_tables": n_reaching, "exceptions": n_exc,
                    "base_form_exceptions": sum(len(v) for v in tables.base.values()),
                    "rules": sum(len(r) for r in tables.rules.values())}
    return tables


def read_extra(path: Path = EXTRA) -> list[tuple[str, str, str]]:
    """Hand-written (UPOS, form, lemma) rows: tab-separated, '#' starts a comment."""
    rows = []
    if not path.is_file():
        return rows
    for n, line in enumerate(path.read_text(encoding="utf8").splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise ValueError(f"{path}:{n}: expected UPOS<TAB>form<TAB>lemma, got {line!r}")
        rows.append((cols[0].strip(), cols[1].strip(), cols[2].strip()))
    return rows


def add_extra(tables: Tables, rows: Iterable[tuple[str, str, str]]) -> Tables:
    for upos, form, lemma in rows:
        tables.exc.setdefault(upos.lower(), {})[form.lower()] = [lemma]
    return tables


def build_from_treebanks(data: Path = DEFAULT_DATA, use_index: bool = True, **kw) -> Tables:
    """The shipped recipe: the treebanks' tables with a verb index of the treebanks' and the project's
    lexicons' lemmas (``lemma_known``), plus the hand-written rows."""
    known = None
    if use_index:
        sys.path.insert(0, str(HERE))
        from lemma_known import lexicon_lemmas

        known = lexicon_lemmas()
    return add_extra(build(treebank_tokens(data), use_index=use_index, known=known, **kw), read_extra())


# ---------------------------------------------------------------------------- into a pipeline


def lookups(tables: Tables):
    from spacy.lookups import Lookups

    lk = Lookups()
    lk.add_table("lemma_rules", tables.rules)
    lk.add_table("lemma_exc", tables.exc)
    if tables.index:
        lk.add_table("lemma_index", {pos: {w: 1 for w in words} for pos, words in tables.index.items()})
    return lk


def add_rule_lemmatizer(nlp, tables: Tables, name: str = "lemmatizer") -> None:
    """Put spaCy's rule lemmatizer with ``tables`` into ``nlp``, after the morphologizer (whose UPOS
    and morphology it reads), in place of any lemmatizer ``nlp`` has. The base-form exceptions
    travel in its lookups as ``lapwing.nlp.lemmas.BASE_TABLE``, which spaCy ignores and Lapwing's
    loader applies (``lapwing_base_lemmas``)."""
    from lapwing.nlp.lemmas import BASE_TABLE

    for old in ("trainable_lemmatizer", "lemmatizer"):
        if old in nlp.pipe_names:
            nlp.remove_pipe(old)
    after = "morphologizer" if "morphologizer" in nlp.pipe_names else None
    lemm = nlp.add_pipe("lemmatizer", name=name, after=after, config={"mode": "rule", "overwrite": True})
    lk = lookups(tables)
    if tables.base:
        lk.add_table(BASE_TABLE, tables.base)
    lemm.initialize(lookups=lk)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=None,
                    help="where to write: the tables' JSON (default training/output/lemma_tables.json), or "
                         "with --add-to the new pipeline's directory")
    ap.add_argument("--add-to", type=Path, default=None, metavar="PIPELINE",
                    help="write PIPELINE with its lemmatizer replaced by the rule lemmatizer to --out")
    ap.add_argument("--context", type=int, default=3, help="letters of the stem a suffix rule may include")
    ap.add_argument("--min-types", type=int, default=3, help="word types a suffix rule needs")
    ap.add_argument("--no-index", action="store_true",
                    help="no lemma_index (known verb lemmas) nor doubled-consonant rules: the 0.1.1 tables")
    args = ap.parse_args(argv)
    tables = build_from_treebanks(args.data, context=args.context, min_types=args.min_types,
                                  use_index=not args.no_index)
    if args.add_to is None:
        out = args.out or DEFAULT_OUT
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(tables.to_json(), ensure_ascii=False, indent=1, sort_keys=True))
        print(json.dumps({"out": str(out), **tables.stats}))
        return 0
    if args.out is None or args.out.resolve() == args.add_to.resolve():
        ap.error("--add-to needs --out DIR, a different directory (the pipeline given is not changed)")
    sys.path.insert(0, str(HERE))
    import assemble

    assemble.with_rule_lemmatizer(args.add_to, tables, args.out)
    print(json.dumps({"out": str(args.out), **tables.stats}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
