"""The event record contract: ``plover`` is null where CAMEO has no PLOVER type (never "OTHER"), and a
plain statement (010) needs something said (a clause, a quotation, a noun object) or a target.
Also the package shape: ``lapwing.extract.events`` and the old module names keep working."""

from __future__ import annotations

import json

import pytest

from lapwing.schema import Event


def events(pipe, text):
    from lapwing.schema import Article

    return pipe.analyse(Article(id="t", text=text)).events


def test_no_plover_type_is_other():
    from lapwing.extract.events.lexicon_loader import PLOVER_TYPES, load_cameo

    assert "OTHER" not in PLOVER_TYPES
    cameo = load_cameo()
    assert cameo["010"].plover_type is None and cameo["015"].plover_type is None
    assert cameo["018"].plover_type == "SUPPORT"
    assert all(r.plover_type is None or r.plover_type in PLOVER_TYPES for r in cameo.values())


def test_schema_allows_null_plover_and_requires_the_key():
    schema = Event.model_json_schema()
    prop = schema["properties"]["plover"]
    assert {"type": "null"} in prop["anyOf"]
    assert "plover" in schema["required"]


@pytest.mark.parametrize("text", [
    '"We will not back down," Venezuelan President Nicolas Maduro said.',
    "The French government said that the new budget would cut the deficit.",
    "Chancellor Olaf Scholz stressed the importance of unity in the alliance.",
])
def test_statement_has_null_plover(pipe, text):
    evs = [e for e in events(pipe, text) if e.cameo == "010"]
    assert evs, text
    assert all(e.plover is None and e.acled is None for e in evs)
    assert "OTHER" not in json.dumps([e.model_dump(mode="json") for e in evs])


@pytest.mark.parametrize("text", [
    "President Joe Biden said so on Monday.",
    "The Iranian foreign minister said it.",
    "Russian President Vladimir Putin said on Tuesday.",
    "The Kremlin said nothing.",
])
def test_bare_statement_is_no_event(pipe, text):
    assert not [e for e in events(pipe, text) if e.cameo.startswith("01")], text


@pytest.mark.parametrize("text, code", [
    ("Sweden rejected calls by Serbia for economic aid, saying it was holding it back until reforms are made.", "12"),
    ("The Japanese government condemned the missile launch by North Korea, saying it threatened regional peace.", "11"),
])
def test_statement_explaining_an_act_is_not_coded_apart(pipe, text, code):
    evs = events(pipe, text)
    assert any(e.cameo.startswith(code) for e in evs), [(e.cameo, e.rule) for e in evs]
    assert not [e for e in evs if e.cameo == "010"], [(e.cameo, e.rule) for e in evs]


def test_statement_by_another_speaker_is_kept(pipe):
    evs = events(pipe, "Britain mobilised reservists on Tuesday while the French foreign minister said "
                       "that diplomacy still had a chance.")
    says = [e for e in evs if e.cameo == "010"]
    assert says and says[0].source.country == "FRA"


def test_old_module_names_are_the_new_modules():
    import lapwing.extract.event_lexicon as old_lex
    import lapwing.extract.event_parse as old_parse
    import lapwing.extract.event_status as old_status
    from lapwing.extract import events as E
    from lapwing.extract.events import lexicon_loader, parse_repair, status

    assert old_lex is lexicon_loader and old_parse is parse_repair and old_status is status
    for name in ("extract_events", "code_text", "Coder", "np_span", "lexicon", "load_patterns",
                 "intent_code", "refusal_code", "acled_for", "repaired", "event_status"):
        assert hasattr(E, name), name
    assert lexicon_loader.LEXICON_DIR.name == "lexicons" and (lexicon_loader.LEXICON_DIR / "cameo.tsv").exists()


def test_package_modules_have_no_import_circle():
    """Each module of the package imports only modules before it in this order."""
    import ast
    from pathlib import Path

    from lapwing.extract import events as E

    order = ["inflect", "lexicon_loader", "parse_memo", "parse_columns", "syntax_words", "syntax_cases", "syntax_time", "call_purpose", "clauses", "conjuncts", "syntax", "neighbours", "syntax_args", "phrases", "verb_classes", "under_attack", "after_phrase", "token_index", "word_positions", "repair_index", "repair_time", "repair_forms", "repair_adverb_phrase", "repair_headline", "repair_quantity", "repair_infinitive", "repair_reduced", "repair_agent_noun", "repair_particle", "repair_list", "repair_noun_object", "repair_fronted", "repair_participle", "repair_relative", "repair_subordinate", "repair_verb_after_subject", "repair_span_object", "repair_verbless", "repair_nominal_verbs", "repair_subordinator", "repair_auxiliary", "repair_misread", "repair_copula", "repair_dative", "repair_participle_object", "repair_agent_phrase", "repair_time_of", "repair_relative_root", "repair_amod_verb", "repair_aside", "repair_aside_verb", "repair_name_possessor", "repair_name_noun", "repair_plural_subject", "repair_caused_noun", "repair_conjunct_object", "repair_crowd_act", "repair_modifier_pair", "repair_root_past", "repair_time_appos", "repair_quantity_of", "repair_passive_agent", "repair_name_adjective", "repair_absolute", "repair_free_verb", "repair_visiting", "repair_opening_modifier", "repair_quoted_conjunct", "repair_neighbouring", "repair_title_verb", "repair_opener_title", "repair_hyphen_verb", "repair_hyphen_name", "repair_expletive", "repair_against_phrase", "repair_message_participle", "repair_acronym_verb", "repair_judging_participle", "repair_claim_aside", "repair_after_clause", "repair_said_conjunct", "repair_to_noun", "repair_phrase_subject_verb", "repair_ruling_party", "repair_money_content", "repair_affiliation", "repair_copula_gerund", "repair_reported_noun", "repair_with_clause", "repair_subject_form", "repair_by_gerund", "repair_conjunct_form", "repair_adverb_noun", "repair_modifier_verb", "repair_place_time", "repair_through_verb", "repair_cased_object", "repair_relative_object", "repair_reduced_past", "repair_to_participle", "repair_bare_relative", "repair_coordinated_subject", "repair_persona", "repair_offer_clause", "repair_acl_conjunct", "repair_phrase_plural", "repair_gapped_control", "repair_verb_tag_root", "repair_particle_noun", "repair_comma_participle", "repair_late_object", "repair_adjective_conjunct", "repair_object_particle", "repair_ing_noun", "repair_possessed_conjunct", "repair_oblique_object", "repair_measure_list", "repair_plan_clause", "repair_accused_adjective", "repair_means_agent", "repair_blast_verb", "repair_candidates_clauses", "repair_candidates", "repair_subject_words", "repair_split", "repair_lifted", "repair_shot_dead", "repair_root_noun", "repair_list_verb", "repair_passive_conjunct", "repair_aux_subject", "repair_time_front", "repair_time_complement", "repair_force_noun", "repair_multi_act", "parse_repair", "status_words", "status_means", "status_alleged", "status_wire", "status_doubt", "status_prevent", "status_supposition", "status_cues", "status_clause", "status_demands", "status", "units", "topics", "adjective_sides", "country_word", "named_subject", "actor_classes", "participants", "court_place", "actor_context", "arguments", "content", "kinds", "contact_targets", "clause_pronoun", "protest_phrase", "employer_phrase", "argspec_owners", "argspecs", "frame_order", "frame_parts", "light_verbs", "frames", "dyad_words", "offtopic_gates", "history_gates", "clause_gates", "accident_gates", "arrest_gates", "accident_subject", "context_force", "custody_doer", "disputes", "background", "market", "reported_happening", "owned", "voices", "victims", "held_happening", "charged_deed", "commerce_acts", "attitude_doer", "hazard_cause", "firm_names", "status_gates", "act_checks", "code_shifts", "event_record", "coding_checks", "site_targets", "place_targets", "threat_conditions", "event_sides", "self_report", "coding", "context_attacked", "context_death", "modifier_arrest", "frame_contents", "sentence_dedupe", "protest_content", "later_sayings", "coder"]
    pkg = Path(E.__file__).parent
    assert sorted(p.stem for p in pkg.glob("*.py") if p.stem != "__init__") == sorted(order)
    for i, name in enumerate(order):
        tree = ast.parse((pkg / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("lapwing.extract.events."):
                dep = node.module.rsplit(".", 1)[1]
                assert order.index(dep) < i, f"{name} imports {dep}"
        assert len((pkg / f"{name}.py").read_text(encoding="utf-8").splitlines()) < 500, name
