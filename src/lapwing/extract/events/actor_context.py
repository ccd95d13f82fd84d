"""The event coder's actor rules that look past the argument token: the role an uncoded subject acts
in ("resigned *as president*"), a counted crowd, a subject the parser lost, the speaker of a reported
pronoun, the sentence's single country for sector-only actors, and the armed test. The argument token's
own actor comes from :class:`lapwing.extract.events.participants._Actors`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.abroad_words import abroad_place
from lapwing.extract.docfacts import char_span, doc_text
from lapwing.extract.exemplars import exemplar_country
from lapwing.extract.events.participants import (
    _CROWD_NUMBERS,
    ARMED_SECTORS,
    NOT_STATES,
    PLACE_HEADS,
    POLITICAL_SECTORS,
    SETTLEMENT_HEADS,
    _fn,
    _many,
    is_coded,
)
from lapwing.extract.events.court_place import court_country, person_country
from lapwing.extract.events.neighbours import beside_the_clause
from lapwing.extract.events.repair_affiliation import affiliate_of
from lapwing.extract.events.phrases import _modifiers, np_span
from lapwing.extract.events.topics import names_topic
from lapwing.extract.events.syntax import SUBJ, _cases, _words, lemma_of, verb_bases
from lapwing.extract.quoted_speaker import (
    INCLUSIVE_WE_VERBS,
    continued_quote_speaker,
    in_direct_quote,
    pronoun_agrees,
    reported_speaker,
)
from lapwing.nlp.components import PARAGRAPH_LABEL
from lapwing.schema import Actor

#: sectors of a state's own politics: "the government", "the army", "the opposition" of the article's country
_DOMESTIC = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "PTY"})
#: the head words of a counterpart phrase ("his Japanese counterpart")
_COUNTERPARTS = frozenset({"counterpart", "counterparts"})


#: words of an office that acts on other states ("Foreign Minister", "the ambassador", "an envoy")
_DIPLOMATIC = ("foreign minister", "foreign ministry", "foreign secretary", "foreign affairs", "secretary of state",
               "ambassador", "envoy", "embassy")


def _diplomat(a: Actor | None) -> bool:
    """``a`` is a state's diplomat or foreign ministry (GOV, by the words of its own phrase)."""
    return a is not None and (a.sector or "").upper() == "GOV" and any(w in (a.text or "").lower() for w in _DIPLOMATIC)


#: prepositions of an agent's own phrase that place it ("police *in* Lagos", "students *throughout* the country")
_LOCATING_PREPS = frozenset({"in", "from", "throughout", "across"})


class ParticipantsMixin:
    """Coder methods that turn argument tokens into actors."""

    def role_as(self, verb: Token, src: Actor | None) -> Actor | None:
        """The codes of the role an uncoded subject acts in, named by the verb's "as" phrase ("Suharto
        resigned *as president of Indonesia*", "Smith spoke *as Kenya's envoy*"); None without one."""
        if src is None or src.kind not in (None, "person", "agent"):
            return None
        for c in verb.children:
            if c.dep_.startswith("obl") and "as" in _cases(c) and c.pos_ == "NOUN":
                b = self.actors.get(c, fallback=False)
                if is_coded(b) and (b.sector or "").upper() in POLITICAL_SECTORS:
                    return src.model_copy(update={"country": b.country, "sector": b.sector,
                                                  "rule": (src.rule or "actor") + "+role-as"})
        return None

    def crowd(self, t: Token | None) -> Actor | None:
        """A counted crowd as the subject of a protest: "*Hundreds of Lebanese pacifists*
        demonstrated", "*about 100 immigrants* protested", "*Thousands* marched": people whose kind
        the actor tables do not know are civilians (CVL; the sentence may give their country)."""
        if t is None or t.pos_ not in ("NOUN", "NUM", "PROPN") or t.ent_type_ in ("ORG", "GPE", "LOC", "FAC"):
            return None
        head = t
        if lemma_of(t) in _CROWD_NUMBERS or t.pos_ == "NUM":
            head = next((c for c in t.children if c.dep_.startswith("nmod") and "of" in _cases(c)), t)
        counted = head is not t or any(c.dep_ == "nummod" for c in t.children) or t.lower_ in _CROWD_NUMBERS \
            or (t.pos_ == "NUM" and _many(t.text))  # "Some *5,000* marched"
        plural = head.tag_ in ("NNS", "NNPS") or head.pos_ == "NUM" or lemma_of(head) in _CROWD_NUMBERS
        if not (counted and plural):
            return None
        s, e = np_span(t)
        if head is not t:
            e = max(e, np_span(head)[1])  # "Hundreds *of Lebanese pacifists*"
        return Actor(text=doc_text(self.ctx.doc)[s:e], start=s, end=e, kind="agent", sector="CVL",
                     rule="events:crowd")

    def lost_subject(self, t: Token) -> Token | None:
        """The subject the parser lost under a title chain, found by position by the actor extractor
        (:func:`lapwing.extract.actors.lost_subject`), as a token of the coder's doc; None without it."""
        fn = getattr(self, "_lost_subject_fn", False)
        if fn is False:
            fn = self._lost_subject_fn = _fn("lapwing.extract.actors", "lost_subject")
        if fn is None:
            return None
        try:
            m = fn(self.ctx, t.i)
        except Exception:  # a collaborator's bug must not sink the events
            return None
        return self.doc[m.head] if m is not None and 0 <= m.head < len(self.doc) else None

    def speaker_pronoun(self, t: Token | None) -> Actor | None:
        """"The Umma party said *it* will boycott ...": an unresolved subject pronoun of a reported
        clause is the speaker (rule suffix ``+speaker``) when it agrees with the speaker in person and
        number (an organisation is no "he", a person no "it"). Inside a direct quote only "I" and
        "we" are the speaker ("'*They* have backed us for years,' he said" is not him); "we" is the
        speaker's country and sector, not the person ("'*We* urge ...,' said the group's director"), as is a
        "they" of reported speech said by one person ("the official says *they* are negotiating"), and
        a quote with no cue of its own that opens its sentence right after a quote with one ("... ,"
        Hassan said. "So *we* urged ...") has that cue's speaker."""
        if t is None or t.pos_ != "PRON" or t.lower_ not in ("it", "they", "he", "she", "we", "i"):
            return None
        quoted = in_direct_quote(t)
        if quoted and t.lower_ not in ("we", "i"):
            return None
        if t.lower_ == "we" and lemma_of(t.head) in INCLUSIVE_WE_VERBS:
            return None  # "we agreed to keep the lines open": the speaker and the one he met, not his side alone
        spk = reported_speaker(t)
        if spk is None and quoted:
            spk = continued_quote_speaker(t)
        if spk is None:
            return None
        a = self.actors.get(spk, fallback=False)
        if not is_coded(a):
            return None
        one = a.kind == "person" or (a.kind == "pronoun" and spk.lower_ in ("he", "she", "i"))
        if not pronoun_agrees(t, a, spk) and not (t.lower_ == "they" and one):
            return None
        upd = {"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "rule": (a.rule or "actor") + "+speaker"}
        if t.lower_ in ("we", "they") and one:
            # "we", and "they" in reported speech ("the ministry official says *they* are negotiating"): the
            # speaker's side
            if not a.country and not a.sector:
                return None
            upd.update({"name": None, "kind": "agent"})  # the speaker's side, not the person
        return a.model_copy(update=upd)

    def speaker_state(self, t: Token | None, a: Actor | None) -> Actor | None:
        """"Chinese Foreign Ministry spokesman Lin Wei told a briefing that *China* supported ...": a bare country
        name that is the subject of a clause reported by its own government's official is that government (GOV;
        rule suffix ``+speaker-state``). None when it does not apply."""
        if t is None or a is None or a.sector or not a.country or a.kind != "gpe":
            return None
        clause = t.head
        if t.dep_ not in SUBJ or clause.dep_ not in ("ccomp", "parataxis") or not verb_bases(clause.head) & {
                "say", "announce", "state", "declare", "tell", "add", "confirm", "stress", "insist"}:
            return None
        spk = next((c for c in clause.head.children if c.dep_ in SUBJ), None)
        b = self.actors.get(spk, fallback=False) if spk is not None else None
        if b is None or b.sector != "GOV" or b.country != a.country:
            return None
        return a.model_copy(update={"sector": "GOV", "rule": (a.rule or "actor") + "+speaker-state"})

    def _sentence_countries(self, sent: Span) -> list[tuple[int, int, str]]:
        key = ("countries", sent.start)
        if key not in self._cache:
            out = []
            for m in self.ctx.data.get("actors") or ():
                a = getattr(m, "actor_view", None)  # (its fields only: no Actor made for a pending one)
                if a is None or not a.country or a.country in NOT_STATES or (a.sector or "").upper() in ("IGO", "NGO", "MNC", "MED"):
                    # the UN or the EU names no country of the others ("the UN invited the rebels"), nor
                    # does the outlet that reports ("troops shelled villages, residents told *Reuters*")
                    continue
                if self._label_start(sent) <= a.start < sent.end_char and not self._abroad(a):
                    out.append((a.start, a.end, a.country))
            self._cache[key] = out
        return self._cache[key]

    def _label_start(self, sent: Span) -> int:
        """Where the sentence's countries are read from: its start, or the start of the paragraph label in capitals
        right before it ("CHANDIGARH, India - Sikh militants killed ...": the label is a sentence of its own since
        session 28 round 49, and its place still tells the paragraph's country, as it did in the one sentence)."""
        text = doc_text(self.doc)
        line = text.rfind("\n", 0, sent.start_char) + 1
        if line <= 0:
            return sent.start_char
        m = PARAGRAPH_LABEL.match(text, line)
        if m is None or m.end() > sent.start_char or text[m.end():sent.start_char].strip():
            return sent.start_char
        return line

    def _abroad(self, a: Actor) -> bool:
        """A place where someone lives away from home ("who has lived *in exile in Paris*", "speaking from exile *in
        London*", "who lives *in Geneva*"): it says nothing of the nationality of the sentence's other actors."""
        span = char_span(self.doc, a.start, a.end)
        return span is not None and len(span) > 0 and abroad_place(span.root)

    def sentence_country(self, sent: Span, a: Actor | None, other: Actor | None) -> Actor | None:
        """A sector-only actor takes the country of a sentence in which every coded country is the
        same, when that country is shown by some mention other than the event's other actor
        ("Guaido called on the armed forces to abandon Maduro": the armed forces are Venezuela's)."""
        if a is None or a.country or not a.sector or a.sector.upper() in ("IGO", "NGO", "MNC", "IMG"):
            return a
        if "generic" in (a.rule or "").split("+"):
            return a  # "many leaders", "governments": no one country (``actors/generic.py``)
        if a.kind not in (None, "agent"):
            return a  # a named person's nationality is not another person's ("McCaul said, referring to
            # Russian President Vladimir Putin")
        local = self._located_country(a)
        if local is not None:
            return a.model_copy(update={"country": local, "rule": (a.rule or "actor") + "+place"})
        # (nor a topic: "the two leaders held talks *on Ukraine*" are not Ukraine's; topics.py)
        found = [f for f in self._sentence_countries(sent) if not exemplar_country(self.doc, f[0], f[1])
                 and not names_topic(self.doc, f[0], f[1])]
        if a.sector.upper() == "JUD":  # prosecutors, judges: the court's country, not the defendant's (court_place.py)
            court = court_country(self.doc, self.ctx.record.places, NOT_STATES)
            if court is not None:
                return a.model_copy(update={"country": court, "rule": (a.rule or "actor") + "+court-place"})
            found = [f for f in found if not person_country(self.ctx.data.get("actors"), f[0], f[1])]
        main = self.ctx.data.get("main_country")
        if found and main and a.sector.upper() in _DOMESTIC and main not in {c for _, _, c in found} \
                and all(self._beside_the_body(a, s_, e_) for s_, e_, _ in found):
            # "The government closed the borders *with Guinea and Liberia*", "the police arrested two men smuggling
            # arms *from Somalia*": every country of the sentence is an object, a partner or a destination of the
            # body's own clause; a bare body is the article's main country's (``neighbours.py``)
            return a.model_copy(update={"country": main, "rule": (a.rule or "actor") + "+main-country"})
        foreign = self._counterpart_countries(sent, a)
        if foreign:
            # "The prime minister met his *Japanese* counterpart (in *Tokyo*)": the counterpart's country is the one
            # the other side is not of; no actor of the sentence takes it, the domestic side takes the article's
            found = [f for f in found if f[2] not in foreign]
            main = self.ctx.data.get("main_country")
            if not found and main and main not in foreign and a.sector.upper() in _DOMESTIC:
                return a.model_copy(update={"country": main, "rule": (a.rule or "actor") + "+main-country"})
        codes = {c for _, _, c in found}
        if len(codes) > 1:
            return self._past_the_states(a, other, found)
        if len(codes) != 1:
            return a
        found = [f for f in found if not self._names_place(f[0], f[1])]
        codes = {c for _, _, c in found}
        if len(codes) != 1:
            return a
        main = self.ctx.data.get("main_country")
        if _diplomat(other) and other.country in codes and a.sector.upper() in _DOMESTIC and main and main not in codes:
            # "Nigerian Foreign Minister X told a news conference that Abuja ... and warned *the junta*": a state's
            # diplomat acts on other states; a bare body he names is the article's main country's when that is
            # another country
            return a.model_copy(update={"country": main, "rule": (a.rule or "actor") + "+main-country"})
        witnesses = [(s_, e_) for s_, e_, _ in found
                     if not (other is not None and other.start <= s_ and e_ <= other.end)
                     and not (a.start <= s_ and e_ <= a.end) and not affiliate_of(self.doc, a.end, s_)]
        if not witnesses:
            return a  # (nor the state a force is "linked to", "allied with", "backed by": repair 234's note)
        code = codes.pop()
        if other is not None and other.kind in ("gpe", "country") and other.country == code \
                and (other.sector or "GOV").upper() == a.sector.upper():
            # "Australia's foreign minister said Australia backed *the caretaker government's* call": the sentence's
            # one country is the other actor's own, and a state does not act on its own government (a person may
            # appeal to his own side: "Cabello urged government supporters to gather"): a domestic body is the
            # article's main country's, when that is another country
            main = self.ctx.data.get("main_country")
            if main and main != code and a.sector.upper() in _DOMESTIC:
                return a.model_copy(update={"country": main, "rule": (a.rule or "actor") + "+main-country"})
            return a
        return a.model_copy(update={"country": code, "rule": (a.rule or "actor") + "+sentence-country"})

    def _beside_the_body(self, a: Actor, start: int, end: int) -> bool:
        """The country mention at ``start:end`` hangs below the clause of the bare body ``a`` as an object, a partner
        or a destination, through no subject and no place it is in (``neighbours.beside_the_clause``)."""
        body = char_span(self.doc, a.start, a.end)
        span = char_span(self.doc, start, end)
        return body is not None and span is not None and len(body) > 0 and len(span) > 0 \
            and beside_the_clause(body.root, span.root)

    def _counterpart_countries(self, sent: Span, a: Actor) -> set[str]:
        """The countries of the sentence's counterparts ("his *Japanese* counterpart", "counterparts from *Chile*"),
        other than ``a`` itself: the country of the one a counterpart is set against is not theirs."""
        out = set()
        for m in self.ctx.data.get("actors") or ():
            b = getattr(m, "actor_view", None)
            if b is None or not b.country or not (sent.start_char <= b.start < sent.end_char):
                continue
            if b.start <= a.start < b.end or a.start <= b.start < a.end:
                continue
            head = getattr(m, "head", None)
            if head is not None and 0 <= head < len(self.doc) and lemma_of(self.doc[head]) in _COUNTERPARTS:
                out.add(b.country)
        return out

    def _past_the_states(self, a: Actor, other: Actor | None, found: list) -> Actor:
        """A domestic body acted on by a list of states ("The United States, Britain and the EU urged *the
        government* to ..."): when every country of the sentence is named in the states' own coordinated phrase,
        the body is none of theirs (a state does not urge its own government), so it is the article's main
        country's when that is another country and every other country of the sentence is the main one; otherwise
        it keeps no country."""
        main = self.ctx.data.get("main_country")
        if other is None or other.kind not in ("gpe", "country") or not main or a.sector.upper() not in _DOMESTIC:
            return a
        span = char_span(self.doc, other.start, other.end)
        if span is None or len(span) == 0:
            return a
        top = span.root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ not in ("nsubj", "nsubj:pass"):
            return a
        lo, hi = top.left_edge.idx, top.right_edge.idx + len(top.right_edge)
        inside = {c for s_, e_, c in found if lo <= s_ and e_ <= hi}
        # (the states' own officials named elsewhere in the sentence, "*Australia's* foreign minister said Australia
        # backed the caretaker government", name no third country)
        if main in inside or not all(c == main or c in inside for s_, e_, c in found if not (lo <= s_ and e_ <= hi)):
            return a  # (a Zambian named elsewhere in the sentence, "called for *Chanda's* release", is the main country's)
        return a.model_copy(update={"country": main, "rule": (a.rule or "actor") + "+main-country"})

    def _located_country(self, a: Actor) -> str | None:
        """The country of the town or province an agent is placed in by its own phrase ("police *in
        Lagos*", "a court *in Lahore*", "protesters *in Belgrade*"), from the places extractor."""
        span = char_span(self.doc, a.start, a.end)
        if span is None or len(span) == 0:
            return None
        # a country too ("a bank *in Nicaragua*", "protesters in Sudan"), but not for troops, which are
        # often abroad ("soldiers in Mali" may be France's)
        kinds = ("city", "admin1", "landmark") if (a.sector or "").upper() in ("MIL", "UAF") else (
            "city", "admin1", "landmark", "country")
        places = [p for p in self.ctx.record.places if p.country and p.kind in kinds]
        if not places:
            return None
        # the head's own phrase, or that of the people a count's "of" chain names (round ar75: "tens of thousands
        # of dockers *throughout Chile*", "hundreds of nurses *across Kenya*")
        heads = [span.root]
        while len(heads) < 3 and (nx := next((c for c in heads[-1].children if c.dep_.startswith("nmod")
                                              and c.i > heads[-1].i and _cases(c) == {"of"}), None)) is not None:
            heads.append(nx)
        for h in heads:
            for c in h.children:
                if c.dep_.startswith("nmod") and _cases(c) & _LOCATING_PREPS and c.i > h.i:
                    for p in places:
                        if p.start <= c.idx < p.end and p.country not in NOT_STATES:
                            return p.country
        return None

    def _names_place(self, start: int, end: int) -> bool:
        """The country mention modifies a place noun ("in the Brazilian embassy", "on Turkish soil"):
        it locates the event and says nothing of the actors' nationality."""
        span = char_span(self.doc, start, end)
        if span is None or len(span) == 0:
            return False
        root = span.root
        up = root
        while up.dep_ == "conj" and up.head.i != up.i:
            up = up.head
        if up.dep_ in ("nmod", "appos") and lemma_of(up.head) in SETTLEMENT_HEADS and (
                up.dep_ == "appos" or any(c.lower_ == "of" for c in up.children)):
            return True  # a town named like a person or a country: "the towns of Bocaranga and Bazoum"
        if (root.dep_ in ("amod", "compound", "nmod", "poss", "nmod:poss")
                and root.head.i not in range(span.start, span.end)
                and lemma_of(root.head) in PLACE_HEADS):
            return True  # "Brazilian" in "in the Brazilian embassy" (mention without its head)
        # the mention is itself a place in a prepositional phrase: "(in) the Brazilian embassy"
        return root.pos_ == "NOUN" and (lemma_of(root) in PLACE_HEADS and root.dep_ in ("obl", "nmod", "pobj", "obl:npmod")
                and any(c.dep_ in ("case", "prep") for c in root.children) or
                (lemma_of(root) in PLACE_HEADS and root.head.dep_ == "prep"))

    def _armed(self, a: Actor | None, t: Token | None) -> bool:
        if a is not None and a.sector and a.sector.upper() in ARMED_SECTORS:
            return True
        if t is None:
            return False
        words = self.lex.sets.get("@armed", frozenset())
        return bool(_words(t) & words) or any(_words(m) & words for m in _modifiers(t))
