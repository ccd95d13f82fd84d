"""Ingestion: files, folders and standard input to :class:`Ingested` articles.

Public entry points:

- :func:`check_paths` - call before any work; raises :class:`InputError` with a one-line message
  for a path that does not exist or cannot be read;
- :func:`read_inputs` - one :class:`Ingested` per article, or per unit that could not be read
  (status ``skipped``/``failed`` with a reason), in input order.

One module per format: :mod:`~lapwing.ingest.text`, :mod:`~lapwing.ingest.jsonl` (also ``.json``
and stdin), :mod:`~lapwing.ingest.html`, :mod:`~lapwing.ingest.feed`, :mod:`~lapwing.ingest.warc`;
:mod:`~lapwing.ingest.sniff` tells them apart; :mod:`~lapwing.ingest.common` holds the id, date
and decoding rules.
"""

from lapwing.ingest.base import Ingested, InputError
from lapwing.ingest.common import make_id, normalise_published
from lapwing.ingest.reader import check_paths, iter_folder, read_file, read_inputs

__all__ = [
    "Ingested",
    "InputError",
    "check_paths",
    "iter_folder",
    "make_id",
    "normalise_published",
    "read_file",
    "read_inputs",
]
