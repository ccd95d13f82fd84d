"""Keeping: the attributions found become quotes: fragments inside reported speech dropped, partial quotes and
transcript turns told from direct ones, scare quotes and titles left out, spans trimmed, speakers and channels made,
nested duplicates removed."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import char_span, token_columns
from lapwing.extract.registry import Context
from lapwing.schema import Quote
from lapwing.extract.quotes.channels import _find_channel, carry_added_channel
from lapwing.extract.quotes.cues import lexicon
from lapwing.extract.quotes.framing import (around_cue_start, framing_verb, passive_judge, sentence_subject,
                                           that_clause_cue)
from lapwing.extract.quotes.noun_owner import speech_noun_owner
from lapwing.extract.quotes.index import DocIndex, Ranges, index_of
from lapwing.extract.quotes.conjoined import join_conjoined
from lapwing.extract.quotes.reported_bounds import _past_complementiser
from lapwing.extract.quotes.segmentation import (_after_dateline, _Found, _inside, _strip_span, _word_count,
                                                join_partials, runs_on)
from lapwing.extract.quotes.full_name import full_name
from lapwing.extract.quotes.relative_speaker import said_in_relative
from lapwing.extract.quotes.fragments import FRAGMENT_MAX_WORDS, is_fragment, is_quoted_manner
from lapwing.extract.quotes.linear_subject import linear_subject
from lapwing.extract.quotes.nested import outer_reaches_inner, reporter_of
from lapwing.extract.quotes.several_speakers import content_before_speakers, several_speakers
from lapwing.extract.quotes.speakers import COLON_LABELS, make_speaker


def keep_quotes(ctx: Context, index: DocIndex, found: list[_Found], marked_ranges: Ranges) -> list[Quote]:
    """The quotes worth keeping among ``found``, in start order, each with its speaker (an Actor) and channel."""
    doc, text = ctx.doc, index.text
    tok_starts, tok_texts = index.tok_starts, token_columns(doc).text
    lex = lexicon()
    quotes: list[Quote] = []
    cue_at: dict[int, int] = {}
    cue_pos: dict[int, int] = {}  # every indirect quote's cue, nesting or not
    past_that: set[int] = set()  # partial quotes moved past their 'that' (_partial_span)
    indirect_ranges = Ranges((f.start, f.end) for f in found if f.kind == "indirect")
    # an object cue's content may hold an attribution of its own ('dismissed [a report the government called "a crude
    # lie"]'); a clause's content holds the speaker's own words ('said she expects the campaign "to continue ..."')
    object_ranges = Ranges((f.start, f.end) for f in found if f.rule == "indirect:object")
    for f in found:
        if f.kind == "direct":
            words = _word_count(text[f.start : f.end])
            own_cue_inside = f.cue is not None and f.rule == "direct:cue-before" and object_ranges.holds(
                min(f.start, f.cue.idx), max(f.end, f.cue.idx + 1))
            if _inside(indirect_ranges, f.start, f.end) and not own_cue_inside and not said_in_relative(f):
                continue  # a quoted fragment inside reported speech: the indirect quote covers it
                # (not one of a relative clause's own cue: '..., who had assured him of their "..."')
            if f.marked is not None and is_quoted_manner(doc, f.marked):
                continue  # 'denied "categorically"': the manner of the denial, no quote
            if f.marked is not None and is_fragment(doc, f.marked, lex):
                # a few quoted words inside the writer's own sentence: with a cue of that sentence, a partial
                # quote ('Smith called the plan "dead on arrival"'), reported as indirect (the sentence around it
                # is the writer's); without one, scare quotes, nicknames or titles: no quote
                # (a longer one, going on the writer's sentence in lower case with no such cue, stays as found)
                if said_in_relative(f):  # 'who had assured him of their "..."': the quoted words, the relative
                    f.kind, f.rule = "indirect", "partial:relative"  # clause's noun's, inside another's report
                elif f.cue is not None and f.rule in ("direct:cue-before", "direct:cue-after") \
                        and _partial_of(doc, f.start, f.end, f.cue):
                    f.kind, f.rule = "indirect", f.rule.replace("direct:", "partial:")
                    f.start, f.end = _partial_span(doc, f.start, f.end, f.cue)
                    if _after_that(text, f.start):
                        f.extra["past_that"] = True
                    m = f.marked
                    if f.start < m.open_at and f.end == m.end and m.close_at is not None:
                        f.end = m.outer_end  # both marks or none
                elif f.cue is None and (judged := passive_judge(doc, index, f.start, f.end)) is not None:
                    # 'The arrest was condemned by the party as "political revenge"': the agent's words (framing.py)
                    f.cue, f.cue_text, f.speaker = judged[0], judged[0].text, judged[1]
                    f.kind, f.rule = "indirect", "partial:passive-agent"
                elif words <= FRAGMENT_MAX_WORDS:
                    continue
                elif f.cue is not None and f.rule in ("direct:cue-before", "direct:cue-after"):
                    # a longer quote going on the writer's sentence in lower case ('Trump said losing "would be
                    # one hell of a way to lose"'): the writer's sentence reports it, a partial quote
                    f.kind, f.rule = "indirect", f.rule.replace("direct:", "partial:")
            if f.kind == "direct" and f.cue is not None and f.rule.startswith("direct:"):
                # '"The only way ... is jail time" for criminal behavior, she said.': the writer's words go on the
                # quote after its closing mark; the content runs to them and is the writer's sentence, not a direct quote
                ends = [runs_on(doc, b, lex) for _, b in f.extra.get("parts", [(f.start, f.end)])]
                if any(x is not None for x in ends):
                    f.kind, f.rule = "indirect", f.rule.replace("direct:", "partial:")
                    f.end = ends[-1] if ends[-1] is not None else f.end
            if f.cue is None:
                _transcript_speaker(doc, f)
            if f.cue is None and words < 6:
                continue  # scare quotes, titles, nicknames
            if f.kind == "direct" and f.rule == "direct:cue-before" and f.speaker is not None \
                    and text[f.start : f.start + 1].islower() and "parts" not in f.extra:
                lo = around_cue_start(doc, index, f.cue, f.speaker, f.marked.open_at, f.end)
                if lo is not None:  # 'So when A, Mr. Barrett said, "we were floored."': the writer's words go on
                    comma = text.rindex(",", lo, f.speaker.idx)
                    f.extra["parts"] = [(lo, comma), (f.start, f.end)]
                    f.kind, f.rule, f.start = "indirect", "partial:around-cue", lo
            if f.kind == "direct" and f.marked is not None and _after_that(text, f.marked.open_at):
                # 'The board states in its report that "there were failings ..."': reported speech (a that-clause)
                # in the speaker's words; the content is the clause, not words standing within quotation marks
                if f.cue is None:  # ('said on the show "Morning Call" that "..."': a cue before other quoted words)
                    framed = that_clause_cue(doc, index, f.marked.open_at)
                    if framed is not None:
                        f.cue, f.cue_text, f.speaker = framed[0], framed[0].text, framed[1]
                f.kind, f.rule = "indirect", "partial:that-clause" if f.cue is not None else "partial:no-cue"
            if f.cue is None and f.kind == "direct" and f.marked is not None and _mid_sentence(text, f.marked.open_at):
                # quoted words going on the writer's own sentence with no cue ('Reid called him a "human leech who
                # will bleed the country"'): a partial quote inside the writer's words, not a direct quote
                f.kind, f.rule = "indirect", "partial:no-cue"
            if f.cue is None and f.rule == "partial:no-cue":
                framed = framing_verb(doc, index, f.start, f.end)
                if framed is not None:  # 'Trump attacked "the hateful ideology of ..."': the words of who attacked
                    f.cue, f.cue_text, f.speaker, f.rule = framed[0], framed[0].text, framed[1], "partial:framing-verb"
                else:  # 'her remark that "there is a special place ..."': the speech noun's owner (quotes/noun_owner.py)
                    owned = speech_noun_owner(doc, f.start, f.end, lex)
                    if owned is not None:
                        f.cue, f.cue_text, f.speaker, f.rule = owned[0], owned[0].text, owned[1], "partial:noun"
                    else:  # 'Ruiz referenced an audit that "less than one percent" was spent': the sentence's subject
                        about = sentence_subject(doc, index, f.start, f.end)
                        if about is not None:
                            f.cue, f.cue_text, f.speaker = about[0], about[0].text, about[1]
                            f.rule = "partial:sentence-subject"
            if f.cue is not None and words < 2 and f.rule not in ("direct:cue-before", "partial:cue-before"):
                continue
            if words < 1:
                continue
        s, e = _strip_span(text, f.start, f.end, ",;:" if f.kind == "direct" else ",;:.")
        if f.kind == "indirect":
            s = _after_dateline(doc, s, e)
        if e <= s:
            continue
        speaker = None
        parts = f.extra.get("parts", [(f.start, f.end)])
        if f.cue is not None and isinstance(f.cue, Token) and (
                f.speaker is None or any(a <= f.speaker.idx < b for a, b in parts)):
            # the parse lost the cue's subject, or gave it one inside the words it reports ('X, speaking at ...,
            # said [ministers agreed ...]'): read it on the sentence's words
            f.speaker = linear_subject(doc, f.cue, (f.start, f.end)) or f.speaker
        if f.speaker is not None and not any(a <= f.speaker.idx < b for a, b in parts):
            reporter = reporter_of(doc, f)  # '"...," Ruiz said, according to Radio Lyon': who reports it
            speaker = make_speaker(ctx, reporter if reporter is not None else f.speaker, marked_ranges)
            speaker = full_name(speaker, doc, reporter if reporter is not None else f.speaker)
            bounds = f.extra.get("speaker_chars")  # a headline's name, read on its words
            if bounds is not None and (speaker.start < bounds[0] or speaker.end > bounds[1]):
                words = text[bounds[0] : bounds[1]]
                name = speaker.name if speaker.name and set(speaker.name.split()) <= set(words.split()) else words
                speaker = speaker.model_copy(update={"text": words, "start": bounds[0], "end": bounds[1], "name": name})
            if reporter is None and isinstance(f.cue, Token) and bounds is None:
                # 'France, the United States and the EU said': all of them (quotes/several_speakers.py)
                speaker = several_speakers(speaker, f.speaker, f.cue, (s, e))
                e2 = content_before_speakers(s, e, speaker, text)
                if e2 != e:
                    s, e = _strip_span(text, s, e2, ",;:.")
                    if e <= s:
                        continue
        cue_tok = f.cue
        lemma = lex.lemma(cue_tok) if cue_tok is not None else None
        channel = None
        if cue_tok is not None:
            sent_lo, sent_hi = index.sent_range(cue_tok.i)  # the cue's sentence, in characters
            lo, hi = tok_starts[sent_lo], tok_starts[sent_hi - 1] + len(tok_texts[sent_hi - 1])
            # channel phrases in the cue's sentence outside the content
            outside = text[lo:hi]
            if s >= lo and e <= hi:
                outside = text[lo:s] + " | " + text[e:hi]
            if len(parts) > 1:  # a quote split by its cue: the words around its parts
                chars = list(text[lo:hi])
                for a, b in parts:
                    for k in range(max(a, lo), min(b, hi)):
                        chars[k - lo] = "|"
                outside = "".join(chars)
            channel = _find_channel(outside, 0, len(outside), lex, lemma)
        quotes.append(Quote(text=text[s:e], start=s, end=e, kind=f.kind, speaker=speaker,
                            cue=f.cue_text, channel=channel, rule=f.rule))
        # (a claim in a relative clause, 'a speech that his party says was ...', is its own attribution inside
        # whatever report holds its noun)
        nests = (f.rule == "indirect:complement" and lemma is not None and lemma not in lex.weak) \
            or f.rule.startswith("partial:cue") or f.rule in ("indirect:relative", "partial:relative")
        cue_at[id(quotes[-1])] = cue_tok.idx if cue_tok is not None and nests else -1
        if f.extra.get("past_that"):
            past_that.add(id(quotes[-1]))
        cue_pos[id(quotes[-1])] = cue_tok.idx if isinstance(cue_tok, Token) and f.kind == "indirect" else -1
    quotes = join_partials(quotes, cue_at, text)  # sorted by (start, end)
    quotes = join_conjoined(quotes, text)  # 'added that "A" and "B"': one quote
    quotes = outer_reaches_inner(quotes, cue_pos, cue_at, text)  # a report inside a report: the outer content holds the inner
    # drop exact duplicates and quotes nested inside another quote of the same kind; a report inside a report
    # ('the ministry said [Lavrov warned Pompeo that [A]]') is two attributions: its cue is inside the outer content
    # (quotes are in start order: a kept quote ending at or before a quote's start holds neither it nor any later one)
    out: list[Quote] = []
    live: list[Quote] = []  # kept quotes that may still hold a later one
    for q in quotes:
        live = [o for o in live if o.end > q.start]
        if any(o.start <= q.start and q.end <= o.end and (o.kind == q.kind or o.kind == "indirect")
               and not (o.kind == q.kind == "indirect" and (o.start, o.end) != (q.start, q.end)
                        and o.start <= cue_at[id(q)] < o.end and speaker_differs(o, q)
                        and (o.rule == "indirect:object" or not (q.rule or "").startswith("partial:")
                             or q.rule == "partial:relative")) for o in live):
            continue
        out.append(q)
        live.append(q)
    # a partial quote moved past its 'that' now starts where the clause's content does: it holds the content cut
    # short at the quote's inner comma ('responded that the businessman "is right about A, but B"')
    out = [o for o in out if not any(id(q) in past_that and q is not o and o.kind == "indirect"
                                     and q.start == o.start and q.end > o.end for q in out)]
    return carry_added_channel(out, text)


def _after_that(text: str, open_at: int) -> bool:
    """The quotation mark at ``open_at`` comes right after the complementiser 'that' (a comma may stand between)."""
    head = text[max(0, open_at - 8):open_at].rstrip(" \t,").lower()
    return head.endswith(" that") or head == "that"


def _mid_sentence(text: str, open_at: int) -> bool:
    """The quotation mark at ``open_at`` follows a word of the same sentence (not a colon, a dash, a sentence end)."""
    k = open_at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k >= 0 and (text[k].isalnum() or text[k] in "'\u2019,")


def speaker_differs(a: Quote, b: Quote) -> bool:
    sa, sb = a.speaker, b.speaker
    return sa is None or sb is None or (sa.start, sa.end) != (sb.start, sb.end)


def _partial_of(doc: Doc, start: int, end: int, cue: Token) -> bool:
    """Quoted words that are part of what the cue reports ('called the plan "dead on arrival"'): inside the cue's
    phrase, and not a name or a title (all words capitalised: 'the "Buffett rule"', '"Peace Through Strength"')."""
    span = char_span(doc, start, end)
    if span is None or not len(span):
        return False
    words = [t for t in span if t.is_alpha]
    if words and _title_case(words) and not (len(words) == 1 and span.start == index_of(doc).sent_start(span[0])):
        return False
    sub = {t.i for t in cue.subtree}
    return span.root.i in sub


_TITLE_MINOR = {"of", "the", "a", "an", "and", "or", "nor", "but", "in", "on", "for", "to", "at", "by", "with", "from",
                "as"}


def _title_case(words: list[Token]) -> bool:
    """Words written as a name or a title: every word capitalised, short function words inside it apart
    ('"Peace Through Strength"', '"State of the Union"', '"Face the Nation"')."""
    return words[0].text[:1].isupper() and words[-1].text[:1].isupper() and all(
        t.text[:1].isupper() or (0 < k < len(words) - 1 and t.lower_ in _TITLE_MINOR) for k, t in enumerate(words))


_TRANSCRIPT_RE = re.compile(r"([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3}):\s+(?=\S)")


def _transcript_speaker(doc: Doc, f: _Found) -> None:
    """A quoted transcript line, '"WALLACE: Let's start with ..."': the name in capitals before the colon is the
    speaker, the rest the content."""
    text = index_of(doc).text
    mt = _TRANSCRIPT_RE.match(text, f.start, f.end)
    if mt is None or mt.group(1).lower() in COLON_LABELS:
        return
    span = char_span(doc, mt.start(1), mt.end(1))
    if span is None or not len(span):
        return
    colon = char_span(doc, mt.end(1), mt.end(1) + 1)
    f.speaker, f.cue = span[-1], (colon[0] if colon is not None and len(colon) else span[-1])
    # the quotation mark opens before the name, not the words: a transcript turn, like an unquoted 'NAME: ...'
    # paragraph, not content within quotation marks (kind 'direct' means the content itself is in the marks)
    f.cue_text, f.rule, f.start, f.kind = ":", "transcript", mt.end(), "indirect"


def _partial_span(doc: Doc, start: int, end: int, cue: Token) -> tuple[int, int]:
    """A partial quote reports what its cue says: from the word after the cue to the end of the cue's dependent
    holding the quoted words ('called the plan "dead on arrival"' -> 'the plan "dead on arrival"')."""
    span = char_span(doc, start, end)
    if span is None or cue.i > span.start:
        return start, end
    node = span.root
    while node.head.i != cue.i and node.head.i != node.i:
        node = node.head
    if node.head.i != cue.i or node.dep_ in ("conj", "parataxis", "advcl", "punct"):
        return start, end
    first = next((t for t in doc[cue.i + 1 : span.start] if not t.is_punct and not t.is_space), None)
    if first is not None and first.lower_ == "that" and (
            first.dep_ == "mark" or _past_complementiser(doc, first.i, node.right_edge.i + 1) > first.i):
        # 'tweeted that Paris "stands with ..."': the complementiser is no word of what was said
        first = next((t for t in doc[first.i + 1 : span.start + 1] if not t.is_space), first)
    lo = first.idx if first is not None else start
    last = node.right_edge
    while last.i > span.end - 1 and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    return min(lo, start), max(end, last.idx + len(last) if last.i >= span.end else end)
