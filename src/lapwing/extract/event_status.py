"""Compatibility alias: event status moved to :mod:`lapwing.extract.events.status`.

Importing this module gives that module itself (same objects, so monkeypatching either works).
"""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("lapwing.extract.events.status")
