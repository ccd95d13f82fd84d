"""Subjects: who a cue's subject is, however the parser hung it (nearest subject, passive 'by' phrase, participles,
to-infinitives, conjoined cues, a name before the cue over an apposition, datelines, relative 'who'). Its helpers by
job: inverted cues (:mod:`.inverted`), participles hung far from their subject (:mod:`.participle_subjects`), the
parser's subject read past datelines and labels (:mod:`.subject_fixes`); the speaker of a clause that introduces a
quote with a colon is in :mod:`lapwing.extract.quotes.colon_intro`."""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import SUBJ_DEPS, _subject_compound, is_cue_verb, subject_after_quote
from lapwing.extract.quotes.index import current_memo, index_of
from lapwing.extract.quotes.subject_words import (_BE_FORMS, _QUANTITY_SUBJECTS, _finite, _finite_subject_before,
                                                 _main_clause_on_phrase, _passive, _real, _relative_who,
                                                 doc_prev_is_comma_or_adverb, is_time_word)
from lapwing.extract.quotes.subjects_before import (_modifier_subject, _opening_clause_subject, _subject_before)
from lapwing.extract.quotes.releaser import _releaser
from lapwing.extract.quotes.relative_speaker import after_aside_relative, embedded_relative_subject
from lapwing.extract.quotes.fronted_phrase import fronted_phrase_subject
from lapwing.extract.quotes.time_participle import is_time_span, time_participle_subject
from lapwing.extract.quotes.inverted import _inverted_after, inverted_subject
from lapwing.extract.quotes.participle_subjects import (_OTHER_CLAUSE_MARKS, _WHERE_PREPS, _cue_clause_before, _named, _with_absolute,
                                                       object_participle, relative_on_object, seen_or_left,
                                                       with_conjoined)
from lapwing.extract.quotes.subject_fixes import (verbless_participle_cue, _apposed, _aux_after_comma, acronym_subject, active_misread, aside_before_cue, aside_subject, past_whose_clause, _past_dateline, _past_parenthesis, _share_before, main_clause_conjunct,
                                                  past_verbal_modifier)

__all__ = ["_opening_clause_subject", "_real", "_relative_who", "_subject_of", "inverted_subject",
           "is_time_word"]


# nouns for an occasion to speak: an infinitive on one speaks for whoever has or takes it
_OCCASIONS = {"opportunity", "chance", "occasion", "moment", "platform", "stage", "podium", "forum", "spotlight",
              "microphone", "appearance", "time", "opening"}

# auxiliaries that may carry the subject when an aside cuts them off from their verb ('has, however, found')
_SPLIT_AUX = {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "is", "are",
              "was", "were", "does", "do", "did"}


def _subjects(verb: Token) -> list[Token]:
    """The subject children of ``verb`` (a paragraph break the parser used as one stands for the name after it)."""
    out = []
    for c in verb.children:
        if c.dep_ not in SUBJ_DEPS or c.dep_ == "csubj":
            continue
        c = _real(c)
        if c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "case" and k.i < c.i and k.lower_ in _SUBJECT_PREPS
                                               for k in c.children):
            continue  # 'declined to weigh in on [the debate] ..., only saying': a noun after a preposition
        if not (c.is_space or c.is_punct) or c.text == "%" and any(k.dep_ == "nummod" for k in c.children):
            out.append(c)  # ('42% say ...': a share of those asked)
    if not out:
        # 'A poll of voters has, however, found that ...': a subject the parser hung on the auxiliary an aside
        # cut off from its verb
        out = [_real(c) for a in verb.children if a.dep_ == "aux" and a.i < verb.i and a.lower_ in _SPLIT_AUX
               for c in a.children if c.dep_ == "nsubj" and c.i < a.i and c.pos_ in ("NOUN", "PROPN", "PRON")][:1]
    if not out:
        # 'Mr. [Holm], who has ..., offered ...': a name before its verb the parser read as a vocative; '[Some] seek
        # ...': a quantity word opening the sentence the parser hung on the verb as a determiner
        out = [c for c in verb.children if c.i < verb.i and not c.is_space and (
            c.dep_ == "vocative" and c.pos_ in ("PROPN", "NOUN")
            or c.dep_ in ("det", "advmod") and (c.lower_ in _QUANTITY_SUBJECTS or c.lower_ == "another")
            and _opens_clause(c))][-1:]
    return out


def _demonstrative_that(c: Token, verb: Token) -> bool:
    """'[That] suggests a lack of confidence ...': a demonstrative 'that' opening its sentence as the subject of a cue
    speaks for what the sentence before said, as 'this' does (not a relative 'that', nor 'that' inside a clause)."""
    return c.dep_ == "nsubj" and c.head.i == verb.i and c.i < verb.i and is_cue_verb(verb) and _opens_clause(c) \
        and verb.dep_ not in ("acl:relcl", "relcl", "acl") and not any(k.dep_ == "xcomp" for k in verb.children)


# ('nothing in the report that suggests ...', 'no evidence that shows ...': what nothing says is no one's)
_NOTHING = {"nothing", "none", "nobody"}


def _relative_that(c: Token, verb: Token) -> bool:
    """'polls by the college [that] showed A', 'a roster [that] shows A': a relative 'that' as the subject of a cue
    speaks, as 'which' and 'who' do (its antecedent names it)."""
    return c.dep_ == "nsubj" and c.i < verb.i and verb.dep_ in ("acl:relcl", "relcl") and is_cue_verb(verb) \
        and verb.head.i < c.i and verb.head.pos_ in ("NOUN", "PROPN") and verb.lemma_ != "call" \
        and not any(t.lower_ in _NOTHING or any(d.dep_ == "det" and d.lower_ == "no" for d in t.children)
                    for t in (verb.head, verb.head.head))


def _opens_clause(c: Token) -> bool:
    """``c`` opens its sentence, or only a conjunction or an adverb stands before it ('[Yet] another said')."""
    lo = index_of(c.doc).sent_start(c)
    return all(t.pos_ in ("CCONJ", "ADV") or t.is_space for t in c.doc[lo : c.i])


# prepositions that never open a subject the parser may have made one (not 'of' or 'from': '[Most of them] say')
_SUBJECT_PREPS = {"on", "in", "at", "over", "during", "into", "onto", "upon", "about", "against"}


def _opening_participle(c: Token) -> bool:
    """'[Alarmed] by the unrest, Senator Holm said ...': a participle opening the sentence the parser made the subject
    (the speaker is then found as for a cue with no subject, the name before the cue)."""
    return c.tag_ in ("VBN", "VBG") and c.i == index_of(c.doc).sent_start(c) and c.i + 1 < len(c.doc) \
        and any(x.text == "," for x in c.doc[c.i + 1 : c.i + 12])


def _nearest(subjects: list[Token], verb: Token) -> Token:
    """One verb, one subject: when the parser gives it several ('The meeting achieved "very little," he added'), the
    one nearest before the verb (the others belong to clauses the parser ran into it), else the first."""
    before = [c for c in subjects if c.i < verb.i]
    if len(before) >= 2 and _apposed(before[-2], before[-1], verb):
        return before[-2]  # 'Ortiz, a former officer who ..., has told ...': the name, not its apposition
    return before[-1] if before else subjects[0]


def _hung_on_subject(verb: Token) -> bool:
    """The parser hung the cue on its subject, a noun before it in its sentence, as a parataxis or a clause."""
    head, doc = verb.head, verb.doc
    return verb.dep_ in ("parataxis", "dep", "appos", "advcl", "discourse") and head.i < verb.i \
        and (head.pos_ in ("NOUN", "PROPN") or head.pos_ == "NUM" and head.dep_ == "ROOT") \
        and not is_time_word(head) and index_of(doc).sent_start(head) == index_of(doc).sent_start(verb)


def _agent(verb: Token) -> Token | None:
    """The 'by' phrase of a passive cue: 'The song was written by [Paul Simon]'."""
    for c in verb.children:
        if c.i > verb.i and c.pos_ in ("PROPN", "NOUN", "PRON") and (
                c.dep_ == "obl:agent" or c.dep_ == "obl" and any(k.dep_ == "case" and k.lower_ == "by" for k in c.children)):
            return c
    return None


def _for_subject(verb: Token) -> Token | None:
    """'an opening for [the mayor] to highlight ...', 'easy for [critics] to argue that ...': the noun phrase between
    'for' and the 'to' of an infinitive cue is who speaks (read on the words: the parser hangs it anywhere)."""
    doc = verb.doc
    if verb.tag_ != "VB" or verb.i < 3 or doc[verb.i - 1].lower_ != "to":
        return None
    head = None
    for k in range(verb.i - 2, max(-1, verb.i - 9), -1):
        t = doc[k]
        if t.lower_ == "for":
            # (not 'blamed X for [its failure] to explain ...', 'reached for [an image] to describe ...': the
            # infinitive hangs on the noun, which is no one who speaks)
            if head is None or head.dep_ != "nsubj" and head.head.pos_ == "VERB" and head.head.i < head.i:
                return None
            return head
        if t.pos_ in ("NOUN", "PROPN") or t.lower_ in ("him", "her", "them", "us", "me", "everyone", "anyone"):
            head = head or t
        elif not (t.pos_ in ("DET", "ADJ", "NUM") or t.tag_ in ("POS", "PRP$")):
            return None
    return None


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Who speaks for the cue ``verb``, however the parser hung its subject; None when no one does. (Read from the
    parse alone: kept per token and depth during an extraction, whose rules ask again about a cue.)"""
    memo = current_memo(verb.doc, "subject_of")
    if memo is not None and (got := memo.get(key := (verb.i, depth), _UNSET)) is not _UNSET:
        return got
    subj = _find_subject(verb, depth)
    subj = past_verbal_modifier(subj, verb) if subj is not None and depth == 0 else subj
    if memo is not None:
        memo[key] = subj
    return subj


_UNSET = object()


def _find_subject(verb: Token, depth: int = 0) -> Token | None:
    subj = None
    if depth == 0:
        owner = _for_subject(verb)
        if owner is not None:
            return owner
    owner = embedded_relative_subject(verb)  # ('the commanders, who she said had assured her that ...')
    if owner is not None:
        return owner
    owner = past_whose_clause(verb)  # ('Ana Ruiz, whose party holds 40 seats, called on ...')
    if owner is not None:
        return owner
    owner = after_aside_relative(verb)  # ('Ana Ruiz, who ... and whose party has said A, called on ...')
    if owner is not None:
        return owner
    owner = acronym_subject(verb)  # ('VW said ...': the name read as an auxiliary)
    if owner is not None:
        return owner
    # a time the parser made the subject ('Scott on Monday announced ...', 'A court document filed Thursday says')
    # names no speaker: the speaker is found as for a cue with no subject
    subjects = [c for c in _subjects(verb) if not is_time_word(c) and not _opening_participle(c)]
    expl = next((c for c in verb.children if c.dep_ == "expl" and c.lower_ == "it" and c.i < verb.i), None)
    if not subjects and expl is not None and is_cue_verb(verb) and not _passive(verb):
        return expl  # 'It added that ...': the parser read a company's or a ministry's 'it' as an expletive
    if subjects:
        inv = _inverted_after(verb, subjects)
        if inv is not None:
            return inv
        c = _nearest(subjects, verb) if len(subjects) > 1 else subjects[0]
        if c.pos_ == "NOUN" and verb.head.i < c.i and _apposed(verb.head, c, verb):
            c = verb.head  # 'Keita, a former teacher who ..., had told ...' (the name the root, the cue on it)
        if (c.head.dep_ == "nsubj:pass" or c.dep_ == "nsubj:pass") and not active_misread(verb):
            # ('X was quoted as saying', 'X is convinced that': the subject holds the words or the belief)
            if verb.lower_ not in ("quoted", "convinced", "persuaded"):
                # "it was said that ..." - an impersonal passive names no speaker; its 'by' phrase does
                return _agent(verb) if is_cue_verb(verb) else None
        owner = _releaser(c, verb)
        if owner is not None:
            return owner
        if c.lower_ in ("there", "what") or c.lower_ == "it" and not is_cue_verb(verb) \
                or c.lower_ == "that" and not (_demonstrative_that(c, verb) or _relative_that(c, verb)):
            return None  # 'it said' (a company, a ministry) names a speaker; 'it seems that' does not
        subj = c
    if subj is not None:
        return _past_parenthesis(_past_dateline(subj, verb))
    share = _share_before(verb) or aside_subject(verb) or aside_before_cue(verb)
    # ('About four in 10 said'; 'X, speaking on ..., called'; 'X, in a statement carried by Y, called on ...')
    if share is not None:
        return share
    fronted = fronted_phrase_subject(verb)  # ('In a video posted on ..., the premier called on ... and urged ...')
    if fronted is not None:
        return fronted
    if verb.pos_ == "NOUN" and verb.i > 0 and is_cue_verb(verb):
        # 'Holm joked that ...': the tagger read the name and its verb as one compound noun
        name = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1 and c.pos_ == "PROPN"
                     and not (c.i > 0 and c.doc[c.i - 1].lower_ in _WHERE_PREPS)), None)
        if name is not None:  # (not a place or a medium: 'responded on [Facebook] writing, "..."')
            return name
        noun = _subject_compound(verb) or subject_after_quote(verb)  # 'The lawsuit contends that ...', '"...," the
        if noun is not None:  # senator joked to reporters'
            return noun
    inverted = inverted_subject(verb)
    if inverted is not None:
        return inverted
    if is_cue_verb(verb) and any(c.dep_ in ("aux:pass", "auxpass") for c in verb.children):
        return _agent(verb)  # '"...," was written by Governor Ana Ruiz': the quote is the passive's subject
    if depth >= 3:
        return None
    doc = verb.doc
    progressive = verb.lower_.endswith("ing") and verb.i > 0 and doc[verb.i - 1].lower_ in _BE_FORMS
    # ('Quispe, a former teacher who ..., [had announced] that ...': a cue with its own finite auxiliary after the
    # comma closing an aside on its subject, hung on that subject as a finite cue is, below)
    if not _finite(verb) and is_cue_verb(verb) and _aux_after_comma(verb) and _hung_on_subject(verb):
        return verb.head
    if _finite(verb) or verb.pos_ == "VERB" and verb.head.i == verb.i or progressive or verbless_participle_cue(verb):
        # (a progressive cue the tagger took for a noun: 'Mayor Ana Ruiz is warning residents that ...')
        if _finite(verb) and _hung_on_subject(verb):
            return verb.head  # 'Executives for the company, which ..., say ...': the cue hung on its subject
        mod = _modifier_subject(verb)
        if mod is not None:
            return mod
        near = _subject_before(verb)
        if near is not None:
            return near
    # 'The GOP front-runner predicted that ...': the parser read the subject and its cue as a noun with a reduced
    # relative clause and made the noun the sentence's root
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and head.dep_ == "ROOT" and head.i == verb.i - 1 \
            and head.pos_ in ("NOUN", "PROPN") and not is_time_word(head) and is_cue_verb(verb) \
            and head.left_edge.i == index_of(doc).sent_start(verb):
        return head
    # 'with [30 percent of voters] saying ...', 'with [Senator Holm] telling reporters ...': a participle after the
    # noun phrase of an absolute 'with' phrase speaks for that noun phrase, however the parser hung it
    # ('left [voters] wondering ...'; ', with Ruiz calling ... and [others] supporting ...')
    owner = object_participle(verb) or seen_or_left(verb) or with_conjoined(verb) or _with_absolute(verb)
    if owner is not None:
        return owner
    # a participle on a name: 'footage of [Maria Lopez] asking, "..."', 'Smith, speaking on Monday, ...'
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        named = _named(verb.head)
        if named is not None:
            return named
    # a participle opening its sentence speaks for the subject of the clause after it: 'Acknowledging that A, [Allen]
    # did suggest ...', 'Conceding that A, [he] warned ...'
    # (or after a word opening the phrase: '[After] suggesting that A, [Holm] ...', '[Before] announcing ...')
    opens = index_of(doc).sent_start(verb)
    opens = opens + 1 if verb.i == opens + 1 and doc[opens].lower_ in _PARTICIPLE_OPENERS else opens
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") and verb.head.i > verb.i \
            and verb.i == opens and verb.head.pos_ in ("VERB", "AUX", "ADJ"):
        own = next((c for c in _subjects(verb.head) if c.i > verb.i and not is_time_word(c)), None)
        if own is not None and own.lower_ not in ("it", "there", "that", "what"):
            return _relative_who(own)
    opening = _opening_clause_subject(verb)
    if opening is not None:
        return opening
    # a participle cue shares the subject of the nearest verb above it that has one, however the parser hung it:
    # '"...," the businessman said, arguing that ...' (ccomp), 'X lodged an appeal to reopen the case, arguing ...'
    ing = verb.tag_ == "VBG" or verb.tag_ == "NN" and verb.dep_ in ("parataxis", "advcl", "conj", "acl", "xcomp", "ccomp") \
        and is_cue_verb(verb) and doc_prev_is_comma_or_adverb(verb)  # '..., warning that ...' read as a noun
    if ing and verb.lower_.endswith("ing") and verb.i > 0 and verb.dep_ not in ("amod", "compound") \
            and (doc_prev_is_comma_or_adverb(verb) or verb.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp")):
        before = _cue_clause_before(verb)  # '..., a port official said, adding that ...'
        if before is not None:
            return before
        outside = -1  # the first word of a subordinate clause the participle is not about: look above it only
        for anc in list(verb.ancestors)[:6]:
            if outside >= 0 and anc.i >= outside:
                continue
            # a verb, or a noun or adjective with a copula ('[Obama] has been on the sidelines, arguing ...')
            if anc.i > verb.i or anc.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in anc.children):
                continue
            if anc.dep_ in ("ccomp",) and is_cue_verb(anc.head) and anc.head.i < anc.i:
                continue  # 'X said [A did B], arguing that ...': the clause reported is not who argues
            marks = [c for c in anc.children if c.i < anc.i and c.lower_ in _OTHER_CLAUSE_MARKS]
            if anc.dep_ == "advcl:relcl" and anc.head.lower_ in ("how", "why", "what") and anc.head.i < anc.i:
                marks.append(anc.head)  # ('about [how] the navy planned A, saying': 'how' made the clause's head)
            if anc.dep_ in ("advcl", "ccomp", "acl", "advcl:relcl") and anc.head.i < anc.i and doc[verb.i - 1].text == "," \
                    and marks:
                # 'X withdrew the posters after [they were printed], saying ...', '... about how [he planned A], saying': and not a
                # clause before that one either ('a builder [who said he was underpaid] after he finished A, saying')
                outside = min(c.i for c in marks)
                outside = next((a.left_edge.i for a in anc.ancestors if a.dep_ in ("acl:relcl", "relcl", "acl")
                                and a.i < outside), outside)
                continue
            if anc.dep_ in ("acl", "acl:relcl", "relcl") and anc.head.i < anc.i and anc.head.pos_ in ("NOUN", "PROPN") \
                    and not any(c.lower_ in ("who", "which", "that") and c.dep_ in SUBJ_DEPS for c in anc.children) \
                    and not _main_clause_on_phrase(anc):
                continue  # 'X denied the notion [that a shakeup is coming], explaining ...': a clause on a noun
            own = next((c for c in anc.children if c.dep_ in ("nsubj",) and not c.is_punct and not c.is_space
                        and not is_time_word(c)), None)
            if relative_on_object(anc, own, verb):
                continue  # 'X rebuked critics [who say A], saying B': the participle goes on X's clause
            if own is None and is_cue_verb(anc):
                # '"...," said [Carly Fiorina] during the debate, suggesting that ...': an inverted cue's speaker
                own = inverted_subject(anc)
            if own is not None:
                if own.lower_ in ("it", "there", "that", "what"):
                    return None
                # 'WASHINGTON — Sen. X defended ..., saying ...': the name after the dateline
                return _past_dateline(_real(own), anc)  # (a relative 'who' keeps its words: make_speaker)
        timed = time_participle_subject(verb)  # 'After [months] of refusing ..., Ruiz ...': a time never speaks
        if timed is not None:
            return timed
        sent = index_of(doc).sent(verb)
        root = sent.root
        subject_root = root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and root.i + 1 < len(doc) \
            and doc[root.i + 1].tag_ in ("VBD", "VBN") and doc[root.i + 1].head.i == root.i
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i \
                and any(c.dep_ == "case" and c.pos_ == "ADP" and c.i < root.i for c in root.children):
            # 'Outside the stadium, about 200 fans congregated ..., chanting': the root the parser made of an opening
            # phrase is a place, not who speaks; the subject of the last finite verb before the participle does
            return _finite_subject_before(verb, root)
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and not is_time_span(verb.head) \
                and not (subject_root and verb.head.i != root.i and doc[verb.i - 1].text == ","):
            return verb.head  # 'The senator, even suggesting ...' hung on the noun with no verb above it
        if subject_root:
            # 'The GOP nominee complained ..., even suggesting', 'The chairman called for a vote, and then a show of
            # hands, declaring ...': the parser made the subject the root
            return root
        if root.pos_ in ("NOUN", "PROPN") and root.i < verb.i and root.left_edge.i == sent.start \
                and doc_prev_is_comma_or_adverb(verb) and not is_time_word(root) \
                and any(x.tag_ in ("VBD", "VBZ", "VBP", "VBN") and x.pos_ == "VERB" for x in doc[root.i + 1 : verb.i]):
            return root  # 'The party's leader, Anna Berg, voiced support ..., saying': the subject read as the root
    # 'The Houthis denied that A had happened and said B': the parser hung the second cue on the first cue's clause
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.i < verb.i and is_cue_verb(verb.head.head) \
            and verb.head.head.i < verb.head.i and is_cue_verb(verb):
        return _subject_of(verb.head.head, depth + 1)
    # 'never missed an opportunity to remind ...', 'used the occasion to warn ...': an infinitive on a noun for the
    # occasion, the object of a verb, speaks for that verb's subject
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.lower_ in _OCCASIONS and verb.head.dep_ == "obj" \
            and verb.head.i < verb.i and verb.head.head.pos_ == "VERB" \
            and any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children):
        given = next((c for c in verb.head.head.children if c.dep_ == "iobj"), None)
        return given if given is not None else _subject_of(verb.head.head, depth + 1)  # ('gave [the council] a chance')
    # a to-infinitive cue: the object of the verb above it when it has one ('forced [Smith] to admit that ...',
    # 'urged [voters] to say ...'), else its subject ('[Opponents] will try to convince the court that ...'); a purpose
    # clause shares the subject ('[Hart] went on to explain how ...', '[X] called a news conference to announce ...')
    head = verb.head
    if verb.dep_ in ("xcomp", "conj", "parataxis", "ccomp") and head.dep_ == "ROOT" and head.tag_ in ("VBN", "VBD") \
            and head.i < verb.i and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and is_cue_verb(verb) \
            and doc[verb.i - 1].text == ",":
        # 'Karl Lund, a host considered one of the best, recalled that ...': a participle in the subject's apposition
        # the parser made the main verb, the cue hung on it after a comma
        own = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
        if own is not None and any(a.dep_ == "appos" and own.i < a.i < head.i for a in own.children):
            return own
    if verb.dep_ == "acl" and is_time_word(head) and head.head.i < head.i < verb.i and head.head.pos_ == "VERB" \
            and any(m.lower_ == "to" and m.dep_ == "mark" for m in verb.children):
        return _subject_of(head.head, depth + 1)  # '[Berg] replied on Saturday to suggest ...': hung on the time
    # ('She appeared to imply that ...': 'to' read as a preposition and the infinitive as its object)
    to_obl = verb.dep_ == "obl" and verb.tag_ == "VB" and verb.i > 0 and doc[verb.i - 1].lower_ == "to" \
        and doc[verb.i - 1].head.i == verb.i
    # ('[Ruiz] helped convince voters that ...': a bare infinitive after 'help'; '[he] is correct to note that ...': an
    # infinitive the parser made the adjective's clausal subject)
    bare = verb.dep_ == "xcomp" and verb.tag_ == "VB" and head.lemma_ == "help" and head.i < verb.i
    if verb.dep_ == "csubj" and head.pos_ == "ADJ" and head.i < verb.i:
        # (only a subject of the adjective's own that names people: not 'it is important to remember that ...', nor a
        # thing the parser made the subject, 'a frequent complaint - tech firms are quick to point out')
        return next((c for c in _subjects(head) if c.i < head.i and not is_time_word(c) and (
            c.lower_ in ("he", "she", "they", "we", "i") or c.pos_ == "PROPN" or c.tag_ in ("NNS", "NNPS"))), None)
    if (verb.dep_ in ("xcomp", "advcl") or to_obl) and not verb.lower_.endswith("ing") and head.i < verb.i \
            and head.pos_ in ("VERB", "AUX", "ADJ") and (to_obl or bare or any(m.lower_ == "to" and m.dep_ == "mark"
                                                                              for m in verb.children)):
        obj = next((c for c in head.children if c.dep_ in ("obj", "iobj") and head.i < c.i < verb.i
                    and (c.pos_ in ("PROPN", "NOUN", "PRON", "NUM") or c.lower_ in _QUANTITY_SUBJECTS)),
                   None) if verb.dep_ == "xcomp" else None  # ('caused [many] to wonder ...')
        if obj is None and verb.dep_ == "xcomp":
            # 'Voters were more likely to say ...', '[She] is expected to argue ...': the subject of the adjective or
            # of the passive the infinitive completes is who speaks
            raised = next((c for c in _subjects(head) if c.i < head.i and not is_time_word(c)
                           and c.lower_ not in ("it", "there", "that", "what", "this")), None)
            if raised is not None and (head.pos_ == "ADJ" or _passive(head)):
                return raised
        return _relative_who(obj) if obj is not None else _subject_of(head, depth + 1)
    main = main_clause_conjunct(verb)  # ('He praised those who left [but said] ...': the main clause's cue)
    if main is not None:
        return _subject_of(main, depth + 1)
    before = _bare_participle_sentence(verb)  # ('Holm stated that A. [Adding], "B."': the sentence before's speaker)
    if before is not None:
        return _subject_of(before, depth + 1)
    # a subject shared with the verb this one hangs from: "X went on stage and said ...",
    # "X pointed to ..., noting that ...", "X emailed supporters, telling them ...", "X celebrated, declaring ..."
    head = verb.head
    # ('Mrs. Clinton shook her head and said': a verb the tagger read as a name still has its subject)
    # ('X offered the man a job, then says ...': a cue after ', then' the parser made a parataxis)
    then = verb.dep_ == "parataxis" and any(c.lower_ == "then" and c.dep_ == "advmod" and c.i < verb.i for c in verb.children)
    if head.i < verb.i and (head.pos_ in ("VERB", "AUX", "ADJ", "NOUN") or head.pos_ == "PROPN" and verb.dep_ == "conj") and (
        verb.dep_ == "conj" or then or (verb.dep_ in ("advcl", "xcomp") and verb.lower_.endswith("ing"))
    ):
        passive = [c for c in _subjects(head) if c.dep_ in ("nsubj:pass", "nsubjpass")]
        if verb.dep_ == "conj" and passive and passive[0].lower_ not in ("it", "there", "that", "what"):
            return passive[0]  # '[Holm] was asked about the cuts and said ...'
        if verb.dep_ == "conj" and (head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("obj", "obl:agent")
                                    or head.pos_ == "ADJ" and head.dep_ == "xcomp") \
                and head.head.pos_ == "VERB" \
                and head.head.i < head.i and verb.lower_.endswith("ed") and is_cue_verb(verb):
            # ('[He] adopted a fake accent and joked, "..."': a past cue the tagger read as a noun conjoined to the
            # object speaks for the subject of the object's verb; '[Ruiz] was joined by the mayor and joked': to the
            # agent of a passive, for the passive's subject; 'Chile urged [calm] and called on ...': an object the
            # parser read as an adjective)
            if head.dep_ == "obl:agent":
                return next((c for c in _subjects(head.head) if c.dep_ in ("nsubj:pass", "nsubjpass")), None)
            return _subject_of(head.head, depth + 1)
        if verb.dep_ == "conj" and is_cue_verb(verb):
            # 'after [it] cut its forecast and said ...': a company's 'it' shared with the cue speaks (the 'it' of a
            # verb that is no cue is not the speaker of that verb, but it is the subject of the cue conjoined to it)
            it = next((c for c in _subjects(head) if c.lower_ == "it" and c.dep_ == "nsubj" and c.i < head.i), None)
            if it is not None and not any(k.dep_ in ("ccomp", "xcomp", "csubj") and k.i > head.i for k in head.children
                                          if k.i != verb.i):
                return it
        # '[Several officers] with ... balked at it and said ...': the parser made the subject the root, and the first
        # verb a clause on it or a verb conjoined to it
        noun = head.head if head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") and head.head.i < head.i else head
        if depth == 0 and verb.dep_ == "conj" and noun.dep_ == "ROOT" and noun.pos_ in ("NOUN", "PROPN") \
                and _finite(verb) and is_cue_verb(verb) and not is_time_word(noun) \
                and noun.left_edge.i == index_of(doc).sent_start(verb) \
                and not any(c.dep_ in SUBJ_DEPS or c.dep_ == "cop" for c in noun.children):
            # ('Some hope to ... and claim that ...': a quantity word the parser made the root noun's determiner)
            return _subject_of(noun, depth + 1) or noun
        return _subject_of(head, depth + 1)
    return None


# words that may open a participle phrase opening its sentence ('After suggesting that A, Holm ...')
_PARTICIPLE_OPENERS = {"after", "before", "while", "since", "upon", "by", "in", "on", "when", "without", "despite"}


def _bare_participle_sentence(verb: Token) -> Token | None:
    """'Holm stated that the report "was not good." Adding, "Now, ..."': a participle cue opening a sentence with no
    main clause, right before a colon or a comma and a quote, goes on from the sentence before; that sentence's main
    verb when it is a cue (None otherwise)."""
    doc = verb.doc
    index = index_of(doc)
    lo = index.sent_start(verb)
    while lo < verb.i and (doc[lo].is_space or doc[lo].text in QUOTE_OPENERS):
        lo += 1
    if verb.tag_ != "VBG" or verb.i != lo or lo == 0 or verb.i + 2 >= len(doc) or doc[verb.i + 1].text not in (",", ":") \
            or doc[verb.i + 2].text not in QUOTE_OPENERS or verb.i < verb.head.i <= verb.i + 2 or verb.head.i < verb.i:
        return None  # (the parser may hang it on the quoted words: no main clause of the writer's either way)
    first = index.sent_start(verb)
    if first == 0:
        return None
    prev = index.sent(doc[first - 1])
    if "\n" in doc[prev.end - 1 : lo].text:
        return None  # (only within its paragraph)
    root = prev.root
    return root if root.pos_ == "VERB" and is_cue_verb(root) else None


QUOTE_OPENERS = {'"', "\u201c", "``", "''"}
