"""Audit the pinned dependency set (requirements.lock) for known vulnerabilities with the sources this
network answers, and say exactly which pins no source covered and why.

Sources, in order of preference for each pin:

* ``pip-audit`` (PyPI's per-release JSON ``/pypi/NAME/VERSION/json`` or OSV), run by
  ``tests/test_dependencies.py`` whenever one of them answers.
* PyPI's project JSON ``/pypi/NAME/json``: its ``vulnerabilities`` field lists the known
  vulnerabilities (from the PyPA advisory database, the same data OSV serves for PyPI) of the project's
  *latest* release only. A pin that is the latest release is therefore audited by it; a pin older than
  the latest is not (a vulnerability fixed between the pin and the latest release is not listed), and is
  reported as not covered. The same answer tells whether the pinned release was yanked.

Usage::

    python scripts/audit_deps.py [--lock requirements.lock] [--json]

Exit status: 0 when no audited pin has a known vulnerability or is yanked, 1 when one has, 2 when PyPI's
project JSON did not answer (the message names the URL and the HTTP status).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import re
import sys
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

from packaging.specifiers import InvalidSpecifier, SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
PROJECT_JSON = "https://pypi.org/pypi/{name}/json"
RELEASE_JSON = "https://pypi.org/pypi/{name}/{version}/json"
LOCK_PYTHON = "3.11"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_pins(lock: Path = LOCK) -> dict[str, tuple[str, bool]]:
    """name -> (pinned version, whether the pin carries hashes), from a pip-compile / uv lock file."""
    pins: dict[str, tuple[str, bool]] = {}
    text = lock.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\;]+)", block)
        if m:
            pins[canonical(m.group(1))] = (m.group(2), "--hash=sha256:" in block)
    return pins


class Unreachable(RuntimeError):
    """A vulnerability source did not answer; the message names the URL and the status."""


def http_status(url: str, *, method: str = "GET", data: bytes | None = None, timeout: float = 20) -> str:
    """The HTTP status a URL answers with, or the network error, as text (for skip reasons)."""
    req = urllib.request.Request(url, method=method, data=data,
                                 headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return f"HTTP {r.status}"
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        return f"no answer ({type(reason).__name__}: {reason})"


def fetch_project(name: str, timeout: float = 30) -> dict:
    url = PROJECT_JSON.format(name=name)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as exc:
        raise Unreachable(f"GET {url} answered HTTP {exc.code}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise Unreachable(f"GET {url} got no answer ({getattr(exc, 'reason', exc)})") from exc


@dataclass
class PinAudit:
    name: str
    version: str
    latest: str
    covered: bool                      # the source's vulnerability list applies to the pinned version
    vulnerabilities: list[str] = field(default_factory=list)   # ids (PYSEC-/GHSA-/CVE-), withdrawn ones left out
    yanked: str | None = None          # the yank reason ("" when none given) if the pinned release is yanked
    note: str = ""


def _held_back(project: dict) -> str:
    """Why the lock (Python 3.11) may not have the latest release, where PyPI says so."""
    requires = project.get("info", {}).get("requires_python") or ""
    try:
        if requires and not SpecifierSet(requires).contains(LOCK_PYTHON):
            return f" (needs Python {requires}; the lock is for {LOCK_PYTHON})"
    except InvalidSpecifier:
        pass
    return ""


def judge(name: str, version: str, project: dict) -> PinAudit:
    """What PyPI's project JSON says about one pin."""
    latest = str(project.get("info", {}).get("version", ""))
    files = project.get("releases", {}).get(version)
    yanked = None
    if files and all(f.get("yanked") for f in files):
        yanked = next((f.get("yanked_reason") or "" for f in files), "")
    if files is None:
        return PinAudit(name, version, latest, covered=False, note="PyPI lists no release of that version")
    if version != latest:
        return PinAudit(name, version, latest, covered=False, yanked=yanked,
                        note=f"pinned {version}, latest {latest}{_held_back(project)}: PyPI's project JSON "
                             f"lists vulnerabilities of the latest release only")
    vulns = [v.get("id") or "?" for v in project.get("vulnerabilities") or [] if not v.get("withdrawn")]
    return PinAudit(name, version, latest, covered=True, vulnerabilities=vulns, yanked=yanked)


def _fetch_or_why(name: str) -> dict | Unreachable:
    try:
        return fetch_project(name)
    except Unreachable as exc:
        return exc


def audit(pins: dict[str, tuple[str, bool]], *, workers: int = 6) -> list[PinAudit]:
    """One PinAudit per pin, in name order. A project PyPI does not answer for is not covered (the note
    says why); raises Unreachable when it answers for none."""
    names = sorted(pins)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        projects = list(pool.map(_fetch_or_why, names))
    if names and all(isinstance(p, Unreachable) for p in projects):
        raise projects[0]  # type: ignore[misc]
    return [PinAudit(n, pins[n][0], "", covered=False, note=str(p)) if isinstance(p, Unreachable)
            else judge(n, pins[n][0], p) for n, p in zip(names, projects)]


def problems(results: list[PinAudit]) -> list[str]:
    """One line per audited pin with a known vulnerability, and per yanked pin."""
    out = []
    for r in results:
        if r.covered and r.vulnerabilities:
            out.append(f"{r.name}=={r.version}: {', '.join(r.vulnerabilities)}")
        if r.yanked is not None:
            out.append(f"{r.name}=={r.version} is yanked on PyPI ({r.yanked or 'no reason given'})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lock", type=Path, default=LOCK)
    ap.add_argument("--json", action="store_true", help="print one JSON object per pin")
    args = ap.parse_args(argv)
    pins = read_pins(args.lock)
    try:
        results = audit(pins)
    except Unreachable as exc:
        print(f"cannot audit: {exc}", file=sys.stderr)
        return 2
    if args.json:
        for r in results:
            print(json.dumps(asdict(r)))
    covered = [r for r in results if r.covered]
    print(f"{len(results)} pins in {args.lock.name}; {len(covered)} audited against PyPI's vulnerability data "
          f"(pinned release = latest release)", file=sys.stderr)
    for r in results:
        if not r.covered:
            print(f"  not covered: {r.name}: {r.note}", file=sys.stderr)
    found = problems(results)
    for line in found:
        print(f"  VULNERABLE: {line}", file=sys.stderr)
    if found:
        print("raise the pins (pyproject.toml ranges), regenerate requirements.lock, and run this again",
              file=sys.stderr)
        return 1
    print("no known vulnerability in an audited pin, no yanked pin", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
