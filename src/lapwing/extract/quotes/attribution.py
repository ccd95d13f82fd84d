"""Attribution: direct quotes tied to their cues, quotes standing alone tied to the sentences or the quote next to
them, reported speech from the parse, one quote per attribution; ``keeping`` turns them into the quotes kept. The
words framing a quote are read in ``direct_frame``; which quote a quote goes on from, and the merging of an
attribution's parts, in ``quote_chain``."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Token

from lapwing.extract.docfacts import char_range, token_columns
from lapwing.extract.registry import Context
from lapwing.schema import Quote
from lapwing.extract.quotes.cues import (BARE_CUE_WORDS, _according_to, _bare_cue, _cue_in_frame, _cue_text, _in_words,
                                        as_of_put, lexicon)
from lapwing.extract.quotes.headlines import find_headlines
from lapwing.extract.quotes.noun_intro import statement_intro
from lapwing.extract.quotes.framing import names_next_quote
from lapwing.extract.quotes.index import DocIndex, Ranges, indexed
from lapwing.extract.quotes.keeping import keep_quotes
from lapwing.extract.quotes.reporter_tail import trim_reporter_tails
from lapwing.extract.quotes.next_cue import conjoined_after_quote, quoted_infinitive
from lapwing.extract.quotes.objects import find_object_cues, in_object, in_to_clause
from lapwing.extract.quotes.object_clause import find_object_clauses
from lapwing.extract.quotes.relative_cue import find_relative_cues
from lapwing.extract.quotes.relative_object import end_before_judged, find_relative_objects
from lapwing.extract.quotes.second_cue import split_second_cues
from lapwing.extract.quotes.closing_cue import cut_short_by_the_parse, find_closing_cues, judged_objects
from lapwing.extract.quotes.reported import find_reported
from lapwing.extract.quotes.segmentation import (QUOTE_CHARS, Marked, _Found, _inside, _only_cue_clause, _overlaps,
                                                _paragraphs, _word_count, find_marked)
from lapwing.extract.quotes.fragments import FRAGMENT_MAX_WORDS, is_fragment, is_work_title
from lapwing.extract.quotes.speakers import _actors_module, _byline_speaker, _colon_speakers, _fallback_speaker
from lapwing.extract.quotes.paragraph_speaker import paragraph_speaker
from lapwing.extract.quotes.signed_text import signed_speaker
from lapwing.extract.quotes.previous_speaker import name_by_previous_quote
from lapwing.extract.quotes.named_after import name_by_next_sentence
from lapwing.extract.quotes.new_sentence import closing_cue, writer_sentence_cue
from lapwing.extract.quotes.bare_verb import bare_verb_cue
from lapwing.extract.quotes.colon_intro import _DASHES, _colon_intro, dash_name, feeling_object, felt_bounds
from lapwing.extract.quotes.subjects import _subject_of
from lapwing.extract.quotes.cue_sentence import _main_cue
from lapwing.extract.quotes.direct_frame import (_closes_verbless, _ends_on_a_word, _introduces, _is_nickname,
                                                _lead_speaker, _opening_passive, _own_cue_clause, far_cue_before,
                                                noun_infinitive)
from lapwing.extract.quotes.quote_chain import _continued_candidates, _quote_before, merge_parts


def extract_quotes(ctx: Context) -> list[Quote]:
    """The quotes of ``ctx.doc``: direct quotes by their quotation marks, reported speech from the parse, each
    with its cue, speaker and channel (see the package docstring)."""
    with indexed(ctx.doc) as index:
        return _extract(ctx, index)


def _extract(ctx: Context, index: DocIndex) -> list[Quote]:
    doc, text = ctx.doc, index.text
    lex = lexicon()
    has_parse = doc.has_annotation("DEP")
    marked = find_marked(text)
    marked_ranges = Ranges((m.open_at, m.outer_end) for m in marked)
    found: list[_Found] = []

    # -- direct quotes -------------------------------------------------------
    para_bounds = _paragraphs(text)
    by_para: dict[int, list[Marked]] = {}
    for m in marked:
        by_para.setdefault(m.para, []).append(m)

    tok_starts = index.tok_starts
    para_starts = [a for a, _ in para_bounds]
    cols = token_columns(doc)
    tok_texts, tok_space = cols.text, cols.space
    # the frames of neighbouring quotes overlap: whether a token may stand in a frame (no space, outside quotation
    # marks: the same for every frame) is worked out once, and its Token made once; None for a token that may not
    made: dict[int, Token | None] = {}

    def frame_tokens(lo: int, hi: int) -> list[Token]:
        """Tokens wholly inside [lo, hi), outside quotation marks, without spaces (a Token only for those)."""
        i, j = bisect_left(tok_starts, lo), bisect_left(tok_starts, hi)
        out = []
        for k in range(i, j):
            a = tok_starts[k]
            b = a + len(tok_texts[k])
            if b <= hi:
                t = made.get(k, made)
                if t is made:
                    t = made[k] = None if tok_space[k] or _inside(marked_ranges, a, b) else doc[k]
                if t is not None:
                    out.append(t)
        return out

    def sent_bounds(char: int) -> tuple[int, int]:
        """The sentence around a character, clipped to its paragraph."""
        bounds = char_range(doc, char, char + 1)
        if bounds is None or bounds[0] == bounds[1]:
            return char, char
        s = index.sent(doc[bounds[0]])
        plo, phi = para_of(char)
        lo, hi, end = max(s.start_char, plo), min(s.end_char, phi), s.end
        # a sentence the parser ended on a word goes on into the next one ('"...," Sanders campaign manager |
        # Jeff Weaver said.')
        while end < len(doc) and hi < phi and _ends_on_a_word(doc, s.start, end):
            s = index.sent(doc[end])
            hi, end = min(s.end_char, phi), s.end
        return lo, hi

    def para_of(char: int) -> tuple[int, int]:
        """The paragraph holding ``char`` (the whole text when it falls between paragraphs)."""
        k = bisect_right(para_starts, char) - 1
        if k >= 0 and char < para_bounds[k][1]:
            return para_bounds[k]
        return 0, len(text)

    # The sentences next to a quote are token ranges, read only as far as a rule needs them: a quote in a
    # sentence of thousands of tokens must not cost thousands of tokens (issue 14).
    def sentence_before(char: int) -> tuple[int, int]:
        """Token range of the sentence that ends before ``char`` (within its paragraph; its last token is not a
        space), (0, 0) when there is none."""
        j = bisect_left(tok_starts, char) - 1
        while j >= 0 and (doc[j].is_space or doc[j].text in QUOTE_CHARS):
            j -= 1
        if j < 0:
            return 0, 0
        plo, _ = para_of(doc[j].idx)
        return max(index.sent_start(doc[j]), bisect_left(tok_starts, plo)), j + 1

    def sentence_after(char: int) -> tuple[int, int]:
        """Token range of the sentence that starts after ``char`` (within its paragraph; its first token is not a
        space), (0, 0) when there is none."""
        j = bisect_left(tok_starts, char)
        while j < len(doc) and (doc[j].is_space or doc[j].text in QUOTE_CHARS):
            j += 1
        if j >= len(doc):
            return 0, 0
        _, phi = para_of(doc[j].idx)
        return j, min(index.sent_end(doc[j]), bisect_left(tok_starts, phi))

    def words_of(lo: int, hi: int, most: int | None = None) -> list[Token] | None:
        """The tokens of [lo, hi) without spaces; None as soon as more than ``most`` of them are words."""
        out, n = [], 0
        for t in doc[lo:hi]:
            if t.is_space:
                continue
            out.append(t)
            if most is not None and not t.is_punct:
                n += 1
                if n > most:
                    return None
        return out

    def outer_chars(lo: int, hi: int) -> tuple[int, int]:
        """Characters from the first to the last token of [lo, hi) that is not a space."""
        a, b = lo, hi - 1
        while a < b and doc[a].is_space:
            a += 1
        while b > a and doc[b].is_space:
            b -= 1
        return doc[a].idx, doc[b].idx + len(doc[b])

    def attribute(f: _Found, cue: Token, frame: list[Token], rule: str, lead: bool = False) -> None:
        spk = _subject_of(cue) if has_parse else None
        if spk is None or _inside(marked_ranges, spk.idx, spk.idx + len(spk)):
            # '"...," Ana Ruiz, the director of ..., said' (``lead``: the quote closes with a comma and its cue comes
            # after it): the noun phrase opening the frame, over however long an apposition the parser lost
            spk = (_lead_speaker(frame, cue) if lead else None) or _fallback_speaker(frame, cue)
        f.cue, f.cue_text, f.rule = cue, _cue_text(cue), rule
        f.speaker = spk  # a relative 'who' stays: make_speaker names its antecedent

    def inherit(f: _Found, prev: _Found, rule: str) -> None:
        f.cue, f.cue_text, f.speaker, f.rule = prev.cue, prev.cue_text, prev.speaker, rule
        f.extra["joins"] = prev

    directs: list[_Found] = []
    for pno, ms in sorted(by_para.items()):
        plo, phi = para_bounds[pno]
        titles = {j for j, x in enumerate(ms) if is_work_title(doc, x, lex)}
        for k, m in enumerate(ms):
            if k in titles:
                continue  # 'in his book, "A Time for Truth"': the title of a work, no quote
            prev_end = ms[k - 1].outer_end if k else plo
            # the next quote, past nicknames and titles in marks inside a name ('Delegate Maria "Mia" Lopez, said')
            # and titles of works
            nxt = next((ms[j] for j in range(k + 1, len(ms)) if j not in titles and not _is_nickname(doc, ms[j], lex)),
                       None)
            next_start = nxt.open_at if nxt is not None else phi
            # the frame: text between this quote and its neighbours, within the sentences it touches
            # (after a full stop, the sentence of the quote's first word: the parser may end the sentence before on
            # the opening mark, 'She recalled the trip. "A."')
            after_stop = text[max(0, m.open_at - 3) : m.open_at].rstrip()[-1:] in (".", "!", "?")
            s_lo, _ = sent_bounds(m.start if after_stop and m.start < m.end and not text[m.start].isspace() else m.open_at)
            _, s_hi = sent_bounds(max(m.outer_end - 1, m.open_at))
            after_hi = min(next_start, max(s_hi, m.outer_end))
            if after_hi <= m.outer_end + 1 and m.outer_end < next_start:
                # the quote's sentence ends with it: the frame after is the next sentence ('"..." / he said.')
                _, s2 = sent_bounds(min(m.outer_end + 1, len(text) - 1))
                after_hi = min(next_start, s2)
            before_lo = max(prev_end, s_lo, plo)
            after = frame_tokens(m.outer_end, after_hi)
            before = frame_tokens(before_lo, m.open_at)
            after_words = [t for t in after if not t.is_punct]
            before_words = [t for t in before if not t.is_punct]
            f = _Found(m.start, m.end, "direct", marked=m)
            f.extra["fragment"] = _word_count(text[m.start:m.end]) <= FRAGMENT_MAX_WORDS and is_fragment(doc, m, lex)
            f.extra["standalone"] = not after_words and not before_words
            prev = _quote_before(directs, len(directs), pno)
            directs.append(f)
            found.append(f)
            # (past an inner quote closing with the outer one: '... the labels of \u2018criminal,\u2019\u201d')
            closes_with_comma = text[m.start : m.end].rstrip().rstrip("'\u2019\"").rstrip().endswith(",") or (
                m.close_at is not None and text[m.outer_end : m.outer_end + 1] == ","
            )
            # a quote closing with a comma is followed by its cue clause, however long the speaker's apposition
            # ('"...," Dana Holt, the Democratic attorney general of Vermont, one of the states appealing, said')
            cand_after = _cue_in_frame(after_words[:30 if closes_with_comma else 12], lex) if after_words else None
            if cand_after is not None and cand_after.lower_ in ("put", "puts") and as_of_put(cand_after).idx < m.open_at:
                cand_after = None  # 'As Ruiz, author of "A Book," put it, "..."': a title inside the clause, not its words
            if cand_after is not None and names_next_quote(cand_after, m.outer_end):
                cand_after = None  # '"A", a decision the ministry called "B"': the naming verb's words are B (framing.py)
            if cand_after is not None and cand_after.pos_ == "NOUN" and doc[cand_after.i - 1].text in QUOTE_CHARS \
                    and doc[cand_after.i - 1].idx >= m.outer_end:
                cand_after = None  # '"...," drawing jeers and "RUIZ!" chants': a noun the quoted word before it names
            if has_parse and not closes_with_comma and after_words:
                # '"A whole sentence." Elsewhere, rival parties protested ...': a cue inside the writer's next
                # sentence is not the quote's; with no closing cue there, the quote stands alone (new_sentence.py)
                new_sentence, cand_after = writer_sentence_cue(text, m, cand_after, after_words)
                if new_sentence and cand_after is None and not before_words:
                    f.extra["standalone"] = True
            # (not a passive participle opening the sentence: 'Asked about the vote, Berg shrugged: "..."' is Berg's)
            # (nor a to-infinitive on a noun: 'in what it called an attempt to find "a way out"')
            cand_before = _cue_in_frame([t for t in reversed(before_words[-12:])
                                         if not _opening_passive(t) and not noun_infinitive(t)], lex) \
                if before_words else None
            if cand_before is None and cand_after is None and before and before[-1].text == "," \
                    and text[m.start : m.start + 1].isupper():
                # 'Moreno said on Instagram on Friday, in reference to his second child, a boy born in 2019, "A."': a cue
                # further back, with only asides (no finite verb) between it and the quote (quotes/direct_frame.py)
                cand_before = far_cue_before(before_words, lex)
            if prev is not None and prev.cue is not None and prev.marked is not None and (cand_after is None or not closes_with_comma) \
                    and not (cand_after is not None and has_parse and _own_cue_clause(cand_after)):
                # '"A," he said, "B."' (split quote) / '"A," she said. "B."' (next sentence, same speaker):
                # between the two quotes only the first one's cue clause
                gap_all = frame_tokens(prev.marked.outer_end, m.open_at)
                gap = [t for t in gap_all if not t.is_punct]
                split = text[prev.marked.outer_end : m.open_at].rstrip().endswith(",")
                if _only_cue_clause(gap_all, prev.cue, lex, goes_on=split and text[m.start : m.start + 1].islower()):
                    inherit(f, prev, "direct:split" if split else "direct:continuation")
                    continue
            if cand_after is not None and (cand_before is not None or before_words and before[-1].text == ":") \
                    and _introduces(doc, cand_after, comma_quote=not closes_with_comma):
                # '"A." Trump tweeted that, "B."': the cue after the quote introduces the next one (also after a colon
                # that introduces the quote: 'Perez lobbies for a higher wage: "A." He says B.')
                cand_after = None
            if cand_after is not None and not closes_with_comma and text[m.end - 1 : m.end] not in ("!", "?") \
                    and has_parse and conjoined_after_quote(cand_after, m.open_at):
                cand_after = None  # 'called on X to "..." [and urged] Y to ...': the next verb of the quote's clause
            named = dash_name(before) if before else None  # 'Pollsters agree - Carl Bialik: "..."'
            if named is not None and (cand_after is None or not closes_with_comma):
                f.cue, f.cue_text, f.speaker, f.rule = before[-1], ":", named, "direct:colon-intro"
            elif cand_after is not None and (closes_with_comma or cand_before is None or after_words.index(cand_after) <= 2):
                attribute(f, cand_after, after, "direct:cue-after",
                          lead=closes_with_comma or text[m.end - 1 : m.end] in ("!", "?"))
            elif cand_before is not None and before[-1].text == ":" and feeling_object(before_words) is not None:
                felt = feeling_object(before_words)  # 'The vote worried the mayor: "..."': who felt it speaks
                f.cue, f.cue_text, f.speaker, f.rule = felt[0], felt[0].text, felt[1], "direct:colon-intro"
                f.extra["speaker_chars"] = felt_bounds(felt[0], felt[1])
            elif cand_before is not None:
                # the subject may sit before a sentence break the model put too early
                attribute(f, cand_before, frame_tokens(max(prev_end, plo), m.open_at), "direct:cue-before")
            elif cand_after is not None:
                attribute(f, cand_after, after, "direct:cue-after")
            elif before_words and (before[-1].text == ":" or before[-1].text in _DASHES and text[m.start:m.start + 1].isupper()):
                # 'Trump went even further: "..."' / 'More from Jones: "..."': the clause before the colon (or before a
                # dash opening a whole sentence quoted: 'The mayor defended the budget -- "We cannot cut more."')
                intro = _colon_intro(before_words)
                if intro is not None:
                    f.cue, f.cue_text, f.speaker, f.rule = intro[0], intro[0].text, intro[1], "direct:colon-intro"
                    f.extra["speaker_chars"] = felt_bounds(intro[0], intro[1])  # ('surprised [Ana Ruiz]:')
            elif before_words and before[-1].text == "," and statement_intro(before_words) is not None:
                verb, who = statement_intro(before_words)  # 'The mayor issued a statement, "..."'
                f.cue, f.cue_text, f.speaker, f.rule = verb, verb.text, who, "direct:noun-intro"
            elif (closes_with_comma or text[m.end - 1 : m.end] in ("!", "?")) and bare_verb_cue(after) is not None:
                # '"...," an angry mayor retaliated.': a verb the lexicon does not list, with nothing after it
                verb, who = bare_verb_cue(after)
                f.cue, f.cue_text, f.speaker, f.rule = verb, verb.text, who, "direct:cue-after"
                if verb.i < who.i:  # ('reacted [Ana Ruiz].': the name's words, not the verb the parser ran into it)
                    f.extra["speaker_chars"] = (doc[verb.i + 1].idx, who.idx + len(who))
            else:
                # according to X, "..." / in X's words, "..."
                for toks in (before, after):
                    acc = _according_to(doc, toks[0].i, toks[-1].i + 1) if toks else []
                    if acc:
                        i, obj, _ = acc[0]
                        f.cue, f.cue_text, f.speaker, f.rule = doc[i], "according to", obj, "direct:according-to"
                        break
                    words_of_x = _in_words(doc, toks[0].i, toks[-1].i + 1) if toks else []
                    if toks is after:  # '"...," in Ruiz's words': right after the quote, not further on, or closing
                        # the quote's sentence past the writer's words with no verb ('"..." from A to B, in Ruiz's view.')
                        words_of_x = [w for w in words_of_x if w[0] == toks[0].i or _closes_verbless(doc, toks[0].i, w)]
                    if words_of_x:
                        i, owner = words_of_x[-1] if toks is before else words_of_x[0]
                        f.cue, f.cue_text, f.speaker, f.rule = doc[i], "in the words of", owner, "direct:in-words"
                        break

    # quotes standing alone: the sentence before / after, or the quote before them
    for k, f in enumerate(directs):
        if f.cue is not None or not f.extra.get("standalone"):
            continue
        m = f.marked
        assert m is not None
        prev_f = _quote_before(directs, k, m.para - 1) if k else None
        # 1. the sentence before ends with a colon and has a cue ('The minister said:', 'X released a statement:')
        before_lo, before_hi = sentence_before(m.open_at)
        if before_hi > before_lo and doc[before_hi - 1].text == ":":
            toks = [t for t in words_of(before_lo, before_hi) or [] if not _inside(marked_ranges, t.idx, t.idx + len(t))]
            words = [t for t in reversed(toks) if not t.is_punct]
            cue = _cue_in_frame(words, lex)
            if cue is None:  # 'X released the following statement:'
                noun = next((t for t in words if t.lower_ in lex.nouns), None)
                if noun is not None and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
                    cue = noun.head
            if cue is not None:
                attribute(f, cue, toks, "direct:colon-before")
                continue
            intro = _colon_intro(words[::-1])
            if intro is not None:
                f.cue, f.cue_text, f.speaker, f.rule = intro[0], intro[0].text, intro[1], "direct:colon-before"
                continue
        # 2. the quote continues the one before (the next paragraph), with nothing in between but the
        #    first quote's own cue clause ('"...," the mediator told reporters. / "..."')
        #    (or, past a few quoted words inside that cue clause, the quote before them: '"A," Holm told the radio
        #    after hinting that "changes" could come. "B."')
        goes_on = None
        for cand in _continued_candidates(directs, k, prev_f, text):
            if cand.cue is None or cand.marked is None:
                continue
            pm = cand.marked
            gap_all = frame_tokens(pm.outer_end, m.open_at)
            gap = [t for t in gap_all if not t.is_punct]
            if m.para - pm.para <= 1 and (not gap or _only_cue_clause(gap_all, cand.cue, lex)):
                goes_on = cand
                break
        if goes_on is not None:
            inherit(f, goes_on, "direct:continuation")
            continue
        # 3. the next paragraph only credits it ('"..." / - Bernie Sanders.'): a byline after a dash
        byline = _byline_speaker(doc, para_bounds[m.para + 1], tok_starts) \
            if m.para + 1 < len(para_bounds) and has_parse else None
        if byline is not None:
            dash = byline[0].text[:2] if byline[0].text.startswith("--") else byline[0].text[:1]
            f.cue, f.cue_text, f.speaker, f.rule = byline[0], dash, byline[1], "direct:byline"
            continue
        # 4. a sentence just after or before that only says who spoke ('Smith said.', 'So said the minister.')
        for side, (lo, hi) in enumerate((sentence_after(m.outer_end), (before_lo, before_hi))):
            if hi <= lo or _overlaps(marked_ranges, *outer_chars(lo, hi)):
                continue
            sent = words_of(lo, hi, most=BARE_CUE_WORDS)
            cue = _bare_cue(sent, lex) if sent else None
            if cue is not None and side == 0 and has_parse and not closing_cue(m, cue, next(t for t in sent if not t.is_punct)):
                cue = None  # ('"A." Local families fill the gap by telling stories.': that sentence's own cue)
            if cue is not None:
                attribute(f, cue, sent, "direct:bare-cue-sentence")
                if f.speaker is not None:
                    break
                f.cue = f.cue_text = None
                f.rule = ""
        # 5. the sentence just before, in the same paragraph, is the speaker's own attribution ('Greene added that
        #    the Fed wants out. "B."', 'Cruz tweeted a warning. "B."'): its main cue's subject speaks
        if f.cue is None and has_parse and before_hi > before_lo:
            cue = _main_cue(doc, before_lo, before_hi, marked_ranges, lex)
            if cue is not None:
                attribute(f, cue, words_of(before_lo, before_hi) or [], "direct:after-cue-sentence")
                if f.speaker is None:
                    f.cue = f.cue_text = None
                    f.rule = ""
        # 6. the paragraph's last attributed quote, with nothing in between saying otherwise (quotes/paragraph_speaker.py)
        earlier = paragraph_speaker(directs, k, frame_tokens, lex) if f.cue is None and has_parse else None
        if earlier is not None:
            inherit(f, earlier, "direct:same-paragraph")
        # 7. a quoted text signed at its end ('... For the Council, its spokesman, X."'): the body signed for
        signer = signed_speaker(doc, text, m, para_bounds) if f.cue is None and has_parse else None
        if signer is not None:
            f.cue, f.cue_text, f.speaker, f.rule = signer[0], signer[0].text, signer[1], "direct:signed"

    # -- indirect speech -------------------------------------------------------
    # a paragraph opening with a speaker's name and a colon (transcripts, headlines) is that speaker's: the
    # cues inside it ('MADDOW: Well, I think ...') report the same person's words, not a quote of 'I'
    colon = _colon_speakers(doc, para_bounds, tok_starts, Ranges((f.start, f.end) for f in found))
    colon_ranges = Ranges((f.start, f.end) for f in colon)
    if has_parse:
        reported = find_reported(doc, lex, marked_ranges)
        # 'a post that her lawyers say was written by someone else': a claim in a relative clause is the rest of that
        # clause, whatever other reading of its cue was found (quotes/relative_cue.py)
        relative = find_relative_cues(doc, lex, marked_ranges, set())
        judged = find_relative_objects(doc, lex, marked_ranges)  # 'a version the ministry denied'
        end_before_judged(reported, judged, index.text)
        relative += judged
        if relative:
            rel_cues = {f.cue.i for f in relative}
            reported = [f for f in reported if f.cue is None or f.cue.i not in rel_cues] + relative
        # (a quote credited through an object cue's sentence before it leaves that cue its own object: both are the
        # speaker's words)
        taken = {f.cue.i for f in reported if f.cue is not None} | {
            f.cue.i for f in found if f.cue is not None
            and not (f.rule == "direct:after-cue-sentence" and f.cue.lower_ in lex.object_forms)
            # ('called on the army to "refuse unlawful orders"', 'urged X "not to ..."': the appeal's to-clause holds
            # the quoted words)
            and not (f.rule == "direct:cue-before" and f.cue.lower_ in lex.to_forms
                     and (quoted_infinitive(text, f) or in_to_clause(f.cue, lex, f.start)))
            # ('accused Ruiz of promoting "a coup"': the object holds the quoted words)
            and not (f.rule == "direct:cue-before" and in_object(f.cue, lex, f.start))}
        reported += find_object_cues(doc, lex, marked_ranges, taken)
        # 'said [the chief] called for calm': a clause the parser made an object (quotes/object_clause.py)
        reported += find_object_clauses(doc, lex, marked_ranges, taken)
        # a cue clause closing its sentence that the parse lost ('A, the ministry said.': quotes/closing_cue.py)
        # (a complement the parse cut short under such a clause is read again: closing_cue.cut_short_by_the_parse)
        short = cut_short_by_the_parse(doc, lex, reported)
        rest = [f for f in reported if not any(f is x for x in short)]
        # (an object cue inside the closed clause is judged by it: 'X regretted the decision, his spokesman said')
        objects = [f for f in rest if f.rule == "indirect:object"]
        closing = find_closing_cues(doc, lex, marked_ranges,
                                    (taken - {f.cue.i for f in short}) | {f.cue.i for f in rest if f.cue is not None},
                                    Ranges([(f.start, f.end) for f in found]
                                           + [(f.start, f.end) for f in rest if f.rule != "indirect:object"]))
        judged = judged_objects(closing, objects)
        closing = [c for c in closing if not any(o.start < c.end and c.start < o.end
                                                 for o in objects if not any(o is j for j in judged))]
        regained = {f.cue.i for f in closing} & {f.cue.i for f in short}
        reported = [f for f in reported if not (any(f is x for x in short) and f.cue.i in regained)] + closing
        found.extend(f for f in reported if not _overlaps(colon_ranges, f.start, f.end))
    found.extend(colon)
    if has_parse:  # 'Ana Ruiz Says Port Will Reopen': a title-cased headline the parse lost
        found.extend(find_headlines(doc, lex, para_bounds, tok_starts, Ranges((f.start, f.end) for f in found)))

    # a reporter's clause closing the sentence is not the inner cue's content (quotes/reporter_tail.py)
    if has_parse:
        trim_reporter_tails(doc, found)
    # -- one quote per attribution (quotes/quote_chain.py) ------------------------------------
    found = merge_parts(found)

    kept = keep_quotes(ctx, index, found, marked_ranges)
    if has_parse:  # 'said A would ... and urged B to ...': the second cue, hung inside the first content (second_cue.py)
        kept = split_second_cues(doc, kept, lex)
    # a described speaker named by the next sentence's 'X made the appeal' (quotes/named_after.py)
    return name_by_next_sentence(ctx, name_by_previous_quote(ctx, kept, marked_ranges, _actors_module()),
                                 _actors_module())
