"""Pure functions DataFrame → plotly Figure, readable when printed in grayscale.

Series are told apart by lightness, dash style, marker shape and fill pattern, never by hue
alone; heatmaps use colour scales whose lightness changes monotonically and print their values.
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif"
GRAYS = ("#111111", "#555555", "#888888", "#AAAAAA", "#333333")
DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")
# dark = worse, light = better: still ordered when printed without colour
GAP_SCALE = [[0.0, "#3b0f0f"], [0.5, "#c9a227"], [1.0, "#f2f2d0"]]
MAX_UNIT_TICKS = 40  # rank axes tick every rank up to this span, else plotly picks the ticks
STATUS_STYLE = {  # status → (matrix value, colour, symbol printed in the cell, label)
    "reported": (2, "#4c9a2a", "✓", "按时报齐"),
    "partial": (1, "#e0a800", "△", "部分"),
    "late": (1, "#e0a800", "迟", "迟报"),
    "partial_late": (1, "#e0a800", "△迟", "部分且迟报"),
    "missing": (0, "#b22222", "✗", "缺报"),
}


def plain(labels: object) -> list[str]:
    """Labels from spreadsheets (community and indicator names) as text: plotly would read
    <b>, <br> or <a href> in them as markup, so they are HTML-escaped (plotly shows entities)."""
    return [html.escape(str(label), quote=False) for label in labels]  # type: ignore[attr-defined]


def _layout(figure: go.Figure, title: str, height: int | None = None) -> go.Figure:
    figure.update_layout(title=plain([title])[0], font={"family": FONT, "size": 13}, template="simple_white",
                         margin={"l": 10, "r": 10, "t": 50, "b": 10}, height=height,
                         legend={"orientation": "h", "y": -0.15})
    return figure


def ranking_bars(frame: pd.DataFrame, label: str, value: str, title: str,
                 value_suffix: str = "") -> go.Figure:
    """Horizontal bars, best on top, each labelled with its value."""
    ordered = frame.sort_values(value, ascending=True)
    figure = go.Figure(go.Bar(
        x=ordered[value], y=plain(ordered[label]), orientation="h", marker_color=GRAYS[1],
        text=[f"{v:.1f}{value_suffix}" if pd.notna(v) else "—" for v in ordered[value]],
        textposition="outside", cliponaxis=False))
    figure.update_xaxes(title=None)
    return _layout(figure, title, height=max(300, 24 * len(ordered) + 80))


def rank_intervals(frame: pd.DataFrame, label: str = "community_name", rank: str = "rank",
                   low: str = "rank_p05", high: str = "rank_p95", title: str = "名次区间") -> go.Figure:
    """Each community's plausible ranks as a bar (5%–95%) with its official rank as a mark.

    Overlapping bars mean the two ranks are, in truth, a tie.
    """
    ordered = frame.sort_values(rank, ascending=False)
    span = (ordered[high] - ordered[low]).astype(float)
    figure = go.Figure()
    figure.add_bar(x=span.where(span > 0, 0.15), base=ordered[low].astype(float) - (span == 0) * 0.075,
                   y=plain(ordered[label]), orientation="h", marker_color=GRAYS[3], name="可能名次（5%–95%）",
                   hovertemplate="%{y}: 第%{base:.0f}名起<extra></extra>")
    figure.add_scatter(x=ordered[rank], y=plain(ordered[label]), mode="markers", name="正式名次",
                       marker={"symbol": "diamond", "size": 10, "color": GRAYS[0]})
    # One tick per rank only over a short range: over thousands of ranks it is thousands of
    # ticks and grid lines, which alone keep a browser busy for a minute.
    ranks = pd.concat([ordered[rank], ordered[low], ordered[high]]).astype(float)
    few = ranks.notna().any() and ranks.max() - ranks.min() <= MAX_UNIT_TICKS
    figure.update_xaxes(title="名次（1 为最好）", autorange="reversed", dtick=1 if few else None,
                        tickformat="d")
    return _layout(figure, title, height=max(300, 24 * len(ordered) + 100))


def gap_heatmap(matrix: pd.DataFrame, text: pd.DataFrame, title: str, colorbar_title: str, *,
                hover: pd.DataFrame | None = None, zrange: tuple[float, float] | None = None,
                ticks: list[str] | None = None) -> go.Figure:
    """Communities (rows) × indicators (columns), cells printing `text`. Coloured by `matrix` on
    one scale for every column: `zrange` (low = worst, with `ticks` at low, middle and high), or
    by default symmetric around 0 (positive = better than the reference). `hover`: each cell's
    hover text (default: its printed text)."""
    if zrange is None:
        limit = float(matrix.abs().max().max()) if matrix.size else 1.0
        zrange = (-(limit or 1.0), limit or 1.0)
    low, high = zrange
    colorbar: dict[str, object] = {"title": colorbar_title}
    if ticks:
        colorbar |= {"tickvals": [low, (low + high) / 2, high], "ticktext": ticks}
    figure = go.Figure(go.Heatmap(
        z=matrix.values, x=plain(matrix.columns), y=plain(matrix.index), zmin=low, zmax=high,
        colorscale=GAP_SCALE, text=text.values, texttemplate="%{text}",
        colorbar=colorbar, hoverongaps=False, hoverinfo="skip"))
    # A heatmap cell cannot be selected in plotly, so an invisible mark sits on every cell with
    # a value: clicking a cell selects it (x = indicator, y = community) and it carries the hover.
    cells = matrix.where(matrix.notna()).stack().dropna().index  # (row, column) with a value
    hovers = text if hover is None else hover
    figure.add_scatter(
        x=plain(cells.get_level_values(1)), y=plain(cells.get_level_values(0)), mode="markers",
        text=[text.at[row, column] for row, column in cells],
        hovertext=plain(hovers.at[row, column] for row, column in cells), showlegend=False,
        marker={"size": 18, "symbol": "square", "opacity": 0},
        hovertemplate="%{y} · %{x}：%{hovertext}<extra></extra>")
    figure.update_yaxes(autorange="reversed")
    return _layout(figure, title, height=max(320, 26 * len(matrix.index) + 120))


def trend(frame: pd.DataFrame, title: str, unit: str) -> go.Figure:
    """Value over months (hollow marks = approximate), against target and peer median."""
    figure = go.Figure()
    approximate = frame["is_approximate"].fillna(False).astype(bool)
    figure.add_scatter(x=frame["period"], y=frame["value"], name="本社区", mode="lines+markers",
                       line={"color": GRAYS[0], "width": 3},
                       marker={"size": 10, "color": GRAYS[0],
                               "symbol": ["circle-open" if a else "circle" for a in approximate]})
    if frame["target_value"].notna().any():
        figure.add_scatter(x=frame["period"], y=frame["target_value"], name="目标",
                           mode="lines", line={"color": GRAYS[1], "dash": "dash"})
    if frame["peer_median"].notna().any():
        figure.add_scatter(x=frame["period"], y=frame["peer_median"], name="同类社区中位数",
                           mode="lines+markers", line={"color": GRAYS[2], "dash": "dot"},
                           marker={"symbol": "square"})
    figure.update_yaxes(title=unit)
    figure.update_xaxes(type="category")
    return _layout(figure, title, height=360)


def received_vs_resolved(frame: pd.DataFrame, title: str = "诉求受理与办结") -> go.Figure:
    figure = go.Figure()
    figure.add_bar(x=frame["period"], y=frame["petitions_received"], name="受理数",
                   marker={"color": GRAYS[3], "pattern": {"shape": "/"}})
    figure.add_bar(x=frame["period"], y=frame["petitions_resolved"], name="办结数",
                   marker={"color": GRAYS[0]})
    figure.update_layout(barmode="group")
    figure.update_xaxes(type="category")
    figure.update_yaxes(title="件")
    return _layout(figure, title, height=340)


def radar(frame: pd.DataFrame, title: str = "指标雷达图") -> go.Figure:
    """frame: one row per community (index = name), one column per indicator, values 0–1."""
    figure = go.Figure()
    axes = plain(frame.columns)
    for position, (name, row) in enumerate(frame.iterrows()):
        values = row.fillna(0).tolist()
        figure.add_scatterpolar(
            r=values + values[:1], theta=axes + axes[:1], name=plain([name])[0], mode="lines+markers",
            line={"color": GRAYS[position % len(GRAYS)], "dash": DASHES[position % len(DASHES)],
                  "width": 2},
            marker={"symbol": SYMBOLS[position % len(SYMBOLS)], "size": 8})
    figure.update_layout(polar={"radialaxis": {"range": [0, 1], "tickformat": ".0%"}})
    return _layout(figure, title, height=460)


def submission_matrix(frame: pd.DataFrame, title: str = "报送情况") -> go.Figure:
    """frame: rows = communities, columns = months, cells = status (reported/late/partial/
    partial_late/missing); only reported (on time and complete) prints ✓."""
    values = frame.map(lambda status: STATUS_STYLE.get(status, STATUS_STYLE["missing"])[0])
    symbols = frame.map(lambda status: STATUS_STYLE.get(status, STATUS_STYLE["missing"])[2])
    colours = [[0.0, STATUS_STYLE["missing"][1]], [0.33, STATUS_STYLE["missing"][1]],
               [0.34, STATUS_STYLE["partial"][1]], [0.66, STATUS_STYLE["partial"][1]],
               [0.67, STATUS_STYLE["reported"][1]], [1.0, STATUS_STYLE["reported"][1]]]
    figure = go.Figure(go.Heatmap(
        z=values.values, x=list(frame.columns), y=plain(frame.index), zmin=0, zmax=2,
        colorscale=colours, text=symbols.values, texttemplate="%{text}",
        textfont={"size": 16, "color": "#000000"}, showscale=False, xgap=2, ygap=2))
    figure.update_yaxes(autorange="reversed")
    figure.update_xaxes(type="category", side="top")
    figure = _layout(figure, title, height=max(320, 26 * len(frame.index) + 160))
    figure.update_layout(margin={"t": 130})  # room for the month labels above the cells
    return figure


def rank_changes(frame: pd.DataFrame, label: str, change: str,
                 title: str = "名次变化最大的社区") -> go.Figure:
    """Horizontal bars of rank change (positive = moved up), climbers on top; a fall is dark
    and hatched, a climb light, so the two read apart in grayscale too."""
    ordered = frame.sort_values(change, ascending=True)
    values = ordered[change].astype(float)
    figure = go.Figure(go.Bar(
        x=values, y=plain(ordered[label]), orientation="h",
        marker={"color": [GRAYS[0] if v < 0 else GRAYS[3] for v in values],
                "pattern": {"shape": ["/" if v < 0 else "" for v in values]}},
        text=[f"↑{v:.0f}" if v > 0 else f"↓{-v:.0f}" if v < 0 else "→" for v in values],
        textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{text}<extra></extra>"))
    figure.update_xaxes(title="名次变化（正数=上升）", zeroline=True, tickformat="d")
    return _layout(figure, title, height=max(300, 28 * len(ordered) + 100))
