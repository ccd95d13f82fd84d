"""Pronoun speakers: the person (or, for 'it', the company or government) a he/she/it speaker stands for, when the
actor extractor's coreference left it unresolved: the subject of the clause the pronoun's clause hangs from, of its
sentence's main clause, or of an earlier sentence, checked for number, gender and kind (never guessed)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from lapwing.extract.actors.analysis import ORG_HEAD_TITLES, ORG_WORDS
from lapwing.extract.actors.coref import PRONOUN_GENDER, _said_genders
from lapwing.extract.actors.lookup import _ORG_HEADS
from lapwing.extract.registry import Context
from lapwing.schema import Actor
from lapwing.extract.quotes.cues import is_cue_verb
from lapwing.extract.quotes.index import Ranges, index_of
from lapwing.extract.quotes.name_before_role import name_before_role
from lapwing.extract.quotes.subjects import _real, _relative_who, _subject_of


def _name_words(subj: Token, tagged: bool = False) -> str | None:
    """The proper nouns of the speaker phrase headed by ``subj`` ('Halvorsen Motors'), None when there are none;
    ``tagged``: also the words with a proper-noun tag the tagger gave another part of speech ('Oyelaran Adewale')."""
    from lapwing.extract.quotes.speakers import speaker_span  # (speakers asks this module for pronoun speakers)

    s, e = speaker_span(subj)
    return " ".join(t.text for t in subj.doc[s:e] if t.pos_ == "PROPN" or tagged and t.tag_ in ("NNP", "NNPS")) or None


_SUB_CLAUSES = {"acl:relcl", "relcl", "acl", "ccomp", "advcl", "xcomp", "csubj", "parataxis"}
PRONOUN_SPEAKER_SENTENCES = 3  # how many sentences back a he/she speaker is looked for


def _earlier_subject(ctx: Context, pron: Token, mod, quoted: list[tuple[int, int]] | Ranges) -> Actor | None:
    """'Defence Minister X said the army remained loyal to Maduro. He told state television that ...': a speaker
    he/she (or a company's or a government's 'it') the actor coder left unresolved (more than one person in reach)
    is the subject of the clause its own clause hangs from when that comes before it ('Mr. Trump was pressed on why
    he had said ...', 'Shares of Halvorsen Motors plunged after it cut ... and said ...'), else of the main clause of
    its own sentence ('Lund went on to describe how he thinks ...'), else of the nearest earlier sentence whose
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
    own = index.sent(pron)
    sent, counted = None, 0
    while counted <= PRONOUN_SPEAKER_SENTENCES:
        # the pronoun's own sentence first (a clause after its main subject), then the ones before it
        if sent is None:
            sent = own
        elif sent.start == 0:
            return None
        else:
            sent = index.sent(doc[sent.start - 1])
        if _no_writer_words(sent, quoted):
            continue  # a paragraph break, a stray quotation mark, a sentence inside quotation marks: not counted
        counted += 1
        governing = _governing_subject(pron) if sent is own else None
        main = _main_subject(sent, quoted)
        candidates = [governing, _passive_agent(governing, pron), main, _passive_agent(main, pron)]
        for subj in dict.fromkeys(c for c in candidates if c is not None):
            via_cue = subj is governing and (_cue_above(pron, subj) or _owns_object(pron, subj))
            subj = _relative_who(_real(subj))
            if quoted.holds(subj.idx, subj.idx + 1):
                continue
            if sent is own and subj.i >= pron.i:
                continue  # 'He said ...': the pronoun is its own sentence's subject (or comes before it)
            if via_cue and pron.lower_ in ("he", "she", "his", "her") and subj.pos_ == "PROPN" \
                    and subj.ent_type_ not in ("GPE", "NORP", "LOC") and _gender_free(ctx, pron, subj, mention_for):
                # 'Lund went on to describe how he thinks ...': the speaker of the cue the pronoun's clause is the
                # content of, named even where the tagger took the name for an organisation
                name = _name_words(subj)
                m = mention_for(ctx, subj)
                actor = mod.actor_for_token(ctx, subj) if m is not None and m.kind == "person" else None
                if actor is not None:
                    name = actor.name or name
                return Actor(text=pron.text, name=name, start=pron.idx, end=pron.idx + len(pron), kind="pronoun",
                             rule="quotes:earlier-subject") if actor is None else actor.model_copy(update={
                    "text": pron.text, "start": pron.idx, "end": pron.idx + len(pron), "name": name,
                    "kind": "pronoun", "rule": "quotes:earlier-subject"})
            if pron.lower_ == "it" and _document_subject(subj):
                return None  # 'The statement said ... "...," it said': the document, not an institution before it
            verdict, actor = _antecedent_actor(ctx, pron, subj, mod, mention_for)
            if verdict != "skip":
                return actor
    return None


def _document_subject(subj: Token) -> bool:
    """A singular common noun that speaks for itself as a subject: a speech, source or evidence noun ('The
    statement said', 'the report found'), or any singular noun subject of a cue verb. An 'it' after it may be that
    document: no institution before it is the antecedent."""
    from lapwing.extract.quotes.cues import lexicon

    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or not subj.text.islower():
        return False  # (not a name the tagger read as a noun: 'AMC said')
    lex = lexicon()
    return subj.lower_ in lex.nouns or subj.lower_ in lex.source_nouns or subj.lower_ in lex.evidence_nouns \
        or subj.lower_ in ("statement", "report", "letter", "document", "communique", "declaration", "resolution") \
        or is_cue_verb(subj.head) and subj.lower_ not in lex.body_refs and subj.dep_ not in ("nsubj:pass", "nsubjpass")
    # ('The suspension of ... was announced by ...': what was announced, no document that speaks)


def _no_writer_words(sent, quoted: Ranges) -> bool:
    """A 'sentence' with none of the writer's words: a paragraph break or a quotation mark the parser made a sentence
    of its own, or a sentence inside quotation marks (a quoted person is not the writer's antecedent). The sentences
    a pronoun's antecedent is looked for in are counted without them."""
    if all(t.is_space or t.is_punct for t in sent):
        return True
    return quoted.holds(sent.start_char, sent.end_char)


def _main_subject(sent, quoted: Ranges) -> Token | None:
    """The subject of a sentence's main clause; for a misparse, the speaker of its first cue, the first subject of a
    main verb, or a name read as the root."""
    root = sent.root
    subj = _closing_cue_subject(sent, quoted)
    if subj is None and not quoted.holds(root.idx, root.idx + 1):
        # (a root inside the sentence's quotation marks is the quoted person's verb: 'Holm said, "We know ..."'
        # goes on to the speaker of the cue outside them)
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None)
    if subj is None:
        # the speaker of its first cue outside quotation marks that has one ('Asked whether ..., Holm commented, "..."')
        for cue in (t for t in sent if is_cue_verb(t) and not quoted.holds(t.idx, t.idx + 1)):
            subj = _subject_of(cue)
            subj = subj if subj is not None and subj.pos_ != "PRON" else None
            if subj is not None:
                break
    if subj is None:
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ not in _SUB_CLAUSES
                     and not t.is_punct and not quoted.holds(t.idx, t.idx + 1)), None)
        if subj is None and root.pos_ == "PROPN":
            subj = root
    if subj is not None and subj.pos_ == "NOUN":
        # 'said Acme Inc analyst [Harold Wolkin]', 'One of the authors, [Vasily Gatov], told': the role's person
        named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and c.ent_type_ in ("PERSON", "")), None)
        subj = named or subj
    return subj


def _closing_cue_subject(sent, quoted: Ranges) -> Token | None:
    """'Governments must change course, Ambassador Ana Ruiz said.': the speaker of a cue clause closing a sentence
    after a comma, which the parser hung below the reported clause's verb (made the root); who the sentence is
    about for a later he/she is the speaker, not the reported clause's subject. None for any other sentence."""
    root = sent.root
    if is_cue_verb(root):
        return None
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    # the cue is the last verb, only its own words after it ('..., Ana Ruiz said on Monday.')
    cue = next((t for t in reversed(words) if t.pos_ in ("VERB", "AUX")), None)
    if cue is not None and any(t.i > cue.i and not any(a.i == cue.i for a in t.ancestors) for t in words):
        return None
    if cue is None or cue.i <= root.i or not is_cue_verb(cue) or quoted.holds(cue.idx, cue.idx + 1) \
            or cue.head.i != root.i or cue.dep_ not in ("advcl", "parataxis", "ccomp", "conj"):
        return None
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    lo = next(t.i for t in subj.subtree if not t.is_punct)  # (the parser hangs the comma on the subject)
    return subj if lo > root.i and sent.doc[lo - 1].text == "," else None


def _antecedent_actor(ctx: Context, pron: Token, subj: Token, mod, mention_for) -> tuple[str, Actor | None]:
    """('found', the actor) when ``subj`` is who the pronoun stands for, ('skip', None) when it cannot be (an earlier
    subject may be), ('stop', None) when it is but the coder gives no actor."""
    m = mention_for(ctx, subj)
    if any(c.dep_ == "det" and c.lower_ in _QUANTIFIERS for c in subj.children):
        return "skip", None  # 'Not every company escaped ...': no one in particular
    if pron.lower_ == "it" and m is None and subj.pos_ == "PROPN" and subj.ent_type_ not in ("PERSON", "NORP"):
        # a company or a government the coder has no entry for: its words
        name = _name_words(subj)
        return "found", Actor(text=pron.text, name=name, start=pron.idx, end=pron.idx + len(pron), kind="pronoun",
                              rule="quotes:earlier-subject")
    if pron.lower_ in ("he", "she") and _uncoded_name(subj, m):
        # 'Marta Oyelaran led a team ... She says ...': a person's name the tagger took for an organisation or a
        # place, which no dictionary knows, is a person for a he/she (its words are the name)
        return "found", Actor(text=pron.text, name=_name_words(subj, tagged=True), start=pron.idx,
                              end=pron.idx + len(pron), kind="pronoun", rule="quotes:earlier-subject")
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
        name = _name_words(subj)
    if name is None:  # '[Olayinka Badmus], deputy director for ..., said': the name the parser hung on the role
        run = name_before_role(subj)
        name = run.text if run is not None else None
    return "found", actor.model_copy(update={"text": pron.text, "start": pron.idx, "end": pron.idx + len(pron),
                                             "name": name, "kind": "pronoun", "rule": "quotes:earlier-subject"})


def _uncoded_name(subj: Token, m) -> bool:
    """``subj`` heads a name of two or three capitalised words that the tagger made an organisation or a place and
    that no dictionary codes (no country, no sector), with no organisation word in it ('Marta Oyelaran', not
    'Ostberg Foods Group' or 'Sea Watch'): read as a person's name."""
    if subj.pos_ != "PROPN" or subj.ent_type_ not in ("ORG", "LOC", "GPE", "FAC", ""):
        return False
    if m is not None and (m.kind not in ("org", "gpe") or m.coded or getattr(m, "plural", False)):
        return False
    from lapwing.extract.quotes.speakers import speaker_span  # (speakers asks this module for pronoun speakers)

    s, e = speaker_span(subj)
    words = subj.doc[s:e]
    # (a first name the tagger read as an adjective or a pronoun keeps its proper-noun tag: 'Oyelaran Adewale')
    return 2 <= len(words) <= 3 and all(
        (t.pos_ == "PROPN" or t.tag_ in ("NNP", "NNPS")) and t.is_alpha and t.text.istitle()
        and t.lower_ not in _NOT_PERSON_WORDS for t in words)


_PRONOUN_GENDER = PRONOUN_GENDER
# words of an organisation's or a place's name, never of a person's ('Ostberg Foods Group', 'Port Authority')
_NOT_PERSON_WORDS = ORG_WORDS | _ORG_HEADS | ORG_HEAD_TITLES | {
    "of", "for", "and", "the", "without", "party", "ministry", "army", "police", "government", "authority", "port",
    "city", "county", "state", "province", "region", "republic", "kingdom", "motors", "foods", "airlines", "news",
    "times", "post", "press", "media", "television", "radio", "union", "league", "international", "national",
    "united", "north", "south", "east", "west", "new"}
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


def _passive_agent(subj: Token | None, pron: Token) -> Token | None:
    """The agent before ``pron`` of the passive verb ``subj`` is the subject of ('The count was suspended [by the
    Election Commission] after what it called ...'): who acted, an antecedent when the passive subject is none."""
    if subj is None or subj.dep_ not in ("nsubj:pass", "nsubjpass"):
        return None
    return next((c for c in subj.head.children if c.dep_ in ("obl:agent", "agent") and c.i < pron.i
                 and c.pos_ in ("PROPN", "NOUN")), None)


def _cue_above(pron: Token, subj: Token) -> bool:
    """``subj`` is the subject of a cue verb right above the pronoun's clause, over a 'how' or 'why' ('[Ham] went on
    to explain how he ...', '[Holm] explained why she ...')."""
    for anc in list(pron.head.ancestors)[:2]:  # the pronoun's clause, or a 'how' / 'why' it hangs from
        if is_cue_verb(anc) and (subj.head.i == anc.i or any(x.i == subj.head.i for x in anc.ancestors)):
            return True
        if anc.lower_ not in ("how", "why", "what", "whether", "that"):
            return False
    return False


def _owns_object(pron: Token, subj: Token) -> bool:
    """A possessive his / her on the object of the verb ``subj`` is the subject of ('[Holt] shared her belief that ...',
    '[Brandt] kept to his claim that ...'): the owner of the speech noun is that subject."""
    noun = pron.head
    return pron.dep_ in ("nmod:poss", "poss") and noun.dep_ in ("obj", "obl") and noun.head.i == subj.head.i \
        and subj.dep_ in ("nsubj",) and subj.i < pron.i


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
    """The role word of an agent mention is one individual; a reference may list the country row too
    ('agents.tsv:34; countries.tsv:202' for 'U.S. Ambassador')."""
    rows = _person_agent_rows()
    return lexicon_ref is not None and any(ref.strip() in rows for ref in lexicon_ref.split(";"))


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


def _capitalised_run(subj: Token, phrase: list[Token]) -> str | None:
    """The name of an organisation headed by ``subj``: its phrase's words widened to the capitalised words around
    it that the parser hung elsewhere ('Advanced Genetic Sciences Inc' where the phrase is 'Sciences Inc')."""
    doc = subj.doc
    lo = min([t.i for t in phrase] + [subj.i])
    hi = max([t.i for t in phrase] + [subj.i]) + 1
    sent_lo = index_of(doc).sent_start(subj)

    def cap(t: Token) -> bool:
        return t.text[:1].isupper() and (t.is_alpha or t.text.endswith(".")) and t.pos_ != "DET"

    while lo > sent_lo and cap(doc[lo - 1]):
        lo -= 1
    while hi < len(doc) and cap(doc[hi]) and not is_cue_verb(doc[hi]):
        hi += 1
    return doc[lo:hi].text or None


# body nouns that may stand for any organisation ('the group' for the Association of Realtors); any other body noun
# ('the committee', 'the ministry') stands for a name that has it
_ANY_BODY = {"group", "organisation", "organization"}


def body_description_antecedent(ctx: Context, token: Token, actor: Actor | None, mod,
                                quoted: list[tuple[int, int]] | Ranges) -> Actor | None:
    """'Ostberg Foods said its sales rose. ... The company said it would hire 200 people.': a speaker that is only
    'the' and a noun standing for a company or a body (``bodyref`` in speech_verbs.tsv: company, bank, agency,
    ministry, group ...), with no name of its own, is the company or body named as the subject of a sentence before
    it, the nearest one, within a few sentences (paragraph breaks and quoted sentences not counted), outside
    quotation marks. A firm's noun ('company', 'bank') never stands for a government or a country; a person is
    never the antecedent. The actor keeps the description's words and offsets, with the antecedent's name and codes
    (rule ``quotes:earlier-body``); None when the speaker is no such description or no such subject is found."""
    from lapwing.extract.quotes.cues import lexicon
    from lapwing.extract.quotes.speakers import speaker_span  # (speakers asks this module for its speakers)

    mention_for = getattr(mod, "mention_for_token", None) if mod is not None else None
    want = lexicon().body_refs.get(token.lower_)
    if mention_for is None or want is None or token.pos_ != "NOUN" or token.tag_ not in ("NN",):
        return None
    s, e = speaker_span(token)
    words = token.doc[s:e]
    if not words or words[0].lower_ != "the" or any(
            t.pos_ == "PROPN" or t.dep_ in ("nmod:poss", "poss") or t.i > words[0].i and t.text[:1].isupper()
            or t.ent_type_ in ("NORP", "GPE") for t in words):
        # 'its parent company', 'the Acme company', 'the Russian foreign ministry', 'a bank': a description that says
        # whose it is names its own referent, not one named before
        return None
    if any(c.dep_.startswith("nmod") or c.dep_ in ("appos", "acl", "acl:relcl") for c in token.children):
        return None  # 'the group of lenders', 'the agency, Frontex,': it says more than the one named before
    doc = token.doc
    index = index_of(doc)
    quoted = quoted if isinstance(quoted, Ranges) else Ranges(quoted)
    sent, counted = index.sent(token), 0
    while counted < PRONOUN_SPEAKER_SENTENCES:
        if sent.start == 0:
            return None
        sent = index.sent(doc[sent.start - 1])
        if _no_writer_words(sent, quoted):
            continue
        counted += 1
        subj = _main_subject(sent, quoted)
        if subj is None or quoted.holds(subj.idx, subj.idx + 1):
            continue
        subj = _relative_who(_real(subj))
        if subj.pos_ != "PROPN":
            continue  # 'The bank said ...' twice: the name is further back
        m = mention_for(ctx, subj)
        if m is not None and (getattr(m, "plural", False) or m.kind == "pronoun"):
            continue
        s2, e2 = speaker_span(subj)
        phrase = [t for t in doc[s2:e2] if not (t.is_punct or t.is_space)]
        while phrase and phrase[0].pos_ == "DET":
            phrase = phrase[1:]
        # an organisation by its words ('Acme Corp', 'the Fisheries Association') or by the coder's entry; the coder
        # may take a firm's name for a person's ('Nordvik Bank Corp'): its words decide
        by_words = any(t.lower_ in ORG_WORDS or t.lower_ in _ORG_HEADS for t in phrase)
        place = subj.ent_type_ in ("GPE", "LOC", "NORP") or m is not None and m.kind == "gpe"
        if subj.ent_type_ == "PERSON" and not by_words:
            return None  # a person is the nearest subject: never guessed past it
        fits = by_words or subj.ent_type_ == "ORG" or m is not None and _is_institution(m)
        if place:
            fits = False  # a country or its government: 'the ministry' / 'the company' is not the country
        if fits and want == "body" and token.lower_ not in _ANY_BODY \
                and not any(t.lower_ == token.lower_ for t in doc[s2:e2]):
            fits = False  # 'the committee' is a committee, not the company named before it
        if not fits:
            if m is not None and m.kind in ("org", "gpe", "agent", "person"):
                return None  # another actor is the nearest one: never guessed past it
            continue
        found = mod.actor_for_token(ctx, subj) if m is not None and m.kind != "person" else None
        name = _capitalised_run(subj, phrase)
        if found is not None and found.name and len(found.name) > len(name or ""):
            name = found.name
        base = found if found is not None else (actor or Actor(text=words.text, start=words.start_char,
                                                               end=words.end_char, kind="org"))
        update = {"name": name, "rule": "quotes:earlier-body"}
        if actor is not None:
            update.update(text=actor.text, start=actor.start, end=actor.end)
        else:
            update.update(text=words.text, start=words.start_char, end=words.end_char)
        return base.model_copy(update=update)
    return None
