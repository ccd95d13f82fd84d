"""A sampling profiler of Lapwing's own functions, shared by the bench scripts (``events_speed.py --sample``,
``coder_alone.py --sample``): every ``interval`` CPU seconds the main thread's stack is read; each Lapwing function
counts once per sample it is on the stack (inclusive) and once when it is the innermost Lapwing frame (self: its own
code and what it calls outside Lapwing)."""

from __future__ import annotations

import signal
from collections import Counter


def _name(frame) -> str | None:
    code = frame.f_code
    if "/lapwing/" not in code.co_filename:
        return None
    return f"{code.co_filename.split('/lapwing/', 1)[1]}:{code.co_firstlineno}({code.co_name})"


class StackSampler:
    """``with StackSampler() as s:`` installs the handler; ``s.running()`` brackets the code to sample (sampling
    can pause between brackets); ``s.result(top)`` gives the ``top`` functions by inclusive share."""

    def __init__(self, interval: float = 0.0005) -> None:
        self.interval = interval
        self.samples = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self._old = None

    def _on_signal(self, _sig, frame) -> None:
        self.samples += 1
        seen: set[str] = set()
        while frame is not None:
            k = _name(frame)
            if k is not None:
                if not seen:
                    self.own[k] += 1  # self time goes to the innermost Lapwing function
                if k not in seen:
                    self.inclusive[k] += 1
                    seen.add(k)
            frame = frame.f_back

    def __enter__(self) -> StackSampler:
        self._old = signal.signal(signal.SIGPROF, self._on_signal)
        return self

    def __exit__(self, *exc) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._old)

    def start(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def result(self, top: int) -> dict:
        n = self.samples or 1
        rows = [{"function": k, "inclusive": round(v / n, 4), "self": round(self.own[k] / n, 4)}
                for k, v in self.inclusive.most_common(top)]
        return {"samples": self.samples, "interval_s": self.interval, "functions": rows}
