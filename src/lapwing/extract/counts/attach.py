"""What a number counts: the predicate said of the counted group ("70 people were injured", "killing
12"), the counted noun ("3,000 troops"), a protest predicate, a toll, or "other"."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from lapwing.extract.counts.lexicon import CASUALTY, lexicon
from lapwing.extract.counts.numbers import AUX_WORDS, DEFINITE, VAGUE, Quantity
from lapwing.extract.docfacts import token_columns


@dataclass
class Attach:
    category: str | None = None
    rule: str | None = None
    predicate: Token | None = None


def _lower_words(doc: Doc, i: int, n: int, hi: int) -> list[str]:
    return token_columns(doc).lower[i : min(hi, i + n)]  # (a new list: a slice of the shared column)


def _counted_noun(doc: Doc, q: Quantity, sent: Span) -> Token | None:
    """The noun the number counts: '1,500 civilians', 'two police officers', 'dozens of injured people'."""
    j = q.of_end
    lex = lexicon()
    skipped = 0
    head = None
    while j < sent.end and skipped < 5:
        t = doc[j]
        lw = t.lower_
        if (j > q.of_end and not doc[j - 1].whitespace_ and (t.text == "-" or doc[j - 1].text == "-")) or (
                j + 1 < sent.end and doc[j + 1].text == "-" and not t.whitespace_):
            # one hyphenated word ("cash-in-transit robbers", "pro-government fighters"): its parts
            # modify the noun after it
            head = None
            j += 1
            continue
        is_nounish = t.pos_ in ("NOUN", "PROPN") or lex.word("person", lw) or lex.word("noun", lw) \
            or lex.word("thing", lw)
        if lw in ("the", "of") and head is None and q.vague:
            j += 1
            skipped += 1
            continue
        next_is_noun = j + 1 < sent.end and (doc[j + 1].pos_ in ("NOUN", "PROPN") or bool(lex.word("person", doc[j + 1].lower_)))
        if lw in lex.words["adj"] and head is None and not next_is_noun:
            break  # '17 dead', '2,000 homeless': a predicate, not the counted noun
        if is_nounish and not (lw in lex.words["adj"] and head is None):
            head = t
            j += 1
            # compounds: 'police officers', 'aid workers', 'crew members'
            continue
        if head is not None:
            break
        if t.pos_ in ("ADJ", "VERB") and t.tag_ in ("JJ", "VBN", "VBG", "JJR", "JJS") or lw in lex.words["adj"] \
                or t.text == "-" or lw in ("more", "other", "others"):
            if lw == "others":
                return t
            j += 1
            skipped += 1
            continue
        break
    return head


def _noun_category(doc: Doc, noun: Token, q: Quantity) -> tuple[str | None, str]:
    """Category from the noun and its modifiers: 'troops', 'displaced families', 'police officers'."""
    lex = lexicon()
    lw = noun.lower_
    # multi-word nouns ('service members', 'military personnel')
    for kind in ("noun", "person"):
        for k in (2, 3):
            words = tuple(token_columns(doc).lower[max(0, noun.i - k + 1) : noun.i + 1])
            cat = lex.phrases[kind].get(words)
            if cat:
                return (cat if kind == "noun" else "other"), kind
    # adjectives between the number and the noun: '5,000 displaced families', 'hundreds of injured people'
    for t in doc[q.of_end : noun.i]:
        cat = lex.word("adj", t.lower_)
        if cat:
            return cat, "adj"
    cat = lex.word("noun", lw)
    if cat:
        return cat, "noun"
    if lex.word("person", lw) or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS":
        return "other", "person"
    if lex.word("thing", lw):
        return "other", "thing"
    return None, "unknown"


def _match_after(doc: Doc, j: int, hi: int, kinds: tuple[str, ...], passive_ok: bool) -> tuple[str, str, Token] | None:
    """A category predicate just after the group: 'were killed', 'died', 'remain missing', 'took to the streets'."""
    lex = lexicon()
    k = j
    # a coordinated group shares the predicate: '21 passengers and four paramilitary troops died'
    if k + 1 < hi and doc[k].lower_ in ("and", "or") and (doc[k + 1].like_num or doc[k + 1].lower_ in VAGUE):
        m = k + 2
        while m < hi and m - k < 6 and (doc[m].pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or doc[m].like_num
                                        or lex.word("person", doc[m].lower_) or lex.word("noun", doc[m].lower_)):
            m += 1
        k = m
    seen_aux = False
    while k < hi and (doc[k].lower_ in AUX_WORDS or doc[k].pos_ in ("ADV",) and doc[k].lower_ not in ("not", "never")
                      or (doc[k].text == "," and k + 1 < hi and doc[k + 1].pos_ == "ADV")):
        if doc[k].lower_ in ("not", "never"):
            return None
        words = _lower_words(doc, k, 6, hi)
        for kind in kinds:  # phrases that start with an auxiliary: 'remain in detention', 'were treated in hospital'
            if kind != "trans":
                ph = lex.phrase_at(kind, words)
                if ph:
                    return ph[0], kind, doc[k]
        seen_aux = seen_aux or doc[k].lower_ in ("were", "was", "are", "is", "been", "be", "being", "remain", "remained", "remains", "left", "get", "got")
        k += 1
    if k >= hi:
        return None
    words = _lower_words(doc, k, 6, hi)
    for kind in kinds:
        ph = lex.phrase_at(kind, words)
        if ph:
            return ph[0], kind, doc[k]
        cat = lex.word(kind, words[0])
        if cat:
            if kind == "trans":
                # transitive: only passive ('were killed'), never active ('20 gunmen killed ...')
                if not (seen_aux and doc[k].tag_ in ("VBN", "") or (doc[k].tag_ == "VBN" and passive_ok)):
                    continue
            return cat, kind, doc[k]
    return None


def _match_before(doc: Doc, i: int, lo: int, person: bool = True) -> tuple[str, str, Token] | None:
    """An active transitive predicate just before the number: 'killing 12', 'detained at least 40'."""
    lex = lexicon()
    lower = token_columns(doc).lower
    k = i - 1
    while k >= lo and lower[k] in ("a", "further", "another", "an", "additional", "at", "least", "some", "also"):
        k -= 1
    if k < lo:
        return None
    t = doc[k]
    # phrases ending just before the number first: 'claimed the lives of', 'took into custody', 'fatally
    # wounding' (a phrase says more than its last word); the last n words read once for each length n
    last: dict[int, tuple[str, ...]] = {}
    for words, cat in lex.phrases["trans"].items():
        n = len(words)
        if k - n + 1 >= lo:
            got = last.get(n)
            if got is None:
                got = last[n] = tuple(lower[k - n + 1 : k + 1])
            if got == words:
                return cat, "trans", doc[k - n + 1]
    cat = lex.word("trans", t.lower_) or (lex.word("trans_person", t.lower_) if person else None)
    if cat and t.tag_ not in ("NN", "NNS", "NNP"):
        return cat, "trans", t
    # 'left 17,000 people homeless' is handled after the group; 'the bodies of 14 migrants'
    if t.lower_ == "of" and k - 1 >= lo:
        ofcat = lex.word("of", doc[k - 1].lower_)
        if ofcat:
            return ofcat, "of", doc[k - 1]
    return None


def _predicate_via_parse(doc: Doc, group: Token) -> Token | None:
    """The verb (or adjective) the group is an argument of, following conjunctions to the first conjunct."""
    h = group
    for _ in range(3):
        if h.dep_ == "conj" and h.head.i != h.i:
            h = h.head
            continue
        break
    if h.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj", "nsubjpass", "dobj") and h.head.i != h.i:
        return h.head
    return None


def _predicate(doc: Doc, q: Quantity, sent: Span, noun: Token | None, group_end: int) -> tuple[str, str, Token] | None:
    """A category predicate said of the group: (category, kind, predicate token)."""
    lex = lexicon()
    group = noun if noun is not None else doc[q.end - 1]
    is_person = noun is None or bool(lex.word("person", noun.lower_) or lex.word("noun", noun.lower_)
                                     or noun.ent_type_ == "NORP" or noun.tag_ == "NNPS")
    before = _match_before(doc, q.start, sent.start, is_person)
    if before is not None:
        return before
    after = _match_after(doc, group_end, sent.end, ("trans", "intrans", "adj"), passive_ok=noun is not None)
    if after is not None:
        return after
    if doc.has_annotation("DEP"):
        # the parse: '70 people, most of them students, were injured'; 'the army lost 14 soldiers in the ambush'
        p = _predicate_via_parse(doc, group)
        if p is not None:
            first = _first_conjunct(group)
            active_subj = first.dep_ in ("nsubj",)
            passive = first.dep_ in ("nsubj:pass", "nsubjpass") or any(c.dep_ in ("aux:pass", "auxpass") for c in p.children)
            cat_t = lex.word("trans", p.lower_) or (lex.word("trans_person", p.lower_) if is_person else None)
            cat_i = lex.word("intrans", p.lower_)
            cat_a = lex.word("adj", p.lower_)
            if cat_t and (not active_subj or passive):
                return cat_t, "trans", p
            if cat_i and active_subj:
                return cat_i, "intrans", p
            if cat_a and (active_subj or passive):
                return cat_a, "adj", p
            # 'Around 300 farmers blocked the highway in protest': a protest adverbial on the group's verb
            if active_subj and any(c.lower_ == "protest" and c.dep_ in ("obl", "nmod", "advcl") for c in p.children):
                return "protesters", "intrans", p
    # 'left 17 dead', 'left 80,000 people homeless', '40 injured', '300 people injured'
    if group_end < sent.end:
        cat = lex.word("adj", doc[group_end].lower_)
        if cat:
            return cat, "adj", doc[group_end]
        ph = lex.phrase_at("adj", _lower_words(doc, group_end, 4, sent.end))
        if ph:
            return ph[0], "adj", doc[group_end]
    return None


def _is_stative(doc: Doc, q: Quantity, sent: Span, group: Token) -> bool:
    """'The company employs about 4,000 people', 'the camp houses 25,000': how many there are, not an event."""
    lex = lexicon()
    k = q.start - 1
    if k >= sent.start and (lex.word("stative", doc[k].lower_) or doc[k].lemma_ in ("employ", "have", "include")):
        return True
    if doc.has_annotation("DEP"):
        p = _predicate_via_parse(doc, group) or (group.head if group.dep_ in ("obl",) else None)
        if p is not None and (lex.word("stative", p.lower_) or p.lemma_ in ("be", "have", "employ", "include")):
            return True
    return False


def attach(doc: Doc, q: Quantity, sent: Span) -> Attach:
    lex = lexicon()
    noun = _counted_noun(doc, q, sent)
    group_end = (noun.i + 1) if noun is not None else q.of_end
    group = noun if noun is not None else doc[q.end - 1]
    prev = doc[q.start - 1] if q.start > sent.start else None
    noun_cat, noun_kind = _noun_category(doc, noun, q) if noun is not None else (None, "none")
    # definite groups already known: 'the two leaders', 'the 80 passengers' (not 'the 5,000 displaced families')
    definite = prev is not None and prev.lower_ in DEFINITE
    parse_pred = _predicate_via_parse(doc, group) if doc.has_annotation("DEP") else None

    pred = _predicate(doc, q, sent, noun, group_end)
    if noun is not None and noun_kind == "unknown":
        # the number counts something else ('three days', '45 seats') unless a casualty predicate says the
        # group are people or beings: '250 fishermen have disappeared', 'killed 4 guards'
        plural = noun.tag_ in ("NNS", "NNPS") or (noun.tag_ == "" and noun.lower_.endswith("s"))
        if pred is not None and pred[0] in CASUALTY and plural:
            return Attach(pred[0], f"predicate:{pred[1]}", pred[2])
        return Attach()

    # 1. the predicate
    if pred is not None:
        cat, kind, ptok = pred
        if cat == "protesters" and noun_cat in ("troops",) + CASUALTY:
            return Attach(noun_cat, "noun", ptok)  # '3,000 troops marched'
        return Attach(cat, f"predicate:{kind}", ptok)

    # 2. the noun itself ('3,000 troops', '8 deaths', '25,000 displaced people')
    if noun_cat is not None and noun_kind in ("noun", "adj"):
        return Attach(noun_cat, f"noun:{noun_kind}", parse_pred)
    # 'Nine of the wounded', 'two of the dead'
    if q.of_end == q.end and q.end + 2 < sent.end and doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in ("the", "those"):
        cat = lex.word("noun", doc[q.end + 2].lower_) or lex.word("adj", doc[q.end + 2].lower_)
        if cat:
            return Attach(cat, "of-the")
    # 'among those killed', 'were among the dead'
    window = _lower_words(doc, group_end, 6, sent.end)
    if "among" in window:
        k = window.index("among")
        for w in window[k + 1 : k + 4]:
            cat = lex.word("adj", w) or lex.word("noun", w) or lex.word("trans", w)
            if cat and cat in CASUALTY:
                return Attach(cat, "among")
    # 3. a crowd at a protest: 'a crowd of 2,000 ... the march', 'estimated the crowd at 8,000' (not a football crowd)
    protest_context = any(lex.word("intrans", w) == "protesters" or lex.word("noun", w) == "protesters"
                          for w in token_columns(doc).lower[sent.start : sent.end])
    for k in range(max(sent.start, q.start - 4), q.start):
        cat = lex.word("of", doc[k].lower_)
        if cat == "protesters" and protest_context and prev is not None and prev.lower_ in ("of", "at"):
            return Attach(cat, "crowd")
    if prev is not None and prev.lower_ == "of" and q.start - 2 >= sent.start:
        cat = lex.word("of", doc[q.start - 2].lower_)
        if cat and cat != "protesters":
            return Attach(cat, "of")
    # 4. a toll: 'the death toll rose to 143', 'the number of fatalities has climbed to 212'
    if noun is None and prev is not None and prev.lower_ in ("to", "at", "reached", "hit", "of", "is", "was", "stands", "stood"):
        before_words = token_columns(doc).lower[sent.start : q.start]  # (a new list)
        if "toll" in before_words:
            k = len(before_words) - 1 - before_words[::-1].index("toll")
            mod = before_words[k - 1] if k > 0 else ""
            cat = {"injury": "injured", "casualty": None}.get(mod, "killed")
            if cat:
                return Attach(cat, "toll")
        if "number" in before_words:
            k = len(before_words) - 1 - before_words[::-1].index("number")
            if k + 2 < len(before_words) and before_words[k + 1] == "of":
                w = before_words[k + 2]
                cat = lex.word("noun", w) or lex.word("adj", w)
                if cat:
                    return Attach(cat, "toll")
    # 5. other: people or things an event acts on
    if noun is not None and noun_kind in ("person", "thing") and not definite:
        if _is_stative(doc, q, sent, group):
            return Attach()
        if doc.has_annotation("DEP") and parse_pred is None and noun.dep_ in ("nmod", "appos", "compound", "obl", "nmod:poss") \
                and noun.head.pos_ in ("NOUN", "PROPN"):
            return Attach()  # 'a city of 2 million people', 'in front of 45,000 fans': no event acts on the group
        return Attach("other", f"other:{noun_kind}", parse_pred)
    return Attach()


def _first_conjunct(t: Token) -> Token:
    for _ in range(4):
        if t.dep_ == "conj" and t.head.i != t.i:
            t = t.head
        else:
            break
    return t
