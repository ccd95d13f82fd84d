"""Compatibility alias: the event lexicon loader moved to :mod:`lapwing.extract.events.lexicon_loader`.

Importing this module gives that module itself (same objects, so monkeypatching either works).
"""

import importlib
import sys

sys.modules[__name__] = importlib.import_module("lapwing.extract.events.lexicon_loader")
