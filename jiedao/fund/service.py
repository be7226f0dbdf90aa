"""One call for the command and the page: the ledger, the rules and the registry → the year's
findings and fund use, for all communities or those under a city, street or community code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from jiedao.fund.check import check_ledger
from jiedao.fund.model import CheckResult, Ledger
from jiedao.fund.registry import RegistryCommunity, in_scope, registry_communities
from jiedao.fund.rules import FundRules, load_rules
from jiedao.fund.store import load_ledger
from jiedao.fund.usage import FundUse, fund_use
from jiedao.settings import Settings


@dataclass(frozen=True)
class FundCheck:
    result: CheckResult
    use: tuple[FundUse, ...]
    ledger: Ledger                               # within the scope
    communities: dict[str, RegistryCommunity]    # within the scope
    rules: FundRules


def run_check(settings: Settings, year: int, *, as_of: dt.date | None = None, scope_code: str | None = None,
              communities: Mapping[str, RegistryCommunity] | None = None) -> FundCheck:
    """The communities under ``scope_code`` of the registry — or exactly ``communities`` when the
    caller already holds the viewer's (the dashboard's data layer). Raises RulesError (Chinese,
    names the rules file) when the rules cannot be read."""
    rules = load_rules(settings)
    chosen = dict(communities) if communities is not None else in_scope(registry_communities(settings), scope_code)
    ledger = load_ledger(settings).within(set(chosen))
    names = {code: item.community_name for code, item in chosen.items()}
    result = check_ledger(ledger, rules, year, as_of=as_of, names=names)
    return FundCheck(result, tuple(fund_use(ledger, year, names, result.findings)), ledger, chosen, rules)
