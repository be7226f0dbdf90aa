"""What a viewer may see, as the scope tests check it: one community account and the registry's
other communities, and every string a page or a data function hands out, searched for them."""

from __future__ import annotations

import csv
import json

import pandas as pd
from google.protobuf.json_format import MessageToJson

from warehouse_facts import SEEDS

OWN = "654201002002"  # 公园街社区居委会, 杜别克街道: has an anomaly finding; its street's file a problem
with open(SEEDS / "registry_communities.csv", encoding="utf-8") as handle:
    REGISTRY = list(csv.DictReader(handle))
NAMES = {row["community_code"]: row["community_name"] for row in REGISTRY}
STREET_OF = {row["community_code"]: row["street_code"] for row in REGISTRY}
OTHERS = {code: name for code, name in NAMES.items() if code != OWN}
VIEWS = ("overview", "ranking", "gaps", "profile", "compare", "export", "quality",
         "catalogue")


def leaks(text: str, forbidden: dict[str, str]) -> list[str]:
    """The forbidden community codes or names that occur in the text."""
    return sorted(word for code, name in forbidden.items() for word in (code, name)
                  if word in text)


def frame_text(frame: pd.DataFrame) -> str:
    return frame.to_csv(index=False) + " ".join(map(str, frame.columns))


def rendered_text(app) -> str:
    """Every string the page sent to the browser: element protos (labels, options, values),
    table cells and chart specs."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in getattr(node, "children", {}).values():
            walk(child)
        proto = getattr(node, "proto", None)
        if getattr(node, "type", None) == "dataframe":
            parts.append(frame_text(node.value))
        elif getattr(node, "type", None) == "plotly_chart":
            parts.append(json.dumps(json.loads(proto.spec), ensure_ascii=False))
        elif proto is not None and not isinstance(proto, (str, bytes)):
            try:
                parts.append(MessageToJson(proto, ensure_ascii=False))
            except TypeError:  # not a protobuf message (a block's wrapper)
                parts.append(str(proto))

    walk(app._tree)
    return "\n".join(parts)
