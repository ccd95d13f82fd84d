"""The speaker's next cue that the parser hung inside the reported clause of the first one: 'X said the army would
remain neutral [and urged] politicians to settle ...', 'X said 23 people had been detained [and accused] agitators of
...'. The first content ends before the conjunction and the second cue is X's own quote, with X as its speaker."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_text
from lapwing.extract.quotes.relative_speaker import relative_clause_end
from lapwing.extract.quotes.cues import SUBJ_DEPS, is_cue_verb, lexicon

_CONJ_WORDS = ("and", "but")
_NP_START = ("DET", "PROPN", "PRON", "NUM")


def to_after_hearer(verb: Token) -> int | None:
    """The verb of a to-infinitive right after the cue's hearer, read on the words ('urged [the soldiers] to free X',
    'called on [the parties] to end ...'), when the parser did not hang it on the cue: 'to' (tagged as the infinitive
    marker or as a preposition) and a bare verb, or a lower-case word tagged as an adjective before a noun phrase
    opening with a determiner, a name, a pronoun or a number ('to free President X', 'to open the border')."""
    doc = verb.doc
    for h in verb.children:
        if h.dep_ not in ("obj", "iobj", "obl") or not verb.i < h.i <= verb.i + 6 or h.pos_ not in ("NOUN", "PROPN", "PRON"):
            continue
        k = h.right_edge.i + 1
        if k + 1 >= len(doc) or doc[k].lower_ != "to" or doc[k].tag_ not in ("TO", "IN"):
            continue
        w = doc[k + 1]
        if w.tag_ == "VB" and w.dep_ not in ("xcomp", "advcl", "acl"):
            return w.i
        if w.tag_ == "JJ" and w.is_lower and k + 2 < len(doc) and doc[k + 2].pos_ in _NP_START:
            return w.i
    return None


def _other_tense(doc: Doc, lo: int, k: int) -> bool:
    """The reported clause before ``k`` has a verb with an auxiliary or in the present ('was following', 'is
    ready', 'will meet'): a bare past verb after it is not the same clause's tense."""
    return any(doc[j].pos_ == "AUX" or doc[j].tag_ in ("VBZ", "VBP", "MD") for j in range(lo, k))


def _hearer_infinitive(x: Token) -> bool:
    """A to-infinitive hung on the cue's hearer or a word of it ('urged [sailors of every rank] to remain ...')."""
    return any(h.dep_ in ("obj", "iobj") and h.i > x.i and any(
        c.dep_ in ("acl", "xcomp") and c.tag_ == "VB" and c.i > h.i
        and any(m.lower_ == "to" and m.dep_ == "mark" and m.i == c.i - 1 for m in c.children)
        for c in h.subtree) for h in x.children)


_SPEAKER_PRONOUNS = ("it", "he", "she", "they")


def _speaker_pronoun_clause(doc: Doc, lo: int, k: int) -> bool:
    """The reported clause before ``k`` has a personal pronoun for its subject at its start ('said [it] backed the
    courts and called on ...', 'said that [she] had met the envoy and urged ...'): either way the appeal after 'and'
    is read, it is the same speaker's, so it is a quote of its own."""
    j = lo + 1 if doc[lo].lower_ == "that" and lo + 1 < k else lo
    return doc[j].lower_ in _SPEAKER_PRONOUNS and doc[j].dep_ in SUBJ_DEPS


def _marked_tense(doc: Doc, lo: int, k: int) -> bool:
    """The reported clause before ``k`` is in a modal, the present or the passive ('would remain', 'cannot remain',
    'had been detained'): a verb with an object of its own after it ('and accused X of') is not that clause's."""
    return any(doc[j].tag_ in ("VBZ", "VBP", "MD") or doc[j].dep_ in ("aux:pass", "auxpass") for j in range(lo, k))


def speakers_next_cue(doc: Doc, lo: int, x: Token) -> bool:
    """``x``, after 'and' / 'but' inside the reported clause starting at ``lo``, is the speaker's next cue: a to-clause
    cue in the simple past with its to-clause ('called on A to', 'called for', 'urged A to') after a clause in another
    tense, or an object cue with its object ('accused A of') after a clause in a modal, the present, the passive or
    the progressive. It has no subject or auxiliary of its own."""
    k = x.i
    if k < 1 or doc[k - 1].lower_ not in _CONJ_WORDS or x.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in SUBJ_DEPS or c.dep_.startswith("aux") for c in x.children):
        return False
    lex = lexicon()
    w = x.lower_
    if w in lex.to_forms and k + 1 < len(doc) and (
            doc[k + 1].lower_ in ("on", "for", "upon") or any(c.dep_ == "xcomp" and c.i > k for c in x.children)
            or to_after_hearer(x) is not None or _hearer_infinitive(x)) and (_other_tense(doc, lo, k) or _speaker_pronoun_clause(doc, lo, k)):
        return True
    return w in lex.object_forms and any(c.dep_ in ("obj", "xcomp") and c.i > k for c in x.children) and (
        _marked_tense(doc, lo, k) or _other_form(x))


def _other_form(x: Token) -> bool:
    """The verb ``x`` is conjoined to is in a form ``x`` cannot share its auxiliary with: a progressive or bare verb
    ('were running out of fuel [and accused] ...'), or a passive ('had been detained [and accused] ...')."""
    h = x.head
    return x.dep_ == "conj" and h.i < x.i and (h.tag_ in ("VBG", "VB", "VBZ", "VBP") or any(
        c.dep_ in ("aux:pass", "auxpass") for c in h.children))


def outer_speaker_cue(verb: Token) -> Token | None:
    """The cue whose reported clause the parser hung ``verb`` in as a conjunct, when ``verb`` is that speaker's next
    cue (``speakers_next_cue``): 'X said the army would remain neutral and [urged] ...' -> 'said'."""
    if verb.dep_ != "conj":
        return None
    r = verb.head
    while r.dep_ == "conj" and r.head.i != r.i:
        r = r.head
    if r.dep_ == "xcomp" and r.head.i < verb.i and r.tag_ == "VB" and verb.tag_ in ("VBD", "VBN") \
            and r.head.lower_ in lexicon().to_forms and conjunction_before(verb, r.idx) is not None \
            and not any(c.dep_ in SUBJ_DEPS or c.dep_.startswith("aux") for c in verb.children):
        return r.head  # 'urged A to "B" and on Friday [called] on C ...': a past verb is no part of the infinitive
    if r.dep_ not in ("ccomp", "xcomp") or r.head.i >= verb.i or not is_cue_verb(r.head):
        return None
    if relative_clause_end(verb.doc, r.head, r.head.i + 1, verb.i) < verb.i:
        return None  # 'X, whose party has said A, called on B ... and [ordered] C': the relative clause ended before
    return r.head if speakers_next_cue(verb.doc, r.left_edge.i, verb) else None


def conjoined_after_quote(cue: Token, open_at: int) -> bool:
    """A cue right after a quote that does not close with a comma, '... to "stand with the government" [and urged]
    supporters to gather', is the next verb of the clause the quote is in: its subject stands before the quote (the
    parser hangs it on a verb before the quote, no subject of its own after it), so it is not the quote's cue."""
    doc = cue.doc
    if cue.i < 1:
        return False
    if (cue.dep_ != "conj" or cue.head.idx >= open_at) and not _appeal_infinitive(doc_text(doc), open_at):
        return False
    k = conjunction_before(cue, open_at)
    if k is None:
        return False
    return not any(c.dep_ in SUBJ_DEPS and c.idx > open_at for c in cue.children)


_ADVERBIAL_MAX = 5


def _appeal_infinitive(text: str, open_at: int) -> bool:
    """The quote opens right after 'to' ('called on the police to "obey the law" and urged ...'): its words are the
    infinitive of an appeal before it, whatever head the parser gave the verb after the quote."""
    return text[max(0, open_at - 4) : open_at].rstrip().lower().endswith(" to")


def conjunction_before(cue: Token, open_at: int) -> int | None:
    """The 'and' / 'but' joining ``cue`` to the verb before it: right before the cue, or before a short adverbial
    of the writer's in between ('... as "a farce" [and] late on Monday urged ...', '[and] then called on ...'), words
    with no verb, no subject and no punctuation of their own, all after the quote's opening mark."""
    doc = cue.doc
    k = cue.i - 1
    while k > 0 and cue.i - k <= _ADVERBIAL_MAX + 1 and doc[k].lower_ not in _CONJ_WORDS:
        w = doc[k]
        if w.idx < open_at or w.pos_ in ("VERB", "AUX") or w.dep_ in SUBJ_DEPS or w.is_punct or w.is_space:
            return None
        k -= 1
    return k if doc[k].lower_ in _CONJ_WORDS and doc[k].idx > open_at else None


def quoted_infinitive(text: str, found) -> bool:
    """The quoted words of a found quote are an appeal's infinitive: 'to' right before the opening mark ('called on
    the army to "refuse unlawful orders"') or the quote opening with 'to' / 'not to' ('urged soldiers "not to fire"')."""
    m = getattr(found, "marked", None)
    if m is None:
        return False
    before = text[max(0, m.open_at - 4) : m.open_at].rstrip().lower()
    inside = text[m.start : m.start + 7].lower()
    return before.endswith(" to") or before == "to" or inside.startswith(("to ", "not to "))
