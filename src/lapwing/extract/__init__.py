"""Extractors: small registered components, each a function of the parsed document.

Each extractor module registers itself with :func:`lapwing.extract.registry.extractor`.
The pipeline runs them in the configured order; an extractor reads what earlier
ones left on the :class:`~lapwing.extract.registry.Context` and writes its own part
of the :class:`~lapwing.schema.ArticleRecord`.
"""
