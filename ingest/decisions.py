"""Decisions people made about what the loaders could not settle on their own (the mapping review).

A decision says what a text means wherever it is written again:

- ``header``: a column header or row label, as the problem recorded it (group levels joined by
  `` / ``), means an indicator (``target`` = its code), or is not data at all (``target`` = ``-``);
- ``community``: a community name as written means a registry community (``target`` = 12 digits).

A header decision may hold for one sender only (``scope``: a 9-digit street or 12-digit community
code): 「人数」 under 「帮扶」 in one street's layout need not mean the same in another's. Empty: everywhere.

The application core writes the file (``<home>/mappings.csv``, audited); the loaders only read it,
once per batch, and treat a header decision like a catalogue name and a community decision like
an alias. The key of a header decision is the header's normalized text, so 「受理（件）」 and
「受理(件)」 are one decision, and the group heading is part of it: 「低保 / 人数」 is decided apart
from 「就业 / 人数」.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

KINDS = ("header", "community")
NOT_DATA = "-"
FIELDS = ("kind", "text", "target", "decided_by", "decided_at", "note", "scope")
LEVEL_SEPARATOR = " / "


@dataclass(frozen=True)
class Decision:
    kind: str          # header | community
    text: str          # as the problem recorded it
    target: str        # indicator code, community code, or NOT_DATA
    decided_by: str = ""
    decided_at: str = ""
    note: str = ""
    scope: str = ""    # "" everywhere; else the street or community code of the files it holds for

    @property
    def levels(self) -> list[str]:
        """A header decision's text split back into its levels (group … sub)."""
        return [part for part in self.text.split(LEVEL_SEPARATOR) if part.strip()]


def read_decisions(path: Path | None) -> tuple[Decision, ...]:
    """Every decision in the file, the last one winning for a (kind, text, scope); none if no file."""
    if path is None or not path.exists():
        return ()
    latest: dict[tuple[str, str, str], Decision] = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            kind, text, target, scope = ((row.get(name) or "").strip() for name in ("kind", "text", "target", "scope"))
            if kind not in KINDS or not text or not target:
                continue
            latest[(kind, text, scope)] = Decision(kind, text, target, row.get("decided_by") or "",
                                                   row.get("decided_at") or "", row.get("note") or "", scope)
    return tuple(latest.values())


def community_aliases(decisions: tuple[Decision, ...]) -> dict[str, str]:
    """Community decisions as aliases (written name → code), for the community matcher."""
    return {d.text: d.target for d in decisions
            if d.kind == "community" and d.target != NOT_DATA and not d.scope}
