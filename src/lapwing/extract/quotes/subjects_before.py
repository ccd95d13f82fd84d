"""Subjects read on the words around a cue when the parse lost them: the name right before a finite cue (over an
apposition, an aside, a relative clause, a time phrase), words the tagger misread, modifiers the parser made verbs,
and the main subject of a cue in an opening adverbial clause or an aside after the subject."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SUBJ_DEPS, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.subject_words import (_DASHES, _OPENING_ADVERBS, _QUANTITY_SUBJECTS, _inside_quote_token,
                                                 _relative_who, is_time_word, owner_of_place_phrase)


# words that may open a sentence before a participle cue of an adverbial clause ('After arguing that ...', 'In
# addition to stating that ...', 'Having announced that ...')
_OPENING_CLAUSE_WORDS = {"after", "before", "while", "when", "since", "by", "despite", "upon", "on", "in", "addition",
                         "to", "besides", "having", "also", "even", "without", "instead", "of", "later", "earlier"}


def _opening_clause_subject(verb: Token) -> Token | None:
    """'After arguing that A, [his team] is suggesting ...', 'Having announced that A, [Judge Berg] proceeded ...',
    'Noting that A, [Ruiz] put ...':
    a participle cue in the adverbial clause that opens its sentence speaks for the subject of the main clause after
    it (the first noun phrase after the comma that closes the opening clause, up to its verb)."""
    doc = verb.doc
    having = verb.i > 0 and doc[verb.i - 1].lower_ == "having"
    if not (verb.tag_ in ("VBG", "VBN") or verb.lower_.endswith("ing") or having) or not is_cue_verb(verb):
        return None
    index = index_of(doc)
    lo = index.sent_start(verb)
    k = verb.i - 1
    while k >= lo and (doc[k].lower_ in _OPENING_CLAUSE_WORDS or doc[k].pos_ == "ADV") and verb.i - k <= 4:
        k -= 1
    if k == verb.i - 1 and not (verb.i == lo and verb.lower_.endswith("ing")) or k >= lo and doc[k].text != ",":
        return None  # (a participle opening the sentence itself: 'Noting that A, [Ruiz] put ...')
    opening = [t for t in doc[lo:k] if not t.is_space and not t.is_punct] if k >= lo else []
    if k >= lo and not (opening and len(opening) <= 2 and all(t.pos_ in ("ADV", "CCONJ", "INTJ") or t.tag_ in ("RB", "CC") for t in opening)):
        # 'Mr. Sanders, after initially saying A, has now ...': an aside after the subject (not 'Now, after ...')
        return _aside_owner(doc, k, lo)
    hi = index.sent_end(verb)
    comma = next((j for j in range(verb.i + 1, hi) if doc[j].text == ","), None)
    if comma is None:
        return None
    head = None
    j, stop = comma + 1, min(hi, comma + 10)
    while j < stop:
        t = doc[j]
        j += 1
        if t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i"):
            head = t
        elif t.pos_ in ("VERB", "AUX"):
            break
        elif t.pos_ == "ADV" and head is not None:
            continue  # ('..., Mr. Holm [only occasionally] disagreed ...': adverbs before the subject's verb)
        elif t.text == "," and head is not None and head.pos_ == "PROPN":
            # '..., [Ruiz], the treasurer, resigned': past the name's apposition to its verb
            close = next((x for x in range(j, min(hi, j + 12)) if doc[x].text == ","), None)
            if close is None or not any(doc[x].pos_ in ("NOUN", "PROPN") for x in range(j, close)) \
                    or any(doc[x].pos_ in ("VERB", "AUX") for x in range(j, close)):
                return None
            j, stop = close + 1, min(hi, close + 4)
        elif not (t.pos_ in ("DET", "ADJ", "NUM", "PUNCT") and t.text not in (",", ".", ";") or t.tag_ in ("POS", "PRP$")):
            return None
    if head is None or is_time_word(head):
        return None
    return _relative_who(head)


def _aside_owner(doc, comma: int, lo: int) -> Token | None:
    """The name or noun that opens the sentence right before the ``comma`` opening an aside ('[Mr. Sanders], after
    saying ..., has ...')."""
    words = [t for t in doc[lo:comma] if not t.is_space]
    if not words or len(words) > 6 or not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.tag_ in ("POS", "PRP$")
                                              or t.text == "." for t in words):
        return None
    head = words[-1]
    return head if head.pos_ in ("PROPN", "NOUN") and not is_time_word(head) else None


def _subject_before(verb: Token) -> Token | None:
    """When the parse gives a finite cue no subject (often a sentence break put too early, as in
    'Alabama Sen.' | 'Jeff Sessions, a Trump supporter,' | 'said ...'): the name right before it,
    over an apposition between commas."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].tag_ == "MD" and doc[k].text[:1].isupper() and verb.tag_ in ("VBD", "VBZ"):
        return doc[k]  # 'Will wrote', 'which Will claims': a name the tagger read as a modal (no modal takes these forms)
    skipped_words: list[Token] = []
    past_phrase = False
    while True:
        while k >= 0 and (doc[k].is_space and "\n" not in doc[k].text or doc[k].pos_ in ("ADV", "AUX", "ADJ")
                          and doc[k].lower_ not in ("not",) or _time_phrase_word(doc, k)
                          or doc[k].lower_ in _AUX_READ_AS_VERBS and skipped_words):
            if not doc[k].is_space:
                skipped_words.append(doc[k])
            k -= 1
        # 'Allies have [in the past] said ...', 'Officials have [for years] insisted ...': a phrase between the
        # subject (and its 'have') and the cue, which the parser left as the only noun before the cue
        pp = _phrase_start(doc, k, verb)
        if pp is None:
            break
        skipped_words.extend(doc[j] for j in range(k, pp - 1, -1))
        k = pp - 1
        past_phrase = True
    lost = _lost_subject(doc, k, skipped_words)
    if lost is not None:
        return lost
    misread = _misread_noun(verb, k, skipped_words)
    if misread is not None:
        return misread
    if k < 0 or doc[k].is_space:
        return None
    if doc[k].tag_ in ("VBN", "VBD") and doc[k].pos_ == "VERB" and not any(c.dep_ in ("obj", "ccomp") for c in doc[k].children):
        # 'those surveyed say ...', 'a court document filed Thursday says ...': a participle on the subject
        on = next((c for c in doc[k].children if c.dep_ in SUBJ_DEPS and c.i == k - 1), None)
        if on is None and doc[k].dep_ == "acl" and doc[k].head.i < k:
            on = doc[k].head
        if on is not None and (on.pos_ in ("NOUN", "PROPN") or on.lower_ in ("those", "these", "many", "most", "some")):
            return on
        return None
    skipped = False  # over an apposition between commas, or an aside between dashes or in parentheses
    between = None  # (the words between the commas)
    in_quote = False
    if _inside_quote_token(doc[k]) and k > 0 and doc[k - 1].text == ",":
        k -= 1  # 'Mr. Holm, citing "the rules of the house," said ...'
        in_quote = True
    if doc[k].text == ",":
        j = k - 1
        while j >= 0 and k - j <= 15 and doc[j].text != "," and not doc[j].is_space \
                and doc[j].text not in (".", "!", "?", ";", ":") and not _inside_quote_token(doc[j]):
            j -= 1
        if j >= 0 and _inside_quote_token(doc[j]):
            j = _opening_comma_past_quote(doc, k, in_quote)
        if j < 1 or doc[j].text != ",":
            # 'Glenn Beck, who since ... has thrown restraint to the winds, on Friday declared': a relative clause
            # longer than an apposition, ending at this comma, on the noun before it
            return _relative_clause_owner(doc[k - 1], k) if k > 0 else None
        between = doc[j + 1 : k]
        k = j - 1
        skipped = True
    elif doc[k].text in _DASHES or doc[k].text == ")":
        opener = "(" if doc[k].text == ")" else doc[k].text
        j = k - 1
        while j >= 0 and k - j <= 40 and doc[j].text != opener and not doc[j].is_space \
                and doc[j].text not in (".", "!", "?", ";"):
            j -= 1
        if j < 1 or doc[j].text != opener or doc[j - 1].is_space:
            return None
        k = j - 1
        skipped = True
    t = doc[k]
    if skipped and between is not None and any(c.dep_ == "case" and c.lower_ != "of" for c in t.children) \
            and _opening_phrase(doc, t):
        # 'After the vote, [Gov. Jan Ek] (R-Ohio), said ...': the noun before the commas is a preposition's, the name
        # between them is who speaks
        name = next((x for x in between if x.pos_ == "PROPN" and x.head.i not in range(between.start, between.end)
                     and x.dep_ in ("appos", "nsubj", "conj", "dep")), None)
        if name is not None:
            return name
    rel = t.head
    if not skipped and t.dep_ in ("obj", "obl") and rel.dep_ in ("acl:relcl", "relcl") and rel.i < t.i \
            and rel.head.i < rel.i and any(c.dep_ in SUBJ_DEPS and c.lower_ in ("who", "that") for c in rel.children):
        t = rel.head  # 'One of the doctors [who sent the letter] called ...': the one the relative clause is about
        if t.pos_ == "NUM":  # 'Two of [the nurses] who ...'
            t = next((c for c in t.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), t)
    if not skipped and t.head.i < t.i and any(c.dep_ == "case" and c.lower_ in ("in", "at") for c in t.children):
        # '..., and the French embassy [in Dakar] said': the place of a phrase on a body that already names whose
        # it is (a name or nationality before it) is where the body sits, not who speaks (the parser hung the phrase
        # on that noun or on a verb before it); 'the government in [Caracas]' keeps the place, which names whose
        owner = owner_of_place_phrase(t)
        if owner is not None and t.head.i <= owner.i and _names_whose(owner):
            t = owner
    if skipped and t.dep_ == "nmod" and t.head.i == t.left_edge.i - 1 and t.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" for c in t.children):
        t = t.head  # 'the senator [from Ohio], who ..., said': the noun the phrase follows, not the name in it
    elif skipped and between is not None and between[0].lower_ in ("who", "which", "whose", "where"):
        # 'China's embassy [in Port Moresby], which ..., said': the parser hung the phrase's noun elsewhere (made
        # it a clause with the embassy as its subject); the noun before the phrase is who speaks
        owner = owner_of_place_phrase(t)
        if owner is not None:
            t = owner
    while past_phrase and t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and (
            t.dep_ == "conj" or t.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ == "of" for c in t.children)):
        t = t.head  # '[Members] of the board have for years insisted', '[Pilots] and dockers have in the past said'
    if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i", "who")):
        if t.lower_ in ("it", "that", "this", "there"):
            return None
        return _relative_who(t)
    return None


def _names_whose(noun: Token) -> bool:
    """A name or nationality word on ``noun`` before it ('the [United States] embassy', "[China]'s consulate", 'the
    [French] mission')."""
    def named(w: Token) -> bool:
        return w.pos_ == "PROPN" or w.ent_type_ in ("NORP", "GPE", "LOC", "ORG")
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.tag_ == "POS" and noun.i > 1:
        before = noun.doc[noun.i - 2]
    return before is not None and named(before) or any(
        c.i < noun.i and c.dep_ in ("compound", "amod", "nmod:poss", "flat") and named(c) for c in noun.children)


def _opening_phrase(doc, t: Token) -> bool:
    """``t`` is in a phrase opening its sentence (a preposition, an adverb, a participle or a time first, and no
    finite verb up to ``t``): 'After the vote, ...', 'Tuesday at the rally in Berea, after winning the state, ...'."""
    lo = index_of(doc).sent_start(t)
    while lo < t.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    first = doc[lo]
    if not (first.pos_ in ("ADP", "SCONJ", "ADV") or first.tag_ in ("VBG", "VBN") or is_time_word(first)):
        return False
    return not any(x.tag_ in ("VBD", "VBZ", "VBP", "MD") for x in doc[lo : t.i])


# words that open a clause of its own between a verb and a later cue
_CLAUSE_OPENERS = {"as", "while", "when", "because", "although", "though", "whereas", "since", "after", "before",
                   "until", "if", "unless"}


def _modifier_subject(verb: Token) -> Token | None:
    """'Sources close to her campaign say ...', 'those surveyed say ...', 'A court document filed Thursday says ...':
    the parser made the words that modify the subject a verb and hung the cue on it. The cue has no subject, the verb
    above it comes before it with no object or clause of its own, and its subject stands right before it."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis", "ccomp", "xcomp", "conj", "discourse") or head.i >= verb.i \
            or is_cue_verb(head) or head.pos_ not in ("VERB", "ADJ", "ADV") \
            or head.tag_ not in ("VBN", "VBD", "VB", "JJ", "RB", "VBG"):
        return None
    doc = verb.doc
    if any(doc[j].is_punct or doc[j].is_space for j in range(head.i, verb.i)):
        return None
    if any(doc[j].lower_ in _CLAUSE_OPENERS for j in range(head.i + 1, verb.i)):
        return None  # 'The crisis deepened as [President X] refused to ...': the cue has a clause of its own
    # ('Democrats trying to win back the Senate say ...': a participle with its to-clause on the subject)
    trying = head.tag_ == "VBG" and any(c.dep_ == "xcomp" and c.i < verb.i for c in head.children)
    if head.tag_ == "VBG" and not trying or verb.dep_ == "discourse" and not trying:
        return None
    if any(c.i != verb.i and (c.dep_ in ("obj", "ccomp", "iobj") or c.dep_ == "xcomp" and not trying)
           for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ in SUBJ_DEPS and c.i == head.i - 1), None)
    if subj is None or not (subj.pos_ in ("NOUN", "PROPN") or subj.lower_ in ("those", "these", "many", "most", "some")):
        return None
    return subj


def _opening_comma_past_quote(doc, k: int, in_quote: bool) -> int:
    """The comma opening an aside that holds a quotation ('X, citing "A, B," said'): the nearest comma before ``k``
    outside quotation marks, within 30 tokens and the sentence; -1 when there is none. ``in_quote``: ``k`` is the
    comma just inside a closing quotation mark."""
    inside = in_quote
    for j in range(k - 1, max(-1, k - 31), -1):
        t = doc[j]
        if _inside_quote_token(t):
            inside = not inside
        elif t.is_space or t.text in (".", "!", "?", ";") and not inside:
            return -1
        elif t.text == "," and not inside:
            return j
    return -1


def _relative_clause_owner(last: Token, comma: int) -> Token | None:
    """The noun a relative clause ending with ``last`` (right before the comma at ``comma``) is about, when that
    clause opens with a comma and 'who' or 'which' after the noun."""
    doc = last.doc
    for anc in [last, *list(last.ancestors)[:6]]:
        if anc.dep_ in ("acl:relcl", "relcl") and anc.head.i < anc.i and anc.head.pos_ in ("PROPN", "NOUN"):
            rel = next(t for t in anc.subtree if not t.is_punct and not t.is_space)
            if rel.lower_ in ("who", "which") and rel.i > 0 and doc[rel.i - 1].text == "," and rel.i < comma \
                    and not is_time_word(anc.head):
                return anc.head
            return None
    return None


# forms of 'have' the parser may read as a main verb with the cue as its complement ('Allies have in the past said')
_AUX_READ_AS_VERBS = {"have", "has", "had"}
# prepositions of a phrase that can stand between a subject and its cue ('have in the past said', 'for years insisted')
_PHRASE_PREPS = {"in", "on", "at", "for", "over", "during", "since", "throughout", "within", "after", "before"}
_PHRASE_WORDS = 5  # the longest such phrase, its preposition included ('in the past few weeks')


def _phrase_start(doc, k: int, verb: Token) -> int | None:
    """The index of the preposition of a short phrase ending at ``k`` right before ``verb`` ('[in the past] said',
    '[for years] insisted'), when the cue or the 'have' before it holds the phrase; None for any other words."""
    if k < 1 or doc[k].pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    j = k - 1
    while j >= 0 and k - j < _PHRASE_WORDS and doc[j].tag_ in ("DT", "JJ", "JJS", "CD", "PRP$", "POS", "NN", "NNS", "RB"):
        j -= 1
    if j < 0 or doc[j].lower_ not in _PHRASE_PREPS or doc[j].head.i not in range(j + 1, k + 1):
        return None
    holder = doc[k].head
    if holder.i != verb.i and not (holder.lower_ in _AUX_READ_AS_VERBS and holder.i < j):
        return None
    if j < 1 or doc[j - 1].lower_ not in _AUX_READ_AS_VERBS and doc[j - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None  # ('He, in a statement, said': the comma case is read by the apposition rules)
    return j


def _time_phrase_word(doc, k: int) -> bool:
    """A word of a time phrase between a subject and its cue ('X on Friday declared', 'X earlier Tuesday said')."""
    t = doc[k]
    if is_time_word(t) or t.like_num and k > 0 and is_time_word(doc[k - 1]):
        return True
    return t.lower_ in ("on", "last", "this", "early", "late") and k + 1 < len(doc) and is_time_word(doc[k + 1])


def _lost_subject(doc, k: int, skipped: list[Token]) -> Token | None:
    """A cue whose sentence (or clause after ';') opens with words the tagger did not read as a noun: a name read as
    an adverb or an adjective ('Jolly said ...') or a quantity word ('most said ...'). Only when nothing but those
    words stands before the cue in its sentence."""
    if not skipped:
        return None
    boundary = k < 0 or doc[k].is_space or doc[k].text in (";", ":") or doc[k].is_sent_end \
        or doc[k + 1].is_sent_start
    if not boundary:
        return None
    first = skipped[-1]  # the sentence's first word
    if first.lower_ in _QUANTITY_SUBJECTS:
        return first
    if first.is_title and first.is_alpha and first.pos_ in ("ADV", "ADJ") and first.lower_ not in _OPENING_ADVERBS \
            and len(skipped) <= 2:
        return first
    return None


# words that may stand in a noun phrase before its head noun ('The [party's] [Democratic] nominee')
_NP_TAGS = ("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ", "CD", "HYPH")


def _misread_noun(verb: Token, k: int, skipped: list[Token]) -> Token | None:
    """'The nominee explained ...', 'The party's nominee argued ...': a noun the tagger read as an adjective and hung
    on the cue, as the only thing standing between the words opening the sentence and the cue. It is the speaker when
    it hangs on the cue itself and the noun phrase it ends (a determiner first) opens the sentence."""
    adj = next((t for t in skipped if t.pos_ == "ADJ"), None)
    if adj is None or adj.head.i != verb.i or adj.dep_ not in ("amod", "compound", "nsubj") or not adj.is_lower \
            or adj.lower_.endswith("ly") or any(t.pos_ not in ("ADV", "ADJ") for t in skipped if t.i < adj.i):
        return None
    doc = verb.doc
    lo = index_of(doc).sent_start(verb)
    if k < lo:
        return None
    j = k
    while j >= lo and doc[j].tag_ in _NP_TAGS:
        j -= 1
    first = doc[j + 1] if j + 1 <= k else None
    if j >= lo or first is None or first.tag_ not in ("DT", "PRP$"):
        return None
    return adj
