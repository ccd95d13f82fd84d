"""Candidate -> Event: actors, gates on the dyad, status, confidence, intent / refusal codes, PLOVER, ACLED fields."""

from __future__ import annotations

from spacy.tokens import Span, Token

from lapwing.extract.events.victims import (act_place_country, attacked_site, criminal_doer, person_victim, unlocked_violence,
                                          unnamed_doer)
from lapwing.extract.events.arguments import _FIGHT_NOUNS
from lapwing.extract.events.background import attributive_participle, failed_agreement, modifier_base_verb, undergone_noun
from lapwing.extract.events.coding_checks import (  # noqa: F401  (VIOLENT_ROOTS and the predicates re-exported)
    ABSTRACT_CAUSES, PRESSURE_CAUSES, RECEPTION_NOUNS, VIOLENT_ROOTS, _DEAL_ROOTS, _DEATH_VERBS, _FIRING_NOUNS,
    _HARM_VERBS, _SAID_ACTS, _SEARCH_RAIDS, _TALK_CODES, _WORDS_ON_MARKETS, _doer_told, _document_doer,
    _own_possessive, _protest_crowd, _rival_sides, _takes_hostages)
from lapwing.extract.events.disputes import FIGHT_ROOTS, dispute_code, dispute_reason, threatened_fight
from lapwing.extract.events.custody_doer import police_role_doer, state_custody
from lapwing.extract.events.frames import Candidate
from lapwing.extract.events.held_happening import held_happening
from lapwing.extract.events.charged_deed import charged_deed
from lapwing.extract.events.commerce_acts import commerce_act, means_of_request, money_party
from lapwing.extract.events.attitude_doer import attitude_doer
from lapwing.extract.events.hazard_cause import DISASTER_SET, no_doer, unforced
from lapwing.extract.events.firm_names import firm_source
from lapwing.extract.events.accident_subject import accident_nearby, accident_subject
from lapwing.extract.events.dyad_words import NONPOLITICAL_HINT
from lapwing.extract.events.clause_gates import _subordinate
from lapwing.extract.events.accident_gates import accident_cause
from lapwing.extract.events.arrest_gates import law_enforcement_arrest, unnamed_authority_arrest
from lapwing.extract.events.act_checks import forecast_of_another, own_plan_denied, _content_clauses, crowd_purpose, drop_echo_statements, festive_crowd, labour_dissent_call, own_refusal, political_act, state_policy_act, statement_content  # noqa: F401  (re-exported)
from lapwing.extract.events.code_shifts import SAID_ONLY_THREATS, _REFUSING, _future_negation, announced_threat, bare_voice, intended_party, own_act_content, own_announced_act, threatened_party, conditional_announcement, doerless_refusal_speaker, intent_code, refusal_code  # noqa: F401  (re-exported)
from lapwing.extract.events.event_record import acled_for, make_event  # noqa: F401  (re-exported)
from lapwing.extract.events.lexicon_loader import Lexicon
from lapwing.extract.events.market import (commercial_deal, firm_speaker, market_statement, market_target, measured_statistic,
                                           verbal_attack)
from lapwing.extract.events.reported_happening import told_not_stated
from lapwing.lexicons.user_patterns import pattern_source
from lapwing.extract.events.owned import distinct_body, owned_abstract_target
from lapwing.extract.events.actor_classes import NOT_STATES, state_party
from lapwing.extract.events.participants import ARMED_SECTORS, _pol_sector, has_political_voice, is_coded, is_political
from lapwing.extract.events.event_sides import EventSidesMixin
from lapwing.extract.events.self_report import announcer, self_reported, threat_made  # noqa: F401  (threat_conditions.py)
from lapwing.extract.events.status import event_status, undone_restriction
from lapwing.extract.events.status_gates import _LATER, status_gates
from lapwing.extract.events.syntax import PERSONISH, _cases, _ccomp, _is_temporal, _obj_token, _words, _xcomp, lemma_of
from lapwing.extract.events.syntax_args import _prep_args
from lapwing.extract.events.verb_classes import LIGHT_VERBS
from lapwing.extract.events.voices import state_voice, voiceless_judgement
from lapwing.schema import Actor, Event
from lapwing.extract.events.parse_memo import children_of

#: roots of acts only an agent does (giving, aiding, yielding; assault and fighting): a text is never their doer. Not
#: coercion (17: "the decree bans gatherings, imposes a curfew" is the restriction), sanctions and embargoes (16: "the
#: UN resolution imposed sanctions") nor deployments (15)
_MATERIAL_ROOTS = frozenset(("06", "07", "08", "18", "19", "20"))

#: verbs of a finding: what "had concluded" holds still holds when it is told (round 44)
_FINDINGS = frozenset({"conclude", "determine", "establish", "find"})


class BuildMixin(EventSidesMixin):
    """Coder methods that turn a matched candidate into an event (or say why not)."""

    def _own_saying(self, src: Actor | None, reporter: Token | None) -> bool:
        """The event's source is a pronoun for the one who says it ("Germany said *it* condemned ..."), or the
        bare state whose official says it ("the Thai foreign minister said *Thailand* rejected ...": round 44)."""
        if src is None or reporter is None:
            return False
        state = (src.rule or "").endswith("+speaker-state")
        if not (state or src.kind == "pronoun" or (src.rule or "").endswith("+speaker")):
            return False
        ra = self.actors.get(reporter, fallback=False)
        return ra is not None and (ra.country, ra.sector) == (src.country, src.sector) and (
            state or not ra.name or not src.name or ra.name == src.name)

    def _own_side(self, src: Actor | None, reporter: Token | None) -> bool:
        """The event's doer is the sayer's own side: its pronoun or bare state (``_own_saying``), or its country's
        state ("the Russian foreign ministry said *Moscow* would expel ...")."""
        if self._own_saying(src, reporter):
            return True
        if src is not None and bare_voice(reporter) and (
                not is_coded(va := self.actors.get(reporter, fallback=False)) or (va.country, va.sector) == (src.country, src.sector)):
            return True  # "the opposition would boycott ... unless ..., *a spokesman* said" (round sc61)
        ra = self.actors.get(reporter, fallback=False) if src is not None and reporter is not None else None
        return ra is not None and bool(ra.country) and ra.country == src.country and (src.sector or "GOV") == "GOV" \
            and ra.sector in ("GOV", "MIL")

    def _no(self, c: Candidate, reason: str) -> None:
        """Record why a candidate was not emitted (``Coder.trace``, for debugging and docs) and return None."""
        if self.trace is not None:
            self.trace.append((c.trigger.i, c.pattern.id, reason, c.source_tok.text if c.source_tok is not None else None, c.target_tok.text if c.target_tok is not None else None))
        return None

    def _killed_in_fight(self, c: Candidate, h: Token) -> bool:
        """"Killed in an encounter with the police", "killed in an exchange of fire with the guard": a death in
        a fight whose other side is named is the killing by that side (coded on the verb, with the victim);
        the fight noun is then no event of its own."""
        return lemma_of(c.trigger) in _DEATH_VERBS and c.source_tok is not None and (
            (p := self._death_party(h)) is not None and c.source_tok.i == p.i)

    def _death_party(self, h: Token) -> Token | None:
        """Who a death "in" the event noun ``h`` is the work of: the other side of a fight ("in an encounter
        with *the police*") or the named agent of an act of violence ("in *police* firing", "in *army*
        shelling")."""
        if lemma_of(h) in _FIGHT_NOUNS:
            return self._fight_party(h)
        # (only a firing: "killed in Israeli *shelling*" keeps the more telling code of the shelling)
        return self.agent_of_event_noun(h) if lemma_of(h) in _FIRING_NOUNS else None

    def _fight_victims(self, c: Candidate) -> None:
        """"Two suspects *died in a shootout with police*", "robbers were fatally wounded in a gunfight with a
        police team": the fight's one named side (its "with" phrase) is the side that did the killing, the
        dead its target. Only for a fight noun in an in/during phrase of a verb of death or injury."""
        h, t = c.trigger.head, c.trigger
        if lemma_of(t) not in _FIGHT_NOUNS or h.i == t.i or lemma_of(h) not in _HARM_VERBS or not (_cases(t) & {"in", "during"}):
            return
        party = self._fight_party(t)
        victim = next((x for x in children_of(h) if x.dep_ in ("nsubj", "nsubj:pass")), None)
        if party is None or (c.target_tok is not None and c.target_tok.i not in (party.i, getattr(victim, "i", -1))):
            return  # (the pattern's target may be the party, the victim or none: "died in 'crossfire' *with* the DB")
        c.source_tok, c.target_tok = party, victim

    def build(self, c: Candidate, sent: Span, n_off: int, trigger_idx: set[int]):
        p = c.pattern
        row = self.lex.cameo.get(c.code)
        if row is None:
            return self._no(c, "code not in cameo.tsv")
        # a verb whose subject is itself a nominal event ("a car bomb killed ...") is left to the noun
        if not c.nominal and c.source_tok is not None and c.source_tok.i in trigger_idx and row.root in VIOLENT_ROOTS:
            return self._no(c, "subject is a nominal event (coded there)")
        if not c.nominal and row.root in VIOLENT_ROOTS:
            for cs, h in _prep_args(c.trigger):
                if h.i in trigger_idx and cs & {"in", "during", "by"} and not self._killed_in_fight(c, h) \
                        and getattr(self, "nominal_roots", {}).get(h.i, "19") in VIOLENT_ROOTS | {"17"} \
                        and lemma_of(h) not in _SEARCH_RAIDS \
                        and not _doer_told(c, h, cs):  # "shot dead in a police raid": the shooting is told
                    return self._no(c, "violence described by a nominal event (coded there)")
        if c.nominal and row.root in VIOLENT_ROOTS \
                and c.trigger.head.i in trigger_idx and lemma_of(c.trigger.head) in _DEATH_VERBS \
                and _cases(c.trigger) & {"in", "during"} and self._death_party(c.trigger) is not None:
            return self._no(c, "the fight or firing a killing happened in (coded on the killing)")
        t = c.trigger
        tt = c.target_tok
        if lemma_of(t) == "meet" and tt is not None and lemma_of(tt) in RECEPTION_NOUNS \
                and not any(x.dep_ in ("det", "nmod:poss", "poss", "nummod") for x in children_of(tt)):
            # "the plan *met with opposition* from China", "met with criticism": how something was
            # received, not a meeting ("met with *the* opposition" is one)
            return self._no(c, "met with a reception, not a meeting")
        if not c.nominal and t.tag_ == "VBN" and t.dep_ in ("acl", "acl:relcl") and row.root not in VIOLENT_ROOTS \
                and t.head.dep_ not in ("ROOT", "root") and not _is_temporal(t.head) \
                and row.root not in ("11", "17") and not any(x.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass") for x in children_of(t)):
            # "sanctions *imposed by Washington*", "the deal *signed by* both sides": a participle
            # describing its noun is background, not a report (violence, arrests and blame are reported so:
            # "five civilians killed by militants")
            return self._no(c, "a participle describing its noun")
        if not c.nominal and attributive_participle(t):  # "the party of *jailed* former premier X" (background.py)
            return self._no(c, "a participle before its noun: a description")
        if not c.nominal and modifier_base_verb(t):  # "the general and *protest* leaders signed" (background.py)
            return self._no(c, "a base-form verb read in a noun phrase: a noun modifier")
        if c.nominal and undergone_noun(t):  # "the forces came under a coordinated attack from rebels" (background.py)
            return self._no(c, "the noun of 'came under': undergone by the subject, coded by the verb")
        if c.nominal and row.root == "05" and failed_agreement(t):  # "the arms deal with X collapsed" (background.py)
            return self._no(c, "an agreement told as failed, none signed")
        if c.nominal and undone_restriction(c.trigger):
            return self._no(c, "a restriction undone")  # "lifted sanctions on X" is no sanctioning of X
        if row.root == "17" and not c.nominal and held_happening(t, self.lex.sets):  # (held_happening.py)
            return self._no(c, "a session or a vote that was held, not a person")
        if not c.nominal and charged_deed(t, c.code, self.lex.sets):  # "arrested for collaborating with" (charged_deed.py)
            return self._no(c, "a cooperation named as the charge of a custody or legal act")
        if c.nominal and c.source_tok is None:
            self._fight_victims(c)
        # the status and its gates (``status_gates.py``) come here when the trace is kept, so that its reasons keep
        # this order; otherwise once the gates below, which read no status, have let the candidate through (speed:
        # most candidates stop at them)
        st = status_gates(self, c, sent, row) if self.trace is not None else _LATER
        if st is None:
            return None
        src = self._event_source(c, row, p)  # who did it, and to whom (event_sides.py)
        src, tgt = self._event_target(c, src, row)
        src, tgt = self.sentence_country(sent, src, tgt), self.sentence_country(sent, tgt, src)
        if p.family == "threaten" and forecast_of_another(c.trigger, src, lambda x: self.actors.get(x, fallback=False)):
            return self._no(c, "a warning that another party will act: a forecast, no threat")  # (act_checks.py)
        if tgt is not None and money_party(c.target_tok):
            tgt = None  # "debts of 2.5 billion *Canadian* dlrs": an amount of money is no party (commerce_acts.py)
        if tgt is not None and tgt.sector == "MED" and (row.root == "01" or (c.code or "") in _TALK_CODES):
            # "told reporters", "told VOA": the press is a statement's audience, not its target; "spoke to VOA" is an
            # interview, no consultation (with no other target, a consultation then needs one and is dropped)
            tgt = None
        if src is not None and src.sector == "MED" and (c.code or "") in _TALK_CODES:
            return self._no(c, "a news outlet's interview, no consultation")  # "VOA spoke with X" (round 55)
        if is_coded(src) and is_coded(tgt) and src.country and src.sector and row.root != "02" \
                and (src.country, src.sector) == (tgt.country, tgt.sector) and not distinct_body(row.root, src, tgt):
            # "Maduro loyalists rallied outside Miraflores palace" (VEN GOV -> VEN GOV): an actor
            # does not act on itself, so the dyad keeps its source only (the coded target still
            # counts as evidence of a well-formed event below); an appeal keeps its addressees ("Cabello
            # urged government supporters to gather")
            tgt, self_dyad = None, True
        else:
            self_dyad = False
        coded_s, coded_t = is_coded(src), is_coded(tgt)
        if row.root not in _WORDS_ON_MARKETS and market_target(c.target_tok, c.trigger, coded_t, getattr(tgt, "sector", None)):
            return self._no(c, "market language: the target is a price, a currency or a firm")  # (market.py)
        disputed = (row.root in FIGHT_ROOTS or c.code == "145") and dispute_reason(
            c.trigger, c.source_tok, c.target_tok, (getattr(src, "sector", None), getattr(tgt, "sector", None)),
            self.lex.sets, ARMED_SECTORS)
        if disputed:  # "Britain and Japan clashed over car exports": a quarrel, not a fight (disputes.py)
            c.code = dispute_code(c.trigger)
            row = self.lex.cameo[c.code]
        if (c.code or "").startswith("138") and (f := threatened_fight(c.trigger)) is not None and dispute_reason(
                f[0], None, f[1], (getattr(src, "sector", None), getattr(tgt, "sector", None)), self.lex.sets, ARMED_SECTORS):
            return self._no(c, "a quarrel vowed or put off, no threat of force")  # "vowed to fight the law" (disputes.py)
        if row.root == "01" and firm_speaker(c.source_tok):
            return self._no(c, "a firm's officer or a researcher, not a political speaker")  # (market.py)
        if row.root in _DEAL_ROOTS and not any(_pol_sector(a) or state_party(a) for a in (src, tgt)) \
                and commercial_deal(c.trigger):
            return self._no(c, "a firm's deal: talks or an agreement on a merger, a sale of stores")  # (market.py)
        if (why := commerce_act(row.root, c.code or "", c.trigger, c.source_tok, c.target_tok, tgt is not None)) \
                or (not c.nominal and means_of_request(c.trigger) and (why := "the means of a requested act")):
            return self._no(c, why)  # "concessions to its Korean customers", "export licences" (commerce_acts.py)
        if int(row.root) <= 13 and not is_political(tgt) \
                and firm_source(c.source_tok) \
                and not (row.root != "01" and not c.nominal and state_policy_act(c.trigger, c.source_tok, c.target_tok)):
            # (a firm's act on a state stays: "Halden Marine accused Norway of bias"; so does one on a state's policy:
            # "Bexlon sued over the new levy", act_checks.py, round un71); "Bexlon president ... said" (firm_names.py)
            return self._no(c, "a firm or a firm's officer, named as such elsewhere in the article")
        if attitude_doer(c.source_tok):  # "opposition from three senators forced her to ..." (attitude_doer.py)
            return self._no(c, "the doer is an attitude (opposition from / to ...), not the party")
        if p.id == "f_force_to" and not c.nominal and unforced(c.trigger):
            return self._no(c, "'forced to' with no coercer named: an effect, not an act")  # (hazard_cause.py, ri70)
        if why := no_doer(row.root, c.nominal, c.trigger, c.source_tok, coded_s, self.lex.sets, PRESSURE_CAUSES, c.target_tok):
            # "an earthquake killed 800 villagers", "hail killed two", "falling prices forced X to ...", "hard-pressed
            # to" (hazard_cause.py)
            return self._no(c, why)
        if not c.nominal and crowd_purpose(c.code or "", c.trigger):
            return self._no(c, "a crowd's purpose ('gathered to defend the president'), not a verbal defence")
        if not c.nominal and festive_crowd(c.code or "", c.trigger):
            return self._no(c, "a crowd out to celebrate, not a protest")  # (act_checks.py, round 55)
        if c.nominal and measured_statistic(c.trigger):
            return self._no(c, "a measured statistic of events, not an event")  # "World Bank loans to Kenya fell 30 pct"
        if n_off >= 2 and not (int(row.root) <= 7 and is_political(src)):
            # a sentence about a storm or a flood: only a political actor's sympathy, appeal or aid
            # ("expressed condolences to Cambodia over the floods", "sent relief to flood victims")
            return self._no(c, "weather or disaster sentence")
        # "Tomas Arce declared a state of siege": a named person no table knows, doing an act that only
        # a political actor does (by what it acts on), is a political source (still uncoded)
        named_pol = (src is not None and not coded_s and c.source_tok is not None and c.source_tok.pos_ == "PROPN"
                     and c.source_tok.ent_type_ in ("PERSON", "") and political_act(c.trigger, c.nominal, self.lex.sets))
        agentless = p.has("agentless")
        if agentless and src is None and c.source_tok is not None and c.source_tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ") \
                and (any(k.kind == "srccrowd" and not k.negated for k in p.conds)
                     or (row.root == "14" and self._crowd_source(c.source_tok))):
            # "anarchists marched", "thousands rallied": people in numbers are the (uncoded) actor of a protest
            src = self.actors.uncoded(c.source_tok, force=True)
        if src is None and c.source_tok is not None and c.source_tok.tag_ in ("WP", "WDT"):
            # "who hosted the ministers" whose antecedent the parse lost: the doer is unknown
            return self._no(c, "unresolved relative pronoun subject")
        # "two suspects were picked up": an arrest by unnamed authorities is an event with no source
        unnamed_arrest = (src is None and unnamed_authority_arrest(c.code, c.trigger, c.target_tok, self.lex.sets)) \
            or law_enforcement_arrest(c.code, c.source_tok, self.lex.sets)
        if unnamed_arrest and tgt is None and c.target_tok is not None and c.target_tok.pos_ in ("NOUN", "PROPN", "NUM"):
            # "two men were arrested at the border": whom, even uncoded, is what the report is about
            tgt = self.actors.uncoded(c.target_tok, force=True)
        if src is None and not unnamed_arrest and owned_abstract_target(c.trigger, c.target_tok):
            return self._no(c, "an act on a thing a country owns, with no doer")  # (owned.py) "violates Kenya's law"
        if voiceless_judgement(c.code or "", c.trigger, c.source_tok, src, c.nominal):
            return self._no(c, "a judgement by no one named (an agentless passive, 'critics')")  # (voices.py)
        if src is None and self.refusals and refusal_code(c.code or "") \
                and (speaker := doerless_refusal_speaker(c.anchor)) is not None:
            # "Mulino said the law *would not be withdrawn*": the announcer's refusal (code_shifts.py)
            src = self.actors.get(speaker)
            coded_s = is_coded(src)
        if not (coded_s or coded_t or named_pol) and not agentless and not unnamed_arrest:
            return self._no(c, "no coded actor")
        if agentless and not (coded_s or coded_t) and c.source_tok is not None and src is None:
            # a subject that is not an actor at all ("shares rallied", "the storm hit")
            return self._no(c, "subject is not an actor")
        if p.has("needs_target") and tgt is None and not (
                p.family == "demand" and c.target_tok is not None and _words(c.target_tok) & PERSONISH):
            # (a demand is made on people even uncoded: "argued *the police* should impose a curfew")
            return self._no(c, "pattern needs a target")
        if self.article_topic is not None and not (_pol_sector(src) or _pol_sector(tgt) or (
                self.article_topic == "markets" and row.root == "16" and state_party(src))):  # "the US imposed sanctions" (ri70)
            return self._no(c, f"off-topic article ({self.article_topic}) and no political actor")
        if c.nominal and c.anchor.i == c.trigger.i and not (coded_s and coded_t) and not c.light:
            # "the focus of Tuesday's talks", "the Russia attack on Ukraine": a mention of an event
            # (often an old one) rather than a report; only kept with both actors coded
            return self._no(c, "bare nominal without two coded actors")
        if c.nominal and src is None and tgt is None and int(row.root) <= 8:
            # "after talks broke down", "the agreement collapsed": a talk or a deal naming nobody tells no one's act
            return self._no(c, "cooperation noun without any actor")
        named_victim = row.root in VIOLENT_ROOTS and src is None and not c.nominal and unlocked_violence(
            c.code or "", c.trigger, c.target_tok, self.lex.sets)  # (victims.py)
        if row.root in ("17", "18", "19", "20") and not (
                coded_t or is_political(src) or self._armed(src, c.source_tok) or unnamed_arrest or named_pol
                or _takes_hostages(c) or _rival_sides(c) or named_victim
                or (not c.nominal and criminal_doer(row.root, src, c.source_tok, self.lex.sets))):
            # violence needs a coded victim or an armed / political perpetrator ("the striker attacked the post");
            # or a named person it struck, told in the passive ("Ana Ruiz was shot dead in ..."), or a car, roadside or
            # suicide bomb that went off ("a car bomb exploded outside ..."); a criminal, a mob or an unknown doer of a
            # killing or an assault ("robbers shot a cashier"): victims.py
            return self._no(c, "violence without coded victim or armed/political perpetrator")
        if tgt is None and row.root in VIOLENT_ROOTS and not c.nominal and person_victim(c.target_tok, self.lex.sets):
            tgt = self.actors.uncoded(c.target_tok, force=True)  # "shot dead two *suspects*": whom it struck (victims.py)
        elif tgt is None and named_victim and attacked_site(c.trigger, c.target_tok):
            tgt = self.actors.uncoded(c.target_tok, force=True)  # "Two oil *tankers* were attacked" (victims.py)
        if row.root in ("18", "19", "20") and src is not None and not c.nominal and (src.sector or "CVL").upper() == "CVL" \
                and unnamed_doer(c.source_tok, self.lex.sets):
            src = src.model_copy(update={"sector": "UAF", "rule": (src.rule or "actor") + "+unnamed-doer"})  # "unknown men"
        if row.root in ("18", "19", "20") and src is not None and not src.country and not c.nominal and (
                src.sector or "").upper() in ("CRM", "UAF"):
            here = act_place_country(c.trigger, self.ctx.record.places, NOT_STATES)  # "robbers shot a cashier in Lagos"
            if here:
                src = src.model_copy(update={"country": here, "rule": (src.rule or "actor") + "+act-place"})
        if row.root in ("18", "19", "20") and src is None and not c.nominal and (
                accident_cause(c.trigger) is not None or accident_subject(c.trigger) is not None
                or accident_nearby(c.trigger) is not None):
            return self._no(c, "death or injury in an accident or disaster, not an attack")
        disaster = self.lex.sets.get(DISASTER_SET, frozenset())  # (a natural disaster, lexicon set @disaster_doer)
        if not coded_s and c.source_tok is not None and _words(c.source_tok) & (
                (ABSTRACT_CAUSES | disaster) if row.root in ("18", "19", "20") else disaster):
            # "The war has killed tens of thousands of people": a tally of a conflict, not an attack; "the storm
            # forced the aid workers out": a disaster does nothing on anyone's behalf
            return self._no(c, "subject is a conflict or condition, not an actor")
        if row.root == "17" and src is None and c.source_tok is not None and c.source_tok.pos_ == "NOUN" \
                and not (unnamed_arrest or named_pol or c.nominal) and (
                    c.source_tok.i in trigger_idx or _words(c.source_tok) & (ABSTRACT_CAUSES | PRESSURE_CAUSES)):
            return self._no(c, "coercion whose subject is no actor (a cause)")  # "mass protests forced X to resign"
        released = c.code.startswith("0841") and c.target_tok is not None and (
            src is None or (src.sector or "").upper() in ("CRM", "UAF", "INS", "REB", "SEP"))
        # "prisoners were freed"; "the hostages were freed by their captors": armed groups free captives too
        ransom = p.id.startswith("demand_ransom")  # "the kidnappers demanded a ransom": captors' demand (lc64)
        dissent = c.code.startswith(("082", "1242", "133"))  # "the union called off / threatened a strike": dissent is civil
        crowd_demand = row.root in ("02", "10") and _protest_crowd(c.source_tok)
        if int(row.root) <= 13 and (coded_s or coded_t or named_pol) and not (
                has_political_voice(src) or is_political(tgt) or named_pol or state_voice(src, c.code or "")) \
                and not released and not dissent and not ransom \
                and not crowd_demand and not labour_dissent_call(row.root, src, c.trigger) \
                and not (row.root != "01" and not c.nominal and state_policy_act(c.trigger, c.source_tok, c.target_tok)):  # ("the union urged workers
            # to stay at home": a call to strike; "the union denounced the new labour law": an act on a state's
            # policy, round un71; act_checks.py)
            # words between companies, clubs, critics...: not a political event
            return self._no(c, "verbal event without a political actor")
        if p.has("content_required") and c.content_class is None:
            return self._no(c, "no content class")
        if src is not None and c.source_tok is not None and lemma_of(c.source_tok) in NONPOLITICAL_HINT and not coded_s:
            return self._no(c, "non-political subject")
        is_say = row.root == "01" or p.has("say")
        if is_say:
            if not self.statements or not (has_political_voice(src) or state_voice(src, c.code or "")):
                return self._no(c, "statement without political speaker")
            # the statement's content holds an event of its own: that event is coded, not the saying
            cl = _ccomp(c.trigger) or _xcomp(c.trigger)
            if cl is not None and any(i in trigger_idx for i in (x.i for x in cl.subtree)):
                if p.code in ("010",) and not (coded_t and tgt.sector in ARMED_SECTORS and lemma_of(c.trigger) in ("tell", "assure", "brief")):
                    return self._no(c, "statement whose content is coded")  # (kept: a leader telling his commanders)
            obj = _obj_token(c.trigger)
            if p.code == "010" and obj is not None and obj.i in trigger_idx and lemma_of(c.trigger) in LIGHT_VERBS:
                # "reiterated its demand that ...", "repeated its call for ...": the object is the event
                return self._no(c, "statement whose object is a nominal event")
            if c.code == "010" and tgt is None and not statement_content(c.trigger):
                return self._no(c, "plain statement without content or target")
            if c.code == "010" and tgt is None and (market_statement(c.trigger, src, _content_clauses) or told_not_stated(c.trigger)):
                return self._no(c, "plain statement on business, a past happening or a plan with no doer")  # (market.py, reported_happening.py)
        if p.has("polsrc") and not (is_political(src) or state_voice(src, c.code or "")):
            return self._no(c, "source not political")
        if p.has("poltgt") and not (is_political(tgt) and (tgt.sector or "").upper() not in ARMED_SECTORS | {"COP"}):
            return self._no(c, "a host who is no political, unarmed party")  # "was met by police at the airport"
        if self.old_year(c.anchor):
            return self._no(c, "history (old year)")
        if st is _LATER:
            st = status_gates(self, c, sent, row)
            if st is None:
                return None
        conf = p.conf
        if coded_s:
            conf += 0.05
        if coded_t or self_dyad:
            conf += 0.05
        if not (coded_s or coded_t) and not unnamed_arrest:
            # (an arrest by unnamed authorities has no coded actor by nature: "two suspects were held")
            conf -= 0.1
        elif src is None and not agentless:
            conf -= 0.05
        if c.nominal and c.anchor.i == c.trigger.i:
            conf -= 0.05
        if n_off == 1:
            conf -= 0.15
        if st.attempt:
            conf -= 0.05
        if st.status == "attributed":
            conf -= 0.05
        if _subordinate(c.anchor):
            conf -= 0.05
        conf = max(0.0, min(1.0, conf))
        if conf < self.min_conf:
            return self._no(c, f"confidence {conf:.2f} below threshold")
        code, rule = c.code, p.id + ("+dispute" if disputed else "")
        if code == "010" and tgt is None and self.refusals and own_refusal(c.trigger, src, lambda x: self.actors.get(x, fallback=False)):
            code, rule = "120", p.id + "+refuse"  # "said the government would not amend the law" (act_checks.py)
            row = self.lex.cameo[code]
        status = st.status
        if code == "010" and self.future_as_intent and (own := own_announced_act(c.trigger)) is not None \
                and (self._own_side(self.actors.get(own[1], fallback=False), c.source_tok) or (
                    own[1].lower_ in ("it", "they", "we") and self.actors.get(own[1], fallback=False) is None)):
            # "said it would take all necessary measures", "said Cairo would use force": the speaker's own announced
            # act with no coded event of its own is a threat when its words are one (round in68, code_shifts.py)
            bag: list[str] = []
            self._bag_np(own[0], bag)
            kind, tc, cls = own_act_content(self.lex.content, own[0], bag) or (None, None, None)
            # (not the warning's own words, "would act", "would respond": said, not warned, they are no threat alone)
            tc = tc if kind == "intent" or cls not in (None, *SAID_ONLY_THREATS) else (
                "130" if announced_threat(own[0]) else None)
            if tc and tc in self.lex.cameo and kind == "intent":  # "said it would mediate", "would recognise X" (lf70)
                code, rule, status, row = tc, p.id + "+own-intent", "future", self.lex.cameo[tc]
                tgt = tgt or next((a for x in intended_party(own[0]) if (a := self.actors.get(x, fallback=False))), None)
            elif tc and tc in self.lex.cameo:
                code, rule, status, row = tc, p.id + "+own-threat", "asserted", self.lex.cameo[tc]  # (a threat, as say_* threat patterns)
                if tgt is None and (aim := threatened_party(own[0])) is not None:
                    tgt = self.actors.get(aim, fallback=False) or tgt  # "... measures *against India*"
            else:  # "said it would appeal", "said he would name a new premier": an own plan with no intent or threat code
                return self._no(c, "the speaker's own plan with no code of its own")  # (round rv75)
        if status == "attributed" and (code or "")[:2] in _SAID_ACTS and self._own_saying(src, st.reporter) \
                and (lemma_of(c.anchor) in _FINDINGS or not any(
                    x.dep_ in ("aux", "aux:pass") and x.lower_ in ("had", "has", "have", "'d", "’d") for x in children_of(c.anchor))):
            # "Germany said *it* condemned the attack", "X said he welcomed any dialogue": a verbal act that
            # its own actor reports in the saying is done by the saying, not merely reported ("said it *had*
            # condemned" tells an earlier act); a finding holds when it is told ("the minister said Chile *had
            # concluded* that X was responsible": the blame is the saying's)
            status = "asserted"
        if status == "attributed" and self_reported(code, src, c.source_tok, st.reporter, self.actors.get(
                st.reporter, fallback=False) if st.reporter is not None else None, self._own_saying(src, st.reporter)):
            status = "asserted"  # the doer's own account of its act; the sayer stays in attributed_to (self_report.py)
        if status == "negated" and self.refusals and (
                (st.cue in ("will", "not") and _future_negation(c.anchor)) or own_plan_denied(c.anchor)
                or (st.cue in _REFUSING and c.anchor.head.i not in trigger_idx
                    and event_status(c.anchor.head).status in ("asserted", "attributed"))):
            # "will not release the hostages", "rejected holding talks": a refusal to do it
            rc = refusal_code(code) or (code if code.startswith("12") and any(
                k.kind == "willnot" for k in p.conds) else None)  # a refusal pattern's own 12x (vt65)
            if rc and rc in self.lex.cameo:
                code, rule, status = rc, p.id + "+refuse", "asserted"
                row = self.lex.cameo[code]
        if code == "190" and (getattr(src, "sector", None) or "").upper() == "COP" and lemma_of(c.trigger) in _SEARCH_RAIDS:
            # a raid by the police (named through the article: "*teams* were raiding hideouts") is a search
            # with force in reserve, coerced but not an armed assault (the raid patterns with a police
            # source say so too)
            code, rule = "170", p.id + "+police"
            row = self.lex.cameo[code]
        if row.root == "19" and verbal_attack(c.trigger, c.target_tok) and has_political_voice(src) \
                and not self._armed(src, c.source_tok):
            code, rule = "111", p.id + "+words"  # "the president attacked the newspaper": criticism (market.py)
            row = self.lex.cameo[code]
        if (status == "future" or row.root in ("03", "13")) and _document_doer(c.source_tok):
            # "a UN resolution that aims to tighten sanctions": a text's aim is no one's intent or threat
            return self._no(c, "the planned act of a document")
        if row.root in _MATERIAL_ROOTS and c.trigger.tag_ in ("VBZ", "VBP") and _document_doer(c.source_tok):
            # "the agreement, which provides Ukraine with aid", "the pact, which gives Armenia weapons": in the present tense a
            # text's act is what it says, not a thing done (in the past, "the deal, which freed 50 hostages", it
            # was done, by parties the sentence does not name)
            return self._no(c, "the material act a document describes")
        if status == "hypothetical" and self.future_as_intent and st.cue in ("would", "'d", "’d", "will", "if") \
                and (intent_code(code) or "").startswith("13") and self._own_side(src, st.reporter) \
                and conditional_announcement(c.anchor):
            # "Venezuela said it would expel the ambassador *if* Madrid ...": a hostile act its own side announces under a
            # condition is a threat (13x); another's forecast ("an analyst said Russia would attack") stays (th59)
            status = "future"
        if status == "future" and self.future_as_intent:
            ic = intent_code(code)
            if ic and ic in self.lex.cameo:
                code, rule, own = ic, p.id + "+intent", False
                row = self.lex.cameo[code]
                if src is None and row.root == "13" and st.reporter is not None \
                        and (c.source_tok is None or c.source_tok.pos_ != "PRON"):
                    # "the spokesman said any outlet that relayed the reports *would be shut down*": a threatened act with no
                    # doer is the announcer's threat (reports6); an unresolved pronoun ("said *it* would ...") is someone else
                    src, own = self.actors.get(st.reporter) or src, True
                if row.root == "13" and (rep := st.reporter or announcer(c.anchor)) is not None and threat_made(c.anchor, src, (
                        sayer := self.actors.get(rep, fallback=False)), own or self._own_side(src, rep) or self_reported(
                        code, src, c.source_tok, rep, sayer, False)):
                    status = "asserted"  # "will close its border *unless* Lome ...": a threat made (threat_conditions.py)
        if state_custody(code, c.trigger, src, c.source_tok, tgt, c.target_tok):
            code, rule = "173", p.id + "+custody"  # "police grabbed a man": an arrest, not an abduction (custody_doer.py)
            row = self.lex.cameo[code]
        src = police_role_doer(code, c.trigger, src, c.source_tok) or src  # "Officers arrested him" (custody_doer.py)
        ev = make_event(row, self.lex, src, tgt, status, sent, c.trigger, rule, conf)
        ev.lexicon = pattern_source(p)  # provenance: the pattern file and line
        if st.reporter is not None:
            ev.attributed_to = self.actors.get(st.reporter) or self.actors.uncoded(st.reporter, force=True)
        if self.place_fn is not None:
            try:
                ev.place = self.place_fn(self.ctx, c.anchor)
            except Exception:
                ev.place = None
        if self.date_fn is not None:
            try:
                val, source = self.date_fn(self.ctx, c.anchor)
                ev.date, ev.date_source = val, (source if val else None)
            except Exception:
                pass
        return ev, c.trigger.i, conf, c
