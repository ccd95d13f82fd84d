"""Who a participle cue speaks for when the parser hung it far from its subject: a cue clause set off before it
('A, a port official said, adding that B'), the noun of an absolute 'with' phrase ('with three in 10 saying'), a name
it hangs on ('footage of Maria Lopez asking')."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import is_cue_verb, lexicon
from lapwing.extract.quotes.index import index_of


# words opening a clause whose subject is not who speaks in a participle after it ('X withdrew the posters after [they were printed],
# saying ...'); not 'while', 'where', 'as', 'when', whose clause may hold the speaker ('while [others] are setting up
# shop, seeking ...')
_OTHER_CLAUSE_MARKS = {"after", "because", "how", "why", "what", "that", "whether", "if", "since", "before", "once",
                       "until", "although", "though", "unless"}


def _cue_clause_before(verb: Token) -> Token | None:
    """'A, [a port official] said, adding that B', 'A, the mayor told reporters, adding B': a participle cue right
    after a cue clause set off after its content speaks for that clause's subject, however the parser hung it."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    lo = index_of(doc).sent_start(verb)
    for k in range(verb.i - 2, max(lo - 1, verb.i - 5), -1):
        t = doc[k]
        if t.tag_ in ("VBD", "VBZ", "VBP") and is_cue_verb(t):
            subj = next((c for c in t.children if c.dep_ in ("nsubj",) and c.i < t.i), None)
            # only a cue clause set off by a comma before it ('A, X said, adding'), or right after its quote ('"A," she
            # said, adding')
            if subj is None or not (doc[subj.left_edge.i - 1].text == "," or _after_quote(doc, subj.left_edge.i)) \
                    or subj.left_edge.i <= lo:
                return None
            return None if subj.lower_ in ("it", "there", "that", "what") else subj
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            break
    return _inverted_clause_before(verb, lo)


_INVERTED_CLAUSE_WORDS = 14  # longest inverted cue clause before a participle ('said X during the debate, suggesting')


def _inverted_clause_before(verb: Token, lo: int) -> Token | None:
    """'"A," said [Ana Ruiz] during the debate, suggesting that B': a participle cue right after an inverted cue clause
    that follows its quote speaks for the name after that cue, however the parser hung them."""
    from lapwing.extract.quotes.inverted import inverted_subject  # (inverted imports nothing from here)

    doc = verb.doc
    for k in range(verb.i - 2, max(lo, verb.i - 2 - _INVERTED_CLAUSE_WORDS), -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and not (t.tag_ in ("VBD", "VBZ", "VBP") and is_cue_verb(t)):
            return None
        if t.text in (";", ":", ".", "!", "?"):
            return None
        if t.tag_ in ("VBD", "VBZ", "VBP") and is_cue_verb(t):
            if not _after_quote(doc, t.i):
                return None
            name = inverted_subject(t) or _name_before_phrase(doc, t.i + 1, verb.i)
            return name if name is not None and name.i > t.i else None
    return None


def _name_before_phrase(doc, lo: int, hi: int) -> Token | None:
    """'said [former executive Ana Ruiz] during the debate': the name closing the words right after an inverted cue, up
    to a preposition or a comma (only a name with its title or role words before it)."""
    words = []
    for t in doc[lo:hi]:
        if t.pos_ == "ADP" or t.is_punct and t.text != ".":
            break
        words.append(t)
    if not words or len(words) > 6 or words[-1].pos_ != "PROPN" \
            or not all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or t.text == "." for t in words):
        return None
    return words[-1]


def _after_quote(doc, i: int) -> bool:
    """Token ``i`` comes right after a closing quotation mark that follows a comma ('"A," [she] said')."""
    j = i - 1
    while j > 0 and doc[j].text in _CLOSING_MARKS:  # (past an inner quote closing with it: 'its brain,' " said')
        j -= 1
    return j < i - 1 and doc[j].text in (",", "!", "?")


_CLOSING_MARKS = {'"', "\u201d", "''", "'", "\u2019"}


_WITH_PHRASE_WORDS = 10  # longest noun phrase between 'with' and its participle ('with three in 10 likely voters')


def _with_absolute(verb: Token) -> Token | None:
    """The noun right before a participle cue in an absolute 'with' phrase after a comma or opening the sentence
    (', with four in [10] saying', ', with Sky and ITV [News] calling the vote', ', with [Holm] loudly
    calling'); None when other words (a verb, punctuation) stand between them."""
    if verb.tag_ != "VBG" or not (is_cue_verb(verb) or verb.lower_ in lexicon().object_forms):
        return None  # (an object cue too: ', with nearly 140 House members blasting the raids')
    doc = verb.doc
    lo = max(index_of(doc).sent_start(verb), verb.i - _WITH_PHRASE_WORDS - 1)
    k = verb.i - 1
    while k >= lo and doc[k].lower_ != "with":
        t = doc[k]
        if not (t.pos_ in ("NOUN", "PROPN", "NUM", "DET", "ADJ", "ADV", "CCONJ", "PRON") or t.lower_ in ("of", "in")
                or t.tag_ in ("POS", "PRP$", "HYPH") or t.text == "."):
            return None
        k -= 1
    if k < lo or k == verb.i - 1 or k > lo and doc[k - 1].text not in (",", ";", "\u2014", "--"):
        return None  # an absolute phrase opens the sentence or follows a comma ('replaced it with language calling')
    words = [t for t in doc[k + 1 : verb.i] if t.pos_ != "ADV"]
    last = words[-1] if words else None  # the noun right before the participle ('30 percent of [voters]')
    if last is None or not (last.pos_ in ("NOUN", "PROPN", "NUM") or last.lower_ in ("he", "she", "they", "we", "i")):
        return None
    return last


# prepositions before a name that make it a place or a medium, not someone a participle after it is about
_WHERE_PREPS = {"on", "in", "at", "via", "through", "from", "to", "into", "onto", "across"}


def _named(noun: Token) -> Token | None:
    """A name, or the name in its 'of' phrase ('footage of Maria Lopez'): who a participle on ``noun`` is about."""
    if noun.pos_ == "PROPN" or noun.ent_type_ == "PERSON":
        if any(c.dep_ == "case" and c.lower_ in _WHERE_PREPS for c in noun.children):
            return None  # ('responded to the question on [Facebook] writing, "..."': a place or a medium, no speaker)
        return noun
    return next((c for c in noun.children if c.dep_ == "nmod" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON")
                 and any(k.dep_ == "case" and k.lower_ == "of" for k in c.children)), None)


def with_conjoined(verb: Token) -> Token | None:
    """A participle cue conjoined inside an absolute 'with' phrase: after 'and' with a noun phrase of its own, that noun
    phrase speaks (', with Ruiz calling for a ban and [others] supporting a tariff'); after 'and' alone, it shares the
    first participle's noun phrase (', with [Ruiz] tweeting that ... and asking, "..."')."""
    if verb.tag_ != "VBG" or not (is_cue_verb(verb) or verb.lower_ in lexicon().object_forms):
        return None
    doc = verb.doc
    lo = index_of(doc).sent_start(verb)
    k = verb.i - 1
    while k > lo and doc[k].pos_ == "ADV":
        k -= 1
    if doc[k].lower_ == "and":
        # the participle before it, however the parser hung this one (None unless it is one of a 'with' phrase)
        first = next((doc[j] for j in range(k - 1, lo - 1, -1) if doc[j].tag_ == "VBG"), None)
        return _with_absolute(first) if first is not None and verb.dep_ in ("conj", "advcl", "xcomp") else None
    last = doc[k]
    if not (last.pos_ in ("NOUN", "PROPN") or last.lower_ in ("others", "many", "some", "they", "he", "she")):
        return None
    j = k
    while j > lo and (doc[j].pos_ in ("NOUN", "PROPN", "DET", "ADJ", "NUM") or doc[j].tag_ in ("POS", "PRP$", "HYPH")
                      or doc[j].lower_ in ("others", "many", "some", "they", "he", "she")) and k - j < _WITH_PHRASE_WORDS:
        j -= 1
    if doc[j].lower_ != "and" or j == k:
        return None
    # a 'with' phrase opening the sentence or set off by a comma before the 'and', with no clause break between
    for w in range(j - 1, lo - 1, -1):
        t = doc[w]
        if t.text in (";", ":", ".", "\u2014") or t.is_space:
            return None
        if t.lower_ == "with" and (w == lo or doc[w - 1].text in (",", "\u2014", "--")):
            return last
    return None


# verbs whose object a participle after it is about: 'left [voters] wondering ...', 'had [the crowd] chanting ...'
_OBJECT_PREDICATE_VERBS = {"leave", "keep", "have", "get", "set", "send", "find", "catch", "see", "hear", "watch"}


def object_participle(verb: Token) -> Token | None:
    """'The ruling left [many officials] asking whether ...', 'The speech had [the crowd] chanting that ...': a
    participle cue after the object of a verb that sets its object doing something speaks for that object, however
    the parser hung it (on the verb, or on the object)."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "obj" and head.i < verb.i:
        obj, head = head, head.head
    elif verb.dep_ in ("xcomp", "advcl") and head.i < verb.i:
        obj = next((c for c in head.children if c.dep_ == "obj" and head.i < c.i < verb.i), None)
    else:
        return None
    if obj is None or head.pos_ != "VERB" or head.lemma_ not in _OBJECT_PREDICATE_VERBS:
        return None
    # people: a plural noun, a name, a group word or a pronoun ('left the meeting saying' is the subject's)
    share = obj.lower_ in ("percent", "%", "majority", "half", "third", "most") and any(
        c.dep_ == "nmod" and c.tag_ in ("NNS", "NNPS") for c in obj.children)  # ('left [62 percent] of voters saying')
    if not (obj.tag_ in ("NNS", "NNPS") or obj.ent_type_ in ("PERSON", "NORP", "ORG") or obj.lower_ in _GROUP_WORDS
            or obj.lower_ in ("him", "her", "them", "us", "me") or share):
        return None
    doc = verb.doc
    if doc[verb.i - 1].text == "," and not any(t.text == "," for t in doc[obj.left_edge.i : verb.i - 1]):
        return None  # ('kept the papers, noting that ...': a participle set off by a comma is the subject's)
    between = [t for t in doc[obj.right_edge.i + 1 : verb.i] if not t.is_space]
    if between and not (between[0].text == "," and between[-1].text == ","):
        return None  # right after the object, or past an aside set off by commas ('has few memories aside from talking')
    return obj


_GROUP_WORDS = {"crowd", "audience", "public", "room", "electorate", "party", "base", "nation", "country", "world",
                "press", "media", "team", "staff", "everyone", "everybody", "many", "some", "others"}


# verbs of seeing or hearing whose passive subject is the one seen or heard doing something ('is heard saying')
_PERCEIVED = {"hear", "see", "show", "film", "catch", "record", "capture", "videotape", "tape", "overhear", "spot",
              "photograph", "depict", "picture"}


def passive_perceived(verb: Token) -> Token | None:
    """'In the video, [his rival] is heard saying that ...', 'The cleric is shown lecturing: "..."': a participle cue
    on the passive of a verb of seeing or hearing speaks for the passive's subject (the one seen or heard), not for
    whoever posted the video."""
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and verb.head.i < verb.i:
        head = verb.head
    elif verb.lower_.endswith("ing") and verb.i > 0 and verb.doc[verb.i - 1].tag_ == "VBN":
        head = verb.doc[verb.i - 1]  # ('is seen [warning] residents': the tagger's noun right after the participle)
    else:
        return None
    if head.lemma_.lower() not in _PERCEIVED or not any(c.dep_ in ("aux:pass", "auxpass") for c in head.children):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj:pass", "nsubjpass") and c.i < head.i), None)
    if subj is None or any(t.text == "," for t in verb.doc[head.i + 1 : verb.i]):
        return None
    return subj


def left_in_a_state(verb: Token) -> Token | None:
    """'He came away convinced that ...', 'The mayor remained convinced that ...': a cue participle that says the state
    a verb leaves its subject in speaks for that subject (the verb is no cue: 'said, convinced that' is the cue's)."""
    if verb.dep_ != "xcomp" or verb.tag_ not in ("VBN", "JJ") or verb.head.i >= verb.i or verb.head.pos_ != "VERB":
        return None
    if is_cue_verb(verb.head) or any(c.dep_ in ("aux:pass", "auxpass") for c in verb.head.children):
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
    return subj if subj is not None and subj.lower_ not in ("it", "there", "this", "that", "what") else None


def seen_or_left(verb: Token) -> Token | None:
    """Who speaks for a participle cue on a verb of seeing or hearing, or on a verb leaving its subject in a state."""
    return passive_perceived(verb) or left_in_a_state(verb)


def relative_on_object(clause: Token, subject: Token | None, participle: Token) -> bool:
    """'The mayor rebuked critics [who say A], saying B', 'thanked voters [who said A], adding B': a participle cue after
    a comma that the parser hung on a relative clause ``clause`` (subject a relative pronoun) on the object of a verb
    with a subject of its own goes on that verb's clause, not on the relative clause."""
    if clause.dep_ not in ("acl:relcl", "relcl") or subject is None or subject.lower_ not in ("who", "which", "that"):
        return False
    if participle.i < 1 or participle.doc[participle.i - 1].text != ",":
        return False
    noun = clause.head
    verb = noun.head
    if noun.dep_ not in ("obj", "iobj", "obl") or verb.pos_ != "VERB" or verb.i > noun.i:
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i and c.lower_ not in ("it", "there") for c in verb.children)
