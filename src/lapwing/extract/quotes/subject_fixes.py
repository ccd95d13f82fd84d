"""The subject the parser gave a cue, read past what stands in for the speaker: a share of people hung on the cue
('About four in 10 said'), a party label in brackets ('Sen. Anna Berg (D-Ore.)'), a dateline ('RENO, Nev. (AP) —
Donald Trump says')."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import is_cue_verb
from lapwing.extract.quotes.index import index_of
from lapwing.extract.quotes.subject_words import _DASHES, _finite, is_time_word


def _share_before(verb: Token) -> Token | None:
    """'About [four] in 10 said ...', '[Almost half] said ...': a share of people right before a finite cue, which the
    parser hung on the cue as a phrase of its own rather than as its subject."""
    if not _finite(verb) or not is_cue_verb(verb):
        return None
    share = next((c for c in verb.children if c.dep_ in ("obl", "obl:npmod", "obl:unmarked", "advmod", "nummod")
                  and c.i < verb.i and c.right_edge.i == verb.i - 1
                  and (c.pos_ == "NUM" or c.lower_ in ("half", "percent", "%", "majority", "third", "quarter"))
                  and not any(k.dep_ == "case" for k in c.children)), None)
    return share


def _past_parenthesis(subj: Token) -> Token:
    """'Sen. Anna Berg (D-Ore.) said ...': a party and state label in brackets the parser made the subject stands for
    the name right before the bracket."""
    doc = subj.doc
    k = subj.i - 1
    if k < 1 or doc[k].text != "(" or not (subj.pos_ == "PROPN" or subj.is_upper) or len(subj.text) > 3 \
            or not any(t.text in _DASHES or "-" in t.text for t in doc[subj.i : min(len(doc), subj.i + 3)]):
        return subj
    name = doc[k - 1]
    if name.pos_ != "PROPN":
        return subj
    while name.dep_ in ("flat", "flat:name") and name.head.i < name.i and name.head.pos_ == "PROPN":
        name = name.head
    return name


def _past_dateline(subj: Token, verb: Token) -> Token:
    """'RENO, Nev. (AP) — Donald Trump says': the subject is the name after the dateline dash."""
    between = subj.doc[subj.i + 1 : verb.i]
    # a dateline dash stands apart ('(AP) — Donald Trump'); the hyphen of 'Ruiz, D-Mass.,' does not
    dash = [t for t in between if t.text in _DASHES and t.i > 0 and t.doc[t.i - 1].whitespace_]
    if not dash or not (subj.is_upper or subj.i == index_of(subj.doc).sent_start(subj) or subj.doc[subj.i - 1].is_space):
        return subj
    after = [t for t in subj.doc[dash[-1].i + 1 : verb.i] if not t.is_space]
    heads = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and (t.head.i == verb.i or t.head.i >= verb.i)]
    if heads:
        return heads[-1]
    # the name the words after the dash hang from, not a later word of its phrase ('— Sen. [Chuck] Grassley (R-Iowa)
    # on Wednesday downplayed ...'); else the last noun
    span = {t.i for t in after}
    tops = [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON") and t.head.i not in span]
    cands = tops or [t for t in after if t.pos_ in ("PROPN", "NOUN", "PRON")]
    return (cands[0] if tops else cands[-1]) if cands else subj




def past_verbal_modifier(subj: Token, verb: Token) -> Token:
    """'All three candidates [issued] statements condemning ...', 'a former staffer [announced] plans to sue ...,
    claiming', 'The State Department repeatedly [obfuscated] facts, admitted ...': a subject noun opened by a past-tense
    verb the tagger read as its adjective is that verb's object; the noun phrase right before the verb is the subject
    (a noun, a name or he / she / they), else the subject stands."""
    doc = subj.doc
    if subj.pos_ != "NOUN" or subj.i >= verb.i:
        return subj
    mod = next((c for c in subj.children if c.dep_ == "amod" and c.i < subj.i and c.lower_.endswith("ed")
                and c.tag_ in ("VBN", "VBD", "JJ") and all(t.pos_ in ("ADJ", "NOUN") for t in doc[c.i + 1 : subj.i])), None)
    if mod is None:
        return subj
    k = mod.i - 1
    # (past adverbs and auxiliaries: 'the town's mayor [have since] released statements regretting ...')
    while k >= 0 and (doc[k].pos_ == "ADV" or doc[k].lower_ in _PERFECT or doc[k].lower_ in _TIME_ADVERBS):
        k -= 1
    if k < 0:
        return subj
    before = doc[k]
    if before.head.i == subj.i and before.dep_ in ("compound", "amod", "nmod:poss", "nmod", "det", "nummod"):
        return subj  # ('State [licensed] doctors said': a noun of the subject's own phrase)
    if before.lower_ in ("he", "she", "they", "we", "i") or _whole_phrase(before):
        while before.dep_ == "conj" and before.head.i < before.i:
            before = before.head  # ('[the principal] and the bishop have since released statements ...')
        return before
    return subj


def _whole_phrase(t: Token) -> bool:
    """``t`` heads a noun phrase of its own, not a bare word that may modify the next ('GOP registered voters'): it has
    a determiner, a possessive or a number, or it is a person's name."""
    if t.pos_ not in ("NOUN", "PROPN") or is_time_word(t):
        return False
    return t.ent_type_ == "PERSON" or any(c.dep_ in ("det", "nmod:poss", "nummod") and c.i < t.i for c in t.children)


_PRESENT_TAGS = {"VB", "VBP", "VBZ"}
_PERFECT = {"have", "has", "had", "'ve", "\u2019ve"}
_TIME_ADVERBS = {"since", "also", "already", "now", "then", "later", "just", "recently", "quickly", "never"}


def main_clause_conjunct(verb: Token) -> Token | None:
    """'He praised those who left [but said], "..."', 'X and Y have described their talks as favors to the groups that
    invited them [and say] ...': a cue the parser conjoined to the verb of a relative clause (its subject 'who',
    'that', 'which') belongs to the main clause when 'but' or 'yet' joins it or its tense is not the relative verb's;
    the verb of the main clause the relative clause's noun hangs from (None when there is none before it)."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.dep_ not in ("acl:relcl", "relcl") or not is_cue_verb(verb):
        return None
    rel = next((c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in ("who", "that", "which")),
               None)
    if rel is None or rel.i > 0 and verb.doc[rel.i - 1].text == ",":
        return None  # ('She thanked the nurses, who worked all night but said ...': a clause set off goes on with them)
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in verb.children)
    tenses = _present(verb) is not None and _present(head) is not None and _present(verb) != _present(head)
    if not (contrast or tenses):
        return None
    up = head.head  # the relative clause's noun, then up to the verb its phrase hangs from
    for _ in range(4):
        if up.pos_ in ("VERB", "AUX") and up.i < head.i:
            return up
        if up.head.i == up.i:
            return None
        up = up.head
    return None


def _present(v: Token) -> bool | None:
    """Whether a finite verb is in the present ('say', 'have lost'), in the past ('said', 'had lost'); None for a
    form that tells neither."""
    if v.tag_ in _PRESENT_TAGS:
        return True
    if v.tag_ == "VBD":
        return False
    if v.tag_ == "VBN":
        aux = next((c for c in v.children if c.dep_ == "aux" and c.lower_ in _PERFECT), None)
        return None if aux is None else aux.lower_ != "had"
    return None


def past_whose_clause(verb: Token) -> Token | None:
    """'Opposition leader Ana Ruiz, whose party holds 40 seats, called on ...': the parser made the relative clause's
    verb the head of the main verb (a clause on it, or a verb conjoined to it after the comma closing the relative
    clause). The main verb's subject is the noun 'whose' stands for: the noun the relative clause hangs from, or the
    relative verb's other subject before 'whose ...'. None when ``verb`` does not hang so."""
    head = verb.head
    if verb.dep_ not in ("advcl", "conj", "parataxis") or not head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ == "conj" or verb.doc[verb.left_edge.i].lower_ in ("and", "but"):
        # ('..., called on the army to ... and [asked] the president to ...': the second of two main verbs, hung on
        # the first or on the relative clause's verb next to it; or a third main verb, 'rejected A and [urged] B',
        # hung on the relative clause's verb as a conjunct after the first)
        for first in [head] + [c for c in head.children if c.dep_ in ("advcl", "parataxis", "conj") and c.i < verb.i]:
            owner = past_whose_clause(first) if first is not head or head.dep_ in ("advcl", "conj", "parataxis") \
                else None
            if owner is not None:
                return owner
    doc = verb.doc
    left = verb.left_edge.i
    if not (doc[left].text == "," or left > 0 and doc[left - 1].text == ","):
        return None
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < head.i]
    owned = next((c for c in subjects if any(k.lower_ == "whose" and k.i < c.i for k in c.children)), None)
    if owned is None:
        return None
    # the words right before ', whose': the noun 'whose' stands for ('Malaysia's former prime minister, [Najib]
    # Razak, whose ...': the name in apposition, not a word the parser hung in front of it)
    whose = next(k for k in owned.children if k.lower_ == "whose")
    if whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    ante = doc[whose.i - 2]
    while ante.dep_ in ("flat", "flat:name", "compound") and ante.head.i < whose.i:
        ante = ante.head
    if ante.pos_ not in ("NOUN", "PROPN"):
        return None
    before = [head.head] if head.dep_ in ("acl:relcl", "relcl") and head.head.i < owned.i else []
    before += [c for c in subjects if c.i < owned.i]
    return ante if any(b.left_edge.i <= ante.i <= b.right_edge.i for b in before) else None


def active_misread(verb: Token) -> bool:
    """A cue the parser read as a passive with no passive auxiliary while it has a hearer after it ('Party leader Ana
    Ruiz, speaking from Lima, called on [soldiers] to ...': 'called' tagged VBN, its subject nsubj:pass): the subject
    is the speaker. 'Minister urged to quit' (no hearer) and 'was called on by X' stay passives."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "ROOT":
        return False
    if any(c.dep_ in ("aux:pass", "auxpass", "aux", "cop") for c in verb.children):
        return False
    doc = verb.doc
    if verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in ("by", "to"):
        return False
    return any(c.i > verb.i and (c.dep_ == "obj" or c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ in ("on", "upon")
                                                                          and k.i == verb.i + 1 for k in c.children))
               and c.pos_ in ("NOUN", "PROPN", "PRON") for c in verb.children)


def aside_subject(verb: Token) -> Token | None:
    """'Interior Minister Pavel Novak, also speaking in early March, called ...': the parser hung the subject on the
    participle aside between it and its finite cue, and gave the cue no subject. The aside is a participle clause
    on the cue, set off by commas on both sides, whose own subject stands right before its opening comma."""
    found = participle_aside(verb)
    return None if found is None else found[1]


def participle_aside(verb: Token) -> tuple[Token, Token] | None:
    """(aside, its subject) for :func:`aside_subject`. The parser may also have made the aside the cue's clause
    ('Trade minister Ana Ruiz, also speaking to students, said [the talks had stalled]', 'Harbor Mining Corp, earlier
    reporting a loss, said [it would sell ...]'): a bare participle (no auxiliary, no 'that') before the cue, when the
    cue has its own clause after it."""
    if not _finite(verb) or not is_cue_verb(verb) or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    doc = verb.doc
    for aside in verb.children:
        if aside.i > verb.i or aside.dep_ not in ("advcl", "acl", "ccomp") or aside.tag_ not in ("VBG", "VBN"):
            continue
        if aside.dep_ == "ccomp" and (any(c.dep_ in ("aux", "aux:pass", "mark") for c in aside.children)
                                      or not any(c.dep_ in ("ccomp", "xcomp", "obj") and c.i > verb.i for c in verb.children)):
            continue
        subj = next((c for c in aside.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aside.i
                     and c.pos_ in ("PROPN", "NOUN") and not is_time_word(c)), None)
        if subj is None:
            continue
        mine = {x.i for x in subj.subtree}
        words = sorted(x.i for x in aside.subtree if x.i not in mine and not x.is_punct)
        last_subj = max(x.i for x in subj.subtree if not x.is_punct)
        if not words or words[0] <= last_subj + 1 or words[-1] >= verb.i:
            continue
        # the aside's own words run from the comma after the subject to the comma before the cue
        if [doc[k].text for k in range(last_subj + 1, words[0])] != [","]:
            continue
        if doc[words[-1] + 1].text != "," or any(
                not (doc[k].pos_ == "ADV" or doc[k].is_punct) for k in range(words[-1] + 2, verb.i)):
            continue
        return aside, subj
    return None


_AUX_WORDS = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "am"}


def acronym_subject(verb: Token) -> Token | None:
    """'VW said the recall would ...': a name written in capitals right before a cue that has no subject, which the
    tagger read as an auxiliary or a verb on the cue (so the cue reads as a passive with no speaker)."""
    if verb.i == 0 or not is_cue_verb(verb) or any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return None
    t = verb.doc[verb.i - 1]
    if t.head.i != verb.i or t.pos_ not in ("AUX", "VERB") or t.lower_ in _AUX_WORDS:
        return None
    word = t.text.replace("&", "")
    if not (2 <= len(word) <= 5 and word.isalpha() and word.isupper()):
        return None
    k = t.i - 1  # opening its sentence or clause: nothing but punctuation or a conjunction before it
    return t if k < 0 or verb.doc[k].is_punct or verb.doc[k].lower_ in ("and", "but") or verb.doc[k].is_sent_end else None


_ASIDE_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")  # a finite verb inside the commas makes them a clause, not an aside
_NAME_WORDS = ("PROPN", "NOUN", "DET", "ADJ", "NUM", "PART")  # ('Caretaker Prime Minister A B', "the party's leader")


def aside_before_cue(verb: Token) -> Token | None:
    """'Caretaker Prime Minister A B, in a statement carried by state media, called on [the army] to ...', 'Party
    leader A B, speaking by telephone from C, called on ...': the parser hung the cue on a noun of the aside (or on the
    name) as a participle, and gave it no subject. Read on the words: a cue in the past with its hearer or its words
    right after it, right after an aside set off by commas (a phrase opening on a preposition or a participle, with no
    finite verb of its own), the aside right after a noun phrase that opens the sentence: that phrase speaks."""
    if verb.tag_ not in ("VBD", "VBN") or not is_cue_verb(verb) or verb.i < 4:
        return None
    if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop") for c in verb.children):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    if not (after.lower_ in ("on", "upon", "for", "that") or after.pos_ in ("DET", "PROPN", "PRON") and after.lower_ != "by"):
        return None  # ('called [on] A to', 'urged [the army] to', 'said [that]'; 'X, ..., called by Y' is a passive)
    start = index_of(doc).sent_start(verb)
    opening = next((k for k in range(verb.i - 2, start, -1) if doc[k].text == "," or doc[k].is_space), None)
    if opening is None or doc[opening].is_space or opening == verb.i - 2:
        return None
    aside = doc[opening + 1 : verb.i - 1]
    if not (aside[0].tag_ in ("IN", "VBG") or aside[0].tag_ == "VBN" and aside[0].lower_ != "said") \
            or aside[0].lower_ in ("that", "because", "if", "although", "while", "when", "as"):
        return None
    if any(t.tag_ in _ASIDE_VERB_TAGS or t.lower_ in ("who", "which", "whose", "that") for t in aside):
        return None
    words = doc[start:opening]
    if not words or len(words) > 8 or any(t.pos_ not in _NAME_WORDS and t.tag_ != "POS" for t in words[1:]):
        return None
    if words[0].pos_ not in _NAME_WORDS and not (words[0].tag_ in ("VBG", "VBN") and len(words) > 1
                                               and words[1].pos_ == "PROPN" and words[0].is_title):
        return None  # (a title the tagger read as a participle: '[Acting] President A B, ...')
    name = next((t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), None)
    if name is None or is_time_word(name):
        return None
    while name.dep_ in ("flat", "flat:name", "compound") and start <= name.head.i < name.i:
        name = name.head
    return name


def _apposed(name: Token, noun: Token, verb: Token) -> bool:
    """``noun`` is an apposition on ``name`` the parser made a second subject: a common noun phrase opening with a
    determiner or an owner right after the name's comma, and closed by a comma before the cue (or its auxiliary)."""
    doc = verb.doc
    if name.pos_ != "PROPN" or noun.pos_ != "NOUN":
        return False
    last = max(x.i for x in name.subtree if not x.is_punct and x.i < noun.left_edge.i)
    first = noun.left_edge
    if doc[last + 1].text != "," or first.i != last + 2 or first.tag_ not in ("DT", "PRP$", "NNP", "NNPS", "JJ"):
        return False
    end = max(x.i for x in noun.subtree if not x.is_punct)
    while end + 1 < verb.i and doc[end + 1].text != ",":
        end += 1
    return end + 1 < verb.i and doc[end + 1].text == "," and all(
        doc[k].pos_ in ("AUX", "ADV") for k in range(end + 2, verb.i))


def _aux_after_comma(verb: Token) -> bool:
    """'X, who ..., [has told] reporters': a cue whose own finite auxiliary (has, had, will, ...) stands right after a
    comma, with nothing but adverbs between the auxiliary and the cue."""
    doc = verb.doc
    aux = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i and c.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    if len(aux) != 1 or aux[0].i < 1 or doc[aux[0].i - 1].text != ",":
        return False
    return all(doc[k].pos_ == "ADV" for k in range(aux[0].i + 1, verb.i))


def verbless_participle_cue(verb: Token) -> bool:
    """'Defeated candidate and former mayor X on Saturday [called] on ...': a sentence with no finite verb, whose cue
    the tagger read as a past participle (a reduced relative clause on its subject, or a clause on an opening
    participle the parser made the root: 'Defeated' as a verb with 'candidate' its object). The cue is the sentence's
    main verb and takes its subject as a finite cue does, from the words before it: a noun phrase that opens the
    sentence, with nothing but names, modifiers and a time phrase between it and the cue. Not a participle with its
    own auxiliary or agent ('the plan announced by the minister') or one that takes nothing ('the man called X')."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("acl", "advcl") or not is_cue_verb(verb) or verb.head.i >= verb.i:
        return False
    doc = verb.doc
    lo = index_of(doc).sent_start(verb)
    if any(c.dep_ in ("aux", "aux:pass", "auxpass", "cop", "nsubj", "nsubj:pass") or c.dep_.startswith("obl") and any(
            k.lower_ == "by" and k.dep_ == "case" for k in c.children) for c in verb.children):
        return False
    if not any(c.dep_ in ("obj", "obl", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return False
    before = [t for t in doc[lo : verb.i] if not t.is_space]
    if len(before) < 2 or before[-1].pos_ not in ("NOUN", "PROPN") and not before[-1].like_num:
        return False
    # (an opening participle read as a verb may stand first: 'Jailed', 'Ousted', 'Exiled', 'Defeated')
    if any(t.is_punct and t.text not in ("-", ".") or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") and not (
            t.i == before[0].i and t.tag_ in ("VBN", "NNP") and t.text[:1].isupper()) for t in before):
        return False
    own = {t.i for t in verb.subtree}  # (the cue's own clauses may have finite verbs: '... until the truth comes out')
    sent = index_of(doc).sent(verb)
    return not any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in own
                   for t in doc[sent.start : sent.end])
