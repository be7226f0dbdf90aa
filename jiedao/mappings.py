"""The mapping review: what the loaders could not settle, once per text, and what people decided.

The queue is read from the raw store: every unknown header or row label, every community name
that matched no registry community or several, and every name the loaders matched only nearly
(one character off, another transliteration, the Korean reading, a short form: loaded, and shown
here once so that a person confirms or corrects it), grouped so that one decision settles every
cell and every file where the same text was written (a header by its normalized text with its
group heading, a name by its normalized form). Each item carries where it was first seen, sample
values and the catalogue's or the registry's nearest candidates.

A decision is appended to ``<home>/mappings.csv`` (the loaders read it as extra synonyms and
aliases, see ``ingest.decisions``), audited, and applied at once: the files waiting on that text
are read again from where they were ingested, their new rows replacing the old. ``jiedao build``
then publishes them. Decisions export to and import from CSV, so one street's decisions can seed
another's.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ingest import store
from ingest.communities import normalize_community_name
from ingest.decisions import FIELDS, KINDS, LEVEL_SEPARATOR, NOT_DATA, Decision, read_decisions
from ingest.headers import decision_key
from ingest.loader import BatchReport, lookups_from, sha256_of
from jiedao.audit import AuditEvent, record
from jiedao.ingestion import ingest_paths
from jiedao.settings import Settings

if TYPE_CHECKING:
    import pandas as pd

PROBLEM_KINDS = {"unknown_header": "header", "unknown_indicator": "header",
                 "unknown_community": "community", "ambiguous_community": "community"}
KIND_LABELS = {"header": "表头/指标", "community": "社区名称"}
# how a name was matched when it was matched only nearly (ingest/communities.py): loaded, to be confirmed
NEAR_METHODS = {"one_off": "一字之差", "transliteration": "音译写法不同", "hangul": "朝鲜文读音",
                "abbreviation": "简称"}
NOT_DATA_LABEL = "不是数据（忽略该列/行）"
SAMPLES = 4
OPTIONS = 5


class MappingError(ValueError):
    """A decision that cannot be taken (unknown target, unknown item); the message is Chinese."""


@dataclass(frozen=True)
class Option:
    target: str      # indicator code, community code or NOT_DATA
    label: str       # what a person reads: 受理诉求件数（petitions_received）
    score: float


@dataclass(frozen=True)
class ReviewItem:
    item_id: str
    kind: str                        # header | community
    text: str                        # as first written
    variants: tuple[str, ...]        # every way it was written
    files: tuple[str, ...]           # file names
    cells: int
    first_seen: str                  # 文件「…」工作表「…」单元格 A1
    samples: tuple[str, ...]         # values under the header / beside the label; files for names
    options: tuple[Option, ...]
    loaded_as: str = ""              # a near match: the community its values were loaded as, and why


@dataclass(frozen=True)
class Applied:
    decision: Decision
    reread: tuple[str, ...]          # file names read again
    missing: tuple[str, ...]         # ingested from a path that no longer holds that file
    report: BatchReport | None


def group_key(kind: str, text: str) -> str:
    if kind == "header":
        return decision_key(text.split(LEVEL_SEPARATOR))
    return normalize_community_name(text)


def item_id(kind: str, key: str) -> str:
    return hashlib.sha1(f"{kind}\0{key}".encode("utf-8")).hexdigest()[:8]


def _problems(con) -> list[tuple]:
    return con.execute("""
        select p.problem_code, p.raw_text, p.file_sha256, p.file_name, p.sheet, p.cell_ref, c.row_index, c.col_index
        from problems p
        left join cells c on c.file_sha256 = p.file_sha256 and c.sheet = p.sheet and c.cell_ref = p.cell_ref
        where p.problem_code in (select unnest(?)) and coalesce(trim(p.raw_text), '') <> ''
        order by p.batch_id, p.file_name, p.sheet, c.row_index, c.col_index""", [list(PROBLEM_KINDS)]).fetchall()


def _near_matches(con) -> list[tuple]:
    """(name as written, community code, method, file names, values) of each name matched only nearly."""
    return con.execute("""
        select o.community_text, o.community_code, o.community_match, list(distinct o.file_name order by o.file_name),
               count(*), min(o.file_name || '\t' || o.sheet || '\t' || o.cell_ref)
        from observations o
        where o.community_match in (select unnest(?)) and coalesce(trim(o.community_text), '') <> ''
        group by all order by count(*) desc""", [list(NEAR_METHODS)]).fetchall()


def _samples(con) -> dict[tuple[str, str, str], list[str]]:
    """Problem cells next to each unknown header (below it) or row label (right of it)."""
    rows = con.execute("""
        with found as (
            select p.problem_code, p.file_sha256, p.sheet, p.cell_ref, c.row_index, c.col_index
            from problems p join cells c
              on c.file_sha256 = p.file_sha256 and c.sheet = p.sheet and c.cell_ref = p.cell_ref
            where p.problem_code in ('unknown_header', 'unknown_indicator'))
        select f.file_sha256, f.sheet, f.cell_ref, v.raw_text
        from found f join cells v on v.file_sha256 = f.file_sha256 and v.sheet = f.sheet and v.role = 'problem'
         and ((f.problem_code = 'unknown_header' and v.col_index = f.col_index and v.row_index > f.row_index)
           or (f.problem_code = 'unknown_indicator' and v.row_index = f.row_index and v.col_index > f.col_index))
        qualify row_number() over (partition by f.file_sha256, f.sheet, f.cell_ref
                                   order by v.row_index, v.col_index) <= 4""").fetchall()
    samples: dict[tuple[str, str, str], list[str]] = {}
    for sha, sheet, ref, raw in rows:
        samples.setdefault((sha, sheet, ref), []).append(raw)
    return samples


def review_queue(settings: Settings) -> list[ReviewItem]:
    """Every undecided text the loaders were unsure of, most cells first."""
    if not settings.raw_db.exists():
        return []
    con = store.connect(settings.raw_db, read_only=True)
    try:
        problems = _problems(con)
        samples = _samples(con)
        near = _near_matches(con)
        catalog, matcher = lookups_from(con, settings)
    finally:
        con.close()
    decided = {(d.kind, group_key(d.kind, d.text)) for d in read_decisions(settings.mappings_file) if not d.scope}
    groups: dict[tuple[str, str], list[tuple]] = {}
    for row in problems:
        kind = PROBLEM_KINDS[row[0]]
        key = group_key(kind, row[1])
        if key and (kind, key) not in decided:
            groups.setdefault((kind, key), []).append(row)
    names = indicator_names(settings)
    by_name = registry_by_name(matcher)
    items = []
    for (kind, key), rows in groups.items():
        text = rows[0][1]
        found_samples = [raw for row in rows for raw in samples.get((row[2], row[4], row[5]), [])]
        if kind == "header":
            levels = text.split(LEVEL_SEPARATOR)
            options = tuple(Option(c.indicator_code, f"{names.get(c.indicator_code, c.indicator_code)}"
                                   f"（{c.indicator_code}）", round(c.score, 2))
                            for c in catalog.candidates(levels)[:OPTIONS] if c.indicator_code in names)
        else:
            options = community_options(matcher, text, by_name)
            found_samples = []
        files = tuple(dict.fromkeys(row[3] for row in rows))
        first = rows[0]
        where = f"文件「{first[3]}」" + (f"工作表「{first[4]}」" if first[4] else "") + \
                (f"单元格 {first[5]}" if first[5] else "")
        items.append(ReviewItem(item_id(kind, key), kind, text, tuple(dict.fromkeys(row[1] for row in rows)),
                                files, len(rows), where, tuple(dict.fromkeys(found_samples))[:SAMPLES], options))
    asked = {(item.kind, group_key(item.kind, item.text)) for item in items}
    items += near_items(near, matcher, by_name, decided | asked)
    return sorted(items, key=lambda item: (bool(item.loaded_as), -item.cells, item.kind, item.text))


def near_items(near: list[tuple], matcher, by_name: dict[str, list], skip: set[tuple[str, str]]) -> list[ReviewItem]:
    """A review item for each name matched only nearly, its match the first option."""
    items: dict[str, ReviewItem] = {}
    for text, code, method, files, cells, first in near:
        key = group_key("community", text)
        if not key or ("community", key) in skip or key in items:
            continue
        community = matcher.communities.get(code)
        name = community.community_name if community else code
        label = f"{name}（{code}）"
        others = tuple(option for option in community_options(matcher, text, by_name) if option.target != code)
        file_name, sheet, ref = first.split("\t")
        items[key] = ReviewItem(item_id("community", key), "community", text, (text,), tuple(files), cells,
                                f"文件「{file_name}」工作表「{sheet}」单元格 {ref}", (),
                                (Option(code, label, 1.0), *others)[:OPTIONS],
                                f"已按{NEAR_METHODS.get(method, method)}导入为 {label}，请确认或改正")
    return list(items.values())


def registry_by_name(matcher) -> dict[str, list]:
    """The registry's communities by name, built once per queue (it holds every community)."""
    by_name: dict[str, list] = {}
    for community in matcher.communities.values():
        by_name.setdefault(community.community_name, []).append(community)
    return by_name


def community_options(matcher, text: str, by_name: dict[str, list]) -> tuple[Option, ...]:
    options = []
    for name in matcher.nearest(text, limit=OPTIONS):
        for community in by_name.get(name, []):
            street = matcher.streets.get(community.street_code)
            label = f"{street.street_name if street else community.street_code} {name}（{community.community_code}）"
            options.append(Option(community.community_code, label, 0.0))
    return tuple(options[:OPTIONS])


def indicator_names(settings: Settings) -> dict[str, str]:
    """Indicators a header can mean: the catalogue's raw (not derived) ones, code → name."""
    with open(settings.seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        return {row["indicator_code"]: row["indicator_name"] for row in csv.DictReader(handle)
                if row["kind"] != "derived"}


def registry_codes(settings: Settings, table: str = "registry_communities", column: str = "community_code") -> set[str]:
    if not settings.raw_db.exists():
        return set()
    con = store.connect(settings.raw_db, read_only=True)
    try:
        return {row[0] for row in con.execute(f"select {column} from {table}").fetchall()}
    finally:
        con.close()


def street_codes(settings: Settings) -> set[str]:
    return registry_codes(settings, "registry_streets", "street_code")


def validate(settings: Settings, kind: str, text: str, target: str, only_for: str = "") -> Decision:
    """A decision as asked, or MappingError in Chinese. ``only_for``: a street or community code
    whose files alone it holds for (a header in that sender's layout)."""
    target, only_for = target.strip(), only_for.strip()
    if kind not in KINDS:
        raise MappingError(f"未知的映射类型「{kind}」（可用 header 或 community）")
    if not text.strip():
        raise MappingError("映射的原文不能为空")
    if kind == "header" and target != NOT_DATA and target not in indicator_names(settings):
        raise MappingError(f"指标目录中没有可直接填报的指标「{target}」（派生指标由系统计算，不能映射）")
    if kind == "community" and target not in registry_codes(settings):
        raise MappingError(f"区划名录中没有社区代码「{target}」（应为 12 位数字代码）")
    if only_for and kind != "header":
        raise MappingError("只有表头的映射可以限定发送方；社区名称的映射对所有文件有效")
    if only_for and only_for not in registry_codes(settings) | street_codes(settings):
        raise MappingError(f"区划名录中没有街道或社区代码「{only_for}」（9 位街道代码或 12 位社区代码）")
    return Decision(kind, text.strip(), target, scope=only_for)


def append_decisions(settings: Settings, decisions: list[Decision]) -> None:
    """One append per call (O_APPEND): concurrent reviewers never interleave rows."""
    path = settings.mappings_file
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    new = not path.exists() or path.stat().st_size == 0
    if new:
        buffer.write("\ufeff")
        writer.writerow(FIELDS)
    for d in decisions:
        writer.writerow([d.kind, d.text, d.target, d.decided_by, d.decided_at, d.note, d.scope])
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(descriptor, buffer.getvalue().encode("utf-8"))
    finally:
        os.close(descriptor)


def decide(settings: Settings, kind: str, text: str, target: str, *, username: str, role: str,
           scope_code: str, note: str = "", only_for: str = "") -> Applied:
    """Record a decision (audited) and read the files waiting on it again. ``only_for``: the
    street or community whose files alone it holds for (empty: every file)."""
    decision = validate(settings, kind, text, target, only_for)
    decision = Decision(decision.kind, decision.text, decision.target, username,
                        datetime.now().isoformat(timespec="seconds"), note, decision.scope)
    append_decisions(settings, [decision])
    applied = apply(settings, [decision])
    record(settings, AuditEvent("mapping", username, role, scope_code, {
        "kind": kind, "text": decision.text, "target": decision.target, "note": note, "only_for": decision.scope,
        "reread": list(applied.reread), "missing": list(applied.missing)}))
    return applied


def apply(settings: Settings, decisions: list[Decision]) -> Applied:
    """Read again every file with a problem one of ``decisions`` settles, from where it was ingested."""
    wanted = {(d.kind, group_key(d.kind, d.text)) for d in decisions}
    if not settings.raw_db.exists():
        return Applied(decisions[0], (), (), None)
    con = store.connect(settings.raw_db, read_only=True)
    try:
        rows = con.execute("""
            select distinct p.problem_code, p.raw_text, f.file_sha256, f.file_name, f.file_path
            from problems p join files f using (file_sha256)
            where p.problem_code in (select unnest(?))
            union
            select distinct 'unknown_community', o.community_text, f.file_sha256, f.file_name, f.file_path
            from observations o join files f using (file_sha256)
            where o.community_match in (select unnest(?))""", [list(PROBLEM_KINDS), list(NEAR_METHODS)]).fetchall()
    finally:
        con.close()
    files: dict[str, tuple[str, Path]] = {}
    for code, raw, sha, name, path in rows:
        kind = PROBLEM_KINDS[code]
        if (kind, group_key(kind, raw or "")) in wanted:
            files[sha] = (name, Path(path))
    present = {sha: path for sha, (name, path) in files.items() if path.is_file() and sha256_of(path) == sha}
    missing = tuple(name for sha, (name, _) in files.items() if sha not in present)
    report = ingest_paths(settings, list(present.values()), reread=frozenset(present)) if present else None
    return Applied(decisions[0], tuple(files[sha][0] for sha in present), missing, report)


def decisions_table(settings: Settings) -> "pd.DataFrame":
    """The decisions in force, one row each, newest last (for the review page)."""
    import pandas as pd

    return pd.DataFrame([[d.kind, d.text, d.target, d.decided_by, d.decided_at, d.note, d.scope]
                         for d in read_decisions(settings.mappings_file)], columns=list(FIELDS))


def export_decisions(settings: Settings, out: Path) -> int:
    """Every decision in force, as CSV (utf-8-sig) another data home can import."""
    decisions = read_decisions(settings.mappings_file)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FIELDS)
        for d in decisions:
            writer.writerow([d.kind, d.text, d.target, d.decided_by, d.decided_at, d.note, d.scope])
    return len(decisions)


def import_decisions(settings: Settings, source: Path, *, username: str, role: str,
                     scope_code: str) -> tuple[Applied | None, list[str]]:
    """Take another home's decisions: valid ones are added (audited) and applied; each one that
    does not fit here (a code this catalogue or registry lacks) is named in a message."""
    taken, refused = [], []
    now = datetime.now().isoformat(timespec="seconds")
    for d in read_decisions(source):
        try:
            valid = validate(settings, d.kind, d.text, d.target, d.scope)
        except MappingError as error:
            refused.append(f"「{d.text}」→ {d.target}：{error}")
            continue
        taken.append(Decision(valid.kind, valid.text, valid.target, username, now,
                              f"导入自 {source.name}" + (f"（原由 {d.decided_by} 确认）" if d.decided_by else ""),
                              valid.scope))
    if not taken:
        return None, refused
    append_decisions(settings, taken)
    applied = apply(settings, taken)
    record(settings, AuditEvent("mapping", username, role, scope_code, {
        "imported_from": source.name, "decisions": len(taken), "refused": len(refused),
        "reread": list(applied.reread), "missing": list(applied.missing)}))
    return applied, refused
