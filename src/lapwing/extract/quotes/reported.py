"""Reported speech from the parse: a cue with its clause (rules ``indirect:complement``, ``indirect:linear``), and the
finders for the other frames, run in order: a cue clause after its content (``cue_after``), a speech noun with its
clause, "according to X", a poll or survey in an 'in' phrase (``reported_nouns``), 'in X's view' (``in_view``). (Cues
whose content is their object or their to-clause: ``objects``; where a clause starts and ends: ``reported_bounds``.)"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import token_columns
from lapwing.extract.quotes.as_reported import _as_put_it_content, find_as_reported
from lapwing.extract.quotes.cue_after import _reason_after_cue, _what_phrase_after, find_cue_after
from lapwing.extract.quotes.cue_inside import find_cue_between, find_cue_inside, not_own_clause
from lapwing.extract.quotes.in_view import find_in_view
from lapwing.extract.quotes.cues import (COMPLEMENT_DEPS, SUBJ_DEPS, SpeechLexicon, _TELL_LIKE, cue_word_positions,
                                        is_cue_verb)
from lapwing.extract.quotes.segmentation import (_CHANNEL_PREPS, QUOTE_CHARS, _Found, _complement_end, _inside,
                                                _linear_complement)
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.relative_speaker import relative_clause_end
from lapwing.extract.quotes.reported_bounds import (_aside_start, _before_quote_cue, _past_channel, _past_complementiser,
                                                    _past_time, past_hearer_name)
from lapwing.extract.quotes.reported_nouns import _in_a_source, _poll_source, find_noun_reported
from lapwing.extract.quotes.subject_fixes import participle_aside
from lapwing.extract.quotes.subjects import _opening_clause_subject, _subject_of, inverted_subject


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
        around = find_as_reported(doc, t, marked_ranges) or find_cue_inside(doc, t, lex, marked_ranges) \
            or find_cue_between(doc, t, lex, marked_ranges)
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
        if t.dep_ == "parataxis" and t.head.i < t.i:
            comps = [c for c in comps if not _reason_after_cue(t, c)]
        # ('A, her office said, [in what it called an attempt to ...]': a phrase of the writer's after the cue clause)
        comps = [c for c in comps if not _what_phrase_after(t, c)]
        # ("Chile's foreign minister, Ana Rojas, who ..., said in a statement that A": a noun phrase before the cue
        # with no verb in it is no clause the cue reports, but the subject's words the parser took for one)
        # (only with the cue's subject right after it past a comma, and words of the cue's own after it)
        comps = [c for c in comps if not (c.i < t.i and c.pos_ in ("NOUN", "PROPN") and _subject_words_misread(t, c))]
        aside = participle_aside(t)  # 'X, also speaking to students, said [A]': the aside is not what X said
        if aside is not None:
            comps = [c for c in comps if c.i != aside[0].i]
        comps = [c for c in comps if not _role_before_name(t, c, comps)]
        if not comps and lex.lemma(t) in _TELL_LIKE:
            # 'told reporters he had ...': some parsers hang the clause on the object
            comps = [c for o in t.children if o.dep_ in ("obj", "iobj") for c in o.children
                     if c.i > o.i and (c.dep_ == "ccomp" or _hearer_clause(o, c))]
        if not comps and lex.lemma(t) not in lex.weak:
            comps = _bare_clause(t)  # 'told reporters on Friday [he thinks ...]'
        tail = None
        if comps and lex.lemma(t) in _TELL_LIKE:
            # 'told reporters [that 52 people had been arrested], "most of them for ..."': the parser hung the
            # that-clause on the hearer and took the quoted words after it for the complement; the content is the
            # clause and runs on over the quoted words
            hearer = _hearer_that_clause(t, comps[0])
            if hearer is not None:
                comps, tail = [hearer], comps[0]
            else:  # 'told the commanders [that A had been crushed], hours after B': the writer's occasion
                hearer = _hearer_that_clause(t, comps[0], occasion=True)
                if hearer is not None:
                    comps = [hearer]
        lo = hi = None
        rule = "indirect:complement"
        if comps:
            c = comps[0]
            lo, hi = c.left_edge.i, (c if tail is None else tail).right_edge.i + 1
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
        elif t.dep_ not in ("parataxis",) and not (t.dep_ == "ccomp" and t.head.i < t.i) or _on_root_subject(t):
            start = _linear_complement(doc, t)
            if start is not None:
                lo, hi = start, _complement_end(doc, t, start, start + 1)
                rule = "indirect:linear"
        if lo is not None and hi is not None:
            hi = _aside_start(doc, lo, hi)
            hi = _before_span_occasion(doc, lo, hi)  # '..., hours after B': the writer's when, not the words said
            hi = _before_quote_cue(doc, lex, t, lo, hi)
            hi = relative_clause_end(doc, t, lo, hi)  # 'X, whose party has said [A], called on ...'
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
            if lex.lemma(t) in _TELL_LIKE:
                lo = past_hearer_name(doc, lex, t, lo, hi)  # 'told [AFP] the water supply had been restored'
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
            lo = _past_complementiser(doc, _past_time(doc, lo, hi), hi)
            if hi - lo < 2:
                continue
            if not any(pos[k] in ("VERB", "AUX") or _misread_past(doc, k, t) for k in range(lo, hi)):
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
        found = find_cue_after(t, lex, marked_ranges, inv_i)
        if found is not None:
            out.append(found)
    out.extend(find_noun_reported(doc, lex, marked_ranges))
    out.extend(_in_a_source(doc, lex, marked_ranges))
    out.extend(find_in_view(doc, marked_ranges))  # 'In Ruiz's view, the port ...'
    return out


_PERSONAL = {"he", "she", "they", "we", "i", "you", "it"}


def _misread_past(doc, k: int, cue: Token) -> bool:
    """doc[k] is the cue's complement, a past-tense verb the tagger read as a noun ('said gunfire [echoed] for
    hours', 'said heavy fire [raged]'): a word in -ed heading the clause, with no determiner or preposition of its own."""
    cols = token_columns(doc)  # (the shared columns: a Token made only for a word that may be one)
    if cols.pos[k] != "NOUN" or cols.dep[k] != "ccomp" or not cols.lower[k].endswith("ed") or len(cols.text[k]) <= 4:
        return False
    w = doc[k]
    return w.head.i == cue.i and not any(c.dep_ in ("det", "case", "nmod:poss") for c in w.children)


_CLAUSE_AUX = {"would", "will", "could", "can", "may", "might", "should", "must", "had", "has", "have", "was", "were",
               "is", "are"}


def _hearer_then_clause(hearer: Token, clause: Token, subj: Token) -> bool:
    """'told analysts [the margin would improve]': a bare plural hearer (no article: reporters, analysts, lawmakers)
    then a clause whose subject has an article or an owner and whose verb has an auxiliary or a copula; a relative
    clause on such a hearer is rare in news, a reported clause common."""
    if hearer.tag_ != "NNS" or any(c.dep_ in ("det", "nmod:poss", "poss", "amod", "nummod") for c in hearer.children):
        return False
    if subj.pos_ != "NOUN" or not any(c.dep_ in ("det", "nmod:poss", "poss") and c.i == subj.left_edge.i
                                      for c in subj.children):
        return False
    return any(c.dep_ in ("aux", "aux:pass", "cop") and c.lower_ in _CLAUSE_AUX for c in clause.children)


def _hearer_clause(hearer: Token, clause: Token) -> bool:
    """'told reporters [she believed that ...]': a clause the parser hung on the hearer as a relative clause with no
    relative word, whose own subject (a personal pronoun or a name) follows the hearer's phrase and whose verb has an
    object or a clause of its own (not a relative clause with a gap: 'told the reporters she met at the rally')."""
    if clause.dep_ not in ("acl:relcl", "relcl") or clause.pos_ not in ("VERB", "AUX") and not (
            clause.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "cop" for c in clause.children)):
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or subj.i < hearer.i:
        return False
    if _that_opens(hearer, clause, subj):
        return True
    then = _hearer_then_clause(hearer, clause, subj)
    if not (subj.lower_ in _PERSONAL or subj.pos_ == "PROPN" or then):
        return False
    # (nothing between the hearer's own words and the subject: no relative word, no comma)
    own = {x.i for c in hearer.children if c.i != clause.i for x in c.subtree if x.i > hearer.i}
    if any(k not in own for k in range(hearer.i + 1, subj.left_edge.i)):
        return False
    return then or any(c.dep_ in ("ccomp", "xcomp", "obj") and c.i > clause.i for c in clause.children)


def _on_root_subject(cue: Token) -> bool:
    """'Keita, a former teacher who ..., had told the nation in an address that A': the parser made the subject the
    sentence's root and hung the cue on it as a parataxis; the cue is the main verb, and its words are read on the
    text as for any cue whose clause the parse lost (its own auxiliary after the comma closing the aside)."""
    head, doc = cue.head, cue.doc
    if cue.dep_ != "parataxis" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > cue.i:
        return False
    if head.left_edge.i != index_of(doc).sent_start(cue):
        return False
    aux = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i]
    first = aux[0].i if aux else cue.i
    return first > 0 and doc[first - 1].text == ","


def _that_opens(hearer: Token, clause: Token, subj: Token) -> bool:
    """'told reporters [that Kigali had ...]': the clause hung on the hearer opens with 'that' as its complementiser
    (a relative 'that' is the clause's subject or object, never its 'mark'), right after the hearer's own words, and
    its own subject follows the 'that'."""
    that = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if that is None or that.i != clause.left_edge.i or not hearer.i < that.i < subj.i:
        return False
    own = {x.i for c in hearer.children if c.i != clause.i for x in c.subtree if x.i > hearer.i}
    return all(k in own for k in range(hearer.i + 1, that.i))


def _hearer_that_clause(cue: Token, comp: Token, occasion: bool = False) -> Token | None:
    """The clause opened by 'that' the parser hung on the cue's hearer as a relative clause, when the cue's own
    complement is the quoted words right after it following a comma: 'told reporters [that A], "B"'. (A relative
    'that' is the clause's subject or object, never its 'mark'.) With ``occasion``, when what the parser took for
    the complement is instead the writer's saying when it was said, after the comma: 'told the generals [that the
    revolt had been put down], hours after ...', '..., shortly before ...' (the content is the that-clause alone)."""
    for o in cue.children:
        if o.dep_ not in ("obj", "iobj") or not o.i < comp.i:
            continue
        for c in o.children:
            if c.dep_ in ("acl:relcl", "relcl") and c.i > o.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children):
                gap = cue.doc[c.right_edge.i + 1 : comp.left_edge.i + 1]
                first = next((x for x in cue.doc[comp.left_edge.i : comp.i + 1] if not x.is_punct), None)
                if not all(x.is_punct or x.is_space for x in gap) or first is None or first.i == 0:
                    continue
                if occasion and any(x.text == "," for x in gap) and _opens_occasion(cue.doc, first.i) \
                        or not occasion and cue.doc[first.i - 1].text in QUOTE_CHARS:
                    return c
    return None


_OCCASION_WORDS = {"after", "before", "since", "amid"}
# (not 'just' / 'only': ', just as prices did in 2008', ', only after a vote' may be the speaker's)
_SPAN_WORDS = {"hours", "minutes", "days", "weeks", "months", "moments", "shortly", "soon", "a", "an", "two", "three",
               "four", "few", "several", "one", "hour", "day", "week", "month", "year", "years", "long"}


def _before_span_occasion(doc: Doc, lo: int, hi: int) -> int:
    """A reported clause's end before the writer's saying when it was said, after a comma: a time span and a linking
    word opening a clause of its own ('said A had been crushed[, hours after troops fought ...]', '[, a day before the
    vote was held]', '[, shortly after police fired ...]'). A bare ', after ...' may be the speaker's and stays."""
    cols = token_columns(doc)  # (the shared columns: no Token made per word of the clause)
    text, lower, tag = cols.text, cols.lower, cols.tag
    for k in range(lo + 2, hi - 2):
        if text[k] != "," or lower[k + 1] not in _SPAN_WORDS or not _opens_occasion(doc, k + 1):
            continue
        if any(tag[j] in ("VBD", "VBZ", "VBP", "VBN") for j in range(k + 2, hi)):
            return k
    return hi


def _opens_occasion(doc: Doc, k: int) -> bool:
    """The words from ``k`` say when something happened: 'after ...', 'hours after ...', 'a day before ...',
    'shortly after ...', 'amid ...' (up to three words of a time span before the linking word)."""
    lower = token_columns(doc).lower
    for j in range(k, min(k + 4, len(doc))):
        w = lower[j]
        if w in _OCCASION_WORDS:
            return True
        if w not in _SPAN_WORDS:
            return False
    return False


def _role_before_name(cue: Token, c: Token, comps: list[Token]) -> bool:
    """'[The ministry's spokesman], Ivan Petrov, said [A]': a noun phrase the parser made the cue's clause before it,
    set off by a comma from the cue's subject (the name in apposition), when the cue has its own clause after it."""
    if c.i > cue.i or c.pos_ not in ("NOUN", "PROPN") or not any(k.i > cue.i for k in comps):
        return False
    if any(x.pos_ in ("VERB", "AUX") for x in c.subtree):
        return False
    subj = next((k for k in cue.children if k.dep_ in ("nsubj", "nsubj:pass") and c.i < k.i < cue.i), None)
    last = max(x.i for x in c.subtree if not x.is_punct)
    return subj is not None and cue.doc[last + 1].text == "," and subj.left_edge.i == last + 2


def _bare_clause(cue: Token) -> list[Token]:
    """'told reporters on Friday [he thinks the bridge ...]', 'said Monday [she believed ...]': a clause with no 'that'
    the parser hung on the cue as a parataxis, opened by its own subject (a personal pronoun or a name) right after the
    cue's own words (a hearer, a time, a channel), with no punctuation between."""
    for c in cue.children:
        if c.dep_ != "parataxis" or c.i < cue.i or c.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubj:pass") and k.i < c.i), None)
        if subj is None or not (subj.lower_ in _PERSONAL or subj.pos_ == "PROPN") or subj.left_edge.i != c.left_edge.i:
            return []
        own = {x.i for d in cue.children if cue.i < d.i < subj.i for x in d.subtree}
        if any(k not in own or cue.doc[k].is_punct for k in range(cue.i + 1, subj.left_edge.i)):
            return []
        return [c]
    return []


def _subject_words_misread(cue: Token, c: Token) -> bool:
    """``c`` (a complement before ``cue``) is a verbless noun phrase followed by a comma and the cue's subject, and
    the cue has words of its own after it: 'Chile's foreign minister, Ana Rojas, ..., said in a statement that A'."""
    doc = cue.doc
    if any(x.pos_ in ("VERB", "AUX") for x in c.subtree):
        return False
    subj = next((x for x in cue.children if x.dep_ in ("nsubj", "nsubj:pass") and c.i < x.i < cue.i), None)
    end = max(x.i for x in c.subtree if not x.is_punct) + 1
    if subj is None or end >= cue.i or doc[end].text != "," or subj.left_edge.i != end + 1:
        return False
    return any(x.i > cue.i and not x.is_punct for x in cue.children)

