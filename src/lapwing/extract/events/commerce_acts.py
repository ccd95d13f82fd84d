"""Gates on commerce told in the words of cooperation (session 33, round fr63; issue 10: precision on unseen news).

Read from the coder's output on a seeded blind sample of 1987 wire news (Reuters-21578; docs/events.md, "Precision on
unseen wire news: commerce told as cooperation"). Trade and company copy borrows the verbs of cooperation and yielding,
and none of these is an act of one political actor on another:

* ``commerce_party``: a promise, an aid, a cooperation or a concession (CAMEO 03, 06, 07, 08) made to (or by) a firm's
  trading party: "offered price concessions *to its Korean customers*", "committed itself *to its European crude
  buyers*", "offered better terms *to shareholders*" (a state's concession to a state or a party stays);
* ``trade_licence``: an export, import or tender licence granted is trade, not an easing of political freedoms (0811):
  "granted wheat *export licences* at the weekly tender" ("granted *accreditation* to foreign journalists" stays);
* ``partnerless_trade``: trade, exports or output raised by one country with no partner named is a quantity, not
  economic cooperation (061): "Indonesia *boosted* its plywood *exports*" ("boosted trade *with Bangladesh*" stays);
* ``means_of_request``: the by-clause of a requested act tells how the party asked would do it, not an act of the
  asker: "the minister urged Seoul to open its beef market *by lifting* the ban on imports" (the urging is coded);
* ``money_party``: the nationality of a currency is no party: "reschedule debts of 2.5 billion *Canadian* dlrs",
  "guarantee 300 mln *Swiss* francs of credits" (the target is dropped; "lend 500 mln dlrs *to Mexico*" keeps Mexico);
* ``traded_quantity`` (session 35, round fp70): a past trade verb with a counted object and the period the figure
  covers is a trade figure, not economic cooperation (061): "sold 40 mln barrels of crude to China in 1986" ("exported grain to Egypt" stays);
* ``firm_resignation``: a resignation as an officer of a firm ("resigned as chairman of Northern Foods Ltd", "as
  treasurer of its savings unit") is no political leader's yielding (0831).
"""

from __future__ import annotations

from spacy.tokens import Token

from lapwing.extract.events.parse_memo import children_of
from lapwing.extract.events.syntax import lemma_of

#: a firm's trading parties: the people it buys from, sells to or owes ("concessions to Japanese *customers*")
COMMERCE_PARTIES = frozenset({
    "customer", "buyer", "client", "consumer", "purchaser", "importer", "exporter", "shipper", "supplier", "refiner",
    "shareholder", "stockholder", "bondholder", "depositor", "policyholder", "distributor", "wholesaler", "retailer",
    "licensee", "franchisee", "subscriber",
})
#: roots whose act a trading party cannot be the other side of: intents, material cooperation, aid, yielding
_COMMERCE_ROOTS = frozenset({"03", "06", "07", "08"})
#: what makes a licence one of trade: "export licences", "import permits", "tender licences", "drilling permits"
TRADE_WORDS = frozenset({
    "export", "exports", "import", "imports", "trade", "trading", "tender", "drilling", "exploration", "mining",
    "fishing", "banking", "production", "sale", "sales", "shipment", "shipments", "tonne", "tonnes", "ton", "tons",
    "barrel", "barrels", "bushel", "bushels", "bale", "bales", "bag", "bags", "crop", "grain", "wheat", "barley",
    "maize", "sugar", "oil", "gas", "coffee", "cocoa", "meat", "beef", "rice", "steel", "logging", "operating",
})
_LICENCES = frozenset({"licence", "license", "permit", "registration", "certificate", "quota"})
#: what a country sells or makes: raised with no partner named, it is a quantity, not cooperation
TRADE_OBJECTS = frozenset({"export", "exports", "import", "imports", "trade", "sale", "sales", "shipment", "shipments",
                           "production", "output", "supply", "supplies", "investment", "purchase", "purchases"})
#: verbs of asking another to act: a by-clause under their content is that other's way of doing it
REQUEST_VERBS = frozenset({"ask", "urge", "press", "pressure", "pressurise", "pressurize", "call", "request", "demand",
                           "push", "encourage", "invite", "persuade", "appeal", "tell", "advise", "exhort", "implore"})
#: words of a firm's phrase ("chairman of Northern Foods *Ltd*", "treasurer of the *bank*")
FIRM_PHRASE_WORDS = frozenset({
    "corp", "corp.", "corporation", "inc", "inc.", "incorporated", "co", "co.", "ltd", "ltd.", "limited", "plc", "ag",
    "gmbh", "llc", "n.v.", "s.a.", "company", "firm", "subsidiary", "bank", "bancorp", "banking", "insurer", "airline",
    "airlines", "holdings", "industries", "executive", "directors",
})
#: a bank that is a state body: "resigned as governor of the *central* bank", "the *World* Bank"
_STATE_BANK_WORDS = frozenset({"central", "world", "reserve", "development", "federal", "people", "people's", "state"})


def _head_lemma(t: Token) -> str:
    return lemma_of(t).lower()


def _party(t: Token | None) -> bool:
    """``t`` is a trading party ("Japanese *customers*", "its *shareholders*")."""
    return t is not None and t.pos_ in ("NOUN", "PROPN") and (_head_lemma(t) in COMMERCE_PARTIES
                                                               or t.lower_ in COMMERCE_PARTIES)


def _phrase_objects(t: Token) -> list[Token]:
    """The nouns of ``t``'s to / with / for phrases."""
    out = []
    for c in children_of(t):
        if c.dep_ in ("obl", "nmod", "iobj") and any(g.dep_ == "case" and g.lower_ in ("to", "with", "for")
                                                    for g in children_of(c)):
            out.append(c)
        elif c.dep_ == "iobj":
            out.append(c)
    return out


def commerce_party(root: str, trigger: Token, source_tok: Token | None, target_tok: Token | None) -> bool:
    """A cooperation, aid or concession (roots 03, 06, 07, 08) whose other side is a firm's trading party: the
    target, or with no target a to / with / for phrase of the trigger (or of the light verb a noun trigger is the
    object of: "*made* price concessions *to Korean customers*", of its to-clause or of its object: "pledged to supply
    crude *to its refiners*", "promised gas deliveries *to German customers*"), or whose doer is one ("*buyers*
    agreed to ...")."""
    if root not in _COMMERCE_ROOTS:
        return False
    if _party(source_tok) or _party(target_tok):
        return True
    if target_tok is not None:
        return False
    holders = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("obj", "dobj") and trigger.head.i != trigger.i:
        holders.append(trigger.head)
    holders += [c for c in children_of(trigger) if c.dep_ == "xcomp"]  # "pledged [to supply crude *to refiners*]"
    holders += [c for h in list(holders) for c in children_of(h) if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"]
    return any(_party(x) for h in holders for x in _phrase_objects(h))


def trade_licence(code: str, trigger: Token) -> bool:
    """An easing of political freedoms (0811) whose licence or permit is one of trade: its modifiers, or the measure
    phrase it is counted in, name goods or trade ("40,000 tonnes of wheat *export* licences", "import permits")."""
    if code != "0811":
        return False
    for o in children_of(trigger):
        if o.dep_ not in ("obj", "dobj", "nsubj:pass"):
            continue
        nouns = [o] + [x for x in children_of(o) if x.dep_ in ("nmod", "compound") and x.pos_ == "NOUN"]
        for n in nouns:
            if _head_lemma(n) not in _LICENCES and n is not o:
                continue
            words = {x.lower_ for x in n.subtree if x.i <= n.i} | {_head_lemma(x) for x in n.subtree if x.i <= n.i}
            if n is not o:
                words |= {o.lower_, _head_lemma(o)}
            if _head_lemma(n) in _LICENCES or _head_lemma(o) in _LICENCES:
                if words & TRADE_WORDS:
                    return True
    return False


_PARTNER_CASES = frozenset({"to", "with", "between", "into"})
_RAISE_VERBS = frozenset({"boost", "increase", "expand", "raise", "double", "triple", "lift", "step", "promote",
                          "cut", "reduce", "lower", "resume"})


def partnerless_trade(code: str, trigger: Token, has_target: bool) -> bool:
    """Economic cooperation (061) with no partner at all whose verb raises or cuts a country's trade, exports or
    output, and no partner named in a to / with phrase either ("Saudi Arabia was able to *boost exports* from other
    ports")."""
    if code != "061" or has_target or trigger.pos_ != "VERB" or _head_lemma(trigger) not in _RAISE_VERBS:
        return False
    objs = [c for c in children_of(trigger) if c.dep_ in ("obj", "dobj")
            and (_head_lemma(c) in TRADE_OBJECTS or c.lower_ in TRADE_OBJECTS)]
    if not objs:
        return False
    # a partner named in a to / with / between phrase, even one the tables do not code ("tripled its exports *to the
    # United Arab Emirates*"), is one
    for h in (trigger, *objs):
        for c in children_of(h):
            if c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.lower_ in _PARTNER_CASES for g in children_of(c)) \
                    and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG")):
                return False
    return True


#: verbs of a trade flow: with a counted quantity over a past period they tell a figure ("sold 40 mln barrels of
#: crude to China in 1986"), not an act of cooperation
_FLOW_VERBS = frozenset({"export", "import", "ship", "sell", "buy", "purchase", "supply", "deliver", "invest"})
#: words of a period a figure covers ("in the first ten *months*", "in calendar 1985", "last *year*")
_PERIOD_WORDS = frozenset({"year", "month", "quarter", "season", "week", "calendar", "half", "period"})


def _counted(t: Token) -> bool:
    """``t``'s phrase is a counted quantity: a number in it ("40 mln barrels of crude", "800 mln dlrs worth of
    timber")."""
    return any(x.like_num or x.dep_ == "nummod" for x in t.subtree)


def _period_word(x: Token) -> bool:
    return (x.like_num and len(x.text) == 4 and x.text[:2] in ("19", "20")) or lemma_of(x).lower() in _PERIOD_WORDS


def _period_after(trigger: Token) -> bool:
    """The trade verb's clause names the period a figure covers: a year number or a word of a period after the verb,
    before the next comma, semicolon or other verb ("exported ... to Iran *in 1986*", "... *last year*, customs
    figures show", where the parse may hang the period on the later verb)."""
    doc = trigger.doc
    for x in doc[trigger.i + 1:trigger.sent.end]:
        if x.text in (",", ";", ":") or (x.pos_ in ("VERB", "AUX") and x.i != trigger.i):
            return False
        if _period_word(x):
            return True
    return False


def traded_quantity(code: str, trigger: Token) -> bool:
    """Economic cooperation (061) that is a trade figure (session 35, round fp70): a verb of trade flow (export,
    import, sell, supply, invest ...) whose object is a counted quantity and which names the past period the figure
    covers ("Angola sold 40 mln barrels of crude to China in 1986", "Kazakhstan exported 3 mln tonnes of grain to
    Iran last year"). A deal or an act with no figure ("Ukraine exported
    grain to Egypt", "agreed to export 2 mln tonnes of wheat to Egypt") stays."""
    if not code.startswith("061") or trigger.pos_ != "VERB" or _head_lemma(trigger) not in _FLOW_VERBS:
        return False
    if trigger.tag_ not in ("VBD", "VBN"):
        return False
    kids = children_of(trigger)
    return any(c.dep_ in ("obj", "dobj") and _counted(c) for c in kids) and _period_after(trigger)


def _by_clause(t: Token) -> bool:
    return t.dep_ == "advcl" and t.tag_ == "VBG" and any(
        c.dep_ == "mark" and c.lower_ == "by" for c in children_of(t))


def means_of_request(trigger: Token) -> bool:
    """The trigger is the by-clause of a requested act: under the content (to-clause) of a verb of asking ("ask
    Bonn to help the talks *by lifting* its curbs"), or hung by the parse on that verb after its content
    ("urged Seoul to open its market by *lifting* ..." read as "urged ... by lifting"). The asker's own means before
    any content ("pressed Japan *by threatening* tariffs") is not one."""
    if not _by_clause(trigger) or trigger.head.i == trigger.i:
        return False
    h = trigger.head
    if h.dep_ == "xcomp" and h.head.i != h.i and _head_lemma(h.head) in REQUEST_VERBS:
        return True  # "ask Japan to [open ... by lifting]"
    if _head_lemma(h) in REQUEST_VERBS:
        return any(c.dep_ in ("xcomp", "ccomp") and c.i < trigger.i for c in children_of(h))
    return False


def firm_resignation(code: str, trigger: Token) -> bool:
    """A resignation (0831) as an officer of a firm, or from its board: the as / from phrase names a firm or a
    business post ("resigned as chairman of Northern Foods Ltd", "resigned from the board of Acme Corp"); a state bank ("resigned as governor of the central bank") is no firm."""
    if code != "0831":
        return False
    for c in children_of(trigger):
        if c.dep_ not in ("obl", "advcl", "xcomp", "nmod") or not any(
                g.dep_ in ("case", "mark") and g.lower_ in ("as", "from") for g in children_of(c)):
            continue
        words = [x.lower_ for x in c.subtree]
        if any(w in _STATE_BANK_WORDS for w in words) and "bank" in words:
            continue
        if any(w in FIRM_PHRASE_WORDS for w in words):
            return True
    return False


#: currencies and the words of an amount of money ("2.5 billion Canadian *dlrs*")
CURRENCY_WORDS = frozenset({
    "dlr", "dlrs", "dollar", "dollars", "yen", "franc", "francs", "mark", "marks", "deutschemark", "deutschemarks",
    "pound", "pounds", "stg", "sterling", "lira", "lire", "peso", "pesos", "rupee", "rupees", "rouble", "roubles",
    "ruble", "rubles", "yuan", "renminbi", "euro", "euros", "krona", "kronor", "krone", "kroner", "guilder",
    "guilders", "schilling", "schillings", "won", "baht", "ringgit", "rupiah", "rand", "naira", "shekel", "shekels",
    "riyal", "riyals", "rial", "rials", "dinar", "dinars", "dirham", "dirhams", "escudo", "escudos", "peseta",
    "pesetas", "drachma", "drachmas", "cruzado", "cruzados", "austral", "australs", "bolivar", "bolivars", "cedi",
    "shilling", "shillings", "zloty", "forint", "lev", "leu", "lei", "hryvnia", "lari", "dram", "tenge", "som",
})


def money_party(tok: Token | None) -> bool:
    """``tok`` is a currency named with its country ("2.5 billion Canadian *dlrs*") or the country word of one
    ("*Canadian* dlrs", "*Swiss* francs", "*U.S.* dollars"): an amount of money, no party."""
    if tok is None:
        return False
    t = tok
    while t.dep_ in ("amod", "compound", "flat", "nmod:poss") and t.head.i != t.i and t.head.i > t.i:
        t = t.head
        if t.lower_ in CURRENCY_WORDS:
            return True
    return t.lower_ in CURRENCY_WORDS and t.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound", "nmod:poss") and c.i < t.i for c in children_of(t)) and any(
        c.like_num or c.dep_ == "nummod" for x in (t, *children_of(t)) for c in children_of(x))


def commerce_act(root: str, code: str, trigger: Token, source_tok: Token | None, target_tok: Token | None,
                 has_target: bool) -> str | None:
    """Why the candidate is commerce and no political event (None when it is not): the gates above in order."""
    if commerce_party(root, trigger, source_tok, target_tok):
        return "commerce: the other side is a firm's customer, buyer or shareholder"
    if trade_licence(code, trigger):
        return "commerce: a trade licence granted, no political freedom"
    if partnerless_trade(code, trigger, has_target):
        return "commerce: trade raised with no partner, a quantity"
    if traded_quantity(code, trigger):
        return "commerce: a trade figure over a period, not an act"
    if firm_resignation(code, trigger):
        return "commerce: a resignation from a firm's post"
    return None
