"""Ctrl-C while a record is handed to the store waits until the record is counted and buffered (the run then stops
at the next record): otherwise the run counted an article it never kept."""

from __future__ import annotations

import signal

import pytest

from lapwing.runners.local import _CtrlC


def test_a_press_while_holding_waits_for_the_check():
    c = _CtrlC()
    c.hold = True
    c._handler(signal.SIGINT, None)  # no exception while a record is being handed over
    assert c.pressed
    c.hold = False
    with pytest.raises(KeyboardInterrupt):
        c.check()


def test_a_press_outside_the_hold_interrupts_at_once():
    c = _CtrlC()
    with pytest.raises(KeyboardInterrupt):
        c._handler(signal.SIGINT, None)
    assert c.pressed
