"""Which rows a viewer may see, as a SQL condition with bound parameters.

Every query function takes a ``Scope`` (the signed-in account's, perhaps narrowed) and filters by
it in SQL through ``scope_clause``, so the query cache is keyed by scope too: community staff get
their community's rows only, street roles their street's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Scope:
    """Which rows a viewer may see: the whole city, one street or one community."""

    level: Literal["city", "street", "community"] = "city"
    code: str | None = None

    def __post_init__(self) -> None:
        if self.level not in ("city", "street", "community"):
            raise ValueError(f"未知的范围级别：{self.level}")
        if self.level != "city" and not self.code:
            raise ValueError("街道或社区范围必须给出代码")


CITY = Scope()


def scope_clause(scope: Scope, column: str = "community_code") -> tuple[str, tuple[object, ...]]:
    """SQL condition on a community-code column that keeps only rows inside the scope."""
    if scope.level == "city":
        if scope.code is None:
            return "true", ()
        return (f"{column} in (select community_code from dim_community where city_code = ?)",
                (scope.code,))
    if scope.level == "street":
        return (f"{column} in (select community_code from dim_community where street_code = ?)",
                (scope.code,))
    return f"{column} = ?", (scope.code,)
