"""Who speaks in a relative clause: the noun the clause hangs on, read past the parser's slips.

- **Nearest conjunct**: 'clashes between police and opposition supporters, who accuse ...': a relative clause set off
  by a comma after 'A and B' hangs on B, the conjunct right before it; the parser often hangs it on A, the head of the
  coordination.
- **Embedded attribution**: 'the commanders, who she said had assured her that ...': the reporter's 'she said' sits
  between the relative word and the clause's verb; the relative word (its gap the subject) is who assured, not 'she'."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.docfacts import token_columns, token_flags

RELATIVE_SUBJECTS = ("who", "which", "that", "whom")
#: the verbs of a reporter's aside inside a relative clause ('who [she said] had ...', 'which [officials believe] ...')
_ASIDE_VERBS = frozenset({"said", "says", "say", "believes", "believe", "believed", "thinks", "think", "thought",
                          "claims", "claim", "claimed", "alleges", "allege", "alleged", "insists", "insisted",
                          "added", "adds", "reported", "reports"})
#: words between the aside's verb and the clause's verb ('who she said [had never] assured ...')
_AUX_WORDS = frozenset({"had", "has", "have", "would", "will", "could", "can", "might", "may", "should", "was",
                        "were", "is", "are", "be", "been", "not", "never", "also", "already", "n't", "later",
                        "personally", "repeatedly", "then", "once"})
_SUBJECT_POS = ("PRON", "PROPN", "NOUN", "DET", "ADJ", "NUM")
_PLURAL_MARKS = ("both", "all", "jointly", "together")
_RELCL = ("acl:relcl", "relcl")


def nearest_conjunct(ante: Token, rel: Token) -> Token:
    """The conjunct of ``ante`` that ends right before the comma and the relative word ``rel`` ('police and
    [opposition supporters], who ...'), or ``ante`` when none does or the clause speaks for all of them ('..., who
    both said ...')."""
    doc = rel.doc
    if rel.i < 2 or doc[rel.i - 1].text != "," or ante.i >= rel.i:
        return ante
    owner = _owner_of_list(doc, rel.i - 2)
    if owner is not None:
        return owner
    clause = rel.head
    if any(x.lower_ in _PLURAL_MARKS for x in doc[rel.i + 1 : min(len(doc), clause.i + 2)]):
        return ante
    for c in ante.conjuncts:
        if ante.i < c.i < rel.i and c.right_edge.i == rel.i - 2 and c.pos_ in ("NOUN", "PROPN"):
            return c
    # the parser may hang the clause on a noun further back ('a dispute between A and [B], who ...' hung on the
    # sentence's subject): the conjunct the noun before the comma stands in (past its 'of' phrases and names) is it,
    # unless that conjunct is itself inside an 'of' phrase ('the commanders of the army and the navy, who ...')
    x = doc[rel.i - 2]
    while x.dep_ != "conj" and x.dep_ in ("nmod", "flat", "flat:name", "compound") and x.head.i < x.i:
        x = x.head
    if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN") and x.head.i < x.i and x.right_edge.i == rel.i - 2 \
            and not any(k.dep_ == "case" and k.lower_ == "of" for k in x.head.children):
        return x
    return ante


def embedded_relative_subject(verb: Token) -> Token | None:
    """'the commanders, [who] she said had assured her that ...': the relative word, when the words between it and the
    cue ``verb`` are a short subject, a reporting verb and auxiliaries only (the relative word is the cue's subject,
    the one between is the reporter's); None otherwise."""
    doc = verb.doc
    cols = token_columns(doc)  # (the shared columns: no Token made per word before the cue)
    lower, pos = cols.lower, cols.pos
    k = verb.i - 1
    while k > 0 and lower[k] in _AUX_WORDS:
        k -= 1
    if k < 2 or lower[k] not in _ASIDE_VERBS or pos[k] not in ("VERB", "AUX"):
        return None
    tag = cols.tag
    j = k - 1
    while j > 0 and k - j <= 4 and (pos[j] in _SUBJECT_POS and lower[j] not in RELATIVE_SUBJECTS or tag[j] == "POS"):
        j -= 1
    if j == k - 1 or lower[j] not in RELATIVE_SUBJECTS or j == 0:
        return None
    # the relative word follows the noun it is about (or the comma after it): not a 'that' opening a complement
    comma = cols.text[j - 1] == ","
    if not (comma or pos[j - 1] in ("NOUN", "PROPN")):
        return None
    if lower[j] == "that" and comma:
        return None
    rel = doc[j]
    if rel.head.dep_ in _RELCL:
        return rel  # the speaker rules name its antecedent (subject_words._relative_who)
    if verb.dep_ in _RELCL and verb.head.i < rel.i and verb.head.pos_ in ("NOUN", "PROPN"):
        return nearest_conjunct(verb.head, rel)
    return None


_OPENERS = (",", "and", "but", "\u2014", "--", "(")
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def in_aside_relative(cue: Token) -> bool:
    """The cue is the verb of a relative clause set off after a noun ('X, [who said] ...', 'X, who ... and [whose
    government has said] ...'): its subject is the relative word, or a noun the relative 'whose' owns."""
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < cue.i), None)
    if subj is None:
        return False
    rel = subj if subj.lower_ in ("who", "which") else subj.left_edge
    if rel.lower_ not in ("who", "which", "whose") or rel.i == 0:
        return False
    return rel.doc[rel.i - 1].lower_ in _OPENERS


def relative_clause_end(doc, cue: Token, lo: int, hi: int) -> int:
    """A content reported in a relative clause set off by commas ends with the clause: at the comma after which the
    sentence's own verb resumes ('X, whose government has said [it will bring peace], called on ...'). ``hi`` when
    the cue is not in such a clause or no such comma is found."""
    if not in_aside_relative(cue):
        return hi
    for k in range(max(lo + 2, cue.i + 1), min(hi, len(doc) - 1)):
        if doc[k].text != ",":
            continue
        nxt = doc[k + 1]
        if nxt.pos_ in ("VERB", "AUX") and (nxt.tag_ in _FINITE_TAGS or nxt.tag_ == "VBN" and not (
                k + 2 < len(doc) and doc[k + 2].lower_ == "by")):
            return k
    return hi


_NP_POS = ("PROPN", "NOUN", "DET", "ADJ", "NUM")
_MAIN_TAGS = ("VBD", "VBZ", "VBP", "VBN")


def after_aside_relative(verb: Token) -> Token | None:
    """'Prime Minister Ana Ruiz, who signed the accord and whose party has said it will ..., [called] on ...': the
    sentence's verb right after the comma closing a relative clause set off after the sentence's opening noun phrase
    (the parser often hangs it inside the relative clause); its subject is that noun phrase. A second verb joined by
    'and' with no comma between ('called on A to ... and [ordered] B to ...') has the same subject. None otherwise."""
    doc = verb.doc
    i = verb.i
    cols = token_columns(doc)  # (the shared columns: no Token made per word of the sentence's opening)
    text, lower, pos, tag = cols.text, cols.lower, cols.pos, cols.tag
    if tag[i] not in _MAIN_TAGS or i < 4:
        return None
    if lower[i - 1] in ("and", "but"):
        sent_start = token_flags(doc).sent_start
        k = i - 2
        while k > 0 and text[k] != "," and sent_start[k] != 1 and i - k <= 30:
            if tag[k] in _MAIN_TAGS and text[k - 1] == ",":
                return after_aside_relative(doc[k])
            k -= 1
        return None
    if text[i - 1] != ",":
        return None
    start = verb.sent.start
    space = cols.space
    k = i - 2
    while k > start and text[k] != ",":
        if space[k] and "\n" in text[k]:
            return None
        k -= 1
    if k <= start + 1 or k + 1 >= i - 1 or lower[k + 1] not in ("who", "whose", "which"):
        return None
    if k - start > 8 or not all(pos[x] in _NP_POS or tag[x] == "POS" for x in range(start, k)):
        return None
    if not any(pos[x] in ("VERB", "AUX") for x in range(k + 2, i - 1)):
        return None
    ante = doc[k - 1]
    while ante.dep_ in ("flat", "flat:name", "compound") and start <= ante.head.i < k:
        ante = ante.head
    return ante if ante.pos_ in ("NOUN", "PROPN") else None


def relative_opener(doc, phrase_lo: int, phrase_hi: int) -> bool:
    """'..., [where], according to a source, she had planned ...': an 'according to' phrase set off by commas right
    after a relative word (where, when, which, who) opens that relative clause's content."""
    return phrase_lo >= 2 and doc[phrase_lo - 1].text == "," and phrase_hi < len(doc) \
        and doc[phrase_hi].text == "," and doc[phrase_lo - 2].lower_ in ("where", "when", "which", "who")


def said_in_relative(f) -> bool:
    """A direct quote found with a cue right before it whose subject is a relative word after a comma ('..., who had
    assured him of their "..."'): the words of the noun the clause hangs on, not of the one whose reported speech
    holds the clause."""
    spk, cue = f.speaker, f.cue
    return spk is not None and cue is not None and f.rule == "direct:cue-before" \
        and spk.lower_ in ("who", "which") and spk.i < cue.i and spk.i > 0 and spk.doc[spk.i - 1].text == ","


def _owner_of_list(doc, k: int) -> Token | None:
    """'the commanders of [the army, the navy and the air force], who ...': a list of names after 'of' ending at ``k``
    is the relative clause's noun's own phrase; the clause hangs on the noun before 'of'. None when the words before
    ``k`` are no such list."""
    seen_and = False
    j = k
    while j > 0 and k - j < 16 and (doc[j].pos_ in _NP_POS or doc[j].text == "," or doc[j].lower_ in ("and", "or")):
        seen_and = seen_and or doc[j].lower_ in ("and", "or")
        j -= 1
    if not seen_and or doc[j].lower_ != "of" or j < 1:
        return None
    owner = doc[j - 1]
    return owner if owner.pos_ in ("NOUN", "PROPN") else None
