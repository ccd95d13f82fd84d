"""``lapwing lexicons import``: PETRARCH dictionary files -> a folder of Lapwing lexicon files.

One output file per format, whatever the number of inputs:

================  ==========================  ========================================
format            writes                      load it with
================  ==========================  ========================================
petrarch-actors   ``DIR/actors.tsv``          ``LAPWING_ACTORS`` / config ``actor_files``
petrarch-agents   ``DIR/agents.tsv``          ``LAPWING_AGENTS`` / config ``agent_files``
petrarch-verbs    ``DIR/patterns.tsv``        ``LAPWING_PATTERNS`` (+ ``LAPWING_PATTERNS_MODE``)
================  ==========================  ========================================

and ``DIR/import-report.<format>.tsv``: every line that was not read, not converted or converted
with a loss, with the file, the line and the reason. Every written row names, in its note, the
PETRARCH file and line it comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lapwing.lexicons.petrarch.convert import ACTOR_HEADER, AGENT_HEADER, convert_actors, convert_agents
from lapwing.lexicons.petrarch.reader import Problem, read_actors, read_agents
from lapwing.lexicons.petrarch.verbs import read_verbs
from lapwing.lexicons.petrarch.translate import PATTERN_HEADER, translate_verbs

FORMATS = ("petrarch-actors", "petrarch-agents", "petrarch-verbs")
OUTPUT = {"petrarch-actors": "actors.tsv", "petrarch-agents": "agents.tsv", "petrarch-verbs": "patterns.tsv"}


@dataclass
class ImportResult:
    format: str
    output: Path
    report: Path
    entries: int = 0  # actors / agents / verb lines read
    rows: int = 0  # rows written
    patterns: int = 0  # verbs: PETRARCH pattern lines
    translated: int = 0
    problems: int = 0  # lines that could not be read
    notes: list[tuple[str, str, int, str, str]] = field(default_factory=list)  # severity, file, line, text, reason

    @property
    def untranslated_share(self) -> float:
        return round(1 - self.translated / self.patterns, 4) if self.patterns else 0.0

    def summary(self) -> dict:
        out = {"format": self.format, "output": str(self.output), "report": str(self.report),
               "entries": self.entries, "rows": self.rows, "unreadable_lines": self.problems}
        if self.format == "petrarch-verbs":
            out.update(patterns=self.patterns, translated=self.translated,
                       untranslated=self.patterns - self.translated, untranslated_share=self.untranslated_share)
        return out


def _known_countries() -> set[str]:
    from lapwing.lexicons import load_countries

    return set(load_countries())


def _cameo_codes() -> set[str]:
    from lapwing.extract.events.lexicon_loader import load_cameo

    return set(load_cameo())


def import_files(fmt: str, files: list[Path], out_dir: Path) -> ImportResult:
    """Read ``files`` (all of format ``fmt``) and write the Lapwing files and the report into ``out_dir``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    missing = [str(f) for f in files if not Path(f).is_file()]
    if missing:
        raise FileNotFoundError(f"no such dictionary file: {missing[0]}")
    out_dir.mkdir(parents=True, exist_ok=True)
    result = ImportResult(fmt, out_dir / OUTPUT[fmt], out_dir / f"import-report.{fmt}.tsv")
    problems: list[Problem] = []
    sources = ", ".join(Path(f).name for f in files)
    head = [f"# Imported by 'lapwing lexicons import --format {fmt}' from: {sources}",
            "# Each row's note names the PETRARCH file and line it comes from; see the import report for what",
            "# was not converted."]
    if fmt == "petrarch-actors":
        known = _known_countries()
        rows, declared = [], set()
        owner: dict[str, str] = {}
        for f in files:
            entries = read_actors(Path(f), problems)
            conv = convert_actors(entries, str(f), known, owner)
            result.entries += len(entries)
            rows += conv.rows
            declared |= conv.declared
            result.notes += [("skipped", s.path, s.line, s.text, s.reason) for s in conv.skipped]
        if declared:
            head.append("# codes: " + " ".join(sorted(declared)))
        body = [ACTOR_HEADER] + rows
    elif fmt == "petrarch-agents":
        rows = []
        seen: set[str] = set()
        for f in files:
            entries = read_agents(Path(f), problems)
            conv = convert_agents(entries, str(f), seen)
            result.entries += len(entries)
            rows += conv.rows
            result.notes += [("skipped", s.path, s.line, s.text, s.reason) for s in conv.skipped]
        body = [AGENT_HEADER] + rows
    else:
        cameo = _cameo_codes()
        rows = []
        seen_frames: dict = {}
        for i, f in enumerate(files):
            vd = read_verbs(Path(f), problems)
            tr = translate_verbs(vd, cameo, "petr" if i == 0 else f"petr{i + 1}", seen_frames)
            result.entries += tr.verbs
            result.patterns += tr.patterns
            result.translated += tr.translated
            rows += tr.rows
            result.notes += [(n.severity, n.path, n.line, n.text, n.reason) for n in tr.notes]
        body = [PATTERN_HEADER] + rows
    result.rows = len(body) - 1
    result.problems = sum(1 for p in problems if p.severity == "error")
    result.notes = [(p.severity, p.path, p.line, "", p.message) for p in problems] + result.notes
    result.output.write_text("\n".join(head + body) + "\n", encoding="utf-8")
    _write_report(result)
    return result


def _clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").split())


def _write_report(r: ImportResult) -> None:
    lines = [f"# {k}: {v}" for k, v in r.summary().items()]
    lines.append("severity\tfile\tline\ttext\treason")
    for sev, path, line, text, reason in sorted(r.notes, key=lambda n: (n[1], n[2])):
        lines.append("\t".join((sev, path, str(line), _clean(text), _clean(reason))))
    r.report.write_text("\n".join(lines) + "\n", encoding="utf-8")
