"""差距: communities × indicators coloured by gap to target or to the peer median; what is missing."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts, click_through, data, paging, sidebar
from dashboard.formatting import format_number, format_operator, format_period, format_value

REFERENCES = {"target": "与目标的差距", "peer": "与同类社区中位数的差距"}
RATE_UNITS = {"%", "人/千人"}  # already relative: never divided by residents again
NOT_REPORTED = "未报送"
ALL_DOMAINS = "全部"
DOMAIN_ORDER = ("民情诉求", "就业", "民政", "为老助残", "文化", "平安", "志愿服务", "党建", "基础")
# One colour scale per reference, the same in every column: the ratio to target (1 = on
# target; lower-better ones target ÷ value) capped to RATIO_RANGE, or the percentile among the
# viewer's communities (0 worst … 1 best). An unreported cell takes the worst colour.
RATIO_RANGE = (0.5, 1.5)
COLOUR_SCALES = {"target": ("目标达成比", RATIO_RANGE, ["≤50%", "100%（达标）", "≥150%"]),
                 "peer": ("本范围社区内百分位", (0.0, 1.0), ["最差", "中位", "最好"])}


def with_unreported(frame: pd.DataFrame, scope: data.Scope) -> pd.DataFrame:
    """Add a row (value null) for each community of the scope × indicator in the frame that the
    community did not report: a report that never came is a gap, not an absence of one."""
    if frame.empty:
        return frame
    indicators = frame.drop_duplicates("indicator_code")[
        ["indicator_code", "indicator_name", "unit", "direction", "domain"]]
    grid = data.communities(scope)[["community_code", "community_name", "residents"]].merge(
        indicators, how="cross")
    reported = grid.set_index(["community_code", "indicator_code"]).index.isin(
        frame.set_index(["community_code", "indicator_code"]).index)
    return pd.concat([frame, grid[~reported]], ignore_index=True).sort_values(
        ["community_code", "indicator_code"], ignore_index=True)


def gap_frame(scope: data.Scope, filters: sidebar.Filters, reference: str,
              per_thousand: bool) -> pd.DataFrame:
    """One row per community × indicator: `better` > 0 means better than the reference; an
    indicator the community did not report is a row with is_missing true (relative −1, the
    worst colour), never left out."""
    if reference == "target":
        frame = data.target_gaps(scope, filters.grain, filters.period)
        lower = frame["target_operator"].isin(["<=", "<"])
        frame["better"] = (frame["value"] - frame["target_value"]).where(
            ~lower, frame["target_value"] - frame["value"])
    else:
        frame = with_unreported(
            data.community_values(scope, filters.grain, filters.period, directional=True), scope)
        lower = frame["direction"] == "lower_better"
        frame["better"] = (frame["value"] - frame["peer_median"]).where(
            ~lower, frame["peer_median"] - frame["value"])
    frame["is_missing"] = frame["value"].isna()
    frame = frame[frame["better"].notna() | frame["is_missing"]].copy()
    if per_thousand:
        counts = ~frame["unit"].isin(RATE_UNITS)
        frame.loc[counts, "better"] = frame.loc[counts, "better"] / frame.loc[
            counts, "residents"] * 1000
    # Colour by each indicator's own spread, so 件 and 元 can share one map.
    spread = frame["better"].abs().groupby(frame["indicator_code"]).transform("max")
    frame["relative"] = (frame["better"] / spread.where(spread > 0)).fillna(0.0)
    frame.loc[frame["is_missing"], "relative"] = -1.0
    frame["colour"] = (target_ratio(frame) if reference == "target"
                       else percentile(frame, per_thousand)).fillna(COLOUR_SCALES[reference][1][0])
    return frame


def target_ratio(frame: pd.DataFrame) -> pd.Series:
    """Value ÷ target (target ÷ value where lower is better), capped to RATIO_RANGE; a
    lower-better value of 0 (or any value against a target of 0 it meets) is the best."""
    value, target = frame["value"], frame["target_value"]
    lower = frame["target_operator"].isin(["<=", "<"])
    ratio = (value / target.where(target != 0)).where(~lower, target / value.where(value != 0))
    meets = (value <= target).where(lower, value >= target)
    ratio = ratio.where(ratio.notna() | value.isna(),
                        meets.map({True: RATIO_RANGE[1], False: RATIO_RANGE[0]}))
    return ratio.clip(*RATIO_RANGE)


def percentile(frame: pd.DataFrame, per_thousand: bool) -> pd.Series:
    """Per indicator, the community's place among the viewer's communities that reported it:
    0 the worst, 1 the best (lower-better indicators turned round), 0.5 when alone."""
    value = frame["value"]
    if per_thousand:
        counts = ~frame["unit"].isin(RATE_UNITS)
        value = value.where(~counts, value / frame["residents"] * 1000)
    better = value.where(frame["direction"] != "lower_better", -value)
    ranks = better.groupby(frame["indicator_code"]).rank(method="average")
    size = better.notna().groupby(frame["indicator_code"]).transform("sum")
    return ((ranks - 1) / (size - 1).where(size > 1)).where(size > 1, 0.5).where(value.notna())


def domain_order(domains: pd.Series) -> list[str]:
    """The domains present, in the catalogue's order (others after, by name)."""
    present = set(domains.dropna())
    return ([domain for domain in DOMAIN_ORDER if domain in present]
            + sorted(present - set(DOMAIN_ORDER)))


def joined(frame: pd.DataFrame, key: str, column: str) -> pd.Series:
    """Per `key`, its `column` values joined with "、" in frame order (index: key).

    Columnwise, not a Python join per group: tens of thousands of communities stay fast.
    """
    if frame.empty:
        return pd.Series(dtype=object)
    position = frame.groupby(key, sort=False).cumcount().to_numpy()
    wide = frame.assign(_position=position).pivot(index=key, columns="_position", values=column)
    text = wide[0]
    for step in wide.columns[1:]:
        text = text.where(wide[step].isna(), text + "、" + wide[step])
    return text


def weakest(frame: pd.DataFrame, count: int = 3) -> pd.DataFrame:
    """Per community (in code order): its `count` weakest indicators below the reference, those
    it did not report first, named “（未报送）”."""
    communities = frame.drop_duplicates("community_code").sort_values("community_code")
    below = frame[frame["relative"] < 0].assign(
        name=lambda rows: rows["indicator_name"].where(
            ~rows["is_missing"], rows["indicator_name"] + f"（{NOT_REPORTED}）"),
        reported=lambda rows: rows["is_missing"].map({True: 0, False: 1}))
    below = below.sort_values(["community_code", "reported", "relative", "indicator_code"])
    names = joined(below.groupby("community_code", sort=False).head(count), "community_code",
                   "name")
    return pd.DataFrame({
        "社区": communities["community_name"].to_numpy(),
        "最弱指标": communities["community_code"].map(names).fillna("无（均不低于参照）").to_numpy(),
    })


@st.cache_data(show_spinner=False, max_entries=16)
def gap_views(warehouse: tuple[object, ...], filters: sidebar.Filters, reference: str,
              per_thousand: bool) -> tuple[pd.DataFrame, pd.Series, pd.DataFrame, tuple[str, ...]]:
    """The gaps (community × indicator), each community's label, the weakest-indicator table
    and the domains present, built once per warehouse and choice: reruns reuse them instead of
    redoing the pandas work over every community."""
    del warehouse  # the cache key: a newly published warehouse is derived afresh
    frame = gap_frame(filters.scope, filters, reference, per_thousand)
    if frame.empty:
        return frame, pd.Series(dtype=object), pd.DataFrame(), ()
    names = frame.drop_duplicates("community_code").set_index("community_code")["community_name"]
    streets = data.communities(filters.scope).set_index("community_code")["street_name"]
    labels = paging.distinct_labels(names, streets.reindex(names.index).fillna(""))
    columns = ["community_code", "indicator_code", "indicator_name", "domain", "unit", "value",
               "better", "colour", "is_missing", "target_value", "target_operator",
               "peer_median"]
    return (frame.reindex(columns=columns), labels, weakest(frame),
            tuple(domain_order(frame["domain"])))


def in_domain(gaps: pd.DataFrame, domain: str) -> pd.DataFrame:
    return gaps if domain == ALL_DOMAINS else gaps[gaps["domain"] == domain]


@st.cache_data(show_spinner=False, max_entries=64)
def gap_overview(warehouse: tuple[object, ...], filters: sidebar.Filters, reference: str,
                 per_thousand: bool, domain: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The heatmap's row order for one domain (the communities furthest behind on average
    first, with their labels) and the weakest-indicator table: one row per community, so a
    warm rerun never copies the communities × indicators frame out of the cache."""
    gaps, labels, weakest_table, _ = gap_views(warehouse, filters, reference, per_thousand)
    shown = in_domain(gaps, domain)
    if shown.empty:
        return pd.DataFrame(), weakest_table
    order = (shown.groupby("community_code")["colour"].mean().rename("mean_colour")
             .reset_index().sort_values(["mean_colour", "community_code"], ignore_index=True))
    order["label"] = order["community_code"].map(labels)
    return order[["community_code", "label"]], weakest_table


@st.cache_data(show_spinner=False, max_entries=64)
def heatmap_rows(warehouse: tuple[object, ...], filters: sidebar.Filters, reference: str,
                 per_thousand: bool, domain: str, codes: tuple[str, ...],
                 labels: tuple[str, ...]) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The heatmap's colours, cell texts and hovers for one domain and slice of communities
    (cached per slice, so a rerun does not filter the communities × indicators frame again)."""
    gaps, _, _, domains = gap_views(warehouse, filters, reference, per_thousand)
    return heatmap_frames(in_domain(gaps, domain), list(codes), list(labels), list(domains))


def hover_text(row: pd.Series) -> str:
    """A cell's hover: the raw value with its unit, and the target or peer median beside it."""
    unit = None if pd.isna(row["unit"]) else row["unit"]
    value = NOT_REPORTED if row["is_missing"] else format_value(row["value"], unit)
    if pd.notna(row.get("target_value")):
        return (f"{value}（目标 {format_operator(row['target_operator'])}"
                f"{format_value(row['target_value'], unit)}）")
    if pd.notna(row.get("peer_median")):
        return f"{value}（同类社区中位数 {format_value(row['peer_median'], unit)}）"
    return value


def heatmap_frames(gaps: pd.DataFrame, codes: list[str], labels: list[str],
                   domains: list[str] | None = None
                   ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The heatmap's colours (ratio to target or percentile), cell texts (the gap itself) and
    hovers (raw value with unit) for these communities (rows labelled `labels`, in this order);
    indicators by domain (in `domains` order), then code."""
    shown = gaps[gaps["community_code"].isin(set(codes))]
    rank = {domain: number for number, domain in enumerate(domains or [])}
    indicators = shown.drop_duplicates("indicator_code").assign(
        _domain=lambda rows: rows["domain"].map(rank).fillna(len(rank))).sort_values(
        ["_domain", "indicator_code"])
    columns = indicators["indicator_code"].tolist()

    def wide(values: str | pd.Series) -> pd.DataFrame:
        return shown.assign(_cell=values).pivot(
            index="community_code", columns="indicator_code",
            values="_cell").reindex(index=codes, columns=columns)

    matrix, better, missing = wide(shown["colour"]), wide(shown["better"]), wide(shown["is_missing"])
    text = better.map(format_number).where(better.notna(), "—").mask(
        missing.fillna(False).astype(bool), NOT_REPORTED)
    hover = wide(shown.apply(hover_text, axis=1) if len(shown) else shown["better"]).fillna("—")
    names = indicators["indicator_name"].tolist()
    for table in (matrix, text, hover):
        table.index, table.columns = labels, names
    return matrix, text, hover


@st.cache_data(show_spinner=False, max_entries=64)
def missing_summary(warehouse: tuple[object, ...], scope: data.Scope, grain: str,
                    period: str) -> tuple[int, pd.DataFrame]:
    """How many community × indicator pairs were not reported, and per community which."""
    del warehouse
    missing = data.missing_reports(scope, grain, period)
    summary = missing.groupby(["community_code", "community_name", "street_name"]).agg(
        未报指标数=("indicator_code", "size")).reset_index()
    summary["未报指标"] = summary["community_code"].map(
        joined(missing, "community_code", "indicator_name"))
    return len(missing), summary.rename(columns={"community_name": "社区", "street_name": "街道"})[
        ["社区", "街道", "未报指标数", "未报指标"]]


def render_missing(filters: sidebar.Filters) -> None:
    st.subheader("未报送")
    count, summary = missing_summary(data.current_warehouse(), filters.scope, filters.grain,
                                     filters.period)
    st.metric("未报送的社区×指标", count)
    if not count:
        st.success(f"{format_period(filters.period)}所有社区都报送了本期的全部指标。")
        return
    event = st.dataframe(summary, hide_index=True, key="missing_table", on_select="rerun",
                         selection_mode="single-row")  # a row opens that 社区画像
    click_through.follow_named_row(event, summary, filters.scope, filters.grain, filters.period)


def render() -> None:
    filters = sidebar.filters()
    if filters.period is None:
        st.info("数据仓中还没有任何期间的数据。")
        return
    reference = st.radio("参照", list(REFERENCES), format_func=REFERENCES.get, horizontal=True,
                         key="gap_reference")
    per_thousand = st.toggle("按每千名常住居民计算", key="gap_per_thousand")
    warehouse = data.current_warehouse()
    domains = gap_views(warehouse, filters, reference, per_thousand)[3]
    domain = (st.selectbox("领域", [*domains, ALL_DOMAINS], key="gap_domain") if domains
              else ALL_DOMAINS)
    order, weakest_table = gap_overview(warehouse, filters, reference, per_thousand, domain)
    if order.empty:
        st.info(f"{format_period(filters.period)}没有可比较的{('目标' if reference == 'target' else '同类社区')}数据。")
    else:
        shown = paging.chart_rows(order, "gap_chart_rows", unit="个", ends=False,
                                  prefix="差距最大的",
                                  where_all="按本领域各指标平均颜色值从低到高排列；每个社区的最弱指标见下表")
        matrix, text, hover = heatmap_rows(warehouse, filters, reference, per_thousand, domain,
                                           tuple(shown["community_code"]), tuple(shown["label"]))
        unit = "（每千人）" if per_thousand else ""
        colour_title, colour_range, colour_ticks = COLOUR_SCALES[reference]
        st.caption("格内数字为与参照的差距（正数=优于参照）；颜色为"
                   + ("与目标之比（100%=恰好达标，低于目标越多越深）" if reference == "target" else
                      "在本范围社区中的百分位（越深越靠后）")
                   + "，各列同一含义；未报送按最深色。悬停可见原始数值与单位。")
        event = st.plotly_chart(charts.gap_heatmap(
            matrix, text,
            f"{format_period(filters.period)} {REFERENCES[reference]}{unit}（正数=优于参照）",
            colour_title, hover=hover, zrange=colour_range, ticks=colour_ticks),
            key="gap_heatmap", on_select="rerun", selection_mode="points")
        click_through.follow_point(event, filters.scope, filters.grain, filters.period,
                                   indicator_axis="x")  # a cell opens 社区画像 at its indicator
        st.subheader("各社区最弱指标")
        event = st.dataframe(weakest_table, hide_index=True, key="weakest_table",
                             on_select="rerun", selection_mode="single-row")
        click_through.follow_named_row(event, weakest_table, filters.scope, filters.grain,
                                       filters.period, street_column=None)
    render_missing(filters)


sidebar.view("差距", render)
