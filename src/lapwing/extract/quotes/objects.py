"""Cues whose content is their object or their to-clause (``objverb`` / ``toverb`` in the lexicon): 'Clinton cited
[remarks Trump had made]', 'The governor urged [residents to stay indoors]', 'X called [climate change a hoax]', and
'show' when a poll, a survey, a study or a document shows something."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.extract.quotes.as_reported import find_as_reported
from lapwing.extract.quotes.cues import SpeechLexicon, lexicon
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.next_cue import conjunction_before, outer_speaker_cue, to_after_hearer
from lapwing.extract.quotes.segmentation import _Found, _inside, _strip_span
from lapwing.extract.quotes.subject_words import is_time_word
from lapwing.extract.quotes.subjects import _subject_of
from lapwing.extract.quotes.things import hands_over_thing

_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}
_OBJECT_DEPS = ("obj", "ccomp")
_TO_HEARER_DEPS = ("obj", "iobj", "obl")
_PREP_OBJECT = ("to", "against", "about", "at", "on", "out")
_LINKS = ("for", "as", "of")
_OCCASIONS = ("during", "after", "before", "while", "when", "at", "on", "since", "amid")  # 'praised X for ...', 'described X as ...', 'accused X of ...'


def find_object_cues(doc: Doc, lex: SpeechLexicon, marked_ranges: list[tuple[int, int]],
                     taken: set[int]) -> list[_Found]:
    """Cues whose content is their object or their to-clause (``objverb`` / ``toverb`` in the lexicon):
    'Clinton cited [remarks Trump had made]', 'Palmieri called on [Trump to stop attacking her]', 'The campaign
    declined [to comment]'. The cue needs a subject (the speaker) outside quotation marks: 'the cited report' and
    'the plan was rejected' say nobody's words. ``taken``: cue tokens that already gave reported speech."""
    index = index_of(doc)
    out: list[_Found] = []
    objs, tos = lex.object_forms, lex.to_forms
    # a Token only for the words that may be such cues (every other word has no lemma here and is not 'show')
    for i in positions_of(doc, objs.keys(), tos.keys(), _SHOW_FORMS):
        t = doc[i]
        obj_lemma, to_lemma = lex.object_forms.get(t.lower_), lex.to_forms.get(t.lower_)
        if obj_lemma is None and to_lemma is None and t.lower_ in _SHOW_FORMS and t.i not in taken:
            obj_lemma = _shown_by_evidence(t, lex)  # 'A CNN poll showed [Clinton taking the lead]'
        if (obj_lemma is None and to_lemma is None) or t.i in taken:
            continue
        if t.tag_ not in _VERB_TAGS or t.dep_ in ("amod", "compound") or (t.is_upper and len(t) > 2):
            continue
        if _inside(marked_ranges, t.idx, t.idx + len(t)):
            continue
        as_rep = find_as_reported(doc, t, marked_ranges)  # 'As the Courier reported on Monday, A'
        if as_rep is not None:
            out.append(as_rep)
            continue
        outer = outer_speaker_cue(t)  # 'X said the army would stay neutral and [urged] ...': X's next cue
        spk = _subject_of(t if outer is None else outer)
        if spk is None:
            continue
        if _inside(marked_ranges, spk.idx, spk.idx + len(spk)) or spk.i > t.i and spk.dep_ != "nsubj":
            continue
        span = None
        rule = ""
        if _names_what(t):  # '(in) what it called [an attempt to ...]': the name given, no appeal with a to-clause
            span, rule = _named_thing(t), "indirect:object"
            if span is None:
                continue
            spk = _namer_of_what(t, spk)
        elif to_lemma is not None:
            span, rule = _to_clause(t, to_lemma), "indirect:to-clause"
        if span is None and (to_lemma == "call" or obj_lemma == "call"):
            span, rule = _naming(t), "indirect:object"
        if span is None and obj_lemma is not None and obj_lemma != "call" and not any(c.dep_ in ("neg",) or c.lower_ in ("not", "n't", "never")
                                                               for c in t.children):
            span, rule = _object(t, obj_lemma in _TALK_LEMMAS), "indirect:object"  # 'did not recommend prosecution' reports nothing
        if span is None:
            continue
        lo, hi = span
        hi = min(hi, index.sent_end(t))
        for k in range(lo, hi):  # not past the paragraph
            if doc[k].is_space and "\n" in doc[k].text:
                hi = k
                break
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ == "that" and doc[lo].dep_ == "mark"):
            lo += 1
        if lo == t.i + 1 < hi and doc[lo].lower_ in ("on", "upon") and to_lemma == "call":
            lo += 1  # ('called [on] dock workers to ...' with the hearer's 'on' hung elsewhere): the cue's particle
        if hi <= lo or not any(x.is_alpha or x.like_num for x in doc[lo:hi]):
            continue
        if rule == "indirect:object" and hands_over_thing(t, lex, lo, hi):
            continue  # 'presented the budget to parliament': a thing handed over, not words
        s, e = _strip_span(index.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), ",;:.")
        if e <= s:
            continue
        if e < len(index.text) and index.text[e] in '"\u201d' and _opened(index.text[s:e]):
            e += 1  # ('to restore order "firmly but without excess"'): the quoted words' closing mark goes with them
        elif s > 0 and index.text[s - 1] in '"\u201c' and _closed(index.text[s:e]):
            s -= 1  # ('accused "agitators" of ...'): and their opening mark
        elif 0 < s and e < len(index.text) and index.text[s - 1] + index.text[e] in ('""', "\u201c\u201d") \
                and not any(c in index.text[s:e] for c in '"\u201c\u201d') \
                and not (rule == "indirect:to-clause" and lo > 1 and doc[lo - 2].lower_ == "to"):
            s, e = s - 1, e + 1  # ('condemned "any attempt to ..."'): an object quoted whole keeps both marks
            # (not the action asked, taken without its 'to': '... in a speech to "defend the order"')
        out.append(_Found(s, e, "indirect", cue=t, cue_text=t.text, speaker=spk, rule=rule))
    return _without_inner_gerunds(out)


def _without_inner_gerunds(found: list[_Found]) -> list[_Found]:
    """A gerund cue inside another cue's object is part of what that cue reports ('accused Ruiz of [promoting]
    "a coup"', 'praised the mayor for [defending] the plan'): not a quote of its own."""
    return [f for f in found if not (f.cue.tag_ == "VBG" and any(
        g is not f and g.cue.i < f.cue.i and g.start <= f.cue.idx < g.end for g in found))]


_SHOW_FORMS = {"show", "shows", "showed", "shown", "showing"}


def _named_thing(verb: Token) -> tuple[int, int] | None:
    """The name 'call' gives in a free relative with 'what': 'what it called [an attempt to find a way out]'."""
    part = next((c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "xcomp", "iobj", "ccomp")
                 and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.left_edge.i == verb.i + 1), None)
    return (verb.i + 1, _phrase_end(part)) if part is not None else None


def _namer_of_what(verb: Token, spk: Token) -> Token:
    """Who 'it' / 'he' / 'she' / 'they' in 'what it called X' is: the noun subject of the clause the free relative
    stands in ("Chad's ruling party congratulated the winner on [what it called] a fair vote", 'The envoy praised the
    deal as what he called a first step'); the pronoun itself when that clause has none before it."""
    if spk.lower_ not in ("it", "he", "she", "they"):
        return spk
    what = next((c for c in verb.children if c.lower_ == "what" and c.i < verb.i), None)
    if what is None and verb.i > 1 and verb.doc[verb.i - 2].lower_ == "what":
        what = verb.doc[verb.i - 2]
    h = what.head if what is not None and what.head.i != verb.i else verb.head
    for _ in range(4):
        if h.pos_ in ("VERB", "AUX") and h.i != verb.i:
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < h.i), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN") and not is_time_word(subj):
                return subj
            return spk
        if h.head.i == h.i:
            break
        h = h.head
    return spk


def _names_what(verb: Token) -> bool:
    """'call' in a free relative with 'what' ('in what the ministry called a goodwill gesture', 'what he called a
    witch hunt'): the speaker's name for a thing of the writer's sentence, not an appeal with a to-clause."""
    return verb.lemma_.lower() == "call" and any(
        c.lower_ == "what" and c.i < verb.i and c.dep_ in ("obj", "obl", "nsubj", "nsubj:pass") for c in verb.children) \
        or verb.lemma_.lower() == "call" and verb.i > 1 and verb.doc[verb.i - 2].lower_ == "what"


def _opened(text: str) -> bool:
    """The text opens a quotation it does not close: an odd number of straight marks, or more curly openers."""
    return text.count('"') % 2 == 1 or text.count("\u201c") > text.count("\u201d")


def _closed(text: str) -> bool:
    """The text closes a quotation it does not open: an odd number of straight marks, more curly closers, or a
    curly closer before any opener ('go home\u201d and then \u201cstay there')."""
    first = next((c for c in text if c in "\u201c\u201d"), "")
    return text.count('"') % 2 == 1 or text.count("\u201d") > text.count("\u201c") or first == "\u201d"


def _shown_by_evidence(verb: Token, lex: SpeechLexicon) -> str | None:
    """'show' reports its object only when a poll, a survey, a study (``source`` nouns) or a document (``evidence``
    nouns) shows it ('A county poll out Friday showed [Okafor with a clear lead]', 'The letters showed [the tight
    links ...]'): 'show' then."""
    subj = _subject_of(verb)
    if subj is None or verb.tag_ == "VBN" and verb.dep_ != "ROOT":
        return None
    if any(w.tag_ in ("VBD", "VBZ") and lex.is_cue(w) for w in verb.doc[subj.left_edge.i : subj.i]):
        return None  # 'Acme Co said [health studies showed A]': the studies are what Acme said, not a speaker
    nouns = lex.source_nouns | lex.evidence_nouns
    if subj.lower_ in nouns or subj.lemma_.lower() in nouns:
        return "show"
    return None


def in_to_clause(verb: Token, lex: SpeechLexicon, at: int) -> bool:
    """The character offset ``at`` (a quote's words) lies inside the to-clause of the appeal ``verb`` ('called on
    all sides to settle their differences "within the law"'): the quoted words are part of the appeal's content."""
    lemma = lex.to_forms.get(verb.lower_)
    span = _to_clause(verb, lemma) if lemma is not None else None
    if span is None:
        return False
    doc = verb.doc
    lo, hi = span
    return lo < hi and doc[lo].idx <= at < doc[hi - 1].idx + len(doc[hi - 1])


def in_object(verb: Token, lex: SpeechLexicon, at: int) -> bool:
    """The character offset ``at`` (a quote's words) lies inside the object of the cue ``verb``, after words of the
    object before the quotation ('accused Ruiz of promoting "a coup"', 'praised the mayor for her "courage"'): the
    quoted words are part of the object's content. (A wholly quoted object keeps its own reading.)"""
    if verb.lower_ not in lex.object_forms or verb.lower_ in lex.to_forms:
        return False
    span = _object(verb, lex.object_forms[verb.lower_] in _TALK_LEMMAS)
    if span is None:
        return False
    doc = verb.doc
    lo, hi = span
    if not (lo < hi and doc[lo].idx < at - 1 and at < doc[hi - 1].idx + len(doc[hi - 1])
            and any(t.is_alpha and t.idx < at - 1 for t in doc[lo:hi])):
        return False
    # (only past a verb of the object's own, which a partial quote would cut off: 'of [promoting] "a coup"', 'of
    # [being] "irrational"'; 'described the talks as "constructive"' is read whole as a partial quote)
    return any(t.pos_ in ("VERB", "AUX") and t.i != verb.i and t.idx < at for t in doc[lo:hi])


def _to_clause(verb: Token, lemma: str) -> tuple[int, int] | None:
    """'declined [to comment]', 'urged [supporters to monitor polling places]', 'called on [Trump to stop]',
    'called for [an inquiry]'."""
    doc = verb.doc
    xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.i > verb.i
                  and any(m.lower_ == "to" and m.dep_ == "mark" for m in c.children)), None)
    if xcomp is not None and any(c.dep_ in ("aux:pass", "auxpass") for c in xcomp.children):
        return None  # 'asked not to be named', 'refused to be drawn': no content of the speaker's
    if xcomp is None:
        xcomp = _infinitive_on_hearer(verb)  # 'called on [all parties to wait]' hung as the hearer's modifier
    if xcomp is None:
        if lemma == "call" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "for":
            obl = next((c for c in verb.children if c.i > verb.i + 1 and c.dep_ in ("obl", "obj")
                        and c.left_edge.i <= verb.i + 2), None)
            if obl is not None:
                return verb.i + 2, obl.right_edge.i + 1
        return None
    hearer = [c for c in verb.children if c.dep_ in _TO_HEARER_DEPS and verb.i < c.i < xcomp.i]
    lo = xcomp.left_edge.i
    if hearer:
        h = hearer[0]
        lo = min(lo, h.left_edge.i)
        while lo < h.i and doc[lo].dep_ == "case":  # 'called on X': 'on' is the cue's
            lo += 1
    if lo <= verb.i:
        lo = verb.i + 1
    hi = xcomp.right_edge.i + 1
    if xcomp.dep_ == "to-linear":
        hi = _linear_to_end(doc, xcomp.i)
    elif hearer and _cue_words_between(verb, hearer[0], xcomp):
        # 'called on the army [in a televised address on Monday] to "defend the order"': the writer's channel or
        # time between the hearer and the infinitive is no part of the appeal; its content is the action asked
        lo, hi = _infinitive_words(xcomp)
    return lo, _before_occasion(doc, xcomp.i, _before_participle_cue(doc, xcomp.i, _before_next_appeal(verb, hi)))


def _cue_words_between(verb: Token, hearer: Token, xcomp: Token) -> bool:
    """Between the hearer's last word and the infinitive's first stand words of the cue's own with a channel or a place
    among them ('in a televised address', 'at a rally on Friday'); a time alone ('urged parliament on Tuesday to ...')
    leaves the content from the hearer on."""
    doc = verb.doc
    after = [x for x in doc[hearer.i + 1 : xcomp.left_edge.i] if not x.is_space]
    if any(x.text in (",", ";", ":", "(", "\u2014") for x in after):
        return False
    # (a channel phrase the parser hung on the hearer: 'called on the police [in a televised speech] to ...')
    words = " ".join(x.lower_ for x in after) + " "
    if after and any(words.startswith(p + " ") for p, _ in lexicon().channels if p.split()[0] in _CHANNEL_OPENERS):
        return True
    gap = [x for x in doc[hearer.right_edge.i + 1 : xcomp.left_edge.i] if not x.is_space]
    if not any(x.is_alpha for x in gap):
        return False
    own = {x.i for c in verb.children if c.i != hearer.i and c.i != xcomp.i and c.dep_ in _OWN_DEPS
           for x in c.subtree}
    return all(x.i in own for x in gap) and any(x.pos_ == "ADP" and x.head.i != x.i and not is_time_word(x.head)
                                                and x.head.ent_type_ not in ("DATE", "TIME") for x in gap)


_OWN_DEPS = ("obl", "obl:tmod", "obl:npmod", "advmod", "nmod:tmod")
_CHANNEL_OPENERS = ("in", "at", "during", "on", "via", "by")


def _infinitive_words(xcomp: Token) -> tuple[int, int]:
    """The words of a to-infinitive after its 'to', without quotation marks around them all ('to "defend the
    order"' -> 'defend the order')."""
    doc = xcomp.doc
    lo, hi = xcomp.left_edge.i, xcomp.right_edge.i + 1
    while lo < xcomp.i and doc[lo].lower_ == "to":
        lo += 1
    marks = [k for k in range(lo, hi) if doc[k].text in ('"', "\u201c", "\u201d")]
    # (one quotation holding all of them, with no other in the sentence after it to join: its marks go; else they stay)
    later = any(x.text in ('"', "\u201c", "\u201d") for x in doc[hi : index_of(doc).sent_end(xcomp)])
    if marks == [lo, hi - 1] and hi - lo > 2 and not later:
        lo, hi = lo + 1, hi - 1
    return lo, hi


def _before_participle_cue(doc, lo: int, hi: int) -> int:
    """A to-clause's end before a cue participle after a comma ('urged his members to strike on Monday[, telling]
    them to stay calm', '..., saying the talks had failed'): the participle reports the speaker's next words, a quote
    of its own, not the appeal's."""
    lex = lexicon()
    for k in range(lo + 1, hi - 1):
        x = doc[k + 1]
        if doc[k].text == "," and x.tag_ == "VBG" and x.is_lower and (
                lex.is_cue(x) or x.lower_ in lex.to_forms or x.lower_ in lex.object_forms):
            return k
    return hi


_OCCASION_MARKS = ("after", "since", "amid")


def _before_occasion(doc, lo: int, hi: int) -> int:
    """A to-clause's end before a clause of the writer's saying when or why it was said ('warned officials to boost
    security [after hackers targeted ...]'): 'after', 'since' or 'amid' opening a clause with a subject of its own."""
    for k in range(lo + 1, hi):
        w = doc[k]
        if w.lower_ in _OCCASION_MARKS and w.dep_ in ("mark", "case") and w.head.i > k and (
                any(c.dep_ in ("nsubj", "nsubj:pass") for c in w.head.children)
                # (the parser may read 'after [hackers targeted] ...' as a noun phrase: a noun and a past verb)
                or k + 1 < hi and doc[k + 1].pos_ in ("NOUN", "PROPN", "PRON")
                and any(x.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not x.is_sent_start for x in doc[k + 2 : k + 5])):
            cut = k
            while cut > lo + 1 and (doc[cut - 1].text == "," or doc[cut - 1].is_space):
                cut -= 1
            return cut
    return hi


def _linear_to_end(doc, k: int) -> int:
    """End of a to-infinitive read on the words: up to a comma, a semicolon or the sentence's end."""
    end = k
    while end < len(doc) and doc[end].text not in (",", ";", ".", "!", "?") and not doc[end].is_sent_start:
        end += 1
    return end


def _infinitive_on_hearer(verb: Token) -> Token | None:
    """The to-infinitive the parser hung on the cue's hearer rather than on the cue ('urged [his supporters] to
    gather', 'called on [all parties] to wait'): the infinitive, when it is the hearer's and right after it."""
    for h in verb.children:
        if h.dep_ not in ("obj", "iobj", "obl") or h.i < verb.i or h.i - verb.i > 6 and h.left_edge.i - verb.i > 3:
            continue  # (a long hearer's name is near when its first word is: 'called on the Papua New Guinea Police')
        # (or on a word of the hearer: 'urged [the government and the rebels] to settle', 'urged [sailors of every
        # rank] to remain')
        for c in [x for x in h.subtree if x.i > h.i and x.head.i != x.i]:
            if c.head.i != h.i and not (c.tag_ == "VB" and c.i > 0 and c.doc[c.i - 1].lower_ == "to"
                                        and _through_nouns(c, h)):
                continue  # (not inside a clause of the hearer's: 'growth in X, which was expected to lose ...')
            if c.dep_ in ("acl", "xcomp") and c.i > h.i and c.pos_ in ("VERB", "AUX") \
                    and any(m.lower_ == "to" and m.dep_ == "mark" and m.i == c.left_edge.i for m in c.children) \
                    and not any(m.dep_ in ("nsubj", "nsubj:pass") for m in c.children):
                return c
    # ('urges [the government] to open talks' with 'open' read as an adjective): 'to' and a bare verb right after
    # the hearer, read on the words
    # ('urged the soldiers to free President X' with 'to free' read as a preposition and an adjective)
    k = to_after_hearer(verb)
    return _Linear(verb.doc[k]) if k is not None else None


def _through_nouns(c: Token, h: Token) -> bool:
    """Every word between ``c`` and the hearer ``h`` it hangs under is a noun's ('sailors of every [rank]'), none a
    verb (a clause of the hearer's own)."""
    x = c.head
    while x.i != h.i:
        if x.pos_ in ("VERB", "AUX") or x.head.i == x.i:
            return False
        x = x.head
    return True


class _Linear:
    """A to-infinitive found on the words, standing in for the parse's clause: its span runs from the hearer."""

    dep_ = "to-linear"

    def __init__(self, tok: Token):
        self.i = tok.i
        self.left_edge = tok.doc[tok.i - 1]
        self.right_edge = tok
        self.children = []


_CONJ_WORDS = ("and", "but")


def _before_next_appeal(verb: Token, hi: int) -> int:
    """The end of a to-clause cut before the speaker's next cue joined to it ('called on the army to respect the vote
    [and urged] voters to stay home', 'urged X to ... [and called on] Y ...'): the next cue gives its own quote."""
    doc, lex = verb.doc, lexicon()
    for k in range(verb.i + 2, hi):
        x = doc[k]
        if x.tag_ not in ("VBD", "VBZ", "VBN", "VBP"):
            continue
        conj = k - 1 if doc[k - 1].lower_ in _CONJ_WORDS else conjunction_before(x, doc[verb.i].idx + 1)
        if conj is None or conj <= verb.i + 1:  # ('... to "hold on" [and on Friday called on] ...')
            continue
        if not (lex.is_cue(x) or x.lower_ in lex.to_forms or x.lower_ in lex.object_forms):
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass") or c.dep_.startswith("aux") for c in x.children):
            continue  # ('... to make sure the votes are counted and [were] respected'): a clause of its own
        if x.dep_ == "conj" and _conj_root(x).i == verb.i or x.dep_ == "conj" and x.head.i > verb.i:
            cut = conj
            while cut > verb.i + 1 and (doc[cut - 1].text in (",", ";") or doc[cut - 1].is_space):
                cut -= 1
            return cut
    return hi


def _conj_root(x: Token) -> Token:
    while x.dep_ == "conj" and x.head.i != x.i:
        x = x.head
    return x


def _naming(verb: Token) -> tuple[int, int] | None:
    """'called [climate change a hoax]', 'called [the plan a disaster for families]': 'call' with an object and a
    name or judgement for it (the parser may hang the two as object + complement or as a small clause)."""
    parts = [c for c in verb.children if c.i > verb.i and c.dep_ in ("obj", "xcomp", "iobj", "ccomp")
             and c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB")]
    nominal = lambda c: any(x.dep_ in ("obj", "nsubj", "nsubj:pass") and x.pos_ in ("NOUN", "PROPN") for x in c.children)
    if not (len(parts) >= 2 or (len(parts) == 1 and parts[0].dep_ in ("xcomp", "ccomp") and nominal(parts[0]))):
        return None
    lo = min(c.left_edge.i for c in parts)
    if lo != verb.i + 1:
        return None
    return lo, max(_phrase_end(c) for c in parts)


# verbs of talking: 'to X' / 'with X' is who heard them ('talking to reporters'), 'about X' is what they said
_TALK_LEMMAS = {"talk", "speak", "chat"}


def _object(verb: Token, talk: bool = False) -> tuple[int, int] | None:
    """'cited [remarks Trump had made]', 'praised [Fields for pursuing charges]', 'described [it as a lie]'.
    ``talk``: a verb of talking, whose 'to' phrase is its hearer ('talked to reporters'), never its content."""
    doc = verb.doc
    preps = tuple(p for p in _PREP_OBJECT if p != "to") if talk else _PREP_OBJECT
    obj = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i > verb.i), None)
    if obj is None:
        obj = _object_read_as_complement(verb)  # ('accused [Ruiz] of ...' with the name read as a complement)
    if obj is None:
        # 'pointed to [the report]', 'railed against [the deal]', 'complained about [his microphone]'
        obj = next((c for c in verb.children if c.dep_ == "obl" and c.i > verb.i and not is_time_word(c)
                    and any(k.dep_ == "case" and k.lower_ in preps and k.i <= verb.i + 2 for k in c.children)), None)
        if obj is None:
            return None
        case = next(k for k in obj.children if k.dep_ == "case")
        return case.i + 1, _phrase_end(obj)
    lo, hi = max(obj.left_edge.i, verb.i + 1), _phrase_end(obj)
    # the rest of the cue's clause after the object goes with it ('lauded [Mr. Clarke in his address for helping
    # ...]', 'endorsed [Clinton in the race]'), up to a comma, a coordinated verb or a clause of its own
    for c in sorted(verb.children, key=lambda c: c.i):
        if c.i <= obj.i:
            continue
        if c.left_edge.i != hi or c.dep_ in ("conj", "cc", "parataxis", "punct", "ccomp") \
                or c.dep_ == "advcl" and doc[hi].lower_ not in _LINKS or doc[hi].lower_ in _OCCASIONS:
            break  # 'criticized [the tariffs] during a visit to Lagos': the occasion is the writer's
        hi = _phrase_end(c)
    return lo, hi


def _object_read_as_complement(verb: Token) -> Token | None:
    """The object the parser read as the cue's complement ('accused [Benitez] of promoting ...', 'praised [the
    mayor] for ...'): a noun or a name right after the cue, followed by 'for' / 'as' / 'of' opening a phrase of
    the cue's own (what the speaker said of it)."""
    doc = verb.doc
    c = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if c is None or c.pos_ not in ("NOUN", "PROPN", "PRON") or c.left_edge.i != verb.i + 1:
        return None
    end = _phrase_end(c)
    if end >= len(doc) or doc[end].lower_ not in _LINKS:
        return None
    link = next((x for x in verb.children if x.i > c.i and x.left_edge.i == end), None)
    return c if link is not None else None


def _phrase_end(head: Token) -> int:
    """End of the phrase headed by ``head`` without what follows a comma in it (an apposition, an aside):
    'endorsed [Donald Trump's campaign], the latest chapter in ...'."""
    doc = head.doc
    hi = head.right_edge.i + 1
    for k in range(head.i + 1, hi - 1):
        if doc[k].text not in (",", "\u2014", "--", "("):
            continue
        x = doc[k + 1]
        while x.head.i != x.i and x.head.i > k:  # up to the word the part after the comma hangs from
            x = x.head
        if x.dep_ in ("appos", "acl:relcl", "relcl", "parataxis", "advcl", "obl", "obl:tmod", "dep", "list"):
            return k
    return hi
