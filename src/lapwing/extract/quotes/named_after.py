"""A speaker given only by a description is named by the sentence after it that says who made the appeal.

'Paraguay's main opposition leader on Wednesday called on the army to ... / Senator Ana Ruiz, president of the
opposition party, made the appeal in a video ...': news copy often describes the speaker in its lead and names them
in the next sentence, whose verb takes the speech act back with a definite noun ('made the appeal', 'issued the
call', 'delivered the remarks', 'gave the warning'). Such a sentence names the speaker: the quote keeps its speaker's
words and offsets and takes the name (and codes) of that sentence's subject.

Only when the speaker has no name, is a noun phrase (no pronoun), and the very next sentence (the same paragraph or
the next) has as its main verb one of :data:`_MAKE_VERBS` with, as object, one of :data:`_ACT_NOUNS` under 'the',
'this', 'that', 'these' or 'those' (a definite act: the one just reported), and a proper name as subject.
"""

from __future__ import annotations

from lapwing.extract.docfacts import char_span
from lapwing.extract.registry import Context
from lapwing.schema import Quote
from lapwing.extract.quotes.index import index_of

_MAKE_VERBS = {"make", "issue", "deliver", "give", "post", "launch", "repeat", "voice", "send"}
_ACT_NOUNS = {"appeal", "call", "remark", "comment", "statement", "announcement", "plea", "speech", "demand",
              "pledge", "promise", "warning", "threat", "accusation", "claim", "offer", "proposal", "request"}
_DEFINITE = {"the", "this", "that", "these", "those"}
_MOST_PARAGRAPH_BREAKS = 1


def _names_the_act(sent) -> object | None:
    """The subject of a sentence 'X made the appeal', or None."""
    root = sent.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in _MAKE_VERBS:
        return None
    obj = next((c for c in root.children if c.dep_ == "obj" and c.i > root.i), None)
    if obj is None or obj.lemma_.lower() not in _ACT_NOUNS \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.i < root.i), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    return subj


def name_by_next_sentence(ctx: Context, quotes: list[Quote], mod) -> list[Quote]:
    """``quotes`` whose described speakers the next sentence names (see the module docstring)."""
    doc = ctx.doc
    text = ctx.article.text
    if not doc.has_annotation("DEP"):
        return quotes
    index = index_of(doc)
    out = list(quotes)
    for k, q in enumerate(out):
        s = q.speaker
        if s is None or s.name or s.kind == "pronoun":
            continue
        span = char_span(doc, s.start, s.end)
        if span is None or not len(span) or span.root.pos_ != "NOUN":
            continue
        sent = index.sent(span.root)
        j = sent.end
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j >= len(doc) or text.count("\n", sent.end_char, doc[j].idx) > 2 * _MOST_PARAGRAPH_BREAKS:
            continue
        subj = _names_the_act(index.sent(doc[j]))
        if subj is None:
            continue
        actor = mod.actor_for_token(ctx, subj) if mod is not None and hasattr(mod, "actor_for_token") else None
        name = actor.name if actor is not None and actor.name else " ".join(
            t.text for t in subj.subtree if t.i >= subj.i and (t.i == subj.i or t.dep_ in ("flat", "flat:name")))
        codes = {f: getattr(actor, f) for f in ("country", "sector") if actor is not None and getattr(actor, f, None)}
        out[k] = q.model_copy(update={"speaker": s.model_copy(update={"name": name, **codes,
                                                                       "rule": "quotes:named-after"})})
    return out
