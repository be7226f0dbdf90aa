"""The fund's compliance rules, read from a data file a person edits (``rules/fund_rules.yml``;
``<home>/rules/fund_rules.yml`` wins when present). The file's own comments explain each key.

Each rule is one of a fixed set of kinds (the engine in ``check.py`` knows how to test each);
its thresholds, dates, category list, name and basis are data:

=================  ==========================================  ===========================
rule               what it checks                              parameter
=================  ==========================================  ===========================
forbidden_use      a project's category is a forbidden use     forbidden_categories: [..]
group_share        小组/团队 projects' share of the allocation  max_percent: 20
allocation_total   projects together within the allocation    (none)
publicity          publicity lasted enough working days        min_working_days: 3
approval           approved soon enough after publicity        max_working_days: 5
yearly_report      the year's report by a date                 due: "12-01"
disclosure         the year's public disclosure by a date      due: "12-20"
=================  ==========================================  ===========================

Any rule takes ``name`` (shown in findings), ``basis`` (the rule as published) and
``enabled: false`` to switch it off. A rule left out of the file is not checked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

from jiedao.settings import Settings

PARAMETERS: dict[str, tuple[str, ...]] = {
    "forbidden_use": ("forbidden_categories",),
    "group_share": ("max_percent",),
    "allocation_total": (),
    "publicity": ("min_working_days",),
    "approval": ("max_working_days",),
    "yearly_report": ("due",),
    "disclosure": ("due",),
}
DEFAULT_NAMES = {"forbidden_use": "禁止用途", "group_share": "小组/团队项目占比", "allocation_total": "不超过年度经费",
                 "publicity": "项目公示", "approval": "审批时限", "yearly_report": "年度报告", "disclosure": "年度公开"}
MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


class RulesError(ValueError):
    """A rules file that cannot be used; the message is Chinese and names the file."""


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    basis: str = ""
    forbidden_categories: tuple[str, ...] = ()
    max_percent: Decimal = Decimal(0)
    min_working_days: int = 0
    max_working_days: int = 0
    due: tuple[int, int] = (12, 31)          # (month, day) in the ledger's year

    def due_date(self, year: int) -> dt.date:
        return dt.date(year, *self.due)


@dataclass(frozen=True)
class FundRules:
    source: Path
    categories: tuple[str, ...]
    rules: tuple[Rule, ...]

    def get(self, code: str) -> Rule | None:
        """The rule if the file has it and it is switched on."""
        return next((rule for rule in self.rules if rule.code == code), None)


def rules_path(settings: Settings) -> Path:
    """The data home's own copy when there is one, else the shipped file."""
    own = settings.home / "rules" / "fund_rules.yml"
    return own if own.exists() else settings.project_dir / "rules" / "fund_rules.yml"


def load_rules(settings: Settings) -> FundRules:
    return read_rules(rules_path(settings))


def read_rules(path: Path) -> FundRules:
    where = f"经费规则文件「{path}」"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"找不到{where}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise RulesError(f"{where}无法读取：{str(error).splitlines()[0]}") from None
    if not isinstance(raw, dict) or not isinstance(raw.get("rules"), dict):
        raise RulesError(f"{where}应有 rules: 一节，每条规则一项")
    categories = _texts(raw.get("categories") or [], f"{where}的 categories")
    rules = []
    for code, body in raw["rules"].items():
        if code not in PARAMETERS:
            raise RulesError(f"{where}中有未知规则「{code}」，可用：{'、'.join(PARAMETERS)}")
        body = body or {}
        if not isinstance(body, dict):
            raise RulesError(f"{where}中规则「{code}」应是键值对（name、basis 和参数）")
        if body.get("enabled", True) is False:
            continue
        rules.append(_rule(code, body, f"{where}中规则「{code}」"))
    return FundRules(path, categories, tuple(rules))


def _rule(code: str, body: dict, where: str) -> Rule:
    missing = [name for name in PARAMETERS[code] if name not in body]
    if missing:
        raise RulesError(f"{where}缺少参数 {'、'.join(missing)}")
    values: dict[str, object] = {"code": code, "name": str(body.get("name") or DEFAULT_NAMES[code]),
                                 "basis": str(body.get("basis") or "")}
    if "forbidden_categories" in PARAMETERS[code]:
        values["forbidden_categories"] = _texts(body["forbidden_categories"], f"{where}的 forbidden_categories")
    if "max_percent" in PARAMETERS[code]:
        try:
            percent = Decimal(str(body["max_percent"]))
        except InvalidOperation:
            percent = Decimal(-1)
        if not 0 <= percent <= 100:
            raise RulesError(f"{where}的 max_percent 应是 0 到 100 之间的数，收到「{body['max_percent']}」")
        values["max_percent"] = percent
    for name in ("min_working_days", "max_working_days"):
        if name in PARAMETERS[code]:
            days = body[name]
            if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 60:
                raise RulesError(f"{where}的 {name} 应是 1 到 60 之间的整数（工作日），收到「{days}」")
            values[name] = days
    if "due" in PARAMETERS[code]:
        values["due"] = _month_day(str(body["due"]), where)
    return Rule(**values)  # type: ignore[arg-type]


def _month_day(text: str, where: str) -> tuple[int, int]:
    match = MONTH_DAY.match(text.strip())
    try:
        if match is None:
            raise ValueError
        month, day = int(match.group(1)), int(match.group(2))
        dt.date(2024, month, day)   # a leap year: 02-29 is allowed
        return month, day
    except ValueError:
        raise RulesError(f"{where}的 due 应写成「月-日」，如 \"12-01\"，收到「{text}」") from None


def _texts(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, (str, int)) for item in value):
        raise RulesError(f"{where}应是一个列表，如 [宴请招待, 偿还债务]")
    return tuple(normalize_category(str(item)) for item in value if str(item).strip())


def normalize_category(text: str) -> str:
    """Categories are compared without spaces (全角 or 半角)."""
    return re.sub(r"\s+", "", text.replace("\u3000", " "))
