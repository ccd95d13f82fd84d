"""Gates on market language (session 15, issue 10: precision on unlabelled news).

Read from the coder's output on a seeded sample of unlabelled wire news (Reuters-21578 and VOA; docs/events.md,
session 15): financial copy reuses the words of politics and war. A central bank *supports* or *defends* a
currency, speculators *attack* the yen, a regulator *takes control of* a savings bank, "World Bank *loans* to
Kenya *fell* 30 pct": none of these is an act of one political actor on another.
(A natural disaster or a mishap as the doer of a killing, once read here, is read with the other causes that
are no doers in ``hazard_cause.py``: session 34, round nl66.)

* ``market_target``: the event's target is a price, a rate, a currency, a market or a firm's stake, not an
  actor ("supported the dollar", "an attack on the yen", "took control of the company");
* ``measured_statistic``: a nominal trigger that is the subject of a measured change of quantity ("World
  Bank *loans* to Kenya fell 30 pct", "*arrests* rose 12 percent"): a statistic of events, not an event;
* ``commercial_deal`` (session 16): talks, agreements and offers about a firm's deal ("holding discussions regarding
  a possible *acquisition*", "agreed *to sell* its stores to a retailer", "reach an agreement on a *merger*") by no
  political actor: business, not cooperation between political actors;
* ``firm_speaker`` (session 16): the speaker of a statement is a firm's officer or a researcher by their own phrase
  ("Robert Smith, president and chief executive of Acme Corp, said", "an economist at the institute said"), whatever
  title the actor tables read in it: no political statement;
* ``market_statement`` (session 36, round st72): a plain statement (010) of a firm, a body with no sector or an
  intergovernmental body whose every content clause is about a firm's business or the market ("the company plans
  higher spending", "global growth will slow to 2.9 percent, the fund said", "the exchange said volume set a
  record"): business or economic news, no political statement. A state's own voice (a minister, a government, a
  bare state) keeps its statement ("the finance minister said inflation was falling");
* ``verbal_attack``: a politician attacking a newspaper or a court attacks it in words ("the president attacked
  The New York Times newspaper"): criticism (111), not an assault.
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.syntax import lemma_of
from lapwing.extract.events.parse_memo import children_of

#: what a market act acts on: prices, rates, currencies, markets, a firm's shares ("supported the dollar")
MARKET_WORDS = frozenset({
    "price", "prices", "rate", "rates", "currency", "currencies", "dollar", "yen", "sterling", "franc", "lira",
    "peso", "rupee", "mark", "pound", "rouble", "ruble", "yuan", "euro", "deutschemark", "gap", "deficit",
    "surplus", "shares", "bond", "bonds", "index", "inflation", "output", "earnings", "profit", "profits",
    "revenue", "revenues", "stake", "margin", "margins", "yield", "yields", "parity", "liquidity", "receipt",
    "receipts",
})
#: firms a market act takes control of ("the regulator took control of the savings bank")
FIRM_WORDS = frozenset({"company", "companies", "firm", "firms", "bank", "banks", "corporation", "corp", "business",
                        "subsidiary", "insurer", "airline", "carrier", "conglomerate", "thrift", "utility", "brewer",
                        "retailer", "chain", "stake", "board"})
#: verbs of a change of quantity: their nominal subject is a statistic when the change is measured
QUANTITY_VERBS = frozenset({"rise", "fall", "drop", "increase", "decrease", "decline", "climb", "jump", "surge", "soar",
                            "plunge", "plummet", "slump", "tumble", "dip", "ease", "double", "triple", "halve", "total",
                            "amount", "edge", "slip", "shrink", "contract", "expand"})
_MEASURE_WORDS = frozenset({"pct", "percent", "per", "%", "billion", "million", "mln", "bln", "trillion", "thousand",
                            "fold", "half", "third", "quarter"})


_CONTROL_VERBS = frozenset({"take", "gain", "seize", "win", "wrest", "acquire", "assume", "control"})


def market_target(target_tok: Token | None, trigger: Token, coded: bool, sector: str | None) -> bool:
    """The target token of an event, or else the verb's direct object, is a market quantity and no coded actor
    ("supported the *dollar*", "an attack on the *yen*", "defended the *mark*", "narrowed the trade *gap* with
    Japan"), or, for taking control, a firm ("took control of the *company*", of a bank coded as a business)."""
    if trigger.pos_ in ("VERB", "AUX"):
        obj = next((c for c in children_of(trigger) if c.dep_ in ("obj", "dobj")), None)
        if obj is not None and obj is not target_tok and _market_word(obj):
            return True
    if target_tok is None:
        return False
    h = target_tok.head
    if not (h.i == trigger.i or (h.head.i == trigger.i and h.dep_ in ("obj", "dobj", "nsubj:pass"))):
        return False  # what the act is done to, not a word of its content ("agreed *to keep the dollar* stable")
    lem, low = lemma_of(target_tok), target_tok.lower_
    if not coded and _market_word(target_tok):
        return True
    if lemma_of(trigger) in _CONTROL_VERBS and (lemma_of(trigger) == "control" or any(
            lemma_of(c) == "control" for c in children_of(trigger))):
        return (not coded and (lem in FIRM_WORDS or low in FIRM_WORDS)) or (coded and (sector or "") == "BUS")
    return False


def _market_word(t: Token) -> bool:
    """A market quantity, not an amount of money ("supported the *dollar*", not "pledged 3 billion dollars")."""
    if not (lemma_of(t) in MARKET_WORDS or t.lower_ in MARKET_WORDS):
        return False
    if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or any(
            c.dep_ == "flat" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in children_of(t)):
        return False  # a name: "met NATO Secretary General *Mark* Rutte"
    return not any(c.like_num or c.dep_ == "nummod" for c in children_of(t))


def _is_year(t: Token) -> bool:
    return t.like_num and len(t.text) == 4 and t.text.isdigit() and 1800 <= int(t.text) <= 2100


def measured_statistic(trigger: Token) -> bool:
    """``trigger`` (a noun) is the subject of a verb of quantity change whose change is measured: "World Bank
    *loans* to Kenya fell 30 pct to 200 mln dlrs", "*arrests* of protesters rose 12 pct" (not "*protests* grew", nor a
    change with no measure: "attacks rose sharply")."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ not in ("nsubj", "nsubj:pass"):
        return False
    v = trigger.head
    if v.i == trigger.i or lemma_of(v) not in QUANTITY_VERBS:
        return False
    for c in children_of(v):
        if c.i == trigger.i or c.dep_ in ("nsubj", "nsubj:pass", "punct", "cc", "conj", "advcl", "ccomp", "parataxis"):
            continue
        for x in c.subtree:
            if (x.like_num and not _is_year(x)) or x.lower_ in _MEASURE_WORDS:
                return True
    return False


#: nouns of a firm's deal ("discussions regarding a possible *acquisition*")
DEAL_NOUNS = frozenset({"acquisition", "merger", "buyout", "buy-out", "leveraged", "tender", "stake", "shares", "stock",
                        "debenture", "debentures", "dividend", "divestiture", "spinoff", "spin-off"})
#: verbs of a firm's deal, with a firm, a store or shares as their object ("agreed *to sell* its stores")
DEAL_VERBS = frozenset({"sell", "buy", "acquire", "purchase", "merge", "divest"})
_DEAL_OBJECTS = FIRM_WORDS | {"store", "stores", "share", "unit", "units", "division", "operations", "plant", "plants",
                              "asset", "assets", "interest", "subsidiary", "business", "stock", "outlet", "outlets",
                              "chain", "mill", "refinery", "brand"}
_DEAL_EDGES = frozenset({"xcomp", "obj", "dobj", "obl", "nmod", "advcl", "acl", "ccomp"})


def commercial_deal(trigger: Token) -> bool:
    """What the act is about, within two steps of the trigger (its to-clause, object or prepositional phrase), is a
    firm's deal: a deal noun ("talks *on a merger*", "an agreement regarding the *acquisition*"), or a verb of buying
    and selling whose object is a firm, its stores or its shares ("agreed *to sell* most of its stores")."""
    frontier = [c for c in children_of(trigger) if c.dep_ in _DEAL_EDGES]
    for depth in range(2):
        nxt = []
        for t in frontier:
            lem = lemma_of(t)
            if t.pos_ in ("NOUN", "PROPN") and (lem in DEAL_NOUNS or t.lower_ in DEAL_NOUNS):
                return True
            if t.pos_ == "VERB" and lem in DEAL_VERBS and any(
                    c.dep_ in ("obj", "dobj") and (lemma_of(c) in _DEAL_OBJECTS or c.lower_ in _DEAL_OBJECTS
                                                   or any(lemma_of(x) in _DEAL_OBJECTS for x in children_of(c)
                                                          if x.dep_ in ("nmod", "compound")))
                    for c in children_of(t)):
                return True
            nxt += [c for c in children_of(t) if c.dep_ in _DEAL_EDGES or c.dep_ in ("amod", "compound")]
        frontier = nxt
    return False


#: words of a firm's or a researcher's phrase: "chief executive of Acme *Corp*", "an *economist*", "a *think tank*"
FIRM_SPEAKER_WORDS = frozenset({"corp", "corp.", "corporation", "inc", "inc.", "incorporated", "co", "co.", "ltd",
                                "ltd.", "limited", "plc", "ag", "gmbh", "llc", "n.v.", "s.a.", "executive", "ceo",
                                "analyst", "economist", "trader", "dealer", "banker", "broker", "tank", "institute",
                                "university", "professor", "researcher", "scholar", "strategist", "studies",
                                "think-tank", "consultancy", "lecturer", "academic"})
_PHRASE_DEPS = frozenset({"appos", "nmod", "compound", "flat", "amod", "conj", "case", "det", "nmod:poss", "punct",
                          "cc", "nmod:desc", "list", "obl"})


def firm_speaker(tok: Token | None) -> bool:
    """The speaker's own noun phrase (its head, appositions, of-phrases and compounds, not its clauses) names a firm or
    a research body, or a business or research role ("Smith, president and *chief executive* of Acme *Corp*",
    "a *strategist* at the bank", "secretary-general of a *think tank*")."""
    if tok is None:
        return False
    while tok.dep_ in ("flat", "compound") and tok.head.i != tok.i:
        tok = tok.head  # ("*Alves*" of "Pedro Alves")
    heads = [tok] + ([tok.head] if tok.dep_ == "appos" and tok.head.i != tok.i else [])
    seen, todo = set(), list(heads)
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        if t.lower_ in FIRM_SPEAKER_WORDS:
            return True
        todo += [c for c in children_of(t) if c.dep_ in _PHRASE_DEPS]
    return False


#: what a politician attacks in words: the press and the courts ("attacked the newspaper", "attacked the judges")
WORDS_TARGETS = frozenset({"newspaper", "paper", "journal", "broadcaster", "magazine", "publication", "media",
                           "press", "channel", "network", "judiciary", "court", "judge", "critic", "columnist"})


def verbal_attack(trigger: Token, target_tok: Token | None) -> bool:
    """The verb "attack" whose object is the press or a court ("attacked The Wall Street Journal newspaper"); the
    caller checks that the attacker is a political voice and no armed actor."""
    if lemma_of(trigger) != "attack" or trigger.pos_ != "VERB" or target_tok is None:
        return False
    return any(lemma_of(x) in WORDS_TARGETS or x.lower_ in WORDS_TARGETS
               for x in (target_tok, *(c for c in children_of(target_tok) if c.dep_ in ("compound", "appos"))))


#: (round st72) nouns of an economic figure, beyond ``MARKET_WORDS``: what a forecast or a market report is about
FIGURE_WORDS = frozenset({"growth", "gdp", "economy", "economies", "volume", "volumes", "sales", "demand", "supply",
                          "exports", "imports", "trade", "investment", "investments", "spending", "expenditure",
                          "production", "turnover", "loss", "losses", "income", "dividend", "dividends", "record",
                          "forecast", "outlook", "capacity"})
#: speakers that keep a statement on the economy: a state's own voice
_STATE_VOICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "PTY", "OPP", "REB", "INS", "SPY", "DIP", "ELI"})


_BUSINESS_WORDS = MARKET_WORDS | FIGURE_WORDS | DEAL_NOUNS | FIRM_WORDS


def _business_word(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and (lemma_of(t) in _BUSINESS_WORDS or t.lower_ in _BUSINESS_WORDS)


def _business_clause(v: Token) -> bool:
    """The clause's subject or object (or a compound or of-phrase of them) is a firm, a deal or an economic figure
    ("*the company* plans ...", "global *growth* will slow", "would support the *merger*"), or the clause is a firm's
    deal (``commercial_deal``)."""
    for a in children_of(v):
        if a.dep_ in ("nsubj", "nsubj:pass", "obj", "dobj") and (_business_word(a) or any(
                _business_word(m) for m in children_of(a) if m.dep_ in ("compound", "nmod"))):
            return True
    return commercial_deal(v)


def market_statement(trigger: Token, speaker, content_clauses) -> bool:
    """(round st72) See the module's doc. ``content_clauses`` gives the saying's content verbs (``act_checks``, a
    module after this one in the package's order, so passed in)."""
    if speaker is None or lemma_of(trigger) not in ("say", "tell"):
        return False
    sector = (speaker.sector or "").upper()
    if sector in _STATE_VOICE_SECTORS or (not sector and speaker.kind not in ("org", None)):
        return False  # (a bare state, a nationality or a person with no sector may be a state's voice)
    verbs = content_clauses(trigger)
    return bool(verbs) and all(_business_clause(v) for v in verbs)
