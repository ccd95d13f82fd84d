"""Coreference: later mentions of a person by (part of) their name, appositives
("Juan Guaido, the opposition leader,"), and he/she/they/it resolved to their antecedent."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from lapwing.extract.actors.analysis import _Analysis
from lapwing.extract.actors.appositives import _Appositives
from lapwing.extract.actors.chains import Chain
from lapwing.extract.actors.common import OBJECT_DEPS, PRONOUNS, SUBJECT_DEPS, ActorMention, Codes
from lapwing.extract.actors.context_refs import coordinated_antecedent
from lapwing.extract.actors.coref_roles import envoy_subject, role_antecedent, sent_by
from lapwing.extract.actors.office import took_office
from lapwing.extract.actors.reporter_pronoun import reporter_antecedent
from lapwing.extract.actors.role_country import serves_named_body
from lapwing.extract.docfacts import sentence_of, token_columns
from lapwing.lexicons import fold_token


#: grammatical gender of the person pronouns ('m' / 'f'); they/it have none
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
#: titles and nouns that say a person's gender
TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "lord": "m", "father": "m",
                "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f", "madam": "f", "dame": "f", "lady": "f",
                "queen": "f", "princess": "f", "mother": "f", "congresswoman": "f", "spokeswoman": "f",
                "chairwoman": "f", "congressman": "m", "spokesman": "m", "chairman": "m"}


def mention_gender(doc: Any, mentions: list[ActorMention], m: ActorMention,
                   exclude: ActorMention | None = None) -> str | None:
    """'m' or 'f' when the article says so about the entity of ``m``: a gendered title or noun in one of its
    mentions (Mr., Ms., spokeswoman ...) or a he/she already resolved to it; None when it does not say, or says
    both. ``exclude``: a mention left out (the pronoun being checked). For many questions about one article's
    mentions, build one :class:`GenderTable` and ask it."""
    return GenderTable(doc, mentions).gender(m, exclude)


def _said_genders(doc: Any, x: ActorMention, memo: dict[tuple, frozenset[str]] | None = None) -> frozenset[str]:
    """The genders the words of mention ``x`` say: a he/she resolved to its entity, or a gendered title or noun.

    ``memo``: answers already worked out for this document, by (pronoun?, start, end), filled in here."""
    if x.kind == "pronoun" and not x.resolved:
        return frozenset()
    pronoun = x.kind == "pronoun"
    key = (pronoun, x.start, x.end)
    if memo is not None:
        got = memo.get(key)
        if got is not None:
            return got
    table = PRONOUN_GENDER if pronoun else TITLE_GENDER
    lower = token_columns(doc).lower
    got = frozenset(g for g in (table.get(w) for w in lower[x.start:x.end]) if g)
    if memo is not None:
        memo[key] = got
    return got


class GenderTable:
    """:func:`mention_gender` over one article's mentions, each mention's words read once: the answer for any
    mention costs the size of the answer, not of the article (the quote extractor asks it once per pronoun
    speaker)."""

    def __init__(self, doc: Any, mentions: list[ActorMention],
                 words: dict[tuple, frozenset[str]] | None = None, entities: set[int] | None = None) -> None:
        """``words``: a dictionary kept for one document and handed to every table of it, so that each
        phrase's words are read once (see :func:`_said_genders`). ``entities``: when given, only the mentions of
        these entities (each 0 or more) are read, and the table answers only for a mention of one of them (the
        actor coder asks about the few entities a pronoun could refer to, once per pronoun)."""
        self._said: dict[int, frozenset[str]] = {}  # id(mention) -> genders its words say
        self._times: dict[int, int] = {}  # id(mention) -> how often it is in the list
        self._by_entity: dict[int, dict[str, int]] = {}  # entity -> gender -> mentions (with repeats) saying it
        said_of, times, by_entity = self._said, self._times, self._by_entity
        for x in mentions:
            if entities is not None and x.entity not in entities:
                continue
            key = id(x)
            said = said_of.get(key)
            if said is None:
                # _said_genders(doc, x, words), its answer looked up here first (one call less per mention)
                if words is not None and (x.kind != "pronoun" or x.resolved):
                    said = words.get((x.kind == "pronoun", x.start, x.end))
                if said is None:
                    said = _said_genders(doc, x, words)
                said_of[key] = said
            times[key] = times.get(key, 0) + 1
            if said and x.entity >= 0:  # (an entity with nothing said has no counts to add)
                counts = by_entity.setdefault(x.entity, {})
                for g in said:
                    counts[g] = counts.get(g, 0) + 1

    def gender(self, m: ActorMention, exclude: ActorMention | None = None) -> str | None:
        """As :func:`mention_gender` on the table's mentions."""
        entity = getattr(m, "entity", -1)
        if entity < 0:  # an entity of its own: only its own words, when it is one of the mentions
            seen = set() if m is exclude or id(m) not in self._said else set(self._said[id(m)])
        else:
            counts = dict(self._by_entity.get(entity, {}))
            if exclude is not None and id(exclude) in self._said and exclude.entity == entity:
                for g in self._said[id(exclude)]:
                    counts[g] -= self._times[id(exclude)]
            seen = {g for g, n in counts.items() if n > 0}
        return next(iter(seen)) if len(seen) == 1 else None


class _Coref(_Appositives):
    """The coreference half of :class:`~lapwing.extract.actors.coder._Coder` (it shares its state)."""

    def find_by_name(self, key: tuple[str, ...]) -> ActorMention | None:
        """The first mention of the one earlier person whose name contains ``key``; None if none or several."""
        if not key:
            return None
        found: dict[int, ActorMention] = {}
        # (only the people whose name has the key's first word: ``MentionIndex.people_named``)
        for m in self.index.people_named(key[0]):
            full = self.names.get(id(m))
            if not full or len(full) < len(key):
                continue
            if any(full[k:k + len(key)] == key for k in range(len(full) - len(key) + 1)):
                found.setdefault(m.entity, m)
        if len(found) == 1:
            m = next(iter(found.values()))
            # the longest-named mention of that entity is its "first full mention"
            same = [x for x in self.index.of_entity(m.entity) if id(x) in self.names]
            return max(same, key=lambda x: (len(self.names[id(x)]), -x.start))
        return None

    def new_entity(self, key: Any = None) -> int:
        if key is not None and key in self.entity_of_key:
            return self.entity_of_key[key]
        e = self.next_entity
        self.next_entity += 1
        if key is not None:
            self.entity_of_key[key] = e
        return e

    def inherit(self, m: ActorMention, first: ActorMention, bare: bool) -> None:
        """A later mention of an earlier person or organisation: a bare name takes the first mention's codes;
        otherwise missing codes are filled in."""
        own = self.codes[id(m)]
        src = self.codes[id(first)]
        if bare:
            sector = src.sector
            if sector in ("ELI", None) and own.person is not False and self._in_office(m):
                sector = "GOV"  # "former finance minister Peter Oala ... Oala was sworn in ... Oala said"
            new = Codes(src.name, src.country, sector, dict(src.sources), own.kind, own.person, own.plural)
            m.update_actor({"name": src.name, "country": src.country, "sector": sector,
                            "rule": "coref:name" + ("+office" if sector != src.sector else "")})
        else:
            new = own
            upd = {}
            if own.country is None and src.country:
                new.country = upd["country"] = src.country
            if own.sector is None and src.sector:
                new.sector = upd["sector"] = src.sector
            if upd:
                upd["rule"] = ((own.rule + "+") if own.rule else "") + "coref:name"
                m.update_actor(upd)
        self.codes[id(m)] = new
        m.antecedent = first  # replaced by its index at the end

    def _in_office(self, m: ActorMention) -> bool:
        """Has the article said, before ``m``, that the person it names was sworn in or took office?"""
        memo = getattr(self, "_office_memo", None)
        if memo is None:
            memo = self._office_memo = took_office(self.doc)
        if not memo:
            return False
        a = m.actor_view
        at = memo.get(self.d.doc_text[a.start:a.end].split()[-1].lower()) if a.end > a.start else None
        return at is not None and at < a.start

    def description(self, m: ActorMention, an: _Analysis, chain: Chain) -> ActorMention | None:
        """``the opposition leader``, ``the president``, ``the minister`` after a named person with that
        title: the one earlier person of the article whose title fits takes the description
        (``coref:title``); None when no person or several fit.

        The description is definite ("the"), singular, names no one and has no possessor or pro-/anti-
        word. A title fits when it is the description's role word ("the opposition leader" after
        "opposition leader Anna Voss") or, for a role word that is not weak, has the same last word and
        sector ("the minister" after "Foreign Minister Grace Wanjiru"; for a former office the last word
        is enough: "the former minister" after "former defence minister Piotr Kowal"); a nationality in the description
        must be the person's country. "the leader" (weak) does not pick out "opposition leader Anna Voss".
        "the former minister" looks only at former offices ("former defence minister Piotr Kowal"), "the
        minister" only at current ones."""
        doc = self.doc
        codes = self.codes[id(m)]
        head = an.head_agent
        if (doc[m.start].lower_ != "the" or not codes.person or an.name_item is not None or head is None
                or an.affiliations or an.quant is not None or an.complement_agents
                or serves_named_body(doc, m.end)):  # ("the spokesman *for Niger's ministry*")
            return None
        words = " ".join([fold_token(x) for x in self.d.text[head.start:head.end]])
        last = words.split()[-1]
        weak = head.anchor.agent.agent.has("weak") if head.anchor and head.anchor.agent else True
        own_country = codes.country if codes.sources.get("country") not in (None, "main-country") else None
        found: dict[int, ActorMention] = {}
        bare: dict[int, ActorMention] = {}  # the fitting people with a title of no body
        for x in self.index.all_people():
            if x.nested or id(x) not in self.names:
                continue
            titles = [w for w, former in self.titles.get(id(x), ()) if former == an.former]
            if not titles:
                continue
            xc = self.codes[id(x)]
            if own_country and xc.country != own_country:
                continue
            same_sector = an.former or (codes.sector is not None and xc.sector == codes.sector)
            fits = words in titles or (not weak and same_sector and any(t.split()[-1] == last for t in titles))
            if fits:
                found.setdefault(x.entity, x)
                if id(x) not in self.body_titled:
                    bare.setdefault(x.entity, x)
        if len(found) > 1 and len(bare) == 1:
            # "President Ali Hassan ... Omar Farah, president of the Unity Party ... the president": an office of a
            # body is not the bare office (``body_offices.py``)
            found = bare
        if len(found) != 1:
            return None
        first = next(iter(found.values()))
        src = self.codes[id(first)]
        self.codes[id(m)] = Codes(src.name, src.country, src.sector, dict(src.sources), codes.kind, codes.person,
                                  codes.plural)
        m.update_actor({"name": src.name, "country": src.country, "sector": src.sector, "rule": "coref:title"})
        m.antecedent = first
        return first

    # -- pronouns ------------------------------------------------------------------------------------------------
    def compatible(self, cls: str, m: ActorMention) -> bool:
        if not m.resolved or m.kind == "pronoun" and m.antecedent is None:
            return False
        c = self.codes.get(id(m))
        if m.kind == "pronoun":
            c = self.codes.get(id(m.antecedent)) if isinstance(m.antecedent, ActorMention) else None
            kind = m.antecedent.kind if isinstance(m.antecedent, ActorMention) else ""
        else:
            kind = m.kind
        if c is None:
            return False
        if cls == "person":
            return c.person and kind in ("person", "agent", "norp")
        if cls == "group":
            return (kind in ("agent", "norp") and c.plural) or kind == "org" or (kind == "agent" and not c.person)
        return kind in ("org", "gpe") or (kind == "agent" and not c.person and not c.plural)

    def pronoun(self, i: int, si: int, sent: Span, nested: bool) -> None:
        doc = self.doc
        t = doc[i]
        cls = PRONOUNS[t.lower_]
        if cls == "thing" and self.d.parsed and t.dep_ not in SUBJECT_DEPS and t.lower_ != "its":
            return  # "it" as an object is usually a thing
        if self.d.parsed and t.dep_ == "expl":
            return
        # (the mentions of this and the previous sentence, from the index: mention_index.py)
        window = [m for m in self.index.in_sentences(si - 1, si) if m.end <= i and not m.nested]
        cands = [m for m in window if self.compatible(cls, m)]
        gender = PRONOUN_GENDER.get(t.lower_)
        if gender is not None and cands:  # 'Ms. Baker ... he': not her
            roots = [self.root(m) for m in cands]
            entities = {r.entity for r in roots}
            if min(entities) < 0:
                table = GenderTable(doc, self.mentions, self.gender_words)
            else:  # (only the mentions of those entities are read: from the index)
                table = GenderTable(doc, [x for e in entities for x in self.index.of_entity(e)], self.gender_words,
                                    entities)
            cands = [m for m, r in zip(cands, roots) if table.gender(r) in (None, gender)]
        if self.d.parsed and t.dep_ in SUBJECT_DEPS and len({self.root(m).entity for m in cands}) > 1:
            # "General X ... said the troops would keep order, *a spokesman for the army said*. He urged ...": the
            # one who closes a sentence with an attribution only passes the words on; he is not the next "he"
            kept = [m for m in cands if not _closing_attribution(doc, m)]
            if kept and len({self.root(m).entity for m in kept}) < len({self.root(m).entity for m in cands}):
                cands = kept
        # (a by-agent too: "the envoy was expelled *by him*" is not the envoy)
        as_object = self.d.parsed and t.dep_ in OBJECT_DEPS | {"obj", "obl:agent"}
        if self.d.parsed and t.head.dep_ in ("acl:relcl", "relcl") and t.dep_ in SUBJECT_DEPS | OBJECT_DEPS | {"obl:agent"}:
            # an argument of a relative clause is not the noun the clause describes: "the rebels, whom *they*
            # attacked", "the army, which attacked *them*"
            cands = [m for m in cands if m.head != t.head.head.i]
        if self.d.parsed and t.head.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" and c.lower_ == "by" for c in t.children):
            # "the attack on the rebels *by them*": the doer of an act is neither the noun its by-phrase hangs on nor
            # that noun's complement (the one the act was done to)
            h = t.head
            cands = [m for m in cands if m.head != h.i and not (doc[m.head].head.i == h.i and doc[m.head].dep_.startswith("nmod"))]
        if as_object:
            verb = t.head
            verbs = {verb.i}
            if verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                verbs.add(verb.head.i)  # "X called Y and urged *him*": X is the subject of both verbs
            cands = [m for m in cands if not (doc[m.head].head.i in verbs and doc[m.head].dep_ in SUBJECT_DEPS)]
        if self.d.parsed and t.dep_ in SUBJECT_DEPS and t.head.lemma_ in _SAY:
            # '"We urge the authorities to act," *they* said': the one who speaks a quote is not named in it
            span = _quote_before(doc, t)
            if span is not None:
                cands = [m for m in cands if not (span[0] < m.start and m.end <= span[1])]
        # "Lithuania and Latvia said *they* had ...": the reporter of the clause first (reporter_pronoun.py)
        reported = reporter_antecedent(self, t, si, cls)
        if reported is not None and len(reported) > 1:
            antecedent, pair = None, reported
        else:
            antecedent = reported[0] if reported else self._pick(cands, si, t, cls, as_object)
            # "Lula and Ramaphosa ... their meeting": no group could be meant, the coordinated subject is
            pair = coordinated_antecedent(self, i, si) if antecedent is None and cls == "group" and not cands else None
        codes = Codes()
        if antecedent is not None or pair:
            src = self.codes[id(antecedent if antecedent is not None else pair[0])]
            country = sent_by(self, antecedent, src.country) if antecedent is not None else src.country
            codes = Codes(src.name, country, src.sector, {}, src.kind, src.person, src.plural)
            actor = self.actor(i, i + 1, codes, "pronoun", "coref:pair") if pair else \
                self.actor_later(i, i + 1, codes, "pronoun", "coref:pronoun")
        else:
            actor = self.actor_later(i, i + 1, codes, "pronoun", "unresolved")
        m = ActorMention(i, i + 1, i, actor, antecedent, kind="pronoun", sent=si, nested=nested,
                         resolved=antecedent is not None or bool(pair))
        if pair:
            m.members = [actor.model_copy(update={"name": x.actor_view.name, "country": x.actor_view.country,
                                                  "sector": x.actor_view.sector}) for x in pair]
        m.entity = antecedent.entity if antecedent is not None else self.new_entity()
        self.codes[id(m)] = codes
        if antecedent is None and not pair and len(cands) > 1 and self.d.parsed and t.dep_ in SUBJECT_DEPS:
            self._retry = getattr(self, "_retry", []) + [(m, cands, t, cls)]
        self.mentions.append(m)
        self.index.add(m)
        self._pron_mentions[i] = m

    def _pick(self, cands: list[ActorMention], si: int, t: Any, cls: str, as_object: bool) -> ActorMention | None:
        """The antecedent among the compatible candidates: the one entity of this sentence, else of the previous
        and this sentence together, when it is (or was) a subject; None otherwise."""
        doc = self.doc
        antecedent = None
        here = [m for m in cands if m.sent == si]
        for group in (here, cands):
            # the nearest context first: one compatible entity earlier in this sentence, else in the
            # previous and this sentence together
            entities = {self.root(m).entity for m in group}
            if len(entities) == 1:
                # a sentence-initial "Maduro, addressing the rally, said ..." is often parsed as a
                # vocative or dislocated phrase: it is still the subject
                subjects = [m for m in group if not self.d.parsed or doc[m.head].dep_ in SUBJECT_DEPS
                            or doc[m.head].dep_ in ("vocative", "dislocated") or _holds_noun_root(doc, m)]
                if not subjects and as_object:
                    subjects = group  # "Macron met Putin ... and urged *him*": one entity left, whatever its role
                elif not subjects and cls == "person" and self.d.parsed and t.dep_ in ("nsubj:pass", "nsubjpass"):
                    # "lawmakers voted to remove President Quispe, and *she* was detained": one acted upon goes on
                    # being acted upon; the one named person of the context, whatever her role in it
                    subjects = [m for m in group if self.root(m).kind == "person" and m.kind != "pronoun"]
                elif not subjects and cls == "person" and self.d.parsed and group is here and _in_time_clause(t):
                    # "police arrested opposition leader X ..., hours after *she* called for a strike": the subject
                    # of a time clause hung on the act is the one named person the act was done to (session 32)
                    subjects = [m for m in group if self.root(m).kind == "person" and m.kind != "pronoun"]
                elif not subjects and cls == "person" and self.d.parsed:
                    # "Kenya sent its foreign minister, X, to ... *He* met ...": the person a state or a body sent
                    subjects = envoy_subject(self, group, t)
                if subjects:
                    antecedent = self.root(subjects[-1])
            if entities:
                break
        if antecedent is None and self.d.parsed:  # several entities: the role settles it (coref_roles.py)
            antecedent = role_antecedent(self, cands, t, cls, as_object)
        return antecedent

    def retry_subject_pronouns(self) -> None:
        """Once the whole article is read: a subject pronoun left unresolved between several entities is not the
        entity its own verb acts on ("X urged the president ... *He* also urged Farmajo": not Farmajo, the
        president); with that entity set aside, the usual choice is made again."""
        for m, cands, t, cls in getattr(self, "_retry", ()):
            verb = t.head
            objs = [c.i for c in verb.children if c.dep_ in ("obj", "iobj", "dobj")]
            if not objs:
                continue
            # (a mention holding the verb's object is in the verb's sentence: ``MentionIndex.in_sentences``)
            taken = {self.root(x).entity for x in self.index.in_sentences(m.sent, m.sent)
                     if x.kind != "pronoun" and x is not m and any(x.start <= o < x.end for o in objs)}
            left = [c for c in cands if self.root(c).entity not in taken]
            if not taken or len(left) == len(cands):
                continue
            antecedent = self._pick(left, m.sent, t, cls, False)
            if antecedent is None:
                continue
            src = self.codes[id(antecedent)]
            codes = Codes(src.name, src.country, src.sector, {}, src.kind, src.person, src.plural)
            m.actor = self.actor_later(m.start, m.end, codes, "pronoun", "coref:pronoun")
            m.antecedent, m.resolved = antecedent, True
            self.index.set_entity(m, antecedent.entity)
            self.codes[id(m)] = codes

    def root(self, m: ActorMention) -> ActorMention:
        seen = 0
        while isinstance(m.antecedent, ActorMention) and seen < 20:
            if m.kind != "pronoun" and self.codes[id(m)].sources.get("sector") != "appositive" and \
                    m.actor_view.rule != "appositive":
                break
            m = m.antecedent
            seen += 1
        return m


#: the verbs of a closing attribution ("..., a spokesman *said*.")
_ATTRIBUTION_VERBS = frozenset({"say", "tell", "add"})


#: the conjunctions of a time clause ("after she called ...")
_TIME_MARKS = frozenset({"after", "before", "when", "once", "until", "since", "while"})


def _in_time_clause(t: Any) -> bool:
    """Is the gendered pronoun ``t`` ("he", "she") the subject of a time clause ("..., hours *after she* called")?"""
    return t.lower_ in ("he", "she") and t.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in t.head.children)


def _closing_attribution(doc: Any, m: ActorMention) -> bool:
    """Mention ``m`` is the subject of an attribution that closes its sentence after a comma ("..., *a spokesman
    for the army* said.", "..., *officials* told reporters."): nothing but the verb's own words follow it."""
    head = doc[m.head]
    v = head.head
    if head.dep_ not in SUBJECT_DEPS or v.i < m.end or m.start < 1 or doc[m.start - 1].text != ",":
        return False
    if v.lemma_.lower() not in _ATTRIBUTION_VERBS:
        return False
    end = sentence_of(doc, v.i)[1]  # (the shared columns: no sentence Span, no Token per word)
    pos = token_columns(doc).pos
    return not any(pos[k] in ("VERB", "AUX") for k in range(v.i + 1, end))


_SAY = frozenset({"say", "add", "tell", "state", "declare", "write", "insist", "warn", "conclude"})


def _quote_before(doc: Any, t: Any) -> tuple[int, int] | None:
    """The token indices of the quotation marks around a direct quote that ends in ``t``'s sentence before ``t``
    (the quote may open in an earlier sentence of the paragraph)."""
    text = token_columns(doc).text  # (the shared columns: no sentence Span, no Token per word)
    close = next((k for k in range(t.i - 1, sentence_of(doc, t.i)[0] - 1, -1) if text[k] in ("\u201d", '"', "''")),
                 None)
    if close is None:
        return None
    for k in range(close - 1, max(-1, close - 400), -1):
        if text[k] in ("\u201c", '"', "``"):
            return k, close
        if "\n\n" in text[k]:  # (``text_with_ws``: a token's whitespace is one space or none)
            return None
    return None


def _holds_noun_root(doc: Any, m: ActorMention) -> bool:
    """The mention holds the root of its sentence and that root is a noun: the parser read "Opposition candidate
    and former mayor X *on Saturday called* on ..." as one noun phrase with the verb as its modifier, and the
    phrase is the subject of that verb."""
    root = doc[m.head].sent.root
    if root.tag_ == "VBN" and root.i == m.start - 1 and all(t.is_space for t in doc[root.sent.start:root.i]):
        return True  # "*Defeated* opposition candidate X on Saturday called ...", the participle read as the verb
    return m.start <= root.i < m.end and root.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.i >= m.end and m.start <= c.head.i < m.end
        for c in root.subtree)

