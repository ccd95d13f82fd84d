"""Time expressions: finding them in English text and normalising them against a publication date.

Parse-free by design (regular expressions over the text), so it runs on raw text plus a
document date as fast as it runs inside the pipeline. Use :func:`find_timexes`.
"""

from lapwing.timeparse.anchor import parse_anchor
from lapwing.timeparse.grammar import ISO_VALUE, Timex, find_timexes
from lapwing.timeparse.tense import TextTense

__all__ = ["ISO_VALUE", "TextTense", "Timex", "find_timexes", "parse_anchor"]
