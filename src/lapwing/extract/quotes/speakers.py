"""Speakers: the subject of a cue, resolved by the actor extractor when it is there, else the subject's words."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_text, token_columns
from lapwing.extract.registry import Context, optional_module
from lapwing.schema import Actor
from lapwing.extract.quotes.cues import is_cue_verb, lexicon
from lapwing.extract.quotes.document_sender import document_sender
from lapwing.extract.quotes.for_phrase import for_phrase_end, with_for_phrase
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.pronouns import (PRONOUN_SPEAKER_SENTENCES, EntityGenders, _PRONOUN_GENDER,  # noqa: F401
                                            _earlier_subject, _gender, body_description_antecedent)
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _overlaps, _strip_span, _word_count
from lapwing.extract.quotes.name_before_role import name_before_role
from lapwing.extract.quotes.role_name import role_name
from lapwing.extract.quotes.subjects import _real, _relative_who

# ---------------------------------------------------------------------------
# actors


def _actors_module():
    return optional_module("lapwing.extract.actors")


# Parts of a noun phrase kept in a speaker's words (appositions and relative clauses are left out).
NP_LEFT = {"compound", "flat", "flat:name", "amod", "det", "nmod:poss", "poss", "nummod", "det:poss", "nn"}
NP_RIGHT = {"compound", "flat", "flat:name", "case"}


def speaker_span(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``token`` (without appositions, clauses)."""
    start = end = token.i
    frontier = [token]
    while frontier:
        t = frontier.pop()
        for c in t.children:
            if c.i < token.i and c.dep_ in NP_LEFT:
                start = min(start, c.left_edge.i if c.dep_ in ("nmod:poss", "poss") else c.i)
                frontier.append(c)
            elif c.i > token.i and c.dep_ in NP_RIGHT and c.i == end + 1:
                end = c.i
                frontier.append(c)
    doc = token.doc
    sent_lo = index_of(doc).sent_start(token)
    cols = token_columns(doc)  # (the shared columns: a Token made only for a proper noun that may be a cue)
    pos, lower, n = cols.pos, cols.lower, len(doc)
    # titles and names written as a run of proper nouns the parser split oddly
    while start > sent_lo and pos[start - 1] == "PROPN" and token.lower_ not in _PRONOUNS and not _is_cue_token(doc[start - 1]):
        start -= 1
    while end + 1 < n and pos[end + 1] == "PROPN" and token.pos_ == "PROPN" and not _is_cue_token(doc[end + 1]):
        end += 1
    if token.pos_ == "ADJ" and token.head.pos_ == "VERB":
        # a noun the tagger read as an adjective on its cue ('The party's nominee explained'): the words before it
        tag = cols.tag
        while start > sent_lo and tag[start - 1] in ("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ", "HYPH"):
            start -= 1
    punct, space = cols.punct, cols.space
    while start < token.i and (punct[start] or space[start] or lower[start] in {"to", "of", "according"}):
        start += 1
    if token.lower_ in _QUANTITY_HEADS:
        # 'tens of thousands', 'hundreds of nurses': the quantity alone names nobody; its 'of' phrase goes with it
        of = next((c for c in token.children if c.dep_.startswith("nmod") and c.i > end and lower[end + 1] == "of"
                   and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children)), None)
        if of is not None:
            end = speaker_span(of)[1] - 1
            if any(t.text in QUOTE_CHARS for t in doc[token.i : end + 1]) and end + 1 < len(doc) \
                    and doc[end + 1].text in QUOTE_CHARS:
                end += 1  # ('thousands of self-described "Berners"': both marks)
    elif token.pos_ == "NOUN" and end + 1 < n and lower[end + 1] == "of":
        # 'the clerk of parliament', 'the speaker of the assembly': a role noun's 'of' phrase names whose it is
        of = next((c for c in token.children if c.dep_ == "nmod" and c.i > end + 1 and c.pos_ in ("NOUN", "PROPN")
                   and c.left_edge.i == end + 1), None)
        last = speaker_span(of)[1] - 1 if of is not None else end
        # (not over a comma or a bracket, nor an amount, where the parser ran a clause into the phrase: 'a small
        # share of the $5 billion [bankers estimate] ...')
        if of is not None and not any(t.text in QUOTE_CHARS or t.text in (",", ";", ":", "(", ")", "\u2014", "\u2013")
                                      or t.like_num or t.tag_ == "$" for t in doc[end + 1 : last + 1]):
            end = last
    elif (after_for := for_phrase_end(token)) is not None and end == token.i:
        end = after_for - 1  # 'a spokesman for the army': whom the role speaks for (quotes/for_phrase.py)
    return start, end + 1


# quantity words that head a noun phrase of people ('[tens] of thousands', '[dozens] of lawmakers')
_QUANTITY_HEADS = {"tens", "hundreds", "thousands", "millions", "dozens", "scores", "handful", "dozen", "hundred",
                   "thousand", "million", "majority", "minority", "number", "group", "crowd", "couple"}


# a pronoun speaker's words are the pronoun alone ('told host Chris Cuomo [she] believed')
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}


def _is_cue_token(t: Token) -> bool:
    return is_cue_verb(t)


def make_speaker(ctx: Context, token: Token, quoted: list[tuple[int, int]] | Ranges | None = None) -> Actor:
    """The Actor for a speaker head token: actor_for_token when available, else the subject's words.
    A he/she the actor coder left unresolved is the subject of an earlier sentence (see :func:`_earlier_subject`)."""
    token = _real(token)
    outer = document_sender(token)
    if outer is not None:  # 'Holm shared a message [that] read: ...': the one who shared it
        return make_speaker(ctx, outer, quoted)
    antecedent = _relative_who(token)
    if antecedent.i != token.i:
        # 'the minister, who said ...': the speaker's words are 'who', its name and codes the antecedent's
        actor = make_speaker(ctx, antecedent, quoted)
        # (an antecedent with no name of its own, "the U.S. embassy, which called ...", is named by its words)
        return actor.model_copy(update={"text": token.text, "start": token.idx, "end": token.idx + len(token),
                                        "name": actor.name or actor.text,
                                        "kind": "pronoun", "rule": "quotes:relative-pronoun"})
    mod = _actors_module()
    fn = getattr(mod, "actor_for_token", None) if mod is not None else None
    if fn is not None:
        actor = fn(ctx, token)
        if actor is not None and token.lower_ in ("he", "she") and actor.name:
            m = getattr(mod, "mention_for_token", lambda c, t: None)(ctx, token)
            if m is not None and _gender(ctx, m, exclude=m) not in (None, _PRONOUN_GENDER[token.lower_]):
                actor = None  # 'Ms. Baker said ... "...," he said': the article says she is not him
        # (and a possessive his / her owning a speech noun: '[Holt] shared her belief that ...')
        possessive = token.lower_ in ("his", "her") and (token.tag_ == "PRP$" or token.dep_ in ("nmod:poss", "poss"))
        personal = token.lower_ in ("he", "she", "it") and token.pos_ == "PRON"
        if (actor is None or not actor.name) and (personal or possessive):
            actor = _earlier_subject(ctx, token, mod, quoted or []) or actor
        if actor is not None and not actor.name and personal:
            actor = _antecedent_named_before_role(ctx, token, actor, mod)
        if (actor is None or not actor.name) and token.pos_ == "NOUN":
            # 'The company said ...': the company named before
            actor = body_description_antecedent(ctx, token, actor, mod, quoted or []) or actor
        if actor is not None:
            actor = _with_of_phrase(_with_owner(_past_other_argument(actor, token), token), token)
            actor = with_for_phrase(ctx, actor, token, fn)  # 'A spokesman [for the army]': its words and codes
            actor = _name_before(actor, token) or _with_role_name(actor, token)
            stripped = actor.text.strip()
            if stripped != actor.text and stripped:  # keep offsets and words in step
                lead = len(actor.text) - len(actor.text.lstrip())
                actor = actor.model_copy(update={"text": stripped, "start": actor.start + lead,
                                                 "end": actor.start + lead + len(stripped)})
            return actor
    s, e = speaker_span(token)
    span = token.doc[s:e]
    kind = None
    if token.pos_ == "PRON":
        kind = "pronoun"
    elif token.ent_type_ in ("PERSON",):
        kind = "person"
    elif token.ent_type_ in ("ORG",):
        kind = "org"
    elif token.ent_type_ in ("GPE", "LOC"):
        kind = "gpe"
    elif token.ent_type_ == "NORP":
        kind = "norp"
    name = None
    if kind not in ("pronoun",) and token.pos_ == "PROPN":
        name = " ".join(t.text for t in span if t.pos_ == "PROPN" or t.dep_ in ("flat", "flat:name", "compound"))
        name = name or span.text
    actor = Actor(text=span.text, name=name, start=span.start_char, end=span.end_char, kind=kind,
                  rule="quotes:subject")
    return _name_before(actor, token) or _with_role_name(actor, token)


def _antecedent_named_before_role(ctx: Context, token: Token, actor: Actor, mod) -> Actor:
    """A he/she the actor coder resolved to a role with no name ('Olayinka Badmus, deputy director ..., said ...
    "...," she said', the parser making 'director' the subject): the name before that role is hers."""
    m = getattr(mod, "mention_for_token", lambda c, t: None)(ctx, token)
    mentions = ctx.data.get("actors") or []
    ante = m.antecedent if m is not None else None
    if not isinstance(ante, int) or not 0 <= ante < len(mentions) or mentions[ante].head >= token.i:
        return actor
    run = name_before_role(token.doc[mentions[ante].head])
    return actor if run is None else actor.model_copy(update={"name": run.text})


def _name_before(actor: Actor, token: Token) -> Actor | None:
    """'[Olayinka Badmus], deputy director for ..., said': a role the parser made the subject with the person's name
    before it and its comma hung on it; the speaker's words run from the name, and the name is the name
    (quotes/name_before_role.py). None when there is no such name."""
    run = name_before_role(token)
    if run is None or actor.kind == "pronoun":
        return None
    end = max(actor.end, token.idx + len(token))
    return actor.model_copy(update={"text": doc_text(token.doc)[run.start_char:end], "start": run.start_char, "end": end,
                                    "name": run.text, "kind": "person", "rule": "quotes:name-before-role"})


def _past_other_argument(actor: Actor, token: Token) -> Actor:
    """'told [reporters] the minister had warned ...': an actor mention that runs over another verb's object into the
    speaker's words starts at the speaker's own phrase."""
    doc = token.doc
    s, e = speaker_span(token)
    own = doc[s].idx
    if actor.start >= own or actor.end <= own:
        return actor
    mine = {t.i for t in token.subtree}
    if not any(t.dep_ in ("obj", "iobj") and t.i not in mine and t.head.i != token.i and own > t.idx >= actor.start
               for t in doc[max(0, s - 6) : s]):
        return actor
    return actor.model_copy(update={"text": doc_text(doc)[own : actor.end], "start": own})


def _with_owner(actor: Actor, token: Token) -> Actor:
    """'[Acme's] chief executive said': an actor mention that left out the owner of the speaker's role (a possessive
    before it) takes it back into the speaker's words; the name stays the actor's."""
    owner = next((c for c in token.children if c.dep_ in ("nmod:poss", "poss") and c.i < token.i
                  and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is None or token.pos_ != "NOUN" or actor.kind == "pronoun":
        return actor
    lo = owner.left_edge
    while lo.i < owner.i and (lo.is_punct or lo.is_space):
        lo = lo.doc[lo.i + 1]  # ('- New Mexico's two senators': not the dateline's dash)
    if not (lo.idx < actor.start <= token.idx < actor.end) or actor.end > token.idx + len(token) + 1:
        return actor
    return actor.model_copy(update={"text": doc_text(token.doc)[lo.idx : actor.end], "start": lo.idx})


def _with_of_phrase(actor: Actor, token: Token) -> Actor:
    """'the commander of the coastal fleet said': an actor mention that ends on the role noun takes the noun's 'of'
    phrase back into the speaker's words, as :func:`speaker_span` keeps it; the name stays the actor's."""
    if token.pos_ != "NOUN" or actor.kind == "pronoun" or actor.end != token.idx + len(token) \
            or not actor.start <= token.idx:
        return actor
    end = speaker_span(token)[1]
    if end <= token.i + 1 or token.doc[token.i + 1].lower_ != "of":
        return actor
    last = token.doc[end - 1]
    return actor.model_copy(update={"text": doc_text(token.doc)[actor.start : last.idx + len(last)],
                                    "end": last.idx + len(last)})


def _with_role_name(actor: Actor, token: Token) -> Actor:
    """A role with no name gets the person's name its sentence gives it (quotes/role_name.py); so does a role named
    by the organisation of its phrase when the person's name stands in apposition after it ('The secretary general
    of the Organization of American States (OAS), [Mariano Cortés], said': the name is his, not the OAS's)."""
    if actor.name and token.pos_ == "NOUN" and actor.kind != "pronoun":
        run = role_name(token)
        # (not past a person's name of the role's own: 'Former House speaker Ana Ruiz, a Holm ally, said')
        comma = next((k for k in range(run.start - 1, token.i, -1) if token.doc[k].text == ","), token.i) \
            if run is not None else token.i
        if run is not None and run.start_char >= actor.end and run.text != actor.name and not any(
                t.ent_type_ == "PERSON" for t in token.doc[token.i + 1 : comma]):
            return actor.model_copy(update={"name": run.text})
    if actor.name or actor.kind == "pronoun" or token.pos_ == "PRON":
        return actor
    run = role_name(token)
    if run is None:
        return actor
    if _in_opening_phrase(token):
        # 'In a fiery takedown of the plan, Sen. Ana Ruiz (D-Ohio) called it ...': a noun inside the phrase opening
        # the sentence is no subject; the name after the phrase is who speaks, its words and all
        return actor.model_copy(update={"text": run.text, "start": run.start_char, "end": run.end_char,
                                        "name": run.text})
    return actor.model_copy(update={"name": run.text})


def _in_opening_phrase(token: Token) -> bool:
    """``token`` stands in a prepositional phrase opening its sentence ('In a sharp [attack] on the plan, ...')."""
    doc = token.doc
    lo = index_of(doc).sent_start(token)
    first = next((t for t in doc[lo : token.i] if not (t.is_space or t.is_punct)), None)
    return first is not None and first.pos_ == "ADP" and not any(t.text == "," for t in doc[first.i : token.i])


# prepositions that make the noun after them a place or a medium, never the speaker next to a cue
_WHERE_PREPS = {"on", "in", "at", "via", "through", "from", "to", "into", "onto", "across"}


def _fallback_speaker(tokens: list[Token], verb: Token) -> Token | None:
    """Without a usable parse: the noun or pronoun next to the verb in the frame text."""
    before = [t for t in tokens if t.i < verb.i and not t.is_space]
    after = [t for t in tokens if t.i > verb.i and not t.is_space]
    # "..., he said" / "..., Smith said" / "her adviser, Jake Sullivan, said"
    # 'Guaido, 35, said': an age in commas
    if len(before) >= 4 and before[-1].text == "," and before[-2].like_num and before[-3].text == ",":
        before = before[:-3]
    for k, t in enumerate(reversed(before)):
        if t.is_punct:
            if k == 0 and t.text == "," and len(before) > 1 and before[-2].pos_ in ("PROPN", "NOUN"):
                continue
            break
        if t.pos_ in ("PRON", "PROPN", "NOUN") and t.lower_ not in ("it",):
            if t.i > 0 and t.doc[t.i - 1].lower_ in _WHERE_PREPS:
                break  # ('responded on [Facebook] writing, "..."': a place or a medium is no speaker)
            return t
        if t.pos_ not in ("ADV", "AUX", "PART", "DET", "ADJ"):
            break
    # "said Smith" / "said the minister"
    head = None
    aged = _aged_noun(after)  # 'said the 46-year-old'
    if aged is not None:
        return aged
    for t in after:
        if t.is_punct:
            break
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")):
            head = t
            continue
        # ('said [retired] neurosurgeon Ben Carson': a participle read as a verb on the role word)
        if head is not None or t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and t.dep_ != "amod":
            break
    return head


def _aged_noun(after: list[Token]) -> Token | None:
    """'old' of 'said the 46-year-old' / 'said a 30-year-old' (an age standing for a person, read as an adjective),
    when the words right after an inverted cue are only that phrase."""
    words = [t for t in after if not t.is_space]
    if len(words) < 5 or words[0].pos_ != "DET" or words[0].i != after[0].i:
        return None
    k = next((j for j, t in enumerate(words[:8]) if t.lower_ == "old"), None)
    if k is None or k < 4 or words[k - 1].text not in ("-", "\u2010") or words[k - 2].lower_ not in ("year", "years"):
        return None
    if k + 1 < len(words) and not (words[k + 1].is_punct or words[k + 1].is_space):
        return None  # ('the 46-year-old nurse': the noun after it is the head, read as any noun phrase)
    return words[k]


COLON_LABELS = {
    "update", "updated", "updates", "watch", "exclusive", "breaking", "analysis", "opinion", "editorial", "photos",
    "photo", "video", "videos", "live", "note", "source", "sources", "related", "read", "correction", "corrections",
    "q", "a", "transcript", "text", "warning", "question", "answer", "subscribe", "image", "images", "credit",
    "topics", "tags", "time", "date", "by", "location", "listen", "editor", "editors", "disclosure", "clarification",
    "background", "context", "bottom", "line", "why", "what", "how", "who", "when", "where", "here", "this", "the",
    "first", "second", "third", "last", "next", "more", "also", "plus", "full", "partial", "part", "chapter",
    "episode", "map", "chart", "graphic", "results", "timeline", "factbox", "explainer", "fact",
    "check", "sign", "follow", "share", "email", "contact", "reporting", "additional", "writing", "editing",
}


def _colon_speakers(doc: Doc, para_bounds: list[tuple[int, int]], tok_starts: list[int],
                    taken: list[tuple[int, int]] | Ranges) -> list[_Found]:
    """'Ana Reyes: Do not trust the new tax plan' (headline) / 'HOLM: Well, guessing is unwise.' (transcript):
    a paragraph opening with a name and a colon."""
    text = index_of(doc).text
    cols = token_columns(doc)
    idx, texts, space, n = cols.idx, cols.text, cols.space, len(cols.idx)
    out: list[_Found] = []
    for lo, hi in para_bounds:
        i = bisect_left(tok_starts, lo)
        first = []  # the paragraph's first twelve tokens that are not spaces (Tokens only when a colon is there)
        while i < n and idx[i] < hi and len(first) < 12:
            if not space[i]:
                first.append(i)
            i += 1
        colon = next((k for k, j in enumerate(first) if texts[j] == ":"), None)
        if colon is None or colon == 0:
            continue
        toks = [doc[j] for j in first]
        # an optional label before a dash: 'EXCLUSIVE – Roger Stone: ...'
        name = toks[:colon]
        dash = [k for k, t in enumerate(name) if t.text in ("\u2013", "\u2014", "-", "--")]
        if dash:
            name = name[dash[-1] + 1 :]
        if not 1 <= len(name) <= 4:
            continue
        if not all((t.text[:1].isupper() and t.is_alpha) or t.text in (".", "'s", "\u2019s") for t in name):
            continue
        if any(t.lower_ in COLON_LABELS for t in name) or name[-1].lower_ in ("says", "said"):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.is_upper
                   or t.lower_ in lexicon().source_nouns for t in name):  # 'Poll: Clinton and Trump in dead heat'
            continue
        s, e = _strip_span(text, toks[colon].idx + 1, hi, ",;:")
        if _word_count(text[s:e]) < 2 or _overlaps(taken, s, e):
            continue
        if text[s:s + 1] in QUOTE_CHARS:
            continue  # 'Name: "..."' is a direct quote, attributed on its own
        head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        out.append(_Found(s, e, "indirect", cue=toks[colon], cue_text=":", speaker=head, rule="colon:speaker"))
    return out



BYLINE_MAX_WORDS = 15  # a byline paragraph after a quote is short: '- Bernie Sanders.', '-Anna Berg, a farmer.'


def _byline_speaker(doc: Doc, para: tuple[int, int], tok_starts: list[int]) -> tuple[Token, Token] | None:
    """(dash, name) of a paragraph that only credits the quote standing as the paragraph before it: a dash, then a
    name that opens with a capital letter and ends at a comma or the paragraph's end ('- Sanders.', '-President Obama,
    tweeting after the speech.'); None for any other paragraph."""
    lo, hi = para
    i, j = bisect_left(tok_starts, lo), bisect_left(tok_starts, hi)
    toks = [t for t in doc[i:j] if not t.is_space]
    dashes = ("-", "--", "\u2013", "\u2014")
    glued = len(toks) >= 1 and toks[0].text[:1] in dashes and toks[0].text[1:2].isupper()  # '-Michelle Marks'
    if not glued and (len(toks) < 2 or toks[0].text not in dashes or not toks[1].text[:1].isupper()):
        return None
    if sum(1 for t in toks if not t.is_punct) > BYLINE_MAX_WORDS:
        return None
    name = []
    for t in toks[0 if glued else 1:]:
        if t.is_punct and t.text not in (".",) or t.text == "." and t.i == toks[-1].i:
            break
        name.append(t)
    if not name or len(name) > 6 or not all(t.text.lstrip("-\u2013\u2014")[:1].isupper() or t.text == "." or t.tag_ == "POS"
                                       for t in name):
        return None
    head = max(name, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
    return toks[0], head

