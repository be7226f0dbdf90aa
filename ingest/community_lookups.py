"""What names a community besides its registry name: the aliases seed (老城 for 老城社区居委会 …)
and a cell that writes the registry code beside the name, as a platform exports it
(630104003005-冷湖路社区居民委员会, 冷湖路社区（630104003005）)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

# The 12-digit code, a separator, the name; or the name with the code in brackets after it.
CODE_THEN_NAME = re.compile(r"^\s*(?P<code>\d{12})\s*[-－—–_:：|｜/、\s]\s*(?P<name>[^\d\s].*?)\s*$")
NAME_THEN_CODE = re.compile(r"^\s*(?P<name>[^\d\s].*?)\s*[(（\[【]\s*(?P<code>\d{12})\s*[)）\]】]\s*$")


def read_aliases(seeds_dir: Path) -> dict[str, str]:
    path = seeds_dir / "community_aliases.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["alias"]: row["community_code"] for row in csv.DictReader(handle)}


def code_and_name(text: str) -> tuple[str, str] | None:
    """(code, name) of 630104003005-冷湖路社区居民委员会 or 冷湖路社区（630104003005）; None for
    anything else (a code alone, a name alone, a 9-digit street code before 虎台街道（合计）)."""
    found = CODE_THEN_NAME.match(text) or NAME_THEN_CODE.match(text)
    return (found["code"], found["name"]) if found else None
