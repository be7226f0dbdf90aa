"""Charts over many communities show one slice at a time, chosen beside the chart.

A bar or heatmap row per community reads well up to a few dozen rows; at thousands it is a
page tens of thousands of pixels tall that takes the browser seconds to draw and nobody reads.
Tables keep every row (they scroll, sort and search); charts show `CHART_ROWS` of the ordered
rows — by default both ends, or a slice the viewer picks — and say how many they show.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

CHART_ROWS = 40
ENDS = -1  # the option "the first and the last CHART_ROWS / 2"


def slices(total: int, size: int = CHART_ROWS, *, ends: bool = True) -> list[int]:
    """Start positions of the slices a chart can show (ENDS first when offered)."""
    return ([ENDS] if ends else []) + list(range(0, total, size))


def take(frame: pd.DataFrame, start: int, size: int = CHART_ROWS) -> pd.DataFrame:
    """The rows of one slice of an ordered frame (ENDS: first and last size / 2)."""
    if start == ENDS:
        half = size // 2
        return pd.concat([frame.iloc[:half], frame.iloc[len(frame) - half:]])
    return frame.iloc[start:start + size]


def slice_label(start: int, total: int, unit: str, size: int = CHART_ROWS,
                ends_label: str | None = None, prefix: str = "") -> str:
    """"第41–80名" for a slice (after `prefix`); `ends_label` (default "前20名与后20名") for ENDS."""
    if start == ENDS:
        return ends_label or f"前{size // 2}{unit}与后{size // 2}{unit}"
    return f"{prefix}第{start + 1:,}–{min(start + size, total):,}{unit}"


def chart_rows(frame: pd.DataFrame, key: str, *, unit: str = "名", what: str = "社区",
               ends_label: str | None = None, ends: bool = True, prefix: str = "",
               where_all: str = "完整名单见上表（可排序、搜索，工具栏可下载）") -> pd.DataFrame:
    """The rows of an ordered frame a chart should draw: all when few, else one slice chosen
    in a selectbox, with a caption saying how many of how many the chart shows."""
    total = len(frame)
    if total <= CHART_ROWS:
        return frame
    options = slices(total, ends=ends)
    if st.session_state.get(key) not in options:
        st.session_state.pop(key, None)

    def label(start: int) -> str:
        return slice_label(start, total, unit, ends_label=ends_label, prefix=prefix)

    start = st.selectbox(f"图中显示（共{total:,}个{what}）", options, key=key, format_func=label)
    st.caption(f"共{total:,}个{what}，图中显示{label(start)}（{min(CHART_ROWS, total)}个）；{where_all}。")
    return take(frame, start)


def distinct_labels(names: pd.Series, qualifiers: pd.Series) -> pd.Series:
    """Names as chart labels, with the qualifier (e.g. the street) added where a name repeats:
    charts draw one row per label, so two communities of one name would share a row."""
    repeated = names.duplicated(keep=False)
    if not repeated.any():
        return names
    return names.where(~repeated, names + "（" + qualifiers.astype(str) + "）")
