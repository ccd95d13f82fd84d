"""Reported speech with no cue verb: a speech noun with its speaker and its clause ('the senator's claim that ...',
rule ``indirect:noun``), 'according to X' (``indirect:according-to``), a poll or survey in an 'in' phrase
(``indirect:in-source``), and the poll through which those asked speak ('In a poll by X, 28 percent said ...')."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import positions_of, sentence_of, token_columns, word_positions
from lapwing.extract.quotes.relative_speaker import relative_opener
from lapwing.extract.quotes.cues import SUBJ_DEPS, SpeechLexicon, _according_to, is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.reported_bounds import _mostly_quoted
from lapwing.extract.quotes.segmentation import _Found, _inside, _overlaps, _strip_span

# verbs whose object a speech noun often is ('the claim she made', 'the warning he issued')
_NOUN_OBJECT_VERBS = {"make", "give", "issue", "deliver", "repeat", "offer", "voice", "raise", "express",
                      "send", "post", "publish", "hear", "receive", "reject", "dismiss", "deny", "withdraw", "renew",
                      "fulfil", "fulfill", "honour", "honor", "ignore", "heed", "echo", "retract"}


def find_noun_reported(doc: Doc, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]]) -> list[_Found]:
    """Speech nouns with a speaker (a possessive or a 'by' phrase) and a that-clause, and 'according to X'."""
    text = index_of(doc).text
    cols = token_columns(doc)
    lower, pos = cols.lower, cols.pos
    out: list[_Found] = []
    # a speech noun with its speaker and its clause: "the senator's claim that the vote was rigged", "his warning
    # that ...", "the claim by the ministry that ..." (a noun without a speaker is nobody's words: left out)
    nouns = lex.nouns
    for i in [k for k in positions_of(doc, nouns.keys()) if pos[k] == "NOUN"]:
        t = doc[i]
        if _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        # the clause after 'that' (a complement; the parser may call it a relative clause, but then 'that' is not
        # its subject or object: 'the promise that he made' is no content)
        clause = next((c for c in t.children if c.dep_ in ("acl", "ccomp", "acl:relcl", "relcl") and c.i > t.i
                       and any(m.lower_ == "that" and m.i == t.i + 1
                               and (m.dep_ == "mark" or m.dep_ == "dep" and c.dep_ in ("acl", "ccomp")) for m in c.children)
                       and any(x.dep_ in SUBJ_DEPS and x.lower_ != "that" for x in c.children)), None)
        if clause is None or (clause.lemma_ in _NOUN_OBJECT_VERBS and not any(c.dep_ in ("obj", "ccomp") for c in clause.children)):
            continue  # 'the promise that he made in May': the noun is the clause's object, not its content
        spk = next((c for c in t.children if c.dep_ in ("nmod:poss", "poss") and c.lower_ not in ("its",)), None)
        if spk is None:
            agent = next((c for c in t.children if c.dep_ == "nmod" and c.i < clause.i
                          and any(x.dep_ == "case" and x.lower_ == "by" for x in c.children)), None)
            spk = agent
        if spk is None:
            continue
        lo, hi = t.i + 2, clause.right_edge.i + 1
        if hi - lo < 2 or _overlaps(marked_ranges, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])):
            continue
        s, e = _strip_span(text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), ",;:.")
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule="indirect:noun"))
    # according to X (only the sentences holding 'according' can hold the phrase)
    acc_sents = sorted({sentence_of(doc, k) for k in word_positions(doc).get("according", ())})
    for sent_start, sent_end in acc_sents:
        for i, obj, phrase_hi in _according_to(doc, sent_start, sent_end):
            phrase_lo = i
            # 'But according to X, A' / 'However, according to X, A': the phrase opens the sentence's content
            lo = phrase_lo if _only_openers(doc, sent_start, phrase_lo) else sent_start
            if relative_opener(doc, phrase_lo, phrase_hi):
                # '..., where, according to X, she had planned to ...': the phrase opens the relative clause's
                # content; the words before the relative word are the writer's
                lo = phrase_lo
            around = _around_phrase(doc, lo, sent_end, phrase_lo, phrase_hi, marked_ranges)
            if around is not None:  # 'The general, according to two officers, ordered ...': the sentence around it
                out.append(_Found(around[0][0], around[-1][1], "indirect", cue=doc[i], cue_text="according to",
                                  speaker=obj, rule="indirect:according-to", extra={"parts": around}))
                continue
            if phrase_lo == lo or (phrase_lo == lo + 1 and doc[lo].is_punct):
                lo, hi = phrase_hi, sent_end
            else:  # '..., according to X.' / 'X did this, according to Y, but ...': the clause before
                lo, hi = lo, phrase_lo
            span = doc[lo:hi]
            if len([x for x in span if not x.is_punct]) < 3:
                continue
            s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
            if _inside(marked_ranges, s, e) or _mostly_quoted(text, marked_ranges, s, e):
                continue
            out.append(_Found(s, e, "indirect", cue=doc[i], cue_text="according to", speaker=obj, rule="indirect:according-to"))
    return out


_OPENER_POS = ("CCONJ", "ADV", "SCONJ")
_OPENER_WORDS = 2  # 'But', 'And yet', 'However,', 'Still,'


def _only_openers(doc: Doc, lo: int, hi: int) -> bool:
    """The words of ``doc[lo:hi]`` before an 'according to' phrase only open the sentence: a conjunction or a
    sentence adverb or two and punctuation ('But according to X, ...', 'And yet, according to X, ...', 'However,
    according to X, ...'), so the phrase opens the sentence's content."""
    words = [t for t in doc[lo:hi] if not (t.is_punct or t.is_space)]
    return 0 < len(words) <= _OPENER_WORDS and all(t.pos_ in _OPENER_POS and t.is_alpha and t.dep_ in
                                                     ("cc", "advmod", "mark", "discourse") for t in words)


# words for a share of the people asked, as the subject of a cue ('28 percent of voters said')
_SHARE_WORDS = {"percent", "%", "majority", "majorities", "plurality", "half", "third", "quarter", "most", "fifth"}
_POLL_PHRASE_WORDS = 14  # how far into its sentence an opening 'In a ... poll,' phrase may run


def _poll_source(cue: Token, spk: Token, lex: SpeechLexicon) -> Token | None:
    """'In a poll conducted by X, [28 percent of voters] said ...': those asked speak through the poll, which is the
    source (the poll or survey noun of the opening 'in' phrase); None for any other subject or sentence."""
    if not (spk.lower_ in _SHARE_WORDS or spk.pos_ == "NUM") or spk.i > cue.i:
        return None
    doc = cue.doc
    lo = index_of(doc).sent_start(cue)
    while lo < cue.i and (doc[lo].is_space or doc[lo].is_punct):
        lo += 1
    if doc[lo].lower_ != "in":
        return None
    for k in range(lo + 1, min(spk.i, lo + _POLL_PHRASE_WORDS)):
        if doc[k].text == ",":
            break
        if doc[k].lower_ in lex.source_nouns and doc[k].pos_ == "NOUN":
            return doc[k]
    return None


def _in_a_source(doc: Doc, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]]) -> list[_Found]:
    """'In a county poll last week, [Okafor held a 12-point lead]', '[Holm has a narrow edge] in the surveys': a source
    noun of the lexicon (poll, survey, study) in an 'in' phrase on the main verb of its sentence reports the rest of
    the clause; the phrase is the source (rule ``indirect:in-source``)."""
    index = index_of(doc)
    out: list[_Found] = []
    cols = token_columns(doc)
    pos, dep, sources = cols.pos, cols.dep, lex.source_nouns
    for i in [k for k in positions_of(doc, sources) if pos[k] == "NOUN" and dep[k] in ("obl", "nmod")]:
        t = doc[i]
        case = next((c for c in t.children if c.dep_ == "case"), None)
        verb = t.head
        if t.dep_ == "nmod" and verb.dep_ == "obj":  # 'has a decisive lead in the polls'
            verb = verb.head
        elif t.dep_ == "nmod":
            continue
        if case is None or case.lower_ not in ("in", "among") or verb.pos_ not in ("VERB", "AUX", "NOUN", "ADJ") \
                or verb.dep_ != "ROOT" or is_cue_verb(verb, lex):
            continue  # 'said in a survey ...' is the cue's channel
        sent = index.sent(t)
        p_lo, p_hi = t.left_edge.i, t.right_edge.i + 1
        if p_lo <= sent.start + 1:  # the phrase opens the sentence: the rest after its comma
            lo, hi = p_hi, sent.end
        elif p_hi >= sent.end - 1:  # the phrase closes it
            lo, hi = sent.start, p_lo
        else:
            lo, hi = sent.start, p_lo if verb.i < p_lo else sent.end
        span = doc[lo:hi]
        if len([x for x in span if not x.is_punct]) < 3 or not any(x.pos_ in ("VERB", "AUX") for x in span):
            continue
        s, e = _strip_span(index.text, span.start_char, span.end_char, ",;:.")
        if e <= s or _overlaps(marked_ranges, s, e):
            continue
        out.append(_Found(s, e, "indirect", cue=case, cue_text=case.text, speaker=t, rule="indirect:in-source"))
    return out


def _around_phrase(doc: Doc, lo: int, hi: int, phrase_lo: int, phrase_hi: int, marked_ranges) -> list | None:
    """'The general, according to two officers, ordered the troops to leave.': an 'according to' phrase set between
    commas after the noun phrase opening the sentence (no verb in it), before the rest of the sentence, which goes on
    with a finite verb: the content is the sentence around the phrase, in two parts; None otherwise."""
    if phrase_lo - 1 <= lo or doc[phrase_lo - 1].text != "," or phrase_hi >= hi or doc[phrase_hi].text != ",":
        return None
    before = [t for t in doc[lo : phrase_lo - 1] if not t.is_punct and not t.is_space]
    after = [t for t in doc[phrase_hi + 1 : hi] if not t.is_punct and not t.is_space]
    if not before or len(before) > 16 or any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    if len(after) < 2 or not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in after[:4]):
        return None
    text = index_of(doc).text
    parts = []
    for a, b in ((lo, phrase_lo - 1), (phrase_hi + 1, hi)):
        ws = [t for t in doc[a:b] if not t.is_space]
        s, e = _strip_span(text, ws[0].idx, ws[-1].idx + len(ws[-1]), ",;:.")
        if e <= s or _overlaps(marked_ranges, s, e) and _mostly_quoted(text, marked_ranges, s, e):
            return None
        parts.append((s, e))
    return parts
