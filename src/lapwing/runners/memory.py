"""How a worker process's C allocator keeps the memory it frees (glibc only; elsewhere nothing is changed).

The parse allocates and frees large arrays for every batch (the network's activations). By default glibc gives
each allocation above its mmap threshold pages of its own, which the kernel maps and zeroes on first touch and
unmaps on ``free``, and it trims the top of the heap back to the system when more than twice that threshold is
free there: the next batch then faults the same memory in again. Measured on
45 of the VOA stories analysed three times over by one process after its warm-up (``resource.getrusage``'s minor
faults): 17,900-19,400 page faults on the first pass by default and 15,800-16,600 with the settings below (memory the
process touches for the first time), then 5,600-7,000 on every later pass by default and 0-450 with them
(docs/performance.md, session 17).

``tune_worker_malloc()`` fixes the threshold at glibc's largest (32 MB: an allocation below it comes from the
heap) and keeps up to 256 MB free at the top of the heap. It is called only in processes Lapwing starts for
itself (the worker pool's workers, and so Ray's isolated workers), never in a host that imports Lapwing: how a
process allocates is the process owner's choice. The records are the same either way; only where freed memory
goes changes, and the peak resident memory does not grow (the largest heap is reached either way). The cost: after an
unusually large article, a worker keeps up to 256 MB of the memory it freed for the next articles instead of giving
it back to the system at once.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

#: ``mallopt`` parameters (glibc's malloc.h)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3

#: glibc's largest mmap threshold on a 64-bit system (``DEFAULT_MMAP_THRESHOLD_MAX``)
MMAP_THRESHOLD = 32 * 1024 * 1024
TRIM_THRESHOLD = 256 * 1024 * 1024


def tune_worker_malloc() -> bool:
    """Set the worker's allocator as above; True when glibc took both settings (False on another C library)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: no mallopt
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
