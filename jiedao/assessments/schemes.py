"""Assessment schemes: one YAML file per scheme, read into frozen records and checked.

A scheme is data, not code. The shipped schemes live in ``schemes/`` beside the project; a user
adds one by writing a file into ``<home>/schemes/`` (the same format; a user file with the code
of a shipped scheme replaces it). The format, with every key:

.. code-block:: yaml

    code: shixingji                      # letters, digits, _ (used on the command line)
    name: 十星级和谐社区
    description: 一句话说明（可省略）
    total: 100                           # optional: the dimensions' points must add up to it
    scorers: [street_leader, city]       # who enters manual scores (管理员 always; never community_staff)
    workflow:                            # the yearly steps, in order, and the roles that record each
      - {step: 社区自荐, roles: [community_staff]}
      - {step: 街道审查, roles: [street_leader]}
      - {step: 检查验收, roles: [city]}
    rating:
      star_at: 9                         # a dimension scoring ≥ 9 earns a star (leave out: no stars)
      levels:                            # the first one met, from the top: stars and/or total
        - {name: 十星级, stars: 10}
        - {name: 达标, stars: 7}
      pass_level: 达标                   # this level and those above it are 达标
      otherwise: 未达标
    dimensions:
      - name: 社区服务
        max: 10                          # = the criteria's max added up; or instead weight: 20 —
                                         # its points in the total, the criteria scaled to it
        criteria:
          - {name: 年度为民办实事, max: 3, kind: manual, evidence: 项目清单、验收单}
          - name: 诉求办结率达到目标
            max: 4
            kind: target                 # points = max × value ÷ target (capped at max)
            indicator: petition_resolution_rate
            # target: 95, operator: ">="   # optional; default: the warehouse's (seeds/targets.csv)
          - name: 调解矛盾纠纷
            max: 3
            kind: threshold              # the first band met; none met: 0
            indicator: disputes_mediated
            bands: [{at_least: 60, points: 3}, {at_least: 45, points: 2}]
          - name: 诉求办结率街道排名
            max: 2
            kind: rank                   # rank among the street's (within: street) or city's
            indicator: petition_resolution_rate   # or score: composite | target_ratio (mart_scores)
            within: street
            bands: [{top: 1, points: 2}, {top_percent: 50, points: 1}]

Automatic criteria read the year's figures of the published warehouse; a figure not reported
scores 0 (not reporting is never rewarded). A manual criterion scores what an authorised person
entered with its evidence (a note, an attached file's name); until then it counts 0 (待评分).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from jiedao.accounts import ROLES

CODE = re.compile(r"^[a-z][a-z0-9_]{1,40}$")
KINDS = {"manual": "人工评分", "threshold": "达标线", "target": "目标完成率", "rank": "排名"}
SCORES = ("composite", "target_ratio")
TOP_KEYS = {"code", "name", "description", "total", "scorers", "workflow", "rating", "dimensions"}
DIMENSION_KEYS = {"name", "max", "weight", "criteria"}
CRITERION_KEYS = {"name", "max", "kind", "evidence", "indicator", "score", "target", "operator",
                  "within", "bands", "note"}
RATING_KEYS = {"star_at", "levels", "pass_level", "otherwise"}


class SchemeError(ValueError):
    """A scheme file that cannot be used; the message is Chinese and names the file and key."""


@dataclass(frozen=True)
class Band:
    points: float
    at_least: float | None = None      # threshold
    at_most: float | None = None
    top: int | None = None             # rank: rank ≤ top
    top_percent: float | None = None   # rank: within the best top_percent % of those ranked

    def describe(self) -> str:
        if self.at_least is not None:
            return f"≥{self.at_least:g}"
        if self.at_most is not None:
            return f"≤{self.at_most:g}"
        if self.top is not None:
            return f"前 {self.top} 名"
        return f"前 {self.top_percent:g}%"


@dataclass(frozen=True)
class Criterion:
    name: str
    max: float
    kind: str                          # manual | threshold | target | rank
    evidence: str = ""                 # manual: what evidence to attach
    indicator: str = ""                # threshold, target, rank (by an indicator)
    score: str = ""                    # rank by mart_scores: composite | target_ratio
    target: float | None = None        # target: the scheme's own target (else the warehouse's)
    operator: str = ">="
    within: str = "street"             # rank: street | city
    bands: tuple[Band, ...] = ()
    note: str = ""

    @property
    def automatic(self) -> bool:
        return self.kind != "manual"


@dataclass(frozen=True)
class Dimension:
    name: str
    max: float                         # the dimension's points in the total
    criteria: tuple[Criterion, ...]
    weighted: bool = False             # criteria scaled to max (weight) rather than summed

    @property
    def criteria_max(self) -> float:
        return sum(criterion.max for criterion in self.criteria)


@dataclass(frozen=True)
class Level:
    name: str
    stars: int | None = None
    total: float | None = None


@dataclass(frozen=True)
class Step:
    name: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Scheme:
    code: str
    name: str
    description: str
    dimensions: tuple[Dimension, ...]
    scorers: tuple[str, ...]
    workflow: tuple[Step, ...]
    star_at: float | None
    levels: tuple[Level, ...]
    pass_level: str
    otherwise: str
    source: Path

    @property
    def total(self) -> float:
        return sum(dimension.max for dimension in self.dimensions)

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.indicator for d in self.dimensions for c in d.criteria if c.indicator))

    def criterion(self, key: str) -> tuple[Dimension, Criterion]:
        for dimension in self.dimensions:
            for criterion in dimension.criteria:
                if criterion_key(dimension, criterion) == key:
                    return dimension, criterion
        raise KeyError(key)


def criterion_key(dimension: Dimension, criterion: Criterion) -> str:
    """How a criterion is named in stored scores: 「维度·细则」 (names are unique in a scheme)."""
    return f"{dimension.name}·{criterion.name}"


@dataclass(frozen=True)
class Catalogue:
    """What a scheme is checked against: indicator code → (name, unit, direction), and the
    indicators with a yearly target in seeds/targets.csv."""
    indicators: dict[str, tuple[str, str, str]]
    yearly_targets: frozenset[str]


def read_catalogue(seeds_dir: Path) -> Catalogue:
    with open(seeds_dir / "indicators.csv", encoding="utf-8", newline="") as handle:
        indicators = {row["indicator_code"]: (row["indicator_name"], row["unit"], row["direction"])
                      for row in csv.DictReader(handle)}
    with open(seeds_dir / "targets.csv", encoding="utf-8", newline="") as handle:
        targets = frozenset(row["indicator_code"] for row in csv.DictReader(handle)
                            if (row.get("grain") or "") in ("", "year") and not (row.get("period") or ""))
    return Catalogue(indicators, targets)


def scheme_dirs(project_dir: Path, home: Path) -> list[Path]:
    return [project_dir / "schemes", home / "schemes"]


def load_schemes(dirs: list[Path], catalogue: Catalogue) -> dict[str, Scheme]:
    """Every scheme in these folders (later folders replace earlier codes). Raises SchemeError on
    the first bad file."""
    schemes: dict[str, Scheme] = {}
    for folder in dirs:
        for path in sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            scheme = parse_scheme(path, catalogue)
            schemes[scheme.code] = scheme
    return schemes


@dataclass(frozen=True)
class _Where:
    """Builds the Chinese message: the file, then where in it (维度「…」细则「…」), then the key."""
    path: Path
    place: str = ""

    def at(self, place: str) -> "_Where":
        return _Where(self.path, self.place + place)

    def fail(self, message: str) -> SchemeError:
        return SchemeError(f"考核方案「{self.path.name}」{self.place}：{message}")


def parse_scheme(path: Path, catalogue: Catalogue) -> Scheme:
    where = _Where(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise where.fail(f"无法读取（{str(error).splitlines()[0]}）") from None
    if not isinstance(raw, dict):
        raise where.fail("内容应为键值对（code、name、dimensions……）")
    check_keys(raw, TOP_KEYS, where)
    for key in ("code", "name", "dimensions"):
        if not raw.get(key):
            raise where.fail(f"缺少「{key}」")
    code = str(raw["code"])
    if not CODE.match(code):
        raise where.fail(f"code「{code}」只能用小写字母、数字和下划线，以字母开头")
    if not isinstance(raw["dimensions"], list):
        raise where.fail("dimensions 应为列表（每项一个维度）")
    dimensions = tuple(parse_dimension(item, index, catalogue, where)
                       for index, item in enumerate(raw["dimensions"], start=1))
    unique([d.name for d in dimensions], "维度", where)
    if raw.get("total") is not None:
        total = number(raw["total"], "total", where)
        if abs(sum(d.max for d in dimensions) - total) > 1e-9:
            raise where.fail(f"各维度分值合计 {sum(d.max for d in dimensions):g}，与 total {total:g} 不符")
    scorers = roles(raw.get("scorers", ["street_leader", "city"]), "scorers", where)
    if "community_staff" in scorers:
        raise where.fail("scorers 不能包含 community_staff：社区不能为自己评分")
    workflow = parse_workflow(raw.get("workflow") or [], where)
    rating = raw.get("rating") or {}
    if not isinstance(rating, dict):
        raise where.fail("rating 应为键值对（star_at、levels……）")
    check_keys(rating, RATING_KEYS, where.at("rating"))
    star_at = number(rating["star_at"], "rating.star_at", where) if rating.get("star_at") is not None else None
    if star_at is not None and star_at > min(d.max for d in dimensions):
        raise where.fail(f"rating.star_at {star_at:g} 高于某个维度的满分，该维度永远得不到星")
    levels = tuple(parse_level(item, len(dimensions), star_at, where) for item in rating.get("levels") or [])
    unique([level.name for level in levels], "评定等级", where)
    pass_level = str(rating.get("pass_level") or (levels[-1].name if levels else ""))
    if levels and pass_level not in {level.name for level in levels}:
        raise where.fail(f"rating.pass_level「{pass_level}」不是 levels 中的等级")
    return Scheme(code, str(raw["name"]), str(raw.get("description") or ""), dimensions, scorers, workflow,
                  star_at, levels, pass_level, str(rating.get("otherwise") or "未达标"), path)


def parse_dimension(item: object, index: int, catalogue: Catalogue, where: _Where) -> Dimension:
    if not isinstance(item, dict) or not item.get("name"):
        raise where.fail(f"dimensions 第 {index} 项应有 name 和 criteria")
    here = where.at(f"维度「{item['name']}」")
    check_keys(item, DIMENSION_KEYS, here)
    if not isinstance(item.get("criteria"), list) or not item["criteria"]:
        raise here.fail("缺少「criteria」（至少一条细则）")
    criteria = tuple(parse_criterion(entry, n, catalogue, here) for n, entry in enumerate(item["criteria"], start=1))
    unique([c.name for c in criteria], "细则", here)
    if ("max" in item) == ("weight" in item):
        raise here.fail("应给出 max（各细则分值之和）或 weight（权重分值）之一")
    if "weight" in item:
        return Dimension(str(item["name"]), positive(item["weight"], "weight", here), criteria, weighted=True)
    top = positive(item["max"], "max", here)
    if abs(sum(c.max for c in criteria) - top) > 1e-9:
        raise here.fail(f"各细则满分合计 {sum(c.max for c in criteria):g}，与 max {top:g} 不符")
    return Dimension(str(item["name"]), top, criteria)


def parse_criterion(item: object, index: int, catalogue: Catalogue, where: _Where) -> Criterion:
    if not isinstance(item, dict) or not item.get("name"):
        raise where.fail(f"criteria 第 {index} 项应有 name、max 和 kind")
    here = where.at(f"细则「{item['name']}」")
    check_keys(item, CRITERION_KEYS, here)
    kind = item.get("kind")
    if kind not in KINDS:
        raise here.fail(f"kind 应为 {'、'.join(KINDS)} 之一")
    top = positive(item.get("max"), "max", here)
    fields: dict = {"name": str(item["name"]), "max": top, "kind": kind, "note": str(item.get("note") or "")}
    if kind == "manual":
        return Criterion(**fields, evidence=str(item.get("evidence") or ""))
    if kind == "rank" and item.get("score"):
        if item["score"] not in SCORES:
            raise here.fail(f"score 应为 {'、'.join(SCORES)} 之一（mart_scores 的评分方法）")
        fields["score"] = str(item["score"])
    else:
        code = str(item.get("indicator") or "")
        if not code:
            raise here.fail("缺少「indicator」（指标代码，见 seeds/indicators.csv）")
        if code not in catalogue.indicators:
            raise here.fail(f"指标目录中没有「{code}」")
        fields["indicator"] = code
        if kind == "rank" and catalogue.indicators[code][2] not in ("higher_better", "lower_better"):
            raise here.fail(f"「{code}」没有好坏方向（direction 为 neutral），不能排名")
    if kind == "target":
        if item.get("target") is not None:
            fields["target"] = number(item["target"], "target", here)
        elif fields["indicator"] not in catalogue.yearly_targets:
            raise here.fail(f"seeds/targets.csv 中没有「{fields['indicator']}」的年度目标，请用 target 给出")
        operator = str(item.get("operator", ">="))
        if operator not in (">=", "<="):
            raise here.fail("operator 应为 \">=\" 或 \"<=\"")
        fields["operator"] = operator
        return Criterion(**fields)
    if kind == "rank":
        within = str(item.get("within", "street"))
        if within not in ("street", "city"):
            raise here.fail("within 应为 street（街道内）或 city（全市）")
        fields["within"] = within
    fields["bands"] = parse_bands(item.get("bands"), kind, top, here)
    return Criterion(**fields)


def parse_bands(raw: object, kind: str, top: float, where: _Where) -> tuple[Band, ...]:
    keys = ("at_least", "at_most") if kind == "threshold" else ("top", "top_percent")
    if not isinstance(raw, list) or not raw:
        raise where.fail(f"缺少「bands」（如 [{{{keys[0]}: …, points: …}}]，从高分到低分）")
    bands = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or "points" not in item or len([k for k in keys if k in item]) != 1 \
                or set(item) - {"points", *keys}:
            raise where.fail(f"bands 第 {n} 项应为 {{{keys[0]} 或 {keys[1]}: 数值, points: 分值}}")
        points = number(item["points"], f"bands 第 {n} 项的 points", where)
        if not 0 <= points <= top:
            raise where.fail(f"bands 第 {n} 项的 points {points:g} 应在 0 到满分 {top:g} 之间")
        key = next(k for k in keys if k in item)
        value = number(item[key], f"bands 第 {n} 项的 {key}", where)
        if key == "top":
            value = int(value)
        bands.append(Band(points, **{key: value}))
    return tuple(bands)


def parse_workflow(raw: object, where: _Where) -> tuple[Step, ...]:
    if not isinstance(raw, list):
        raise where.fail("workflow 应为列表（每项 {step: 名称, roles: [角色]}）")
    steps = []
    for n, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not item.get("step"):
            raise where.fail(f"workflow 第 {n} 项应为 {{step: 名称, roles: [角色]}}")
        steps.append(Step(str(item["step"]), roles(item.get("roles") or [], f"workflow「{item['step']}」的 roles", where)))
    unique([step.name for step in steps], "流程步骤", where)
    return tuple(steps)


def parse_level(item: object, dimensions: int, star_at: float | None, where: _Where) -> Level:
    if not isinstance(item, dict) or not item.get("name") or not ({"stars", "total"} & set(item)):
        raise where.fail("rating.levels 每项应为 {name: 等级, stars: 星数} 或 {name: 等级, total: 总分}")
    stars = int(number(item["stars"], f"等级「{item['name']}」的 stars", where)) if "stars" in item else None
    if stars is not None and (star_at is None or not 0 <= stars <= dimensions):
        raise where.fail(f"等级「{item['name']}」的 stars 应在 0 到维度数 {dimensions} 之间，且须给出 rating.star_at")
    total = number(item["total"], f"等级「{item['name']}」的 total", where) if "total" in item else None
    return Level(str(item["name"]), stars, total)


def check_keys(raw: dict, allowed: set[str], where: _Where) -> None:
    unknown = sorted(str(key) for key in raw if key not in allowed)
    if unknown:
        raise where.fail(f"未知的键「{'」「'.join(unknown)}」（可用：{'、'.join(sorted(allowed))}）")


def roles(raw: object, key: str, where: _Where) -> tuple[str, ...]:
    if not isinstance(raw, list) or any(role not in ROLES for role in raw):
        raise where.fail(f"{key} 应为角色列表，角色为 {'、'.join(ROLES)} 之一")
    return tuple(str(role) for role in raw)


def unique(names: list[str], what: str, where: _Where) -> None:
    seen = {name for name in names if names.count(name) > 1}
    if seen:
        raise where.fail(f"{what}名称重复：「{'」「'.join(sorted(seen))}」")


def number(value: object, key: str, where: _Where) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise where.fail(f"{key} 应为数值（现为「{value}」）")
    return float(value)


def positive(value: object, key: str, where: _Where) -> float:
    found = number(value, key, where)
    if found <= 0:
        raise where.fail(f"{key} 应大于 0")
    return found
