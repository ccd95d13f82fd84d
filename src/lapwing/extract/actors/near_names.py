"""A dictionary person's full name written with one letter wrong: "President Laurent *Gbago*", "Abdelaziz
*Bouteflicka*", "Juvenal *Habyariman*" (a dropped, added, changed or swapped letter in the surname; session 36,
round ac72).

The lexicon scan matches names exactly, so such a name was an unknown PERSON with no country. Read here as the
dictionary's person only when all of this holds (precision first: a near miss is a guess):

- the words are capitalised, two to four of them, no lexicon word among them, and none tagged by the NER as
  anything but a person;
- a title of office stands right before them ("President", "Prime Minister", "opposition leader": a person's role
  word of state, party, armed group or IGO, or a role word of no sector such as "leader"): with no title a near
  name is as likely anyone's;
- the dictionary holds a person's name of as many words whose words are all the same but one, that one at least five
  letters long in both spellings (six in the longer) and one edit apart (the given names must agree: "Laurent Gbago" is Gbagbo, "Paul
  Gbago" is nobody we know);
- that near name is one person's (two dictionary people within one letter: no guess);
- no word of the name is written in lower case elsewhere in the article (a common word, not a name).
"""

from __future__ import annotations

from spacy.tokens import Doc

from lapwing.lexicons import ActorEntry, Lexicon

#: id(lexicon) -> (the lexicon, {(first word, number of words): [(words, hits)]}) of its people's names
_INDEX: dict[int, tuple[Lexicon, dict[tuple[str, int], list]]] = {}

MIN_LETTERS = 5
#: sectors of the titles a near name may follow (None: a role word of no sector, "leader", "spokesman")
OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "OPP", "PTY", "REB", "INS", "SEP", "IGO", "COP", "SPY", None})


def _people_index(lex: Lexicon) -> dict[tuple[str, int], list]:
    got = _INDEX.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    index: dict[tuple[str, int], list] = {}
    for key, hits in lex.keys.items():
        words = key.split()
        if not 2 <= len(words) <= 4:
            continue
        people = [h for h in hits if h.kind == "actor" and isinstance(h.payload, ActorEntry)
                  and h.payload.kind == "person"]
        if people and len(people) == len(hits):
            index.setdefault((words[0], len(words)), []).append((words, people))
    if len(_INDEX) > 8:
        _INDEX.clear()
    _INDEX[id(lex)] = (lex, index)
    return index


def one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` (different) one insertion, deletion, substitution or swap of two neighbours apart?"""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
                                          and a[i + 2:] == b[i + 2:])
    return a[i:] == b[i + 1:]


def near_name_anchors(doc: Doc, anchors: list, lex: Lexicon, ix, make) -> list:
    """The anchors of the article's near misses of dictionary people's names (see the module's text); ``make(start,
    end, hits)`` builds one anchor. ``anchors``: the lexicon scan's (their words are never part of a near miss)."""
    index = _people_index(lex)
    if not index:
        return []
    titles = sorted({a.end for a in anchors if a.kind == "agent" and a.agent is not None and a.agent.person
                     and a.agent.agent.sector in OFFICE_SECTORS})
    if not titles:  # (a near name is read only right after a title of office)
        return []
    covered = {k for a in anchors for k in range(a.start, a.end)}
    text, folded, name_token = ix.cols.text, ix.folded, ix.name_token
    ent_label = [""] * ix.n
    for e in doc.ents:
        for k in range(e.start, e.end):
            ent_label[k] = e.label_
    lower_words: set[str] | None = None
    out = []
    for k in titles:  # (a title's last word is covered, so a name run can only start at its end)
        j = k
        while j < ix.n and j - k < 4 and name_token[j] and j not in covered and ent_label[j] in ("", "PERSON") \
                and ix.sent_start[j] == ix.sent_start[k]:
            j += 1
        if j - k < 2:
            continue
        words = folded[k:j]
        hit = _match(index, words)
        if hit is not None:
            if lower_words is None:  # (words the article writes in lower case: common words, not names)
                lower_words = {t.lower() for t in text if t.islower()}
            if not any(w in lower_words for w in words):
                out.append(make(k, j, hit))
    return out


def _match(index: dict, words: list[str]):
    """The hits of the one dictionary person whose name is ``words`` with one word one letter off, else None."""
    found = None
    for names, hits in index.get((words[0], len(words)), ()):
        diff = [(a, b) for a, b in zip(words, names) if a != b]
        if len(diff) != 1:
            continue
        a, b = diff[0]
        if min(len(a), len(b)) < MIN_LETTERS or max(len(a), len(b)) <= MIN_LETTERS or not a.isalpha() \
                or not one_edit(a, b):
            continue
        entries = {id(h.payload) for h in hits}
        if found is not None and entries != found[0]:
            return None  # two people within one letter: no guess
        found = (entries, hits)
    return None if found is None else found[1]
