"""Scoring a checkout on a blind corpus: run the corpus's own score.py and check its summary
line against a floor (``tests/test_corpus_scores.py`` and ``tests/test_corpus_scores_later.py``
share this; two files so that parallel test workers run them side by side)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"(?P<right>\d+)/(?P<truth>\d+) values right \((?P<pct>[\d.]+)%\), (?P<wrong>\d+) wrong, (?P<missing>\d+) missing, "
                     r"(?P<extra>\d+) extra; bad files rejected (?P<rejected>\d+)/(?P<bad>\d+); problems (?P<problems>\d+)")

def score(script: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, str(script), str(PROJECT)], capture_output=True, text=True,
                          timeout=1500)
    line = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    found = SUMMARY.search(line)
    assert found, f"no summary line from {script}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return {key: float(value) for key, value in found.groupdict().items()}


def check_corpus(name: str, script: Path, floor: float, listed: int) -> None:
    """``listed``: the notes a corpus's README lists (columns or rows outside the catalogue, hidden
    sheets), each worth one problem — an unknown column waits for the mapping review once."""
    if not script.exists():
        pytest.skip(f"语料 {name} 不在 {script.parent}（共享目录未放在检出目录旁）")
    result = score(script)
    assert result["pct"] >= floor, result
    assert result["wrong"] == 0, result
    assert result["extra"] == 0, result
    assert result["rejected"] == result["bad"], result
    # False alarms stay rare: problems beyond one per bad file and one per listed note stay
    # under 1 % of the values read (at least one allowed).
    assert result["problems"] - result["bad"] - listed <= max(1.0, 0.01 * result["right"]), result
