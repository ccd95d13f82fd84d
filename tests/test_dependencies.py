"""The pinned dependency set: requirements.lock pins every requirement of pyproject.toml (runtime and the
dev extra) with hashes, and pip-audit finds no known vulnerability in it (skipped, with the reason,
where the vulnerability databases cannot be reached)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import urllib.request
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
REGENERATE = ("regenerate it: .venv/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 "
              "--python-platform x86_64-manylinux_2_28 --generate-hashes -o requirements.lock")


def _pins() -> dict[str, tuple[str, bool]]:
    """name -> (version, has hashes) from the lock file."""
    pins: dict[str, tuple[str, bool]] = {}
    text = LOCK.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text):
        m = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s\\;]+)", block)
        if m:
            pins[m.group(1).lower().replace("_", "-").replace(".", "-")] = (m.group(2), "--hash=sha256:" in block)
    return pins


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in ("dev",):
        reqs += [Requirement(r) for r in project.get("optional-dependencies", {}).get(extra, [])]
    env = {"sys_platform": "linux", "platform_system": "Linux", "python_version": "3.11",
           "python_full_version": "3.11.7", "implementation_name": "cpython", "platform_machine": "x86_64"}
    return [r for r in reqs if r.marker is None or r.marker.evaluate(env)]


def test_the_lock_pins_every_requirement_within_its_range():
    pins = _pins()
    assert len(pins) > 50
    for req in _requirements():
        name = req.name.lower().replace("_", "-").replace(".", "-")
        assert name in pins, f"{req.name} is in pyproject.toml but not in requirements.lock; {REGENERATE}"
        version = pins[name][0]
        assert req.specifier.contains(version, prereleases=True), \
            f"requirements.lock pins {req.name}=={version}, outside {req.specifier}; {REGENERATE}"


def test_every_pin_has_hashes():
    unhashed = [n for n, (_, hashed) in _pins().items() if not hashed]
    assert not unhashed, f"pins without --hash in requirements.lock: {unhashed}; {REGENERATE}"


def _reachable() -> str | None:
    """None when a vulnerability database answers, else why not."""
    why = []
    try:
        with urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=10) as r:
            if r.status == 200 and json.loads(r.read()).get("info"):
                return None
    except Exception as exc:  # noqa: BLE001 - any failure means: not reachable from here
        why.append(f"PyPI's JSON API: {type(exc).__name__}")
    try:
        req = urllib.request.Request("https://api.osv.dev/v1/query", method="POST",
                                     data=b'{"package":{"name":"pip","ecosystem":"PyPI"},"version":"20.0"}')
        with urllib.request.urlopen(req, timeout=10) as r:
            if r.status == 200:
                return None
    except Exception as exc:  # noqa: BLE001
        why.append(f"OSV: {type(exc).__name__}")
    return "; ".join(why) or "no answer"


def test_pip_audit_finds_no_known_vulnerability():
    why = _reachable()
    if why is not None:
        pytest.skip(f"pip-audit needs a vulnerability database, none reachable from here ({why})")
    service = "pypi"
    try:
        urllib.request.urlopen("https://pypi.org/pypi/pip/json", timeout=10).close()
    except Exception:  # noqa: BLE001
        service = "osv"
    res = subprocess.run([sys.executable, "-m", "pip_audit", "-r", str(LOCK), "--no-deps", "--disable-pip",
                          "--progress-spinner", "off", "-s", service, "-f", "json"],
                         capture_output=True, text=True, timeout=900)
    try:
        report = json.loads(res.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pip-audit gave no report (exit {res.returncode}): {res.stderr[-2000:]}")
    deps = report.get("dependencies", [])
    audited = [d for d in deps if "skip_reason" not in d]
    if not audited:
        pytest.skip(f"pip-audit could audit none of the {len(deps)} pins ({service} answers no package data here)")
    vulnerable = {d["name"]: [v["id"] for v in d["vulns"]] for d in audited if d.get("vulns")}
    assert not vulnerable, f"known vulnerabilities in requirements.lock: {vulnerable}; raise the pins, then {REGENERATE}"
