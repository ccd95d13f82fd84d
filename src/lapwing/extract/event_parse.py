"""Compatibility alias: the event coder's parse repairs moved to :mod:`lapwing.extract.events.parse_repair`.

Importing this module gives that module itself (same objects, so monkeypatching either works).
"""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("lapwing.extract.events.parse_repair")
