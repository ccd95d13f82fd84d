"""Parse repair 213: a participle of judgement or speech after a comma hung on the verb of what is judged.

"China condemned a US decision to *sell* jets to Taiwan, *calling* it a serious violation", "Cuba denied that it was
*hosting* a spy base, *calling* the report a fabrication", "Germany welcomed the Polish decision to *reopen* the
border, *saying* it would help trade": the parser hangs the participle (``advcl``) on the verb of the content (the
sale, the hosting, the reopening), so the judging takes that verb's doer (the US) and its status (planned, denied),
although it is the main clause's speaker who judges, and who does it now.

The participle is hung on the main verb (``advcl``). Only when:

* the participle is a verb of judging or saying (``JUDGING_FORMS``: "calling", "describing", "branding", "terming",
  "labelling", "dubbing", "characterising", "saying") right after a comma, with no subject, marker or auxiliary of
  its own;
* the verb it hangs on lies inside the complement of a main verb before it: reached through clause and argument
  edges (a that-clause, a to-clause of the object noun, "for"-clause), never through a relative clause, a conjunct or
  a subject (those are clauses of their own: "troops who fired on the crowd, killing two");
* the main verb is a verb of stance (``STANCE_VERBS``: condemn, deny, reject, criticise, welcome, ...), or, for the
  verbs of naming only, a verb of reporting (``REPORT_MAINS``: "Britain said it would not send troops, calling the
  idea reckless") with a thing as what is named ("it", "the move", "the idea": ``NAMED_THINGS``);
* no verb between them is itself a verb of speech or judging ("The opposition said the president had *insulted* the
  judges, calling them traitors": the naming may be the insult itself), and what is named is no person pronoun
  ("condemned the decision to expel the diplomats, calling *them* spies": the expelling side may be the one naming).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from lapwing.extract.docfacts import doc_heads, positions_of, token_columns

#: participles of naming or judging what was just told, and of saying; "saying" only under a verb of stance
NAMING_FORMS = frozenset({"calling", "describing", "branding", "terming", "labelling", "labeling", "dubbing",
                          "characterising", "characterizing", "deeming"})
JUDGING_FORMS = NAMING_FORMS | {"saying"}

#: verbs of taking a stance on what their complement tells
STANCE_VERBS = frozenset({
    "condemn", "deny", "reject", "criticise", "criticize", "welcome", "denounce", "slam", "praise", "hail", "dismiss",
    "protest", "oppose", "applaud", "decry", "deplore", "rebuff", "rebuke", "blast", "question", "dispute", "refute",
    "lament", "regret", "defend", "back", "endorse", "support", "accuse", "blame", "castigate", "censure", "lambast",
    "lambaste", "assail", "fault", "rebut", "hit", "chide", "scold", "reprimand", "salute", "commend", "laud",
    "celebrate", "embrace", "challenge", "contest", "resist", "object", "warn", "attack"})

#: verbs of reporting, whose speaker names what they report ("said ..., calling it ...")
REPORT_MAINS = frozenset({"say", "announce", "state", "tell", "add", "insist", "argue", "declare", "stress", "note",
                          "confirm", "claim", "maintain", "write", "tweet", "post"})

#: verbs that are acts of speech or judging themselves: a naming after them may be part of that act
_SPEECH_ACTS = STANCE_VERBS - {"attack", "hit", "back", "support", "resist", "embrace", "celebrate"} | REPORT_MAINS | {
    "call", "describe", "brand", "term", "label", "dub", "insult", "abuse", "mock", "threaten", "accuse", "curse",
    "shout", "chant", "taunt", "vilify", "smear", "slander", "defame", "ridicule", "characterise", "characterize"}

#: what a reporting speaker may name: the thing or the act told, not a person
NAMED_THINGS = frozenset({
    "it", "this", "that", "move", "decision", "idea", "plan", "proposal", "report", "claim", "allegation",
    "accusation", "step", "measure", "policy", "law", "bill", "ruling", "verdict", "sanction", "deal", "agreement",
    "attack", "act", "action", "announcement", "statement", "remark", "comment", "charge", "ban", "deployment",
    "operation", "strike", "incident", "killing", "visit", "election", "vote", "result", "order", "test", "launch",
    "offensive", "raid", "annexation", "invasion", "blockade", "embargo", "decree", "tariff", "sale", "treaty",
    "demand", "request", "offer", "suggestion", "threat", "warning", "call", "ultimatum", "conviction", "sentence"})

_PERSON_PRONOUNS = frozenset({"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"})

#: the edges the way up from the judged verb to the main verb may take (clauses and the arguments that hold them)
_UP_EDGES = frozenset({"ccomp", "xcomp", "acl", "advcl", "obj", "dobj", "obl", "nmod", "iobj"})
_NOUN_EDGES = frozenset({"obj", "dobj", "iobj", "obl", "nmod", "nsubj", "nsubj:pass"})
_SUBJ_OR_MARK = frozenset({"nsubj", "nsubj:pass", "csubj", "expl", "mark", "aux", "aux:pass"})


def judging_candidate(D: list[str], T: list[str], L: list[str], H: list[int], i: int,
                      forms: frozenset[str] = JUDGING_FORMS) -> bool:
    """The candidate test on the columns: a participle of ``forms`` (judging ones by default) after a comma, hung on
    a word before it."""
    return D[i] == "advcl" and T[i] == "VBG" and L[i] in forms and i > 0 and L[i - 1] == "," and H[i] < i


def _participle_candidates(doc: Doc, forms: frozenset[str]) -> list[int]:
    """The participles of ``forms`` after a comma hung on a word before them (``judging_candidate``), read off the
    columns shared with the other extractors."""
    at = positions_of(doc, forms)  # (the article's word index: the positions of those words, in order)
    if not at:
        return []
    cols = token_columns(doc)
    L, D, T, H = cols.lower, cols.dep, cols.tag, doc_heads(doc)
    return [i for i in at if judging_candidate(D, T, L, H, i, forms)]


def judging_candidates(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that repair 213 is tried on."""
    return _participle_candidates(doc, JUDGING_FORMS)


def _lemma(t: Token) -> str:
    return t.lemma_.lower()


def _named(g: Token) -> Token | None:
    """What the participle names: its object (or, with "as", the pronoun before the as-phrase)."""
    return next((c for c in g.children if c.dep_ in ("obj", "dobj", "iobj") and c.i > g.i), None)


def _plural_thing(v: Token, main: Token) -> bool:
    """Whether a plural of ``NAMED_THINGS`` ("claims", "reports") holds ``v``'s clause below ``main``."""
    cur = v
    for _ in range(6):  # (by index: a Token's head is a new object each time)
        if cur.i == main.i or cur.head.i == cur.i:
            break
        if cur.dep_ in ("obj", "dobj", "obl", "nmod") and cur.lower_.endswith("s") and cur.lower_[:-1] in NAMED_THINGS:
            return True  # (the plural read off the word: "claims" is often tagged a verb)
        cur = cur.head
    return False


def _main_verb(v: Token, g: Token) -> Token | None:
    """The verb of stance or reporting whose complement holds ``v``, or None."""
    cur, hops = v, 0
    while hops < 5:
        if cur.dep_ not in _UP_EDGES or cur.head.i == cur.i:
            return None
        if cur.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in ("for", "over", "to", "that", "of")
                                           for c in cur.children):
            return None  # (a clause of time, reason or manner is a happening of its own, not what is judged)
        up = cur.head
        if up.pos_ in ("VERB", "AUX") and up.i < v.i and up.dep_ not in _NOUN_EDGES:  # ("rejected *claims* [VBZ] that")
            lem = _lemma(up)
            if lem in STANCE_VERBS or (lem in REPORT_MAINS and g.lower_ in NAMING_FORMS):
                return up
            if lem in _SPEECH_ACTS:
                return None  # ("said the president had *insulted* the judges, calling them traitors")
        cur, hops = up, hops + 1
    return None


def repair_judging_participle(g: Token) -> bool:
    """Repair 213 on the participle ``g``; True when applied."""
    v = g.head
    if g.dep_ != "advcl" or v.i >= g.i or v.pos_ not in ("VERB", "AUX") or v.dep_ in ("ROOT", "root"):
        return False
    if any(c.dep_ in _SUBJ_OR_MARK for c in g.children) or _lemma(v) in _SPEECH_ACTS:
        return False
    main = _main_verb(v, g)
    if main is None:
        return False
    named = _named(g)
    if named is not None and named.lower_ in _PERSON_PRONOUNS and not (named.lower_ == "them" and _plural_thing(v, main)):
        return False  # ("rejected claims that ..., describing *them* as lies": the plural thing told is named)
    if _lemma(main) not in STANCE_VERBS and (named is None or _lemma(named) not in NAMED_THINGS
                                              and named.lower_ not in NAMED_THINGS):
        return False
    g.head = main
    g.dep_ = "advcl"
    return True


# ---- repair 188 (session 37, round sb74): the participle after an order's to-clause --------------------------------

#: participles of accusing, blaming, citing or naming: what the one who gives an order says of it
DIRECTIVE_PARTICIPLES = JUDGING_FORMS | {"accusing", "blaming", "citing", "alleging", "charging"}

#: verbs of ordering or asking someone to do something: the to-clause is the ordered party's act
DIRECTIVE_MAINS = frozenset({"order", "tell", "ask", "urge", "instruct", "direct", "command", "force", "compel",
                             "request", "summon"})


def directive_candidates(doc: Doc) -> list[int]:
    """The tokens of ``doc`` that repair 188 is tried on: an accusing, citing or naming participle after a comma."""
    return _participle_candidates(doc, DIRECTIVE_PARTICIPLES)


def repair_directive_participle(g: Token) -> bool:
    """Repair 188 on the participle ``g``; True when applied.

    "Burkina Faso's junta ordered the aid group to *leave* the country within 48 hours, *accusing* it of spreading
    false reports", "told the diplomats to leave by Friday, *citing* their contacts with rebels": the parser hangs the
    participle on the verb of the to-clause, so the accusing takes the ordered party as its doer (and the to-clause's
    planned status); the one who orders accuses. The participle is hung on the verb of ordering. Only when the
    participle has no subject, marker or auxiliary of its own, the verb it hangs on is a to-clause (``xcomp`` or
    ``advcl`` with "to") with no subject of its own, and that clause's head is a verb of ordering or asking
    (``DIRECTIVE_MAINS``) before it."""
    v = g.head
    if g.dep_ != "advcl" or v.i >= g.i or v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("xcomp", "advcl"):
        return False
    if any(c.dep_ in _SUBJ_OR_MARK for c in g.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "to" for c in v.children) or any(
            c.dep_ in ("nsubj", "nsubj:pass", "csubj", "expl") for c in v.children):
        return False
    main = v.head
    if main.i >= v.i or main.pos_ not in ("VERB", "AUX") or _lemma(main) not in DIRECTIVE_MAINS:
        return False
    g.head = main
    g.dep_ = "advcl"
    return True
