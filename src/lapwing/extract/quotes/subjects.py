"""Subjects: who a cue's subject is, however the parser hung it (nearest subject, passive 'by' phrase, participles,
to-infinitives, conjoined cues, a name before the cue over an apposition, datelines, relative 'who'), and the speaker
of a clause that introduces a quote with a colon."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SUBJ_DEPS, is_cue_verb, lexicon
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS


def _real(token: Token) -> Token:
    """A paragraph break the parser used as a noun stands for the name hanging from it."""
    if token.is_space:
        return next((x for x in token.rights if not x.is_space and not x.is_punct), token)
    return token


_BE_FORMS = {"is", "are", "was", "were", "been", "be", "'s", "\u2019s", "'re", "\u2019re", "am", "'m", "\u2019m"}


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "january", "february", "april", "june", "july", "august", "september", "october",
               "november", "december"}
_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day"}


def is_time_word(t: Token) -> bool:
    """A day, a date or a time of day ('Monday', 'yesterday', 'this week'): never who speaks."""
    low = t.lower_
    return low in _TIME_WORDS or low in _TIME_NOUNS and t.ent_type_ in ("DATE", "TIME")


def _finite(verb: Token) -> bool:
    """A finite verb, or a present-tense one the tagger read as a base form ('Sources close to her say ...': no 'to',
    no auxiliary)."""
    if verb.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    return verb.tag_ == "VB" and not any(c.dep_ in ("aux", "mark", "aux:pass", "auxpass") for c in verb.children) \
        and not (verb.i > 0 and verb.doc[verb.i - 1].lower_ == "to")


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in verb.children)


# words that stand for a group of people before a cue, which the tagger may read as adverbs ('most said ...')
_QUANTITY_SUBJECTS = {"most", "many", "some", "few", "several", "half", "all", "both", "others", "none", "majorities",
                      "majority"}
# adverbs that may open a sentence before a cue whose subject the parser lost
_OPENING_ADVERBS = {"also", "then", "later", "earlier", "meanwhile", "separately", "finally", "however", "instead",
                    "still", "yet", "now", "again", "once", "first", "previously", "recently", "similarly", "likewise"}


def _subjects(verb: Token) -> list[Token]:
    """The subject children of ``verb`` (a paragraph break the parser used as one stands for the name after it)."""
    out = []
    for c in verb.children:
        if c.dep_ not in SUBJ_DEPS or c.dep_ == "csubj":
            continue
        c = _real(c)
        if not (c.is_space or c.is_punct):
            out.append(c)
    return out


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """One verb, one subject: when the parser gives it several ('The meeting achieved "very little," he added'), the
    one nearest before the verb (the others belong to clauses the parser ran into it), else the first."""
    before = [c for c in subjects if c.i < verb.i]
    return before[-1] if before else subjects[0]


def _agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive cue: 'The song was written by [Paul Simon]'."""
    for c in verb.children:
        if c.i > verb.i and c.pos_ in ("PROPN", "NOUN", "PRON") and (
                c.dep_ == "obl:agent" or c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ == "by" for k in c.children)):
            return c
    return None


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    subj = None
    # a time the parser made the subject ('Scott on Monday announced ...', 'A court document filed Thursday says')
    # names no speaker: the speaker is found as for a cue with no subject
    subjects = [c for c in _subjects(verb) if not is_time_word(c)]
    expl = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "it" and c.i < verb.i), None)
    if not subjects and expl is not None and is_cue_verb(verb) and not _passive(verb):
        return expl  # 'It added that ...': the parser read a company's or a ministry's 'it' as an expletive
    if subjects:
        c = _nearest(subjects, verb) if len(subjects) > 1 else subjects[0]
        if c.head.dep_ == "nsubj:pass" or c.dep_ == "nsubj:pass":
            if verb.lower_ not in ("quoted",):
                # "it was said that ..." - an impersonal passive names no speaker; its 'by' phrase does
                return _agent(verb) if is_cue_verb(verb) else None
        if c.lower_ in ("there", "that", "what") or c.lower_ == "it" and not is_cue_verb(verb):
            return None  # 'it said' (a company, a ministry) names a speaker; 'it seems that' does not
        subj = c
    if subj is not None:
        return _past_dateline(subj, verb)
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    if is_cue_verb(verb) and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return _agent(verb)  # '"...," was written by Governor Ana Ruiz': the quote is the passive's subject
    if depth >= 3:
        return None
    doc = verb.doc
    progressive = verb.lower_.endswith("ing") and verb.i > 0 and doc[verb.i - 1].lower_ in _BE_FORMS
    if _finite(verb) or verb.pos_ == "VERB" and verb.head.i == verb.i or progressive:
        # (a progressive cue the tagger took for a noun: 'Mayor Ana Ruiz is warning residents that ...')
        head = verb.head
        if _finite(verb) and verb.dep_ in ("parataxis", "dep", "appos", "advcl") and head.i < verb.i \
                and head.pos_ in ("NOUN", "PROPN") and not is_time_word(head) \
                and index_of(doc).sent_start(head) == index_of(doc).sent_start(verb):
            return head  # 'Executives for the company, which ..., say ...': the cue hung on its subject
        mod = _modifier_subject(verb)
        if mod is not None:
            return mod
        near = _subject_before(verb)
        if near is not None:
            return near
    # a participle on a name: 'footage of [Maria Lopez] asking, "..."', 'Smith, speaking on Monday, ...'
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        named = _named(verb.head)
        if named is not None:
            return named
    # a participle opening its sentence speaks for the subject of the clause after it: 'Acknowledging that A, [Allen]
    # did suggest ...', 'Conceding that A, [he] warned ...'
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.i > verb.i \
            and verb.i == index_of(doc).sent_start(verb) and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        own = next((c for c in _subjects(verb.head) if c.i > verb.i and not is_time_word(c)), None)
        if own is not None and own.lower_ not in ("it", "there", "that", "what"):
            return _relative_who(own)
    opening = _opening_clause_subject(verb)
    if opening is not None:
        return opening
    # a participle cue shares the subject of the nearest verb above it that has one, however the parser hung it:
    # '"...," the businessman said, arguing that ...' (ccomp), 'X filed a motion to unseal the records, arguing ...'
    ing = verb.tag_ == "VBG" or verb.tag_ == "NN" and verb.dep_ in ("parataxis", "advcl", "conj", "acl", "xcomp") \
        and is_cue_verb(verb) and doc_prev_is_comma_or_adverb(verb)  # '..., warning that ...' read as a noun
    if ing and verb.lower_.endswith("ing") and verb.i > 0 and verb.dep_ not in ("amod", "compound") \
            and (doc_prev_is_comma_or_adverb(verb) or verb.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp")):
        for anc in list(verb.ancestors)[:4]:
            # a verb, or a noun or adjective with a copula ('[Obama] has been on the sidelines, arguing ...')
            if anc.i > verb.i or anc.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in anc.children):
                continue
            if anc.dep_ in ("ccomp",) and is_cue_verb(anc.head) and anc.head.i < anc.i:
                continue  # 'X said [A did B], arguing that ...': the clause reported is not who argues
            if anc.dep_ in ("acl", "acl:relcl", "relcl") and anc.head.i < anc.i and anc.head.pos_ in ("NOUN", "PROPN") \
                    and not any(c.lower_ in ("who", "which", "that") and c.dep_ in SUBJ_DEPS for c in anc.children):
                continue  # 'X denied the notion [that a shakeup is coming], explaining ...': a clause on a noun
            own = next((c for c in anc.children if c.dep_ in ("nsubj",) and not c.is_punct and not c.is_space
                        and not is_time_word(c)), None)
            if own is not None:
                if own.lower_ in ("it", "there", "that", "what"):
                    return None
                # 'WASHINGTON — Sen. X defended ..., saying ...': the name after the dateline
                return _relative_who(_past_dateline(_real(own), anc))
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
            return verb.head  # 'The senator, even suggesting ...' hung on the noun with no verb above it
        sent = index_of(doc).sent(verb)
        root = sent.root
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and root.i + 1 < len(doc) \
                and doc[root.i + 1].tag_ in ("VBD", "VBN") and doc[root.i + 1].head.i == root.i:
            return root  # 'The GOP nominee complained ..., even suggesting': the parser made the subject the root
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and root.left_edge.i == sent.start \
                and doc_prev_is_comma_or_adverb(verb) and not is_time_word(root) \
                and any(x.tag_ in ("VBD", "VBZ", "VBP", "VBN") and x.pos_ == "VERB" for x in doc[root.i + 1 : verb.i]):
            return root  # 'The party's leader, Anna Berg, voiced support ..., saying': the subject read as the root
    # 'The Houthis denied that A had happened and said B': the parser hung the second cue on the first cue's clause
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.i < verb.i and is_cue_verb(verb.head.head) \
            and verb.head.head.i < verb.head.i and is_cue_verb(verb):
        return _subject_of(verb.head.head, depth + 1)
    # a to-infinitive cue: the object of the verb above it when it has one ('forced [Smith] to admit that ...',
    # 'urged [voters] to say ...'), else its subject ('[Opponents] will try to convince the court that ...'); a purpose
    # clause shares the subject ('[Hart] went on to explain how ...', '[X] called a news conference to announce ...')
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and not verb.lower_.endswith("ing") and head.i < verb.i \
            and head.pos_ in ("VERB", "AUX", "ADJ") and any(m.lower_ == "to" and m.dep_ == "mark" for m in verb.children):
        obj = next((c for c in head.children if c.dep_ in ("obj", "iobj") and head.i < c.i < verb.i
                    and c.pos_ in ("PROPN", "NOUN", "PRON")), None) if verb.dep_ == "xcomp" else None
        if obj is None and verb.dep_ == "xcomp":
            # 'Voters were more likely to say ...', '[She] is expected to argue ...': the subject of the adjective or
            # of the passive the infinitive completes is who speaks
            raised = next((c for c in _subjects(head) if c.i < head.i and not is_time_word(c)
                           and c.lower_ not in ("it", "there", "that", "what", "this")), None)
            if raised is not None and (head.pos_ == "ADJ" or _passive(head)):
                return _relative_who(raised)
        return _relative_who(obj) if obj is not None else _subject_of(head, depth + 1)
    # a subject shared with the verb this one hangs from: "X went on stage and said ...",
    # "X pointed to ..., noting that ...", "X emailed supporters, telling them ...", "X celebrated, declaring ..."
    head = verb.head
    # ('Mrs. Clinton shook her head and said': a verb the tagger read as a name still has its subject)
    if head.i < verb.i and (head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") or head.pos_ == "PROPN" and verb.dep_ == "conj") and (
        verb.dep_ == "conj" or (verb.dep_ in ("advcl", "xcomp") and verb.lower_.endswith("ing"))
    ):
        passive = [c for c in _subjects(head) if c.dep_ in ("nsubj:pass", "nsubjpass")]
        if verb.dep_ == "conj" and passive and passive[0].lower_ not in ("it", "there", "that", "what"):
            return _relative_who(passive[0])  # '[Holm] was asked about the cuts and said ...'
        return _subject_of(head, depth + 1)
    return None


# words that may open a sentence before a participle cue of an adverbial clause ('After arguing that ...', 'In
# addition to stating that ...', 'Having announced that ...')
_OPENING_CLAUSE_WORDS = {"after", "before", "while", "when", "since", "by", "despite", "upon", "on", "in", "addition",
                         "to", "besides", "having", "also", "even", "without", "instead", "of", "later", "earlier"}


def _opening_clause_subject(verb: Token) -> Token | None:
    """'After arguing that A, [his team] is suggesting ...', 'Having announced that A, [Judge Berg] proceeded ...':
    a participle cue in the adverbial clause that opens its sentence speaks for the subject of the main clause after
    it (the first noun phrase after the comma that closes the opening clause, up to its verb)."""
    doc = verb.doc
    having = verb.i > 0 and doc[verb.i - 1].lower_ == "having"
    if not (verb.tag_ in ("VBG", "VBN") or verb.lower_.endswith("ing") or having) or not is_cue_verb(verb):
        return None
    index = index_of(doc)
    lo = index.sent_start(verb)
    before = [t for t in doc[lo : verb.i] if not t.is_space]
    if not before or len(before) > 4 or not all(t.lower_ in _OPENING_CLAUSE_WORDS for t in before):
        return None
    hi = index.sent_end(verb)
    comma = next((j for j in range(verb.i + 1, hi) if doc[j].text == ","), None)
    if comma is None:
        return None
    head = None
    for t in doc[comma + 1 : min(hi, comma + 10)]:
        if t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i"):
            head = t
        elif t.pos_ in ("VERB", "AUX"):
            break
        elif not (t.pos_ in ("DET", "ADJ", "NUM", "PUNCT") and t.text not in (",", ".", ";") or t.tag_ in ("POS", "PRP$")):
            return None
    if head is None or is_time_word(head):
        return None
    return _relative_who(head)


def _named(noun: Token) -> Token | None:
    """A name, or the name in its 'of' phrase ('footage of Maria Lopez'): who a participle on ``noun`` is about."""
    if noun.pos_ == "PROPN" or noun.ent_type_ == "PERSON":
        return noun
    return next((c for c in noun.children if c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                 and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children)), None)


def inverted_subject(verb: Token) -> Token | None:
    """'..., said Mr. Barrett, the lawyer for the agency.': a cue after its content with the speaker after it, which
    the parser may hang on the cue as an object or a clause. The cue follows a comma (or a closing quotation mark)
    and the name comes right after it."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if doc[verb.i - 1].text not in (",",) and doc[verb.i - 1].text not in QUOTE_CHARS:
        return None
    if any(c.dep_ in SUBJ_DEPS for c in verb.children):
        return None
    nxt = doc[verb.i + 1]
    if nxt.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "NUM") and not (nxt.pos_ == "PRON" and nxt.tag_ == "PRP$"):
        # ('added his campaign manager Jeff Weaver': a possessive opens the speaker's noun phrase)
        return None
    return next((c for c in verb.children if c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
                 and c.dep_ in ("nsubj", "ccomp", "obj", "dep", "appos", "xcomp") and c.left_edge.i == verb.i + 1), None)


def doc_prev_is_comma_or_adverb(verb: Token) -> bool:
    """A participle that opens a clause of its own after a comma ('..., arguing that'; '..., even suggesting')."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].text in (",", "\u2014", "--", ";")


def _subject_before(verb: Token) -> Token | None:
    """When the parse gives a finite cue no subject (often a sentence break put too early, as in
    'Alabama Sen.' | 'Jeff Sessions, a Trump supporter,' | 'said ...'): the name right before it,
    over an apposition between commas."""
    doc = verb.doc
    k = verb.i - 1
    skipped_words: list[Token] = []
    while k >= 0 and (doc[k].is_space and "\n" not in doc[k].text or doc[k].pos_ in ("ADV", "AUX", "ADJ")
                      and doc[k].lower_ not in ("not",) or _time_phrase_word(doc, k)):
        if not doc[k].is_space:
            skipped_words.append(doc[k])
        k -= 1
    lost = _lost_subject(doc, k, skipped_words)
    if lost is not None:
        return lost
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
    rel = t.head
    if not skipped and t.dep_ in ("obj", "obl") and rel.dep_ in ("acl:relcl", "relcl") and rel.i < t.i \
            and rel.head.i < rel.i and any(c.dep_ in SUBJ_DEPS and c.lower_ in ("who", "that") for c in rel.children):
        t = rel.head  # 'One of the doctors [who sent the letter] called ...': the one the relative clause is about
        if t.pos_ == "NUM":  # 'Two of [the nurses] who ...'
            t = next((c for c in t.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")), t)
    if skipped and t.dep_ == "nmod" and t.head.i == t.left_edge.i - 1 and t.head.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "case" for c in t.children):
        t = t.head  # 'the senator [from Ohio], who ..., said': the noun the phrase follows, not the name in it
    if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i", "who")):
        if t.lower_ in ("it", "that", "this", "there"):
            return None
        return _relative_who(t)
    return None


def _modifier_subject(verb: Token) -> Token | None:
    """'Sources close to her campaign say ...', 'those surveyed say ...', 'A court document filed Thursday says ...':
    the parser made the words that modify the subject a verb and hung the cue on it. The cue has no subject, the verb
    above it comes before it with no object or clause of its own, and its subject stands right before it."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis", "ccomp", "xcomp", "conj") or head.i >= verb.i or is_cue_verb(head) \
            or head.pos_ not in ("VERB", "ADJ", "ADV") or head.tag_ not in ("VBN", "VBD", "VB", "JJ", "RB"):
        return None
    doc = verb.doc
    if any(doc[j].is_punct or doc[j].is_space for j in range(head.i, verb.i)):
        return None
    if any(c.dep_ in ("obj", "ccomp", "xcomp", "iobj") and c.i != verb.i for c in head.children):
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


def _colon_intro(words: list[Token]) -> tuple[Token, Token] | None:
    """(cue, speaker) for a clause that introduces a quote with a colon: the last verb with a subject,
    else the last name ('More from Jones:')."""
    for t in reversed(words):
        if t.pos_ in ("VERB",):
            subj = _subject_of(t)
            if subj is not None and subj.i < t.i:
                return t, _relative_who(subj)
    # 'The senator's response was blunt:' / 'His answer:': a speech noun with its owner
    nouns = lexicon().nouns
    for t in reversed(words):
        if t.lower_ in nouns and t.pos_ == "NOUN":
            owner = next((c for c in t.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ not in ("its",)), None)
            if owner is not None:
                return t, owner
    names = [t for t in words if t.pos_ == "PROPN"]
    if names and words[-1].pos_ == "PROPN":
        return words[-1], words[-1]
    return None


def _inside_quote_token(t: Token) -> bool:
    return t.text in QUOTE_CHARS


_DASHES = {"\u2014", "\u2013", "--", "-"}


def _past_dateline(subj: Token, verb: Token) -> Token:
    """'RENO, Nev. (AP) — Donald Trump says': the subject is the name after the dateline dash."""
    between = subj.doc[subj.i + 1 : verb.i]
    # a dateline dash stands apart ('(AP) — Donald Trump'); the hyphen of 'Ruiz, D-Mass.,' does not
    dash = [t for t in between if t.text in _DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_]
    if not dash or not (subj.is_upper or subj.i == index_of(subj.doc).sent_start(subj) or subj.doc[subj.i - 1].is_space):
        return subj
    after = [t for t in subj.doc[dash[-1].i + 1 : verb.i] if not t.is_space]
    heads = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and (t.head.i == verb.i or t.head.i >= verb.i)]
    cands = heads or [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return cands[-1] if cands else subj


def _relative_who(token: Token) -> Token:
    """'who' in 'the minister, who said ...' -> the minister."""
    if token.lower_ in ("who", "which", "that") and token.head.dep_ in ("acl:relcl", "relcl"):
        return _real(token.head.head)
    return token
