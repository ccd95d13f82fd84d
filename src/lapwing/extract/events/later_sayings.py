"""Article-level gate on plain statements told after the lead (session 39, round pr78; issue 10: precision).

A news report opens with its news in the lead paragraph; the paragraphs after it quote the parties about that news
("The agency said the figures would be published in May.", "'The port is open,' she told reporters."). A plain
statement (CAMEO 010: a saying whose content coded no act of its own) in such a later paragraph is a voice in the
story, not an event of it: the reference folder leaves those sayings uncoded or optional, and a saying whose content
is an act keeps that act (the content's event is coded by its own trigger, not by this 010). ``later_plain_sayings``
drops them, but for a saying addressed to a party (a target: "told the visiting envoy that ...", "addressed the
commanders"), which is a contact between two actors, and for a saying that denies or opposes, which the folder codes
as a denial or a rejection (016, 12x): a content with a negation ("said there was *no* evidence of spying", "said
*nobody* had been mistreated") or a verb of denying or opposing ("said Lisbon *opposed* the quota"), or a saying
joined to such a verb ("*denied* the charge and said the flights were routine"). The lead's own plain statement stays
("Japan's foreign minister said on Monday that talks would go on."), so do every other code in the later paragraphs
(a denial, an accusation, a threat) and every statement of a text with a single paragraph (a sentence, a brief).

The lead paragraph is the first one that ends as a sentence does (a full stop, a question or exclamation mark, or a
closing quotation mark after one): a headline line above it ("Talks on border resume in Geneva") is not the lead.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

#: how a paragraph that is prose (not a headline line) ends
_SENTENCE_ENDS = (".", "!", "?", ".\"", ".”", ".'", ".’", "?\"", "?”", "!\"", "!”")

#: the code of a plain statement (no comment, no appeal, no act in its content)
PLAIN_STATEMENT = "010"


#: words that make a saying's content a denial or a refusal
_NEGATIONS = frozenset({"not", "n't", "no", "never", "none", "nothing", "nobody", "neither", "nor"})
#: verbs of denying or opposing, in a saying's content or joined to the saying
_DENYING = frozenset({"deny", "reject", "oppose", "dismiss", "refute", "rebuff", "disagree"})


def denying_saying(t: Token) -> bool:
    """The saying ``t`` denies or opposes: its content (its subtree but for its subject) holds a negation or a verb
    of denying, or it is joined to a verb of denying ("denied the report and said ...")."""
    subject = {x.i for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") for x in c.subtree}
    for x in t.subtree:
        if x.i in subject or x.i == t.i:
            continue
        if x.lower_ in _NEGATIONS or (x.pos_ == "VERB" and x.lemma_.lower() in _DENYING):
            return True
    joined = [t.head] if t.dep_ == "conj" else []
    joined += [c for c in t.children if c.dep_ == "conj"]
    return any(j.lemma_.lower() in _DENYING for j in joined)


def lead_end(text: str) -> int | None:
    """The character offset where the lead paragraph of ``text`` ends, or None when no paragraph of prose follows it
    (a text of one paragraph, or one whose later lines are no prose)."""
    start = 0
    end_of_lead: int | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        end = start + len(line)
        if stripped:
            if end_of_lead is None:
                if stripped.endswith(_SENTENCE_ENDS):
                    end_of_lead = end
            else:
                return end_of_lead
        start = end + 1
    return None


Coded = list[tuple[Any, list[tuple[Any, int]]]]  # each sentence with its events and their trigger indexes


def later_plain_sayings(doc: Doc, per: Coded) -> Coded:
    """``per`` (each sentence of ``doc`` with its coded events and their trigger tokens) without the plain statements
    of the sentences that start after the lead paragraph, but for those that deny or oppose."""
    cut = lead_end(doc.text)
    if cut is None:
        return per

    def kept(ev: Any, i: int) -> bool:
        return ev.cameo != PLAIN_STATEMENT or ev.target is not None or denying_saying(doc[i])

    return [(sent, coded if sent.start_char < cut else [(ev, i) for ev, i in coded if kept(ev, i)])
            for sent, coded in per]
