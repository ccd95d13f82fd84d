"""PETRARCH / TABARI dictionaries in and out of Lapwing.

``reader``     the dictionary syntax (actors, agents, verbs, discards) -> typed entries with lines
``convert``    actor and agent entries -> Lapwing's actor and agent files
``translate``  verb patterns -> Lapwing's UD-frame patterns, or a reason why not
``export``     Lapwing's actor and agent lexicons -> PETRARCH actors, CSV or JSONL
``importer``   the ``lapwing lexicons import`` job: files in, a folder of Lapwing lexicons and a report out
"""
