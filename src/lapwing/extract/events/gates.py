"""Precision gates that do not depend on the pattern: off-topic sentences and articles (sport,
markets, weather...), history (an old year on the event's clause), subordinate clauses and inverted
conditionals ("Should the talks fail, ...").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as _date
from itertools import compress
from operator import or_

from spacy.tokens import Span, Token

from lapwing.extract.docfacts import doc_text, sentence_bounds, token_columns, word_columns
from lapwing.extract.events.topics import trade_measure_sentence, work_setting
from lapwing.extract.events.lexicon_loader import form_index, phrasal_particles
from lapwing.extract.events.syntax import _YEAR, PERSONISH, _cases, _words, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.token_index import lemma_words

#: texts that may voice a statement ("the report called for sanctions") but intend nothing themselves
DOCUMENT_NOUNS = {"resolution", "bill", "law", "legislation", "report", "draft", "measure", "decree", "document",
                  "agreement", "deal", "treaty", "accord", "pact", "motion", "amendment", "budget", "study", "survey", "memo",
                  "communique", "declaration", "charter", "text"}
NONPOLITICAL_HINT = {"company", "firm", "bank", "club", "team", "brand", "shop", "store", "retailer",
                     "manufacturer", "carmaker", "airline", "startup", "investor", "analyst"}

#: actor) gets no events ("Riverside's midfield overran the ten men")
ARTICLE_OFFTOPIC = ("sport", "markets", "weather")
#: a cue in at least this many distinct words and this share of the sentences marks the article
ARTICLE_OFFTOPIC_MIN_CUES = 5
ARTICLE_OFFTOPIC_MIN_SHARE = 0.3


def _phrase_places(text: str, phrases: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[str, list[int]]]] | None:
    """Per topic, each of its phrases found in ``text.lower()`` with every place it starts at (overlapping
    ones too), in order; phrases found nowhere are left out. None when a part's lower case could differ from
    the part of the text's lower case (a character whose lower case is longer, a capital sigma), or for an
    empty phrase: then each part is lower-cased and searched on its own."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text or any(not ph for v in phrases.values() for ph in v):
        return None
    out: dict[str, list[tuple[str, list[int]]]] = {}
    for name, phs in phrases.items():
        found = []
        for ph in phs:
            at: list[int] = []
            k = low.find(ph)
            while k >= 0:
                at.append(k)
                k = low.find(ph, k + 1)
            if at:
                found.append((ph, at))
        out[name] = found
    return out


class GatesMixin:
    """Coder methods that veto whole sentences or clauses."""

    def _ref_year(self) -> int:
        pub = getattr(self.ctx.article, "published", None)
        if pub and re.match(r"^\d{4}", pub):
            self.history_margin = 5
            return int(pub[:4])
        self.history_margin = 20
        return _date.today().year

    def _token_cues(self) -> list[frozenset[str] | None]:
        """Per token of the doc: its off-topic cue words (form and lemma that are cues of some topic),
        or None; worked out once per article for the sentence and the article gates."""
        got = getattr(self, "_cues_of_tokens", None)
        if got is None or got[0] is not self.doc:
            allw = self._offtopic_words()
            # the lower-case forms and lemma_of of every token, from the shared word columns (token_index.py; the
            # repaired copy's forms are the article's, read by the other extractors already); a token with neither
            # among the cue words (almost all) costs two set look-ups at C speed
            lows, lems = word_columns(self.doc).lower, lemma_words(self.doc)
            has = allw.__contains__
            out: list[frozenset[str] | None] = [None] * len(lows)
            for k in compress(range(len(lows)), map(or_, map(has, lows), map(has, lems))):
                out[k] = frozenset(w for w in (lows[k], lems[k]) if w in allw)
            got = self._cues_of_tokens = (self.doc, out)
        return got[1]

    def offtopic(self, sent: Span) -> tuple[int, str | None]:
        """(number of off-topic cues, topic) of the topic with most cues. An unambiguous cue counts
        by its distinct forms and lemmas ("investors" + "investor": 2); an ambiguous one (``~word`` in
        the file: "product", "rally", "goal") counts once per word, and only next to another cue of
        its topic."""
        cues = self._token_cues()
        words_of = [(i, cues[i]) for i in range(sent.start, sent.end) if cues[i] is not None]
        found = self._offtopic_phrases_in(sent.start_char, sent.end_char)
        if not words_of and not any(found.values()):
            return 0, None
        # history cues inside a relative clause date its noun, not the sentence: "granted asylum to
        # rebels who entered the country two years ago"
        side_idx: set[int] | None = None
        best, topic = 0, None
        weak_all = getattr(self.lex, "offtopic_weak", {})
        for name, words in self.lex.offtopic.items():
            history = name == "history"
            if history and side_idx is None:  # (none needed in a sentence with no history cue: it finds none)
                side_idx = {x.i for t in sent if t.dep_ in ("acl:relcl", "relcl") for x in t.subtree} if found.get(name) or any(
                    not ws.isdisjoint(words) for _i, ws in words_of) else set()
            weak = weak_all.get(name, frozenset())
            hits = [h for i, ws in words_of if not (history and i in side_idx) and (h := ws & words)]
            if not hits and not found.get(name):
                continue  # (no cue of the topic here: it counts 0, and its vetoes below need no walk of the sentence)
            if name == "sport" and self._police_doer(sent):
                continue  # "fans were rounded up by the police after the match": news of policing, not of the game
            if name == "product" and trade_measure_sentence(sent):
                continue  # (rf64) "duties on Chinese-made electric vehicles": goods a trade measure falls on
            strong = len(set().union(*(h - weak for h in hits))) + (name == "culture" and work_setting(sent, [i for i, ws in words_of if ws & words]))  # "In the film, ..."
            n_weak = len({min(h) for h in hits if not h - weak})  # "products" is one cue, not two
            for ph, k in found.get(name, ()):
                if history and side_idx:
                    tok = sent.char_span(k, k + len(ph), alignment_mode="expand")  # offsets within the sentence
                    if tok is not None and len(tok) and all(x.i in side_idx for x in tok):
                        continue
                strong += 2
            n = strong + (n_weak if strong or n_weak > 1 else 0)
            if n > best:
                best, topic = n, name
        return best, topic

    def _police_doer(self, sent: Span) -> bool:
        """The sentence's subject or by-agent is a police word (``@lx_police``): "police arrested two fans after the
        cricket match", "twelve youths were rounded up by the Kotwali police after a match"."""
        police = self.lex.sets.get("@lx_police", frozenset())
        return any(t.dep_ in ("nsubj", "obl:agent") and lemma_of(t) in police for t in sent)

    def _offtopic_phrases_in(self, s: int, e: int) -> dict[str, list[tuple[str, int]]]:
        """Per topic, its phrases found in the lower-cased text from character s to e, each with where it is
        first found there: ``text[s:e].lower().find(phrase)``. Each phrase is looked for once in the
        whole lower-cased article (``_phrase_places``), not once per sentence."""
        text = doc_text(self.ctx.doc)
        got = getattr(self, "_phrase_places", None)
        if got is None or got[0] is not text:
            got = self._phrase_places = (text, _phrase_places(text, self.lex.offtopic_phrases))
        places = got[1]
        if places is None:  # (a text whose lower case is not the lower case of its parts: each part's own)
            low = text[s:e].lower()
            return {name: [(ph, k) for ph in phrases if (k := low.find(ph)) >= 0]
                    for name, phrases in self.lex.offtopic_phrases.items()}
        out: dict[str, list[tuple[str, int]]] = {}
        for name, phrases in places.items():
            hits = []
            for ph, at in phrases:  # (only the phrases found somewhere in the article)
                k = bisect_left(at, s)  # the first place at or after s: if it does not end by e, none does
                if k < len(at) and at[k] + len(ph) <= e:
                    hits.append((ph, at[k] - s))
            out[name] = hits
        return out

    def _offtopic_words(self) -> frozenset[str]:
        """Every off-topic cue word of every topic (tokens without one need no further look)."""
        got = getattr(self, "_offtopic_all", None)
        if got is None:
            got = self._offtopic_all = frozenset().union(*self.lex.offtopic.values())
        return got

    def _article_topic(self) -> str | None:
        """The article as a whole is about sport, markets or weather: its cue words are many
        (distinct) and spread over the sentences. Single sentences never qualify."""
        sents = sentence_bounds(self.ctx.doc)
        if len(sents) < 3:
            return None
        best, best_n = None, 0
        cues_of = self._token_cues()
        if not self._topic_possible(cues_of):
            return None
        cols = token_columns(self.ctx.doc)
        # each sentence's cue words (forms and lemmas) and phrases (found in its lower-cased text: the
        # article-wide search of ``_offtopic_phrases_in``), once for every topic
        sent_words = [frozenset().union(*(c for c in cues_of[a:b] if c is not None)) for a, b in sents]
        sent_phrases = [self._offtopic_phrases_in(cols.idx[a], cols.idx[b - 1] + len(cols.text[b - 1])) for a, b in sents]
        for name in ARTICLE_OFFTOPIC:
            words = self.lex.offtopic.get(name, frozenset())
            cues: set[str] = set()
            hit = 0
            for sw, in_sent in zip(sent_words, sent_phrases):
                found = sw & words
                found |= {ph for ph, _k in in_sent.get(name, ())}
                if found:
                    hit += 1
                    cues |= found
            if len(cues) >= ARTICLE_OFFTOPIC_MIN_CUES and hit / len(sents) >= ARTICLE_OFFTOPIC_MIN_SHARE:
                if len(cues) > best_n:
                    best, best_n = name, len(cues)
        return best

    def _topic_possible(self, cues_of: list[frozenset[str] | None]) -> bool:
        """(speed) Could ``_article_topic`` find a topic at all: does some topic of ``ARTICLE_OFFTOPIC`` have at
        least ``ARTICLE_OFFTOPIC_MIN_CUES`` cues among all the article's cue words and the phrases found anywhere
        in its text? Its cues are among those, so with fewer it finds none."""
        words = frozenset().union(*(c for c in cues_of if c is not None))
        text = doc_text(self.ctx.doc)
        got = getattr(self, "_phrase_places", None)
        if got is None or got[0] is not text:
            got = self._phrase_places = (text, _phrase_places(text, self.lex.offtopic_phrases))
        if got[1] is None:
            return True  # (each sentence's phrases are searched on their own: no bound from here)
        for name in ARTICLE_OFFTOPIC:
            n = len(words & self.lex.offtopic.get(name, frozenset())) + len(got[1].get(name, ()))
            if n >= ARTICLE_OFFTOPIC_MIN_CUES:
                return True
        return False

    def old_year(self, anchor: Token) -> bool:
        """An explicit year well before publication attached to the event's clause: history.

        "Well before" is 5 years when the article has a publication date, 20 when it has none
        (the reference is then today's date, and the text may itself be old). "since 2018" is not
        history: the year must not be introduced by since/until/through."""
        h = anchor.head
        if h.i != anchor.i and h.pos_ == "VERB" and (anchor.pos_ in ("NOUN", "PROPN") or anchor.tag_ == "VBG") \
                and anchor.dep_ in ("nsubj", "nsubj:pass", "obl", "obj") and self.old_year(h):
            # "killed in a fake *encounter* by policemen in 2009", "where police *firing* killed seven in
            # 2007": the event noun is dated by the clause it stands in
            return True
        if anchor.tag_ == "VBG" and anchor.dep_ in ("advcl", "xcomp") and h.i < anchor.i and h.pos_ == "VERB" \
                and self.old_year(h):
            # "In 2010, police fired on the crowd, *killing* three": the participle shares its verb's time
            return True
        years, eras, bcad = self._time_marks()
        if self._background_perfect(anchor, years):
            return True
        if bcad:
            sent = anchor.sent
            for i in bcad:
                if sent.start < i < sent.end and anchor.doc[i - 1].like_num:
                    return True
        h = anchor.head
        if anchor.dep_ in ("acl:relcl", "acl") and _YEAR.match(h.text) and int(h.text[:4]) < self.ref_year - self.history_margin:
            return True  # "in 2011, which ...": the clause hangs on the year
        if anchor.dep_ in ("acl:relcl", "relcl") and self.history_margin <= 5 and h.pos_ in ("NOUN", "PROPN") and any(
                c.dep_.startswith("obl") and _YEAR.match(c.text) and int(c.text[:4]) < self.ref_year for c in children_of(anchor)):
            return True  # "a trader *who was arrested in 2022*" (a story of 2024): what the clause tells of its noun
        le = anchor.left_edge
        while le.is_punct and le.i < anchor.i:
            le = le.doc[le.i + 1]
        if le.lower_ == "when" and le.i >= 2 and le.doc[le.i - 1].text == "," and _YEAR.match(le.doc[le.i - 2].text) \
                and int(le.doc[le.i - 2].text[:4]) < self.ref_year - self.history_margin:
            return True  # "since 2015, when the army sent troops into the border province": the clause is set in 2015
        if _weekday_on_clause(anchor):
            return False  # "a court *on saturday* sentenced him ... for a murder in 2019": the day dates the act
        lo, hi = anchor.left_edge.i, anchor.right_edge.i
        if not any(lo <= i <= hi for i in years):  # no year in the clause: only an era can date it
            return any(lo <= i <= hi for i in eras) and _past_era(anchor)
        for c in anchor.subtree:
            if _YEAR.match(c.text) and c.i != anchor.i:
                y = int(c.text[:4])
                if {g.lower_ for g in children_of(c)} & {"since", "until", "till", "through", "from"}:
                    continue
                if c.head.dep_.startswith(("obl", "nmod")) and _cases(c.head) & {"since", "until"}:
                    continue
                if y < self.ref_year - self.history_margin:
                    # attached near the anchor (its own modifier or a modifier's modifier)
                    h, hops = c, 0
                    while h.i != anchor.i and h.head.i != h.i and hops < 3:
                        h = h.head
                        hops += 1
                    if h.i == anchor.i and (c.head.i == anchor.i or c.head.dep_ not in ("acl", "acl:relcl", "advcl")):
                        if not any(a.dep_ in ("acl", "acl:relcl", "advcl", "ccomp", "xcomp")
                                   for a in c.ancestors if a.i != anchor.i and anchor in a.ancestors):
                            return True
        return any(lo <= i <= hi for i in eras) and _past_era(anchor)

    def _background_perfect(self, anchor: Token, years: list[int]) -> bool:
        """A past perfect set at an earlier time of its own: "in 2021, police *had lathi-charged* farmers
        here", "police *had arrested* eleven people *at the time*". The pluperfect puts the act before the
        story's time, and an explicit year before the publication year (any year: the margin of
        ``old_year`` is for the simple past) or "at the time" says it is the background, not the news."""
        if anchor.dep_ in ("advcl", "xcomp", "conj") and anchor.tag_ == "VBG" and anchor.head.i < anchor.i:
            anchor = anchor.head  # "..., *injuring* several": the participle shares its verb's time
        if anchor.pos_ != "VERB" or not any(c.dep_ in ("aux", "aux:pass") and c.lower_ in ("had", "'d", "’d")
                                            for c in children_of(anchor)):
            return False
        sent = anchor.sent
        lo, hi = sent.start, sent.end
        for i in years:
            if lo <= i < hi:
                y = anchor.doc[i]
                if int(y.text[:4]) < self.ref_year and not (
                        {g.lower_ for g in children_of(y)} & {"since", "until", "till", "through", "from"}):
                    return True
        words = [t.lower_ for t in anchor.subtree]
        return any(words[k:k + 3] == ["at", "the", "time"] for k in range(len(words) - 2))

    def _time_marks(self) -> tuple[list[int], list[int], list[int]]:
        """Token indices of the doc's year numbers, era words ("war", "rule", "holocaust"...) and
        BC / AD marks, read once per doc from the token columns."""
        got = getattr(self, "_time_marks_cache", None)
        if got is None or got[0] is not self.doc:
            cols = token_columns(self.ctx.doc)
            # (a clock time is no year: "detonated around 3:00 p.m. (*1200* GMT)", "at 7:30 p.m. (GMT *1630*)")
            years = [i for i, x in enumerate(cols.text) if x[:1].isdigit() and _YEAR.match(x)
                     and not (i + 1 < len(cols.text) and cols.text[i + 1] in _CLOCK_ZONES)
                     and not (i >= 1 and cols.text[i - 1] in _ZONES_BEFORE)]
            # (most articles have neither: a set's look over the column says so without a loop)
            eras = [] if _ERA_WORDS.isdisjoint(cols.lower) else [i for i, x in enumerate(cols.lower) if x in _ERA_WORDS]
            bcad = [] if _BCAD.isdisjoint(cols.text) else [
                i for i, x in enumerate(cols.text) if x in ("BC", "B.C.", "BCE", "AD", "A.D.") and i > 0]
            got = self._time_marks_cache = (self.doc, (years, eras, bcad))
        return got[1]


#: eras that make an event history whatever the publication date ("murdered Polish officers during
#: World War Two", "troops fought there in the Cold War", "crimes committed under colonial rule")
_ERAS = (("world", "war"), ("cold", "war"), ("colonial", "rule"), ("colonial", "era"), ("colonial", "times"))
_ERA_WORDS = frozenset({b for _a, b in _ERAS} | {"holocaust"})
_BCAD = frozenset({"BC", "B.C.", "BCE", "AD", "A.D."})
#: the words after a four-digit clock time in wire copy ("1200 GMT", "0930 local time")
_CLOCK_ZONES = frozenset({"GMT", "UTC", "GMT.", "UTC.", "local", "hrs", "hours", "EST", "EDT", "BST", "CET", "CEST"})
#: the zones wire copy also writes before a four-digit clock time ("(GMT 1630)")
_ZONES_BEFORE = frozenset({"GMT", "UTC", "EST", "EDT", "BST", "CET", "CEST"})


def _past_era(anchor: Token) -> bool:
    """The event's clause is set in a named past era, in a phrase of its own ("during / in / under ...")."""
    for c in anchor.subtree:
        if c.i == anchor.i or c.i == 0:
            continue
        pair = (c.doc[c.i - 1].lower_, c.lower_)
        if pair in _ERAS or c.lower_ == "holocaust":
            h = c
            while h.head.i != h.i and h.head.i != anchor.i and h.dep_ in ("compound", "amod", "flat", "nummod"):
                h = h.head
            if not (_cases(h) & {"during", "in", "under", "after", "before"}):
                continue
            # the era phrase hangs on the event's own clause, through noun phrases only (not through a
            # clause of its own: "demanded an admission that forces murdered officers during the war")
            a, hops = h, 0
            while a.head.i != anchor.i and hops < 3 and a.dep_.split(":")[0] in ("obl", "nmod", "obj", "appos"):
                a, hops = a.head, hops + 1
            if a.head.i == anchor.i and a.dep_.split(":")[0] in ("obl", "nmod", "obj", "appos"):
                return True
    return False


def _subordinate(anchor: Token) -> bool:
    """The anchor sits in an adverbial or relative clause ("..., after troops fired on protesters")."""
    t, n = anchor, 0
    while t.head.i != t.i and n < 8:
        if t.dep_ in ("advcl", "acl", "acl:relcl"):
            return True
        if t.dep_ in ("ccomp", "parataxis"):
            return False
        t = t.head
        n += 1
    return False


def _inverted_conditional(sent: Span, anchor: Token) -> bool:
    """"Should the talks fail, ...", "Were X to attack, ...": the first clause is a condition."""
    first = sent[0]
    if first.lower_ not in ("should", "were", "had") or sent.text.rstrip().endswith("?"):
        return False
    for t in sent:
        if t.text == ",":
            return anchor.i < t.i
    return False


#: causes of death and injury that are no one's act: "killed in a factory fire", "died in the stampede"
ACCIDENT_NOUNS = {
    "fire", "blaze", "inferno", "accident", "crash", "collision", "flood", "flooding", "earthquake", "quake",
    "landslide", "landslip", "mudslide", "stampede", "storm", "cyclone", "hurricane", "typhoon", "tornado",
    "avalanche", "collapse", "derailment", "fall", "outbreak", "epidemic", "heatwave", "drowning",
    "mishap", "tragedy", "disaster", "eruption", "tsunami", "lightning", "heat",
}


def accident_cause(t: Token) -> Token | None:
    """The "in/during/after" phrase of a violent verb names an accident or a disaster, not an attack
    ("ten workers were killed in a factory fire", "two fans died in a stampede")."""
    for cs, h in _prep_args(t):
        if cs & {"in", "during", "after", "by"} and h.pos_ in ("NOUN", "PROPN") and _words(h) & ACCIDENT_NOUNS:
            if any(_words(x) & PERSONISH for x in h.subtree if x.i != h.i):
                continue  # "in police fire", "a fire started by militants": someone's act
            return h
    for v in (t, *(c for c in children_of(t) if c.dep_ == "conj")):
        for c in children_of(v):  # "five people were killed *when a bus overturned*": an accident's verb
            if c.dep_ == "advcl" and c.i > v.i and lemma_of(c) in _ACCIDENT_VERBS and any(
                    m.lower_ in ("when", "as", "after") for m in children_of(c) if m.dep_ in ("mark", "advmod")):
                return c
            if c.dep_.startswith("obl") and "when" in _cases(c) and any(
                    x.dep_ == "acl" and lemma_of(x) in _ACCIDENT_VERBS for x in children_of(c)):
                return c  # the same, parsed "[when a tunnel] [collapsed]"
    return None


#: verbs of an accident in a "when" clause of a death ("killed when a bus *overturned*")
_ACCIDENT_VERBS = frozenset({"overturn", "collapse", "capsize", "derail", "plunge", "skid", "topple", "collide", "drown",
                             "erupt", "flood", "cave"})  # not "hit", "crash", "burn": a bomb hits, a plane is downed


#: arrest-like codes (173 arrest / detain / charge, 174 expel or deport individuals) whose doer police
#: news often leaves unnamed: "the accused was taken into custody", "arrests were made"
#: verbs that say arrest and nothing else: their patient is a person even as a pronoun or a bare number
_PLAIN_ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "nab", "handcuff", "take", "round", "hold",
                                 "send", "remand", "haul", "bundle",  # ("he was sent to judicial custody")
                                 "catch",  # (its 173 frames: "they were caught after a chase", "caught red-handed")
                                 "capture"})  # (round 41: "he was captured in Kenya", not "captured on camera")
_PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "who", "whom"})
_GROUP_QUANTIFIERS = frozenset({"all", "both", "several", "many", "some", "dozens", "hundreds", "scores", "others",
                                "another", "rest", "second", "third", "fourth", "fifth", "last", "latter", "former"})
ARREST_CODES = ("173", "174", "0841")  # arrests, and releases ("the journalist was freed")
_ARREST_NOUNS = {"arrest", "detention", "custody"}
_NOT_CUSTODY = {"investigation", "probe", "inquiry", "surveillance", "scrutiny", "review", "observation",
                "camera", "video", "film", "tape", "footage", "cctv", "photo", "photograph", "lens"}  # (round 41: recorded)
#: released *from* these is no release from captivity ("was released from hospital")
_NOT_CAPTIVITY = {"hospital", "clinic", "care", "treatment", "quarantine", "isolation", "contract", "team", "club",
                  "duty", "obligation", "squad", "label", "service"}


def law_enforcement_arrest(code: str, doer: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """An arrest (173/174) whose doer is a law-enforcement word with no code is an event too: "agents
    captured five suspects", "detectives arrested two men"."""
    return code.startswith(("173", "174")) and doer is not None and bool(_words(doer) & sets.get("@lx_police", frozenset()))


def unnamed_authority_arrest(code: str, trigger: Token, patient: Token | None, sets: dict[str, frozenset[str]]) -> bool:
    """An arrest (173/174) reported in the passive with no doer named is still an event (source
    null): "the accused was taken into custody", "two suspects were picked up", "three men were
    detained", "arrests were made". Only a passive clause (no by-agent) whose patient is a suspect
    or person noun ("suspect", "accused", "man", "protesters"), or the arrest noun itself ("arrests
    were made"). The violence gate, which wants a coded victim or an armed doer, lets these through."""
    if not code.startswith(ARREST_CODES):
        return False
    deps = {c.dep_ for c in children_of(trigger)}
    shared = None  # "the accused was produced in court *and sent* to judicial custody": the first verb's passive
    if trigger.dep_ == "conj" and not deps & {"nsubj", "nsubj:pass", "aux", "aux:pass"} \
            and any(c.dep_ in ("aux:pass", "auxpass") for c in children_of(trigger.head)):
        deps |= {"aux:pass"}
        shared = next((c for c in children_of(trigger.head) if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
    if trigger.lemma_.lower() in ("die", "perish") and any(
            c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in children_of(trigger)):
        return True  # "a daily wager ... died in custody": held by authorities the text need not name
    if not deps & {"aux:pass", "nsubj:pass", "nsubjpass", "auxpass"} and not (
            trigger.tag_ == "VBN" and trigger.dep_ in ("acl", "amod")):
        return False
    if any(c.dep_ in ("obl:agent", "agent") for c in children_of(trigger)) or any(
            c.dep_.startswith("obl") and any(g.lower_ == "by" for g in children_of(c)) for c in children_of(trigger)):
        return False
    prts = {c.lower_ for c in children_of(trigger) if c.dep_ == "compound:prt"}
    lems = {trigger.lemma_.lower(), form_index().get(("V", trigger.lower_), "")}
    if prts and not any(prts <= phrasal_particles().get(lem, frozenset()) for lem in lems):
        return False  # "held up in traffic", "held back": the particle is no arrest trigger's
    if any(c.dep_.startswith("obl") and _words(c) & _NOT_CUSTODY for c in children_of(trigger)) or any(
            c.dep_.startswith("obl") and "from" in _cases(c) and _words(c) & _NOT_CAPTIVITY for c in children_of(trigger)):
        return False  # "put under investigation": a judicial step whose doer the text should name
    people = sets.get("@lx_suspect", frozenset()) | sets.get("@lx_person", frozenset())
    subj = next((c for c in children_of(trigger) if c.dep_ in ("nsubj:pass", "nsubjpass")), shared)
    cands = [t for t in (patient, subj) if t is not None]
    cands += [n for t in cands for n in children_of(t) if n.dep_ == "nmod" and _cases(n) & {"of"}]  # "dozens of protesters"
    for t in cands:
        if t is not None and any(d.lower_ == "no" for d in children_of(t)):
            return False  # "no arrests were made"
        if t is not None and (_words(t) & people or _words(t) & _ARREST_NOUNS):
            return True
        if t is not None and lems & _PLAIN_ARREST_VERBS and (
                t.lower_ in _PERSON_PRONOUNS or t.pos_ == "NUM" or t.lower_ in _GROUP_QUANTIFIERS
                or (t.pos_ == "NOUN" and t.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(t)))):
            # "he had been detained", "the three were arrested", "all of them were taken into custody",
            # "two others were held", "40 riders were arrested" (people counted)
            return True
        if t is not None and t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or t.is_title) and t.ent_type_ not in (
                "GPE", "LOC", "ORG", "NORP", "FAC"):
            return True  # a named person: "Ingabire was arrested for ..."
    return False


#: a day of the story's own week ("on Saturday"), which dates a verb's act as news whatever older year its clause
#: also names (session 33, rf63)
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})


def _weekday_on_clause(anchor: Token) -> bool:
    """A bare weekday (or "yesterday") on the event verb itself or on its subject ("a special court *on saturday*
    sentenced ...", parsed as the subject's modifier): the act is this week's news, and a year elsewhere in the clause
    ("for the murder of a farmer in 2019") belongs to a background phrase. Not "on a Saturday in 2009" (a determiner
    or a year on the day) and not a participle or a noun (only verbs)."""
    if anchor.pos_ not in ("VERB", "AUX"):
        return False
    heads = [anchor] + [c for c in children_of(anchor) if c.dep_ in ("nsubj", "nsubj:pass")]
    for h in heads:
        for c in children_of(h):
            if c.lower_ not in _WEEKDAYS or c.dep_ not in ("obl", "obl:tmod", "nmod", "nmod:tmod", "npadvmod", "obl:npmod"):
                continue
            if any(g.dep_ == "det" or _YEAR.match(g.text) for g in children_of(c)):
                continue
            return True
    return False

