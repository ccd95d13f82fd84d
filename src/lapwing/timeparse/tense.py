"""Is a time expression about the past or the future? Cues from the words around it.

This is the parse-free fallback (used in evaluation, and whenever the spaCy pipeline has no
parser): the nearest tense cue in the expression's sentence decides. Future cues: "will",
"'ll", "shall", "would", "going to", "planned", "scheduled", "expected to", "due to", "set to",
"next", "upcoming", "tomorrow". Past cues: "was", "were", "had", "did", "ago", "last",
"yesterday", regular "-ed" verbs and common irregular past forms. Reporting verbs ("said",
"told") only count at short range on the expression's left ("said on Tuesday"), since an
attribution at the end of a sentence ("..., he said.") says nothing about the reported event.
"""

from __future__ import annotations

import bisect
import re

PAST, FUTURE = "past", "future"

_FUTURE_WORDS = {
    "will", "'ll", "shall", "wo", "won't", "would", "'d", "upcoming", "next", "tomorrow", "planned",
    "scheduled", "slated", "intends", "intend", "aims", "expects", "expected", "payable", "effective",
    "forthcoming", "coming", "await", "awaits", "awaiting", "postponed", "delayed",
}
_FUTURE_BIGRAMS = {
    ("going", "to"), ("due", "to"), ("due", "on"), ("due", "in"), ("set", "to"), ("set", "for"),
    ("is", "to"), ("are", "to"), ("due", "for"), ("ready", "for"), ("plans", "to"), ("plan", "to"),
    ("planning", "to"), ("expire", "on"), ("expires", "on"),
}
_PAST_WORDS = {
    "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "previously", "since", "former",
    "began", "begun", "came", "went", "gone", "took", "taken", "made", "gave", "given", "got", "held",
    "left", "fell", "fallen", "rose", "risen", "won", "lost", "fought", "met", "saw", "seen", "found",
    "became", "brought", "bought", "sold", "sent", "spent", "built", "caught", "taught", "thought",
    "told", "said", "ran", "shot", "hit", "struck", "stole", "stolen", "broke", "broken", "spoke", "spoken",
    "wrote", "written", "drove", "driven", "flew", "flown", "grew", "grown", "knew", "known", "threw",
    "thrown", "wore", "chose", "chosen", "froze", "led", "fled", "paid", "laid", "lay", "sat", "stood",
    "kept", "slept", "swept", "wept", "felt", "dealt", "meant", "lent", "bent", "hung", "clung", "swung",
    "sank", "sunk", "sprang", "rang", "sang", "drank", "shrank", "withdrew", "withdrawn", "undertook",
    "overtook", "forgot", "forbade", "arose", "awoke", "bore", "born", "tore", "torn", "swore", "upheld",
    "beat", "beaten", "bit", "bled", "blew", "blown", "bred", "burnt", "dug", "fed", "forgave", "hid",
    "hidden", "heard", "ate", "eaten", "overthrew", "rebuilt", "reopened", "ended", "killed",
}
_REPORTING = {"said", "told", "added", "stated", "noted", "reported", "announced", "explained", "wrote",
              "declared", "insisted", "warned", "tweeted", "claimed", "confirmed", "denied", "argued"}
_NOT_PAST_ED = {
    "need", "needed", "speed", "seed", "feed", "bed", "red", "shed", "bleed", "breed", "greed", "deed",
    "indeed", "proceed", "succeed", "exceed", "hundred", "united", "limited", "based", "related",
    "alleged", "armed", "advanced", "detailed", "experienced", "interested", "concerned", "involved",
    "supposed", "used", "unprecedented", "scheduled", "planned", "expected", "proposed", "embattled",
    "disputed", "so-called", "led", "ed", "shared", "unnamed", "named", "wanted", "unidentified",
    "registered", "restricted", "organized", "organised", "disabled", "elected", "appointed", "owned",
    "backed", "affiliated", "linked", "displaced", "wounded", "injured", "skilled", "combined",
    "increased", "reduced", "improved", "renewed", "continued", "fixed", "mixed", "biased", "tired",
}
_CLAUSE_BREAK = {";", ":", "--", "—", "–", "(", ")"}
#: Words that usually start another clause or conjunct: a cue beyond them counts for less.
_SOFT_BREAK = {"and", "but", "while", "whereas", "which", "who", "that", "because", "although", "though",
               "when", "after", "before", "if", "unless", "since", "as"}

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'(?:ll|d|s)\b|n't|[;:()—–]|--|,|[.!?]")
_SENT_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=(?:``|[\"'“‘(\[])?[A-Z0-9])|\n\s*\n|\n(?=[A-Z]{2,})")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|vs|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|"
    r"a\.m|p\.m|U\.S|U\.N|U\.K|E\.U|[A-Z])\.$)"
)


#: compiled once (session 34, round ex66: ``re.search(pattern, ...)`` read ``re``'s cache at each call)
_SENTENCE_WORD = re.compile(r"(?:The|A|An|In|On|He|She|It|They|We|But|And)\b")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence boundaries (character offsets) for cue search; abbreviations are respected."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.start() + 1
        if text[m.start()] == "." and _ABBREV.search(text[max(start, m.start() - 6): m.start() + 1]):
            nxt = text[m.end(): m.end() + 12]
            # "Nov. 6 ..." or "U.S. officials": an abbreviation, not a full stop
            if not _SENTENCE_WORD.match(nxt):
                continue
        if text[m.start()] == "\n":
            cut = m.start()
        bounds.append((start, cut))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


class TextTense:
    """Tense cues from the text alone; one instance per document (sentences are cached)."""

    def __init__(self, text: str):
        self.text = text
        self._bounds = sentence_bounds(text)
        self._starts = [b[0] for b in self._bounds]
        self._tokens: dict[int, list[tuple[int, int, str]]] = {}

    def sentence(self, start: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        return self._bounds[i] if self._bounds else (0, len(self.text))

    def _sentence_tokens(self, s0: int, s1: int) -> list[tuple[int, int, str]]:
        if s0 not in self._tokens:
            self._tokens[s0] = [(m.start() + s0, m.end() + s0, m.group().lower())
                                for m in _WORD.finditer(self.text[s0:s1])]
        return self._tokens[s0]

    def __call__(self, start: int, end: int) -> str | None:
        """``"past"``, ``"future"`` or ``None`` for the expression at ``text[start:end]``."""
        s0, s1 = self.sentence(start)
        toks = self._sentence_tokens(s0, s1)
        left = [t for t in toks if t[1] <= start]
        right = [t for t in toks if t[0] >= end]
        best: tuple[float, str] | None = None

        def consider(dist: float, tense: str) -> None:
            nonlocal best
            if best is None or dist < best[0]:
                best = (dist, tense)

        for side, seq in (("L", list(reversed(left))), ("R", right)):
            dist = 0.0
            for i, (_, _, w) in enumerate(seq):
                if w in _CLAUSE_BREAK:
                    dist += 3
                    continue
                if w == ",":
                    dist += 1
                    continue
                if w in (".", "!", "?"):
                    continue
                if w in _SOFT_BREAK:
                    dist += 2
                    continue
                dist += 1
                nxt = seq[i - 1][2] if side == "L" and i > 0 else (seq[i + 1][2] if side == "R" and i + 1 < len(seq) else "")
                if (w in _FUTURE_WORDS or (w, nxt) in _FUTURE_BIGRAMS) and _after_had(seq, i, side):
                    consider(dist, PAST)  # "had been scheduled to expire Friday": a past plan
                elif (w, nxt) in _FUTURE_BIGRAMS:
                    consider(dist, FUTURE)
                elif w in _FUTURE_WORDS:
                    if w != "coming" or nxt in ("week", "weeks", "month", "months", "days", "year", "years"):
                        consider(dist, FUTURE)
                elif w in _REPORTING:
                    consider(dist if (side == "L" and dist <= 2) else dist + 4, PAST)
                elif w in _PAST_WORDS and not _participle(seq, i, side, w):
                    consider(dist, PAST)
                elif w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST_ED and not _participle(seq, i, side, w):
                    consider(dist + 0.5, PAST)
        return best[1] if best else None


def _before(seq: list[tuple[int, int, str]], i: int, side: str, n: int = 2) -> list[str]:
    """The ``n`` words before ``seq[i]`` in text order, nearest first."""
    if side == "L":
        return [t[2] for t in seq[i + 1:i + 1 + n]]
    return [t[2] for t in reversed(seq[max(0, i - n):i])]


def _after_had(seq: list[tuple[int, int, str]], i: int, side: str) -> bool:
    """Is the future cue at ``seq[i]`` a past plan ("had been scheduled", "previously planned")?"""
    before = _before(seq, i, side)
    return bool(before) and (before[0] in ("had", "previously", "originally", "initially")
                             or before[:2] == ["been", "had"])


_NOT_VERB_BEFORE = {"be", "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                    "your", "my", "still", "newly", "recently", "being", "to", "get"}


def _participle(seq: list[tuple[int, int, str]], i: int, side: str, w: str) -> bool:
    """Is this past-looking word an adjective or a passive after "be" ("be paid", "an unspecified date")?"""
    if w in ("was", "were", "had", "did", "ago", "last", "yesterday", "earlier"):
        return False
    before = _before(seq, i, side, 1)
    return bool(before) and before[0] in _NOT_VERB_BEFORE
