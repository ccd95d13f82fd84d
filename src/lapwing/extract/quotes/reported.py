"""Reported speech from the parse: a cue with its clause, a cue clause after its content, a speech noun with
its clause, "according to X", a poll or survey in an 'in' phrase. (Cues whose content is their object or their
to-clause: ``objects``.)"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import sentence_of, token_columns
from lapwing.extract.quotes.as_reported import find_as_reported
from lapwing.extract.quotes.cue_inside import find_cue_inside, not_own_clause
from lapwing.extract.quotes.in_view import find_in_view
from lapwing.extract.quotes.cues import (COMPLEMENT_DEPS, SUBJ_DEPS, SpeechLexicon, _TELL_LIKE, _according_to,
                                        cue_word_positions, cue_words, is_cue_verb)
from lapwing.extract.quotes.segmentation import (_CHANNEL_PREPS, QUOTE_CHARS, _Found, _complement_end, _inside,
                                                _linear_complement, _overlaps, _strip_span)
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.subjects import _opening_clause_subject, _subject_of, inverted_subject

# verbs whose object a speech noun often is ('the claim she made', 'the warning he issued')
_NOUN_OBJECT_VERBS = {"make", "give", "issue", "deliver", "repeat", "offer", "voice", "raise", "express",
                      "send", "post", "publish", "hear", "receive", "reject", "dismiss", "deny", "withdraw", "renew",
                      "fulfil", "fulfill", "honour", "honor", "ignore", "heed", "echo", "retract"}


def find_reported(doc: Doc, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]]) -> list[_Found]:
    index = index_of(doc)
    text = index.text
    cols = token_columns(doc)
    lower, pos, texts, idx, punct, space = cols.lower, cols.pos, cols.text, cols.idx, cols.punct, cols.space
    out: list[_Found] = []
    # a Token only for the words that may be cues (is_cue_verb is False for every other word)
    for i in cue_word_positions(doc, lex):
        t = doc[i]
        if _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        if not is_cue_verb(t, lex):
            continue
        # 'As the Courier reported, A'; 'The real problem, says Ana Ruiz, a historian, is that ...'
        around = find_as_reported(doc, t, marked_ranges) or find_cue_inside(doc, t, lex, marked_ranges)
        if around is not None:
            out.append(around)
            continue
        if t.lower_ in ("put", "puts"):  # 'as X put it' (is_cue_verb checked the frame)
            put = _as_put_it_content(doc, t, marked_ranges)
            if put is not None:
                out.append(put)
            continue
        inv = inverted_subject(t)
        inv_i = inv.i if inv is not None else -1
        if t.dep_ == "parataxis" and t.head.i < t.i:
            # 'A, Ruiz said, adding, "B"': a participle cue and the quote after the cue clause are not its content
            later = [c for c in t.children if c.i > t.i and c.dep_ in COMPLEMENT_DEPS]
            if later and all(not_own_clause(c, lex, marked_ranges) for c in later) \
                    and any(c.tag_ == "VBG" and is_cue_verb(c, lex) for c in later):
                inv_i = -2  # (read as a cue clause after its content, below)
        comps = [c for c in t.children if c.i != inv_i and c.dep_ in COMPLEMENT_DEPS and inv_i != -2 or (
            # 'reported, citing officials, that ...': a that-clause the parser hung on the cue another way
            c.dep_ in ("parataxis", "advcl") and c.i > t.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))]
        if not comps and lex.lemma(t) in _TELL_LIKE:
            # 'told reporters he had ...': some parsers hang the clause on the object
            comps = [c for o in t.children if o.dep_ in ("obj", "iobj") for c in o.children
                     if c.dep_ == "ccomp" and c.i > o.i]
        lo = hi = None
        rule = "indirect:complement"
        if comps:
            c = comps[0]
            lo, hi = c.left_edge.i, c.right_edge.i + 1
            if lo > t.i:
                # 'says [Trump's flurry of tweets] was "unhinged"': the parser made the clause's subject the cue's
                # object; 'says neither the nominee nor her campaign helped ...': a clause it cut short
                subj_as_obj = next((o for o in t.children if o.dep_ == "obj" and t.i < o.i < c.i), None)
                if subj_as_obj is not None and (not any(x.dep_ in SUBJ_DEPS for x in c.children) or (
                        lex.lemma(t) not in _TELL_LIKE and subj_as_obj.right_edge.i + 1 == lo)):
                    lo = subj_as_obj.left_edge.i
                elif lo > t.i + 1 and lex.lemma(t) not in _TELL_LIKE:
                    # 'said [ending the fund-raising before other money could be found ... could gut programs]': the
                    # parser took an inner clause for the complement; the words between the cue and it that are not
                    # the cue's own (a hearer, a channel, a time) belong to the content
                    gap = [x for x in doc[t.i + 1 : lo] if not x.is_punct and not x.is_space]
                    own = {x.i for d in t.children if d.i < lo and d.i > t.i for x in d.subtree}
                    if gap and not any(x.i in own for x in gap) and gap[0].lower_ != "that":
                        lo = t.i + 1
                lo = _past_channel(doc, lex, c, lo)
                if lo > t.i + 2 and lower[t.i + 1] in _CHANNEL_PREPS:
                    # 'said in an interview that [the army's call showed the president had lost ...]': the parser
                    # hung an inner clause on the channel noun; the content starts after the 'that' ending the channel
                    early = _linear_complement(doc, t)
                    if early is not None and t.i < early < lo:
                        lo = early
                hi = _complement_end(doc, t, lo, hi)
                if not any(x.pos_ in ("VERB", "AUX") for x in doc[lo:hi]) and lex.lemma(t) not in lex.weak:
                    hi = _complement_end(doc, t, lo, max(hi, index.sent_end(t) - 1))
        elif t.dep_ not in ("parataxis",) and not (t.dep_ == "ccomp" and t.head.i < t.i):
            start = _linear_complement(doc, t)
            if start is not None:
                lo, hi = start, _complement_end(doc, t, start, start + 1)
                rule = "indirect:linear"
        if lo is not None and hi is not None:
            hi = _aside_start(doc, lo, hi)
            hi = _before_quote_cue(doc, lex, t, lo, hi)
            # 'After arguing that A, [his team] is suggesting ...': the opening clause's content ends at the comma
            # before the main clause's subject
            opening = _opening_clause_subject(t)
            if opening is not None and lo < opening.i < hi:
                hi = next((k for k in range(opening.i - 1, lo, -1) if texts[k] == ","), hi)
            elif opening is not None and opening.i < t.i:  # 'X, after saying A, has ...': the aside ends at its comma
                hi = next((k for k in range(lo + 1, hi) if texts[k] == ","), hi)
            # '..., according to the Roper Center': another attribution starts ('X reports that A, according to Y')
            hi = next((k for k in range(lo + 2, hi - 2) if texts[k] == "," and lower[k + 1] == "according"
                       and lower[k + 2] == "to"), hi)
            nxt = doc[hi] if hi < len(doc) else None
            later = nxt if nxt is not None and nxt.i != t.i and is_cue_verb(nxt, lex) else None
            if lo < t.i < hi + 2 or later is not None:
                # '..., killing six people, residents and health officials said': the content the parser
                # ran on into the speaker ends before the speaker's words (its own cue's, or a later cue's:
                # 'X warned that A, the ministry said')
                spk0 = _subject_of(later if later is not None and not lo < t.i < hi + 2 else t)
                if spk0 is not None and lo < spk0.i < hi:
                    k = spk0.i
                    while k > lo and (doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or doc[k - 1].lower_ in ("and", "or")):
                        k -= 1
                    hi = k
            # leave out a leading complementiser and punctuation, and a time the parser put into the clause
            # ('said [Friday that] hackers had ...')
            while lo < hi and (punct[lo] or space[lo] or (lower[lo] == "that" and cols.dep[lo] in ("mark",))):
                lo += 1
            lo = _past_time(doc, lo, hi)
            if hi - lo < 2:
                continue
            if not any(pos[k] in ("VERB", "AUX") for k in range(lo, hi)):
                continue
            s, e = idx[lo], idx[hi - 1] + len(texts[hi - 1])
            # the complement is a direct quote ('He said, "..."'): that quote is attributed on its own
            own_words = 0
            for k in range(lo, hi):
                if not punct[k] and not space[k] and not _inside(marked_ranges, idx[k], idx[k] + len(texts[k])):
                    own_words += 1
                    if own_words == 2:
                        break
            if own_words < 2:
                continue
            first = next((k for k in range(lo, hi) if not space[k]), lo)
            if lo < t.i and (texts[first] in QUOTE_CHARS or _inside(marked_ranges, idx[first], idx[first] + len(texts[first]))):
                continue  # '"...," a neighbour told reporters': the direct quote is attributed on its own
            spk = _subject_of(t)
            if spk is not None:
                if _inside(marked_ranges, spk.idx, spk.idx + len(spk)):
                    spk = None  # a word of a quote is not its speaker
                else:
                    spk = _poll_source(t, spk, lex) or spk
            out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule=rule))
            continue
        # 'Y, said X, the ...': a cue after a comma with its speaker after it, however the parser hung the two
        speaker_after = _speaker_after_comma(t)
        if speaker_after is not None:
            sent = index.sent(t)
            lo, hi = sent.start, t.i - 1
            while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
                lo += 1
            span = doc[lo:hi]
            if len([x for x in span if not x.is_punct]) >= 3 and any(x.tag_ in _FINITE for x in span):
                s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
                if e > s and not _mostly_quoted(text, marked_ranges, s, e) and not _overlaps(marked_ranges, s, e):
                    out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=speaker_after,
                                      rule="indirect:cue-after"))
                    continue
        # 'Y, X said.' : a cue clause after (or inside) its content
        own_subj = next((c for c in t.children if c.dep_ == "nsubj" and c.i < t.i), None)
        set_off = t.dep_ in ("advcl", "ccomp") and own_subj is not None and own_subj.left_edge.i > 0 \
            and doc[own_subj.left_edge.i - 1].text == "," and t.i + 1 < len(doc) and doc[t.i + 1].text == "," \
            and not any(c.i > t.i and c.dep_ not in ("punct",) for c in t.children)
        # ('..., the Daily Courier reported late Thursday.': the comma before the cue clause may be its first word)
        after_comma = t.i > 0 and (texts[t.left_edge.i - 1] == "," or texts[t.left_edge.i] == ",")
        if t.dep_ in ("parataxis",) or set_off or (t.dep_ in ("ccomp",) and t.head.i < t.i and after_comma):
            if t.tag_ == "VBG" and t.head.i < t.i and is_cue_verb(t.head, lex) and t.head.dep_ != "ROOT":
                continue  # 'A, Ruiz said, adding, "B"': the cue clause before the participle reports A
            subj = _subject_of(t)
            if any(c.dep_ == "mark" and c.i < t.i and c.lower_ in _OPENING_SUBORDINATORS for c in t.children):
                continue  # '..., even as the union warned of a strike': a clause of the writer's, not a cue clause
            hearer_ok = lex.lemma(t) in _TELL_LIKE  # '..., the senator told reporters.': the object is the hearer
            if subj is None or any(c.dep_ in ("obj", "ccomp") and c.i != subj.i and not (hearer_ok and c.dep_ == "obj")
                                   and not (inv_i == -2 and not_own_clause(c, lex, marked_ranges)) for c in t.children):
                continue
            sent_start, sent_end = index.sent_range(t.i)
            cue_lo, cue_hi = t.left_edge.i, t.right_edge.i + 1
            if set_off and subj.i < t.i:  # 'Too often, Mr. Clarke said, the debate ...': the cue clause is subject + verb
                cue_lo = subj.left_edge.i
            while cue_hi - 1 > t.i and punct[cue_hi - 1]:  # its trailing comma is not the cue clause's
                cue_hi -= 1
            if cue_lo > sent_start and cue_hi >= sent_end - 1:
                lo, hi = sent_start, cue_lo
            elif cue_lo <= sent_start:
                continue
            elif (texts[cue_lo] == "," or texts[cue_lo - 1] == ",") and any(cols.tag[k] in ("VBD", "VBZ", "VBP", "MD") for k in range(sent_start, cue_lo)):
                # 'A woman was shot dead on Wednesday, rights groups said, a day after ...': the clause before
                lo, hi = sent_start, cue_lo
            else:
                # 'Too often, Mr. Clarke said, the debate is ...': the content runs round its cue clause (one span,
                # in two parts; the speaker is in neither)
                lo, hi = sent_start, sent_end
            if sum(1 for k in range(lo, hi) if not punct[k]) < 3 or not any(pos[k] in ("VERB", "AUX") for k in range(lo, hi)):
                continue
            s, e = _strip_span(text, idx[lo], idx[hi - 1] + len(texts[hi - 1]), ",;:.")
            if _mostly_quoted(text, marked_ranges, s, e):
                continue  # direct quotes are handled on their own (a quoted word or two stays in the content)
            if inv_i == -2 and (text[s] in QUOTE_CHARS or _inside(marked_ranges, s, s + 1)
                                or doc[lo].tag_ in ("VBG", "VBN") or lower[lo] in _OPENING_SUBORDINATORS
                                or not any(cols.tag[k] in _FINITE for k in range(lo, hi))):
                continue  # ('Holding up a map, Ruiz said, adding, "..."': no clause reported before the cue)
            found = _Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=subj, rule="indirect:cue-after")
            if lo < cue_lo and cue_hi < hi:
                found.extra["parts"] = [(s, _strip_span(text, s, doc[cue_lo].idx, ",;:")[1]),
                                        (_strip_span(text, doc[cue_hi - 1].idx + len(doc[cue_hi - 1]), e, ",;:")[0], e)]
            out.append(found)
    # a speech noun with its speaker and its clause: "the senator's claim that the vote was rigged", "his warning
    # that ...", "the claim by the ministry that ..." (a noun without a speaker is nobody's words: left out)
    nouns = lex.nouns
    for i in [k for k, w in enumerate(lower) if w in nouns and pos[k] == "NOUN"]:
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
    acc_sents = sorted({sentence_of(doc, k) for k, w in enumerate(lower) if w == "according"})
    for sent_start, sent_end in acc_sents:
        for i, obj, phrase_hi in _according_to(doc, sent_start, sent_end):
            phrase_lo = i
            if phrase_lo == sent_start or (phrase_lo == sent_start + 1 and doc[sent_start].is_punct):
                lo, hi = phrase_hi, sent_end
            else:  # '..., according to X.' / 'X did this, according to Y, but ...': the clause before
                lo, hi = sent_start, phrase_lo
            span = doc[lo:hi]
            if len([x for x in span if not x.is_punct]) < 3:
                continue
            s, e = _strip_span(text, span.start_char, span.end_char, ",;:.")
            if _inside(marked_ranges, s, e) or _mostly_quoted(text, marked_ranges, s, e):
                continue
            out.append(_Found(s, e, "indirect", cue=doc[i], cue_text="according to", speaker=obj, rule="indirect:according-to"))
    out.extend(_in_a_source(doc, lex, marked_ranges))
    out.extend(find_in_view(doc, marked_ranges))  # 'In Ruiz's view, the port ...'
    return out


_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# words opening a clause that is not what a cue clause after it reports ('When asked why ..., Ruiz said, adding, "..."')
_OPENING_SUBORDINATORS = {"when", "while", "if", "after", "before", "as", "because", "although", "though", "since",
                          "asked", "unless", "until", "once", "whether"}



def _past_channel(doc: Doc, lex: SpeechLexicon, clause: Token, lo: int) -> int:
    """'said [in a statement] they would ...': a channel phrase the parser put at the head of the clause is the cue's:
    the content starts at the clause's subject. The phrase opens with a preposition and names a channel of the lexicon
    or holds a speech noun."""
    if lo >= len(doc) or doc[lo].pos_ != "ADP":
        return lo
    subj = next((x for x in clause.children if x.dep_ in SUBJ_DEPS and x.left_edge.i > lo), None)
    if subj is None or subj.left_edge.i - lo > 8:
        return lo
    phrase = doc[lo : subj.left_edge.i]
    words = " ".join(x.lower_ for x in phrase if not x.is_punct)
    if any(words == p or words.startswith(p + " ") for p, _ in lex.channels) or any(
            x.lower_ in lex.nouns for x in phrase if x.pos_ == "NOUN"):
        return subj.left_edge.i
    return lo


def _speaker_after_comma(cue: Token) -> Token | None:
    """'..., said Anna Berg, a senior official ...': a finite cue right after a comma with no content of its own after
    it, followed by a noun phrase (a name, or a determiner and a noun): the head of that noun phrase."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.tag_ not in ("VBD", "VBZ") or cue.i + 1 >= len(doc):
        return None
    # (a clause after the cue is its own content; the speaker's noun phrase the parser made one is not)
    if any(c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and not (c.left_edge.i == cue.i + 1 and c.pos_ in ("NOUN", "PROPN"))
           for c in cue.children):
        return None
    head = None
    for t in doc[cue.i + 1 : cue.i + 8]:
        if t.pos_ in ("PROPN", "NOUN"):
            head = t
        elif t.pos_ in ("DET", "ADJ", "NUM") and head is None:
            continue
        elif t.tag_ == "POS" and head is not None:  # 'said the company's chief executive'
            head = None
            continue
        else:
            break
    if head is None or not (head.pos_ == "PROPN" or doc[cue.i + 1].pos_ == "DET"):
        return None
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return head if nxt is None or nxt.is_punct or nxt.is_space else None


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
               "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "last", "this", "earlier",
               "later", "late", "early", "on"}


def _past_time(doc: Doc, lo: int, hi: int) -> int:
    """Start of a content after a time and 'that' opening it ('Friday that ...', 'on Monday that ...'), else ``lo``."""
    lower = token_columns(doc).lower
    k = lo
    while k < hi and k - lo < 4 and lower[k] in _TIME_WORDS:
        k += 1
    if lo < k < hi - 1 and lower[k] == "that":
        return k + 1
    return lo


def _mostly_quoted(text: str, marked_ranges: list[tuple[int, int]] | Ranges, s: int, e: int) -> bool:
    """Half or more of the words of [s, e) stand within quotation marks."""
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text, s, e)]
    inside = sum(1 for a, b in words if _inside(marked_ranges, a, b))
    return bool(words) and 2 * inside >= len(words)


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
    """'In a CNN poll last month, [Clinton held a 24-point lead]', '[Trump has a decisive lead] in the polls': a source
    noun of the lexicon (poll, survey, study) in an 'in' phrase on the main verb of its sentence reports the rest of
    the clause; the phrase is the source (rule ``indirect:in-source``)."""
    index = index_of(doc)
    out: list[_Found] = []
    cols = token_columns(doc)
    pos, dep, sources = cols.pos, cols.dep, lex.source_nouns
    for i in [k for k, w in enumerate(cols.lower) if w in sources and pos[k] == "NOUN" and dep[k] in ("obl", "nmod")]:
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


_WORDS = re.compile(r"\w+")
def _aside_start(doc: Doc, lo: int, hi: int) -> int:
    """Reported speech ends before an aside of the writer's after a comma, an apposition to the whole report:
    'X reported that Maduro had tried to flee[, a report the government called "a crude lie"]'."""
    texts = token_columns(doc).text
    for k in range(lo + 1, hi - 1):
        if texts[k] != ",":
            continue
        x = doc[k + 1]
        while x.head.i != x.i and lo <= x.head.i < hi and x.head.i > k:
            x = x.head
        if x.dep_ in ("appos", "parataxis") and x.pos_ == "NOUN" and any(c.dep_ in ("acl:relcl", "relcl", "acl") for c in x.children):
            return k
    return hi


def _before_quote_cue(doc: Doc, lex: SpeechLexicon, cue: Token, lo: int, hi: int) -> int:
    """A content stops before a cue inside it that opens a direct quote with a comma or a colon: 'said he was not
    paid, [saying, "..."]', 'noted that A - [Trump boasted, "..."]' (the quote is that cue's own attribution)."""
    # a Token only for the words that may be cues (is_cue_verb is False for every other word)
    lower, words = token_columns(doc).lower, cue_words(lex)
    for x in [doc[k] for k in range(lo, min(hi, len(doc))) if lower[k] in words]:
        if x.i == cue.i or x.i <= lo or not is_cue_verb(x, lex):
            continue
        after = [y for y in doc[x.i + 1 : min(x.i + 4, len(doc))] if not y.is_space]
        if len(after) < 2 or after[0].text not in (",", ":") or after[1].text not in QUOTE_CHARS:
            continue
        k = x.i
        if x.tag_ != "VBG":  # its subject goes with it ('Trump boasted')
            subj = next((c for c in x.children if c.dep_ in SUBJ_DEPS and c.i < x.i), None)
            if subj is None:
                continue
            k = subj.left_edge.i
        while k > lo and (doc[k - 1].is_punct or doc[k - 1].is_space or doc[k - 1].lower_ in ("and", "but")):
            k -= 1
        if k - lo >= 2:
            return k
    # '... it is a good deal, Sen. Ana Ruiz told reporters on Thursday': a cue clause after a comma, with its own
    # subject and nothing reported after it, ends the content the parser ran into it
    for x in [doc[k] for k in range(lo + 2, min(hi, len(doc))) if lower[k] in words]:
        if x.i == cue.i or x.tag_ not in ("VBD", "VBZ", "VBP") or not is_cue_verb(x, lex) \
                or any(c.dep_ in ("ccomp", "xcomp") and c.i > x.i for c in x.children):
            continue
        subj = next((c for c in x.children if c.dep_ in SUBJ_DEPS and c.i < x.i), None)
        k = subj.left_edge.i if subj is not None else -1
        while 0 <= k < x.i and doc[k].is_punct:
            k += 1
        if k - 1 > lo + 1 and doc[k - 1].text == "," and subj.pos_ in ("PROPN", "NOUN"):
            return k - 1
    return hi


def _as_put_it_content(doc: Doc, cue: Token, marked_ranges: list[tuple[int, int]] | Ranges) -> _Found | None:
    """'As Holm puts it, [the party has lost its way]' / '[The party has lost its way], as Holm put it in a speech':
    the sentence around the 'as' clause is the content, outside quotation marks (a quote there is attributed on its
    own); the speaker is the subject of 'put'."""
    index = index_of(doc)
    lo, hi = index.sent_start(cue), index.sent_end(cue)
    a = next(k for k in range(cue.i - 1, lo - 1, -1) if doc[k].lower_ == "as")
    close = next((k for k in range(cue.i + 2, hi) if doc[k].text in (",", ";")), hi)
    first = next((k for k in range(lo, a) if not (doc[k].is_space or doc[k].is_punct)), a)
    if first == a:  # the 'as' clause opens the sentence: the content follows its comma
        s_tok, e_tok = close + 1, hi
    else:
        s_tok, e_tok = lo, a
    words = [t for t in doc[s_tok:e_tok] if not t.is_punct and not t.is_space]
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    s, e = _strip_span(index.text, words[0].idx, words[-1].idx + len(words[-1]), ",;:.")
    if _overlaps(marked_ranges, s, e):
        return None
    return _Found(s, e, "indirect", cue=cue, cue_text=cue.text, speaker=_subject_of(cue), rule="indirect:as-put-it")
