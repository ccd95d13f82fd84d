"""Helpers shared by the event coder's test files: code one sentence, and show events in a failure message."""

from __future__ import annotations

from lapwing.schema import Article


def events(pipe, text, published="2026-11-02"):
    """The events Lapwing codes in ``text`` as an article published on ``published``."""
    return pipe.analyse(Article(id="t", text=text, published=published)).events


def claimed(pipe, text, published="2026-11-02"):
    """The claimed events (asserted, attributed or future) Lapwing codes in ``text``."""
    return [e for e in events(pipe, text, published) if e.status in ("asserted", "attributed", "future")]


def by_root(evs, root):
    """The events of ``evs`` whose CAMEO code starts with ``root``, whatever their status."""
    return [e for e in evs if e.cameo.startswith(root)]


def show(evs):
    """Events as tuples, for assertion messages."""
    return [(e.cameo, e.status, e.trigger.text if e.trigger else None, e.source and (e.source.text, e.source.country),
             e.target and (e.target.text, e.target.country)) for e in evs]


def with_trigger(evs, trigger, statuses=None, root=None):
    """The events whose trigger is ``trigger`` (and, if given, whose status is one of ``statuses`` and whose CAMEO
    code starts with ``root``)."""
    return [e for e in evs if e.trigger is not None and e.trigger.text == trigger
            and (statuses is None or e.status in statuses) and (root is None or e.cameo.startswith(root))]


def claimed_pairs(evs, statuses=("asserted", "attributed", "future")):
    """The (source country, target country) pairs of the claimed events (None for a missing actor)."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in evs if e.status in statuses}


def with_root(evs, root, statuses=("asserted", "attributed", "future")):
    """The events whose CAMEO code starts with ``root`` and whose status is one of ``statuses`` (claimed by default)."""
    return [e for e in evs if e.cameo.startswith(root) and e.status in statuses]


def hits(evs, root, source=None, country=None, target=None, tcountry=None,
         statuses=("asserted", "attributed", "future")):
    """The events coded ``root...`` with one of ``statuses`` whose source text contains ``source``, source country is
    ``country``, target text contains ``target`` and target country is ``tcountry`` (each checked only when given)."""
    return [e for e in with_root(evs, root, statuses)
            if (source is None or (e.source is not None and source in e.source.text))
            and (country is None or (e.source is not None and e.source.country == country))
            and (target is None or (e.target is not None and target in e.target.text))
            and (tcountry is None or (e.target is not None and e.target.country == tcountry))]


def police_labels(pipe, text: str) -> set[str]:
    """The police-action labels (kill, arrest, force) ``lapwing eval police``'s record rule gives ``text``."""
    from lapwing.eval import police as P
    rec = pipe.analyse(Article(id="t", text=text, published="2026-03-01")).model_dump(mode="json")
    return {k for k, v in P.record_labels(rec)[0].items() if v}


def police_rules(pipe, text: str) -> list[tuple[str, str, str | None]]:
    """(CAMEO code, rule id, source text) of the events coded in ``text``, for assertion messages."""
    rec = pipe.analyse(Article(id="t", text=text, published="2026-03-01")).model_dump(mode="json")
    return [(e["cameo"], e["rule"], (e.get("source") or {}).get("text")) for e in rec["events"]]
