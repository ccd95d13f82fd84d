"""A he/she speaker the coreference left open is the named speaker of the quote just before it.

'"We cannot wait," said Ana Ruiz, the port's director. "The ships are already late," she added.': the news
convention is that a pronoun cue right after a quote goes on that quote's speaker. The actor coder leaves such a
pronoun open when more than one person is in reach (a name inside the quote, another person earlier in the article),
and ``pronouns`` looks only at the subjects of sentences, which a quote's inverted cue ('said Ana Ruiz') or a
sentence inside quotation marks does not give. So, after the quotes are made, in reading order: a quote whose speaker
is an unresolved he/she takes the name and codes of the speaker of the nearest earlier quote when

- that quote's speaker is named (a name, or a pronoun this pass or the coder already named; not a description with
  no name, 'the chief prosecutor, who said ...') and is a person whose gender the article does not give as the other
  one;
- the two are close (the same paragraph or one of the two before it);
- between that speaker and the pronoun, outside quotation marks, no other person is named and no other speaker
  speaks (a quote of another speaker in between stops the search: never guessed).

The speaker keeps the pronoun's own words and offsets (the text the sentence names); only ``name`` and the codes
are the antecedent's, as for the coder's own resolved pronouns.
"""

from __future__ import annotations

from lapwing.extract.docfacts import char_span
from lapwing.extract.registry import Context
from lapwing.schema import Quote
from lapwing.extract.quotes.index import Ranges
from lapwing.extract.quotes.pronouns import _PRONOUN_GENDER, _gender

_MOST_PARAGRAPH_BREAKS = 2
# entity types of a proper noun that is no one who could be 'he' or 'she' (a name the tagger gave no type may be)
_NOT_PEOPLE = {"GPE", "LOC", "NORP", "ORG", "FAC", "EVENT", "DATE", "TIME", "PRODUCT", "WORK_OF_ART", "LAW",
               "LANGUAGE", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"}


def _open_pronoun(q: Quote) -> bool:
    s = q.speaker
    return s is not None and s.name is None and s.text.lower() in ("he", "she")


def _person_gender(ctx: Context, mod, q: Quote) -> tuple[bool, str | None]:
    """(whether the speaker of ``q`` is a person, the gender the article gives it)."""
    s = q.speaker
    span = char_span(ctx.doc, s.start, s.end)
    if span is None or not len(span):
        return False, None
    if s.kind == "pronoun":
        gender = _PRONOUN_GENDER.get(s.text.lower())
        return gender is not None or s.text.lower() in ("who",), gender
    m = next((x for x in (mod.mention_for_token(ctx, t) for t in span) if x is not None), None)
    if m is None or m.kind not in ("person", "agent") or getattr(m, "plural", False):
        return False, None
    if m.kind == "agent" and (m.actor is None or m.actor.kind not in (None, "person")):
        return False, None
    return True, _gender(ctx, m)


def _someone_between(ctx: Context, lo: int, hi: int, quoted: Ranges, own_words: set[str]) -> bool:
    """A person named between two offsets, outside quotation marks, other than by the antecedent's own words: a
    person's name, a proper noun the tagger gave no type, or a proper noun as a subject."""
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    if span is None:
        return False
    for t in span:
        if quoted.holds(t.idx, t.idx + 1) or t.text in own_words:
            continue
        if t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and (t.dep_ in ("nsubj", "nsubj:pass")
                                                           or t.ent_type_ not in _NOT_PEOPLE):
            return True
    return False


def name_by_previous_quote(ctx: Context, quotes: list[Quote], quoted: Ranges, mod) -> list[Quote]:
    """``quotes`` with their open he/she speakers named by the quote before them (see the module docstring)."""
    if mod is None or getattr(mod, "mention_for_token", None) is None or not any(_open_pronoun(q) for q in quotes):
        return quotes
    text = ctx.article.text
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].start)
    out = list(quotes)
    for pos, k in enumerate(order):
        q = out[k]
        if not _open_pronoun(q):
            continue
        pron = q.speaker
        for j in reversed(order[:pos]):
            p = out[j]
            s = p.speaker
            if s is None or s.start >= pron.start:
                continue  # no speaker, or one named after the pronoun: not the antecedent
            if text.count("\n\n", s.end, pron.start) > _MOST_PARAGRAPH_BREAKS:
                break
            if s.name is None or s.text.lower() in ("they", "we", "i", "you", "it") \
                    or not any(w[:1].isupper() for w in s.name.split()):
                break  # the quote before is someone not named: stop, never guessed
            person, gender = _person_gender(ctx, mod, p)
            if not person or gender not in (None, _PRONOUN_GENDER[pron.text.lower()]):
                break
            if _someone_between(ctx, s.end, pron.start, quoted, set(s.name.split()) | set(s.text.split())):
                break
            out[k] = q.model_copy(update={"speaker": s.model_copy(update={
                "text": pron.text, "start": pron.start, "end": pron.end, "kind": "pronoun",
                "rule": "quotes:previous-speaker"})})
            break
    return out
