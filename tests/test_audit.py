"""Dependencies: the floors that block known vulnerabilities, and pip-audit where it can run.

mkdocs-material before 9.7.7 is reported to have an XSS in search suggestions (BAD_INPUTS row 63).
pip-audit needs PyPI's JSON API or OSV; where neither answers (as on this project's build
machines, which reach only the package index) it audits nothing, and this test says so instead
of passing on an empty audit."""

import json
import subprocess
import sys
from importlib.metadata import version

import pytest
from packaging.version import Version


def test_version_floors():
    assert Version(version("mkdocs-material")) >= Version("9.7.7"), "mkdocs-material < 9.7.7 has a search XSS"
    assert Version("1.6") <= Version(version("mkdocs")) < Version("2")
    assert Version(version("pyyaml")) >= Version("5.4"), "PyYAML < 5.4 runs code from full_load"


@pytest.mark.slow  # asks the vulnerability services (times out offline)
def test_pip_audit():
    res = subprocess.run([sys.executable, "-m", "pip_audit", "--skip-editable", "--progress-spinner", "off", "-f", "json"],
                         capture_output=True, text=True, timeout=600)
    try:
        data = json.loads(res.stdout)
    except ValueError:
        pytest.skip(f"pip-audit could not run here: {res.stderr.strip().splitlines()[-1] if res.stderr.strip() else 'no output'}")
    deps = data.get("dependencies", [])
    audited = [d for d in deps if "skip_reason" not in d]
    if not audited:
        pytest.skip(f"pip-audit reached no vulnerability service: 0 of {len(deps)} packages audited")
    vulnerable = {d["name"]: [v["id"] for v in d["vulns"]] for d in audited if d.get("vulns")}
    assert not vulnerable, vulnerable
