"""The fill-in template as a download: the street's form, or for community staff their own row."""

from __future__ import annotations

from dashboard import data
from jiedao.settings import Settings


def template_bytes(settings: Settings, scope: data.Scope, street_code: str, month: str) -> bytes:
    """The XLSX form for one street and month, prefilled only with communities in `scope`."""
    from jiedao.template import build_template  # imported on click: the page stays light

    communities = data.communities(scope)
    communities = communities[communities["street_code"] == street_code]
    if communities.empty:
        raise ValueError(f"当前账号范围内没有街道 {street_code} 的社区")
    return build_template(settings, street_code, month,
                          communities_wanted=frozenset(communities["community_code"]))
