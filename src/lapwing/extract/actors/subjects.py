"""Subjects the parser loses: a long title chain before the verb often makes the parser read the whole
phrase as the sentence's root and the verb as a modifier of it ("Self-styled interim leader of Moldova
Anna Voss on Monday called on ..." parsed with *leader* as root and *called* as a participle hanging on
it). :func:`find_lost_subject` gives the event coder the mention that is the subject by position."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.actors.common import ActorMention

#: words of a time phrase or sentence adverb that may stand between a subject and its verb
GAP_WORDS = frozenset({
    "on", "in", "at", "late", "early", "earlier", "later", "this", "last", "next", "past", "the", "same",
    "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day", "today",
    "yesterday", "tonight", "overnight", "also", "again", "reportedly", "then", "now", "meanwhile",
    "already", "still", "once", "jointly", "separately", "recently", "previously", "subsequently",
    "finally", "swiftly", "quickly", "immediately", "publicly", "formally", "officially", ",",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
FINITE = frozenset({"VBD", "VBZ", "VBP", "VBN"})


def _gap_ok(doc: Doc, start: int, end: int) -> bool:
    """Tokens start..end (exclusive) are only a time phrase, a sentence adverb or commas."""
    for k in range(start, end):
        t = doc[k]
        if t.is_space:
            continue
        if t.lower_ in GAP_WORDS or t.ent_type_ in ("DATE", "TIME") or t.like_num:
            continue
        return False
    return True


def _active_participle(v: Token) -> bool:
    """A past participle that reads as active: it has an object or a clause of its own ("released 19
    hostages", "called on the army to abandon ...", "said that ...")."""
    for c in v.children:
        if c.dep_ in ("obj", "dobj", "iobj", "ccomp", "xcomp"):  # not a particle: "sworn in", "picked up"
            return True
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "to" for g in c.children):
            return True
    return False


def find_lost_subject(doc: Doc, mentions: list[ActorMention], index: dict[int, list[int]],
                 verb: Token | int) -> ActorMention | None:
    """The mention that is ``verb``'s subject by position when the parse lost it.

    Only when (1) the verb is finite, or a past participle (the misparse reads "called" as one) that
    either follows a time phrase or has an object or a clause of its own (a bare "Anna Voss detained for
    questioning" is a headline's passive);
    (2) a mention (not nested in another, not a pronoun left unresolved) ends right before it, with at
    most a time phrase, a sentence adverb or commas between ("Anna Voss *on Monday* called", "Piotr
    Kowal *also* said"); (3) the sentence's parse root is inside that mention (its head noun, or a
    participle in it: "Self-*proclaimed*"), i.e. the parser took the phrase for the whole sentence (or
    for a sentence of its own, the verb being the root of the next fragment);
    (4) the mention opens its sentence (after a dateline at most) and no finite verb precedes it.
    A name and its appositive count as one phrase ("Anna Voss, Moldova's opposition leader, on Monday
    called ..."); the name is returned.
    A sentence whose root is a verb has its subject from the parse: "the officers arrested on Monday
    were freed" does not make the officers arrest anyone."""
    i = verb if isinstance(verb, int) else verb.i
    if not (0 <= i < len(doc)):
        return None
    v = doc[i]
    if v.tag_ not in FINITE or v.pos_ not in ("VERB", "AUX"):
        return None
    j = i - 1
    while j >= 0 and _gap_ok(doc, j, j + 1):
        j -= 1
    if j < 0 or i - j > 8:
        return None
    best: ActorMention | None = None
    for mk in index.get(j, ()):
        m = mentions[mk]
        if m.end == j + 1 and not m.nested and m.resolved and (best is None or m.end - m.start > best.end - best.start):
            best = m
    if best is None:
        return None
    if v.tag_ == "VBN" and j == i - 1 and not _active_participle(v):
        return None  # "Anna Voss detained for questioning": a headline's passive, not a lost subject
    # an appositive pair is one phrase: "Anna Voss, Moldova's opposition leader, on Monday called ..."
    k = best.start - 1
    partner = next((mentions[mk] for mk in index.get(k - 1, ()) if k > 0 and doc[k].text == ","
                    and mentions[mk].end == k and mentions[mk].entity == best.entity
                    and not mentions[mk].nested), None)
    start = partner.start if partner is not None else best.start
    sent = doc[start].sent
    if not start <= sent.root.i < best.end:
        return None  # the parse root must be inside the phrase: the parser took it for the sentence
    if partner is not None and partner.kind == "person" and best.kind != "person":
        best = partner  # the name rather than its appositive title
    if v.sent.start != sent.start and v.sent.start > best.end - 1 and v.sent.root.i != i:
        return None  # the parser cut the sentence after the phrase: the verb must be the fragment's root
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE for t in doc[sent.start:start]):
        return None  # an earlier verb: not the lost main verb
    first = next((t for t in doc[sent.start:start] if not (t.is_space or t.is_punct)), None)
    if first is not None and not (first.ent_type_ in ("GPE", "LOC") or first.is_upper):
        return None  # something other than a dateline before the mention
    return best
