"""The pope as news names him since May 2025: "Pope Leo" (without the numeral) is the Vatican's religious leader."""

from event_helpers import events, show


def test_pope_leo_is_the_vatican(pipe):
    evs = events(pipe, "Pope Leo called on Friday for an immediate ceasefire in Gaza.", published="2026-11-20")
    assert evs and evs[0].source is not None, show(evs)
    assert (evs[0].source.country, evs[0].source.sector) == ("VAT", "REL"), show(evs)

