"""Speakers: the subject of a cue, resolved by the actor extractor when it is there, else the subject's words."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from lapwing.extract.actors.coref import PRONOUN_GENDER, _said_genders
from lapwing.extract.docfacts import token_columns
from lapwing.extract.registry import Context, optional_module
from lapwing.schema import Actor
from lapwing.extract.quotes.cues import is_cue_verb, lexicon
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.segmentation import QUOTE_CHARS, _Found, _overlaps, _strip_span, _word_count
from lapwing.extract.quotes.subjects import _real, _relative_who, _subject_of

# ---------------------------------------------------------------------------
# actors


def _actors_module():
    return optional_module("lapwing.extract.actors")


# Parts of a noun phrase kept in a speaker's words (appositions and relative clauses are left out).
NP_LEFT = {"compound", "flat", "flat:name", "amod", "det", "nmod:poss", "poss", "nummod", "det:poss", "nn"}
NP_RIGHT = {"compound", "flat", "flat:name", "case"}


def speaker_span(token: Token) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``token`` (without appositions, clauses)."""
    start = end = token.i
    frontier = [token]
    while frontier:
        t = frontier.pop()
        for c in t.children:
            if c.i < token.i and c.dep_ in NP_LEFT:
                start = min(start, c.left_edge.i if c.dep_ in ("nmod:poss", "poss") else c.i)
                frontier.append(c)
            elif c.i > token.i and c.dep_ in NP_RIGHT and c.i == end + 1:
                end = c.i
                frontier.append(c)
    doc = token.doc
    sent_lo = index_of(doc).sent_start(token)
    # titles and names written as a run of proper nouns the parser split oddly
    while start > sent_lo and doc[start - 1].pos_ == "PROPN" and token.lower_ not in _PRONOUNS and not _is_cue_token(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN" and token.pos_ == "PROPN" and not _is_cue_token(doc[end + 1]):
        end += 1
    if token.pos_ == "ADJ" and token.head.pos_ == "VERB":
        # a noun the tagger read as an adjective on its cue ('The party's nominee explained'): the words before it
        while start > sent_lo and doc[start - 1].tag_ in ("DT", "PRP$", "POS", "NNP", "NNPS", "NN", "NNS", "JJ", "HYPH"):
            start -= 1
    while start < token.i and (doc[start].is_punct or doc[start].is_space or doc[start].lower_ in {"to", "of", "according"}):
        start += 1
    return start, end + 1


# a pronoun speaker's words are the pronoun alone ('told host Chris Cuomo [she] believed')
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who"}


def _is_cue_token(t: Token) -> bool:
    return is_cue_verb(t)


def make_speaker(ctx: Context, token: Token, quoted: list[tuple[int, int]] | Ranges | None = None) -> Actor:
    """The Actor for a speaker head token: actor_for_token when available, else the subject's words.
    A he/she the actor coder left unresolved is the subject of an earlier sentence (see :func:`_earlier_subject`)."""
    token = _real(token)
    antecedent = _relative_who(token)
    if antecedent.i != token.i:
        # 'the minister, who said ...': the speaker's words are 'who', its name and codes the antecedent's
        actor = make_speaker(ctx, antecedent, quoted)
        return actor.model_copy(update={"text": token.text, "start": token.idx, "end": token.idx + len(token),
                                        "kind": "pronoun", "rule": "quotes:relative-pronoun"})
    mod = _actors_module()
    fn = getattr(mod, "actor_for_token", None) if mod is not None else None
    if fn is not None:
        actor = fn(ctx, token)
        if actor is not None and token.lower_ in ("he", "she") and actor.name:
            m = getattr(mod, "mention_for_token", lambda c, t: None)(ctx, token)
            if m is not None and _gender(ctx, m, exclude=m) not in (None, _PRONOUN_GENDER[token.lower_]):
                actor = None  # 'Ms. Baker said ... "...," he said': the article says she is not him
        if (actor is None or not actor.name) and token.lower_ in ("he", "she", "it") and token.pos_ == "PRON":
            actor = _earlier_subject(ctx, token, mod, quoted or []) or actor
        if actor is not None:
            stripped = actor.text.strip()
            if stripped != actor.text and stripped:  # keep offsets and words in step
                lead = len(actor.text) - len(actor.text.lstrip())
                actor = actor.model_copy(update={"text": stripped, "start": actor.start + lead,
                                                 "end": actor.start + lead + len(stripped)})
            return actor
    s, e = speaker_span(token)
    span = token.doc[s:e]
    kind = None
    if token.pos_ == "PRON":
        kind = "pronoun"
    elif token.ent_type_ in ("PERSON",):
        kind = "person"
    elif token.ent_type_ in ("ORG",):
        kind = "org"
    elif token.ent_type_ in ("GPE", "LOC"):
        kind = "gpe"
    elif token.ent_type_ == "NORP":
        kind = "norp"
    name = None
    if kind not in ("pronoun",) and token.pos_ == "PROPN":
        name = " ".join(t.text for t in span if t.pos_ == "PROPN" or t.dep_ in ("flat", "flat:name", "compound"))
        name = name or span.text
    return Actor(text=span.text, name=name, start=span.start_char, end=span.end_char, kind=kind, rule="quotes:subject")


def _fallback_speaker(tokens: list[Token], verb: Token) -> Token | None:
    """Without a usable parse: the noun or pronoun next to the verb in the frame text."""
    before = [t for t in tokens if t.i < verb.i and not t.is_space]
    after = [t for t in tokens if t.i > verb.i and not t.is_space]
    # "..., he said" / "..., Smith said" / "her adviser, Jake Sullivan, said"
    # 'Guaido, 35, said': an age in commas
    if len(before) >= 4 and before[-1].text == "," and before[-2].like_num and before[-3].text == ",":
        before = before[:-3]
    for k, t in enumerate(reversed(before)):
        if t.is_punct:
            if k == 0 and t.text == "," and len(before) > 1 and before[-2].pos_ in ("PROPN", "NOUN"):
                continue
            break
        if t.pos_ in ("PRON", "PROPN", "NOUN") and t.lower_ not in ("it",):
            return t
        if t.pos_ not in ("ADV", "AUX", "PART", "DET", "ADJ"):
            break
    # "said Smith" / "said the minister"
    head = None
    for t in after:
        if t.is_punct:
            break
        if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "PRON" and t.lower_ in ("he", "she", "they", "we", "i")):
            head = t
            continue
        # ('said [retired] neurosurgeon Ben Carson': a participle read as a verb on the role word)
        if head is not None or t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN") and t.dep_ != "amod":
            break
    return head


COLON_LABELS = {
    "update", "updated", "updates", "watch", "exclusive", "breaking", "analysis", "opinion", "editorial", "photos",
    "photo", "video", "videos", "live", "note", "source", "sources", "related", "read", "correction", "corrections",
    "q", "a", "transcript", "text", "warning", "question", "answer", "subscribe", "image", "images", "credit",
    "topics", "tags", "time", "date", "by", "location", "listen", "editor", "editors", "disclosure", "clarification",
    "background", "context", "bottom", "line", "why", "what", "how", "who", "when", "where", "here", "this", "the",
    "first", "second", "third", "last", "next", "more", "also", "plus", "full", "partial", "part", "chapter",
    "episode", "map", "chart", "graphic", "results", "timeline", "factbox", "explainer", "fact",
    "check", "sign", "follow", "share", "email", "contact", "reporting", "additional", "writing", "editing",
}


def _colon_speakers(doc: Doc, para_bounds: list[tuple[int, int]], tok_starts: list[int],
                    taken: list[tuple[int, int]] | Ranges) -> list[_Found]:
    """'Roger Stone: Don't trust the voting machines' (headline) / 'MATTHEWS: Well, speculation is bad.' (transcript):
    a paragraph opening with a name and a colon."""
    text = index_of(doc).text
    cols = token_columns(doc)
    idx, texts, space, n = cols.idx, cols.text, cols.space, len(cols.idx)
    out: list[_Found] = []
    for lo, hi in para_bounds:
        i = bisect_left(tok_starts, lo)
        first = []  # the paragraph's first twelve tokens that are not spaces (Tokens only when a colon is there)
        while i < n and idx[i] < hi and len(first) < 12:
            if not space[i]:
                first.append(i)
            i += 1
        colon = next((k for k, j in enumerate(first) if texts[j] == ":"), None)
        if colon is None or colon == 0:
            continue
        toks = [doc[j] for j in first]
        # an optional label before a dash: 'EXCLUSIVE – Roger Stone: ...'
        name = toks[:colon]
        dash = [k for k, t in enumerate(name) if t.text in ("\u2013", "\u2014", "-", "--")]
        if dash:
            name = name[dash[-1] + 1 :]
        if not 1 <= len(name) <= 4:
            continue
        if not all((t.text[:1].isupper() and t.is_alpha) or t.text in (".", "'s", "\u2019s") for t in name):
            continue
        if any(t.lower_ in COLON_LABELS for t in name) or name[-1].lower_ in ("says", "said"):
            continue
        if not any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.is_upper
                   or t.lower_ in lexicon().source_nouns for t in name):  # 'Poll: Clinton and Trump in dead heat'
            continue
        s, e = _strip_span(text, toks[colon].idx + 1, hi, ",;:")
        if _word_count(text[s:e]) < 2 or _overlaps(taken, s, e):
            continue
        if text[s:s + 1] in QUOTE_CHARS:
            continue  # 'Name: "..."' is a direct quote, attributed on its own
        head = max(name, key=lambda t: (t.pos_ == "PROPN", t.i))
        out.append(_Found(s, e, "indirect", cue=toks[colon], cue_text=":", speaker=head, rule="colon:speaker"))
    return out



BYLINE_MAX_WORDS = 15  # a byline paragraph after a quote is short: '- Bernie Sanders.', '-Anna Berg, a farmer.'


def _byline_speaker(doc: Doc, para: tuple[int, int], tok_starts: list[int]) -> tuple[Token, Token] | None:
    """(dash, name) of a paragraph that only credits the quote standing as the paragraph before it: a dash, then a
    name that opens with a capital letter and ends at a comma or the paragraph's end ('- Sanders.', '-President Obama,
    tweeting after the speech.'); None for any other paragraph."""
    lo, hi = para
    i, j = bisect_left(tok_starts, lo), bisect_left(tok_starts, hi)
    toks = [t for t in doc[i:j] if not t.is_space]
    dashes = ("-", "--", "\u2013", "\u2014")
    glued = len(toks) >= 1 and toks[0].text[:1] in dashes and toks[0].text[1:2].isupper()  # '-Michelle Marks'
    if not glued and (len(toks) < 2 or toks[0].text not in dashes or not toks[1].text[:1].isupper()):
        return None
    if sum(1 for t in toks if not t.is_punct) > BYLINE_MAX_WORDS:
        return None
    name = []
    for t in toks[0 if glued else 1:]:
        if t.is_punct and t.text not in (".",) or t.text == "." and t.i == toks[-1].i:
            break
        name.append(t)
    if not name or len(name) > 6 or not all(t.text.lstrip("-\u2013\u2014")[:1].isupper() or t.text == "." or t.tag_ == "POS"
                                       for t in name):
        return None
    head = max(name, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
    return toks[0], head


_SUB_CLAUSES = {"acl:relcl", "relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"}
PRONOUN_SPEAKER_SENTENCES = 3  # how many sentences back a he/she speaker is looked for


def _earlier_subject(ctx: Context, pron: Token, mod, quoted: list[tuple[int, int]] | Ranges) -> Actor | None:
    """'Defence Minister X said the army remained loyal to Maduro. He told state television that ...': a speaker
    he/she (or a company's or a government's 'it') the actor coder left unresolved (more than one person in reach)
    is the subject of the clause its own clause hangs from when that comes before it ('Mr. Trump was pressed on why
    he had said ...', 'Shares of Halvorsen Motors plunged after it cut ... and said ...'), else of the main clause of
    its own sentence ('Ham went on to explain how he believes ...'), else of the nearest earlier sentence whose
    subject is one person (a name, a title or role, or a resolved he/she; for 'it' one company, organisation or
    government), within a few sentences and outside quotation marks (a quoted person is not the writer's
    antecedent). The actor is the coder's own (``actor_for_token`` on that subject), with the pronoun's text and
    offsets; None when no such subject is found (never guessed)."""
    mention_for = getattr(mod, "mention_for_token", None)
    if mention_for is None:
        return None
    doc = pron.doc
    index = index_of(doc)
    quoted = quoted if isinstance(quoted, Ranges) else Ranges(quoted)
    own = sent = index.sent(pron)
    for step in range(PRONOUN_SPEAKER_SENTENCES + 1):
        if step:  # the pronoun's own sentence first (a clause after its main subject), then the ones before it
            if sent.start == 0:
                return None
            sent = index.sent(doc[sent.start - 1])
        if all(t.is_space for t in sent):
            continue
        if quoted.holds(sent.start_char, sent.end_char):
            continue  # a sentence inside quotation marks
        governing = _governing_subject(pron) if sent is own else None
        candidates = [governing, _main_subject(sent, quoted)]
        for subj in dict.fromkeys(c for c in candidates if c is not None):
            via_cue = subj is governing and _cue_above(pron, subj)
            subj = _relative_who(_real(subj))
            if quoted.holds(subj.idx, subj.idx + 1):
                continue
            if sent is own and subj.i >= pron.i:
                continue  # 'He said ...': the pronoun is its own sentence's subject (or comes before it)
            if via_cue and pron.lower_ in ("he", "she") and subj.pos_ == "PROPN" \
                    and subj.ent_type_ not in ("GPE", "NORP", "LOC") and _gender_free(ctx, pron, subj, mention_for):
                # 'Ham went on to explain how he believes ...': the speaker of the cue the pronoun's clause is the
                # content of, named even where the tagger took the name for an organisation
                s, e = speaker_span(subj)
                name = " ".join(t.text for t in doc[s:e] if t.pos_ == "PROPN") or None
                m = mention_for(ctx, subj)
                actor = mod.actor_for_token(ctx, subj) if m is not None and m.kind == "person" else None
                if actor is not None:
                    name = actor.name or name
                return Actor(text=pron.text, name=name, start=pron.idx, end=pron.idx + len(pron), kind="pronoun",
                             rule="quotes:earlier-subject") if actor is None else actor.model_copy(update={
                    "text": pron.text, "start": pron.idx, "end": pron.idx + len(pron), "name": name,
                    "kind": "pronoun", "rule": "quotes:earlier-subject"})
            verdict, actor = _antecedent_actor(ctx, pron, subj, mod, mention_for)
            if verdict != "skip":
                return actor
    return None


def _main_subject(sent, quoted: Ranges) -> Token | None:
    """The subject of a sentence's main clause; for a misparse, the speaker of its first cue, the first subject of a
    main verb, or a name read as the root."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None:
        cue = next((t for t in sent if is_cue_verb(t) and not quoted.holds(t.idx, t.idx + 1)), None)
        subj = _subject_of(cue) if cue is not None else None
        subj = subj if subj is not None and subj.pos_ != "PRON" else None
    if subj is None:
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ not in _SUB_CLAUSES
                     and not t.is_punct), None)
        if subj is None and root.pos_ == "PROPN":
            subj = root
    return subj


def _antecedent_actor(ctx: Context, pron: Token, subj: Token, mod, mention_for) -> tuple[str, Actor | None]:
    """('found', the actor) when ``subj`` is who the pronoun stands for, ('skip', None) when it cannot be (an earlier
    subject may be), ('stop', None) when it is but the coder gives no actor."""
    doc = pron.doc
    m = mention_for(ctx, subj)
    if any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in subj.children):
        return "skip", None  # 'Not every company escaped ...': no one in particular
    if pron.lower_ == "it" and m is None and subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "NORP"):
        # a company or a government the coder has no entry for: its words
        s, e = speaker_span(subj)
        name = " ".join(t.text for t in doc[s:e] if t.pos_ == "PROPN") or None
        return "found", Actor(text=pron.text, name=name, start=pron.idx, end=pron.idx + len(pron), kind="pronoun",
                              rule="quotes:earlier-subject")
    if m is None or getattr(m, "plural", False) or subj.lower_ in ("they", "we", "i", "you"):
        return "skip", None  # no person the coder knows, or a group: not him or her
    if m.kind == "pronoun" and not m.resolved:
        return "skip", None
    if pron.lower_ == "it":
        if not _is_institution(m):
            return "skip", None  # a person is not 'it'
    elif m.kind not in ("person", "agent", "pronoun") or m.actor.kind not in (None, "person", "agent", "pronoun"):
        return "skip", None
    elif m.kind == "agent" and not _agent_is_person(m.actor.lexicon):
        return "skip", None  # 'The ministry said ...': an institution, not him or her
    elif _gender(ctx, m) not in (None, _PRONOUN_GENDER[pron.lower_]):
        return "skip", None  # 'Mrs. Clinton ... He says': not her, perhaps the man before her
    actor = mod.actor_for_token(ctx, subj)
    if actor is None:
        return "stop", None
    name = actor.name
    if name is None and subj.pos_ == "PROPN":  # a name the coder has no entry for: its words
        s, e = speaker_span(subj)
        name = " ".join(t.text for t in doc[s:e] if t.pos_ == "PROPN") or None
    return "found", actor.model_copy(update={"text": pron.text, "start": pron.idx, "end": pron.idx + len(pron),
                                             "name": name, "kind": "pronoun", "rule": "quotes:earlier-subject"})


_PRONOUN_GENDER = PRONOUN_GENDER
_QUANTIFIERS = {"every", "each", "no", "any", "some", "many", "most", "few"}


def _governing_subject(pron: Token) -> Token | None:
    """The subject before ``pron`` of the nearest verb above the pronoun's own verb ('Shares of [Halvorsen Motors]
    plunged after it cut ...'), within the pronoun's sentence; None when the pronoun's verb is the main one."""
    verb = pron.head
    for anc in list(verb.ancestors)[:3]:
        if anc.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in anc.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c.i < pron.i), None)
        if subj is not None:
            if pron.lower_ == "it" and subj.pos_ == "NOUN":  # 'Shares of [Ostberg Foods] dropped after it ...'
                owner = next((c for c in subj.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
                              and c.doc[c.left_edge.i].lower_ == "of"), None)
                subj = owner or subj
            return subj
    return None


def _cue_above(pron: Token, subj: Token) -> bool:
    """``subj`` is the subject of a cue verb right above the pronoun's clause, over a 'how' or 'why' ('[Ham] went on
    to explain how he ...', '[Holm] explained why she ...')."""
    for anc in list(pron.head.ancestors)[:2]:  # the pronoun's clause, or a 'how' / 'why' it hangs from
        if is_cue_verb(anc) and (subj.head.i == anc.i or any(x.i == subj.head.i for x in anc.ancestors)):
            return True
        if anc.lower_ not in ("how", "why", "what", "whether", "that"):
            return False
    return False


def _gender_free(ctx: Context, pron: Token, subj: Token, mention_for) -> bool:
    """The article does not give ``subj`` the other gender ('Ms. Berg explained why he ...' is not her)."""
    m = mention_for(ctx, subj)
    return m is None or _gender(ctx, m) in (None, _PRONOUN_GENDER[pron.lower_])


def _is_institution(m) -> bool:
    """A mention of one company, organisation, government or country (what 'it' may stand for), not a person."""
    if m.kind in ("org", "gpe"):
        return m.actor.kind in (None, "org", "gpe")
    return m.kind == "agent" and not _agent_is_person(m.actor.lexicon)


@lru_cache(maxsize=1)
def _person_agent_rows() -> frozenset[str]:
    """'agents.tsv:LINE' of every role word the agents lexicon flags as one individual (president, spokesman)."""
    path = Path(__file__).resolve().parent.parent.parent / "lexicons" / "agents.tsv"
    with open(path, encoding="utf-8") as fh:
        return frozenset(f"agents.tsv:{n}" for n, line in enumerate(fh, 1)
                         if not line.startswith("#") and line.count("\t") >= 2
                         and "person" in line.split("\t")[2].split(","))


def _agent_is_person(lexicon_ref: str | None) -> bool:
    return lexicon_ref is not None and lexicon_ref in _person_agent_rows()


def _gender(ctx: Context, m, exclude=None) -> str | None:
    """The gender the article gives the entity of mention ``m`` (the actor coder's own agreement check)."""
    mentions = ctx.data.get("actors") or []
    memo = index_of(ctx.doc).memo
    table = memo.get("gender")
    if table is None or table[0] is not mentions:
        table = memo["gender"] = (mentions, EntityGenders(ctx.doc, mentions))
    return table[1].gender(m, exclude)


class EntityGenders:
    """The answers of the actor coder's :class:`~lapwing.extract.actors.coref.GenderTable` over one article's
    mentions, with the words read only for the mentions of the entities asked about (a quote's he/she asks about
    one or two entities; the table reads every mention of the article)."""

    def __init__(self, doc: Doc, mentions: list) -> None:
        self._doc = doc
        self._times: dict[int, int] = {}  # id(mention) -> how often it is in the list
        self._of_entity: dict[int, list] = {}  # entity -> its mentions, with repeats
        for x in mentions:
            self._times[id(x)] = self._times.get(id(x), 0) + 1
            if x.entity >= 0:
                self._of_entity.setdefault(x.entity, []).append(x)
        self._said: dict[int, frozenset[str]] = {}  # id(mention) -> genders its words say
        self._counts: dict[int, dict[str, int]] = {}  # entity -> gender -> mentions (with repeats) saying it
        self._words: dict[tuple, frozenset[str]] = {}  # see coref._said_genders

    def _said_by(self, x) -> frozenset[str]:
        got = self._said.get(id(x))
        if got is None:
            got = self._said[id(x)] = _said_genders(self._doc, x, self._words)
        return got

    def gender(self, m, exclude=None) -> str | None:
        """As ``GenderTable(doc, mentions).gender(m, exclude)``."""
        entity = getattr(m, "entity", -1)
        if entity < 0:  # an entity of its own: only its own words, when it is one of the mentions
            seen = set() if m is exclude or id(m) not in self._times else set(self._said_by(m))
        else:
            counts = self._counts.get(entity)
            if counts is None:
                counts = self._counts[entity] = {}
                for x in self._of_entity.get(entity, []):
                    for g in self._said_by(x):
                        counts[g] = counts.get(g, 0) + 1
            counts = dict(counts)
            if exclude is not None and id(exclude) in self._times and exclude.entity == entity:
                for g in self._said_by(exclude):
                    counts[g] -= self._times[id(exclude)]
            seen = {g for g, n in counts.items() if n > 0}
        return next(iter(seen)) if len(seen) == 1 else None
