"""The event coder: who did what to whom, coded in CAMEO and PLOVER, from the dependency parse.

For every sentence the coder looks for *triggers* (verbs, nouns, predicative adjectives whose
lemma is in the pattern lexicon, ``lexicons/event_patterns/``), checks each candidate pattern's
*frame* against the trigger's UD dependents (object, oblique with a given preposition,
to-clause, particle...), takes the source and target from the arguments the pattern names
(subject / ``obl:agent`` for passives, object, ``on``-phrase, ...), refines family codes
("call on X to *release* Y" -> 0253) from the content words, and reads the status (negated,
future, hypothetical, attributed) from the surrounding clauses.

Precision comes first. An event is emitted only when

* the sentence is not about sport, weather, markets, history or culture (cue words);
* at least one of its actors is coded (country or sector) unless the pattern allows agentless
  events ("protests erupted", "a roadside bomb killed two soldiers");
* statements (CAMEO 01) come from a political actor about something other than another event;
* its confidence is at least ``ctx.config["event_min_confidence"]`` (default 0.5).

One module per job (a rule is found by its file name):

=====================  =====================================================================
``lexicon_loader``     reading and validating the data files (cameo.tsv, event_patterns/...)
``parse_repair``       re-analysis of a few systematic misparses, on a copy of the doc
``syntax``             token helpers: subject, object, obliques, clauses, noun-phrase spans
``participants``       argument tokens -> actors (actor extractor + fallbacks, sentence country)
``arguments``          argument fallbacks: agent of an event noun, prepositional targets by event kind
``frames``             patterns for a token, frame conditions, argument specs, content bags
``offtopic_gates``     off-topic sentences and articles (sport, markets, weather...) and their vetoes
``history_gates``      history: an old year or a past era on the event's clause
``clause_gates``       subordinate clause, inverted conditional
``accident_gates``     accident causes of a death or an injury (a fire, a crash, "when a bus overturned")
``arrest_gates``       arrests with no named doer that are still events
``context_force``      a plain force word ("the team", "officers") takes the article's police or army actor
``custody_doer``       a role word ("officers", "Inspector X") doing an arrest or riot control is police
``context_attacked``   attackers killed "when police came under attack": the attacked force is the killer
``commerce_acts``      commerce told as cooperation: trading parties, trade licences, a currency's country
``attitude_doer``      "opposition from / to ..." as a cause, not the opposition party
``hazard_cause``       an earthquake, hail, a disease, a works or gas blast, falling prices as the subject of kill / force: no doer
``firm_names``         a firm or a firm's officer that the article names as such elsewhere
``status``             asserted / attributed / negated / future / hypothetical
``coding``             candidate -> Event: dyad gates, confidence, intent/refusal codes, PLOVER/ACLED
``coder``              the per-article loop, conjunct expansion, dedupe; the registered extractor
=====================  =====================================================================

See ``docs/events.md`` for the lexicon syntax, statuses, rule ids and scores.
"""

from __future__ import annotations

from lapwing.extract.events.coder import (
    DEFAULT_MIN_CONFIDENCE,
    MAX_EVENTS_PER_SENTENCE,
    Coder,
    code_text,
    extract_events,
    has_parser,
)
from lapwing.extract.events.coding import VIOLENT_ROOTS, acled_for, intent_code, make_event, refusal_code
from lapwing.extract.events.frames import HAPPEN_VERBS, LIGHT_VERBS, Candidate
from lapwing.extract.events.dyad_words import NONPOLITICAL_HINT
from lapwing.extract.events.lexicon_loader import (
    FAMILY_DEFAULT,
    CameoRow,
    Cond,
    Lexicon,
    LexiconError,
    Pattern,
    form_index,
    lexicon,
    load_patterns,
)
from lapwing.extract.events.parse_repair import repaired
from lapwing.extract.events.participants import (
    ARMED_SECTORS,
    POLITICAL_SECTORS,
    is_coded,
    is_political,
)
from lapwing.extract.events.status import Status, event_status
from lapwing.extract.events.syntax import (
    OBJ_CONTROL,
    PASS_SUBJ,
    PERSONISH,
    SUBJ,
    TEMPORAL_WORDS,
    lemma_of,
    verb_bases,
)
from lapwing.extract.events.phrases import np_span

# Compatibility: private helpers that code written against the former single module
# ``extract/events.py`` may still reach as ``events._name``.
from lapwing.extract.events.sentence_dedupe import _akey, _better, _specific  # noqa: F401,E402
from lapwing.extract.events.coding import _future_negation  # noqa: F401,E402
from lapwing.extract.events.clause_gates import _inverted_conditional, _subordinate  # noqa: F401,E402
from lapwing.extract.events.participants import _Actors, _pol_sector  # noqa: F401,E402
from lapwing.extract.events.syntax import (  # noqa: F401,E402
    _cases, _ccomp, _is_month, _is_passive, _is_temporal, _obj_token, _particles, _subj_token, _words, _xcomp,
)
from lapwing.extract.events.syntax_args import _between, _conj, _owner, _prep, _prep_args
from lapwing.extract.events.phrases import _depth, _modifiers  # noqa: F401,E402

__all__ = [
    "ARMED_SECTORS", "DEFAULT_MIN_CONFIDENCE", "FAMILY_DEFAULT", "HAPPEN_VERBS", "LIGHT_VERBS",
    "MAX_EVENTS_PER_SENTENCE", "NONPOLITICAL_HINT", "OBJ_CONTROL", "PASS_SUBJ", "PERSONISH",
    "POLITICAL_SECTORS", "SUBJ", "TEMPORAL_WORDS", "VIOLENT_ROOTS", "CameoRow", "Candidate", "Coder",
    "Cond", "Lexicon", "LexiconError", "Pattern", "Status", "acled_for", "code_text", "event_status",
    "extract_events", "form_index", "has_parser", "intent_code", "is_coded", "is_political", "lemma_of",
    "lexicon", "load_patterns", "make_event", "np_span", "refusal_code", "repaired", "verb_bases",
]
