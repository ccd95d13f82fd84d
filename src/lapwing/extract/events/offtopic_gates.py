"""The off-topic gates of the coder: a sentence or a whole article about sport, markets, weather, products or
history by its cue words (``lexicons`` off-topic lists), with the topic vetoes (a police doer at a match, a trade
measure on product words). Split out of ``gates.py`` (session 34, round gs69).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress
from operator import or_

from spacy.tokens import Span

from lapwing.extract.docfacts import doc_text, sentence_bounds, token_columns, word_columns
from lapwing.extract.events.topics import trade_measure_sentence, work_setting
from lapwing.extract.events.syntax import lemma_of
from lapwing.extract.events.token_index import lemma_words

#: an article whose cue words say it is about one of these topics (whatever its actor) gets no events
#: ("Riverside's midfield overran the ten men")
ARTICLE_OFFTOPIC = ("sport", "markets", "weather")
#: a cue in at least this many distinct words and this share of the sentences marks the article
ARTICLE_OFFTOPIC_MIN_CUES = 5
ARTICLE_OFFTOPIC_MIN_SHARE = 0.3


#: doers of real force and weapons whose subject (or by-agent) no venue word makes a game or a show (session 35,
#: round lf70): common nouns only ("the Rebels", "the Raiders" are teams), and not the words sport uses for its own
#: ("attacker", "striker", "guard", "bomber", "shell")
_FORCE_DOERS = frozenset({
    "gunman", "gunmen", "militant", "insurgent", "jihadist", "terrorist", "militia", "militiaman", "militiamen",
    "soldier", "troop", "police", "policeman", "policemen", "riot_police", "assailant", "sniper", "kidnapper",
    "extremist", "guerrilla", "gendarme", "paramilitary", "bomb", "explosive", "grenade", "device", "car_bomb",
    "suicide_bomber", "rebel", "mortar", "airstrike", "warplane", "drone"})


def armed_doer(sent: Span) -> bool:
    """The sentence's subject or by-agent is a doer of force or a weapon, a common noun ("*gunmen* attacked a
    stadium", "*police* raided the film festival", "a *bomb* exploded near the concert hall", "fans were shot by
    *soldiers*"). A gun in a costume drama is told as a work ("In the film, ..."; the caller's check)."""
    for t in sent:
        # (a sentence's first word may be read as a name: "Militants stormed ...")
        if t.dep_ in ("nsubj", "nsubj:pass", "obl:agent") and (t.pos_ == "NOUN" or (t.i == sent.start and t.pos_ == "PROPN")):
            lem = lemma_of(t).lower()
            prev = t.doc[t.i - 1] if t.i > sent.start else None
            if lem in _FORCE_DOERS or t.lower_ in _FORCE_DOERS or t.lower_.rstrip("s") in _FORCE_DOERS or (
                    prev is not None and prev.dep_ == "compound" and f"{lemma_of(prev)}_{lem}" in _FORCE_DOERS):
                return True
    return False


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


class OfftopicMixin:
    """Coder methods that veto a sentence or the whole article by its off-topic cues."""

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
            if name != "history" and self._police_doer(sent):
                continue  # "fans were rounded up by the police after the match": news of policing, not of the game;
                # (round ri70) so too in a concert or a market story ("was arrested by Thai police after a concert")
            if name in ("sport", "culture") and armed_doer(sent) and not (
                    name == "culture" and work_setting(sent, [i for i, ws in words_of if ws & words])):
                continue  # "gunmen attacked the stadium", "police raided a film festival": force at a venue (lf70)
            if name in ("product", "markets") and trade_measure_sentence(sent):  # (ri70: "oil rose after X imposed sanctions")
                continue  # (rf64) "duties on Chinese-made electric vehicles": goods a trade measure falls on
            strong = len(set().union(*(h - weak for h in hits))) + (
                name == "culture" and work_setting(sent, [i for i, ws in words_of if ws & words]))  # "In the film, ..." (sc69)
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
