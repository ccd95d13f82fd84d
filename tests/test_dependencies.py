"""The pinned dependency set.

* requirements.lock pins every requirement of pyproject.toml (runtime and the dev extra) with hashes.
* No pin has a known vulnerability: audited with the sources this network answers (scripts/audit_deps.py:
  PyPI's project JSON, which lists the vulnerabilities of each project's latest release; pip-audit where
  PyPI's per-release JSON or OSV answers), and the dashboard's npm lock with `npm audit`. A source that
  does not answer skips its test with the URL and the HTTP status.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import tomllib
import warnings
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
REGENERATE = ("regenerate it: .venv/bin/uv pip compile pyproject.toml --extra dev --python-version 3.11 "
              "--python-platform x86_64-manylinux_2_28 --generate-hashes -o requirements.lock")

_spec = importlib.util.spec_from_file_location("audit_deps", ROOT / "scripts" / "audit_deps.py")
audit_deps = importlib.util.module_from_spec(_spec)
sys.modules["audit_deps"] = audit_deps
_spec.loader.exec_module(audit_deps)


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project["dependencies"]]
    for extra in ("dev",):
        reqs += [Requirement(r) for r in project.get("optional-dependencies", {}).get(extra, [])]
    env = {"sys_platform": "linux", "platform_system": "Linux", "python_version": "3.11",
           "python_full_version": "3.11.7", "implementation_name": "cpython", "platform_machine": "x86_64"}
    return [r for r in reqs if r.marker is None or r.marker.evaluate(env)]


def test_the_lock_pins_every_requirement_within_its_range():
    pins = audit_deps.read_pins(LOCK)
    assert len(pins) > 50
    for req in _requirements():
        name = audit_deps.canonical(req.name)
        assert name in pins, f"{req.name} is in pyproject.toml but not in requirements.lock; {REGENERATE}"
        version = pins[name][0]
        assert req.specifier.contains(version, prereleases=True), \
            f"requirements.lock pins {req.name}=={version}, outside {req.specifier}; {REGENERATE}"


def test_every_pin_has_hashes():
    unhashed = [n for n, (_, hashed) in audit_deps.read_pins(LOCK).items() if not hashed]
    assert not unhashed, f"pins without --hash in requirements.lock: {unhashed}; {REGENERATE}"


# -- how the audit judges PyPI's answer (hand-made answers, no network) --------------------------------

def _project(latest: str, releases: dict[str, list[dict]], vulns: list[dict], requires: str | None = None):
    return {"info": {"version": latest, "requires_python": requires}, "releases": releases,
            "vulnerabilities": vulns}


_FILE = {"filename": "x.whl", "yanked": False}


def test_a_pin_at_the_latest_release_is_audited_and_its_vulnerabilities_reported():
    project = _project("2.0", {"1.0": [_FILE], "2.0": [_FILE]},
                       [{"id": "PYSEC-2099-1", "fixed_in": []},
                        {"id": "GHSA-xxxx-withdrawn", "withdrawn": "2099-01-01T00:00:00"}])
    r = audit_deps.judge("demo", "2.0", project)
    assert r.covered and r.vulnerabilities == ["PYSEC-2099-1"]
    assert audit_deps.problems([r]) == ["demo==2.0: PYSEC-2099-1"]
    clean = audit_deps.judge("demo", "2.0", _project("2.0", {"2.0": [_FILE]}, []))
    assert clean.covered and audit_deps.problems([clean]) == []


def test_an_older_pin_is_not_covered_and_says_why():
    project = _project("2.0", {"1.0": [_FILE], "2.0": [_FILE]}, [{"id": "PYSEC-2099-1"}], requires=">=3.12")
    r = audit_deps.judge("demo", "1.0", project)
    assert not r.covered and r.vulnerabilities == []
    assert "latest 2.0" in r.note and "needs Python >=3.12" in r.note
    missing = audit_deps.judge("demo", "0.9", project)
    assert not missing.covered and "no release" in missing.note


def test_a_yanked_pin_is_a_problem_even_when_not_covered():
    yanked = {"filename": "x.whl", "yanked": True, "yanked_reason": "security fix in 1.0.1"}
    project = _project("2.0", {"1.0": [yanked], "2.0": [_FILE]}, [])
    r = audit_deps.judge("demo", "1.0", project)
    assert audit_deps.problems([r]) == ["demo==1.0 is yanked on PyPI (security fix in 1.0.1)"]


def test_the_lock_parser_reads_names_versions_and_hashes(tmp_path):
    lock = tmp_path / "r.lock"
    lock.write_text("Foo.Bar[x]==1.2 \\\n    --hash=sha256:ab\n    # via baz\nqux_y==3.0\n", encoding="utf-8")
    assert audit_deps.read_pins(lock) == {"foo-bar": ("1.2", True), "qux-y": ("3.0", False)}


# -- the audits themselves (network: PyPI and npm answer here; skip with the URL and status otherwise) ---

def test_no_pin_has_a_known_vulnerability_on_pypi():
    pins = audit_deps.read_pins(LOCK)
    try:
        results = audit_deps.audit(pins)
    except audit_deps.Unreachable as exc:
        pytest.skip(f"PyPI's vulnerability data cannot be read from here: {exc}")
    covered = [r for r in results if r.covered]
    assert covered, "PyPI answered but no pin is the latest release of its project: nothing was audited"
    found = audit_deps.problems(results)
    assert not found, f"known vulnerabilities or yanked releases in requirements.lock: {found}; " \
                      f"raise the pins in pyproject.toml, then {REGENERATE}"
    uncovered = [f"{r.name}: {r.note}" for r in results if not r.covered]
    if uncovered:
        warnings.warn(f"{len(covered)} of {len(results)} pins audited; not covered: " + "; ".join(uncovered),
                      stacklevel=1)


def test_pip_audit_finds_no_known_vulnerability():
    pin = audit_deps.read_pins(LOCK).get("pip-audit", ("2.10.1", True))[0]
    pypi_url = audit_deps.RELEASE_JSON.format(name="pip-audit", version=pin)
    osv_url = "https://api.osv.dev/v1/query"
    pypi = audit_deps.http_status(pypi_url)
    osv = audit_deps.http_status(osv_url, method="POST",
                                 data=b'{"package":{"name":"pip-audit","ecosystem":"PyPI"},"version":"2.0.0"}')
    if pypi == "HTTP 200":
        service = "pypi"
    elif osv == "HTTP 200":
        service = "osv"
    else:
        pytest.skip(f"pip-audit needs PyPI's per-release JSON or OSV; GET {pypi_url}: {pypi}; "
                    f"POST {osv_url}: {osv} (PyPI's project JSON audit above runs instead)")
    res = subprocess.run([sys.executable, "-m", "pip_audit", "-r", str(LOCK), "--no-deps", "--disable-pip",
                          "--progress-spinner", "off", "-s", service, "-f", "json"],
                         capture_output=True, text=True, timeout=900)
    try:
        report = json.loads(res.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"pip-audit gave no report (exit {res.returncode}): {res.stderr[-2000:]}")
    audited = [d for d in report.get("dependencies", []) if "skip_reason" not in d]
    assert audited, f"pip-audit audited none of the pins ({service}): {res.stderr[-1000:]}"
    vulnerable = {d["name"]: [v["id"] for v in d["vulns"]] for d in audited if d.get("vulns")}
    assert not vulnerable, f"known vulnerabilities in requirements.lock: {vulnerable}; raise the pins, then {REGENERATE}"


def test_npm_audit_of_the_dashboard_lock():
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed (Debian: apt-get install npm); the dashboard's lock is not audited")
    res = subprocess.run([npm, "audit", "--package-lock-only", "--json", "--audit=true"],
                         cwd=ROOT / "frontend", capture_output=True, text=True, timeout=300)
    try:
        report = json.loads(res.stdout)
    except json.JSONDecodeError:
        pytest.fail(f"npm audit gave no report (exit {res.returncode}): {res.stderr[-2000:]}")
    if "statusCode" in report and "metadata" not in report:
        pytest.skip(f"npm audit cannot run here: {report.get('method', 'POST')} {report.get('uri')}: "
                    f"HTTP {report['statusCode']}")
    if "error" in report and "metadata" not in report:
        pytest.fail(f"npm audit failed: {report['error']}")
    counts = report["metadata"]["vulnerabilities"]
    assert counts.get("total", sum(counts.values())) == 0, \
        f"npm audit finds vulnerabilities in frontend/package-lock.json: {report.get('vulnerabilities')}"


def test_a_project_pypi_does_not_answer_for_is_not_covered_and_all_unanswered_is_unreachable(monkeypatch):
    def fake(name, timeout=30):
        if name == "gone":
            raise audit_deps.Unreachable("GET https://pypi.org/pypi/gone/json answered HTTP 404")
        return _project("1.0", {"1.0": [_FILE]}, [])

    monkeypatch.setattr(audit_deps, "fetch_project", fake)
    results = audit_deps.audit({"gone": ("1.0", True), "here": ("1.0", True)})
    assert [(r.name, r.covered) for r in results] == [("gone", False), ("here", True)]
    assert "HTTP 404" in results[0].note
    with pytest.raises(audit_deps.Unreachable, match="HTTP 404"):
        audit_deps.audit({"gone": ("1.0", True)})
