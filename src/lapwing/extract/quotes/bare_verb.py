"""'"...," an angry mayor retaliated.' / '"...," the email read.' / '"...," it recommended in the report.': a quote
closing with a comma, then a short subject and a finite verb the speech lexicon does not list, then nothing but the
sentence's end, a time or a phrase. The quote is what the verb's subject said (the sentence has no other object for
the verb), so the verb is its cue and the subject its speaker (rule ``direct:cue-after``).

Read on the words after the quote only; a verb with an object or a clause of its own ('..., the mayor closed the
bridge'), a form of 'be', 'have' or 'do', and a subject that is no noun phrase give nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.quotes.cues import lexicon

_SUBJECT_WORDS = 6  # the longest subject between the quote and its verb ('the harbour board's new chairman')
_NOT_CUES = {"be", "is", "was", "were", "are", "am", "been", "has", "have", "had", "do", "does", "did", "'s", "\u2019s",
             "got", "gets", "went", "goes", "came", "comes"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_READ = {"read", "reads"}


def _listed(t: Token) -> bool:
    """'read', or a form of a verb the speech lexicon lists (whatever the tagger called it: 'the pair [write].')."""
    lex = lexicon()
    return t.lower_ in _READ or t.lower_ not in ("state", "states") and (
        lex.lemma(t) is not None or t.lower_ in lex.object_forms) and not t.lower_.endswith("ing")
_NAME_WORDS = 4  # the longest name after an inverted verb ('reacted Senator Ana Ruiz.')


def _inverted(words: list[Token]) -> tuple[Token, Token] | None:
    """'"...?" reacted Ruiz.': a past verb right after the quote, then a name, then the sentence's end or a comma
    opening the name's apposition ('"...," fretted Ana Lopes, a farmer who ...')."""
    if len(words) < 3 or words[0].lower_ in _NOT_CUES or not (
            words[0].tag_ == "VBD" or words[0].tag_ == "VBN" and words[0].lower_.endswith("ed")):
        return None  # (a past form the tagger read as a participle: '"...," confided Maria Costa')
    name = []
    for t in words[1:]:
        if t.text in (".", "!", "?", ","):
            break
        if not (t.pos_ == "PROPN" or t.text[:1].isupper() and t.is_alpha):
            return None
        name.append(t)
    if not name or len(name) > _NAME_WORDS or len(name) == len(words) - 1:
        return None  # (the sentence must end right after the name)
    return words[0], name[-1]


def bare_verb_cue(after: list[Token]) -> tuple[Token, Token] | None:
    """(verb, subject head) when the words right after a quote that closed with a comma are a subject, a finite verb
    and then only the sentence's end, an adverb or a phrase opened by a preposition; else None."""
    words = [t for t in after if not t.is_space]
    inverted = _inverted(words)
    if inverted is not None:
        return inverted
    subject: list[Token] = []
    k = 0
    while k < len(words) and len(subject) <= _SUBJECT_WORDS and (
            words[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or words[k].tag_ in ("POS", "PRP$")
            or words[k].lower_ in _PRONOUNS and not subject):
        subject.append(words[k])
        k += 1
    if len(subject) >= 2 and _listed(subject[-1]) and (k >= len(words) or words[k].text in (".", "!", "?")):
        k -= 1  # '..., the email read.', '..., the pair write.': the tagger took the verb for a noun
        subject.pop()
    if not subject or k >= len(words) or len(subject) > _SUBJECT_WORDS:
        return None
    head = subject[-1]
    # ('the editorial read': a noun the tagger read as an adjective, after a determiner)
    if not (head.pos_ in ("NOUN", "PROPN") or head.lower_ in _PRONOUNS
            or head.pos_ in ("ADJ", "NUM") and subject[0].pos_ == "DET"):  # ('the editorial', 'the pair')
        return None
    if head.lower_ in _PRONOUNS and len(subject) > 1:
        return None
    while k < len(words) and words[k].pos_ == "ADV":
        k += 1  # ('..., she then started.')
    if k >= len(words):
        return None
    verb = words[k]
    if not (verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") or _listed(verb)) or verb.lower_ in _NOT_CUES:
        return None
    rest = words[k + 1 :]
    # then the sentence's end, or adverbs and phrases opened by a preposition ('in the white paper', 'on Monday')
    j = 0
    while j < len(rest) and rest[j].text not in (".", "!", "?", ";"):
        t = rest[j]
        if t.pos_ == "ADV" or t.pos_ == "ADP" or t.text == ",":
            j += 1
            while j < len(rest) and rest[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON") and rest[j].text != ",":
                j += 1  # the phrase's noun phrase
            continue
        if t.pos_ == "NOUN" and t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("today", "yesterday", "tonight"):
            j += 1
            continue
        return None  # an object or a clause of its own
    return verb, head
