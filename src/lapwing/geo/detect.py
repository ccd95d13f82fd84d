"""Finding place names in a parsed document.

Three sources, merged without overlaps (longest first):

1. the NER model's place labels (``GPE``, ``LOC``, ``FAC`` or ``LOCATION``; whatever the
   loaded model has);
2. gazetteer look-up of capitalised token sequences (longest match first), with
   guards against the usual false places: person names (NER ``PERSON`` spans,
   titles, surnames seen in a longer name elsewhere in the article), months and
   weekdays, common words at the start of a sentence, demonyms (never places),
   obscure villages that are not introduced as places ("in", "at", "near" ...);
3. patterns that introduce a place even when no gazetteer knows it:
   "the Aziziyah district", "the town of Bakwa".

Also the dateline ("CARACAS, April 30 (Reuters) -") and qualifiers
("Alexandria, La.", "Paris, Texas"). The word lists, those patterns and the checks on one span are
in :mod:`lapwing.geo.detect_rules`; this module holds the :class:`Detector` that walks a document.
"""

from __future__ import annotations

import weakref
from itertools import compress, islice

from spacy.tokens import Doc, Span

from lapwing.extract.docfacts import positions_of, token_columns
from lapwing.geo.detect_match import _KEYS, _LongestMatch, _span_key  # noqa: F401 - _KEYS, _span_key re-exported
from lapwing.geo.detect_rules import (  # noqa: F401 - some are re-exported for other modules
    ARABIC_ARTICLES,
    area_cues,
    CONNECTORS,
    Detected,
    DIRECT_CUES,
    find_dateline,
    _is_cap,
    _cap_text,
    is_common_word,
    LOCATIVE_PREPS,
    MAX_TOKENS,
    MONTHS,
    NAME_JOINERS,
    names_institution,
    saint_institution_end,
    saint_parish_end,
    SAINT_WORDS,
    not_a_place_context,
    NOT_PLACE_LABELS,
    OF_HEADS,
    ORG_HEADS,
    ORG_LABELS,
    PERSON_LABELS,
    PERSON_VERBS,
    PLACE_HEADS,
    PLACE_LABELS,
    PLACE_VERBS,
    _qualifier_after,
    _qualifier_re,
    _run_breaker,
    _breaks_run,
    _span_mention,
    STOP_WORDS,
    STREET_WORDS,
    _strength,
    TITLES,
    WEEKDAYS,
)
from lapwing.geo.gazetteer import Gazetteer, demonyms, norm
from lapwing.geo.precision import division_word
from lapwing.geo.resolve import INSTITUTION_WORDS, Mention, candidates, strip_possessive


#: Lower-case words that end no place name: the NER model sometimes takes one into a span ("Kerala and").
_TRAILING_FUNCTION_WORDS = frozenset("and or of in on at to from for with by".split())

#: :data:`PLACE_HEADS` as a set, and with "of": the words :meth:`Detector._patterns` starts from
_PLACE_HEADS = frozenset(PLACE_HEADS)
_PATTERN_WORDS = _PLACE_HEADS | {"of"}


class Detector(_LongestMatch):
    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz
        self._extra_first = {k.split(" ")[0] for k in gaz._extra}
        self._demonyms = demonyms()
        self._title_words: dict[str, bool] = {}
        self._doc_ref: weakref.ref[Doc] | None = None
        #: (the document, {(i, run_end): (a landmark may start at i, the horizon), (i, run_end, top):
        #: _longest_from(...)}), see :meth:`_longest_match`
        self._lm_memo: tuple[weakref.ref[Doc] | None, dict] = (None, {})
        self._person_bounds: list[tuple[int, int]] = []  # (start, end) of the PERSON entities, set by detect()

    # -- helpers ------------------------------------------------------------
    def _known(self, key: str) -> bool:
        return bool(key) and self.gaz.has_key(key)

    def _person_surnames(self, doc: Doc, person_spans: list[Span],
                         runs: list[tuple[int, int]] | None = None) -> set[str]:
        """Tokens that are surnames in this article: last word of person names seen here."""
        out: set[str] = set()
        self._columns(doc)
        words, cap, alpha, title = self._words, self._cap, self._alpha, self._title
        for sp in person_spans:
            toks = [k for k in range(sp.start, sp.end) if cap[k]]
            if len(toks) >= 2:
                out.add(norm(words[toks[-1]]))
                out.add(norm(words[toks[0]]))
        # Full names without NER: "Chiquita Raquel Henry, 19," -> Henry is a surname in this article
        for rs, re_ in (runs if runs is not None else self._runs(doc)):
            if not 2 <= re_ - rs <= 4 or not all(alpha[k] and title[k] for k in range(rs, re_)):
                continue
            names = [norm(words[k]) for k in range(rs, re_)]
            if any(w in STOP_WORDS or w in TITLES or w in ORG_HEADS for w in names):
                continue
            if self._known(norm(self._span_text(rs, re_))) or self._known(" ".join(names[:-1])):
                continue
            if _strength(self.gaz, words[rs])[0] >= 5.5:
                continue
            out.add(names[-1])
        # Title + Name ("President Maduro", "Gov. Perry"), First Last with a title before
        n = len(words)
        is_title = self._is_title_word
        for i in compress(range(n - 1), islice(cap, 1, None)):  # (the words before a capitalised word)
            if is_title(words[i]):
                j = i + 1
                while j < n and cap[j] and j - i <= 3:
                    j += 1
                out.add(norm(words[j - 1]))
        return out

    def detect(self, doc: Doc) -> Detected:
        self._doc_ref = None
        self._lm_memo = (None, {})  # (each call starts afresh)
        self._columns(doc)  # per-token values read many times below, as lists
        low, cap = self._low, self._cap
        self._ents = list(doc.ents)
        self._person_bounds = [(e.start, e.end) for e in self._ents if e.label_ in PERSON_LABELS]  # (for _accept)
        taken = [False] * len(doc)
        mentions: list[Mention] = []

        dateline, dl_region = find_dateline(doc, self.gaz, self._text)
        if dateline is not None:
            mentions.append(dateline)
            for i in range(dateline.tok_start, dateline.tok_end):
                taken[i] = True
            if dl_region is not None and self._known(norm(dl_region.text)):
                mentions.append(dl_region)
                for i in range(dl_region.tok_start, dl_region.tok_end):
                    taken[i] = True

        ents = self._ents
        person_spans = [e for e in ents if e.label_ in PERSON_LABELS]
        blocked_weak = [False] * len(doc)  # tokens inside PERSON/ORG/NORP... entities
        for e in ents:
            if e.label_ in PERSON_LABELS or e.label_ in ORG_LABELS or e.label_ in NOT_PLACE_LABELS:
                for i in range(e.start, e.end):
                    blocked_weak[i] = True
                if e.label_ == "NORP":
                    for i in range(e.start, e.end):
                        taken[i] = True
        # saint-named institutions ("St. Mary's Hospital"): buildings, placed in their town by the resolver
        # (never a town called Saint Mary); before the NER spans, which may take them as unknown places
        for i in positions_of(doc, SAINT_WORDS):  # (their positions from the article's word index: no pass)
            if taken[i]:
                continue
            j = saint_parish_end(doc, i)  # "the San Jose parish church": the parish's saint, even a city's name
            if j is None and self._saint_city(doc, i):
                continue
            j = j if j is not None else saint_institution_end(doc, i)
            if j is not None and not any(taken[k] for k in range(i, j)):
                mentions.append(_span_mention(doc[i:j], "institution"))
                for k in range(i, j):
                    taken[k] = True
        runs = list(self._runs(doc))  # they depend on the doc only: found once
        surnames = self._person_surnames(doc, person_spans, runs)

        # 1. gazetteer scan of capitalised runs: names of several words first ("Gulf of Aden" before
        #    an NER "Aden"), then NER place spans, then one-word names
        votes = self._label_votes(doc, ents)
        for multi in (True, False):
            if not multi:
                self._ner_places(doc, ents, votes, surnames, taken, mentions)
            for run_start, run_end in runs:
                i = run_start
                while i < run_end:
                    if taken[i] or not (cap[i] or self._article_start(doc, i)):
                        i += 1
                        continue
                    found = self._longest_match(doc, i, run_end, taken)
                    if low[i] == "the" and i + 1 < run_end:
                        # "The Gulf of Aden": prefer the match without the article unless "The" belongs to it
                        alt = self._longest_match(doc, i + 1, run_end, taken)
                        if alt is not None and (found is None or alt[0] >= found[0]):
                            i += 1
                            found = alt
                    if found is None or (multi and found[0] - i < 2):
                        i += 1
                        continue
                    j, key, landmark_ext = found
                    if self._accept(doc, i, j, run_start, run_end, key, taken, blocked_weak, surnames,
                                    landmark_ext):
                        mentions.append(_span_mention(doc[i:j], "gazetteer"))
                        for k in range(i, j):
                            taken[k] = True
                        i = j
                    else:
                        i += 1

        # 3. patterns: "the X district", "the town of X"
        mentions.extend(self._patterns(doc, taken, blocked_weak))
        # 4. other institutions and buildings no gazetteer knows ("Mercy General Hospital", "Lakeside Baptist
        #    Church"): placed in the town named nearest to them by the resolver, or not listed
        mentions.extend(self._institutions(doc, runs, taken))


        # qualifiers ("Alexandria, La."): they restrict the name before them and are places themselves
        for m in list(mentions):
            if m.source in ("dateline", "qualifier") or m.qualifier is not None:
                continue
            q = _qualifier_after(doc, m.end, self._text)
            if q is not None:
                m.qualifier = q
                if not any(taken[i] for i in range(q.tok_start, q.tok_end)):
                    mentions.append(q)
                    for i in range(q.tok_start, q.tok_end):
                        taken[i] = True
        for m in mentions:
            m.area, m.state_word, m.local = area_cues(doc, m.tok_start, m.tok_end)
            m.division = division_word(doc, m.tok_start, m.tok_end)
        mentions.sort(key=lambda m: m.start)
        return Detected(mentions, dateline, self._text, self._words, self._ents)

    def _institutions(self, doc: Doc, runs, taken: list[bool]) -> list[Mention]:
        """Capitalised names of two to six words ending in an institution's word (hospital, church, school,
        stadium ...) none of whose words is a place found already: buildings in a town ("Boston Children's
        Hospital" keeps Boston as the place)."""
        out = []
        low = self._low  # (the detector's columns of ``doc``: no Token per run)
        for i, j in runs:
            if i < len(doc) and low[i] == "the":
                i += 1
            if not 2 <= j - i <= 6 or low[j - 1] not in INSTITUTION_WORDS or any(taken[i:j]):
                continue
            out.append(_span_mention(doc[i:j], "institution"))
            for k in range(i, j):
                taken[k] = True
        return out

    def _ner_places(self, doc, ents, votes, surnames, taken, mentions) -> None:
        """NER place spans, checked like gazetteer matches (NER models mistake surnames for places)."""
        for e in ents:
            if e.label_ not in PLACE_LABELS or any(taken[i] for i in range(e.start, e.end)):
                continue
            span = self._trim(doc, e)
            if span is None:
                continue
            key = norm(strip_possessive(span.text))
            if not key.strip() or key in STOP_WORDS or (key in self._demonyms and not self._known(key)):
                continue  # (an entity that normalises to nothing, e.g. U+D7FF alone: found by fuzzing)
            if key.split()[0] in TITLES and not self._known(key):
                continue
            if not_a_place_context(doc, span.start, span.end, _strength(self.gaz, span.text)[1]):
                continue
            if not self._accept_ner(doc, span, key, votes, surnames, taken):
                continue
            mentions.append(_span_mention(span, "ner", e.label_))
            for i in range(span.start, span.end):
                taken[i] = True

    def _trim(self, doc: Doc, e: Span) -> Span | None:
        s, t = e.start, e.end
        cols = token_columns(doc)  # the shared token columns: no Token built
        low, punct, words = cols.lower, cols.punct, cols.text
        while s < t and (low[s] in ("the", "a", "an") or punct[s]):
            s += 1
        while t > s and (punct[t - 1] or low[t - 1] in ("'s", "’s") or low[t - 1] in MONTHS
                         or low[t - 1] in WEEKDAYS or low[t - 1] in PERSON_VERBS
                         or words[t - 1] in _TRAILING_FUNCTION_WORDS):  # NER's "Kerala and" is Kerala
            t -= 1
        if s >= t:
            return None
        return doc[s:t]

    def _saint_city(self, doc: Doc, i: int) -> bool:
        """A big city whose name starts like a saint's ("San Francisco General Hospital", "St. Louis
        Children's Hospital"): the city stays a place before its institution."""
        for n in (3, 2):
            if i + n <= len(doc):
                strength, kind = _strength(self.gaz, doc[i:i + n].text)
                if kind == "city" and strength >= 5.5:
                    return True
        return False

    def _label_votes(self, doc: Doc, ents) -> dict[str, tuple[int, int]]:
        """Per name: how often NER calls it a place, how often a person or organisation."""
        out: dict[str, list[int]] = {}
        span_text = self._span_text  # (``e.text`` cut from the document's text: no Token per word)
        for e in ents:
            key = norm(strip_possessive(span_text(e.start, e.end)))
            v = out.setdefault(key, [0, 0])
            if e.label_ in PLACE_LABELS:
                v[0] += 1
            elif e.label_ in PERSON_LABELS or e.label_ in ORG_LABELS:
                v[1] += 1
        return {k: (a, b) for k, (a, b) in out.items()}

    def _cue_before(self, doc: Doc, i: int, taken) -> bool:
        prev = doc[i - 1] if i > 0 else None
        if prev is None:
            return False
        if prev.lower_ in LOCATIVE_PREPS or prev.lower_ in PLACE_VERBS:
            return True
        if prev.lower_ in ("the",) and i >= 2 and doc[i - 2].lower_ in LOCATIVE_PREPS:
            return True
        return prev.text == "," and i >= 2 and taken[i - 2]

    def _has_qualifier(self, doc: Doc, j: int) -> bool:
        last = doc[j - 1]
        end = last.idx + len(last.text)
        return _qualifier_re().match(self._text[end:end + 40]) is not None

    def _personish(self, doc: Doc, i: int, j: int, key: str, surnames: set[str], kind: str,
                   strength: float = 0.0) -> bool:
        """Evidence that the name at tokens i..j is a person's."""
        words, low = self._words, self._low  # (the detector's columns of ``doc``: no Token for the neighbours)
        if i > 0 and norm(words[i - 1]) in TITLES and kind != "country":
            return True  # "President Washington", "Gov. Perry", "Mr. Lincoln"
        if kind in ("country", "admin1", "region"):
            return False
        if j - i == 1 and key in surnames and strength < 6.0:
            return True
        if j < len(doc) and low[j] in PERSON_VERBS and strength < 6.0 \
                and not (i > 0 and low[i - 1] in LOCATIVE_PREPS):
            return True  # "Jackson said"; but "officials in Bogota said", "Washington said"
        return False

    def _accept_ner(self, doc, span: Span, key, votes, surnames, taken) -> bool:
        i, j = span.start, span.end
        if names_institution(doc, i, j) and not self._saint_city(doc, i):
            return False
        low = self._low  # (the detector's columns of ``doc``: no Token per word)
        if j - i >= 3 and any(low[k].rstrip(".") in TITLES for k in range(i + 1, j - 1)) \
                and not self._known(key):
            return False  # "Russian President Vladimir Putin" labelled as a place: a title inside is a person
        strength, kind = _strength(self.gaz, self._span_text(i, j))
        if self._personish(doc, i, j, key, surnames, kind, strength):
            return False
        loc_votes, other_votes = votes.get(key, (1, 0))
        strong = kind in ("country", "admin1", "region", "landmark") or strength >= 6.5
        if other_votes >= loc_votes and not strong:
            return False
        if strength >= 4.0 or strong or kind == "admin2":
            return True
        # obscure or unknown: only when introduced as a place
        if self._cue_before(doc, i, taken) or self._has_qualifier(doc, j):
            return True
        return j < len(doc) and low[j] in PLACE_HEADS

    def _accept(self, doc, i, j, run_start, run_end, key, taken, blocked_weak, surnames, landmark_ext) -> bool:
        single = j - i == 1
        if key in STOP_WORDS or key in self._demonyms and single:
            return False
        text = self._span_text(i, j)  # doc[i:j].text (i < j)
        strength, kind = _strength(self.gaz, text)
        strong = kind in ("country", "admin1", "region", "landmark", "admin2") or strength >= 5.5
        low, n = self._low, len(doc)  # (the detector's columns of ``doc``: no Token for the words around)
        if all(c.entry.alt == 3 for c in candidates(self.gaz, text)):
            return False  # "La.", "Ga." alone are not places (as qualifiers they are read separately)
        if not_a_place_context(doc, i, j, kind):
            return False  # "May Day", "Brent crude", "U.N."
        if any(blocked_weak[k] for k in range(i, j)) and not (strong or strength >= 4.0):
            return False  # the NER model calls it a person or organisation, and it is no well-known place
        if self._personish(doc, i, j, key, surnames, kind, strength):
            return False
        # named after a place: "Memphis St.", "Texas Avenue"
        if j < n and norm(self._words[j]) in STREET_WORDS:
            return False
        if names_institution(doc, i, j) and not self._saint_city(doc, i):
            return False  # "St. Mary's Hospital": a saint's or founder's name, not a town called Saint Mary
        # part of a longer capitalised name
        if (i, j) != (run_start, run_end) and not landmark_ext:
            if run_end < n and low[run_end] in PERSON_VERBS:
                return False  # "Chad Smith said", "Sydney Crosby told reporters"
            if any(s <= i and e >= run_end for s, e in self._person_bounds):
                return False
            at_start = i == run_start or (i == run_start + 1 and low[run_start] == "the")
            after_of = i > run_start and low[i - 1] in ("of", "de", "in")
            if not (at_start or after_of) or not strong:
                return False
        # a sentence-initial common word ("Nice weather", "Reading is ...")
        if single and self._sent[i] == 1 and self._stop[i]:  # (doc[i].is_sent_start and doc[i].is_stop)
            return False
        # weak evidence (small places, alternate names): need a locative cue or a qualifier
        if not strong:
            qual = self._has_qualifier(doc, j)
            if not (self._cue_before(doc, i, taken) or qual):
                return False
            if strength < 3.2 and not qual:
                # a hamlet of a few hundred people: only right after "in", "at", "near" ... and by its main name
                direct = i > 0 and low[i - 1] in DIRECT_CUES
                if not direct or not any(c.entry.alt == 0 for c in candidates(self.gaz, text)):
                    return False
        return True

    def _patterns(self, doc: Doc, taken, blocked_weak) -> list[Mention]:
        out = []
        n = len(doc)
        words, lows, ws, cap = self._words, self._low, self._ws, self._cap  # read once per article by detect()
        # only the positions of a place head or "of" can start a pattern (from the article's word index, in order)
        for i in positions_of(doc, _PATTERN_WORDS):
            low = lows[i]
            # "the Aziziyah district", "Kodori Gorge" handled by runs; here lowercase head nouns
            if low in _PLACE_HEADS and words[i] == low and i > 0 and cap[i - 1] and not taken[i - 1]:
                j = i
                s = i - 1
                while s - 1 >= 0 and cap[s - 1] and not taken[s - 1] and i - s < 4:
                    s -= 1
                if lows[s] in ("the",):
                    s += 1
                span = doc[s:j]
                if self._pattern_ok(span, blocked_weak):
                    out.append(_span_mention(span, "pattern"))
                    for k in range(s, j):
                        taken[k] = True
            # "the town of Bakwa"
            if low == "of" and i > 0 and lows[i - 1] in OF_HEADS and i + 1 < n and cap[i + 1]:
                s = i + 1
                j = s
                while j < n and (cap[j] or (words[j] == "-" and not ws[j - 1])) and j - s < 4:
                    j += 1
                if any(taken[k] for k in range(s, j)):
                    continue
                span = doc[s:j]
                if self._pattern_ok(span, blocked_weak):
                    out.append(_span_mention(span, "pattern"))
                    for k in range(s, j):
                        taken[k] = True
        return out

    def _pattern_ok(self, span: Span, blocked_weak) -> bool:
        if not len(span):
            return False
        key = norm(span.text)
        if not key or key in STOP_WORDS or key in self._demonyms:
            return False
        words = key.split()
        if words[0] in TITLES or words[0] in MONTHS or words[-1] in ("said",):
            return False
        if any(blocked_weak[k] for k in range(span.start, span.end)) and not self._known(key):
            return False
        return True
