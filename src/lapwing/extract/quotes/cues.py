"""Cues: the speech lexicon (verbs, phrases, nouns, channels as data) and the words that report speech."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import positions_of, token_columns, word_positions
from lapwing.extract.quotes.index import current_memo
from lapwing.extract.quotes.made_clear import MAKE_FORMS, made_clear
from lapwing.lexicons import tsv

LEXICON_PATH = Path(__file__).resolve().parent.parent.parent / "lexicons" / "speech_verbs.tsv"

# ---------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class SpeechLexicon:
    verb_forms: dict[str, str]  # inflected form -> lemma
    weak: frozenset[str]  # lemmas that report speech only with a quote or a clause
    verb_channel: dict[str, str]  # lemma -> implied channel
    phrases: tuple[tuple[str, ...], ...]  # multi-word cues whose object is the speaker
    nouns: dict[str, str]  # speech noun form -> lemma
    noun_channel: dict[str, str]
    channels: tuple[tuple[str, str], ...]  # (phrase, channel), longest phrase first
    object_forms: dict[str, str] = field(default_factory=dict)  # cue whose content is its object -> lemma
    to_forms: dict[str, str] = field(default_factory=dict)  # cue whose content is its to-clause -> lemma
    source_nouns: frozenset[str] = frozenset()  # 'in a CNN poll, X leads': a source that reports its clause
    evidence_nouns: frozenset[str] = frozenset()  # 'the emails showed X': a document that shows what it reports
    work_nouns: frozenset[str] = frozenset()  # 'his book, "A Time for Truth"': the title of a work follows
    body_refs: dict[str, str] = field(default_factory=dict)  # 'the company' -> 'company' / 'the agency' -> 'body'
    hand_forms: frozenset[str] = frozenset()  # 'presented', 'tabled': verbs that hand over or show a thing
    thing_nouns: frozenset[str] = frozenset()  # 'budget', 'bill', 'medal': a thing, a document, a plan, not words

    def is_cue(self, token: Token) -> bool:
        return token.lower_ in self.verb_forms

    def lemma(self, token: Token) -> str | None:
        return self.verb_forms.get(token.lower_)


def load_speech_lexicon(path: str | Path = LEXICON_PATH) -> SpeechLexicon:
    """Read ``speech_verbs.tsv`` (type, entry, forms, channel); unknown types are an error naming the line."""
    verb_forms: dict[str, str] = {}
    weak: set[str] = set()
    verb_channel: dict[str, str] = {}
    phrases: list[tuple[str, ...]] = []
    nouns: dict[str, str] = {}
    noun_channel: dict[str, str] = {}
    channels: list[tuple[str, str]] = []
    object_forms: dict[str, str] = {}
    to_forms: dict[str, str] = {}
    source_nouns: set[str] = set()
    evidence_nouns: set[str] = set()
    work_nouns: set[str] = set()
    body_refs: dict[str, str] = {}
    hand_forms: set[str] = set()
    thing_nouns: set[str] = set()
    for lineno, (kind, entry, forms, channel) in tsv.rows(path, 4):
        chan = None if channel in ("", "-") else channel
        if kind in ("verb", "weakverb"):
            for form in forms.split():
                verb_forms[form.lower()] = entry
            if kind == "weakverb":
                weak.add(entry)
            if chan:
                verb_channel[entry] = chan
        elif kind in ("objverb", "toverb"):
            target = object_forms if kind == "objverb" else to_forms
            for form in forms.split():
                target[form.lower()] = entry
        elif kind == "source":
            source_nouns.update(form.lower() for form in forms.split())
        elif kind == "evidence":
            evidence_nouns.update(form.lower() for form in forms.split())
        elif kind == "handverb":
            hand_forms.update(form.lower() for form in forms.split())
        elif kind == "thing":
            thing_nouns.update(form.lower() for form in forms.split())
        elif kind == "work":
            work_nouns.update(form.lower() for form in forms.split())
        elif kind == "bodyref":
            if chan not in ("company", "body"):
                raise ValueError(f"{path}:{lineno}: bodyref {entry!r} needs 'company' or 'body', not {channel!r}")
            body_refs.update((form.lower(), chan) for form in forms.split())
        elif kind == "phrase":
            phrases.append(tuple(entry.lower().split()))
        elif kind == "noun":
            for form in forms.split():
                nouns[form.lower()] = entry
            if chan:
                noun_channel[entry] = chan
        elif kind == "channel":
            if not chan:
                raise ValueError(f"{path}:{lineno}: channel phrase {entry!r} has no channel label")
            channels.append((entry.lower(), chan))
        else:
            raise ValueError(f"{path}:{lineno}: unknown entry type {kind!r}")
    channels.sort(key=lambda pc: -len(pc[0]))
    return SpeechLexicon(verb_forms, frozenset(weak), verb_channel, tuple(phrases), nouns, noun_channel, tuple(channels),
                         object_forms, to_forms, frozenset(source_nouns), frozenset(evidence_nouns),
                         frozenset(work_nouns), body_refs, frozenset(hand_forms), frozenset(thing_nouns))


@lru_cache(maxsize=1)
def lexicon() -> SpeechLexicon:
    return load_speech_lexicon()


SUBJ_DEPS = {"nsubj", "nsubj:pass", "csubj", "nsubjpass"}


@dataclass
class Cue:
    token: Token  # the cue verb (or the first word of a cue phrase)
    text: str
    speaker: Token | None
    end_token: int  # index after the cue phrase


def _cue_text(verb: Token) -> str:
    """The cue words: the verb with its auxiliaries and particles ('has said', 'was quoted as saying')."""
    return verb.text


_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def is_cue_verb(token: Token, lex: SpeechLexicon | None = None) -> bool:
    """A speech verb used as a verb (not 'the said agreement', 'a blog post', a headline in capitals).

    During a quote extraction (``index.indexed``) the answer for a token and the default lexicon is kept in the
    extraction's per-document memo: the quote rules ask about the same token again and again (some 18,000 questions
    about 10,000 tokens a pass over the benchmark stories), and the answer reads the parse alone, which the quote
    extractor never changes. Asked outside an extraction, or with another lexicon, it is worked out afresh."""
    default = lexicon()
    lex = lex or default
    memo = current_memo(token.doc, "is_cue_verb") if lex is default else None
    if memo is None:
        return _is_cue_verb(token, lex)
    i = token.i
    got = memo.get(i)
    if got is None:
        got = memo[i] = _is_cue_verb(token, lex)
    return got


def _is_cue_verb(token: Token, lex: SpeechLexicon) -> bool:
    """:func:`is_cue_verb` worked out (the word's lower-case form read once)."""
    low = token.lower_
    if low in _PUT_FORMS:
        return as_put_it(token)
    if low in MAKE_FORMS:  # 'made it clear that ...'
        return made_clear(token)
    if low in _BACK_FORMS:  # '"...," Bennett shot back': a retort
        return token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "back" and token.pos_ in ("VERB", "NOUN")
    if low in _GO_ON_FORMS:  # '"...," she went on.': went on speaking
        doc = token.doc
        return token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "on" and doc[token.i + 2].text in _GO_ON_ENDS \
            and token.pos_ in ("VERB", "AUX")
    if not lex.is_cue(token) or (token.is_upper and len(token) > 2):
        return False
    if token.pos_ in ("NOUN", "ADJ") and low != lex.lemma(token) and subject_after_quote(token) is not None:
        return True  # '"...," the senator joked to reporters': the tagger's noun or adjective is the cue
    if token.is_title and low.endswith("s") and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_title \
            and token.doc[token.i + 1].is_alpha and (token.i == 0 or token.doc[token.i - 1].is_sent_end
                                                     or token.doc[token.i - 1].is_space or token.is_sent_start):
        return False  # '[Claims] Court Judge Ana Ruiz sent ...': a capitalised word opening a name
    if token.tag_ == "VBN" and token.dep_ == "amod" and not right_after_quote(token):
        return False  # ('the said agreement'; not '"...," opined [the Courier]': the tagger's adjective is a cue)
    if token.tag_ == "VBG" and token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.pos_ == "NOUN":
        return False  # ('hundreds of screaming supporters', 'warning signs': an adjective right before its noun)
    if token.dep_ == "compound" and low.endswith("ing") and token.head.i == token.i + 1 and token.head.pos_ == "NOUN" \
            and any(c.dep_ in ("det", "nmod:poss", "poss") and c.i < token.i for c in token.head.children) \
            and not right_after_quote(token):
        return False  # ("Chad's *ruling* party welcomed ...": a participle the parser made part of its noun)
    if token.pos_ in ("VERB", "AUX") or token.tag_ in _VERB_TAGS:
        return True
    # the tagger may call an inflected cue a noun ('..., adding, "..."'); a base form tagged as a noun is a noun
    lemma = lex.lemma(token)
    if low == lemma or token.pos_ in ("PROPN", "ADJ"):
        return False
    if _subject_compound(token) is not None:
        return True
    h = token.head
    if token.dep_ in ("compound", "amod") and token.i < h.i <= token.i + 3 and h.pos_ in ("NOUN", "PROPN") \
            and all(w.head.i == h.i and w.dep_ in ("compound", "amod", "flat") for w in token.doc[token.i + 1:h.i]) \
            and any(c.dep_ in ("det", "nmod:poss", "poss") and c.i < token.i for c in h.children) \
            and not right_after_quote(token):  # (the noun's determiner before the word: not 'is *warning* residents')
        return False  # ('the *ruling* party has called a rally', 'the *governing* coalition': a modifier of its noun)
    return not any(c.dep_ in ("det", "amod", "nmod:poss", "poss") for c in token.children)


# closing quotation marks a cue after its quote stands right behind
_CLOSING_MARKS = {"\u201d", '"', "''", "\u00bb"}


def right_after_quote(token: Token) -> bool:
    """``token`` stands right after a quote that closes with a comma, '!' or '?' ('"...," opined the Courier.'): a
    verb form there is an inverted cue, whatever the tagger made of it."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text in _CLOSING_MARKS and doc[token.i - 2].text in (",", "!", "?")


# words a speaker's noun phrase between a quote and its cue may hold ('the party chairman', 'Ms. Ruiz', 'the former
# U.S. envoy'); a possessive, a verb or a clause mark ends the search
_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}


def subject_after_quote(token: Token) -> Token | None:
    """'"...," the senator joked about the weather.': an inflected cue form the tagger read as a noun or an adjective,
    right after a short noun phrase that itself follows a quote closing with a comma, '!' or '?'; the noun phrase's
    last word (its head), or None."""
    doc = token.doc
    k = token.i - 1
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("ing"):
        return None  # (a plural noun is a noun: '"Lock him up," the crowd chants grew louder')
    while k >= 0 and token.i - k <= 6 and (doc[k].pos_ in _PHRASE_POS or doc[k].text in (".", "-")
                                         and k > 0 and doc[k - 1].pos_ == "PROPN"):
        if right_after_quote(doc[k]):
            return doc[token.i - 1]
        k -= 1
    return None


def _subject_compound(token: Token) -> Token | None:
    """'The lawsuit contends that ...', 'The report argues that ...': a cue in -s the tagger read as a plural noun,
    with its subject as a compound right before it and a complementiser 'that' right after it (not the relative
    'that' of 'the claims that were filed'); the subject, or None."""
    doc = token.doc
    if not token.lower_.endswith("s") or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "that" \
            or doc[token.i + 1].dep_ != "mark":
        return None
    return next((c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1
                 and c.pos_ in ("NOUN", "PROPN")), None)


_PUT_FORMS = {"put", "puts"}
_GO_ON_FORMS = {"went", "goes"}  # with 'on' after them and the clause ending there
_GO_ON_ENDS = {".", ",", ":", ";", "\"", "\u201c", "\u201d", "''", "``"}
_BACK_FORMS = {"shot", "shoots", "fired", "fires", "hit", "hits"}  # with 'back' after them
_PUT_PARTICLES = {"off", "on", "down", "away", "back", "up", "out", "together", "forward", "aside", "through",
                  "into", "to", "onto", "there", "here"}


def as_of_put(token: Token) -> Token | None:
    """The 'as' opening the clause of a 'put' that :func:`as_put_it` accepts, or None."""
    if not as_put_it(token):
        return None
    return next(token.doc[k] for k in range(token.i - 1, -1, -1) if token.doc[k].lower_ == "as")


def as_put_it(token: Token) -> bool:
    """'put' in 'as X put it' / 'as X puts it': a cue whose clause is the sentence around it ('As Holm puts it, the
    party has lost its way'; '"...," as the senator put it'). 'As' opens the clause at most six words before 'put',
    and 'it' follows it."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "it" or token.i < 2:
        return False
    if token.i + 2 < len(doc) and doc[token.i + 2].lower_ in _PUT_PARTICLES \
            and not _put_it_phrase(doc, token.i + 2):
        return False  # 'just as the crew put it off': another verb ('as one farmer put it to me' still speaks)
    # 'As' opens the clause, its subject perhaps with an apposition between commas ('As Ana Ruiz, a professor of law,
    # put it, ...'): no mark ending a clause, and at most one pair of commas, on the way
    commas = 0
    for k in range(token.i - 1, max(-1, token.i - 30), -1):
        t = doc[k]
        if t.text == ",":
            commas += 1
            if commas > 2 or commas == 1 and not _apposition_before(doc, k):
                return False
            continue
        if t.is_space or t.text in (".", ";", ":", "!", "?", "(", ")") or t.pos_ == "VERB" and t.tag_ != "VBN":
            return False
        if t.lower_ == "as":
            return k <= token.i - 2 and (commas == 0 or commas == 2 and k < token.i - 3) and (
                commas == 2 or token.i - k <= 7)
    return False


# what a phrase after 'put it' may name when 'put it' is speech: a time, a hearer, a written or spoken thing
_PUT_IT_NOUNS = {"memo", "interview", "statement", "speech", "post", "tweet", "letter", "email", "column", "book",
                 "remarks", "words", "op-ed", "essay", "blog", "podcast", "show", "debate", "hearing", "briefing"}


def _put_it_phrase(doc, k: int) -> bool:
    """The phrase opening at ``k`` after 'put it' (up to the next mark, at most eight words, no verb) names a hearer,
    a time or what the words were said in ('put it [to me]', 'put it [on Wednesday in Raleigh]', 'put it [in his memo
    to employees]'), not where a thing was put ('put it [on hold]', 'put it [to a vote]')."""
    words = []
    for t in doc[k : k + 9]:
        if t.is_punct or t.is_space:
            break
        words.append(t)
    else:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    if words[0].lower_ == "to":
        return len(words) > 1 and (words[1].pos_ == "PRON" or words[1].pos_ in ("NOUN", "PROPN") and len(words) <= 3)
    return any(t.lower_ in _PUT_IT_NOUNS or t.ent_type_ in ("DATE", "TIME") or t.like_num or t.lower_ in (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") for t in words[1:])


def _apposition_before(doc, comma: int) -> bool:
    """The comma right before 'put' closes an apposition opened by an earlier comma: a noun phrase between the two
    ('As Ana Ruiz, [a professor of law], put it'), not adjectives ('As the workers, tired and angry, put it ...')."""
    opening = next((j for j in range(comma - 1, max(-1, comma - 25), -1) if doc[j].text == ","), None)
    return opening is not None and any(t.pos_ in ("NOUN", "PROPN") for t in doc[opening + 1 : comma])


_CUE_WORDS: dict[int, tuple[SpeechLexicon, frozenset[str]]] = {}


def cue_words(lex: SpeechLexicon | None = None) -> frozenset[str]:
    """The lower-case words :func:`is_cue_verb` may accept (a cue verb's form, 'put', a verb of 'shot back' or 'went
    on'):
    it is False for every other word."""
    lex = lex or lexicon()
    got = _CUE_WORDS.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_CUE_WORDS) > 8:
            _CUE_WORDS.clear()
        got = _CUE_WORDS[id(lex)] = (lex, frozenset(lex.verb_forms) | _PUT_FORMS | _BACK_FORMS | _GO_ON_FORMS
                                         | MAKE_FORMS)
    return got[1]


def cue_word_positions(doc: Doc, lex: SpeechLexicon | None = None) -> list[int]:
    """Positions of the words of ``doc`` in :func:`cue_words`, in order, read from the article's shared word index
    (``docfacts.positions_of``: no pass over the article)."""
    return positions_of(doc, cue_words(lex))


def _positions(doc: Doc, start: int, end: int, word: str) -> list[int]:
    """Positions of the tokens of ``doc[start:end]`` whose lower-case form is ``word`` (the word's positions in the
    article's shared word index, kept where they fall in the slice: no walk over it)."""
    at = word_positions(doc).get(word)
    if not at:
        return []
    within = range(len(token_columns(doc).lower))[start:end]
    return [i for i in at if i in within]


def _cue_in_frame(frame: list[Token], lex: SpeechLexicon) -> Token | None:
    """The first cue verb among frame tokens."""
    return next((t for t in frame if is_cue_verb(t, lex)), None)


def _according_to(doc: Doc, start: int, end: int) -> list[tuple[int, Token, int]]:
    """(index of 'according', head of its object, end of the phrase) for each 'according to X' in [start, end)."""
    out = []
    for i in _positions(doc, start, end, "according"):
        t = doc[i]
        if t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        # the object: the noun phrase after 'to', up to a comma, a full stop or a finite verb
        lo = hi = t.i + 2
        while hi < len(doc) and not (doc[hi].is_punct and doc[hi].text not in ("-", "'", "\u2019", "&", ".")) \
                and not (doc[hi].pos_ in ("VERB", "AUX") and doc[hi].tag_ not in ("VBN", "VBG")
                         and not (hi > lo and doc[hi].is_title)) and hi - lo < 25:  # 'the United Nations'
            if doc[hi].text == "." and hi + 1 < len(doc) and (doc[hi + 1].is_space or doc[hi + 1].is_title):
                break
            hi += 1
        nouns = [u for u in doc[lo:hi] if u.pos_ in ("PROPN", "NOUN", "PRON")]
        if not nouns:
            continue
        heads = [u for u in nouns if not (lo <= u.head.i < hi) or u.head.i == u.i]
        obj = heads[0] if heads else nouns[0]
        out.append((t.i, _author_of(doc, obj, hi) or obj, hi))
    return out


# what someone writes, says or files, whose author an 'according to' phrase may name ('according to a report from X')
AUTHORED = {"report", "reports", "interview", "interviews", "speech", "statement", "document", "documents", "filing",
            "letter", "email", "emails", "memo", "study", "survey", "analysis", "release", "article", "story", "book",
            "column", "editorial", "complaint", "lawsuit", "remarks", "testimony", "affidavit", "assessment",
            "calculations", "estimates", "projections", "research", "findings", "audio", "video", "videos", "footage",
            "recording", "recordings", "transcript", "transcripts", "conversation", "conversations",
            # posts and messages ('according to a post from X', 'according to a tweet by X')
            "post", "posts", "tweet", "tweets", "message", "messages", "blog", "op-ed", "essay", "note", "notes",
            "letters", "memos", "statements", "newsletter", "notice", "notices"}
# what someone is asked in: 'according to interviews [with] X' names X as who spoke
_WITH_AUTHORED = {"interview", "interviews", "conversation", "conversations"}


def _author_of(doc: Doc, obj: Token, hi: int) -> Token | None:
    """The author an 'according to' phrase names for the document it cites: the object of 'from' or 'by' right after
    it ('a recent report from [X]', 'a court document filed by [X]'), or the subject of the clause on it ('an interview
    [his brother] gave to ITV', 'a speech [Ms. Ruiz] gave'); None for any other phrase."""
    if obj.lower_ not in AUTHORED:
        return None
    for u in doc[obj.i + 1 : hi]:
        if u.lower_ in ("from", "by") or u.lower_ == "with" and obj.lower_ in _WITH_AUTHORED and u.i == obj.i + 1:
            after = [w for w in doc[u.i + 1 : hi] if w.pos_ in ("PROPN", "NOUN") and not (u.i < w.head.i < hi)]
            return after[0] if after else None
        if u.pos_ in ("PROPN", "NOUN", "PRON") and u.dep_ in ("nsubj",) and u.head.i >= hi - 1 \
                and u.head.dep_ in ("acl:relcl", "relcl") and u.head.head.i == obj.i:
            return u
        if u.is_punct or u.pos_ in ("VERB", "AUX") and u.tag_ not in ("VBN",):
            return None
    # the phrase stopped at the verb of a clause on the document ('an interview his brother [gave]'): its subject
    if hi < len(doc) and doc[hi].pos_ == "VERB" and doc[hi].dep_ in ("acl:relcl", "relcl") and doc[hi].head.i == obj.i:
        subj = next((c for c in doc[hi].children if c.dep_ == "nsubj" and obj.i < c.i < hi), None)
        return subj
    return None


BARE_CUE_WORDS = 14  # the most words of a sentence that only says who spoke


# nouns of "in X's words" and "in X's view" (what X said, or what X thinks)
IN_WORDS_NOUNS = ("words",)
IN_VIEW_NOUNS = ("view", "opinion", "estimation", "judgment", "judgement")


def _in_words(doc: Doc, start: int, end: int, nouns: tuple[str, ...] = IN_WORDS_NOUNS + IN_VIEW_NOUNS
              ) -> list[tuple[int, Token]]:
    """(index of 'in', the speaker) for each "in X's (own) words" and "in the words of X" in [start, end), and the
    same with "view" ("in Ruiz's view", "in the view of the mayor"), "opinion", "estimation", "judgment"."""
    out = []
    for i in sorted(k for noun in nouns for k in _positions(doc, start, end, noun)):
        t = doc[i]
        if t.i < 2:
            continue
        k = t.i - 1
        if doc[k].lower_ == "own":
            k -= 1
        if doc[k].tag_ == "POS" or doc[k].lower_ in ("'s", "\u2019s"):  # in Ruiz's words
            owner = doc[k - 1]
            j = k - 1
            while j > start and doc[j - 1].pos_ == "PROPN":
                j -= 1
            if j > 0 and doc[j - 1].lower_ == "in" and owner.pos_ in ("PROPN", "NOUN"):
                out.append((j - 1, owner))
        elif doc[k].lower_ in ("his", "her", "their") and k > 0 and doc[k - 1].lower_ == "in":  # in her words
            out.append((k - 1, doc[k]))
        elif doc[k].lower_ == "the" and k > 0 and doc[k - 1].lower_ == "in" and t.i + 2 < len(doc) \
                and doc[t.i + 1].lower_ == "of" and doc[t.i + 2].pos_ in ("PROPN", "NOUN", "DET"):  # in the words of X
            owner = next((x for x in doc[t.i + 2 : min(len(doc), t.i + 8)] if x.pos_ in ("PROPN", "NOUN")), None)
            if owner is not None:
                while owner.i + 1 < len(doc) and (doc[owner.i + 1].pos_ == "PROPN" and owner.pos_ == "PROPN"
                                                  or doc[owner.i + 1].pos_ in ("NOUN", "PROPN") and owner.dep_ == "compound"):
                    owner = doc[owner.i + 1]  # 'the words of [Maria Lopez]', 'the view of the harbour [master]'

                out.append((k - 1, owner))
    return out


def _bare_cue(sent: list[Token], lex: SpeechLexicon) -> Token | None:
    """A sentence that only says who spoke: 'Smith said.', 'said the minister, speaking in Kyiv.'"""
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > BARE_CUE_WORDS:
        return None
    cue = _cue_in_frame(words, lex)
    if cue is None or lex.lemma(cue) in lex.weak or cue.tag_ == "VBG" and cue.i == words[0].i:
        return None  # (not a participle opening its sentence: 'Asserting her role in the talks, ...' says no one spoke)
    if any(c.dep_ in ("ccomp", "obj", "xcomp", "parataxis") and c.pos_ in ("VERB", "AUX") for c in cue.children):
        return None
    if any(t.lower_ in ("that",) and t.dep_ == "mark" for t in words):
        return None
    return cue


COMPLEMENT_DEPS = {"ccomp"}


_TELL_LIKE = {"tell", "inform", "assure", "warn", "remind", "advise", "promise", "notify", "convince", "persuade"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


_NO_CLAUSE = {"accuse", "call", "describe", "charge", "ask", "urge", "demand", "speak", "answer", "threaten",
              "quote", "post", "comment", "continue", "counter"}

